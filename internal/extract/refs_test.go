package extract

import (
	"slices"
	"strings"
	"testing"

	"annals"
)

// TestHeadsName: a short form of an organization's name stands for a
// longer one when it is the longer one's head: its opening words before
// a connector, its closing words, or its head between qualifiers and a
// complement.
func TestHeadsName(t *testing.T) {
	tests := []struct {
		long, short string
		at          int
	}{
		{"meridian fund for rural health", "meridian fund", 0},
		{"nordic-pacific ocean fund", "ocean fund", 1},
		{"u.s.-eu task force on energy security", "task force", 1},
		{"house select committee to investigate", "select committee", 1},
		{"task force to eliminate fraud", "task force", 0},
		// no head of these: a list's member, a name inside a phrase
		// that is no name, a name the short form does not end
		{"u.s. defense innovation unit and india", "defense innovation unit", -1},
		{"trial attorney in the civil rights division of the ministry", "civil rights division", -1},
		{"establishing the task force to eliminate fraud", "task force", -1},
		{"air force reserve officer", "air force", -1},
	}
	for _, tc := range tests {
		if got := headsName(strings.Fields(tc.long), strings.Fields(tc.short)); got != tc.at {
			t.Errorf("headsName(%q, %q) = %d, want %d", tc.long, tc.short, got, tc.at)
		}
	}
}

// TestShortFormOfHead: "the Task Force" after "the Atlantic-Pacific Task
// Force on Water Security" is that task force, not a second organization.
func TestShortFormOfHead(t *testing.T) {
	d := run(t, "x.txt", "The Atlantic-Pacific Task Force on Water Security met on May 3, 2024. The Task Force will report to ministers in June.", "")
	var found bool
	for _, e := range d.Entities {
		if e.Name == "Task Force" {
			t.Errorf("a second organization %q", e.Name)
		}
		if e.Name == "Atlantic-Pacific Task Force on Water Security" {
			found = slices.Contains(e.Aliases, "Task Force")
		}
	}
	if !found {
		t.Errorf("no alias Task Force in %+v", d.Entities)
	}
}

func TestNamesWithParticlesAndFaiths(t *testing.T) {
	for _, tc := range []struct {
		text    string
		want    []string // people, by their full names
		notWant []string // people and organizations that must not be read
	}{
		{"President Trask met Prime Minister Karim Hadi al-Masri of Iraq. Prime Minister Masri thanked him.",
			[]string{"Karim Hadi al-Masri"}, []string{"Masri", "Karim Hadi"}},
		{"Trask met Prime Minister Karim Hadi’ al-Masri of Iraq on Monday.",
			[]string{"Karim Hadi’ al-Masri"}, []string{"Karim Hadi"}},
		{"Trask hosted Karim Hadi Al-Masri on Monday. Houthi militants and Shia militia groups attacked, and Sunni tribes fled.",
			[]string{"Karim Hadi Al-Masri"}, []string{"Shia", "Sunni"}},
		{"In April the President designated Care Worker Recognition Month to honor them.",
			nil, []string{"Care Worker Recognition Month"}},
	} {
		d := run(t, "x.txt", tc.text, "")
		people := entityNames(d, "PERSON")
		for _, w := range tc.want {
			if !has(people, w) {
				t.Errorf("%q: no person %q in %v", tc.text, w, people)
			}
		}
		for _, w := range tc.notWant {
			if has(people, w) || has(entityNames(d, "ORG"), w) {
				t.Errorf("%q: %q read as a person or an organization", tc.text, w)
			}
		}
	}
}

// TestPossessiveNamedOnce checks that a name the lists know, written with
// its possessive, is one mention, not two at the same place.
func TestPossessiveNamedOnce(t *testing.T) {
	for _, text := range []string{
		"The talks were held in Astana. Kazakhstan's chairmanship of the OSCE begins in January, and Kazakhstan will host the summit.",
		"Yesterday, a copy of the IAEA's upcoming report on Iran was released.",
		"Mozambique's ruling party retains control in elections in Mozambique.",
	} {
		d := run(t, "x.txt", text, "")
		for _, e := range d.Entities {
			seen := map[[2]int]bool{}
			for _, m := range e.Mentions {
				k := [2]int{m.Start, m.End}
				if seen[k] {
					t.Errorf("%q: %s named twice at %d-%d", text, e.Name, m.Start, m.End)
				}
				seen[k] = true
			}
		}
		if n := len(entityNames(d, "ORG")); strings.HasPrefix(text, "Mozambique") && n > 0 {
			t.Errorf("%q: the country in the possessive read as an organization: %v", text, entityNames(d, "ORG"))
		}
	}
}

func TestCompanyNamedForFounder(t *testing.T) {
	d := run(t, "x.txt", "Before that, he was the President of Jack Markell Consulting, LLC. Ana Ruiz lives in Aspen, CO with her family.", "")
	if has(entityNames(d, "PERSON"), "Jack Markell Consulting") || !has(entityNames(d, "ORG"), "Jack Markell Consulting, LLC") {
		t.Errorf("the company read as a person: people %v, organizations %v", entityNames(d, "PERSON"), entityNames(d, "ORG"))
	}
	for _, o := range entityNames(d, "ORG") {
		if strings.Contains(o, "Aspen") {
			t.Errorf("a town and its state read as a company: %q", o)
		}
	}
}

func TestThingsNamedAfterPeople(t *testing.T) {
	for _, tc := range []struct {
		text        string
		notPeople   []string
		wantPlace   string
		wantPersons []string
	}{
		{"The agency renovated the second largest building in its portfolio, the Ronald Reagan Building in Washington.",
			[]string{"Ronald Reagan Building"}, "Ronald Reagan Building", nil},
		{"His works were performed in Carnegie Hall, Disney Hall, and many other venues.", []string{"Disney Hall"}, "Disney Hall", nil},
		{"She is a recipient of the Thomas Jefferson Award for outstanding service abroad.", []string{"Thomas Jefferson Award"}, "", nil},
		{"House Minority Leader, New York Congressman Hakeem Jeffries: “We welcome it.”", []string{"House Minority Leader"}, "", []string{"Hakeem Jeffries"}},
		{"President Trask visited Lake Charles in May, in the wake of hurricanes Laura and Delta.", []string{"Laura"}, "", nil},
		{"Senator Kevin Hall spoke on Monday.", nil, "", []string{"Kevin Hall"}},
	} {
		d := run(t, "x.txt", tc.text, "")
		for _, n := range tc.notPeople {
			if has(entityNames(d, "PERSON"), n) {
				t.Errorf("%q: %q read as a person", tc.text, n)
			}
		}
		if tc.wantPlace != "" && !has(entityNames(d, "PLACE"), tc.wantPlace) {
			t.Errorf("%q: no place %q in %v", tc.text, tc.wantPlace, entityNames(d, "PLACE"))
		}
		for _, n := range tc.wantPersons {
			if !has(entityNames(d, "PERSON"), n) {
				t.Errorf("%q: no person %q in %v", tc.text, n, entityNames(d, "PERSON"))
			}
		}
	}
}

func TestPeoplesDocumentsHonoursAndPortfolios(t *testing.T) {
	for _, tc := range []struct {
		text string
		not  []string // neither a person nor an organization
		keep []string // people or organizations that stay
	}{
		{"The plan works for working families, including Asian American, Native Hawaiian, and Pacific Islander families.", []string{"Native Hawaiian"}, nil},
		{"The leaders discussed regional partnerships, as exemplified by the Abraham Accords and the Negev Summit.", []string{"Abraham Accords"}, nil},
		{"She attended Oxford University as a Rhodes Scholar, where she studied history.", []string{"Rhodes Scholar"}, []string{"Oxford University"}},
		{"Nikki Gronli, USDA State Director, Rural Development, South Dakota, spoke today.", []string{"Rural Development"}, []string{"Nikki Gronli"}},
		{"Sullivan met National Security Advisors from Japan and Korea, and the Board of Governors met in Kansas City.", []string{"National Security Advisors"}, []string{"Board of Governors"}},
		// one such word alone, in running text
		{"They discussed how Governors are working closely with FEMA and the National Guard.", []string{"Governors"}, nil},
	} {
		d := run(t, "x.txt", tc.text, "")
		names := append(entityNames(d, "PERSON"), entityNames(d, "ORG")...)
		for _, n := range tc.not {
			if has(names, n) {
				t.Errorf("%q: %q read as a person or an organization", tc.text, n)
			}
		}
		for _, n := range tc.keep {
			if !has(names, n) {
				t.Errorf("%q: %q lost: %v", tc.text, n, names)
			}
		}
	}
}

func TestSurnamesThatAreCities(t *testing.T) {
	d := run(t, "x.txt", "Attorney General Garland said the department would act. Senator Warren agreed. She was named Professor Emerita in 2019.", "")
	for _, n := range []string{"Garland", "Warren"} {
		if !has(entityNames(d, "PERSON"), n) || has(entityNames(d, "PLACE"), n) {
			t.Errorf("%q after a title read as a place: people %v, places %v", n, entityNames(d, "PERSON"), entityNames(d, "PLACE"))
		}
	}
	if has(entityNames(d, "PERSON"), "Emerita") {
		t.Errorf("a title's word read as a person: %v", entityNames(d, "PERSON"))
	}
	d = run(t, "x.txt", "The summit met in Austin, Texas, on Monday.", "")
	if has(entityNames(d, "PERSON"), "Austin") {
		t.Errorf("a city before its state read as a person: %v", entityNames(d, "PERSON"))
	}
}

func TestBodiesReadAsPeople(t *testing.T) {
	for _, text := range []string{
		"Paul Weiss, of California, to be Administrator of the National Highway Traffic Safety Administration, vice Ana Ruiz.",
		"She serves on boards at several universities, including American University and George Mason University.",
		"Ana Ruiz is the CEO of the Latino Victory Project and a board member of Grupo Salinas.",
	} {
		d := run(t, "x.txt", text, "")
		for _, p := range entityNames(d, "PERSON") {
			if l := strings.ToLower(p[strings.LastIndexByte(p, ' ')+1:]); strictBodyHeads.m[l] {
				t.Errorf("%q: the body %q read as a person", text, p)
			}
		}
	}
}

// TestBodiesEndingPartnersOrUnited checks heads that end the names of
// firms and groups and never a person's.
func TestBodiesEndingPartnersOrUnited(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"They were joined by executives of Citi, Global Infrastructure Partners, Japan Foreign Trade Council, and Nokia.", "Global Infrastructure Partners", annals.Org},
		{"Most recently, she was the Senior Director of Public Policy for Esperanza United, a national resource center.", "Esperanza United", annals.Org},
		{"The ornaments were made by Glitterville Studios in Nashville.", "Glitterville Studios", annals.Org},
	})
}

// TestTitleOnlyPlural: a person named by the words of an office in the
// plural ("National Security Advisors") is an office many hold, written
// nowhere, as one named by an office's words in the singular is.
func TestTitleOnlyPlural(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"National Security Advisors", true},
		{"Deputy Secretaries", true},
		{"President", true},
		{"Ann Advisors", false},
		{"Jake Sullivan", false},
	} {
		if got := titleOnly(&ent{typ: annals.Person, name: tc.name}); got != tc.want {
			t.Errorf("titleOnly(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestCountryAsSurnameAfterTitle: a country's name alone after a
// personal title ("Secretary-General Chad", "Baroness Chad") is the
// surname of the person the story names in full with it, no place; the
// country after no title, or with no such person, stays a place.
// Made-up sentences.
func TestCountryAsSurnameAfterTitle(t *testing.T) {
	texts := []string{
		"Secretary-General Chad opens Andean forum\n\nAndean Secretary-General Ana Chad opened the forum in Lima on Friday.",
		"Andean Secretary-General Ana Chad opened the forum in Lima on Friday. In her speech, Baroness Chad urged members to act.",
		"Andean Secretary-General Ana Chad opened the forum in Lima on Friday. Secretary-General Chad then met the press.",
	}
	checkNotOfType(t, annals.Place, texts, "Chad")
	for _, text := range texts {
		if d := run(t, "x.txt", text, ""); !has(entityNames(d, annals.Person), "Ana Chad") {
			t.Errorf("%q: no person Ana Chad in %v", text, entityNames(d, annals.Person))
		}
	}
	checkNames(t, []nameCase{
		{"guard: Secretary Ana Ruiz met the delegation of Chad in Lima. Chad thanked Ms. Ruiz.", "Chad", ""},
		{"guard: Andean Secretary-General Ana Ruiz met President Idriss of Chad in Lima.", "Chad", ""},
	})
}

// TestShortNamesOfOnePerson: a person's name of two words that ends the
// full name of one other person of the story is that person ("President
// Lucía Fernanda Ortiz Vidal" then "President Ortiz Vidal"); a surname
// several people share is the one whose surname it is, or the one whose
// office the title before it names; otherwise it stays apart.
func TestShortNamesOfOnePerson(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		full       string // the person the short name is an alias of
		short      string // the short name, no person of its own
		apart      string // a short name that must stay a person of its own
	}{
		{"two-word surname",
			"President Andrés Felipe Ortiz Vidal of Colombia met the delegation in Bogotá. President Ortiz Vidal thanked the ministers for their work.",
			"Andrés Felipe Ortiz Vidal", "Ortiz Vidal", ""},
		{"governor's two-word surname",
			"The President called New Mexico Governor Michelle Arroyo Grisham today. Governor Arroyo Grisham underscored the impacts of the fires.",
			"Michelle Arroyo Grisham", "Arroyo Grisham", ""},
		{"middle and last names",
			"Maria Fabiana Torres, Nominee for Member of the Board. Fabiana Torres is the Alternate Executive Director of the Bank. Fabiana Torres will continue serving.",
			"Maria Fabiana Torres", "Fabiana Torres", ""},
		{"surname over a middle name",
			"Michael Fennimore is a Director of Acquavella Galleries. Victoria Fennimore Wolfe is a quilter. Fennimore directed one of the first galleries in SoHo.",
			"Michael Fennimore", "Fennimore", ""},
		{"office picks the holder",
			"President Joseph R. Biden, Jr. and First Lady Jill Biden will travel to Maui on Monday. President Biden will meet with families there.",
			"Joseph R. Biden", "Biden", ""},
		// guards: a title another person holds, or none, keeps it apart
		{"first lady alone",
			"First Lady Jill Biden will travel to Maui on Monday. President Biden signed the declaration on Friday.",
			"", "", "Biden"},
		{"a given name and a surname",
			"The President will nominate Martin Okafor and Paul K. Martin. Governor Martin spoke on Monday.",
			"", "", "Martin"},
		{"two names, two people",
			"Maria Elena Ortiz Vidal and Pedro Ortiz Vidal attended. Ortiz Vidal spoke later.",
			"", "", "Ortiz Vidal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "")
			people := entityNames(d, annals.Person)
			if tc.short != "" && has(people, tc.short) {
				t.Errorf("a person %q in %v", tc.short, people)
			}
			if tc.apart != "" && !has(people, tc.apart) {
				t.Errorf("no person %q apart in %v", tc.apart, people)
			}
			if tc.full == "" {
				return
			}
			for _, e := range d.Entities {
				if e.Type == annals.Person && strings.HasPrefix(e.Name, tc.full) {
					if !slices.Contains(e.Aliases, tc.short) {
						t.Errorf("%q without alias %q: %v", e.Name, tc.short, e.Aliases)
					}
					return
				}
			}
			t.Errorf("no person %q in %v", tc.full, people)
		})
	}
}
