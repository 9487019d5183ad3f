package extract

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"unicode/utf8"
)

// testLexicon returns the built-in lexicon, read from the repository's lexicon directory
// as the root package embeds it.
var testLexicon = sync.OnceValue(func() *Lexicon {
	l, err := Load(os.DirFS("../.."), "lexicon")
	if err != nil {
		panic(err)
	}
	return l
})

// defaultOptions are the options of the zero Parser: no inference.
var defaultOptions = Options{MaxSentenceBytes: 64 << 10, Disabled: Inferred()}

// inferOptions are the options of a Parser with Infer set.
var inferOptions = Options{MaxSentenceBytes: 64 << 10}

// validRuneStart reports whether offset i of s starts a rune (or is the end of s).
func validRuneStart(s string, i int) bool {
	return i == len(s) || i < len(s) && utf8.RuneStart(s[i])
}

// bundledArticles returns the articles bundled with the repository (testdata/*.txt), by
// file name.
func bundledArticles(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	docs := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(p)] = string(b)
	}
	return docs
}

// newTestDocWith returns a Doc ready to read text with the built-in lexicon and opt.
func newTestDocWith(text string, opt Options) *Doc {
	d := new(Doc)
	d.Reset(testLexicon(), opt, text)
	return d
}
