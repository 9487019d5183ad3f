package docread

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestReadLine checks that a line over the maximum is discarded as it is read, never
// held, and its length counted, and that the lines after it are read as usual.
func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name string
		in   string
		want []string // line:length of each line read
	}{
		{"short lines", "ab\ncd\n", []string{"ab:2", "cd:2", ":0"}},
		{"no final newline", "ab\ncd", []string{"ab:2", "cd:2"}},
		{"at the maximum", strings.Repeat("x", 10) + "\nab", []string{strings.Repeat("x", 10) + ":10", "ab:2"}},
		{"one over", strings.Repeat("x", 11) + "\nab", []string{":11", "ab:2"}},
		{"long, among others", "ab\n" + long + "\ncd\n" + long, []string{"ab:2", ":100", "cd:2", ":100"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			var got []string
			var line []byte
			for {
				var n int
				var err error
				line, n, err = readLine(context.Background(), br, line[:0], 10)
				if cap(line) > 32 {
					t.Errorf("line buffer grew to %d bytes with a maximum of 10", cap(line))
				}
				got = append(got, fmt.Sprintf("%s:%d", line, n))
				if err != nil {
					break
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeLineDate checks the "date" of a line: a day, an RFC 3339 time of which the day
// counts, none, and one that is no date, which makes the line hold no document.
func TestDecodeLineDate(t *testing.T) {
	for _, tt := range []struct {
		line, want string // want is the day, "" for none, "bad" for a *LineError
	}{
		{`{"doc": "a", "text": "x", "date": "2025-02-03"}`, "2025-02-03"},
		{`{"doc": "a", "text": "x", "date": "2025-02-03T23:30:00-05:00"}`, "2025-02-03"},
		{`{"doc": "a", "text": "x"}`, ""},
		{`{"doc": "a", "text": "x", "date": ""}`, ""},
		{`{"doc": "a", "text": "x", "date": "3 Feb 2025"}`, "bad"},
	} {
		_, _, date, err := DecodeLine([]byte(tt.line))
		var le *LineError
		switch {
		case tt.want == "bad":
			if !errors.As(err, &le) || le.BadDate == "" {
				t.Errorf("%s: error %v, want a *LineError for the date", tt.line, err)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.line, err)
		case tt.want == "" && !date.IsZero() || tt.want != "" && date.Format(time.DateOnly) != tt.want:
			t.Errorf("%s: date %v, want %q", tt.line, date, tt.want)
		}
	}
}
