package timex

import (
	"testing"

	"annals"
)

// TestMonthOfAGathering checks that a month standing before a gathering
// after a determiner is a date, resolved against the reference date, and
// that a month used otherwise stays out.
func TestMonthOfAGathering(t *testing.T) {
	tests := []struct {
		text, want string
		value      annals.Date
	}{
		{"Ministers will attend the June summit.", "June", "2023-06"},
		{"They prepared the September G20 Leaders Summit.", "September", "2023-09"},
		{"It will open its October session.", "October", "2023-10"},
		{"It opened its October session.", "October", "2022-10"},
		{"The May report was late.", "", ""},
		{"She met May Kalu.", "", ""},
	}
	for _, tc := range tests {
		got := Find(tc.text, "2023-05-26")
		if tc.want == "" {
			if len(got) != 0 {
				t.Errorf("%q: %+v, want no date", tc.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Text != tc.want || got[0].Value != tc.value {
			t.Errorf("%q: %+v, want %q = %s", tc.text, got, tc.want, tc.value)
		}
	}
}

// TestCompoundAgo checks numbers written as "Seventy-four" and "years ago
// today", the same day years back.
func TestCompoundAgo(t *testing.T) {
	tests := []struct {
		text, want string
		value      annals.Date
	}{
		{"Seventy-four years ago today, NATO was founded.", "Seventy-four years ago today", "1949-04-04"},
		{"It happened twenty-one years ago.", "twenty-one years ago", "2002"},
		{"Four years ago the treaty was signed.", "Four years ago", "2019"},
	}
	for _, tc := range tests {
		got := Find(tc.text, "2023-04-04")
		if len(got) != 1 || got[0].Text != tc.want || got[0].Value != tc.value {
			t.Errorf("%q: %+v, want %q = %s", tc.text, got, tc.want, tc.value)
		}
	}
}
