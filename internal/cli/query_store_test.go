package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"annals"
	"annals/internal/store"
)

// qStory is a hand-made story for the query commands: its text, and the
// entities, roles and events a perfect reading finds, cited by substring.
type qStory struct {
	path, title string
	published   annals.Date
	text        string
	entities    []annals.Entity // mentions are filled from the text
	roles       [][3]string     // person, role, org; evidence is the role's sentence
	events      []annals.Event  // Evidence.Text must be a substring of the text
}

func (q qStory) put(t *testing.T, s *store.DB) {
	t.Helper()
	raw := q.title + "\n\n" + q.text
	span := func(sub string) annals.Span {
		i := strings.Index(raw, sub)
		if i < 0 {
			t.Fatalf("fixture %s: %q not in text", q.path, sub)
		}
		return annals.Span{Start: i, End: i + len(sub), Text: sub}
	}
	doc := &annals.Document{Doc: q.path, Title: annals.NullString(q.title), Published: q.published}
	for i, e := range q.entities {
		e.ID = "e" + string(rune('1'+i))
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(raw, form) {
				e.Mentions = append(e.Mentions, span(form))
			}
		}
		doc.Entities = append(doc.Entities, e)
	}
	for _, r := range q.roles {
		sentence := ""
		for _, s := range strings.SplitAfter(q.text, ". ") {
			if strings.Contains(s, r[0]) {
				sentence = strings.TrimSpace(s)
				break
			}
		}
		doc.Roles = append(doc.Roles, annals.Role{Person: r[0], Role: r[1], Org: r[2], Evidence: span(sentence)})
	}
	for _, e := range q.events {
		e.Evidence = span(e.Evidence.Text)
		doc.Events = append(doc.Events, e)
	}
	st := &annals.Story{Path: q.path, Format: "text", Title: q.title, Raw: []byte(raw), Text: q.text}
	if _, err := s.PutStory(context.Background(), st, doc); err != nil {
		t.Fatalf("PutStory(%s): %v", q.path, err)
	}
}

var (
	qOTS = annals.Entity{Type: annals.Org, Name: "Organization of Turkic States", Aliases: []string{"OTS"},
		Former: []annals.FormerName{{Name: "Turkic Council", Until: "2021"}}}
	qUNAOC    = annals.Entity{Type: annals.Org, Name: "United Nations Alliance of Civilizations", Aliases: []string{"UNAOC", "the Alliance"}}
	qAmreyev  = annals.Entity{Type: annals.Person, Name: "Baghdad Amreyev", Aliases: []string{"Amreyev"}}
	qNasser   = annals.Entity{Type: annals.Person, Name: "Nassir Abdulaziz Al-Nasser", Aliases: []string{"Al-Nasser"}}
	qIstanbul = annals.Entity{Type: annals.Place, Name: "Istanbul"}
	qNewYork  = annals.Entity{Type: annals.Place, Name: "New York"}
	qSall     = annals.Entity{Type: annals.Person, Name: "Mr. Sall"}

	qStories = []qStory{
		{
			path: "ots-unaoc.txt", title: "Relations between the OTS and the UNAOC",
			text: "The OTS and the UNAOC signed a Memorandum of Understanding on 20 October 2016 in Istanbul. " +
				"In December 2017 a Youth Dialogue Exchange Program was conducted in Istanbul by the OTS and the UNAOC. " +
				"OTS Secretary General Baghdad Amreyev met Nassir Abdulaziz Al-Nasser on 27 September 2019 in New York.",
			entities: []annals.Entity{qOTS, qUNAOC, qAmreyev, qNasser, qIstanbul, qNewYork},
			roles:    [][3]string{{"Baghdad Amreyev", "Secretary General", "Organization of Turkic States"}},
			events: []annals.Event{
				{Type: annals.Agreement, Date: "2016-10-20", Place: "Istanbul", Title: "Memorandum of Understanding", Status: annals.Held,
					Participants: []string{"Organization of Turkic States", "United Nations Alliance of Civilizations"},
					Evidence:     annals.Span{Text: "The OTS and the UNAOC signed a Memorandum of Understanding on 20 October 2016 in Istanbul."}},
				{Type: annals.Programme, Date: "2017-12", Place: "Istanbul", Title: "Youth Dialogue Exchange Program", Status: annals.Held,
					Participants: []string{"Organization of Turkic States", "United Nations Alliance of Civilizations"},
					Evidence:     annals.Span{Text: "In December 2017 a Youth Dialogue Exchange Program was conducted in Istanbul by the OTS and the UNAOC."}},
				{Type: annals.Meeting, Date: "2019-09-27", Place: "New York", Status: annals.Held,
					Participants: []string{"Organization of Turkic States", "United Nations Alliance of Civilizations", "Baghdad Amreyev", "Nassir Abdulaziz Al-Nasser"},
					Evidence:     annals.Span{Text: "OTS Secretary General Baghdad Amreyev met Nassir Abdulaziz Al-Nasser on 27 September 2019 in New York."}},
			},
		},
		{
			path: "al-nasser-2012.md", title: "Al-Nasser takes office at the Alliance", published: "2012-09-01",
			text:     "Nassir Abdulaziz Al-Nasser became High Representative for the UNAOC. Mr. Sall welcomed him.",
			entities: []annals.Entity{qNasser, qUNAOC, qSall},
			roles:    [][3]string{{"Nassir Abdulaziz Al-Nasser", "High Representative", "UNAOC"}},
			events: []annals.Event{
				{Type: annals.Appointment, Date: "2012-09", Status: annals.Held, Participants: []string{"Nassir Abdulaziz Al-Nasser", "United Nations Alliance of Civilizations"},
					Evidence: annals.Span{Text: "Nassir Abdulaziz Al-Nasser became High Representative for the UNAOC."}},
			},
		},
		{
			path: "sall-dakar.txt", title: "A forum in Dakar", published: "2020-02-02",
			text:     "Mr. Sall opened a youth forum in Dakar with the Alliance. Diplomats discussed “soft power”.",
			entities: []annals.Entity{qSall, {Type: annals.Place, Name: "Dakar"}},
		},
	}
)

// queryDB builds a temporary database holding qStories and returns its path.
func queryDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range qStories {
		q.put(t, s)
	}
	return path
}

// run runs annals with args and returns its status and streams.
func run(env map[string]string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Run(args, &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

func TestQueryCommands(t *testing.T) {
	db := queryDB(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		want   []string // substrings of stdout, in order
		stderr string   // substring of stderr
	}{
		{"timeline in date order", []string{"timeline", "--db", db}, 0,
			[]string{"2012-09 ", "appointment", "2016-10-20", "agreement", "“Memorandum of Understanding” in Istanbul",
				"— Relations between the OTS and the UNAOC: “The OTS and the UNAOC signed", "2017-12", "programme", "2019-09-27", "meeting", "4 events"}, ""},
		{"org with org by acronym and former name", []string{"timeline", "--db", db, "--org", "turkic council", "--with", "unaoc"}, 0,
			[]string{"2016-10-20", "2017-12", "2019-09-27", "3 events"}, ""},
		{"person", []string{"timeline", "--db", db, "--person", "al-nasser", "--from", "2019"}, 0, []string{"2019-09-27", "1 event\n"}, ""},
		{"type and place", []string{"timeline", "--db", db, "--type", "programme", "--place", "ISTANBUL"}, 0, []string{"Youth Dialogue Exchange Program", "1 event\n"}, ""},
		{"date range at precisions", []string{"timeline", "--db", db, "--from", "2017-12-31", "--to", "2018"}, 0, []string{"2017-12", "1 event\n"}, ""},
		{"no events", []string{"timeline", "--db", db, "--type", "founding"}, 0, []string{"No events."}, ""},
		{"unknown name", []string{"timeline", "--db", db, "--org", "NATO"}, 1, nil, `no organization named "NATO"`},
		{"ambiguous name", []string{"timeline", "--db", db, "--person", "Mr. Sall"}, 1, nil, `"Mr. Sall" is ambiguous: #`},
		{"wrong type", []string{"timeline", "--db", db, "--org", "Amreyev"}, 1, nil, `no organization named "Amreyev" (but: #`},
		{"bad date", []string{"timeline", "--db", db, "--from", "2019-02-30"}, 2, nil, `--from "2019-02-30" is not a date`},
		{"bad type", []string{"timeline", "--db", db, "--type", "party"}, 2, nil, `unknown event type "party"`},
		{"bad format", []string{"timeline", "--db", db, "--format", "xml"}, 2, nil, `unknown format "xml"`},
		{"missing database", []string{"timeline", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, nil, "no database here"},
		{"from after to", []string{"timeline", "--db", db, "--from", "2020", "--to", "2019"}, 2, nil, "--from 2020 is after --to 2019"},
		{"from after to at precisions", []string{"export", "--db", db, "--format", "csv", "--from", "2019-06-02", "--to", "2019-06"}, 0, []string{"id,"}, ""},
		{"merge with itself", []string{"merge", "--db", db, "OTS", "Turkic Council"}, 1, nil, "cannot merge an entity with itself"},
		{"serve a missing database", []string{"serve", "--db", filepath.Join(t.TempDir(), "typo.db"), "--addr", "127.0.0.1:0"}, 1, nil, "no database here"},

		{"entities", []string{"entities", "--db", db}, 0,
			[]string{"ID", "TYPE", "NAME", "STORIES", "United Nations Alliance of Civilizations", "3", "UNAOC"}, ""},
		{"entities by type and query", []string{"entities", "--db", db, "--type", "person", "--query", "nass"}, 0, []string{"Nassir Abdulaziz Al-Nasser"}, ""},
		{"entities bad type", []string{"entities", "--db", db, "--type", "ANIMAL"}, 2, nil, "unknown entity type"},

		{"show an organization", []string{"show", "--db", db, "OTS"}, 0,
			[]string{"Organization of Turkic States  (ORG #", "Names", "Turkic Council", "former", "until 2021",
				"Office holders", "Baghdad Amreyev (Secretary General, Organization of Turkic States)",
				"Events", "2016-10-20", "Partners", "United Nations Alliance of Civilizations", "3 events", "2016-10-20 – 2019-09-27",
				"Stories", "ots-unaoc.txt", "Appears with"}, ""},
		{"show a person by surname", []string{"show", "--db", db, "Amreyev"}, 0, []string{"Baghdad Amreyev  (PERSON #", "Offices held", "Secretary General, Organization of Turkic States"}, ""},
		{"show an office", []string{"show", "--db", db, "High", "Representative"}, 0,
			[]string{"High Representative: 1 holder", "as of 2012-09-01", "Nassir Abdulaziz Al-Nasser (High Representative, United Nations Alliance of Civilizations)",
				"— Al-Nasser takes office at the Alliance: “Nassir Abdulaziz Al-Nasser became High Representative"}, ""},
		{"show an office of an organization", []string{"show", "--db", db, "Secretary-General of the OTS"}, 0, []string{"Secretary-General of the OTS: 1 holder", "Baghdad Amreyev"}, ""},
		{"show unknown", []string{"show", "--db", db, "Kofi Annan"}, 1, nil, `no entity named "Kofi Annan"`},
		{"show nothing", []string{"show", "--db", db}, 2, nil, "no NAME given"},

		{"search", []string{"search", "--db", db, "youth"}, 0, []string{"2 stories match \"youth\"", "1. ", "**youth**"}, ""},
		{"search bad syntax", []string{"search", "--db", db, `"soft`, "AND"}, 0, []string{"1 story matches", "sall-dakar.txt"}, ""},
		{"search expands an entity's names", []string{"search", "--db", db, "Turkic", "Council"}, 0, []string{`Also searching the other names of "Turkic Council": `, "Organization of Turkic States", "1 story matches"}, ""},
		{"search no hit", []string{"search", "--db", db, "zeppelin"}, 0, []string{`No story matches "zeppelin".`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(nil, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			rest := out
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order)\nstdout:\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
			if !strings.Contains(errOut, tt.stderr) || (tt.stderr == "") != (errOut == "") {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tt.stderr)
			}
		})
	}
}

func TestTimelineChronicle(t *testing.T) {
	db := queryDB(t)
	code, out, errOut := run(nil, "timeline", "--db", db, "--org", "Organization of Turkic States", "--with", "UNAOC", "--format", "md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"# Organization of Turkic States and United Nations Alliance of Civilizations: a chronicle\n",
		"On 20 October 2016, in Istanbul, the Organization of Turkic States and the United Nations Alliance of Civilizations signed a Memorandum of Understanding.[^1]\n",
		"In December 2017, in Istanbul, the Organization of Turkic States and the United Nations Alliance of Civilizations conducted the Youth Dialogue Exchange Program.[^2]\n",
		"On 27 September 2019, in New York, the Organization of Turkic States, the United Nations Alliance of Civilizations, Baghdad Amreyev and Nassir Abdulaziz Al-Nasser met.[^3]\n",
		"[^1]: *Relations between the OTS and the UNAOC* (undated): “The OTS and the UNAOC signed a Memorandum of Understanding on 20 October 2016 in Istanbul.”\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chronicle lacks %q\n%s", want, out)
		}
	}
}

func TestQueryJSONAndCSV(t *testing.T) {
	db := queryDB(t)
	// ANNALS_DB names the database when --db is not given.
	env := map[string]string{"ANNALS_DB": db}

	_, out, _ := run(env, "timeline", "--format", "json", "--type", "agreement")
	var tl struct {
		Events []store.EventRow `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil || len(tl.Events) != 1 {
		t.Fatalf("timeline json: %v\n%s", err, out)
	}
	ev := tl.Events[0]
	if ev.Date != "2016-10-20" || len(ev.Participants) != 2 || ev.Citation.Path != "ots-unaoc.txt" || ev.Reports != 1 || ev.Citation.Evidence.End <= ev.Citation.Evidence.Start {
		t.Errorf("timeline json event = %+v", ev)
	}
	for _, key := range []string{`"id":`, `"type": "agreement"`, `"date_end": null`, `"participants": [`, `"citation": {`, `"evidence": {`, `"reports": 1`} {
		if !strings.Contains(out, key) {
			t.Errorf("timeline json lacks %s\n%s", key, out)
		}
	}

	_, out, _ = run(env, "timeline", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 5 || recs[0][0] != "id" || !slices.Contains(recs[0], "evidence") || recs[2][1] != "2016-10-20" {
		t.Errorf("timeline csv: %v\n%s", err, out)
	}

	_, out, _ = run(env, "entities", "--format", "json", "--limit", "2")
	var es struct {
		Entities []store.EntitySummary `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &es); err != nil || len(es.Entities) != 2 || es.Entities[0].Name != "Nassir Abdulaziz Al-Nasser" {
		t.Errorf("entities json: %v\n%s", err, out)
	}

	_, out, _ = run(env, "show", "--format", "json", "Turkic Council")
	var page struct {
		Kind string           `json:"kind"`
		Page store.EntityPage `json:"page"`
	}
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Kind != "entity" || page.Page.Entity.Name != "Organization of Turkic States" || len(page.Page.Events) != 3 {
		t.Errorf("show json: %v\n%s", err, out)
	}
	_, out, _ = run(env, "show", "--format", "json", "High Representative")
	var office officeOutput
	if err := json.Unmarshal([]byte(out), &office); err != nil || office.Kind != "office" || len(office.Holders) != 1 || office.Holders[0].Person.Name != "Nassir Abdulaziz Al-Nasser" {
		t.Errorf("show office json: %v\n%s", err, out)
	}

	_, out, _ = run(env, "search", "--format", "json", "memorandum")
	var sr struct {
		Query string            `json:"query"`
		Total int               `json:"total"`
		Hits  []store.SearchHit `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &sr); err != nil || sr.Total != 1 || sr.Hits[0].Path != "ots-unaoc.txt" || !strings.Contains(sr.Hits[0].Snippet, "**Memorandum**") {
		t.Errorf("search json: %v\n%s", err, out)
	}
}

func TestQueryBadDatabase(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "annals.db")
	os.WriteFile(notDB, []byte("these are my notes, not a database\n"), 0o644)
	for _, args := range [][]string{
		{"timeline", "--db", notDB},
		{"entities", "--db", notDB},
		{"show", "--db", notDB, "OTS"},
		{"search", "--db", notDB, "youth"},
	} {
		code, out, errOut := run(nil, args...)
		want := "annals " + args[0] + ": " + notDB + ": not an annals database (file is not a database)\n"
		if code != 1 || out != "" || errOut != want {
			t.Errorf("%v: exit %d, stderr %q; want 1 and %q", args, code, errOut, want)
		}
	}
	if b, _ := os.ReadFile(notDB); string(b) != "these are my notes, not a database\n" {
		t.Error("the file was changed")
	}
}

func TestHumanDates(t *testing.T) {
	tests := []struct {
		d, end    annals.Date
		human, is string
	}{
		{"2016-10-20", "", "20 October 2016", "2016-10-20"},
		{"2016-10-20", "2016-10-21", "20–21 October 2016", "2016-10-20/21"},
		{"2016-10-30", "2016-11-02", "30 October – 2 November 2016", "2016-10-30/11-02"},
		{"2017-12", "", "December 2017", "2017-12"},
		{"2017-11", "2017-12", "November–December 2017", "2017-11/12"},
		{"2005", "2006", "2005 – 2006", "2005/2006"},
		{"", "", "", "undated"},
	}
	for _, tt := range tests {
		if got := humanDate(tt.d, tt.end); got != tt.human {
			t.Errorf("humanDate(%q, %q) = %q, want %q", tt.d, tt.end, got, tt.human)
		}
		if got := isoRange(tt.d, tt.end); got != tt.is {
			t.Errorf("isoRange(%q, %q) = %q, want %q", tt.d, tt.end, got, tt.is)
		}
	}
}
