package timex

import "testing"

// TestPartOfADeicticYear checks that a quarter, half or season "of last
// year", "of this year", "of next year" is one date in that year, as "of
// 1997" is, and that a possessive after the year keeps them apart.
func TestPartOfADeicticYear(t *testing.T) {
	const ref = "1998-02-06"
	tests := []struct{ text, want string }{
		{"Profit fell in the fourth quarter of last year.", "the fourth quarter of last year=1997 [1997-Q4]"},
		{"Sales will rise in the second half of this year.", "the second half of this year=1998 [1998-H2]"},
		{"Output rose in the first quarter of this year.", "the first quarter of this year=1998 [1998-Q1]"},
		{"He will visit China in the spring of next year.", "the spring of next year=1999 [1999-SP]"},
		{"The firm grew in the summer of last year.", "the summer of last year=1997 [1997-SU]"},
		{"The fall of last year was cold.", "The fall of last year=1997 [1997-FA]"},
		// apart, as before
		{"The fall of last year's government shocked him.", "last year=1997"},
		{"Output rose in the first half of that year.", "the first half=1998 [1998-H1]; that year=1998"},
		{"Sales rose in the third quarter of 1997.", "the third quarter of 1997=1997 [1997-Q3]"},
	}
	for _, tc := range tests {
		if got := show(Find(tc.text, ref)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
