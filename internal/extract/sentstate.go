package extract

// sentState is the sentence that the stages after tagging read and annotate: its items,
// the refs grouped from them, and its place in the document. Those stages are its
// methods, so that they need not pass the items, refs and sentence index to every helper;
// they reach the document's tokens and lexicon through the embedded Doc, and the
// coreference memory through its coref field (corefMemory). A document reads its sentences one after another with one sentState, whose
// buffers it reuses.
type sentState struct {
	*Doc
	n     int    // the sentence's index in Doc.sents
	items []item // the sentence's tokens and phrases, from tagItems
	refs  []ref  // the mentions of actors among the items, from buildRefs
	// infos is Doc.lex.infos, set with Doc: itemInfo reads it at every test of a word, one
	// load nearer than through the lexicon.
	infos []keyInfo
	// lastRefs are the refs of the sentence before, kept for statesNear, which reads the
	// states they name only when a role needs them (most sentences' never are).
	lastRefs []ref
	// classes and sets hold the word classes and the built-in word lists of all the
	// one-token items, set by buildRefs: a rule that wants a word of a class or list
	// anywhere in the sentence skips one without any.
	classes wordClass
	sets    wordSet
	// joining is set while parseRef reads the second of two titles joined by "and" before
	// one name (titlesJoined), which reads no third: it bounds the recursion.
	joining bool
	// nameFor links the refs that are other names of another ref's actor, by index (see
	// linkNames in aliases.go).
	nameFor []int32

	// Scratch lists of the clause readers, each good until the next call that fills it.
	listIDs  []string // for subjects and noteGroups: the actors of a list
	listRefs []int    // for coordinatedBefore and subjectList: the refs of a list
	listArgs []int    // for refList: the refs of a list of arguments

	// remote says the trigger being read is a meeting or talks held remotely ("held virtual
	// talks with"): relate records a contact beside talks, and instead of a meeting.
	remote bool
}

// keepLastRefs keeps the refs of the sentence just read as the last sentence's, for
// statesNear, and empties refs for the next sentence's, in the other buffer.
func (ss *sentState) keepLastRefs() {
	ss.lastRefs, ss.refs, ss.lastStatesRead = ss.refs, ss.lastRefs[:0], false
}

// keyAt returns the keyID of the one-token item i; 0 for a longer item, an i out of
// range or a key the lexicon lacks. It reads item.key, which tagItems sets: the rules test
// words so often that going from the item to its token each time showed in profiles.
func (ss *sentState) keyAt(i int) keyID {
	if uint(i) >= uint(len(ss.items)) {
		return 0
	}
	return ss.items[i].key
}

// itemInfo returns the keyID of the one-token item i and what the lexicon knows about it,
// for tests of both with one lookup; 0 and the zero keyInfo for a longer item, an i out of
// range or a key the lexicon lacks.
func (ss *sentState) itemInfo(i int) (keyID, *keyInfo) {
	k := ss.keyAt(i)
	return k, &ss.infos[k]
}

// itemIn reports whether item i is one token whose key is in s.
func (ss *sentState) itemIn(i int, s wordSet) bool {
	_, info := ss.itemInfo(i)
	return info.sets&s != 0
}

// classAt returns the word classes of a one-token item, or 0.
func (ss *sentState) classAt(i int) wordClass {
	_, info := ss.itemInfo(i)
	return info.class
}

// isNumber reports whether item i is a word that starts with a digit ("2008", "19").
func (ss *sentState) isNumber(i int) bool {
	return i >= 0 && i < len(ss.items) && ss.items[i].kind == itWord && ss.tk.toks[ss.items[i].first].is(tNumber)
}

// firstWordClass returns the word classes of item i's first token, which for a one-token
// item are classAt's: the noun that opens a cue such as "plans to" or "offer to".
func (ss *sentState) firstWordClass(i int) wordClass {
	if i < 0 || i >= len(ss.items) {
		return 0
	}
	if it := &ss.items[i]; it.last-it.first > 1 {
		return ss.lex.info(ss.tk.key(it.first)).class
	}
	return ss.classAt(i)
}

// lastWordClass returns the word classes of item i's last token, which for a one-token
// item are classAt's: the noun that ends a trigger such as "held talks".
func (ss *sentState) lastWordClass(i int) wordClass {
	if i < 0 || i >= len(ss.items) {
		return 0
	}
	if it := &ss.items[i]; it.last-it.first > 1 {
		return ss.lex.info(ss.tk.key(it.last - 1)).class
	}
	return ss.classAt(i)
}

// itemKey returns the fold key of a one-token item, or "" for longer items.
func (ss *sentState) itemKey(i int) string {
	if i < 0 || i >= len(ss.items) || ss.items[i].last-ss.items[i].first != 1 {
		return ""
	}
	return ss.tk.key(ss.items[i].first)
}

// outerRef returns the outermost ref covering item i ("Russian President Vladimir Putin"
// for the item "Russian"), or -1.
func (ss *sentState) outerRef(i int) int {
	if i < 0 || i >= len(ss.items) {
		return -1
	}
	k := ss.items[i].ref
	for k >= 0 && ss.refs[k].inside > 0 {
		k = int(ss.refs[k].inside) - 1
	}
	return k
}
