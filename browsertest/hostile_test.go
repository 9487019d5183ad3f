package browsertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/chromedp/chromedp"
)

// payloads would each set window.__pwned, or add an element, if the page let a name,
// alias, role, document or sentence be read as markup or script.
var payloads = []string{
	`<script>window.__pwned = 1</script>`,
	`</script><script>window.__pwned = 2</script>`,
	`<img src=x onerror="window.__pwned = 3">`,
	`"><svg onload="window.__pwned = 4"><b>bold</b>`,
	`<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe>`,
	`javascript:window.__pwned = 6`,
	"\u2028</script>\u2029<!-- ${window.__pwned = 7} {{.Title}}",
	`]]><style>body { display: none }</style>`,
}

// hostileGraph is a graph whose every string is a payload: two actors and the relation
// between them, read from JSON as a saved graph would be.
func hostileGraph(t *testing.T) *actorgraph.Graph {
	t.Helper()
	type actor struct {
		ID      string              `json:"id"`
		Name    string              `json:"name"`
		Kind    string              `json:"kind"`
		Aliases []string            `json:"aliases"`
		Roles   []map[string]string `json:"roles"`
	}
	p := payloads
	doc := map[string]any{
		"actors": []actor{
			{ID: "a" + p[0], Name: p[0] + p[1], Kind: "person", Aliases: p, Roles: []map[string]string{{"title": p[2], "of": "b" + p[3]}}},
			{ID: "b" + p[3], Name: p[3] + p[4], Kind: "organization", Aliases: []string{p[5], p[6]}},
		},
		"relations": []map[string]any{{
			"type": "member-of", "source": "a" + p[0], "target": "b" + p[3], "modality": "actual",
			"evidence": []map[string]any{{"doc": p[6], "sentence": 0, "start": 0, "end": len(p[7]), "text": p[7] + " said " + p[2], "rule": p[1]}},
		}},
	}
	js, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	g, err := actorgraph.ReadJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// testHostile loads the page of hostileGraph, finds and clicks its actors and its
// relation so that every string is shown, and wants each shown as written, no script of
// its own run and no element of its own made.
func testHostile(t *testing.T, b *browser, dir string) {
	g := hostileGraph(t)
	page := writePage(t, dir, "hostile.html", g, actorgraph.HTMLOptions{Title: payloads[1]})
	b.open(t, page)
	b.run(t, chromedp.SendKeys(chromedp.ID("search"), "pwned = 1"))
	results := get(t, b, chromedp.Text(chromedp.ID("results")))
	b.run(t, chromedp.Click(chromedp.CSS("#results button")))
	title := eval[string](t, b, `document.title`)
	heading := eval[string](t, b, `document.querySelector('#panel h2').textContent`)
	roles := eval[string](t, b, `document.getElementById('panel').textContent`)
	b.run(t, chromedp.Click(chromedp.CSS(`#panel button.relation`)))
	evidence := eval[string](t, b, `document.getElementById('panel').textContent`)
	b.run(t, chromedp.Click(chromedp.ID("n1")))

	if title != payloads[1] {
		t.Errorf("title %q, want %q", title, payloads[1])
	}
	if want := clean(payloads[0] + payloads[1]); heading != want {
		t.Errorf("actor shown as %q, want %q", heading, want)
	}
	for _, want := range []string{payloads[2], clean(payloads[3] + payloads[4])} {
		if !strings.Contains(roles, want) {
			t.Errorf("actor panel lacks %q: %q", want, roles)
		}
	}
	for _, want := range []string{payloads[7], clean(payloads[6]), payloads[1]} {
		if !strings.Contains(evidence, want) {
			t.Errorf("relation panel lacks %q: %q", want, evidence)
		}
	}
	if !strings.Contains(results, "pwned = 1") {
		t.Errorf("search found nothing: %q", results)
	}
	pwned := eval[bool](t, b, `window.__pwned !== undefined || parent.__pwned !== undefined`)
	counts := eval[map[string]int](t, b, `({
		scripts: document.scripts.length,
		svg: document.querySelectorAll('svg').length,
		styles: document.querySelectorAll('style').length,
		other: document.querySelectorAll('img, iframe, b, object, embed, a, foreignObject').length,
		visible: getComputedStyle(document.body).display === 'none' ? 0 : 1,
	})`)
	if pwned {
		t.Errorf("a payload ran")
	}
	if want := map[string]int{"scripts": 2, "svg": 1, "styles": 1, "other": 0, "visible": 1}; fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("elements of the page %v, want %v", counts, want)
	}
	b.checkQuiet(t, page)
}

// clean is what the page shows of s: line and paragraph separators as spaces.
func clean(s string) string {
	return strings.NewReplacer("\u2028", " ", "\u2029", " ").Replace(s)
}

// testBig times the page of a synthetic graph of 1,000 actors, drawn in full: 1.25
// relations an actor, attached preferentially, as news graphs are (a few hubs). It
// wants the page ready in under 10 s, a generous bound for a figure of about a second,
// so that a slow machine does not fail it.
func testBig(t *testing.T, b *browser, dir string) {
	const n = 1000
	r := rand.New(rand.NewPCG(1, 2))
	type actor struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	var actors []actor
	var rels []map[string]any
	var ends []int // an actor once per relation it has, for preferential attachment
	types := actorgraph.RelationTypes()
	for i := range n {
		actors = append(actors, actor{fmt.Sprintf("a%04d", i), fmt.Sprintf("Actor %d", i), "person"})
		if i == 0 {
			continue
		}
		for k := 0; k < 1 || k == 1 && r.IntN(4) == 0; k++ {
			j := r.IntN(i)
			if len(ends) > 0 && r.IntN(2) == 0 {
				j = ends[r.IntN(len(ends))]
			}
			rels = append(rels, map[string]any{"type": types[r.IntN(len(types))], "source": fmt.Sprintf("a%04d", i),
				"target": fmt.Sprintf("a%04d", j), "modality": "actual", "evidence": []any{}})
			ends = append(ends, i, j)
		}
	}
	js, err := json.Marshal(map[string]any{"actors": actors, "relations": rels})
	if err != nil {
		t.Fatal(err)
	}
	g, err := actorgraph.ReadJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	page := writePage(t, dir, "big.html", g, actorgraph.HTMLOptions{DOTOptions: actorgraph.DOTOptions{KeepAll: true}})
	t.Logf("%d actors, %d relations: dot and WriteHTML took %v", g.NumActors(), g.NumRelations(), time.Since(start).Round(time.Millisecond))
	took := b.open(t, page)
	b.run(t, chromedp.SendKeys(chromedp.ID("search"), "Actor 999"))
	found := get(t, b, chromedp.Text(chromedp.CSS("#results button")))
	t.Logf("the page was ready %v after navigation began", took.Round(time.Millisecond))
	if took > 10*time.Second {
		t.Errorf("the page took %v to be ready, want well under 10 s", took)
	}
	if !strings.HasPrefix(found, "Actor 999") {
		t.Errorf("search found %q", found)
	}
	b.checkQuiet(t, page)
}
