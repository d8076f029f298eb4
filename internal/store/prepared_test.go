package store

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"

	"annals"
	"annals/internal/chronicle"
)

// TestParallelBatchDrawsIDsWithItsLock: a parallel transaction draws the
// ids of its stories' entity rows and reports in the statement that
// takes its shared write lock (beginFor), so that a story takes them
// (newIDs) without a round trip to the server of its own, where each
// story drew them in two statements inside the transaction
// (docs/scale.md, session 37). The ids are consecutive and in order, a
// later batch's follow an earlier one's, and the lock is held even for
// a batch with nothing to draw.
func TestParallelBatchDrawsIDsWithItsLock(t *testing.T) {
	if !onPostgres() {
		t.Skip("PostgreSQL's sequences and parallel transactions")
	}
	ctx := context.Background()
	pgWrites = new(atomic.Int64) // counts the round trips of connections opened from here
	defer func() { pgWrites = nil }()
	s, _ := openTemp(t)
	s.SetParallel(1)
	c := newCorpus(11)
	batch := func(n int) []Put {
		var out []Put
		for range n {
			st, doc := c.story(0)
			out = append(out, Put{Story: st, Doc: doc})
		}
		return out
	}
	bare := func() []Put {
		st, doc := c.story(0)
		doc.Entities, doc.Events, doc.Roles = []annals.Entity{}, []annals.Event{}, []annals.Role{}
		return []Put{{Story: st, Doc: doc}}
	}
	tests := []struct {
		name  string
		batch []Put
	}{
		{"one story", batch(1)},
		{"three stories", batch(3)},
		{"a story with no entities or events", bare()},
		{"a later batch of two", batch(2)},
	}
	var last [2]int64 // the largest ids drawn so far, of each table
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want [2]int
			for _, p := range tt.batch {
				want[0] += len(p.Doc.Entities)
				want[1] += len(p.Doc.Events)
			}
			tx, err := s.beginFor(ctx, true, tt.batch)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.end()
			before := pgWrites.Load()
			for i, table := range []string{"story_entities", "reports"} {
				ids, err := tx.newIDs(table, want[i])
				if err != nil {
					t.Fatal(err)
				}
				if len(ids) != want[i] || !slices.IsSorted(ids) || len(ids) > 0 && (ids[len(ids)-1]-ids[0] != int64(want[i]-1) || ids[0] <= last[i]) {
					t.Errorf("%s: ids %v, want %d consecutive ids in order after %d", table, ids, want[i], last[i])
				}
				if len(ids) > 0 {
					last[i] = ids[len(ids)-1]
				}
			}
			if n := pgWrites.Load() - before; n != 0 {
				t.Errorf("%d round trips to take the batch's ids, want none", n)
			}
			var held int
			if err := tx.sqltx().QueryRowContext(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
				AND classid = 0 AND objid = `+fmt.Sprint(pgWriteLock)+` AND mode = 'ShareLock' AND granted`).Scan(&held); err != nil {
				t.Fatal(err)
			}
			if held != 1 {
				t.Errorf("the write lock held shared %d times, want once", held)
			}
		})
	}
}

// TestPreparedFactsOfTheStorysDate: what Prepare computes of a story's
// facts before its transaction (storyFacts) is stored only when it was
// computed for the story's own bytes, document and publication date: a
// story prepared from a document of another date, or from another
// story's bytes, or not prepared, stores the rows it would store
// unprepared (reports' windows, which an undated event takes from the
// publication date; entities' names and mentions; roles).
func TestPreparedFactsOfTheStorysDate(t *testing.T) {
	ctx := context.Background()
	c := newCorpus(12)
	undated := func(i int) (*annals.Story, *annals.Document) {
		st, doc := c.story(i)
		for j := range doc.Events {
			doc.Events[j].Date = ""
		}
		return st, doc
	}
	tests := []struct {
		name string
		put  func() Put
	}{
		{"prepared from its own document", func() Put {
			st, doc := undated(1)
			return Put{Story: st, Doc: doc, Pre: Prepare(st.Raw, st.Text, doc)}
		}},
		{"prepared for another publication date", func() Put {
			st, doc := undated(2)
			pre := Prepare(st.Raw, st.Text, doc) // for doc.Published
			st.Published = "2001-02-03"
			return Put{Story: st, Doc: doc, Pre: pre}
		}},
		{"prepared from another story's bytes", func() Put {
			st, doc := undated(3)
			other, odoc := undated(4)
			return Put{Story: st, Doc: doc, Pre: Prepare(other.Raw, other.Text, odoc)}
		}},
		{"not prepared", func() Put {
			st, doc := undated(5)
			return Put{Story: st, Doc: doc}
		}},
	}
	rows := func(s *DB, id int64) []string {
		var out []string
		for _, q := range []string{
			`SELECT ord || ' ' || date_lo || ' ' || date_hi || ' ' || weak || ' ' || place || ' ' || participants || ' ' || title FROM reports WHERE story_id = ? ORDER BY ord`,
			`SELECT ord || ' ' || name || ' ' || aliases || ' ' || former || ' ' || mentions || ' ' || reason FROM story_entities WHERE story_id = ? ORDER BY ord`,
			`SELECT ord || ' ' || role || ' ' || role_norm || ' ' || coalesce(org_id, 0) || ' ' || ev_text FROM roles WHERE story_id = ? ORDER BY ord`,
			`SELECT n.norm || ' ' || n.name || ' ' || n.kind || ' ' || n.form_rank FROM entity_names n JOIN story_entities e ON e.entity_id = n.entity_id
				WHERE e.story_id = ? ORDER BY n.norm, n.name`,
		} {
			r, err := s.r.QueryContext(ctx, q, id)
			if err != nil {
				t.Fatal(err)
			}
			for r.Next() {
				var v string
				if err := r.Scan(&v); err != nil {
					t.Fatal(err)
				}
				out = append(out, v)
			}
			r.Close()
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prepared, _ := openTemp(t)
			plain, _ := openTemp(t)
			p := tt.put()
			a, errs, err := prepared.PutStories(ctx, []Put{p})
			if err != nil || errs[0] != nil {
				t.Fatal(err, errs)
			}
			if res, errs, err := prepared.PutStories(ctx, []Put{p}); err != nil || errs[0] != nil || !res[0].Skipped {
				t.Fatalf("stored again: %+v %v %v", res, errs, err)
			}
			b, err := plain.PutStory(ctx, &annals.Story{Path: p.Story.Path, Format: p.Story.Format, Title: p.Story.Title, Raw: p.Story.Raw, Text: p.Story.Text,
				Published: p.Story.Published, Ingested: p.Story.Ingested}, p.Doc)
			if err != nil {
				t.Fatal(err)
			}
			got, want := rows(prepared, a[0].StoryID), rows(plain, b.StoryID)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("prepared:\n%v\nunprepared:\n%v", got, want)
			}
			// the windows of the story's own date
			r, err := prepared.r.QueryContext(ctx, `SELECT ord, date_lo, date_hi FROM reports WHERE story_id = ? ORDER BY ord`, a[0].StoryID)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			n := 0
			for ; r.Next(); n++ {
				var ord int
				var lo, hi string
				if err := r.Scan(&ord, &lo, &hi); err != nil {
					t.Fatal(err)
				}
				ev := &p.Doc.Events[ord]
				wlo, whi, _ := chronicle.ReportWindow(ev.Date, ev.DateEnd, ev.Status, p.Story.Published, chronicle.DateStated(p.Doc, ev))
				if lo != wlo || hi != whi {
					t.Errorf("report %d: window %s to %s, want %s to %s (published %s)", ord, lo, hi, wlo, whi, p.Story.Published)
				}
			}
			if n != len(p.Doc.Events) || n == 0 {
				t.Errorf("%d reports of %d events", n, len(p.Doc.Events))
			}
		})
	}
}
