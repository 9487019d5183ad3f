package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Talks and meetings:\n", `Holding the title "spokesperson":`, `Holding the title "envoy":`,
		"Most connected in talks and meetings:\n", "From Witkoff to Hamas:\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// Another article, and two actors to connect.
	path := filepath.Join(t.TempDir(), "news.txt")
	text := "Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin would meet Donald Trump.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(context.Background(), []string{path, "Peskov", "Nobody"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `unknown actor "Nobody"`) {
		t.Errorf("output does not report the unknown actor:\n%s", out.String())
	}
	if err := run(context.Background(), []string{filepath.Join(t.TempDir(), "missing.txt")}, &out); err == nil {
		t.Errorf("no error for a missing file")
	}
}
