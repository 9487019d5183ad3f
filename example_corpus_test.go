package actorgraph_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// ParseAll takes the documents as an iterator of names and texts, so that they can be
// read one by one while earlier ones are parsed; here they come from a slice. Both
// articles state the planned meeting; MaxEvidence keeps the first by document name. The
// third document, one run-on "sentence" longer than MaxSentenceBytes, fails alone: the
// graph of the others comes with a *CorpusError that lists it.
func ExampleParser_ParseAll() {
	docs := []struct{ name, text string }{
		{"monday.txt", "U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest."},
		{"scan.pdf", "%PDF-1.7\n" + strings.Repeat("Putin Trump ", 30)},
		{"tuesday.txt", "Donald Trump will meet Vladimir Putin in Budapest, the Kremlin said."},
	}
	all := func(yield func(name, text string) bool) {
		for _, d := range docs {
			if !yield(d.name, d.text) {
				return
			}
		}
	}
	// Keep the first piece of evidence of each relation. A document that fails, such as
	// one that is not text, costs only itself.
	p := actorgraph.Parser{MaxEvidence: 1}
	g, err := p.ParseAll(context.Background(), all)
	var failed *actorgraph.CorpusError
	switch {
	case errors.As(err, &failed):
		for _, de := range failed.Failed {
			fmt.Println("skipped:", de)
		}
	case err != nil:
		log.Fatal(err)
	}
	for r := range g.Relations(actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.MeetsWith}}) {
		e := r.Evidence[0]
		fmt.Printf("%s %s %s (%s), %d evidence: %s %q\n", r.Source, r.Type, r.Target, r.Modality, len(r.Evidence), e.Doc, e.Text)
	}
	// Output:
	// skipped: actorgraph: document "scan.pdf": not text (PDF document)
	// donald-trump meets-with vladimir-putin (planned), 1 evidence: monday.txt "U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest."
}

// A Corpus takes documents one at a time, for programs that read them in a loop of their
// own; Graph waits for the documents added so far.
func ExampleCorpus() {
	c := actorgraph.Corpus{Parser: &actorgraph.Parser{MaxMentions: 2}}
	ctx := context.Background()
	for i, text := range []string{
		"Kremlin spokesman Dmitry Peskov said Putin would not attend.",
		"Dmitry Peskov told reporters the talks had been postponed.",
		"Dmitry Peskov declined to comment.",
	} {
		if err := c.Add(ctx, fmt.Sprintf("wire-%d", i), text); err != nil {
			break // only when ctx is done; Graph reports the error
		}
	}
	g, err := c.Graph()
	if err != nil {
		log.Fatal(err)
	}
	peskov := g.Actor("Peskov")
	fmt.Println(peskov.ID, peskov.Roles)
	for _, m := range peskov.Mentions { // the first two of three, by document and offset
		fmt.Println(m.Doc, m.Start, m.End)
	}
	// Output:
	// dmitry-peskov [spokesman of kremlin]
	// wire-0 18 31
	// wire-1 0 13
}
