package store

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"annals"
	"annals/internal/store/pgtest"
)

// beforeV16 takes an SQLite database back to schema v15 (no number of
// events kept per entity).
var beforeV16 = append(slices.Clone(beforeV17), `DROP TRIGGER participants_counted`, `DROP TRIGGER participants_uncounted`, `DROP TRIGGER participants_recounted`,
	`ALTER TABLE entities DROP COLUMN events`)

// pgBeforeV13 takes a PostgreSQL database back to schema v12.
const pgBeforeV13 = `DROP FUNCTION annals_count_participant() CASCADE; DROP FUNCTION annals_drop_pending() CASCADE;
	ALTER TABLE entities DROP COLUMN events; ALTER TABLE entity_pending DROP COLUMN events`

// walkedEntityEvents counts the events of every entity by walking the
// participants, as the summaries did before the number was kept.
const walkedEntityEvents = `SELECT e.id, (SELECT count(*) FROM event_participants p WHERE p.entity_id = e.id) FROM entities e ORDER BY e.id`

// checkEntityEvents fails unless the number of events of every entity
// as the store reads it (EntitySummary.Events: kept, schema v16 and
// PostgreSQL v13) is the number walked; it returns how many entities
// take part in events.
func checkEntityEvents(t *testing.T, s *DB, when string) int {
	t.Helper()
	ctx := context.Background()
	rows, err := s.r.QueryContext(ctx, walkedEntityEvents)
	if err != nil {
		t.Fatal(err)
	}
	walked := map[int64]int{}
	var ids []int64
	taking := 0
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			t.Fatal(err)
		}
		walked[id] = n
		ids = append(ids, id)
		if n > 0 {
			taking++
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	kept := map[int64]int{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		sums, err := s.summaries(ctx, ids[:n])
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range sums {
			kept[e.ID] = e.Events
		}
		ids = ids[n:]
	}
	if !reflect.DeepEqual(kept, walked) {
		bad := 0
		for id, n := range walked {
			if kept[id] != n && bad < 10 {
				bad++
				t.Errorf("%s: entity %d: %d events kept, %d walked", when, id, kept[id], n)
			}
		}
		t.Errorf("%s: %d entities, %d kept", when, len(walked), len(kept))
	}
	return taking
}

// TestEntityEventsKept: the number of events of each entity, kept on
// write, is the number walked after every kind of change to which events
// an entity takes part in, on a store holding the fixtures and 30
// stories of the synthetic corpus.
func TestEntityEventsKept(t *testing.T) {
	ctx := context.Background()
	c := newCorpus(11)
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, s *DB, ids map[string]int64)
	}{
		{"stored one by one", func(t *testing.T, s *DB, ids map[string]int64) {}},
		{"a batch with copies", func(t *testing.T, s *DB, ids map[string]int64) {
			var batch []Put
			for i := 30; i < 50; i++ {
				st, doc := c.story(i)
				batch = append(batch, Put{Story: st, Doc: doc})
				if i%4 == 1 {
					st, doc := republished(st, doc)
					batch = append(batch, Put{Story: st, Doc: doc})
				}
			}
			if _, _, err := s.PutStories(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}},
		{"a story changed and stored again", func(t *testing.T, s *DB, ids map[string]int64) {
			for i := range 3 {
				st, doc := c.story(i)
				st.Raw = append(slices.Clip(st.Raw), "\nUpdated."...)
				doc.Events = doc.Events[:len(doc.Events)-1]
				if len(doc.Events) > 0 {
					ev := &doc.Events[0]
					ev.Participants = ev.Participants[:len(ev.Participants)-1]
				}
				if res, err := s.PutStory(ctx, st, doc); err != nil || !res.Replaced {
					t.Fatalf("%s: %+v, %v", st.Path, res, err)
				}
			}
		}},
		{"a story replaced by another", func(t *testing.T, s *DB, ids map[string]int64) {
			st, doc := c.story(60)
			first, _ := c.story(0)
			st.Path = first.Path
			if res, err := s.PutStory(ctx, st, doc); err != nil || !res.Replaced {
				t.Fatalf("%+v, %v", res, err)
			}
		}},
		{"stories deleted", func(t *testing.T, s *DB, ids map[string]int64) {
			for _, id := range ids {
				if err := s.DeleteStory(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			list, err := s.Stories(ctx, 5, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range list {
				if err := s.DeleteStory(ctx, l.ID); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"entities merged", func(t *testing.T, s *DB, ids map[string]int64) {
			// the two most prominent organizations, and the next two
			ents, err := s.Entities(ctx, EntityFilter{Type: annals.Org, Limit: 4})
			if err != nil || len(ents) < 4 {
				t.Fatalf("entities %v, %v", ents, err)
			}
			for _, m := range [][2]int{{1, 0}, {3, 2}} {
				if _, err := s.MergeEntities(ctx, ents[m[0]].ID, ents[m[1]].ID); err != nil {
					t.Fatal(err)
				}
			}
			// stories stored after the rule: moved as they come in
			for i := 30; i < 40; i++ {
				st, doc := c.story(i)
				if _, err := s.PutStory(ctx, st, doc); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"an entity split", func(t *testing.T, s *DB, ids map[string]int64) {
			ents, err := s.Entities(ctx, EntityFilter{Limit: 1})
			if err != nil || len(ents) == 0 {
				t.Fatalf("entities %v, %v", ents, err)
			}
			splitNewest(t, s, ents[0].ID, 3)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ids := filled(t)
			for i := range 30 {
				st, doc := c.story(i)
				if _, err := s.PutStory(ctx, st, doc); err != nil {
					t.Fatal(err)
				}
			}
			if checkEntityEvents(t, s, "stored") == 0 {
				t.Fatal("no entity takes part in events")
			}
			tc.change(t, s, ids)
			if checkEntityEvents(t, s, tc.name) == 0 {
				t.Error("no entity takes part in events")
			}
			// and each participant row carries its event's dates
			if checkParticipantDates(t, s, tc.name) == 0 {
				t.Error("no dated participant")
			}
			// and each story entity row its story's day of publication
			if checkPubDays(t, s, tc.name) == 0 {
				t.Error("no dated story entity")
			}
		})
	}
}

// TestMigrateV16: a database of schema v15 opens as v16 with the number
// of events of each entity, kept from then on.
func TestMigrateV16(t *testing.T) {
	sqliteOnly(t)
	migrated(t, migrateFilledSQLite(t, func(s *DB) { bandsStories(t, s) }, append(slices.Clone(beforeV16), `PRAGMA user_version = 15`)...))
}

// TestMigratePostgresV13: a database of schema v12 opens as v13 with the
// number of events of each entity, kept from then on.
func TestMigratePostgresV13(t *testing.T) {
	migrated(t, migrateFilledPostgres(t, func(s *DB) { bandsStories(t, s) }, pgBeforeV13, `UPDATE annals_schema SET version = 12`))
}

// migrated checks the numbers of events of a store just migrated, and
// after more stories.
func migrated(t *testing.T, s *DB) {
	t.Helper()
	if checkEntityEvents(t, s, "migrated") == 0 {
		t.Fatal("no entity takes part in events")
	}
	ctx := context.Background()
	c := newCorpus(3)
	for i := range 5 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	checkEntityEvents(t, s, "stories after the migration")
}

// TestPendingEntityEvents: on PostgreSQL an entity's number of events is
// its row's plus the changes pending, exact before they are folded in,
// and folded in by the next fold.
func TestPendingEntityEvents(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range fixtures {
		st, doc := f.build(t)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	// a serial store leaves its participants' changes pending, for the
	// next transaction's fold
	t.Logf("%d rows pending", pendingRows(t, s))
	checkEntityEvents(t, s, "stored")
	// the most prominent entity taking part in events
	ents, err := s.Entities(ctx, EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var e0 EntitySummary
	for _, e := range ents {
		if e.Events > 0 {
			e0 = e
			break
		}
	}
	if e0.ID == 0 {
		t.Fatalf("no entity takes part in events: %+v", ents)
	}
	un := e0.ID
	column := func() (n int) {
		t.Helper()
		if err := s.r.QueryRow(`SELECT events FROM entity_counts WHERE id = $1`, un).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// as a writer that died between its commit and its fold leaves them
	for _, d := range []int{1, 1, -1} {
		if _, err := s.w.Exec(`INSERT INTO entity_pending (entity_id, events) VALUES ($1, $2)`, un, d); err != nil {
			t.Fatal(err)
		}
	}
	if e, _ := s.Entity(ctx, un); e.Events != e0.Events+1 {
		t.Errorf("pending: %d events, want %d", e.Events, e0.Events+1)
	}
	if err := s.Fold(ctx); err != nil {
		t.Fatal(err)
	}
	if e, _ := s.Entity(ctx, un); e.Events != e0.Events+1 || column() != e0.Events+1 || pendingRows(t, s) != 0 {
		t.Errorf("folded: %d events, %d in the row, %d rows pending; want %d, %d, 0", e.Events, column(), pendingRows(t, s), e0.Events+1, e0.Events+1)
	}
}

// splitNewest splits entity id's mentions in its n newest stories off
// into an entity of their own.
func splitNewest(t *testing.T, s *DB, id int64, n int) {
	t.Helper()
	ctx := context.Background()
	refs, err := s.EntityStories(ctx, id, n, 0)
	if err != nil || len(refs) == 0 {
		t.Fatalf("stories %v, %v", refs, err)
	}
	var paths []string
	for _, r := range refs {
		paths = append(paths, r.Path)
	}
	if _, _, err := s.SplitEntity(ctx, id, paths); err != nil {
		t.Fatal(err)
	}
}
