package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// TestWriteTextHostile checks that no name, alias, role or sentence, whatever it holds,
// puts control characters, bidi controls or zero-width characters on the terminal, and
// that words they separate stay apart.
func TestWriteTextHostile(t *testing.T) {
	tests := []struct {
		name, in, want string // in is the hostile string; want what the summary shows of it
	}{
		{"right-to-left override", "Donald\u202eTrump\u202c", "Donald Trump"},
		{"file name spoof", "\u202egpj.exe", "gpj.exe"},
		{"isolates", "\u2066Vladimir\u2069 \u2067Putin\u2069 \u2068x\u2069", "Vladimir Putin x"},
		{"embeddings and marks", "embed\u202a\u202b\u202d marks\u200e\u200f\u061c", "embed marks"},
		{"zero-width characters", "zero\u200bwidth\u200c\u200d\u2060joiners\ufeff", "zero width joiners"},
		{"soft hyphen", "Wash\u00adington", "Wash ington"},
		{"terminal escape", "Evil\x1b[31m\nCorp\x07", "Evil [31m Corp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.in
			doc := map[string]any{
				"actors": []map[string]any{
					{"id": "a", "name": s, "kind": "person", "country": s, "aliases": []string{"A", "alias " + s},
						"roles": []map[string]string{{"title": s, "of": "b"}}},
					{"id": "b", "name": "B " + s, "kind": "organization"},
				},
				"relations": []map[string]any{
					{"type": "member-of", "source": "a", "target": "b", "modality": "actual",
						"evidence": []map[string]any{{"doc": s, "text": "Said: " + s}}},
				},
			}
			in, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			g, err := actorgraph.ReadJSON(bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := writeText(&buf, g, nil); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for i, r := range out {
				if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
					t.Errorf("output holds %U at %d:\n%q", r, i, out)
				}
			}
			w := tt.want
			want := "People:\n  a  " + w + "  (" + w + ")\n      aliases: A, alias " + w + "\n      roles: " + w + " of b\n\n" +
				"Organizations:\n  b  B " + w + "\n\n" +
				"Relations:\n  a —member-of→ b [actual]  " + w + " sentence 1 \"Said: " + w + "\"\n"
			if diff := cmp.Diff(want, out); diff != "" {
				t.Errorf("writeText (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleanIsOneLine checks clean on what terminals must never receive.
func TestCleanIsOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{" \t lead and trail \r\n", "lead and trail"},
		{"bad\xff\xfeutf8", "bad\uFFFDutf8"},
		{"a\nb\rc", "a b c"},
		{"a\u202eb\u200bc\ufeffd", "a b c d"},
		{"line\u2028para\u2029end", "line para end"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextMarksInferred checks that the summary marks an inferred role and relation, and
// that with -stated neither is there.
func TestTextMarksInferred(t *testing.T) {
	for _, infer := range []bool{false, true} {
		args := []string{"-stated", "-"}
		if infer {
			args = []string{"-"}
		}
		var stdout, stderr bytes.Buffer
		in := strings.NewReader("Prime Minister Ehud Olmert said the cabinet would vote on Sunday.\n")
		if code := run(context.Background(), args, in, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		out := stdout.String()
		for _, want := range []string{
			"roles: prime minister of israel (inferred: office-holder)",
			"ehud-olmert —leader-of→ israel [actual] (inferred)",
		} {
			if strings.Contains(out, want) != infer {
				t.Errorf("%v: summary holds %q: %v, want %v:\n%s", args, want, !infer, infer, out)
			}
		}
	}
}
