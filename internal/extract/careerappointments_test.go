package extract

import (
	"testing"

	"annals"
)

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

// TestBiographyAppointmentsUndated checks the appointments a biography
// tells without a date that the rules above missed: one whose appointee is
// the object ("Governor X appointed her to serve as Y", "the Mayor appointed
// Doe to the Board"), one named only as the time before a career's step
// ("Prior to his appointment as Inspector General, he served as ..."), and
// a participle opening its sentence ("Appointed Chair of the Committee, he
// led ...", "Nominated by President X, Doe served two terms"): steps of a
// past the story does not date, not appointments of the story's day. The
// news of the story's day keeps it.
func TestBiographyAppointmentsUndated(t *testing.T) {
	checkEventDates(t, "2023-05-20", []eventDateCase{
		{"object pronoun", "Jane Doe is the Chief Executive Officer of the Acme Foundation. In addition, Governor John Smith appointed her as a member of the State Council on the Arts.", annals.Appointment, ""},
		{"object named", "Jane Doe is the Chief Executive Officer of the Acme Foundation. Governor John Smith appointed Doe to be the Director of the State Council on the Arts.", annals.Appointment, ""},
		{"prior to his appointment", "John Roe has served as Inspector General of the Agency for Space since 2009. Prior to his Agency appointment, Roe served as Deputy Inspector General at the Department of Justice.", annals.Appointment, ""},
		{"prior to being appointed", "Prior to being appointed to the bench, Justice Roe worked for seven years in state government.", annals.Appointment, ""},
		{"fronted participle", "John Roe served on the City Council of Springfield. Appointed Chair of the Finance Committee, he led the city to a balanced budget.", annals.Appointment, ""},
		{"fronted participle by", "Jane Doe is a disability rights advocate and retired attorney. Nominated by President Smith, Jane Doe served two terms on the National Council on Disability.", annals.Appointment, ""},
		// the news of the day
		{"news with today", "Today, Governor John Smith appointed Jane Doe as Director of the State Council on the Arts. She is the Chief Executive Officer of the Acme Foundation.", annals.Appointment, "2023-05-20"},
		{"news object first in paragraph", "Governor John Smith appointed Jane Doe as Director of the State Council on the Arts. She is the Chief Executive Officer of the Acme Foundation.", annals.Appointment, "2023-05-20"},
		{"fronted participle dated", "Appointed Chair of the Committee on 3 May, Jane Doe opened its first session today.", annals.Appointment, "2023-05-03"},
		{"prior with its date", "Prior to her appointment as Ambassador on 2 May, Jane Doe served as Deputy Minister of Foreign Affairs.", annals.Appointment, "2023-05-02"},
	})
}
