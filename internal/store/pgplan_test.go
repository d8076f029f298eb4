package store

import (
	"context"
	"strings"
	"testing"
)

// TestPostgresTextPlans: on PostgreSQL, the full-text statements that
// select by the index (a search's count and candidate floor, a title
// word's document frequency, Related's ranking of similar text) find their matches on the GIN index, never by a walk of the table or of
// an index in id order, which reads every story's tsvector (docs/scale.md:
// a df took 250 ms so at 10,616 stories, 7 ms on the index). The planner
// alone walks the table here (few stories, a LIMIT): ftsRead's settings
// are what keep it on the index.
func TestPostgresTextPlans(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	c := newCorpus(5)
	var batch []Put
	for i := range 120 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	plans := map[string][]any{
		"count":   {s.d.fts.count, `"cooperation"`},
		"floor":   {s.d.fts.floor, `"cooperation"`, 9},
		"df":      {s.d.fts.df, `"cooperation"`, 13},
		"similar": {s.d.fts.similar, `"cooperation" OR "memorandum"`, 5},
	}
	for name, p := range plans {
		var plan []string
		err := s.ftsRead(ctx, func(r dbReader) error {
			rows, err := r.QueryContext(ctx, `EXPLAIN `+p[0].(string), p[1:]...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var line string
				if err := rows.Scan(&line); err != nil {
					return err
				}
				plan = append(plan, line)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		text := strings.Join(plan, "\n")
		if !strings.Contains(text, "Bitmap Index Scan on stories_tsv") {
			t.Errorf("%s does not use the text index:\n%s", name, text)
		}
		for _, line := range plan {
			if strings.Contains(line, "Seq Scan on stories") ||
				strings.Contains(line, "Index Scan") && !strings.Contains(line, "Bitmap Index Scan") {
				t.Errorf("%s reads stories in a walk:\n%s", name, text)
			}
		}
	}
}

// TestPostgresNewestPlan: a query listed newest first (DB.newestFirst)
// walks the primary key from the newest story under newestPlan, also in
// a prepared statement's generic plan, which guesses a query's matches at
// 0.5% and alone would take every match from the text index and sort
// them.
func TestPostgresNewestPlan(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	c := newCorpus(5)
	var batch []Put
	for i := range 120 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	for _, generic := range []bool{false, true} {
		var plan []string
		err := s.planRead(ctx, s.d.newestPlan, func(r dbReader) error {
			if generic {
				if _, err := r.QueryContext(ctx, `SET LOCAL plan_cache_mode = force_generic_plan`); err != nil {
					return err
				}
			}
			rows, err := r.QueryContext(ctx, `EXPLAIN `+s.d.fts.newest, `cooperation`, 20, 0)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var line string
				if err := rows.Scan(&line); err != nil {
					return err
				}
				plan = append(plan, line)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(plan, "\n")
		if !strings.Contains(text, "Index Scan Backward") || strings.Contains(text, "Bitmap") || strings.Contains(text, "Sort") {
			t.Errorf("generic %v: the newest matches are not read by a walk from the newest story:\n%s", generic, text)
		}
	}
}
