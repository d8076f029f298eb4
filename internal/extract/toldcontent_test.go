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
