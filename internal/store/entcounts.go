package store

// The counters of entities in a table of their own (SQLite schema v23,
// PostgreSQL v21).
//
// Every story adds to the numbers of stories and mentions of the
// entities it names, and every event's participants to their numbers of
// events: the rows of the entities most stories name change with nearly
// every story. In the row of entities, with the entity's name, reference
// and label, each change was a new version of the whole row on
// PostgreSQL, and, the counters being in the index by type and
// prominence, an entry in every index of entities (its key, its
// reference, its prominence): a parallel writer's fold (pgpending.go)
// wrote some 20 such versions a story. The counters are now in
// entity_counts, one row an entity with its type (which never changes),
// indexed by type and prominence: a fold writes a narrow row and two
// index entries, and an entity's own row changes only when its display
// name does. Lists by prominence read entity_counts alone; pages join it
// by id. A trigger on entities gives each new entity its row of counts
// and takes it away with it, whatever statement writes them.

import (
	"context"
	"database/sql"
)

// entityCounters are the columns that left entities.
var entityCounters = []string{"stories", "mentions", "events"}

// countsApart is the migration (both engines): the table, its rows
// filled from the counters of entities, the counters dropped from
// entities and the triggers that keep the rows. It runs again over its
// own result (tests take the schema back to older versions, whose
// migrations may give entities a counter again): only the counters
// entities still holds are moved.
func countsApart(pg bool) func(ctx context.Context, tx *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		exec := func(q string) error {
			if pg {
				q = pgSchema(q)
			}
			_, err := tx.ExecContext(ctx, q)
			return err
		}
		has := func(col string) (bool, error) {
			q := `SELECT count(*) FROM pragma_table_info('entities') WHERE name = ?`
			if pg {
				q = `SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'entities' AND column_name = ?`
			}
			var n int
			err := tx.QueryRowContext(ctx, q, col).Scan(&n)
			return n > 0, err
		}
		table := `CREATE TABLE IF NOT EXISTS entity_counts (
	id       INTEGER PRIMARY KEY,
	type     TEXT NOT NULL,
	stories  INTEGER NOT NULL DEFAULT 0,
	mentions INTEGER NOT NULL DEFAULT 0,
	events   INTEGER NOT NULL DEFAULT 0
)`
		if pg {
			// room in each page for a version of its rows: a change of
			// events alone (no index holds it) stays on the page (HOT)
			table = `CREATE TABLE IF NOT EXISTS entity_counts (
	id       BIGINT PRIMARY KEY,
	type     TEXT NOT NULL,
	stories  BIGINT NOT NULL DEFAULT 0,
	mentions BIGINT NOT NULL DEFAULT 0,
	events   BIGINT NOT NULL DEFAULT 0
) WITH (fillfactor = 90)`
		}
		if err := exec(table); err != nil {
			return err
		}
		if err := exec(`INSERT INTO entity_counts (id, type) SELECT id, type FROM entities e
			WHERE NOT EXISTS (SELECT 1 FROM entity_counts c WHERE c.id = e.id)`); err != nil {
			return err
		}
		// the triggers of SQLite's schemaV16 count events in entities
		if !pg {
			for _, t := range []string{"participants_counted", "participants_uncounted", "participants_recounted"} {
				if err := exec(`DROP TRIGGER IF EXISTS ` + t); err != nil {
					return err
				}
			}
		}
		for _, ix := range []string{"entities_prominence", "entities_type_prominence"} {
			if err := exec(`DROP INDEX IF EXISTS ` + ix); err != nil {
				return err
			}
		}
		for _, col := range entityCounters {
			ok, err := has(col)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			if err := exec(`UPDATE entity_counts SET ` + col + ` = e.` + col + ` FROM entities e WHERE e.id = entity_counts.id`); err != nil {
				return err
			}
			if err := exec(`ALTER TABLE entities DROP COLUMN ` + col); err != nil {
				return err
			}
		}
		stmts := sqliteCountsApart
		if pg {
			stmts = pgCountsApart
		}
		for _, q := range stmts {
			if err := exec(q); err != nil {
				return err
			}
		}
		return nil
	}
}

// sqliteCountsApart: the indexes of entity_counts (by type and
// prominence, and by prominence alone for the lists of every type, as
// schemaV5 and V19 indexed entities) and its triggers; the number of
// events kept as schemaV16 kept it, in entity_counts.
var sqliteCountsApart = []string{
	`CREATE INDEX IF NOT EXISTS entity_counts_type_prominence ON entity_counts(type, stories DESC, mentions DESC, id)`,
	`CREATE INDEX IF NOT EXISTS entity_counts_prominence ON entity_counts(stories DESC, mentions DESC, id)`,
	`CREATE TRIGGER IF NOT EXISTS entities_counts_added AFTER INSERT ON entities BEGIN
	INSERT INTO entity_counts (id, type) VALUES (new.id, new.type);
END`,
	`CREATE TRIGGER IF NOT EXISTS entities_counts_dropped AFTER DELETE ON entities BEGIN
	DELETE FROM entity_counts WHERE id = old.id;
END`,
	`CREATE TRIGGER IF NOT EXISTS participants_counted AFTER INSERT ON event_participants BEGIN
	UPDATE entity_counts SET events = events + 1 WHERE id = new.entity_id;
END`,
	`CREATE TRIGGER IF NOT EXISTS participants_uncounted AFTER DELETE ON event_participants BEGIN
	UPDATE entity_counts SET events = events - 1 WHERE id = old.entity_id;
END`,
	`CREATE TRIGGER IF NOT EXISTS participants_recounted AFTER UPDATE OF entity_id ON event_participants WHEN old.entity_id IS NOT new.entity_id BEGIN
	UPDATE entity_counts SET events = events - 1 WHERE id = old.entity_id;
	UPDATE entity_counts SET events = events + 1 WHERE id = new.entity_id;
END`,
}

// pgCountsApart: the index of entity_counts by type and prominence (the
// lists of every type merge the types' ranges of it: pgSchemaV17) and
// the triggers, one a statement (a parallel writer inserts a story's new
// entities at once). The number of events comes from entity_pending as
// before (pgSchemaV13), folded into entity_counts.
var pgCountsApart = []string{
	`CREATE INDEX IF NOT EXISTS entity_counts_type_prominence ON entity_counts(type, stories DESC, mentions DESC, id)`,
	`CREATE OR REPLACE FUNCTION annals_entities_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO entity_counts (id, type) SELECT id, type FROM added;
	RETURN NULL;
END $$`,
	`CREATE OR REPLACE FUNCTION annals_entities_dropped() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM entity_counts c USING dropped d WHERE c.id = d.id;
	RETURN NULL;
END $$`,
	`CREATE OR REPLACE TRIGGER entities_counts_added AFTER INSERT ON entities REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION annals_entities_added()`,
	`CREATE OR REPLACE TRIGGER entities_counts_dropped AFTER DELETE ON entities REFERENCING OLD TABLE AS dropped
	FOR EACH STATEMENT EXECUTE FUNCTION annals_entities_dropped()`,
}
