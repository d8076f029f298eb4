package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// placeholders returns "?, ?, ?" for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// jsonIDs is ids as a JSON array, for json_each(?): one argument however
// many ids.
func jsonIDs(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// Timeline lists the events f selects, in date order (by first day
// covered, then last day; unknown dates last), each with its participants,
// the citation of its earliest report (by publication date), its number
// of reports and of distinct sources, and the disagreements of its reports.
func (s *DB) Timeline(ctx context.Context, f EventFilter) ([]EventRow, error) {
	out, _, err := s.TimelinePage(ctx, f)
	return out, err
}

// TimelinePage is Timeline with the key of each event listed (keys[i] is
// out[i]'s), for a page after it (EventFilter.After).
func (s *DB) TimelinePage(ctx context.Context, f EventFilter) ([]EventRow, []Key, error) {
	if err := checkPageKeys(f.After, f.Before); err != nil {
		return nil, nil, err
	}
	ents, err := s.rarestFirst(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	var scanned []scannedEvent
	if len(ents) > 0 {
		// The page's events found on the participants' index by date,
		// then read.
		ids, err := s.entityEventPage(ctx, f, ents)
		if err != nil || len(ids) == 0 {
			return nil, nil, err
		}
		rows, err := s.r.QueryContext(ctx, eventSelectSQL+` WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.id`, jsonIDs(ids))
		if err != nil {
			return nil, nil, s.wrap(err)
		}
		if scanned, err = s.scanEvents(rows); err != nil {
			return nil, nil, err
		}
	} else {
		where, args, err := s.eventWhere(f, ents)
		if err != nil {
			return nil, nil, err
		}
		lim := limit(f.Limit, 100)
		read := func(q string, args ...any) (int, error) {
			rows, err := s.r.QueryContext(ctx, q, args...)
			if err != nil {
				return 0, s.wrap(err)
			}
			evs, err := s.scanEvents(rows)
			scanned = append(scanned, evs...)
			return len(evs), err
		}
		// a statement of where with the condition cond (its leading
		// " AND ") and the rest
		stmt := func(cond, rest string) string {
			if where == "" {
				return eventSelectSQL + " WHERE " + strings.TrimPrefix(cond, " AND ") + rest
			}
			return eventSelectSQL + where + cond + rest
		}
		switch {
		case f.Before != nil:
			// The events before the key, read backwards (each a range
			// of the index by date walked the other way), then put
			// back in order.
			err = keysetBack(*f.Before, lim, func(k *Key) (string, []any) {
				cond := s.nullIs("e.date_lo", false)
				if k == nil {
					return cond, nil
				}
				return cond + ` AND (e.date_lo, e.date_hi, e.id) < (?, ?, ?)`, []any{k.Lo, k.Hi, k.ID}
			}, func(k Key) (string, []any) {
				return s.undatedBefore("e", "id", k)
			}, func(cond string, more []any, n int) (int, error) {
				return read(stmt(cond, ` ORDER BY e.date_lo DESC, e.date_hi DESC, e.id DESC LIMIT ?`), append(append(slices.Clone(args), more...), n)...)
			})
			slices.Reverse(scanned)
		case f.After == nil:
			_, err = read(eventSelectSQL+where+` ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.id LIMIT ? OFFSET ?`, append(args, lim, max(f.Offset, 0))...)
		default:
			// The dated events after the key, then the undated, each a
			// range of the index by date, in its order.
			err = keyset(*f.After, lim, func(k Key) (string, []any) {
				return s.nullIs("e.date_lo", false) + ` AND (e.date_lo, e.date_hi, e.id) > (?, ?, ?)`, []any{k.Lo, k.Hi, k.ID}
			}, func(k *Key) (string, []any) {
				return s.undatedAfter("e", "id", k)
			}, func(cond string, more []any, n int) (int, error) {
				return read(stmt(cond, ` ORDER BY e.date_lo, e.date_hi, e.id LIMIT ?`), append(append(slices.Clone(args), more...), n)...)
			})
		}
		if err != nil {
			return nil, nil, err
		}
	}
	if len(scanned) == 0 {
		return nil, nil, nil
	}
	keys := make([]Key, len(scanned))
	for i, e := range scanned {
		keys[i] = Key{Lo: e.lo.String, Hi: e.hi.String, ID: e.ID}
	}
	out, err := s.fillEvents(ctx, scanned, f.AllCitations)
	if err != nil {
		return nil, nil, err
	}
	return out, keys, nil
}

// nullIs is the condition (with its leading " AND ") that col is NULL
// (null) or not, written as dialect.dated writes it, so that the engine
// reads it as the indexed expression "col IS NULL" held at a value.
func (s *DB) nullIs(col string, null bool) string {
	c := strings.ReplaceAll(s.d.dated, "p0.date_lo", col)
	if null {
		c = strings.Replace(c, "FALSE", "TRUE", 1)
	}
	return c
}

// undatedAfter is the condition and arguments of the undated events (of
// alias t, id column id) after key k, all of them when k is nil: a range
// of an index by (date_lo IS NULL, date_lo, date_hi, id).
func (s *DB) undatedAfter(t, id string, k *Key) (string, []any) {
	cond := s.nullIs(t+".date_lo", true) + ` AND ` + t + `.date_lo IS NULL AND ` + t + `.date_hi IS NULL`
	if k == nil {
		return cond, nil
	}
	return cond + ` AND ` + t + `.` + id + ` > ?`, []any{k.ID}
}

// undatedBefore is undatedAfter's condition of the undated events before
// key k (an undated key).
func (s *DB) undatedBefore(t, id string, k Key) (string, []any) {
	cond, _ := s.undatedAfter(t, id, nil)
	return cond + ` AND ` + t + `.` + id + ` < ?`, []any{k.ID}
}

const eventSelectSQL = `SELECT e.id, e.type, e.title, e.date, e.date_end, e.place, coalesce(e.place_id, 0), e.status, e.reports,
	e.sources, e.notes, coalesce(e.cite_report, 0), e.date_lo, e.date_hi FROM events e`

// scannedEvent is an event row as read, before fillEvents completes it.
type scannedEvent struct {
	EventRow
	notes []chronicle.Note
	cite  int64
	// parts are its participants when read already (not nil), in
	// order of id.
	parts []Ref
	// lo and hi are its first and last day (its key: Key).
	lo, hi sql.NullString
}

// scanEvents reads every row of an eventSelectSQL query and closes rows.
func (s *DB) scanEvents(rows *sql.Rows) ([]scannedEvent, error) {
	defer rows.Close()
	var out []scannedEvent
	for rows.Next() {
		e, err := scanEvent(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	return out, nil
}

func scanEvent(scan func(dest ...any) error) (scannedEvent, error) {
	var e scannedEvent
	var notes string
	err := scan(&e.ID, &e.Type, &e.Title, &e.Date, &e.DateEnd, &e.Place, &e.PlaceID, &e.Status, &e.Reports, &e.Sources, &notes, &e.cite, &e.lo, &e.hi)
	if err == nil && notes != "" {
		err = json.Unmarshal([]byte(notes), &e.notes)
	}
	return e, err
}

// rarestFirst lists the entities f asks for (Org, Person, With, each
// once), the one in the fewest events first (entities.events, kept on
// write: the rows of the participant index walked): the events of two entities
// are found from the rarer one's, each checked for the other (the United
// States and the tenth most prominent entity: 4,953 events read and
// checked, where both lists were read whole, 32,418 and 4,953, and each
// of the 32,418 events looked up).
func (s *DB) rarestFirst(ctx context.Context, f EventFilter) ([]int64, error) {
	var ids []int64
	for _, id := range []int64{f.Org, f.Person, f.With} {
		if id != 0 && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) < 2 {
		return ids, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM entity_counts WHERE id IN (`+placeholders(len(ids))+`) ORDER BY events, id`, int64Args(ids)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var found []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		found = append(found, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// An id that is no entity has no events: first, it ends the search.
	var out []int64
	for _, id := range ids {
		if !slices.Contains(found, id) {
			out = append(out, id)
		}
	}
	return append(out, found...), nil
}

// eventWhere is the WHERE clause (with its leading " WHERE ", or "") and
// arguments selecting the events of f, whose entities are ents, in the
// order they are to be read (rarestFirst).
func (s *DB) eventWhere(f EventFilter, ents []int64) (string, []any, error) {
	var where []string
	var args []any
	if len(ents) > 0 {
		// The first entity's events, each kept when the others take part
		// (CROSS JOIN: SQLite keeps that order), looked up in each
		// other's run of the index by entity (dialect.byEntity).
		q := `e.id IN (SELECT p0.event_id FROM event_participants p0`
		for i := 1; i < len(ents); i++ {
			q += fmt.Sprintf(` CROSS JOIN event_participants p%d`, i) + s.d.byEntity
		}
		q += ` WHERE p0.entity_id = ?`
		for i := 1; i < len(ents); i++ {
			q += fmt.Sprintf(` AND p%d.event_id = p0.event_id AND p%d.entity_id = ?`, i, i)
		}
		where = append(where, q+`)`)
		args = append(args, int64Args(ents)...)
	}
	if f.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, string(f.Type))
	}
	if f.Place != "" {
		n := resolve.Normalize(f.Place)
		where = append(where, `(e.place_norm = ? OR e.place_id IN (SELECT entity_id FROM entity_names WHERE norm = ?))`)
		args = append(args, n, n)
	}
	from, to, err := filterDays(f)
	if err != nil {
		return "", nil, err
	}
	if from != "" {
		where = append(where, `e.date_hi >= ?`)
		args = append(args, from)
	}
	if to != "" {
		where = append(where, `e.date_lo <= ?`)
		args = append(args, to)
	}
	if len(where) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(where, " AND "), args, nil
}

// filterDays is the first day of f.From and the last of f.To (YYYY-MM-DD),
// "" when not given.
func filterDays(f EventFilter) (from, to string, err error) {
	if f.From != "" {
		first, _, ok := f.From.Bounds()
		if !ok {
			return "", "", fmt.Errorf("%w: from date %q", ErrInvalid, f.From)
		}
		from = first.Format(time.DateOnly)
	}
	if f.To != "" {
		_, last, ok := f.To.Bounds()
		if !ok {
			return "", "", fmt.Errorf("%w: to date %q", ErrInvalid, f.To)
		}
		to = last.Format(time.DateOnly)
	}
	return from, to, nil
}

// entityEventPage lists the ids of the page of f's events, whose
// entities are ents (rarestFirst: at least one), in timeline order. The
// first entity's participant rows are walked in that order on their
// index by date (schemaV17), each kept when the other entities take part
// and the event has f's type and place, up to the page's end: a page
// reads the rows before its end, not every event of the entity, sorted.
//
// A date range (From, To: the events whose days meet it) is a range of
// the index from the first day: the events that began before it and
// last into it come first, found apart, from the same year's rows
// before the first day, and from the index of events spanning years
// (the others cannot reach it).
func (s *DB) entityEventPage(ctx context.Context, f EventFilter, ents []int64) ([]int64, error) {
	return s.walkEventPage(ctx, s.r, f, ents)
}

// walkEventPage is entityEventPage reading through r.
func (s *DB) walkEventPage(ctx context.Context, r dbReader, f EventFilter, ents []int64) ([]int64, error) {
	from, to, err := filterDays(f)
	if err != nil {
		return nil, err
	}
	lim, off := limit(f.Limit, 100), max(f.Offset, 0)
	// walk is the statement over the first entity's rows on index (a
	// dialect's hint), with rest after the conditions of f (on them, p0,
	// and their events, e).
	walk := func(index string, rest string) (string, []any) {
		q := `SELECT p0.event_id, p0.date_lo, p0.date_hi FROM event_participants p0` + index
		where := ` WHERE p0.entity_id = ?`
		args := []any{ents[0]}
		// each other entity's row of the event, and the event's type and
		// place: joined (SQLite keeps the order of the walk), or checked
		// on each row walked (dialect.walkChecks)
		check := func(table, alias, on, cond string) {
			if s.d.walkChecks {
				where += ` AND EXISTS (SELECT 1 FROM ` + table + ` ` + alias + ` WHERE ` + on + cond + s.d.apart + `)`
				return
			}
			q += ` CROSS JOIN ` + table + ` ` + alias
			if table == "event_participants" {
				q += s.d.byEntity
			}
			where += ` AND ` + on + cond
		}
		for i := 1; i < len(ents); i++ {
			check("event_participants", fmt.Sprintf("p%d", i), fmt.Sprintf(`p%d.event_id = p0.event_id`, i), fmt.Sprintf(` AND p%d.entity_id = ?`, i))
			args = append(args, ents[i])
		}
		if f.Type != "" || f.Place != "" {
			cond := ""
			if f.Type != "" {
				cond += ` AND e.type = ?`
				args = append(args, string(f.Type))
			}
			if f.Place != "" {
				n := resolve.Normalize(f.Place)
				cond += ` AND (e.place_norm = ? OR e.place_id IN (SELECT entity_id FROM entity_names WHERE norm = ?))`
				args = append(args, n, n)
			}
			check("events", "e", `e.id = p0.event_id`, cond)
		}
		if to != "" {
			where += ` AND p0.date_lo <= ?`
			args = append(args, to)
		}
		return q + where + rest, args
	}
	type row struct {
		id     int64
		lo, hi sql.NullString
	}
	read := func(q string, args ...any) ([]row, error) {
		rows, err := r.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, s.wrap(err)
		}
		defer rows.Close()
		var out []row
		for rows.Next() {
			var w row
			if err := rows.Scan(&w.id, &w.lo, &w.hi); err != nil {
				return nil, err
			}
			out = append(out, w)
		}
		return out, s.wrap(rows.Err())
	}
	ids := func(rs []row) []int64 {
		out := make([]int64, len(rs))
		for i, r := range rs {
			out[i] = r.id
		}
		return out
	}
	dated := s.d.dated
	const inOrder = ` ORDER BY p0.date_lo, p0.date_hi, p0.event_id LIMIT ? OFFSET ?`
	// After a key (f.After): the rows after it, each walk a range of its
	// index from the key, where an offset walks the rows before it.
	const afterKey = ` AND (p0.date_lo, p0.date_hi, p0.event_id) > (?, ?, ?)`
	// Before a key (f.Before): the rows before it, each walk a range of
	// its index walked the other way from the key, then put in order.
	const backOrder = ` ORDER BY p0.date_lo DESC, p0.date_hi DESC, p0.event_id DESC LIMIT ?`
	const beforeKey = ` AND (p0.date_lo, p0.date_hi, p0.event_id) < (?, ?, ?)`
	if b := f.Before; b != nil && from == "" {
		if b.Lo == "" && to != "" {
			return nil, nil // a date range has no undated events
		}
		var back []int64
		err := keysetBack(*b, lim, func(k *Key) (string, []any) {
			if k == nil {
				return dated, nil
			}
			return dated + beforeKey, []any{k.Lo, k.Hi, k.ID}
		}, func(k Key) (string, []any) {
			return s.undatedBefore("p0", "event_id", k)
		}, func(cond string, more []any, n int) (int, error) {
			q, args := walk(s.d.byDate, cond+backOrder)
			rs, err := read(q, append(append(args, more...), n)...)
			back = append(back, ids(rs)...)
			return len(rs), err
		})
		slices.Reverse(back)
		return back, err
	}
	k := f.After
	if k != nil {
		off = 0
		if k.Lo == "" && (from != "" || to != "") {
			return nil, nil // a date range has no undated events
		}
	}
	if from == "" {
		if to == "" {
			if k != nil {
				var page []int64
				err := keyset(*k, lim, func(k Key) (string, []any) {
					return dated + afterKey, []any{k.Lo, k.Hi, k.ID}
				}, func(k *Key) (string, []any) {
					return s.undatedAfter("p0", "event_id", k)
				}, func(cond string, more []any, n int) (int, error) {
					q, args := walk(s.d.byDate, cond+inOrder)
					rs, err := read(q, append(append(args, more...), n, 0)...)
					page = append(page, ids(rs)...)
					return len(rs), err
				})
				return page, err
			}
			q, args := walk(s.d.byDate, ` ORDER BY p0.date_lo IS NULL, p0.date_lo, p0.date_hi, p0.event_id LIMIT ? OFFSET ?`)
			rs, err := read(q, append(args, lim, off)...)
			return ids(rs), err
		}
		if k != nil {
			q, args := walk(s.d.byDate, dated+afterKey+inOrder)
			rs, err := read(q, append(args, k.Lo, k.Hi, k.ID, lim, 0)...)
			return ids(rs), err
		}
		q, args := walk(s.d.byDate, dated+inOrder)
		rs, err := read(q, append(args, lim, off)...)
		return ids(rs), err
	}
	// Begun before the first day and lasting into it: begun in its year
	// (a range of the index), or in an earlier year (spanning years).
	year := from[:4] + "-01-01"
	var before []row
	if year < from {
		q, args := walk(s.d.byDate, dated+` AND p0.date_lo >= ? AND p0.date_lo < ? AND p0.date_hi >= ?`)
		rs, err := read(q, append(args, year, from, from)...)
		if err != nil {
			return nil, err
		}
		before = rs
	}
	q, args := walk(s.d.byLong, ` AND substr(p0.date_lo, 1, 4) < substr(p0.date_hi, 1, 4) AND p0.date_hi >= ? AND p0.date_lo < ?`)
	rs, err := read(q, append(args, from, year)...)
	if err != nil {
		return nil, err
	}
	before = append(before, rs...)
	order := func(a, b row) int {
		return cmp.Or(cmp.Compare(a.lo.String, b.lo.String), cmp.Compare(a.hi.String, b.hi.String), cmp.Compare(a.id, b.id))
	}
	slices.SortFunc(before, order)
	rest, restArgs := dated+` AND p0.date_lo >= ? AND p0.date_hi >= ?`, []any{from, from}
	if b := f.Before; b != nil {
		if b.Lo == "" {
			return nil, nil // a date range has no undated events
		}
		// the events begun from the first day before the key, walked
		// back from it (a range of the index between the first day and
		// the key), then those begun before the first day
		var page []int64
		if b.Lo >= from {
			q, args := walk(s.d.byDate, rest+beforeKey+backOrder)
			rs, err := read(q, append(append(args, restArgs...), b.Lo, b.Hi, b.ID, lim)...)
			if err != nil {
				return nil, err
			}
			page = ids(rs)
			slices.Reverse(page)
		}
		if n := lim - len(page); n > 0 {
			at := row{b.ID, sql.NullString{String: b.Lo, Valid: true}, sql.NullString{String: b.Hi, Valid: true}}
			i, _ := slices.BinarySearchFunc(before, at, order)
			page = append(ids(before[max(0, i-n):i]), page...)
		}
		return page, nil
	}
	if k != nil {
		// the events begun before the first day after the key; the
		// others after it, from the key when it is past the first day
		// (its range, not the first day's: the engine walks one)
		at := row{k.ID, sql.NullString{String: k.Lo, Valid: true}, sql.NullString{String: k.Hi, Valid: true}}
		before = slices.DeleteFunc(before, func(r row) bool { return order(r, at) <= 0 })
		if k.Lo >= from {
			rest, restArgs = dated+` AND p0.date_hi >= ?`+afterKey, []any{from, k.Lo, k.Hi, k.ID}
		}
	}
	var page []int64
	if off < len(before) {
		page = ids(before[off:min(len(before), off+lim)])
	}
	if n := lim - len(page); n > 0 {
		q, args := walk(s.d.byDate, rest+inOrder)
		rs, err := read(q, append(append(args, restArgs...), n, max(0, off-len(before)))...)
		if err != nil {
			return nil, err
		}
		page = append(page, ids(rs)...)
	}
	return page, nil
}

// fillEvents completes scanned events into evs (which it returns): their
// participants, their citation (the event's earliest report) and the
// citations of the values of their disagreements; then the evidence of
// every citation is unpacked at once (a story cited by an event's
// citation and by its disagreement's values is read once).
//
// With all, each value of a disagreement cites every report giving it,
// read from the reports (the event page, the exports). Otherwise (the
// lists of events) it cites the first of them and counts the others in
// More: the values' numbers of reports and first reports are read from
// the event's aggregates (event_dates, event_places), so that a list
// reads a few rows a value, not every report of its largest events (at
// 296,083 stories the 54 disagreeing events of a year's page of the
// United States had 3,313 reports, 92% of the page's time). An event
// whose aggregates do not know a value's first report (stored before
// dateFirsts and not derived since) has its reports read.
func (s *DB) fillEvents(ctx context.Context, scanned []scannedEvent, all bool) ([]EventRow, error) {
	evs := make([]EventRow, len(scanned))
	if len(scanned) == 0 {
		return evs, nil
	}
	ids := make([]int64, len(scanned))
	at := make(map[int64]int, len(scanned))
	var cites, full, firsts []int64
	for i, e := range scanned {
		evs[i] = e.EventRow
		ids[i] = e.ID
		at[e.ID] = i
		evs[i].Participants = []Ref{}
		if e.cite != 0 {
			cites = append(cites, e.cite)
		}
		if len(e.notes) > 0 {
			if all {
				full = append(full, e.ID)
			} else {
				firsts = append(firsts, e.ID)
			}
			for _, n := range e.notes {
				evs[i].Disagreements = append(evs[i].Disagreements, n.Disagreement())
			}
		}
	}
	// The participant rows, the citations, the disagreements' reports or
	// aggregates at once (readTogether), then the entities among the
	// participants.
	versions := storyVersions{}
	var reads []pageRead
	var parts participantRows
	if scanned[0].parts != nil {
		for i := range scanned {
			evs[i].Participants = scanned[i].parts
		}
	} else {
		reads = append(reads, parts.read(ids))
	}
	if len(cites) > 0 {
		reads = append(reads, citationsRead(evs, cites, at, versions))
	}
	if len(full) > 0 {
		reads = append(reads, disagreementsRead(evs, scanned, full, at, versions))
	}
	vf := valueFirsts{}
	if len(firsts) > 0 {
		reads = append(reads, vf.datesRead(scanned, firsts, at), vf.placesRead(scanned, firsts, at))
	}
	if err := s.readTogether(ctx, reads...); err != nil {
		return nil, err
	}
	if len(firsts) > 0 {
		refull, cited := vf.cite(evs, scanned, firsts, at)
		reads = reads[:0]
		if len(refull) > 0 {
			reads = append(reads, disagreementsRead(evs, scanned, refull, at, versions))
		}
		if len(cited) > 0 {
			reads = append(reads, firstCitesRead(cited, versions))
		}
		if err := s.readTogether(ctx, reads...); err != nil {
			return nil, err
		}
		cited.set()
	}
	if scanned[0].parts == nil {
		if err := s.fillParticipants(ctx, evs, parts, at); err != nil {
			return nil, err
		}
	}
	// The citations' evidence; of the disagreements, only the reports
	// cited by a value (a report with no place for a disagreement on
	// places gives none).
	var refs []evRef
	for i := range evs {
		if evs[i].Citation.StoryID != 0 {
			refs = append(refs, evRef{evs[i].Citation.StoryID, &evs[i].Citation.Evidence})
		}
		for j := range evs[i].Disagreements {
			for k := range evs[i].Disagreements[j].Values {
				cs := evs[i].Disagreements[j].Values[k].Citations
				for l := range cs {
					refs = append(refs, evRef{cs[l].StoryID, &cs[l].Evidence})
				}
			}
		}
	}
	if err := s.unpackEvidence(ctx, refs, versions); err != nil {
		return nil, err
	}
	return evs, nil
}

// valueFirsts are, for each value of each disagreement of the events a
// list cites by first reports (fillEvents), the number of reports giving
// it and the first of them, as the event's aggregate rows give them.
type valueFirsts map[valueAt]*valueFirst

// valueAt is a value of a disagreement: the event's index in the list,
// the disagreement's, the value's.
type valueAt struct{ ev, note, val int }

type valueFirst struct {
	n       int
	first   chronicle.SortKey
	unknown bool // a row giving it does not know its first report
}

// add counts n reports, the first of them first (first.Start < 0: not
// known), for the value of key key of each disagreement of event i.
func (vf valueFirsts) add(notes []chronicle.Note, i int, key func(chronicle.Note) string, n int, first chronicle.SortKey) {
	for j, note := range notes {
		k := note.Value(key(note))
		if k < 0 {
			continue
		}
		v := vf[valueAt{i, j, k}]
		if v == nil {
			v = &valueFirst{first: first}
			vf[valueAt{i, j, k}] = v
		}
		v.n += n
		switch {
		case first.Start < 0:
			v.unknown = true
		case first.Compare(v.first) < 0:
			v.first = first
		}
	}
}

// datesRead reads the date rows of events ids into vf.
func (vf valueFirsts) datesRead(scanned []scannedEvent, ids []int64, at map[int64]int) pageRead {
	return pageRead{`SELECT event_id, weak, date, date_end, n, first_pub, first_path, first_start FROM event_dates
		WHERE event_id IN (` + placeholders(len(ids)) + `)`, int64Args(ids), func(scan func(...any) error) error {
		var ev, weak, n, start int64
		var date, end annals.Date
		var first chronicle.SortKey
		if err := scan(&ev, &weak, &date, &end, &n, &first.Pub, &first.Path, &start); err != nil {
			return err
		}
		first.Start = int(start)
		i := at[ev]
		vf.add(scanned[i].notes, i, func(note chronicle.Note) string { return note.DateKey(date, end, weak != 0) }, int(n), first)
		return nil
	}}
}

// placesRead reads the place rows of events ids into vf.
func (vf valueFirsts) placesRead(scanned []scannedEvent, ids []int64, at map[int64]int) pageRead {
	return pageRead{`SELECT event_id, pkey, n, first_pub, first_path, first_start FROM event_places
		WHERE event_id IN (` + placeholders(len(ids)) + `)`, int64Args(ids), func(scan func(...any) error) error {
		var ev, n, start int64
		var pkey string
		var first chronicle.SortKey
		if err := scan(&ev, &pkey, &n, &first.Pub, &first.Path, &start); err != nil {
			return err
		}
		first.Start = int(start)
		i := at[ev]
		vf.add(scanned[i].notes, i, func(note chronicle.Note) string {
			if note.Field != "place" {
				return ""
			}
			return pkey
		}, int(n), first)
		return nil
	}}
}

// cite sets each value's count of reports not cited (all but its first)
// and lists the first reports to read (cited); refull are the events
// whose aggregates do not know a first report, to be cited from their
// reports.
func (vf valueFirsts) cite(evs []EventRow, scanned []scannedEvent, ids []int64, at map[int64]int) (refull []int64, cited firstCites) {
	unknown := map[int]bool{}
	for k, v := range vf {
		if v.unknown {
			unknown[k.ev] = true
		}
	}
	cited = firstCites{}
	for _, id := range ids {
		i := at[id]
		if unknown[i] {
			refull = append(refull, id)
			continue
		}
		for j := range evs[i].Disagreements {
			for k := range evs[i].Disagreements[j].Values {
				v := vf[valueAt{i, j, k}]
				if v == nil || v.n == 0 {
					continue
				}
				val := &evs[i].Disagreements[j].Values[k]
				val.More = v.n
				key := firstCite{id, v.first.Path, v.first.Start}
				cited[key] = append(cited[key], val)
			}
		}
	}
	return refull, cited
}

// firstCites are the values citing each first report (an event's report
// by its story's path and its offset).
type firstCites map[firstCite][]*DisagreeingValue

type firstCite struct {
	ev    int64
	path  string
	start int
}

// firstCitesRead reads the reports of the events of cited in the stories
// of cited, keeping the citation of each report cited (the first in the
// story's order when two of an event share an offset). The stories are
// found by path and their reports by story; the events only filter them
// (the unary plus keeps SQLite from walking each event's reports by the
// index by event instead: the 54 disagreeing events of a year's page at
// 296,083 stories have 4,281), and every other report of a story cited,
// read before with its story's columns, is passed over (1,289 rows read
// for 372 on that page).
func firstCitesRead(cited firstCites, versions storyVersions) pageRead {
	var paths []any
	var evs []int64
	seen := map[string]bool{}
	seenEv := map[int64]bool{}
	for k := range cited {
		if !seen[k.path] {
			seen[k.path] = true
			paths = append(paths, k.path)
		}
		if !seenEv[k.ev] {
			seenEv[k.ev] = true
			evs = append(evs, k.ev)
		}
	}
	slices.SortFunc(paths, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	slices.Sort(evs)
	return pageRead{`SELECT r.event_id, s.id, s.path, s.title, s.url, s.published, r.ev_start, r.ev_end, r.ev_text, ` + storyVersionSQL + `
		FROM stories s JOIN reports r ON r.story_id = s.id WHERE s.path IN (` + placeholders(len(paths)) + `) AND +r.event_id IN (` + placeholders(len(evs)) + `) ORDER BY s.id, r.ord`, append(paths, int64Args(evs)...), func(scan func(...any) error) error {
		var ev int64
		var c Citation
		var v storyVersion
		if err := scan(&ev, &c.StoryID, &c.Path, &c.Title, &c.URL, &c.Published, &c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &v.hash, &v.ingested, &v.sum); err != nil {
			return err
		}
		key := firstCite{ev, c.Path, c.Evidence.Start}
		vals := cited[key]
		if len(vals) == 0 || len(vals[0].Citations) > 0 {
			return nil
		}
		versions.add(c.StoryID, &v)
		for _, val := range vals {
			val.Citations = append(val.Citations, c)
		}
		return nil
	}}
}

// set counts, in each value cited, the reports its citation leaves out.
func (cited firstCites) set() {
	for _, vals := range cited {
		for _, val := range vals {
			val.More -= len(val.Citations)
		}
	}
}

// participantRows are the participant rows of a page's events, and
// each entity among them once (need), in the order read.
type participantRows struct {
	rows []participantRow
	need []int64
	seen map[int64]bool
}

type participantRow struct{ ev, entity int64 }

// read reads the participant rows of events ids into p.
func (p *participantRows) read(ids []int64) pageRead {
	p.seen = map[int64]bool{}
	return pageRead{`SELECT event_id, entity_id FROM event_participants
		WHERE event_id IN (` + placeholders(len(ids)) + `) ORDER BY event_id, entity_id`, int64Args(ids), func(scan func(...any) error) error {
		var r participantRow
		if err := scan(&r.ev, &r.entity); err != nil {
			return err
		}
		p.rows = append(p.rows, r)
		if !p.seen[r.entity] {
			p.seen[r.entity] = true
			p.need = append(p.need, r.entity)
		}
		return nil
	}}
}

// fillParticipants sets the participants of evs from their participant
// rows (at: the index of each event in evs).
//
// The participant rows come first, then each entity among them once: a
// page's events name the same entities again and again (relations: the
// two in every event), and joining the rows with the entities looked
// each up once a row (relations of the two most prominent at 9,856
// stories: 1,147 buffers for 315 rows on PostgreSQL).
func (s *DB) fillParticipants(ctx context.Context, evs []EventRow, parts participantRows, at map[int64]int) error {
	refs := make(map[int64]entityRef, len(parts.need))
	if err := s.entityRefs(ctx, parts.need, refs); err != nil {
		return err
	}
	for _, p := range parts.rows {
		if e, ok := refs[p.entity]; ok { // as the join: no row for an unknown entity
			evs[at[p.ev]].Participants = append(evs[at[p.ev]].Participants, e.Ref)
		}
	}
	return nil
}

// citationsRead sets the citation of evs from their cited reports, the
// evidence as stored, and the versions of the stories cited.
func citationsRead(evs []EventRow, cites []int64, at map[int64]int, versions storyVersions) pageRead {
	return pageRead{`SELECT r.event_id, s.id, s.path, s.title, s.url, s.published, r.ev_start, r.ev_end, r.ev_text, ` + storyVersionSQL + `
		FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.id IN (` + placeholders(len(cites)) + `)`, int64Args(cites), func(scan func(...any) error) error {
		var ev int64
		var c Citation
		var v storyVersion
		if err := scan(&ev, &c.StoryID, &c.Path, &c.Title, &c.URL, &c.Published, &c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &v.hash, &v.ingested, &v.sum); err != nil {
			return err
		}
		versions.add(c.StoryID, &v)
		if i, ok := at[ev]; ok {
			evs[i].Citation = c
		}
		return nil
	}}
}

// disagreementsRead cites, in the disagreements of evs (events
// disagreeing), the reports giving each value, the evidence as stored, and
// adds the versions of the stories cited.
func disagreementsRead(evs []EventRow, scanned []scannedEvent, disagreeing []int64, at map[int64]int, versions storyVersions) pageRead {
	return pageRead{`SELECT r.event_id, r.date, r.date_end, r.weak, r.place, coalesce(r.place_id, 0),
			s.id, s.path, s.title, s.url, s.published, r.ev_start, r.ev_end, r.ev_text, ` + storyVersionSQL + `
		FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.event_id IN (` + placeholders(len(disagreeing)) + `)
		ORDER BY s.published, s.path, r.ev_start`, int64Args(disagreeing), func(scan func(...any) error) error {
		var ev, placeID, weak int64
		var date, end annals.Date
		var place string
		var c Citation
		var v storyVersion
		if err := scan(&ev, &date, &end, &weak, &place, &placeID,
			&c.StoryID, &c.Path, &c.Title, &c.URL, &c.Published, &c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &v.hash, &v.ingested, &v.sum); err != nil {
			return err
		}
		versions.add(c.StoryID, &v)
		i := at[ev]
		for j, n := range scanned[i].notes {
			evs[i].Disagreements[j].Cite(n, date, end, weak != 0, place, placeID, c)
		}
		return nil
	}}
}

func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// The ways FindEntities matches a name, best first.
const (
	MatchName   = "name"   // the entity's display name
	MatchStrong = "strong" // a full name, acronym or former name
	MatchWeak   = "weak"   // a surname or back-reference
)

// FindEntities returns the entities that were ever called name (by name,
// alias, acronym or former name), compared after resolve.Normalize, so
// case, diacritics, dots and hyphens do not matter. Matched tells how:
// MatchName, MatchStrong or MatchWeak; results are sorted by that, then by
// prominence. A caller wanting one entity takes the single best match and
// reports the rest as ambiguous.
func (s *DB) FindEntities(ctx context.Context, name string) ([]EntitySummary, error) {
	n := resolve.Normalize(name)
	if n == "" {
		return nil, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT e.id, n.strong, e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id JOIN entity_counts c ON c.id = e.id
		WHERE n.norm = ? ORDER BY c.stories DESC, c.mentions DESC, e.id`, n)
	if err != nil {
		return nil, s.wrap(err)
	}
	var ids []int64
	how := map[int64]string{}
	for rows.Next() {
		var id int64
		var strong bool
		var display string
		if err := rows.Scan(&id, &strong, &display); err != nil {
			rows.Close()
			return nil, err
		}
		m := MatchWeak
		switch {
		case resolve.Normalize(display) == n:
			m = MatchName
		case strong:
			m = MatchStrong
		}
		ids = append(ids, id)
		how[id] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	out, err := s.summaries(ctx, ids)
	if err != nil {
		return nil, err
	}
	rank := map[string]int{MatchName: 0, MatchStrong: 1, MatchWeak: 2}
	for i := range out {
		out[i].Matched = how[out[i].ID]
	}
	slices.SortStableFunc(out, func(a, b EntitySummary) int { return cmp.Compare(rank[a.Matched], rank[b.Matched]) })
	return out, nil
}

// Entities lists entities by prominence (stories naming them, then
// mentions), optionally of one type and with a name containing Query.
func (s *DB) Entities(ctx context.Context, f EntityFilter) ([]EntitySummary, error) {
	out, _, err := s.EntitiesPage(ctx, f)
	return out, err
}

// EntitiesPage is Entities with the key of each entity listed (keys[i]
// is out[i]'s): a page from an offset, or after or before a key
// (EntityFilter.After, Before). A key's page is read in at most three
// ranges of the index by prominence (with a type, the index by type and
// prominence, schemaV19; on PostgreSQL, which keeps only the latter,
// pgSchemaV17, each range of every type is the merge of the stored types'
// ranges of it): the entities of the key's numbers of stories
// and mentions after (or before) its id, then those of its number of
// stories with fewer (more) mentions, then those with fewer (more)
// stories; it costs the same at any depth, where an offset walks every
// entity before it. With a part of a name (Query), the entities whose
// names hold it are found by it and sorted, in one statement: a page
// costs what they number, at any depth.
func (s *DB) EntitiesPage(ctx context.Context, f EntityFilter) ([]EntitySummary, []EntityKey, error) {
	if err := checkPageKeys(f.After, f.Before); err != nil {
		return nil, nil, err
	}
	ids, keys, err := s.entityPageKeys(ctx, s.r, f)
	if err != nil {
		return nil, nil, err
	}
	out, err := s.summaries(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	return out, keys, nil
}

// entityPageKeys lists the ids and keys of the page of entities f asks
// for (EntitiesPage), reading through r.
func (s *DB) entityPageKeys(ctx context.Context, r dbReader, f EntityFilter) (ids []int64, keys []EntityKey, err error) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, `type = ?`)
		args = append(args, string(f.Type))
	}
	named := false
	if q := resolve.Normalize(f.Query); q != "" {
		cond, a := s.d.nameMatch(q)
		where = append(where, cond)
		args = append(args, a...)
		named = true
	}
	n := limit(f.Limit, 100)
	// Of every type, on PostgreSQL (typeMerge): each type's range of the
	// index by type and prominence, merged in order.
	var types []string
	if f.Type == "" && !named && s.d.typeMerge {
		if types, err = s.entityTypes(ctx, r); err != nil {
			return nil, nil, err
		}
		if len(types) == 0 {
			return nil, nil, nil
		}
	}
	// read reads the entities of where and cond, in order, up to lim.
	read := func(cond string, more []any, order string, lim, off int) error {
		w := slices.Clone(where)
		if cond != "" {
			w = append(w, cond)
		}
		q := `SELECT id, stories, mentions FROM entity_counts`
		if len(w) > 0 {
			q += " WHERE " + strings.Join(w, " AND ")
		}
		a := append(slices.Clone(args), more...)
		if types != nil {
			// One arm a type (where is empty here), each in the order
			// asked with the limit of the whole: PostgreSQL merges the
			// arms' walks of the index (a Merge Append) and stops at the
			// limit. Without its own order and limit an arm is pulled
			// up into the union, where the planner does not take the
			// arm's type for a constant and cannot read the index in
			// the order asked (it read every entity and sorted them).
			arms := make([]string, len(types))
			a = nil
			for i, t := range types {
				arms[i] = `(SELECT id, stories, mentions FROM entity_counts WHERE type = ?`
				a = append(a, t)
				if cond != "" {
					arms[i] += " AND " + cond
					a = append(a, more...)
				}
				arms[i] += order + ` LIMIT ?)`
				a = append(a, lim+off)
			}
			q = `SELECT id, stories, mentions FROM (` + strings.Join(arms, " UNION ALL ") + `) AS m`
		}
		rows, err := r.QueryContext(ctx, q+order+` LIMIT ? OFFSET ?`, append(a, lim, off)...)
		if err != nil {
			return s.wrap(err)
		}
		defer rows.Close()
		for rows.Next() {
			var k EntityKey
			if err := rows.Scan(&k.ID, &k.Stories, &k.Mentions); err != nil {
				return err
			}
			ids, keys = append(ids, k.ID), append(keys, k)
		}
		return s.wrap(rows.Err())
	}
	const inOrder, backwards = ` ORDER BY stories DESC, mentions DESC, id`, ` ORDER BY stories, mentions, id DESC`
	var ranges []string
	var k *EntityKey
	order := inOrder
	// merged: the order of each range in which the columns it holds
	// equal are left out, for the merge of the types' ranges (an arm's
	// plan leaves them out of its order; the union's would then not see
	// the arms in its order, and sort them).
	var merged []string
	switch {
	case f.After != nil:
		k, ranges = f.After, []string{`stories = ? AND mentions = ? AND id > ?`, `stories = ? AND mentions < ?`, `stories < ?`}
		merged = []string{` ORDER BY id`, ` ORDER BY mentions DESC, id`, inOrder}
	case f.Before != nil:
		k, order = f.Before, backwards
		ranges = []string{`stories = ? AND mentions = ? AND id < ?`, `stories = ? AND mentions > ?`, `stories > ?`}
		merged = []string{` ORDER BY id DESC`, ` ORDER BY mentions, id DESC`, backwards}
	default:
		if err := read("", nil, inOrder, n, max(f.Offset, 0)); err != nil {
			return nil, nil, err
		}
	}
	if k != nil {
		params := [][]any{{k.Stories, k.Mentions, k.ID}, {k.Stories, k.Mentions}, {k.Stories}}
		if named {
			// The entities of a part of a name are found by it (by
			// trigrams) and sorted, whatever the key: one statement.
			ranges, params = []string{`((` + strings.Join(ranges, `) OR (`) + `))`}, [][]any{slices.Concat(params...)}
		}
		for i, cond := range ranges {
			o := order
			if types != nil {
				o = merged[i]
			}
			if err := read(cond, params[i], o, n-len(ids), 0); err != nil {
				return nil, nil, err
			}
			if len(ids) >= n {
				break
			}
		}
		if f.Before != nil {
			slices.Reverse(ids)
			slices.Reverse(keys)
		}
	}
	return ids, keys, nil
}

// entityTypes lists the types of the stored entities, in order, each by
// one descent of the index by type and prominence (a loose index scan).
func (s *DB) entityTypes(ctx context.Context, r dbReader) ([]string, error) {
	rows, err := r.QueryContext(ctx, `WITH RECURSIVE t(type) AS (
			(SELECT type FROM entity_counts ORDER BY type LIMIT 1)
			UNION ALL
			SELECT (SELECT e.type FROM entity_counts e WHERE e.type > t.type ORDER BY e.type LIMIT 1) FROM t WHERE t.type IS NOT NULL)
		SELECT type FROM t WHERE type IS NOT NULL`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, s.wrap(rows.Err())
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ids runs a query returning one integer column.
func (s *DB) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
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
	return out, s.wrap(rows.Err())
}

// summaries loads entity summaries in the order of ids (duplicates dropped).
func (s *DB) summaries(ctx context.Context, ids []int64) ([]EntitySummary, error) {
	seen := map[int64]bool{}
	var uniq []int64
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	ids = uniq
	if len(ids) == 0 {
		return nil, nil
	}
	out := make([]EntitySummary, len(ids))
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	in := placeholders(len(ids))
	rows, err := s.r.QueryContext(ctx, `SELECT e.id, e.type, e.name, c.stories, c.mentions, c.events FROM entities e JOIN entity_counts c ON c.id = e.id WHERE e.id IN (`+in+`)`, int64Args(ids)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	for rows.Next() {
		var e EntitySummary
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Stories, &e.Mentions, &e.Events); err != nil {
			rows.Close()
			return nil, err
		}
		e.Aliases = []string{}
		out[at[e.ID]] = e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows, err = s.r.QueryContext(ctx, `SELECT entity_id, name FROM entity_names WHERE entity_id IN (`+in+`)
		ORDER BY entity_id, `+kindRank("kind")+`, seen DESC, name`, int64Args(ids)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, err
		}
		e := &out[at[id]]
		if name != e.Name && len(e.Aliases) < 8 && resolve.Presentable(name) {
			e.Aliases = append(e.Aliases, name)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	if s.d.pendingEvents == nil {
		return out, nil
	}
	// The numbers of events are kept (schemaV16, pgSchemaV13): on
	// PostgreSQL, plus the changes not folded in yet.
	rows, err = s.r.QueryContext(ctx, s.d.pendingEvents(in), int64Args(ids)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var d int
		if err := rows.Scan(&id, &d); err != nil {
			return nil, err
		}
		out[at[id]].Events += d
	}
	return out, s.wrap(rows.Err())
}

// Entity returns the summary of entity id; ErrNotFound if none.
func (s *DB) Entity(ctx context.Context, id int64) (EntitySummary, error) {
	sums, err := s.summaries(ctx, []int64{id})
	if err != nil {
		return EntitySummary{}, err
	}
	if len(sums) == 0 || sums[0].ID == 0 {
		return EntitySummary{}, fmt.Errorf("entity %d: %w", id, ErrNotFound)
	}
	return sums[0], nil
}

// The windows of an entity page: however many stories and events name an
// entity (the United States is in nine stories of ten), its page reads a
// bounded part of them, each by an index walk from the newest.
const (
	// EntityEvents is how many of its latest events (by when they were
	// stored) the page lists, in date order; the timeline pages through
	// all of them.
	EntityEvents = 300
	// EntityStories is the first page of the stories naming it; the
	// rest are paged by EntityStories.
	EntityStories = 50
	// entityRoleRows is how many of the latest role statements naming it
	// (as the person, or as the organization) are grouped into offices,
	// of which the latest entityRoles (by start) are kept.
	entityRoleRows = 500
	entityRoles    = 100
	// entityCoStories: co-occurrence is counted over its latest stories.
	entityCoStories = 300
	// entityPartnerEvents: partners are counted over its latest events.
	entityPartnerEvents = 1000
)

// EntityPage gathers what is known of entity id: its names, the offices it
// held and the offices held in it, its latest events, the first page of
// the stories naming it, the entities named with it most, and the
// organizations it has events with, each over a bounded window (see
// EntityEvents).
func (s *DB) EntityPage(ctx context.Context, id int64) (*EntityPage, error) {
	sum, err := s.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	p := &EntityPage{Entity: sum, Names: []NameRow{}, Stories: []StoryRef{}, Cooccurring: []Cooccurrence{}, Partners: []Partner{}}

	// Read together (readTogether): the names; the offices (of which
	// only those kept have their evidence unpacked); the participants of
	// the latest events, the page's (a walk of the participant index
	// from the newest event, then in date order) and those partners are
	// counted over (the latest entityPartnerEvents, the page's among
	// them); and the dates of the latter (the page's events give
	// theirs). Then the entities the offices and the page's events name,
	// at once.
	versions := storyVersions{}
	var roles, officers roleReports
	parts := map[int64][]int64{}
	var scanned []scannedEvent
	dates := map[int64][2]annals.Date{}
	err = s.readTogether(ctx,
		pageRead{`SELECT name, kind, strong, until, seen FROM entity_names WHERE entity_id = ?
		ORDER BY ` + kindRank("kind") + `, seen DESC, name`, []any{id}, func(scan func(...any) error) error {
			var n NameRow
			var strong int64
			if err := scan(&n.Name, &n.Kind, &strong, &n.Until, &n.Seen); err != nil {
				return err
			}
			n.Strong = strong != 0
			p.Names = append(p.Names, n)
			return nil
		}},
		roles.readLatest(versions, "person_id", id),
		officers.readLatest(versions, "org_id", id),
		pageRead{`SELECT event_id, entity_id FROM event_participants WHERE event_id IN (SELECT event_id FROM event_participants
		WHERE entity_id = ? ORDER BY event_id DESC LIMIT ` + strconv.Itoa(entityPartnerEvents) + `)`, []any{id}, func(scan func(...any) error) error {
			var ev, e int64
			if err := scan(&ev, &e); err != nil {
				return err
			}
			parts[ev] = append(parts[ev], e)
			return nil
		}},
		pageRead{eventSelectSQL + ` WHERE e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?
		ORDER BY event_id DESC LIMIT ?) ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.id`, []any{id, EntityEvents}, func(scan func(...any) error) error {
			e, err := scanEvent(scan)
			if err != nil {
				return err
			}
			scanned = append(scanned, e)
			dates[e.ID] = [2]annals.Date{e.Date, e.DateEnd}
			return nil
		}},
		pageRead{`SELECT id, date, date_end FROM events WHERE id IN (SELECT event_id FROM event_participants WHERE entity_id = ?
		ORDER BY event_id DESC LIMIT ` + strconv.Itoa(entityPartnerEvents-EntityEvents) + ` OFFSET ` + strconv.Itoa(EntityEvents) + `)`, []any{id}, func(scan func(...any) error) error {
			var ev int64
			var d [2]annals.Date
			if err := scan(&ev, &d[0], &d[1]); err != nil {
				return err
			}
			dates[ev] = d
			return nil
		}})
	if err != nil {
		return nil, err
	}
	tallies := countPartners(id, dates, parts)
	// The entities the offices and the page's events name, with the
	// likeliest partners.
	refs := map[int64]entityRef{}
	var need []int64
	seen := map[int64]bool{}
	for _, e := range append(roles.need, officers.need...) {
		if !seen[e] {
			seen[e] = true
			need = append(need, e)
		}
	}
	for _, e := range scanned {
		for _, p := range parts[e.ID] {
			if !seen[p] {
				seen[p] = true
				need = append(need, p)
			}
		}
	}
	if err := s.entityRefs(ctx, need, refs); err != nil {
		return nil, err
	}
	p.Roles, p.Officers = roles.group(refs), officers.group(refs)
	p.Roles, p.Officers = p.Roles[max(0, len(p.Roles)-entityRoles):], p.Officers[max(0, len(p.Officers)-entityRoles):]
	if err := s.unpackRoles(ctx, versions, p.Roles, p.Officers); err != nil {
		return nil, err
	}
	for i := range scanned {
		ps := slices.Clone(parts[scanned[i].ID])
		slices.Sort(ps)
		scanned[i].parts = make([]Ref, 0, len(ps))
		for _, p := range ps {
			if e, ok := refs[p]; ok {
				scanned[i].parts = append(scanned[i].parts, e.Ref)
			}
		}
	}
	if p.Events, err = s.fillEvents(ctx, scanned, false); err != nil {
		return nil, err
	}
	p.MoreEvents = p.Entity.Events > len(p.Events)
	if p.Stories, err = s.EntityStories(ctx, id, EntityStories+1, 0); err != nil {
		return nil, err
	}
	if len(p.Stories) > EntityStories {
		p.Stories, p.MoreStories = p.Stories[:EntityStories], true
	}
	if p.Cooccurring, err = s.cooccurring(ctx, id); err != nil {
		return nil, err
	}
	if p.Partners, err = s.partners(ctx, tallies, refs); err != nil {
		return nil, err
	}
	return p, nil
}

// entityStoriesSQL is a page of the stories naming an entity (?1), ?2 of
// them from ?3, newest first (unknown last, then by id), with how often
// each names it (a story may name it in several rows) and its day of
// publication: a walk of the entity's rows on its index by day of
// publication (schemaV18) up to the page's end; only the page's stories
// are read. %s is a condition on the rows walked (a keyset page's, with
// parameters from ?4), or "".
const entityStoriesSQL = `SELECT s.id, s.path, s.title, s.published, p.n, p.pub_day FROM (SELECT story_id, pub_day, sum(mentions) AS n
		FROM story_entities WHERE entity_id = ?1%s GROUP BY pub_day, story_id ORDER BY pub_day DESC NULLS LAST, story_id DESC LIMIT ?2 OFFSET ?3) p
	JOIN stories s ON s.id = p.story_id ORDER BY p.pub_day DESC NULLS LAST, p.story_id DESC`

// storyRefs runs a statement of an entity's stories (entity id, limit n,
// offset from, then more) and reads its rows: id, path, title,
// published, mentions, and, when the statement gives it, the day of
// publication (pub_day), of which it makes each row's key (nil if not).
func (s *DB) storyRefs(ctx context.Context, q string, id int64, n, from int, more ...any) ([]StoryRef, []Key, error) {
	return s.storyRefsArgs(ctx, q, append([]any{id, n, from}, more...)...)
}

// storyRefsArgs is storyRefs of a statement with arguments args.
func (s *DB) storyRefsArgs(ctx context.Context, q string, args ...any) ([]StoryRef, []Key, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	out := []StoryRef{}
	var keys []Key
	for rows.Next() {
		var r StoryRef
		var day sql.NullInt64
		dest := []any{&r.ID, &r.Path, &r.Title, &r.Published, &r.Mentions}
		if len(cols) > len(dest) {
			dest = append(dest, &day)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, err
		}
		out = append(out, r)
		if len(cols) > 5 {
			k := Key{ID: r.ID}
			if day.Valid {
				k.Lo = dayOf(day.Int64)
			}
			keys = append(keys, k)
		}
	}
	return out, keys, rows.Err()
}

// EntityStories lists the stories naming entity id, newest first (by
// publication, unknown last, then by id), limit of them from offset, with
// how often each names it.
func (s *DB) EntityStories(ctx context.Context, id int64, limitN, offset int) ([]StoryRef, error) {
	out, _, err := s.EntityStoriesPage(ctx, id, Page{Limit: limitN, Offset: offset})
	return out, err
}

// EntityStoriesPage is a page of EntityStories, from an offset or after
// a key (Page), with the key of each row (keys[i] is out[i]'s). After a
// key, the page is a walk of the entity's rows on the index by day of
// publication from that key: it costs the same at any depth.
func (s *DB) EntityStoriesPage(ctx context.Context, id int64, p Page) (out []StoryRef, keys []Key, err error) {
	n, from := limit(p.Limit, EntityStories), max(p.Offset, 0)
	if p.After == nil {
		out, keys, err = s.storyRefs(ctx, fmt.Sprintf(entityStoriesSQL, ""), id, n, from)
	} else if err = p.After.Check(); err == nil {
		out = []StoryRef{}
		err = keyset(*p.After, n, func(k Key) (string, []any) {
			return ` AND (pub_day, story_id) < (?4, ?5)`, []any{dayNumber(k.Lo), k.ID}
		}, func(k *Key) (string, []any) {
			if k == nil {
				return ` AND pub_day IS NULL`, nil
			}
			return ` AND pub_day IS NULL AND story_id < ?4`, []any{k.ID}
		}, func(cond string, args []any, n int) (int, error) {
			refs, ks, err := s.storyRefs(ctx, fmt.Sprintf(entityStoriesSQL, cond), id, n, 0, args...)
			out, keys = append(out, refs...), append(keys, ks...)
			return len(refs), err
		})
	}
	return s.entityStoriesFound(ctx, id, out, keys, err)
}

// entityStoriesFound is out and keys, a page of entity id's stories read
// with err, or ErrNotFound when the page is empty and there is no such
// entity.
func (s *DB) entityStoriesFound(ctx context.Context, id int64, out []StoryRef, keys []Key, err error) ([]StoryRef, []Key, error) {
	if err != nil {
		return nil, nil, s.wrap(err)
	}
	if len(out) == 0 { // no such entity, or none from offset
		var one int
		if err := s.r.QueryRowContext(ctx, `SELECT 1 FROM entities WHERE id = ?`, id).Scan(&one); errors.Is(err, sql.ErrNoRows) {
			return nil, nil, fmt.Errorf("entity %d: %w", id, ErrNotFound)
		} else if err != nil {
			return nil, nil, s.wrap(err)
		}
	}
	return out, keys, nil
}

// entityStoriesBackSQL is entityStoriesSQL walking the entity's rows the
// other way (oldest first, the unknown first) from a key (the condition
// %s, with parameters from ?3), its rows in the list's order.
const entityStoriesBackSQL = `SELECT s.id, s.path, s.title, s.published, p.n, p.pub_day FROM (SELECT story_id, pub_day, sum(mentions) AS n
		FROM story_entities WHERE entity_id = ?1%s GROUP BY pub_day, story_id ORDER BY pub_day NULLS FIRST, story_id LIMIT ?2) p
	JOIN stories s ON s.id = p.story_id ORDER BY p.pub_day DESC NULLS LAST, p.story_id DESC`

// EntityStoriesBefore is the page of limit stories of EntityStories just
// before the story of key before (the page before one that begins with
// it), with their keys: a walk of the entity's rows on the index by day
// of publication from the key, backwards, at the same cost at any depth.
// Before the first stories, it has fewer (none before the first).
func (s *DB) EntityStoriesBefore(ctx context.Context, id int64, limitN int, before Key) ([]StoryRef, []Key, error) {
	if err := before.Check(); err != nil {
		return nil, nil, err
	}
	n := limit(limitN, EntityStories)
	read := func(cond string, n int, args ...any) ([]StoryRef, []Key, error) {
		return s.storyRefsArgs(ctx, fmt.Sprintf(entityStoriesBackSQL, cond), append([]any{id, n}, args...)...)
	}
	if before.Lo != "" {
		// the dated stories after it, newer
		out, keys, err := read(` AND (pub_day, story_id) > (?3, ?4)`, n, dayNumber(before.Lo), before.ID)
		return s.entityStoriesFound(ctx, id, out, keys, err)
	}
	// the undated after it, then (when the page is not full) the oldest
	// dated
	out, keys, err := read(` AND pub_day IS NULL AND story_id > ?3`, n, before.ID)
	if err == nil && len(out) < n {
		var older []StoryRef
		var okeys []Key
		older, okeys, err = read(` AND pub_day IS NOT NULL`, n-len(out))
		out, keys = append(older, out...), append(okeys, keys...)
	}
	return s.entityStoriesFound(ctx, id, out, keys, err)
}

// RoleHolders lists who held role (an office: "Secretary-General",
// "High Representative"), in org when org is not empty (any name of the
// organization), in date order: by the From date, else by the earliest
// publication date of a story stating it; unknown last. A role matches
// its own name or a longer one ("High Representative for the Alliance of
// Civilizations" is a "High Representative"); hyphens and case do not
// matter. Reports of the same person in the same office are one row with
// all their citations, across stories; a term with no stated end ends when
// the next holder's stated term begins (see RoleRow.Inferred).
func (s *DB) RoleHolders(ctx context.Context, role, org string) ([]RoleRow, error) {
	n := resolve.Normalize(role)
	if n == "" {
		return nil, nil
	}
	// n, or n and more words: the range of n+" " up to n+"!" (the next
	// byte after the space), read from the role index.
	where := `(r.role_norm = ? OR r.role_norm > ? AND r.role_norm < ?)`
	args := []any{n, n + " ", n + "!"}
	if org != "" {
		where += ` AND r.org_id IN (SELECT entity_id FROM entity_names WHERE norm = ?)`
		args = append(args, resolve.Normalize(org))
	}
	rows, err := s.roles(ctx, where, args...)
	if err != nil {
		return nil, err
	}
	// One office of one organization: a holder is one row whatever the
	// length of the office's name; an office in several organizations
	// ("Secretary-General") lists each organization's holders.
	return chronicle.Holders(rows), nil
}

// roles loads roles matching where (over roles r) and groups the reports
// of one person in one office of one organization into one row.
func (s *DB) roles(ctx context.Context, where string, args ...any) ([]RoleRow, error) {
	versions := storyVersions{}
	rows, err := s.groupRoles(ctx, versions, where, args...)
	if err != nil {
		return nil, err
	}
	return rows, s.unpackRoles(ctx, versions, rows)
}

// unpackRoles unpacks the evidence of the citations of rows (groupRoles
// leaves it as stored), of stories of those versions.
func (s *DB) unpackRoles(ctx context.Context, versions storyVersions, rows ...[]RoleRow) error {
	var refs []evRef
	for _, rs := range rows {
		for i := range rs {
			for j := range rs[i].Citations {
				c := &rs[i].Citations[j]
				refs = append(refs, evRef{c.StoryID, &c.Evidence})
			}
		}
	}
	return s.unpackEvidence(ctx, refs, versions)
}

// groupRoles is roles with the evidence of the citations as stored (see
// unpackRoles); it adds the versions of the stories cited to versions.
func (s *DB) groupRoles(ctx context.Context, versions storyVersions, where string, args ...any) ([]RoleRow, error) {
	var rr roleReports
	if err := s.readTogether(ctx, rr.read(versions, where, args...)); err != nil {
		return nil, err
	}
	refs := make(map[int64]entityRef, len(rr.need))
	if err := s.entityRefs(ctx, rr.need, refs); err != nil {
		return nil, err
	}
	return rr.group(refs), nil
}

// roleReports are the role rows of groupRoles as read, and each entity
// they name once (need).
//
// The names of the people and organizations are read after the rows,
// each entity once: an entity's page lists up to entityRoleRows rows
// of its offices, all naming it, and a join looked it up again for
// each row (the officers of the most prominent organization at 9,856
// stories: 7,733 buffers for 500 rows on PostgreSQL).
type roleReports struct {
	reps []chronicle.RoleReport
	need []int64
	seen map[int64]bool
}

// read reads the role rows where says into rr, and the versions of the
// stories they cite into versions.
func (rr *roleReports) read(versions storyVersions, where string, args ...any) pageRead {
	return rr.readFrom(versions, `roles r JOIN stories s ON s.id = r.story_id WHERE `+where, args...)
}

// readLatest reads the latest entityRoleRows role rows naming entity id
// in column col (person_id or org_id) into rr, as read. The rows are read
// by an index walk of the column's entries from the newest: on
// PostgreSQL the index of (col, id) (schema v24), where the statement
// had walked the primary key from the newest role row and tested each,
// 1,371 rows for the 500 of the most prominent entity, then read each of
// the 500 again by its key (docs/scale.md, session 36).
func (rr *roleReports) readLatest(versions storyVersions, col string, id int64) pageRead {
	return rr.readFrom(versions, `(SELECT * FROM roles WHERE `+col+` = ? ORDER BY id DESC LIMIT `+strconv.Itoa(entityRoleRows)+`) r
		JOIN stories s ON s.id = r.story_id`, id)
}

// readFrom reads the role rows r of from (joined to their stories s)
// into rr, as read.
func (rr *roleReports) readFrom(versions storyVersions, from string, args ...any) pageRead {
	rr.seen = map[int64]bool{}
	return pageRead{`SELECT r.person, coalesce(r.person_id, 0),
			r.role, r.role_norm, r.org, coalesce(r.org_id, 0), r.date_from, r.date_to,
			s.id, s.path, s.title, s.url, s.published, r.ev_start, r.ev_end, r.ev_text, ` + storyVersionSQL + `
		FROM ` + from + ` ORDER BY s.pub_lo IS NULL, s.pub_lo, s.id, r.ord`, args, func(scan func(...any) error) error {
		var r chronicle.RoleReport
		r.Person.Type, r.Org.Type = annals.Person, annals.Org
		c := &r.Citation
		var v storyVersion
		if err := scan(&r.PersonText, &r.Person.ID, &r.Role, &r.RoleNorm, &r.OrgText, &r.Org.ID,
			&r.From, &r.To, &c.StoryID, &c.Path, &c.Title, &c.URL, &c.Published, &c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &v.hash, &v.ingested, &v.sum); err != nil {
			return err
		}
		versions.add(c.StoryID, &v)
		rr.reps = append(rr.reps, r)
		for _, id := range []int64{r.Person.ID, r.Org.ID} {
			if id != 0 && !rr.seen[id] {
				rr.seen[id] = true
				rr.need = append(rr.need, id)
			}
		}
		return nil
	}}
}

// group groups the rows into offices, the entities named read into refs.
func (rr *roleReports) group(refs map[int64]entityRef) []RoleRow {
	// as the outer joins: the name as written when no entity is found
	for i := range rr.reps {
		r := &rr.reps[i]
		r.Person.Name, r.Org.Name = r.PersonText, r.OrgText
		if e, ok := refs[r.Person.ID]; ok && r.Person.ID != 0 {
			r.Person.Name = e.Name
		}
		if e, ok := refs[r.Org.ID]; ok && r.Org.ID != 0 {
			r.Org.Name = e.Name
		}
	}
	return chronicle.GroupRoles(rr.reps)
}
