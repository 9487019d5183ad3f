package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// lexiconIDs returns the first column of the rows of a file of the built-in lexicon.
func lexiconIDs(t *testing.T, name string) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	eachLexiconRow(t, name, func(_ int, cols []string) { ids[cols[0]] = true })
	return ids
}

// eachLexiconRow calls fn with the line number and columns of each row of a file of the
// built-in lexicon, as the loader reads them.
func eachLexiconRow(t *testing.T, name string, fn func(line int, cols []string)) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "lexicon", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	err = readRows(f, func(line int, cols []string) error {
		fn(line, cols)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestOfficeHolderRows checks every row of officeholders.tsv: six or seven columns, a name
// without stray spaces, aliases that are not the bare surname, an office the lexicon knows as
// a title, a principal that is a country or an organization of the lexicon, dates that parse
// and are in order, terms that reach 2000, and no row twice.
func TestOfficeHolderRows(t *testing.T) {
	principals := lexiconIDs(t, "countries.tsv")
	for id := range lexiconIDs(t, "organizations.tsv") {
		principals[id] = true
	}
	lex := testLexicon()
	seen := map[string]int{}
	rows := 0
	name := regexp.MustCompile(`^\S+( \S+)*$`)
	start2000, _ := termDay("2000", false)
	eachLexiconRow(t, "officeholders.tsv", func(n int, cols []string) {
		rows++
		if len(cols) != 6 && len(cols) != 7 {
			t.Errorf("officeholders.tsv:%d: %d columns, want 6 or 7", n, len(cols))
			return
		}
		person, aliases, office, principal, from, to := cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]
		if !name.MatchString(person) {
			t.Errorf("officeholders.tsv:%d: person %q", n, person)
		}
		if aliases != "-" {
			words := strings.Fields(person)
			for _, a := range strings.Split(aliases, "|") {
				if !name.MatchString(a) || fold.Key(a) == fold.Key(words[len(words)-1]) {
					t.Errorf("officeholders.tsv:%d: alias %q of %s is empty, spaced or the bare surname", n, a, person)
				}
			}
		}
		if lex.titles[fold.Key(office)] == nil || office != strings.ToLower(office) {
			t.Errorf("officeholders.tsv:%d: office %q is no lower-case title of titles.tsv", n, office)
		}
		if !principals[principal] {
			t.Errorf("officeholders.tsv:%d: principal %q is in neither countries.tsv nor organizations.tsv", n, principal)
		}
		begin, ok := termDay(from, false)
		if !ok {
			t.Errorf("officeholders.tsv:%d: from %q is no YYYY-MM-DD, YYYY-MM or YYYY", n, from)
		}
		if to != "-" {
			end, ok := termDay(to, true)
			switch {
			case !ok:
				t.Errorf("officeholders.tsv:%d: to %q is no date and not -", n, to)
			case end < begin:
				t.Errorf("officeholders.tsv:%d: %s's term ends (%s) before it begins (%s)", n, person, to, from)
			case end < start2000:
				t.Errorf("officeholders.tsv:%d: %s's term ended before 2000", n, person)
			}
		}
		key := strings.Join(cols[:6], "\t")
		if m, ok := seen[key]; ok {
			t.Errorf("officeholders.tsv:%d: the row of line %d again", n, m)
		}
		seen[key] = n
	})
	if rows < 3000 {
		t.Errorf("officeholders.tsv has %d rows, want the 3,000 and more it was written with", rows)
	}
}
