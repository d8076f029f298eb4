package extract

import (
	"testing"

	"annals"
)

// TestFoundingRule covers the founding family: an organization founded in
// the passive or named after a verb of founding, a new body set up, and
// the same verbs founding nothing.
func TestFoundingRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"founded, passive", "2021-10-28", "The Andean Council was founded in Lima on 26 May 1969.", annals.Founding, 1, "1969-05-26", "Andean Council"},
		{"came together to form", "2021-10-28", "In 1969 five states came together to form the Andean Council.", annals.Founding, 1, "1969", "Andean Council"},
		{"a new body set up", "2021-10-28", "In 2020 the Andean Council established a fund for disaster recovery.", annals.Founding, 1, "2020", ""},
		{"created jobs", "2021-10-28", "The plan created jobs across the region.", annals.Founding, 0, "", ""},
		{"set out", "2021-10-28", "The Andean Council set out its priorities in May.", annals.Founding, 0, "", ""},
		{"set up a fund", "2021-10-28", "In 2020 the Andean Council set up a trust fund for flood victims.", annals.Founding, 1, "2020", ""},
		{"set up task forces", "2021-10-28", "In 2020 the Andean Council helped cities set up task forces on floods.", annals.Founding, 1, "2020", ""},
		{"set up a process", "2021-10-28", "The Andean Council will set up a simple application process for borrowers.", annals.Founding, 0, "", ""},
		{"set up clinics", "2021-10-28", "The Andean Council helped employers set up workplace vaccination clinics in May.", annals.Founding, 0, "", ""},
		{"a committee was set up", "2021-10-28", "In 1996 the monitoring committee was set up to deal with violations of the ceasefire.", annals.Founding, 1, "1996", ""},
		{"founding members", "2021-10-28", "In 2020 partners were a third of all founding Andean Council members.", annals.Founding, 0, "", ""},
		{"the founding of", "2021-10-28", "The founding of the Andean Council in 1969 changed the region.", annals.Founding, 1, "1969", "Andean Council"},
	})
}

// foundingDateCase is a made-up text published on pub, and the date its
// one founding must have ("" = none: the founding is of a past the text
// does not date).
type foundingDateCase struct {
	name, pub, text, date string
}

// TestFoundingOfThePast: a body someone founded, told without a date,
// belongs to a past the story does not date (a biography's "he founded
// X", "X was founded to ...", "During his first term, X established Y"),
// not to the day of the story; "the 65th anniversary of the founding of
// X" dates it 65 years before; a body set up as news keeps the story's
// date.
func TestFoundingOfThePast(t *testing.T) {
	for _, tc := range []foundingDateCase{
		{"a biography's founded", "2024-05-02", "Paul Weiss founded Weiss Realty Company, a brokerage serving Lima and Cusco.", ""},
		{"also founded", "2024-05-02", "He also founded the Andean Coalition of Trade Unionists.", ""},
		{"founded to", "2024-05-02", "The Andean Institute of Law was founded to educate the judges of the region.", ""},
		{"during a first term", "2024-05-02", "During his first term, President Paul Weiss established the Andean Commission on Drugs.", ""},
		{"an anniversary", "2024-05-02", "On this 65th anniversary of the founding of the Andean Corps, we celebrate its volunteers.", "1959"},
		{"guard: set up as news", "2024-05-02", "The Andean Council today established a task force on floods.", "2024-05-02"},
		{"guard: founded on a date", "2024-05-02", "The Andean Council was founded on 4 April 1949.", "1949-04-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, annals.Date(tc.pub))
			n := 0
			for _, e := range d.Events {
				if e.Type != annals.Founding {
					continue
				}
				n++
				if string(e.Date) != tc.date {
					t.Errorf("%q: founding dated %q, want %q", tc.text, e.Date, tc.date)
				}
			}
			if n != 1 {
				t.Errorf("%q: %d foundings, want 1: %+v", tc.text, n, d.Events)
			}
		})
	}
	checkRules(t, []ruleCase{
		{"a founding board member", "2024-05-02", "Strengthen the new Andean Fund at the World Bank as a founding Board Member to deliver early impact.", annals.Founding, 0, "", ""},
	})
}

// TestCareerActsInABiography checks that what a biography tells its
// person founded, launched, ran or took part in, with no date of its own,
// is a step of a career, no event of the story's day; a dated founding
// stays, and so does an act told outside a biography.
func TestCareerActsInABiography(t *testing.T) {
	bio := "The President announced his intent to nominate Paul Weiss as Director of the Andean Water Office.\n\nPaul Weiss served as Director of the Lima Water Board from 2010 to 2016. "
	checkRules(t, []ruleCase{
		{"created, undated", "2024-05-01", bio + "He also created the Andean Ocean Sciences Bowl.", annals.Founding, 0, "", ""},
		{"founded and led, undated", "2024-05-01", bio + "Prior to that, Weiss founded and led the Lima Center for Water Innovation.", annals.Founding, 0, "", ""},
		{"started a career in a programme", "2024-05-01", bio + "He started his career in the Andean Honors Program.", annals.Programme, 0, "", ""},
		{"as the programme's lead", "2024-05-01", bio + "As the Andean Scenic Byways Program lead, he provides policy direction.", annals.Programme, 0, "", ""},
		{"founded in a year stays", "2024-05-01", bio + "He founded the Andean Ocean Sciences Bowl in 2005.", annals.Founding, 1, "2005", ""},
		{"outside a biography", "2024-05-01", "Today, Paul Weiss launched the Andean Water Campaign in Lima.", annals.Campaign, 1, "2024-05-01", "Paul Weiss"},
		{"joined leaders to launch", "2024-05-01", "At the Lima Summit, President Paul Weiss joined G20 leaders to launch the Global Alliance Against Hunger.", annals.Founding, 1, "", ""},
	})
}

// TestFoundingOfAProgramme checks a founding whose object is a programme
// or campaign, with the date after it: the creation is the programme's
// start, and the date dates both ("created the Family Reunification
// Parole Program in 2014": the founding had the story's day).
func TestFoundingOfAProgramme(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Obama-Biden Administration created the Haitian Family Reunification Parole (HFRP) Program in 2014, allowing citizens to apply.", "founding 2014; programme 2014"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2019-01-13")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
