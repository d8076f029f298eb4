package extract

import (
	"strings"
	"testing"
)

// TestSetFilter checks that a set's filter passes every word of the set
// (a false answer must mean the word is not there) and turns words away
// by their length or first byte.
func TestSetFilter(t *testing.T) {
	long := strings.Repeat("x", 70)
	tests := []struct {
		name     string
		set      map[string]bool
		rejected []string
	}{
		{"appointVerbs", appointVerbs, []string{"the", "of", "president", "and", "", "zzzz"}},
		{"with the empty word and a long one", set("", "ab", long), []string{"a", "abc", "cb", strings.Repeat("y", 70)}},
		{"non-ASCII first bytes", set("été", "Ünal"), []string{"ete", "unal", "été-x"}},
		{"empty set", set(), []string{"", "a", long}},
	}
	for _, tt := range tests {
		f := filterOf(tt.set)
		for w := range tt.set {
			if !f.may(w) {
				t.Errorf("%s: %q is in the set, the filter says no", tt.name, w)
			}
		}
		for _, w := range tt.rejected {
			if f.may(w) {
				t.Errorf("%s: %q passes the filter", tt.name, w)
			}
		}
	}
}
