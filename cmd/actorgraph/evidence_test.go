package main

import (
	"bufio"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// evidenceIn returns the evidence of sentence n of doc whose words are marked ⟦…⟧ in
// marked, the document's text with the marks; the marked words lie in one sentence, the
// one that sentence spans (a substring of the text without marks).
func evidenceIn(t *testing.T, doc, marked, sentence string, n int) (text string, e actorgraph.Evidence) {
	t.Helper()
	start := strings.Index(marked, markOpen)
	end := strings.Index(marked, markClose)
	if start < 0 || end < start {
		t.Fatalf("no ⟦…⟧ in %q", marked)
	}
	text = strings.NewReplacer(markOpen, "", markClose, "").Replace(marked)
	end -= len(markOpen)
	if !strings.Contains(text, sentence) {
		t.Fatalf("sentence %q not in %q", sentence, text)
	}
	return text, actorgraph.Evidence{Doc: doc, Sentence: n, SentenceStart: strings.Index(text, sentence),
		Span: actorgraph.Span{Start: start, End: end}, Text: sentence}
}

func TestWriteEvidence(t *testing.T) {
	const long = "Ukrainian President Volodymyr Zelensky, who arrived in Washington late on Sunday after a stop in London, "
	tests := []struct {
		name     string
		marked   string // the document, its evidence words in ⟦…⟧
		sentence string
		n        int
		keep     bool   // whether docTexts holds the document
		other    string // when set, docTexts holds this text under its name instead
		oldJSON  bool   // whether the evidence lacks its sentence start, as JSON written before it
		want     string
	}{
		{
			name:     "line and column",
			marked:   "Talks stalled.\nOn Sunday Zelensky ⟦spoke by phone with⟧ Trump.\n",
			sentence: "On Sunday Zelensky spoke by phone with Trump.",
			n:        1,
			keep:     true,
			want:     `  a.txt:2:20 "On Sunday Zelensky ⟦spoke by phone with⟧ Trump."`,
		},
		{
			name:     "window cut at spaces",
			marked:   long + "⟦spoke by phone with⟧ Donald Trump for an hour on Monday and agreed to meet again.",
			sentence: long + "spoke by phone with Donald Trump for an hour on Monday and agreed to meet again.",
			keep:     true,
			want:     `  a.txt:1:106 "…after a stop in London, ⟦spoke by phone with⟧ Donald Trump for an hour on…"`,
		},
		{
			name:     "long words cut in the middle",
			marked:   "⟦" + long + "spoke by phone with Donald Trump⟧.",
			sentence: long + "spoke by phone with Donald Trump.",
			keep:     true,
			want:     `  a.txt:1:1 "⟦Ukrainian President Volodymyr Zelensky, … London, spoke by phone with Donald Trump⟧."`,
		},
		{
			name:     "multibyte column counts bytes",
			marked:   "Élysée: ⟦Macron met Scholz⟧.",
			sentence: "Élysée: Macron met Scholz.",
			keep:     true,
			want:     `  a.txt:1:11 "Élysée: ⟦Macron met Scholz⟧."`,
		},
		{
			name:     "hostile text is cleaned",
			marked:   "Evil\x1b[31m ⟦met\u202e Bob⟧\u200b now.",
			sentence: "Evil\x1b[31m met\u202e Bob\u200b now.",
			keep:     true,
			want:     `  a.txt:1:11 "Evil [31m ⟦met Bob⟧ now."`,
		},
		{
			name:     "no text: the sentence, counted from 1",
			marked:   "Talks stalled. Zelensky ⟦spoke by phone with⟧ Trump.",
			sentence: "Zelensky spoke by phone with Trump.",
			n:        1,
			want:     `  a.txt sentence 2 "Zelensky ⟦spoke by phone with⟧ Trump."`,
		},
		{
			name:     "no sentence start: the sentence",
			marked:   "Talks stalled. Zelensky ⟦spoke by phone with⟧ Trump.",
			sentence: "Zelensky spoke by phone with Trump.",
			n:        1,
			oldJSON:  true,
			want:     `  a.txt sentence 2 "Zelensky spoke by phone with Trump."`,
		},
		{
			name:     "another text by the same name",
			marked:   "Zelensky ⟦spoke by phone with⟧ Trump.",
			sentence: "Zelensky spoke by phone with Trump.",
			other:    "Zelensky spoke by phone with Macron.",
			want:     `  a.txt sentence 1 "Zelensky ⟦spoke by phone with⟧ Trump."`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, e := evidenceIn(t, "a.txt", tt.marked, tt.sentence, tt.n)
			if tt.oldJSON {
				e.SentenceStart = 0
			}
			var texts *docTexts
			switch {
			case tt.other != "":
				texts = &docTexts{}
				texts.add("a.txt", tt.other)
			case tt.keep:
				texts = &docTexts{}
				texts.add("a.txt", text)
			}
			var b strings.Builder
			bw := bufio.NewWriter(&b)
			writeEvidence(bw, e, texts)
			bw.Flush()
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDocTexts checks which documents docTexts locates evidence in: not one whose name
// another document shares, nor one past maxKeptText.
func TestDocTexts(t *testing.T) {
	var d docTexts
	d.add("a", "first")
	d.add("b", "x")
	d.add("b", "y")
	d.add("big", strings.Repeat("z", maxKeptText))
	got := map[string]bool{}
	for _, name := range []string{"a", "b", "big", "none"} {
		got[name] = d.lookup(name) != nil
	}
	want := map[string]bool{"a": true, "b": false, "big": false, "none": false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	if (*docTexts)(nil).lookup("a") != nil {
		t.Error("a nil docTexts holds a document")
	}
}

// TestDocTextPosition checks lines and columns against the line table, CRLF included.
func TestDocTextPosition(t *testing.T) {
	text := &docText{text: "ab\ncd\r\n\nef"}
	tests := []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {8, 4, 1}, {10, 4, 3},
	}
	for _, tt := range tests {
		line, col := text.position(tt.off)
		if line != tt.line || col != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}

// TestBinaryTextEvidence runs the built command on a file and checks that the text
// output points at the evidence words by line and column.
func TestBinaryTextEvidence(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "news.txt", "Talks stalled.\n\nUkrainian President Volodymyr Zelensky spoke by phone with Donald Trump on Sunday.\n")
	stdout := runBinaryOK(t, dir, "news.txt", "-types", "contacts")
	want := `  volodymyr-zelensky —contacts→ donald-trump [actual]  news.txt:3:1 "⟦Ukrainian President Volodymyr Zelensky spoke by phone with Donald Trump⟧ on Sunday."`
	if !strings.Contains(stdout, want+"\n") {
		t.Errorf("stdout lacks\n%s\n:\n%s", want, stdout)
	}
}
