package resolve

import (
	"slices"
	"testing"
)

func TestBlemishes(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"United States", 0},
		{"United States.", 1},
		{"Washington, D.C.", 0},
		{"Washington, D.C", 1},
		{"U.S.", 0},
		{"Gap Inc.", 1}, // "Gap Inc" is the cleaner form when both are seen
		{"United States of America—", 1},
		{"United States of America]", 2}, // end, markup
		{"**White House", 2},             // start, markup
		{"The White House", 1},
		{"White-House", 0},
		{"The-Biden-Harris Administration", 1},
		{"Biden-Harris Administration", 0},
		{"JEAN-PIERRE", 1},
		{"Jean-Pierre", 0},
		{"NATO", 0},
		{"U.S. EPA", 0},
		{"WHITE HOUSE", 1},
		{"Food Access in Reach (F.A.I.R.)", 0},
		{"Reach (F.A.I.R.", 1},
		{"“Acme", 1},
		{"Theodore Roosevelt", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Blemishes(tt.in); got != tt.want {
			t.Errorf("Blemishes(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestBetter checks the form shown among the forms of one name, whatever
// order they are seen in.
func TestBetter(t *testing.T) {
	tests := []struct {
		forms []string
		kind  Kind
		want  string
	}{
		{[]string{"United States.", "United States", "the United States", "UNITED STATES"}, Name, "United States"},
		{[]string{"The White House", "White House", "The **White House"}, Name, "White House"},
		{[]string{"The-Biden-Harris Administration", "Biden-Harris Administration", "Biden Harris Administration"}, Name, "Biden-Harris Administration"},
		{[]string{"Indo Pacific", "Indo-Pacific"}, Name, "Indo-Pacific"},
		{[]string{"Washington, D.C", "Washington, D.C."}, Name, "Washington, D.C."},
		{[]string{"América", "America"}, Name, "America"},
		{[]string{"Nato", "NATO"}, Acronym, "NATO"},
		{[]string{"JEAN-PIERRE", "Jean-Pierre", "Jean Pierre"}, Name, "Jean-Pierre"},
		{[]string{"European union", "European Union"}, Name, "European Union"},
		{[]string{"IRAN", "Iran"}, Name, "Iran"},
		{[]string{"United StateS", "United States"}, Name, "United States"},
		{[]string{"EUROPEAN Union", "European Union", "European union"}, Name, "European Union"},
		{[]string{"Silk Road Towns association", "Silk Road Towns Association"}, Name, "Silk Road Towns Association"},
	}
	for _, tt := range tests {
		for _, order := range [][]string{tt.forms, reversed(tt.forms)} {
			best := order[0]
			for _, f := range order[1:] {
				if Better(f, FormRank(f, tt.kind), best, FormRank(best, tt.kind)) {
					best = f
				}
			}
			if best != tt.want {
				t.Errorf("best of %q = %q, want %q", order, best, tt.want)
			}
		}
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

func TestPresentable(t *testing.T) {
	for s, want := range map[string]bool{"the Alliance": true, "UNAOC": true, "U.S.": true, "The **White House": false,
		"United States.": false, "WHITE HOUSE": false, "United States of America—": false, "Indo-Pacific": true} {
		if got := Presentable(s); got != want {
			t.Errorf("Presentable(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMiscapitalized(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"United StateS", true},
		{"UNITED STATES", true},
		{"European union", true},
		{"Nato", true},
		{"IRAN", false}, // written as an acronym: the kind's to judge
		{"ORAN", false}, // an acronym, whatever the city of Oran
		{"United States", false},
		{"NATO", false},
		{"Iran", false},
		{"U.S.", false},             // written otherwise, not in other capitals
		{"Washington, DC", false},   // the same
		{"United States.", false},   // punctuation is Blemishes' to count
		{"Acme Widget Corp", false}, // not in the gazetteer
		{"", false},
	}
	for _, tt := range tests {
		if got := Miscapitalized(tt.in); got != tt.want {
			t.Errorf("Miscapitalized(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
