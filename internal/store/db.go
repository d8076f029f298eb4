package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DB is the Store on an SQL database: an SQLite file (Open, sqlite.go) or
// a PostgreSQL database (OpenPostgres, postgres.go). Both run the same
// statements, written in SQLite's dialect with `?` placeholders; what
// differs between the engines is the dialect: the schema and its
// migrations, full-text search, the write lock and the errors. On
// PostgreSQL the statements are translated once, at the driver (see
// pgRewrite).
//
// All writes go through one connection holding the prepared statements
// of PutStory; reads use a pool of connections.
type DB struct {
	path string // the file or the database's address, for errors
	d    *dialect
	w    *sql.DB // one connection: every write
	r    *sql.DB // query-only connections
	put  *putStmts
	// gen counts the write transactions committed, for caches of what
	// reads computed (searchCounts).
	gen    atomic.Int64
	counts searchCounts
	// bodies caches the stories unpacked for their evidence (body.go).
	bodies bodyCache
	// sentences caches the evidence sentences unpacked (body.go).
	sentences sentenceCache
	// feats caches the linking features of stored reports (featcache.go);
	// nil on PostgreSQL.
	feats *featCache
	// names answers resolution's look-ups between batches on SQLite
	// (namecache.go); noNames turns it off (SetNameCache).
	namesMu sync.Mutex
	names   *nameCache
	noNames bool
	// noPrefilter makes the candidate lookup return every report sharing
	// an index row (SetPrefilter).
	noPrefilter bool
	// noLook turns the batches' look-ahead off (SetLookAhead).
	noLook bool
	// parallel: story writes run at once under per-key locks
	// (SetParallel, pglocks.go).
	parallel bool
	// retried and serialized count the parallel batches stored again
	// after a deadlock or a conflict, and serially (ParallelStats).
	retried, serialized atomic.Int64
	batches             atomic.Int64 // the batches a parallel store was given
	alone               atomic.Int64 // stored again with keys of resolution taken alone (pglocks.go)
	serialMu            sync.Mutex
	serialWhy           map[string]int64 // serial batches by cause (SerialReasons)
	// vacuumed is when the folds' queues were last vacuumed by this
	// store, in Unix nanoseconds (vacuumQueues, pgpending.go).
	vacuumed atomic.Int64
	// named: the names' statistics are known to exist (analyzeNames,
	// pgpending.go).
	named atomic.Bool
	// analyzed is when this store last asked whether a table grew past
	// its statistics, in Unix nanoseconds, and analyzes how many it
	// analyzed (analyzeGrown, pganalyze.go).
	analyzed atomic.Int64
	analyzes atomic.Int64
	// foldEvery: a parallel store folds what its batches left pending at
	// most this often, by a timer (SetFoldEvery, pgpending.go); 0 after
	// each batch. folded is when its last such fold began (Unix
	// nanoseconds); foldMu guards the timer armed (foldTimer, foldRuns:
	// its fold armed or running) and foldClosed (Close folds what is
	// left).
	foldEvery  time.Duration
	folded     atomic.Int64
	foldMu     sync.Mutex
	foldTimer  *time.Timer
	foldRuns   sync.WaitGroup
	foldClosed bool
	// look is the connection of the batches' look-aheads, lookStats
	// what they did (lookahead.go; SQLite).
	look      lookConn
	lookStats lookStats
	// derives counts how the writer derived events (derive.go).
	derives deriveCounts
}

var _ Store = (*DB)(nil)

// postgres reports whether d is PostgreSQL's dialect, by its name: a
// test may run a copy of the dialect with one statement swapped, which is
// still PostgreSQL (never compare the pointer).
func (d *dialect) postgres() bool { return d.name == pgDialect.name }

// dialect is what an engine does its own way.
type dialect struct {
	name string // "sqlite" or "postgres"
	// fts holds the full-text statements.
	fts ftsSQL
	// matchQueries turns a user's query into the engine's, and into
	// plain words to search again with when the first is not valid
	// syntax ("" when it always is).
	matchQueries func(q string) (first, plain string, err error)
	// retry says whether a search that failed with err is worth trying
	// again as plain words.
	retry func(err error) bool
	// wrap turns the engine's errors into the store's (ErrLocked,
	// ErrNotAnnals), naming path.
	wrap func(path string, err error) error
	// writeLock runs first in every write transaction ("" for none):
	// SQLite takes its write lock at BEGIN IMMEDIATE; PostgreSQL takes an
	// advisory lock, so that two processes writing at once resolve
	// entities and events one after the other, as one would.
	writeLock string
	// snippetText: the snippet statement is given the story's text (the
	// engine's index does not hold it).
	snippetText bool
	// ftsPlan runs first in the read transaction of the full-text
	// statements that select by the index and read little else (count,
	// floor, df, similar: see DB.ftsRead); "" for none.
	ftsPlan string
	// newestPlan runs first in the read transaction of the statements
	// that list matches newest first (fts.newest; see DB.planRead); ""
	// for none.
	newestPlan string
	// bandRuns: new copy-detection bands go to story_bands_new and join
	// story_bands in sorted runs (copies.go, mergeBands).
	bandRuns bool
	// foldKeys: the candidate look-up reads its index rows and folds them
	// (foldedCandidates) instead of having the engine group them
	// (groupedCandidates; cluster.go).
	foldKeys bool
	// nameTrigrams: the trigrams of new names are indexed when a
	// transaction commits (indexNames, schemaV13).
	nameTrigrams bool
	// storySet makes the set of entities of the story ?1 again from its
	// rows of story_entities, run by the writer once it has inserted
	// them ("" when a trigger of the engine does it: PostgreSQL's, once
	// a statement; see schemaV21).
	storySet string
	// counts selects the numbers of stories, entities, events and
	// reports, stories the number of stories; typeYears the events by
	// type and year (type, year, count), the undated last (Stats, Counts).
	counts, stories, typeYears string
	// pendingEvents selects, for the entities whose ids are bound to the
	// placeholders in (a list), the changes to their numbers of events
	// (entities.events) not folded in yet, as (entity, sum of changes);
	// nil when entities.events is always up to date (SQLite: schemaV16;
	// PostgreSQL: pgSchemaV13).
	pendingEvents func(in string) string
	// nameMatch is the condition, on entities, that one of an entity's
	// names holds the normalized query q, with its arguments.
	nameMatch func(q string) (string, []any)
	// byEntity follows the participants table in a join that checks
	// whether an event's participants hold an entity: SQLite is told to
	// look it up in the entity's run of the index by entity (a few
	// pages) rather than by the event's key (a page an event).
	byEntity string
	// byDate and byLong follow the participants table walked for an
	// entity's events in timeline order (entityEventPage): SQLite is told
	// to walk the index by date (schemaV17), and the one of the events
	// spanning years for those.
	byDate, byLong string
	// dated is the condition, on the participant row walked (p0), that
	// its event has a date, written so that the engine reads it as the
	// second column of the index by date held at false (so that the rows
	// come in the order of their dates, a range from a first day a range
	// of the index): SQLite compares the indexed expression with FALSE;
	// PostgreSQL's planner turns that into "date_lo IS NOT NULL", which
	// is no condition on the indexed expression (the walk read every row
	// of the entity in its range, tested each and sorted them), and
	// takes "IS FALSE" for it.
	dated string
	// walkChecks: the walk checks each row for the other entities, the
	// type and the place with a subquery kept apart (apart), not a join.
	// PostgreSQL's planner hashed a join with every participant row of
	// the other entity (the most prominent: most events) and sorted the
	// matches, where the walk in date order stops at the page's end; and
	// a prepared statement's generic plan, its statistics not yet
	// gathered, compared each of the rarer entity's rows with every row
	// of the other (a nested loop over them materialized: 0.5 s for the
	// top two at 9,000 stories).
	walkChecks bool
	// apart ends a subquery (EXISTS) that is to stay a test of each row
	// of the outer statement, in its order: PostgreSQL turns an EXISTS
	// into a join, which it may hash, unless it has an OFFSET; SQLite
	// keeps it so ("").
	apart string
	// typeMerge: the entities of every type are listed by prominence as
	// the merge of each type's range of the index by type and prominence
	// (PostgreSQL: the index by prominence alone is dropped, pgSchemaV17);
	// SQLite reads its index by prominence.
	typeMerge bool
	// idList aggregates a column of integers into one text of them
	// separated by commas (parseIDList): group_concat, string_agg.
	idList func(col string) string
	// sharedEntities is the statement, and its arguments, that selects
	// for the stories in a JSON array of ids the entities each names
	// among those in another (mine) as records "story:ids" (the ids
	// separated by commas), records separated by semicolons in rows of
	// one text column: in any order, one or more records a row, one or
	// more records a story; an engine may also give others, which
	// Related leaves.
	sharedEntities func(ids, mine string) (string, []any)
	// entitySet is a story's row of story_entity_sets as the text of its
	// ids separated by commas (parseIDList), sorted and each once.
	entitySet string
}

// nameLike is nameMatch by reading the names (a walk of their index on
// SQLite; PostgreSQL's trigram index serves it, schema v10).
func nameLike(q string) (string, []any) {
	return `id IN (SELECT entity_id FROM entity_names WHERE norm LIKE ? ESCAPE '\')`, []any{"%" + likeEscape(q) + "%"}
}

// sqliteNameMatch is nameMatch through the trigrams of the names
// (schemaV13): the entities whose names hold each trigram of q (and any
// whose new names a transaction has not indexed yet), each then checked
// by its own names. A query shorter than a trigram reads the names.
func sqliteNameMatch(q string) (string, []any) {
	r := []rune(q)
	if len(r) < 3 {
		return nameLike(q)
	}
	var tris []string
	seen := map[string]bool{}
	for i := 0; i+3 <= len(r); i++ {
		t := string(r[i : i+3])
		if !seen[t] {
			seen[t] = true
			tris = append(tris, `"`+strings.ReplaceAll(t, `"`, `""`)+`"`)
		}
	}
	return `id IN (SELECT rowid FROM entity_trigrams WHERE entity_trigrams MATCH ? UNION SELECT entity_id FROM entity_names_new)
		AND EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = entity_counts.id AND n.norm LIKE ? ESCAPE '\')`,
		[]any{strings.Join(tris, " AND "), "%" + likeEscape(q) + "%"}
}

// ftsSQL are the statements of full-text search. Each takes the engine's
// query (see dialect.matchQueries) as its first argument, except snippet,
// whose arguments are (open, close, query, story id).
type ftsSQL struct {
	// ins and del keep an external index in step with the stories table
	// (args: id, title, text); "" when the engine indexes the table itself.
	ins, del string
	// row is the engine's own index column of a story (PostgreSQL's
	// tsvector), written by the story's INSERT and UPDATE themselves, and
	// its value of the title and the text given as placeholders; nil when
	// ins and del keep an external index.
	row func(title, text string) (col, val string)
	// count counts the matches.
	count string
	// floor returns the id of the (n+1)-th newest match (args: query, n).
	floor string
	// page ranks the matches from id floor on, columns (rowid, rank),
	// best (lowest rank) first (args: query, floor, limit, offset).
	page string
	// pageSnippets is page with a third column, the snippet (args: open,
	// close, query, floor, limit, offset); "" when the engine makes
	// snippets apart (see snippet).
	pageSnippets string
	// window ranks the matches with ids in [lo, hi], columns (id, rank)
	// (args: query, lo, hi, limit).
	window string
	// snippet is a story's text around the matches, matched terms
	// between open and close. When dialect.snippetText is set, its
	// arguments are (open, close, query, the story's text).
	snippet string
	// headline is snippet with the matched terms between chr(57344) and
	// chr(57345) (headlineStart, headlineStop) (args: query, a text),
	// and bodies reads the stories whose snippets it makes (args:
	// query, the ids as a JSON array), columns (id, body, first, terms):
	// first is the position of the query's first match in the text, as
	// to_tsvector counts, when the query is one lexeme, else NULL;
	// terms, when the query is of several lexemes all required, their
	// positions in the text (see termsCovers), else NULL (see
	// DB.snippetsOfTexts); both "" unless dialect.snippetText is set.
	headline, bodies string
	// snippets is snippet for several stories at once, columns (rowid,
	// snippet) (args: open, close, query, lowest id, highest id, the ids
	// as a JSON array); "" when the engine has none.
	snippets string
	// pageWithin is page ranking the matches of one query (args: rank
	// query, floor) among those of another (args: query, floor, limit,
	// offset), and windowWithin is window so (args: rank query, lo, hi,
	// query, lo, hi, limit); "" when the engine has none
	// (DB.informativePart).
	pageWithin, windowWithin string
	// newest lists the matches newest first (by id), column rowid (args:
	// query, limit, offset): no rank, so no term's positions read.
	newest string
	// newestSnippets is newest with a second column, the snippet (args:
	// open, close, query, limit, offset); "" as pageSnippets.
	newestSnippets string
	// df counts the matches, up to a bound (args: query, bound).
	df string
	// similar ranks the 30 best of the newest similarCap matches other
	// than a story, columns (rowid, rank) (args: query, story id; with
	// similarRank, query, rank function, story id).
	similar string
	// similarRank: similar takes after the query the rank function,
	// annals_bm25 given each word's count of stories (rankSpec).
	similarRank bool
	// rankMatch: the ranking statements (page, pageSnippets, window,
	// pageWithin, windowWithin) take after the query they rank the rank
	// function to use (FTS5's rank MATCH ?; DB.rankArgs).
	rankMatch bool
}

// similarCap bounds the matches of a story's title words that Related
// ranks for similar text: the newest so many, on both engines. Ranking
// reads each match's length (SQLite) or vector (PostgreSQL, about 5 KB
// out of line): the words of a title found in at most a tenth of the
// stories matched 30,000 and more of 98,685, and ranking them all was
// three quarters of a story page (docs/performance.md).
const similarCap = 300

// migration is a change of schema: statements, then what Go computes
// (fill, nil for nothing), then more statements (after).
type migration struct {
	sql   string
	fill  func(ctx context.Context, tx *sql.Tx) error
	after string
}

// pages reads the rows of query page by page for a migration's data step
// and hands each page to do, until a page is empty. query takes the id
// after which its page starts ("... WHERE id > ? ORDER BY id LIMIT n");
// scan reads one row and says its id. A page is read whole before do
// writes, so that no statement reads while another writes.
func pages[T any](ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) (T, int64, error), do func([]T) error) error {
	var last int64
	for {
		rows, err := tx.QueryContext(ctx, query, last)
		if err != nil {
			return err
		}
		var page []T
		for rows.Next() {
			v, id, err := scan(rows)
			if err != nil {
				rows.Close()
				return err
			}
			page, last = append(page, v), id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		if err := do(page); err != nil {
			return err
		}
	}
}

// run applies m in tx, each statement text through ddl first.
func (m migration) run(ctx context.Context, tx *sql.Tx, ddl func(string) string) error {
	if m.sql != "" {
		if _, err := tx.ExecContext(ctx, ddl(m.sql)); err != nil {
			return err
		}
	}
	if m.fill != nil {
		if err := m.fill(ctx, tx); err != nil {
			return err
		}
	}
	if m.after != "" {
		if _, err := tx.ExecContext(ctx, ddl(m.after)); err != nil {
			return err
		}
	}
	return nil
}

// wrap turns the engine's errors into the store's, naming the database.
func (s *DB) wrap(err error) error {
	if err == nil {
		return nil
	}
	return s.d.wrap(s.path, err)
}

// SetPrefilter turns the candidate prefilter (chronicle.MayLink, on by
// default) on or off. Off, linking reads every report that shares an
// index row with a new one, as before the prefilter: the tests compare
// the chronicles both ways, which must be equal while no look-up meets
// more than chronicle.MaxCandidates reports.
func (s *DB) SetPrefilter(on bool) { s.noPrefilter = !on }

// SetLookAhead turns the look-ahead of SQLite batches (lookahead.go, on
// by default) on or off: the tests compare the chronicles both ways,
// which must be equal.
func (s *DB) SetLookAhead(on bool) { s.noLook = !on }

// SetNameCache turns the cache of resolution's look-ups (namecache.go,
// on by default on SQLite) on or off: the tests compare the stores both
// ways, which must be equal.
func (s *DB) SetNameCache(on bool) { s.noNames = !on }

// Close closes the database.
func (s *DB) Close() error {
	s.foldLeft()
	if s.put != nil {
		s.put.close()
	}
	var err error
	s.look.close()
	if s.r != nil {
		err = s.r.Close()
	}
	if s.w != nil {
		err = errors.Join(err, s.w.Close())
	}
	return err
}

// Dialect names the engine: "sqlite" or "postgres".
func (s *DB) Dialect() string { return s.d.name }

// IsPostgres says whether target (a --db value) names a PostgreSQL
// database (a postgres:// or postgresql:// address) rather than an SQLite
// file.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// OpenTarget opens the database target names: a PostgreSQL database when
// it is a postgres:// address (see OpenPostgres), else the SQLite file at
// that path (see Open).
func OpenTarget(ctx context.Context, target string) (*DB, error) {
	if IsPostgres(target) {
		return OpenPostgres(ctx, target)
	}
	return Open(target)
}
