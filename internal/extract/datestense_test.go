package extract

import "testing"

// TestMonthByItsClause checks that a month the clause's own tense placed
// keeps its year: the sentence's "will" further on ("... into the U.S.
// Acme will import") does not make "In May, the agency announced" next
// year's May; a month whose clause tells nothing still follows the
// sentence ("a payment starting in July" in a sentence that "would").
func TestMonthByItsClause(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{"In May, the Food and Drug Administration (FDA) announced that it is easing the rules, and Acme will import three kinds.", "May", "2017-05"},
		{"In December, the U.S. Department of Energy (DOE) announced new grants that states will use.", "December", "2017-12"},
		{"A family would receive a tax cut of $7,200, with a monthly payment of $600 starting in July.", "July", "2018-07"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2018-01-03")
		if got := dateValue(d, tc.date); got != tc.want {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}
