package safetext

import (
	"fmt"
	"testing"
)

func TestInvisible(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'a', false},
		{' ', false},
		{'\u00a0', false}, // no-break space: white space, shown as a space
		{'Ж', false},
		{'\u2028', false}, // line separator: white space
		{'\uFFFD', false},
		{0x00, true},
		{'\t', true},
		{'\n', true},
		{0x1b, true},
		{0x7f, true},
		{0x85, true},
		{'\u00ad', true},
		{'\u061c', true},
		{'\u200b', true},
		{'\u200c', true},
		{'\u200d', true},
		{'\u200e', true},
		{'\u200f', true},
		{'\u202a', true},
		{'\u202b', true},
		{'\u202c', true},
		{'\u202d', true},
		{'\u202e', true},
		{'\u2060', true},
		{'\u2066', true},
		{'\u2067', true},
		{'\u2068', true},
		{'\u2069', true},
		{'\ufeff', true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%U", tt.r), func(t *testing.T) {
			if got := Invisible(tt.r); got != tt.want {
				t.Errorf("Invisible(%U) = %t, want %t", tt.r, got, tt.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Donald Trump", "Donald Trump"},
		{"  Donald \t\n Trump \r\n", "Donald Trump"},
		{"Donald\u202eTrump\u202c", "Donald Trump"},
		{"Vladimir\u200bPutin", "Vladimir Putin"},
		{"\u2066Sergei\u200d\u2069 Lavrov\ufeff", "Sergei Lavrov"},
		{"Evil\x1b[31m\nCorp", "Evil [31m Corp"},
		{"\u200b\u200e\u00ad", ""},
		{"Володимир\u00a0Зеленський", "Володимир Зеленський"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.in), func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
