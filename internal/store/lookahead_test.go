package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"annals"
	"annals/internal/chronicle"
)

// TestLookAheadBatches stores the same stories in batches with the
// look-ahead (lookahead.go) and without it, and compares every row the
// chronicle keeps: events, reports and their links, index rows, copies,
// entities and names. The stories include republished copies (copy
// look-ups that find the batch's own stories), stories re-reported
// (events that grow and reports settled again) and, in the last batch,
// a story stored again with other content (replaced: the look-ahead
// goes stale and the writer reads for itself).
func TestLookAheadBatches(t *testing.T) {
	sqliteOnly(t)
	var stats [2]lookCounts
	var dumps [2]map[string][]string
	for i, on := range []bool{true, false} {
		s, _ := openTemp(t)
		s.SetLookAhead(on)
		c := newCorpus(11)
		var sts []*annals.Story
		var docs []*annals.Document
		var batch []Put
		flushed := 0
		flush := func() {
			putStored(t, s, batch)
			batch = batch[:0]
			if flushed++; flushed%2 == 1 {
				// the next batch reads the features of stored reports
				// (from the look-ahead when on) instead of the cache
				s.feats.clear()
			}
		}
		for j := range 240 {
			st, doc := c.story(j)
			if j%5 == 4 {
				st, doc = republished(sts[j-3], docs[j-3]) // a copy of a story of the same batch or the one before
			}
			sts, docs = append(sts, st), append(docs, doc)
			p := Put{Story: st, Doc: doc}
			if j%3 != 0 {
				p.Pre = Prepare(st.Raw, st.Text, doc)
			}
			batch = append(batch, p)
			if len(batch) == 30 {
				flush()
			}
		}
		for j := range 20 {
			st, doc := c.story(300 + j)
			if j == 10 {
				st.Path = sts[7].Path // replaces a stored story
			}
			batch = append(batch, Put{Story: st, Doc: doc, Pre: Prepare(st.Raw, st.Text, doc)})
		}
		flush()
		stats[i] = s.lookStats.counts()
		dumps[i] = dumpRows(t, s)
		s.Close()
	}
	on := stats[0]
	t.Logf("look-ahead: sent %d, used %d, stale %d, miss %d; copies %d; reread %d, dropped %d; events %d, features %d",
		on.sent, on.used, on.stale, on.miss, on.copies, on.reread, on.dropped, on.events, on.features)
	if on.used < on.sent/2 || on.copies < 100 || on.stale == 0 || on.events == 0 || on.features == 0 || stats[1].sent+stats[1].copies+stats[1].events+stats[1].features != 0 {
		t.Errorf("the look-ahead did not do what the test is for: %+v, off %+v", on, stats[1])
	}
	for table, rows := range dumps[1] {
		got := dumps[0][table]
		if strings.Join(got, "\n") != strings.Join(rows, "\n") {
			t.Errorf("%s: %d rows with the look-ahead, %d without, not the same", table, len(got), len(rows))
		}
	}
}

// dumpRows reads every row of the tables the chronicle keeps, in order.
func dumpRows(t *testing.T, s *DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range []string{"events", "reports", "report_keys", "event_participants", "story_copies", "entities", "entity_names",
		"story_entities", "roles", "(SELECT band, hash, story_id FROM story_bands UNION ALL SELECT band, hash, story_id FROM story_bands_new)"} {
		rows, err := s.r.Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for k := range vals {
				ptrs[k] = &vals[k]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprint(vals...))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		slices.Sort(lines)
		out[table] = lines
	}
	return out
}

// TestLookAheadFollowsMerges stores, in one batch, a story whose look-up
// reads a stored report beside the writer, then a story that merges an
// entity of that report into another (a former name: the report's
// participants change and its event is settled again), then a story that
// finds the report again: the look-ahead must not answer with the event
// and features it read before the merge. The rows are the same with the
// look-ahead and without it, and the look-ahead saw the changes.
func TestLookAheadFollowsMerges(t *testing.T) {
	sqliteOnly(t)
	unaocTalks := story{
		path:      "unaoc-baku-talks.txt",
		published: "2015-05-20",
		title:     "Mr. Sall meets the UNAOC in Baku",
		text:      "Mr. Sall and the UNAOC held talks in Baku in May 2015 on the Turkic Council's proposal.",
		ents:      []ent{sall, {typ: annals.Org, name: "UNAOC"}, baku},
		events: []ev{{typ: annals.Meeting, date: "2015-05", place: "Baku", parts: []string{"Mr. Sall", "UNAOC"},
			evidence: "Mr. Sall and the UNAOC held talks in Baku in May 2015"}},
	}
	otsTalks := story{
		path:      "ots-baku-talks.txt",
		published: "2015-05-21",
		title:     "OTS and UNAOC talks in Baku",
		text:      "The Organization of Turkic States and the UNAOC held talks in Baku in May 2015.",
		ents:      []ent{ots, {typ: annals.Org, name: "UNAOC"}, baku},
		events: []ev{{typ: annals.Meeting, date: "2015-05", place: "Baku", parts: []string{"Organization of Turkic States", "UNAOC"},
			evidence: "The Organization of Turkic States and the UNAOC held talks in Baku in May 2015."}},
	}
	var stats [2]lookCounts
	var dumps [2]map[string][]string
	for i, on := range []bool{true, false} {
		s, _ := openTemp(t)
		s.SetLookAhead(on)
		put := func(stories ...story) {
			var batch []Put
			for _, st := range stories {
				story, doc := st.build(t)
				batch = append(batch, Put{Story: story, Doc: doc})
			}
			putStored(t, s, batch)
		}
		put(turkicCouncil, mouAgain)
		s.feats.clear() // the batch reads the stored report's features
		put(unaocTalks, relations, otsTalks)
		stats[i] = s.lookStats.counts()
		dumps[i] = dumpRows(t, s)
		s.Close()
	}
	on := stats[0]
	t.Logf("look-ahead: %+v", on)
	if on.events == 0 || on.features == 0 || on.changedEvents == 0 || on.changedFeatures == 0 {
		t.Errorf("the look-ahead did not read or did not see the merge: %+v", on)
	}
	for table, rows := range dumps[1] {
		if got := dumps[0][table]; strings.Join(got, "\n") != strings.Join(rows, "\n") {
			t.Errorf("%s: %d rows with the look-ahead, %d without, not the same", table, len(got), len(rows))
		}
	}
}

// TestLookAheadPrefetchValidity checks the look-ahead's bookkeeping of
// what the batch changed since its reader read: an event or link set, the
// reports of an event moved to another, features changed, and a story
// replaced (stale) each make it refuse what it read.
func TestLookAheadPrefetchValidity(t *testing.T) {
	fresh := func() *lookAhead {
		la := &lookAhead{evs: map[int64]evLink{1: {10, false}, 2: {10, true}, 3: {20, false}}, feats: map[int64]*chronicle.Report{1: {ID: 1}, 2: {ID: 2}},
			evSet: map[int64]bool{}, evMoved: map[int64]bool{}, featGone: map[int64]bool{}, stats: &lookStats{}}
		return la
	}
	for _, tc := range []struct {
		name         string
		change       func(la *lookAhead)
		evOK, featOK map[int64]bool // by report, after the change
	}{
		{"nothing", func(*lookAhead) {}, map[int64]bool{1: true, 2: true, 3: true, 4: false}, map[int64]bool{1: true, 2: true, 3: false}},
		{"event set", func(la *lookAhead) { la.setEvent(2) }, map[int64]bool{1: true, 2: false, 3: true}, map[int64]bool{1: true, 2: true}},
		{"event moved", func(la *lookAhead) { la.movedEvent(10) }, map[int64]bool{1: false, 2: false, 3: true}, map[int64]bool{1: true, 2: true}},
		{"features changed", func(la *lookAhead) { la.forgot(1) }, map[int64]bool{1: true, 2: true, 3: true}, map[int64]bool{1: false, 2: true}},
		{"stale", func(la *lookAhead) { la.stale() }, map[int64]bool{1: false, 2: false, 3: false}, map[int64]bool{1: false, 2: false}},
	} {
		la := fresh()
		tc.change(la)
		for id, want := range tc.evOK {
			if e, ok := la.event(id); ok != want || ok && e != la.evs[id] {
				t.Errorf("%s: event(%d) = %v, %v; want ok %v", tc.name, id, e, ok, want)
			}
		}
		for id, want := range tc.featOK {
			if r := la.features(id); (r != nil) != want {
				t.Errorf("%s: features(%d) = %v; want %v", tc.name, id, r, want)
			}
		}
	}
	var none *lookAhead // no look-ahead: nothing read
	if _, ok := none.event(1); ok || none.features(1) != nil {
		t.Error("a nil look-ahead answered")
	}
}

// putStored stores batch in one PutStories and fails the test unless
// every story of it is stored.
func putStored(t *testing.T, s *DB, batch []Put) {
	t.Helper()
	res, errs, err := s.PutStories(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for j, e := range errs {
		if e != nil || res[j].StoryID == 0 {
			t.Fatalf("story %d: %+v %v", j, res[j], e)
		}
	}
}
