package extract

import (
	"slices"
	"strings"
	"testing"

	"annals"
)

// TestAcronymExpansionAcrossCommas: an organization's name written out
// before its acronym goes on before a comma when the words there spell
// the acronym's first letters ("Educational, Scientific and Cultural");
// the acronym's letters may come from inside a word after a missing one
// ("ISESCO": "IS" of "Islamic"); the names read inside the whole name
// are no entities of their own. Words before a comma that do not spell
// the acronym stay out of the name.
func TestAcronymExpansionAcrossCommas(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The Islamic Educational, Scientific and Cultural Organization (ISESCO) signed an agreement with the Turkic Council in Rabat.",
			keep: "Islamic Educational, Scientific and Cultural Organization", not: "Scientific and Cultural Organization"},
		{text: "The Arab League Educational, Cultural and Scientific Organization (ALECSO) held its conference in Tunis.",
			keep: "Arab League Educational, Cultural and Scientific Organization", not: "Cultural and Scientific Organization"},
		{text: "The Arab League Educational, Cultural and Scientific Organization (ALECSO) held its conference in Tunis.",
			keep: "Arab League Educational, Cultural and Scientific Organization", not: "Arab League"},
		{text: "Delegates of the Nordic Maritime, Fisheries and Coastal Union (NMFCU) met in Bergen on Tuesday.",
			keep: "Nordic Maritime, Fisheries and Coastal Union", not: "Fisheries and Coastal Union"},
		{text: "Ministers welcomed the Baltic Energy, Water, and Transport Council (BEWTC) to the talks.",
			keep: "Baltic Energy, Water, and Transport Council", not: "Transport Council"},
		// no acronym spelled across the comma
		{text: "We thanked Dana Kerr, Director of Pacific Rail Services (PRS), for her work.",
			keep: "Pacific Rail Services", not: "Dana Kerr, Director of Pacific Rail Services"},
		{text: "Alphabet chief Mara Lind, CEO of Amazon Web Services (AWS), spoke in Seattle.",
			not: "Alphabet chief Mara Lind, CEO of Amazon Web Services"},
	})
	// the acronym is the whole name's
	for _, tc := range []struct{ text, acr, name string }{
		{"The Islamic Educational, Scientific and Cultural Organization (ISESCO) opened an office in Baku. ISESCO will host a forum.", "ISESCO", "Islamic Educational, Scientific and Cultural Organization"},
		{"The Turkic Educational Scientific and Cultural Organization (TUESCO) opened a school. TUESCO will host a forum.", "TUESCO", "Turkic Educational Scientific and Cultural Organization"},
	} {
		d := run(t, "x.txt", tc.text, "")
		found := false
		for _, e := range d.Entities {
			if e.Type == annals.Org && has(e.Aliases, tc.acr) {
				found = true
				if e.Name != tc.name {
					t.Errorf("%s is %q", tc.acr, e.Name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no organization called %s: %v", tc.text, tc.acr, entityNames(d, annals.Org))
		}
	}
}

// TestOrganizationNamedAfterAnother: a name the lists know that opens
// with another organization's name mentions that organization when it
// names one of its organs ("UN General Assembly"), not when it is an
// organization of its own ("United Nations Educational, Scientific and
// Cultural Organization", a specialized agency).
func TestOrganizationNamedAfterAnother(t *testing.T) {
	cases := []struct {
		text string
		un   bool
	}{
		{"The United Nations Educational, Scientific and Cultural Organization (UNESCO) opened a new office in Baku.", false},
		{"The United Nations Educational, Scientific and Cultural Organization opened a new office in Baku.", false},
		{"The United Nations Industrial Development Organization opened a new office in Baku.", false},
		{"The UN General Assembly adopted the resolution.", true},
	}
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "")
		got := false
		for _, e := range d.Entities {
			if e.Type == annals.Org && (e.Name == "United Nations" || e.Name == "UN" || has(e.Aliases, "United Nations")) {
				got = true
			}
		}
		if got != tc.un {
			t.Errorf("%q: United Nations mentioned %v, want %v: %+v", tc.text, got, tc.un, entityNames(d, annals.Org))
		}
	}
}

// TestPartyOfStateNoAcronym: a lawmaker's party and state in brackets
// ("(R-TX)") is no acronym of the words before it: the person and the
// title stay apart. Made-up people.
func TestPartyOfStateNoAcronym(t *testing.T) {
	checkNames(t, []nameCase{
		{"She oversees technology policy for Ranking Member Tom Rocha (R-TX).", "Tom Rocha", "Ranking Member Tom Rocha"},
		{"He worked for Ranking Member Dana Ruiz (D-NM) on the committee.", "Dana Ruiz", "Ranking Member Dana Ruiz"},
	})
}

// TestAcronymInItsOwnLanguage: an acronym in brackets after the whole
// name of an organization the lists know is its acronym though its
// letters spell the name in another language ("Organisation of
// Ibero-American States (OEI)", from Spanish); not when the acronym names
// another entry the lists know.
func TestAcronymInItsOwnLanguage(t *testing.T) {
	for _, tc := range []struct {
		text, acr, name string
		want            bool
	}{
		{"The Alliance signed a memorandum with the Organisation of Ibero-American States (OEI) in Lisbon. OEI will fund the programme.", "OEI", "Organisation of Ibero-American States", true},
		{"Delegates of the International Labour Organization (OIT) met unions in Geneva.", "OIT", "International Labour Organization", true},
		// another entry's name: no alias
		{"Officials of the International Labour Organization (UN) met unions in Geneva.", "UN", "International Labour Organization", false},
	} {
		d := run(t, "x.txt", tc.text, "")
		got := false
		for _, e := range d.Entities {
			if e.Type == annals.Org && e.Name == tc.name && has(e.Aliases, tc.acr) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s an alias of %s is %v, want %v (%v)", tc.text, tc.acr, tc.name, got, tc.want, d.Entities)
		}
	}
}

// TestAcronymsAsTheNewsWritesThem: an acronym the news writes in lower
// case only in web addresses ("www.fema.gov") is a name when it acts as a
// body ("FEMA announced"), and a web address of the story writes no word
// of its prose ("https://www.qxra.gov/grants" does not make "QXRA" a
// common word). One word in capitals after a title and its body is an
// acronym, no person ("the Inspector General for the Department of
// Homeland Security OIG"); "ARP added about 70,000 vouchers" adds a
// count and says nothing; "AAPI officials" are people of one origin.
func TestAcronymsAsTheNewsWritesThem(t *testing.T) {
	for _, tc := range []struct{ text, org string }{
		{"FEMA announced a new policy this morning to reduce barriers for survivors.", "FEMA"},
		{"NOAA said the storm would strengthen over the weekend.", "NOAA"},
		{"QXRA announced a new grant program today. Details are at https://www.qxra.gov/grants for applicants.", "QXRA"},
		// guard: the lists know it
		{"NATO said the exercise would start on Monday.", "NATO"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if !has(entityNames(d, annals.Org), tc.org) {
			t.Errorf("%q: no ORG %q in %v", tc.text, tc.org, entityNames(d, annals.Org))
		}
	}
	checkNotOfType(t, annals.Person, []string{
		"Before that, she served as counsel to the Inspector General for the Department of Homeland Security ZQIG. She was the lead attorney.",
		"He was counsel to the Inspector General of the Department of Homeland Security OIG, and later a judge. See https://www.oig.dhs.gov/ for reports.",
	}, "Zqig", "Oig", "ZQIG", "OIG")
	checkNotOfType(t, annals.Org, []string{
		"- DVRP added about 70,000 emergency vouchers to the rental market.",
		"She was one of the highest ranking AAPI officials in the labor movement.",
		// guard: a word in capitals the news writes in lower case
		"NEW rules take effect on Monday, the agency said.",
	}, "DVRP", "AAPI", "NEW")
}

// TestOrgBeforeBracket: the one reader of the organization named right
// before an acronym's bracket, which the tagger's acronyms and the rules'
// acronyms in another language share: a body's name ending at the
// bracket, nothing after a place, a common word or no word.
func TestOrgBeforeBracket(t *testing.T) {
	for _, tc := range []struct {
		text, acr, want string // want "" when no organization
	}{
		{"Officials of the National Bank of Romania (BNR) met in Bucharest.", "BNR", "National Bank of Romania"},
		{"The Alliance signed a memorandum with the Organisation of Ibero-American States (OEI) in Lisbon.", "OEI", "Organisation of Ibero-American States"},
		{"Farmers of Kessra Province (KP) met in the capital.", "KP", ""},
		{"The new programme (ZQP) starts in May.", "ZQP", ""},
		{"(ZQP) The programme starts in May.", "ZQP", ""},
	} {
		s := testState(t, "x.txt", tc.text)
		s.stage("dates", s.findDates)
		s.stage("entities", s.findEntities)
		got := ""
		for k := range s.toks {
			if s.word(k) == tc.acr && s.word(k+1) == ")" {
				if m := s.orgBeforeBracket(k); m != nil {
					got = s.text[m.start:m.end]
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: organization before (%s) %q, want %q", tc.text, tc.acr, got, tc.want)
		}
	}
}

// TestStoryAcronymOverListsOne: an acronym the story defines in brackets
// is the body the story names before it, not the one the lists know by
// the same letters ("ICG" is the International Crisis Group in the
// lists): at its definition and at every later use. A body whose own
// name does not spell the letters keeps the lists' reading.
func TestStoryAcronymOverListsOne(t *testing.T) {
	for _, tc := range []struct{ text, acr, name, not string }{
		{"The stockpile will be managed by the International Coordinating Group on Vaccine Provision (ICG), set up in 1997. UNICEF will buy the doses for the ICG.",
			"ICG", "International Coordinating Group on Vaccine Provision", "International Crisis Group"},
		{"Delegates of the Island Conservation Council (ICC) met in Suva on Monday. The ICC will meet again in May.",
			"ICC", "Island Conservation Council", "International Criminal Court"},
		// guard: the lists' body is the one the story names
		{"The World Health Organization (WHO) sent experts. WHO said more would follow.",
			"WHO", "World Health Organization", ""},
	} {
		d := run(t, "x.txt", tc.text, "")
		found := false
		for _, e := range d.Entities {
			if e.Name == tc.not || has(e.Aliases, tc.not) {
				t.Errorf("%q: %s read as %q", tc.text, tc.acr, tc.not)
			}
			if e.Type == annals.Org && (e.Name == tc.acr || has(e.Aliases, tc.acr)) {
				if e.Name != tc.name && !has(e.Aliases, tc.name) {
					t.Errorf("%q: %s is %q %v", tc.text, tc.acr, e.Name, e.Aliases)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organization called %s: %v", tc.text, tc.acr, entityNames(d, annals.Org))
		}
	}
}

// TestAcronymOfTheWholeBodyNamed: "the Governing Body of the
// International Labour Office (ILO)": the letters spell the body named
// last, not the organ; "the Economic Community of West African States
// (ECOWAS)" is the one body the lists know by both names.
func TestAcronymOfTheWholeBodyNamed(t *testing.T) {
	d := run(t, "x.txt", "The Governing Body of the International Labour Office (ILO) elected its Chair. The ILO Director-General congratulated her.", "")
	for _, e := range d.Entities {
		if has(e.Aliases, "ILO") && strings.HasPrefix(e.Name, "Governing Body") {
			t.Errorf("ILO read as %q", e.Name)
		}
	}
	d = run(t, "x.txt", "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja. ECOWAS will meet again in June.", "")
	n := 0
	for _, e := range d.Entities {
		if e.Type == annals.Org && (e.Name == "ECOWAS" || e.Name == "Economic Community of West African States" || has(e.Aliases, "ECOWAS")) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("ECOWAS is %d organizations: %v", n, entityNames(d, annals.Org))
	}
}

// TestAcronymOfAListedBodyShortNamed: "the Departments of Defense (DOD),
// Health and Human Services (HHS)": the expansion is a short or
// misspelt name of the body the lists know by the acronym, which stays
// that body.
func TestAcronymOfAListedBodyShortNamed(t *testing.T) {
	for _, tc := range []struct{ text, acr, name string }{
		{"In November, the Departments of Defense (DOD), Health and Human Services (HHS), and Labor signed a plan. HHS will lead it.", "HHS", "Department of Health and Human Services"},
		{"In November, the Departments of Defense (DOD), Health and Human Services (HHS), and Labor signed a plan. HHS will lead it.", "DOD", "Department of Defense"},
		{"The Federal Bureau of Investigations (FBI) expanded its program. The FBI said more would follow.", "FBI", "Federal Bureau of Investigation"},
	} {
		d := run(t, "x.txt", tc.text, "")
		found := false
		for _, e := range d.Entities {
			if e.Type == annals.Org && (e.Name == tc.acr || has(e.Aliases, tc.acr)) {
				found = found || strings.HasSuffix(e.Name, tc.name) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.HasSuffix(a, tc.name) })
			}
		}
		if !found {
			t.Errorf("%q: %s is not %s: %v", tc.text, tc.acr, tc.name, d.Entities)
		}
	}
}

// TestMissionToAListedBodyIsNoShortForm: "U.S. Mission to the
// Organization for Security and Cooperation in Europe (OSCE)": the name
// holding the listed body's name names another body (a mission to it);
// the letters stay the listed body's and the mission stays its own.
func TestMissionToAListedBodyIsNoShortForm(t *testing.T) {
	d := run(t, "x.txt", "Before that, he was Minister Counselor at the U.S. Mission to the Organization for Security and Cooperation in Europe (OSCE) in Vienna.", "")
	for _, e := range d.Entities {
		if e.Type != annals.Org {
			continue
		}
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Text, "U.S. Mission") && (e.Name == "OSCE" || has(e.Aliases, "OSCE")) {
				t.Errorf("the mission read as the OSCE: %v", e)
			}
		}
	}
}
