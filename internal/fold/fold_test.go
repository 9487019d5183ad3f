package fold

import "testing"

func TestFoldKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zełensky", "zelensky"},
		{"São Paulo", "sao paulo"},
		{"  The   Kremlin ", "the kremlin"},
		{"İstanbul", "istanbul"},
		{"Russia\u2019s", "russia's"},
		{"\u0420utin", "\u0440utin"}, // Cyrillic Р stays Cyrillic: no look-alike folding
		{"ABC", "abc"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{
		"Mohammed bin Abdulrahman Al Thani": "mohammed-bin-abdulrahman-al-thani",
		"U.S. State Department":             "us-state-department",
		"Abdel Fattah el-Sisi":              "abdel-fattah-el-sisi",
		"Zełensky":                          "zelensky",
		"O’Brien":                           "obrien",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFoldRuneByRune checks the folding of words and names rune by rune (runeKey)
// against folding by normalization, for every rune the table covers and beyond, alone,
// inside words and between spaces.
func TestFoldRuneByRune(t *testing.T) {
	words := []string{"González", "Ołeksandr", "STRAßE", "İstanbul", "e\u0301lan", "O\u2019Brien",
		"ĲSSEL", "ǅemal", "\u0420utin", "Łódź", "ʼAli", "\u201cX\u201d", "a\u2014b", "\xffé"}
	for r := rune(0x80); r < 0x400; r++ {
		words = append(words, string(r), "A"+string(r)+"b", string(r)+string(r))
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		words = append(words, "A"+string(r)+"b")
	}
	for _, w := range words {
		if got, want := string(AppendWord([]byte("x"), w)), "x"+foldUnicode(w); got != want {
			t.Errorf("AppendWord(%q) = %q, want %q", w, got, want)
		}
		for _, s := range []string{w, " " + w + "  Ab\t" + w + " ", "\u0301 " + w, w + " \u0301"} {
			if got, want := Key(s), foldUnicode(s); got != want {
				t.Errorf("Key(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestSkeleton checks that transliterations of one name share a skeleton and that
// different names do not.
func TestSkeleton(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"abdu rabu mansour hadi", "abd rabbuh mansur hadi", true},
		{"muhammad", "mohammed", true},
		{"moammar gadhafi", "muammar qadhafi", false}, // g and q: not one skeleton
		{"poul nyrup rasmussen", "lars rasmussen", false},
	} {
		if got := Skeleton(tt.a) == Skeleton(tt.b); got != tt.same {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q: same %v, want %v", tt.a, Skeleton(tt.a), tt.b, Skeleton(tt.b), got, tt.same)
		}
	}
}
