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

func TestTitlesBeforeNames(t *testing.T) {
	checkRoles(t, []roleCase{
		{"portfolio in the title", "Yesterday U.S. Secretary of State Lena Park met the delegation in Oslo.",
			[]roleWant{{"Lena Park", "Secretary of State", "U.S."}}, []roleWant{{"State Lena Park", "", ""}}},
		{"organization before a long title", "European Commission President Anna Berg spoke on Monday.",
			[]roleWant{{"Anna Berg", "President", "European Commission"}}, nil},
		{"place after the title", "The Mayor of Bristol Dan Cole welcomed them.",
			[]roleWant{{"Dan Cole", "Mayor", "Bristol"}}, nil},
		{"complement the lists do not know",
			"---\nsource_url: https://www.example.gov/news/1\n---\nDeputy National Security Advisor for International Economics Mia Hart opened the talks with Chile.\n",
			[]roleWant{{"Mia Hart", "Deputy National Security Advisor for International Economics", "United States"}},
			[]roleWant{{"Economics Mia Hart", "", ""}, {"Mia Hart", "", "Chile"}}},
		{"short and full form of one office",
			"---\nsource_url: https://www.example.gov/news/1\n---\nDeputy National Security Advisor for International Economics Mia Hart opened the talks. Deputy National Security Advisor Hart welcomed the plan.\n",
			[]roleWant{{"Mia Hart", "Deputy National Security Advisor for International Economics", "United States"}},
			[]roleWant{{"Mia Hart", "Deputy National Security Advisor", ""}}},
		{"two forms of a foreign minister", "Turkish Minister of Foreign Affairs Ayla Demir arrived. Foreign Minister Demir met the press. Later Foreign Minister Demir left.",
			[]roleWant{{"Ayla Demir", "Foreign Minister", "Türkiye"}}, []roleWant{{"Ayla Demir", "Minister of Foreign Affairs", ""}}},
		{"an organization the lists do not know is no name", "He met the Chief Executive of the Samoa Reef Trust on Monday.",
			nil, []roleWant{{"Reef Trust", "", ""}, {"Reef", "", ""}}},
	})
}
