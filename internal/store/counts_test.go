package store

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"annals/internal/resolve"
	"annals/internal/store/pgtest"
)

// beforeV12 takes an SQLite database back to schema v11 (no counts kept,
// no trigrams of names, no ranks of names' forms).
var beforeV12 = append(slices.Clone(beforeV16), `ALTER TABLE entity_names DROP COLUMN form_rank`, `DROP TRIGGER entity_names_indexed`, `DROP TRIGGER entity_names_unindexed`,
	`DROP TRIGGER entity_names_reindexed`, `DROP TABLE entity_trigrams`, `DROP TABLE entity_names_new`, `DROP TRIGGER stories_counted`, `DROP TRIGGER stories_uncounted`, `DROP TRIGGER entities_counted`,
	`DROP TRIGGER entities_uncounted`, `DROP TRIGGER reports_counted`, `DROP TRIGGER reports_uncounted`, `DROP TRIGGER events_counted`,
	`DROP TRIGGER events_uncounted`, `DROP TRIGGER events_recounted`, `DROP TABLE table_counts`, `DROP TABLE event_years`)

// pgBeforeV9 takes a PostgreSQL database back to schema v8 (no counts
// kept, no trigrams of names, no ranks of names' forms).
const pgBeforeV9 = `ALTER TABLE entity_names DROP COLUMN form_rank; DROP INDEX entity_names_trigrams; DROP FUNCTION annals_count() CASCADE; DROP TABLE table_counts, event_years, count_changes`

// countsScan and typeYearsScan count by walking the tables, as Counts
// and Stats did before the counts were kept.
const (
	countsScan = `SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM events), (SELECT count(*) FROM reports)`
	typeYearsScan = `SELECT type, substr(date, 1, 4) AS y, count(*) FROM events GROUP BY type, y ORDER BY substr(date, 1, 4) = '', y, type`
)

// checkCounts fails unless the counts a store keeps (Stats, Counts) are
// those of walking its tables.
func checkCounts(t *testing.T, s *DB, when string) {
	t.Helper()
	ctx := context.Background()
	kept, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	walked := &Stats{ByTypeYear: []TypeYear{}}
	if err := s.r.QueryRowContext(ctx, countsScan).Scan(&walked.Stories, &walked.Entities, &walked.Events, &walked.Reports); err != nil {
		t.Fatal(err)
	}
	rows, err := s.r.QueryContext(ctx, typeYearsScan)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var ty TypeYear
		if err := rows.Scan(&ty.Type, &ty.Year, &ty.Count); err != nil {
			t.Fatal(err)
		}
		walked.ByTypeYear = append(walked.ByTypeYear, ty)
	}
	rows.Close()
	walked.TopEntities = kept.TopEntities
	if !reflect.DeepEqual(kept, walked) {
		t.Errorf("%s: counts kept %+v, walked %+v", when, kept, walked)
	}
	checkEntityEvents(t, s, when)
}

// TestCountsKept: the counts kept by triggers follow every kind of
// change: stories stored one by one and in a batch, republished, replaced,
// unchanged and deleted, entities merged and split, events settled again.
func TestCountsKept(t *testing.T) {
	s, ids := filled(t)
	checkCounts(t, s, "filled")
	ctx := context.Background()
	c := newCorpus(5)
	var batch []Put
	for i := range 40 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
		if i%7 == 3 {
			st, doc := republished(st, doc)
			batch = append(batch, Put{Story: st, Doc: doc})
		}
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, "a batch")
	if _, _, err := s.PutStories(ctx, batch[:5]); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, "the same stories again")
	st, doc := c.story(41) // another story under the first one's path: replaced
	st.Path = batch[0].Story.Path
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, "replaced")
	for path, id := range ids {
		if err := s.DeleteStory(ctx, id); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, s, "deleted "+path)
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 3})
	if err != nil || len(ents) < 3 {
		t.Fatalf("entities %v, %v", ents, err)
	}
	if _, err := s.MergeEntities(ctx, ents[2].ID, ents[1].ID); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, "merged")
	page, err := s.EntityPage(ctx, ents[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, m := range page.Stories {
		paths = append(paths, m.Path)
		break
	}
	if len(paths) > 0 {
		if _, _, err := s.SplitEntity(ctx, ents[0].ID, paths); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, s, "split")
	}
	if st, _ := s.Stats(ctx); st.Stories == 0 || st.Events == 0 || len(st.ByTypeYear) == 0 {
		t.Errorf("stats %+v: nothing counted", st)
	}
}

// TestMigrateV12: a database of schema v11 opens as v12 with the counts
// of its tables.
func TestMigrateV12(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	bandsStories(t, s)
	want, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = reopenSQLite(t, path, append(slices.Clone(beforeV12), `PRAGMA user_version = 11`)...)
	checkCounts(t, s, "migrated")
	if got, _ := s.Stats(context.Background()); !reflect.DeepEqual(got, want) || got.Stories == 0 {
		t.Errorf("stats after the migration %+v, before %+v", got, want)
	}
}

// TestMigratePostgresV9: a database of schema v8 opens as v9 with the
// counts of its tables, kept from then on.
func TestMigratePostgresV9(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	bandsStories(t, s)
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = reopenPostgres(t, dsn, pgBeforeV9, `UPDATE annals_schema SET version = 8`)
	checkCounts(t, s, "migrated")
	if got, _ := s.Stats(ctx); !reflect.DeepEqual(got, want) || got.Stories == 0 {
		t.Errorf("stats after the migration %+v, before %+v", got, want)
	}
	c := newCorpus(3)
	for i := range 5 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	checkCounts(t, s, "stories after the migration")
}

// TestEntityNameSearch: a search of entity names by any part of them
// finds what reading every name finds (on SQLite through the trigrams
// of the names, schema v13; on PostgreSQL through its trigram index),
// for every substring of the names stored, short ones, ones of no name,
// and after names come and go.
func TestEntityNameSearch(t *testing.T) {
	s, ids := filled(t)
	ctx := context.Background()
	c := newCorpus(7)
	for i := range 20 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		var norms []string
		rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT norm FROM entity_names ORDER BY norm`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var n string
			rows.Scan(&n)
			norms = append(norms, n)
		}
		rows.Close()
		queries := []string{"a", "ab", "xyzzy", `50% "off"`, "un_", "é", "an"}
		for i, n := range norms {
			r := []rune(n)
			for l := 1; l <= 7 && l <= len(r); l++ {
				start := (i * 7) % (len(r) - l + 1)
				queries = append(queries, string(r[start:start+l]))
			}
		}
		for _, q := range queries {
			got, err := s.Entities(ctx, EntityFilter{Query: q, Limit: 1 << 20})
			if err != nil {
				t.Fatalf("%s: %q: %v", when, q, err)
			}
			cond, args := nameLike(resolve.Normalize(q))
			want, err := s.ids(ctx, `SELECT id FROM entity_counts WHERE `+cond+` ORDER BY stories DESC, mentions DESC, id`, args...)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs []int64
			for _, e := range got {
				gotIDs = append(gotIDs, e.ID)
			}
			if !slices.Equal(gotIDs, want) {
				t.Errorf("%s: %q: found %v, the names hold it in %v", when, q, gotIDs, want)
			}
		}
		if len(queries) < 50 {
			t.Fatalf("%s: %d queries: too few names", when, len(queries))
		}
	}
	check("stored")
	for _, id := range ids {
		if err := s.DeleteStory(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 2})
	if err != nil || len(ents) < 2 {
		t.Fatalf("entities %v, %v", ents, err)
	}
	if _, err := s.MergeEntities(ctx, ents[1].ID, ents[0].ID); err != nil {
		t.Fatal(err)
	}
	check("after deletes and a merge")
}
