package prose

import (
	"strings"
	"testing"

	"annals"
	"annals/internal/store"
)

func TestHumanDate(t *testing.T) {
	tests := []struct {
		d, end      annals.Date
		human, lead string
	}{
		{"2016-10-20", "", "20 October 2016", "On 20 October 2016"},
		{"2016-10-20", "2016-10-20", "20 October 2016", "On 20 October 2016"},
		{"2016-10-20", "2016-10-21", "20–21 October 2016", "From 20 to 21 October 2016"},
		{"2016-10-30", "2016-11-02", "30 October – 2 November 2016", "From 30 October to 2 November 2016"},
		{"2016-12-30", "2017-01-02", "30 December 2016 – 2 January 2017", "From 30 December 2016 to 2 January 2017"},
		{"2017-12", "", "December 2017", "In December 2017"},
		{"2017-11", "2017-12", "November–December 2017", "In November–December 2017"},
		{"2017-12", "2018-01", "December 2017 – January 2018", "From December 2017 to January 2018"},
		{"2005", "", "2005", "In 2005"},
		{"2005", "2006", "2005 – 2006", "From 2005 to 2006"},
		{"2016-10-20", "not a date", "20 October 2016", "On 20 October 2016"},
		{"", "", "", ""},
		{"2016-13-40", "", "", ""},
	}
	for _, tt := range tests {
		if got := HumanDate(tt.d, tt.end); got != tt.human {
			t.Errorf("HumanDate(%q, %q) = %q, want %q", tt.d, tt.end, got, tt.human)
		}
		if got := DateLead(tt.d, tt.end); got != tt.lead {
			t.Errorf("DateLead(%q, %q) = %q, want %q", tt.d, tt.end, got, tt.lead)
		}
	}
}

var (
	ots    = store.Ref{ID: 1, Name: "Organization of Turkic States", Type: annals.Org}
	unaoc  = store.Ref{ID: 2, Name: "United Nations Alliance of Civilizations", Type: annals.Org}
	unesco = store.Ref{ID: 3, Name: "UNESCO", Type: annals.Org}
	sall   = store.Ref{ID: 4, Name: "Macky Sall", Type: annals.Person}
	paris  = store.Ref{ID: 5, Name: "Paris", Type: annals.Place}
	theHag = store.Ref{ID: 6, Name: "The Hague Academy", Type: annals.Org}
)

func TestEventSentence(t *testing.T) {
	two := []store.Ref{ots, unaoc}
	tests := []struct {
		name string
		e    store.EventRow
		want string
	}{
		{"agreement", store.EventRow{Type: annals.Agreement, Date: "2016-10-20", Place: "Istanbul", Participants: two, Title: "Memorandum of Understanding"},
			"On 20 October 2016, in Istanbul, the Organization of Turkic States and the United Nations Alliance of Civilizations signed a Memorandum of Understanding."},
		{"agreement untitled, acronym, place participant left out", store.EventRow{Type: annals.Agreement, Date: "2024-06-04", Participants: []store.Ref{unesco, paris, ots}},
			"On 4 June 2024, UNESCO and the Organization of Turkic States signed an agreement."},
		{"agreement title cut short", store.EventRow{Type: annals.Agreement, Participants: two, Title: "Memorandum of Understanding on"},
			"The Organization of Turkic States and the United Nations Alliance of Civilizations signed a Memorandum of Understanding."},
		{"agreement title with its article", store.EventRow{Type: annals.Agreement, Participants: []store.Ref{unesco}, Title: "the Paris Accord"},
			"UNESCO signed the Paris Accord."},
		{"conference", store.EventRow{Type: annals.Conference, Date: "2019-09", Participants: two, Title: "Role of Youth"},
			"In September 2019, the Organization of Turkic States and the United Nations Alliance of Civilizations took part in the conference “Role of Youth”."},
		{"meeting", store.EventRow{Type: annals.Meeting, Date: "2019-09-27", Place: "New York", Participants: []store.Ref{ots, unaoc, sall}},
			"On 27 September 2019, in New York, the Organization of Turkic States, the United Nations Alliance of Civilizations and Macky Sall met."},
		{"meeting titled", store.EventRow{Type: annals.Meeting, Participants: []store.Ref{unesco, sall}, Title: "Summit"},
			"UNESCO and Macky Sall met at the meeting “Summit”."},
		{"visit", store.EventRow{Type: annals.Visit, Date: "2018", Participants: []store.Ref{sall}},
			"In 2018, Macky Sall took part in a visit."},
		{"programme", store.EventRow{Type: annals.Programme, Date: "2017-12", Place: "Istanbul", Participants: two, Title: "Youth Dialogue Exchange Program"},
			"In December 2017, in Istanbul, the Organization of Turkic States and the United Nations Alliance of Civilizations conducted the Youth Dialogue Exchange Program."},
		{"speech", store.EventRow{Type: annals.Speech, Participants: []store.Ref{sall}},
			"Macky Sall delivered an address."},
		{"appointment", store.EventRow{Type: annals.Appointment, Date: "2020-01-01", Participants: []store.Ref{sall, unesco}},
			"On 1 January 2020, an appointment concerning Macky Sall and UNESCO was announced."},
		{"campaign", store.EventRow{Type: annals.Campaign, Date: "2021-03", DateEnd: "2021-05", Participants: []store.Ref{theHag}, Title: "Clean Seas"},
			"In March–May 2021, The Hague Academy launched the Clean Seas."},
		{"founding", store.EventRow{Type: annals.Founding, Date: "2010", Participants: []store.Ref{ots}, Title: "Turkic Academy"},
			"In 2010, the Organization of Turkic States founded the Turkic Academy."},
		{"founding of a body alone", store.EventRow{Type: annals.Founding, Date: "2010", Title: "Turkic Academy"},
			"In 2010, the Turkic Academy was founded."},
		{"no participants", store.EventRow{Type: annals.Agreement},
			"Participants not named in the source signed an agreement."},
		{"unknown type", store.EventRow{Type: "expedition", Participants: []store.Ref{sall}},
			"Macky Sall took part in an expedition."},
		{"date range", store.EventRow{Type: annals.Conference, Date: "2016-10-20", DateEnd: "2016-10-21", Participants: []store.Ref{unesco}},
			"From 20 to 21 October 2016, UNESCO took part in a conference."},
		// two stories' own entities of one name ("Odrina" where each
		// story names another Odrina too) are one name in the sentence
		{"one name of two entities", store.EventRow{Type: annals.Meeting, Date: "2019-09-27",
			Participants: []store.Ref{{ID: 41, Name: "Odrina", Type: annals.Person}, sall, {ID: 57, Name: "Odrina", Type: annals.Person}}},
			"On 27 September 2019, Odrina and Macky Sall met."},
		{"one name of two types", store.EventRow{Type: annals.Meeting, Date: "2019-09-27",
			Participants: []store.Ref{{ID: 41, Name: "Lerin", Type: annals.Person}, {ID: 57, Name: "Lerin", Type: annals.Org}}},
			"On 27 September 2019, Lerin and Lerin met."},
	}
	for _, tt := range tests {
		if got := EventSentence(tt.e); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestPlannedEvents(t *testing.T) {
	tests := []struct {
		e    store.EventRow
		want string
	}{
		{store.EventRow{Type: annals.Agreement, Participants: []store.Ref{ots, unaoc}},
			"The Organization of Turkic States and the United Nations Alliance of Civilizations were to sign an agreement."},
		{store.EventRow{Type: annals.Agreement, Date: "2025-03", Participants: []store.Ref{unesco}},
			"In March 2025, UNESCO was to sign an agreement."},
		{store.EventRow{Type: annals.Meeting, Place: "Baku", Participants: []store.Ref{sall}},
			"In Baku, Macky Sall was to meet."},
		{store.EventRow{Type: annals.Conference, Participants: []store.Ref{ots, sall}, Title: "Digital Forum"},
			"The Organization of Turkic States and Macky Sall were to take part in the conference “Digital Forum”."},
		{store.EventRow{Type: annals.Programme, Participants: []store.Ref{unesco}, Title: "Youth Programme"},
			"UNESCO was to conduct the Youth Programme."},
		{store.EventRow{Type: annals.Appointment, Participants: []store.Ref{sall}},
			"An appointment concerning Macky Sall was to be made."},
		{store.EventRow{Type: annals.Founding, Title: "Turkic Investment Fund"},
			"The Turkic Investment Fund was to be founded."},
	}
	for _, tt := range tests {
		tt.e.Status = annals.Planned
		if got := EventSentence(tt.e); got != tt.want {
			t.Errorf("planned %s:\n got %q\nwant %q", tt.e.Type, got, tt.want)
		}
	}
}

func TestFootnote(t *testing.T) {
	ev := annals.Span{Text: "The OTS and the UNAOC signed\n a Memorandum."}
	tests := []struct {
		name string
		e    store.EventRow
		base string
		want string
	}{
		{"titled, undated", store.EventRow{Reports: 1, Sources: 1, Citation: store.Citation{StoryID: 3, Path: "ots-unaoc.txt", Title: "Relations between the OTS and the UNAOC", Evidence: ev}}, "",
			"*Relations between the OTS and the UNAOC* (undated): “The OTS and the UNAOC signed a Memorandum.”"},
		{"untitled: the path once", store.EventRow{Citation: store.Citation{Path: "/path/x.txt", Published: "2016-10-21", Evidence: ev}}, "",
			"*/path/x.txt* (21 October 2016): “The OTS and the UNAOC signed a Memorandum.”"},
		{"linked", store.EventRow{Citation: store.Citation{StoryID: 7, Path: "a.md", Title: "A", Published: "2016-10", Evidence: ev}}, "http://127.0.0.1:8080/",
			"[*A*](http://127.0.0.1:8080/stories/7) (October 2016): “The OTS and the UNAOC signed a Memorandum.”"},
		{"original address", store.EventRow{Citation: store.Citation{StoryID: 7, Path: "a.md", Title: "A", URL: "https://example.org/a (b)", Published: "2016-10", Evidence: ev}}, "",
			"*A* (October 2016, [original](https://example.org/a%20%28b%29)): “The OTS and the UNAOC signed a Memorandum.”"},
		{"reports and disagreements", store.EventRow{ID: 9, Reports: 3, Sources: 2, Citation: store.Citation{Path: "b.txt", Evidence: ev},
			Disagreements: []store.Disagreement{{Field: "date", Note: "reports disagree: 19 or 20 November 2018"}, {Field: "place", Note: "reports disagree: Baku or Nukus"}}}, "",
			"*b.txt* (undated): “The OTS and the UNAOC signed a Memorandum.” Reported 3 times by 2 independent sources (annals event 9). " +
				"Reports disagree: 19 or 20 November 2018; reports disagree: Baku or Nukus."},
		{"one source", store.EventRow{ID: 2, Reports: 2, Sources: 1, Citation: store.Citation{Path: "b.txt", Evidence: ev}}, "",
			"*b.txt* (undated): “The OTS and the UNAOC signed a Memorandum.” Reported 2 times by 1 independent source (annals event 2)."},
		{"hostile story", store.EventRow{Citation: store.Citation{StoryID: 1, Path: "evil_[x].md", Title: "*Bold* <script>alert(1)</script> [link](javascript:x)",
			Evidence: annals.Span{Text: "Signed.[^9]\n\n# Heading | `code` ~~gone~~ \\ & more"}}}, "http://h",
			`[*\*Bold\* &lt;script&gt;alert(1)&lt;/script&gt; \[link\](javascript:x)*](http://h/stories/1) (undated): ` +
				"“Signed.\\[^9\\] \\# Heading \\| \\`code\\` \\~\\~gone\\~\\~ \\\\ &amp; more”"},
	}
	for _, tt := range tests {
		if got := Footnote(tt.e, tt.base); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestMDEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain text, 20–21 October.", "Plain text, 20–21 October."},
		{"a*b_c`d", "a\\*b\\_c\\`d"},
		{"[x](http://e) ![i](j)", `\[x\](http://e) !\[i\](j)`},
		{"<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
		{"line one\n\n# two\n[^1]: forged", `line one \# two \[^1\]: forged`},
		{`back\slash | pipe ~strike~ &amp;`, `back\\slash \| pipe \~strike\~ &amp;amp;`},
	}
	for _, tt := range tests {
		if got := MDEscape(tt.in); got != tt.want {
			t.Errorf("MDEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	rows := []store.EventRow{
		{ID: 1, Type: annals.Agreement, Date: "2016-10-20", Place: "Istanbul", Participants: []store.Ref{ots, unaoc}, Title: "Memorandum of Understanding", Reports: 1, Sources: 1,
			Citation: store.Citation{StoryID: 1, Path: "ots-unaoc.txt", Title: "Relations", Evidence: annals.Span{Text: "They signed."}}},
		{ID: 2, Type: annals.Meeting, Date: "2016-12", Participants: []store.Ref{ots, {Name: "Evil *Org* [^1]", Type: annals.Org}}, Reports: 1, Sources: 1,
			Citation: store.Citation{StoryID: 2, Path: "b.txt", Evidence: annals.Span{Text: "They met."}}},
		{ID: 3, Type: annals.Visit, Participants: []store.Ref{sall}, Reports: 1, Sources: 1,
			Citation: store.Citation{Path: "c.txt", Evidence: annals.Span{Text: "He visited."}}},
	}
	want := "# Organization of Turkic States and UNAOC\\_\\#1: a chronicle\n\n" +
		"3 events, from the stories held by annals. Each sentence cites its source.\n\n" +
		"## 2016\n\n" +
		"On 20 October 2016, in Istanbul, the Organization of Turkic States and the United Nations Alliance of Civilizations signed a Memorandum of Understanding.[^1]\n\n" +
		"In December 2016, the Organization of Turkic States and the Evil \\*Org\\* \\[^1\\] met.[^2]\n\n" +
		"## Undated\n\n" +
		"Macky Sall took part in a visit.[^3]\n\n" +
		"[^1]: [*Relations*](http://h/stories/1) (undated): “They signed.”\n" +
		"[^2]: [*b.txt*](http://h/stories/2) (undated): “They met.”\n" +
		"[^3]: *c.txt* (undated): “He visited.”\n"
	if got := Markdown([]string{"Organization of Turkic States", "UNAOC_#1"}, rows, "http://h"); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
	if got := Markdown(nil, nil, ""); got != "# Chronicle\n\nNo events are recorded.\n" {
		t.Errorf("empty Markdown = %q", got)
	}
	if got := Markdown([]string{"UNESCO"}, rows[2:], ""); !strings.HasPrefix(got, "# UNESCO: a chronicle\n\n1 event, ") {
		t.Errorf("one-event Markdown = %q", got)
	}
}

func TestHelpers(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{JoinAnd(nil), ""},
		{JoinAnd([]string{"A"}), "A"},
		{JoinAnd([]string{"A", "B"}), "A and B"},
		{JoinAnd([]string{"A", "B", "C"}), "A, B and C"},
		{Article("Agreement"), "an"},
		{Article("Memorandum"), "a"},
		{Article(""), "a"},
		{WithArticle(unaoc), "the United Nations Alliance of Civilizations"},
		{WithArticle(unesco), "UNESCO"},
		{WithArticle(store.Ref{Name: "U.N. ESCAP", Type: annals.Org}), "the U.N. ESCAP"},
		{WithArticle(theHag), "The Hague Academy"},
		{WithArticle(store.Ref{Name: "the Turkic Council", Type: annals.Org}), "the Turkic Council"},
		{WithArticle(sall), "Macky Sall"},
		{WithArticle(store.Ref{Name: "New York", Type: annals.Place}), "New York"},
		{TrimDangling("Memorandum of Understanding on the"), "Memorandum of Understanding"},
		{TrimDangling("Agreement"), "Agreement"},
		{UpperFirst("éclair"), "Éclair"},
		{UpperFirst(""), ""},
		{Source(store.Citation{Path: "p.txt", Title: "  "}), "p.txt"},
		{DisagreementNotes(store.EventRow{}), ""},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
