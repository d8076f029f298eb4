package store

import (
	"context"
	"testing"

	"annals/internal/store/pgtest"
)

// TestAnalyzeGrown: a store writing to a new PostgreSQL database, serial
// or parallel, gathers the statistics of the tables foreign keys
// reference as they grow (pganalyze.go), so that no table ends with none,
// or with a fraction of its rows in them.
func TestAnalyzeGrown(t *testing.T) {
	pgtest.DSN(t) // skips without PostgreSQL
	if onPostgres() {
		t.Skip("run once, with the store's tests on SQLite")
	}
	every := pgAnalyzeEvery
	pgAnalyzeEvery = 0
	t.Cleanup(func() { pgAnalyzeEvery = every })
	ctx := context.Background()
	for _, writers := range []int{0, 2} {
		s, err := OpenPostgres(ctx, pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		if writers > 0 {
			s.SetParallel(writers)
		}
		c := newCorpus(9)
		for i := range 300 {
			st, doc := c.story(i)
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
		}
		for table := range pgGrown {
			var stats float64
			var rows int64
			if err := s.r.QueryRow(`SELECT c.reltuples, (SELECT count(*) FROM `+table+`) FROM pg_class c WHERE c.oid = $1::regclass`, table).Scan(&stats, &rows); err != nil {
				t.Fatal(err)
			}
			if rows < pgAnalyzeMin {
				t.Errorf("%d writers: %s holds %d rows: the test tests nothing", writers, table, rows)
			}
			// the last batches' rows may reach the statistics a second
			// after they commit
			if stats <= 0 || float64(rows) > 4*stats+2*pgAnalyzeMin {
				t.Errorf("%d writers: %s holds %d rows, its statistics say %.0f", writers, table, rows, stats)
			}
		}
		if s.Analyzed() == 0 {
			t.Errorf("%d writers: no table analyzed", writers)
		}
		t.Logf("%d writers: %d tables analyzed", writers, s.Analyzed())
		s.Close()
	}
}
