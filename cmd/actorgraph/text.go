package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/safetext"
)

// kindHeadings lists the kinds in the order the summary shows them, with their headings.
var kindHeadings = []struct {
	kind    actorgraph.Kind
	heading string
}{
	{actorgraph.Person, "People"},
	{actorgraph.Organization, "Organizations"},
	{actorgraph.Country, "Countries"},
	{actorgraph.Group, "Groups"},
	{"", "Unknown kind"},
}

// maxQuote is the number of characters of a sentence the summary quotes.
const maxQuote = 80

// writeText writes a readable summary of g: the actors grouped by kind with their
// aliases and roles, then one line per relation with its modality, first evidence and
// where it comes from (see writeEvidence), located in the documents texts holds. Text from the documents is cleaned of control and format
// characters, so a hostile document cannot send escape sequences to a terminal or reorder
// a line with bidi controls.
func writeText(w io.Writer, g *actorgraph.Graph, texts *docTexts) error {
	bw := bufio.NewWriter(w)
	if g.NumActors() == 0 {
		bw.WriteString("No actors found.\n")
		return flushText(bw)
	}
	sep := ""
	for _, kh := range kindHeadings {
		heading := true
		for a := range g.Actors(kh.kind) {
			if heading {
				fmt.Fprintf(bw, "%s%s:\n", sep, kh.heading)
				heading, sep = false, "\n"
			}
			writeTextActor(bw, a)
		}
	}
	if g.NumRelations() > 0 {
		fmt.Fprintf(bw, "\nRelations:\n")
	}
	for r := range g.Relations(actorgraph.Filter{}) {
		writeTextRelation(bw, r, texts)
	}
	return flushText(bw)
}

// writeTextRelation writes one relation on a line: its ends, type and modality, the
// dates it was first and last seen when known, and its first evidence with the count of
// the rest.
func writeTextRelation(bw *bufio.Writer, r *actorgraph.Relation, texts *docTexts) {
	writeRelationHead(bw, r)
	switch {
	case r.FirstSeen.IsZero():
	case r.FirstSeen == r.LastSeen:
		fmt.Fprintf(bw, " %s", r.FirstSeen)
	default:
		fmt.Fprintf(bw, " %s…%s", r.FirstSeen, r.LastSeen)
	}
	if len(r.Evidence) > 0 {
		writeEvidence(bw, r.Evidence[0], texts)
		if more := len(r.Evidence) - 1; more > 0 {
			fmt.Fprintf(bw, " +%d more", more)
		}
	}
	bw.WriteString("\n")
}

// writeRelationHead writes the start of a relation's line: "  src —type→ dst [modality]".
func writeRelationHead(bw *bufio.Writer, r *actorgraph.Relation) {
	fmt.Fprintf(bw, "  %s —%s→ %s [%s]", clean(r.Source), r.Type, clean(r.Target), r.Modality)
	if r.Inferred() {
		bw.WriteString(" (inferred)")
	}
}

// flushText flushes the summary; bufio.Writer keeps the first write error, so this
// reports any error of the whole summary, with the same kind of context as WriteJSON.
func flushText(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text: %w", err)
	}
	return nil
}

// writeTextActor writes one actor: ID and name, then aliases and roles when it has any.
func writeTextActor(bw *bufio.Writer, a *actorgraph.Actor) {
	fmt.Fprintf(bw, "  %s", clean(a.ID))
	if a.Name != "" && a.Name != a.ID {
		fmt.Fprintf(bw, "  %s", clean(a.Name))
	}
	if a.Country != "" {
		fmt.Fprintf(bw, "  (%s)", clean(a.Country))
	}
	bw.WriteString("\n")
	var aliases []string
	for _, al := range a.Aliases {
		if al != a.Name {
			aliases = append(aliases, clean(al))
		}
	}
	if len(aliases) > 0 {
		fmt.Fprintf(bw, "      aliases: %s\n", strings.Join(aliases, ", "))
	}
	if len(a.Roles) > 0 {
		roles := make([]string, len(a.Roles))
		for i, r := range a.Roles {
			roles[i] = clean(r.String())
		}
		fmt.Fprintf(bw, "      roles: %s\n", strings.Join(roles, ", "))
	}
}

// clean makes s safe to print on one terminal line, as the parser spells aliases: runs of
// white space, control characters (such as the escape that starts terminal sequences)
// and format characters (bidi controls, zero-width spaces and joiners, the BOM) become
// single spaces, invalid UTF-8 becomes U+FFFD, and the ends are trimmed.
func clean(s string) string {
	return safetext.Line(strings.ToValidUTF8(s, "\uFFFD"))
}

// quote cleans a sentence and shortens it to at most maxQuote characters, cutting at a
// space when there is one in the second half and marking the cut with "…".
func quote(s string) string {
	s = clean(s)
	if utf8.RuneCountInString(s) <= maxQuote {
		return s
	}
	s = firstRunes(s, maxQuote-1)
	if j := strings.LastIndexByte(s, ' '); j > len(s)/2 {
		s = s[:j]
	}
	return strings.TrimRight(s, " ") + "…"
}
