package extract

import (
	"testing"

	"annals"
)

// TestCurrencyIsNoPlace checks that a country's letters glued to a dollar
// sign ("US$ 150 million", "(US$46 million)") write a currency, no place, and no
// party to the event of their sentence ("US" had been a place and a party
// to the appeal); the country written on its own stays a place.
func TestCurrencyIsNoPlace(t *testing.T) {
	for _, tc := range []struct{ text, not, want string }{
		{"The World Health Organization today launched an appeal for US$ 150 million to support health services in Sudan.", "US", "Sudan"},
		{"The Andean Council said it plans to raise 175 million soles (US$46 million) in Peru.", "US", "Peru"},
		// guard: the country on its own
		{"The US signed an agreement worth US$40 million with Peru on 3 May 2024.", "", "US"},
	} {
		d := run(t, "x.txt", tc.text, "2024-05-10")
		names := map[string]bool{}
		for _, e := range d.Entities {
			if e.Type == annals.Place {
				names[e.Name] = true
				for _, a := range e.Aliases {
					names[a] = true
				}
			}
		}
		if tc.not != "" && names[tc.not] {
			t.Errorf("%q: %q is a place", tc.text, tc.not)
		}
		if !names[tc.want] {
			t.Errorf("%q: no place %q in %v", tc.text, tc.want, names)
		}
		for _, ev := range d.Events {
			if tc.not != "" && contains(ev.Participants, tc.not) {
				t.Errorf("%q: %s participants %q hold %q", tc.text, ev.Type, ev.Participants, tc.not)
			}
		}
	}
}
