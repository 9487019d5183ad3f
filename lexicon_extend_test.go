package actorgraph_test

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph"
)

// TestExtendNeedsALexiconFile checks that Extend refuses a directory without a lexicon
// file, which is most likely the wrong one, and accepts one with any of them.
func TestExtendNeedsALexiconFile(t *testing.T) {
	const noFile = "actorgraph: lexicon: no lexicon file found: want one or more of countries.tsv, organizations.tsv, titles.tsv, given-names.txt, nicknames.tsv, abbreviations.txt, org-heads.txt, words.tsv, triggers.tsv, cues.tsv, officeholders.tsv, people.tsv, common-words.txt"
	dir := t.TempDir()
	misnamed := filepath.Join(dir, "misnamed")
	if err := os.MkdirAll(filepath.Join(misnamed, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"trigger.tsv", filepath.Join("sub", "countries.tsv")} {
		if err := os.WriteFile(filepath.Join(misnamed, name), []byte("# nothing\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		fsys fstest.MapFS // used when dir is ""
		dir  string
		err  string // "" for none
	}{
		{name: "empty", fsys: fstest.MapFS{}, err: noFile},
		{name: "empty directory", dir: t.TempDir(), err: noFile},
		{name: "missing directory", dir: filepath.Join(dir, "missing"), err: noFile},
		{name: "other files only", dir: misnamed, err: noFile},
		{name: "one file", fsys: fstest.MapFS{"cues.tsv": {Data: []byte("# no rows yet\n")}}},
		{name: "one file among others", fsys: fstest.MapFS{
			"README.md":         {Data: []byte("# my lexicon\n")},
			"given-names.txt":   {Data: []byte("Zbigniew\n")},
			"notes/titles.tsv":  {Data: []byte("not\tread\n")},
			"abbreviations.bak": {Data: []byte("x\n")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ext *actorgraph.Lexicon
			var err error
			if tt.dir != "" {
				ext, err = actorgraph.DefaultLexicon().Extend(os.DirFS(tt.dir))
			} else {
				ext, err = actorgraph.DefaultLexicon().Extend(tt.fsys)
			}
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("Extend: %v", err)
			case tt.err == "" && ext == nil:
				t.Fatal("Extend returned no lexicon")
			case tt.err != "" && (err == nil || err.Error() != tt.err):
				t.Fatalf("Extend error = %v, want %s", err, tt.err)
			case tt.err != "" && ext != nil:
				t.Error("Extend returned a lexicon with its error")
			}
		})
	}
}
