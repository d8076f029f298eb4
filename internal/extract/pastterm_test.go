package extract

import (
	"testing"

	"annals"
)

// TestPastTermUndated checks that an event told without a date of its own
// in a term of office gone by ("his first term", "my first
// Administration", "her first day in office", "the first hundred days of
// his administration", "his first year as Director-General", "on the
// campaign trail", "When I became President") has no date:
// it happened in that term, not on the day of the story. A date of the
// sentence's own still dates it.
func TestPastTermUndated(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"On his first day in office, President Jan Berg launched the Clean Water Initiative.", annals.Founding, ""},
		{"On her first day in office, the Director-General visited the refugee camps in Chad.", annals.Visit, ""},
		{"President Jan Berg signed the Andean Water Accord with Peru during his first term.", annals.Agreement, ""},
		{"By establishing the Space Council, my first Administration took bold action to strengthen the country.", annals.Founding, ""},
		{"In President Smith's first term, she launched the Clean Water Initiative.", annals.Founding, ""},
		{"The Secretary-General signed a memorandum in the first hundred days of his administration to protect journalists.", annals.Agreement, ""},
		{"In his first year as Director-General, he visited Kenya and met President Ruto.", annals.Visit, ""},
		{"During her previous mandate, the High Commissioner visited Chad and Niger.", annals.Visit, ""},
		{"On the campaign trail, President Ana Ruiz warned that the grid was obsolete.", annals.Speech, ""},
		{"When I became President, the Prime Minister of Peru was the first foreign leader I spoke with.", annals.Meeting, ""},
		{"After the President took office, she signed the Andean Water Accord with Peru.", annals.Agreement, ""},
		// unchanged: a date of its own, or no past term
		{"President Lopez today signed the Andean Water Accord with Peru, a promise of her first term.", annals.Agreement, "2024-12-15"},
		{"In her first term, President Lopez signed the Andean Water Accord with Peru in March 2019.", annals.Agreement, "2019-03"},
		{"President Lopez signed the Andean Water Accord with Peru, the first accord of its kind.", annals.Agreement, "2024-12-15"},
		{"When it became clear, the Minister met the Ambassador of Peru.", annals.Meeting, "2024-12-15"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
