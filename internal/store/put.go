package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// putStmts are the statements of PutStory and DeleteStory, prepared once on
// the writing connection and bound to each transaction with tx.Stmt.
type putStmts struct {
	storyByHash, storyByPath, storyByID *sql.Stmt
	insStory, updStory, delStory        *sql.Stmt
	ftsIns, ftsDel                      *sql.Stmt

	byRef, byName                  *sql.Stmt
	insEntity, setRef, bumpEntity  *sql.Stmt
	upsertName, decName, dropNames *sql.Stmt
	renameEntity, gcEntity         *sql.Stmt
	renameEntities                 *sql.Stmt
	insEvent, insPart              *sql.Stmt
	insEventAfter                  *sql.Stmt // SQLite
	// the inserts of a parallel transaction, ids from the sequences
	// (PostgreSQL only; see pglocks.go)
	insStoryN, insEntityN, insEventN *sql.Stmt
	moveReports, setReportEvent      *sql.Stmt
	backlink, delEvent, insRule      *sql.Stmt

	storyEntities, storyReports                *sql.Stmt
	delFigures, delDates, delRoles, delReports *sql.Stmt
	delStoryEntities                           *sql.Stmt
	all                                        []*sql.Stmt
	text                                       map[*sql.Stmt]string // each one's SQL, for pgx batches

	// cache holds the statements whose text is built at run time (IN
	// lists, multi-row inserts), prepared once per distinct text: parsing
	// SQL took a seventh of ingestion before.
	mu    sync.Mutex
	cache map[string]*sql.Stmt
	want  map[string]bool
	db    *sql.DB
}

func preparePut(db *sql.DB, d *dialect) (*putStmts, error) {
	p := &putStmts{cache: map[string]*sql.Stmt{}, db: db, text: map[*sql.Stmt]string{}}
	// the engine's index column written in the story's row, of the title
	// (?4 of the INSERT, ?3 of the UPDATE) and the text (?10 of both)
	var rowCol, insRow, updRow string
	if d.fts.row != nil {
		col, val := d.fts.row("?4", "?10")
		rowCol, insRow = ", "+col, ", "+val
		col, val = d.fts.row("?3", "?10")
		updRow = ", " + col + " = " + val
	}
	for _, q := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&p.storyByHash, `SELECT id FROM stories WHERE hash = ?`},
		{&p.storyByPath, `SELECT id, title, body FROM stories WHERE path = ?`},
		{&p.storyByID, `SELECT title, body FROM stories WHERE id = ?`},
		{&p.insStoryN, pgOnly(d, `INSERT INTO stories (id, path, hash, format, title, published, pub_lo, body, ingested, url`+rowCol+`)
			VALUES (`+seqID("stories")+`, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9`+insRow+`) RETURNING id`)},
		{&p.insStory, `INSERT INTO stories (id, path, hash, format, title, published, pub_lo, body, ingested, url` + rowCol + `)
			VALUES (` + nextID("stories") + `, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9` + insRow + `) RETURNING id`},
		{&p.updStory, `UPDATE stories SET hash = ?1, format = ?2, title = ?3, published = ?4, pub_lo = ?5, body = ?6, ingested = ?7, url = ?8` + updRow + `
			WHERE id = ?9`},
		{&p.delStory, `DELETE FROM stories WHERE id = ?`},
		{&p.ftsIns, d.fts.ins},
		{&p.ftsDel, d.fts.del},

		{&p.byRef, `SELECT id FROM entities WHERE ref = ? AND label = ?`},
		{&p.byName, `SELECT n.entity_id, coalesce(e.ref, '') FROM entity_names n JOIN entities e ON e.id = n.entity_id
			WHERE n.norm = ? AND n.strong = 1 AND e.type = ? AND e.label = ? ORDER BY n.entity_id`},
		{&p.insEntity, `INSERT INTO entities (id, type, name, ref, label) VALUES (` + nextID("entities") + `, ?, ?, ?, ?) RETURNING id`},
		{&p.insEntityN, pgOnly(d, `INSERT INTO entities (id, type, name, ref, label) VALUES (`+seqID("entities")+`, ?, ?, ?, ?) RETURNING id`)},
		{&p.setRef, `UPDATE entities SET ref = ? WHERE id = ? AND ref IS NULL`},
		{&p.bumpEntity, `UPDATE entity_counts SET stories = stories + ?, mentions = mentions + ? WHERE id = ?`},
		{&p.upsertName, upsertNameHead + `(?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)` + upsertNameTail},
		{&p.decName, `UPDATE entity_names SET seen = seen - 1 WHERE entity_id = ? AND norm = ?`},
		{&p.dropNames, `DELETE FROM entity_names WHERE entity_id = ? AND seen <= 0`},
		{&p.renameEntity, renameEntity},
		{&p.renameEntities, renameEntities},
		{&p.gcEntity, `DELETE FROM entities WHERE id = ?1 AND (SELECT stories FROM entity_counts WHERE id = ?1) <= 0
			AND NOT EXISTS (SELECT 1 FROM story_entities WHERE entity_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM event_participants WHERE entity_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM events WHERE place_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM reports WHERE place_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM roles WHERE person_id = ?1 OR org_id = ?1)`},
		{&p.insEvent, `INSERT INTO events (id, type, title, date, date_end, date_lo, date_hi, place, place_norm, place_id, status)
			VALUES (` + nextID("events") + `, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`},
		{&p.insEventN, pgOnly(d, `INSERT INTO events (id, type, title, date, date_end, date_lo, date_hi, place, place_norm, place_id, status)
			VALUES (`+seqID("events")+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)},
		// with the event's dates, kept by trigger after (schemaV17)
		{&p.insPart, `INSERT OR IGNORE INTO event_participants (event_id, entity_id, date_lo, date_hi)
			SELECT id, CAST(?2 AS BIGINT), date_lo, date_hi FROM events WHERE id = ?1`},
		{&p.moveReports, `UPDATE reports SET event_id = ? WHERE event_id = ?`},
		{&p.setReportEvent, `UPDATE reports SET event_id = ?, link = ? WHERE id = ?`},
		{&p.backlink, `UPDATE reports SET link = ? WHERE id = ? AND link LIKE 'new%'`},
		{&p.delEvent, `DELETE FROM events WHERE id = ?`},
		// a new event of a settle (SQLite): after the largest id and
		// after ?11, the id the story's own event would have had
		// (freshEvent; 0 for none)
		{&p.insEventAfter, sqliteStmt(d, `INSERT INTO events (id, type, title, date, date_end, date_lo, date_hi, place, place_norm, place_id, status)
			VALUES (max((SELECT coalesce(max(id), 0) FROM events), ?11) + 1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id`)},
		{&p.insRule, `INSERT INTO rules (id, kind, type, from_path, from_norm, to_norm, to_path, note, created) VALUES (` + nextID("rules") + `, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`},

		{&p.storyEntities, `SELECT entity_id, type, name, aliases, former, mentions FROM story_entities WHERE story_id = ?`},
		{&p.storyReports, `SELECT event_id FROM reports WHERE story_id = ?`},
		{&p.delFigures, `DELETE FROM figures WHERE story_id = ?`},
		{&p.delDates, `DELETE FROM dates WHERE story_id = ?`},
		{&p.delRoles, `DELETE FROM roles WHERE story_id = ?`},
		{&p.delReports, `DELETE FROM reports WHERE story_id = ?`},
		{&p.delStoryEntities, `DELETE FROM story_entities WHERE story_id = ?`},
	} {
		if q.sql == "" {
			continue // not this engine's
		}
		st, err := db.Prepare(q.sql)
		if err != nil {
			p.close()
			return nil, fmt.Errorf("preparing %q: %w", strings.Fields(q.sql)[0:3], err)
		}
		*q.dst = st
		p.all = append(p.all, st)
		p.text[st] = q.sql
	}
	return p, nil
}

func (p *putStmts) close() {
	for _, s := range p.all {
		s.Close()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.cache {
		s.Close()
	}
	clear(p.cache)
}

// maxCached bounds the run-time statements kept prepared (texts vary only
// by their number of placeholders); past it, the rare others are prepared
// by each transaction that runs them.
const maxCached = 512

// cached returns the prepared statement of q, or nil when it is not
// prepared yet: then it is noted, to be prepared before the next
// transaction (the writing connection is busy while one runs).
func (p *putStmts) cached(q string) *sql.Stmt {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.cache[q]; ok {
		return st
	}
	if p.want == nil {
		p.want = map[string]bool{}
	}
	p.want[q] = true
	return nil
}

// prepareWanted prepares the statements noted by cached; called between
// transactions, when the writing connection is free.
func (p *putStmts) prepareWanted(ctx context.Context) {
	p.mu.Lock()
	var qs []string
	for q := range p.want {
		qs = append(qs, q)
	}
	clear(p.want)
	room := maxCached - len(p.cache)
	p.mu.Unlock()
	if len(qs) > room {
		qs = qs[:max(room, 0)]
	}
	for _, q := range qs {
		st, err := p.db.PrepareContext(ctx, q)
		if err != nil {
			continue // the transaction that runs it reports the error
		}
		p.mu.Lock()
		_, had := p.cache[q]
		if !had {
			p.cache[q] = st
		}
		p.mu.Unlock()
		if had {
			// Prepared meanwhile by another writer (parallel stores).
			// Closed without p.mu held: closing waits for each
			// connection it was prepared on, and one may be waiting in
			// PostgreSQL for a lock held by a transaction that wants p.mu.
			st.Close()
		}
	}
}

// orFail: the writer's UPDATEs of many rows, and of one row with a
// trigger (SQLite calls both "multi-write" statements), are written
// UPDATE OR FAIL on SQLite (PostgreSQL reads an UPDATE, pgRewrite). With
// the default conflict clause (ABORT) such a statement that may fail on
// a NOT NULL column it sets makes SQLite open a statement journal, a
// copy of each page the statement first changes, freed at its end, so
// that a failure takes its rows back; with FAIL the rows written before
// the failure stay, and the journal is not kept. A failure of any of
// the writer's statements rolls the transaction (or the story's
// savepoint) back, so the rows it left go with it: where nothing fails,
// the rows written are the same. A statement that writes rows with
// immediate foreign keys (the inserts of a story's facts) keeps its
// journal whatever its clause.

// nextID is the id of a new row of table: one more than the largest, as
// SQLite numbers rows, and on every engine alike (the write lock is
// held), so that one story set stored in two engines has the same ids.
func nextID(table string) string {
	return "(SELECT coalesce(max(id), 0) + 1 FROM " + table + ")"
}

// seqID is the id of a new row of table from its identity sequence
// (PostgreSQL): the column's default, an identity since pgSchemaV2
// (pgIDTables). It was nextval(pg_get_serial_sequence(table, 'id')),
// which looked the sequence up in the catalog at each row (pg_depend:
// some 10 buffers) to take the same value (docs/scale.md, session 31).
func seqID(string) string {
	return "DEFAULT"
}

// sqliteStmt is q on SQLite, "" (not prepared) on PostgreSQL.
func sqliteStmt(d *dialect, q string) string {
	if d.postgres() {
		return ""
	}
	return q
}

// pgOnly is q on PostgreSQL, "" (not prepared) on SQLite.
func pgOnly(d *dialect, q string) string {
	if !d.postgres() {
		return ""
	}
	return q
}

// least and greatest are the smaller and the larger of two values, in
// SQL that every engine reads (SQLite's min(a, b) is PostgreSQL's least).
func least(a, b string) string {
	return "(CASE WHEN " + a + " <= " + b + " THEN " + a + " ELSE " + b + " END)"
}

func greatest(a, b string) string {
	return "(CASE WHEN " + a + " >= " + b + " THEN " + a + " ELSE " + b + " END)"
}

// kindRank is the SQL form of resolve.Kind.Rank.
func kindRank(col string) string {
	return "(CASE " + col + " WHEN 'former' THEN 0 WHEN 'acronym' THEN 1 WHEN 'name' THEN 2 ELSE 3 END)"
}

// upsertNameHead and upsertNameTail enclose the rows of an upsert of
// entity_names: one more sighting of a name of an entity (see keepForm).
var (
	upsertNameHead = `INSERT INTO entity_names AS n (entity_id, norm, name, kind, strong, until, seen, form_rank) VALUES `
	upsertNameTail = `
			ON CONFLICT (entity_id, norm) DO UPDATE SET seen = n.seen + 1, strong = ` + greatest("n.strong", "excluded.strong") + `,
			until = CASE WHEN excluded.until <> '' THEN excluded.until ELSE n.until END, ` + keepForm
)

// renameEntity chooses the display name of an entity from its names;
// renameEntities that of each entity of a JSON array of ids (orFail).
// An entity's row is written only when its name changes (its counters
// are in entity_counts: entcounts.go).
var (
	renameEntity   = `UPDATE entities SET name = coalesce(` + displayName("?1") + `, name) WHERE id = ?1 AND name <> coalesce(` + displayName("?1") + `, name)`
	renameEntities = `UPDATE OR FAIL entities SET name = coalesce(` + displayName("entities.id") + `, name) WHERE id IN (SELECT value FROM json_each(?))
		AND name <> coalesce(` + displayName("entities.id") + `, name)`
)

// displayName is the name entity id (an SQL expression) is shown under:
// of its names not former, a name before an alias, the most seen, the
// longest, the first in byte order.
func displayName(id string) string {
	return `(SELECT name FROM entity_names WHERE entity_id = ` + id + ` AND kind <> 'former'
	ORDER BY kind <> 'name', seen DESC, length(name) DESC, name LIMIT 1)`
}

// putTx is one write transaction with its statements bound to it.
type putTx struct {
	s     *DB
	ctx   context.Context
	tx    *sql.Tx
	stmts *putStmts
	bound map[*sql.Stmt]*sql.Stmt
	local map[string]*sql.Stmt // run-time statements prepared for this transaction only
	// noRules caches whether the rules table is empty (2) or not (1) for
	// the transaction's stories; 0 until asked. Rules written by the
	// transaction itself (annals merge, split) are stored before it asks.
	noRules int
	// touched entities and events, to rename, refresh or delete at the
	// end; only entities that lost a story can lose their last one.
	entities map[int64]bool
	lost     map[int64]bool
	events   map[int64]bool    // events whose reports are to be settled
	derive   map[int64]bool    // events whose fields are to be derived again from all their reports
	added    map[int64][]int64 // events that only gained reports: the new reports, folded in (derive.go)
	fresh    map[int64]bool    // the events made for this transaction's new reports
	// unmade is the id the story's own event would have had, not written
	// (SQLite, freshEvent), 0 otherwise; holding says the event the
	// stories' new reports wait on (holdingEvent) is written, mayHold that
	// it may be (a story rolled back to its savepoint may have taken it).
	unmade           int64
	holding, mayHold bool
	// blank are the events the story made (its own, and the new events
	// of its settle) not folded yet: they have no aggregate rows
	// (foldBlank)
	blank map[int64]bool
	// feats are the report features the transaction read, for the cache
	// once it commits (featcache.go); cand the event and link of the
	// candidates the running settle found.
	feats map[int64]*chronicle.Report
	cand  map[int64]chronicle.Candidate
	kfold keyFold // the candidate look-up's, reused (cluster.go)
	// label restricts resolution to the entities split apart under it
	// (annals split); "" for the others.
	label string
	// keyed: a parallel transaction, under per-key locks (pglocks.go);
	// held are the locks it holds (true: alone, false: shared), force the
	// keys of resolution to take alone however established they are,
	// byName what resolution read of each (type, name), and pending the
	// rows of entity_pending its story writes (pgpending.go).
	keyed   bool
	held    map[int64]bool
	force   map[int64]bool
	byName  map[string][]int64
	pending []any
	// known is what resolution will ask of the story being resolved,
	// read at once on PostgreSQL (prefetchNames), nil otherwise.
	known *knownNames
	seen  []int64 // the locks of the candidates' events, while settling
	// On PostgreSQL the writes whose results nothing waits for are sent
	// together, as one pgx batch (one round trip), before the next
	// statement that reads (pgbatch.go): conn is the transaction's
	// connection, later the writes waiting, flushErr the error of the
	// last batch sent.
	conn     *sql.Conn
	later    []laterWrite
	flushErr error
	// look reads the candidate look-ups of the batch's new reports
	// beside the writer; nil when off (lookahead.go).
	look *lookAhead
	// names answers resolution's look-ups on SQLite (namecache.go); nil
	// when they are asked of the file. keepNames: given back to the
	// store when the transaction commits.
	names     *nameCache
	keepNames bool
	// upserts are the rows of the names' upserts of the story being
	// resolved, on SQLite, written in one statement (flushNames) before
	// anything reads the names; nil on PostgreSQL.
	upserts []any
	// ftsRows are the rows of the batch's stories for the text index,
	// written together before the commit (flushFTS) when the batch has
	// no savepoints (laterFTS); else each story writes its own.
	ftsRows  []any
	laterFTS bool
	// counts are the story and mention counts the batch adds to
	// entities, written together (flushCounts) before the commit and
	// before anything reads or rewrites an entity's counters, when
	// laterCounts (a batch without savepoints on SQLite); else each
	// story writes its own.
	counts      map[int64][2]int64
	laterCounts bool
	// drawn are the ids of new rows of story_entities and reports
	// that a parallel transaction drew for its stories with its lock
	// (beginFor), in order; newIDs takes them.
	drawn map[string][]int64
}

// rowArgs are the arguments of the story's INSERT or UPDATE: args, and
// its text when the engine's index column is written in the row
// (ftsSQL.row).
func (t *putTx) rowArgs(st *annals.Story, args ...any) []any {
	if t.s.d.fts.row != nil {
		args = append(args, st.Text)
	}
	return args
}

// ins is the insert of a serial transaction or the one of a parallel one.
func (t *putTx) ins(serial, parallel *sql.Stmt) *sql.Stmt {
	if t.keyed {
		return parallel
	}
	return serial
}

func (t *putTx) stmt(s *sql.Stmt) *sql.Stmt {
	t.flush()
	b, ok := t.bound[s]
	if !ok {
		b = t.tx.StmtContext(t.ctx, s)
		t.bound[s] = b
	}
	return b
}

// prep returns the statement q, built at run time, bound to the
// transaction: prepared once for the store (see putStmts.cache), or, the
// first time, for this transaction only.
func (t *putTx) prep(q string) (*sql.Stmt, error) {
	t.flush()
	if st := t.stmts.cached(q); st != nil {
		return t.stmt(st), nil
	}
	if st, ok := t.local[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	t.local[q] = st
	return st, nil
}

// run executes a statement built at run time inside the transaction.
func (t *putTx) run(q string, args ...any) (sql.Result, error) {
	st, err := t.prep(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

// query is run for a query.
func (t *putTx) query(q string, args ...any) (*sql.Rows, error) {
	st, err := t.prep(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

// scan is run for a query of one row, scanned into dst; sql.ErrNoRows
// when it returns none.
func (t *putTx) scan(q string, args []any, dst ...any) error {
	st, err := t.prep(q)
	if err != nil {
		return err
	}
	return st.QueryRowContext(t.ctx, args...).Scan(dst...)
}

func (t *putTx) exec(s *sql.Stmt, args ...any) error {
	if t.conn != nil {
		t.later = append(t.later, laterWrite{t.stmts.text[s], args})
		return nil
	}
	_, err := t.stmt(s).ExecContext(t.ctx, args...)
	return err
}

// id runs a statement returning one integer (an INSERT ... RETURNING id or
// a lookup); ok is false when it returned no row.
func (t *putTx) id(s *sql.Stmt, args ...any) (id int64, ok bool, err error) {
	err = t.stmt(s).QueryRowContext(t.ctx, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// ByRef implements resolve.Lookup inside the transaction.
func (t *putTx) ByRef(ref string) (int64, bool, error) {
	if id, ok, known := t.known.byRef(ref, t.label); known {
		return id, ok, nil
	}
	if t.names != nil && t.label == "" {
		if id, ok, known := t.names.byRef(ref); known {
			if nameCheck {
				return id, ok, t.checkRef(ref, id, ok)
			}
			return id, ok, nil
		}
		id, ok, err := t.id(t.stmts.byRef, ref, "")
		if err == nil {
			t.names.refs[ref] = id
		}
		return id, ok, err
	}
	return t.id(t.stmts.byRef, ref, t.label)
}

// ByName implements resolve.Lookup inside the transaction.
func (t *putTx) ByName(typ annals.EntityType, norm string) ([]resolve.Candidate, error) {
	if out, known := t.known.byName(typ, norm, t.label); known {
		if t.keyed {
			ids := make([]int64, len(out))
			for i, c := range out {
				ids[i] = c.ID
			}
			t.byName[nameOf(typ, norm)] = ids
		}
		return out, nil
	}
	if t.names != nil && t.label == "" {
		if out, known := t.names.byName(typ, norm); known {
			if nameCheck {
				return out, t.checkName(typ, norm, out)
			}
			return out, nil
		}
		out, err := t.byNameSQL(typ, norm)
		if err == nil {
			t.names.readName(typ, norm, out)
		}
		return out, err
	}
	return t.byNameSQL(typ, norm)
}

// byNameSQL is ByName asked of the database.
func (t *putTx) byNameSQL(typ annals.EntityType, norm string) ([]resolve.Candidate, error) {
	if err := t.flushName(norm); err != nil {
		return nil, err
	}
	rows, err := t.stmt(t.stmts.byName).QueryContext(t.ctx, norm, string(typ), t.label)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []resolve.Candidate
	var ids []int64
	for rows.Next() {
		var c resolve.Candidate
		if err := rows.Scan(&c.ID, &c.Ref); err != nil {
			return nil, err
		}
		out = append(out, c)
		ids = append(ids, c.ID)
	}
	if t.keyed {
		t.byName[nameOf(typ, norm)] = ids
	}
	return out, rows.Err()
}

// nameOf is the key of a name of an entity type in putTx.byName.
func nameOf(typ annals.EntityType, norm string) string { return string(typ) + "\x00" + norm }

var _ resolve.Lookup = (*putTx)(nil)

// commit commits the transaction and tells the read side's caches that
// the store changed.
func (t *putTx) commit() error {
	if t.mayHold {
		// every report that waited on it was moved (a report left on
		// it fails the delete); before the text index's rows, which
		// FTS5 flushes at the next statement opening a savepoint
		if err := t.write(`DELETE FROM events WHERE id = ?`, holdingEvent); err != nil {
			return err
		}
		t.holding, t.mayHold = false, false
	}
	if err := t.flushCounts(); err != nil {
		return err
	}
	if err := t.flushFTS(); err != nil {
		return err
	}
	if err := t.flushed(); err != nil {
		return err
	}
	if t.s.d.bandRuns {
		if err := t.mergeBands(); err != nil {
			return err
		}
	}
	if t.s.d.nameTrigrams {
		if err := t.indexNames(); err != nil {
			return err
		}
	}
	if t.s.d.postgres() && !t.keyed {
		// a serial transaction gave ids after the largest: the sequences
		// of parallel ones give the next (pglocks.go)
		if _, err := t.tx.ExecContext(t.ctx, pgSyncIDs); err != nil {
			return err
		}
	}
	err := t.tx.Commit()
	t.s.gen.Add(1)
	if err == nil && t.s.feats != nil {
		t.s.feats.merge(t.feats)
	}
	if err == nil && t.keepNames && t.names != nil {
		t.s.giveNames(t.names)
	}
	t.names = nil
	clear(t.feats)
	return err
}

// reset forgets what the transaction's previous story touched.
func (t *putTx) reset() {
	clear(t.entities)
	clear(t.lost)
	clear(t.events)
	clear(t.derive)
	clear(t.added)
	clear(t.fresh)
	clear(t.blank)
	clear(t.byName)
	t.unmade = 0
	t.upserts = t.upserts[:0]
	t.known = nil
	t.pending = t.pending[:0]
	t.label = ""
}

// begin starts a serial write transaction.
func (s *DB) begin(ctx context.Context) (*putTx, error) {
	t, err := s.beginMode(ctx, false)
	if t != nil {
		t.names = nil // taken from the store and dropped: its writes are not followed
	}
	return t, err
}

// beginMode starts a write transaction: a parallel one (keyed, see
// pglocks.go) or a serial one.
func (s *DB) beginMode(ctx context.Context, keyed bool) (*putTx, error) {
	return s.beginFor(ctx, keyed, nil)
}

// beginFor is beginMode for the stories of batch: a parallel transaction
// draws the ids of their story entities and reports (newIDs) in the
// statement that takes its shared write lock, where each story drew
// them in two statements of its own.
func (s *DB) beginFor(ctx context.Context, keyed bool, batch []Put) (*putTx, error) {
	s.put.prepareWanted(ctx)
	var conn *sql.Conn
	var tx *sql.Tx
	var err error
	if s.d.postgres() {
		if conn, err = s.w.Conn(ctx); err != nil {
			return nil, s.wrap(err)
		}
		tx, err = conn.BeginTx(ctx, nil)
		if err != nil {
			conn.Close()
		}
	} else {
		tx, err = s.w.BeginTx(ctx, nil)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	lock := s.d.writeLock
	if keyed {
		lock = `SELECT pg_advisory_xact_lock_shared(` + strconv.Itoa(pgWriteLock) + `)`
	}
	var drawn map[string][]int64
	if keyed && s.d.postgres() && len(batch) > 0 {
		if drawn, err = drawIDs(ctx, tx, batch); err != nil {
			tx.Rollback()
			conn.Close()
			return nil, s.wrap(err)
		}
		lock = ""
	}
	if lock != "" {
		if _, err := tx.ExecContext(ctx, lock); err != nil {
			tx.Rollback()
			if conn != nil {
				conn.Close()
			}
			return nil, s.wrap(err)
		}
	}
	if s.d.postgres() && !keyed {
		// A serial transaction runs alone: what parallel ones left
		// pending is folded first, so that it reads every count
		// (pgpending.go).
		err := conn.Raw(func(dc any) error { return foldPending(ctx, dc.(*pgConn).Conn.Conn()) })
		if err != nil {
			tx.Rollback()
			conn.Close()
			return nil, s.wrap(err)
		}
	}
	var names *nameCache
	if s.feats != nil {
		var v int64
		if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
			tx.Rollback()
			if conn != nil {
				conn.Close()
			}
			return nil, s.wrap(err)
		}
		s.feats.check(v)
		// every transaction takes it: one that does not give it back
		// leaves the next an empty one
		names = s.takeNames(v)
	}
	if keyed {
		names = nil
	}
	return &putTx{s: s, ctx: ctx, tx: tx, stmts: s.put, bound: map[*sql.Stmt]*sql.Stmt{}, local: map[string]*sql.Stmt{}, names: names,
		entities: map[int64]bool{}, lost: map[int64]bool{}, events: map[int64]bool{}, derive: map[int64]bool{},
		added: map[int64][]int64{}, fresh: map[int64]bool{}, blank: map[int64]bool{}, feats: map[int64]*chronicle.Report{}, cand: map[int64]chronicle.Candidate{},
		keyed: keyed, held: map[int64]bool{}, byName: map[string][]int64{}, conn: conn, drawn: drawn}, nil
}

// PutStory stores st and the facts of doc in one transaction.
//
// When a story with the same content hash is stored, nothing changes and
// the result says Skipped. When a story with the same path but other
// content is stored, its facts, text and reports are replaced and its id
// kept (Replaced). Story fields left empty are taken from doc (Title,
// Published) or computed (Hash from Raw, Ingested now). Every span must lie
// inside st.Raw; an invalid story is an error wrapping ErrInvalid, and on
// any error nothing is written.
func (s *DB) PutStory(ctx context.Context, st *annals.Story, doc *annals.Document) (PutResult, error) {
	res, errs, err := s.PutStories(ctx, []Put{{Story: st, Doc: doc}})
	if err != nil {
		return PutResult{}, err
	}
	if errs[0] != nil {
		return PutResult{}, errs[0]
	}
	return res[0], nil
}

// Put is one story and its facts for PutStories.
type Put struct {
	Story *annals.Story
	Doc   *annals.Document
	// Pre, when not nil, is Prepare of the story's bytes, computed
	// before the batch (by the caller, on another goroutine than the
	// writer's); PutStories computes what it lacks.
	Pre *Prepared
}

// PutStories stores many stories in one transaction, each as PutStory
// would, in order: a story that fails (invalid, or an error of its own)
// is rolled back alone and its error returned in errs at its index; the
// others are committed together. err is an error of the whole batch
// (nothing is stored). A process killed during a batch loses the batch
// and nothing else: the stories committed before it stay, and ingesting
// the same files again stores exactly the ones lost.
//
// On a parallel store (SetParallel) the batch is one transaction among
// others storing at once; when PostgreSQL aborts it to break a deadlock,
// or it meets what only a serial transaction stores, it is stored again
// from the start (pglocks.go).
func (s *DB) PutStories(ctx context.Context, batch []Put) (res []PutResult, errs []error, err error) {
	keyed := s.parallel
	guarded := false
	if keyed {
		s.batches.Add(1)
	}
	var force map[int64]bool // keys of resolution to take alone
	for try := 0; ; try++ {
		res, errs, err = s.putBatch(ctx, batch, keyed, guarded, force)
		var alone aloneError
		switch {
		case err == nil && keyed:
			// The counters and names it left pending, and any others
			// not being folded, now or by a timer (SetFoldEvery); when
			// this fails they stay pending, for the next fold
			// (pgpending.go).
			s.foldAfter(ctx)
			return res, errs, err
		case err == nil:
			s.analyzeAfter(ctx) // on PostgreSQL, tables grown past their statistics (pganalyze.go)
			return res, errs, err
		case errors.Is(err, errStoryFailed):
			// a story of the batch failed: again, each story under its
			// own savepoint, so that it alone is rolled back
			guarded = true
		case errors.As(err, &alone) && try < 8:
			s.alone.Add(1)
			if force == nil {
				force = map[int64]bool{}
			}
			for _, k := range alone.keys {
				force[k] = true
			}
		case errors.As(err, &alone):
			s.countSerial(SerialRetries)
			keyed = false
		case errors.Is(err, errSerial):
			s.countSerial(serialReason(err))
			keyed = false
		case err != nil && retryable(err) && try < 8 && ctx.Err() == nil:
			s.retried.Add(1)
			if keyed && try >= 3 {
				s.countSerial(SerialRetries)
				keyed = false
			}
		default:
			return res, errs, err
		}
	}
}

// errStoryFailed says that a story of a batch stored without savepoints
// failed: the batch is stored again with them (putBatch).
var errStoryFailed = errors.New("store: a story of the batch failed")

// putBatch is one try of PutStories. Guarded, each story is written under
// its own savepoint and one that fails is rolled back alone. Unguarded
// (the first try), there are no savepoints and a story that fails rolls
// the whole batch back with errStoryFailed. A savepoint costs: until it
// is released, SQLite copies every page a story changes that existed
// before the story (its sub-journal, in memory), and in a database much
// larger than a story's writes nearly every page a story changes is such
// a page: at 30,000 stories that copying and freeing was a quarter of the
// CPU of ingest. On PostgreSQL each savepoint is a subtransaction, and more
// than 64 of them in one transaction slow every session's visibility
// checks. A story that fails is rare (its text was read and extracted
// already); it costs its batch a second try.
func (s *DB) putBatch(ctx context.Context, batch []Put, keyed, guarded bool, force map[int64]bool) (res []PutResult, errs []error, err error) {
	res, errs = make([]PutResult, len(batch)), make([]error, len(batch))
	t, err := s.beginFor(ctx, keyed, batch)
	if err != nil {
		return nil, nil, err
	}
	defer t.end()
	if guarded || s.noNames {
		// a story rolled back alone would leave the cache holding its
		// names: the file answers
		t.names = nil
	}
	t.keepNames = t.names != nil
	t.laterFTS = !guarded && t.conn == nil && s.put.ftsIns != nil && strings.HasSuffix(s.d.fts.ins, "VALUES (?, ?, ?)")
	t.laterCounts = !guarded && t.conn == nil && !keyed
	if s.d.foldKeys && !s.noLook && !keyed && !guarded && len(batch) > 1 {
		t.look = s.startLook(ctx)
		defer t.look.stop() // before t.end
	}
	if keyed {
		t.force = force
		if err := t.lockStories(batch); err != nil {
			return nil, nil, s.wrap(err)
		}
	}
	for i, p := range batch {
		t.look.at(batch, i)
		if guarded {
			if _, err := t.tx.ExecContext(ctx, `SAVEPOINT story`); err != nil {
				return nil, nil, s.wrap(err)
			}
		}
		r, perr := t.put(p.Story, p.Doc, p.Pre)
		if perr == nil {
			perr = s.wrap(t.flushed())
		} else if t.flushErr != nil {
			perr = s.wrap(t.flushErr) // the first error, of a batch of writes
		}
		t.later, t.flushErr = t.later[:0], nil
		if perr != nil && (errors.Is(perr, errSerial) || errors.As(perr, new(aloneError)) || retryable(perr)) {
			return nil, nil, perr // the whole batch again
		}
		if perr != nil && !guarded {
			if len(batch) == 1 {
				errs[0] = perr // rolled back with the transaction (end)
				return res, errs, nil
			}
			return nil, nil, errStoryFailed
		}
		if perr != nil {
			errs[i] = perr
			clear(t.feats)    // may hold the story's own reports
			t.holding = false // may have been written by the story
			if _, err := t.tx.ExecContext(ctx, `ROLLBACK TO story`); err != nil {
				return nil, nil, s.wrap(err)
			}
		}
		res[i] = r
		if guarded {
			if _, err := t.tx.ExecContext(ctx, `RELEASE story`); err != nil {
				return nil, nil, s.wrap(err)
			}
		}
	}
	t.look.stop() // its read transaction ends before the commit
	if err := t.commit(); err != nil {
		return nil, nil, s.wrap(err)
	}
	return res, errs, nil
}

// put stores one story inside the transaction (see PutStory); on an
// error the caller rolls back what it wrote.
func (t *putTx) put(st *annals.Story, doc *annals.Document, pre *Prepared) (PutResult, error) {
	s := t.s
	ctx := t.ctx
	t.reset()
	var res PutResult
	if st == nil || doc == nil {
		return res, fmt.Errorf("%w: no story or no document", ErrInvalid)
	}
	hash := pre.storyHash(st)
	title := st.Title
	if title == "" {
		title = string(doc.Title)
	}
	published := st.Published
	if published == "" {
		published = doc.Published
	}
	if !published.Valid() {
		return res, fmt.Errorf("%w: %s: published date %q", ErrInvalid, st.Path, published)
	}
	ingested := st.Ingested
	if ingested.IsZero() {
		ingested = time.Now()
	}
	if st.Path == "" {
		return res, fmt.Errorf("%w: story without a path", ErrInvalid)
	}
	p := s.put

	if id, ok, err := t.id(p.storyByHash, hash); err != nil {
		return res, s.wrap(err)
	} else if ok {
		return PutResult{StoryID: id, Skipped: true}, nil
	}
	var oldTitle string
	var oldBody []byte
	pre = pre.prepared(st, doc)
	body := pre.body
	facts := pre.factsOf(st, doc, published)
	err := t.stmt(p.storyByPath).QueryRowContext(ctx, st.Path).Scan(&res.StoryID, &oldTitle, &oldBody)
	switch {
	case err == nil:
		if t.keyed {
			return res, serialize(SerialReplaced)
		}
		res.Replaced = true
		if err := t.unmarkCopies(res.StoryID); err != nil {
			return res, s.wrap(err)
		}
		if err := t.removeFacts(res.StoryID); err != nil {
			return res, s.wrap(err)
		}
		if p.ftsDel != nil {
			if err := t.flushFTS(); err != nil { // the story may be of this batch
				return res, s.wrap(err)
			}
			oldText, err := bodyText(oldBody)
			if err != nil {
				return res, fmt.Errorf("%s: story %d: %w", s.path, res.StoryID, err)
			}
			if err := t.exec(p.ftsDel, res.StoryID, oldTitle, oldText); err != nil {
				return res, s.wrap(err)
			}
		}
		if err := t.exec(p.updStory, t.rowArgs(st, hash, st.Format, title, string(published), firstDay(published), body,
			ingested.UTC().Format(time.RFC3339Nano), st.URL, res.StoryID)...); err != nil {
			return res, s.wrap(err)
		}
	case errors.Is(err, sql.ErrNoRows):
		if res.StoryID, _, err = t.id(t.ins(p.insStory, p.insStoryN), t.rowArgs(st, st.Path, hash, st.Format, title, string(published), firstDay(published),
			body, ingested.UTC().Format(time.RFC3339Nano), st.URL)...); err != nil {
			return res, s.wrap(err)
		}
	default:
		return res, s.wrap(err)
	}
	if p.ftsIns != nil && t.laterFTS {
		t.ftsRows = append(t.ftsRows, res.StoryID, title, st.Text)
	} else if p.ftsIns != nil {
		if err := t.exec(p.ftsIns, res.StoryID, title, st.Text); err != nil {
			return res, s.wrap(err)
		}
	}
	if err := t.insertFacts(res.StoryID, st, doc, facts); err != nil {
		if errors.Is(err, ErrInvalid) {
			return PutResult{}, err
		}
		return PutResult{}, s.wrap(err)
	}
	if err := t.markCopies(res.StoryID, pre.sig); err != nil {
		return PutResult{}, s.wrap(err)
	}
	if err := t.tidy(); err != nil {
		return PutResult{}, s.wrap(err)
	}
	if t.keyed {
		if err := t.writePending(); err != nil {
			return PutResult{}, s.wrap(err)
		}
	}
	res.Entities, res.Events = len(doc.Entities), len(doc.Events)
	return res, nil
}

// flushFTS writes the text index's rows of the batch's stories
// (putTx.ftsRows). Written story by story, each story's rows were
// flushed by FTS5 to a segment of their own at the next statement that
// opened a savepoint, and merged with the others (a tenth of the writer
// at 10,000 stories); written together they make one segment a batch.
// The index holds the same words of the same stories; its pages differ
// with the batches, as the trigrams' do (indexNames).
func (t *putTx) flushFTS() error {
	const width, maxRows = 3, 100
	args := t.ftsRows
	for len(args) > 0 {
		n := min(len(args)/width, maxRows)
		q := strings.TrimSuffix(t.s.d.fts.ins, "(?, ?, ?)") + strings.TrimSuffix(strings.Repeat(`(?, ?, ?), `, n), ", ")
		if err := t.write(q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	clear(t.ftsRows)
	t.ftsRows = t.ftsRows[:0]
	return nil
}

// storyHash is the content hash of st: its Hash, or the SHA-256 of Raw.
func storyHash(st *annals.Story) string {
	if st.Hash != "" {
		return st.Hash
	}
	sum := sha256.Sum256(st.Raw)
	return hex.EncodeToString(sum[:])
}

// DeleteStory removes a story, its facts and its reports, and the events
// and entities no other story supports.
func (s *DB) DeleteStory(ctx context.Context, id int64) error {
	t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer t.end()
	var title string
	var body []byte
	err = t.stmt(s.put.storyByID).QueryRowContext(ctx, id).Scan(&title, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	if err == nil {
		err = t.unmarkCopies(id)
	}
	if err == nil {
		err = t.removeFacts(id)
	}
	if err == nil && s.put.ftsDel != nil {
		var text string
		if text, err = bodyText(body); err == nil {
			err = t.exec(s.put.ftsDel, id, title, text)
		}
	}
	if err == nil {
		err = t.dropBands(id) // before its signature goes with the story
	}
	if err == nil {
		err = t.exec(s.put.delStory, id)
	}
	if err == nil {
		err = t.tidy()
	}
	if err == nil {
		err = t.commit()
	}
	return s.wrap(err)
}

// removeFacts deletes what a story said, keeping the story row, and takes
// its part out of the counters of the entities and events it touched.
func (t *putTx) removeFacts(storyID int64) error {
	if err := t.flushCounts(); err != nil {
		return err
	}
	p := t.stmts
	t.forgetAllFeatures() // the story's report ids may be given again
	t.look.stale()        // its reports' index rows go
	rows, err := t.stmt(p.storyEntities).QueryContext(t.ctx, storyID)
	if err != nil {
		return err
	}
	type seen struct{ mentions int }
	perEntity := map[int64]*seen{}
	var order []int64
	var names []struct {
		id   int64
		norm string
	}
	for rows.Next() {
		var (
			id                int64
			typ, name, al, fm string
			mentions          int
			aliases           []string
			former            []annals.FormerName
		)
		if err := rows.Scan(&id, &typ, &name, &al, &fm, &mentions); err != nil {
			rows.Close()
			return err
		}
		_ = json.Unmarshal([]byte(al), &aliases)
		_ = json.Unmarshal([]byte(fm), &former)
		for _, n := range resolve.Names(&annals.Entity{Type: annals.EntityType(typ), Name: name, Aliases: aliases, Former: former}) {
			names = append(names, struct {
				id   int64
				norm string
			}{id, n.Norm})
		}
		if perEntity[id] == nil {
			perEntity[id] = &seen{}
			order = append(order, id)
		}
		perEntity[id].mentions += mentions
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range names {
		if err := t.exec(p.decName, n.id, n.norm); err != nil {
			return err
		}
	}
	for _, id := range order {
		if err := t.exec(p.bumpEntity, -1, -perEntity[id].mentions, id); err != nil {
			return err
		}
		t.entities[id] = true
		t.lost[id] = true
	}

	rows, err = t.stmt(p.storyReports).QueryContext(t.ctx, storyID)
	if err != nil {
		return err
	}
	perEvent := map[int64]int{}
	var events []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		if perEvent[id] == 0 {
			events = append(events, id)
		}
		perEvent[id]++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range events {
		t.events[id] = true
	}
	for _, s := range []*sql.Stmt{p.delFigures, p.delDates, p.delRoles, p.delReports, p.delStoryEntities} {
		if err := t.exec(s, storyID); err != nil {
			return err
		}
	}
	return nil
}

// tidy settles the reports of the events the transaction touched into
// events (see settle), derives their fields, deletes the events and
// entities that lost their last support and refreshes the names of the
// entities that remain.
func (t *putTx) tidy() error {
	p := t.stmts
	if err := t.settle(); err != nil {
		return err
	}
	clear(t.events)
	if err := t.deriveAll(); err != nil {
		return err
	}
	// The entities left are named again, many a statement: an entity's
	// name is chosen from its own names alone, which neither another's
	// renaming nor another's deletion changes, so one statement for the
	// story's entities does what one each did (a story names about 20).
	if len(t.lost) > 0 {
		if err := t.flushCounts(); err != nil { // gcEntity reads them
			return err
		}
	}
	var rename []int64
	for _, id := range sortedKeys(t.entities) {
		if t.lost[id] {
			t.names.forget(id, true) // names may go, and the entity
			if err := t.exec(p.dropNames, id); err != nil {
				return err
			}
			res, err := t.stmt(p.gcEntity).ExecContext(t.ctx, id)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				continue
			}
		}
		rename = append(rename, id)
	}
	for chunk := range slices.Chunk(rename, 500) {
		if len(chunk) == 1 {
			if err := t.exec(p.renameEntity, chunk[0]); err != nil {
				return err
			}
			continue
		}
		if err := t.exec(p.renameEntities, jsonIDs(chunk)); err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys(m map[int64]bool) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// insertFacts stores the facts of doc for story id, resolving its entities
// to global entities and its events to event rows.
//
// Rows are written many at a time (see insertRows), with ids taken after
// the largest stored one (the transaction holds the write lock), so that a
// story costs a few dozen statements rather than one per mention. f are
// the parts of the rows computed from the story alone (Prepare).
func (t *putTx) insertFacts(id int64, st *annals.Story, doc *annals.Document, f *storyFacts) error {
	p := t.stmts
	published := st.Published
	if published == "" {
		published = doc.Published
	}
	day := pubDay(published) // the story's, as its row's pub_lo
	raw := st.Raw
	span := func(what string, start, end int) error {
		if start < 0 || end < start || end > len(raw) {
			return fmt.Errorf("%w: %s: %s at [%d:%d] lies outside the file (%d bytes)", ErrInvalid, st.Path, what, start, end, len(raw))
		}
		return nil
	}
	date := func(what string, ds ...annals.Date) error {
		for _, d := range ds {
			if !d.Valid() {
				return fmt.Errorf("%w: %s: %s has a malformed date %q", ErrInvalid, st.Path, what, d)
			}
		}
		return nil
	}

	// Entities: resolve each to a global entity.
	seIDs, err := t.newIDs("story_entities", len(doc.Entities))
	if err != nil {
		return err
	}
	var entRows []any
	global := map[string]int64{} // the story's names (exact and normalized) -> global id
	type count struct{ mentions int }
	perEntity := map[int64]*count{}
	var bridges [][2]int64 // (from, into): global entities this story shows to be one
	var order []int64
	if err := t.prefetchNames(doc, f); err != nil {
		return err
	}
	defer func() { t.known = nil }()
	for i := range doc.Entities {
		e := &doc.Entities[i]
		forced, label, why, err := t.applyRules(st.Path, e)
		if err != nil {
			return err
		}
		t.label = label
		ef := &f.ents[i]
		r, err := resolve.ResolveNames(t, e, ef.names)
		t.label = ""
		if err != nil {
			return err
		}
		if t.keyed && (forced != 0 || label != "") {
			return serialize(SerialRule)
		}
		if forced != 0 {
			r.ID, r.New, r.Reason = forced, false, why
		} else if label != "" {
			r.Reason = why + "; " + r.Reason
		}
		if t.keyed {
			if err := t.mayWrite(e, r); err != nil {
				return err
			}
		}
		gid := r.ID
		bridge := forced == 0 && label == "" && len(r.Also) > 0
		if r.New {
			var ref any
			if e.Ref != "" && label == "" {
				ref = e.Ref
			}
			if gid, _, err = t.id(t.ins(p.insEntity, p.insEntityN), string(e.Type), e.Name, ref, label); err != nil {
				return err
			}
			if ref != nil {
				t.names.madeEntity(gid, e.Type, e.Ref, label)
			} else {
				t.names.madeEntity(gid, e.Type, "", label)
			}
			t.known.wroteRef(e.Ref)
			r.Reason = strings.TrimPrefix(why+"; new", "; ")
		} else if e.Ref != "" && label == "" && forced == 0 && !strings.HasPrefix(r.Reason, "ref ") { // found by its ref: set
			if err := t.exec(p.setRef, e.Ref, gid); err != nil {
				return err
			}
			t.names.setRef(gid, e.Ref)
			t.known.wroteRef(e.Ref)
		}
		for j, n := range r.Names {
			if t.keyed && !t.resolvable(e.Type, n, gid) {
				t.pendName(gid, n) // see pgpending.go
			} else if t.conn == nil && !t.keyed {
				t.upserts = append(t.upserts, gid, n.Norm, n.Text, string(n.Kind), n.Strong, string(n.Until), ef.rank(j, n))
				t.names.wroteName(gid, n.Norm, n.Strong)
			} else if err := t.exec(p.upsertName, gid, n.Norm, n.Text, string(n.Kind), n.Strong, string(n.Until), ef.rank(j, n)); err != nil {
				return err
			} else {
				t.known.wroteName(n.Norm)
				t.names.wroteName(gid, n.Norm, n.Strong)
			}
			if _, dup := global[n.Norm]; !dup {
				global[n.Norm] = gid
			}
		}
		global[e.Name] = gid
		if bridge {
			for _, other := range r.Also {
				if other != gid {
					bridges = append(bridges, [2]int64{other, gid})
				}
			}
		}
		seID := seIDs[i]
		for _, m := range e.Mentions {
			if err := span("mention of "+e.Name, m.Start, m.End); err != nil {
				return err
			}
		}
		entRows = append(entRows, seID, id, i, e.ID, gid, string(e.Type), e.Name, ef.aliases, e.Ref, ef.former, len(e.Mentions), r.Reason,
			ef.spans, day)
		if perEntity[gid] == nil {
			perEntity[gid] = &count{}
			order = append(order, gid)
		}
		perEntity[gid].mentions += len(e.Mentions)
	}
	t.known = nil
	if err := t.flushNames(); err != nil {
		return err
	}
	if err := t.insertRows(`INSERT INTO story_entities (id, story_id, ord, local_id, entity_id, type, name, aliases, ref, former, mentions, reason, spans, pub_day) VALUES `, 14, entRows); err != nil {
		return err
	}
	if len(entRows) > 0 && t.s.d.storySet != "" {
		if err := t.write(t.s.d.storySet, id); err != nil {
			return err
		}
	}
	lookup := func(name string) any { // global id of one of the story's names, or NULL
		if name == "" {
			return nil
		}
		if gid, ok := global[name]; ok {
			return gid
		}
		if gid, ok := global[resolve.Normalize(name)]; ok {
			return gid
		}
		return nil
	}
	// The story's entities count one story more and their mentions, in
	// as few statements as insertRows would take: each row's counters
	// alone change, whichever statement changes them.
	var bumps []any
	for _, gid := range order {
		if t.keyed {
			t.pendCount(gid, perEntity[gid].mentions) // see pgpending.go
			continue
		}
		bumps = append(bumps, gid, perEntity[gid].mentions)
		t.entities[gid] = true
	}
	if err := t.bumpEntities(bumps); err != nil {
		return err
	}
	// Entities this story shows to be one (a name and a former name seen
	// apart in earlier stories) become one, whatever order the stories came
	// in; the events they take part in are settled again by tidy. In
	// parallel, under the keys of resolution of both taken alone
	// (lockBridges), and then those of the reports moved (moveEntity).
	if t.keyed && len(bridges) > 0 {
		if err := t.lockBridges(bridges); err != nil {
			return err
		}
	}
	for _, b := range bridges {
		if err := t.moveEntity(b[0], b[1], nil); err != nil {
			return err
		}
	}
	// The story's names that resolved to an entity moved are the
	// entity's it moved into: its reports and roles, written below, take
	// their participants from them (moveEntity rewrote only what was
	// stored, and left the entity moved without names or stories).
	if len(bridges) > 0 {
		into := map[int64]int64{}
		for _, b := range bridges {
			into[b[0]] = b[1]
		}
		for name, gid := range global {
			for range len(bridges) { // a chain of moves, never a cycle
				to, ok := into[gid]
				if !ok || to == gid {
					break
				}
				gid = to
			}
			global[name] = gid
		}
	}
	if t.keyed {
		// the link keys of the story's reports, as they name the
		// entities moved into
		if err := t.lockFacts(doc, f, lookup); err != nil {
			return err
		}
	}

	var roleRows, figRows, dateRows []any
	for i, r := range doc.Roles {
		if err := span("evidence of role "+r.Role, r.Evidence.Start, r.Evidence.End); err != nil {
			return err
		}
		if err := date("role "+r.Role, r.From, r.To); err != nil {
			return err
		}
		roleRows = append(roleRows, id, i, r.Person, lookup(r.Person), r.Role, f.roles[i].norm, r.Org, lookup(r.Org),
			string(r.From), string(r.To), r.Evidence.Start, r.Evidence.End, f.roles[i].ev)
	}
	if err := t.insertRows(`INSERT INTO roles (story_id, ord, person, person_id, role, role_norm, org, org_id, date_from, date_to, ev_start, ev_end, ev_text) VALUES `, 13, roleRows); err != nil {
		return err
	}
	if err := figures(&figRows, id, nil, doc.Figures, span); err != nil {
		return err
	}
	for i, d := range doc.Dates {
		if err := span("date "+d.Text, d.Start, d.End); err != nil {
			return err
		}
		if !d.Value.Valid() {
			return fmt.Errorf("%w: %s: date %s has a malformed value %q", ErrInvalid, st.Path, d.Text, d.Value)
		}
		if err := date("date "+d.Text, d.ValueEnd); err != nil {
			return err
		}
		dateRows = append(dateRows, id, i, d.Start, d.End, d.Text, string(d.Value), string(d.ValueEnd))
	}
	if err := t.insertRows(`INSERT INTO dates (story_id, ord, start_at, end_at, text, value, value_end) VALUES `, 7, dateRows); err != nil {
		return err
	}

	// Events: each is a report, stored under one new event of the story;
	// tidy settles it into the event it reports (see settle) and deletes
	// the story's event when it is left empty.
	var eventID int64
	reportIDs, err := t.newIDs("reports", len(doc.Events))
	if err != nil {
		return err
	}
	if len(doc.Events) > 0 {
		ev := &doc.Events[0]
		var err error
		if !t.s.d.postgres() && unmadeEvents {
			if eventID, err = t.freshEvent(string(ev.Type)); err != nil {
				return err
			}
		} else if eventID, _, err = t.id(t.ins(p.insEvent, p.insEventN), string(ev.Type), "", "", "", nil, nil, "", "", nil, string(annals.Held)); err != nil {
			return err
		}
		t.events[eventID] = true
		t.fresh[eventID] = true
		t.blank[eventID] = true
	}
	var reportRows, keyRows []any
	for i := range doc.Events {
		ev := &doc.Events[i]
		if err := span("evidence of "+string(ev.Type), ev.Evidence.Start, ev.Evidence.End); err != nil {
			return err
		}
		if err := date(string(ev.Type)+" event", ev.Date, ev.DateEnd); err != nil {
			return err
		}
		var parts []int64
		for _, name := range ev.Participants {
			if gid, ok := lookup(name).(int64); ok && !slices.Contains(parts, gid) {
				parts = append(parts, gid)
			}
		}
		slices.Sort(parts)
		// A report says where the event was only when its own sentence
		// names the place: a place carried over from a headline or an
		// earlier sentence makes no disagreement with the reports that
		// state one.
		ef := &f.events[i]
		place := ef.place
		placeID := lookup(place)
		wlo, whi, weak := ef.lo, ef.hi, ef.weak
		reportID := reportIDs[i]
		reportRows = append(reportRows, reportID, eventID, id, i, string(ev.Type), string(ev.Title), string(ev.Date), string(ev.DateEnd),
			place, placeID, string(ev.Status), ef.names, ev.Evidence.Start, ev.Evidence.End, ef.ev, "new",
			wlo, whi, weak, chronicle.IDList(parts), chronicle.FeatureKey(string(ev.Type), chronicle.IDList(parts), pidOf(placeID), place, ev.Date, wlo, whi, weak, string(ev.Title)))
		var pid int64
		if v, ok := placeID.(int64); ok {
			pid = v
		}
		title := ef.title
		keyRows = append(keyRows, reportKeys(reportID, string(ev.Type), parts, pid, wlo, whi, ev.Date.Precision(), chronicle.Linkable(parts, title),
			keyFacts{story: id, tbits: ef.tbits, day: ef.dayKey})...)
		t.look.send(lookReport(reportID, id, string(ev.Type), parts, pid, resolve.Normalize(place), ev.Date, wlo, whi, weak, title))
		if err := figures(&figRows, id, reportID, ev.Figures, span); err != nil {
			return err
		}
	}
	if err := t.insertRows(`INSERT INTO reports (id, event_id, story_id, ord, type, title, date, date_end, place, place_id, status, participants,
		ev_start, ev_end, ev_text, link, date_lo, date_hi, weak, part_ids, fkey, relink) VALUES `, 22, withRelink(reportRows, 21)); err != nil {
		return err
	}
	if err := t.insertRows(`INSERT INTO report_keys (entity_id, type, bucket, report_id, story_id, tbits, sday, role) VALUES `, 8, keyRows, keyConflict); err != nil {
		return err
	}
	t.look.wrote(keyRows, true)
	return t.insertRows(`INSERT INTO figures (story_id, report_id, ord, value, unit, qualifier, text, start_at, end_at) VALUES `, 9, figRows)
}

// freshEvent returns the event a story's new reports wait on for the
// settle (SQLite): one event of the transaction (holdingEvent), written
// once and deleted before the commit, rather than one a story. The settle
// moves each report of a story into a stored event or a new one
// (chronicle.Settle never keeps a story's own event), and deriveAll then
// deleted the story's event, empty: about four stories in five with
// events made one and deleted it (804 a thousand stories at 10,000: an
// insert, a read of its reports, a delete, and their triggers). unmade is
// the id the story's event would have had, and the settle's new events
// take the ids after it (insEventAfter), so that every id is what it
// was. The counts the holding event's insert and delete make cancel out;
// the row of event_years of its type and no year that it makes is there
// all the same (n 0 after the delete, as a story's own event left it):
// the first report of the story that wrote it joins a stored event of
// its type or makes one, and every event is written undated first.
func (t *putTx) freshEvent(typ string) (int64, error) {
	if !t.holding {
		// OR IGNORE: written by an earlier story of the batch when a
		// later one was rolled back to its savepoint
		if err := t.write(`INSERT OR IGNORE INTO events (id, type, title, date, date_end, place, place_norm, status) VALUES (?, ?, '', '', '', '', '', ?)`,
			holdingEvent, typ, string(annals.Held)); err != nil {
			return 0, err
		}
		t.holding, t.mayHold = true, true
	}
	if err := t.scan(`SELECT max(coalesce(max(id), 0), 0) + 1 FROM events`, nil, &t.unmade); err != nil {
		return 0, err
	}
	return holdingEvent, nil
}

// holdingEvent is the id of the event the new reports of a transaction's
// stories wait on (freshEvent): no other event's.
const holdingEvent = -1

// unmadeEvents: a story's own event is not written (freshEvent; off in
// a test, to compare).
var unmadeEvents = true

// bumpEntities adds a story and its mentions to the counters of
// entities: rows holds (entity id, mentions) pairs, each entity once.
func (t *putTx) bumpEntities(rows []any) error {
	const maxRows = 100
	if t.laterCounts {
		if t.counts == nil {
			t.counts = map[int64][2]int64{}
		}
		for i := 0; i+1 < len(rows); i += 2 {
			id := rows[i].(int64)
			c := t.counts[id]
			c[0]++
			c[1] += int64(rows[i+1].(int))
			t.counts[id] = c
		}
		return nil
	}
	for len(rows) > 0 {
		n := min(len(rows)/2, maxRows)
		if n == 1 {
			if err := t.exec(t.stmts.bumpEntity, 1, rows[1], rows[0]); err != nil {
				return err
			}
		} else {
			q := `UPDATE entity_counts SET stories = stories + 1, mentions = mentions + v.column2 FROM (VALUES ` +
				strings.TrimSuffix(strings.Repeat(`(CAST(? AS BIGINT), CAST(? AS BIGINT)), `, n), ", ") + `) AS v WHERE entity_counts.id = v.column1`
			if err := t.write(q, rows[:2*n]...); err != nil {
				return err
			}
		}
		rows = rows[2*n:]
	}
	return nil
}

// flushCounts writes the counters the batch added (putTx.counts), in
// the order of the entities' ids: each row's counters alone change, by
// the sums of what the stories added, as when each story wrote its own.
func (t *putTx) flushCounts() error {
	const maxRows = 100
	if len(t.counts) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(t.counts))
	for id := range t.counts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	rows := make([]any, 0, 3*len(ids))
	for _, id := range ids {
		c := t.counts[id]
		rows = append(rows, id, c[0], c[1])
	}
	clear(t.counts)
	for len(rows) > 0 {
		n := min(len(rows)/3, maxRows)
		if n == 1 {
			if err := t.exec(t.stmts.bumpEntity, rows[1], rows[2], rows[0]); err != nil {
				return err
			}
		} else {
			q := `UPDATE OR FAIL entity_counts SET stories = stories + v.column2, mentions = mentions + v.column3 FROM (VALUES ` +
				strings.TrimSuffix(strings.Repeat(`(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)), `, n), ", ") + `) AS v WHERE entity_counts.id = v.column1`
			if err := t.write(q, rows[:3*n]...); err != nil {
				return err
			}
		}
		rows = rows[3*n:]
	}
	return nil
}

func titleWords(title string) []string {
	w, _ := chronicle.TitleTokens(title)
	return w
}

func pidOf(placeID any) int64 {
	if v, ok := placeID.(int64); ok {
		return v
	}
	return 0
}

// withRelink appends relink = 0 to each row of width values.
func withRelink(rows []any, width int) []any {
	out := make([]any, 0, len(rows)/width*(width+1))
	for i := 0; i+width <= len(rows); i += width {
		out = append(out, rows[i:i+width]...)
		out = append(out, 0)
	}
	return out
}

// figures appends the rows of figs (the story's list when reportID is
// nil) to rows.
func figures(rows *[]any, storyID int64, reportID any, figs []annals.Figure, span func(string, int, int) error) error {
	for i, f := range figs {
		if err := span("figure "+f.Text, f.Start, f.End); err != nil {
			return err
		}
		*rows = append(*rows, storyID, reportID, i, f.Value, f.Unit, string(f.Qualifier), f.Text, f.Start, f.End)
	}
	return nil
}

// interval returns the first and last day covered by a date and its
// optional end date, as ISO strings, or NULLs when the date is unknown.
func interval(d, end annals.Date) (lo, hi any) {
	first, last, ok := d.Bounds()
	if !ok {
		return nil, nil
	}
	if _, l, ok := end.Bounds(); ok && l.After(last) {
		last = l
	}
	return first.Format(time.DateOnly), last.Format(time.DateOnly)
}

// firstDay is the first day d covers, or NULL.
func firstDay(d annals.Date) any {
	lo, _ := interval(d, "")
	return lo
}

// pubDay is the number of the first day published d covers, counted
// from 1970-01-01 (story_entities.pub_day, schemaV18), or NULL.
func pubDay(d annals.Date) any {
	first, _, ok := d.Bounds()
	if !ok {
		return nil
	}
	return first.Unix() / 86400
}

// nonNil makes JSON arrays of nil slices, for stable stored forms.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
