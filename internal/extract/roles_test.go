package extract

import (
	"slices"
	"strings"
	"testing"

	"annals"
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

func TestTitlesAfterNames(t *testing.T) {
	checkRoles(t, []roleCase{
		{"title of a country set off before the name", "Finance Minister of Ukraine, Sergii Marchenko, co-chaired the meeting.",
			[]roleWant{{"Sergii Marchenko", "Finance Minister", "Ukraine"}}, nil},
		{"office inside a known name", "She met the United Nations High Commissioner for Refugees, Pia Grandi, on Friday.",
			[]roleWant{{"Pia Grandi", "High Commissioner for Refugees", "United Nations"}}, nil},
		{"organization before the title", "The talks included Dita Jorgensen, European Commission Director-General for Energy.",
			[]roleWant{{"Dita Jorgensen", "Director-General for Energy", "European Commission"}}, nil},
		{"lower-case title at an organization", "Ana Lopes, a researcher at the Westbridge Institute, said the data were clear.",
			[]roleWant{{"Ana Lopes", "researcher", "Westbridge Institute"}}, nil},
		{"lower-case complement", "Dr. Ken Ito, head of emergency programmes at the WHO, warned of cholera.",
			[]roleWant{{"Ken Ito", "head of emergency programmes", "WHO"}}, nil},
		{"lower-case title before the name", "IOM chief Paul Weiss said the agency's spokesman Ali Karim would brief.",
			[]roleWant{{"Paul Weiss", "chief", "IOM"}, {"Ali Karim", "spokesman", "IOM"}}, nil},
		{"complement before the name", "EP rapporteur on clean shipping Lars Vinter (EPP, SE) said the vote was close.",
			[]roleWant{{"Lars Vinter", "rapporteur on clean shipping", "EP"}}, nil},
		{"title and complement of a cabinet", "He met Bo Lind, Chief of Cabinet for European Commission President Anna Berg.",
			[]roleWant{{"Bo Lind", "Chief of Cabinet", "European Commission"}, {"Anna Berg", "President", "European Commission"}}, nil},
		{"signature block", "Joint Statement\n\nKarl Brand, MEP, Chairman, European Parliament Delegation\n\nWe met in Lisbon.",
			[]roleWant{{"Karl Brand", "MEP", "European Parliament"}, {"Karl Brand", "Chairman", "European Parliament Delegation"}}, nil},
		{"apposition after a parenthesis belongs to its person", "Senator Ben Carter (D-MD), my Co-Chairman of the Helsinki Commission, Congressman Tom Dale (D-MI), and I wrote.",
			[]roleWant{{"Ben Carter", "Co-Chairman", "Helsinki Commission"}}, []roleWant{{"Tom Dale", "Co-Chairman", ""}}},
		{"member states are no person", "I ask IOM Member States to vote.", nil, []roleWant{{"States", "", ""}}},
		{"two people joined by and", "Turkish Foreign Minister Ayla Demir met Paul Anders and Mark Ellis.",
			[]roleWant{{"Ayla Demir", "Foreign Minister", "Türkiye"}}, nil},
	})
	d := run(t, "x.txt", "The envoy met Paul Anders and Mark Ellis in Rome.", "")
	for _, want := range []string{"Paul Anders", "Mark Ellis"} {
		if !has(entityNames(d, "PERSON"), want) {
			t.Errorf("no person %q in %v", want, entityNames(d, "PERSON"))
		}
	}
}

func TestBiographies(t *testing.T) {
	checkRoles(t, []roleCase{
		{"offices of a biography",
			"Lena Marsh is currently the Director of the Baltic Centre for Disease Control. Prior to that, Marsh was Acting Deputy Director, Center for Global Health, and before that the Chief of the Regional Laboratory Branch at the Baltic Centre. She served as CEO of the Amber Trade Bank from 2010 to 2021.",
			[]roleWant{{"Lena Marsh", "Director", "Baltic Centre for Disease Control"}, {"Lena Marsh", "Acting Deputy Director", "Center for Global Health"},
				{"Lena Marsh", "Chief", "Regional Laboratory Branch"}, {"Lena Marsh", "CEO", "Amber Trade Bank"}}, nil},
		{"a member of several bodies",
			"Previously, Tom Reyes served as the senior advisor on ocean policy on the Senate Oceans Committee, and as a member of the Harbor Advisory Group, the Coastal Science Council, and the Fishery Trust Foundation.",
			[]roleWant{{"Tom Reyes", "senior advisor on ocean policy", "Senate Oceans Committee"}, {"Tom Reyes", "member", "Harbor Advisory Group"},
				{"Tom Reyes", "member", "Coastal Science Council"}, {"Tom Reyes", "member", "Fishery Trust Foundation"}}, nil},
		{"bodies of a list with where each is",
			"Tom Reyes has also served as a board member for the Coastal Science Council in Lisbon, and the Fishery Trust Foundation, in Norway.",
			[]roleWant{{"Tom Reyes", "board member", "Coastal Science Council"}, {"Tom Reyes", "board member", "Fishery Trust Foundation"}}, nil},
		{"an office of a body named in quotes after a possessive",
			"Tom Reyes served as Outreach Lead for the Pentagon’s “Ask First” Working Group.",
			nil, []roleWant{{"Tom Reyes", "Outreach Lead", "U.S. Department of Defense"}, {"Tom Reyes", "Outreach Lead", "Pentagon"}}},
		{"a post not yet held is no role",
			"Amy Lorne is a strong leader, and I support her candidacy to serve as the next Director General of the IOM.",
			nil, []roleWant{{"Amy Lorne", "Director General", ""}}},
		{"a pronoun is no one's across a paragraph break",
			"Her visit was part of President Jon Brisk’s “Investing in America” tour.\n\nWe are cutting spending and bringing deficits down.\n\nAikta Marcoulier joined the Small Business Development Center (SBDC) team as the director of the Pikes Peak Center in May 2012. Prior to the SBDC, she was the Director of Partnership Marketing with the Professional Bull Riders.",
			nil, []roleWant{{"Jon Brisk", "Director", ""}}},
		{"a pronoun is not the object's of the sentence before",
			"His biography of Ralph Ellison won the prize. In 2011, he received the National Humanities Medal from President Jon Brisk at the White House. He is a member of the American Academy of Arts and Sciences.",
			nil, []roleWant{{"Jon Brisk", "member", ""}, {"Ralph Ellison", "member", ""}}},
		{"a pronoun in the paragraph of its person",
			"Ann Vole spoke at the forum.\n\nAnn Vole joined the center in May 2012. Prior to that, she was the Director of Marketing at the Bull Riders Association.",
			[]roleWant{{"Ann Vole", "Director of Marketing", "Bull Riders Association"}}, nil},
		{"the President an assistant serves is not the subject's office",
			"---\nsource_url: https://www.example.gov/x\n---\nPaul Okafor served as Deputy Assistant to the President and Chief of Staff of the Oceans Council.\n",
			[]roleWant{{"Paul Okafor", "Chief of Staff", "Oceans Council"}}, []roleWant{{"Paul Okafor", "President", ""}}},
	})
	d := run(t, "x.txt", "Lena Marsh is currently the Director of the Baltic Centre for Disease Control.", "")
	for _, r := range d.Roles {
		if r.Person == "Lena Marsh" && r.Org == "Amber Trade Bank" {
			t.Errorf("role from another sentence: %+v", r)
		}
	}
	d = run(t, "x.txt", "She served as CEO of the Amber Trade Bank from 2010 to 2021. Lena Marsh is the Director of the Baltic Centre.", "")
	for _, r := range d.Roles {
		if r.Org == "Amber Trade Bank" && (r.From != "2010" || r.To != "2021") {
			t.Errorf("dates of %+v, want 2010-2021", r)
		}
	}
}

func TestAppointmentsInOtherWords(t *testing.T) {
	checkRoles(t, []roleCase{
		{"appointment as a noun", "The United States welcomes the appointment of Ambassador Rita Dunn as the next Executive Director of the World Food Programme.",
			[]roleWant{{"Rita Dunn", "Executive Director", "World Food Programme"}}, nil},
		{"will become", "The Office of Presidential Personnel (OPP) hires staff. I am pleased that Omar Haddad, who has worked with us from the start, will become OPP’s new Director.",
			[]roleWant{{"Omar Haddad", "Director", "Office of Presidential Personnel"}}, nil},
		{"appoint her", "Ambassador Rita Dunn has advised me for years. Rita Dunn is a leader, and the UN Secretary-General intends to appoint her as the next Executive Director of UNICEF.",
			[]roleWant{{"Rita Dunn", "Executive Director", "UNICEF"}}, nil},
		{"offices set off before the subject", "Madame Vesna Horvat is the Prime Minister of Croatia. As a graduate of the Faculty of Law in Zagreb, Vice Prime Minister and Minister of Finance, she is a woman of much accomplishment.",
			[]roleWant{{"Vesna Horvat", "Vice Prime Minister", "Croatia"}}, nil},
		{"another person's apposition in a biography", "Raj Mehta served as Chief of Staff to U.S. Representative Ana Ruiz (WA-07), the Chair of the Progressive Caucus, and as an Advisor to the Gill Foundation.",
			[]roleWant{{"Ana Ruiz", "Chair", "Progressive Caucus"}, {"Raj Mehta", "Advisor", "Gill Foundation"}}, []roleWant{{"Raj Mehta", "Chair", ""}}},
	})
}

func TestRolesStayInTheirSentence(t *testing.T) {
	checkRoles(t, []roleCase{
		{"no organization from the sentence before",
			"---\nsource_url: https://www.example.gov/x\ntitle: Statement on the Envoy's Visit to the Pacific Islands Forum\n---\nAmbassador Rosa Vidal will represent the President at the meeting.\n",
			[]roleWant{{"Rosa Vidal", "Ambassador", "United States"}}, []roleWant{{"Rosa Vidal", "", "Pacific Islands Forum"}}},
		{"the topic of a statement is not the speaker's organization",
			"Statement by Press Secretary Jon Perl on the U.S.-ASEAN Special Summit.",
			nil, []roleWant{{"Jon Perl", "", "Association of Southeast Asian Nations"}, {"Jon Perl", "", "ASEAN"}}},
	})
}

func TestMoreTitleShapes(t *testing.T) {
	checkRoles(t, []roleCase{
		{"two titles in one apposition", "The talks were held with Sara Lind, Special Assistant to the President and Senior Director for Climate and Energy at the U.S. National Security Council, and others.",
			[]roleWant{{"Sara Lind", "Senior Director for Climate and Energy", "U.S. National Security Council"}}, []roleWant{{"Sara Lind", "Special Assistant to the President", ""}}},
		{"a two-word honorific", "They met the Foreign Minister of Pakistan, His Excellency Amir Qadri, in Lisbon.",
			[]roleWant{{"Amir Qadri", "Foreign Minister", "Pakistan"}}, nil},
		{"became a guard", "Louis Ortega served in the Navy. Louis later became a U.N. guard in the year 2007.",
			[]roleWant{{"Louis Ortega", "guard", "U.N."}}, nil},
		{"a title's possessive is no name", "He served as one of the World Health Organization Director General’s Special Envoys.",
			nil, []roleWant{{"General", "", ""}}},
		{"General before a plural noun", "Relief was granted under General Licenses by the Treasury Department.",
			nil, []roleWant{{"Licenses", "", ""}}},
	})
}

func TestHyphenatedNames(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an organization named across a hyphen", "Madam Speaker, as Co-Chair of the Congressional Caucus on U.S.-Chilean Relations and Chilean Americans, I was pleased.",
			nil, []roleWant{{"", "Co-Chair", "Congressional Caucus on U.S."}}},
	})
	d := run(t, "x.md", "`Ms. KERR-LINDQVIST — 4 November 2009`\n\n---\n\nMs. KERR-LINDQVIST. Madam Speaker, I rise tonight to honor a guard.\n", "")
	if !has(entityNames(d, "PERSON"), "Kerr-Lindqvist") {
		t.Errorf("no person Kerr-Lindqvist in %v", entityNames(d, "PERSON"))
	}
}

func TestPeopleByTheirPlace(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Police arrested Tomas Vardak, a Moldovan journalist, on Sunday.", "Tomas Vardak"},
		{"The wave of repression by the Dravik regime continued.", "Dravik"},
		{"During the Obama-Biden administration, Ana Ruiz served as Director of the Ocean Office.", "Ana Ruiz"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if !has(entityNames(d, "PERSON"), tc.want) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.want, entityNames(d, "PERSON"))
		}
		if has(entityNames(d, "PERSON"), "Obama-Biden") {
			t.Errorf("%q: two names joined read as one person", tc.text)
		}
	}
	checkRoles(t, []roleCase{{"a biography sentence opening with another name",
		"During the Obama-Biden administration, Ana Ruiz served as Director of the Ocean Office.",
		[]roleWant{{"Ana Ruiz", "Director", "Ocean Office"}}, nil}})
}

func TestPastHolderFarAway(t *testing.T) {
	checkRoles(t, []roleCase{{"a past holder named elsewhere",
		"---\nsource_url: https://www.example.gov/x\ntitle: Statement from President Tom Hale Welcoming Chile to the Alliance\n---\nToday I welcome Chile. Decades ago, President Rex Truro signed the treaty. We remember it.\n",
		[]roleWant{{"Tom Hale", "President", "United States"}}, []roleWant{{"Tom Hale", "President", "Chile"}}}})
}

func TestTitleWithComplementSetOffBefore(t *testing.T) {
	checkRoles(t, []roleCase{{"organization, title and complement before the name",
		"Today Mia Hart and European Commission Director-General for Trade and Enlargement Negotiations, Gert Jan Koopman, co-chaired the meeting.",
		[]roleWant{{"Koopman", "Director-General for Trade and Enlargement Negotiations", "European Commission"}}, nil}})
}

func TestElectedToAPost(t *testing.T) {
	checkRoles(t, []roleCase{{"elected to the presidential post",
		"Elections in Moldova ended. The party's candidate, Ivan Dorin, was elected to the presidential post for the term starting in 2005.",
		[]roleWant{{"Ivan Dorin", "President", "Moldova"}}, nil}})
	d := run(t, "x.txt", "Elections in Moldova ended. The party's candidate, Ivan Dorin, was elected to the presidential post for the term starting in 2005.", "")
	for _, r := range d.Roles {
		if r.Person == "Ivan Dorin" && r.From != "2005" {
			t.Errorf("from %q, want 2005", r.From)
		}
	}
}

func TestWireStory(t *testing.T) {
	text := "GENEVA, 3 May 2024 (Reuters) - Swiss Foreign Minister Ivo Marti met the press. President Tom Hale and Prime Minister Rex Dunmore spoke by phone on Thursday. The United Nations Children's Fund (UNICEF) chief Cara Ruiz told reporters that children were most at risk. Marti, a former teacher, has served as Chair of the Alpine Housing Foundation from 2010 to 2014."
	checkRoles(t, []roleCase{{"a dateline makes no home country", text,
		[]roleWant{{"Ivo Marti", "Foreign Minister", "Switzerland"}, {"Cara Ruiz", "chief", "United Nations Children's Fund"}, {"Ivo Marti", "Chair", "Alpine Housing Foundation"}},
		[]roleWant{{"Tom Hale", "", "Switzerland"}, {"Rex Dunmore", "", "Switzerland"}}}})
}

// TestRoleOrgsNotTaken checks that an office goes to the organization
// that gives it, not to one named in passing: "its" past an apposition
// naming another organization, and a body the story does not name ("the
// United Nations refugee agency" is not the United Nations).
func TestRoleOrgsNotTaken(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "its past an apposition",
			text: "In 2021 the Organization of Lake States appointed Dr. Mira Holt, former Director of the Andean Hydrology Institute, as its Special Envoy for Drylands, for three years.",
			want: []roleWant{{"Mira Holt", "Director", "Andean Hydrology Institute"}, {"Mira Holt", "Special Envoy", "Organization of Lake States"}},
			not:  []roleWant{{"Mira Holt", "Special Envoy", "Andean Hydrology Institute"}, {"Mira Holt", "Special Envoy for", ""}}},
		{name: "unnamed body",
			text: "The Assembly appointed Mr. Tomas Brenner, former head of the United Nations refugee agency, as Secretary-General of the Organization of Lake States.",
			want: []roleWant{{"Tomas Brenner", "Secretary-General", "Organization of Lake States"}},
			not:  []roleWant{{"Tomas Brenner", "head", "United Nations"}}},
	})
}

// TestOfficesOfOthers: an office written without its country or
// organization is not the one a sentence gives to someone else, nor the
// place where something happens.
func TestOfficesOfOthers(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the other's country",
			text: "President Lena Park spoke today with Prime Minister Tom Reyes of Norway about trade.",
			want: []roleWant{{"Tom Reyes", "Prime Minister", "Norway"}},
			not:  []roleWant{{"Lena Park", "", "Norway"}}},
		{name: "the other's country after the Republic",
			text: "President Lena Park will host Prime Minister Tom Reyes of the Republic of India for a visit.",
			not:  []roleWant{{"Lena Park", "", "India"}, {"Lena Park", "", "Republic of India"}}},
		{name: "a visitor",
			text: "The United States and Turkey agreed. Secretary Lena Park announced an upcoming trip to Turkey by President Tom Reyes.",
			not:  []roleWant{{"Tom Reyes", "", "Turkey"}}},
		{name: "the country one meets with",
			text: "The United States welcomed the talks. National Security Advisor Lena Park met today in Washington with Saudi Vice Minister of Defense Omar Haddad.",
			want: []roleWant{{"Lena Park", "National Security Advisor", "United States"}},
			not:  []roleWant{{"Lena Park", "", "Saudi Arabia"}}},
		{name: "an organization's president is another's",
			text: "During the week, President Lena Park named Tom Reyes, President of Delaware State University, to the board.",
			want: []roleWant{{"Tom Reyes", "President", "Delaware State University"}},
			not:  []roleWant{{"Lena Park", "", "Delaware State University"}}},
		{name: "two presidents, one country",
			text: "The talks built on the meeting between President Lena Park and President Tom Reyes in Bali, Indonesia.",
			not:  []roleWant{{"Lena Park", "", "Indonesia"}, {"Tom Reyes", "", "Indonesia"}}},
		{name: "the second president's country is known",
			text: "President Tom Reyes of Norway arrived. President Lena Park and President Tom Reyes then spoke about Norway.",
			want: []roleWant{{"Tom Reyes", "President", "Norway"}},
			not:  []roleWant{{"Lena Park", "", "Norway"}}},
		{name: "the city's country is where it happened",
			text: "President Lena Park attended the summit in Apulia, Italy.",
			not:  []roleWant{{"Lena Park", "", "Italy"}}},
		{name: "a counterpart's country",
			text: "Prime Minister Tom Reyes of Iraq arrived on Monday. President Lena Park and Prime Minister Tom Reyes discussed the role of Iraq in the region.",
			want: []roleWant{{"Tom Reyes", "Prime Minister", "Iraq"}},
			not:  []roleWant{{"Lena Park", "", "Iraq"}}},
		{name: "a leader spoken of is no counterpart",
			text: "Russian Prime Minister Tom Reyes said on Friday that President Lena Park had backed the plan. Russia's position is firm.",
			want: []roleWant{{"Tom Reyes", "Prime Minister", "Russia"}, {"Lena Park", "President", "Russia"}}},
		{name: "an assistant to the President",
			text: "Deputy Assistant to the President Lena Park met officials in Luanda, Angola.",
			not:  []roleWant{{"Lena Park", "President", ""}}},
		{name: "a list of people with their titles",
			text: "Today, Domestic Policy Advisor Susan Miller, White House Counsel Tom Reyes, and Director of the Office of Intergovernmental Affairs Ana Silva hosted a call.",
			want: []roleWant{{"Tom Reyes", "Counsel", "White House"}},
			not:  []roleWant{{"Susan Miller", "Counsel", ""}}},
		{name: "an organization the sentence is about",
			text: "Judge Susan Miller received her J.D. from Harvard Law School in 1997.",
			not:  []roleWant{{"Susan Miller", "Judge", "Harvard Law School"}}},
		{name: "another's organization in a list",
			text: "The statement was co-signed by Treasury Secretary Tom Reyes and Energy Secretary Susan Miller.",
			not:  []roleWant{{"Susan Miller", "", "Treasury"}}},
		{name: "an organization set off after the name",
			text: "The delegation included State Secretary Susan Miller, Federal Ministry of Finance, and others.",
			want: []roleWant{{"Susan Miller", "State Secretary", "Federal Ministry of Finance"}}},
		{name: "a nominee's court",
			text: "Judge Susan Miller: Nominee for the United States District Court for the District of Maryland",
			want: []roleWant{{"Susan Miller", "Judge", "United States District Court for the District of Maryland"}}},
		{name: "a country something is for",
			text: "The United States welcomed the talks. President Susan Miller reaffirmed the support of both countries for Ukraine in the face of aggression.",
			not:  []roleWant{{"Susan Miller", "", "Ukraine"}}},
		{name: "a country's body something is for",
			text: "The letter urged President Tom Reyes to protect those who worked for the United States government.",
			want: []roleWant{{"Tom Reyes", "President", "United States"}}},
		{name: "a title in shorthand",
			text: "Following the meeting between President Tom Reyes and PM Susan Miller of Italy, both reaffirmed their support.",
			want: []roleWant{{"Susan Miller", "Prime Minister", "Italy"}}},
		{name: "a republic has no king",
			text: "Israel welcomed the talks. King Tom Reyes spoke about peace in the region.",
			not:  []roleWant{{"Tom Reyes", "King", "Israel"}}},
		{name: "a king of his time",
			text: "Libya welcomed the talks. King Tom Reyes spoke about peace in the region.",
			want: []roleWant{{"Tom Reyes", "King", "Libya"}}},
		{name: "a university's president is not the head of state's",
			text: "Tom Reyes is President of Delaware State University. President Lena Park signed the bill.",
			not:  []roleWant{{"Lena Park", "", "Delaware State University"}}},
	})
}

// nameCase is a made-up text, a name it must yield (none if empty) and one
// it must not.
type nameCase struct{ text, keep, not string }

// checkNotOfType extracts each text and checks that none of names is an
// entity of type typ in it.
func checkNotOfType(t *testing.T, typ annals.EntityType, texts []string, names ...string) {
	t.Helper()
	for _, text := range texts {
		d := run(t, "x.txt", text, "")
		for _, n := range names {
			if has(entityNames(d, typ), n) {
				t.Errorf("%q: %s %q", text, typ, n)
			}
		}
	}
}

// checkNames extracts each case's text and checks its names of people,
// organizations and places.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "")
		var all []string
		for _, typ := range []annals.EntityType{annals.Person, annals.Org, annals.Place} {
			all = append(all, entityNames(d, typ)...)
		}
		if tc.keep != "" && !has(all, tc.keep) {
			t.Errorf("%q: no %q in %v", tc.text, tc.keep, all)
		}
		if has(all, tc.not) {
			t.Errorf("%q: %q in %v", tc.text, tc.not, all)
		}
	}
}

// TestNicknamesInNames: a nickname in quotes between a given name and a
// surname is part of the person's name, after a title or an honorific
// too; a quoted word inside another name or after a common word is not a
// nickname.
func TestNicknamesInNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"Dr. Kathryn “Kit” Matthew brings cross-sector expertise to her work.", "Kathryn “Kit” Matthew", "Matthew"},
		{"Charles \"Chuck\" Hagel is a member of the Atlantic Council.", `Charles "Chuck" Hagel`, "Charles"},
		{"We mourn former President Benigno “Noynoy” Aquino III, a friend.", "Benigno “Noynoy” Aquino III", "Noynoy"},
		{"Yesterday Walter “Redgie” Collins said no.", "Walter “Redgie” Collins", "Collins"},
		{"This year, the White House Easter “EGGucation” Roll will be held on the South Lawn.", "", "EGGucation"},
		{"Deputy Minister “Strategy” Lee spoke.", "", "Minister “Strategy” Lee"},
	})
}

// TestNicknameForms: a name with a nickname is also known without it and
// by the nickname and the surname.
func TestNicknameForms(t *testing.T) {
	d := run(t, "x.txt", "Dr. Kathryn “Kit” Matthew brings cross-sector expertise to her work.", "")
	for _, e := range d.Entities {
		if e.Name == "Kathryn “Kit” Matthew" {
			if !has(e.Aliases, "Kathryn Matthew") || !has(e.Aliases, "Kit Matthew") {
				t.Errorf("aliases %v", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no Kathryn “Kit” Matthew in %v", d.Entities)
}

// TestSlashInNames: a slash between words of a name's complement is part
// of the name; between two names it is not.
func TestSlashInNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"She led the Division of Global HIV/AIDS and Tuberculosis at the agency.", "Division of Global HIV/AIDS and Tuberculosis", "Division of Global HIV"},
		{"He joined the Office of Science/Technology Policy in May.", "Office of Science/Technology Policy", "Office of Science"},
		{"She was Mission Director for USAID/Indonesia in 2019.", "Indonesia", "USAID/Indonesia"},
		{"The UN/AU mission in Darfur was extended.", "", "UN/AU"},
	})
}

// TestTopicLists: a committee named for a list of topics keeps the whole
// list; a list of names after a committee is no part of it.
func TestTopicLists(t *testing.T) {
	checkNames(t, []nameCase{
		{"Mia Hart, Chairman of the Subcommittee on International Organizations, Human Rights, and Oversight, spoke.", "Subcommittee on International Organizations, Human Rights, and Oversight", "Subcommittee on International Organizations"},
		{"She served on the Senate Committee on Banking, Housing, and Urban Affairs until 2019.", "Senate Committee on Banking, Housing, and Urban Affairs", "Senate Committee on Banking"},
		{"The Committee on Foreign Affairs, Germany, and France met in May.", "Germany", "Committee on Foreign Affairs, Germany, and France"},
		{"The Committee on Trade, Senator Mia Hart, and Tom Reyes met in May.", "Mia Hart", "Committee on Trade, Senator Mia Hart, and Tom Reyes"},
		// a bureau or a programme "of" or "for" its topics, closed by
		// "and" or "&" without a comma at the name's end
		{"She joined the Bureau of Alcohol, Tobacco, Firearms and Explosives in 2004.", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Bureau of Alcohol"},
		{"He served on the Council on Sports, Fitness & Nutrition until 2014.", "Council on Sports, Fitness & Nutrition", "Council on Sports"},
		{"The Nutrition Program for Women, Infants, and Children serves millions.", "Nutrition Program for Women, Infants, and Children", "Nutrition Program for Women"},
		// but not over a title that follows, nor a list of departments
		{"The Committee on Finance, Health and Human Services Secretary Ann Vole said so.", "", "Committee on Finance, Health and Human Services"},
		{"The Departments of Labor, Energy, and Commerce issued guidance.", "", "Departments of Labor, Energy, and Commerce"},
		{"She met the Office of Labor, and Memorial today.", "Office of Labor", "Office of Labor, and Memorial"},
		{"We thank the Department of Labor, Department of Energy, and Small Business Administration.", "Small Business Administration", "Department of Labor, Department of Energy, and Small Business Administration"},
		{"We thank the Department of the Interior, and Tanya Vole.", "Tanya Vole", "Department of the Interior, and Tanya"},
		{"He led the Office of Budget Director Ann Vole, Trade, and Policy.", "", "Office of Budget Director Ann Vole, Trade, and Policy"},
		{"She managed the Mayor’s Office of Intergovernmental Relations, Tourism, and Protocol.", "Office of Intergovernmental Relations", ""},
	})
}

// TestSharedService: "and" between two fields of one service joins them;
// between two names each with a head of its own it does not.
func TestSharedService(t *testing.T) {
	checkNames(t, []nameCase{
		{"She directs the Institute of Museum and Library Services in Ohio.", "Institute of Museum and Library Services", "Library Services"},
		{"He was named to the Board of the Corporation for National and Community Service.", "Corporation for National and Community Service", "Corporation for National"},
		{"The Department of Labor and the Bureau of Prisons Services met.", "Department of Labor", "Department of Labor and the Bureau of Prisons Services"},
		{"The Institute of Peace and Veterans Affairs Council met.", "Veterans Affairs Council", "Institute of Peace and Veterans Affairs Council"},
	})
}

// TestGroupsAreNoNames: a group of office holders is no place.
func TestGroupsAreNoNames(t *testing.T) {
	for _, text := range []string{
		"The summit will be the first OSCE meeting of Heads of State to take place in Astana.",
		"Heads of State and Government met in Lima.",
	} {
		d := run(t, "x.txt", text, "")
		var all []string
		for _, typ := range []annals.EntityType{annals.Person, annals.Org, annals.Place} {
			all = append(all, entityNames(d, typ)...)
		}
		for _, n := range all {
			if strings.Contains(n, "Heads") {
				t.Errorf("%q: %q read as a name", text, n)
			}
		}
	}
}

// TestCapitalSurnames: a surname in capitals after an honorific is a
// name even when it is also a title; an address is not.
func TestCapitalSurnames(t *testing.T) {
	checkNames(t, []nameCase{
		{"Mr. KING of New York. Madam Speaker, today I rise to honor Azerbaijan.", "King", ""},
		{"Mr. PRESIDENT, I rise to honor the people of Azerbaijan.", "Azerbaijan", "President"},
	})
}

// TestPossessiveInNames: an organization named for a group in the
// possessive keeps it; a name's possessive is not part of what follows.
func TestPossessiveInNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"She is board co-chair of the Women’s Foreign Policy Group.", "Women’s Foreign Policy Group", "Foreign Policy Group"},
		{"He led the Children's Defense Fund in 2010.", "Children's Defense Fund", "Defense Fund"},
		{"Norway's Foreign Minister Lena Park spoke in Oslo.", "Lena Park", "Norway's Foreign Minister"},
		{"The women's group met the Finance Committee on Monday.", "Finance Committee", "women's group"},
	})
}

// TestNoPersonFromCommonWords: words a title, a "the ... government" or
// a number make look like names are none.
func TestNoPersonFromCommonWords(t *testing.T) {
	for _, tc := range []struct{ text, not, keep string }{
		{"Governor Lena Park signed an Executive Order on water.", "Order", "Lena Park"},
		{"The Executive Order takes effect in May.", "Order", ""},
		{"By signing this Executive Order, President Rex Truro keeps his word.", "Executive Order", "Rex Truro"},
		{"She cited the Emancipation Proclamation (EP) in her speech.", "Emancipation Proclamation", ""},
		{"Executive Director Jane Doe opened the session.", "", "Jane Doe"},
		{"Rafe Olsen, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Kiribati.", "Extraordinary", "Rafe Olsen"},
		{"Victims will have the full support of the Federal government, the mayor said.", "Federal", ""},
		{"The wave of repression by the Dravik regime continued.", "", "Dravik"},
		{"The agency plans to end Title 42 by May 23rd, Ana Ruiz said.", "Title", "Ana Ruiz"},
		{"The judge replaces Morrison C. England, Jr., retired.", "Jr.", "Morrison C. England"},
		{"President Joseph R. Biden, Jr., on the occasion of the visit, spoke.", "Jr.", ""},
		{"She received her A.M. and Ph.D. from Harvard University in 1990.", "Ph.D.", ""},
		{"(Applause.) Thank you. I’m proud, and I’ve said so, Dana Reyes said.", "Applause", "Dana Reyes"},
		{"I’m proud of the Department’s work, Dana Reyes said.", "Department", "Dana Reyes"},
		{"Lee Chan earned his Bachelor’s degree from Ohio State University.", "Bachelor", "Lee Chan"},
		{"To make the most of it, the Dravik-Lund Administration asked participating firms to report.", "", ""},
	} {
		d := run(t, "x.txt", tc.text, "")
		var all []string
		for _, typ := range []annals.EntityType{annals.Person, annals.Org, annals.Place} {
			all = append(all, entityNames(d, typ)...)
		}
		if tc.not != "" && has(all, tc.not) {
			t.Errorf("%q: %q read as a name: %v", tc.text, tc.not, all)
		}
		if tc.not == "" && tc.keep == "" {
			// no person at all
			if ps := entityNames(d, annals.Person); len(ps) > 0 {
				t.Errorf("%q: persons %v", tc.text, ps)
			}
		}
		if tc.keep != "" && !has(entityNames(d, "PERSON"), tc.keep) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.keep, all)
		}
	}
}

// TestNoNamesInAddresses: the slugs and paths of web addresses written
// in a story name nothing.
func TestNoNamesInAddresses(t *testing.T) {
	const story = "Read the plan (https://example.gov/uploads/2023/04/The-White-House-Plan.pdf) and see www.Example-Ukraine.org/Kyiv-Office today. The White House thanked Kyiv.\n"
	d := run(t, "x.md", story, "")
	end := strings.Index(story, " today")
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < end {
				t.Errorf("%s %q read in an address: %q", e.Type, e.Name, m.Text)
			}
		}
	}
	if !has(entityNames(d, annals.Place), "Kyiv") {
		t.Errorf("no place Kyiv outside the address: %v", d.Entities)
	}
}

// TestNoDatesInAddresses: the numbers and words of a web address's path
// are no dates or figures of the story.
func TestNoDatesInAddresses(t *testing.T) {
	d := run(t, "x.md", "---\ndate: 2024-01-05\n---\nRead the plan (https://example.gov/room/2023/04/28/fact-sheet-on-May-5-2021/) today, and 45 percent (https://x.gov/a/50-percent-of-2019.pdf) of it.\n", "")
	var got []string
	for _, x := range d.Dates {
		got = append(got, x.Text)
	}
	for _, f := range d.Figures {
		got = append(got, f.Text)
	}
	if strings.Join(got, "|") != "today|45 percent" {
		t.Errorf("dates and figures %q, want today and 45 percent", got)
	}
}

// TestOfficesAreNoNames: the words of an office make no person's or
// organization's name, written after a person, before one, or after "of
// the"; a surname that is also a title stays a name.
func TestOfficesAreNoNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"The talks were convened by Mara Quell, Special Presidential Coordinator for Water and Climate.", "Mara Quell", "Presidential Coordinator"},
		{"Dr. Ilse Varn, Chief Medical Officer of the Hollis Clinic, spoke first.", "Hollis Clinic", "Medical Officer"},
		{"U.S. Senator Angus King opened the session on Monday.", "Angus King", ""},
		{"The meeting was chaired by Jon Brisk, Head of Cabinet of the Minister.", "Jon Brisk", "Minister"},
		{"Special Presidential Envoy for Climate (SPEC) Jon Brisk opened the meeting.", "Jon Brisk", "Special Presidential Envoy for Climate"},
		{"Special Presidential Envoy for Climate (SPEC) Jon Brisk opened the meeting.", "Jon Brisk", "Presidential Envoy"},
	})
}

// TestTitleHeldByAnother: a country written with an office for one person
// is not the country of the same office written alone for another.
func TestTitleHeldByAnother(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "counterpart",
		text: "National Security Advisor Jon Brisk spoke today with Dr. Mara Quell, National Security Advisor of Greece. Mr. Brisk welcomed the ties between Greece and his country.",
		want: []roleWant{{"Mara Quell", "National Security Advisor", "Greece"}},
		not:  []roleWant{{"Jon Brisk", "", "Greece"}},
	}})
}

// TestBodiesByTheirShape: names of bodies the head-word list alone does
// not catch, and names it must not run together.
func TestBodiesByTheirShape(t *testing.T) {
	checkNames(t, []nameCase{
		{"She is a board member of Women for Women International, as well as a member of the Council.", "Women for Women International", ""},
		{"BRAZIL IN FRIENDLY INTERNATIONAL AGAINST CHILE.", "", "BRAZIL IN FRIENDLY INTERNATIONAL"},
		{"The survey used data from a firm hired by the U.S. Embassy in Kazakhstan last year.", "U.S. Embassy in Kazakhstan", ""},
		{"He was a fellow at the U.S. Centers for Disease Control and Prevention until 2019.", "U.S. Centers for Disease Control and Prevention", ""},
		{"Job seekers may visit American Job Centers in every state.", "", "American Job Centers"},
		{"The grants come from AmeriCorps and the Centers for Disease Control and Prevention.", "Centers for Disease Control and Prevention", "AmeriCorps and the Centers for Disease Control and Prevention"},
		{"The study was led by Los Alamos National Laboratory and the Australian National University.", "Australian National University", "Los Alamos National Laboratory and the Australian National University"},
	})
}

// TestPortfoliosAndPairs: "and" inside a ministry's or an agency's
// portfolio is part of its name; "and the" before another body, or a
// city after "and", makes two names.
func TestPortfoliosAndPairs(t *testing.T) {
	checkNames(t, []nameCase{
		{"Funding comes from the U.S. Department of Health and Human Services this year.", "U.S. Department of Health and Human Services", "Human Services"},
		{"He was Deputy Director of the Office of Chinese and Mongolian Affairs until 2019.", "Office of Chinese and Mongolian Affairs", "Office of Chinese"},
		{"The Office of Sanctions Policy and Implementation and the Office of Global Sanctions will meet.", "Office of Global Sanctions", "Office of Sanctions Policy and Implementation and the Office of Global Sanctions"},
		{"Lawmakers of the 69th session of the Transatlantic Legislators' Dialogue met in San Francisco.", "Transatlantic Legislators' Dialogue", ""},
		{"The Shangri-La Dialogue opened in Singapore on Friday.", "Singapore", "Shangri-La Dialogue in Singapore"},
	})
}

// TestGeneralsOfficesAndComplements: "Inspector General" and its kin are
// whole titles; the words after a connector of a title's complement are
// no person's name.
func TestGeneralsOfficesAndComplements(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "inspector general",
		text: "Paul Quill has served as Inspector General for the National Aeronautics and Space Administration (NASA) since 2009.",
		want: []roleWant{{"Paul Quill", "Inspector General", "National Aeronautics and Space Administration"}},
		not:  []roleWant{{"Paul Quill", "General", ""}},
	}})
	checkNames(t, []nameCase{
		{"Mara Quell, Nominee for Assistant Secretary for Land and Minerals Management, Department of the Interior, spoke.", "Mara Quell", "Minerals Management"},
		{"The Pennsylvania Department of Environmental Protection and Department of Health issued the guidance.", "Department of Health", "Pennsylvania Department of Environmental Protection and Department of Health"},
		{"The Hawaii Commission for National and Community Services met on Monday.", "Hawaii Commission for National and Community Services", "Community Services"},
	})
}

// TestDatelineCountry: a head of state written without a country in a
// story datelined in a country that the story names is that country's,
// not the one the story names most.
func TestDatelineCountry(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "dateline",
		text: "HAVANA (AP) --\n\nPresident Jon Brisk said Tuesday his government would answer soon.\n\nBrazil has asked for help, and Brazil and Chile welcomed the offer. Brazil will send a team. Cuba has sent teams before.\n",
		want: []roleWant{{"Jon Brisk", "President", "Cuba"}},
		not:  []roleWant{{"Jon Brisk", "", "Brazil"}},
	}, {
		name: "capital, country not named",
		text: "HAVANA (AP) --\n\nPresident Jon Brisk said Tuesday his government would answer soon.\n\nBrazil has asked for help, and Brazil and Chile welcomed the offer. Brazil will send a team.\n",
		want: []roleWant{{"Jon Brisk", "President", "Cuba"}},
		not:  []roleWant{{"Jon Brisk", "", "Brazil"}},
	}, {
		name: "capital with a comma, country not named",
		text: "WASHINGTON, D.C. –\n\nPresident Jon Brisk announced his intent to nominate Ann Vole as Ambassador to Russia.\n\nMs. Vole served in Moscow and in Russia's far east.\n",
		want: []roleWant{{"Jon Brisk", "President", "United States"}},
		not:  []roleWant{{"Jon Brisk", "", "Russia"}},
	}, {
		name: "a paragraph after the title",
		text: "Government to answer soon\n\nHAVANA (AP) -- President Jon Brisk said Tuesday his government would answer soon.\n\nBrazil has asked for help, and Brazil and Chile welcomed the offer. Brazil will send a team.\n",
		want: []roleWant{{"Jon Brisk", "President", "Cuba"}},
		not:  []roleWant{{"Jon Brisk", "", "Brazil"}},
	}, {
		name: "passing through",
		text: "GENEVA (Reuters) -\n\nPresident Jon Brisk said Tuesday his government would answer soon.\n\nBrazil has asked for help, and Brazil and Chile welcomed the offer.\n",
		not:  []roleWant{{"Jon Brisk", "", "Switzerland"}},
	}})
}

// TestGovernmentsAndMembers: "Government of <place>" is a name of its own
// before "and"; "<name> Members of the <body>" names both.
func TestGovernmentsAndMembers(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Government of Ukraine and G7 Members of the Steering Committee discussed progress.", "G7", "Government of Ukraine and G7 Members of the Steering Committee"},
		{"The Government of Ukraine and G7 Members of the Steering Committee discussed progress.", "Steering Committee", "G7 Members of the Steering Committee"},
	})
}

// TestServicesAndCorps: armed services and corps are bodies.
func TestServicesAndCorps(t *testing.T) {
	checkNames(t, []nameCase{
		{"He left his country and enlisted in the United States Navy in 1990.", "United States Navy", ""},
		{"She served in the Peace Corps in Ghana.", "Peace Corps", ""},
		{"He was a Lieutenant in the United States Navy for ten years.", "United States Navy", "Lieutenant in the United States Navy"},
	})
}

// TestNoNameOpensWithAPreposition: a headline or sentence opening with a
// preposition ("From Vienna to New York") names no organization "From
// Vienna".
func TestNoNameOpensWithAPreposition(t *testing.T) {
	checkNames(t, []nameCase{
		{"From Vienna to New York: the Alliance of Civilizations and its travelling forum\n\nThe forum met in Vienna in 2013.", "Vienna", "From Vienna"},
	})
}

// TestCountryNamesNoCommonWords: a country's name in another language that
// is an English word or a name ("Island" for Iceland, "Mann" for the Isle
// of Man) names no country.
func TestCountryNamesNoCommonWords(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Island was quiet after the storm, residents of Rhode Island said.", "Rhode Island", "Island"},
	})
}

// TestNationalAdjectives: a country's adjective that differs from its
// people's name ("Philippine", people "Filipino") gives an office its
// country.
func TestNationalAdjectives(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "philippine",
		text: "Philippine President Jon Brisk on Tuesday condemned the bombings of the U.S. embassies in Kenya and Tanzania.",
		want: []roleWant{{"Jon Brisk", "President", "Philippines"}},
		not:  []roleWant{{"Jon Brisk", "", "United States"}},
	}, {
		name: "dominican",
		text: "Dominican President Jon Brisk spoke in Santo Domingo on Monday.",
		want: []roleWant{{"Jon Brisk", "President", "Dominican Republic"}},
		not:  []roleWant{{"Jon Brisk", "", "Dominica"}},
	}})
}

// TestOfficesBeforeBodies: an office or a title's portfolio written before
// the body it belongs to is no part of the body's name.
func TestOfficesBeforeBodies(t *testing.T) {
	checkNames(t, []nameCase{
		{"Jane Roe, of Ohio, to be a Member of the National Council on the Arts.", "National Council on the Arts", "Member of the National Council on the Arts"},
		{"She is a Career Member of the Senior Foreign Service.", "Senior Foreign Service", "Career Member of the Senior Foreign Service"},
		{"He served as Political Section Chief of the U.S. Embassy in Angola.", "U.S. Embassy in Angola", "Political Section Chief of the U.S. Embassy in Angola"},
		{"She is a Life Trustee of Northwestern University.", "Northwestern University", "Life Trustee of Northwestern University"},
		{"He is a Board Member of the World Institute on Disability.", "World Institute on Disability", "Board Member of the World Institute on Disability"},
		{"She was a Kavli Fellow of the National Academy of Sciences.", "National Academy of Sciences", "Kavli Fellow"},
		{"Jane Roe was named Vice Chair for Supervision of the Board of Governors of the Federal Reserve System.", "Board of Governors of the Federal Reserve System", "Supervision of the Board of Governors of the Federal Reserve System"},
		{"John Doe was Under Secretary for Benefits of the Department of Veterans Affairs.", "Department of Veterans Affairs", "Benefits of the Department of Veterans Affairs"},
		// the portfolio needs "of the": "Rule of Law" is the portfolio's own
		{"Jane Roe is Senior Advisor for Rule of Law and Detainee Policy in the Office of the Secretary of Defense.", "", "Law and Detainee Policy in the Office of the Secretary of Defense"},
		// a body's own "of": "Department of State", "General Assembly of the United Nations"
		{"The Department of State Inspector of Buildings visited.", "Department of State", ""},
	})
}

// TestNominationLists: "X, of <place>, to be <office>" and "nominated X
// to be <office>" give X the office.
func TestNominationLists(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "list",
		text: "NOMINATIONS SENT TO THE SENATE:\n\nJane Roe, of Ohio, to be a Member of the National Council on the Arts for a term expiring September 3, 2026, vice John Doe, term expired.\n\nMark Poe, of Washington, D.C., to be an Assistant Administrator of the United States Agency for International Development, vice Ann Moe.\n",
		want: []roleWant{{"Jane Roe", "Member", "National Council on the Arts"}, {"Mark Poe", "Assistant Administrator", "United States Agency for International Development"}},
		not:  []roleWant{{"John Doe", "Member", ""}},
	}, {
		name: "verb",
		text: "Today, the President nominated Jane Roe to be Administrator of the Federal Aviation Administration.",
		want: []roleWant{{"Jane Roe", "Administrator", "Federal Aviation Administration"}},
	}, {
		name: "at large",
		text: "Jane Roe, of Alaska, to be Ambassador at Large for Arctic Affairs.",
		not:  []roleWant{{"Jane Roe", "", "Large for Arctic Affairs"}},
	}})
	// a headline cut short names no body
	checkNames(t, []nameCase{
		{"Jane Roe, of Virginia, to be a Member of the Nuclear Regulatory", "Jane Roe", "Nuclear Regulatory"},
	})
}

// TestNoPlaceInTheStateOfTheUnion: "the State of the Union" is an address,
// and "the Union" in it no place.
func TestNoPlaceInTheStateOfTheUnion(t *testing.T) {
	checkNames(t, []nameCase{
		{"In his State of the Union address, the President spoke about prices in Ohio.", "Ohio", "the Union"},
		{"She visited the Republic of the Congo in May.", "Congo", ""},
	})
}

// TestTaggerNamesKeepTheirBrackets: the tagger's name that opens a bracket
// and does not close it, or closes one it did not open, is none.
func TestTaggerNamesKeepTheirBrackets(t *testing.T) {
	checkNames(t, []nameCase{
		{"Andrew (Drew) Dziedzic will serve as Special Assistant to the President.", "", "Andrew (Drew"},
		{"Jane Roe, of New Jersey, to be an Assistant Secretary of State (Legislative Affairs), vice John Doe.", "", "State (Legislative Affairs"},
	})
}

// TestNamesEndWhereTheyEnd: a body's name does not run over a person
// before "to the" or an honorific after "&"; an office's "to the" is no
// such boundary; a given name with a generation is a person's.
func TestNamesEndWhereTheyEnd(t *testing.T) {
	checkNames(t, []nameCase{
		{"We applaud the nomination of Xavia Quon to the Federal Reserve Board of Governors.", "Xavia Quon", "Xavia Quon to the Federal Reserve Board of Governors"},
		{"Jane Roe will serve as Special Assistant to the President for Economic Policy at the National Economic Council.", "National Economic Council", "President for Economic Policy at the National Economic Council"},
		// (the director's field is no body: TestDirectorsOfAField)
		{"The Honorable Shuwanza Goff, Assistant to the President and Director of Legislative Affairs & Mr. Jamie Fleet\n\nThe Honorable Philip Gordon attended.", "Jamie Fleet", "Legislative Affairs & Mr"},
	})
	checkNames(t, []nameCase{
		// an initial and a suffix: four words, one name
		{"The Senate confirmed her, vice Robert L. Sumwalt III, term expired.", "Robert L. Sumwalt III", "Robert L."},
		// a title goes on over "Emeritus"
		{"She is Professor Emeritus of Political Science at Duke University.", "Duke University", "Emeritus"},
		{"Pauline Yu is President Emerita of the American Council of Learned Societies.", "American Council of Learned Societies", "Emerita"},
		// a generation, not a general
		{"Nearly a third of Gen Z Americans identify so.", "", "Z Americans"},
		// an office many hold is no name after a title
		{"The Deputy Directors of Gun Violence Prevention Greg Jackson and Rob Wilcox spoke.", "Greg Jackson", "Directors"},
		// a place made an adjective is no body of an office
		{"Also, William C. Walbrecher Jr., an executive at San Francisco-based 1st Nationwide Bank, was named president.", "William C. Walbrecher Jr", "San Francisco-based"},
	})
	checkRoles(t, []roleCase{{
		name: "generation",
		text: "NOW, THEREFORE, I, Joseph R. Biden Jr., President of the United States of America, do hereby proclaim May 2024 as Older Americans Month.",
		// (a generational suffix is named without its period, as
		// everywhere: TestPostNominals)
		want: []roleWant{{"Joseph R. Biden Jr", "President", "United States"}},
	}})
}

// TestAwardsAndObservances: prizes, decorations, degrees and the days and
// months a country marks are no organizations, people or places.
func TestAwardsAndObservances(t *testing.T) {
	checkNames(t, []nameCase{
		{"In 2016, she received the Quentin Marlow Leadership Award from the Society of Women Engineers.", "Society of Women Engineers", "Quentin Marlow Leadership Award"},
		{"Her honors include the Presidential Medal of Freedom and the National Medal of Arts.", "", "Presidential Medal of Freedom"},
		{"Her honors include the Presidential Medal of Freedom and the National Medal of Arts.", "", "National Medal of Arts"},
		{"During National Ocean Month, we celebrate the ocean.", "", "National Ocean Month"},
		{"She earned a Master of Business Administration from Clark Atlanta University.", "Clark Atlanta University", "Master of Business Administration"},
		{"He holds a Bachelor of Science in Foreign Service from Georgetown University.", "Georgetown University", "Bachelor of Science in Foreign Service"},
	})
}

// TestBodiesNamedAfterPeople: a body named after a person is an
// organization, not the person.
func TestBodiesNamedAfterPeople(t *testing.T) {
	checkNames(t, []nameCase{
		{"She attended the John F. Kennedy School of Government in 2004.", "John F. Kennedy School of Government", "John F. Kennedy School"},
		{"He is a fellow of the Leo T. McCarthy Center for Public Service and the Public Good.", "", "Leo T. McCarthy Center"},
	})
}

// TestHeadlineVerbsAndSpouses: a headline's verb is no part of the name
// before it; "President Biden" is not "First Lady Jill Biden".
func TestHeadlineVerbsAndSpouses(t *testing.T) {
	checkNames(t, []nameCase{
		{"First Lady and “First Teacher” Jill Biden Continues “EGGucation” Theme for the annual White House Easter Egg Roll", "Jill Biden", "Jill Biden Continues"},
		{"In Maui, President Biden signed a disaster declaration.\n\nOn Monday, August 21, President Biden and First Lady Jill Biden will travel to Maui.", "Biden", ""},
		// one person, one office: the surname joins the full name
		{"President Joe Biden spoke on Monday. President Biden then left for Maui.", "Joe Biden", "Biden"},
	})
}

// TestConvenedByCoChairs: "<body> met ..., convened by co-chairs X, <office>,
// and Y" makes X and Y co-chairs of the body.
func TestConvenedByCoChairs(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "co-chairs",
		text: "The Nordic-Pacific Task Force on Water Security met for the third time on May 2, 2024, convened by co-chairs Jane Roe, Special Envoy for Water and Sanitation, and Mark Poe, Head of Cabinet of the Commission.",
		want: []roleWant{{"Jane Roe", "co-chair", "Nordic-Pacific Task Force on Water Security"}, {"Mark Poe", "co-chair", "Nordic-Pacific Task Force on Water Security"}},
	}})
}

// TestOfficeOfAPossessedBody: "Director of the Smithsonian’s National
// Museum of X" is an office of the museum, named after a possessor the
// story names no further.
func TestOfficeOfAPossessedBody(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "possessed",
		text: "Jane Roe is the Director of the Smithsonian’s National Museum of Maritime History. She also served as Co-Chair of the PEPFAR’s Laboratory Technical Working Group.",
		want: []roleWant{{"Jane Roe", "Director", "National Museum of Maritime History"}, {"Jane Roe", "Co-Chair", "Laboratory Technical Working Group"}},
	}})
}

// TestDirectedRegions: a direction in lower case before a region is part
// of the region's name when the lists know the two together.
func TestDirectedRegions(t *testing.T) {
	checkNames(t, []nameCase{
		{"We support cooperation in southeast Europe and beyond.", "southeast Europe", "Europe"},
		{"Prosperity in the south Caucasus matters to us.", "south Caucasus", "Caucasus"},
		{"Fighting in eastern Ukraine continued.", "Ukraine", "eastern Ukraine"},
		{"Fires spread across northern California.", "California", "northern California"},
	})
}

// TestStatesOfThingsAndTopics: "a State of Emergency" names no place; the
// topic of a document ("the Convention on the Law of the Sea") and a
// speech ("the State of the Union Address") name no organization.
func TestStatesOfThingsAndTopics(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Governor declared a State of Emergency in Ohio on Monday.", "Ohio", "Emergency"},
		{"On August 30, 1991, the Parliament adopted the Declaration on the Restoration of the State of Independence of the Republic of Azerbaijan.", "", "Independence of the Republic of Azerbaijan"},
		{"He was sworn in as Mayor of the Town of Normal on February 17, 2003.", "Normal", ""},
		{"The United States supports the United Nations Convention on the Law of the Sea.", "", "Law of the Sea"},
	})
}

// TestOfficeOfABiographysSubject: an office written in a biography ("He
// also served as ..., President of the Council of State Governments") is
// its subject's, not the office of another "President" in the story.
func TestOfficeOfABiographysSubject(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "biography",
		text: "---\nsource_url: https://www.example.gov/briefing/statement\n---\nWASHINGTON – Today, President Tom Hale announced his intent to nominate Jack Roe as Ambassador.\n\nJack Roe, a former Governor of Delaware, is currently an adviser. He also served as Chair of the National Governors Association, President of the Council of State Governments, and Chair of the Democratic Governors Association.\n",
		want: []roleWant{{"Jack Roe", "President", "Council of State Governments"}},
		not:  []roleWant{{"Tom Hale", "President", "Council of State Governments"}},
	}})
}

// TestOfficesACountryHas: with no country written for the office, a
// presidential republic is not the country of a prime minister, and a
// republic not a monarch's.
func TestOfficesACountryHas(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "prime minister",
		text: "---\nsource_url: https://www.example.gov/briefing/statement\n---\nIn March 2023, President Tom Hale and Prime Minister Ann Trent launched the taskforce on clean energy.\n",
		want: []roleWant{{"Tom Hale", "President", "United States"}},
		not:  []roleWant{{"Ann Trent", "Prime Minister", "United States"}},
	}, {
		name: "queen",
		text: "---\nsource_url: https://www.example.gov/briefing/statement\n---\nIn Windsor, the First Lady joined Queen Ann Trent for a tour of the castle.\n",
		not:  []roleWant{{"Ann Trent", "Queen", "United States"}},
	}, {
		name: "kingdom",
		text: "King Ann Trent of Jordan met the delegation. The King thanked Jordan's partners.\n",
		want: []roleWant{{"Ann Trent", "King", "Jordan"}},
	}})
}

// TestHonorablesAndActions: "The Honorable" is no part of a name nor of
// the body before it; "X is joining Y" tells no position of X.
func TestHonorablesAndActions(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "honorable",
		text: "The Honorable Lael Roe, Assistant to the President and Director of the National Economic Council & The Honorable Kurt Poe, Deputy Secretary of State\n",
		want: []roleWant{{"Lael Roe", "Director", "National Economic Council"}},
		not:  []roleWant{{"Honorable Lael Roe", "", ""}},
	}, {
		name: "joining",
		text: "Today, President Tom Hale of Ruritania is joining President Ana Ruiz of Mexico and Prime Minister Jon Trent of Canada to promote a common vision.\n",
		want: []roleWant{{"Tom Hale", "President", "Ruritania"}},
		not:  []roleWant{{"Tom Hale", "Prime Minister", ""}, {"Tom Hale", "President", "Mexico"}},
	}})
}

// TestStorms: a storm's name is no person, body or place.
func TestStorms(t *testing.T) {
	checkNames(t, []nameCase{
		{"Hurricane Ivanka made landfall in Florida on Tuesday.", "Florida", "Hurricane Ivanka"},
		{"Families hit by Tropical Storm Henri in Connecticut received aid.", "Connecticut", "Tropical Storm Henri"},
	})
}

// TestOfficeAfterABody: an office after a body's name is no part of it.
func TestOfficeAfterABody(t *testing.T) {
	checkNames(t, []nameCase{
		{"Congressional Black Caucus Chair Steven Horsford welcomed the plan.", "Congressional Black Caucus", "Congressional Black Caucus Chair"},
		{"The briefing was led by the Department of Justice Senior Counsel Joshua Handell and others.", "Department of Justice", "Department of Justice Senior"},
		{"Binyamin Appelbaum, Editorial Board Member, The New York Times", "", "Editorial Board Member"},
	})
	checkRoles(t, []roleCase{{
		name: "chair",
		text: "Congressional Black Caucus Chair Steven Horsford welcomed the plan.",
		want: []roleWant{{"Steven Horsford", "Chair", "Congressional Black Caucus"}},
	}})
}

// TestPostNominals: a degree or an office after a name is no part of it.
func TestPostNominals(t *testing.T) {
	checkNames(t, []nameCase{
		{"We, President Tom Hale and Prime Minister Anthony Albanese MP, inaugurated a new era.", "Anthony Albanese", "Anthony Albanese MP"},
		{"Jane Roe PhD spoke at the conference.", "Jane Roe", "Jane Roe PhD"},
		{"Joseph Roe Jr. spoke at the conference.", "Joseph Roe Jr", ""},
	})
}

// TestDayOne: "On Day One" names no one.
func TestDayOne(t *testing.T) {
	checkNames(t, []nameCase{
		{"On Day One, President Tom Hale signed an Executive Order on energy.", "Tom Hale", "Day One"},
	})
}

// TestTitleShorthands: "PM" and "VP" before a name are titles, not after
// a number, where "PM" is a time.
func TestTitleShorthands(t *testing.T) {
	checkNames(t, []nameCase{
		{"President Biden met PM Meloni in Rome.", "Meloni", "PM Meloni"},
		{"VP Kamala Harris joined the call.", "Kamala Harris", "VP Kamala Harris"},
		{"The call begins at 2 PM Eastern Time today.", "", "Eastern Time"},
		{"The call begins at 2:30 PM Eastern Time today.", "", "Eastern Time"},
	})
}

func TestCountryWrittenInAnothersTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the country after another holder's title and before his name",
			"President of Egypt Omar Haddadi met President Trask in the capital.",
			[]roleWant{{"Omar Haddadi", "President", "Egypt"}}, []roleWant{{"Trask", "President", "Egypt"}}},
		{"the country's possessive before another holder's title",
			"Egypt’s President Omar Haddadi met President Trask on Monday.",
			nil, []roleWant{{"Trask", "President", "Egypt"}}},
		{"another office of the same country is no other holder",
			"Sanctions target President Dorin’s children and Prime Minister of Russia Ivo Markel.",
			[]roleWant{{"Ivo Markel", "Prime Minister", "Russia"}, {"Dorin", "President", "Russia"}}, nil},
		{"a former holder does not hold the office now",
			"The sanctions reach former President and Prime Minister of Russia Ivo Markel and Prime Minister Ana Sorell.",
			[]roleWant{{"Ana Sorell", "Prime Minister", "Russia"}}, nil},
		{"one leader after another in a list, each with his country",
			"President Arman Tesk of the Republic of Kazakhstan President Kadyr Omuz of the Kyrgyz Republic",
			[]roleWant{{"Arman Tesk", "President", "Kazakhstan"}}, nil},
	})
}

// TestWrittenOrgOutweighsInferred: the organization the story writes
// with a title at a later mention is the office's, not the one inferred
// at an earlier mention without it.
func TestWrittenOrgOutweighsInferred(t *testing.T) {
	checkRoles(t, []roleCase{
		{"the country written at the second mention",
			"Peru asked for help. President Jon Brisk said help would come.\n\nPresident Jon Brisk of Chile met the press on Monday. Peru thanked him.",
			[]roleWant{{"Jon Brisk", "President", "Chile"}}, []roleWant{{"Jon Brisk", "President", "Peru"}}},
		{"an inferred office stays when nothing is written",
			"Peru asked for help. President Jon Brisk said help would come.\n\nPresident Brisk met the press on Monday.",
			[]roleWant{{"Jon Brisk", "President", "Peru"}}, nil},
	})
	// the evidence is the sentence that writes the organization
	d := run(t, "x.txt", "Peru asked for help. President Jon Brisk said help would come.\n\nPresident Jon Brisk of Chile met the press on Monday. Peru thanked him.", "")
	for _, r := range d.Roles {
		if r.Person == "Jon Brisk" && r.Evidence.Text != "President Jon Brisk of Chile met the press on Monday." {
			t.Errorf("evidence %q, want the sentence that writes Chile", r.Evidence.Text)
		}
	}
}

func TestOfficeBeforeItsBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"an office held by many before its body", "Ana Ruiz serves on the Board of Directors for Loyola Marymount University.",
			nil, []roleWant{{"", "", "Directors for Loyola Marymount University"}}},
		{"a title with a complement before its office", "Paul Weiss, Special Assistant to the President for the Office of Intergovernmental Affairs, spoke today.",
			[]roleWant{{"Paul Weiss", "Special Assistant to the President", "Office of Intergovernmental Affairs"}}, nil},
		{"the chair of a body's board", "Martin Gray, of Maryland, to be Chairperson of the Board of Directors of the Federal Deposit Insurance Corporation for a term of five years.",
			[]roleWant{{"Martin Gray", "Chairperson", "Federal Deposit Insurance Corporation"}}, []roleWant{{"", "", "Board of Directors"}}},
		{"counsel for a committee", "Ana Ruiz was Tax Counsel for the Ways and Means Committee from 2010 to 2012.",
			[]roleWant{{"Ana Ruiz", "Counsel", "Ways and Means Committee"}}, nil},
	})
	d := run(t, "x.txt", "He serves on the Board of Trustees of the Riverdale Country School and on the Board of Directors of the Andean Cancer Society.", "")
	for _, o := range entityNames(d, "ORG") {
		if o == "Board of Trustees" || o == "Board of Directors" || strings.HasPrefix(o, "Trustees") || strings.HasPrefix(o, "Directors") {
			t.Errorf("a board named as an organization of its own: %q in %v", o, entityNames(d, "ORG"))
		}
	}
}

func TestCountriesVisitedAndOfThirdOffices(t *testing.T) {
	checkRoles(t, []roleCase{
		{"each country of a trip's list is visited", "Deputy Foreign Minister Ana Ruiz traveled to Nigeria, Equatorial Guinea, and Mauritania this week.",
			nil, []roleWant{{"Ana Ruiz", "Deputy Foreign Minister", "Mauritania"}, {"Ana Ruiz", "Deputy Foreign Minister", "Nigeria"}}},
		{"the country of a third person's office", "Foreign Minister Ana Ruiz spoke today with Paul Weiss, Chief Advisor to the President of Turkey.",
			nil, []roleWant{{"Ana Ruiz", "Foreign Minister", "Turkey"}}},
	})
}

func TestPluralTitleIsNoRole(t *testing.T) {
	checkRoles(t, []roleCase{
		{"advising the members of a committee", "In 2017, Ana Ruiz served as Tax Counsel for the Ways and Means Committee, advising the members of the Ways and Means Committee.",
			[]roleWant{{"Ana Ruiz", "Counsel", "Ways and Means Committee"}}, []roleWant{{"Ana Ruiz", "members", ""}}},
		{"bringing together Members of a body", "President Ana Ruiz is the first president in 30 years to bring together Members of Congress from both parties.",
			nil, []roleWant{{"Ana Ruiz", "Members", ""}}},
	})
}

func TestAcademicFieldIsNoBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a professor's field", "[1] Calculations by Ana Ruiz, Professor of Policy and Economics, UCLA based on survey data.",
			nil, []roleWant{{"Ana Ruiz", "", "Policy and Economics"}}},
		{"a professor's school", "Ana Ruiz is Professor of Law at the University of Lima School of Law.",
			[]roleWant{{"Ana Ruiz", "Professor of Law", "University of Lima School of Law"}}, nil},
	})
}

// TestPossessiveInKnownNames: a known name with a possessive inside is one
// place, written under its canonical name when the story gives it only in
// full and by acronym; its possessive does not cut a name after it.
func TestPossessiveInKnownNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"Officials of the People’s Republic of China (PRC) said the PRC would answer.", "China", "Taiwan"},
		{"Officials of the People’s Republic of China (PRC) said the PRC would answer.", "China", "PRC"},
		{"We condemn the Democratic People's Republic of Korea’s (DPRK) launches.", "North Korea", "Democratic People"},
		{"We condemn the Democratic People's Republic of Korea’s (DPRK) launches.", "North Korea", "South Korea"},
		{"Jake Sullivan met today with People’s Republic of China Director of the Office of the Foreign Affairs Commission Wang Yi.", "China", "Republic of China Director of the Office of the Foreign Affairs Commission"},
	})
}

// TestDocumentAcronyms: an acronym defined for a document's name makes no
// organization; one defined for a body's name does.
func TestDocumentAcronyms(t *testing.T) {
	checkNames(t, []nameCase{
		{"The ministries will develop a Memorandum of Understanding (MOU) template for districts.", "", "Memorandum of Understanding"},
		{"Both sides signed the Declaration of Principles (DOP) in Oslo.", "", "Declaration of Principles"},
		{"The Regional Water Council (RWC) met in Oslo.", "Regional Water Council", ""},
		{"The President signed into law the Providing Urgent Maternal Protections (PUMP) for Nursing Mothers Act, which extends protections.", "", "Providing Urgent Maternal Protections"},
		{"The Regional Water Council (RWC) for the Andes met in Oslo.", "Regional Water Council", ""},
		{"Congress passed the Stopping Harmful Image Exploitation and Limiting Distribution (SHIELD) Act, and the President signed it.", "", "Stopping Harmful Image Exploitation and Limiting Distribution"},
		{"The Indo-Pacific Economic Framework for Prosperity (IPEF) Supply Chain Agreement was signed in Detroit.", "Indo-Pacific Economic Framework for Prosperity", ""},
		{"They welcomed the signing of Memorandum of Understanding (MoU) between the Ministry of Water and the Water Board. The MoU also provides for joint programs, and the MoU is signed by the Ministry of Water, the Water Board and the Regional Water Council.", "Water Board", "MoU"},
	})
}

// TestTitleInsideNameChunk: a person named after a title that follows an
// organization's acronym is the name after the title; a surname that is
// a title word stays in the name.
func TestTitleInsideNameChunk(t *testing.T) {
	checkNames(t, []nameCase{
		{"Today, President Biden met with FEMA Administrator Deanne Criswell, Chief Medical Advisor Anthony Fauci, and Homeland Security Advisor Liz Sherwood-Randall.", "Deanne Criswell", "FEMA Administrator Deanne Criswell"},
		{"Today, the President met with Coretta Scott King, Chief Medical Advisor Anthony Fauci, and others.", "Coretta Scott King", "Scott King"},
	})
}

// TestThenTitle: a title once held, joined to "then-", is a person's.
func TestThenTitle(t *testing.T) {
	d := run(t, "x.txt", "Evans served as Political Director to then-Senator Kamala Harris on the campaign.", "")
	if ps := entityNames(d, annals.Person); !slices.Contains(ps, "Kamala Harris") {
		t.Errorf("people %q, want Kamala Harris", ps)
	}
}

// TestBodyBeforeName: a title "of" a body the lists do not know, then the
// holder's name of two or three words: the body ends with its head.
func TestBodyBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a council and a name no list knows", "Director of the Domestic Policy Council Neera Tanden spoke at the event.",
			[]roleWant{{"Neera Tanden", "Director", "Domestic Policy Council"}}, nil},
		{"after an assistant's title", "Assistant to the President and Deputy Director of the Water Policy Council Rohit Varma spoke.",
			[]roleWant{{"Rohit Varma", "Deputy Director", "Water Policy Council"}}, nil},
		// a body named by its head and "of", then a given name
		{"an office of", "Officials included Secretary of Commerce Mia Hart, Director of the Office of Rural Engagement Steve Barnes, and Deputy Director of the Office of Flood Risk Prevention Greg Walton.",
			[]roleWant{{"Steve Barnes", "Director", "Office of Rural Engagement"}, {"Greg Walton", "Deputy Director", "Office of Flood Risk Prevention"}},
			[]roleWant{{"Mia Hart", "Director", ""}}},
		// a body's head after title words: a body, not an office
		{"an assembly", "During the UN General Assembly, President Mia Hart of Ruritania spoke.",
			nil, []roleWant{{"Mia Hart", "General Assembly", ""}}},
	})
	checkNames(t, []nameCase{
		{"Director of the Domestic Policy Council Neera Tanden spoke at the event.", "Domestic Policy Council", "Domestic Policy Council Neera Tanden"},
		// a name that goes on with a participle is one body's
		{"She is Deputy Director of the National Coalition Supporting Eurasian Jewry.", "", "Supporting Eurasian Jewry"},
		// a head alone is no body
		{"Deputy Head of Mission Shauna Hemingway spoke.", "", "Mission"},
		// no given name opens the last words: no person
		{"She studied at the University of Ruritania Medical Sciences Campus in May.", "", "Sciences Campus"},
		{"As French General Baron de Lafayette wrote, liberty won.", "Baron de Lafayette", "Lafayette"},
	})
}

// TestBodyBeforeTitle: a body no list knows, named before a title and
// its holder's name, is the holder's body and ends with its head; a
// surname alone after a title is the person's name, not a body's or a
// longer name's; a surname that is also a city ends a name after a given
// name.
func TestBodyBeforeTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a council before a title", "Today, Water Policy Council Director Rohit Varma and Acting Secretary of Labor Julie Su led an event.",
			[]roleWant{{"Rohit Varma", "Director", "Water Policy Council"}}, nil},
		// (a name the tagger does not read as a person's)
		{"set off after the one before", "Today, National Economic Advisor Mia Hart, Domestic Policy Council Director Quenna Tarsden, and Acting Secretary of Labor Julie Su led an event.",
			[]roleWant{{"Quenna Tarsden", "Director", "Domestic Policy Council"}}, []roleWant{{"Mia Hart", "", "Domestic Policy Council Director Quenna Tarsden"}}},
		// the end of a longer name after "and"
		{"the end of a longer name", "Senate Fishing, Hunting, and Coastal Affairs Committee Chair Tom Reyes (OH)\n\nMembers of the committee.\n",
			nil, []roleWant{{"Tom Reyes", "Chair", "Coastal Affairs Committee"}}},
	})
	checkNames(t, []nameCase{
		{"Today, Water Policy Council Director Rohit Varma led an event.", "Water Policy Council", "Water Policy Council Director Rohit Varma"},
		{"Today, Infrastructure Coordinator Landrieu met with agency officials.", "Landrieu", "Infrastructure Coordinator Landrieu"},
		{"Today, OMB Director Mia Hart, Infrastructure Coordinator Landrieu, and Deputy Director Tom Reyes met with agency officials.", "", "Infrastructure Coordinator Landrieu"},
		{"The co-chair is Yale Law School Dean Cristina Rodriguez.", "Cristina Rodriguez", "Cristina"},
		// a rank written short is no name
		{"Members of the board.\n\nLt. Cmdr. Tom S. Reyes IV, Member, Board of Visitors\n", "Tom S. Reyes IV", "Cmdr"},
		// a word that also modifies titles may be a body's own
		{"Shares of Portland General Electric rose on Monday.", "Portland General Electric", "Portland"},
	})
}

// TestTitleAfterDash: a dash sets a title off after a name as a comma
// does; in a list of names each with its title after a dash, the title
// before a name is the previous entry's; a city inside a name after a
// given name stays in the name.
func TestTitleAfterDash(t *testing.T) {
	checkRoles(t, []roleCase{
		{"set off by a dash", "The panel: Mia Hart – Former President of Ruritania; Tom Reyes – Former Prime Minister of Norway.",
			[]roleWant{{"Mia Hart", "President", "Ruritania"}, {"Tom Reyes", "Prime Minister", "Norway"}}, nil},
		{"a list run together", "Chair of the Panel Mia Hart – Former President of Ireland Tom Reyes – Former Prime Minister of Norway Ana Berg – Former President of Chile Lena Voss – Senior Advocate, High Court of Ruritania Ola Dahl – Chief Executive",
			[]roleWant{{"Tom Reyes", "Prime Minister", "Norway"}, {"Ana Berg", "President", "Chile"}},
			[]roleWant{{"Tom Reyes", "", "Ireland"}, {"Ana Berg", "", "Norway"}, {"Lena Voss", "", "Chile"}}},
		// a clause between dashes takes no title from before the name
		{"a clause between dashes", "President Mia Hart of Ruritania – a former teacher – said on Monday that the plan works.",
			[]roleWant{{"Mia Hart", "President", "Ruritania"}}, nil},
	})
	checkNames(t, []nameCase{
		{"Former Prime Minister of Norway Gro Harlem Brundtland spoke.", "Gro Harlem Brundtland", "Harlem"},
		{"Senators Ben Cardin and Chris Van Hollen welcomed the grant.", "Chris Van Hollen", "Van"},
	})
}

// TestFieldForBody: "Title of <field> for <body>": the field is the
// office's, the body after "for" its organization.
func TestFieldForBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a field for a foundation", "Mia Hart currently serves as the Executive Vice President of Global Programs for the Ruritania Foundation, where she worked.",
			[]roleWant{{"Mia Hart", "Executive Vice President of Global Programs", "Ruritania Foundation"}}, nil},
		{"no article", "said Tom Reyes, Senior Director of Conservation Action for Coastal Reef Partnership.",
			[]roleWant{{"Tom Reyes", "Senior Director of Conservation Action", "Coastal Reef Partnership"}}, nil},
	})
	checkNames(t, []nameCase{
		{"She was Director of Patient Navigation for the Ruritania Cancer Institute.", "Ruritania Cancer Institute", "Patient Navigation for the Ruritania Cancer Institute"},
		// an award's name is no field
		{"She received the Secretary of Defense Medal for Outstanding Public Service.", "", "Outstanding Public Service"},
	})
}

// TestOrgOfNextTitle: an organization after a comma that opens the next
// person's title is that person's, not the one before the comma.
func TestOrgOfNextTitle(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "list of officials",
		text: "Water Security Secretary Ann Vole, FEMA Administrator Tom Reyes and NOAA Administrator Mia Hart briefed the President.\n\nThe Federal Emergency Management Agency (FEMA) and the National Oceanic and Atmospheric Administration (NOAA) are ready.\n",
		want: []roleWant{{"Tom Reyes", "Administrator", "Federal Emergency Management Agency"}, {"Mia Hart", "Administrator", "National Oceanic and Atmospheric Administration"}},
		not:  []roleWant{{"Ann Vole", "", "Federal Emergency Management Agency"}},
	}, {
		name: "organization set off",
		text: "State Secretary Udo Philipp, Federal Ministry of Economic Affairs, opened the forum.\n",
		want: []roleWant{{"Udo Philipp", "State Secretary", "Federal Ministry of Economic Affairs"}},
	}, {
		name: "organization and title set off",
		text: "Tom Reyes, Water Board Senior Advisor, opened the forum.\n",
		want: []roleWant{{"Tom Reyes", "Senior Advisor", "Water Board"}},
	}, {
		name: "a portfolio before the next title",
		text: "The President was briefed by Water Administrator Ann Vole, White House Homeland Security Advisor Mia Hart, and others.\n",
		not:  []roleWant{{"Ann Vole", "", "White House"}},
	}})
}

// TestAndInsideAName: an "and" followed by no head before the next "and"
// is inside the first name; "Under" before a title other than Secretary
// is a preposition.
func TestAndInsideAName(t *testing.T) {
	checkNames(t, []nameCase{
		{"He is a member of the Andean Academy of Arts and Sciences and the Andean Philosophical Society.", "Andean Academy of Arts and Sciences", "Andean Academy of Arts"},
		{"He is a member of the Andean Academy of Arts and Sciences and the Andean Philosophical Society.", "Andean Philosophical Society", ""},
		{"She joined the Andean Water Council and the Regional Science Board and Trust in May.", "Andean Water Council", "Andean Water Council and the Regional Science Board"},
	})
	checkRoles(t, []roleCase{{
		name: "under a president",
		text: "Under President Ann Vole, it is now the policy of Peru to cooperate with its partners.\n",
		want: []roleWant{{"Ann Vole", "President", "Peru"}},
		not:  []roleWant{{"Ann Vole", "Under President", ""}},
	}})
}

// TestChiefOfTitles: "Chief of Mission", "Chief of Staff" end a title; the
// body after them is the one named.
func TestChiefOfTitles(t *testing.T) {
	checkNames(t, []nameCase{
		{"Previously, he was Deputy Chief of Mission of the U.S. Embassy in Accra, Ghana.", "U.S. Embassy in Accra", "Mission of the U.S. Embassy in Accra"},
		{"General Mia Hart, Chief of Staff of the Army, spoke in Oslo.", "Mia Hart", "Staff of the Army"},
	})
}

// TestTitlesJoinedByAmpersand: "&" joins two titles as "and" does.
func TestTitlesJoinedByAmpersand(t *testing.T) {
	checkNames(t, []nameCase{
		{"Mia Hart, Assistant to the President & Director of the Water Policy Council, spoke in Oslo.", "Water Policy Council", "Assistant to the President & Director of the Water Policy Council"},
	})
	checkRoles(t, []roleCase{{
		name: "ampersand",
		text: "Mia Hart, Assistant to the President & Director of the Water Policy Council, spoke in Oslo.\n",
		want: []roleWant{{"Mia Hart", "Director", "Water Policy Council"}},
	}})
}

// TestHeadlineVerbEndsName: a headline's verb in Title Case ends the name
// of the body that acts, also in a heading inside the story.
func TestHeadlineVerbEndsName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Some text first.\n\nOffice of Coastal Fishery Policy Releases Landmark Update to the Code\n\nMore text follows.\n", "Office of Coastal Fishery Policy", "Office of Coastal Fishery Policy Releases Landmark Update to the Code"},
		{"Some text first.\n\nRuritania Water Council Proposes New Efficiency Rule\n\nMore text follows.\n", "Ruritania Water Council", "Ruritania Water Council Proposes New Efficiency Rule"},
		{"PRESIDENT LENA PARK PROMISES EQUAL PAY FOR WOMEN:** President Park has vowed to act.", "Lena Park", "Lena Park Promises Equal Pay"},
		{"Farmers Want Fair Prices; President Park Wants Them to Have Them\n\nPresident Park spoke on Monday.", "Park", "Park Wants Them"},
		// a name that ends with a verb's form stays whole
		{"She founded Everybody Builds, a youth training program, in 2017.", "Everybody Builds", ""},
	})
}

// TestHeadlineVerbObjectNoName: in a heading or a bullet in Title Case
// ("Prioritizes Veterans’ Mental Health Services and Suicide
// Prevention."), the object of the verb is no name of a body, nor is the
// verb a word of the name before it ("Debuts"); the names the lists know
// there are still read. Not in a headline in capitals.
func TestHeadlineVerbObjectNoName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Prioritizes Coastal Veterans’ Mental Health Services and Suicide Prevention. The Budget invests $1 billion.", "", "Prioritizes Coastal Veterans’ Mental Health Services"},
		{"Prioritizes Coastal Veterans’ Mental Health Services and Suicide Prevention. The Budget invests $1 billion.", "", "Mental Health Services and Suicide Prevention"},
		{"Provides More Harbor Permit Services Online. The agency will also hire staff.", "", "Harbor Permit Services Online"},
		{"Provides More Harbor Permit Services Online. The agency will also hire staff.", "", "Provides More Harbor Permit Services Online"},
		{"Expands Access to Rural Home Care Services. The plan also helps nurses.", "", "Access to Rural Home Care Services"},
		{"Expands Access to Rural Home Care Services. The plan also helps nurses.", "", "Rural Home Care Services"},
		{"Federal Emergency Management Agency Debuts Improvements to Tribal Nations’ Access to Resources Before Disasters.", "Federal Emergency Management Agency", "Tribal Nations’ Access"},
		{"Federal Emergency Management Agency Debuts Improvements to Tribal Nations’ Access to Resources Before Disasters.", "Federal Emergency Management Agency", "Emergency Management Agency Debuts Improvements to Tribal Nations"},
		{"Requires World Health Organization staff to report twice a year.", "World Health Organization", "Requires World Health Organization"},
	})
}

// TestPortfolioNoBody: the field of a portfolio after "for" is the
// office's words, no body ("Under Secretary of Defense for Intelligence
// & Security"); a bureau after "in" is named; a body and a person joined
// by "and" before a title are two ("the Water Policy Council and Zayn
// Tarsden, Deputy Assistant ...").
func TestPortfolioNoBody(t *testing.T) {
	checkNames(t, []nameCase{
		{"Tom Reyes was confirmed as Under Secretary of Defense for Intelligence & Security in June.", "", "Defense for Intelligence & Security"},
		{"He served as Acting Principal Deputy Assistant Secretary of State in the Bureau of Coastal Affairs.", "Bureau of Coastal Affairs", "State in the Bureau of Coastal Affairs"},
		{"Today, Mia Hart, Director of the Water Policy Council and Zayn Tarsden, Deputy Assistant to the President, convened legislators.", "Water Policy Council", "Water Policy Council and Zayn Tarsden"},
		// a body whose name holds "for" after a title's "of" stays whole
		{"Catherine Reyes is a board member of Women for Women International.", "Women for Women International", ""},
	})
}

// TestTitleNameOfTheBody checks "Title Name of the Body": the body after
// "of the" is the office's, as a country after "of" is.
func TestTitleNameOfTheBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "minister of the ministry", text: "He met Minister Ana Kovac of the Ministry of Finance on Monday.",
			want: []roleWant{{"Ana Kovac", "Minister", "Ministry of Finance"}}},
		{name: "chairperson of the commission", text: "Chairperson Moussa Faki of the African Union Commission welcomed delegates.",
			want: []roleWant{{"Moussa Faki", "Chairperson", "African Union Commission"}}},
		{name: "judge of the court", text: "She clerked for Judge Sam Irvin of the U.S. Court of Appeals for the Fourth Circuit.",
			want: []roleWant{{"Sam Irvin", "Judge", "U.S. Court of Appeals for the Fourth Circuit"}}},
		// a country after "of" stays the person's nationality for an
		// office of an organization
		{name: "nationality", text: "Secretary-General Rashid Alimov of Tajikistan spoke.",
			not: []roleWant{{person: "Rashid Alimov", org: "Tajikistan"}}},
	})
}

// TestProTempore checks that "Pro Tempore" is the end of a title, no name.
func TestProTempore(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "senate", text: "He met Senate President Pro Tempore Patty Murray yesterday.",
			want: []roleWant{{"Patty Murray", "President Pro Tempore", "Senate"}},
			not:  []roleWant{{person: "Pro Tempore"}}},
	})
	checkNames(t, []nameCase{
		{text: "He met President Pro Tempore Brian Bingham yesterday.", keep: "Brian Bingham", not: "Pro Tempore Brian Bingham"},
		{text: "President Pro Tempore of the Senate and Chair of the Senate Appropriations Committee, Washington Senator Patty Murray: “That was one heck of a speech last night!”", not: "Pro Tempore"},
		{text: "From 2010 to 2014, he served as Legislative Director and Policy Advisor to President Pro Tempore Brian Bingham in the Oklahoma Senate.", not: "Pro Tempore Brian Bingham"},
	})
}

// TestTitleWordsNoName checks words that fill a title's place in a body
// and a generation set off after a name: none opens a name.
func TestTitleWordsNoName(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "He is a peer-elected Expert Member of the International Council on Monuments and Sites.", not: "Member"},
		{text: "She joined the office in 1997 and became an Assistant Federal Defender in 1999. As an Assistant Federal Defender, Judge Menendez argued twice.", not: "Assistant Federal Defender"},
		{text: "She clerked for Judge Sam Irvin, III on the U.S. Court of Appeals for the Fourth Circuit.",
			keep: "U.S. Court of Appeals for the Fourth Circuit", not: "III on the U.S. Court of Appeals for the Fourth Circuit"},
	})
}

// TestNamesNoListKnowsAfterTitles checks names after a title's complement
// whose given names no list knows: before a place or another titled
// person, after a field and its country, and before a known given name.
func TestNamesNoListKnowsAfterTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "before a place", text: "He met Prime Minister of Ukraine Denys Shmyhal in Kyiv on Monday.",
			want: []roleWant{{"Denys Shmyhal", "Prime Minister", "Ukraine"}}},
		{name: "before a titled person", text: "He met Prime Minister of Ukraine Denys Shmyhal and Pope Francis.",
			want: []roleWant{{"Denys Shmyhal", "Prime Minister", "Ukraine"}}},
		{name: "field and country", text: "The meeting was co-chaired by Deputy Prime Minister for Restoration of Ukraine Oleksandr Kubrakov and others.",
			want: []roleWant{{"Oleksandr Kubrakov", "Deputy Prime Minister for Restoration", "Ukraine"}}},
		{name: "list of titled people", text: "It was co-chaired by Deputy National Security Advisor Mia Hart, Deputy Prime Minister for Restoration of Ukraine Oleksandr Kubrakov, and others.",
			not: []roleWant{{person: "Mia Hart", role: "Deputy Prime Minister for Restoration"}}},
	})
	checkNames(t, []nameCase{
		{text: "He met European Commission Director-General for Neighborhood and Enlargement Negotiations Gert Jan Koopman.", keep: "Gert Jan Koopman", not: "Jan Koopman"},
		{text: "Mr. Finer met with Minister for Foreign Affairs Ismael Ould Cheikh Ahmed and other officials.", keep: "Ismael Ould Cheikh Ahmed", not: "Cheikh Ahmed"},
	})
}

// TestOfficeOfTheOneMetThere checks that the office of someone met on a
// trip is the visited country's, not the story's home country's.
func TestOfficeOfTheOneMetThere(t *testing.T) {
	home := "The White House\n\n"
	checkRoles(t, []roleCase{
		{name: "traveled to", text: home + "Vice President Harris traveled to France to meet with President Macron.",
			want: []roleWant{{"Macron", "President", "France"}}, not: []roleWant{{person: "Macron", org: "United States"}}},
		{name: "in, at the start", text: home + "In Nigeria, Mr. Finer met with President Tinubu and senior officials to discuss regional security, including developments in Niger.",
			want: []roleWant{{"Tinubu", "President", "Nigeria"}}},
		{name: "will travel", text: home + "Jake Sullivan will travel to Israel on Thursday to meet with Prime Minister Netanyahu and President Herzog.",
			want: []roleWant{{"Herzog", "President", "Israel"}}},
		// the traveller's own office is not the visited country's
		{name: "traveller", text: home + "Vice President Kamala Harris traveled to France to meet with President Macron.",
			not: []roleWant{{person: "Kamala Harris", org: "France"}}},
	})
}

func TestCounterpartsOfALeaderElsewhere(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "met the leader in another sentence",
			text: "Prime Minister Tom Reyes of Norway and President Lena Park met on Monday.\n\nThe fisheries of Norway are large, and Norway exports fish to Europe.\n\nPrime Minister Reyes noted the importance of the fisheries of Norway, and President Park agreed.",
			want: []roleWant{{"Tom Reyes", "Prime Minister", "Norway"}},
			not:  []roleWant{{"Lena Park", "", "Norway"}}},
		{name: "will meet separately",
			text: "On Thursday, President Lena Park will meet with President Tom Reyes of Ukraine at the White House. Vice President Ann Cole will also meet separately with President Reyes at the White House. The leaders will discuss support for Ukraine and the war in Ukraine.",
			want: []roleWant{{"Tom Reyes", "President", "Ukraine"}},
			not:  []roleWant{{"Ann Cole", "", "Ukraine"}, {"Lena Park", "", "Ukraine"}}},
		{name: "a leader spoken of is no counterpart",
			text: "President Tom Reyes of Chile said that the talks went well. Chile and Peru then met in Chile. President Lena Park said that President Reyes had invited her to Chile.",
			want: []roleWant{{"Tom Reyes", "President", "Chile"}}},
	})
}

// TestCountryFacedIsNotTheOffice: a country a person meets, judges or
// thanks, as its object or its subject, is the other party's, so it does
// not give the person's office when the story does not; a country that
// modifies the object, a joint thing of two countries, a country's people
// and a topic both parties discuss do not make it so.
func TestCountryFacedIsNotTheOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "judged, possessive",
			text: "President Lena Park welcomed Norway's decision to join the fund.",
			not:  []roleWant{{"Lena Park", "", "Norway"}}},
		{name: "the object of a noun of judgement",
			text: "President Lena Park expressed appreciation for Qatar's role in the evacuation.",
			not:  []roleWant{{"Lena Park", "", "Qatar"}}},
		{name: "met with a title of the country",
			text: "National Security Advisor Tom Reyes met with the Prime Minister of Qatar to review the talks.",
			not:  []roleWant{{"Tom Reyes", "", "Qatar"}}},
		{name: "the country's thing after the",
			text: "President Tom Reyes welcomes the U.S. commitment to the region.",
			not:  []roleWant{{"Tom Reyes", "", "U.S."}}},
		{name: "the country as the subject",
			text: "Chile appreciates President Tom Reyes's participation in the summit.",
			not:  []roleWant{{"Tom Reyes", "", "Chile"}}},
		{name: "faced in another sentence, named most",
			text: "President Lena Park commended Norway's leadership on the fund.\n\nNorway pledged more than Norway had in 2020, and Norway will host the next meeting.\n\nPresident Park will attend.",
			not:  []roleWant{{"Lena Park", "", "Norway"}}},
		{name: "where the conflict is",
			text: "The United States has long been a partner of the region. Today, President Lena Park is taking further steps to respond to the ongoing conflict in northern Ethiopia.",
			not:  []roleWant{{"Lena Park", "", "Ethiopia"}}},
		{name: "a country's people support their leader",
			text: "Polls show that 90 percent of the people of Kazakhstan support President Tom Reyes and his reforms.",
			want: []roleWant{{"Tom Reyes", "President", "Kazakhstan"}}},
		{name: "a joint roadmap",
			text: "President Tom Reyes and Prime Minister Lena Park welcomed the Chile-Peru Roadmap on clean energy, signed by Chile's ministers.",
			not:  []roleWant{{"Tom Reyes", "", "Peru"}}},
		{name: "a topic discussed is either's",
			text: "Deputy Secretary Ann Cole met with President Tom Reyes to discuss Angola's growing economy.",
			want: []roleWant{{"Tom Reyes", "President", "Angola"}}},
		{name: "needs met",
			text: "President Tom Reyes announced new funds to meet Senegal's needs for clean water.",
			want: []roleWant{{"Tom Reyes", "President", "Senegal"}}},
	})
}

// TestPronounIsNoObjectsName: "she serves as" is the office of the last
// person named as a subject, not of one named after a preposition.
func TestPronounIsNoObjectsName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "an advisor to the President",
			text: "Pastor Lena Park was an advisor to President Tom Reyes during his first term, and now she serves as the Senior Advisor to the White House Faith Office.",
			want: []roleWant{{"Lena Park", "Senior Advisor", "White House Faith Office"}},
			not:  []roleWant{{"Tom Reyes", "Senior Advisor", ""}}},
		{name: "the death of a congresswoman",
			text: "We mourn the death of Congresswoman Lena Park of Indiana. She also served as co-chair of the House Hunger Caucus.",
			want: []roleWant{{"Lena Park", "co-chair", "House Hunger Caucus"}}},
	})
}

// TestNamesWithAMiddleInitial: a name, an initial and a surname are a
// person's, whole, though no list knows the given name or the surname is
// a region's ("England") or an acronym's after a particle ("de Alba").
func TestNamesWithAMiddleInitial(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "He is to be judge, vice Morrison C. England, Jr., retired.", keep: "Morrison C. England", not: "England"},
		{text: "Shakuntla L. Bhaya, Member, Council of the Administrative Conference of the United States.", keep: "Shakuntla L. Bhaya", not: "L. Bhaya"},
		{text: "Demetrios L. Kouzoukas is the Principal Deputy Administrator.", keep: "Demetrios L. Kouzoukas"},
		{text: "Ana Isabel de Alba, of California, to be United States District Judge.", keep: "Ana Isabel de Alba", not: "Alba"},
		{text: "The Secretary of Defense, Lloyd J. Austin III, spoke.", keep: "Lloyd J. Austin III"},
		// a sentence after a letter is no name
		{text: "Please see Exhibit A. We will respond to the letter.", not: "Exhibit A. We"},
		// England alone is a place
		{text: "The team flew to England on Monday.", keep: "England"},
	})
}

// TestDirectorsOfAField: a director's field in common words after "of" is
// no organization ("Director of Strategic Communications and Outreach");
// a company's name, an executive director's body and a body named in the
// words of a phrase are.
func TestDirectorsOfAField(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a field", text: "Katie Connolly, Director of Strategic Communications and Outreach, said the plan works.",
			not: []roleWant{{"Katie Connolly", "", "Strategic Communications and Outreach"}}},
		{name: "one word", text: "Vinay Reddy, Director of Speechwriting, said it.",
			not: []roleWant{{"Vinay Reddy", "", "Speechwriting"}}},
		{name: "a deputy", text: "Raffi Lee, Deputy Director of Public Engagement, spoke today.",
			not: []roleWant{{"Raffi Lee", "", "Public Engagement"}}},
		{name: "a company", text: "Ann Lee, Director of Microsoft, said it.",
			want: []roleWant{{"Ann Lee", "Director", "Microsoft"}}},
		{name: "an executive director's body", text: "Alex Lawson, Executive Director of Social Security Works, said it.",
			want: []roleWant{{"Alex Lawson", "Executive Director", "Social Security Works"}}},
	})
}

// A country the story names most is no leader's when a sentence of theirs
// writes it as what they speak of or go to; a country where a leader acts
// at home, or that someone else speaks of, leaves the guess alone.
func TestCountrySpokenOfIsNotTheOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "topic in the sentence",
			text: "Leaders talk\n\nPresident Joe Moss and Chancellor Anna Berg spoke today about the situation in Haiti. They praised the efforts of their personnel.\n\nThe people of Haiti need help. Haiti is in crisis. Haiti needs aid.\n",
			not:  []roleWant{{"Moss", "President", "Haiti"}, {"Berg", "Chancellor", "Haiti"}}},
		{name: "topic in another sentence",
			text: "President Joe Moss and Chancellor Anna Berg spoke today\n\nPresident Joe Moss and Chancellor Anna Berg spoke today about the situation in Afghanistan. They praised the efforts in Kabul.\n\nThe Afghan people need help. Afghanistan is in crisis. Afghanistan needs aid.\n",
			not:  []roleWant{{"Moss", "President", "Afghanistan"}, {"Berg", "Chancellor", "Afghanistan"}}},
		{name: "a trip in another sentence",
			text: "President Joe Moss will speak on Monday.\n\nPresident Moss will travel to Ghana next week. Ghana has grown. Ghana is a partner. Ghana exports cocoa.\n",
			not:  []roleWant{{"Moss", "President", "Ghana"}}},
		{name: "someone else's trip",
			text: "President Lena Otieno spoke on Monday.\n\nThe talks, announced by Mr. Hall during President Otieno's state visit to the United States, went well.\n\nKenya has grown. Kenya is a partner. Kenya exports tea.\n",
			want: []roleWant{{"Otieno", "President", "Kenya"}}},
		{name: "someone else speaks of it",
			text: "President Saddam Hussein spoke on Monday.\n\nSaddam is finished, says Christine Helms, a scholar who has written about Iraq. Iraq is at war. Iraq has oil.\n",
			want: []roleWant{{"Saddam Hussein", "President", "Iraq"}}},
		{name: "where a leader acts at home",
			text: "President Joe Moss spoke on Monday.\n\nPresident Moss is ensuring that our investments use materials made in America. The people of America work. America builds.\n",
			want: []roleWant{{"Moss", "President", "America"}}},
	})
}

// TestInitialsInNames: a name's initial is no article dropped at a
// sentence's start ("A. Kazimir Brown" though the story writes "a") and no
// connector ("John E. Davis", though "e" joins Portuguese names); a given
// name and a surname before "of" and an organization are a person and
// the organization, whatever verb stands before them.
func TestInitialsInNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"He has a dog.\n\nA. Kazimir Brown, Executive Director, spoke.", "A. Kazimir Brown", ". Kazimir Brown"},
		{"He has a dog.\n\n5. Rev. A. Kazimir Brown, Executive Director, Repairers of the Breach 6. Shailly Barnes, Policy Director.", "A. Kazimir Brown", ". Kazimir Brown"},
		{"Mr. Lance E. Davis of the Federal Emergency Management Agency has been appointed.", "Lance E. Davis", "Davis of the Federal Emergency Management Agency"},
		{"She clerked for the Honorable Gregory E. Mize of the District of Columbia Superior Court. She taught.", "Gregory E. Mize", "Gregory"},
		{"Officials met John Smith of the World Bank on Monday in Paris.", "John Smith", ""},
		{"He met Gregory E. Mize of the District of Columbia Superior Court.", "District of Columbia Superior Court", ""},
		{"He met Gregory E. Mize of the District of Columbia Superior Court.", "Gregory E. Mize", ""},
		{"He has a dog.\n\nI. STRENGTHEN AND SUPPORT THE PARTNERSHIP", "", ". STRENGTHEN AND SUPPORT THE PARTNERSHIP"},
	})
}

// TestLocalOfficesHaveNoCountry: a governor or a mayor written without a
// place is no country's, however the story names it.
func TestLocalOfficesHaveNoCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "governor and a border",
			text: "Governor Abbott’s inspections of trucks transiting ports of entry between Texas and Mexico are causing disruptions. Mexico exports cars. Mexico grows.\n",
			not:  []roleWant{{"Abbott", "Governor", "Mexico"}}},
		{name: "mayor in a country's story",
			text: "Mayor Garnett Johnson welcomed the delegation. Georgia has a long history. Georgia is a partner. Georgia grows.\n",
			not:  []roleWant{{"Johnson", "Mayor", "Georgia"}}},
		{name: "governor of a state, written",
			text: "Governor Beshear of Kentucky described his work.\n",
			want: []roleWant{{"Beshear", "Governor", "Kentucky"}}},
	})
}

// TestMetInACity: the offices of those met in a city written first are
// its country's, when the story names the country.
func TestMetInACity(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "city of a named country",
			text: "Mr. Hall will travel to Israel. In Jerusalem, Mr. Hall met with President Hadar and Defense Minister Gantz.\n\nThe United States and the United States' partners agree. The United States acts.\n",
			want: []roleWant{{"Hadar", "President", "Israel"}, {"Gantz", "Defense Minister", "Israel"}},
			not:  []roleWant{{"Hadar", "President", "United States"}}},
		{name: "country not named",
			text: "In Jerusalem, Mr. Hall met with President Hadar.\n",
			not:  []roleWant{{"Hadar", "President", "Israel"}}},
	})
}

// TestInternationalPresident: "International President" is a union's
// title when an organization stands before it; "X International" a name.
func TestInternationalPresident(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "union's title",
			text: "They met with Service Employees International Union (SEIU) International President Mary Kay Henry, and others. The United States grows. The United States acts.\n",
			want: []roleWant{{"Mary Kay Henry", "International President", "Service Employees International Union"}},
			not:  []roleWant{{"Mary Kay Henry", "President", "United States"}}},
		{name: "an organization's name",
			text: "They met with Amnesty International President Mary Kay Henry, and others.\n",
			want: []roleWant{{"Mary Kay Henry", "President", "Amnesty International"}}},
	})
}

// TestPortfolioPlaces: a country or a region an office is for is its
// portfolio, not its organization; a constituency, a city or a title's
// country after "for" are not portfolios.
func TestPortfolioPlaces(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a director for a country",
			text: "John Smith spoke. Prior to that he served as Director for Iraq on the staff of the National Security Council in Washington, D.C.\n",
			not:  []roleWant{{"John Smith", "Director", "Iraq"}}},
		{name: "a body after the portfolio",
			text: "John Smith, Senior Director for Iraq at the National Security Council, spoke.\n",
			want: []roleWant{{"John Smith", "Senior Director for Iraq", "National Security Council"}}},
		{name: "a region",
			text: "Kurt Campbell, Coordinator for the Indo-Pacific at the National Security Council, spoke.\n",
			not:  []roleWant{{"Kurt Campbell", "Coordinator", "Indo-Pacific"}}},
		{name: "a spokesman for a body named for a place",
			text: "Joseph Zwilling, a spokesman for the Archdiocese of New York, said so.\n",
			want: []roleWant{{"Joseph Zwilling", "spokesman", "Archdiocese of New York"}}},
	})
}

// TestPortfolioBeforeTheBody: an office's portfolio after "for" is no
// organization; the body after it is.
func TestPortfolioBeforeTheBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "in the office",
			text: "Shalanda H. Baker is the Deputy Director for Energy Justice in the Office of Economic Impact and Diversity at the U.S. Department of Energy.\n",
			want: []roleWant{{"Shalanda H. Baker", "Deputy Director for Energy Justice", "Office of Economic Impact and Diversity"}}},
		{name: "for the department",
			text: "Carlos Monje previously served as Assistant Secretary for Transportation Policy for the U.S. Department of Transportation where he oversaw it.\n",
			want: []roleWant{{"Carlos Monje", "Assistant Secretary for Transportation Policy", "U.S. Department of Transportation"}}},
	})
	checkNames(t, []nameCase{
		{"Shalanda H. Baker is the Deputy Director for Energy Justice in the Office of Economic Impact and Diversity.", "Office of Economic Impact and Diversity", "Energy Justice in the Office of Economic Impact and Diversity"},
	})
}

// TestGovernorOfTheState: "of the State of X" gives the office to X; the
// title stays as written otherwise ("Secretary of State of Michigan").
func TestGovernorOfTheState(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "governor", text: "John Smith spoke. Previously, Crist served as the 44th Governor of the State of Florida, and was the last elected Commissioner of Education.\n",
			want: []roleWant{{"Crist", "Governor", "Florida"}}, not: []roleWant{{"Crist", "Governor of the State", ""}}},
		{name: "attorney general", text: "John Smith was Attorney General of the State of Michigan.\n",
			want: []roleWant{{"John Smith", "Attorney General", "Michigan"}}},
		{name: "secretary of state", text: "John Smith served as Secretary of State of Michigan.\n",
			want: []roleWant{{"John Smith", "Secretary of State", "Michigan"}}},
	})
}

// TestStormsAndUndersecretaries: a storm named like a person is no person;
// "Undersecretary" written as one word is a title.
func TestStormsAndUndersecretaries(t *testing.T) {
	checkNames(t, []nameCase{
		{"In response to Hurricane Fiona, President Biden approved an emergency declaration.", "Biden", "Hurricane Fiona"},
		{"After Tropical Storm Fay, the governor spoke.", "", "Tropical Storm Fay"},
		{"The Hurricane Katrina Relief Fund gave money.", "Hurricane Katrina Relief Fund", ""},
		{"They heard from Deputy Undersecretary of Defense Gilbert Cisneros, and others.", "Gilbert Cisneros", "Defense Gilbert Cisneros"},
	})
	checkRoles(t, []roleCase{
		{name: "undersecretary", text: "Prior to her appointment to the Board, Dr. Lael Brainard served as undersecretary of the U.S. Department of Treasury.\n",
			want: []roleWant{{"Lael Brainard", "undersecretary", "U.S. Department of Treasury"}}},
	})
}

// TestRankClasses: a rank's class is no part of the name after it.
func TestRankClasses(t *testing.T) {
	checkNames(t, []nameCase{
		{"Sergeant First Class Heath Robinson died in 2020.", "Heath Robinson", "Class Heath Robinson"},
		{"Army Private First Class John Doe served.", "John Doe", "Class John Doe"},
		{"Sergeant First Class Alwyn C. Cashe received the Medal of Honor.", "Alwyn C. Cashe", "Class Alwyn"},
	})
}

// TestLocalTitles: the titles of local office holders are no part of
// their names.
func TestLocalTitles(t *testing.T) {
	checkNames(t, []nameCase{
		{"Assemblyman Nick Perry spoke on Monday. Assemblyman Perry agreed.", "Nick Perry", "Assemblyman Perry"},
		{"Sheriff John Doe of Los Angeles County spoke.", "John Doe", "Sheriff John Doe of Los Angeles County"},
	})
	checkRoles(t, []roleCase{
		{name: "sheriff", text: "Sheriff Ed Gonzalez was elected on November 8, 2016 as the Sheriff of Harris County.\n",
			want: []roleWant{{"Ed Gonzalez", "Sheriff", "Harris County"}}},
	})
}

// TestGuessFacingTheHolder: the country a story names most is not a
// president's when a sentence gives that office there to the one he is
// written facing.
func TestGuessFacingTheHolder(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "two presidents",
			text: "President Tom Moss wrote a letter to Congress.\n\nPresident Moss and President Lula spoke by telephone. Lula is the President of Brazil.\n\nBrazil grows. Brazil exports. Brazil trades. Brazil builds.\n",
			want: []roleWant{{"Lula", "President", "Brazil"}},
			not:  []roleWant{{"Moss", "President", "Brazil"}}},
	})
}

// TestBodyOfBeforeTitle: a body named by its head and what it is of,
// before a title and a name, is the office's body, not part of a name.
func TestBodyOfBeforeTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "mid-sentence", text: "Today, Secretary Jennifer Granholm, Office of Management and Budget Director Shalanda Young, and others spoke.\n",
			want: []roleWant{{"Shalanda Young", "Director", "Office of Management and Budget"}},
			not:  []roleWant{{"Jennifer Granholm", "", "Office of Management and Budget Director Shalanda Young"}}},
		{name: "after the", text: "The Department of Health and Human Services Secretary Xavier Becerra spoke.\n",
			want: []roleWant{{"Xavier Becerra", "Secretary", "Department of Health and Human Services"}}},
	})
}

// TestFieldBeforeTheBody: an office's field after "of" is no
// organization's name; the body it is in is.
func TestFieldBeforeTheBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "office in a bureau", text: "John Smith was Director of Regional and Security Policy in the Bureau of East Asian and Pacific Affairs.\n",
			want: []roleWant{{"John Smith", "Director of Regional and Security Policy", "Bureau of East Asian and Pacific Affairs"}}},
		{name: "served as", text: "John Smith spoke. He served as Director of Communications at the White House.\n",
			want: []roleWant{{"John Smith", "Director of Communications", "White House"}}},
	})
	checkNames(t, []nameCase{
		{"Alex Flemister will return as Director of Strategic Initiatives in the Office of Public Liaison, having served before.", "Office of Public Liaison", "Strategic Initiatives in the Office of Public Liaison"},
	})
}

// TestTitledNamesInAChunk: a titled name ends at the "and" before another
// titled name, or at the "in" before a place.
func TestTitledNamesInAChunk(t *testing.T) {
	checkNames(t, []nameCase{
		{"This evening, the President hosted Speaker Pelosi and Leader Schumer in the Oval Office to discuss their work.", "Schumer", "Pelosi and Leader Schumer in the Oval Office"},
		{"This evening, the President hosted Speaker Pelosi and Leader Schumer in the Oval Office to discuss their work.", "Pelosi", ""},
		{"Judge Smith in the Superior Court ruled.", "Superior Court", ""},
	})
}

// TestSecretaryTreasurer: a union's secretary-treasurer is a title.
func TestSecretaryTreasurer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "union", text: "Fedrick C. Ingram is Secretary-Treasurer of the American Federation of Teachers (AFT), the union.\n",
			want: []roleWant{{"Fedrick C. Ingram", "Secretary-Treasurer", "American Federation of Teachers"}}},
	})
}

// TestTimeAfterAPossessiveBody: a time after "the X's Body" is no part of
// the office's title.
func TestTimeAfterAPossessiveBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "from a year", text: "Fedrick C. Ingram is Secretary-Treasurer of the American Federation of Teachers (AFT). He served as Vice President of the AFT’s Executive Council from 2014 to 2020 before getting elected.\n",
			want: []roleWant{{"Fedrick C. Ingram", "Vice President of the Executive Council", "American Federation of Teachers"}},
			not:  []roleWant{{"Fedrick C. Ingram", "Vice President of the Executive Council from 2014", ""}}},
	})
}

// TestEvidenceOfAPronounsOffice: an office read from "he served as" is
// cited by its own sentence, not by the one naming the antecedent.
func TestEvidenceOfAPronounsOffice(t *testing.T) {
	d := run(t, "x.txt", "T\n\nAmbassador Peter Vrooman recently served as the Deputy Chief of Mission of the U.S. Embassy in Addis Ababa, Ethiopia. Prior to that he served as the spokesperson for the U.S. Embassy in New Delhi; and Deputy Political Counselor in Tel Aviv.\n", "")
	found := false
	for _, r := range d.Roles {
		if r.Role == "spokesperson" {
			found = true
			if !strings.Contains(r.Evidence.Text, "he served as the spokesperson") {
				t.Errorf("spokesperson cited by %q", r.Evidence.Text)
			}
		}
	}
	if !found {
		t.Errorf("no spokesperson in %+v", d.Roles)
	}
}

// TestAmirAndOfficesSetOff: "Amir" is a head of state's title; an office
// set off after another's name is that person's, and a head of state set
// off after someone titled with another office is the next one in a list.
func TestAmirAndOfficesSetOff(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "amir after a name", text: "President Biden spoke with Sheikh Tamim bin Hamad Al Thani, Amir of Qatar.\n",
			want: []roleWant{{"Al Thani", "Amir", "Qatar"}},
			not:  []roleWant{{"Biden", "President", "Qatar"}}},
		{name: "former president after a name", text: "President Biden met Jorge Sampaio, former President of Portugal.\n",
			want: []roleWant{{"Jorge Sampaio", "President", "Portugal"}},
			not:  []roleWant{{"Biden", "President", "Portugal"}}},
		{name: "a list", text: "The President continues to engage with Prime Minister Netanyahu, the Amir of Qatar, and President Sisi to reach a deal.\n",
			not: []roleWant{{"Netanyahu", "Amir", ""}}},
	})
}

// TestTitlesHoldingABodysHead: a title whose words hold a body's head
// ("University Professor", "Assistant Corporation Counsel") names no body.
func TestTitlesHoldingABodysHead(t *testing.T) {
	checkNames(t, []nameCase{
		{"Vanessa Northington Gamble is University Professor of Medical Humanities at George Washington University.", "George Washington University", "University Professor of Medical Humanities"},
		{"Mr. Cunha previously served as an Assistant Corporation Counsel for the City of New York from 2008 to 2010.", "", "Assistant Corporation Counsel for the City of New York"},
		{"The Task Force is co-chaired by National Economic Council Director, Brian Deese, and others.", "National Economic Council", ""},
		{"Harvard University President Larry Bacow spoke.", "Harvard University", ""},
	})
}

// TestCountriesThatCannotBeTheOffices: the country an office is guessed
// to be (the sentence's, the story's most named) is not one whose form of
// government lacks the office, not a place within another country that
// shares a country's name, and not the other party of a relation.
func TestCountriesThatCannotBeTheOffices(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "no president in a monarchy", text: "We, Prime Minister Albanese and President Biden, meet at a consequential time for Australia and the Indo-Pacific. Australia will host the summit.\n",
			not: []roleWant{{"Biden", "President", "Australia"}}},
		{name: "a monarchy's own office", text: "Prime Minister Kishida spoke about the economy of Japan. Japan will host the summit.\n",
			want: []roleWant{{"Kishida", "Prime Minister", "Japan"}}},
		{name: "a federation of monarchies has a president", text: "President Mohamed bin Zayed spoke about the economy of the United Arab Emirates.\n",
			want: []roleWant{{"Mohamed bin Zayed", "President", "United Arab Emirates"}}},
		{name: "a state among states", text: "President Biden approved emergency declarations for Alabama, Florida, Georgia, and South Carolina.\n",
			not: []roleWant{{"Biden", "President", "Georgia"}}},
		{name: "a state after its city", text: "President Biden announced new funding for the port of Savannah, Georgia.\n",
			not: []roleWant{{"Biden", "President", "Georgia"}}},
		{name: "the state named again", text: "Voters in Georgia and other states waited for hours. President Biden spoke about the voting law of Georgia.\n",
			not: []roleWant{{"Biden", "President", "Georgia"}}},
		{name: "the country among countries", text: "Leaders of Armenia, Georgia and Azerbaijan met in Tbilisi, Georgia. President Salome Zourabichvili spoke about the future of Georgia.\n",
			want: []roleWant{{"Salome Zourabichvili", "President", "Georgia"}}},
		{name: "the other party of a relation", text: "President Biden reaffirmed his view that a two-state solution is the only path to peace. Israel and the region welcome it. President Biden emphasized that his administration would strengthen bilateral cooperation with Israel.\n",
			not: []roleWant{{"Biden", "President", "Israel"}}},
	})
}

// TestKnownHoldersAndHomeBodies: a head of state or government the
// gazetteer lists is his country's though the story never writes it, and
// the bodies of a country's state ("the White House") count for the
// country a story is about.
func TestKnownHoldersAndHomeBodies(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a listed president in a story about another country", text: "Ukraine needs air defence. Ukraine's cities are under attack. Ukraine asked for help. President Putin did not answer.\n",
			want: []roleWant{{"Putin", "President", "Russia"}}, not: []roleWant{{"Putin", "President", "Ukraine"}}},
		{name: "a listed president by his full name", text: "The storm hit Haiti and Cuba. Haiti asked for help. Today, President Joseph R. Biden, Jr. approved aid for Haiti.\n",
			want: []roleWant{{"Biden", "President", "United States"}}, not: []roleWant{{"Biden", "President", "Haiti"}}},
		{name: "the office must be the listed one", text: "Ukraine needs air defence. Ukraine asked for help. Prime Minister Zelenskyy did not answer.\n",
			not: []roleWant{{"Zelenskyy", "Prime Minister", "Russia"}, {"Zelenskyy", "Prime Minister", "United States"}}},
		{name: "another of the surname", text: "Prime Minister Mark Brown of the Cook Islands spoke. Prime Minister Brown thanked the delegates.\n",
			not: []roleWant{{"Brown", "Prime Minister", "United Kingdom"}}},
		{name: "the head of an international organization", text: "The United Nations and NATO met in Brussels. Secretary General Stoltenberg welcomed the United Nations delegation.\n",
			want: []roleWant{{"Stoltenberg", "Secretary General", "NATO"}}, not: []roleWant{{"Stoltenberg", "", "United Nations"}}},
		{name: "a listed holder beside a body", text: "The Task Force on Worker Organizing and Empowerment, chaired by Vice President Harris, released its report. The United States will act.\n",
			not: []roleWant{{"Harris", "Vice President", "Task Force on Worker Organizing and Empowerment"}}},
		{name: "a listed head of the body beside him", text: "President of the World Bank Ajay Banga spoke.\n",
			want: []roleWant{{"Ajay Banga", "President", "World Bank"}}},
		{name: "the White House speaks for its country", text: "The White House announced aid. Kenya and Kenya's neighbours welcomed it. The White House said more would follow. President Hale signed the order.\n",
			want: []roleWant{{"Hale", "President", "United States"}}, not: []roleWant{{"Hale", "President", "Kenya"}}},
		{name: "a country the story names more than the body", text: "Kenya held elections. Kenya's voters waited for hours. Kenya's courts upheld the count. The White House congratulated President Hale.\n",
			not: []roleWant{{"Hale", "President", "United States"}}},
	})
	// two countries' prime ministers of one surname: the story's year tells
	checkOrgByYear(t, "The trade talks went on. Prime Minister Lee spoke about the talks.\n", "Lee", "Prime Minister",
		map[annals.Date]string{"2010-05-01": "Singapore", "2019-05-01": ""})
}

// checkOrgByYear checks the organization of person's role in text
// published on each date (want "": no such role).
func checkOrgByYear(t *testing.T, text, person, role string, want map[annals.Date]string) {
	t.Helper()
	for published, w := range want {
		d := run(t, "x.txt", text, published)
		got := ""
		for _, r := range d.Roles {
			if r.Person == person && r.Role == role {
				got = r.Org
			}
		}
		if got != w {
			t.Errorf("published %q: %s %s of %q, want %q", published, role, person, got, w)
		}
	}
}

// TestForeignMinistersAndSecretaries: a government of secretaries (the
// United States) has no ministers; foreign ministers the leaders' list
// knows are their countries' however the office is written, and the bare
// "Secretary"/"Minister" is theirs in the years of their term; a place of
// a list written as where something happened is no one's country.
func TestForeignMinistersAndSecretaries(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "no minister of a government of secretaries", text: "The White House said the talks went well. The White House will host more. National Security Advisor Tom Hale met today with Foreign Minister Ann Vole at the White House.\n",
			not: []roleWant{{"Ann Vole", "Foreign Minister", "United States"}}},
		{name: "nor a bare minister", text: "During his trip, President Biden and Secretary Hale will convene a U.S.-Vietnam Summit with U.S. and Vietnamese industry leaders, alongside Vietnamese Prime Minister Pham Chinh and Minister Jim Cole, to discuss investments in the United States.\n",
			not: []roleWant{{"Jim Cole", "Minister", "United States"}}},
		{name: "a listed foreign minister in a story about another country", text: "Romania asked for talks. Romania's delegation arrived in Geneva. Foreign Minister Lavrov met the Romanian delegation.\n",
			want: []roleWant{{"Lavrov", "Foreign Minister", "Russia"}}, not: []roleWant{{"Lavrov", "Foreign Minister", "Romania"}}},
		{name: "the office as written in full", text: "Romania asked for talks. Minister of Foreign Affairs Sergey Lavrov met the delegation of Romania.\n",
			want: []roleWant{{"Sergey Lavrov", "Minister of Foreign Affairs", "Russia"}}},
		{name: "an external affairs minister", text: "The talks went on in Geneva. External Affairs Minister Jaishankar spoke.\n",
			want: []roleWant{{"Jaishankar", "External Affairs Minister", "India"}}},
		{name: "a deputy is not the listed minister", text: "Romania asked for talks. Romania's delegation arrived. Deputy Foreign Minister Sergey Lavrov spoke.\n",
			not: []roleWant{{"Sergey Lavrov", "Deputy Foreign Minister", "Russia"}}},
		{name: "the United Kingdom's foreign secretary", text: "The talks went on in Geneva. Foreign Secretary Cameron spoke.\n",
			want: []roleWant{{"Cameron", "Foreign Secretary", "United Kingdom"}}},
		{name: "the high representative", text: "The talks went on in Geneva. High Representative Borrell welcomed the talks.\n",
			want: []roleWant{{"Borrell", "High Representative", "European Union"}}},
		{name: "the cities of a list", text: "Foreign Minister Tom Hale said the bombings of embassies in Nairobi, Kenya and Dar es Salaam, Tanzania, showed the threat.\n",
			not: []roleWant{{"Tom Hale", "Foreign Minister", "Tanzania"}, {"Tom Hale", "Foreign Minister", "Kenya"}}},
	})
	// the bare "Secretary": his office only in the years of his term
	checkOrgByYear(t, "The talks went on in Geneva. Secretary Blinken spoke about the talks.\n", "Blinken", "Secretary",
		map[annals.Date]string{"2022-05-01": "United States", "2012-05-01": "", "": ""})
}

// TestCabinetSecretariesAndBiographies: a cabinet secretary named by
// his portfolio holds an office of a government of secretaries, the
// publisher's country's, never a government of ministers'; a
// biography's subject does not hold the offices of the people its other
// clauses name.
func TestCabinetSecretariesAndBiographies(t *testing.T) {
	const wh = "---\nurl: https://www.whitehouse.gov/x\n---\n"
	checkRoles(t, []roleCase{
		{name: "a secretary of a portfolio", text: wh + "Secretary of Commerce Ann Vole met Deputy Secretary of Health and Human Services Tom Hale.\n",
			want: []roleWant{{"Ann Vole", "Secretary of Commerce", "United States"}, {"Tom Hale", "Deputy Secretary of Health and Human Services", "United States"}}},
		{name: "not a government of ministers'", text: "Secretary of Agriculture Tom Hale announced aid for the farmers of Ukraine.\n",
			not: []roleWant{{"Tom Hale", "", "Ukraine"}}},
		{name: "offices of a clause of another verb", text: wh + "President Biden is committed to making the process faster, directing the Attorney General, the Secretary of Homeland Security, and the Secretary of State to improve it.\n",
			want: []roleWant{{"Biden", "President", "United States"}},
			not:  []roleWant{{"Biden", "Secretary of Homeland Security", ""}, {"Biden", "Secretary of State", ""}}},
		{name: "an office before another's name", text: wh + "National Security Advisor Jim Cole met investors. He was joined by Deputy Secretary of the Treasury Ann Vole and Senior Advisor Kim Lee.\n",
			want: []roleWant{{"Ann Vole", "Deputy Secretary of the Treasury", "United States"}},
			not:  []roleWant{{"Jim Cole", "Deputy Secretary of the Treasury", ""}}},
		{name: "having served as", text: "Ann Vole is a visionary leader, having served as Mayor of Atlanta and as an advisor.\n",
			want: []roleWant{{"Ann Vole", "Mayor", "Atlanta"}}},
	})
}

// TestDelegationLeaders: the delegation a national officer leads is of
// his country, however the sentence says so.
func TestDelegationLeaders(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "led the delegation", text: "BRUSSELS, 4 May 2023 — The talks opened. Deputy Foreign Minister Ion Vole led the Romanian delegation.\n",
			want: []roleWant{{"Ion Vole", "Deputy Foreign Minister", "Romania"}}},
		{name: "was led by", text: "BRUSSELS, 4 May 2023 — The talks opened. The Estonian delegation was led by Minister of Defence Kalle Vole.\n",
			want: []roleWant{{"Kalle Vole", "Minister of Defence", "Estonia"}}},
		{name: "head of the delegation", text: "BRUSSELS, 4 May 2023 — The talks opened. Ambassador Tom Hale, head of the Irish delegation, spoke.\n",
			want: []roleWant{{"Tom Hale", "Ambassador", "Ireland"}}},
		{name: "another's delegation", text: "BRUSSELS, 4 May 2023 — The talks opened. Ambassador Tom Hale met the Irish delegation.\n",
			not: []roleWant{{"Tom Hale", "Ambassador", "Ireland"}}},
		{name: "a member listed", text: "WASHINGTON, 4 May 2023 — The talks opened in Washington with the United States. The Colombian delegation was led by Minister of Foreign Affairs Ana Vole and included Minister of Defense Ivan Hale and other senior officials.\n",
			want: []roleWant{{"Ivan Hale", "Minister of Defense", "Colombia"}}},
		{name: "a country's delegation in the possessive", text: "WASHINGTON, 4 May 2023 — The talks opened in Washington with the United States. Peru’s delegation was led by Minister of Foreign Affairs Ana Vole and included Minister of Defense Ivan Hale and other senior officials.\n",
			want: []roleWant{{"Ivan Hale", "Minister of Defense", "Peru"}}},
	})
	// the demonym alone names no body
	d := run(t, "x.txt", "The Irish delegation arrived. Ambassador Tom Hale, head of the Irish delegation, spoke.\n", "")
	if got := entityNames(d, annals.Org); len(got) > 0 {
		t.Errorf("organizations: %v", got)
	}
}

// TestOthersOfficesAndNames: a body's name does not run back over a titled
// person and "and"; a country listed after officers in the plural is
// theirs; the object of a preposition is no biography's subject; a
// commission's portfolio may hold "and".
func TestOthersOfficesAndNames(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a titled person before a body", text: "Today, the President stood with CFPB Director Zorvan Quill and Federal Trade Commission (FTC) Chair Ann Hale in the garden.\n",
			want: []roleWant{{"Ann Hale", "Chair", "Federal Trade Commission"}}},
		{name: "the officers' countries", text: "National Security Advisor Tom Hale convened the national security advisors of France, Germany, Italy, and the United Kingdom at the White House today.\n",
			not: []roleWant{{"Tom Hale", "", "France"}, {"Tom Hale", "", "United Kingdom"}}},
		{name: "a country qualifying the plural's noun", text: "We thank Ambassador Tom Hale; to all the members of the U.S. government who worked on this plan, we say thank you.\n",
			want: []roleWant{{"Tom Hale", "Ambassador", "U.S."}}},
		{name: "the object of a preposition", text: "Ann Vole is a leader in national service. For President George H. W. Bush, she served as first Vice Chair of the Commission on National and Community Service.\n",
			want: []roleWant{{"Ann Vole", "Vice Chair", "Commission on National and Community Service"}},
			not:  []roleWant{{"Bush", "first Vice Chair", ""}, {"Bush", "Vice Chair", ""}}},
	})
	d := run(t, "x.txt", "She chaired the Liaison Committee on Medical Education and Accreditation Council for Graduate Medical Education.\n", "")
	if got := entityNames(d, annals.Org); !slices.Equal(got, []string{"Accreditation Council for Graduate Medical Education", "Liaison Committee on Medical Education"}) {
		t.Errorf("organizations: %v", got)
	}
}

// TestSitesAreNoPeople: a name that ends with the noun of a building or
// a site is the place it names, not a person's (nor a mention of the
// person it is named after); a judge named Hall stays a person.
func TestSitesAreNoPeople(t *testing.T) {
	d := run(t, "x.txt", "Today, the President stood with Chair Ann Vole in the Rose Garden. Flights left Hamid Karzai International Airport. Judge Janet C. Hall ruled.\n", "")
	if got := entityNames(d, annals.Person); !slices.Equal(got, []string{"Ann Vole", "Janet C. Hall"}) {
		t.Errorf("people: %v", got)
	}
	if got := entityNames(d, annals.Place); !slices.Contains(got, "Rose Garden") || !slices.Contains(got, "Hamid Karzai International Airport") {
		t.Errorf("places: %v", got)
	}
}

// TestDemonymIsNoName: a country the story writes only by its demonym is
// named by its name.
func TestDemonymIsNoName(t *testing.T) {
	d := run(t, "x.txt", "Officials met Deputy Prime Minister Tom Hale and Papua New Guinean companies in Washington.\n", "")
	if got := entityNames(d, annals.Place); slices.Contains(got, "Papua New Guinean") || !slices.Contains(got, "Papua New Guinea") {
		t.Errorf("places: %v", got)
	}
}

// TestNamesAfterAPortfolio: a name after an office's portfolio ("Director
// of National Intelligence X") does not take the portfolio's last word,
// and a full name written again where the tagger left it unread is one
// mention, not one a word.
func TestNamesAfterAPortfolio(t *testing.T) {
	d := run(t, "x.txt", "Director of National Intelligence Avril Haines briefed the committee.\n\nThe Director of National Intelligence, Avril Haines, said the threat was growing.\n", "")
	if got := entityNames(d, annals.Person); !slices.Equal(got, []string{"Avril Haines"}) {
		t.Errorf("people: %v", got)
	}
	for _, e := range d.Entities {
		if e.Name != "Avril Haines" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text != "Avril Haines" {
				t.Errorf("mention %q of %s", m.Text, e.Name)
			}
		}
	}
}

// TestPortfolioBeforeName: a department's name of portfolio words ends
// before the name of its secretary, and a body's head is no person's name.
func TestPortfolioBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a list of titled people", text: "This week, Director Tom Hale, Deputy Secretary of Health and Human Services Ann Vole, Centers for Riverside Medical Services Administrator Jim Cole and Deputy Administrator Kim Lee visited Ohio.\n",
			want: []roleWant{{"Jim Cole", "Administrator", "Centers for Riverside Medical Services"}},
			not:  []roleWant{{"Tom Hale", "Deputy Secretary", ""}, {"Ann Vole", "", "Centers for Riverside Medical Services"}}},
	})
	d := run(t, "x.txt", "Secretary of Health and Human Services Xavier Becerra will visit Ohio. He was Deputy Administrator of the Veterans Administration.\n", "")
	if got := entityNames(d, annals.Person); !slices.Contains(got, "Xavier Becerra") || slices.Contains(got, "Administration") {
		t.Errorf("people: %v", got)
	}
	for _, o := range entityNames(d, annals.Org) {
		if strings.Contains(o, "Becerra") {
			t.Errorf("organization %q holds a person's name", o)
		}
	}
}

// TestPortfolioOfACountry: a minister's portfolio and the country after
// it are the office and its country, not a body's name, whether the name
// comes before the title or after it. "its" office is the body of its
// sentence or the one before, not of an earlier paragraph.
func TestPortfolioOfACountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "name, title of portfolio of country", text: "Tom Hale, Minister of Energy of Israel, spoke.\n",
			want: []roleWant{{"Tom Hale", "Minister of Energy", "Israel"}}},
		{name: "name, title of portfolio of country (defence)", text: "Ann Vole, Minister of Defence of Kenya, spoke.\n",
			want: []roleWant{{"Ann Vole", "Minister of Defence", "Kenya"}}},
		{name: "the title of portfolio of country, name", text: "The Minister of Foreign Affairs of Turkey, Tom Hale, attended.\n",
			want: []roleWant{{"Tom Hale", "Minister of Foreign Affairs", "Turkey"}}},
	})
	checkRoles(t, []roleCase{
		{name: "its office, the body unknown", text: "Kim Lee was appointed Deputy Director-General of the International Labour Organization.\n\nThe Alliance welcomed the appointment of Dr. Ravi Nair as its new High Representative.\n",
			not: []roleWant{{"Ravi Nair", "", "International Labour Organization"}}},
		{name: "its office, the body named", text: "The International Labour Organization met in Geneva. It welcomed the appointment of Dr. Ravi Nair as its new High Representative.\n",
			want: []roleWant{{"Ravi Nair", "High Representative", "International Labour Organization"}}},
	})
	d := run(t, "x.txt", "Tom Hale, Minister of Energy of Israel, spoke.\n", "")
	for _, o := range entityNames(d, annals.Org) {
		if strings.HasPrefix(o, "Energy") {
			t.Errorf("organization %q", o)
		}
	}
}

// TestHolderAfterAnOfficesBody: a body the lists name by its office,
// right before a name, names its holder ("UN High Commissioner for
// Refugees X"), whether or not the name opens with a known given name.
func TestHolderAfterAnOfficesBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "an unknown given name", text: "UN High Commissioner for Refugees Ottavio Brandelli issued a statement.\n",
			want: []roleWant{{"Ottavio Brandelli", "High Commissioner for Refugees", "UN"}}},
		{name: "a known given name", text: "UN High Commissioner for Refugees John Smith and IOM Director General Ann Vole issued a joint statement.\n",
			want: []roleWant{{"John Smith", "High Commissioner for Refugees", "UN"}, {"Ann Vole", "Director General", "IOM"}}},
	})
}

// TestGuessedForTwoFacingEachOther: two people written facing each other
// are not both the guessed country's holders of one office; the one the
// story names more may be. A reporter's "Q" opens no name.
func TestGuessedForTwoFacingEachOther(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the one named less", text: "President Biden spoke about jobs. President Biden thanked workers. President Nkosi thanked the people. President Biden met with President Nkosi. The United States will host the summit. The United States will lead.\n",
			want: []roleWant{{"Biden", "President", "United States"}},
			not:  []roleWant{{"Nkosi", "President", "United States"}}},
		{name: "a question", text: "Q President Biden has not spoken to President Orlov in quite some time.\n\nQ Does the U.S. stand with them?\n",
			not: []roleWant{{"Orlov", "President", ""}}},
	})
}

// TestCounterpartsCountry: a country named as the thing of someone the
// person faces ("congratulated him on his victory in the Guatemalan
// election") is not the person's; a name with a particle of a name and a
// place at its end, spoken of as "him", is a person's.
func TestCounterpartsCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "his election", text: "Vice President Kamala Harris spoke today with Bernardo Arévalo de León and congratulated him on his victory in the Guatemalan presidential election.\n",
			not: []roleWant{{"Harris", "Vice President", "Guatemala"}}},
		{name: "the subject's commitment", text: "Prime Minister Kishida met with President Biden and reaffirmed his commitment to Japan's defense.\n",
			want: []roleWant{{"Kishida", "Prime Minister", "Japan"}}},
	})
	d := run(t, "x.txt", "Vice President Kamala Harris spoke today with Bernardo Arévalo de León and congratulated him on his victory.\n", "")
	if !has(entityNames(d, annals.Person), "Bernardo Arévalo de León") {
		t.Errorf("no person Bernardo Arévalo de León in %+v", d.Entities)
	}
}

// TestCountryOfThePersonBefore: in a list that lost its line breaks, the
// country after "Name of" is that person's, not the prefix of the next
// title ("... Mark Brown of Cook Islands Prime Minister Josaia ...").
func TestCountryOfThePersonBefore(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a run-on list", text: "Prime Minister Mark Brown of Cook Islands Prime Minister Josaia Voreqe Bainimarama of the Republic of Fiji President David W. Panuelo of the Federated States of Micronesia spoke.\n",
			want: []roleWant{{"Mark Brown", "Prime Minister", "Cook Islands"}, {"Bainimarama", "Prime Minister", "Fiji"}, {"Panuelo", "President", "Micronesia"}},
			not:  []roleWant{{"Bainimarama", "", "Cook Islands"}, {"Panuelo", "", "Fiji"}}},
		{name: "after a suffix", text: "President Surangel S. Whipps, Jr. of the Republic of Palau Prime Minister James Marape of the Independent State of Papua New Guinea spoke.\n",
			want: []roleWant{{"James Marape", "Prime Minister", "Papua New Guinea"}}},
		{name: "a country before its title", text: "He met Fiji Prime Minister Sitiveni Rabuka in Suva.\n",
			want: []roleWant{{"Sitiveni Rabuka", "Prime Minister", "Fiji"}}},
	})
}

// TestTitleOfAField: "Vice President of Federal Relations" is one title
// whose complement is its field; the body is the one set off after it.
func TestTitleOfAField(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a field, then the body", text: "Katie Murtha, Vice President of Federal Relations, Trust for Public Land: “We applaud the President.”\n",
			want: []roleWant{{"Katie Murtha", "Vice President of Federal Relations", "Trust for Public Land"}},
			not:  []roleWant{{"Katie Murtha", "", "Federal Relations"}}},
		{name: "a chapter of a body", text: "Sandy Bahr, Director, Grand Canyon Chapter, Sierra Club: “Sierra Club thanks the President.”\n",
			not: []roleWant{{"Grand Canyon Chapter", "", ""}}},
		{name: "an acronym is a body", text: "Michael Coleman, General President of SMART: “The law sparked investment.”\n",
			want: []roleWant{{"Michael Coleman", "General President", "SMART"}}},
	})
	checkNotOfType(t, annals.Org, []string{
		"Roberto Rodriguez, Nominee for Assistant Secretary of Planning, Evaluation, and Policy Development, Department of Education\n",
		"The counties are King George, King William, Louisa, Madison, Nelson and Orange.\n",
	}, "Evaluation", "Louisa")
}

// TestCapitalsBeforeAProgramme: a word in capitals after "Title of the
// Body" and before "program" names the programme, not a person.
func TestCapitalsBeforeAProgramme(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a programme", text: "She was formerly President of the Department of Defense STARBASE program.\n",
			not: []roleWant{{"Starbase", "", ""}, {"STARBASE", "", ""}}},
	})
}

// TestCrownTitles: "Crown" before a title's head is part of the title
// ("Crown Prince", "Crown Princess"), so the name after it is a person's
// wherever the title stands; a body that opens with "Crown" keeps its name.
func TestCrownTitles(t *testing.T) {
	for _, tc := range []struct{ text, person, org string }{
		{"Crown Prince Taro Veld met the President in Oslo.", "Taro Veld", ""},
		{"The President met Crown Prince Arvid on Monday.", "Arvid", ""},
		{"Crown Princess Lina met the President.", "Lina", ""},
		{"The Crown Prosecution Service said on Monday it would appeal.", "", "Crown Prosecution Service"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if tc.person != "" && !has(entityNames(d, annals.Person), tc.person) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.person, entityNames(d, annals.Person))
		}
		if tc.org != "" && !has(entityNames(d, annals.Org), tc.org) {
			t.Errorf("%q: no organization %q in %v", tc.text, tc.org, entityNames(d, annals.Org))
		}
	}
}

// TestForComplementGoesOnWithIn: "in" right after the complement of a
// body's "for" ("Council for Women in ...") goes on with the complement
// and cuts no name; "in the" or a known place after it still does.
// Made-up bodies.
func TestForComplementGoesOnWithIn(t *testing.T) {
	checkNames(t, []nameCase{
		{"Janet Reyes, Co-Chair of the Leadership Council for Women in Ocean Security Steering Committee, spoke.", "Leadership Council for Women in Ocean Security Steering Committee", "Leadership Council for Women"},
		{"She is a member of the Forum for Nurses in Public Health Advisory Board.", "Forum for Nurses in Public Health Advisory Board", "Public Health Advisory Board"},
		{"The Alliance for Children in Foster Care Steering Committee met on Monday.", "Alliance for Children in Foster Care Steering Committee", "Foster Care Steering Committee"},
		{"The Council for Women in the World Bank met on Monday.", "World Bank", "Council for Women in the World Bank"},
	})
}

// TestKnownNameOpensBodyBeforeTitle: a body no list knows, opened by a
// name the lists know and named by its head and "of" ("White House
// Office of ..."), before a title and a name is the office's body, also
// after "and" and a titled name, and with field words that may modify a
// title in it ("Political Outreach"). Made-up people and offices.
func TestKnownNameOpensBodyBeforeTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{"alone", "White House Office of Gun Violence Prevention Director Anna Vole met with leaders.",
			[]roleWant{{"Anna Vole", "Director", "White House Office of Gun Violence Prevention"}}, nil},
		{"field words that modify titles", "Yesterday, White House Office of Political Outreach and Strategy Director Anna Vole met with leaders.",
			[]roleWant{{"Anna Vole", "Director", "White House Office of Political Outreach and Strategy"}}, nil},
		{"after a titled name and 'and'", "Public Engagement Director Cedric Lane and White House Office of Gun Safety Director Emmy Vole met with leaders.",
			[]roleWant{{"Emmy Vole", "Director", "White House Office of Gun Safety"}}, nil},
		{"a country's name first, after 'and'", "Mayor Reed Moss and U.S. Department of Rail Transit Secretary Pete Moor talk new projects.",
			[]roleWant{{"Pete Moor", "Secretary", "U.S. Department of Rail Transit"}}, nil},
	})
	checkNames(t, []nameCase{
		{"Public Engagement Director Cedric Lane and White House Office of Gun Safety Director Emmy Vole met with leaders.", "Cedric Lane", "White House Office of Gun Safety Director Emmy Vole"},
	})
}

// TestBiographyPronounNewParagraph: "he" or "she" in a paragraph that
// opens with another person's name is that person's, not the subject of
// the last biography before it; a paragraph that opens with the pronoun
// or names others later goes on with the biography, and an honorific of
// the other gender keeps it. Made-up people and bodies.
func TestBiographyPronounNewParagraph(t *testing.T) {
	checkRoles(t, []roleCase{
		{"second biography",
			"Ann Dow is the Chair of the Reef Council. She served as Director of the Hilo Water Board.\n\nSara Lind will lead the Ocean Trust. She previously served as Director of the Pacific Fisheries Office.\n",
			[]roleWant{{"Sara Lind", "Director", "Pacific Fisheries Office"}, {"Ann Dow", "Director", "Hilo Water Board"}},
			[]roleWant{{"Ann Dow", "Director", "Pacific Fisheries Office"}}},
		{"titled name opens the paragraph",
			"Ann Dow is the Chair of the Reef Council.\n\nJudge Tom Reyes has been a judge since 2017. He is currently the Supervising Judge of the Kona Branch of the Hilo Court.\n",
			[]roleWant{{"Tom Reyes", "Judge", "Kona Branch of the Hilo Court"}},
			[]roleWant{{"Ann Dow", "Judge", ""}}},
		{"the pronoun opens the paragraph",
			"Ann Dow is the Chair of the Reef Council.\n\nShe received the Tom Reyes Award in 2018. She was elected a Fellow of the Ocean Science Society.\n",
			[]roleWant{{"Ann Dow", "Fellow", "Ocean Science Society"}}, nil},
		{"an honorific of the other gender",
			"Tom Reyes is the Chair of the Reef Council.\n\nMs. Lind asked about him on Monday. And he was a member of the Hilo Water Board.\n",
			nil, []roleWant{{"Lind", "member", "Hilo Water Board"}}},
	})
}

// TestAppointedByAnAgent: the one after "by" in a passive appointment
// appoints; the office is the subject's.
func TestAppointedByAnAgent(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "to serve as", text: "Previously, Paul Weiss was appointed by President Ana Ruiz to serve as a Member of the Andean Water Board.\n",
			want: []roleWant{{"Paul Weiss", "Member", "Andean Water Board"}},
			not:  []roleWant{{"Ana Ruiz", "Member", ""}}},
		{name: "as, after a year", text: "In 2021, Paul Weiss was appointed by Governor Ana Ruiz as Deputy Director of the Andean Film Commission.\n",
			want: []roleWant{{"Paul Weiss", "Deputy Director", "Andean Film Commission"}},
			not:  []roleWant{{"Ana Ruiz", "Deputy Director", ""}}},
		{name: "and confirmed", text: "In 2015, Paul Weiss was appointed by President Ana Ruiz and confirmed by the Senate to serve as a member of the Andean Advisory Board.\n",
			want: []roleWant{{"Paul Weiss", "member", "Andean Advisory Board"}},
			not:  []roleWant{{"Ana Ruiz", "member", ""}}},
		{name: "to be", text: "Chairman Paul Weiss was named by President Ana Ruiz to be Chairman of the Andean Energy Commission on January 21, 2021.\n",
			want: []roleWant{{"Paul Weiss", "Chairman", "Andean Energy Commission"}},
			not:  []roleWant{{"Ana Ruiz", "Chairman", ""}}},
		{name: "the subject after", text: "Twice appointed by President Ana Ruiz as Special Assistant to the President for Education, Paul Weiss led the office.\n",
			not: []roleWant{{"Ana Ruiz", "Special Assistant", ""}}},
		{name: "confirmed by a body", text: "Ana Ruiz was confirmed by the United States Senate to serve as the Under Secretary for Rural Development on October 7, 2021.\n",
			not: []roleWant{{"Ana Ruiz", "", "United States Senate"}}},
		{name: "a pronoun", text: "Paul Weiss is a lawyer in Lima. He was appointed by President Ana Ruiz as Chair of the Andean Advisory Council.\n",
			want: []roleWant{{"Paul Weiss", "Chair", "Andean Advisory Council"}},
			not:  []roleWant{{"Ana Ruiz", "Chair", ""}}},
	})
}

// TestNationalSecurityAdvisorListed: a national security advisor the
// leaders' list names is his country's, whatever country the story is
// about.
func TestNationalSecurityAdvisorListed(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a story about another country", text: "---\ntitle: \"Readout\"\ndate: 2023-05-31\n---\n\nWe obtained 51 percent support of the Honduran people.\n\nNational Security Advisor Jake Sullivan spoke by phone today with his Russian counterpart.\n\nThe prosperity of Honduras is our goal.\n",
			want: []roleWant{{"Jake Sullivan", "National Security Advisor", "United States"}},
			not:  []roleWant{{"Jake Sullivan", "", "Honduras"}}},
		{name: "another's demonym after", text: "---\ntitle: \"Calls\"\ndate: 2023-12-31\n---\n\nNovember 30: National Security Advisor Sullivan's Call with Romanian Presidential Security Advisor Ana Ruiz\n",
			not: []roleWant{{"Sullivan", "", "Romania"}}},
		{name: "an adviser of India", text: "---\ntitle: \"Readout\"\ndate: 2023-05-31\n---\n\nNational Security Adviser Ajit Doval met the delegation of Peru in Lima.\n",
			want: []roleWant{{"Ajit Doval", "National Security Adviser", "India"}}},
	})
}

// TestTaggedBodyEdges: a rank after a body's name opens the next person's
// title, and "Former" opens no name.
func TestTaggedBodyEdges(t *testing.T) {
	for _, tc := range []struct{ text, no string }{
		{"Yesterday, President Ana Ruiz met with Maryland Governor Paul Weiss, Chief of Engineers and Commanding General of the Army Corps of Engineers Lieutenant General Scott Spellmon, and other officials.\n", "Army Corps of Engineers Lieutenant"},
		{"American Bridge 21st Century Co-chair, Former Massachusetts Governor Deval Patrick: \"Time after time, Ana Ruiz has delivered.\"\n", "Former Massachusetts"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if has(entityNames(d, annals.Org), tc.no) || has(entityNames(d, annals.Place), tc.no) {
			t.Errorf("%q: entity %q", tc.text, tc.no)
		}
	}
}

// TestListedHolderIsNotAnotherOfHisName: "President Biden" is the
// president the leaders' list names, not the Jill Biden the story names.
func TestListedHolderIsNotAnotherOfHisName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a relative named in full", text: "Summit\n\nWASHINGTON, May 3, 2023 - Dr. Jill Biden visited the clinic in Ohio on Monday.\n\nHe traveled with President Biden during the campaign.\n",
			want: []roleWant{{"Biden", "President", "United States"}},
			not:  []roleWant{{"Jill Biden", "President", ""}}},
		{name: "family name first", text: "Summit\n\nWASHINGTON, May 3, 2025 - Prime Minister Ishiba Shigeru of Japan arrived on Monday.\n\nPrime Minister Ishiba met the President.\n",
			want: []roleWant{{"Ishiba Shigeru", "Prime Minister", "Japan"}},
			not:  []roleWant{{"Ishiba", "Prime Minister", ""}}},
	})
}

// TestUnlistedPresidentIsNoHomeGuess: the leaders' list names who was the
// United States' president in the story's year; another "President X" on
// a whitehouse.gov page is not, while a president of another year it
// names is.
func TestUnlistedPresidentIsNoHomeGuess(t *testing.T) {
	head := "---\ntitle: \"Remarks\"\ndate: 2023-05-31\nurl: https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/31/remarks/\n---\n\n"
	checkRoles(t, []roleCase{
		{name: "another country's president", text: head + "The Vice President also congratulated the Trinbagonian people on the election of President Christine Kangaloo.\n",
			not: []roleWant{{"Christine Kangaloo", "President", "United States"}}},
		{name: "a president of old", text: head + "President Lincoln freed the slaves, and President Biden spoke of it.\n",
			want: []roleWant{{"Lincoln", "President", "United States"}, {"Biden", "President", "United States"}}},
	})
}

// TestUnlistedPresidentOfAnotherBody: a president the leaders' list does
// not name is no president of the country of his other office.
func TestUnlistedPresidentOfAnotherBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "president emeritus", text: "---\ntitle: \"Nominees\"\ndate: 2023-05-31\n---\n\nPaul Weiss, Representative of the United States to the 78th Session of the United Nations General Assembly\n\nPaul Weiss served for 48 years as an elected State Representative in the Georgia General Assembly. He is President Emeritus of the National Black Caucus of State Legislators and a former member of the National Conference of State Legislators.\n",
			not: []roleWant{{"Paul Weiss", "President", "United States"}}},
	})
}

// TestCampaignsWithOffices: a capitalized campaign that a biography gives
// an office of ("served as Vice Chair of the Lane-Moor Campaign") is an
// organization, the office's. Made-up people and campaigns.
func TestCampaignsWithOffices(t *testing.T) {
	checkRoles(t, []roleCase{
		{"vice chair", "Cedric Lane served as Vice Chair of the Lane-Moor Campaign.",
			[]roleWant{{"Cedric Lane", "Vice Chair", "Lane-Moor Campaign"}}, nil},
		{"member", "Ann Dow was a member of the Global Clean Water Campaign until 2019.",
			[]roleWant{{"Ann Dow", "member", "Global Clean Water Campaign"}}, nil},
	})
	checkNames(t, []nameCase{
		{"Cedric Lane launched the Global Clean Water Campaign on Monday.", "Cedric Lane", "Global Clean Water Campaign"},
	})
}

// TestDepartmentBeforeItsSecretary: a department's name ends before its
// secretary's title ("Department of Veterans Affairs Secretary X" is the
// department's Secretary, not the "Affairs Secretary" of a "Department of
// Veterans"), and an officer's rank between a body and a name opens the
// next person's title.
func TestDepartmentBeforeItsSecretary(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a department the gazetteer knows", text: "Meeting\n\nWASHINGTON, May 3, 2023 - Department of Veterans Affairs Secretary Paul Weiss convened the first meeting.\n",
			want: []roleWant{{"Paul Weiss", "Secretary", "Department of Veterans Affairs"}},
			not:  []roleWant{{"Paul Weiss", "Affairs Secretary", ""}}},
		{name: "a rank before the next name", text: "Meeting\n\nWASHINGTON, May 3, 2023 - The President met with Governor Paul Weiss, Chief of Engineers and Commanding General of the Army Corps of Engineers Lieutenant General Ana Ruiz, and others.\n",
			not: []roleWant{{"Paul Weiss", "Chief of Engineers and Commanding General", ""}}},
		{name: "a vice admiral", text: "Meeting\n\nWASHINGTON, May 3, 2023 - The list includes Director of the Andean Bureau Paul Weiss, Surgeon General of the United States Vice Admiral Ana Ruiz, and others.\n",
			not: []roleWant{{"Paul Weiss", "Surgeon General", ""}}},
	})
}

// TestSecretaryOfAGovernmentOfBoth: Mexico's members are secretaries by
// portfolio that the news also calls ministers; either is Mexico's.
func TestSecretaryOfAGovernmentOfBoth(t *testing.T) {
	head := "---\ntitle: \"Readout\"\ndate: 2023-07-26\nurl: https://www.whitehouse.gov/briefing-room/statements-releases/2023/07/26/readout/\n---\n\n"
	checkRoles(t, []roleCase{
		{name: "a possessive", text: head + "On July 25, 2023 Mexico’s Secretary of Security Ana Ruiz hosted the Homeland Security Advisor.\n",
			want: []roleWant{{"Ana Ruiz", "Secretary of Security", "Mexico"}},
			not:  []roleWant{{"Ana Ruiz", "", "United States"}}},
		{name: "a minister too", text: head + "Mexico’s Foreign Minister Paul Weiss joined the talks.\n",
			want: []roleWant{{"Paul Weiss", "Foreign Minister", "Mexico"}}},
	})
}

// TestOfficesOfACity: "the City of X", "the Borough of X" after an office
// name the place X as the office's, as "the State of X" does. Made-up
// people.
func TestOfficesOfACity(t *testing.T) {
	checkRoles(t, []roleCase{
		{"city", "Ann Dow, former Mayor of the City of Hilo, spoke.",
			[]roleWant{{"Ann Dow", "Mayor", "Hilo"}}, nil},
		{"borough", "Christine Vole served as Mayor of the Borough of Mendham, New Jersey for six years.",
			[]roleWant{{"Christine Vole", "Mayor", "Mendham"}}, nil},
		{"city, then another office", "Ann Dow, Mayor of the City of Hilo and Chair of the Reef Council, spoke.",
			[]roleWant{{"Ann Dow", "Mayor", "Hilo"}, {"Ann Dow", "Chair", "Reef Council"}}, nil},
	})
}

// TestGivenNameThatIsATitle: a one-word title that is also a common given
// name, alone before one word of a name and after no body, opens that
// name; with a body or a full name it stays a title.
func TestGivenNameThatIsATitle(t *testing.T) {
	for _, tc := range []struct{ text, person string }{
		{"Dean Schamore resides in Hardinsburg and is a former State Representative.", "Dean Schamore"},
		{"Dean Paul Weiss of the Andean Law School spoke on Monday.", "Paul Weiss"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if !has(entityNames(d, annals.Person), tc.person) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.person, entityNames(d, annals.Person))
		}
	}
	checkRoles(t, []roleCase{
		{name: "a body's dean", text: "Andean Law School Dean Weiss spoke on Monday.\n",
			want: []roleWant{{"Weiss", "Dean", "Andean Law School"}}},
	})
}

// TestSurnameThatIsACityAfterAPortfolio: "Secretary of Defense Austin" is
// a person, as "Secretary Austin" is; "Austin, Texas" stays a city.
func TestSurnameThatIsACityAfterAPortfolio(t *testing.T) {
	for _, tc := range []struct{ text, person, place string }{
		{"Secretary Blinken, Secretary of Defense Austin, and National Security Advisor Sullivan met.", "Austin", ""},
		{"Secretary of Defense Austin met the Minister of Defence of Peru on Monday.", "Austin", ""},
		{"The President traveled to Austin, Texas on Monday.", "", "Austin"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if tc.person != "" && !has(entityNames(d, annals.Person), tc.person) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.person, entityNames(d, annals.Person))
		}
		if tc.place != "" && !has(entityNames(d, annals.Place), tc.place) {
			t.Errorf("%q: no place %q in %v", tc.text, tc.place, entityNames(d, annals.Place))
		}
	}
}

// TestEmeritusTitles: "Emeritus" or "Emerita" after an office is the
// title's word, and the body after it the office's.
func TestEmeritusTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "appos", text: "John Smith, President Emeritus of the Carnegie Endowment, spoke at the meeting.",
			want: []roleWant{{"John Smith", "President Emeritus", "Carnegie Endowment"}}},
		{name: "copula", text: "Mary Swig is President Emeritus of the Jewish Community Federation.",
			want: []roleWant{{"Mary Swig", "President Emeritus", "Jewish Community Federation"}}},
		{name: "at", text: "Jane Doe is Professor Emerita at Stanford University.",
			want: []roleWant{{"Jane Doe", "Professor Emerita", "Stanford University"}}},
		{name: "chair", text: "Jane Doe, Chair Emerita of the Ford Foundation, spoke.",
			want: []roleWant{{"Jane Doe", "Chair Emerita", "Ford Foundation"}}},
	})
}

// TestTitleOfTheNextPerson: in a list of people with their titles, a
// title whose body is followed by the next person's name is that
// person's, not the one before.
func TestTitleOfTheNextPerson(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "set off", text: "The team: Director for Technology Tom Reyes, Chief of Staff, Department of Energy Merla Vostrick, Counselor, Department of Commerce Jane Doe, and others.",
			want: []roleWant{{"Merla Vostrick", "Chief of Staff", "Department of Energy"}, {"Jane Doe", "Counselor", "Department of Commerce"}},
			not:  []roleWant{{"Tom Reyes", "Chief of Staff", ""}, {"Merla Vostrick", "Counselor", ""}}},
		{name: "of a body", text: "He was joined by Secretary of State Ann Lee, USAID Administrator Tom Reyes, Department of Health and Human Services Director of the Office of Global Affairs Loyce Pardew, and others.",
			not: []roleWant{{"Tom Reyes", "Director", ""}}},
		{name: "to a body", text: "He was joined by Secretary of State Ann Lee, U.S. Ambassador to the United Nations Jane Doe, and others.",
			not: []roleWant{{"Ann Lee", "Ambassador", ""}}},
	})
}

// TestAwardNamedAfterOfficeHolder: an office and a name before an
// award's head name the award after the office's holder: no person of
// the story, and no office of the sentence's subject.
func TestAwardNamedAfterOfficeHolder(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "subject", text: "Judge Ann Vole has served on the court since 2010. She was awarded the Federal Bureau of Investigation Director Tom Hale Award for Excellence in Prosecuting a Fraud Case.",
			not: []roleWant{{"Ann Vole", "Director", ""}, {"Tom Hale Award", "", ""}}},
	})
	checkNames(t, []nameCase{
		{text: "He received the Secretary Tom Hale Award for Excellence in 2019.", not: "Tom Hale Award"},
		{text: "She won the Federal Bureau of Investigation Director Tom Hale Award in 2019.", not: "Tom Hale Award"},
	})
}

// TestConsulateGeneralAndAwards: "Consulate General" is one body's name,
// its "General" no title; an award is no body one holds an office at.
func TestConsulateGeneralAndAwards(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Tom Hale served at the U.S. embassies in Peru and Chile, and the U.S. Consulate General in Lagos, Nigeria.", keep: "U.S. Consulate General", not: "U.S. Consulate"},
	})
	checkRoles(t, []roleCase{
		{name: "consulate", text: "Tom Hale served at the U.S. embassies in Peru and Chile, and the U.S. Consulate General in Lagos, Nigeria.",
			not: []roleWant{{"Tom Hale", "General", ""}}},
		{name: "award", text: "Tom Hale joined the Foreign Service in 1990. He is the recipient of numerous awards, including the Secretary of State’s Distinguished Service Award, and a Presidential Rank Award.",
			not: []roleWant{{"Tom Hale", "Secretary", ""}}},
	})
}

// TestCounterpartsOffices: the people set off after "<demonym>
// counterparts," hold offices of that country: "met their Japanese
// counterparts, Foreign Minister X and Defence Minister Y".
func TestCounterpartsOffices(t *testing.T) {
	text := "Minister Halvorsen and Defence Minister Per Lunde met their Japanese counterparts, Foreign Minister Iwaya Takeshi and Defence Minister Nakatani Gen."
	checkRoles(t, []roleCase{
		{name: "first of the list", text: text, want: []roleWant{{"Iwaya Takeshi", "Foreign Minister", "Japan"}}},
		{name: "second of the list", text: text, want: []roleWant{{"Nakatani Gen", "Defence Minister", "Japan"}}},
		{name: "one counterpart", text: "The minister met today with his Israeli counterpart, National Security Advisor Tzachi Hanegbi.",
			want: []roleWant{{"Tzachi Hanegbi", "National Security Advisor", "Israel"}}},
		{name: "a phrase before the subject", text: "During her meetings with Japanese counterparts, Deputy Minister Anne Neuberg discussed cyber security.",
			not: []roleWant{{"Anne Neuberg", "Deputy Minister", "Japan"}}},
	})
}

// TestTwoOfficesBeforeAName: two offices joined by "and" before a name
// set off by a comma are both the person's ("The OSCE
// Chairperson-in-Office and Foreign Minister of Malta, X,"); a second
// office with its own "the" is another person's.
func TestTwoOfficesBeforeAName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "both offices", text: "The OSCE Chairperson-in-Office and Foreign Minister of Malta, Ian Borg, concluded a visit to Kazakhstan.",
			want: []roleWant{{"Ian Borg", "Chairperson-in-Office", "OSCE"}, {"Ian Borg", "Foreign Minister", "Malta"}}},
		{name: "two people", text: "The OSCE Secretary General and the Foreign Minister of Malta, Ian Borg, met in Vienna.",
			not: []roleWant{{"Ian Borg", "Secretary General", "OSCE"}}},
	})
}

// TestOfficeOfAnUnknownAcronym: an office right after the acronym of a
// body the lists do not know is that body's ("ZQX Secretary-General
// X"), not the office the story's other bodies give (the United Nations'
// Secretary-General); a heading in capitals names no body.
func TestOfficeOfAnUnknownAcronym(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "acronym's office", text: "The United Nations met the ZQX in Lisbon. The agreement was signed by ZQX Secretary-General Mariano Jabonero.",
			want: []roleWant{{"Mariano Jabonero", "Secretary-General", "ZQX"}}, not: []roleWant{{"Mariano Jabonero", "Secretary-General", "United Nations"}}},
		{name: "with the", text: "The United Nations welcomed the plan. The PWQ Director-General Anna Roldan spoke in Madrid.",
			want: []roleWant{{"Anna Roldan", "Director-General", "PWQ"}}},
		{name: "a state's code", text: "The United Nations welcomed the plan. Phoenix, AZ Mayor Kate Lindqvist spoke.",
			not: []roleWant{{"Kate Lindqvist", "Mayor", "AZ"}}},
		{name: "unqualified office", text: "The United Nations welcomed the plan. Secretary-General Ban Ki-moon spoke in New York.",
			want: []roleWant{{"Ban Ki-moon", "Secretary-General", "United Nations"}}},
	})
	checkNotOfType(t, annals.Org, []string{
		"FACT SHEET President Joe Biden signs an order on jobs.",
	}, "SHEET")
}

// TestEnvoyPostedTo: the state an envoy is posted to, written between
// the office and the name, leaves the office the sending state's
// ("Ambassador of Kazakhstan to Türkiye X"), and the country of another's
// office is not the subject's ("Deputy Minister X received Ambassador of
// Kazakhstan Y": X's country is not Kazakhstan).
func TestEnvoyPostedTo(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of and to", text: "Deputy Minister Omer Balik received Ambassador of Kazakhstan to Türkiye Aibek Dosov at the Ministry on 8 March.",
			want: []roleWant{{"Aibek Dosov", "Ambassador", "Kazakhstan"}}, not: []roleWant{{"Aibek Dosov", "Ambassador", "Türkiye"}}},
		{name: "of and to, set off", text: "Deputy Minister Omer Balik received the Ambassador of Kazakhstan to Türkiye, Aibek Dosov, on 8 March.",
			want: []roleWant{{"Aibek Dosov", "Ambassador", "Kazakhstan"}}},
		{name: "possessive", text: "Deputy Minister Omer Balik received Kazakhstan's Ambassador to Türkiye Aibek Dosov on 8 March.",
			want: []roleWant{{"Aibek Dosov", "Ambassador", "Kazakhstan"}}},
		{name: "envoy", text: "He thanked Special Envoy of Norway to Sudan Anna Berg for her work.",
			want: []roleWant{{"Anna Berg", "Special Envoy", "Norway"}}, not: []roleWant{{"Anna Berg", "Special Envoy", "Sudan"}}},
		{name: "no sender", text: "The minister met Ambassador to Türkiye Aibek Dosov on 8 March.",
			not: []roleWant{{"Aibek Dosov", "Ambassador", "Türkiye"}}},
		{name: "another's country", text: "Deputy Minister Omer Balik received Ambassador of Kazakhstan Aibek Dosov on 8 March.",
			want: []roleWant{{"Aibek Dosov", "Ambassador", "Kazakhstan"}}, not: []roleWant{{"Omer Balik", "Deputy Minister", "Kazakhstan"}}},
		{name: "posted to a body", text: "The minister met the Permanent Representative of Ghana to the United Nations, Kwame Mensah, in New York.",
			want: []roleWant{{"Kwame Mensah", "Permanent Representative", "Ghana"}}, not: []roleWant{{"Kwame Mensah", "Permanent Representative", "United Nations"}}},
		{name: "possessive, posted to a body", text: "The minister met Ghana's Permanent Representative to the United Nations, Kwame Mensah, in New York.",
			want: []roleWant{{"Kwame Mensah", "Permanent Representative", "Ghana"}}},
		{name: "forms of state", text: "The Secretary-General received the Ambassador of the Republic of Ghana to the Kingdom of Spain, Kwame Mensah.",
			want: []roleWant{{"Kwame Mensah", "Ambassador", "Ghana"}}, not: []roleWant{{"Kwame Mensah", "Ambassador", "Spain"}}},
		{name: "a prince's style is no word of the office", text: "Andorra acceded to the treaty, with Foreign Minister Prince Faisal bin Omar signing the instrument.",
			want: []roleWant{{"Faisal bin Omar", "Foreign Minister", "Andorra"}}, not: []roleWant{{"Faisal bin Omar", "Foreign Minister Prince", ""}}},
		{name: "guard: crown prince", text: "The minister met Andorran Crown Prince Faisal bin Omar in Lima.",
			want: []roleWant{{"Faisal bin Omar", "Crown Prince", "Andorra"}}},
		{name: "posted to an acronym", text: "The Director-General thanked France's Ambassador to NATO, Marie Dupont, for her visit.",
			want: []roleWant{{"Marie Dupont", "Ambassador", "France"}}},
	})
	// the state's name after "Republic of" ends before "to": no place
	// "Ghana to the Kingdom of Spain"
	checkNames(t, []nameCase{
		{"The Secretary-General received the Ambassador of the Federal Republic of Ghana to the Kingdom of Spain and Permanent Representative to the OIC, Kwame Mensah.", "Spain", "Ghana to the Kingdom of Spain and Permanent Representative to the OIC"},
		{"The Secretary-General received the Ambassador of Ghana to the Kingdom of Spain and Permanent Representative to the OIC, Kwame Mensah.", "Spain", "Spain and Permanent Representative to the OIC"},
		{"He met the Ambassador of the Republic of Wakanda to the United Nations, Lee Min.", "Wakanda", "Wakanda to the United Nations"},
	})
}

// TestShortFormOfAnOffice: "Minister Bayramov" after "Foreign Minister of
// Azerbaijan Jeyhun Bayramov" is the same office told short, no second
// role; an office of another rank at the same body stays its own role.
// Made-up sentences.
func TestShortFormOfAnOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{"minister after foreign minister",
			"The meeting was chaired by Foreign Minister of Azerbaijan Jeyhun Bayramov.\n\nOn the sidelines, Omuraliev held talks with Minister Bayramov.",
			[]roleWant{{"Jeyhun Bayramov", "Foreign Minister", "Azerbaijan"}},
			[]roleWant{{"Jeyhun Bayramov", "Minister", "Azerbaijan"}}},
		{"secretary after secretary of state",
			"Secretary of State Anna Pell of Norland spoke in Vilnius.\n\nSecretary Pell then left for Riga.",
			[]roleWant{{"Anna Pell", "Secretary of State", "Norland"}},
			[]roleWant{{"Anna Pell", "Secretary", ""}}},
		{"deputy minister and minister are two offices",
			"Jonas Vale, then Deputy Minister of Finance of Estonia, became Minister in 2019.\n\nMinister Vale said the budget is balanced.",
			[]roleWant{{"Jonas Vale", "Deputy Minister of Finance", "Estonia"}},
			nil},
	})
}

// TestPortfolioAfterFor: "the Assistant Director-General for Social and
// Human Sciences of UNESCO, X" holds the title with its portfolio at the
// body named after it; "the Head of the EU Delegation to Nigeria and
// ECOWAS, X" heads the delegation, accredited to two. Made-up sentences.
func TestPortfolioAfterFor(t *testing.T) {
	checkRoles(t, []roleCase{
		{"for a portfolio with a title's word, of a country",
			"He met the Minister for Foreign Affairs of Iceland, Jon Vale, in Geneva.",
			[]roleWant{{"Jon Vale", "Minister for Foreign Affairs", "Iceland"}}, nil},
		{"for a portfolio of two, of a country",
			"The Minister for Foreign Affairs and Trade of Iceland, Jon Vale, met the Secretary-General.",
			[]roleWant{{"Jon Vale", "Minister for Foreign Affairs and Trade", "Iceland"}}, nil},
		{"for a portfolio of words in capitals",
			"The Forum was opened by the Assistant Director-General for Social and Human Sciences of UNESCO, Gabriela Lind.",
			[]roleWant{{"Gabriela Lind", "Assistant Director-General for Social and Human Sciences", "UNESCO"}}, nil},
		{"for one word",
			"The session was chaired by the Deputy Director for Education of UNICEF, Tomas Ruud.",
			[]roleWant{{"Tomas Ruud", "Deputy Director for Education", "UNICEF"}}, nil},
		{"a delegation accredited to two",
			"The Head of the EU Delegation to Nigeria and ECOWAS, Ambassador Maria Velde, said the programme works.",
			[]roleWant{{"Maria Velde", "Head", "EU Delegation to Nigeria"}}, nil},
		{"the portfolio of a minister stays",
			"The Minister of Foreign Affairs of Turkey, Ali Demir, met the press.",
			[]roleWant{{"Ali Demir", "Minister of Foreign Affairs", "Turkey"}}, nil},
	})
}

// TestNominationListTitleIsNotTheNext: in a list of nominations ("Y for
// Assistant Attorney General for Criminal Division at the Department of
// Justice, X for Assistant Secretary ...") the title before a comma is
// the one named before it's, not the next one's. Made-up sentence.
func TestNominationListTitleIsNotTheNext(t *testing.T) {
	checkRoles(t, []roleCase{
		{"nominee list",
			"The President nominated Karl Hume for Assistant Attorney General for Civil Division at the Department of Justice, Tom Roe for Assistant Secretary of State at the Department of State.",
			nil,
			[]roleWant{{"Tom Roe", "Assistant Attorney General for Civil Division", ""}}},
	})
}

// TestPlaceScopedTitles: a place after "for" in a title set off before a
// name is the office's scope, part of the title, and the body named
// before the title holds it: "the FAO Subregional Coordinator for the
// Pacific Islands, X" is FAO's coordinator, not an office of the islands.
func TestPlaceScopedTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"body before, the islands", "The letter was signed by the FAO Subregional Coordinator for the Pacific Islands, Ms Lena Varga.",
			[]roleWant{{"Lena Varga", "Subregional Coordinator for the Pacific Islands", "FAO"}},
			[]roleWant{{"Lena Varga", "", "Pacific Islands"}}},
		{"body before, a region", "The UNICEF Regional Director for South Asia, Tomas Erlund, visited Dhaka.",
			[]roleWant{{"Tomas Erlund", "Regional Director for South Asia", "UNICEF"}},
			[]roleWant{{"Tomas Erlund", "", "South Asia"}}},
		{"envoy for a country", "The UN Special Envoy for Syria, Anton Berglund, met the press in Geneva.",
			[]roleWant{{"Anton Berglund", "Special Envoy for Syria", "UN"}},
			[]roleWant{{"Anton Berglund", "", "Syria"}}},
		{"a country's minister for a region", "The British Minister for Africa, Lord Halvard Mense, arrived in Nairobi.",
			[]roleWant{{"Mense", "Minister for Africa", "United Kingdom"}},
			[]roleWant{{"Mense", "", "Africa"}}},
		// a head inside a longer title reads no office of the place
		{"guard: the Representative of the Secretary-General", "The Special Representative of the Secretary-General for Somalia, Jonas Ekholm, briefed the Council.",
			nil,
			[]roleWant{{"Jonas Ekholm", "Secretary-General", ""}, {"Jonas Ekholm", "", "Somalia"}}},
		// guards: the body after "for" or "of" still holds the office
		{"guard: a body after for", "The Deputy Director for Programmes of UNICEF, Mara Ilves, spoke.",
			[]roleWant{{"Mara Ilves", "Deputy Director for Programmes", "UNICEF"}}, nil},
		{"guard: a country after of", "The Minister of Foreign Affairs of Chile, Pedro Salas Vial, arrived.",
			[]roleWant{{"Pedro Salas Vial", "Minister of Foreign Affairs", "Chile"}}, nil},
	})
}

// TestOfficeSeatAfterBody: "the Head of the OSCE Programme Office in
// Astana, X" holds the office of the body named before its seat.
func TestOfficeSeatAfterBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"head of an office in a city", "He also met the Head of the OSCE Programme Office in Astana, Ambassador Rolf Vantaa, and staff of the office.",
			[]roleWant{{"Rolf Vantaa", "Head", "OSCE Programme Office"}}, nil},
		{"director of a body in a country", "The visitors were welcomed by the Director of the UNESCO Office in Bangkok, Mira Solberg.",
			[]roleWant{{"Mira Solberg", "Director", "UNESCO Office"}}, nil},
		// guard: a place after "in" with no body before it is no office
		{"guard: a city alone", "The Mayor of a town in Kenya, Paul Otieno, spoke.",
			nil, []roleWant{{"Paul Otieno", "", "Kenya"}}},
	})
}

// TestFieldAtBody: "as Director of Agriculture and Agro-Industry at the
// African Development Bank": the field is part of the title, the body
// after "at" holds it.
func TestFieldAtBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"field at a bank", "Ms Awa Ndiaye served as Director of Agriculture and Agro-Industry at the African Development Bank.",
			[]roleWant{{"Awa Ndiaye", "Director of Agriculture and Agro-Industry", "African Development Bank"}},
			[]roleWant{{"Awa Ndiaye", "Director", "Agriculture and Agro-Industry"}}},
		// guard: a body named with its article holds the office itself
		{"guard: the office of a body", "Ms Awa Ndiaye served as Director of the Office of Legal Affairs at the United Nations.",
			nil, []roleWant{{"Awa Ndiaye", "", "United Nations"}}},
	})
}

// TestTitleThenNameList: in a list of people each written "Title, Name"
// ("the Minister of X, Ms. A, the Ambassador of Japan, Mr. B"), the
// title after A's comma opens B's entry: it is B's office, not A's.
// "Name, Title, Name, Title" lists keep each title with the name before
// it, and no title before a name is that name's.
func TestTitleThenNameList(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "title-first list",
			text: "The launch was attended by the Minister of Environment of Mozambique, Ms. Celia Vunda, the Ambassador of Japan to Mozambique, Mr. Hiro Tanaba, and the Mayor of Pemba, Mr. Jose Lumbo.",
			want: []roleWant{{"Celia Vunda", "Minister of Environment", "Mozambique"}, {"Hiro Tanaba", "Ambassador", "Japan"}},
			not:  []roleWant{{"Celia Vunda", "Ambassador", "Japan"}, {"Hiro Tanaba", "Mayor", ""}}},
		// guard: a list opening with a name, honorifics inside
		{name: "name-first list with honorifics",
			text: "The roundtable featured Isabel Vane, Administrator of the Small Business Administration, Xavier Roe, Secretary of Health and Human Services, Dr. Miguel Sol, Secretary of Education and Ana Mora, Secretary of Homeland Security.",
			want: []roleWant{{"Isabel Vane", "Administrator", "Small Business Administration"}, {"Xavier Roe", "Secretary", "Health and Human Services"}},
			not:  []roleWant{{"Xavier Roe", "Administrator", "Small Business Administration"}, {"Miguel Sol", "Secretary", "Health and Human Services"}}},
		// guard: a list opening with a title before the name, no comma
		{name: "title then name, then set-off entries",
			text: "Today, Deputy Adviser for Economics Mike Pyla, together with Finance Minister of Ukraine, Sergii Marchuk, and European Commission Director-General for Enlargement, Gert Kooman, co-chaired the meeting.",
			want: []roleWant{{"Sergii Marchuk", "Finance Minister", "Ukraine"}, {"Gert Kooman", "Director-General for Enlargement", "European Commission"}}},
		{name: "envoy then set-off envoy",
			text: "I am grateful for the work of my Special Envoy Tim Lenders, and the UN’s Envoy to Yemen, Hans Gruber.",
			want: []roleWant{{"Hans Gruber", "Envoy", "UN"}}},
		// guard: name then title
		{name: "name-first list",
			text: "The panel heard Celia Vunda, Minister of Environment of Mozambique, Hiro Tanaba, Ambassador of Japan to Mozambique, and others.",
			want: []roleWant{{"Celia Vunda", "Minister of Environment", "Mozambique"}, {"Hiro Tanaba", "Ambassador", "Japan"}}},
	})
}

// TestTitleInCountryBeforeComma: "the UNDP Resident Representative in
// Mozambique, Mr. X": the body before the title holds it; the country the
// office sits in is no part of the title and no holder of it.
func TestTitleInCountryBeforeComma(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "body before title, seat after",
			text: "The ceremony was attended by the UNDP Resident Representative in Mozambique, Mr. Paolo Ricca.",
			want: []roleWant{{"Paolo Ricca", "Resident Representative", "UNDP"}},
			not:  []roleWant{{"Paolo Ricca", "Resident Representative", "Mozambique"}}},
		{name: "seat after a title of two words",
			text: "The UNICEF Regional Director in Senegal, Ms. Lena Orvik, said supplies had arrived.",
			want: []roleWant{{"Lena Orvik", "Regional Director", "UNICEF"}}},
		// guard: no body before the title, no role guessed from the seat
		{name: "no body",
			text: "The Resident Representative in Mozambique, Mr. Paolo Ricca, opened the meeting.",
			not:  []roleWant{{"Paolo Ricca", "Resident Representative", "Mozambique"}}},
	})
}

// TestStyleOfAddressBeforeName: a style of address of more words between
// a title set off by a comma and the name ("the Rt Hon", "H.E. Mr.") is
// no part of the title and does not hide it.
func TestStyleOfAddressBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "rt hon",
			text: "The Commonwealth Secretary-General, the Rt Hon Patricia Mensa, arrived in Suva on Monday.",
			want: []roleWant{{"Patricia Mensa", "Secretary-General", "Commonwealth"}}},
		{name: "right honourable",
			text: "The Secretary-General of the Commonwealth, the Right Honourable Patricia Mensa, arrived in Suva.",
			want: []roleWant{{"Patricia Mensa", "Secretary-General", "Commonwealth"}}},
		{name: "two honorifics",
			text: "The Secretary-General of ASEAN, H.E. Dr. Kao Lim Sang, opened the meeting.",
			want: []roleWant{{"Kao Lim Sang", "Secretary-General", "ASEAN"}}},
	})
}

// TestPortfolioOfManyWordsBeforeCountry: "the Minister of Land and
// Environment of Mozambique, X": a portfolio after "of" of any words in
// capitals, a list closed by "and", then the country holding the office.
func TestPortfolioOfManyWordsBeforeCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "two fields",
			text: "The launch was attended by the Minister of Land and Environment of Mozambique, Ms. Celia Vunda.",
			want: []roleWant{{"Celia Vunda", "Minister of Land and Environment", "Mozambique"}}},
		{name: "fields not in the list",
			text: "The launch was attended by the Minister of Fisheries and Marine Resources of Namibia, Ms. Celia Vunda.",
			want: []roleWant{{"Celia Vunda", "Minister of Fisheries and Marine Resources", "Namibia"}}},
		{name: "a list of fields",
			text: "The launch was attended by the Minister of Land, Environment and Rural Development of Mozambique, Celia Vunda.",
			want: []roleWant{{"Celia Vunda", "Minister of Land, Environment and Rural Development", "Mozambique"}}},
		// guard
		{name: "known portfolio",
			text: "The launch was attended by the Minister of Foreign Affairs of Namibia, Ms. Celia Vunda.",
			want: []roleWant{{"Celia Vunda", "Minister of Foreign Affairs", "Namibia"}}},
	})
}

// TestTitleThatIsAnHonorific: "Second Lady Dr. Jill X": the word of the
// title that is also a style of address ("Lady") stays in the title.
func TestTitleThatIsAnHonorific(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "second lady",
			text: "During those years, she served at the White House and the U.S. Department of State, including as Chief of Staff to Second Lady Dr. Jill Vane and the U.S. Ambassador for Global Women's Issues.",
			want: []roleWant{{"Jill Vane", "Second Lady", "U.S."}}},
	})
}

// TestBiographyPronounNotALeadersEra: "During the Obama administration,
// she served as ...": the leader naming an era is not the "she" whose
// offices the biography tells.
func TestBiographyPronounNotALeadersEra(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "administration",
			text: "During the Obama administration, she served at the White House, including as Chief of Staff to Dr. Jill Vane and the U.S. Ambassador for Global Women's Issues.",
			not:  []roleWant{{"Obama", "Ambassador for Global Women's Issues", "U.S."}}},
		{name: "under a president",
			text: "Under President Obama, she served as an adviser to the U.S. Ambassador to the United Nations.",
			want: []roleWant{{"Obama", "President", "U.S."}},
			not:  []roleWant{{"Obama", "adviser", "U.S."}}},
		// guard: an office opening with "Under"
		{name: "under secretary",
			text: "Under Secretary Lena Park previously served as the U.S. Ambassador to Chile.",
			want: []roleWant{{"Lena Park", "Ambassador", "U.S."}}},
	})
}

// TestCountrysOfficeInLowerCase: "Amadou X, Senegal's fisheries
// minister, said": a country's office set off after a name as the news
// writes it, in lower case or with a portfolio before its head.
func TestCountrysOfficeInLowerCase(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "lower-case portfolio minister",
			text: "Amadou Salla, Senegal's fisheries minister, said the estimates were late.",
			want: []roleWant{{"Amadou Salla", "Fisheries Minister", "Senegal"}}},
		{name: "capitalized portfolio minister",
			text: "Amadou Salla, Senegal’s Fisheries Minister, said the estimates were late.",
			want: []roleWant{{"Amadou Salla", "Fisheries Minister", "Senegal"}}},
		{name: "lower-case president",
			text: "Amadou Salla, Senegal's president, said the estimates were late.",
			want: []roleWant{{"Amadou Salla", "President", "Senegal"}}},
		{name: "lower-case foreign minister",
			text: "Amadou Salla, Senegal's foreign minister, and Lena Berg, Sweden's trade minister, met in Dakar.",
			want: []roleWant{{"Amadou Salla", "Foreign Minister", "Senegal"}, {"Lena Berg", "Trade Minister", "Sweden"}}},
		// guards: no office set off; a thing of the country
		{name: "no set-off",
			text: "Amadou Salla met Senegal's president in Dakar.",
			not:  []roleWant{{"Amadou Salla", "President", "Senegal"}}},
		{name: "a thing, no office",
			text: "Amadou Salla, Senegal's fisheries policy expert at the Institute, said it.",
			not:  []roleWant{{"Amadou Salla", "Fisheries Policy Expert", "Senegal"}}},
	})
}
