package store

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"annals/internal/store/pgtest"
)

// beforeV23 takes an SQLite database back to schema v22: the counters in
// entities, counted there by schemaV16's triggers, indexed by schemaV5 and
// V19's indexes.
var beforeV23 = []string{
	`ALTER TABLE entities ADD COLUMN stories INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE entities ADD COLUMN events INTEGER NOT NULL DEFAULT 0`,
	`UPDATE entities SET stories = c.stories, mentions = c.mentions, events = c.events FROM entity_counts c WHERE c.id = entities.id`,
	`DROP TRIGGER entities_counts_added`, `DROP TRIGGER entities_counts_dropped`,
	`DROP TRIGGER participants_counted`, `DROP TRIGGER participants_uncounted`, `DROP TRIGGER participants_recounted`,
	`DROP TABLE entity_counts`,
	`CREATE INDEX entities_prominence ON entities(stories DESC, mentions DESC, id)`,
	`CREATE INDEX entities_type_prominence ON entities(type, stories DESC, mentions DESC, id)`,
	`CREATE TRIGGER participants_counted AFTER INSERT ON event_participants BEGIN
	UPDATE entities SET events = events + 1 WHERE id = new.entity_id;
END`,
	`CREATE TRIGGER participants_uncounted AFTER DELETE ON event_participants BEGIN
	UPDATE entities SET events = events - 1 WHERE id = old.entity_id;
END`,
	`CREATE TRIGGER participants_recounted AFTER UPDATE OF entity_id ON event_participants WHEN old.entity_id IS NOT new.entity_id BEGIN
	UPDATE entities SET events = events - 1 WHERE id = old.entity_id;
	UPDATE entities SET events = events + 1 WHERE id = new.entity_id;
END`,
}

// pgBeforeV21 takes a PostgreSQL database back to schema v20.
const pgBeforeV21 = `ALTER TABLE entities ADD COLUMN stories BIGINT NOT NULL DEFAULT 0, ADD COLUMN mentions BIGINT NOT NULL DEFAULT 0,
	ADD COLUMN events BIGINT NOT NULL DEFAULT 0;
UPDATE entities e SET stories = c.stories, mentions = c.mentions, events = c.events FROM entity_counts c WHERE c.id = e.id;
DROP FUNCTION annals_entities_added() CASCADE; DROP FUNCTION annals_entities_dropped() CASCADE;
DROP TABLE entity_counts;
CREATE INDEX entities_type_prominence ON entities(type, stories DESC, mentions DESC, id)`

// downTo is the schema version the statements of a test's downgrade set
// (set, the statement's head), or a large number when none does. A
// database taken back before the counters left entities has them back
// first (reopenSQLite, reopenPostgres), unless the downgrade starts so.
func downTo(downgrade []string, set string) int {
	if len(downgrade) > 0 && (downgrade[0] == beforeV23[0] || downgrade[0] == pgBeforeV21) {
		return 1 << 30
	}
	v := 1 << 30
	re := regexp.MustCompile(regexp.QuoteMeta(set) + `(\d+)`)
	for _, q := range downgrade {
		if m := re.FindStringSubmatch(q); m != nil {
			v, _ = strconv.Atoi(m[1])
		}
	}
	return v
}

// entityList is every entity as the store lists them (by prominence),
// with its counters.
func entityList(t *testing.T, s *DB) []string {
	t.Helper()
	es, _, err := s.EntitiesPage(context.Background(), EntityFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%d %s %q stories %d mentions %d events %d", e.ID, e.Type, e.Name, e.Stories, e.Mentions, e.Events))
	}
	return out
}

// TestMigrateCountsApart: a store of schema v22 (SQLite) or v20
// (PostgreSQL), its counters in entities, is migrated to entity_counts:
// the same entities in the same order with the same counters, none left
// in entities, and the stories stored after it counted.
func TestMigrateCountsApart(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s *DB, want []string, has func(col string) bool) {
		t.Helper()
		if got := entityList(t, s); !slices.Equal(got, want) {
			t.Errorf("entities after the migration:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		var n, m int
		if err := s.r.QueryRow(`SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_counts)`).Scan(&n, &m); err != nil || n != m || n == 0 {
			t.Errorf("%d entities, %d rows of counts (%v); want as many", n, m, err)
		}
		for _, col := range []string{"stories", "mentions", "events"} {
			if has(col) {
				t.Errorf("entities still has the column %s", col)
			}
		}
		un := entityID(t, s, "United Nations")
		before, err := s.summaries(ctx, []int64{un})
		if err != nil {
			t.Fatal(err)
		}
		f := banHails // names the United Nations
		f.path, f.text = "after/"+f.path, f.text+" "
		st, doc := f.build(t)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		after, err := s.summaries(ctx, []int64{un})
		if err != nil {
			t.Fatal(err)
		}
		if after[0].Stories != before[0].Stories+1 || after[0].Mentions <= before[0].Mentions {
			t.Errorf("United Nations after one story more: %d stories, %d mentions; before %d, %d", after[0].Stories, after[0].Mentions, before[0].Stories, before[0].Mentions)
		}
	}
	fill := func(t *testing.T, s *DB) []string {
		t.Helper()
		for _, f := range fixtures {
			st, doc := f.build(t)
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
		}
		return entityList(t, s)
	}
	t.Run("sqlite", func(t *testing.T) {
		sqliteOnly(t)
		s, path := openTemp(t)
		want := fill(t, s)
		s.Close()
		s = reopenSQLite(t, path, append(slices.Clone(beforeV23), `PRAGMA user_version = 22`)...)
		check(t, s, want, func(col string) bool {
			var n int
			if err := s.r.QueryRow(`SELECT count(*) FROM pragma_table_info('entities') WHERE name = ?`, col).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n > 0
		})
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		s, err := OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		want := fill(t, s)
		s.Close()
		s = reopenPostgres(t, dsn, pgBeforeV21, `UPDATE annals_schema SET version = 20`)
		check(t, s, want, func(col string) bool {
			var n int
			if err := s.r.QueryRow(`SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()
				AND table_name = 'entities' AND column_name = $1`, col).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n > 0
		})
	})
}

// TestFoldLeavesEntityRows: on PostgreSQL's parallel stores, the fold of
// the counters of an entity that more stories name writes no new version
// of the entity's row (the counters are in entity_counts), and one that
// changes its display name does.
func TestFoldLeavesEntityRows(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetParallel(2)
	put := func(prefix string) {
		t.Helper()
		for _, f := range fixtures {
			f.path, f.text = prefix+f.path, f.text+strings.Repeat(" ", len(prefix))
			st, doc := f.build(t)
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	put("")
	un := entityID(t, s, "United Nations")
	row := func() (version, name string, stories int) {
		t.Helper()
		if err := s.r.QueryRow(`SELECT xmin::text || ' ' || ctid::text, name FROM entities WHERE id = $1`, un).Scan(&version, &name); err != nil {
			t.Fatal(err)
		}
		sum, err := s.summaries(ctx, []int64{un})
		if err != nil {
			t.Fatal(err)
		}
		return version, name, sum[0].Stories
	}
	v0, name0, n0 := row()
	put("again/")
	if err := s.Fold(ctx); err != nil {
		t.Fatal(err)
	}
	v1, name1, n1 := row()
	if n1 <= n0 || name1 != name0 {
		t.Fatalf("United Nations after more stories: %d stories, named %q; before %d, %q", n1, name1, n0, name0)
	}
	if v1 != v0 {
		t.Errorf("the entity's row was written again by the folds of its counters (version %s, was %s)", v1, v0)
	}
	// a name seen more than the display name (as pending rows of
	// stories not folded yet): the fold names the entity by it
	for range 50 {
		if _, err := s.w.Exec(`INSERT INTO entity_pending (entity_id, norm, name, kind, strong, stories, mentions) VALUES ($1, 'united nations organization', 'United Nations Organization', 'name', 1, 1, 1)`, un); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Fold(ctx); err != nil {
		t.Fatal(err)
	}
	if v2, name2, n2 := row(); name2 != "United Nations Organization" || v2 == v1 || n2 != n1+50 {
		t.Errorf("after the new name's fold: named %q (version %s, was %s), %d stories; want United Nations Organization, a new version, %d", name2, v2, v1, n2, n1+50)
	}
}
