package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bundled is what the example prints on its own article: every question has an answer,
// and the path from Biden to Hamas runs through relations that happened.
const bundled = `Talks and meetings:
  Benjamin Netanyahu meets-with Steven Witkoff (actual)
      sentence 10: "Witkoff held talks with Qatari mediators in Doha and met Israeli Prime Minister Benjamin Netanyahu"
  David Barnea meets-with Mohammed bin Abdulrahman Al Thani (actual)
      sentence 6: "David Barnea, met the Qatari prime minister"
  Hamas meets-with Israel (negated)
      sentence 4: "Hamas negotiators did not meet Israeli officials"
  Egypt negotiates-with Khalil al-Hayya (actual)
      sentence 6: "Khalil al-Hayya, the Hamas chief negotiator, held talks with Egyptian mediators"
  Hamas negotiates-with Israel (actual)
      sentence 1: "Hamas had agreed to"
  Qatar negotiates-with Steven Witkoff (actual)
      sentence 10: "Witkoff held talks with Qatari mediators"
Holding the title "spokesperson":
  John Kirby, spokesman of White House
Holding the title "envoy":
  Steven Witkoff, special envoy of United States
Holding the title "negotiator":
  David Barnea, chief negotiator of Israel
  Khalil al-Hayya, chief negotiator of Hamas
Most connected in talks and meetings:
  Steven Witkoff                           talks with 2
  Benjamin Netanyahu                       talks with 1
  David Barnea                             talks with 1
  Egypt                                    talks with 1
  Hamas                                    talks with 1
From Biden to Hamas:
  Joe Biden contacts Abdel Fattah el-Sisi (actual)
  Abdel Fattah el-Sisi leader-of Egypt (actual)
  Egypt negotiates-with Khalil al-Hayya (actual)
  Khalil al-Hayya envoy-for Hamas (actual)
`

func TestRun(t *testing.T) {
	news := filepath.Join(t.TempDir(), "news.txt")
	text := "Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin would meet Donald Trump.\n"
	if err := os.WriteFile(news, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bundled article", nil, bundled},
		{"another article and two actors", []string{news, "Peskov", "Nobody"}, `Talks and meetings:
  Donald Trump meets-with Vladimir Putin (planned)
      sentence 0: "Russian President Vladimir Putin would meet Donald Trump"
Holding the title "spokesperson":
  Dmitry Peskov, spokesman of Kremlin
Holding the title "envoy":
  nobody
Holding the title "negotiator":
  nobody
Most connected in talks and meetings:
  Donald Trump                             talks with 1
  Vladimir Putin                           talks with 1
From Peskov to Nobody:
  actorgraph: unknown actor "Nobody"
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(context.Background(), tt.args, &out); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunMissingFile(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{filepath.Join(t.TempDir(), "missing.txt")}, &out); err == nil {
		t.Errorf("no error for a missing file")
	}
}
