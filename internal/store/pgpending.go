package store

// The counters and names of entities, written after the story on
// PostgreSQL's parallel stores (DB.SetParallel).
//
// Every story adds to the counters of the entities it names
// (entity_counts.stories, mentions) and to the names it calls them by
// (entity_names: seen, kind, display form), and the entity's display name
// (entities.name) is chosen again from its names. Written in the story's
// transaction, these are row locks on the rows of the entities most
// stories name (the United States is in 85 % of the generated stories):
// every story naming one waits for the one before it to commit. None of
// them is read by resolution, linking or settling, and each is a sum, a
// maximum or a choice over all the names: they do not depend on the order
// the stories come in.
//
// So a parallel transaction appends them to entity_pending instead (a row
// per entity with its counts, a row per name it used: inserts, which no
// other transaction waits for), and after it commits a short transaction
// folds every pending row not being folded by another writer into the
// entities and their names, and chooses the display names again
// (foldPending). A writer that dies between the two leaves its rows
// pending, and the next fold, by any writer, takes them; a serial
// transaction, which runs alone, folds whatever is pending first. The
// names that resolution reads (a new entity, a ref, a strong name an
// entity did not hold yet) stay in the story's transaction, under the
// locks of their keys (pglocks.go).
//
// Until a fold commits, the counters read lag behind the stories stored
// by the moment's running writers.
//
// The number of events an entity takes part in (entities.events,
// pgSchemaV13) goes the same way, but from triggers on
// event_participants, whichever statement adds or removes a participant
// (an event derived again, deleted, settled after a merge): a row of
// change (+1 or -1 in events) per participant, folded in with the rest,
// so that no story transaction updates an entity's row. It is read as
// the entity's row plus its changes pending (dialect.pendingEvents), so
// it is exact at any moment, as the counts of pgcounts.go are. An entity
// deleted takes its pending rows with it: a serial transaction, which
// alone deletes entities, runs after every fold and may give the next
// entity the same id.

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"annals/internal/resolve"
)

// pgSchemaV6 adds the pending rows.
const pgSchemaV6 = `
CREATE TABLE IF NOT EXISTS entity_pending (
	id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	entity_id BIGINT NOT NULL,
	norm      TEXT NOT NULL DEFAULT '',
	name      TEXT NOT NULL DEFAULT '',
	kind      TEXT NOT NULL DEFAULT '',
	strong    BIGINT NOT NULL DEFAULT 0,
	until     TEXT NOT NULL DEFAULT '',
	stories   BIGINT NOT NULL DEFAULT 0,
	mentions  BIGINT NOT NULL DEFAULT 0
);
`

// pgSchemaV13 keeps the number of events of each entity (see above), as
// SQLite's schemaV16. It can run again over itself (the tests take the
// schema back to older versions).
const pgSchemaV13 = `
ALTER TABLE entities ADD COLUMN IF NOT EXISTS events BIGINT NOT NULL DEFAULT 0;
ALTER TABLE entity_pending ADD COLUMN IF NOT EXISTS events BIGINT NOT NULL DEFAULT 0;
DELETE FROM entity_pending WHERE events <> 0;
UPDATE entities SET events = 0 WHERE events <> 0;
UPDATE entities e SET events = c.n FROM (SELECT entity_id, count(*) AS n FROM event_participants GROUP BY entity_id) AS c
	WHERE c.entity_id = e.id;
CREATE OR REPLACE FUNCTION annals_count_participant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		INSERT INTO entity_pending (entity_id, events) VALUES (OLD.entity_id, -1);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO entity_pending (entity_id, events) VALUES (NEW.entity_id, 1);
	END IF;
	RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION annals_drop_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM entity_pending WHERE entity_id = OLD.id;
	RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS participants_counted ON event_participants;
DROP TRIGGER IF EXISTS participants_recounted ON event_participants;
DROP TRIGGER IF EXISTS entities_pending_dropped ON entities;
CREATE TRIGGER participants_counted AFTER INSERT OR DELETE ON event_participants FOR EACH ROW EXECUTE FUNCTION annals_count_participant();
CREATE TRIGGER participants_recounted AFTER UPDATE OF entity_id ON event_participants FOR EACH ROW
	WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id) EXECUTE FUNCTION annals_count_participant();
CREATE TRIGGER entities_pending_dropped AFTER DELETE ON entities FOR EACH ROW EXECUTE FUNCTION annals_drop_pending();
`

// foldLimit bounds the pending rows one statement of a fold takes.
const foldLimit = 5000

// pgRunner is what a fold runs its statements on: a pgx connection (in
// the transaction it has open) or a pgx transaction.
type pgRunner interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// pendName appends a name of entity gid to the pending rows of the
// transaction's story.
func (t *putTx) pendName(gid int64, n resolve.EntityName) {
	t.pending = append(t.pending, gid, n.Norm, n.Text, string(n.Kind), n.Strong, string(n.Until), 0, 0)
}

// pendCount appends the counts of entity gid to the pending rows.
func (t *putTx) pendCount(gid int64, mentions int) {
	t.pending = append(t.pending, gid, "", "", "", false, "", 1, mentions)
}

// writePending writes the pending rows of the transaction's story.
func (t *putTx) writePending() error {
	rows := t.pending
	t.pending = t.pending[:0]
	return t.insertRows(`INSERT INTO entity_pending (entity_id, norm, name, kind, strong, until, stories, mentions) VALUES `, 8, rows)
}

// foldPending folds the pending rows other transactions do not hold into
// entities and entity_names (see above); it runs in the transaction open
// on r, which holds the write lock (shared or alone).
func foldPending(ctx context.Context, r pgRunner) error {
	for {
		n, err := foldSome(ctx, r, false)
		if err != nil || n < foldLimit {
			return err
		}
	}
}

// pgFoldLock takes the write lock shared, for a fold of its own.
var pgFoldLock = `SELECT pg_advisory_xact_lock_shared(` + strconv.Itoa(pgWriteLock) + `)`

// takePending deletes up to foldLimit pending rows no other fold holds
// and returns them. The rows are chosen once, as an array (an InitPlan):
// as IN (SELECT ...), the planner, told by the statistics of a queue
// just vacuumed that it was empty, joined the table to them by a nested
// loop that chose them again for each of its rows (4,000 to 6,800 shared
// buffers a fold with the queues vacuumed every few seconds).
var takePending = `DELETE FROM entity_pending WHERE id = ANY(ARRAY(SELECT id FROM entity_pending ORDER BY id LIMIT ` +
	strconv.Itoa(foldLimit) + ` FOR UPDATE SKIP LOCKED)) RETURNING id, entity_id, norm, name, kind, strong, until, stories, mentions, events`

// pendingName is what the pending rows of one name add up to.
type pendingName struct {
	id           int64
	norm         string
	name, kind   string
	strong, seen int64
	until        string
	last         int64 // the pending row the until was taken from
}

// foldSome folds up to foldLimit pending rows and returns how many. With
// own, it runs in a transaction of its own, which it begins (taking the
// write lock shared) and commits; the caller rolls it back on an error.
// Either way it costs two round trips.
func foldSome(ctx context.Context, r pgRunner, own bool) (int, error) {
	first := &pgx.Batch{}
	if own {
		first.Queue(`BEGIN`)
		first.Queue(pgFoldLock)
	}
	first.Queue(takePending)
	first.Queue(takeCountChanges) // pgcounts.go
	br := r.SendBatch(ctx, first)
	defer br.Close()
	if own {
		for range 2 {
			if _, err := br.Exec(); err != nil {
				return 0, err
			}
		}
	}
	rows, err := br.Query()
	if err != nil {
		return 0, err
	}
	ents := map[int64]*pendingCounts{}
	names := map[[2]any]*pendingName{}
	n := 0
	for rows.Next() {
		var (
			id, eid, strong, stories, mentions, events int64
			norm, name, kind, until                    string
		)
		if err := rows.Scan(&id, &eid, &norm, &name, &kind, &strong, &until, &stories, &mentions, &events); err != nil {
			rows.Close()
			return 0, err
		}
		n++
		c := ents[eid]
		if c == nil {
			c = &pendingCounts{}
			ents[eid] = c
		}
		c.stories += stories
		c.mentions += mentions
		c.events += events
		if events != 0 {
			continue // a participant's row (pgSchemaV13)
		}
		c.named = true
		if norm == "" {
			continue
		}
		// The same merge as upsertName, row by row: the lower kind
		// rank, then the better form (resolve.Better); the strongest;
		// the latest until.
		k := [2]any{eid, norm}
		p := names[k]
		if p == nil {
			names[k] = &pendingName{id: eid, norm: norm, name: name, kind: kind, strong: strong, seen: 1, until: until, last: id}
			continue
		}
		p.seen++
		p.strong = max(p.strong, strong)
		rk, pk := resolve.Kind(kind).Rank(), resolve.Kind(p.kind).Rank()
		if rk < pk || rk == pk && resolve.Better(name, resolve.FormRank(name, resolve.Kind(kind)), p.name, resolve.FormRank(p.name, resolve.Kind(p.kind))) {
			p.kind, p.name = kind, name
		}
		if until != "" && (p.until == "" || id > p.last) {
			p.until, p.last = until, id
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return n, err
	}
	crows, err := br.Query()
	if err != nil {
		return n, err
	}
	sums, nc, err := readCountChanges(crows)
	if err != nil {
		return n, err
	}
	if err := br.Close(); err != nil {
		return n, err
	}
	b := &pgx.Batch{}
	if n == 0 && nc == 0 {
		if own {
			b.Queue(`COMMIT`)
			return n, r.SendBatch(ctx, b).Close()
		}
		return n, nil
	}
	// Rows in one order (entities by id, then names by entity and name),
	// so that two folds never wait for each other in a cycle.
	ids := make([]int64, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	list := make([]*pendingName, 0, len(names))
	for _, p := range names {
		list = append(list, p)
	}
	slices.SortFunc(list, func(a, b *pendingName) int {
		return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.norm, b.norm))
	})
	if len(ids) > 0 {
		queueFold(b, ids, ents, list)
	}
	queueCountSums(b, sums)
	if own {
		b.Queue(`COMMIT`)
	}
	return max(n, nc), r.SendBatch(ctx, b).Close()
}

// pendingCounts is what the pending rows of one entity add up to.
type pendingCounts struct {
	stories, mentions, events int64
	named                     bool // not only events: its name is chosen again
}

// queueFold queues, on b, the statements that fold the sums of entities
// ids (sorted) and of their names (list, sorted by entity and name): four
// statements whatever their number, each row given as arrays. They were
// a statement a row before (an entity's counts, each name, the entity's
// name again: some 60 a story), and an entity's row was written twice,
// its counts and then its name, two versions of the row of the entity
// most stories name, with its index entries, for each story. The rows are
// locked in the same order as before: the entities' counters by id (the
// lock that makes two folds of one entity wait for each other), then the
// names by entity and name. The counters go to entity_counts
// (entcounts.go); an entity's own row is written only when its display
// name changes.
func queueFold(b *pgx.Batch, ids []int64, ents map[int64]*pendingCounts, list []*pendingName) {
	stories, mentions, events := make([]int64, len(ids)), make([]int64, len(ids)), make([]int64, len(ids))
	named := make([]bool, len(ids))
	for i, id := range ids {
		c := ents[id]
		stories[i], mentions[i], events[i], named[i] = c.stories, c.mentions, c.events, c.named
	}
	b.Queue(`SELECT id FROM entity_counts WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE`, ids)
	if len(list) > 0 {
		var (
			nid, strong, seen, rank []int64
			norm, name, kind, until []string
		)
		for _, p := range list {
			nid, norm, name, kind = append(nid, p.id), append(norm, p.norm), append(name, p.name), append(kind, p.kind)
			strong, until, seen = append(strong, p.strong), append(until, p.until), append(seen, p.seen)
			rank = append(rank, int64(resolve.FormRank(p.name, resolve.Kind(p.kind))))
		}
		b.Queue(foldNames, nid, norm, name, kind, strong, until, seen, rank)
	}
	b.Queue(foldCounts, ids, stories, mentions, events)
	var renamed []int64
	for i, id := range ids {
		if named[i] {
			renamed = append(renamed, id)
		}
	}
	if len(renamed) > 0 {
		b.Queue(foldNamesOf, renamed)
	}
}

// foldNames adds the pending sightings of names (seen of each, merged) to
// entity_names, as upsertName adds one; the rows in the arrays' order.
var foldNames = pgRewrite(`INSERT INTO entity_names AS n (entity_id, norm, name, kind, strong, until, seen, form_rank)
	SELECT entity_id, norm, name, kind, strong, until, seen, form_rank FROM unnest(?1::bigint[], ?2::text[], ?3::text[], ?4::text[], ?5::bigint[], ?6::text[], ?7::bigint[], ?8::bigint[]) WITH ORDINALITY AS u
		(entity_id, norm, name, kind, strong, until, seen, form_rank, o) ORDER BY o
	ON CONFLICT (entity_id, norm) DO UPDATE SET seen = n.seen + excluded.seen, strong = ` + greatest("n.strong", "excluded.strong") + `,
	until = CASE WHEN excluded.until <> '' THEN excluded.until ELSE n.until END, ` + keepForm)

// foldCounts adds the pending counts to the entities' counters
// (entity_counts: entcounts.go).
var foldCounts = pgRewrite(`UPDATE entity_counts e SET stories = e.stories + c.stories, mentions = e.mentions + c.mentions,
	events = e.events + c.events
	FROM unnest(?1::bigint[], ?2::bigint[], ?3::bigint[], ?4::bigint[]) AS c(id, stories, mentions, events)
	WHERE e.id = c.id`)

// foldNamesOf chooses again the display names of the entities named
// (renameEntity) from their names as folded by foldNames before it; the
// row of an entity is written only when its name changes.
var foldNamesOf = pgRewrite(`UPDATE entities e SET name = c.name
	FROM (SELECT u.id, ` + displayName("u.id") + ` AS name FROM unnest(?1::bigint[]) AS u(id)) AS c
	WHERE e.id = c.id AND c.name IS NOT NULL AND e.name <> c.name`)

// Fold folds what parallel writers left pending (see above): after a
// writer died between a story's commit and its fold, the counters and
// names of the entities it named lag until the next story is stored;
// this takes them at once. It does nothing on SQLite.
func (s *DB) Fold(ctx context.Context) error {
	if !s.d.postgres() {
		return nil
	}
	return s.wrap(s.foldTx(ctx))
}

// foldTx folds in a transaction of its own, beside parallel transactions
// (the write lock shared), tried again when PostgreSQL aborts it.
func (s *DB) foldTx(ctx context.Context) error {
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c := dc.(*pgConn).Conn.Conn()
		for try := 0; ; {
			n, err := foldSome(ctx, c, true)
			if err != nil {
				c.Exec(context.WithoutCancel(ctx), `ROLLBACK`)
				if !retryable(err) || try >= 3 || ctx.Err() != nil {
					return err
				}
				try++
				continue
			}
			if n < foldLimit {
				s.vacuumQueues(ctx, c)
				s.analyzeNames(ctx, c)
				s.analyzeGrown(ctx, c)
				return nil
			}
		}
	})
}

// SetFoldEvery makes a parallel store fold what its batches left pending
// at most every d, by a timer armed by the first batch after a fold,
// instead of after each batch; Close (and Fold) folds what is left. A
// fold's statements cost about the same whatever its size, and an entity
// many stories name (the United States, in 85 % of the generated
// stories) takes one update a fold instead of one a story: each such
// update is a new version of its row of entity_counts with an entry in
// both its indexes (its counts are in the prominence index: no HOT update). The
// counters and display names read then lag up to d more behind the
// stories stored (the number of events and the counts of pgcounts.go
// stay exact: they are read with their changes pending). 0, the default,
// folds after each batch. It must be called before the store is used.
func (s *DB) SetFoldEvery(d time.Duration) {
	s.foldEvery = max(d, 0)
}

// foldAfter folds after a parallel batch committed: at once, or, with
// SetFoldEvery, by the store's timer, which it arms when none is.
func (s *DB) foldAfter(ctx context.Context) {
	if s.foldEvery == 0 {
		_ = s.foldTx(ctx)
		return
	}
	s.foldMu.Lock()
	defer s.foldMu.Unlock()
	if s.foldTimer != nil || s.foldClosed {
		return
	}
	wait := time.Duration(s.folded.Load() + int64(s.foldEvery) - time.Now().UnixNano())
	s.foldRuns.Add(1)
	s.foldTimer = time.AfterFunc(max(wait, 0), func() {
		defer s.foldRuns.Done()
		s.foldMu.Lock()
		s.foldTimer = nil
		closed := s.foldClosed
		s.foldMu.Unlock()
		if closed {
			return // Close folds
		}
		s.folded.Store(time.Now().UnixNano())
		_ = s.foldTx(context.Background())
	})
}

// foldLeft, at Close, folds what the store's timer had yet to fold, or
// waits for its fold to end.
func (s *DB) foldLeft() {
	s.foldMu.Lock()
	s.foldClosed = true
	t := s.foldTimer
	s.foldTimer = nil
	s.foldMu.Unlock()
	if t == nil {
		s.foldRuns.Wait()
		return
	}
	if t.Stop() {
		s.foldRuns.Done()
	}
	s.foldRuns.Wait()
	_ = s.foldTx(context.Background())
}

// pgVacuumEvery is how often a store that folds vacuums the folds' queues.
const pgVacuumEvery = 5 * time.Second

// vacuumQueues vacuums entity_pending and count_changes, the queues a
// fold deletes from, on c (outside a transaction) when this store has
// not for pgVacuumEvery. Every story leaves some 54 dead rows in the one
// and 12 in the other, which each fold read until autovacuum, at most
// once a minute (its naptime), removed them: at 20 stories a second
// some 60,000, 650 to 1,200 shared buffers and 2.4 to 2.8 ms a fold at
// 10,000 to 12,000 stories, where a fold after a vacuum of a few seconds
// before reads 280 and takes 0.4 ms (the vacuum, 20 ms every 5 s). The
// table is not truncated: that waits for a lock every writer's insert
// holds. VACUUM skips the queues when another vacuum holds them; its
// errors are left, for autovacuum still removes the rows, later.
func (s *DB) vacuumQueues(ctx context.Context, c *pgx.Conn) {
	now, last := time.Now().UnixNano(), s.vacuumed.Load()
	if now-last < int64(pgVacuumEvery) || !s.vacuumed.CompareAndSwap(last, now) {
		return
	}
	_, _ = c.Exec(ctx, `VACUUM (SKIP_LOCKED, TRUNCATE false) entity_pending, count_changes`)
}

// analyzeNames gathers the statistics of entities and entity_names on c
// (outside a transaction) when they have none yet: on a new database,
// after the first batch a store folds, instead of when autovacuum first
// comes by (a minute or more into a load). Without them the planner
// prices the names' trigram index (pg_trgm answers "=" too) like their
// btree, and the guess of the keys (pgGuessKeys) read it, 1,000 to 3,000
// buffers a call until then; with them, planned with its lists at each
// call, it reads the names' btree or, while the tables are small, the
// tables. A store asks after its first fold (again after a fold only
// when the question failed); analyzed then, the tables are small.
func (s *DB) analyzeNames(ctx context.Context, c *pgx.Conn) {
	if s.named.Load() {
		return
	}
	var none bool
	if err := c.QueryRow(ctx, `SELECT count(*) > 0 FROM pg_stat_user_tables
		WHERE relid IN ('entities'::regclass, 'entity_names'::regclass) AND last_analyze IS NULL AND last_autoanalyze IS NULL`).Scan(&none); err != nil {
		return
	}
	if none {
		if _, err := c.Exec(ctx, `ANALYZE entities, entity_names`); err != nil {
			return
		}
	}
	s.named.Store(true)
}
