package store

// Look-ups read beside the writer (SQLite): the look-ahead of a batch.
//
// Storing a story reads as well as writes. Two of its reads take a tenth
// of the writer's time each at 232,003 stories: settling a new report
// reads the report_keys rows that share its key entities, type and
// months (foldedCandidates, about 200 rows a report at 100,000 stories),
// and finding a story's copies reads the stories of its 32 bands and
// their signatures (markCopies). A batch is one write transaction, and
// the writer one goroutine. What those reads need is what was committed
// before the batch, which a second connection reads as the writer does
// (WAL: a reader sees the last commit, and nothing commits while the
// batch holds the write lock), plus what the batch itself wrote, which
// the writer keeps in memory as it writes it.
//
// So a batch of SQLite stories starts a look-ahead (lookAhead): a
// goroutine with its own connection, in a read transaction begun once
// the batch holds the write lock, that answers reads in the order sent.
// The copy look-up of each story is sent one story ahead (at); the
// candidate look-up of each new report as soon as insertFacts knows its
// key entities, buckets and facts (send), while the writer goes on with
// the story's rows and copies. The writer then folds what was read with
// what the batch wrote: the index rows of its new reports (wrote), the
// rows it deleted (dropped), the rows of stored reports it indexed again
// (read again inside the transaction, restricted to those reports), the
// bands and signatures of its stories (banded). The result is what the
// same statements inside the transaction would have read
// (TestLookAheadBatches, TestLookAheadKeepsTheChronicle). A story
// replaced inside the batch makes the look-ahead stale (dirty), and the
// batch's later look-ups run in the transaction as before; so does a
// look-up asked with other values than the ones sent, or whose read
// failed. The read transaction ends before the batch commits, so a
// checkpoint is never held back by it. PostgreSQL's parallel writers
// read inside their own transactions as before.
//
// The reader also reads what settling will read of the stored reports a
// look-up lets through (prefetch): their events and links, and the
// features of those the committed feature cache does not hold (about a
// millisecond a story of the writer at 232,003 stories, where most
// candidates are not cached). It folds the stored rows as the writer
// does, and reads each report once a batch. The writer takes them
// (absorb, event, features) unless the batch changed them since: an
// event or link it set (setEvent), the reports of an event it moved
// to another (movedEvent), features it changed when entities merged
// (forgot, with forgetFeatures), any story replaced (stale). Features
// change only then; events and links at every settle.

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"sync"

	"annals"
	"annals/internal/chronicle"
)

// keyRowsSQL is the candidate look-up's statement over report_keys for
// nEnts key entities and nBks buckets (foldedCandidates): per row, the
// report, the entity and its role, with bit 4 when the row lets its
// report through alone. Arguments: see keyArgs, after the story, title
// bits and stated day of the report looked up.
func keyRowsSQL(nEnts, nBks int) string {
	return `SELECT report_id, entity_id, role | CASE WHEN story_id = ? OR (tbits & ?) <> 0 OR (sday = ? AND sday <> 0) THEN 4 ELSE 0 END
		FROM report_keys WHERE type = ? AND entity_id IN (` + placeholders(nEnts) + `) AND bucket IN (` + placeholders(nBks) + `) AND report_id <> ?`
}

// lookArgs are the arguments of keyRowsSQL for a report with these
// features (the fields of chronicle.Report the look-up reads), with the
// key entities and the buckets it looks up.
func lookArgs(r *chronicle.Report) (args []any, ents []int64, bks []string) {
	ents = chronicle.KeyEntities(r.Parts, r.Place)
	bks = chronicle.LookupBuckets(chronicle.Buckets(r.Lo, r.Hi, r.Date.Precision()))
	return keyArgs([]any{r.Story, chronicle.TitleBits(r.Title), chronicle.DayKey(r.Date, r.Lo, r.Hi, r.Weak)}, r, ents, bks), ents, bks
}

// keyRow is one report_keys row the reader read (lookRowsSQL).
type keyRow struct{ report, entity, role int64 }

// lookRowsSQL selects the rows keyRowsSQL selects, with the same
// arguments, and says apart why a row lets its report through alone:
// bit 4 for the facts that never change (the same story, a shared title
// word), bit 8 for the same stated day, which a report indexed again
// may change (keyConflict).
func lookRowsSQL(nEnts, nBks int) string {
	return `SELECT report_id, entity_id, role | CASE WHEN story_id = ? OR (tbits & ?) <> 0 THEN 4 ELSE 0 END | CASE WHEN sday = ? AND sday <> 0 THEN 8 ELSE 0 END
		FROM report_keys WHERE type = ? AND entity_id IN (` + placeholders(nEnts) + `) AND bucket IN (` + placeholders(nBks) + `) AND report_id <> ?`
}

// lookReq is a read sent to the look-ahead's reader: do runs on its
// connection, inside its read transaction.
type lookReq struct {
	do    func(ctx context.Context, c *lookConn) error
	err   error
	ready chan struct{} // closed when do returned
}

// keyReq is a candidate look-up sent to the reader.
type keyReq struct {
	lookReq
	args []any // keyRowsSQL's and lookRowsSQL's
	rows []keyRow
	// What the reader read of the stored reports the rows let through
	// (prefetch): their events and links, and the features of those
	// not in the committed feature cache.
	evs   map[int64]evLink
	feats []*chronicle.Report
}

// evLink is a report's event and whether its link says it made a new
// event, as the look-ahead read them.
type evLink struct {
	event int64
	isNew bool
}

// rowKey is the primary key of a report_keys row; rowFacts the rest.
type rowKey struct {
	entity int64
	typ    string
	bucket string
	report int64
}

type rowFacts struct{ story, tbits, sday, role int64 }

// through is the row's role with bit 4 when it lets its report through
// alone for a look-up of a report of this story, title bits and stated
// day (keyRowsSQL's CASE).
func (f rowFacts) through(story, tbits, day int64) int64 {
	if f.story == story || f.tbits&tbits != 0 || f.sday == day && f.sday != 0 {
		return f.role | 4
	}
	return f.role
}

type entType struct {
	entity int64
	typ    string
}

// lookAhead is the look-ahead of one batch (see above).
type lookAhead struct {
	reqs    chan *lookReq
	done    chan struct{}
	stopped bool
	pending map[int64]*keyReq // by report id
	// The report_keys rows the batch wrote, by key, and their keys (each
	// listed once) by entity and type and by report; a key whose row was
	// deleted is gone from rows only. A row written over a stored one
	// (keyConflict) takes its day and role.
	rows     map[rowKey]rowFacts
	listed   map[rowKey]bool
	byEnt    map[entType][]rowKey
	byReport map[int64][]rowKey
	// gone: the reports whose stored rows the batch deleted (it may
	// have written others since, in rows); mine the batch's new reports;
	// over the stored reports the batch indexed again without deleting
	// their rows first (keyConflict changed their rows' day and role).
	gone, mine, over map[int64]bool
	// The copy look-ups of the batch's stories, by their index in the
	// batch, and cur the index of the story being stored; the bands the
	// batch wrote, by (band, hash), and the signatures of its stories
	// (as stored and read back).
	copyReqs map[int]*copyReq
	cur      int
	bands    map[[2]int64][]int64
	sigs     map[int64][]uint32
	// dirty: report_keys or the bands changed otherwise (a story
	// replaced); the look-ups run in the transaction from then on.
	dirty bool
	// The candidate look-ups sent, in order, and how many of them were
	// absorbed: their events and features, as committed before the
	// batch, are in evs and feats. The batch's changes since: the
	// reports whose event or link it set (evSet), the events whose
	// reports it moved to another (evMoved), the reports whose features
	// it changed (featGone, entities merged). read (the reader's own)
	// are the reports whose events and links the reader read already.
	sent           []*keyReq
	absorbed       int
	evs            map[int64]evLink
	feats          map[int64]*chronicle.Report
	evSet, evMoved map[int64]bool
	featGone       map[int64]bool
	read           map[int64]bool
	noPrefilter    bool
	committed      *featCache
	stats          *lookStats
	d              *dialect
}

// lookStats counts what look-aheads did, for measurements and tests.
type lookStats struct {
	mu sync.Mutex
	lookCounts
}

// lookCounts are the numbers lookStats keeps.
type lookCounts struct {
	sent, used, stale, miss int
	copies                  int // copy look-ups answered
	events, features        int // events and links, features of stored reports taken from the reader
	changedEvents           int // events and links the reader read that the batch had changed since (read again)
	changedFeatures         int // features likewise
	reread, dropped         int // look-ups that read stored reports indexed again; reports whose rows the batch deleted
}

// lookConn is the look-ahead's connection, kept from batch to batch with
// its prepared statements (a look-up's text varies only by its numbers
// of entities and buckets).
type lookConn struct {
	mu    sync.Mutex
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

// maxLookStmts bounds the statements the look-ahead keeps prepared.
const maxLookStmts = 256

func (c *lookConn) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reset()
}

// reset closes the connection and its statements (c.mu held).
func (c *lookConn) reset() {
	for _, st := range c.stmts {
		st.Close()
	}
	clear(c.stmts)
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}

// stmt is q prepared on the connection (c.mu held); done closes it
// when it is not kept.
func (c *lookConn) stmt(ctx context.Context, q string) (st *sql.Stmt, done func(), err error) {
	if st, ok := c.stmts[q]; ok {
		return st, func() {}, nil
	}
	if st, err = c.conn.PrepareContext(ctx, q); err != nil {
		return nil, nil, err
	}
	if len(c.stmts) >= maxLookStmts {
		return st, func() { st.Close() }, nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[q] = st
	return st, func() {}, nil
}

// query runs q, a look-up of index rows (lookRowsSQL), on the
// connection (c.mu held).
func (c *lookConn) query(ctx context.Context, q string, args []any) ([]keyRow, error) {
	st, done, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	defer done()
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return scanKeyRows(rows)
}

// scanKeyRows reads and closes rows of index rows (report, entity, role).
func scanKeyRows(rows *sql.Rows) ([]keyRow, error) {
	defer rows.Close()
	var out []keyRow
	for rows.Next() {
		var k keyRow
		if err := rows.Scan(&k.report, &k.entity, &k.role); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// startLook starts the look-ahead of a batch whose transaction holds the
// write lock: its reader begins a read transaction on the store's
// look-ahead connection and answers look-ups in the order sent.
func (s *DB) startLook(ctx context.Context) *lookAhead {
	la := &lookAhead{reqs: make(chan *lookReq, 4096), done: make(chan struct{}), pending: map[int64]*keyReq{},
		rows: map[rowKey]rowFacts{}, listed: map[rowKey]bool{}, byEnt: map[entType][]rowKey{}, byReport: map[int64][]rowKey{}, gone: map[int64]bool{}, mine: map[int64]bool{}, over: map[int64]bool{},
		copyReqs: map[int]*copyReq{}, bands: map[[2]int64][]int64{}, sigs: map[int64][]uint32{}, stats: &s.lookStats, d: s.d,
		evs: map[int64]evLink{}, feats: map[int64]*chronicle.Report{}, evSet: map[int64]bool{}, evMoved: map[int64]bool{}, featGone: map[int64]bool{},
		read: map[int64]bool{}, noPrefilter: s.noPrefilter, committed: s.feats}
	go func() {
		defer close(la.done)
		c := &s.look
		c.mu.Lock()
		defer c.mu.Unlock()
		var err error
		if c.conn == nil {
			c.conn, err = s.r.Conn(ctx)
		}
		began := false
		if err == nil {
			if _, err = c.conn.ExecContext(ctx, `BEGIN`); err == nil {
				began = true
			}
		}
		for req := range la.reqs {
			if req.err = err; err == nil {
				req.err = req.do(ctx, c)
			}
			close(req.ready)
		}
		if began {
			if _, err := c.conn.ExecContext(context.Background(), `ROLLBACK`); err != nil {
				c.reset() // opened again by the next batch
			}
		} else if c.conn != nil {
			c.reset()
		}
	}()
	return la
}

// stop ends the look-ahead: its reader answers what was sent and ends
// its read transaction. Called before the batch commits, and again (a
// no-op) when its transaction ends.
func (la *lookAhead) stop() {
	if la == nil || la.stopped {
		return
	}
	la.stopped = true
	close(la.reqs)
	<-la.done
}

// send sends the look-up of new report r (its features as the settle
// will read them) to the reader.
func (la *lookAhead) send(r *chronicle.Report) {
	if la == nil || la.dirty || la.stopped || !chronicle.Linkable(r.Parts, r.Title) {
		return
	}
	args, ents, bks := lookArgs(r)
	req := &keyReq{args: args}
	q := lookRowsSQL(len(ents), len(bks))
	req.do = func(ctx context.Context, c *lookConn) (err error) {
		if req.rows, err = c.query(ctx, q, args); err != nil {
			return err
		}
		return la.prefetch(ctx, c, req, r)
	}
	la.pending[r.ID] = req
	la.sent = append(la.sent, req)
	la.stats.add(func(s *lookCounts) { s.sent++ })
	la.run(&req.lookReq)
}

// run sends req to the reader.
func (la *lookAhead) run(req *lookReq) {
	req.ready = make(chan struct{})
	la.reqs <- req
}

// wrote notes report_keys rows the batch wrote (the values of
// reportKeys, 8 a row, inserted with keyConflict), of new reports (mine)
// or of reports indexed again.
func (la *lookAhead) wrote(vals []any, mine bool) {
	if la == nil {
		return
	}
	for i := 0; i+8 <= len(vals); i += 8 {
		k := rowKey{vals[i].(int64), vals[i+1].(string), vals[i+2].(string), vals[i+3].(int64)}
		if mine {
			la.mine[k.report] = true
		} else if !la.mine[k.report] && !la.gone[k.report] {
			la.over[k.report] = true
		}
		f := rowFacts{vals[i+4].(int64), vals[i+5].(int64), vals[i+6].(int64), int64(vals[i+7].(int))}
		if old, ok := la.rows[k]; ok {
			old.sday, old.role = f.sday, f.role // keyConflict
			la.rows[k] = old
			continue
		}
		la.rows[k] = f
		if !la.listed[k] {
			la.listed[k] = true
			et := entType{k.entity, k.typ}
			la.byEnt[et] = append(la.byEnt[et], k)
			la.byReport[k.report] = append(la.byReport[k.report], k)
		}
	}
}

// dropped notes that the report_keys rows of report id were deleted.
func (la *lookAhead) dropped(id int64) {
	if la == nil {
		return
	}
	for _, k := range la.byReport[id] {
		delete(la.rows, k)
	}
	la.gone[id] = true
	la.stats.add(func(s *lookCounts) { s.dropped++ })
}

// stale notes a change of report_keys the look-ahead does not follow.
func (la *lookAhead) stale() {
	if la != nil {
		la.dirty = true
	}
}

// fold folds into f the rows that keyRowsSQL with args would read inside
// the transaction: the stored rows the reader read, as the batch left
// them, and the rows the batch wrote; the rows of stored reports the
// batch indexed again (over) are read inside the transaction by
// reread(ids), restricted to those reports. ok is false when the
// look-ahead cannot answer (stale, not sent, sent with other values, or
// its read failed): the caller reads the rows itself.
func (la *lookAhead) fold(f *keyFold, r *chronicle.Report, args []any, ents []int64, bks []string, reread func(ids []int64) ([]keyRow, error)) (ok bool, err error) {
	if la == nil {
		return false, nil
	}
	req := la.pending[r.ID] // kept: the stored rows read answer it again
	if la.dirty || req == nil || !slices.Equal(req.args, args) {
		la.stats.add(func(s *lookCounts) {
			if la.dirty {
				s.stale++
			} else {
				s.miss++
			}
		})
		return false, nil
	}
	<-req.ready
	if req.err != nil {
		la.stats.add(func(s *lookCounts) { s.miss++ })
		return false, nil
	}
	var again map[int64]bool // the stored reports indexed again whose rows were read
	if len(la.over) > 0 {
		for _, k := range req.rows {
			if la.over[k.report] && !la.gone[k.report] {
				if again == nil {
					again = map[int64]bool{}
				}
				again[k.report] = true
			}
		}
	}
	if again != nil {
		la.stats.add(func(s *lookCounts) { s.reread++ })
		rows, err := reread(sortedKeys(again))
		if err != nil {
			return false, err
		}
		for _, k := range rows {
			f.add(k.report, k.entity, k.role)
		}
	}
	for _, k := range req.rows {
		if la.gone[k.report] || again[k.report] {
			continue // deleted by the batch (its rows written since are in la.rows), or read again
		}
		role := k.role & 3
		if k.role&12 != 0 {
			role |= 4
		}
		f.add(k.report, k.entity, role)
	}
	story, tbits, day := args[0].(int64), args[1].(int64), args[2].(int64)
	for _, e := range ents {
		for _, k := range la.byEnt[entType{e, r.Type}] {
			rf, live := la.rows[k]
			if !live || k.report == r.ID || again[k.report] || !slices.Contains(bks, k.bucket) {
				continue
			}
			f.add(k.report, e, rf.through(story, tbits, day))
		}
	}
	la.stats.add(func(s *lookCounts) { s.used++ })
	return true, nil
}

// copyReq is the copy look-up of a story of the batch (markCopies): the
// stored stories of each of its bands (bandSQL, in the order read) and
// those of them whose stored signature is near enough to be copies.
type copyReq struct {
	lookReq
	sig   []uint32
	bands map[int][]int64
	near  map[int64]bool
}

// at notes that story i of batch is being stored, and sends the copy
// look-ups of it and of the next story when not sent yet: one story
// ahead, so that the reader answers the look-ups in about the order the
// writer needs them.
func (la *lookAhead) at(batch []Put, i int) {
	if la == nil {
		return
	}
	la.cur = i
	for j := i; j <= i+1 && j < len(batch); j++ {
		if _, sent := la.copyReqs[j]; sent || la.dirty {
			continue
		}
		p := batch[j]
		if !p.Pre.fits(p.Story) || p.Pre.doc != p.Doc || p.Pre.sig == nil {
			la.copyReqs[j] = nil
			continue
		}
		req := &copyReq{sig: p.Pre.sig, bands: map[int][]int64{}, near: map[int64]bool{}}
		q, args := la.d.bandSQL(chronicle.BandHashes(req.sig))
		req.do = func(ctx context.Context, c *lookConn) error { return req.read(ctx, c, q, args) }
		la.copyReqs[j] = req
		la.run(&req.lookReq)
	}
}

// read reads a copy look-up on the reader's connection.
func (req *copyReq) read(ctx context.Context, c *lookConn, q string, args []any) error {
	st, done, err := c.stmt(ctx, q)
	if err != nil {
		return err
	}
	defer done()
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	var cands []int64
	for rows.Next() {
		var b int
		var id int64
		if err := rows.Scan(&b, &id); err != nil {
			rows.Close()
			return err
		}
		req.bands[b] = append(req.bands[b], id)
		if !slices.Contains(cands, id) {
			cands = append(cands, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for chunk := range slices.Chunk(cands, 100) {
		rows, err := c.conn.QueryContext(ctx, `SELECT story_id, minhash FROM story_copies WHERE story_id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var blob []byte
			if err := rows.Scan(&id, &blob); err != nil {
				rows.Close()
				return err
			}
			if chronicle.Similarity(req.sig, chronicle.DecodeSig(blob)) >= chronicle.CopyThreshold {
				req.near[id] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// copies returns the copy look-up of the story being stored, read, when
// it was sent for signature sig and the batch has not changed the bands
// otherwise; nil when the writer is to read them itself.
func (la *lookAhead) copies(sig []uint32) *copyReq {
	if la == nil || la.dirty {
		return nil
	}
	req := la.copyReqs[la.cur]
	if req == nil || !slices.Equal(req.sig, sig) {
		return nil
	}
	<-req.ready
	if req.err != nil {
		return nil
	}
	la.stats.add(func(s *lookCounts) { s.copies++ })
	return req
}

// bandsWith is bandRows from a copy look-up: the stored stories of each
// band read by the reader, then the batch's own (whose ids are larger:
// new stories take the next ids), the oldest chronicle.BandLimit of
// them; and near, the candidates whose signature is near enough to sig
// (those of the batch compared here).
func (la *lookAhead) bandsWith(cr *copyReq, id int64, bands []int64, sig []uint32) (full map[int]int, cands, near []int64) {
	full, near = map[int]int{}, []int64{}
	for b, h := range bands {
		list := append(slices.Clone(cr.bands[b]), la.bands[[2]int64{int64(b), h}]...)
		list = list[:min(len(list), chronicle.BandLimit)]
		full[b] = len(list)
		for _, c := range list {
			if c != id && !slices.Contains(cands, c) {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range cands {
		if other, mine := la.sigs[c]; mine {
			if chronicle.Similarity(sig, other) >= chronicle.CopyThreshold {
				near = append(near, c)
			}
		} else if cr.near[c] {
			near = append(near, c)
		}
	}
	return full, cands, near
}

// banded notes the signature of story id and the band rows the batch
// wrote for it (band, hash, story: 3 values a row).
func (la *lookAhead) banded(id int64, sig []uint32, rows []any) {
	if la == nil {
		return
	}
	la.sigs[id] = chronicle.DecodeSig(chronicle.EncodeSig(sig)) // as read back
	for i := 0; i+3 <= len(rows); i += 3 {
		k := [2]int64{int64(rows[i].(int)), rows[i+1].(int64)}
		la.bands[k] = append(la.bands[k], rows[i+2].(int64))
	}
}

func (s *lookStats) add(f func(*lookCounts)) {
	s.mu.Lock()
	f(&s.lookCounts)
	s.mu.Unlock()
}

// counts returns the numbers kept so far.
func (s *lookStats) counts() lookCounts {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lookCounts
}

// LookAheadStats says how many candidate look-ups the look-aheads of
// SQLite batches were sent, answered, and left to the writer because the
// batch had changed the index otherwise (stale) or for another reason
// (miss), and how many copy look-ups they answered: for measurements.
func (s *DB) LookAheadStats() string {
	st := s.lookStats.counts()
	return "sent " + strconv.Itoa(st.sent) + ", used " + strconv.Itoa(st.used) + ", stale " + strconv.Itoa(st.stale) + ", miss " + strconv.Itoa(st.miss) + "; copies " + strconv.Itoa(st.copies) +
		"; reread " + strconv.Itoa(st.reread) + ", dropped " + strconv.Itoa(st.dropped) +
		"; events " + strconv.Itoa(st.events) + ", features " + strconv.Itoa(st.features)
}

// lookReport is the chronicle.Report of a new report's features as
// loadReports reads them back, for its look-up (lookAhead.send).
func lookReport(id, story int64, typ string, parts []int64, place int64, placeNorm string, date annals.Date, lo, hi string, weak bool, title []string) *chronicle.Report {
	return &chronicle.Report{ID: id, Story: story, Type: typ, Parts: parts, Place: place, PlaceNorm: placeNorm, Date: date, Lo: lo, Hi: hi, Weak: weak, Title: title}
}

// prefetch reads, on the reader, what settling the report will read of
// the stored reports its look-up's rows let through (folded as the
// writer folds them, without the batch's rows): their events and links,
// and the features of those the committed cache does not hold; each
// report once a batch (read). The writer takes them while the batch has
// not changed them (absorb, event, features). Runs on the reader.
func (la *lookAhead) prefetch(ctx context.Context, c *lookConn, req *keyReq, r *chronicle.Report) error {
	var f keyFold
	f.reset(r, la.noPrefilter)
	for _, k := range req.rows {
		role := k.role & 3
		if k.role&12 != 0 {
			role |= 4
		}
		f.add(k.report, k.entity, role)
	}
	var light, full []int64
	for _, id := range f.passed() {
		if la.read[id] {
			continue
		}
		la.read[id] = true
		if la.committed != nil && la.committed.has(id) {
			light = append(light, id)
		} else {
			full = append(full, id)
		}
	}
	if len(light)+len(full) == 0 {
		return nil
	}
	req.evs = map[int64]evLink{}
	// A statement the connection does not keep (it keeps maxLookStmts)
	// is closed once its rows are read, when prefetch returns: closed
	// when query returned, its rows were read from a finalized statement
	// (a crash in SQLite's mutex after some 42,000 stories).
	var dones []func()
	defer func() {
		for _, done := range dones {
			done()
		}
	}()
	query := func(q string, args ...any) (*sql.Rows, error) {
		st, done, err := c.stmt(ctx, q)
		if err != nil {
			return nil, err
		}
		dones = append(dones, done)
		return st.QueryContext(ctx, args...)
	}
	for chunk := range slices.Chunk(full, 100) {
		rs, err := readFeatures(query, chunk)
		if err != nil {
			return err
		}
		for _, r := range rs {
			req.evs[r.ID] = evLink{r.Event, r.IsNew}
			req.feats = append(req.feats, r)
		}
	}
	for chunk := range slices.Chunk(light, 100) {
		rows, err := query(`SELECT id, event_id, link LIKE 'new%' FROM reports WHERE id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var e evLink
			if err := rows.Scan(&id, &e.event, &e.isNew); err != nil {
				rows.Close()
				return err
			}
			req.evs[id] = e
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// absorb takes what the reader prefetched for the look-ups it answered
// so far, in the order sent (a report the reader read once a batch is
// in the first look-up that let it through).
func (la *lookAhead) absorb() {
	if la == nil {
		return
	}
	for la.absorbed < len(la.sent) {
		req := la.sent[la.absorbed]
		select {
		case <-req.ready:
		default:
			return
		}
		la.absorbed++
		if req.err != nil {
			continue
		}
		for id, e := range req.evs {
			la.evs[id] = e
		}
		for _, r := range req.feats {
			la.feats[r.ID] = r
		}
		req.evs, req.feats = nil, nil
	}
}

// event returns the event and link of stored report id as the reader
// read them, when the batch has changed neither since.
func (la *lookAhead) event(id int64) (evLink, bool) {
	if la == nil || la.dirty {
		return evLink{}, false
	}
	e, ok := la.evs[id]
	if !ok {
		return evLink{}, false
	}
	if la.evSet[id] || la.evMoved[e.event] {
		la.stats.add(func(s *lookCounts) { s.changedEvents++ })
		return evLink{}, false
	}
	la.stats.add(func(s *lookCounts) { s.events++ })
	return e, true
}

// features returns the linking features of stored report id as the
// reader read them (Event and IsNew those it read), when the batch has
// not changed them since; nil otherwise.
func (la *lookAhead) features(id int64) *chronicle.Report {
	if la == nil || la.dirty {
		return nil
	}
	r := la.feats[id]
	switch {
	case r == nil:
	case la.featGone[id]:
		la.stats.add(func(s *lookCounts) { s.changedFeatures++ })
		return nil
	default:
		la.stats.add(func(s *lookCounts) { s.features++ })
	}
	return r
}

// setEvent notes that the batch set the event or link of report id.
func (la *lookAhead) setEvent(id int64) {
	if la != nil {
		la.evSet[id] = true
	}
}

// movedEvent notes that the batch moved the reports of event ev to
// another.
func (la *lookAhead) movedEvent(ev int64) {
	if la != nil {
		la.evMoved[ev] = true
	}
}

// forgot notes that the batch changed the features of report id.
func (la *lookAhead) forgot(id int64) {
	if la != nil {
		la.featGone[id] = true
	}
}
