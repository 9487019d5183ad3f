package actorgraph

// sentState is the sentence that the stages after tagging read and annotate: its items,
// the refs grouped from them, and its place in the document. Those stages are its
// methods, so that they need not pass the items, refs and sentence index to every helper;
// they reach the document's tokens, lexicon and coreference memory through the embedded
// docState. A document reads its sentences one after another with one sentState, whose
// buffers it reuses.
type sentState struct {
	*docState
	n     int    // the sentence's index in docState.sents
	items []item // the sentence's tokens and phrases, from tagItems
	refs  []ref  // the mentions of actors among the items, from buildRefs
}
