package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"annals"
)

var ctx = context.Background()

func TestPutSkipReplace(t *testing.T) {
	s, _ := openTemp(t)
	st, doc := relations.build(t)
	first, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	if first.Skipped || first.Replaced || first.Entities != 6 || first.Events != 2 {
		t.Errorf("first put = %+v", first)
	}

	// The same content, at the same or another path, is skipped.
	for _, path := range []string{relations.path, "copy/of/relations.txt"} {
		st, doc := relations.build(t)
		st.Path = path
		res, err := s.PutStory(ctx, st, doc)
		if err != nil || !res.Skipped || res.StoryID != first.StoryID {
			t.Errorf("put again at %s = %+v, %v; want skipped story %d", path, res, err, first.StoryID)
		}
	}

	// Changed content at the same path replaces the facts, keeping the id:
	// the meeting in New York is gone, and so is New York.
	changed := relations
	changed.text = strings.SplitN(relations.text, "\n\n", 2)[0] + "\n\nThe OTS thanked the UNAOC."
	changed.ents = []ent{ots, unaoc, istanbul}
	changed.roles = nil
	changed.events = relations.events[:1]
	st, doc = changed.build(t)
	res, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Replaced || res.Skipped || res.StoryID != first.StoryID || res.Events != 1 {
		t.Errorf("replace = %+v, want replaced story %d with 1 event", res, first.StoryID)
	}
	got, gotDoc, err := s.Story(ctx, first.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Text, "thanked") || len(gotDoc.Events) != 1 || len(gotDoc.Roles) != 0 {
		t.Errorf("stored story after replace: text %q, %d events, %d roles", got.Text, len(gotDoc.Events), len(gotDoc.Roles))
	}
	for _, name := range []string{"New York", "Baghdad Amreyev"} {
		if es, _ := s.FindEntities(ctx, name); len(es) != 0 {
			t.Errorf("%s still stored after the only story naming it was replaced: %+v", name, es)
		}
	}
	evs, _ := s.Timeline(ctx, EventFilter{})
	if len(evs) != 1 || evs[0].Type != annals.Agreement || evs[0].Reports != 1 {
		t.Errorf("timeline after replace = %+v", evs)
	}
	if hits, total, _ := s.Search(ctx, "meeting", SearchOptions{}); total != 0 {
		t.Errorf("search finds replaced text: %+v", hits)
	}
	if _, total, _ := s.Search(ctx, "thanked", SearchOptions{}); total != 1 {
		t.Errorf("search for new text: total %d, want 1", total)
	}
	stats, _ := s.Stats(ctx)
	if stats.Stories != 1 || stats.Events != 1 || stats.Reports != 1 || stats.Entities != 3 {
		t.Errorf("stats after replace = %+v", stats)
	}
}

func TestFailedPutKeepsPrevious(t *testing.T) {
	s, _ := openTemp(t)
	st, doc := relations.build(t)
	first, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := s.Timeline(ctx, EventFilter{})

	tests := []struct {
		name  string
		spoil func(*annals.Story, *annals.Document)
	}{
		{"evidence past the end of the file", func(st *annals.Story, d *annals.Document) {
			d.Events[len(d.Events)-1].Evidence.End = len(st.Raw) + 10
		}},
		{"negative mention", func(st *annals.Story, d *annals.Document) {
			d.Entities[len(d.Entities)-1].Mentions[0].Start = -1
		}},
		{"malformed role date", func(st *annals.Story, d *annals.Document) { d.Roles[1].From = "2019-13-45" }},
		{"malformed event date", func(st *annals.Story, d *annals.Document) { d.Events[1].Date = "yesterday" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := relations
			changed.text = relations.text + "\n\nA third paragraph about Samarkand."
			st, doc := changed.build(t)
			tt.spoil(st, doc)
			if _, err := s.PutStory(ctx, st, doc); !errors.Is(err, ErrInvalid) {
				t.Fatalf("PutStory = %v, want ErrInvalid", err)
			}
			got, _, err := s.Story(ctx, first.StoryID)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got.Text, "Samarkand") {
				t.Error("the failed version's text was stored")
			}
			if _, total, _ := s.Search(ctx, "Samarkand", SearchOptions{}); total != 0 {
				t.Error("the failed version's text was indexed")
			}
			after, _ := s.Timeline(ctx, EventFilter{})
			if !reflect.DeepEqual(before, after) {
				t.Errorf("timeline changed:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
}

func TestStoryRoundTrip(t *testing.T) {
	s, ids := filled(t)
	for _, f := range fixtures {
		st, doc := f.build(t)
		gotSt, gotDoc, err := s.Story(ctx, ids[f.path])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gotSt.Raw, st.Raw) || gotSt.Text != st.Text || gotSt.Title != f.title || gotSt.Published != f.published || len(gotSt.Hash) != 64 {
			t.Errorf("%s: story fields differ: %+v", f.path, gotSt)
		}
		want, _ := json.Marshal(doc)
		got, _ := json.Marshal(gotDoc)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: document differs\n got %s\nwant %s", f.path, got, want)
		}
		for i := range doc.Entities {
			if gotDoc.Entities[i].Ref != doc.Entities[i].Ref || !reflect.DeepEqual(gotDoc.Entities[i].Former, doc.Entities[i].Former) {
				t.Errorf("%s: entity %s lost its ref or former names", f.path, doc.Entities[i].Name)
			}
		}
		for _, e := range gotDoc.Entities {
			for _, m := range e.Mentions {
				if string(gotSt.Raw[m.Start:m.End]) != m.Text {
					t.Errorf("%s: mention %+v does not cite the file", f.path, m)
				}
			}
		}
	}
	if _, _, err := s.Story(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Story(999) = %v, want ErrNotFound", err)
	}
}

func TestResolveAcrossStories(t *testing.T) {
	s, ids := filled(t)
	tests := []struct {
		query string
		want  []string // display names of the matches, best first
	}{
		{"UNAOC", []string{"United Nations Alliance of Civilizations"}},
		{"alliance of civilizations", []string{"United Nations Alliance of Civilizations"}},
		{"Turkic Council", []string{"Organization of Turkic States"}}, // former name
		{"OTS", []string{"Organization of Turkic States"}},
		{"nassir abdulaziz al nasser", []string{"Nassir Abdulaziz Al-Nasser"}},
		{"AL-NASSER", []string{"Nassir Abdulaziz Al-Nasser"}},
		{"U.N.", []string{"United Nations"}},
		{"Ban", []string{"Ban Ki-moon"}},
		{"Mr. Sall", []string{"Mr. Sall", "Mr. Sall"}}, // two people, kept apart
		{"Samarkand", nil},
	}
	for _, tt := range tests {
		es, err := s.FindEntities(ctx, tt.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range es {
			got = append(got, e.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindEntities(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	// The UNAOC of all four stories is one entity.
	unaocID := entityID(t, s, "UNAOC")
	for path, id := range ids {
		m, err := s.StoryEntityIDs(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, gid := range m {
			found = found || gid == unaocID
		}
		if !found {
			t.Errorf("%s: UNAOC did not resolve to entity %d: %v", path, unaocID, m)
		}
	}
	es, _ := s.Entities(ctx, EntityFilter{Type: annals.Org})
	if len(es) != 3 || es[0].Name != "United Nations Alliance of Civilizations" || es[0].Stories != 4 {
		t.Errorf("Entities(ORG) = %+v", es)
	}
	es, _ = s.Entities(ctx, EntityFilter{Query: "turkic"})
	if len(es) != 1 || es[0].Name != "Organization of Turkic States" || es[0].Events != 3 {
		t.Errorf("Entities(query turkic) = %+v", es)
	}
}

func TestTimeline(t *testing.T) {
	s, _ := filled(t)
	otsID, unaocID := entityID(t, s, "OTS"), entityID(t, s, "UNAOC")
	banID, nasserID := entityID(t, s, "Ban Ki-moon"), entityID(t, s, "Al-Nasser")
	tests := []struct {
		name string
		f    EventFilter
		want []string // type@date of each row
	}{
		{"all, unknown date last", EventFilter{}, []string{"speech@2012-09-28", "meeting@2015-05", "agreement@2016-10-20", "meeting@2019-09-27", "campaign@"}},
		{"org with org", EventFilter{Org: otsID, With: unaocID}, []string{"meeting@2015-05", "agreement@2016-10-20", "meeting@2019-09-27"}},
		{"person", EventFilter{Person: banID}, []string{"speech@2012-09-28"}},
		{"person with org", EventFilter{Person: nasserID, With: otsID}, []string{"meeting@2019-09-27"}},
		{"type", EventFilter{Type: annals.Meeting}, []string{"meeting@2015-05", "meeting@2019-09-27"}},
		{"place by name", EventFilter{Place: "new york"}, []string{"speech@2012-09-28", "meeting@2019-09-27"}},
		{"place as written", EventFilter{Place: "Baku"}, []string{"meeting@2015-05"}},
		{"year range", EventFilter{From: "2015", To: "2016"}, []string{"meeting@2015-05", "agreement@2016-10-20"}},
		{"month overlaps day", EventFilter{From: "2015-05-31", To: "2015-05-31"}, []string{"meeting@2015-05"}},
		{"day outside month", EventFilter{From: "2015-06-01"}, []string{"agreement@2016-10-20", "meeting@2019-09-27"}},
		{"to only", EventFilter{To: "2012-09"}, []string{"speech@2012-09-28"}},
		{"limit and offset", EventFilter{Limit: 2, Offset: 1}, []string{"meeting@2015-05", "agreement@2016-10-20"}},
		{"nothing", EventFilter{Type: annals.Founding}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.Timeline(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, string(r.Type)+"@"+string(r.Date))
				if r.Citation.StoryID == 0 || r.Citation.Evidence.Text == "" || r.Citation.Path == "" {
					t.Errorf("event %d has no citation: %+v", r.ID, r.Citation)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Timeline = %q, want %q", got, tt.want)
			}
		})
	}
	// The agreement is reported by two stories: one event, two reports,
	// cited from the earlier-published story... except that the
	// relations page has no date, so the dated anniversary story comes first.
	rows, _ := s.Timeline(ctx, EventFilter{Type: annals.Agreement})
	if len(rows) != 1 || rows[0].Reports != 2 || rows[0].Citation.Path != mouAgain.path || rows[0].Place != "Istanbul" || rows[0].PlaceID == 0 {
		t.Errorf("agreement = %+v", rows)
	}
	var names []string
	for _, p := range rows[0].Participants {
		names = append(names, p.Name)
	}
	if !reflect.DeepEqual(names, []string{"Organization of Turkic States", "United Nations Alliance of Civilizations"}) {
		t.Errorf("agreement participants = %q", names)
	}
	if _, err := s.Timeline(ctx, EventFilter{From: "2016-02-30"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad date: %v, want ErrInvalid", err)
	}
}

func TestEntityPage(t *testing.T) {
	s, _ := filled(t)
	p, err := s.EntityPage(ctx, entityID(t, s, "OTS"))
	if err != nil {
		t.Fatal(err)
	}
	if e := p.Entity; e.Name != "Organization of Turkic States" || e.Stories != 3 || e.Events != 3 {
		t.Errorf("summary = %+v", e)
	}
	var former *NameRow
	for i := range p.Names {
		if p.Names[i].Kind == "former" {
			former = &p.Names[i]
		}
	}
	if former == nil || former.Name != "Turkic Council" || former.Until != "2021" || former.Seen != 2 {
		t.Errorf("former name = %+v in %+v", former, p.Names)
	}
	if len(p.Officers) != 1 || p.Officers[0].Person.Name != "Baghdad Amreyev" || p.Officers[0].Role != "Secretary General" {
		t.Errorf("officers = %+v", p.Officers)
	}
	if len(p.Events) != 3 || len(p.Stories) != 3 {
		t.Errorf("%d events, %d stories; want 3 and 3", len(p.Events), len(p.Stories))
	}
	if len(p.Partners) != 1 || p.Partners[0].Name != "United Nations Alliance of Civilizations" || p.Partners[0].Events != 3 ||
		p.Partners[0].First != "2015-05" || p.Partners[0].Last != "2019-09-27" {
		t.Errorf("partners = %+v", p.Partners)
	}
	if len(p.Cooccurring) == 0 || p.Cooccurring[0].Name != "United Nations Alliance of Civilizations" || p.Cooccurring[0].Stories != 3 {
		t.Errorf("co-occurring = %+v", p.Cooccurring)
	}

	p, err = s.EntityPage(ctx, entityID(t, s, "Al-Nasser"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Roles) != 1 || p.Roles[0].Role != "High Representative" || len(p.Roles[0].Citations) != 2 || p.Roles[0].From != "2012-09" {
		t.Errorf("Al-Nasser's roles = %+v", p.Roles)
	}
	if _, err := s.EntityPage(ctx, 12345); !errors.Is(err, ErrNotFound) {
		t.Errorf("EntityPage(12345) = %v, want ErrNotFound", err)
	}
}

func TestRoleHolders(t *testing.T) {
	s, _ := filled(t)
	tests := []struct {
		role, org string
		want      []string // person: role (org) from
	}{
		{"High Representative", "", []string{"Nassir Abdulaziz Al-Nasser: High Representative (United Nations Alliance of Civilizations) 2012-09"}},
		{"secretary general", "", []string{
			"Ban Ki-moon: Secretary-General (United Nations) ",
			"Baghdad Amreyev: Secretary General (Organization of Turkic States) ",
		}},
		{"Secretary-General", "OTS", []string{"Baghdad Amreyev: Secretary General (Organization of Turkic States) "}},
		{"Secretary-General", "the U.N.", []string{"Ban Ki-moon: Secretary-General (United Nations) "}},
		{"President", "", nil},
	}
	for _, tt := range tests {
		rows, err := s.RoleHolders(ctx, tt.role, tt.org)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Person.Name+": "+r.Role+" ("+r.Org.Name+") "+string(r.From))
			if len(r.Citations) == 0 {
				t.Errorf("%s: no citation", r.Person.Name)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("RoleHolders(%q, %q) =\n%q\nwant\n%q", tt.role, tt.org, got, tt.want)
		}
	}
}

func TestSearch(t *testing.T) {
	s, ids := filled(t)
	tests := []struct {
		query string
		want  []string // paths, best first; nil: no hit
	}{
		{"Baku", []string{turkicCouncil.path}},
		{"memorandum ceremony", []string{mouAgain.path}},
		{"signing", []string{relations.path, mouAgain.path}}, // stemmed: signed, signing
		{`"young people"`, []string{banHails.path}},
		{"Turkic OR Ban", nil}, // checked by count below
		{`"unbalanced quote`, nil},
		{"AND", nil},
		{"OR NOT", nil},
		{"title:Baku", nil},
		{"NEAR(", nil},
		{"Alliance*", nil},
		{"   ", nil},
		{"Al-Nasser", []string{banHails.path, relations.path}},
	}
	for _, tt := range tests {
		hits, total, err := s.Search(ctx, tt.query, SearchOptions{})
		if err != nil {
			t.Errorf("Search(%q) failed: %v", tt.query, err)
			continue
		}
		if total < len(hits) {
			t.Errorf("Search(%q): total %d < %d hits", tt.query, total, len(hits))
		}
		if tt.want == nil {
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Path)
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !reflect.DeepEqual(got, want) || total != len(want) {
			t.Errorf("Search(%q) = %q (total %d), want %q", tt.query, got, total, want)
		}
	}
	hits, _, _ := s.Search(ctx, "Baku", SearchOptions{Open: "<b>", Close: "</b>"})
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "<b>Baku</b>") || hits[0].StoryID != ids[turkicCouncil.path] || hits[0].Published != "2015-05-12" {
		t.Errorf("hit = %+v", hits)
	}
	// Words in titles weigh more than in texts.
	hits, _, _ = s.Search(ctx, "Alliance", SearchOptions{})
	if len(hits) < 2 || !strings.Contains(hits[0].Title, "Alliance") {
		t.Errorf("Search(Alliance) ranks %+v first", hits)
	}
	hits, total, _ := s.Search(ctx, "Turkic OR Ban", SearchOptions{Limit: 1})
	if len(hits) != 1 || total != 2 {
		t.Errorf("Search(Turkic OR Ban, limit 1) = %d hits of %d, want 1 of 2", len(hits), total)
	}
	hits, _, _ = s.Search(ctx, "AND", SearchOptions{})
	if len(hits) == 0 || !strings.Contains(hits[0].Snippet, "**and**") {
		t.Errorf("Search(AND) fell back to the word: %+v", hits)
	}
}

func TestRelated(t *testing.T) {
	s, ids := filled(t)
	rel, err := s.Related(ctx, ids[relations.path], 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel) != 3 {
		t.Fatalf("Related = %+v, want the 3 other stories", rel)
	}
	if rel[0].Path != mouAgain.path || !strings.Contains(rel[0].Reason, "same agreement") || !strings.Contains(rel[0].Reason, "shares ") {
		t.Errorf("most related = %+v, want the story of the same agreement", rel[0])
	}
	for i := 1; i < len(rel); i++ {
		if rel[i].Score > rel[i-1].Score {
			t.Errorf("not ranked: %+v", rel)
		}
	}
	if _, err := s.Related(ctx, 999, 5); !errors.Is(err, ErrNotFound) {
		t.Errorf("Related(999) = %v", err)
	}
}

func TestDeleteStoryAndStats(t *testing.T) {
	s, ids := filled(t)
	st, _ := s.Stats(ctx)
	if st.Stories != 4 || st.Events != 5 || st.Reports != 6 || len(st.TopEntities) == 0 || st.TopEntities[0].Name != "United Nations Alliance of Civilizations" {
		t.Errorf("stats = %+v", st)
	}
	if err := s.DeleteStory(ctx, ids[turkicCouncil.path]); err != nil {
		t.Fatal(err)
	}
	if es, _ := s.FindEntities(ctx, "Mr. Sall"); len(es) != 1 {
		t.Errorf("after deleting one Mr. Sall's story: %+v", es)
	}
	if es, _ := s.FindEntities(ctx, "Baku"); len(es) != 0 {
		t.Errorf("Baku survives its only story: %+v", es)
	}
	st, _ = s.Stats(ctx)
	if st.Stories != 3 || st.Events != 4 {
		t.Errorf("stats after delete = %+v", st)
	}
	list, _ := s.Stories(ctx, 10, 0)
	var paths []string
	for _, l := range list {
		paths = append(paths, l.Path)
	}
	if want := []string{mouAgain.path, banHails.path, relations.path}; !reflect.DeepEqual(paths, want) {
		t.Errorf("Stories = %q, want newest first %q", paths, want)
	}
	if err := s.DeleteStory(ctx, ids[turkicCouncil.path]); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete = %v, want ErrNotFound", err)
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	sqliteOnly(t)
	dir := t.TempDir()
	annalsDB := filepath.Join(dir, "good.db")
	s, err := Open(annalsDB)
	if err != nil {
		t.Fatal(err)
	}
	st, doc := relations.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	s.Close()
	good, _ := os.ReadFile(annalsDB)

	other := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite", other)
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	damaged := slices.Clone(good)
	for i := 100; i < len(damaged); i++ {
		damaged[i] = byte(i * 7)
	}
	tests := []struct {
		name    string
		content []byte
		path    string // when content is nil
		want    string
	}{
		{"text file", []byte("Official relations between the OTS and the UNAOC started in 2016.\n"), "", "not an annals database (file is not a database)"},
		{"binary junk", bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 2048), "", "not an annals database (file is not a database)"},
		{"damaged annals database", damaged, "", "not an annals database"},
		{"another program's database", nil, other, "not an annals database (a SQLite database of another program)"},
		{"a directory", nil, dir, "not an annals database (a directory)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path
			if tt.content != nil {
				path = filepath.Join(t.TempDir(), "annals.db")
				if err := os.WriteFile(path, tt.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var before []byte
			if fi, _ := os.Stat(path); !fi.IsDir() {
				before, _ = os.ReadFile(path)
			}
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, ErrNotAnnals) || err.Error() != path+": "+tt.want && !strings.HasPrefix(err.Error(), path+": "+tt.want) {
				t.Errorf("Open = %q, want %q", err, path+": "+tt.want)
			}
			if before != nil {
				after, _ := os.ReadFile(path)
				if !bytes.Equal(before, after) {
					t.Error("Open wrote to a file that is not an annals database")
				}
				for _, suffix := range []string{"-wal", "-journal"} {
					if _, err := os.Stat(path + suffix); err == nil {
						t.Errorf("Open left %s%s behind", path, suffix)
					}
				}
			}
		})
	}
	// An empty file is a new database.
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	if s, err := Open(empty); err != nil {
		t.Errorf("Open(empty file) = %v", err)
	} else {
		s.Close()
	}
}

func TestLockedDatabase(t *testing.T) {
	sqliteOnly(t)
	s, path := openTemp(t)
	// Another process (here: another connection) holds the write lock.
	other, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(100)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, `ROLLBACK`)

	// Opening a current database while it is locked works (reads do not
	// wait), and a write fails with ErrLocked after the busy timeout.
	s2, err := OpenWith(path, Options{BusyTimeout: 150 * time.Millisecond})
	if err != nil {
		t.Fatalf("OpenWith while locked: %v", err)
	}
	defer s2.Close()
	st, doc := relations.build(t)
	start := time.Now()
	_, err = s2.PutStory(ctx, st, doc)
	if !errors.Is(err, ErrLocked) || err.Error() != path+": database is locked by another process" {
		t.Errorf("PutStory while locked = %v, want %s: ErrLocked", err, path)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("waited %v for the lock", d)
	}
	if evs, err := s.Timeline(ctx, EventFilter{}); err != nil || len(evs) != 0 {
		t.Errorf("reading while locked = %v, %v", evs, err)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	if _, err := s2.PutStory(ctx, st, doc); err != nil {
		t.Errorf("PutStory after the lock is released = %v", err)
	}
}

func TestSchemaVersion(t *testing.T) {
	sqliteOnly(t)
	s, path := openTemp(t)
	s.Close()
	db, _ := sql.Open("sqlite", path)
	var version, app int
	db.QueryRow(`PRAGMA user_version`).Scan(&version)
	db.QueryRow(`PRAGMA application_id`).Scan(&app)
	if version != schemaVersion || app != applicationID {
		t.Errorf("user_version %d application_id %#x", version, app)
	}
	db.Exec(`PRAGMA user_version = 99`)
	db.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer than this annals") {
		t.Errorf("Open(newer schema) = %v", err)
	}
}

// TestReadersStayOpen checks that the reading pool keeps every connection
// it opened: a search runs several statements at once, and a reader
// closed after each use is opened again with an empty page cache.
func TestReadersStayOpen(t *testing.T) {
	s, _ := filled(t)
	n := s.r.Stats().MaxOpenConnections
	if n <= 0 {
		t.Fatal("the reading pool has no bound")
	}
	var held []*sql.Conn
	for range n {
		c, err := s.r.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	for _, c := range held {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if st := s.r.Stats(); st.Idle != n || st.MaxIdleClosed != 0 {
		t.Errorf("after %d readers at once: %d idle, %d closed; want %d idle, none closed", n, st.Idle, st.MaxIdleClosed, n)
	}
}
