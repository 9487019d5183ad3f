package actorgraph_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/actorgraph/actorgraph"
)

// A chronology of a corpus: the date of each piece of evidence is the one its sentence
// gives ("on Monday", "next month"), resolved against its document's date, which the
// caller gives (Corpus.AddDated) or the document's dateline does.
func ExampleGraph_Timeline() {
	c := actorgraph.Corpus{}
	ctx := context.Background()
	_ = c.AddDated(ctx, "wire-1", "Kenya met Uganda in Nairobi on Monday.", time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC))
	_ = c.Add(ctx, "wire-2", "KAMPALA, 10 April 2024 (Reuters) - Uganda and Kenya will hold talks next month.")
	g, err := c.Graph()
	if err != nil {
		log.Fatal(err)
	}
	events, err := g.Timeline(actorgraph.Filter{Actor: "Uganda"})
	if err != nil {
		log.Fatal(err)
	}
	for _, ev := range events {
		fmt.Println(ev.Date, ev.Relation, ev.Evidence[0].Doc)
	}
	// Only what happened from April on:
	for r := range g.Within(time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), time.Time{}).Relations(actorgraph.Filter{}) {
		fmt.Println(r, r.FirstSeen, r.LastSeen)
	}
	// Output:
	// 2024-03-04 kenya meets-with uganda (actual) wire-1
	// 2024-05 kenya negotiates-with uganda (planned) wire-2
	// kenya negotiates-with uganda (planned) 2024-05 2024-05
}
