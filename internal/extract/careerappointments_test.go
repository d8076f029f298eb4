package extract

import "testing"

// TestCareerAppointmentUndated checks an appointment told without a date in
// a biography's paragraph, its subject the biography's person ("She was
// appointed to the Board by President Clinton", "he was also elected by
// his peers to serve as President of X"): a step of a career the story
// does not date, no appointment of the story's day. An appointment the
// paragraph's news tells ("Today, the Secretary-General appointed X",
// "X, newly appointed chair") keeps the story's day.
func TestCareerAppointmentUndated(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Jane Doe is the Chief Executive Officer of the Acme Foundation. She was appointed to the Board of the World Bank by President Clinton.",
			"appointment "},
		{"Jane Doe is the Chief Executive Officer of the Acme Foundation. She was also elected by her peers to serve as President of the National Bar Association.",
			"appointment "},
		// its own paragraph's only biography sentence is news (was undated)
		{"Jane Doe was appointed Director-General of the World Health Organization.",
			"appointment 2023-05-20"},
		// unchanged
		{"Today, the Secretary-General appointed Jane Doe as Special Envoy for Yemen. She is the Chief Executive Officer of the Acme Foundation.",
			"appointment 2023-05-20"},
		{"Jane Doe is the Chief Executive Officer of the Acme Foundation. Jane Doe, newly appointed chair of the World Bank board, declined to comment.",
			"appointment 2023-05-20"},
		{"Jane Doe is the Chief Executive Officer of the Acme Foundation. She was appointed to the Board of the World Bank in 2012.",
			"appointment 2012"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-05-20")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
