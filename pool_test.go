package actorgraph

import (
	"context"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// TestPooledStateHoldsNoText checks that the parser state a finished document leaves in
// docStates keeps nothing of it alive: not its text, nor any of its actors. sync.Pool
// lets go of its items only over two collections, and until then, or until the next
// document reuses the state, whatever it points to stays in memory: the text of a large
// document whose graph was dropped, or kept only in part.
func TestPooledStateHoldsNoText(t *testing.T) {
	// No collection but the one below, which leaves the state in the pool's victim cache:
	// a collection in between would empty the pool and hide what it holds.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	ctx := context.Background()
	var p Parser
	if _, err := p.Parse(ctx, "Lexicon and pools loaded."); err != nil {
		t.Fatal(err)
	}
	text, actor := func() (weak.Pointer[byte], weak.Pointer[Actor]) {
		// Made here, so that this function's return drops the only reference outside the parser.
		text := strings.Repeat("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. "+
			"Ruto said Abiy and the two leaders would meet again. The army said it would not. ", 4)
		g, err := p.Parse(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		a := g.Actor("william-ruto")
		if a == nil {
			t.Fatal("no actor william-ruto")
		}
		return weak.Make(unsafe.StringData(text)), weak.Make(a)
	}()
	runtime.GC()
	if text.Value() != nil {
		t.Error("the text of a parsed document whose graph was dropped is still in memory")
	}
	if actor.Value() != nil {
		t.Error("an actor of a graph that was dropped is still in memory")
	}
}
