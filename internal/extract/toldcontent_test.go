package extract

import "testing"

// TestToldContentDate checks a statement told with a verb of telling
// ("announced", "said") whose date follows a clause of what is told: the
// date is the told thing's, and the statement takes the story's day
// ("The World Bank announced it will provide training to 500 people in
// 2024" was a statement of 2024, planned).
func TestToldContentDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The World Bank announced it will provide training to 500 people in Kenya in 2024.", "speech 2023-05-20"},
		{"The World Bank announced that its lending to Kenya rose in 2022.", "speech 2023-05-20"},
		{"The World Bank announced plans to open an office in Nairobi in 2024.", "speech 2023-05-20"},
		{"The World Bank said that the office in Nairobi will open in September.", "speech 2023-05-20"},
		// unchanged: the date of the telling
		{"The World Bank announced on Monday that it would close two offices.", "speech 2023-05-15"},
		{"The World Bank announced up to $475 million in March 2023 for five projects in Kenya.", "speech 2023-03"},
		{"On May 3, the World Bank announced that it would invest $5 million in 2025.", "speech 2023-05-03"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-05-20")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestToldTimeAhead checks a date after a verb of telling in the past that
// lies after the story, relative ("later this fall") or after "for" ("$95
// million for 2024"): what was told, not when; the statement takes the
// story's day ("Today, HHS announced a plan for administering booster
// shots later this fall" was a statement of 2022). Right after the verb
// ("said Tuesday") it is the telling's.
func TestToldTimeAhead(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Today, public health experts from the World Health Organization announced a plan for administering booster shots later this fall.", "speech 2022-02-09"},
		{"The World Bank announced $95 million for 2023 and $106 million for 2024 for Kenya.", "speech 2022-02-09"},
		// unchanged
		{"The World Bank said Tuesday that Kenya would receive more loans.", "speech 2022-02-08"},
		{"The New York Times said in an editorial on Thursday, February 10: The court took a detour.", "speech 2022-02-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2022-02-09")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
