package extract

import "testing"

// TestFrameRows checks that every frame belongs to a rule, says what it reads, and that
// every rule but the role rule and the inferred rules has a frame.
func TestFrameRows(t *testing.T) {
	framed := map[Rule]bool{}
	for _, row := range append(nounFrames[:], verbFrames[:]...) {
		if row.rule >= NumRules {
			t.Errorf("frame row %q: rule %d is no rule", row.desc, row.rule)
		}
		if row.desc == "" || row.frame == nil {
			t.Errorf("frame row of rule %v has no description or no frame", row.rule)
		}
		framed[row.rule] = true
	}
	for rule := range NumRules {
		want := rule != RuleRole && !Inferred().Has(rule) // the role rule and the inferences read titles
		if framed[rule] != want {
			t.Errorf("rule %v: has a frame = %v, want %v", rule, framed[rule], want)
		}
	}
}
