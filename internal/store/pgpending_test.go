package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"annals/internal/store/pgtest"
)

// entityRows reads the entities and their names, without ids: what the
// pending rows of parallel stores are folded into.
func entityRows(t *testing.T, s *DB) []string {
	t.Helper()
	rows, err := s.r.Query(`SELECT e.type, e.name, coalesce(e.ref, ''), c.stories, c.mentions, c.events, n.norm, n.name, n.kind, n.strong, n.until, n.seen
		FROM entities e JOIN entity_counts c ON c.id = e.id JOIN entity_names n ON n.entity_id = e.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var typ, name, ref, norm, nname, kind, until string
		var stories, mentions, events, strong, seen int64
		if err := rows.Scan(&typ, &name, &ref, &stories, &mentions, &events, &norm, &nname, &kind, &strong, &until, &seen); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %q %s stories %d mentions %d events %d: %q %q %s strong %d until %q seen %d",
			typ, name, ref, stories, mentions, events, norm, nname, kind, strong, until, seen))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func pendingRows(t *testing.T, s *DB) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM entity_pending`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// pendingCounters counts the pending rows of stories' counters and
// names, which a parallel writer folds after its commit: not the changes
// of the numbers of events, which a serial transaction (a story replaced,
// a copy) leaves pending too, for the next fold.
func pendingCounters(t *testing.T, s *DB) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM entity_pending WHERE events = 0`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestParallelFoldsEntityCounts: stories stored by parallel writers at
// once leave the counters and names of their entities pending and fold
// them after they commit: the entities end as a serial store's; rows a
// writer left pending (as when it dies before its fold) are folded by the
// next fold and by a serial transaction.
func TestParallelFoldsEntityCounts(t *testing.T) {
	ctx := context.Background()
	open := func(parallel bool) *DB {
		s, err := OpenPostgres(ctx, pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if parallel {
			s.SetParallel(3)
		}
		return s
	}
	serial, par := open(false), open(true)
	for _, f := range fixtures {
		st, doc := f.build(t)
		if _, err := serial.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	// the fixtures twice over: one at a time, then under other paths
	// and other bytes, three at once
	var all []story
	for round := range 2 {
		for _, f := range fixtures {
			if round == 1 {
				f.path = "again/" + f.path
				f.text += " "
			}
			all = append(all, f)
		}
	}
	for _, f := range all[len(fixtures):] {
		st, doc := f.build(t)
		if _, err := serial.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	// one at a time: each folds what it left pending
	for _, f := range all[:len(fixtures)] {
		st, doc := f.build(t)
		if _, err := par.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		if n := pendingCounters(t, par); n != 0 {
			t.Errorf("%s: %d rows pending after it was stored", f.path, n)
		}
	}
	var wg sync.WaitGroup
	work := make(chan story)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				st, doc := f.build(t)
				if _, err := par.PutStory(ctx, st, doc); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	for _, f := range all[len(fixtures):] {
		work <- f
	}
	close(work)
	wg.Wait()
	if n := pendingCounters(t, par); n != 0 {
		t.Errorf("%d rows pending after the writers folded", n)
	}
	// The numbers of events are read with their changes pending; the
	// changes the stores' serial transactions left are folded by the
	// next fold.
	checkEntityEvents(t, par, "parallel stores")
	for _, s := range []*DB{serial, par} {
		if err := s.Fold(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := pendingRows(t, par); n != 0 {
		t.Errorf("%d rows pending after a fold", n)
	}
	want := entityRows(t, serial)
	if got := entityRows(t, par); !slices.Equal(got, want) {
		t.Errorf("entities after parallel stores:\n%s\nwant (serial):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if batches, _ := par.ParallelBatches(); batches != int64(len(all)) {
		t.Errorf("%d parallel batches, want %d", batches, len(all))
	}
	t.Logf("serial batches by cause: %v", par.SerialReasons())

	// Rows left pending by a writer that died: one story more naming the
	// United Nations, and one sighting of its name.
	un := entityID(t, par, "United Nations")
	leave := func() {
		t.Helper()
		for _, q := range []string{`INSERT INTO entity_pending (entity_id, stories, mentions) VALUES ($1, 1, 2)`,
			`INSERT INTO entity_pending (entity_id, norm, name, kind, strong) VALUES ($1, 'un', 'UN', 'acronym', 1)`} {
			if _, err := par.w.Exec(q, un); err != nil {
				t.Fatal(err)
			}
		}
	}
	counts := func() (stories, mentions, seen int64) {
		t.Helper()
		if err := par.r.QueryRow(`SELECT e.stories, e.mentions, n.seen FROM entity_counts e JOIN entity_names n ON n.entity_id = e.id
			WHERE e.id = $1 AND n.norm = 'un'`, un).Scan(&stories, &mentions, &seen); err != nil {
			t.Fatal(err)
		}
		return
	}
	s0, m0, n0 := counts()
	leave()
	if err := par.Fold(ctx); err != nil {
		t.Fatal(err)
	}
	if s, m, n := counts(); s != s0+1 || m != m0+2 || n != n0+1 || pendingRows(t, par) != 0 {
		t.Errorf("after Fold: stories %d, mentions %d, seen %d, %d pending; want %d, %d, %d, 0", s, m, n, pendingRows(t, par), s0+1, m0+2, n0+1)
	}
	leave()
	// a serial transaction (a story deleted) folds first
	list, err := par.Stories(ctx, 1, 0)
	if err != nil || len(list) == 0 {
		t.Fatal(list, err)
	}
	if err := par.DeleteStory(ctx, list[0].ID); err != nil {
		t.Fatal(err)
	}
	if n := pendingCounters(t, par); n != 0 {
		t.Errorf("%d rows pending after a serial transaction", n)
	}
	checkEntityEvents(t, par, "a story deleted")
}

// TestParallelVacuumsQueues: a parallel store vacuums the folds' queues
// (entity_pending, count_changes) after a fold, at most once every
// pgVacuumEvery, so that their dead rows do not wait a minute for
// autovacuum while each fold walks them.
func TestParallelVacuumsQueues(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetParallel(2)
	vacuums := func() (n int64) {
		t.Helper()
		// VACUUM reports itself at once, not when its connection idles
		if err := s.r.QueryRow(`SELECT sum(vacuum_count) FROM pg_stat_user_tables
			WHERE relname IN ('entity_pending', 'count_changes') AND schemaname = current_schema()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i, c := range []struct {
		name string
		ago  time.Duration // since the store last vacuumed
		want int64         // the queues vacuumed
	}{
		{"never vacuumed", -1, 2},
		{"vacuumed just now", 0, 0},
		{"vacuumed a while ago", pgVacuumEvery, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			switch {
			case c.ago < 0:
				s.vacuumed.Store(0)
			default:
				s.vacuumed.Store(time.Now().Add(-c.ago).UnixNano())
			}
			f := fixtures[i%len(fixtures)]
			f.path = fmt.Sprintf("vacuum/%d/%s", i, f.path)
			st, doc := f.build(t)
			before := vacuums()
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
			if got := vacuums() - before; got != c.want {
				t.Errorf("%d queues vacuumed, want %d", got, c.want)
			}
			if n := pendingCounters(t, s); n != 0 {
				t.Errorf("%d rows pending after the fold", n)
			}
		})
	}
}

// TestPostgresFoldTakesOnce: the statements a fold takes the oldest rows
// of its queues with choose them once (an InitPlan), whatever the
// statistics say. Right after a vacuum they say the queues are empty,
// and the planner joined the table to the rows chosen by a nested loop
// that chose them again for each row of the table (IN (SELECT ...)):
// 4,000 to 6,800 shared buffers a fold with the queues vacuumed every
// few seconds at 10,000 to 12,000 stories.
func TestPostgresFoldTakesOnce(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.w.ExecContext(ctx, `VACUUM entity_pending, count_changes`); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, take string
	}{
		{"pending rows", takePending},
		{"changes of counts", takeCountChanges},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := s.w.QueryContext(ctx, `EXPLAIN `+c.take)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var line string
				if err := rows.Scan(&line); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, line)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			all := strings.Join(plan, "\n")
			if !strings.Contains(all, "InitPlan") || strings.Contains(all, "Nested Loop") || strings.Contains(all, "SubPlan") {
				t.Errorf("the rows taken are not chosen once:\n%s", all)
			}
		})
	}
}

// TestParallelAnalyzesNames: on a new database a parallel store gathers
// the statistics of entities and entity_names after its first fold,
// before autovacuum first comes by (a minute or more into a load):
// without them the planner prices the names' indexes alike
// (TestPostgresGuessSkipsTrigrams). Only tables never analyzed are.
func TestParallelAnalyzesNames(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetParallel(2)
	analyzed := func() (n int64) {
		t.Helper()
		if err := s.r.QueryRow(`SELECT coalesce(sum(analyze_count), 0) FROM pg_stat_user_tables
			WHERE relname IN ('entities', 'entity_names') AND schemaname = current_schema()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i, want := range []int64{2, 2} { // the first batch analyzes both; the next, none
		f := fixtures[i]
		st, doc := f.build(t)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		if got := analyzed(); got != want {
			t.Errorf("after story %d: tables analyzed %d times, want %d", i+1, got, want)
		}
	}
}

// TestParallelFoldsLater: a parallel store that folds at most every d
// (SetFoldEvery) folds the first batch's pending rows at once, by its
// timer, leaves the next batches' pending until the timer's next fold,
// and folds them at Close: the entities then end as a serial store's.
func TestParallelFoldsLater(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	serial, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer serial.Close()
	par, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	par.SetParallel(2)
	par.SetFoldEvery(time.Hour)
	for _, f := range fixtures {
		st, doc := f.build(t)
		if _, err := serial.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	for i, f := range fixtures {
		st, doc := f.build(t)
		if _, err := par.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			continue
		}
		// the first batch: the timer folds at once
		for wait := time.Now(); pendingCounters(t, par) != 0; time.Sleep(20 * time.Millisecond) {
			if time.Since(wait) > 30*time.Second {
				t.Fatalf("%d rows pending 30 s after the first batch", pendingCounters(t, par))
			}
		}
	}
	if len(fixtures) > 1 && pendingCounters(t, par) == 0 {
		t.Errorf("no rows pending after %d batches within the hour", len(fixtures)-1)
	}
	if err := par.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if n := pendingRows(t, again); n != 0 {
		t.Errorf("%d rows pending after Close", n)
	}
	want := entityRows(t, serial)
	if got := entityRows(t, again); !slices.Equal(got, want) {
		t.Errorf("entities after a store folding later:\n%s\nwant (serial):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
