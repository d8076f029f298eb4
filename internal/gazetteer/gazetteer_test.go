package gazetteer

import (
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"annals"
)

// want is one expected match: the surface and the canonical name of the
// entry, with the flags.
type want struct {
	surface, name    string
	demonym, acronym bool
}

func TestMatch(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		want []want
	}{
		{"The Organization of Turkic States (OTS) signed a memorandum with the UNAOC in Istanbul.",
			[]want{{"Organization of Turkic States", "Organization of Turkic States", false, false},
				{"OTS", "Organization of Turkic States", false, true},
				{"UNAOC", "United Nations Alliance of Civilizations", false, true},
				{"Istanbul", "Istanbul", false, false}}},
		// hard-wrapped name, leftmost-longest
		{"He addressed the United Nations General\nAssembly and the UN General Assembly.",
			[]want{{"United Nations General\nAssembly", "United Nations General Assembly", false, false},
				{"UN General Assembly", "United Nations General Assembly", false, false}}},
		// possessives end a name and are not part of it
		{"The OSCE's Ministerial Council met; Kazakhstan’s chairmanship ended.",
			[]want{{"OSCE", "Organization for Security and Co-operation in Europe", false, true},
				{"Kazakhstan", "Kazakhstan", false, false}}},
		// unless the name has a possessive there: "People's Republic of
		// China" is China, not "Republic of China" (Taiwan)
		{"The People’s Republic of China and the Democratic People's Republic of Korea’s missiles.",
			[]want{{"People’s Republic of China", "China", false, false},
				{"Democratic People's Republic of Korea", "North Korea", false, false}}},
		// spelling variants
		{"the Organisation for Security and Cooperation in Europe and the Organization for Security and Co-operation in Europe",
			[]want{{"Organisation for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe", false, false},
				{"Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe", false, false}}},
		// dotted acronyms and hyphen-joined compounds
		{"The U.S.-Pacific Islands Forum Summit was hosted by the U.N. in New York.",
			[]want{{"U.S.", "United States", false, true},
				{"Pacific Islands Forum", "Pacific Islands Forum", false, false},
				{"U.N.", "United Nations", false, true},
				{"New York", "New York City", false, false}}},
		// all-capitals headlines: names match, English-word acronyms do not
		{"COMMENDING OUR ALLY, AZERBAIJAN",
			[]want{{"AZERBAIJAN", "Azerbaijan", false, false}}},
		{"BAN HAILS WORK OF ALLIANCE OF CIVILIZATIONS",
			[]want{{"ALLIANCE OF CIVILIZATIONS", "United Nations Alliance of Civilizations", false, false}}},
		{"LET US KNOW WHO IS COMING TO THE OSCE MINISTERIAL MEETING",
			[]want{{"OSCE", "Organization for Security and Co-operation in Europe", false, true}}},
		// "US" in mixed case is the United States; WHO in mixed case is the WHO
		{"US President Joe Biden met the head of the WHO.",
			[]want{{"US", "United States", false, true},
				{"WHO", "World Health Organization", false, true}}},
		// demonyms
		{"The Greek chairmanship and Turkish officials",
			[]want{{"Greek", "Greece", true, false},
				{"Turkish", "Türkiye", true, false}}},
		// diacritics, hyphens, former names
		{"Turkiye, Türkiye and Turkey; Nagorno Karabakh or Nagorno-Karabakh; the Turkic Council; Zaire.",
			[]want{{"Turkiye", "Türkiye", false, false}, {"Türkiye", "Türkiye", false, false}, {"Turkey", "Türkiye", false, false},
				{"Nagorno Karabakh", "Nagorno-Karabakh", false, false}, {"Nagorno-Karabakh", "Nagorno-Karabakh", false, false},
				{"Turkic Council", "Organization of Turkic States", false, false},
				{"Zaire", "DR Congo", false, false}}},
		// commas and periods inside names; exonyms
		{"talks in Washington, D.C. and in Genève (Geneva) and The Hague",
			[]want{{"Washington, D.C.", "Washington, D.C.", false, false},
				{"Genève", "Geneva", false, false}, {"Geneva", "Geneva", false, false},
				{"The Hague", "The Hague", false, false}}},
		// title-case acronyms read as words; mixed-case acronyms exactly
		{"a Nato summit, an Interpol notice, the IsDB and the CoE",
			[]want{{"Nato", "North Atlantic Treaty Organization", false, true},
				{"Interpol", "International Criminal Police Organization", false, true},
				{"IsDB", "Islamic Development Bank", false, true},
				{"CoE", "Council of Europe", false, true}}},
		// a paragraph break or sentence punctuation ends a name
		{"He thanked the United\n\nNations. Then Paris. France agreed.",
			[]want{{"Paris", "Paris", false, false}, {"France", "France", false, false}}},
		// markdown emphasis is transparent
		{"**Pacific Islands Forum** leaders met",
			[]want{{"Pacific Islands Forum", "Pacific Islands Forum", false, false}}},
		// a single word after a personal title is a person, not a place
		{"Mr. HASTINGS of Florida thanked Mrs. Washington.",
			[]want{{"Florida", "Florida", false, false}}},
		// a demonym shared with dependencies stays with the sovereign
		{"American diplomats", []want{{"American", "United States", true, false}}},
		// false-positive traps
		{"We ate turkey on a nice day, split the bill, reading the mobile news; who is it? Who knows.", nil},
		{"The Un-named group and us", nil},
	}
	for _, tt := range tests {
		ms := g.Match(tt.text)
		var got []want
		for _, m := range ms {
			if m.Surface != tt.text[m.Start:m.End] {
				t.Errorf("Match(%q): Surface %q != text[%d:%d]", tt.text, m.Surface, m.Start, m.End)
			}
			got = append(got, want{m.Surface, m.Entry.Name, m.Demonym, m.Acronym})
		}
		if !equalWants(got, tt.want) {
			t.Errorf("Match(%q)\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func equalWants(a, b []want) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.N.", "un"},
		{"the United Nations", "united nations"},
		{"The Hague", "hague"},
		{"Türkiye", "turkiye"},
		{"Organisation for Security and Co-operation in Europe", "organization for security and cooperation in europe"},
		{"Nagorno–Karabakh", "nagorno karabakh"},
		{"Côte d’Ivoire", "cote divoire"},
		{"People's  Republic\nof China", "people republic of china"},
		{"Trinidad & Tobago", "trinidad and tobago"},
		{"Washington, D.C.", "washington dc"},
		{"TÜRKSOY", "turksoy"},
		{"United Nations Development Programme", "united nations development program"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDefaultData(t *testing.T) {
	g := Default()
	counts := map[Kind]int{}
	isos := map[string]bool{}
	for _, e := range g.Entries() {
		counts[e.Kind]++
		if e.Kind == Country && e.Country != "" {
			isos[e.Country] = true
		}
		if e.Name == "" || len(e.Names) == 0 || e.Names[0] != e.Name {
			t.Errorf("%s: Names must start with Name %q: %v", e.Key, e.Name, e.Names)
		}
		if e.Parent != "" && g.Get(e.Parent) == nil {
			t.Errorf("%s: parent %s unknown", e.Key, e.Parent)
		}
		wantType := annals.Place
		if e.Kind == Org {
			wantType = annals.Org
		}
		if e.Type != wantType {
			t.Errorf("%s: type %s for kind %s", e.Key, e.Type, e.Kind)
		}
	}
	if counts[Org] < 300 {
		t.Errorf("%d organizations, want >= 300", counts[Org])
	}
	if len(isos) != 250 {
		t.Errorf("%d countries with ISO codes, want 250", len(isos))
	}
	if counts[City] < 4000 || counts[Region] < 150 {
		t.Errorf("cities %d, regions %d: too few", counts[City], counts[Region])
	}

	tests := []struct {
		name    string
		key     string // expected first entry
		country string
		former  string // a former name the entry must carry
		until   annals.Date
	}{
		{"Turkic Council", "Q596850", "", "Turkic Council", "2021"},
		{"Cooperation Council of Turkic Speaking States", "Q596850", "", "Cooperation Council of Turkic Speaking States", "2021"},
		{"OTS", "Q596850", "", "", ""},
		{"UNAOC", "org:united-nations-alliance-of-civilizations", "", "", ""},
		{"Alliance of Civilizations", "org:united-nations-alliance-of-civilizations", "", "", ""},
		{"Turkey", "Q43", "TR", "", ""},
		{"Turkish", "Q43", "TR", "", ""},
		{"Organisation of the Islamic Conference", "Q47543", "", "Organisation of the Islamic Conference", "2011"},
		{"OIC", "Q47543", "", "", ""},
		// the OAU was succeeded by the African Union, not renamed: its own entity
		{"OAU", "Q186185", "", "", ""},
		{"SCO", "Q485207", "", "", ""},
		{"TURKSOY", "Q1993710", "", "", ""},
		{"ILZSG", "Q12131043", "", "", ""},
		{"IADB", "Q1665759", "", "", ""},
		{"ICRC", "Q71", "", "", ""},
		{"Zaire", "Q974", "CD", "Zaire", "1997"},
		{"Burma", "Q836", "MM", "Burma", "1989"},
		{"Swaziland", "Q1050", "SZ", "Swaziland", "2018"},
		{"Holland", "Q29999", "NL", "", ""},
		{"Nur-Sultan", "city:1526273", "KZ", "Nur-Sultan", "2022"},
		{"UNGA", "Q47423", "", "", ""},
		{"Helsinki Commission", "org:commission-on-security-and-cooperation-in-europe", "US", "", ""},
		{"Minsk Group", "org:osce-minsk-group", "", "", ""},
		{"Doctors Without Borders", "org:medecins-sans-frontieres", "", "", ""},
		{"UAE", "Q878", "AE", "", ""},
		{"DPRK", "Q423", "KP", "", ""},
		{"Vaduz", "city:LI-vaduz", "LI", "", ""},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.name)
		if len(es) == 0 {
			t.Errorf("Lookup(%q): nothing", tt.name)
			continue
		}
		e := es[0]
		if e.Key != tt.key || e.Country != tt.country {
			t.Errorf("Lookup(%q) = %s (%s, %q), want %s (%q)", tt.name, e.Key, e.Name, e.Country, tt.key, tt.country)
		}
		if tt.former != "" {
			found := false
			for _, f := range e.Former {
				found = found || f.Name == tt.former && f.Until == tt.until
			}
			if !found {
				t.Errorf("Lookup(%q): former names %v lack %s until %s", tt.name, e.Former, tt.former, tt.until)
			}
		}
	}
	if e := g.Get("Q7159"); e == nil || e.HQ != "Addis Ababa" {
		t.Errorf("African Union HQ: %+v", e)
	}
	if e := g.Get("Q977"); e == nil || len(e.Demonyms) != 1 || e.Demonyms[0] != "Djiboutian" {
		t.Errorf("Djibouti demonyms: %+v", e)
	}
	if e := g.Get("Q47423"); e == nil || e.Parent != "Q1065" {
		t.Errorf("UNGA parent: %+v", e)
	}
}

// TestCityStopWords checks that cities named by common English words or
// personal names are not matched, while capitals still are.
func TestCityStopWords(t *testing.T) {
	g := Default()
	for _, w := range []string{"Split", "Mobile", "Reading", "Bath", "Nice", "Victoria", "Jackson", "Lincoln", "Hamilton", "Mary", "Of", "Along", "Bus"} {
		for _, e := range g.Lookup(w) {
			if e.Kind == City {
				t.Errorf("Lookup(%q) gives city %s (%s)", w, e.Key, e.Country)
			}
		}
	}
	for _, w := range []string{"Vaduz", "Monaco", "Valletta", "Andorra la Vella", "Brussels", "Ankara", "Astana", "Kingston"} {
		if len(g.Lookup(w)) == 0 {
			t.Errorf("Lookup(%q): nothing", w)
		}
	}
}

func TestParseUser(t *testing.T) {
	in := "# my entities\n\nORG\tAnnals Society\tAS|the Society\nPERSON\tBan Ki-moon\tBan\nPLACE\tCholpon-Ata\n"
	es, err := ParseUser(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("got %d entries, want 3", len(es))
	}
	if es[0].Type != annals.Org || es[1].Type != annals.Person || es[2].Type != annals.Place {
		t.Errorf("types: %s %s %s", es[0].Type, es[1].Type, es[2].Type)
	}
	if len(es[0].Acronyms) != 1 || es[0].Acronyms[0] != "AS" {
		t.Errorf("acronyms: %v", es[0].Acronyms)
	}
	bad := []struct{ in, msg string }{
		{"ORG\tok\nTHING\tx\n", "line 2"},
		{"# c\nORG\n", "line 2"},
		{"ORG\t\t\n", "line 1"},
		{"ORG\ta\tb\tc\n", "line 1"},
	}
	for _, b := range bad {
		_, err := ParseUser(strings.NewReader(b.in))
		if err == nil || !strings.Contains(err.Error(), b.msg) {
			t.Errorf("ParseUser(%q) error %v, want one naming %s", b.in, err, b.msg)
		}
	}
}

func TestWith(t *testing.T) {
	es, err := ParseUser(strings.NewReader("PERSON\tGeorgia Smith\tGeorgia\nORG\tAlliance of Civilizations Institute\n"))
	if err != nil {
		t.Fatal(err)
	}
	base := Default()
	g := base.With(es)
	ms := g.Match("Georgia met the Alliance of Civilizations Institute in Georgia.")
	if len(ms) != 3 || ms[0].Entry.Type != annals.Person || ms[1].Entry.Name != "Alliance of Civilizations Institute" {
		t.Errorf("With: got %+v", ms)
	}
	if e := base.Lookup("Georgia"); len(e) == 0 || e[0].Kind != Country {
		t.Errorf("With changed the base gazetteer: %+v", e)
	}
}

func TestIsGivenName(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{{"Amy", true}, {"jose", true}, {"José", true}, {"Recep", true}, {"Jens", true}, {"Tedros", true},
		{"Assembly", false}, {"Turkey", false}, {"", false}} {
		if got := IsGivenName(tt.s); got != tt.want {
			t.Errorf("IsGivenName(%q) = %v", tt.s, got)
		}
	}
	if n := len(givenNames); n < 900 {
		t.Errorf("%d given names, want about 1000", n)
	}
}

// TestIsGivenNameFilter checks IsGivenName against the map read without
// its bitmap, for every given name and words near them: other cases, a
// letter more or less, halves, diacritics, spaces, the empty word.
func TestIsGivenNameFilter(t *testing.T) {
	ref := func(s string) bool { return givenNames[string(fold(strings.TrimSpace(s), nil))] }
	asked := []string{"", " ", "a", "-", "'", "é", "José", " Amy ", "AMY", "Zoë", "Ünal", "the", "President", "\xff"}
	for w := range givenNames {
		asked = append(asked, w, strings.ToUpper(w), strings.Title(w), w+"s", w+"a", "x"+w, w[:len(w)/2], w+w, w+"é", " "+w)
	}
	for _, w := range asked {
		if got, want := IsGivenName(w), ref(w); got != want {
			t.Errorf("IsGivenName(%q) = %v, the map reads %v", w, got, want)
		}
	}
}

func TestTitles(t *testing.T) {
	pos := map[string]int{}
	for i, s := range Titles {
		pos[s] = i
		if i > 0 && len(s) > len(Titles[i-1]) {
			t.Errorf("Titles not longest first at %q", s)
		}
	}
	for _, s := range []string{"Mr.", "Secretary-General", "Deputy Prime Minister", "Prime Minister", "Ambassador", "H.E.", "Sen."} {
		if _, ok := pos[s]; !ok {
			t.Errorf("Titles lacks %q", s)
		}
	}
	if pos["Deputy Prime Minister"] > pos["Prime Minister"] {
		t.Error("Deputy Prime Minister must come before Prime Minister")
	}
}

func TestDefaultBuildTime(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	all := make([]Entry, 0, len(Default().Entries()))
	for _, e := range Default().Entries() {
		all = append(all, *e)
	}
	t0 := time.Now()
	New(all)
	t.Logf("build of %d entries: %v", len(all), time.Since(t0))
}

// TestLowStarts checks that turning away the words without capitals that
// begin no name (lowStarts) leaves every match as it was, in news text as
// written, in lower case and in capitals.
func TestLowStarts(t *testing.T) {
	g := Default()
	news := newsText(200_000)
	for _, s := range []string{news, strings.ToLower(news), strings.ToUpper(news[:50_000]),
		"the bank of england said. of the united nations, and the u.n. (un) met in d.c.; 9/11 & G20 iPhone"} {
		got, want := g.Match(s), g.match(s, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d matches, %d without lowStarts", len(got), len(want))
		}
	}
	if len(g.Match(news)) == 0 {
		t.Fatal("no match in the news text: the test compares nothing")
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"U.S.-Pacific Islands Forum", "OSCE's", "Co-operation", "a.b.c.", "’s", "UN\n\nGeneral", "Ü.Ş.", "&,.", "d'", "Türkiye’s", "People’s Republic of China’s"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		ms := g.Match(s)
		if ref := g.match(s, false); !reflect.DeepEqual(ms, ref) {
			t.Fatalf("Match(%q) = %+v, without lowStarts %+v", s, ms, ref)
		}
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad match %+v after %d in %q", m, last, s)
			}
			if m.Surface != s[m.Start:m.End] || m.Entry == nil {
				t.Fatalf("bad surface %+v in %q", m, s)
			}
			last = m.End
		}
		_ = Normalize(s)
	})
}

// newsText builds n bytes of news-like text from sentence templates and
// gazetteer names, so that matching meets names, near-misses and plain
// words in realistic proportions.
func newsText(n int) string {
	r := rand.New(rand.NewSource(1))
	g := Default()
	var orgs, places []string
	for _, e := range g.Entries() {
		switch e.Kind {
		case Org:
			orgs = append(orgs, e.Names...)
		case Country, City:
			places = append(places, e.Name)
		}
	}
	sort.Strings(orgs)
	sort.Strings(places)
	templates := []string{
		"The %s said on Tuesday that talks with officials in %s would continue next week.",
		"Ministers from %s met representatives of the %s to discuss trade, security and climate finance.",
		"In a statement, the %s welcomed the agreement and urged all parties in %s to respect the ceasefire.",
		"More than 300 delegates attended the forum hosted by the %s in %s, according to organizers.",
		"The Secretary-General of the %s visited %s, where he met the president and the foreign minister.",
		"Officials said the %s's new programme in %s would train young people in mediation and dialogue.",
	}
	var b strings.Builder
	for b.Len() < n {
		tpl := templates[r.Intn(len(templates))]
		o, p := orgs[r.Intn(len(orgs))], places[r.Intn(len(places))]
		if strings.Index(tpl, "%s") == strings.Index(tpl, "The %s")+4 || strings.HasPrefix(tpl, "The") || strings.HasPrefix(tpl, "In") || strings.HasPrefix(tpl, "More") || strings.HasPrefix(tpl, "Officials") {
			b.WriteString(strings.Replace(strings.Replace(tpl, "%s", o, 1), "%s", p, 1))
		} else {
			b.WriteString(strings.Replace(strings.Replace(tpl, "%s", p, 1), "%s", o, 1))
		}
		if r.Intn(5) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func BenchmarkMatch(b *testing.B) {
	text := benchText
	g := Default()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Match(text)
	}
}

func BenchmarkBuild(b *testing.B) {
	all := make([]Entry, 0, len(Default().Entries()))
	for _, e := range Default().Entries() {
		all = append(all, *e)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		New(all)
	}
}
