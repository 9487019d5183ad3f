package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// datedNDJSON holds three dated articles about Kenya and Uganda, the second dated by its
// dateline, one whose text gives no date, and one without a date.
const datedNDJSON = `{"doc": "march.txt", "text": "Kenya met Uganda in Nairobi on Monday.", "date": "2024-03-06"}
{"doc": "april.txt", "text": "KAMPALA, 10 April 2024 (Reuters) - Uganda and Kenya met again yesterday in Kampala."}
{"doc": "june.txt", "text": "Kenya met Uganda on Wednesday, and the two will meet next month.", "date": "2024-06-20"}
{"doc": "undated.txt", "text": "Rwanda met Burundi.", "date": "2024-03-06"}
{"doc": "nodate.txt", "text": "Chad met Niger."}
`

// runDated runs the command on datedNDJSON with args, and returns its output.
func runDated(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), append([]string{"-ndjson"}, args...), strings.NewReader(datedNDJSON), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
	}
	return stdout.String()
}

func TestTimelineFormat(t *testing.T) {
	got := runDated(t, "-format", "timeline")
	want := `2024-03-04    kenya —meets-with→ uganda [actual]  march.txt:1:1 "⟦Kenya met Uganda⟧ in Nairobi on Monday."
[2024-03-06]  burundi —meets-with→ rwanda [actual]  undated.txt:1:1 "⟦Rwanda met Burundi⟧."
2024-04-09    kenya —meets-with→ uganda [actual]  april.txt:1:47 "…2024 (Reuters) - Uganda and ⟦Kenya met⟧ again yesterday in Kampala."
2024-06-19    kenya —meets-with→ uganda [actual]  june.txt:1:1 "⟦Kenya met Uganda⟧ on Wednesday, and the two…"
2024-07       kenya —meets-with→ uganda [planned]  june.txt:1:49 "…Wednesday, and the two will ⟦meet⟧ next month."
(1 of 4 relations have no dated evidence: give the documents' dates with -date or an NDJSON "date")
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-format timeline (-want +got):\n%s", diff)
	}

	// -since between the first two articles keeps the later evidence only, in every
	// format.
	got = runDated(t, "-format", "timeline", "-since", "2024-04-01", "-until", "2024-06-30")
	if strings.Contains(got, "march.txt") || !strings.Contains(got, "april.txt") || !strings.Contains(got, "june.txt") || strings.Contains(got, "2024-07") {
		t.Errorf("-since 2024-04-01 -until 2024-06-30:\n%s", got)
	}
	var g struct {
		Relations []struct {
			FirstSeen string `json:"first_seen"`
			LastSeen  string `json:"last_seen"`
			Evidence  []struct {
				Doc string `json:"doc"`
			} `json:"evidence"`
		} `json:"relations"`
	}
	if err := json.Unmarshal([]byte(runDated(t, "-format", "json", "-since", "2024-04-01", "-types", "meets-with", "-modalities", "actual")), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Relations) != 1 || len(g.Relations[0].Evidence) != 2 || g.Relations[0].Evidence[0].Doc != "april.txt" ||
		g.Relations[0].FirstSeen != "2024-04-09" || g.Relations[0].LastSeen != "2024-06-19" {
		t.Errorf("-format json -since 2024-04-01: %+v", g.Relations)
	}

	var events []struct {
		Date, Precision, Type, Source, Target, Modality string
		FromText                                        bool `json:"from_text"`
		Evidence                                        []json.RawMessage
	}
	if err := json.Unmarshal([]byte(runDated(t, "-format", "timeline-json")), &events); err != nil {
		t.Fatal(err)
	}
	if len(events) != 5 || events[4].Date != "2024-07" || events[4].Precision != "month" || events[4].Modality != "planned" ||
		!events[0].FromText || events[1].FromText || len(events[0].Evidence) != 1 {
		t.Errorf("-format timeline-json: %+v", events)
	}

	dot := runDated(t, "-format", "dot", "-edge-dates", "-modalities", "actual")
	if !strings.Contains(dot, `meets-with\n2024-03-04 – 2024-06-19`) {
		t.Errorf("-edge-dates: no dated label in\n%s", dot)
	}
	if !strings.Contains(runDated(t), "kenya —meets-with→ uganda [actual] 2024-03-04…2024-06-19") {
		t.Error("the text format does not show first and last seen")
	}
}

func TestTimelineFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-since", "April"}, `-since "April": want YYYY-MM-DD`},
		{[]string{"-since", "2024-05-01", "-until", "2024-04-01"}, "-until 2024-04-01 is before -since 2024-05-01"},
		{[]string{"-edge-dates", "-format", "json"}, "-edge-dates only applies to the formats"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), append([]string{"-ndjson"}, tt.args...), strings.NewReader(datedNDJSON), &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%v: exit status %d, stderr %q; want 2 and %q", tt.args, code, stderr.String(), tt.want)
		}
	}
}
