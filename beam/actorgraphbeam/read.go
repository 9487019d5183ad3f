package actorgraphbeam

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/docread"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// This file reads documents from files, as the command does: a file is one document, or
// with NDJSON one document a line, decompressed when it is gzip.

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Document), func(Skipped), error](&readFn{})
	register.Emitter1[Document]()
}

// ReadOptions say how Read reads its files.
type ReadOptions struct {
	// NDJSON reads each file as newline-delimited JSON, one document a line: an object
	// with the strings "doc" (its name), "text" and optionally "date" (YYYY-MM-DD), as the
	// command's -ndjson does. Without it each file is one document, named by its path.
	NDJSON bool
	// MaxDocumentBytes bounds a document, decompressed: a longer one is skipped without
	// being read whole (and an NDJSON line longer than twice that and a megabyte). Zero
	// means actorgraph.DefaultMaxDocumentBytes; set it to Options.MaxDocumentBytes.
	MaxDocumentBytes int
}

// Read reads the documents of the files that globs match, on any filesystem Beam knows
// (local paths, and gs:// and the others whose packages the program imports), and
// returns docs, a PCollection<Document>, and skipped, a PCollection<Skipped> of the files
// and lines it could not read: a file that cannot be opened, a document over
// MaxDocumentBytes, an NDJSON line that holds no document. Content that starts with the
// gzip magic bytes is decompressed whatever the file's name, as the command does. A glob
// with a wildcard may match nothing; one without must name a file.
//
// A file is read, and its documents parsed, by one worker, in one fused stage: split a
// large archive into many files for the runner to parse them side by side. (Reshuffling
// the documents would spread one file too, but each bundle then sends its own
// accumulator, as large as the caps allow, to the final merge.)
func Read(s beam.Scope, globs []string, opts ReadOptions) (docs, skipped beam.PCollection) {
	s = s.Scope("actorgraph.Read")
	matches := make([]beam.PCollection, len(globs))
	for i, g := range globs {
		matches[i] = fileio.MatchFiles(s, g)
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matches...), fileio.ReadUncompressed())
	docs, skipped = beam.ParDo2(s, &readFn{Opts: opts}, files)
	return docs, skipped
}

// readFn reads the documents of a file.
type readFn struct {
	Opts ReadOptions
}

// maxBytes returns the bound on a document.
func (f *readFn) maxBytes() int {
	if f.Opts.MaxDocumentBytes <= 0 {
		return actorgraph.DefaultMaxDocumentBytes
	}
	return f.Opts.MaxDocumentBytes
}

// ProcessElement emits the documents of file, and a Skipped for each document or line it
// cannot read. Only a cancelled context fails the bundle.
func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Document), skip func(Skipped)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		skipped(ctx, skip, Skipped{Doc: path, Err: err.Error()})
		return nil
	}
	defer rc.Close()
	r, zipped, err := docread.Gunzip(rc)
	if err != nil {
		skipped(ctx, skip, Skipped{Doc: path, Err: err.Error()})
		return nil
	}
	if !f.Opts.NDJSON {
		size := file.Metadata.Size
		if zipped {
			size = -1 // unknown until read
		}
		text, n, err := docread.ReadDoc(r, f.maxBytes(), size)
		switch {
		case err != nil:
			skipped(ctx, skip, Skipped{Doc: path, Err: err.Error()})
		case n > int64(f.maxBytes()):
			skipped(ctx, skip, Skipped{Doc: path, Err: fmt.Sprintf("MaxDocumentBytes exceeded: %d > %d", n, f.maxBytes())})
		default:
			emit(Document{Name: path, Text: text})
		}
		return nil
	}
	for l := range docread.Lines(ctx, r, 2*f.maxBytes()+1<<20) {
		if l.Err != nil {
			skipped(ctx, skip, Skipped{Doc: fmt.Sprintf("%s:%d", path, l.N), Err: strings.TrimPrefix(l.Err.Error(), "actorgraph: ")})
			continue
		}
		d := Document{Name: l.Doc, Text: l.Text}
		if !l.Date.IsZero() {
			d.Date = l.Date.Format("2006-01-02")
		}
		emit(d)
	}
	return ctx.Err()
}
