package extract

import "testing"

// TestInitials checks the initials acronyms are matched against: capital words only, and
// hyphenated parts as words or not.
func TestInitials(t *testing.T) {
	tests := []struct {
		name    string
		hyphens bool
		want    string
	}{
		{"National Congress Party", false, "NCP"},
		{"Sudan People's Liberation Movement", false, "SPLM"},
		{"Democratic Republic of the Congo", false, "DRC"},
		{"Inter-Governmental Authority on Development", true, "IGAD"},
		{"Inter-Governmental Authority on Development", false, "IAD"},
		{"Élan Vital Front", false, "EVF"},
		{"Hamas", false, ""},
	}
	for _, tt := range tests {
		if got := string(appendInitials(nil, tt.name, tt.hyphens)); got != tt.want {
			t.Errorf("appendInitials(nil, %q, %v) = %q, want %q", tt.name, tt.hyphens, got, tt.want)
		}
	}
}
