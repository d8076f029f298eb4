package store

// The numbers of stories, entities, events and reports, and of events by
// type and year, on PostgreSQL.
//
// SQLite keeps them in rows that triggers update (schemaV12). On
// PostgreSQL a row of counts that every story transaction updated would
// make the parallel writers wait for each other, so the triggers append
// a row of change instead (count_changes: +1 or -1 for a table, or for an
// event's type and year), which no other transaction waits for, and the
// fold that follows a story's commit (foldPending, pgpending.go) adds the
// changes no other fold holds to the totals (table_counts, event_years)
// and deletes them. A count is its total plus the changes not folded yet,
// so it is exact at any moment, whoever has folded.

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// pgSchemaV9 adds the totals, the changes and their triggers.
const pgSchemaV9 = `
CREATE TABLE table_counts (
	name TEXT PRIMARY KEY,                  -- stories, entities, reports
	n    BIGINT NOT NULL
);
INSERT INTO table_counts (name, n) VALUES ('stories', (SELECT count(*) FROM stories)), ('entities', (SELECT count(*) FROM entities)),
	('reports', (SELECT count(*) FROM reports));
CREATE TABLE event_years (
	type TEXT NOT NULL,
	year TEXT NOT NULL,                     -- the first four characters of the date; '' undated
	n    BIGINT NOT NULL,
	PRIMARY KEY (type, year)
);
INSERT INTO event_years (type, year, n) SELECT type, substr(date, 1, 4), count(*) FROM events GROUP BY 1, 2;
CREATE TABLE count_changes (
	id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name TEXT NOT NULL,                     -- a table of table_counts, or events
	type TEXT NOT NULL DEFAULT '',          -- an event's type and year
	year TEXT NOT NULL DEFAULT '',
	d    BIGINT NOT NULL
);
CREATE FUNCTION annals_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_TABLE_NAME = 'events' THEN
		IF TG_OP <> 'INSERT' THEN
			INSERT INTO count_changes (name, type, year, d) VALUES ('events', OLD.type, substr(OLD.date, 1, 4), -1);
		END IF;
		IF TG_OP <> 'DELETE' THEN
			INSERT INTO count_changes (name, type, year, d) VALUES ('events', NEW.type, substr(NEW.date, 1, 4), 1);
		END IF;
	ELSE
		INSERT INTO count_changes (name, d) VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER stories_counted AFTER INSERT OR DELETE ON stories FOR EACH ROW EXECUTE FUNCTION annals_count();
CREATE TRIGGER entities_counted AFTER INSERT OR DELETE ON entities FOR EACH ROW EXECUTE FUNCTION annals_count();
CREATE TRIGGER reports_counted AFTER INSERT OR DELETE ON reports FOR EACH ROW EXECUTE FUNCTION annals_count();
CREATE TRIGGER events_counted AFTER INSERT OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION annals_count();
CREATE TRIGGER events_recounted AFTER UPDATE OF type, date ON events FOR EACH ROW
	WHEN (OLD.type IS DISTINCT FROM NEW.type OR substr(OLD.date, 1, 4) IS DISTINCT FROM substr(NEW.date, 1, 4)) EXECUTE FUNCTION annals_count();
`

// The counts' statements: totals plus the changes not folded yet.
const (
	pgTypeYears = `SELECT type, year, sum(n) FROM (SELECT type, year, n FROM event_years
		UNION ALL SELECT type, year, d FROM count_changes WHERE name = 'events') AS u GROUP BY type, year HAVING sum(n) > 0 ORDER BY year = '', year, type`
)

var (
	pgStories = `SELECT ` + pgCount("stories")
	pgCounts  = `SELECT ` + pgCount("stories") + `, ` + pgCount("entities") + `,
		(SELECT coalesce(sum(n), 0) FROM event_years) + (SELECT coalesce(sum(d), 0) FROM count_changes WHERE name = 'events'), ` + pgCount("reports")
)

func pgCount(table string) string {
	return `(SELECT n FROM table_counts WHERE name = '` + table + `') + (SELECT coalesce(sum(d), 0) FROM count_changes WHERE name = '` + table + `')`
}

// countChange is what the changes of one total add up to.
type countChange struct {
	name, typ, year string
	d               int64
}

// takeCountChanges deletes up to foldLimit changes no other fold holds
// and returns them, chosen once as takePending's rows are.
var takeCountChanges = `DELETE FROM count_changes WHERE id = ANY(ARRAY(SELECT id FROM count_changes ORDER BY id LIMIT ` +
	strconv.Itoa(foldLimit) + ` FOR UPDATE SKIP LOCKED)) RETURNING name, type, year, d`

// readCountChanges reads the changes takeCountChanges returned, added up
// per total, in one order (tables by name, then events by type and year)
// so that two folds never wait for each other in a cycle; n counts the
// rows.
func readCountChanges(rows pgx.Rows) (sums []countChange, n int, err error) {
	by := map[[3]string]int64{}
	for rows.Next() {
		var c countChange
		if err := rows.Scan(&c.name, &c.typ, &c.year, &c.d); err != nil {
			rows.Close()
			return nil, n, err
		}
		n++
		by[[3]string{c.name, c.typ, c.year}] += c.d
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, n, err
	}
	for k, d := range by {
		if d != 0 {
			sums = append(sums, countChange{k[0], k[1], k[2], d})
		}
	}
	slices.SortFunc(sums, func(a, b countChange) int {
		return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.typ, b.typ), cmp.Compare(a.year, b.year))
	})
	return sums, n, nil
}

// queueCountSums queues, on b, the statements that add sums to the totals.
func queueCountSums(b *pgx.Batch, sums []countChange) {
	for _, c := range sums {
		if c.name == "events" {
			b.Queue(`INSERT INTO event_years (type, year, n) VALUES ($1, $2, $3) ON CONFLICT (type, year) DO UPDATE SET n = event_years.n + excluded.n`, c.typ, c.year, c.d)
		} else {
			b.Queue(`UPDATE table_counts SET n = n + $1 WHERE name = $2`, c.d, c.name)
		}
	}
}
