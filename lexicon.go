package actorgraph

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/actorgraph/actorgraph/internal/extract"
)

//go:embed lexicon
var builtinLexicon embed.FS

// Lexicon is the knowledge the parser matches text against: countries with their aliases,
// demonyms and capitals; organizations and groups; titles and the relation each implies;
// given names and nicknames; abbreviations; relation triggers and modality cues. The files
// and their formats are described in lexicon/README.md. A Lexicon is immutable and safe for
// concurrent use. The zero Lexicon knows no words.
type Lexicon struct {
	x *extract.Lexicon // nil for the zero Lexicon
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	x, err := extract.Load(builtinLexicon, "lexicon")
	return &Lexicon{x}, err
})

// DefaultLexicon returns the built-in lexicon, loaded once from the embedded data files.
func DefaultLexicon() *Lexicon {
	l, err := defaultLexicon()
	if err != nil {
		// The embedded files are part of the build and covered by tests.
		panic(err)
	}
	return l
}

// Extend returns a new Lexicon holding the rows of l and the rows of the data files found
// at the top of fsys, which uses the file names and formats of the built-in lexicon (see
// lexicon/README.md): countries.tsv, organizations.tsv, titles.tsv, given-names.txt,
// nicknames.tsv, abbreviations.txt, org-heads.txt, words.tsv, triggers.tsv, cues.tsv,
// officeholders.tsv, people.tsv and common-words.txt.
// Missing files are skipped, but fsys must hold at least one of them: an empty directory,
// or one of other files, is an error, as it is most likely the wrong directory. l itself
// is not changed.
func (l *Lexicon) Extend(fsys fs.FS) (*Lexicon, error) {
	var base *extract.Lexicon // nil for a nil or zero l: no rows
	if l != nil {
		base = l.x
	}
	x, err := base.Extend(fsys)
	if err != nil {
		return nil, err
	}
	return &Lexicon{x}, nil
}

// data returns what the stages read of l: for a nil or zero Lexicon, one without rows.
func (l *Lexicon) data() *extract.Lexicon {
	if l == nil || l.x == nil {
		return extract.Empty()
	}
	return l.x
}
