package eval

import (
	"fmt"
	"io"
	"strings"
)

// Counts holds the true positives, false positives and false negatives of one dimension.
// For the accuracy dimensions (Report.Kinds and Report.Modality) a wrong answer counts once
// as a false positive and once as a false negative, so that Precision, Recall and F1 all
// equal the accuracy.
type Counts struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 1 when the system claimed nothing.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 1 when the gold holds nothing.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of Precision and Recall, or 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy returns the share of items judged right, TP/(TP+FP), or 1 when there are none.
// It is meant for Report.Kinds and Report.Modality, where FP = FN = the number judged wrong.
func (c Counts) Accuracy() float64 { return ratio(c.TP, c.TP+c.FP) }

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN}
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Report holds the scores of one or more articles. Counts are summed over articles, so
// figures computed from them are micro-averages.
type Report struct {
	// Articles is the number of articles scored.
	Articles int
	// Actors counts system actors matched to gold actors (TP), left unmatched (FP, which
	// includes Splits) and gold actors left unmatched (FN).
	Actors Counts
	// Splits is the number of unmatched system actors sharing a name with a gold actor that
	// another system actor already matched: the gold actor was split in two.
	Splits int
	// Kinds scores the kind of each matched actor: TP when equal, else FP and FN.
	Kinds Counts
	// Roles counts (actor, title head noun, of) triples, compared through the matching.
	Roles Counts
	// Relations counts (type, source, target) triples, compared through the matching.
	Relations Counts
	// Modality scores the modality of each matched relation: TP when equal, else FP and FN.
	Modality Counts
	// Mismatches lists every error behind the counts, for diagnosis, in a fixed order.
	Mismatches []Mismatch
}

// Add returns the sum of r and o; the mismatches of o follow those of r.
func (r Report) Add(o Report) Report {
	return Report{
		Articles:   r.Articles + o.Articles,
		Actors:     r.Actors.Add(o.Actors),
		Splits:     r.Splits + o.Splits,
		Kinds:      r.Kinds.Add(o.Kinds),
		Roles:      r.Roles.Add(o.Roles),
		Relations:  r.Relations.Add(o.Relations),
		Modality:   r.Modality.Add(o.Modality),
		Mismatches: append(r.Mismatches[:len(r.Mismatches):len(r.Mismatches)], o.Mismatches...),
	}
}

// String returns the table WriteTable writes.
func (r Report) String() string {
	var b strings.Builder
	_ = r.WriteTable(&b) // a strings.Builder does not fail
	return b.String()
}

// WriteTable writes the scores as an aligned text table: precision, recall and F1 of
// actors, roles and relations, then the accuracy of kinds and modality over matched pairs.
// The table holds only aggregate figures, never names from the articles.
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles\n", r.Articles)
	fmt.Fprintf(&b, "%-10s %6s %6s %6s %9s %7s %6s\n", "", "TP", "FP", "FN", "precision", "recall", "F1")
	for _, row := range []struct {
		name string
		c    Counts
	}{{"actors", r.Actors}, {"roles", r.Roles}, {"relations", r.Relations}} {
		fmt.Fprintf(&b, "%-10s %6d %6d %6d %9.3f %7.3f %6.3f\n",
			row.name, row.c.TP, row.c.FP, row.c.FN, row.c.Precision(), row.c.Recall(), row.c.F1())
	}
	fmt.Fprintf(&b, "%-10s %6s %6s %6s %9s\n", "", "right", "wrong", "", "accuracy")
	for _, row := range []struct {
		name string
		c    Counts
	}{{"kinds", r.Kinds}, {"modality", r.Modality}} {
		fmt.Fprintf(&b, "%-10s %6d %6d %6s %9.3f\n", row.name, row.c.TP, row.c.FP, "", row.c.Accuracy())
	}
	fmt.Fprintf(&b, "split actors (counted in actors FP): %d\n", r.Splits)
	_, err := io.WriteString(w, b.String())
	return err
}

// Mismatch is one error of the system against the gold.
type Mismatch struct {
	// Doc names the article, as ScoreDir names it; Score leaves it empty.
	Doc string
	// Dimension is "actor", "kind", "role", "relation" or "modality".
	Dimension string
	// Kind is "missed" (in the gold only), "spurious" (in the system only), "split"
	// (spurious, but naming a matched gold actor) or "wrong" (matched, with another value).
	Kind string
	// Gold and System describe the item on each side; an empty string means none. System
	// items are given in system IDs, followed by the matched gold ID where it differs.
	Gold, System string
}

// String formats m on one line.
func (m Mismatch) String() string {
	var b strings.Builder
	if m.Doc != "" {
		b.WriteString(m.Doc + ": ")
	}
	fmt.Fprintf(&b, "%s %s", m.Kind, m.Dimension)
	if m.Gold != "" {
		fmt.Fprintf(&b, "  gold: %s", m.Gold)
	}
	if m.System != "" {
		fmt.Fprintf(&b, "  system: %s", m.System)
	}
	return b.String()
}
