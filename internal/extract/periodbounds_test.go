package extract

import "testing"

// TestPeriodBoundsNoDate checks a date after "through" or "no later
// than": the bound of a period the event sets or asks for, not when it
// happened ("called for all states to make adults eligible for
// vaccination no later than May 1" was a statement of May 1, planned;
// "This Memorandum extends the hiring freeze through July 15" an
// agreement of July 15). A range "from March through June" is still the
// event's.
func TestPeriodBoundsNoDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The World Health Organization called on all countries to vaccinate health workers no later than May 1.", "speech 2021-03-10"},
		{"This Memorandum of Understanding between Kenya and the African Union extends the hiring freeze through July 15.", "agreement 2021-03-10"},
		// unchanged
		{"The WHO vaccination campaign in Kenya will run from March through June.", "campaign 2021-03"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2021-03-10")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestPeriodStartOpeningTheSentence checks "Beginning in", "Starting in"
// opening a sentence: the start of what the sentence tells, when it
// happened ("Beginning in November 2019, the Agency launched a campaign"
// is a campaign of November 2019), not a bound of a period the event sets
// ("the five-year term starting in 2005").
func TestPeriodStartOpeningTheSentence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Beginning in November 2019, the Agency launched a campaign to inform refugees of their rights.", "campaign 2019-11"},
		{"Starting in January 2020, the Fund launched a training programme for nurses in Kenya.", "programme 2020-01"},
		// unchanged
		{"The Agency launched a campaign for the five-year period starting in 2019.", "campaign 2021-03-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2021-03-10")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
