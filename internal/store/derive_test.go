package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"annals"
	"annals/internal/chronicle"
)

// eventsSnapshot is every event with everything derivation sets, for
// comparing two ways of getting there.
func eventsSnapshot(t *testing.T, s *DB) map[int64]string {
	t.Helper()
	out := map[int64]string{}
	err := s.EachEvent(context.Background(), EventFilter{}, func(e EventRow) error {
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, fmt.Sprint(p.ID))
		}
		out[e.ID] = fmt.Sprintf("%s %q %s/%s %q %d %s reports=%d sources=%d parts=%v cite=%s@%d notes=%+v",
			e.Type, e.Title, e.Date, e.DateEnd, e.Place, e.PlaceID, e.Status, e.Reports, e.Sources, parts,
			e.Citation.Path, e.Citation.Evidence.Start, e.Disagreements)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rederiveEverything derives every event again from all its reports.
func rederiveEverything(t *testing.T, s *DB) {
	t.Helper()
	tx, err := s.begin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	ids, err := tx.queryIDs(`SELECT id FROM events`)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		tx.derive[id] = true
	}
	if err := tx.deriveAll(); err != nil {
		t.Fatal(err)
	}
	if err := tx.commit(); err != nil {
		t.Fatal(err)
	}
}

// TestIncrementalDerivation checks that events derived by folding in each
// new report (derive.go) equal events derived from scratch, after plain
// ingestion, copies (which change how sources count), a replaced story
// and a deleted one.
func TestIncrementalDerivation(t *testing.T) {
	c := newCorpus(3)
	for _, tc := range []struct {
		name  string
		after func(t *testing.T, s *DB, ids []int64)
	}{
		{"ingested", func(*testing.T, *DB, []int64) {}},
		{"copies", func(t *testing.T, s *DB, ids []int64) {
			// Re-published stories: the same text under another path,
			// published earlier (a new original) or later (a copy).
			for i, pub := range []annals.Date{"2001-01-01", "2030-01-01", "2001-01-02"} {
				st, doc := c.story(i * 7)
				st.Path = fmt.Sprintf("copy-%d.txt", i)
				st.Published, doc.Published = pub, pub
				st.Hash = ""
				st.Raw = append([]byte("Republished. "), st.Raw...)
				if _, err := s.PutStory(context.Background(), st, doc); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"replaced", func(t *testing.T, s *DB, ids []int64) {
			st, doc := c.story(11)
			st2, doc2 := c.story(12)
			st2.Path, st2.Hash = st.Path, ""
			_ = doc
			if _, err := s.PutStory(context.Background(), st2, doc2); err != nil {
				t.Fatal(err)
			}
		}},
		{"deleted", func(t *testing.T, s *DB, ids []int64) {
			for _, id := range ids[20:30] {
				if err := s.DeleteStory(context.Background(), id); err != nil {
					t.Fatal(err)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			var ids []int64
			for i := range 150 {
				st, doc := c.story(i)
				res, err := s.PutStory(context.Background(), st, doc)
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, res.StoryID)
			}
			tc.after(t, s, ids)
			checkAgainstPure(t, s)
			got := eventsSnapshot(t, s)
			rederiveEverything(t, s)
			want := eventsSnapshot(t, s)
			if len(want) == 0 {
				t.Fatal("no events")
			}
			shared := 0
			for id, w := range want {
				if strings.Contains(w, "sources=") && !strings.Contains(w, "reports=1 ") {
					shared++
				}
				if g := got[id]; g != w {
					t.Errorf("event %d:\nincremental %s\nfrom scratch %s", id, g, w)
				}
			}
			if shared == 0 {
				t.Error("no event has two reports: the test tests nothing")
			}
			if !reflect.DeepEqual(slices.Sorted(mapKeys(got)), slices.Sorted(mapKeys(want))) {
				t.Errorf("events differ: %d incremental, %d from scratch", len(got), len(want))
			}
		})
	}
}

// checkAgainstPure compares every stored event with chronicle.DeriveFields over
// its reports, computed in memory without the aggregates.
func checkAgainstPure(t *testing.T, s *DB) {
	t.Helper()
	var evs []EventRow
	if err := s.EachEvent(context.Background(), EventFilter{}, func(e EventRow) error { evs = append(evs, e); return nil }); err != nil {
		t.Fatal(err)
	}
	tx, err := s.begin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	brief := func(ds []Disagreement) string {
		var b strings.Builder
		for _, d := range ds {
			fmt.Fprintf(&b, "%s %q:", d.Field, d.Note)
			for _, v := range d.Values {
				fmt.Fprintf(&b, " %s×%d", v.Value, len(v.Citations))
			}
			b.WriteString("; ")
		}
		return b.String()
	}
	for _, e := range evs {
		rs, err := tx.loadFold(foldReportSQL+` WHERE r.event_id = ?`, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		f := chronicle.DeriveFields(rs)
		got := fmt.Sprintf("%q %s/%s %q %d %s sources=%d reports=%d %s", e.Title, e.Date, e.DateEnd, e.Place, e.PlaceID, e.Status,
			e.Sources, e.Reports, brief(e.Disagreements))
		want := fmt.Sprintf("%q %s/%s %q %d %s sources=%d reports=%d %s", f.Title, f.Date, f.End, f.Place, f.PlaceID, f.Status,
			f.Sources, len(rs), brief(f.Notes))
		if got != want {
			t.Errorf("event %d:\nstored %s\nin memory %s", e.ID, got, want)
		}
	}
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestFoldBlankEvents stores the same stories with the events a story
// makes folded from memory (foldBlank, finishWith) and as any event is
// (deleting its aggregate rows, reading them back): every row of the
// events, reports, their index rows, participants, entities and the
// events' aggregates is the same, on either engine, and the events equal
// those derived in memory.
func TestFoldBlankEvents(t *testing.T) {
	load := func(blanks bool) map[string][]string {
		foldBlanks = blanks
		defer func() { foldBlanks = true }()
		return eventRows(t)
	}
	compareEventRows(t, load(false), load(true), "from memory")
}

// TestPartsAtOnce: the participants an event gains are written by one
// statement on SQLite (insParts), and every row of the events, their
// participants and the entities' counts of events is what one statement
// a participant wrote.
func TestPartsAtOnce(t *testing.T) {
	load := func(once bool) map[string][]string {
		partsAtOnce = once
		defer func() { partsAtOnce = true }()
		return eventRows(t)
	}
	compareEventRows(t, load(false), load(true), "at once")
}

// eventRows stores 120 stories in a new store and returns every row of
// the tables of events, their reports and aggregates and the entities,
// each table's sorted.
func eventRows(t *testing.T) map[string][]string {
	t.Helper()
	c := newCorpus(5)
	s, _ := openTemp(t)
	for i := range 120 {
		st, doc := c.story(i)
		if _, err := s.PutStory(context.Background(), st, doc); err != nil {
			t.Fatal(err)
		}
	}
	checkAgainstPure(t, s)
	return tableRows(t, s, eventTables...)
}

// eventTables are the tables of events, their reports and aggregates and
// the entities.
var eventTables = []string{"events", "reports", "report_keys", "event_participants", "entities", "event_tally", "event_titles", "event_dates", "event_places"}

// tableRows returns every row of the tables of a store, each table's
// sorted.
func tableRows(t *testing.T, s *DB, tables ...string) map[string][]string {
	t.Helper()
	rows := map[string][]string{}
	for _, table := range tables {
		r, err := s.r.Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for k := range vals {
				ptrs[k] = &vals[k]
			}
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			rows[table] = append(rows[table], fmt.Sprint(vals...))
		}
		r.Close()
		slices.Sort(rows[table])
	}
	return rows
}

// compareEventRows fails unless got, the rows of eventRows the new way
// (how), are want, those of the old.
func compareEventRows(t *testing.T, want, got map[string][]string, how string) {
	t.Helper()
	if len(want["event_dates"]) == 0 || len(want["event_places"]) == 0 || len(want["event_tally"]) == 0 || len(want["event_participants"]) == 0 {
		t.Fatal("no tallies, dates, places or participants: the test tests nothing")
	}
	for table, w := range want {
		if g := got[table]; !slices.Equal(g, w) {
			t.Errorf("%s: %d rows %s, %d as before; first difference:\n%s", table, len(g), how, len(w), firstDiff(g, w))
		}
	}
}

func firstDiff(a, b []string) string {
	for i := range max(len(a), len(b)) {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return x + "\n" + y
		}
	}
	return ""
}
