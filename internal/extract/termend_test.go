package extract

import (
	"testing"

	"annals"
)

// TestTermExpiring checks a term's stated end ("to be a Member of the
// Board for a term expiring October 6, 2028", "for the term of five years
// expiring June 30, 2027", "to fill an unexpired term ending January 31,
// 2026"): it ends the role, it does not start it (the start stays the
// appointment's: the story's day for a nomination, the date it gives for
// a start).
func TestTermExpiring(t *testing.T) {
	tests := []struct {
		text           string
		person         string
		wantFrom, want annals.Date
	}{
		{"Maria Lopez, of Ohio, to be a Member of the Board of Directors of the Andean Water Corporation for a term expiring October 6, 2028, vice Jan Berg, term expired.", "Maria Lopez", "2024-12-15", "2028-10-06"},
		{"Jan Berg, of Nevada, to be a Member of the Andean Water Commission for the term of five years expiring June 30, 2027.", "Jan Berg", "2024-12-15", "2027-06-30"},
		{"Ana Silva took office as a member of the Board of Governors of the Andean Reserve Bank in June 2014 to fill an unexpired term ending January 31, 2026.", "Ana Silva", "2014-06", "2026-01-31"},
		// unchanged: no end stated
		{"Maria Lopez, of Ohio, to be Director of the Office of Water, vice Jan Berg, resigned.", "Maria Lopez", "2024-12-15", ""},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		found := false
		for _, r := range d.Roles {
			if r.Person != tc.person {
				continue
			}
			found = true
			if r.From != tc.wantFrom || r.To != tc.want {
				t.Errorf("%q: %s from %q to %q, want from %q to %q", tc.text, r.Role, r.From, r.To, tc.wantFrom, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no role of %s", tc.text, tc.person)
		}
	}
}
