package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestTerms checks the start and end of terms of office read from made-up
// stories (see terms.go): a stated start beats the appointment's day, a
// predecessor ends on a stated end or the successor's stated start, and
// the publication date never dates a retold appointment.
func TestTerms(t *testing.T) {
	type term struct {
		person, role string
		from, to     annals.Date
	}
	tests := []struct {
		name, text string
		published  annals.Date
		want       []term
	}{
		{"appointed on a day",
			"The Board of the Northern Seas Agency appointed Ms. Ilse Varga as Executive Director on 3 September 2018.",
			"2021-11-13", []term{{"Ilse Varga", "Executive Director", "2018-09-03", ""}}},
		{"planned start beats the day of the appointment",
			"GENEVA, 12 October 2016 - The Assembly of the Alpine Water Union today appointed Mr. Tomas Brenner as Secretary-General of the Alpine Water Union, to take office on 1 January 2017.",
			"2016-10-12", []term{{"Tomas Brenner", "Secretary-General", "2017-01-01", ""}}},
		{"a date of another clause is not the appointment's",
			"The General Assembly of the Organization of Lake States named Mr. Oren Dahl as Special Envoy, and adopted a budget of $2 million for 2020.",
			"2019-11-05", []term{{"Oren Dahl", "Special Envoy", "2019-11-05", ""}}},
		{"a retold appointment is undated",
			"Ms. Pilar Ostrowska has since been appointed Special Envoy of the Organization of Lake States for the Danube.",
			"2019-03-12", []term{{"Pilar Ostrowska", "Special Envoy", "", ""}}},
		{"predecessor: stated end and start, not the successor's appointment day",
			"The Assembly of the Organization of Lake States elected Dr. Ana Ferreira-Holm as Secretary-General of the Organization of Lake States on 23 May 2017. She succeeds Dr. Viktor Anand, who has led the Organization of Lake States since January 2007 and whose second term ends on 30 June.",
			"2017-05-23", []term{
				{"Ana Ferreira-Holm", "Secretary-General", "2017-05-23", ""},
				{"Viktor Anand", "Secretary-General", "2007-01", "2017-06-30"},
			}},
		{"predecessor's range",
			"JAKARTA, January 2, 2023 - Dr. Mara Quist of Norway assumed office yesterday as Secretary-General of the Organization of Lake States. Dr. Quist succeeds Mr. Paul Adeyemi of Ghana, who led the Secretariat from January 1, 2018 through December 31, 2022.",
			"2023-01-02", []term{
				{"Mara Quist", "Secretary-General", "2023-01-01", ""},
				{"Paul Adeyemi", "Secretary-General", "2018-01-01", "2022-12-31"},
			}},
		{"predecessor with no stated end keeps an open end",
			"The Organization of Lake States appointed Mr. Ivo Rask as its new Secretary General on 12 November 2022. Rask succeeds Ms. Dana Okoro, who had led the secretariat since 2018.",
			"2022-11-12", []term{
				{"Ivo Rask", "Secretary General", "2022-11-12", ""},
				{"Dana Okoro", "Secretary General", "2018", ""},
			}},
		{"an apposition's office does not date the handed-over one",
			"On 1 March 2012 the Organization of Lake States designated Mr. Lev Arbat as High Representative of the Organization of Lake States. Mr. Arbat replaces Mr. Hugo Selm, a former President of Freedonia from 1996 to 2006, who has led the initiative since 2007.",
			"2012-03-01", []term{{"Hugo Selm", "High Representative", "2007", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, tc.published)
			for _, w := range tc.want {
				found := false
				for _, g := range d.Roles {
					if strings.HasSuffix(g.Person, w.person) && g.Role == w.role {
						found = true
						if g.From != w.from || g.To != w.to {
							t.Errorf("%s %s: from %q to %q, want %q to %q", w.person, w.role, g.From, g.To, w.from, w.to)
						}
					}
				}
				if !found {
					t.Errorf("no role %s / %s in %+v", w.person, w.role, d.Roles)
				}
			}
		})
	}
}
