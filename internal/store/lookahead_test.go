package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"annals"
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
		flush := func() {
			res, errs, err := s.PutStories(ctx, batch)
			if err != nil {
				t.Fatal(err)
			}
			for j, e := range errs {
				if e != nil || res[j].StoryID == 0 {
					t.Fatalf("story %d: %+v %v", j, res[j], e)
				}
			}
			batch = batch[:0]
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
	t.Logf("look-ahead: sent %d, used %d, stale %d, miss %d; copies %d; reread %d, dropped %d", on.sent, on.used, on.stale, on.miss, on.copies, on.reread, on.dropped)
	if on.used < on.sent/2 || on.copies < 100 || on.stale == 0 || stats[1].sent+stats[1].copies != 0 {
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
