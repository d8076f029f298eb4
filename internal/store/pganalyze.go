package store

// The statistics of a new database's tables as they grow (PostgreSQL).
//
// A foreign-key check is a statement each connection plans once and keeps
// (SELECT 1 FROM ONLY entities x WHERE id = $1 FOR KEY SHARE OF x, and the
// same of events, reports, stories and story_entities). Planned while the
// referenced table is a page or two, it is a scan of the table, and it is
// kept until the table's statistics change. Autovacuum gathers them once a
// tenth of a table's rows changed, but comes by a database at most once a
// minute (its naptime), later on a loaded machine, so that in a new
// database the first minutes' checks scanned tables of thousands of rows
// (docs/scale.md, session 32: 2,565 to 39,684 scans of entities in loads
// of 1,000 stories, their checks 0.3 to 12.9 s). A store that writes
// gathers the statistics of the tables foreign keys reference, and of the
// entities' names (what resolution looks up, pgGuessKeys), when one holds
// more than twice the rows its statistics say (analyzeGrown): a handful of
// times as a database grows (about the logarithm of its rows), and after
// the first minutes hardly ever, autovacuum's tenth coming first. ANALYZE
// makes every connection plan again the statements that read the table.

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgAnalyzeEvery is how often a store that writes asks whether a table
// grew past its statistics.
var pgAnalyzeEvery = 5 * time.Second

// pgAnalyzeMin is the number of rows a table holds, beyond twice the
// rows its statistics say, before they are gathered again: a table
// without statistics is analyzed once it holds that many.
const pgAnalyzeMin = 200

// pgGrown names the tables gathered again as they grow, each with the
// columns analyzed: the stories' id alone (their bodies and text vectors
// are most of the table, and what the checks plan by is the table's size
// and its key), every column of the others.
var pgGrown = map[string]string{
	"entities":       "entities",
	"entity_names":   "entity_names",
	"events":         "events",
	"reports":        "reports",
	"stories":        "stories (id)",
	"story_entities": "story_entities",
}

// pgGrownSQL names the tables of pgGrown ($1) holding more than twice
// the rows their statistics say (reltuples, -1 before any ANALYZE) and
// pgAnalyzeMin more: the live rows from the cumulative statistics, as
// autovacuum reads them.
var pgGrownSQL = `SELECT c.relname FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
	WHERE c.oid = ANY($1::regclass[]) AND s.n_live_tup >= 2 * greatest(c.reltuples, 0) + ` + strconv.Itoa(pgAnalyzeMin) + `
	ORDER BY c.relname`

// analyzeGrown gathers the statistics of the tables of pgGrown that
// grew past twice their rows in them (see above), on c, outside a
// transaction, when this store has not asked for pgAnalyzeEvery. A table
// another session is analyzing or vacuuming is skipped; errors are left,
// for autovacuum still gathers them, later.
func (s *DB) analyzeGrown(ctx context.Context, c *pgx.Conn) {
	now, last := time.Now().UnixNano(), s.analyzed.Load()
	if now-last < int64(pgAnalyzeEvery) || !s.analyzed.CompareAndSwap(last, now) {
		return
	}
	tables := make([]string, 0, len(pgGrown))
	for t := range pgGrown {
		tables = append(tables, t)
	}
	rows, err := c.Query(ctx, pgGrownSQL, tables)
	if err != nil {
		return
	}
	grown, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(grown) == 0 {
		return
	}
	what := make([]string, 0, len(grown))
	for _, t := range grown {
		what = append(what, pgGrown[t])
	}
	if _, err := c.Exec(ctx, `ANALYZE (SKIP_LOCKED) `+strings.Join(what, ", ")); err == nil {
		s.analyzes.Add(int64(len(grown)))
	}
}

// analyzeAfter runs analyzeGrown after a serial batch committed on
// PostgreSQL, on a writing connection (a parallel store asks after its
// folds, foldTx).
func (s *DB) analyzeAfter(ctx context.Context) {
	if !s.d.postgres() || time.Now().UnixNano()-s.analyzed.Load() < int64(pgAnalyzeEvery) {
		return
	}
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	_ = conn.Raw(func(dc any) error {
		s.analyzeGrown(ctx, dc.(*pgConn).Conn.Conn())
		return nil
	})
}

// Analyzed counts the tables this store gathered the statistics of as
// they grew (analyzeGrown).
func (s *DB) Analyzed() int64 { return s.analyzes.Load() }
