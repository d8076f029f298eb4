package ner

import "testing"

// The news the word classes were learned from writes some words more
// often capitalized than not; an acronym it writes in lower case only in
// web addresses ("www.nasa.gov") is a name, a common word in capitals
// ("NEW", "IT", "THE") is not.
func TestNameLike(t *testing.T) {
	for w, want := range map[string]bool{"Reuters": true, "Treasury": true, "Government": false, "Notice": false, "Qwzxy": true,
		"NASA": true, "NOAA": true, "FEMA": true, "CNBC": true, "DOJ": true, "NEW": false, "IT": false, "THE": false, "NOTICE": false} {
		if got := NameLike(w); got != want {
			t.Errorf("NameLike(%q) = %v, want %v", w, got, want)
		}
	}
}
