package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestHelp checks -h, wherever it is, against testdata/help.golden; -update rewrites it.
func TestHelp(t *testing.T) {
	golden := filepath.Join("testdata", "help.golden")
	for _, args := range [][]string{{"-h"}, {"news.txt", "--help"}, {"-format", "json", "-help"}} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != 0 || stderr.Len() != 0 {
			t.Fatalf("%q: exit status %d, stderr %q", args, code, stderr.String())
		}
		if *update {
			if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", args, diff)
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"released", &debug.BuildInfo{GoVersion: "go1.24.2", Main: debug.Module{Path: "github.com/actorgraph/actorgraph", Version: "v1.2.0"}}, true, "actorgraph v1.2.0 go1.24.2"},
		{"built in the module", &debug.BuildInfo{GoVersion: "go1.25.0", Main: debug.Module{Version: "(devel)"}}, true, "actorgraph (devel) go1.25.0"},
		{"no version", &debug.BuildInfo{GoVersion: "go1.25.0"}, true, "actorgraph (devel) go1.25.0"},
		{"no build information", nil, false, "actorgraph (devel) " + runtime.Version()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLine(tt.info, tt.ok); got != tt.want {
				t.Errorf("versionLine = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBinaryVersion runs the built command with -version, after a file it does not read.
func TestBinaryVersion(t *testing.T) {
	stdout, stderr, code := runBinary(t, t.TempDir(), "", "missing.txt", "-version")
	fields := strings.Fields(stdout)
	if code != 0 || stderr != "" || len(fields) != 3 || fields[0] != "actorgraph" || fields[2] != runtime.Version() || !strings.HasSuffix(stdout, "\n") {
		t.Errorf("-version: exit status %d, stdout %q, stderr %q; want \"actorgraph VERSION %s\\n\"", code, stdout, stderr, runtime.Version())
	}
}
