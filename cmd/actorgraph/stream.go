package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
)

// The command's caps on what the merged graph keeps, where the library keeps everything
// by default: a graph that keeps every mention and piece of evidence needs some 5.5 bytes
// of memory per byte of input, so an archive of 1 GB would not fit. With them the memory
// grows with the distinct actors and relations of the input, not its length. They are
// high enough to change nothing in the graph of an article, or of the bundled articles
// together (at most 14 mentions of an actor and 6 pieces of evidence of a relation an
// article, and 200 and 8 in all).
const (
	defaultMaxEvidence = 100
	defaultMaxMentions = 1000
)

// inputFlags say how the documents are read, how much of them the graph keeps, and what
// the command reports of the run; they apply to every format.
type inputFlags struct {
	ndjson           *bool
	strict           *bool
	quiet            *bool
	maxEvidence      *int
	maxMentions      *int
	maxDocumentBytes *int
	maxSentenceBytes *int
	maxActors        *int
	stated           *bool
	date             *string
	day              time.Time
	lexiconDir       *string
	lexicon          *actorgraph.Lexicon // loaded from lexiconDir by check; nil: the built-in one
	graphs           fileList            // -graph: saved JSON graphs to merge with the documents
	// texts, when set, keeps the text of the documents parse reads, for the text output
	// to locate evidence in.
	texts *docTexts
}

// fileList is the value of a flag that may be given more than once, a file each time.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, " ") }

func (l *fileList) Set(path string) error {
	*l = append(*l, path)
	return nil
}

func addInputFlags(fs *flag.FlagSet) *inputFlags {
	f := &inputFlags{
		ndjson: fs.Bool("ndjson", false,
			`read each FILE, or standard input, as newline-delimited JSON: one document a line, {"doc": NAME, "text": TEXT, "date": "YYYY-MM-DD"} (date optional)`),
		strict: fs.Bool("strict", false,
			"stop at the first document or line that cannot be read or parsed, with exit status 1 and no graph, instead of skipping it"),
		quiet: fs.Bool("q", false,
			"show no progress line and no summary on a terminal (skipped documents are still reported)"),
		maxEvidence: fs.Int("max-evidence", defaultMaxEvidence,
			"keep at most `n` pieces of evidence per relation, the first by document and sentence (0: all)"),
		maxMentions: fs.Int("max-mentions", defaultMaxMentions,
			"keep at most `n` mentions per actor, the first by document and offset (0: all; -min-mentions counts those kept)"),
		maxDocumentBytes: fs.Int("max-document-bytes", actorgraph.DefaultMaxDocumentBytes,
			"skip a document longer than `n` bytes (at most 2147483647)"),
		maxSentenceBytes: fs.Int("max-sentence-bytes", actorgraph.DefaultMaxSentenceBytes,
			"cut a sentence longer than `n` bytes into pieces, with a warning"),
		maxActors: fs.Int("max-actors", actorgraph.DefaultMaxActors,
			"keep the first `n` actors of a document, with a warning"),
		date: fs.String("date", "",
			"the date of the documents, YYYY-MM-DD: the office holders of that day (an NDJSON line's \"date\" overrides it)"),
		stated: fs.Bool("stated", false,
			"only what the text states: do not infer the principal of a title the text gives without one from the office-holder lexicon and the document's setting (inferred roles and relations are marked)"),
		lexiconDir: fs.String("lexicon", "",
			"add the lexicon files in `dir` to the built-in lexicon: countries.tsv, titles.tsv, triggers.tsv and the rest (see lexicon/README.md)"),
	}
	fs.Var(&f.graphs, "graph",
		"merge the graph saved in `file` by -format json (gzip or not; - is standard input) with the documents; may be given more than once")
	return f
}

// check reports a usage error in the flags, and loads the -lexicon directory: a
// directory that cannot be read, holds no lexicon file or a bad row is a usage error.
// files are the operands, the documents to read.
func (f *inputFlags) check(files []string) error {
	if slices.Contains(f.graphs, "-") && (len(files) == 0 || slices.Contains(files, "-")) {
		return usageErr{"-graph - reads standard input, which a document cannot then be read from: name the documents as files"}
	}
	if *f.date != "" {
		d, err := time.Parse(time.DateOnly, *f.date)
		if err != nil {
			return usageErr{fmt.Sprintf("-date %q: want YYYY-MM-DD", *f.date)}
		}
		f.day = d
	}
	for _, c := range []struct {
		name     string
		v, least int
	}{
		{"max-evidence", *f.maxEvidence, 0},
		{"max-mentions", *f.maxMentions, 0},
		{"max-document-bytes", *f.maxDocumentBytes, 1},
		{"max-sentence-bytes", *f.maxSentenceBytes, 1},
		{"max-actors", *f.maxActors, 1},
	} {
		if c.v < c.least {
			return usageErr{fmt.Sprintf("-%s %d: want %d or more", c.name, c.v, c.least)}
		}
	}
	if *f.maxDocumentBytes > math.MaxInt32 {
		return usageErr{fmt.Sprintf("-max-document-bytes %d: want at most %d", *f.maxDocumentBytes, math.MaxInt32)}
	}
	if *f.lexiconDir != "" {
		lex, err := actorgraph.DefaultLexicon().Extend(os.DirFS(*f.lexiconDir))
		if err != nil {
			return usageErr{fmt.Sprintf("-lexicon %s: %s", *f.lexiconDir, strings.TrimPrefix(err.Error(), "actorgraph: lexicon: "))}
		}
		f.lexicon = lex
	}
	return nil
}

// parser returns the Parser the flags describe.
func (f *inputFlags) parser() actorgraph.Parser {
	return actorgraph.Parser{
		MaxEvidence:      *f.maxEvidence,
		MaxMentions:      *f.maxMentions,
		MaxDocumentBytes: *f.maxDocumentBytes,
		MaxSentenceBytes: *f.maxSentenceBytes,
		MaxActors:        *f.maxActors,
		Lexicon:          f.lexicon,
		Stated:           *f.stated,
		Date:             f.day,
	}
}

// A skipped error says where a document or line was read that is not in the graph, and
// why.
type skipped struct {
	loc string // as item.loc gives it
	err error
}

func (s skipped) Error() string { return s.loc + ": " + reason(s.err) }

// parse reads the graphs of -graph (see readGraphs), then the documents of files ("-" is
// stdin; no files and no -graph mean stdin) one by one and parses them on every
// core as they are read, merging their graphs as they are parsed (actorgraph.Corpus), so
// that only the documents being parsed are in memory, never the whole input. Then it
// merges the graphs read with that of the documents (actorgraph.Merge), joins surnames
// across all of them (Graph.JoinSurnames) and applies the caps again, since merging and
// joining pool evidence.
//
// A document or line that cannot be read or parsed is skipped and reported through prog,
// as soon as it is read, or for a document that fails to parse once all are parsed. With
// -strict the first of them in input order is the error instead, and no graph is made.
// Each part of a document that the parser cut or left out to stay within a limit
// (Graph.Warnings) is reported through prog too, once all are parsed.
func (f *inputFlags) parse(ctx context.Context, files []string, stdin io.Reader, prog *progress) (*actorgraph.Graph, error) {
	saved, err := f.readGraphs(stdin)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 && len(saved) == 0 {
		files = []string{"-"}
	}
	p := f.parser()
	stopShowing := prog.show()
	defer stopShowing()
	rctx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	items := make(chan item)
	go func() {
		defer close(items)
		readInputs(rctx, files, stdin, *f.ndjson, p.MaxDocumentBytes, func(it item) bool {
			select {
			case items <- it:
				return true
			case <-rctx.Done():
				return false
			}
		})
	}()

	c := actorgraph.Corpus{Parser: &p, Strict: *f.strict}
	var locs docLocs
	var readErr error // with -strict, the item that could not be read
read:
	for {
		select {
		case <-ctx.Done():
			break read
		case it, ok := <-items:
			if !ok {
				break read
			}
			prog.read(it)
			if it.err != nil {
				if *f.strict {
					readErr = skipped{it.loc(), it.err}
					break read
				}
				prog.skip(skipped{it.loc(), it.err})
				continue
			}
			locs.add(it)
			if f.texts != nil {
				f.texts.add(it.doc, it.text)
			}
			if c.AddDated(ctx, it.doc, it.text, it.date) != nil {
				break read // ctx is done, or with -strict a document failed
			}
		}
	}
	f.collectGarbage()  // all but a few documents are parsed
	g, err := c.Graph() // documents before a read error may have failed: theirs come first
	var failed *actorgraph.CorpusError
	var de *actorgraph.DocError
	switch {
	case ctx.Err() != nil:
		return nil, errInterrupted
	case errors.As(err, &failed):
		for _, d := range failed.Failed {
			prog.failed(locs.skipped(d))
		}
	case errors.As(err, &de):
		return nil, locs.skipped(de)
	case err != nil:
		return nil, err
	case readErr != nil:
		return nil, readErr
	}
	for _, w := range g.Warnings() {
		prog.warn(w)
	}
	if len(saved) > 0 {
		g = actorgraph.Merge(append(saved, g)...)
	}
	g = g.JoinSurnames().CapEvidence(p.MaxEvidence, p.MaxMentions)
	f.collectGarbage()
	return g, nil
}

// readGraphs reads the graphs of -graph, in the form -format json writes (ReadJSON),
// decompressing gzip as openInput does. A graph that cannot be read is an error that
// ends the run: unlike a document, it is the work of an earlier run, too much to skip.
func (f *inputFlags) readGraphs(stdin io.Reader) ([]*actorgraph.Graph, error) {
	var graphs []*actorgraph.Graph
	for _, path := range f.graphs {
		g, err := readGraphFile(path, stdin)
		if err != nil {
			return nil, fmt.Errorf("-graph %s: %s", path, reason(err))
		}
		graphs = append(graphs, g)
	}
	return graphs, nil
}

// readGraphFile reads the JSON graph in the file path ("-" is stdin).
func readGraphFile(path string, stdin io.Reader) (*actorgraph.Graph, error) {
	in, err := openInput(path, stdin)
	if err != nil {
		return nil, err
	}
	defer in.close()
	return actorgraph.ReadJSON(in.r)
}

// docLocs maps the index of each document given to the corpus to where it was read, in
// memory that does not grow with the documents: those of one input come one after
// another, and with -ndjson their lines go up by one but for blank and skipped lines,
// so a run of documents is kept as its first.
type docLocs struct {
	n    int // documents added
	runs []locRun
}

// A locRun is a run of documents: the first is document index, read from input at line
// (0 when the input is one document), the next from the next line, and so on.
type locRun struct {
	index, line int
	input       string
}

// add records where the next document was read.
func (l *docLocs) add(it item) {
	i := l.n
	l.n++
	if n := len(l.runs); n > 0 {
		r := l.runs[n-1]
		if r.line > 0 && r.input == it.input && it.line-r.line == i-r.index {
			return
		}
	}
	l.runs = append(l.runs, locRun{index: i, line: it.line, input: it.input})
}

// skipped returns the error that reports the failed document de where it was read, with
// its name when it is a line of NDJSON.
func (l *docLocs) skipped(de *actorgraph.DocError) skipped {
	k, found := slices.BinarySearchFunc(l.runs, de.Index, func(r locRun, i int) int { return r.index - i })
	if !found {
		k-- // the run that holds de.Index starts before it
	}
	r := l.runs[k]
	if r.line == 0 {
		return skipped{r.input, de.Err}
	}
	return skipped{fmt.Sprintf("%s:%d (document %q)", r.input, r.line+de.Index-r.index, de.Doc), de.Err}
}
