package actorgraph

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// boundedRecursion lists the recursive functions of the module, each cycle as its
// functions' names sorted and joined by spaces, with what bounds its depth. Go cannot
// recover from a stack overflow, so a recursion over untrusted input that the text can
// deepen kills the process: issue 12 found one in the mention finder.
var boundedRecursion = map[string]string{
	"abbrevInName honorificInName nameWordLook": "maxNameLook, TestNameLookBounded",
	"parseRef titlesJoined":                     "sentState.joining (one level), TestTitlesJoinedBounded",
}

// TestRecursionBounded finds every cycle of direct calls among the functions of the
// module's packages and fails on any not listed in boundedRecursion: a new recursion must
// come with a bound on its depth and a test of it. Calls through function values are not
// followed.
func TestRecursionBounded(t *testing.T) {
	dirs := []string{".", "eval", "cmd/actorgraph"}
	internal, _ := filepath.Glob(filepath.Join("internal", "*"))
	dirs = append(dirs, internal...)
	imp := exportImporter(t)
	var found []string
	for _, dir := range dirs {
		found = append(found, recursiveCycles(t, dir, imp)...)
	}
	for _, c := range found {
		if boundedRecursion[c] == "" {
			t.Errorf("recursion %q: bound its depth, test the bound with input built to deepen it, and list it in boundedRecursion", c)
		}
	}
	for c := range boundedRecursion {
		if !slices.Contains(found, c) {
			t.Errorf("boundedRecursion lists %q, which no longer recurses: remove it", c)
		}
	}
}

// exportImporter returns an importer that reads the compiler's export data of the
// module's dependencies, as go list reports it (building what the cache lacks).
func exportImporter(t *testing.T) types.Importer {
	t.Helper()
	out, err := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	for line := range strings.Lines(string(out)) {
		if path, file, ok := strings.Cut(strings.TrimSpace(line), " "); ok && file != "" {
			exports[path] = file
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %q", path)
		}
		return os.Open(file)
	}
	return importer.ForCompiler(gotoken.NewFileSet(), "gc", lookup)
}

// recursiveCycles type-checks the package in dir (without its tests) and returns its
// cycles of calls, as boundedRecursion names them.
func recursiveCycles(t *testing.T, dir string, imp types.Importer) []string {
	t.Helper()
	fset := gotoken.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: imp}
	pkg, err := conf.Check(dir, fset, files, info)
	if err != nil {
		t.Fatalf("type-check %s: %v", dir, err)
	}
	calls := map[*types.Func][]*types.Func{}
	var funcs []*types.Func
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			caller := info.Defs[fd.Name].(*types.Func)
			funcs = append(funcs, caller)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var id *ast.Ident
				switch fn := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					id = fn
				case *ast.SelectorExpr:
					id = fn.Sel
				case *ast.IndexExpr: // a generic function instantiated explicitly
					if x, ok := fn.X.(*ast.Ident); ok {
						id = x
					}
				}
				if id == nil {
					return true
				}
				if callee, ok := info.Uses[id].(*types.Func); ok && callee.Pkg() == pkg {
					calls[caller] = append(calls[caller], callee.Origin())
				}
				return true
			})
		}
	}
	return cycles(funcs, calls)
}

// cycles returns the strongly connected components of the call graph that hold a cycle
// (Tarjan's algorithm), each as its functions' names sorted and joined by spaces.
func cycles(funcs []*types.Func, calls map[*types.Func][]*types.Func) []string {
	index, low := map[*types.Func]int{}, map[*types.Func]int{}
	onStack := map[*types.Func]bool{}
	var stack []*types.Func
	var out []string
	var visit func(v *types.Func)
	visit = func(v *types.Func) { // as deep as the longest chain of calls in our code
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range calls[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var names []string
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[w] = false
			names = append(names, w.Name())
			if w == v {
				break
			}
		}
		if len(names) > 1 || slices.Contains(calls[v], v) {
			slices.Sort(names)
			out = append(out, strings.Join(names, " "))
		}
	}
	for _, f := range funcs {
		if _, seen := index[f]; !seen {
			visit(f)
		}
	}
	return out
}
