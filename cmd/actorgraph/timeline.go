package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph"
)

// The timeline formats write the graph as a chronology (Graph.Timeline): one line, or
// one JSON object, for each relation on each date its evidence speaks of, sorted by date.
const (
	timelineFormat     = "timeline"
	timelineJSONFormat = "timeline-json"
)

// writeTimeline writes the timeline of g as text, one event a line: the date, in
// brackets when it is only the documents' date (the text gives none), the relation as
// the text format writes it, and the event's first evidence, located in the documents
// texts holds, with the count of the rest:
//
//	2024-12-09    donald-trump —meets-with→ vladimir-putin [planned]  news.txt:3:1 "…"
//	[2024-12-10]  donald-trump —contacts→ vladimir-putin [actual]  news.txt:5:1 "…"
//
// Relations whose evidence has no date are not in it; a line at the end counts them.
func writeTimeline(w io.Writer, g *actorgraph.Graph, texts *docTexts) error {
	events, err := g.Timeline(actorgraph.Filter{})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, ev := range events {
		date := ev.Date.String()
		if !ev.FromText {
			date = "[" + date + "]"
		}
		fmt.Fprintf(bw, "%-12s", date)
		writeRelationHead(bw, ev.Relation)
		writeEvidence(bw, ev.Evidence[0], texts)
		if more := len(ev.Evidence) - 1; more > 0 {
			fmt.Fprintf(bw, " +%d more", more)
		}
		bw.WriteString("\n")
	}
	if n := undated(g); n > 0 {
		fmt.Fprintf(bw, "(%d of %d relations have no dated evidence: give the documents' dates with -date or an NDJSON \"date\")\n", n, g.NumRelations())
	}
	return flushText(bw)
}

// undated counts the relations of g without a date.
func undated(g *actorgraph.Graph) int {
	n := 0
	for r := range g.Relations(actorgraph.Filter{}) {
		if r.FirstSeen.IsZero() {
			n++
		}
	}
	return n
}

// timelineEvent is an event of the timeline as JSON.
type timelineEvent struct {
	Date      actorgraph.Date         `json:"date"`
	Precision actorgraph.Precision    `json:"precision"`
	FromText  bool                    `json:"from_text"`
	Type      actorgraph.RelationType `json:"type"`
	Source    string                  `json:"source"`
	Target    string                  `json:"target"`
	Modality  actorgraph.Modality     `json:"modality"`
	Evidence  []actorgraph.Evidence   `json:"evidence"`
}

// writeTimelineJSON writes the timeline of g as a JSON array of events, each with its
// date, its precision and whether the text gives it (from_text; else it is the
// documents' date), the relation's type, ends and modality, and its evidence of that
// date, one event to an element as WriteJSON writes relations.
func writeTimelineJSON(w io.Writer, g *actorgraph.Graph) error {
	events, err := g.Timeline(actorgraph.Filter{})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	bw.WriteString("[")
	sep := "\n"
	for _, ev := range events {
		r := ev.Relation
		buf.Reset()
		if err := enc.Encode(timelineEvent{ev.Date, ev.Date.Precision(), ev.FromText, r.Type, r.Source, r.Target, r.Modality, ev.Evidence}); err != nil {
			return fmt.Errorf("write timeline: %w", err)
		}
		bw.WriteString(sep + "  ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		sep = ",\n"
	}
	if sep != "\n" {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	return nil
}
