package timex

import "testing"

// TestScheduleEndPresent checks that a verb of a schedule's end in the
// present ("closes", "ends", "runs", "expires") tells what is to come, as
// "opens" and "begins" do: "The Agency said the conference closes on 14
// September", read in June, had taken the past of "said" and last
// September.
func TestScheduleEndPresent(t *testing.T) {
	findCases(t, "2024-06-10", []struct{ text, want string }{
		{"The Agency said the conference closes on 14 September.", "14 September=2024-09-14"},
		{"Officials said the exhibition runs through the summer and ends on 14 September.", "the summer=2024 [2024-SU]; 14 September=2024-09-14"},
		{"The company said the offer expires on 14 September.", "14 September=2024-09-14"},
		// unchanged: a weak cue of the past (moved by the extractor), an
		// opening in the present
		{"The Agency said the conference closed on 14 September.", "14 September=2024-09-14"},
		{"The Agency said the conference opens on 14 September.", "14 September=2024-09-14"},
	})
}
