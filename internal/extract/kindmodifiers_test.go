package extract

import "testing"

// TestKindModifiersTellGatheringsApart: "the youth forum" and "the
// ministerial meeting" after a meeting told without those words are
// gatherings of their own, not the meeting named again; "the bilateral
// meeting" and "the hastily planned trip" are the event told before.
func TestKindModifiersTellGatheringsApart(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a forum after a meeting",
			"The High Representative Ana Lopes met with Director-General Omar Haddad in Geneva. Ms. Lopes later addressed the youth forum, which brought together 300 participants from 40 countries.",
			"meeting 2023-03-14; speech 2023-03-14; conference 2023-03-14"},
		{"a ministerial meeting after a meeting",
			"The High Representative Ana Lopes met with Director-General Omar Haddad in Geneva. The Chairperson-in-Office Ivo Rus opened the ministerial meeting attended by 31 countries.",
			"meeting 2023-03-14; meeting 2023-03-14"},
		{"the bilateral meeting is the meeting told",
			"The High Representative Ana Lopes met with Director-General Omar Haddad in Geneva. The bilateral meeting focused on water.",
			"meeting 2023-03-14"},
		{"a trip told again",
			"Minister Ana Lopes visited Kenya on Friday. The hastily planned trip was meant to show support.",
			"visit 2023-03-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-03-14")
		if got := eventTypeDates(d); got != tc.want {
			t.Errorf("%s: events %q, want %q", tc.name, got, tc.want)
		}
	}
}
