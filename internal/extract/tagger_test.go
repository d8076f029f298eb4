package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"annals"
	"annals/internal/ner"
	"annals/internal/read"
)

// The tagger adds the people no title or list announces, and --explain
// says who found each entity.
func TestTaggerAddsNames(t *testing.T) {
	tests := []struct {
		text  string
		typ   annals.EntityType
		name  string
		found string
	}{
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Person, "Tarvo Kessler", foundTagger},
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Person, "Ilmar Ruus", foundTagger},
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Place, "Geneva", foundList},
		{"The talks were chaired by Secretary-General Ban Ki-moon in New York.", annals.Person, "Ban Ki-moon", ""},
	}
	for _, tc := range tests {
		d, err := read.Bytes("t.txt", []byte(tc.text), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(nil).Extract(d, Options{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		var got *annals.Entity
		for i, e := range doc.Entities {
			if e.Type == tc.typ && e.Name == tc.name {
				got = &doc.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.typ, tc.name, doc.Entities)
			continue
		}
		if tc.found != "" && got.Found != tc.found {
			t.Errorf("%q: %q found by %q, want %q", tc.text, tc.name, got.Found, tc.found)
		}
	}
}

func TestHardBreaks(t *testing.T) {
	tests := []struct {
		text string
		want int // number of hard line breaks
	}{
		// one sentence a line, as CoNLL documents are written
		{"SOCCER - RESULTS .\nLONDON 1996-08-30\nThe club said on Friday that the match in Manchester would go ahead .", 2},
		// a paragraph wrapped at a fixed width
		{"The Commission on Security and Cooperation in\nEurope met in Vienna on Tuesday to discuss the\nsituation in the region with the delegations.", 0},
		// a paragraph wrapped by hand, its lines of uneven width: a name
		// across a line end is one name
		{"Geneva -- Member States of the World Health\nOrganization (WHO) today elected Dr Tedros Adhanom\nGhebreyesus of Ethiopia as the Organization's next Director-General,\nat the Seventieth World Health Assembly in Geneva. Dr Tedros will take\noffice on 1 July 2017 for a five-year term.", 0},
		// results, a row a line
		{"Sandrine Testud ( France ) beat Ines Gorrochategui ( Argentina ) 4-6 6-2 6-1\nMen 's singles , second round\nTim Henman ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4 6-2\nMark Philippoussis ( Australia ) beat Andrei Olhovskiy ( Russia ) 6-3 6-4 6-2", 2},
	}
	for _, tc := range tests {
		if got := hardBreaks(tc.text); len(got) != tc.want {
			t.Errorf("%q: %d hard breaks (%v), want %d", tc.text, len(got), got, tc.want)
		}
	}
}

// The tagger reads words as CoNLL-2003 writes them.
func TestJoinWord(t *testing.T) {
	tests := []struct {
		text string
		want string // the tagger's words, joined by "|"
	}{
		{"LONDON 1996-08-30", "LONDON|1996-08-30"},
		{"the 104th-ranked Tarango won 6-4 in 4:09.95 on 1/8", "the|104th-ranked|Tarango|won|6-4|in|4:09.95|on|1/8"},
		{"Daniels Inc of St. Petersburg, Fla., and AT&T", "Daniels|Inc|of|St.|Petersburg|,|Fla.|,|and|AT&T"},
		{"surplus to England 's needs and Clinton's visit", "surplus|to|England|'s|needs|and|Clinton|'s|visit"},
		{"Finland—we agreed, EU-3--Germany", "Finland|—|we|agreed|,|EU-3|--|Germany"},
		{"( 4- 7 ) and $ 9.5", "(|4-|7|)|and|$|9.5"},
		// a period before closing marks at the end of a sentence ends it
		{"a “down payment on the Green New Deal.”", "a|\"|down|payment|on|the|Green|New|Deal|.|\""},
		{"pathways in the Western Hemisphere.** The Budget grew", "pathways|in|the|Western|Hemisphere|.|*|*|The|Budget|grew"},
		{"officer at First Albany Corp. \" That 's when", "officer|at|First|Albany|Corp.|\"|That|'s|when"},
	}
	for _, tc := range tests {
		s := testState(t, "t.txt", tc.text)
		var got []string
		for _, ts := range s.taggerSentences() {
			for _, w := range ts.words {
				got = append(got, w.Word)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: words %s, want %s", tc.text, g, tc.want)
		}
	}
}

// A line the writer ended on purpose ends the tagger's sentence and any
// name, although the reader joins the lines of a paragraph.
func TestLineBreaks(t *testing.T) {
	tests := []struct {
		name, text string
		sents      int // tagger sentences
	}{
		{"t.txt", "SOCCER - RESULTS .\nLONDON 1996-08-30\nThe club said on Friday that the match in Manchester would go ahead .\n", 3},
		{"t.txt", "Jim Adams\nWASHINGTON 1996-08-31\nMore than 300 troops arrived .\n", 3},
		// wrapped at 72 columns: "’" is one column, not three bytes
		{"t.md", "Before that, Ambassador Russell was a resident fellow at the Institute\nof Politics at the Kennedy School of Government at Harvard University.\nShe worked on women’s issues and on the foreign policy of the nation now\n", 2},
		// the last word of a Markdown line with its hard-break spaces
		{"t.md", "During the Obama-Biden administration, Ambassador Russell served for all\nManagement from the Kennedy School of Government at Harvard\nUniversity.  \nHe is the recipient of numerous awards.\n", 2},
	}
	for _, tc := range tests {
		s := testState(t, tc.name, tc.text)
		if got := s.taggerSentences(); len(got) != tc.sents {
			t.Errorf("%q: %d tagger sentences, want %d", tc.text, len(got), tc.sents)
		}
	}
	doc := extractText(t, "t.txt", "Jim Adams\nWASHINGTON 1996-08-31\nMore than 300 troops arrived on Friday .\n")
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "\n") || strings.Contains(e.Name, "Adams W") {
			t.Errorf("a name across lines: %s %q", e.Type, e.Name)
		}
	}
}

// The tagger's organization or person wins over a list place written
// the same: a club named after its town.
func TestTaggerRetypesListPlace(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EntityType
		name string
	}{
		{"Mark Ellis made 70 as Surrey closed on 429 for seven against Kent at the Oval .", annals.Org, "Surrey"},
		{"Surrey captain Paul Anders continued to silence his critics .", annals.Org, "Surrey"},
		{"Division one\nBradford 1 Tranmere 0\nGrimsby 0 Portsmouth 1\n", annals.Org, "Bradford"},
		// a place stays a place
		{"The minister flew to Bradford on Monday to open a new hospital .", annals.Place, "Bradford"},
		// a town before a body's noun names where the body stands
		{"Lyon charity's school library drive passes halfway mark", annals.Place, "Lyon"},
		{"Pagebridge, a small Lyon charity, launched a campaign last month.", annals.Place, "Lyon"},
		// a town before its government's office, a state or a country
		// after "the": no club is written so
		{"Yesterday Tampa Mayor Dana Whitfield spoke about the plan.", annals.Place, "Tampa"},
		{"He met with Houston Mayor Carl Brenner on Monday.", annals.Place, "Houston"},
		{"Georgia State Representative Lena Orr said the bill would pass.", annals.Place, "Georgia"},
		{"Currently, 11 states and the District of Columbia have passed paid leave laws.", annals.Place, "District of Columbia"},
		{"Ana Ruiz, of the District of Columbia, to be a Member of the Board.", annals.Place, "District of Columbia"},
		// (a club's captain or manager is no office of its town)
		{"Leeds manager Tom Brand said the side would recover .", annals.Org, "Leeds"},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		found := false
		for _, e := range doc.Entities {
			found = found || e.Type == tc.typ && e.Name == tc.name
		}
		if !found {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.typ, tc.name, doc.Entities)
		}
	}
}

// Each rule of the arbitration between the tagger's names and the rules'
// (see the comment at the top of tagger.go), on made-up sentences.
func TestTaggerArbitration(t *testing.T) {
	tests := []struct {
		rule, text string
		typ        annals.EntityType
		name       string
		want       bool
	}{
		{"organization alone", "Gazprom said on Friday that exports to Italy rose .", annals.Org, "Gazprom", true},
		{"organization alone", "Interfax news agency said the talks in Grozny had ended .", annals.Org, "Interfax", true},
		{"organization alone: an exchange is a market", "The New York Stock Exchange closed higher on Friday .", annals.Org, "New York Stock Exchange", true},
		{"longer name over a list city", "Fans threw bottles at Dynamo Moscow players during the match .", annals.Org, "Dynamo Moscow", true},
		{"longer name over a list city", "Fans threw bottles at Dynamo Moscow players during the match .", annals.Place, "Moscow", false},
		{"club written as a list place", "Mark Ellis made 70 as Surrey closed on 429 for seven against Kent at the Oval .", annals.Place, "Surrey", false},
		{"first name alone", "Cathy Russell will lead the agency . Cathy has worked in government for years .", annals.Person, "Cathy", false},
		{"common word capitalized", "The Government said on Monday that talks would resume .", annals.Org, "Government", false},
		{"nationality used as an adjective", "Kazakhstan became the first Central Asian nation to chair the group .", annals.Org, "Central Asian", false},
		{"programme", "Officials from the Visa Waiver Program met on Monday .", annals.Org, "Visa Waiver Program", false},
		{"group of states", "The Forum Dialogue Partners met in Honiara on Friday .", annals.Org, "Forum Dialogue Partners", false},
		{"possessive inside", "He praised the United Nation's Transparency efforts on Monday .", annals.Org, "United Nation's Transparency", false},
		{"office", "She met the Deputy National Security Advisor Pyle in Geneva .", annals.Org, "Deputy National Security Advisor Pyle", false},
		{"acronym in brackets after its body", "Leaders of the National Farmers Party ( SZS ) met in Sofia on Monday . The SZS said it would join the government .", annals.Org, "SZS", false},
		{"acronym acting as a body", "A KLTU spokesman said the strike would go on .", annals.Org, "KLTU", true},
		{"acronym acting as a body", "The NKRF said on Friday it would not take part in the talks in Geneva .", annals.Org, "NKRF", true},
		{"acronym of a thing", "Prices of LNG rose on Friday in Europe .", annals.Org, "LNG", false},
		{"dateline place", "KESTOVO , Bulgaria 1996-08-30\nThe mayor of the town said on Friday that the floods had passed .", annals.Place, "KESTOVO", true},
		{"company", "Norvik Metals Inc said on Friday it had bought Dalmor Pharmaceuticals Inc for $ 40 million .", annals.Org, "Dalmor Pharmaceuticals Inc", true},
		{"dateline place", "KESTOVO , Borland 1996-08-30\nThe mayor of the town said on Friday that the club had won .", annals.Place, "KESTOVO", true},
		{"company", "Swedish telecoms group LM Vessberg AB said on Friday it won an order from China .", annals.Org, "LM Vessberg AB", true},
		{"company", "Swedish telecoms group LM Vessberg AB said on Friday it won an order from China .", annals.Person, "LM Vessberg AB", false},
		{"compound adjective", "The Lyon-based group said it had opened an office in Kigali .", annals.Place, "Lyon", false},
		{"sure tagger over common words", "Stocks fell on Wall Street on Friday as investors waited for the Federal Reserve to act .", annals.Place, "Wall Street", true},
		{"sure tagger over common words", "Stocks fell on Wall Street on Friday as investors waited for the Federal Reserve to act .", annals.Org, "Federal Reserve", true},
		{"topic of a gathering", "She spoke at the Global Summit on Ocean Plastic Waste in Lisbon .", annals.Org, "Ocean Plastic Waste", false},
		{"given name and a place", "Police said Neil Jordan , 52 , was arrested on Friday . Jordan denied the charge .", annals.Person, "Neil Jordan", true},
		{"given name and a place", "Police said Neil Jordan , 52 , was arrested on Friday . Jordan denied the charge .", annals.Place, "Jordan", false},
		{"competition named after a place", "Mark Ellis lost in the second round of the Hong Kong Open on Saturday .", annals.Place, "Hong Kong", false},
		{"competition named after a place", "The sprinter finished fourth at the Atlanta Games last month .", annals.Place, "Atlanta", false},
		{"company suffix", "Analyst Paul Weber of Harlan Bros said the bank would cut rates .", annals.Org, "Harlan Bros", true},
		{"sure tagger's person inside the rules'", "The party reassured its leader , Bosnian President Edin Karovic , whom he met during a Friday visit .", annals.Person, "Edin Karovic", true},
		{"sure tagger's person inside the rules'", "Norvik CEO Stephen Marlow told reporters in a conference call .", annals.Person, "Stephen Marlow", true},
		{"sure tagger's person inside the rules'", "In 1984 , Democrat Walter Hollis , who promised higher taxes , lost .", annals.Person, "Democrat Walter Hollis", false},
		{"sure tagger's person inside a rules' organization", "\" We need more trucks , \" said Don Penney of the Rochester Fire Department .", annals.Person, "Don Penney", true},
		{"sure tagger's person inside a rules' organization", "\" We need more trucks , \" said Don Penney of the Rochester Fire Department .", annals.Org, "Rochester Fire Department", true},
		{"nationality before a body's head", "\" He is waiting , \" North Korean Red Cross president Li Song-ho said on Friday .", annals.Org, "North Korean Red Cross", true},
		{"nationality before a body's head", "The film portrays the Irish Republican Army in the 1920s .", annals.Org, "Irish Republican Army", true},
		{"company's first word", "Toronto-based Magnotta International Inc agreed to buy the plant . Magnotta was up 1/8 to 48 on the exchange .", annals.Org, "Magnotta", false},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		found := false
		for _, e := range doc.Entities {
			found = found || e.Type == tc.typ && e.Name == tc.name
		}
		if found != tc.want {
			t.Errorf("%s: %q: %s %q found %v, want %v (%+v)", tc.rule, tc.text, tc.typ, tc.name, found, tc.want, doc.Entities)
		}
	}
}

// An acronym in brackets after an organization's name is a mention of
// that organization, here and later in the story, whether or not its
// letters fit the name.
func TestTaggerBracketAcronym(t *testing.T) {
	tests := []struct{ text, org, acr string }{
		{"Leaders of the National Farmers Party ( SZS ) met in Sofia on Monday . The SZS said it would join the government .", "National Farmers Party", "SZS"},
		{"Shares rose on the Varna Stock Exchange ( VSE ) on Friday . The VSE index closed higher .", "Varna Stock Exchange", "VSE"},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		n := 0
		for _, e := range doc.Entities {
			if e.Type == annals.Org && e.Name == tc.org {
				for _, m := range e.Mentions {
					if m.Text == tc.acr {
						n++
					}
				}
			}
		}
		if n != 2 {
			t.Errorf("%q: %d mentions %q of %q, want 2 (%+v)", tc.text, n, tc.acr, tc.org, doc.Entities)
		}
	}
}

// The first word of a company's name, alone, is that company.
func TestCompanyShortForms(t *testing.T) {
	tests := []struct{ text, org, short string }{
		{"Harlan Metals Inc said on Friday it would buy Dalmor Foods Inc . Harlan shares rose 2 percent and analysts said Harlan would gain .", "Harlan Metals Inc", "Harlan"},
		{"Toronto-based Magnotta International Inc agreed to buy the plant . Magnotta was up 1/8 to 48 on the exchange .", "Magnotta International Inc", "Magnotta"},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		n := 0
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Text == tc.short && (e.Type != annals.Org || e.Name != tc.org) {
					t.Errorf("%q: %q is a mention of %s %q", tc.text, tc.short, e.Type, e.Name)
				}
				if m.Text == tc.short && e.Name == tc.org {
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no mention %q of %q (%+v)", tc.text, tc.short, tc.org, doc.Entities)
		}
	}
}

// An acronym spelt by the initials of an organization the story names is
// a mention of it.
func TestTaggerInitials(t *testing.T) {
	tests := []struct{ text, org, acr string }{
		{"Leaders of the Kestrel Liberation Front met on Monday . Police said KLF gunmen fired on a patrol near the border .", "Kestrel Liberation Front", "KLF"},
		{"The film portrays the Irish Republican Army in the 1920s . Critics said the IRA was shown too kindly .", "Irish Republican Army", "IRA"},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				found = found || e.Type == annals.Org && e.Name == tc.org && m.Text == tc.acr
			}
		}
		if !found {
			t.Errorf("%q: no mention %q of %q (%+v)", tc.text, tc.acr, tc.org, doc.Entities)
		}
	}
	for name, want := range map[string]string{
		"Federal Open Market Committee": "FOMC",
		"Party of Democratic Action":    "PDA",
		"Bank of England's":             "BE",
		"Ministry of foreign affairs":   "",
	} {
		if got := nameInitials(name); got != want {
			t.Errorf("nameInitials(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestCompoundAt(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"the Boston-based firm", "Boston", true},
		{"the U.S.-led force", "U.S.", true},
		{"a Northern Ireland-born actor", "Northern Ireland", true},
		{"an Amman-bound plane", "Amman", true},
		{"the Biden-Harris campaign", "Biden", false},
		{"UWP-Hachette and others", "UWP", false},
		{"in Boston - the city", "Boston", false},
		{"the aid-U.N. official", "U.N.", false},
	}
	for _, tc := range tests {
		a := strings.Index(tc.text, tc.name)
		if got := compoundAt(tc.text, a, a+len(tc.name)); got != tc.want {
			t.Errorf("compoundAt(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

func extractText(t *testing.T, name, text string) *annals.Document {
	t.Helper()
	d, err := read.Bytes(name, []byte(text), read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New(nil).Extract(d, Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// BenchmarkExtractCPU is BenchmarkExtract reported per CPU-second, which
// stays meaningful on a machine shared with other work; the target is
// 3 MB/cpu-s.
func BenchmarkExtractCPU(b *testing.B)       { benchExtractCPU(b, false) }
func BenchmarkExtractTaggerCPU(b *testing.B) { benchExtractCPU(b, true) }

func benchExtractCPU(b *testing.B, tagger bool) {
	docs := benchStories(b)
	x := New(nil)
	total := 0
	for _, d := range docs {
		t, _ := d.Headline()
		total += len(t)
	}
	b.SetBytes(int64(total))
	for _, d := range docs { // load the model and warm the caches
		x.Extract(d, Options{NoTagger: !tagger})
	}
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d, Options{NoTagger: !tagger})
		}
	}
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestTitleCaseSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Statement from President Joe Biden Welcoming Finland to NATO", false},
		{"Forced Diversion of Ryanair Flight and Continuing Attack", true},
		{"Leicestershire 15 8 2 5 0 242", false},
		{"Paul Anders met the minister in Kessra on Tuesday", false},
		{"CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", false},
	}
	for _, tc := range tests {
		var ts taggerSentence
		for _, w := range strings.Fields(tc.text) {
			ts.words = append(ts.words, ner.Token{Word: w})
		}
		if got := titleCaseSentence(ts); got != tc.want {
			t.Errorf("%q: title case %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestOneSensePlace checks that a one-word name read as a person in one
// sentence and as a place in another is one place in the story.
func TestOneSensePlace(t *testing.T) {
	doc := extractText(t, "t.md", "---\ntitle: Heritage towns meet in Varnekh for fifth Caravan Towns Forum\n---\n"+
		"Varnekh's walled inner town was the setting on 14-15 May 2021 for the 5th Caravan Towns Forum.\n\nSome 400 delegates travelled to Varnekh.\n")
	for _, e := range doc.Entities {
		if e.Name == "Varnekh" && e.Type != annals.Place {
			t.Errorf("Varnekh is a %s: %+v", e.Type, doc.Entities)
		}
	}
}

// "the election results" qualifies a noun: no appointment told again,
// whose participants would be the sentence before's.
func TestElectionNoun(t *testing.T) {
	tests := []struct {
		text string
		want int // appointments
	}{
		{"The party has one week to appeal the election results.", 0},
		{"Observers praised the election of Tarvo Kessler as chairman of the Northern Seas Agency.", 1},
	}
	for _, tc := range tests {
		doc := extractText(t, "t.txt", tc.text)
		n := 0
		for _, e := range doc.Events {
			if e.Type == annals.Appointment {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d appointments, want %d (%+v)", tc.text, n, tc.want, doc.Events)
		}
	}
}

// TestTaggerOrgFilters checks the names the tagger may not add alone: two
// bodies joined by "and the", a body after a possessive, an office's
// portfolio.
func TestTaggerOrgFilters(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"That year the Small Islands Fisheries Bureau and the Indian Ocean Coastal Alliance signed a Letter of Intent in Male. Since then the Bureau and the Alliance have met every year.", "Bureau and the Alliance"},
		{"The Lagoon States Compact met in Lome. Last week, the Compact’s Secretariat signed a partnership agreement.", "Compact’s Secretariat"},
		{"The Assembly also named Mr. Ravi Chandra-Obi as Special Envoy for River Corridors.", "River Corridors"},
		// a party of a case at law
		{"We will fight to restore the protections of Roe v. Wade in every state.", "Roe"},
		// officials are people, no body
		{"As a part of the series, Senior Administration Officials will travel to rural communities.", "Senior Administration Officials"},
		// an em dash parts two clauses
		{"The crescent moon marks the beginning of the holy month of Ramadan—Jill and I extend our best wishes.", "Ramadan—Jill"},
		// an honorific opens the next name, it ends none
		{"Deputy Secretary of Defense Dr. Kathleen Hicks spoke at the summit.", "Defense Dr."},
		// a visit, a dinner: a gathering, no body
		{"President Ana Vole hosted Prime Minister Ivo Markel of Peru for a State Dinner in the capital.", "State Dinner"},
		{"The two leaders launched seventy initiatives at the April 2024 State Visit to deepen ties.", "State Visit"},
		// an office many hold, counted
		{"Already, twenty-three Governors have pledged to set up new funds for the program.", "Governors"},
		// bodies of a kind
		{"Under the order, Federal Agencies will also refrain from hiring the firm’s employees.", "Federal Agencies"},
	} {
		doc := extractText(t, "t.txt", tc.text)
		for _, e := range doc.Entities {
			if e.Type == annals.Org && e.Name == tc.not {
				t.Errorf("%q: an organization %q", tc.text, e.Name)
			}
		}
	}
}

// TestExchangeProgramme checks that a named exchange the tagger reads as
// an organization is still the programme it names, while a stock
// exchange is a market.
func TestExchangeProgramme(t *testing.T) {
	checkEvents(t, "2018-06-06", []eventCase{
		{"named exchange", "The Council met in Kathmandu on 5 June 2018. She announced a Young Mountaineers Exchange for 300 students, to begin next year.", annals.Programme, "2019", ""},
	})
	noEventOf(t, "2018-06-06", annals.Programme, "Shares of the company rose on the New York Stock Exchange on Monday.")
}

// TestBracketsAndGenerations: the helpers that keep the tagger's names
// whole (a generation is read by suffixPart, as for merging people).
func TestBracketsAndGenerations(t *testing.T) {
	words := func(s string) []ner.Token {
		var out []ner.Token
		for _, w := range strings.Fields(s) {
			out = append(out, ner.Token{Word: w})
		}
		return out
	}
	for _, tc := range []struct {
		span string
		want int
	}{
		{"State ( Legislative Affairs", 1},
		{"Amy ) Agbayani", -1},
		{"Andrew ( Drew ) Dziedzic", 0},
		{"Federal Reserve", 0},
	} {
		if got := bracketDepth(words(tc.span)); got != tc.want {
			t.Errorf("bracketDepth(%q) = %d, want %d", tc.span, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"Jr.": true, "SR": true, "III": true, "Jones": false, "Inc.": false} {
		if suffixPart(strings.TrimSuffix(w, ".")) != want {
			t.Errorf("suffixPart(%q) = %v", w, !want)
		}
	}
}

// TestTaggerPlaceWithOrgHead: a name the tagger reads as a place but that
// ends with the head of a body's name is a body ("the Biden
// Administration"), unless the lists know it as a place ("the West Bank").
func TestTaggerPlaceWithOrgHead(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		typ        annals.EntityType
	}{
		{"It is the first dialogue of the Biden Administration, reflecting the importance we place on it. I applaud the Biden Administration for deploying clean energy.", "Biden Administration", annals.Org},
		{"Settlements in the West Bank grew, and the West Bank economy shrank.", "West Bank", annals.Place},
	} {
		d := run(t, "x.txt", tc.text, "")
		if !has(entityNames(d, tc.typ), tc.name) {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.typ, tc.name, d.Entities)
		}
	}
}

// TestVocativeNoPlace: whom a speaker thanks or answers is no place, nor
// is "Emerita" after a title, nor "the first X Administration".
func TestVocativeNoPlace(t *testing.T) {
	for _, tc := range []struct{ text, not, keep string }{
		{"Q Thanks, Karine. Thank you, Admiral. On the visit, did he say so?", "Karine", ""},
		{"Go ahead, Kevin. Q Yes, thank you.", "Kevin", ""},
		{"Thank you, America. God bless you.", "", "America"},
		{"She is the Edwina S. Tarry Professor Emerita at Northwestern University.", "Mérida", ""},
		{"Ben Carson served as Secretary during the first Trump Administration.", "Trump Administration", ""},
		// a common noun in the plural ends no place's name
		{"She championed the largest increase to Pell Grants in the last decade.", "Pell Grants", ""},
		{"The leaders celebrated the High Holidays with their families.", "High Holidays", ""},
		{"Floods hit the towns of Colorado Springs and Grand Rapids, Michigan.", "", "Grand Rapids"},
	} {
		doc := extractText(t, "t.txt", tc.text)
		var places []string
		for _, e := range doc.Entities {
			if e.Type == annals.Place {
				places = append(places, e.Name)
			}
		}
		if tc.not != "" && slices.Contains(places, tc.not) {
			t.Errorf("%q: a place %q", tc.text, tc.not)
		}
		if tc.keep != "" && !slices.Contains(places, tc.keep) {
			t.Errorf("%q: no place %q in %q", tc.text, tc.keep, places)
		}
	}
}

// TestLeaderPossessive: a one-word place no list knows whose war or
// regime it is, in the possessive, is a person; a known place stays one.
func TestLeaderPossessive(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Families are paying more as a result of Putin’s war of choice against Ukraine.", "Putin", annals.Person},
		{"The sanctions target Dravic's brutal regime and its backers.", "Dravic", annals.Person},
		{"Ukraine’s war effort continues with new aid.", "Ukraine", annals.Place},
		{"The sanctions target Lukashenka’s regime and its backers.", "Lukashenka", annals.Person},
		{"Maybe the Russian Autocrat’s war in Ukraine will help the world.", "Autocrat", annals.Org},
	})
}

// TestCompanyActs: a one-word place no list knows that commits or
// announces is a company; a known place that does so stays a place.
func TestCompanyActs(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Zanbrik is announcing an MOU with the Philippines to promote women’s entrepreneurship.", "Zanbrik", annals.Org},
		{"Kenya is announcing new steps to protect its forests.", "Kenya", annals.Place},
		// an item of a list beside companies
		{"The Administration is working closely with executives of Pfizer, Moderna, and Johnson & Johnson to develop plans.", "Moderna", annals.Org},
		{"Floods hit Tulsa and Acme Widgets Inc. plants in Oklahoma.", "Tulsa", annals.Place},
		// where a company is, set off after it
		{"Milton Roy agreed to buy Automated Custom Systems Inc., Orange, Calif., for $4 million.", "Orange", annals.Place},
	})
}

// typeCase is a made-up text and a name that, where the story names it,
// must be an entity of typ.
type typeCase struct {
	text, name string
	typ        annals.EntityType
}

// checkTypesOfNames extracts each case's text and checks that every
// entity named as the case says has the case's type.
func checkTypesOfNames(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, tc := range cases {
		doc := extractText(t, "t.txt", tc.text)
		for _, e := range doc.Entities {
			if e.Name == tc.name && e.Type != tc.typ {
				t.Errorf("%q: %q is a %s, want %s", tc.text, e.Name, e.Type, tc.typ)
			}
		}
	}
}

// TestGivenNameNoPlace: a given name alone is no place, unless a place
// stands beside it.
func TestGivenNameNoPlace(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		place      bool
	}{
		{"MODERATOR: Thank you. We will go to Alexandra next. You should be unmuted now.", "Alexandra", false},
		{"The helicopters were assembled in Gary, Indiana, and shipped to the Navy.", "Gary", true},
	} {
		d := run(t, "x.txt", tc.text, "")
		if got := has(entityNames(d, annals.Place), tc.name); got != tc.place {
			t.Errorf("%q: place %q is %v, want %v (%+v)", tc.text, tc.name, got, tc.place, d.Entities)
		}
	}
}

// TestBodyAfterOfficeInTitleCase: a line in Title Case is read as a
// heading, whose capitalized words the tagger may not take for names;
// but a body's name after an office, ending with a body's head, is named
// by where it stands, as in the entries of a list of people.
func TestBodyAfterOfficeInTitleCase(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		org        bool
	}{
		{"Members of the board.\n\nThe Administrator of the Small Business Administration, Isabel Guzman\n\nThe Chair of the Board, Tom Reyes\n", "Small Business Administration", true},
		{"Members of the board.\n\nThe Director of the Coastal Resilience Agency, Mia Hart\n", "Coastal Resilience Agency", true},
		// no "the": an office's portfolio ("Secretary of State for ...")
		{"Members of the board.\n\nUnder Secretary of State for Arms Control and International Security Affairs Bonnie Jenkins\n", "State for Arms Control and International Security Affairs", false},
		// no body's head at its end
		{"Members of the board.\n\nThe Member of the National Humanities Reading Group, Young Overby\n", "National", false},
	} {
		d := run(t, "x.md", tc.text, "")
		if got := has(entityNames(d, annals.Org), tc.name); got != tc.org {
			t.Errorf("%q: organization %q is %v, want %v (%+v)", tc.text, tc.name, got, tc.org, d.Entities)
		}
	}
}

// TestNoPersonInPossessiveOrGreeting: a one-word name in the possessive
// with nothing it owns is a store or an illness, not a person ("Fry’s,
// Ralphs", "diabetes, Alzheimer’s, cancer", "Crohn’s disease"); a feast
// one wishes is no person ("a very happy Holi"); a rank alone is no name
// ("the service’s 29th Vice Commandant"); a town in brackets before its
// state is a place ("Ana Reyes (Lahaina, Hawaii)").
func TestNoPersonInPossessiveOrGreeting(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		typ        annals.EntityType // "" for no entity of the name
	}{
		{"The chain runs Kroger, Fred Meyer, Frelby’s, Ralphs, and Dillons stores.", "Frelby", ""},
		{"This isn’t partisan — diabetes, Valtheimer’s, cancer — they’re not partisan issues.", "Valtheimer", ""},
		{"Drugs treat heart failure, blood clots, arthritis, Korhn’s disease, and more.", "Korhn", ""},
		{"Wishing a very happy Holi to the people of India and all those celebrating.", "Holi", ""},
		{"He rose to be the service’s 29th Vice Commandant. He was the Deputy Commander.", "Commandant", ""},
		{"Our guests tonight:\n\nAna Reyes (Lahaina, Hawaii)** Reyes is a police officer.\n", "Lahaina", annals.Place},
		// a person in the possessive owns something
		{"We met at Mia Hart’s home in May.", "Mia Hart", annals.Person},
	} {
		d := run(t, "x.md", tc.text, "")
		var got annals.EntityType
		for _, e := range d.Entities {
			if e.Name == tc.name {
				got = e.Type
			}
		}
		if got != tc.typ {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.name, got, tc.typ)
		}
	}
}

// TestListOfOneKind (and employers): a comma parts two names the tagger read as one,
// unless a company's suffix or a firm's partners follow it; a list of
// names is of one kind, so a one-word name the tagger alone read in a
// list of companies is a company, in a list of known places a place.
func TestListOfOneKind(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"The firm works with Pfizer, Zorvantis, Bristol Myers Squibb, Boehringer Ingelheim, Kelvaro, Merck, Novartis, and Regeneron.", "Zorvantis", annals.Org},
		{"The firm works with Pfizer, Zorvantis, Bristol Myers Squibb, Boehringer Ingelheim, Kelvaro, Merck, Novartis, and Regeneron.", "Kelvaro", annals.Org},
	})
	checkTypesOfNames(t, []typeCase{
		// "the" before an item, and three names "and" closes
		{"Participants included Zorvantis, Intel, the National Retail Federation, Kelvaro, and UL Solutions.", "Kelvaro", annals.Org},
		// a town before its state stays a place; a given name no place
		{"I will travel to the World Trade Center, the Pentagon, and Shanksville, Pennsylvania today.", "Shanksville", annals.Place},
		{"Ms. Calvert has three children, Chad, Kara and Christopher, and six grandchildren.", "Christopher", annals.Person},
		// a one-word place no list knows after work and "at" is an employer
		{"Earlier in his career, Tom Reyes held roles at Zorvantis in Ohio.", "Zorvantis", annals.Org},
		{"She worked at Glarvo for ten years.", "Glarvo", annals.Org},
		// the second of a pair of employers
		{"Earlier in his career, Tom Reyes held roles at Microsoft and Salesforce.", "Salesforce", annals.Org},
		{"The President spoke at Gettysburg and Antietam.", "Antietam", annals.Place},
	})
	checkNames(t, []nameCase{
		{"Since the start of the Administration, Treasury has designated more than 500 people.", "", "Administration, Treasury"},
		// after a title, a word and a city's name are a name
		{"And now I will turn it over to Attorney General Merrick Garland.", "Merrick Garland", "Garland"},
		{"She was a partner at Moore, Walters & Thompson, A.P.L.C. in Baton Rouge.", "", "Walters"},
	})
}

// TestFeastsNameNoOne checks that a feast and its greeting are no body
// and no person.
func TestFeastsNameNoOne(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Doug and I wish a blessed Eid al-Adha to all who celebrate. Eid Mubarak!", not: "Eid al-Adha"},
		{text: "Doug and I wish a blessed Eid al-Adha to all who celebrate. Eid Mubarak!", not: "Eid Mubarak"},
	})
}

// TestTagsCreedsAndBracketedAcronyms: a hashtag or a handle, the
// followers of a faith or a movement, and capitals in brackets after a
// name (its acronym, though they open with a given name) name no one.
func TestTagsCreedsAndBracketedAcronyms(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "What action on \\#ClimateChange has been taken?", not: "ClimateChange"},
		{text: "Your nomination is supported by the \\#Teamsters and many others.", not: "Teamsters"},
		{text: "I am proud of my friend @Adriana_Kugler today.", not: "Adriana"},
		{text: "Exactly right, @POTUS. @Ford is making the largest investment in our history.", not: "Ford"},
		{text: "Jerusalem has been a sacred city of pilgrimage for Jews, Christians, and Muslims.", keep: "Jerusalem", not: "Muslims"},
		{text: "The group restores cemeteries destroyed during the Nazi era.", not: "Nazi"},
		{text: "They work through the Gravity Recovery and Climate Experiment Follow-On (GRACE-FO) mission.", not: "Grace-Fo"},
		// a given name that is also a faith's is still a name
		{text: "Finance Minister Christian Lindner met Olaf Scholz in Berlin.", keep: "Christian Lindner"},
		{text: "It was the end of the Obama era.", keep: "Obama"},
	})
}

// TestNoPlacesOfHistoryIdeasOrFirstNames: an event of history, an idea
// and a given name after "to" are no places.
func TestNoPlacesOfHistoryIdeasOrFirstNames(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{text: "She is married to Derek and they are proud parents to four children.", name: "Derek", typ: annals.Person},
		{text: "MODERATOR: Thanks. And our last question will go to Cristina. You should be unmuted now.", name: "Cristina", typ: annals.Person},
	})
	checkNames(t, []nameCase{
		{text: "Just as, in World War II, America was the arsenal of democracy, our nation will be the arsenal of vaccines.", keep: "America", not: "World War II"},
		{text: "She led the rescue of the economy from the Great Recession in 2009.", not: "Great Recession"},
		{text: "Officers were trained on Antisemitism, Islamophobia, and related forms of discrimination.", not: "Islamophobia"},
		{text: "She wrote Vienna in the Age of Uncertainty: Science, Liberalism, and Private Life.", not: "Liberalism"},
		// a town after "in" keeps its place
		{text: "The plant opened in Maylene, Alabama, last year.", keep: "Maylene"},
	})
}

// TestNoColonEndsAName: a colon glued to a name's last word by emphasis
// the reader kept is no part of the name nor of its mention.
func TestNoColonEndsAName(t *testing.T) {
	d := run(t, "x.md", "Reactions:\n\nDavid Hardy, CEO, Orsted Offshore North America:** “Tonight’s State of the Union will call on Congress to act.”\n", "")
	for _, e := range d.Entities {
		if strings.HasSuffix(e.Name, ":") {
			t.Errorf("name %q", e.Name)
		}
		for _, m := range e.Mentions {
			if strings.HasSuffix(m.Text, ":") {
				t.Errorf("mention %q of %q", m.Text, e.Name)
			}
		}
	}
	if got := entityNames(d, annals.Org); !has(got, "Orsted Offshore North America") {
		t.Errorf("bodies %q", got)
	}
}

// TestEmployersAreOrganizations: a name no list knows as a place where
// someone holds a job is an organization, of any length, unless a word of
// it is a place's ("Fort Liberty"); where a capitalized word of work or a
// title with "the" stands before "at", it may be a place.
func TestEmployersAreOrganizations(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		typ        annals.EntityType
	}{
		{"He was a Senior Director at Christie’s auction house from 1984 to 2000.", "Christie", annals.Org},
		{"Varghese served as an Associate at Wade Clark Mulcahy in New York.", "Wade Clark Mulcahy", annals.Org},
		{"Grant was Managing Director at Russell Reynolds where she led the Washington office.", "Russell Reynolds", annals.Org},
		{"Tom Rothman, one of the global media sector’s most experienced executives, is Chairman and CEO of Sony Pictures Entertainment’s Motion Picture Group.", "Sony Pictures Entertainment", annals.Org},
		{"Participants included the President, CIO and CFO of Alphabet and Google Ruth Porat.", "Alphabet", annals.Org},
		{"Last summer, President Biden went to North Carolina and signed an Executive Order at Fort Liberty.", "Fort Liberty", annals.Place},
	} {
		d := run(t, "x.txt", tc.text, "")
		if !has(entityNames(d, tc.typ), tc.name) {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.typ, tc.name, d.Entities)
		}
	}
}

// TestEmployersAfterJobWords: a place no list knows after a job's noun in
// lower case and "at" ("an associate at", "a senior associate at"), after
// a title of capitalized words set off by a verb ("Group President at",
// "Chief of Research at") or after "joined" is a body someone works at;
// its other mentions are that body, no place. Places written after "at"
// where no one works, or named as bodies and as places, stay places.
func TestEmployersAfterJobWords(t *testing.T) {
	for _, tc := range []struct {
		text, org, place string
	}{
		{"From 2001 to 2004, she was an associate at Brandel Vostrik in Denver, Colorado.", "Brandel Vostrik", "Denver"},
		{"Ms. Harlow was a senior associate at Quenmark in Washington, D.C. from 2013 to 2014.", "Quenmark", ""},
		{"He served as Chief Operating Officer and Group President at Tellwater from 2017 to 2021. Prior to Tellwater, he led a bank.", "Tellwater", ""},
		{"Perrin joined Vantrel in 1995 as an engineer, and later ran its labs.", "Vantrel", ""},
		{"Dana Whit is Chief of Research at Corvane Realty and manages its fund.", "Corvane Realty", ""},
		// guards: no one works there
		{"The President spoke at Gettysburg on Monday.", "", "Gettysburg"},
		{"Drought hit Buffalo and Uvalde in June. The Fund will help Buffalo and Uvalde recover.", "", "Uvalde"},
	} {
		d := run(t, "x.txt", tc.text, "")
		orgs, places := entityNames(d, annals.Org), entityNames(d, annals.Place)
		if tc.org != "" && (!has(orgs, tc.org) || has(places, tc.org)) {
			t.Errorf("%q: organizations %q, places %q, want the organization %q alone", tc.text, orgs, places, tc.org)
		}
		if tc.place != "" && (!has(places, tc.place) || has(orgs, tc.place)) {
			t.Errorf("%q: organizations %q, places %q, want the place %q alone", tc.text, orgs, places, tc.place)
		}
	}
}

// TestBodyReadAsPersonLendsNoShortForm: a body's name read as a person's
// until its last word gives it back to the organizations lends none of its
// words to other names meanwhile ("Latino" of "Latino Victory Project" is
// not "Voto Latino" or "the Latino community").
func TestBodyReadAsPersonLendsNoShortForm(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "two bodies sharing a word", text: "# María Teresa Kumar, President and CEO of Voto Latino: “Tonight we saw\n\nMaría Teresa Kumar, President and CEO of Voto Latino: “Tonight we saw a president aiming to foster unity between Americans.”\n\nNathalie Rayes, President and CEO, Latino Victory Project: “Thanks to policies like the Inflation Reduction Act, our economy is strong. These policies are also a tremendous benefit for the Latino community.”\n",
			want: []roleWant{{"María Teresa Kumar", "CEO", "Voto Latino"}, {"Nathalie Rayes", "CEO", "Latino Victory Project"}}},
	})
}

// TestEmployerSetOffAfterTitle: "Person, Title, Name" names where the
// person holds the title: an organization, not a person or a place, when
// the name ends with the apposition.
func TestEmployerSetOffAfterTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a company", text: "Navrina Singh, Founder, Credo AI: “It’s the right move for right now.”\n",
			want: []roleWant{{"Navrina Singh", "Founder", "Credo AI"}}},
		{name: "a group", text: "Kristen McGuire, Executive Director, Young Invincibles: “We applaud the decision.”\n",
			want: []roleWant{{"Kristen McGuire", "Executive Director", "Young Invincibles"}}},
	})
	for _, tc := range []struct{ text, org, not string }{
		{"Allison Cowett, Medical Director, Family Planning Associates\n", "Family Planning Associates", ""},
		{"James Brett, Chair, President’s Committee for People with Intellectual Disabilities\n", "", "President"},
		{"The Finance Minister of Ukraine, Sergii Marchenko, spoke.\n", "", "Sergii Marchenko"},
	} {
		d := run(t, "x.txt", tc.text, "")
		orgs := entityNames(d, annals.Org)
		if tc.org != "" && !has(orgs, tc.org) {
			t.Errorf("%q: no organization %q in %v", tc.text, tc.org, orgs)
		}
		if tc.not != "" && has(orgs, tc.not) {
			t.Errorf("%q: organization %q in %v", tc.text, tc.not, orgs)
		}
	}
}

// TestArbitratedBeforeFilters: addTagged decides whether a tagger's name
// over rule names replaces them (arbitrated) before the filters
// (implausible) read it, and skips the filters for a name it turns
// away; with a test listening to the reasons (tagDebug) it reads the
// filters first, as it always did. Both orders give the same documents,
// byte for byte: on made-up sentences whose tagger names cover list
// places and rule names, and on the development stories.
func TestArbitratedBeforeFilters(t *testing.T) {
	texts := []string{
		"The Dynamo Moscow coach said the team would travel to Kyiv on Monday.",
		"Larisa Sayenko of Ukraine won the final in Sofia.",
		"Neil Jordan directed the film, which opened in Chad and Jordan last year.",
		"The Bank of England raised rates, the Bank of Canada did not.",
		"Air France flights to Damascus resumed after Damascus Radio said the airport had reopened.",
		"U.S. Government officials met Mediterranean Partner delegations in Rome.",
		"President Alija Izetbegovic of Bosnia met Governor Lou Leon Guerrero in Guam.",
		"Don Penney of the Rochester Fire Department spoke to Panamanian Boxing Association President Ramon Manzanares.",
		"The Paris Club and the Geneva Centre for Security Policy met at the Vienna International Centre.",
	}
	for _, dir := range []string{"../../../shared/dev/stories", "../../../shared/dev2/stories"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	x := New(nil)
	run := func(tx string) []byte {
		d, err := read.Bytes("t.md", []byte(tx), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(d, Options{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		b, err := doc.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	reasons := map[string]int{}
	defer func() { tagDebug = nil }()
	for _, tx := range texts {
		tagDebug = nil
		skipping := run(tx)
		tagDebug = func(_ *state, why, _ string, _, _ int, _ float64) { reasons[why]++ }
		reading := run(tx)
		if !slices.Equal(skipping, reading) {
			t.Errorf("%.60q: the filters skipped gave\n%s\nread first\n%s", tx, skipping, reading)
		}
	}
	t.Logf("reasons: %v", reasons)
	// both sides of the decision were taken
	if reasons["covered"] == 0 || reasons["added"] == 0 {
		t.Errorf("reasons %v: no name turned away or none added", reasons)
	}
}

// TestTagBufRelease: a tagBuf goes back to its pool with every entry of
// its arrays cleared, up to their capacities, whether the story stored
// its arrays (release clears their lengths) or stopped before (release
// clears the capacities); and after extracting long and short stories in
// turn, the buffer the pool gives back holds no entry of them.
func TestTagBufRelease(t *testing.T) {
	zero := func(b *tagBuf) bool {
		for _, w := range b.words[:cap(b.words)] {
			if w != "" {
				return false
			}
		}
		for _, a := range [][]ner.Token{b.split[:cap(b.split)], b.flat[:cap(b.flat)]} {
			for _, w := range a {
				if w != (ner.Token{}) {
					return false
				}
			}
		}
		for _, x := range b.in[:cap(b.in)] {
			if x.Words != nil || x.Gaz != nil {
				return false
			}
		}
		for _, x := range b.sents[:cap(b.sents)] {
			if x.words != nil || x.tok != nil || x.last != nil {
				return false
			}
		}
		return true
	}
	fill := func(n, used int, stored bool) *tagBuf {
		b := &tagBuf{words: make([]string, n), split: make([]ner.Token, n), flat: make([]ner.Token, n),
			in: make([]ner.Sentence, n), sents: make([]taggerSentence, n)}
		for i := range used {
			b.words[i], b.split[i], b.flat[i] = "w", ner.Token{Word: "w", End: 1}, ner.Token{Word: "w", End: 1}
			b.in[i], b.sents[i] = ner.Sentence{Words: b.words[i : i+1]}, taggerSentence{words: b.flat[i : i+1]}
		}
		if stored {
			b.words, b.split, b.flat, b.in, b.sents = b.words[:used], b.split[:used], b.flat[:used], b.in[:used], b.sents[:used]
		} else {
			// a story stopped midway: what it wrote lies past the lengths
			b.words, b.split, b.flat, b.in, b.sents = b.words[:0], b.split[:0], b.flat[:0], b.in[:0], b.sents[:0]
		}
		b.stored = stored
		return b
	}
	for _, tc := range []struct {
		n, used int
		stored  bool
	}{{8, 0, true}, {8, 3, true}, {8, 8, true}, {8, 3, false}, {8, 8, false}, {0, 0, false}} {
		b := fill(tc.n, tc.used, tc.stored)
		b.release()
		if !zero(b) || b.stored {
			t.Errorf("%+v: entries left after release (stored %v)", tc, b.stored)
		}
		tagBufs.Get() // take it back out of the pool
	}
	long := strings.Repeat("Tarvo Kessler met Ilmar Ruus and the Minister of Health of Estonia in Tallinn on Monday. ", 60)
	x := New(nil)
	for _, tx := range []string{long, "Ilmar Ruus spoke.", long[:len(long)/3], "Tarvo Kessler met the press in Geneva."} {
		d, err := read.Bytes("t.txt", []byte(tx), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := x.Extract(d, Options{}); err != nil {
			t.Fatal(err)
		}
		b := tagBufs.Get().(*tagBuf)
		if !zero(b) {
			t.Errorf("after %.30q: the pooled buffer holds the story's entries", tx)
		}
		tagBufs.Put(b)
	}
}

// TestCenturyOrdinal: the ordinal of a century opens the name that
// starts with "Century".
func TestCenturyOrdinal(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The grants support 21st Century Community Learning Centers in the state.", keep: "21st Century Community Learning Centers", not: "Century Community Learning Centers"},
		{text: "Funds went to 21st Century Community Learning Centers.", keep: "21st Century Community Learning Centers", not: "Century Community Learning Centers"},
	})
}

// TestGreaterPlace: "Greater" before a place the lists know names a
// place, the area around it, not a body.
func TestGreaterPlace(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"Students from the Greater Boston region attended.", "Greater Boston"},
		{"Greater Boston and Greater Manchester both grew.", "Greater Manchester"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if got := entityNames(d, annals.Place); !has(got, tc.place) {
			t.Errorf("%q: places %q, want %q", tc.text, got, tc.place)
		}
	}
	checkNames(t, []nameCase{{text: "The Greater Baltimore Committee met.", keep: "Greater Baltimore Committee"}})
}

// TestTaggerKeepsGivenNameAndPortfolio: the tagger's surer name does
// not cut a known given name off the rules' name, and a title's
// portfolio words before its holder are no body.
func TestTaggerKeepsGivenNameAndPortfolio(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The delegation included Secretary of the Interior Rosa María Castillo; and others.", keep: "Rosa María Castillo", not: "María Castillo"},
		{text: "The delegation included Secretary of National Defense Jorge Alberto Sandoval; and others.", keep: "Jorge Alberto Sandoval", not: "National"},
	})
}

// TestEnglishWordAcronymInTitleCase: an acronym that is also an English
// word is not read in title case: "Pace" is a surname, not PACE.
func TestEnglishWordAcronymInTitleCase(t *testing.T) {
	d := run(t, "x.txt", "The delegation included Dr. Dana Pace, Director of the Office of Global Affairs.", "")
	if got := entityNames(d, annals.Org); has(got, "Pace") || has(got, "Parliamentary Assembly of the Council of Europe") {
		t.Errorf("organizations %q", got)
	}
	checkNames(t, []nameCase{{text: "The delegation included Dr. Dana Pace, Director of the Office of Global Affairs.", keep: "Dana Pace"}})
}

// TestRankNoPlace: a rank or a title alone, which the tagger may read as
// a place, is none ("as a Trooper", "Corporal from 1998 to 2003").
func TestRankNoPlace(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"She served as Sergeant from 2003 to 2006, and Corporal from 1998 to 2003.", "Corporal"},
		{"He first joined the North Carolina State Highway Patrol as a Trooper. He was a Major later.", "Trooper"},
	} {
		d := run(t, "x.txt", tc.text, "")
		if has(entityNames(d, annals.Place), tc.name) {
			t.Errorf("%q: %q read as a place", tc.text, tc.name)
		}
	}
}

// TestRuleAndCompetitionNames: a rule, a standard, a compact or a
// competition a body sets is no body, by the rules, the tagger or an
// acronym's expansion ("Lead-Safe Housing Rule (LSHR)"). Made-up names.
func TestRuleAndCompetitionNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"The agency finalized the Harbor-Safe Housing Rule (HSHR) on Monday.", "", "Harbor-Safe Housing Rule"},
		{"The Department of Energy launched the Good Harbor Jobs Challenge to train workers.", "Department of Energy", "Good Harbor Jobs Challenge"},
		{"EPA will update the Coastal Ambient Air Quality Standards next year.", "", "Coastal Ambient Air Quality Standards"},
		{"The two governments signed the Child Safety Partnership Compact (CSPC) in Accra.", "", "Child Safety Partnership Compact"},
		{"The funds flow through the Rural Housing Block Grant (RHBG) to tribes.", "", "Rural Housing Block Grant"},
		// a person named so stays one
		{"The author Ann Rule spoke at the library.", "Ann Rule", ""},
	})
}

// TestPersonBeforeSetOffTitle: two or three words the tagger reads as a
// place, which no list knows, set off before a person's title are a
// person's name ("Jade Tsosie, Riverbend Alliance’s Director of
// Policy"); a place the rules read before a title set off stays a
// place. Made-up people and places.
func TestPersonBeforeSetOffTitle(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Jade Tsosie, Riverbend Alliance’s Director of Policy, said the plan works.", "Jade Tsosie", annals.Person},
		{"Rio Begaye, Riverbend Alliance’s Director of Policy, said the plan works.", "Rio Begaye", annals.Person},
		{"The storm hit Waialua Bay, Governor Green said.", "Waialua Bay", annals.Place},
		{"He flew to Addis Ababa, Minister Abebe said.", "Addis Ababa", annals.Place},
		// (a title before its holder's name opens the next clause)
		{"At the Tarsa Summit, President Lindqvist joined the leaders.", "Tarsa Summit", annals.Place},
	})
	for _, text := range []string{"Jade Tsosie, Riverbend Alliance’s Director of Policy, said the plan works."} {
		if d := run(t, "x.txt", text, ""); !has(entityNames(d, annals.Person), "Jade Tsosie") {
			t.Errorf("%q: no person in %+v", text, d.Entities)
		}
	}
}
