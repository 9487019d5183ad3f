package extract

// This file holds the closed lists of grammar words the rules test for: determiners,
// prepositions, auxiliaries, clause breaks and the like: the words of each wordSet (wordset.go).
// Words whose membership is knowledge about a verb or noun ("a verb of travel", "a supply")
// are not here but in lexicon/words.tsv, where an extension can add to them.

// determiners before a trigger word make it a noun.
var determinersWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "their": true, "his": true,
	"her": true, "its": true, "no": true, "any": true, "new": true, "first": true, "'s": true,
}

// frontedPrepositions open a sentence with a phrase that may hold a relation's noun.
var frontedPrepositionsWords = map[string]bool{"in": true, "during": true, "at": true, "after": true, "following": true}

// beForms are the auxiliaries of a passive.
var beFormsWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "be": true}

// quantifiers may precede the actors of a list: "sanctions on two Russian banks".
var quantifiersWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "some": true, "many": true,
	"dozens": true, "hundreds": true, "all": true, "other": true, "more": true,
}

// appositiveArticles open the noun phrase of an appositive.
var appositiveArticlesWords = map[string]bool{"a": true, "an": true, "the": true}

// clauseOpeners are prepositions that also open a clause: in "a day after Fils-Aimé met
// Rubio" the actor after "after" is the subject of "met", and in "watched as Uganda
// attacked Rwanda" the actor after "as" the subject of "attacked".
var clauseOpenersWords = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// auxiliaries may stand between a subject and its verb.
var auxiliariesWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "can": true,
	"did": true, "does": true, "do": true, "also": true, "not": true, "been": true, "be": true,
	"later": true, "then": true, "again": true, "never": true, "already": true, "reportedly": true,
}

// subjectBarriers end the search for a subject: a new clause, or a subject that is not a
// person or state the text names ("it", "they").
var subjectBarriersWords = map[string]bool{
	";": true, "but": true, "although": true, "though": true, "whereas": true, "while": true,
	"it": true, "they": true, "we": true, "i": true, "you": true,
}

// clauseBreaks are the punctuation and conjunctions that end a clause.
var clauseBreaksWords = map[string]bool{
	",": true, ";": true, ":": true, "(": true, ")": true, "\"": true, "-": true, "\u2014": true,
	"\u2013": true, "but": true, "although": true, "though": true, "while": true, "whereas": true,
	"which": true, "who": true, "that": true, "because": true, "after": true, "before": true,
	"when": true,
}

// titleModifiers may stand between a title's principal and the title itself.
var titleModifiersWords = map[string]bool{
	"former": true, "future": true, "acting": true, "outgoing": true, "incoming": true,
	"top": true, "then": true, "current": true, "new": true, "interim": true, "longtime": true,
	"vice": true, "deputy": true, "assistant": true, "first": true, "second": true,
	// descriptions of the holder, not of the office: "Myanmar's powerful army chief"
	"powerful": true, "embattled": true, "beleaguered": true, "veteran": true, "exiled": true,
	"leading": true, "long-serving": true, "hardline": true, "influential": true,
	"ousted": true, "deposed": true, "senior": true, // "a senior Hamas official"
	// kinds of membership: "a full member of Mercosur", "an elected member of the council"
	"full": true, "elected": true, "founding": true, "associate": true, "non-permanent": true, "newest": true,
}

// prepositions that make the following actor an object, never the subject of a clause.
var prepositionsWords = map[string]bool{
	"with": true, "to": true, "on": true, "against": true, "in": true, "of": true, "for": true,
	"from": true, "at": true, "between": true, "into": true, "toward": true, "towards": true,
	"about": true, "over": true, "among": true, "amid": true, "like": true, "than": true,
	"through": true, "under": true, "after": true, "before": true, "since": true, "as": true,
	"during": true,
}

// addressVerbs are verbs of telling whose first object is the one told: in "Machar told
// VOA after leaving the meeting with Kiir", VOA is no subject.
var addressVerbsWords = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "informed": true, "assured": true,
	"reminded": true,
}

// governmentNouns after a person ("Maduro's administration", "the Trump administration",
// "his government") make the phrase the state the person leads (3.6 of the guidelines).
var governmentNounsWords = map[string]bool{"government": true, "administration": true}

// subordinators open a clause or adverbial that a comma closes before the main clause:
// "As Washington offered refuge to Gbagbo, Kenya's Prime Minister announced".
var subordinatorsWords = map[string]bool{
	"as": true, "while": true, "when": true, "after": true, "before": true, "although": true,
	"though": true, "if": true, "since": true, "because": true, "once": true, "until": true,
	"whereas": true,
	// Prepositions that front an adverbial the same way: "Following dinner with President
	// Karzai, the Secretary General travelled to ...".
	"following": true, "during": true, "despite": true, "amid": true, "upon": true,
}

// locatives before a capital make it a place: "in Doha", "near Kyiv".
var locativesWords = map[string]bool{
	"in": true, "at": true, "from": true, "into": true, "near": true, "outside": true,
	"inside": true, "across": true, "around": true, "via": true,
}

// sentenceStarters are words that begin a new sentence after an abbreviation such as
// "U.S." at the end of the previous one.
var sentenceStartersWords = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "this": true, "that": true, "but": true, "in": true, "on": true, "at": true,
	"his": true, "her": true, "their": true, "its": true, "there": true, "after": true,
	"meanwhile": true, "however": true, "despite": true, "during": true, "as": true,
}

// lineContinuers are words a line does not end with unless the sentence goes on.
var lineContinuersWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true,
	"in": true, "on": true, "for": true, "with": true, "between": true, "by": true, "from": true,
	"that": true, "said": true, "as": true, "at": true, "his": true, "her": true, "its": true,
	"their": true, "who": true, "which": true, "but": true,
}

// topicMarkers open the topic of a clause: "conferred about the nuclear talks with Iran",
// "discussed the hostage negotiations with Hamas" (topicNoun; "discuss" states a topic,
// GUIDELINES).
var topicMarkersWords = map[string]bool{
	"about": true, "regarding": true, "concerning": true,
	"discussed": true, "discuss": true, "discusses": true, "discussing": true,
}

// conditionals open a condition: "would strike Hezbollah if ..." is a threat (threatOver).
var conditionalsWords = map[string]bool{"if": true}

// nameLinkers join two names of one actor: "the Free Aceh Movement (GAM)", "the NCP
// [National Congress Party]", ", or GAM", "known as Hemedti" (linkNames).
var nameLinkersWords = map[string]bool{"(": true, "[": true, "or": true, "known": true}

// listIntroducers open the list of actors that an object phrase names none of: "talks with
// several delegations, including ...", "notably", "such as" (includingList).
var listIntroducersWords = map[string]bool{"including": true, "notably": true, "such": true, ":": true}

// appositiveVerbs after a name give it a title: "Ferrand became prime minister", "Cartes is
// the leader", "Lenz was appointed envoy" (appositiveAfter).
var appositiveVerbsWords = map[string]bool{
	"became": true, "becomes": true, "remains": true, "was": true, "is": true, "has": true, "had": true,
}

// partyVerbs list the people of a party after "was accompanied by" or "was joined by"
// (partyBefore).
var partyVerbsWords = map[string]bool{"accompanied": true, "joined": true}

// takeOverVerbs take over an office: "will take over as", "took over from X as" (takeOverAs).
var takeOverVerbsWords = map[string]bool{"take": true, "took": true, "takes": true}

// regionAdjectives name a part of the place or state after them, which stays the object of
// the preposition before them: "fired rockets at northern Israel".
var regionAdjectivesWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
}

// agentParticiples stand between a noun of an act and "by" its agent: "strikes carried out
// by Israel on Lebanon", "sanctions imposed by the EU on Russia" (nounAgents).
var agentParticiplesWords = map[string]bool{
	"carried": true, "launched": true, "conducted": true, "staged": true, "mounted": true,
	"imposed": true, "levied": true, "announced": true, "introduced": true, "unveiled": true,
	"proposed": true, "drafted": true, "tabled": true, "submitted": true, "sponsored": true,
}
