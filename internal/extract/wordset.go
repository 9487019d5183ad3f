package extract

// This file turns the parser's built-in word lists (grammar.go: prepositions, title modifiers,
// determiners, ...) into bits that the lexicon sets on the keys it numbers, so that testing
// a token against a list reads what the tokenizer looked up anyway instead of hashing the
// key into a map once more; and it gives the single words the rules test for (keywords)
// constant numbers, so that testing a token for one compares numbers, not strings.

// A wordSet is one built-in word list, as a bit of keyInfo.sets. The sets are the
// constants below, one bit each, and only they: a lexicon, built-in or extended, adds words
// to classes of words.tsv, never a wordSet. A 65th set would not fit in the 64 bits: its
// constant overflows wordSet and the package does not compile.
type wordSet uint64

// The built-in word lists, whose words wordSetWords holds (grammar.go and modality.go say
// what each is).
const (
	determiners wordSet = 1 << iota
	frontedPrepositions
	beForms
	quantifiers
	appositiveArticles
	clauseOpeners
	auxiliaries
	subjectBarriers
	clauseBreaks
	titleModifiers
	prepositions
	locatives
	sentenceStarters
	lineContinuers
	addressVerbs
	governmentNouns
	subordinators
	cueBoundaries
	topicMarkers
	conditionals
	nameLinkers
	listIntroducers
	appositiveVerbs
	partyVerbs
	takeOverVerbs
	regionAdjectives
	agentParticiples
)

// wordSetWords holds the words of every wordSet, in the order of their bits, for the
// lexicon to mark.
var wordSetWords = [...]struct {
	set   wordSet
	words map[string]bool
}{
	{determiners, determinersWords},
	{frontedPrepositions, frontedPrepositionsWords},
	{beForms, beFormsWords},
	{quantifiers, quantifiersWords},
	{appositiveArticles, appositiveArticlesWords},
	{clauseOpeners, clauseOpenersWords},
	{auxiliaries, auxiliariesWords},
	{subjectBarriers, subjectBarriersWords},
	{clauseBreaks, clauseBreaksWords},
	{titleModifiers, titleModifiersWords},
	{prepositions, prepositionsWords},
	{locatives, locativesWords},
	{sentenceStarters, sentenceStartersWords},
	{lineContinuers, lineContinuersWords},
	{addressVerbs, addressVerbsWords},
	{governmentNouns, governmentNounsWords},
	{subordinators, subordinatorsWords},
	{cueBoundaries, cueBoundariesWords},
	{topicMarkers, topicMarkersWords},
	{conditionals, conditionalsWords},
	{nameLinkers, nameLinkersWords},
	{listIntroducers, listIntroducersWords},
	{appositiveVerbs, appositiveVerbsWords},
	{partyVerbs, partyVerbsWords},
	{takeOverVerbs, takeOverVerbsWords},
	{regionAdjectives, regionAdjectivesWords},
	{agentParticiples, agentParticiplesWords},
}

// The keywords are the words the rules test a token for one at a time. Every lexicon
// numbers their keys first, in this order, so that each keyword's keyID is a constant:
// testing an item for "the" compares the number the tokenizer looked up anyway with kwThe
// instead of comparing strings.
const (
	kwThe keyID = 1 + iota
	kwA
	kwAn
	kwPossessive
	kwComma
	kwHyphen
	kwPeriod
	kwSemicolon
	kwColon
	kwOpenParen
	kwCloseParen
	kwQuote
	kwAnd
	kwOr
	kwNor
	kwOf
	kwBy
	kwTo
	kwIn
	kwAt
	kwFor
	kwFrom
	kwAs
	kwBetween
	kwIncluding
	kwNotably
	kwSuch
	kwAccording
	kwEarlier
	kwLater
	kwAlso
	kwHis
	kwHer
	kwIts
	kwTheir
	kwIt
	kwThey
	kwThem
	kwWho
	kwWhom
	kwWhose
	kwWhich
	kwWhat
	kwThat
	kwThose
	kwBoth
	kwNeither
	kwEach
	kwOther
	kwOne
	kwAnother
	kwTwo
	kwNew
	kwFirst
	kwFormer
	kwIncoming
	kwFuture
	kwVice
	kwDeputy
	kwAssistant
	kwSides
	kwParties
	kwStates
	kwCountries
	kwNations
	kwAlongside
	kwWith
	kwOn
	kwDirectObject
)

// keywords holds the key of each keyword, by keyID. No token has kwDirectObject's key:
// ref.prep holds it for the object of a verb.
var keywords = [...]string{
	kwThe: "the", kwA: "a", kwAn: "an", kwPossessive: "'s", kwComma: ",", kwHyphen: "-",
	kwPeriod: ".", kwSemicolon: ";", kwColon: ":", kwOpenParen: "(", kwCloseParen: ")",
	kwQuote: "\"", kwAnd: "and", kwOr: "or", kwNor: "nor", kwOf: "of", kwBy: "by", kwTo: "to",
	kwIn: "in", kwAt: "at", kwFor: "for", kwFrom: "from", kwAs: "as", kwBetween: "between",
	kwIncluding: "including", kwNotably: "notably", kwSuch: "such", kwAccording: "according",
	kwEarlier: "earlier", kwLater: "later", kwAlso: "also", kwHis: "his", kwHer: "her",
	kwIts: "its", kwTheir: "their", kwIt: "it", kwThey: "they", kwThem: "them", kwWho: "who",
	kwWhom: "whom", kwWhose: "whose", kwWhich: "which", kwWhat: "what", kwThat: "that",
	kwThose: "those", kwBoth: "both", kwNeither: "neither", kwEach: "each", kwOther: "other",
	kwOne: "one", kwAnother: "another", kwTwo: "two", kwNew: "new", kwFirst: "first",
	kwFormer: "former", kwIncoming: "incoming", kwFuture: "future", kwVice: "vice",
	kwDeputy: "deputy", kwAssistant: "assistant", kwSides: "sides", kwParties: "parties",
	kwStates: "states", kwCountries: "countries", kwNations: "nations", kwAlongside: "alongside", kwWith: "with", kwOn: "on", kwDirectObject: "(object)",
}

// numberKeywords numbers the keywords' keys, kwThe first. It must be the first to
// number keys in a new Lexicon.
func (l *Lexicon) numberKeywords() {
	for _, k := range keywords[1:] {
		l.intern(k)
	}
}

// markWordSets sets the bits of every wordSet on the keys of its words.
func (l *Lexicon) markWordSets() {
	for _, row := range wordSetWords {
		for w := range row.words {
			l.record(w).sets |= row.set
		}
	}
}

// inSet reports whether the key numbered k is in s.
func (l *Lexicon) inSet(k keyID, s wordSet) bool { return l.infos[k].sets&s != 0 }

// in reports whether the key of token i is in s.
func (t *tokenizer) in(i int, s wordSet) bool { return t.info(i).sets&s != 0 }

// common reports whether the key of token i is a common English word (common-words.txt).
func (t *tokenizer) common(i int) bool {
	k := t.key(i)
	return findKey(&t.lex.common, k, hashKey(k)) != 0
}

// addCommon records key k as a common English word (common-words.txt). Only loading
// calls it.
func (l *Lexicon) addCommon(k string) {
	if h := hashKey(k); findKey(&l.common, k, h) == 0 {
		addKey(&l.common, k, h)
	}
}

// isCommon reports whether key k is a common English word (common-words.txt).
func (l *Lexicon) isCommon(k []byte) bool { return findKeyBytes(&l.common, k, hashKey(k)) != 0 }

// markRefWords sets keyMayRef on the keys a plain word of which mayStartRef may accept
// or unnamedGroup may start from, once the rows are loaded.
func (l *Lexicon) markRefWords() {
	for k := range l.infos {
		info := &l.infos[k]
		switch keyID(k) {
		case kwThe, kwIts, kwTheir, kwWhose:
			info.flags |= keyMayRef
			continue
		}
		if info.sets&titleModifiers != 0 || isClassNoun(info) ||
			info.class&(wordHonorific|wordPronounM|wordPronounF|wordPortfolio|wordUnnamedGroup|wordRegime) != 0 {
			info.flags |= keyMayRef
		}
	}
}

// isClassNoun reports whether a key with info is a class noun ("group", "bloc") or a
// class-head noun ("council"): the test that adjectivesBeforeClass needs first, small
// enough to inline, so that most words skip the call.
func isClassNoun(info *keyInfo) bool {
	return info.class&(wordClassGroup|wordClassOrg|wordClassCountry) != 0 || info.flags&keyClassHead != 0
}
