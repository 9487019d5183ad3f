package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fileLayers orders the package's files as the pipeline runs: words (the vocabulary,
// the lexicon, tokens and sentences), the document and the sentence the stages share,
// stage 2, the clause syntax stages 3, 4 and 6 read, the stages 3 to 6, what assembly
// needs, and last the driver and the canonical view of a sentence. A
// file may use what files of its own layer or an earlier one declare, never what a
// later layer declares: data flows one way.
var fileLayers = map[string]int{
	"vocabulary.go": 0, "model.go": 0, "grouped.go": 0, "keytable.go": 0, "grammar.go": 0,
	"wordset.go": 0, "lexicon.go": 0, "phrases.go": 0, "titles.go": 0, "officeholders.go": 0, "people.go": 0, "segment.go": 0,
	"document.go": 1, "memory.go": 1, "sentstate.go": 1,
	"mentions.go": 2, "namekind.go": 2, // stage 2: tag
	"clause.go": 3, "clauseargs.go": 3, "lists.go": 3, "coordination.go": 3, "embedded.go": 3, // clause syntax, read by stages 3, 4 and 6
	"refs.go": 4, "unnamed.go": 4, "portfolio.go": 4, "places.go": 4, // stage 3: refs
	"roles.go": 5,                                                                                                               // stage 4: roles
	"coref.go": 6, "pronouns.go": 6, "roleassign.go": 6, "aliases.go": 6, "institutions.go": 6, "plural.go": 6, "regimes.go": 6, // stage 5: coreference
	"patterns.go": 7, "gatherings.go": 7, "allies.go": 7, "hosts.go": 7, "constraints.go": 7, "modality.go": 7, "threats.go": 7, "speakerstance.go": 7, "measures.go": 7, "companions.go": 7, "inperson.go": 7, // stage 6: frames
	"surnames.go": 8, "infer.go": 8, // for stage 7, assembly, in the root package
	"run.go": 9, "sentstring.go": 9, // the driver, and the canonical view of a sentence
}

// TestLayersRunOneWay checks that no function of a file calls a function or method
// declared only in a file of a later layer, and that every file has a layer.
func TestLayersRunOneWay(t *testing.T) {
	fset := gotoken.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*ast.File{}
	declared := map[string][]string{} // function or method name → the files declaring one
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		if _, ok := fileLayers[p]; !ok {
			t.Errorf("%s has no layer in fileLayers", p)
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files[p] = f
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				declared[fn.Name.Name] = append(declared[fn.Name.Name], p)
			}
		}
	}
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range files {
			if !yield(p) {
				return
			}
		}
	}) {
		ast.Inspect(files[p], func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fun := call.Fun.(type) {
			case *ast.Ident:
				name = fun.Name
			case *ast.SelectorExpr:
				name = fun.Sel.Name
			}
			// A name declared in several files (a method of several types) may be any
			// of them: only a call that can mean nothing but a later file's function
			// counts.
			at := declared[name]
			if len(at) == 0 || slices.ContainsFunc(at, func(q string) bool { return fileLayers[q] <= fileLayers[p] }) {
				return true
			}
			t.Errorf("%s: %s calls %s, declared in %s, a later layer", fset.Position(call.Pos()), p, name, strings.Join(at, ", "))
			return true
		})
	}
}
