package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/store/pgtest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// keyFactsOK checks that every index row of s holds the facts of its
// report (keyFacts) and the role of its entity in it.
func keyFactsOK(t *testing.T, s *DB) {
	t.Helper()
	rows, err := s.r.Query(`SELECT k.report_id, k.story_id, k.tbits, k.sday, r.story_id, r.title, r.date, r.date_lo, r.date_hi, r.weak,
		k.entity_id, k.role, r.part_ids, coalesce(r.place_id, 0) FROM report_keys k JOIN reports r ON r.id = k.report_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n, days, roles := 0, 0, map[int]int{}
	for rows.Next() {
		var id, entity, place int64
		var got, want keyFacts
		var title, lo, hi, parts string
		var date annals.Date
		var weak bool
		var role int
		if err := rows.Scan(&id, &got.story, &got.tbits, &got.day, &want.story, &title, &date, &lo, &hi, &weak, &entity, &role, &parts, &place); err != nil {
			t.Fatal(err)
		}
		wantRole := 0
		if slices.Contains(chronicle.ParseIDs(parts), entity) {
			wantRole |= roleParticipant
		}
		if entity == place {
			wantRole |= rolePlace
		}
		if role != wantRole {
			t.Errorf("report %d, entity %d (participants %s, place %d): role %d, want %d", id, entity, parts, place, role, wantRole)
		}
		roles[role]++
		want.tbits, want.day = chronicle.TitleBits(titleWords(title)), chronicle.DayKey(date, lo, hi, weak)
		if got != want {
			t.Errorf("report %d %q: index row %+v, want %+v", id, title, got, want)
		}
		if got.day != 0 {
			days++
		}
		n++
	}
	if err := rows.Err(); err != nil || n == 0 || days == 0 || roles[roleParticipant] == 0 || roles[rolePlace] == 0 {
		t.Fatalf("%d index rows (%d with a day, by role %v), %v", n, days, roles, err)
	}
}

// TestMigrateV9: a database of schema v8 (index rows without keyFacts)
// opens as v9 with the facts in every row, and the same events; a new
// database writes them (keyFactsOK before the migration).
func TestMigrateV9(t *testing.T) {
	migrateKeys(t, append(slices.Clone(beforeV11), `ALTER TABLE report_keys DROP COLUMN story_id`, `ALTER TABLE report_keys DROP COLUMN tbits`,
		`ALTER TABLE report_keys DROP COLUMN sday`, `ALTER TABLE report_keys DROP COLUMN role`, `PRAGMA user_version = 8`)...)
}

// TestMigrateV10: a database of schema v9 (index rows without roles)
// opens as v10 with the role of every row, and the same events.
func TestMigrateV10(t *testing.T) {
	migrateKeys(t, append(slices.Clone(beforeV11), `ALTER TABLE report_keys DROP COLUMN role`, `PRAGMA user_version = 9`)...)
}

// TestMigratePostgresV7: TestMigrateV9 on PostgreSQL, from schema v6.
func TestMigratePostgresV7(t *testing.T) {
	migratePostgresKeys(t, pgBeforeV9, `ALTER TABLE report_keys DROP COLUMN story_id, DROP COLUMN tbits, DROP COLUMN sday, DROP COLUMN role`, `UPDATE annals_schema SET version = 6`)
}

// TestMigratePostgresV8: TestMigrateV10 on PostgreSQL, from schema v7.
func TestMigratePostgresV8(t *testing.T) {
	migratePostgresKeys(t, pgBeforeV9, `ALTER TABLE report_keys DROP COLUMN role`, `UPDATE annals_schema SET version = 7`)
}

// migrateKeys stores the stories of bandsStories in a new SQLite
// database, takes it back to an older schema with the statements
// downgrade, opens it again (which migrates it), and checks the index
// rows (keyFactsOK) and the number of events.
func migrateKeys(t *testing.T, downgrade ...string) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	bandsStories(t, s)
	keyFactsOK(t, s)
	before := eventsSnapshot(t, s)
	s.Close()
	s = reopenSQLite(t, path, downgrade...)
	keyFactsOK(t, s)
	if after := eventsSnapshot(t, s); len(after) != len(before) {
		t.Errorf("%d events before, %d after", len(before), len(after))
	}
}

// migratePostgresKeys is migrateKeys on PostgreSQL.
func migratePostgresKeys(t *testing.T, downgrade ...string) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	bandsStories(t, s)
	s.Close()
	keyFactsOK(t, reopenPostgres(t, dsn, downgrade...))
}

// migrateFilledSQLite fills a new SQLite database with fill, takes it
// back to an older schema with the statements downgrade and opens it
// again, which migrates it (reopenSQLite).
func migrateFilledSQLite(t *testing.T, fill func(*DB), downgrade ...string) *DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(s)
	s.Close()
	return reopenSQLite(t, path, downgrade...)
}

// migrateFilledPostgres is migrateFilledSQLite on a new PostgreSQL
// database (reopenPostgres).
func migrateFilledPostgres(t *testing.T, fill func(*DB), downgrade ...string) *DB {
	t.Helper()
	dsn := pgtest.DSN(t)
	s, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	fill(s)
	s.Close()
	return reopenPostgres(t, dsn, downgrade...)
}

// reopenSQLite runs the statements downgrade on the closed SQLite
// database at path (taking it back to an older schema) and opens it
// again, which migrates it; the store is closed when the test ends.
func reopenSQLite(t *testing.T, path string, downgrade ...string) *DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if downTo(downgrade, "PRAGMA user_version = ") < 23 {
		downgrade = append(slices.Clone(beforeV23), downgrade...)
	}
	for _, q := range downgrade {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// reopenPostgres is reopenSQLite on the PostgreSQL database at dsn.
func reopenPostgres(t *testing.T, dsn string, downgrade ...string) *DB {
	t.Helper()
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	if downTo(downgrade, "UPDATE annals_schema SET version = ") < 21 {
		downgrade = append([]string{pgBeforeV21}, downgrade...)
	}
	for _, q := range downgrade {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
