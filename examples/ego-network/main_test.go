package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, graphviz := range []bool{true, false} {
		dir := t.TempDir()
		if !graphviz {
			t.Setenv("PATH", dir)
		} else if _, err := exec.LookPath("dot"); err != nil {
			continue
		}
		var out bytes.Buffer
		svg := filepath.Join(dir, "ego.svg")
		if err := run(context.Background(), []string{"-actor", "Lee", "-depth", "2", "-o", svg}, &out); err != nil {
			t.Fatal(err)
		}
		want := svg
		if !graphviz {
			want = filepath.Join(dir, "ego.dot")
		}
		if !strings.Contains(out.String(), "Lee Jae-myung and the actors within 2 step(s):\n") ||
			!strings.HasSuffix(out.String(), "wrote "+want+"\n") {
			t.Errorf("output:\n%s", out.String())
		}
		b, err := os.ReadFile(want)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("Lee Jae")) || graphviz != bytes.Contains(b, []byte("<svg")) {
			t.Errorf("%s does not hold the picture: %.200s", want, b)
		}
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-actor", "Nobody"}, &out); err == nil {
		t.Errorf("no error for an unknown actor")
	}
}
