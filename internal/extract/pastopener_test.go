package extract

import "testing"

// TestPastVerbAfterOpeningDate checks a day or month without a year that
// opens its sentence, its verb in the past tense after a subject of a title
// and a name: it is the latest such day up to the story's date, not the
// nearest one ahead ("On October 2, National Security Advisor Jake Sullivan
// spoke with ...", read in May, was last October). A verb ahead keeps the
// day ahead.
func TestPastVerbAfterOpeningDate(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{"On October 2, National Security Advisor Jake Sullivan spoke with the President of Chile.", "October 2", "2017-10-02"},
		{"On September 12, Deputy Secretary of State Maria Lopez told reporters the talks were over.", "September 12", "2017-09-12"},
		{"On August 3, the Minister of Health Dr. Ana Silva wrote to the Director-General of the agency.", "August 3", "2017-08-03"},
		// unchanged: ahead, or near the story's date
		{"On October 2, National Security Advisor Jake Sullivan will speak with the President of Chile.", "October 2", "2018-10-02"},
		{"On May 2, National Security Advisor Jake Sullivan spoke with the President of Chile.", "May 2", "2018-05-02"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2018-05-19")
		if got := dateValue(d, tc.date); got != tc.want {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}
