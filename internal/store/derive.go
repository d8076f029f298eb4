package store

// Deriving an event's own fields from its reports, incrementally.
//
// An event's fields (title, date, place, status, participants, numbers of
// reports and sources, disagreements, citation) are a function of the set
// of its reports: the same whatever order they were stored in. Reading
// every report again whenever one is added made ingestion quadratic in the
// size of common events (a press release re-published two hundred times
// reports its events two hundred times), so each event keeps aggregates of
// its reports instead, from which the fields follow, and a new report only
// updates the aggregates:
//
//   - event_tally: one row per (source, normalized title) the reports give
//     (a source is a story, or the original of a copy group). Its rows tell
//     whether a report's source is new to the event (events.Sources) and
//     whether it is a new source for its title (event_titles.Sources).
//   - event_titles: per normalized title, its first spelling in byte order
//     and the number of sources giving it.
//   - event_dates: per (inferred or stated, date, end date), the number of
//     reports and the bounds of the days they allow.
//   - event_places: per place (the entity, else the normalized name), the
//     number of reports and the spelling of the first of them in citation
//     order (publication, path, offset).
//   - events.Reports, sources, status (held once any report says held),
//     cite_report (the earliest report: its citation), and the participants.
//
// Every aggregate is a count, a set or a minimum, so folding reports in is
// commutative: adding reports one by one, in batches, or all at once from
// scratch gives the same rows. Adding is all an ingestion does to the events
// its reports join, and to an event that gains reports in a settle (the
// older of two events a report joins, taking the other's reports; an
// event the date guard settled again that keeps all its reports); an
// event is derived again from scratch (rederive) only when it loses
// reports (a story replaced or deleted, a rule applied, reports settled
// again that leave it), or when two copy groups merge (sources then count
// differently).
//
// Disagreements are stored as their values and note only; the citations of
// each value are read with the event (fillEvents), from the reports
// themselves, so that adding the 200th report to a disagreeing event does
// not rewrite 199 citations.

import (
	"cmp"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// Deriving in the store.

const foldReportSQL = `SELECT r.id, coalesce((SELECT copy_of FROM story_copies WHERE story_id = s.id), s.id), s.path, s.published, coalesce(s.pub_lo, ''), r.ord, r.ev_start,
	r.title, r.date, r.date_end, r.date_lo, r.date_hi, r.weak, r.place, coalesce(r.place_id, 0), r.status, r.part_ids
	FROM reports r JOIN stories s ON s.id = r.story_id`

// loadFold reads reports for folding.
func (t *putTx) loadFold(q string, args ...any) ([]chronicle.EventReport, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chronicle.EventReport
	for rows.Next() {
		var r chronicle.EventReport
		var parts string
		if err := rows.Scan(&r.ID, &r.Source, &r.Cit.Path, &r.Cit.Published, &r.PubLo, &r.Ord, &r.Cit.Evidence.Start,
			&r.Title, &r.Date, &r.End, &r.Lo, &r.Hi, &r.Weak, &r.Place, &r.PlaceID, &r.Status, &parts); err != nil {
			return nil, err
		}
		r.Parts = chronicle.ParseIDs(parts)
		out = append(out, r)
	}
	return out, rows.Err()
}

// deriveAll brings the events the transaction changed up to date: those in
// t.derive from scratch (or deleted when no report is left), the others in
// t.added by folding in their new reports.
func (t *putTx) deriveAll() error {
	for _, id := range sortedKeys(t.derive) {
		if err := t.rederive(id); err != nil {
			return err
		}
	}
	var added []int64
	for id := range t.added {
		if !t.derive[id] {
			added = append(added, id)
		}
	}
	slices.Sort(added)
	for _, id := range added {
		var rs []chronicle.EventReport
		for chunk := range slices.Chunk(t.added[id], 500) {
			more, err := t.loadFold(foldReportSQL+` WHERE r.id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
			if err != nil {
				return err
			}
			rs = append(rs, more...)
		}
		if err := t.fold(id, rs); err != nil {
			return err
		}
		if err := t.finish(id); err != nil {
			return err
		}
		t.s.derives.folded.Add(1)
	}
	clear(t.derive)
	clear(t.added)
	return nil
}

// deriveCounts are the numbers of events the writer derived each way,
// for measurements and tests: made by the story and folded from memory
// (blank), folded with the reports they gained (folded; merged: those
// that met other events or reports settled again), derived from all
// their reports (scratch), deleted.
type deriveCounts struct {
	blank, folded, merged, scratch, deleted atomic.Int64
}

// DeriveStats says how many events the writer derived each way (see
// deriveCounts): for measurements.
func (s *DB) DeriveStats() string {
	d := &s.derives
	return fmt.Sprintf("blank %d, folded %d (merged %d), scratch %d, deleted %d", d.blank.Load(), d.folded.Load(), d.merged.Load(), d.scratch.Load(), d.deleted.Load())
}

// rederive derives an event from all its reports, or deletes it when it
// has none left.
func (t *putTx) rederive(id int64) error {
	if id == holdingEvent {
		// what the story's own event was, now the transaction's
		// (freshEvent): the settle moved each of its reports
		delete(t.blank, id)
		t.s.derives.deleted.Add(1)
		return nil
	}
	rs, err := t.loadFold(foldReportSQL+` WHERE r.event_id = ?`, id)
	if err != nil {
		return err
	}
	if len(rs) == 0 {
		t.s.derives.deleted.Add(1)
		return t.exec(t.stmts.delEvent, id)
	}
	if t.blank[id] && foldBlanks {
		// made by this story and never folded: it has no aggregate rows
		// to delete, and its counters are set by fold
		delete(t.blank, id)
		t.s.derives.blank.Add(1)
		a, err := t.foldBlank(id, rs)
		if err != nil {
			return err
		}
		return t.finishWith(id, a)
	}
	t.s.derives.scratch.Add(1)
	for _, q := range []string{`DELETE FROM event_tally WHERE event_id = ?`, `DELETE FROM event_titles WHERE event_id = ?`,
		`DELETE FROM event_dates WHERE event_id = ?`, `DELETE FROM event_places WHERE event_id = ?`,
		`DELETE FROM event_participants WHERE event_id = ?`,
		`UPDATE events SET reports = 0, sources = 0, status = 'planned', cite_report = NULL WHERE id = ?`} {
		if err := t.write(q, id); err != nil {
			return err
		}
	}
	if err := t.fold(id, rs); err != nil {
		return err
	}
	return t.finish(id)
}

// foldBlanks: events without aggregate rows are folded by foldBlank and
// finishWith (off in a test, to compare).
var foldBlanks = true

// foldBlank is fold of an event without aggregate rows yet (putTx.blank):
// the rows fold would write, written alike, without reading what the
// writer knows is not there (the tallies of its sources, its citation),
// its counters and status set rather than added to. It returns the
// aggregate, whose rows finishWith reads from memory.
func (t *putTx) foldBlank(id int64, rs []chronicle.EventReport) (*chronicle.Aggregate, error) {
	a := chronicle.NewAggregate()
	for i := range rs {
		a.Add(&rs[i])
	}
	for k := range a.Tally {
		if err := t.write(`INSERT OR IGNORE INTO event_tally (event_id, source, tnorm) VALUES (?, ?, ?)`, id, k.Source, k.TNorm); err != nil {
			return nil, err
		}
	}
	titleSources := blankTitleSources(a)
	for k, text := range a.Titles {
		if err := t.write(upsertTitleSQL, id, k, text, titleSources[k]); err != nil {
			return nil, err
		}
	}
	for _, d := range a.Dates {
		if err := t.write(upsertDateSQL, id, d.Weak, string(d.Date), string(d.End), d.N, d.LoMax, d.HiMin, d.LoMin, d.HiMax, d.Span, d.First.Pub, d.First.Path, d.First.Start); err != nil {
			return nil, err
		}
	}
	for _, p := range a.Places {
		if err := t.write(upsertPlaceSQL, id, p.Key, p.Name, p.ID, p.N, p.First.Pub, p.First.Path, p.First.Start); err != nil {
			return nil, err
		}
	}
	if err := t.insParts(id, sortedKeys(a.Parts)); err != nil {
		return nil, err
	}
	held := string(annals.Planned)
	if a.Held {
		held = string(annals.Held)
	}
	err := t.write(`UPDATE events SET reports = ?, sources = ?, status = ?, cite_report = ? WHERE id = ?`, a.Reports, len(a.Sources), held, a.Cite.ID, id)
	return a, err
}

// blankTitleSources is, for each normalized title of a, the number of its
// tallies giving it: the sources fold counts for it in an event without
// tallies (each tally row new).
func blankTitleSources(a *chronicle.Aggregate) map[string]int {
	n := map[string]int{}
	for k := range a.Tally {
		if k.TNorm != "" {
			n[k.TNorm]++
		}
	}
	return n
}

// The upserts of an event's aggregate rows (fold).
var (
	upsertTitleSQL = `INSERT INTO event_titles (event_id, tnorm, text, sources) VALUES (?, ?, ?, ?)
			ON CONFLICT (event_id, tnorm) DO UPDATE SET text = ` + least("excluded.text", "event_titles.text") + `, sources = event_titles.sources + excluded.sources`
	upsertDateSQL = `INSERT INTO event_dates AS d (event_id, weak, date, date_end, n, lo_max, hi_min, lo_min, hi_max, span, first_pub, first_path, first_start)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, weak, date, date_end) DO UPDATE SET n = d.n + excluded.n,
			lo_max = ` + greatest("d.lo_max", "excluded.lo_max") + `, hi_min = ` + least("d.hi_min", "excluded.hi_min") + `,
			lo_min = ` + least("d.lo_min", "excluded.lo_min") + `, hi_max = ` + greatest("d.hi_max", "excluded.hi_max") + `,
			span = ` + greatest("d.span", "excluded.span") + `,
			first_pub = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (d.first_pub, d.first_path, d.first_start) THEN excluded.first_pub ELSE d.first_pub END,
			first_path = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (d.first_pub, d.first_path, d.first_start) THEN excluded.first_path ELSE d.first_path END,
			first_start = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (d.first_pub, d.first_path, d.first_start) THEN excluded.first_start ELSE d.first_start END`
	upsertPlaceSQL = `INSERT INTO event_places AS p (event_id, pkey, name, place_id, n, first_pub, first_path, first_start)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, pkey) DO UPDATE SET n = p.n + excluded.n,
			name = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (p.first_pub, p.first_path, p.first_start) THEN excluded.name ELSE p.name END,
			first_pub = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (p.first_pub, p.first_path, p.first_start) THEN excluded.first_pub ELSE p.first_pub END,
			first_path = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (p.first_pub, p.first_path, p.first_start) THEN excluded.first_path ELSE p.first_path END,
			first_start = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (p.first_pub, p.first_path, p.first_start) THEN excluded.first_start ELSE p.first_start END`
)

// fold adds reports to an event's aggregates and counters.
func (t *putTx) fold(id int64, rs []chronicle.EventReport) error {
	a := chronicle.NewAggregate()
	for i := range rs {
		a.Add(&rs[i])
	}
	newSources := 0
	for _, src := range sortedKeys(a.Sources) {
		var one int
		err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM event_tally WHERE event_id = ? AND source = ? LIMIT 1) AS one`, []any{id, src}, &one)
		if err != nil {
			return err
		}
		if one == 0 {
			newSources++
		}
	}
	titleSources := map[string]int{}
	for k := range a.Tally {
		res, err := t.run(`INSERT OR IGNORE INTO event_tally (event_id, source, tnorm) VALUES (?, ?, ?)`, id, k.Source, k.TNorm)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 && k.TNorm != "" {
			titleSources[k.TNorm]++
		}
	}
	for k, text := range a.Titles {
		if err := t.write(upsertTitleSQL, id, k, text, titleSources[k]); err != nil {
			return err
		}
	}
	for _, d := range a.Dates {
		if err := t.write(upsertDateSQL, id, d.Weak, string(d.Date), string(d.End), d.N, d.LoMax, d.HiMin, d.LoMin, d.HiMax, d.Span, d.First.Pub, d.First.Path, d.First.Start); err != nil {
			return err
		}
	}
	for _, p := range a.Places {
		if err := t.write(upsertPlaceSQL, id, p.Key, p.Name, p.ID, p.N, p.First.Pub, p.First.Path, p.First.Start); err != nil {
			return err
		}
	}
	if err := t.insParts(id, sortedKeys(a.Parts)); err != nil {
		return err
	}
	cite := a.Cite.ID
	var cur chronicle.EventReport
	err := t.scan(`SELECT r.id, s.path, coalesce(s.pub_lo, ''), r.ord FROM events e JOIN reports r ON r.id = e.cite_report
		JOIN stories s ON s.id = r.story_id WHERE e.id = ?`, []any{id}, &cur.ID, &cur.Cit.Path, &cur.PubLo, &cur.Ord)
	if err == nil && chronicle.CiteOrder(&cur, a.Cite) < 0 {
		cite = cur.ID
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	err = t.write(`UPDATE events SET reports = reports + ?, sources = sources + ?,
		status = CASE WHEN ? <> 0 THEN 'held' ELSE status END, cite_report = ? WHERE id = ?`, a.Reports, newSources, a.Held, cite, id)
	return err
}

// insParts adds the entities parts (sorted) to the participants of event
// id, with its dates. On SQLite they are one statement: each row was a
// statement of its own (six an event that folds), and SQLite copies the
// pages each statement first changes to its statement journal (its
// trigger counts the entity's events). Each row's insert and the
// trigger's count are the same whichever statement writes them.
func (t *putTx) insParts(id int64, parts []int64) error {
	if len(parts) > 1 && t.s.d.name != "postgres" && partsAtOnce {
		return t.write(insPartsSQL, id, jsonIDs(parts))
	}
	for _, p := range parts {
		if err := t.exec(t.stmts.insPart, id, p); err != nil {
			return err
		}
	}
	return nil
}

// partsAtOnce: insParts writes many participants in one statement on
// SQLite (off in a test, to compare).
var partsAtOnce = true

// insPartsSQL is the insert of many participants of an event (SQLite):
// ?1 the event, ?2 a JSON array of entity ids.
const insPartsSQL = `INSERT OR IGNORE INTO event_participants (event_id, entity_id, date_lo, date_hi)
	SELECT e.id, j.value, e.date_lo, e.date_hi FROM events e, json_each(?2) j WHERE e.id = ?1`

// finish sets an event's title, date, place and disagreements from its
// aggregates (see fieldsFrom).
func (t *putTx) finish(id int64) error {
	var titles []chronicle.TitleRow
	var dates []chronicle.DateRow
	var places []chronicle.PlaceRow
	rows, err := t.query(`SELECT tnorm, text, sources FROM event_titles WHERE event_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r chronicle.TitleRow
		if err := rows.Scan(&r.TNorm, &r.Text, &r.Sources); err != nil {
			rows.Close()
			return err
		}
		titles = append(titles, r)
	}
	rows.Close()
	rows, err = t.query(`SELECT weak, date, date_end, n, lo_max, hi_min, lo_min, hi_max, span FROM event_dates WHERE event_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r chronicle.DateRow
		if err := rows.Scan(&r.Weak, &r.Date, &r.End, &r.N, &r.LoMax, &r.HiMin, &r.LoMin, &r.HiMax, &r.Span); err != nil {
			rows.Close()
			return err
		}
		dates = append(dates, r)
	}
	rows.Close()
	rows, err = t.query(`SELECT pkey, name, place_id, n FROM event_places WHERE event_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r chronicle.PlaceRow
		if err := rows.Scan(&r.Key, &r.Name, &r.ID, &r.N); err != nil {
			rows.Close()
			return err
		}
		places = append(places, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return t.setFields(id, titles, dates, places)
}

// finishWith is finish of an event whose aggregate rows are those of a
// alone (foldBlank): the rows finish reads, in the order it reads them
// (each table's key), from memory.
func (t *putTx) finishWith(id int64, a *chronicle.Aggregate) error {
	titleSources := blankTitleSources(a)
	titles := make([]chronicle.TitleRow, 0, len(a.Titles))
	for k, text := range a.Titles {
		titles = append(titles, chronicle.TitleRow{TNorm: k, Text: text, Sources: titleSources[k]})
	}
	slices.SortFunc(titles, func(x, y chronicle.TitleRow) int { return strings.Compare(x.TNorm, y.TNorm) })
	dates := make([]chronicle.DateRow, 0, len(a.Dates))
	for _, d := range a.Dates {
		dates = append(dates, *d)
	}
	slices.SortFunc(dates, func(x, y chronicle.DateRow) int {
		return cmp.Or(cmp.Compare(boolInt(x.Weak), boolInt(y.Weak)), strings.Compare(string(x.Date), string(y.Date)), strings.Compare(string(x.End), string(y.End)))
	})
	places := make([]chronicle.PlaceRow, 0, len(a.Places))
	for _, p := range a.Places {
		places = append(places, chronicle.PlaceRow{Key: p.Key, Name: p.Name, ID: p.ID, N: p.N})
	}
	slices.SortFunc(places, func(x, y chronicle.PlaceRow) int { return strings.Compare(x.Key, y.Key) })
	return t.setFields(id, titles, dates, places)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// setFields writes an event's fields derived from its aggregate rows.
func (t *putTx) setFields(id int64, titles []chronicle.TitleRow, dates []chronicle.DateRow, places []chronicle.PlaceRow) error {
	f := chronicle.FieldsFrom(titles, dates, places)
	notes := ""
	if len(f.Stored) > 0 {
		b, _ := json.Marshal(f.Stored)
		notes = string(b)
	}
	var placeID, lo, hi any
	if f.PlaceID != 0 {
		placeID = f.PlaceID
	}
	if f.Lo != "" {
		lo, hi = f.Lo, f.Hi
	}
	err := t.write(`UPDATE OR FAIL events SET title = ?, date = ?, date_end = ?, date_lo = ?, date_hi = ?, place = ?, place_norm = ?,
		place_id = ?, notes = ? WHERE id = ?`, f.Title, string(f.Date), string(f.End), lo, hi, f.Place,
		resolve.Normalize(f.Place), placeID, notes, id)
	return err
}

// relabel moves the tallies of the sources in old to source orig, after
// copy groups changed (see regroup). When old holds one source, only its
// label changes and every count stays; when it holds several (groups
// merged), the events that had reports from two of them count their
// sources again, from scratch.
func (t *putTx) relabel(old []int64, orig int64) error {
	old = slices.DeleteFunc(slices.Clone(old), func(s int64) bool { return s == orig })
	if len(old) == 0 {
		return nil
	}
	var again []int64
	if len(old) > 1 || t.hasTally(orig) {
		all := append(slices.Clone(old), orig)
		evs, err := t.queryIDs(`SELECT event_id FROM event_tally WHERE source IN (`+placeholders(len(all))+`)
			GROUP BY event_id HAVING count(DISTINCT source) > 1`, int64Args(all)...)
		if err != nil {
			return err
		}
		for _, e := range evs {
			t.derive[e] = true
		}
		again = evs
	}
	// The tallies of the events counted again are rebuilt (rederive), and
	// only theirs could collide under the new label: the others move.
	q := `UPDATE event_tally SET source = ? WHERE source IN (` + placeholders(len(old)) + `)`
	if len(again) > 0 {
		q += ` AND event_id NOT IN (` + placeholders(len(again)) + `)`
	}
	err := t.write(q, slices.Concat([]any{orig}, int64Args(old), int64Args(again))...)
	return err
}

func (t *putTx) hasTally(source int64) bool {
	var n int
	err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM event_tally WHERE source = ? LIMIT 1) AS one`, []any{source}, &n)
	return err != nil || n > 0
}
