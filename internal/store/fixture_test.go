package store

import (
	"context"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"annals"
	"annals/internal/store/pgtest"
)

// ent describes an entity of a hand-made story; mentions are found in the text.
type ent struct {
	typ     annals.EntityType
	name    string
	aliases []string
	ref     string
	former  []annals.FormerName
}

// ev describes an event; evidence is a substring of the text.
type ev struct {
	typ      annals.EventType
	date     annals.Date
	dateEnd  annals.Date
	place    string
	parts    []string
	title    string
	evidence string
}

// role describes a role; evidence is a substring of the text.
type role struct {
	person, role, org string
	from, to          annals.Date
	evidence          string
}

// story is a hand-made story and what a perfect extraction reads from it.
type story struct {
	path      string
	published annals.Date
	title     string
	text      string
	ents      []ent
	roles     []role
	events    []ev
}

// spanOf cites the first occurrence of sub in raw; it fails the test when
// sub is not there, so fixtures cannot drift from their texts.
func spanOf(t testing.TB, raw, sub string) annals.Span {
	t.Helper()
	i := strings.Index(raw, sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", sub)
	}
	return annals.Span{Start: i, End: i + len(sub), Text: sub}
}

// build turns a hand-made story into the Story and Document PutStory takes.
func (s story) build(t testing.TB) (*annals.Story, *annals.Document) {
	t.Helper()
	raw := s.title + "\n\n" + s.text
	st := &annals.Story{Path: s.path, Format: "text", Title: s.title, Raw: []byte(raw), Text: s.text,
		Ingested: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	doc := &annals.Document{Doc: s.path, Title: annals.NullString(s.title), Published: s.published,
		Entities: []annals.Entity{}, Roles: []annals.Role{}, Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}
	for i, e := range s.ents {
		en := annals.Entity{ID: "e" + string(rune('1'+i)), Type: e.typ, Name: e.name, Aliases: e.aliases, Ref: e.ref, Former: e.former, Mentions: []annals.Span{}}
		if en.Aliases == nil {
			en.Aliases = []string{}
		}
		for _, form := range append([]string{e.name}, e.aliases...) {
			for off := 0; ; {
				j := strings.Index(raw[off:], form)
				if j < 0 {
					break
				}
				en.Mentions = append(en.Mentions, annals.Span{Start: off + j, End: off + j + len(form), Text: form})
				off += j + len(form)
			}
		}
		doc.Entities = append(doc.Entities, en)
	}
	for _, r := range s.roles {
		doc.Roles = append(doc.Roles, annals.Role{Person: r.person, Role: r.role, Org: r.org, From: r.from, To: r.to, Evidence: spanOf(t, raw, r.evidence)})
	}
	for _, e := range s.events {
		ev := annals.Event{Type: e.typ, Title: annals.NullString(e.title), Date: e.date, DateEnd: e.dateEnd,
			Place: annals.NullString(e.place), Participants: e.parts, Status: annals.Held, Figures: []annals.Figure{}, Evidence: spanOf(t, raw, e.evidence)}
		// "today" in the sentence states the publication date
		if k := strings.Index(e.evidence, "today"); k >= 0 && e.date == s.published {
			at := ev.Evidence.Start + k
			doc.Dates = append(doc.Dates, annals.DateMention{Start: at, End: at + 5, Text: "today", Value: annals.DateValue(s.published)})
		}
		doc.Events = append(doc.Events, ev)
	}
	return st, doc
}

var (
	ots = ent{typ: annals.Org, name: "Organization of Turkic States", aliases: []string{"OTS"}, ref: "Q1365549",
		former: []annals.FormerName{{Name: "Turkic Council", Until: "2021"}}}
	unaoc = ent{typ: annals.Org, name: "United Nations Alliance of Civilizations",
		aliases: []string{"UNAOC", "Alliance of Civilizations", "the Alliance"}}
	un       = ent{typ: annals.Org, name: "United Nations", aliases: []string{"UN"}, ref: "Q1065"}
	amreyev  = ent{typ: annals.Person, name: "Baghdad Amreyev", aliases: []string{"Amreyev"}}
	alNasser = ent{typ: annals.Person, name: "Nassir Abdulaziz Al-Nasser", aliases: []string{"Al-Nasser", "Mr. Al-Nasser"}}
	ban      = ent{typ: annals.Person, name: "Ban Ki-moon", aliases: []string{"Mr. Ban", "Ban"}}
	istanbul = ent{typ: annals.Place, name: "Istanbul", ref: "Q406"}
	newYork  = ent{typ: annals.Place, name: "New York", ref: "Q60"}
	baku     = ent{typ: annals.Place, name: "Baku"}
	sall     = ent{typ: annals.Person, name: "Mr. Sall", aliases: []string{"Sall"}}
)

// The fixtures: short stories in the project's own words about the
// relations of the OTS and the UNAOC (documented facts), plus two
// stories that each name a different "Mr. Sall".
var (
	relations = story{
		path:  "ots-unaoc-relations.txt",
		title: "Relations between the OTS and the UNAOC",
		text: "Official relations between the OTS and the United Nations Alliance of Civilizations (UNAOC) started with the signing of a Memorandum of Understanding on 20 October 2016 in Istanbul.\n\n" +
			"OTS Secretary General Baghdad Amreyev held a meeting with the High Representative for the UNAOC, Nassir Abdulaziz Al-Nasser, on 27 September 2019 in New York.",
		ents: []ent{ots, unaoc, amreyev, alNasser, istanbul, newYork},
		roles: []role{
			{person: "Baghdad Amreyev", role: "Secretary General", org: "Organization of Turkic States", evidence: "OTS Secretary General Baghdad Amreyev held a meeting"},
			{person: "Nassir Abdulaziz Al-Nasser", role: "High Representative", org: "United Nations Alliance of Civilizations", evidence: "the High Representative for the UNAOC, Nassir Abdulaziz Al-Nasser"},
		},
		events: []ev{
			{typ: annals.Agreement, date: "2016-10-20", place: "Istanbul", title: "Memorandum of Understanding",
				parts:    []string{"Organization of Turkic States", "United Nations Alliance of Civilizations"},
				evidence: "Official relations between the OTS and the United Nations Alliance of Civilizations (UNAOC) started with the signing of a Memorandum of Understanding on 20 October 2016 in Istanbul."},
			{typ: annals.Meeting, date: "2019-09-27", place: "New York",
				parts:    []string{"Baghdad Amreyev", "Nassir Abdulaziz Al-Nasser", "Organization of Turkic States", "United Nations Alliance of Civilizations"},
				evidence: "OTS Secretary General Baghdad Amreyev held a meeting with the High Representative for the UNAOC, Nassir Abdulaziz Al-Nasser, on 27 September 2019 in New York."},
		},
	}
	banHails = story{
		path:      "ban-hails-alliance-2012.md",
		published: "2012-09-28",
		title:     "Ban hails work of Alliance of Civilizations",
		text: "Secretary-General Ban Ki-moon of the United Nations today praised the Alliance of Civilizations for its work on dialogue.\n\n" +
			"Mr. Ban spoke today in New York at a ministerial meeting of the Group of Friends of the Alliance, chaired by the High Representative, Nassir Abdulaziz Al-Nasser.\n\n" +
			"The Alliance will launch a campaign for young people.",
		ents: []ent{un, unaoc, ban, alNasser, newYork},
		roles: []role{
			{person: "Ban Ki-moon", role: "Secretary-General", org: "United Nations", evidence: "Secretary-General Ban Ki-moon of the United Nations"},
			{person: "Nassir Abdulaziz Al-Nasser", role: "High Representative", org: "UNAOC", from: "2012-09", evidence: "chaired by the High Representative, Nassir Abdulaziz Al-Nasser"},
		},
		events: []ev{
			{typ: annals.Speech, date: "2012-09-28", place: "New York", parts: []string{"Ban Ki-moon", "United Nations Alliance of Civilizations"},
				evidence: "Mr. Ban spoke today in New York at a ministerial meeting of the Group of Friends of the Alliance, chaired by the High Representative, Nassir Abdulaziz Al-Nasser."},
			{typ: annals.Campaign, parts: []string{"United Nations Alliance of Civilizations"},
				evidence: "The Alliance will launch a campaign for young people."},
		},
	}
	turkicCouncil = story{
		path:      "turkic-council-2015.txt",
		published: "2015-05-12",
		title:     "Turkic Council and UN Alliance hold talks in Baku",
		text:      "The Turkic Council and the UNAOC held talks in Baku in May 2015. Mr. Sall, an adviser, attended the talks.",
		ents: []ent{{typ: annals.Org, name: "Turkic Council"}, {typ: annals.Org, name: "UNAOC", aliases: []string{"Alliance"}},
			baku, sall},
		events: []ev{
			{typ: annals.Meeting, date: "2015-05", place: "Baku", parts: []string{"Turkic Council", "UNAOC"},
				evidence: "The Turkic Council and the UNAOC held talks in Baku in May 2015."},
		},
	}
	mouAgain = story{
		path:      "mou-anniversary-2018.txt",
		published: "2018-10-20",
		title:     "Two years of the OTS-UNAOC Memorandum",
		text:      "Two years ago, on 20 October 2016 in Istanbul, the OTS and the UNAOC signed their Memorandum of Understanding. Mr. Sall, a Senegalese diplomat, recalled the ceremony.",
		ents:      []ent{{typ: annals.Org, name: "OTS", ref: "Q1365549"}, {typ: annals.Org, name: "UNAOC"}, istanbul, sall},
		events: []ev{
			{typ: annals.Agreement, date: "2016-10-20", place: "Istanbul", title: "Memorandum of Understanding", parts: []string{"OTS", "UNAOC"},
				evidence: "Two years ago, on 20 October 2016 in Istanbul, the OTS and the UNAOC signed their Memorandum of Understanding."},
		},
	}
	fixtures = []story{relations, banHails, turkicCouncil, mouAgain}
)

// openTemp opens a new database in a temporary directory.
//
// With $ANNALS_TEST_STORE=postgres the database is a new PostgreSQL
// database on the server of $ANNALS_TEST_POSTGRES (package pgtest), and
// the path returned is its address: the store's tests then run on
// PostgreSQL, except the few about SQLite files (see sqliteOnly).
func openTemp(t testing.TB) (*DB, string) {
	t.Helper()
	if onPostgres() {
		dsn := pgtest.DSN(t)
		s, err := OpenPostgres(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, dsn
	}
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// onPostgres says whether the store's tests run on PostgreSQL.
func onPostgres() bool { return os.Getenv("ANNALS_TEST_STORE") == "postgres" }

// sqliteOnly skips a test about SQLite itself (its files, locks and query
// plans) when the tests run on PostgreSQL.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if onPostgres() {
		t.Skip("about SQLite")
	}
}

// filled opens a temporary database holding the fixtures, and returns the
// story ids by path.
func filled(t testing.TB) (*DB, map[string]int64) {
	t.Helper()
	s, _ := openTemp(t)
	ids := map[string]int64{}
	for _, f := range fixtures {
		st, doc := f.build(t)
		res, err := s.PutStory(context.Background(), st, doc)
		if err != nil {
			t.Fatalf("PutStory(%s): %v", f.path, err)
		}
		ids[f.path] = res.StoryID
	}
	return s, ids
}

// entityID finds the single best entity for name.
func entityID(t testing.TB, s *DB, name string) int64 {
	t.Helper()
	es, err := s.FindEntities(context.Background(), name)
	if err != nil || len(es) == 0 {
		t.Fatalf("FindEntities(%q) = %v, %v", name, es, err)
	}
	return es[0].ID
}

// storedDocs yields every stored story with its document, as Story reads
// them.
func storedDocs(t testing.TB, s *DB) iter.Seq2[StorySummary, *annals.Document] {
	t.Helper()
	ctx := context.Background()
	list, err := s.Stories(ctx, 1<<30, 0)
	if err != nil {
		t.Fatal(err)
	}
	return func(yield func(StorySummary, *annals.Document) bool) {
		for _, l := range list {
			_, doc, err := s.Story(ctx, l.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !yield(l, doc) {
				return
			}
		}
	}
}
