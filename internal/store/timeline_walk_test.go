package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"annals"
	"annals/internal/store/pgtest"
)

// beforeV17 takes an SQLite database back to schema v16 (no dates in the
// participant rows).
var beforeV17 = []string{`DROP TRIGGER events_dated`, `DROP INDEX event_participants_date`, `DROP INDEX event_participants_long`,
	`ALTER TABLE event_participants DROP COLUMN date_lo`, `ALTER TABLE event_participants DROP COLUMN date_hi`}

// pgBeforeV14 takes a PostgreSQL database back to schema v13.
const pgBeforeV14 = `DROP FUNCTION annals_date_participants() CASCADE;
	ALTER TABLE event_participants DROP COLUMN date_lo, DROP COLUMN date_hi`

// checkParticipantDates fails unless every participant row carries the
// dates of its event (schema v17, PostgreSQL v14); it returns how many
// rows are dated.
func checkParticipantDates(t *testing.T, s *DB, when string) int {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), `SELECT p.event_id, p.entity_id, p.date_lo, p.date_hi, e.date_lo, e.date_hi
		FROM event_participants p JOIN events e ON e.id = p.event_id ORDER BY p.event_id, p.entity_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	dated, bad := 0, 0
	for rows.Next() {
		var ev, ent int64
		var plo, phi, elo, ehi sql.NullString
		if err := rows.Scan(&ev, &ent, &plo, &phi, &elo, &ehi); err != nil {
			t.Fatal(err)
		}
		if plo != elo || phi != ehi {
			if bad++; bad <= 10 {
				t.Errorf("%s: event %d, entity %d: participant dated %v-%v, event %v-%v", when, ev, ent, plo, phi, elo, ehi)
			}
		}
		if plo.Valid {
			dated++
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%s: %d participant rows not dated as their events", when, bad)
	}
	return dated
}

// spanningStories stores n stories of the synthetic corpus whose events
// are, some of them, undated, or dated over several years (from their
// date to two years after), so that events of one key get different dates
// as reports come in.
func spanningStories(t *testing.T, s *DB, c *corpus, from, n int) {
	t.Helper()
	ctx := context.Background()
	for i := from; i < from+n; i++ {
		st, doc := c.story(i)
		for k := range doc.Events {
			ev := &doc.Events[k]
			switch (i + k) % 6 {
			case 0:
				y, _, _ := ev.Date.Bounds()
				ev.DateEnd = annals.Date(fmt.Sprintf("%04d", y.Year()+2))
			case 1:
				ev.Date = ""
			}
		}
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMigrateV17: a database of schema v16 opens as v17 with the dates of
// the participants' events, kept from then on.
func TestMigrateV17(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	spanningStories(t, s, newCorpus(5), 0, 30)
	s.Close()
	migratedDates(t, reopenSQLite(t, path, append(slices.Clone(beforeV17), `PRAGMA user_version = 16`)...))
}

// TestMigratePostgresV14: a database of schema v13 opens as v14 with the
// dates of the participants' events, kept from then on.
func TestMigratePostgresV14(t *testing.T) {
	dsn := pgtest.DSN(t)
	s, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	spanningStories(t, s, newCorpus(5), 0, 30)
	s.Close()
	migratedDates(t, reopenPostgres(t, dsn, pgBeforeV14, `UPDATE annals_schema SET version = 13`))
}

// migratedDates checks the participants' dates of a store just migrated,
// and after more stories.
func migratedDates(t *testing.T, s *DB) {
	t.Helper()
	if checkParticipantDates(t, s, "migrated") == 0 {
		t.Fatal("no dated participant")
	}
	spanningStories(t, s, newCorpus(5), 30, 10)
	checkParticipantDates(t, s, "stories after the migration")
	evs, err := s.Timeline(context.Background(), EventFilter{Org: topEntity(t, s), From: "2010", To: "2014", Limit: 1000})
	if err != nil || len(evs) == 0 {
		t.Errorf("timeline after the migration: %d events, %v", len(evs), err)
	}
}

// topEntity is the id of the entity in the most events.
func topEntity(t *testing.T, s *DB) int64 {
	t.Helper()
	var id int64
	if err := s.r.QueryRow(`SELECT entity_id FROM event_participants GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
