package store

// Writers storing at once on PostgreSQL (DB.SetParallel).
//
// A serial write transaction (every write on SQLite; on PostgreSQL every
// write but the stories of a parallel store) takes the one write lock
// (dialect.writeLock) and so stores as one process would, giving each new
// row the id after the largest. A parallel store's story transactions
// take that lock shared, so that they run together but never beside a
// serial one, and then advisory locks on what they read and change, each
// a hash of a key (lockKey), so that two transactions that could decide
// differently had they run one after the other run one after the other:
//
//  1. before anything is read, for every story of the batch: its path and
//     content hash and the MinHash bands of its text (what copies are
//     found by), alone, and the gazetteer keys and strong names of its
//     entities (what resolution looks entities up by), shared when the
//     story can only read them (lockStories): all at once, in sorted
//     order;
//  2. once its entities are resolved: the link keys of its reports (each
//     participant or place, type and year: every report a report can
//     link with shares one, see chronicle.Buckets), in sorted order;
//  3. while its reports are settled into events: every event among the
//     reports read; when one was not held yet, the reports are read and
//     settled again under it, so that what is written was read under the
//     locks of everything it changes.
//
// The counters and names of the entities a story names, which resolution
// does not read, are folded in after it commits (pgpending.go), and need
// no lock of the entity.
//
// Two transactions may still wait for each other (a batch's second story
// takes its locks after its first story's, or 3 after 2):
// PostgreSQL then aborts one (SQLSTATE 40P01) and the batch is stored
// again from the start (PutStories), as it is after a serialization
// failure (40001) or a duplicate key (23505). What a story rarely does and
// the locks do not cover makes it serial instead: a story replacing
// another version of its path, and one whose entities a user's rule
// moves: its batch is stored again under the one write lock (errSerial).
// A near-copy of a stored story takes the locks of the copy groups it
// joins, and when it merges groups or comes before a group's original,
// those of the events counting their sources (joinGroupsKeyed,
// copies.go). A story that shows two stored entities to be one (a
// bridge) takes alone the keys of resolution of both (lockBridges), then
// the events and link keys of the reports naming the one moved
// (moveEntity; serially when they are more than bridgeKeyCap), and takes
// the rows left pending for both before it counts them again
// (takeBridgePending).
//
// New rows of a parallel store take their ids from the tables' identity
// sequences; a serial transaction gives the id after the largest, as
// before, and sets the sequences past it before it commits (pgSyncIDs).
// So one process storing alone gives the ids SQLite gives, and stories
// stored in parallel get other ids than any serial order would: the
// chronicle is the same but for its ids (storetest.Canon).

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// errSerial says that a parallel transaction met what only a serial one
// stores (see above); its batch is stored again serially. Each cause is
// its own serialError (serialize), counted by PutStories.
var errSerial = errors.New("store: needs the write lock")

// The causes of a serial batch (SerialReasons).
const (
	SerialReplaced = "replaced" // a story replaces another version of its path
	SerialRule     = "rule"     // a user's rule moves one of its entities
	SerialBridge   = "bridge"   // it moves an entity named by too many reports into another
	SerialRetries  = "retries"  // aborted three times (deadlocks, conflicts)
)

// serialError is errSerial with its cause.
type serialError struct{ reason string }

func (e serialError) Error() string        { return errSerial.Error() + " (" + e.reason + ")" }
func (e serialError) Is(target error) bool { return target == errSerial }

// serialize is errSerial for a cause.
func serialize(reason string) error { return serialError{reason} }

// serialReason is the cause of err, an errSerial.
func serialReason(err error) string {
	var se serialError
	if errors.As(err, &se) {
		return se.reason
	}
	return "other"
}

// SetParallel makes PutStory and PutStories on PostgreSQL store up to
// writers batches at once (writers connections), each in its own
// transaction under per-key locks (see above), beside the parallel
// transactions of other processes, instead of under the one write lock.
// It must be called before the store is used; on SQLite (one writer per
// file) it does nothing.
func (s *DB) SetParallel(writers int) {
	if !s.d.postgres() {
		return
	}
	writers = max(writers, 1)
	s.parallel = true
	s.w.SetMaxOpenConns(writers)
	s.w.SetMaxIdleConns(writers)
}

// ParallelStats counts the batches of a parallel store stored again:
// after PostgreSQL aborted them (a deadlock, a conflict), and serially
// (a replaced story, a rule, a bridge of a much-named entity).
func (s *DB) ParallelStats() (retried, serialized int64) {
	return s.retried.Load(), s.serialized.Load()
}

// ParallelBatches counts the batches a parallel store was given, and
// those stored again with keys of resolution taken alone (lockStories).
func (s *DB) ParallelBatches() (batches, alone int64) { return s.batches.Load(), s.alone.Load() }

// SerialReasons counts the batches of a parallel store stored serially by
// cause (SerialReplaced, SerialRule, SerialBridge, SerialRetries): the first story of a batch that needs the write lock
// gives the cause.
func (s *DB) SerialReasons() map[string]int64 {
	s.serialMu.Lock()
	defer s.serialMu.Unlock()
	return maps.Clone(s.serialWhy)
}

// countSerial counts a batch stored serially for reason.
func (s *DB) countSerial(reason string) {
	s.serialized.Add(1)
	s.serialMu.Lock()
	defer s.serialMu.Unlock()
	if s.serialWhy == nil {
		s.serialWhy = map[string]int64{}
	}
	s.serialWhy[reason]++
}

// retryable says whether a transaction that failed with err may succeed
// when run again: PostgreSQL broke a deadlock or a serialization conflict
// by aborting it, or a row another transaction inserted meanwhile took
// its key.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40P01", "40001", "23505":
			return true
		}
	}
	return false
}

// lockKey is the advisory lock of a key of kind.
func lockKey(kind string, parts ...string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return int64(h.Sum64())
}

// lock takes the advisory locks of keys not held alone yet, alone, in
// sorted order, and reports whether it took any.
func (t *putTx) lock(keys []int64) (bool, error) {
	return t.lockModes(keys, nil)
}

// lockModes takes the advisory locks of keys not held yet, alone (shared
// when shared says so), in sorted order, and reports whether it took any.
// A key held shared and wanted alone is taken alone.
func (t *putTx) lockModes(keys []int64, shared map[int64]bool) (bool, error) {
	if !t.keyed {
		return false, nil
	}
	var need []int64
	for _, k := range keys {
		if alone, ok := t.held[k]; !ok || !alone && !shared[k] {
			need = append(need, k)
		}
	}
	if len(need) == 0 {
		return false, nil
	}
	slices.Sort(need)
	need = slices.Compact(need)
	var ks, modes strings.Builder
	ks.WriteByte('{')
	modes.WriteByte('{')
	for i, k := range need {
		if i > 0 {
			ks.WriteByte(',')
			modes.WriteByte(',')
		}
		ks.WriteString(strconv.FormatInt(k, 10))
		if shared[k] {
			modes.WriteByte('f')
		} else {
			modes.WriteByte('t')
		}
	}
	ks.WriteByte('}')
	modes.WriteByte('}')
	if _, err := t.run(`SELECT CASE WHEN alone THEN pg_advisory_xact_lock(k)::text ELSE pg_advisory_xact_lock_shared(k)::text END
		FROM (SELECT unnest(?::bigint[]) AS k, unnest(?::boolean[]) AS alone ORDER BY 1) AS ks`, ks.String(), modes.String()); err != nil {
		return false, err
	}
	for _, k := range need {
		t.held[k] = !shared[k]
	}
	return true, nil
}

// refKey and nameKey are the locks of what resolution looks an entity up
// by: its gazetteer key, and a strong name of an entity type.
func refKey(ref string) int64                          { return lockKey("ref", ref) }
func nameKey(typ annals.EntityType, norm string) int64 { return lockKey("name", string(typ), norm) }

// lockStories takes the locks of step 1 for the stories of a batch: alone
// their paths, content hashes and MinHash bands, and the keys of
// resolution (the refs and strong names of their entities) alone when
// the batch may write what resolution reads under them (a new entity, a
// ref, a strong name an entity did not hold yet), shared when it may not.
// Which is which is guessed before the locks from what is stored (a ref
// or strong name stored already is read, at most) and checked once each
// entity is resolved (mayWrite): a batch that guessed wrong is stored
// again with those keys alone (aloneError, PutStories). Shared, the keys
// of the entities most stories name no longer order those stories one
// after the other.
func (t *putTx) lockStories(batch []Put) error {
	var keys []int64
	refs := map[string]int64{}
	names := map[string]int64{}
	norms := []string{}
	for _, p := range batch {
		if p.Story == nil || p.Doc == nil {
			continue
		}
		st, doc := p.Story, p.Doc
		f := p.Pre.factsOf(st, doc, cmp.Or(st.Published, doc.Published))
		keys = append(keys, lockKey("path", st.Path), lockKey("hash", p.Pre.storyHash(st)))
		for i := range doc.Entities {
			e := &doc.Entities[i]
			if e.Ref != "" {
				refs[e.Ref] = refKey(e.Ref)
			}
			strong := f.ents[i].nameKeys
			for _, n := range f.ents[i].names {
				if n.Strong { // resolution looks up strong names only
					k := nameOf(e.Type, n.Norm)
					if _, ok := names[k]; !ok {
						names[k] = strong[0]
						norms = append(norms, n.Norm)
					}
					strong = strong[1:]
				}
			}
		}
		keys = append(keys, f.bands...)
	}
	shared := map[int64]bool{}
	if len(refs)+len(names) > 0 {
		refList := make([]string, 0, len(refs))
		for r := range refs {
			refList = append(refList, r)
		}
		found, err := t.guessKeys(refList, norms)
		if err != nil {
			return err
		}
		for _, f := range found {
			var k int64
			var ok bool
			if f[0] == "ref" {
				k, ok = refs[f[1]]
			} else {
				k, ok = names[nameOf(annals.EntityType(f[0]), f[1])]
			}
			if ok && !t.force[k] {
				shared[k] = true
			}
		}
	}
	for _, k := range refs {
		keys = append(keys, k)
	}
	for _, k := range names {
		keys = append(keys, k)
	}
	_, err := t.lockModes(keys, shared)
	return err
}

// pgGuessKeys reads which of a batch's refs ($1) and strong names ($2)
// are stored already (lockStories), each looked up by its btree. It is
// planned at each call with the lists it is given and without bitmap
// scans (guessKeys): pg_trgm answers "=" on the names too, and the
// prepared guess, its generic plan made for lists of unknown length and
// on a new database before the tables had statistics, read the names'
// trigram index (every trigram of every name asked, and the index's
// pending list whole): 1,000 to 3,000 buffers and 10 to 290 ms a call
// in the first minutes of a load (docs/scale.md, session 20). A GIN
// index is read only by a bitmap scan; without one the planner reads
// the btree, or the tables while they are small. As IN lists (the
// planner's 100 rows) the guess hashed them against walks of both
// tables.
const pgGuessKeys = `SELECT 'ref', ref FROM entities WHERE label = '' AND ref = ANY($1::text[])
	UNION ALL SELECT DISTINCT e.type, n.norm FROM entity_names n JOIN entities e ON e.id = n.entity_id
	WHERE n.strong = 1 AND e.label = '' AND n.norm = ANY($2::text[])`

// guessKeys runs pgGuessKeys (pgLookup) and returns the (kind, value)
// pairs found: ("ref", ref) or (type, norm).
func (t *putTx) guessKeys(refs, norms []string) ([][2]string, error) {
	rows, err := t.pgLookup(pgGuessKeys, refs, norms)
	if err != nil {
		return nil, err
	}
	found := make([][2]string, 0, len(rows))
	for _, row := range rows {
		found = append(found, [2]string{string(row[0]), string(row[1])})
	}
	return found, nil
}

// pgLookup runs q, a PostgreSQL query of text arrays ($1, $2, ...: lists),
// inside the transaction as an unnamed statement, planned with its lists
// at each call, between turning bitmap scans off and back, all three in
// one round trip, and returns its rows, each column in text. A GIN index
// is read only by a bitmap scan (see pgGuessKeys); a prepared
// statement's generic plan is made once, for lists of unknown length,
// and kept.
func (t *putTx) pgLookup(q string, lists ...[]string) ([][][]byte, error) {
	if err := t.flushed(); err != nil {
		return nil, err
	}
	var rows [][][]byte
	err := t.conn.Raw(func(dc any) error {
		c := dc.(*pgConn).Conn.Conn()
		args := make([][]byte, len(lists))
		oids := make([]uint32, len(lists))
		for i, l := range lists {
			var err error
			if args[i], err = c.TypeMap().Encode(pgtype.TextArrayOID, pgtype.TextFormatCode, l, nil); err != nil {
				return err
			}
			oids[i] = pgtype.TextArrayOID
		}
		b := &pgconn.Batch{}
		b.ExecParams(`SET LOCAL enable_bitmapscan = off`, nil, nil, nil, nil)
		b.ExecParams(q, args, oids, nil, nil)
		b.ExecParams(`RESET enable_bitmapscan`, nil, nil, nil, nil)
		res, err := c.PgConn().ExecBatch(t.ctx, b).ReadAll()
		if err != nil {
			return err
		}
		rows = res[1].Rows
		return nil
	})
	return rows, err
}

// aloneError says that a story of a parallel batch writes what
// resolution reads under keys its batch holds shared; the batch is stored
// again with them alone.
type aloneError struct{ keys []int64 }

func (e aloneError) Error() string { return "store: keys of resolution wanted alone" }

// resolvable says whether writing name n of entity gid changes what
// resolution reads: a strong name the entity did not hold (as resolution
// read it) does; a weak one, or one it holds, only adds to counts.
func (t *putTx) resolvable(typ annals.EntityType, n resolve.EntityName, gid int64) bool {
	return n.Strong && !slices.Contains(t.byName[nameOf(typ, n.Norm)], gid)
}

// mayWrite checks that the keys of what storing e, resolved as r, writes
// for resolution to read are held alone (see lockStories).
func (t *putTx) mayWrite(e *annals.Entity, r resolve.Result) error {
	var want []int64
	if e.Ref != "" && (r.New || !strings.HasPrefix(r.Reason, "ref ")) {
		want = append(want, refKey(e.Ref)) // a new entity's ref, or one set
	}
	for _, n := range r.Names {
		if r.New && n.Strong || !r.New && t.resolvable(e.Type, n, r.ID) {
			want = append(want, nameKey(e.Type, n.Norm))
		}
	}
	var need []int64
	for _, k := range want {
		if !t.held[k] {
			need = append(need, k)
		}
	}
	if len(need) > 0 {
		return aloneError{need}
	}
	return nil
}

// linkKeys are the keys of step 2 for one report.
func linkKeys(typ string, parts []int64, place int64, lo, hi string, prec annals.Precision) []int64 {
	var keys []int64
	for _, e := range chronicle.KeyEntities(parts, place) {
		for _, b := range chronicle.Buckets(lo, hi, prec) {
			keys = append(keys, lockKey("link", strconv.FormatInt(e, 10), typ, b[:min(len(b), 4)]))
		}
	}
	return keys
}

// eventKey is the lock of an event.
func eventKey(id int64) int64 { return lockKey("event", strconv.FormatInt(id, 10)) }

// newIDs returns n ids for new rows of table: after the largest stored in
// a serial transaction, from the table's sequence in a parallel one.
func (t *putTx) newIDs(table string, n int) ([]int64, error) {
	out := make([]int64, 0, n)
	if n == 0 {
		return out, nil
	}
	if ids := t.drawn[table]; t.keyed && len(ids) >= n {
		t.drawn[table] = ids[n:]
		return append(out, ids[:n]...), nil
	}
	if t.keyed {
		// the sequence looked up once, not at each id (seqID)
		ids, err := t.queryIDs(`WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence('`+table+`', 'id')::regclass AS seq)
			SELECT nextval(s.seq) FROM s, generate_series(1, ?)`, n)
		if err != nil {
			return nil, err
		}
		return ids, nil
	}
	var top int64
	if err := t.scan(`SELECT coalesce(max(id), 0) FROM `+table, nil, &top); err != nil {
		return nil, err
	}
	for i := range n {
		out = append(out, top+int64(i)+1)
	}
	return out, nil
}

// lockFacts takes the locks of step 2 for a story whose entities are
// resolved: the link keys of its reports, computed as insertFacts
// computes them. (The counters and names of the entities it names are
// written after the transaction, pgpending.go.)
func (t *putTx) lockFacts(doc *annals.Document, f *storyFacts, lookup func(string) any) error {
	keys := make([]int64, 0, 4*len(doc.Events))
	for i := range doc.Events {
		ev := &doc.Events[i]
		var parts []int64
		for _, name := range ev.Participants {
			if gid, ok := lookup(name).(int64); ok && !slices.Contains(parts, gid) {
				parts = append(parts, gid)
			}
		}
		ef := &f.events[i]
		keys = append(keys, linkKeys(string(ev.Type), parts, pidOf(lookup(ef.place)), ef.lo, ef.hi, ev.Date.Precision())...)
	}
	_, err := t.lock(keys)
	return err
}

// eventKeys are the locks of step 3: the events of every report read
// while settling, and the events the settlement writes to.
func eventKeys(feats map[int64]*chronicle.Report, st *chronicle.Settlement) []int64 {
	var keys []int64
	for _, r := range feats {
		keys = append(keys, eventKey(r.Event))
	}
	for _, c := range st.Components {
		if c.Event != 0 {
			keys = append(keys, eventKey(c.Event))
		}
		for _, o := range c.Outside {
			keys = append(keys, eventKey(o))
		}
	}
	return keys
}

// bridgeKeyCap bounds the locks a bridge stored in parallel takes for
// the reports of the entity it moves (their events and link keys): an
// entity named by more reports than that is moved serially
// (SerialBridge), so that one transaction never fills PostgreSQL's table
// of locks, which all sessions share (max_locks_per_transaction for each
// connection).
const bridgeKeyCap = 512

// lockBridges takes alone, on a parallel store, the keys of resolution
// of the entities a story's bridges join (each one moved and the one it
// moves into): their refs and strong names, as stored, read again once
// they are held until no new one is found. So no other story resolves an
// entity to either while the bridge moves its rows and counts them again
// (moveEntity): what they stored is committed and read, and what they
// left pending is taken (takeBridgePending).
func (t *putTx) lockBridges(bridges [][2]int64) error {
	var ids []int64
	for _, b := range bridges {
		ids = append(ids, b[0], b[1])
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for {
		keys, err := t.entityKeys(ids)
		if err != nil {
			return err
		}
		took, err := t.lock(keys)
		if err != nil || !took {
			return err
		}
	}
}

// entityKeys are the keys of resolution of the entities ids as stored:
// their refs and strong names (pgGuessKeys' rows).
func (t *putTx) entityKeys(ids []int64) ([]int64, error) {
	rows, err := t.sqltx().QueryContext(t.ctx, `SELECT e.type, coalesce(e.ref, ''), coalesce(n.norm, '') FROM entities e
		LEFT JOIN entity_names n ON n.entity_id = e.id AND n.strong = 1 WHERE e.id = ANY(?::bigint[])`, idArray(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var keys []int64
	for rows.Next() {
		var typ, ref, norm string
		if err := rows.Scan(&typ, &ref, &norm); err != nil {
			return nil, err
		}
		if ref != "" {
			keys = append(keys, refKey(ref))
		}
		if norm != "" {
			keys = append(keys, nameKey(annals.EntityType(typ), norm))
		}
	}
	return keys, rows.Err()
}

// idArray is ids as a PostgreSQL array literal.
func idArray(ids []int64) string {
	b := []byte(jsonIDs(ids))
	b[0], b[len(b)-1] = '{', '}'
	return string(b)
}

// bridgeKeys are the locks a parallel bridge takes before it rewrites
// reps, the reports naming entity from (moveEntity): the event of each,
// and its link keys as it is and as it will be (from made to), so that a
// story linking a new report with one of them, or settling its event,
// waits for the move, and the move for it.
func bridgeKeys(reps []movedReport, from, to int64) []int64 {
	var keys []int64
	for _, r := range reps {
		keys = append(keys, eventKey(r.event))
		parts := chronicle.ParseIDs(r.parts)
		keys = append(keys, linkKeys(r.typ, parts, r.place, r.lo, r.hi, r.date.Precision())...)
		moved, place := movedParts(parts, r.place, from, to)
		keys = append(keys, linkKeys(r.typ, moved, place, r.lo, r.hi, r.date.Precision())...)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// takeBridgePending, in a parallel bridge of from into to, takes the rows
// other transactions left pending for either (pgpending.go): it waits for
// a fold that holds some to commit, deletes their counts and names, which
// moveEntity counts again from the stories (rebuildEntity), and holds
// their numbers of events (no fold takes them until the bridge commits,
// and an entity deleted takes its own), and drops the rows the
// transaction's story has yet to write for them.
func (t *putTx) takeBridgePending(from, to int64) error {
	if _, err := t.sqltx().ExecContext(t.ctx, `SELECT count(*) FROM (SELECT id FROM entity_pending WHERE entity_id IN (?, ?) ORDER BY id FOR UPDATE) AS p`, from, to); err != nil {
		return err
	}
	if _, err := t.sqltx().ExecContext(t.ctx, `DELETE FROM entity_pending WHERE entity_id IN (?, ?) AND events = 0`, from, to); err != nil {
		return err
	}
	const width = 8 // pendName, pendCount
	kept := t.pending[:0]
	for i := 0; i+width <= len(t.pending); i += width {
		if id := t.pending[i].(int64); id != from && id != to {
			kept = append(kept, t.pending[i:i+width]...)
		}
	}
	clear(t.pending[len(kept):])
	t.pending = kept
	return nil
}

// pgDrawIDs takes a parallel transaction's shared write lock and then
// draws ids from the sequences of story_entities (args: how many) and
// reports: rows (0, 0) once, then (1, id) for each story entity and (2,
// id) for each report. The lock is taken first (the first branch of the
// UNION ALL reads l alone, and every later row joins l): a serial
// transaction, which holds it alone, sets the sequences past the largest
// ids at its commit (pgSyncIDs), and ids drawn while it ran could be
// given again after it.
var pgDrawIDs = `WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(` + strconv.Itoa(pgWriteLock) + `)::text AS locked),
	s AS MATERIALIZED (SELECT pg_get_serial_sequence('story_entities', 'id')::regclass AS e, pg_get_serial_sequence('reports', 'id')::regclass AS r)
	SELECT 0, 0::bigint FROM l
	UNION ALL SELECT 1, nextval(s.e) FROM l, s, generate_series(1, ?)
	UNION ALL SELECT 2, nextval(s.r) FROM l, s, generate_series(1, ?)`

// drawIDs takes the shared write lock of a parallel transaction (tx,
// just begun) and the ids of the story entities and reports of batch's
// stories, drawn together (pgDrawIDs), each table's in ascending order.
// A story stored takes its own in turn (newIDs); those of a story
// skipped or rolled back are not used, as ids drawn by a transaction
// rolled back are not.
func drawIDs(ctx context.Context, tx *sql.Tx, batch []Put) (map[string][]int64, error) {
	var ents, reps int
	for _, p := range batch {
		if p.Doc != nil {
			ents += len(p.Doc.Entities)
			reps += len(p.Doc.Events)
		}
	}
	rows, err := tx.QueryContext(ctx, pgDrawIDs, ents, reps)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	drawn := map[string][]int64{"story_entities": make([]int64, 0, ents), "reports": make([]int64, 0, reps)}
	for rows.Next() {
		var which, id int64
		if err := rows.Scan(&which, &id); err != nil {
			return nil, err
		}
		switch which {
		case 1:
			drawn["story_entities"] = append(drawn["story_entities"], id)
		case 2:
			drawn["reports"] = append(drawn["reports"], id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, ids := range drawn {
		slices.Sort(ids)
	}
	return drawn, nil
}
