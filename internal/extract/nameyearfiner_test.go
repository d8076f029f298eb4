package extract

import (
	"testing"

	"annals"
)

// TestFinerThanANamesYear checks that a year ending another name after
// "of" ("the Water Convention of 2021") gives way to a day or month of
// that year the sentence also gives ("The March 3, 2021 Decision ...
// established the Commission": 2021-03-03). A year of the event's own, or
// a name's year of another year than the day, is kept.
func TestFinerThanANamesYear(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"The March 3, 2021 Decision on the Implementation of the Water Convention of 2021 established the Basin Commission.", annals.Founding, "2021-03-03"},
		{"On 12 May 2019, under the Migration Protocol of 2019, the ministers launched the Regional Labour Mobility Programme.", annals.Programme, "2019-05-12"},
		// unchanged
		{"The Council was established in 2019 under the Migration Protocol of 2018.", annals.Founding, "2019"},
		{"In 2019 the Agency launched the Water Programme under the Migration Protocol of 2019, signed on 4 June 2019.", annals.Programme, "2019"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
