package extract

import (
	"sort"
	"strings"
	"testing"

	"annals"
	"annals/internal/read"
)

// run extracts one in-memory story.
// eventsOf returns the events of type typ in d, in their order.
func eventsOf(d *annals.Document, typ annals.EventType) []annals.Event {
	var out []annals.Event
	for _, e := range d.Events {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// gatheringCase is a text and how many meetings and conferences it tells.
type gatheringCase struct {
	text            string
	meetings, confs int
}

// checkGatherings extracts each case's text, published on pub, and checks
// how many meetings and conferences it tells.
func checkGatherings(t *testing.T, pub annals.Date, cases []gatheringCase) {
	t.Helper()
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, pub)
		m, c := len(eventsOf(d, annals.Meeting)), len(eventsOf(d, annals.Conference))
		if m != tc.meetings || c != tc.confs {
			t.Errorf("%q: %d meetings and %d conferences, want %d and %d: %v", tc.text, m, c, tc.meetings, tc.confs, d.Events)
		}
	}
}

func run(t *testing.T, name, body string, published annals.Date) *annals.Document {
	t.Helper()
	d, err := read.Bytes(name, []byte(body), read.Options{})
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	doc, err := New(nil).Extract(d, Options{Published: published})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// testState reads one in-memory story and makes the state the stages
// run on, before any stage has run.
func testState(t *testing.T, name, body string) *state {
	t.Helper()
	d, err := read.Bytes(name, []byte(body), read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt, m := d.Headline()
	return newState(New(nil), d, txt, m)
}

func entityNames(d *annals.Document, typ annals.EntityType) []string {
	var out []string
	for _, e := range d.Entities {
		if e.Type == typ {
			out = append(out, e.Name)
		}
	}
	sort.Strings(out)
	return out
}

func has(list []string, x string) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name, text string
		typ        annals.EntityType
		want       []string // must be found
		not        []string // must not be found (any type)
	}{
		{"acronym definition", "The Baltic-Andean Council for Water (BACW) met. The BACW agreed.", annals.Org,
			[]string{"Baltic-Andean Council for Water"}, nil},
		{"org by head", "Delegates of the Swiss Christian Peoples Party spoke.", annals.Org,
			[]string{"Swiss Christian Peoples Party"}, nil},
		{"titled person", "Secretary-General Ban Ki-moon spoke. Mr. Ban left.", annals.Person,
			[]string{"Ban Ki-moon"}, []string{"Ban"}},
		{"honorific surname in capitals", "Mr. CARDIN. Mr. President, I rise today.", annals.Person,
			[]string{"Cardin"}, nil},
		{"given name", "Jorge Sampaio led the initiative for five years.", annals.Person,
			[]string{"Jorge Sampaio"}, nil},
		{"name particles", "NATO Secretary General Jaap de Hoop Scheffer spoke.", annals.Person,
			[]string{"Jaap de Hoop Scheffer"}, []string{"Jaap"}},
		{"middle initial and nickname", "President Joseph R. Biden Jr. met Joe Biden's aides.", annals.Person,
			[]string{"Joseph R. Biden Jr"}, []string{"Joe Biden"}},
		{"back-reference", "The United Nations Alliance of Civilizations met. The Alliance agreed.", annals.Org,
			[]string{"United Nations Alliance of Civilizations"}, []string{"Alliance", "the Alliance"}},
		{"place with a head", "The pipeline runs to the Turkish Port of Ceyhan on the Mediterranean Sea.", annals.Place,
			[]string{"Ceyhan", "Mediterranean Sea"}, []string{"Ceyhan on the Mediterranean Sea"}},
		{"village of", "It happened at the Azerbaijani village of Khojaly in February 1992.", annals.Place,
			[]string{"Khojaly"}, nil},
		{"place before country", "The forum meets in Rarotonga, Cook Islands, on November 10.", annals.Place,
			[]string{"Rarotonga", "Cook Islands"}, nil},
		{"hyphenated acronyms", "The first AU-UN annual conference was held in New York.", annals.Org,
			[]string{"AU", "UN"}, nil},
		{"two names joined by in", "The Pacific Islands Forum Summit in Washington opened.", annals.Place,
			[]string{"Washington"}, []string{"Pacific Islands Forum Summit in Washington"}},
		{"organ of an organization", "The General Assembly of the Association of Inland Port Cities voted.", annals.Org,
			[]string{"Association of Inland Port Cities"}, []string{"General Assembly of the Association of Inland Port Cities"}},
		{"gathering is not an organization", "Delegates came to the 8th Global Forum of the UNAOC.", annals.Org,
			[]string{"UNAOC"}, []string{"Global Forum of the UNAOC", "Global Forum"}},
		{"title case headline", "# Statement on the IOM Director General Candidacy of Amy Pope\n\nThe IOM votes in Geneva.", annals.Person,
			[]string{"Amy Pope"}, []string{"Candidacy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := "x.txt"
			if strings.HasPrefix(tc.text, "#") {
				name = "x.md"
			}
			d := run(t, name, tc.text, "")
			got := entityNames(d, tc.typ)
			for _, w := range tc.want {
				if !has(got, w) {
					t.Errorf("%s entities %q lack %q", tc.typ, got, w)
				}
			}
			var all []string
			for _, e := range d.Entities {
				all = append(all, e.Name)
				all = append(all, e.Aliases...)
			}
			for _, n := range tc.not {
				for _, e := range d.Entities {
					if e.Name == n {
						t.Errorf("unexpected entity %s %q (all: %q)", e.Type, n, all)
					}
				}
			}
		})
	}
}

func TestMentionsCiteOriginalBytes(t *testing.T) {
	body := "---\ntitle: \"UN chief meets OSCE\"\ndate: 2020-05-05\n---\n\nThe **Organization for Security and Co-operation\nin Europe** (OSCE) met [Ban Ki-moon](#) today.\n"
	d := run(t, "x.md", body, "")
	if d.Published != "2020-05-05" {
		t.Errorf("published %q", d.Published)
	}
	n := 0
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			n++
			if body[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not cite bytes %d:%d (%q)", m.Text, m.Start, m.End, body[m.Start:m.End])
			}
		}
	}
	if n < 3 {
		t.Errorf("only %d mentions in %+v", n, d.Entities)
	}
}

func TestRoles(t *testing.T) {
	type r struct{ person, role, org string }
	tests := []struct {
		name, text string
		want       []r
	}{
		{"title before name with org", "OTS Secretary General Baghdad Amreyev attended.", []r{{"Baghdad Amreyev", "Secretary General", "OTS"}}},
		{"apposition", "Mr. Al-Nasser replaces Jorge Sampaio, former President of Portugal, who led it.", []r{{"Jorge Sampaio", "President", "Portugal"}}},
		{"designation and succession", "Mr. Ban has designated Nassir Abdulaziz Al-Nasser as High Representative for the United Nations Alliance of Civilizations. Mr. Al-Nasser replaces Jorge Sampaio.",
			[]r{{"Nassir Abdulaziz Al-Nasser", "High Representative", "United Nations Alliance of Civilizations"}, {"Jorge Sampaio", "High Representative", "United Nations Alliance of Civilizations"}}},
		{"title of place after name", "President Ilham Aliyev of Azerbaijan met President Vladimir Putin of Russia.", []r{{"Ilham Aliyev", "President", "Azerbaijan"}, {"Vladimir Putin", "President", "Russia"}}},
		{"demonym", "Romanian Foreign Minister Cristian Diaconescu arrived.", []r{{"Cristian Diaconescu", "Foreign Minister", "Romania"}}},
		{"title acronym", "Principal Deputy National Security Advisor (PDNSA) Jon Finer met the United States team.", []r{{"Jon Finer", "Principal Deputy National Security Advisor", "United States"}}},
		{"title set off before the name", "On 14 May 2014 the Secretary General of the Baltic Council for Water (BCW), Dr. Ines Kuusk, signed it.", []r{{"Ines Kuusk", "Secretary General", "Baltic Council for Water"}}},
		{"served as with dates", "Mr. Guterres served as Prime Minister of Portugal from 1995 to 2002.", []r{{"Guterres", "Prime Minister", "Portugal"}}},
		{"speaker's own office", "`Mr. CARDIN — 9 December 2009`\n\nMr. CARDIN. Mr. President, in my capacity as Chairman of the Commission on Security and Cooperation in Europe, I rise.", []r{{"Cardin", "Chairman", "Commission on Security and Cooperation in Europe"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := "x.txt"
			if strings.HasPrefix(tc.text, "`") {
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
		})
	}
}

func TestEvents(t *testing.T) {
	type ev struct {
		typ   annals.EventType
		date  annals.Date
		place string
	}
	tests := []struct {
		name, text string
		pub        annals.Date
		want       []ev
		count      int // expected number of events, 0 = not checked
	}{
		{"agreement and conference in one sentence",
			"The OTS and the UNAOC signed the MoU on 20 October 2016 in Istanbul on the occasion of the international conference titled “Youth and Peace” in 20-21 October 2016 in Istanbul.",
			"", []ev{{annals.Agreement, "2016-10-20", "Istanbul"}, {annals.Conference, "2016-10-20", "Istanbul"}}, 2},
		{"back-reference adds to the event",
			"The OSCE held a conference in Vienna on 5 May 2020. The Conference, co-organized by the OSCE and UNESCO, gathered 300 people.",
			"", []ev{{annals.Conference, "2020-05-05", "Vienna"}}, 1},
		{"relative date and planned",
			"The OSCE Ministers decided to hold a high-level conference on tolerance next year.",
			"2009-12-09", []ev{{annals.Conference, "2010", ""}}, 1},
		{"yesterday's meeting",
			"PDNSA Jon Finer met yesterday with the World Health Organization (WHO) Director-General.",
			"2024-04-20", []ev{{annals.Meeting, "2024-04-19", ""}}, 1},
		{"founding in a relative clause",
			"The African Union (AU) was launched in Durban on 9 July 2002 as the successor to the Organisation of African Unity (OAU), which had been founded in Addis Ababa on 25 May 1963.",
			"", []ev{{annals.Founding, "2002-07-09", "Durban"}, {annals.Founding, "1963-05-25", "Addis Ababa"}}, 2},
		{"a treaty named in passing is no event",
			"The Ministers could not agree on the Conventional Forces in Europe Treaty.",
			"2009-12-09", nil, -1},
		{"the office in an apposition is no event",
			"He designated Nassir Al-Nasser, the President of the Assembly's 66th session, as High Representative for the Alliance of Civilizations.",
			"2012-09-28", []ev{{annals.Appointment, "2012-09-28", ""}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, tc.pub)
			for _, w := range tc.want {
				found := false
				for _, e := range d.Events {
					found = found || e.Type == w.typ && e.Date == w.date && (w.place == "" || string(e.Place) == w.place)
				}
				if !found {
					t.Errorf("no %+v in %+v", w, d.Events)
				}
			}
			if tc.count > 0 && len(d.Events) != tc.count || tc.count < 0 && len(d.Events) != 0 {
				t.Errorf("%d events, want %d: %+v", len(d.Events), max(tc.count, 0), d.Events)
			}
			for _, e := range d.Events {
				if strings.Join(strings.Fields(tc.text[e.Evidence.Start:e.Evidence.End]), " ") != e.Evidence.Text {
					t.Errorf("evidence does not cite the text: %q", e.Evidence.Text)
				}
			}
		})
	}
}

func TestPlannedStatus(t *testing.T) {
	d := run(t, "x.txt", "Mr. Sampaio will step down following the next Alliance of Civilizations forum, which is scheduled for February 2013.", "2012-09-28")
	n := 0
	for _, e := range d.Events {
		if e.Status != annals.Planned {
			t.Errorf("%s %s is %s, want planned", e.Type, e.Date, e.Status)
		}
		n++
	}
	if n == 0 {
		t.Error("no events")
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ body, want string }{
		{"# Title\n\n28 September 2012 – Secretary-General Ban Ki-moon today spoke.", "2012-09-28"},
		{"GENEVA, 5 May 2020 - The WHO met today.", "2020-05-05"},
		{"# HEADLINE\n\n`Mr. CARDIN — 9 December 2009`\n\nMr. CARDIN. Mr. President, last week we met.", "2009-12-09"},
		{"The conference of 20 October 2016 was a success, and more came later in the year.", ""},
	}
	for _, tc := range tests {
		d := run(t, "x.md", tc.body, "")
		if string(d.Published) != tc.want {
			t.Errorf("published %q, want %q for %q", d.Published, tc.want, tc.body)
		}
	}
}

func TestRenames(t *testing.T) {
	tests := []struct{ text, name, former, until string }{
		{"The Steppe Heritage Cities Network, formerly the Silk Road Towns Association, met in Khiva.", "Steppe Heritage Cities Network", "Silk Road Towns Association", ""},
		{"In 2019 the Silk Road Towns Association was renamed the Steppe Heritage Cities Network.", "Steppe Heritage Cities Network", "Silk Road Towns Association", "2019"},
	}
	for _, tc := range tests {
		d, err := New(nil).Extract(mustRead(t, tc.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var orgs []annals.Entity
		for _, e := range d.Entities {
			if e.Type == annals.Org {
				orgs = append(orgs, e)
			}
		}
		if len(orgs) != 1 || orgs[0].Name != tc.name || len(orgs[0].Former) != 1 || orgs[0].Former[0].Name != tc.former || string(orgs[0].Former[0].Until) != tc.until {
			t.Errorf("%q: organizations %+v", tc.text, orgs)
		}
	}
}

func mustRead(t *testing.T, text string) *read.Doc {
	t.Helper()
	d, err := read.Bytes("x.txt", []byte(text), read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestPlacesInsideNames(t *testing.T) {
	for _, text := range []string{
		"Algeria is a Mediterranean Partner of the Organization for Security and Cooperation in Europe (OSCE).",
		"The Ministers could not agree on the Conventional Forces in Europe Treaty.",
	} {
		d := run(t, "x.txt", text, "")
		for _, e := range d.Entities {
			if e.Name == "Europe" || e.Name == "Mediterranean Sea" {
				t.Errorf("%q: %s %q is part of another name", text, e.Type, e.Name)
			}
		}
	}
}

// TestHousesAreVenues: a meeting at the White House was held there.
func TestHousesAreVenues(t *testing.T) {
	d := run(t, "x.txt", "President Lena Park met Prime Minister Tom Reyes of Norway at the White House on Monday.", "2023-06-05")
	for _, e := range d.Events {
		if e.Type == annals.Meeting {
			if e.Place != "White House" {
				t.Errorf("meeting place %q, want White House", e.Place)
			}
			return
		}
	}
	t.Errorf("no meeting in %+v", d.Events)
}

func TestCollapsed(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "Ban Ki-moon", "São Paulo", "a\u00a0b", "a\u2003b", "\xff b", "\xff  b", "a b c d"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := collapsed(s); got != want {
			t.Errorf("collapsed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCollapsedASCIIFast checks collapsed, which reads ASCII a byte at
// a time and the rest from its first other byte as runes
// (collapsedRunes), against strings.Fields and strings.Join, on texts
// with every ASCII byte, spaces of other kinds, and non-ASCII runes
// before, between and after spaces.
func TestCollapsedASCIIFast(t *testing.T) {
	texts := []string{"", " ", "  ", "é", " é", "é ", "é é", "é  é", "a é", "a  é", "é\u00a0a", "a \u0085", "ab\u2003", "\xff", " \xff", "a\xff b", "über alles", "a b über", "a b über ", "a b  über"}
	for c := range 128 {
		texts = append(texts, string(rune(c)), "a"+string(rune(c))+"b", "a "+string(rune(c))+"b", "é"+string(rune(c))+"é", string(rune(c))+" é")
	}
	for _, s := range texts {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := collapsed(s); got != want {
			t.Errorf("collapsed(%q) = %v, want %v", s, got, want)
		}
	}
	// the rest of a text, after a space or not
	for _, c := range []struct {
		rest  string
		space bool
		want  bool
	}{{"é", true, true}, {"é", false, true}, {"é ", false, false}, {"\u00a0é", false, false}, {"é a", true, true}, {"é  a", true, false}} {
		if got := collapsedRunes(c.rest, c.space); got != c.want {
			t.Errorf("collapsedRunes(%q, %v) = %v, want %v", c.rest, c.space, got, c.want)
		}
	}
}
