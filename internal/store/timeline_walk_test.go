package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"

	"annals"
)

// beforeV17 takes an SQLite database back to schema v16 (no dates in the
// participant rows).
var beforeV17 = append(slices.Clone(beforeV18), `DROP TRIGGER events_dated`, `DROP INDEX event_participants_date`, `DROP INDEX event_participants_long`,
	`ALTER TABLE event_participants DROP COLUMN date_lo`, `ALTER TABLE event_participants DROP COLUMN date_hi`)

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

// oldTimelineIDs is the page of f's events as Timeline read it before
// schema v17: every event of the entities selected, then sorted.
func oldTimelineIDs(t *testing.T, s *DB, f EventFilter) []int64 {
	t.Helper()
	ids, err := sortedTimelineIDs(context.Background(), s, f)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func sortedTimelineIDs(ctx context.Context, s *DB, f EventFilter) ([]int64, error) {
	ents, err := s.rarestFirst(ctx, f)
	if err != nil {
		return nil, err
	}
	where, args, err := s.eventWhere(f, ents)
	if err != nil {
		return nil, err
	}
	return s.ids(ctx, `SELECT e.id FROM events e`+where+` ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.id LIMIT ? OFFSET ?`,
		append(args, limit(f.Limit, 100), max(f.Offset, 0))...)
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

// TestEntityTimelineWalk: the events of entities as Timeline lists them,
// walked on the participants' index by date (schema v17), are those the
// old statement (every event of the entities, sorted) gave, for single
// entities and pairs, with and without dates, type and place, at every
// page; and after stories are replaced and deleted.
func TestEntityTimelineWalk(t *testing.T) {
	s, _ := filled(t)
	ctx := context.Background()
	c := newCorpus(17)
	spanningStories(t, s, c, 0, 120)
	if checkParticipantDates(t, s, "stored") == 0 {
		t.Fatal("no dated participant")
	}
	compare := func(when string) {
		t.Helper()
		ents, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
		if err != nil || len(ents) < 20 {
			t.Fatalf("entities %d, %v", len(ents), err)
		}
		var sel [][2]int64
		for i := range 6 {
			sel = append(sel, [2]int64{ents[i].ID, 0})
			for j := i + 1; j < 6; j++ {
				sel = append(sel, [2]int64{ents[i].ID, ents[j].ID})
			}
		}
		sel = append(sel, [2]int64{ents[len(ents)/2].ID, 0}, [2]int64{ents[0].ID, ents[len(ents)/2].ID}, [2]int64{ents[len(ents)-1].ID, ents[1].ID})
		ranges := [][2]annals.Date{{"", ""}, {"2012", "2012"}, {"2016", "2016"}, {"2009", "2009"}, {"2010-06", "2012-03"},
			{"2013-07-15", ""}, {"", "2011"}, {"2024", ""}, {"2015", "2011"}}
		pages := [][2]int{{100, 0}, {3, 0}, {3, 2}, {5, 7}, {2, 11}, {1000, 1}}
		began, nonEmpty := 0, 0
		for _, e := range sel {
			for _, r := range ranges {
				for _, kind := range []EventFilter{{}, {Type: annals.Meeting}, {Place: cities[0]}} {
					for _, p := range pages {
						f := kind
						f.Org, f.With, f.From, f.To, f.Limit, f.Offset = e[0], e[1], r[0], r[1], p[0], p[1]
						want := oldTimelineIDs(t, s, f)
						evs, err := s.Timeline(ctx, f)
						if err != nil {
							t.Fatal(err)
						}
						var got []int64
						for _, ev := range evs {
							got = append(got, ev.ID)
						}
						if !slices.Equal(got, want) {
							t.Errorf("%s: %+v: %v, want %v", when, f, got, want)
						}
						if len(want) > 0 {
							nonEmpty++
						}
						// events begun before the range's first day
						if from, _, _ := filterDays(f); from != "" {
							for _, ev := range evs {
								if lo, _, _ := ev.Date.Bounds(); lo.Format("2006-01-02") < from {
									began++
									break
								}
							}
						}
					}
				}
			}
		}
		if nonEmpty == 0 || began == 0 {
			t.Errorf("%s: %d pages with events, %d with events begun before their range", when, nonEmpty, began)
		}
	}
	compare("stored")
	// stories replaced by others (their events lose reports, and dates)
	// and deleted
	for i := range 10 {
		st, doc := c.story(200 + i)
		first, _ := c.story(i * 3)
		st.Path = first.Path
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.Stories(ctx, 10, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range list {
		if err := s.DeleteStory(ctx, l.ID); err != nil {
			t.Fatal(err)
		}
	}
	checkParticipantDates(t, s, "replaced and deleted")
	compare("replaced and deleted")
	if _, err := s.Timeline(ctx, EventFilter{Org: 1, From: "2012-13"}); err == nil {
		t.Error("a bad date: no error")
	}
}

// TestMigrateV17: a database of schema v16 opens as v17 with the dates of
// the participants' events, kept from then on.
func TestMigrateV17(t *testing.T) {
	sqliteOnly(t)
	fill := func(s *DB) { spanningStories(t, s, newCorpus(5), 0, 30) }
	migratedDates(t, migrateFilledSQLite(t, fill, append(slices.Clone(beforeV17), `PRAGMA user_version = 16`)...))
}

// TestMigratePostgresV14: a database of schema v13 opens as v14 with the
// dates of the participants' events, kept from then on.
func TestMigratePostgresV14(t *testing.T) {
	fill := func(s *DB) { spanningStories(t, s, newCorpus(5), 0, 30) }
	migratedDates(t, migrateFilledPostgres(t, fill, pgBeforeV14, `UPDATE annals_schema SET version = 13`))
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
