package ner

import "testing"

// The news the word classes were learned from writes some words more
// often capitalized than not.
func TestNameLike(t *testing.T) {
	for w, want := range map[string]bool{"Reuters": true, "Treasury": true, "Government": false, "Notice": false, "Qwzxy": true} {
		if got := NameLike(w); got != want {
			t.Errorf("NameLike(%q) = %v, want %v", w, got, want)
		}
	}
}
