package extract

import "testing"

// TestLaterThisPlanned checks an event dated "later this year" (month,
// week): one to come, planned, as with "next" ("proud to host the
// Replenishment Conference later this year" was held).
func TestLaterThisPlanned(t *testing.T) {
	tests := []struct{ text, want string }{
		{"That is why I am proud to host the Global Fund Replenishment Conference later this year.", "conference 2019 planned"},
		{"The Prime Minister invited the Pacific leaders to Washington later this year for the second summit with the Pacific Islands Forum.", "conference 2019 planned"},
		// unchanged
		{"The Prime Minister hosted the Pacific Islands Forum summit earlier this year.", "conference 2019 held"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2019-05-02")
		var got string
		for _, e := range d.Events {
			if got != "" {
				got += "; "
			}
			got += string(e.Type) + " " + string(e.Date) + " " + string(e.Status)
		}
		if got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
