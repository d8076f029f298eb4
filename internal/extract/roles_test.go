package extract

import (
	"strings"
	"testing"
)

// roleCase is one made-up story and the roles it must and must not give.
type roleCase struct {
	name, text string
	want       []roleWant
	not        []roleWant // person, role (exact) and org of roles that must not be read
}

type roleWant struct{ person, role, org string }

func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := "x.txt"
			if strings.HasPrefix(tc.text, "`") || strings.HasPrefix(tc.text, "---") {
				name = "x.md"
			}
			d := run(t, name, tc.text, "")
			for _, w := range tc.want {
				found := false
				for _, g := range d.Roles {
					found = found || strings.HasSuffix(g.Person, w.person) && g.Role == w.role && g.Org == w.org
				}
				if !found {
					t.Errorf("no role %+v in %+v", w, d.Roles)
				}
			}
			for _, w := range tc.not {
				for _, g := range d.Roles {
					if strings.HasSuffix(g.Person, w.person) && (w.role == "" || g.Role == w.role) && (w.org == "" || g.Org == w.org) {
						t.Errorf("unwanted role %+v", g)
					}
				}
			}
		})
	}
}

func TestURLCountry(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.whitehouse.gov/briefing-room/x/": "US",
		"https://www.gov.uk/government/news/x":        "GB",
		"https://www.diplomatie.gouv.fr/en/":          "FR",
		"http://example.de/a":                         "DE",
		"https://www.un.org/press/en/":                "",
		"https://www.europarl.europa.eu/news/":        "",
		"https://news.example.io/":                    "",
		"www.state.gov":                               "US",
		"":                                            "",
		"::bad":                                       "",
	} {
		if got := urlCountry(in); got != want {
			t.Errorf("urlCountry(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNationalTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"publisher's country for a head of state",
			"---\nsource_url: https://www.example.gov/briefing/statement\ntitle: Statement\n---\nPresident Tom Hale welcomed the Ruritanian delegation to Chile.\n",
			[]roleWant{{"Tom Hale", "President", "United States"}},
			[]roleWant{{"Tom Hale", "President", "Chile"}}},
		{"second holder of a unique office is not the publisher's",
			"---\nsource_url: https://www.example.gov/briefing/statement\n---\nPresident Tom Hale spoke with President Ana Ruiz of Chile. Later President Hale left.\n",
			[]roleWant{{"Tom Hale", "President", "United States"}, {"Ana Ruiz", "President", "Chile"}},
			[]roleWant{{"Ana Ruiz", "President", "United States"}}},
		{"demonym counts for the story's country",
			"Results in the Moldovan elections were close. The current Prime Minister Ivan Dorin trails. Officials in the United States said nothing.",
			[]roleWant{{"Ivan Dorin", "Prime Minister", "Moldova"}}, nil},
		{"dateline does not make a visiting ambassador local",
			"APIA, June 18, 2022 -- Ambassador Lars Berg arrived in Apia yesterday for a visit.",
			nil, []roleWant{{"Lars Berg", "Ambassador", "Samoa"}}},
		{"organization named as the story writes it",
			"U.N. Secretary General Lena Park praised the guards.",
			[]roleWant{{"Lena Park", "Secretary General", "U.N."}}, nil},
	})
}
