package browsertest

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var (
	update = flag.Bool("update", false, "write the README's screenshot, ../docs/explorer.png")
	big    = flag.Bool("big", false, "also time the page of a synthetic graph of 1,000 actors (dot lays it out in a minute or so)")
)

// ankara is a second document, whose names have diacritics.
const ankara = "Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Sochi on Monday. " +
	"Ukrainian President Volodymyr Zelensky spoke by phone with Erdoğan on Tuesday.\n"

// testGraph is the graph of testdata/korea-summit.txt and of ankara, merged.
func testGraph(t *testing.T) *actorgraph.Graph {
	t.Helper()
	korea, err := os.ReadFile("../testdata/korea-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	var p actorgraph.Parser
	a, err := p.ParseDoc(context.Background(), "korea-summit.txt", string(korea))
	if err != nil {
		t.Fatal(err)
	}
	b, err := p.ParseDoc(context.Background(), "ankara.txt", ankara)
	if err != nil {
		t.Fatal(err)
	}
	return actorgraph.Merge(a, b)
}

// relation returns the index of the relation of type typ between the actors named
// source and target among the relations the page draws, and the relation.
func relation(t *testing.T, g *actorgraph.Graph, typ actorgraph.RelationType, source, target string) (int, *actorgraph.Relation) {
	t.Helper()
	v, err := g.Drawn(actorgraph.DOTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for r := range v.Relations(actorgraph.Filter{}) {
		if r.Type == typ && r.Source == g.Actor(source).ID && r.Target == g.Actor(target).ID {
			return i, r
		}
		i++
	}
	t.Fatalf("no %s relation from %s to %s", typ, source, target)
	return -1, nil
}

// hiddenWrong is a script that lists the edges of the drawing that are hidden when their
// relation's type and modality are shown, or shown when they are not: it takes a list
// of hidden types and one of hidden modalities.
const hiddenWrong = `((types, modalities) => {
	const d = JSON.parse(document.getElementById('graph-data').textContent);
	const wrong = [];
	d.relations.forEach((r, i) => {
		const off = types.includes(r.type) || modalities.includes(r.modality);
		for (const id of ['e' + i, 'e' + i + 'b', 'r' + i]) {
			const e = document.getElementById(id);
			if (e && (getComputedStyle(e).display === 'none') !== off) {
				wrong.push(id + ' ' + r.type + ' ' + r.modality + (off ? ' shown' : ' hidden'));
			}
		}
	});
	return wrong;
})`

// TestExplorer drives one Chromium through the page of testGraph as a reader would,
// then through a page of hostile names, and with -big a page of 1,000 actors.
func TestExplorer(t *testing.T) {
	b := startBrowser(t)
	dir := t.TempDir()
	g := testGraph(t)
	page := writePage(t, dir, "explorer.html", g, actorgraph.HTMLOptions{Title: "Korea summit and Sochi"})
	b.open(t, page)

	t.Run("Tab reaches the search box", func(t *testing.T) {
		b.run(t, chromedp.KeyEvent(kb.Tab))
		active := eval[string](t, b, `document.activeElement.id`)
		if active != "search" {
			t.Errorf("Tab focuses #%s, want #search", active)
		}
	})

	erdogan := node(t, g, "Erdoğan")
	t.Run("search an alias without its diacritics", func(t *testing.T) {
		b.run(t, chromedp.SendKeys(chromedp.ID("search"), "erdogan"))
		first := get(t, b, chromedp.Text(chromedp.CSS("#results button")))
		b.run(t, chromedp.KeyEvent(kb.Enter))
		hl := eval[string](t, b, `document.querySelector('#view g.node.hl').id`)
		heading := eval[string](t, b, `document.querySelector('#panel h2').textContent`)
		visible := eval[bool](t, b, `(() => {
			const r = document.querySelector('#view g.node.hl').getBoundingClientRect();
			const v = document.getElementById('view').getBoundingClientRect();
			return r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom;
		})()`)
		if want := "Recep Tayyip Erdoğan (Erdoğan) · person"; first != want {
			t.Errorf("first result %q, want %q", first, want)
		}
		if want := "n" + strconv.Itoa(erdogan); hl != want {
			t.Errorf("highlighted node %s, want %s", hl, want)
		}
		if heading != "Recep Tayyip Erdoğan" {
			t.Errorf("panel heading %q", heading)
		}
		if !visible {
			t.Errorf("the highlighted node is not in view")
		}
	})

	t.Run("Escape clears the search and the selection", func(t *testing.T) {
		b.run(t, chromedp.KeyEvent(kb.Escape))
		state := eval[[]any](t, b, `[document.getElementById('search').value, document.querySelectorAll('#view .hl, #view .sel').length,
			document.getElementById('results').hidden, document.querySelector('#panel .hint') !== null]`)
		if len(state) != 4 || state[0] != "" || state[1] != float64(0) || state[2] != true || state[3] != true {
			t.Errorf("after Escape: [search value, highlighted, results hidden, hint shown] = %v", state)
		}
	})

	lee := node(t, g, "Lee Jae-myung")
	t.Run("click an actor", func(t *testing.T) {
		b.run(t, chromedp.Click(chromedp.ID("n"+strconv.Itoa(lee))))
		heading := eval[string](t, b, `document.querySelector('#panel h2').textContent`)
		aliases := eval[string](t, b, `document.querySelector('#panel ul').textContent`)
		out := eval[int](t, b, `[...document.querySelectorAll('#panel h3')].find(h => h.textContent === 'Relations out').nextElementSibling.children.length`)
		in := eval[int](t, b, `[...document.querySelectorAll('#panel h3')].find(h => h.textContent === 'Relations in').nextElementSibling.children.length`)
		if heading != "Lee Jae-myung" || aliases == "" {
			t.Errorf("panel: heading %q, aliases %q", heading, aliases)
		}
		a := g.Actor("Lee Jae-myung")
		wantOut, wantIn := 0, 0
		for r := range g.Relations(actorgraph.Filter{Actor: a.ID}) {
			if r.Source == a.ID {
				wantOut++
			} else {
				wantIn++
			}
		}
		if out != wantOut || in != wantIn {
			t.Errorf("panel lists %d relations out and %d in, want %d and %d", out, in, wantOut, wantIn)
		}
	})

	call, r := relation(t, g, actorgraph.Contacts, "Zelensky", "Erdoğan")
	t.Run("click a relation", func(t *testing.T) {
		b.run(t, chromedp.Click(chromedp.CSS("#e"+strconv.Itoa(call)+" text")))
		words := eval[string](t, b, `document.querySelector('#panel mark').textContent`)
		quote := eval[string](t, b, `document.querySelector('#panel blockquote').textContent`)
		doc := eval[string](t, b, `document.querySelector('#panel .doc').textContent`)
		e := r.Evidence[0]
		if words != e.Words() || strings.TrimSpace(quote) != strings.TrimSpace(e.Text) {
			t.Errorf("evidence shown: %q marked in %q; want %q in %q", words, quote, e.Words(), e.Text)
		}
		if want := "ankara.txt, sentence 2 · rule verb"; doc != want {
			t.Errorf("evidence's document %q, want %q", doc, want)
		}
	})

	if *update {
		t.Run("screenshot", func(t *testing.T) {
			png := get(t, b, chromedp.CaptureScreenshot())
			if err := os.WriteFile(filepath.Join("..", "docs", "explorer.png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}

	t.Run("untick a relation type, then a modality", func(t *testing.T) {
		b.run(t, chromedp.Click(chromedp.CSS(`#filter-types input[value="meets-with"]`)))
		wrong := eval[[]string](t, b, hiddenWrong+`(['meets-with'], [])`)
		for _, w := range wrong {
			t.Errorf("with meets-with unticked: %s", w)
		}
		b.run(t, chromedp.Click(chromedp.CSS(`#filter-types input[value="meets-with"]`)),
			chromedp.Click(chromedp.CSS(`#filter-modalities input[value="planned"]`)))
		wrong = eval[[]string](t, b, hiddenWrong+`([], ['planned'])`)
		for _, w := range wrong {
			t.Errorf("with planned unticked: %s", w)
		}
		planned := eval[int](t, b, `JSON.parse(document.getElementById('graph-data').textContent).relations.filter(r => r.modality === 'planned').length`)
		if planned == 0 {
			t.Errorf("no planned relation to hide")
		}
	})
	b.checkQuiet(t, page)

	t.Run("a clustered drawing: a relation drawn through its label", func(t *testing.T) {
		page := writePage(t, dir, "cluster.html", g, actorgraph.HTMLOptions{DOTOptions: actorgraph.DOTOptions{ClusterByCountry: true}})
		b.open(t, page)
		label := eval[string](t, b, `document.querySelector('#view g.node[id^="r"]').id`)
		b.run(t, chromedp.Click(chromedp.CSS("#"+label+" text")))
		if got, want := eval[string](t, b, `'r' + document.getElementById('panel').dataset.relation`), label; got != want {
			t.Errorf("clicking the label %s shows relation %s", want, got)
		}
		if n := eval[int](t, b, `document.querySelectorAll('#view .sel').length`); n != 3 {
			t.Errorf("%d elements of the relation selected, want 3: its label and its two half edges", n)
		}
		b.checkQuiet(t, page)
	})

	t.Run("hostile names", func(t *testing.T) { testHostile(t, b, dir) })
	if *big {
		t.Run("1,000 actors", func(t *testing.T) { testBig(t, b, dir) })
	}
}
