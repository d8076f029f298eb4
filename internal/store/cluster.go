package store

// The link index and the settling of reports into events. The rules are
// package chronicle's (Link decides whether two reports tell one event,
// Settle makes events of the linked reports); this file keeps what they
// read: report features, and an index so that candidates never come from
// all reports. report_keys holds one row per (participant or place, type,
// month or year bucket) of each report (chronicle.KeyEntities, Buckets),
// and a report is only compared with the reports sharing one of its rows
// (its months also look up their year, its years their months). The rule
// only links reports that share such a row, so the index finds every pair
// the rule would link.

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

const reportFeatSQL = `SELECT r.id, r.event_id, r.story_id, r.type, r.part_ids, coalesce(r.place_id, 0), r.place,
	r.date, r.date_lo, r.date_hi, r.weak, r.title, s.path, r.ord, r.link LIKE 'new%' FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.id IN (`

// loadReports reads the linking features of reports by id into into.
// Features and events the batch's look-ahead read beside the writer
// (lookahead.go: stored reports the batch has not changed since) are
// taken from it; the rest are read in the transaction.
func (t *putTx) loadReports(ids []int64, into map[int64]*chronicle.Report) error {
	var need, light []int64
	hits := map[int64]*chronicle.Report{}
	t.look.absorb()
	for _, id := range ids {
		if _, ok := into[id]; ok {
			continue
		}
		f, ok := t.cachedFeatures(id)
		if !ok {
			if f = t.look.features(id); f == nil {
				need = append(need, id)
				continue
			}
			t.keepFeatures(f)
		}
		if c, ok := t.cand[id]; ok {
			r := *f
			r.Event, r.IsNew = c.Event, c.IsNew
			into[id] = &r
			continue
		}
		if ev, ok := t.look.event(id); ok {
			r := *f
			r.Event, r.IsNew = ev.event, ev.isNew
			into[id] = &r
			continue
		}
		hits[id] = f
		light = append(light, id)
	}
	// Cached features: only the event and link are read.
	for chunk := range slices.Chunk(light, 100) {
		rows, err := t.query(`SELECT id, event_id, link LIKE 'new%' FROM reports WHERE id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, ev int64
			var isNew bool
			if err := rows.Scan(&id, &ev, &isNew); err != nil {
				rows.Close()
				return err
			}
			r := *hits[id]
			r.Event, r.IsNew = ev, isNew
			into[id] = &r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for chunk := range slices.Chunk(need, 100) {
		loaded, err := readFeatures(t.query, chunk)
		if err != nil {
			return err
		}
		for _, r := range loaded {
			into[r.ID] = r
			t.keepFeatures(r)
		}
	}
	return nil
}

// queryFunc runs a query: the transaction's (putTx.query) or the
// look-ahead's connection's.
type queryFunc func(q string, args ...any) (*sql.Rows, error)

// readFeatures reads the linking features of up to 100 reports by id,
// with their events and links, and marks their places (markPlaces).
func readFeatures(query queryFunc, ids []int64) ([]*chronicle.Report, error) {
	var loaded []*chronicle.Report
	rows, err := query(reportFeatSQL+placeholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		r := &chronicle.Report{}
		var parts, title string
		if err := rows.Scan(&r.ID, &r.Event, &r.Story, &r.Type, &parts, &r.Place, &r.PlaceNorm, &r.Date, &r.Lo, &r.Hi, &r.Weak, &title, &r.Path, &r.Seq, &r.IsNew); err != nil {
			rows.Close()
			return nil, err
		}
		r.Parts = chronicle.ParseIDs(parts)
		r.PlaceNorm = resolve.Normalize(r.PlaceNorm)
		r.Title, r.Ord = chronicle.TitleTokens(title)
		r.Name = chronicle.TitleName(title)
		loaded = append(loaded, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := markPlaces(query, loaded); err != nil {
		return nil, err
	}
	return loaded, nil
}

// markPlaces sets the Places of reports: their participants that are
// place entities, or seats of government ("the White House", "the
// Kremlin": chronicle.Seat), which the link rule counts as half a
// participant (and the Seats among them, which it counts as none); and the People of visits, appointments and meetings told
// without a name (chronicle.TellsPeople: r.Name is read): the names of
// their participants that are persons (chronicle.People).
//
// The participants are read by id and their type tested here: with
// "AND type = 'PLACE'" in the statement, SQLite chose the index by type
// and prominence (schema v19) and read every place entity of the store
// at each call, testing each against the list, where the ids are a few
// primary-key look-ups (TestMarkPlacesPlan; TestQueryPlans fails on a
// search by type alone without a LIMIT).
func markPlaces(query queryFunc, rs []*chronicle.Report) error {
	var ids []int64
	for _, r := range rs {
		ids = append(ids, r.Parts...)
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := query(markPlacesSQL, jsonIDs(ids))
	if err != nil {
		return err
	}
	var places, seats []int64
	persons := map[int64]string{}
	for rows.Next() {
		var id int64
		var typ, name string
		if err := rows.Scan(&id, &typ, &name); err != nil {
			rows.Close()
			return err
		}
		switch seat := chronicle.Seat(name); {
		case typ == string(annals.Place) || seat:
			places = append(places, id)
			if seat {
				seats = append(seats, id)
			}
		case typ == string(annals.Person):
			persons[id] = name
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range rs {
		r.Places, r.Seats = r.Places[:0], r.Seats[:0]
		var names []string
		for _, p := range r.Parts {
			if slices.Contains(places, p) {
				r.Places = append(r.Places, p)
				if slices.Contains(seats, p) {
					r.Seats = append(r.Seats, p)
				}
			} else if n, ok := persons[p]; ok {
				names = append(names, n)
			}
		}
		r.People = nil
		if chronicle.TellsPeople(r.Type, r.Name) {
			r.People = chronicle.People(names)
		}
	}
	return nil
}

// markPlacesSQL reads the type and name of entities by id (markPlaces).
const markPlacesSQL = `SELECT id, type, name FROM entities WHERE id IN (SELECT value FROM json_each(?))`

// indexReport writes the report_keys rows of a report, with what the
// candidate lookup's prefilter reads of it (kf, as the report is now).
func (t *putTx) indexReport(id int64, typ string, parts []int64, place int64, lo, hi string, prec annals.Precision, canLink bool, kf keyFacts) error {
	vals := reportKeys(id, typ, parts, place, lo, hi, prec, canLink, kf)
	if err := t.insertRows(`INSERT INTO report_keys (entity_id, type, bucket, report_id, story_id, tbits, sday, role) VALUES `, 8, vals, keyConflict); err != nil {
		return err
	}
	t.look.wrote(vals, false)
	return nil
}

// keyFactsOf reads the keyFacts of a stored report from its row, for a
// caller that holds no chronicle.Report of it.
func (t *putTx) keyFactsOf(id int64) (keyFacts, error) {
	var kf keyFacts
	var title, lo, hi string
	var date annals.Date
	var weak bool
	if err := t.scan(`SELECT story_id, title, date, date_lo, date_hi, weak FROM reports WHERE id = ?`, []any{id}, &kf.story, &title, &date, &lo, &hi, &weak); err != nil {
		return kf, err
	}
	kf.tbits, kf.day = chronicle.TitleBits(titleWords(title)), chronicle.DayKey(date, lo, hi, weak)
	return kf, nil
}

// keyFacts are what each report_keys row holds of its report beside the
// key, for the candidate lookup's prefilter (chronicle.MayLink): its
// story, its title signature (chronicle.TitleBits) and its stated day
// (chronicle.DayKey).
type keyFacts struct {
	story, tbits, day int64
}

// keyConflict ends an INSERT of report_keys rows: a row already there
// (a report indexed again) takes the report's day and the entity's role
// as they are now.
const keyConflict = ` ON CONFLICT (entity_id, type, bucket, report_id) DO UPDATE SET sday = excluded.sday, role = excluded.role`

// The role of an index row's entity in its report (report_keys.role, a
// set of bits; 3 in rows stored before it was kept, as either may hold).
const (
	roleParticipant = 1
	rolePlace       = 2
)

// reportKeys are the values of the report_keys rows of a report; none
// when it cannot link (see linkable).
func reportKeys(id int64, typ string, parts []int64, place int64, lo, hi string, prec annals.Precision, canLink bool, kf keyFacts) []any {
	if !canLink {
		return nil
	}
	var args []any
	for _, e := range chronicle.KeyEntities(parts, place) {
		role := 0
		if slices.Contains(parts, e) {
			role |= roleParticipant
		}
		if e == place {
			role |= rolePlace
		}
		for _, b := range chronicle.Buckets(lo, hi, prec) {
			args = append(args, e, typ, b, id, kf.story, kf.tbits, kf.day, role)
		}
	}
	return args
}

// insertRows runs an INSERT of many rows (args holds width values per row)
// in as few statements as SQLite's limit on variables allows; tail, if
// any, ends each statement.
func (t *putTx) insertRows(head string, width int, args []any, tail ...string) error {
	const maxRows = 100
	for len(args) > 0 {
		n := min(len(args)/width, maxRows)
		row := "(" + placeholders(width) + ")"
		q := head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ") + strings.Join(tail, "")
		if err := t.write(q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// refreshFeatureKey computes a report's feature key again from its row.
func (t *putTx) refreshFeatureKey(id int64) error {
	var typ, parts, place, lo, hi, title string
	var date annals.Date
	var placeID int64
	var weak bool
	if err := t.scan(`SELECT type, part_ids, coalesce(place_id, 0), place, date, date_lo, date_hi, weak, title FROM reports WHERE id = ?`,
		[]any{id}, &typ, &parts, &placeID, &place, &date, &lo, &hi, &weak, &title); err != nil {
		return err
	}
	err := t.write(`UPDATE reports SET fkey = ? WHERE id = ?`, chronicle.FeatureKey(typ, parts, placeID, place, date, lo, hi, weak, title), id)
	return err
}

// dedupeKeys drops the index rows of the reports of event ev (among ids)
// that have an older twin in the event: a report with the same feature
// key, which keeps its rows. A later report finds the event through the
// twin exactly as it would through them, so the index grows with the
// different reports of an event, not with its copies: a release
// re-published two hundred times adds nothing to the candidates of the
// next report. Reports settled again are indexed again first (settle).
func (t *putTx) dedupeKeys(ev int64, ids []int64) error {
	for _, id := range ids {
		var n int
		if err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM reports WHERE event_id = ?1 AND fkey = (SELECT fkey FROM reports WHERE id = ?2)
			AND id < ?2 LIMIT 1) AS one`, []any{ev, id}, &n); err != nil {
			return err
		}
		if n > 0 {
			if err := t.write(`DELETE FROM report_keys WHERE report_id = ?`, id); err != nil {
				return err
			}
			t.look.dropped(id)
		}
	}
	return nil
}

// candidates returns the reports that share an index row with r, r
// excluded, and may link with it (chronicle.MayLink, evaluated on the
// index rows alone, keyFacts): the newest chronicle.MaxCandidates of
// them, oldest first.
//
// On SQLite the rows are read as they are and folded here (keyFold): a
// statement that grouped them by report built two temporary B-trees a
// look-up (the groups, and the distinct entities of each), about a fifth
// more CPU than reading the rows, and a look-up reads about 200 rows at
// 100,000 stories, more as a month's stories grow. PostgreSQL groups them
// itself (groupedCandidates), which sends the client a tenth of the rows.
func (t *putTx) candidates(r *chronicle.Report) ([]chronicle.Candidate, error) {
	ents := chronicle.KeyEntities(r.Parts, r.Place)
	bks := chronicle.LookupBuckets(chronicle.Buckets(r.Lo, r.Hi, r.Date.Precision()))
	var rows *sql.Rows
	var out []chronicle.Candidate
	if t.s.d.foldKeys {
		ids, err := t.foldedCandidates(r, ents, bks)
		if err != nil || len(ids) == 0 {
			return nil, err
		}
		// The events and links the look-ahead read of stored reports the
		// batch has not moved since; the rest are read here.
		t.look.absorb()
		var read []int64
		for _, id := range ids {
			if ev, ok := t.look.event(id); ok {
				out = append(out, chronicle.Candidate{ID: id, Event: ev.event, IsNew: ev.isNew})
			} else {
				read = append(read, id)
			}
		}
		if len(read) == 0 {
			for _, c := range out {
				t.cand[c.ID] = c
			}
			return out, nil
		}
		if rows, err = t.query(`SELECT id, event_id, link LIKE 'new%' FROM reports WHERE id IN (`+placeholders(len(read))+`) ORDER BY id`, int64Args(read)...); err != nil {
			return nil, err
		}
	} else {
		var err error
		if rows, err = t.groupedCandidates(r, ents, bks); err != nil {
			return nil, err
		}
	}
	defer rows.Close()
	for rows.Next() {
		var c chronicle.Candidate
		if err := rows.Scan(&c.ID, &c.Event, &c.IsNew); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) > 0 && t.s.d.foldKeys {
		slices.SortFunc(out, func(a, b chronicle.Candidate) int { return cmp.Compare(a.ID, b.ID) })
	}
	for _, c := range out {
		t.cand[c.ID] = c
		if t.keyed {
			t.seen = append(t.seen, eventKey(c.Event))
		}
	}
	return out, nil
}

// foldedCandidates reads the index rows of the look-up and folds them
// (keyFold), returning the ids that pass, ascending.
func (t *putTx) foldedCandidates(r *chronicle.Report, ents []int64, bks []string) ([]int64, error) {
	f := t.kfold.reset(r, t.s.noPrefilter)
	args := keyArgs([]any{r.Story, chronicle.TitleBits(r.Title), chronicle.DayKey(r.Date, r.Lo, r.Hi, r.Weak)}, r, ents, bks)
	reread := func(ids []int64) ([]keyRow, error) {
		q := strings.Replace(keyRowsSQL(len(ents), len(bks)), `report_id <> ?`, `report_id IN (`+placeholders(len(ids))+`)`, 1)
		rows, err := t.query(q, append(slices.Clone(args[:len(args)-1]), int64Args(ids)...)...)
		if err != nil {
			return nil, err
		}
		return scanKeyRows(rows)
	}
	if ok, err := t.look.fold(f, r, args, ents, bks, reread); err != nil || ok {
		return f.passed(), err // read beside the writer (lookahead.go)
	}
	// Per row: its entity's role, and bit 4 when the row alone lets its
	// report through: the same story, a shared title word or edition, the
	// same stated day. A row of a report indexed again keeps the facts
	// that cannot change (story, title) and takes its day anew
	// (keyConflict); a row left in a bucket the report's day has left may
	// say an old day, so one row agreeing is enough.
	rows, err := t.query(keyRowsSQL(len(ents), len(bks)), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, e, role int64
		if err := rows.Scan(&id, &e, &role); err != nil {
			return nil, err
		}
		f.add(id, e, role)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return f.passed(), nil
}

// keyArgs appends to head the arguments of a look-up's index rows: r's
// type, its key entities, its buckets and r itself (excluded).
func keyArgs(head []any, r *chronicle.Report, ents []int64, bks []string) []any {
	args := append(head, r.Type)
	for _, e := range ents {
		args = append(args, e)
	}
	for _, b := range bks {
		args = append(args, b)
	}
	return append(args, r.ID)
}

// groupedCandidates is the look-up grouped by the engine: the same
// condition as keyFold's, in SQL, with the event and link of each report
// that passes.
func (t *putTx) groupedCandidates(r *chronicle.Report, ents []int64, bks []string) (*sql.Rows, error) {
	q, args := groupedSQL(r, ents, bks, t.s.noPrefilter, chronicle.MaxCandidates)
	return t.query(q, args...)
}

// groupedSQL is groupedCandidates' statement and its arguments, with at
// most limit reports. Its buckets are read in runs (bucketRuns): the
// same rows as bucket IN (bks), in fewer descents of the index.
func groupedSQL(r *chronicle.Report, ents []int64, bks []string, noPrefilter bool, limit int) (string, []any) {
	place, notPart, every := lookupRoles(r, noPrefilter)
	all := 0 // a number, not a bool: the PostgreSQL driver sends bools as numbers (weak is one)
	if every {
		all = 1
	}
	args := []any{r.Type}
	for _, e := range ents {
		args = append(args, e)
	}
	singles, runs := bucketRuns(bks)
	var conds []string
	if len(singles) > 0 {
		conds = append(conds, `bucket IN (`+placeholders(len(singles))+`)`)
		for _, b := range singles {
			args = append(args, b)
		}
	}
	for _, run := range runs {
		conds = append(conds, `bucket BETWEEN ? AND ?`)
		args = append(args, run[0], run[1])
	}
	args = append(args, r.ID, all, notPart, place, r.Story, chronicle.TitleBits(r.Title), chronicle.DayKey(r.Date, r.Lo, r.Hi, r.Weak), limit)
	return `SELECT c.id, r.event_id, r.link LIKE 'new%' FROM (SELECT report_id AS id FROM report_keys
		WHERE type = ? AND entity_id IN (` + placeholders(len(ents)) + `) AND (` + strings.Join(conds, ` OR `) + `) AND report_id <> ?
		GROUP BY report_id
		HAVING ? = 1 OR count(DISTINCT CASE WHEN (role & 1) = 1 AND entity_id <> ? THEN entity_id END)
				+ max(CASE WHEN entity_id = ? AND (role & 2) = 2 THEN 1 ELSE 0 END) >= 2
			OR max(CASE WHEN story_id = ? THEN 1 ELSE 0 END) = 1 OR max(CASE WHEN (tbits & ?) <> 0 THEN 1 ELSE 0 END) = 1
			OR max(CASE WHEN sday = ? AND sday <> 0 THEN 1 ELSE 0 END) = 1
		ORDER BY report_id DESC LIMIT ?) c JOIN reports r ON r.id = c.id ORDER BY c.id`, args
}

// bucketRuns splits the buckets of a look-up (chronicle.LookupBuckets)
// into those read one by one and runs read as one range of report_keys'
// key. Within a year, the year's own bucket ('2021') sorts just before
// its months ('2021-01' to '2021-12', bytewise: the column's collation
// is C on PostgreSQL, SQLite's default is bytewise) and no other bucket
// chronicle.Buckets makes can sort among them, so consecutive ones of
// those thirteen are the rows of one range: a look-up of a year reads one
// range a key entity instead of 13 (each a descent of the index from its
// root: on PostgreSQL 15, an IN list is looked up value by value), one
// of March to May and their year two instead of four, one of January and
// its year one instead of two. Runs never cross a year (a year of five
// digits would sort between '2021-12' and '2022'); anything else (the
// undated bucket, empty; a year not of four digits) is read alone. A run is
// returned as its first and last bucket, in order.
func bucketRuns(bks []string) (singles []string, runs [][2]string) {
	slots := map[string]*[13]bool{} // by year: the year itself (0), its months (1 to 12)
	var years []string
	for _, b := range bks {
		y, i, ok := bucketSlot(b)
		if !ok {
			singles = append(singles, b)
			continue
		}
		if slots[y] == nil {
			slots[y] = &[13]bool{}
			years = append(years, y)
		}
		slots[y][i] = true
	}
	slices.Sort(years)
	for _, y := range years {
		s := slots[y]
		for i := 0; i < 13; {
			if !s[i] {
				i++
				continue
			}
			j := i
			for j+1 < 13 && s[j+1] {
				j++
			}
			if j == i {
				singles = append(singles, slotBucket(y, i))
			} else {
				runs = append(runs, [2]string{slotBucket(y, i), slotBucket(y, j)})
			}
			i = j + 1
		}
	}
	return singles, runs
}

// bucketSlot reads a bucket of a four-digit year: the year and 0 for the
// year's own bucket, 1 to 12 for a month's.
func bucketSlot(b string) (year string, slot int, ok bool) {
	if len(b) != 4 && len(b) != 7 {
		return "", 0, false
	}
	for i := range 4 {
		if b[i] < '0' || b[i] > '9' {
			return "", 0, false
		}
	}
	if len(b) == 4 {
		return b, 0, true
	}
	if b[4] != '-' || b[5] < '0' || b[5] > '1' || b[6] < '0' || b[6] > '9' {
		return "", 0, false
	}
	m := int(b[5]-'0')*10 + int(b[6]-'0')
	if m < 1 || m > 12 {
		return "", 0, false
	}
	return b[:4], m, true
}

// slotBucket is the bucket of a year's slot (bucketSlot).
func slotBucket(year string, slot int) string {
	if slot == 0 {
		return year
	}
	return fmt.Sprintf("%s-%02d", year, slot)
}

// keyFold folds the index rows a look-up of report r reads into
// chronicle.MayLink's verdict on each report they name: it passes with
// two shared participants, or one and the same place, or a row that
// lets it through alone (bit 4 of the row's role, above); every report
// passes when r's place is a name only (MayLink) or the prefilter is off.
// It is kept by the transaction and reused from look-up to look-up.
type keyFold struct {
	notPart, place int64 // r's place when no participant of it (-1 if none); r's place (-1 if none)
	all            bool
	by             map[int64]*keyVotes
	free           []*keyVotes
	ids            []int64
}

// keyVotes is what the rows of one report said so far.
type keyVotes struct {
	parts []int64 // shared participants seen
	place bool    // the same place
	alone bool    // a row that lets it through alone
}

func (f *keyFold) reset(r *chronicle.Report, noPrefilter bool) *keyFold {
	if f.by == nil {
		f.by = map[int64]*keyVotes{}
	}
	for _, v := range f.by {
		v.parts, v.place, v.alone = v.parts[:0], false, false
		f.free = append(f.free, v)
	}
	clear(f.by)
	f.ids = f.ids[:0]
	f.place, f.notPart, f.all = lookupRoles(r, noPrefilter)
	return f
}

// lookupRoles are what a look-up for r compares the index rows' entities
// with: r's place (-1 when none), r's place when it is no participant of
// r (-1 otherwise), and whether every report passes (r's place is a name
// only, so MayLink lets all through, or the prefilter is off).
func lookupRoles(r *chronicle.Report, noPrefilter bool) (place, notPart int64, all bool) {
	place, notPart = r.Place, -1
	if place == 0 {
		place = -1 // no key entity is r's place
	} else if !slices.Contains(r.Parts, place) {
		notPart = place // the key entity that is no participant of r
	}
	return place, notPart, noPrefilter || r.Place == 0 && r.PlaceNorm != ""
}

// add folds one row: report id found under entity e, whose role in the
// report is role (with bit 4 as above).
func (f *keyFold) add(id, e, role int64) {
	v := f.by[id]
	if v == nil {
		if n := len(f.free); n > 0 {
			v, f.free = f.free[n-1], f.free[:n-1]
		} else {
			v = &keyVotes{}
		}
		f.by[id] = v
		f.ids = append(f.ids, id)
	}
	if role&4 != 0 {
		v.alone = true
	}
	if role&roleParticipant != 0 && e != f.notPart && !slices.Contains(v.parts, e) {
		v.parts = append(v.parts, e)
	}
	if e == f.place && role&rolePlace != 0 {
		v.place = true
	}
}

// passed returns the reports that pass, the newest chronicle.MaxCandidates
// of them, in ascending order.
func (f *keyFold) passed() []int64 {
	out := f.ids[:0]
	for _, id := range f.ids {
		v := f.by[id]
		n := len(v.parts)
		if v.place {
			n++
		}
		if f.all || v.alone || n >= 2 {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	if len(out) > chronicle.MaxCandidates {
		out = out[len(out)-chronicle.MaxCandidates:]
	}
	return out
}

// settle (re)assigns the reports of the touched events (t.events) to
// events by the linking rule: the connected components of linked reports,
// each joined with the events of outside reports it links to. A component
// keeps the lowest id among the events it meets, so ids stay stable when
// nothing changes; events left without reports are deleted by deriveAll.
func (t *putTx) settle() error {
	if len(t.events) == 0 {
		return nil
	}
	clear(t.cand) // the events and links of earlier settles may have changed
	var (
		set     []int64
		feats   map[int64]*chronicle.Report
		st      *chronicle.Settlement
		indexed = map[int64]bool{}
		grown   = map[int64]bool{} // events added by Expand
		// events to derive from scratch whatever the settle does (their
		// sources counted again, relabel)
		dirty = maps.Clone(t.derive)
	)
	// When the date guard refuses to join a stored event, the events the
	// set links to are settled again with it (chronicle.Settle, Expand),
	// while the whole stays small.
	for round := 0; ; round++ {
		evs := sortedKeys(t.events)
		var next []int64
		for chunk := range slices.Chunk(evs, 500) {
			ids, err := t.queryIDs(`SELECT id FROM reports WHERE event_id IN (`+placeholders(len(chunk))+`) ORDER BY id`, int64Args(chunk)...)
			if err != nil {
				return err
			}
			next = append(next, ids...)
		}
		if round > 0 && len(next) > maxSettled {
			break // keep the settlement of the smaller set
		}
		set = next
		for _, id := range evs {
			t.derive[id] = true
		}
		if len(set) == 0 {
			return nil
		}
		for {
			feats = map[int64]*chronicle.Report{}
			if err := t.loadReports(set, feats); err != nil {
				return err
			}
			for _, id := range set {
				// Reports settled again may have lost their index rows to a twin
				// (see dedupeKeys) that is gone or moving: index them again.
				if r := feats[id]; !t.fresh[r.Event] && !indexed[id] {
					indexed[id] = true
					kf := keyFacts{story: r.Story, tbits: chronicle.TitleBits(r.Title), day: chronicle.DayKey(r.Date, r.Lo, r.Hi, r.Weak)}
					if err := t.indexReport(id, r.Type, r.Parts, r.Place, r.Lo, r.Hi, r.Date.Precision(), chronicle.Linkable(r.Parts, r.Title), kf); err != nil {
						return err
					}
				}
			}
			var err error
			clear(t.cand)
			t.seen = t.seen[:0]
			lookup := func(id int64) bool { return !grown[feats[id].Event] }
			if st, err = chronicle.SettleWith(set, feats, func(ev int64) bool { return t.fresh[ev] }, lookup, t); err != nil {
				return err
			}
			// A parallel transaction writes events only under their
			// locks, and settles again when it took one (pglocks.go,
			// step 3).
			more, err := t.lock(append(eventKeys(feats, st), t.seen...))
			if err != nil {
				return err
			}
			if !more {
				break
			}
		}
		grew := false
		for _, ev := range st.Expand {
			if !t.events[ev] {
				t.events[ev] = true
				grown[ev] = true
				grew = true
			}
		}
		if !grew || round >= maxSettleRounds {
			break
		}
	}
	had := map[int64][]int64{} // the reports of the set by the event they were in
	for _, id := range set {
		had[feats[id].Event] = append(had[feats[id].Event], id)
	}
	for _, ids := range had {
		slices.Sort(ids)
	}
	for _, c := range st.Components {
		target := c.Event
		fresh := true // every report of the component is new in this transaction
		for _, id := range c.Reports {
			fresh = fresh && t.fresh[feats[id].Event]
		}
		switch {
		case len(c.Outside) > 0:
			// The target keeps every report it had (none of them is in
			// the set) and gains the component's and those of the other
			// events met, which it folds in (deriveAll): the aggregates
			// are counts, sets and minima, so folding the reports an
			// event gains gives the rows deriving it from all of them
			// would.
			gained := c.Reports
			for _, o := range c.Outside[1:] {
				if foldMerges {
					ids, err := t.queryIDs(`SELECT id FROM reports WHERE event_id = ?`, o)
					if err != nil {
						return err
					}
					gained = append(slices.Clip(gained), ids...)
				}
				if err := t.exec(t.stmts.moveReports, target, o); err != nil {
					return err
				}
				t.look.movedEvent(o)
				t.derive[o] = true
			}
			if len(c.Outside) > 1 || !fresh {
				t.s.derives.merged.Add(1)
			}
			if foldMerges || fresh && len(c.Outside) == 1 {
				t.added[target] = append(t.added[target], gained...)
			} else {
				t.derive[target] = true
			}
		case target == 0:
			r := feats[c.Reports[0]]
			var id int64
			var err error
			if !t.s.d.postgres() && unmadeEvents {
				id, _, err = t.id(t.stmts.insEventAfter, r.Type, "", "", "", nil, nil, "", "", nil, string(annals.Held), t.unmade)
			} else {
				id, _, err = t.id(t.ins(t.stmts.insEvent, t.stmts.insEventN), r.Type, "", "", "", nil, nil, "", "", nil, string(annals.Held))
			}
			if err != nil {
				return err
			}
			target = id
			t.derive[target] = true
			t.blank[target] = true
		default:
			// An event the date guard settled again (Expand) that keeps
			// all its reports, untouched before, folds those it gains,
			// if any: deriving it from them all would write its rows again
			// as they are.
			if gained, ok := gainedOnly(had[target], c.Reports); ok && foldMerges && grown[target] && !dirty[target] {
				delete(t.derive, target)
				if len(gained) > 0 {
					t.added[target] = append(t.added[target], gained...)
					t.s.derives.merged.Add(1)
				}
				break
			}
			t.derive[target] = true
		}
		for _, id := range c.Reports {
			if err := t.exec(t.stmts.setReportEvent, target, c.Links[id], id); err != nil {
				return err
			}
			t.look.setEvent(id)
		}
		if err := t.dedupeKeys(target, c.Reports); err != nil {
			return err
		}
	}
	for cid, why := range st.Backlinks {
		if err := t.exec(t.stmts.backlink, why, cid); err != nil {
			return err
		}
		t.look.setEvent(cid)
	}
	return nil
}

// gainedOnly returns the reports of after not in before (both
// ascending), and whether after holds every report of before.
func gainedOnly(before, after []int64) ([]int64, bool) {
	for _, id := range before {
		if _, ok := slices.BinarySearch(after, id); !ok {
			return nil, false
		}
	}
	var gained []int64
	for _, id := range after {
		if _, ok := slices.BinarySearch(before, id); !ok {
			gained = append(gained, id)
		}
	}
	return gained, true
}

// foldMerges: an event that gains reports in a settle, from the story,
// from reports settled again or from other events merged into it, folds
// them in (off in a test, to compare with deriving it from scratch).
var foldMerges = true

// maxSettled and maxSettleRounds bound the reports settled again
// together when the date guard refuses a join (see settle), and how many
// times the set grows: past them the events stay as the smaller set made
// them, which may depend on the order the stories came in.
const (
	maxSettled      = 200
	maxSettleRounds = 2
)

// EventSpan implements chronicle.Lookup: the days the event's reports
// allow together (chronicle.DateSpan), from its event_dates rows.
func (t *putTx) EventSpan(ev int64) (chronicle.DateSpan, error) {
	var s chronicle.DateSpan
	rows, err := t.query(`SELECT weak, date, lo_max, hi_min, hi_max FROM event_dates WHERE event_id = ? AND lo_max <> ''`, ev)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var weak bool
		var d annals.Date
		var l, h, hm string
		if err := rows.Scan(&weak, &d, &l, &h, &hm); err != nil {
			return s, err
		}
		s = s.Add(weak, d, l, h, hm)
	}
	return s, rows.Err()
}

// EventNames implements chronicle.Lookup: the names the titles of the
// event's reports give (chronicle.TitleName), each once.
func (t *putTx) EventNames(ev int64) ([]chronicle.Name, error) {
	rows, err := t.query(`SELECT DISTINCT title FROM reports WHERE event_id = ? AND title <> ''`, ev)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chronicle.Name
	for rows.Next() {
		var title string
		if err := rows.Scan(&title); err != nil {
			return nil, err
		}
		if n := chronicle.TitleName(title); n.Named() {
			out = append(out, n)
		}
	}
	return out, rows.Err()
}

// EventPlaces implements chronicle.Lookup: the places of a stored
// visit's reports, each once.
func (t *putTx) EventPlaces(ev int64) ([]string, error) {
	rows, err := t.query(`SELECT DISTINCT place FROM reports WHERE event_id = ? AND place <> ''`, ev)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// EventPeople implements chronicle.Lookup: the people each of the
// event's reports names (chronicle.Report.People, read as markPlaces
// reads them), each set once.
func (t *putTx) EventPeople(ev int64) ([][]string, error) {
	rows, err := t.query(`SELECT DISTINCT type, title, part_ids FROM reports WHERE event_id = ? AND part_ids <> ''`, ev)
	if err != nil {
		return nil, err
	}
	var rs []*chronicle.Report
	for rows.Next() {
		r := &chronicle.Report{}
		var title, parts string
		if err := rows.Scan(&r.Type, &title, &parts); err != nil {
			rows.Close()
			return nil, err
		}
		r.Parts = chronicle.ParseIDs(parts)
		r.Name = chronicle.TitleName(title)
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := markPlaces(t.query, rs); err != nil {
		return nil, err
	}
	var out [][]string
	for _, r := range rs {
		if len(r.People) > 0 && !slices.ContainsFunc(out, func(p []string) bool { return slices.Equal(p, r.People) }) {
			out = append(out, r.People)
		}
	}
	return out, nil
}

// Candidates implements chronicle.Lookup inside the transaction: see
// candidates.
func (t *putTx) Candidates(r *chronicle.Report) ([]chronicle.Candidate, error) {
	return t.candidates(r)
}

// Reports implements chronicle.Lookup inside the transaction.
func (t *putTx) Reports(ids []int64, into map[int64]*chronicle.Report) error {
	return t.loadReports(ids, into)
}

var _ chronicle.Lookup = (*putTx)(nil)

func (t *putTx) queryIDs(q string, args ...any) ([]int64, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// fillKeyFacts gives the report_keys rows stored before schema 9 the
// facts of their reports (keyFacts; migrations).
func fillKeyFacts(ctx context.Context, tx *sql.Tx) error {
	type report struct {
		id int64
		kf keyFacts
	}
	scan := func(rows *sql.Rows) (r report, id int64, err error) {
		var title, lo, hi string
		var date annals.Date
		var weak bool
		if err = rows.Scan(&r.id, &r.kf.story, &title, &date, &lo, &hi, &weak); err != nil {
			return r, 0, err
		}
		r.kf.tbits, r.kf.day = chronicle.TitleBits(titleWords(title)), chronicle.DayKey(date, lo, hi, weak)
		return r, r.id, nil
	}
	return pages(ctx, tx, `SELECT id, story_id, title, date, date_lo, date_hi, weak FROM reports WHERE id > ? ORDER BY id LIMIT 1000`, scan, func(page []report) error {
		for _, r := range page {
			if _, err := tx.ExecContext(ctx, `UPDATE report_keys SET story_id = ?, tbits = ?, sday = ? WHERE report_id = ?`, r.kf.story, r.kf.tbits, r.kf.day, r.id); err != nil {
				return err
			}
		}
		return nil
	})
}
