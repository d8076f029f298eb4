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
//     whether a report's source is new to the event (events.sources) and
//     whether it is a new source for its title (event_titles.sources).
//   - event_titles: per normalized title, its first spelling in byte order
//     and the number of sources giving it.
//   - event_dates: per (inferred or stated, date, end date), the number of
//     reports and the bounds of the days they allow.
//   - event_places: per place (the entity, else the normalized name), the
//     number of reports and the spelling of the first of them in citation
//     order (publication, path, offset).
//   - events.reports, sources, status (held once any report says held),
//     cite_report (the earliest report: its citation), and the participants.
//
// Every aggregate is a count, a set or a minimum, so folding reports in is
// commutative: adding reports one by one, in batches, or all at once from
// scratch gives the same rows. Adding is all an ingestion does to the events
// its reports join; an event is derived again from scratch (rederive) only
// when it loses reports (a story replaced or deleted, a rule applied), when
// two events merge, or when two copy groups merge (sources then count
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
	"slices"
	"strconv"
	"strings"

	"annals"
	"annals/internal/resolve"
)

// eventReport is what derivation reads of a report.
type eventReport struct {
	id, source int64 // source: the story, or the story it is a copy of
	cit        Citation
	pubLo      string // first day of publication, "" unknown: citation order
	ord        int    // the report's place in its story
	title      string
	date, end  annals.Date
	lo, hi     string
	weak       bool
	place      string
	placeID    int64
	status     string
	parts      []int64
}

// reportSortKey orders reports for citations: publication, path, offset,
// an order that does not depend on ingestion.
type reportSortKey struct {
	pub, path string
	start     int
}

func (k reportSortKey) compare(o reportSortKey) int {
	return cmp.Or(strings.Compare(k.pub, o.pub), strings.Compare(k.path, o.path), cmp.Compare(k.start, o.start))
}

func sortKeyOf(r *eventReport) reportSortKey {
	return reportSortKey{string(r.cit.Published), r.cit.Path, r.cit.Evidence.Start}
}

// citeOrder orders reports for an event's own citation: earliest
// publication first (unknown last), then path and place in the story.
func citeOrder(a, b *eventReport) int {
	return cmp.Or(cmp.Compare(boolInt(a.pubLo == ""), boolInt(b.pubLo == "")), strings.Compare(a.pubLo, b.pubLo),
		strings.Compare(a.cit.Path, b.cit.Path), cmp.Compare(a.ord, b.ord), cmp.Compare(a.id, b.id))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Aggregate rows, as stored and as folded in memory.
type (
	tallyKey struct {
		source int64
		tnorm  string
	}
	titleRow struct {
		tnorm, text string
		sources     int
	}
	dateKey struct {
		weak      bool
		date, end annals.Date
	}
	dateRow struct {
		dateKey
		n                          int
		loMax, hiMin, loMin, hiMax string
		span                       int // days allowed, at most
	}
	placeRow struct {
		key, name string
		id        int64
		n         int
		first     reportSortKey // the report whose spelling is name
	}
)

// aggregate is a batch of reports folded together.
type aggregate struct {
	reports int
	held    bool
	sources map[int64]bool
	tally   map[tallyKey]bool
	titles  map[string]string // normalized -> smallest spelling
	dates   map[dateKey]*dateRow
	places  map[string]*placeRow
	parts   map[int64]bool
	cite    *eventReport
}

func newAggregate() *aggregate {
	return &aggregate{sources: map[int64]bool{}, tally: map[tallyKey]bool{}, titles: map[string]string{},
		dates: map[dateKey]*dateRow{}, places: map[string]*placeRow{}, parts: map[int64]bool{}}
}

// add folds one report in.
func (a *aggregate) add(r *eventReport) {
	a.reports++
	if r.status != string(annals.Planned) {
		a.held = true
	}
	a.sources[r.source] = true
	tn := ""
	if r.title != "" {
		tn = resolve.Normalize(r.title)
		if t, ok := a.titles[tn]; !ok || r.title < t {
			a.titles[tn] = r.title
		}
	}
	a.tally[tallyKey{r.source, tn}] = true
	if r.date != "" {
		k := dateKey{r.weak, r.date, r.end}
		span := daysBetween(r.lo, r.hi)
		if d := a.dates[k]; d == nil {
			a.dates[k] = &dateRow{k, 1, r.lo, r.hi, r.lo, r.hi, span}
		} else {
			d.n++
			d.loMax, d.hiMin = max(d.loMax, r.lo), min(d.hiMin, r.hi)
			d.loMin, d.hiMax = min(d.loMin, r.lo), max(d.hiMax, r.hi)
			d.span = max(d.span, span)
		}
	}
	if r.place != "" {
		k := placeKey(r.place, r.placeID)
		sk := sortKeyOf(r)
		if p := a.places[k]; p == nil {
			a.places[k] = &placeRow{key: k, name: r.place, id: r.placeID, n: 1, first: sk}
		} else {
			p.n++
			if sk.compare(p.first) < 0 {
				p.name, p.first = r.place, sk
			}
		}
	}
	for _, p := range r.parts {
		a.parts[p] = true
	}
	if a.cite == nil || citeOrder(r, a.cite) < 0 {
		a.cite = r
	}
}

// placeKey is what makes two reports' places one: the place entity, else
// the normalized name.
func placeKey(place string, id int64) string {
	if id != 0 {
		return "#" + strconv.FormatInt(id, 10)
	}
	return resolve.Normalize(place)
}

// storedNote is a Disagreement as events.notes keeps it: the values and
// the note, not the citations, which fillEvents reads from the reports.
type storedNote struct {
	Field string `json:"field"`
	Note  string `json:"note"`
	// Weak: the date values are dates inferred from publication (no
	// report states one), so every dated report is cited.
	Weak   bool          `json:"weak,omitempty"`
	Values []storedValue `json:"values"`
}

type storedValue struct {
	Value string `json:"value"`
	Key   string `json:"key,omitempty"` // place: placeKey of the value
}

// eventFields are an event's fields as derived from its aggregates.
type eventFields struct {
	title, place, status string
	placeID              int64
	date, end            annals.Date
	lo, hi               string
	parts                []int64
	sources              int
	notes                []Disagreement // without citations unless from deriveFields
	stored               []storedNote
}

// fieldsFrom derives the title, date, place and disagreements of an event
// from its aggregate rows:
//
//   - title: the one most sources give, then the one with the most
//     capitalized words (a name rather than a description), then the
//     longest, then the first normalized form.
//   - date: the most precise date all stated dates agree on (overlap): the
//     most precise reported date, then the most reported, then the longest
//     span. When stated dates do not overlap, the date is what they share
//     ("2018-11" for 19 and 20 November 2018) and a disagreement lists each
//     value. Dates inferred from publication count only when no report
//     states one.
//   - place: the place all reports that give one agree on; else the one
//     most reports give (none on a tie) and a disagreement.
func fieldsFrom(titles []titleRow, dates []dateRow, places []placeRow) eventFields {
	var f eventFields
	var best *titleRow
	for i := range titles {
		c := &titles[i]
		if best == nil || cmp.Or(cmp.Compare(c.sources, best.sources), cmp.Compare(capitalized(c.text), capitalized(best.text)),
			cmp.Compare(len(c.text), len(best.text)), strings.Compare(best.tnorm, c.tnorm)) > 0 {
			best = c
		}
	}
	if best != nil {
		f.title = best.text
	}

	var class []dateRow
	for _, d := range dates {
		if !d.weak {
			class = append(class, d)
		}
	}
	weak := false
	if len(class) == 0 {
		class, weak = dates, true
	}
	if len(class) > 0 {
		lo, hi, minLo, maxHi := class[0].loMax, class[0].hiMin, class[0].loMin, class[0].hiMax
		type val struct {
			date, end annals.Date
			n, span   int
		}
		vals := map[string]*val{}
		var ds []annals.Date
		for _, d := range class {
			lo, hi = max(lo, d.loMax), min(hi, d.hiMin)
			minLo, maxHi = min(minLo, d.loMin), max(maxHi, d.hiMax)
			k := string(d.date) + "/" + string(d.end)
			if vals[k] == nil {
				vals[k] = &val{date: d.date, end: d.end}
			}
			vals[k].n += d.n
			vals[k].span = max(vals[k].span, d.span)
			ds = append(ds, d.date)
		}
		if lo <= hi {
			var b *val
			for _, v := range vals {
				if b == nil || cmp.Or(cmp.Compare(v.date.Precision(), b.date.Precision()), cmp.Compare(v.n, b.n), cmp.Compare(v.span, b.span),
					strings.Compare(string(b.date)+string(b.end), string(v.date)+string(v.end))) > 0 {
					b = v
				}
			}
			f.date, f.end = b.date, b.end
			if l, h := interval(f.date, f.end); l != nil {
				f.lo, f.hi = l.(string), h.(string)
			}
		} else {
			f.date = commonDate(ds)
			f.lo, f.hi = minLo, maxHi
			if l, h := interval(f.date, ""); l != nil {
				f.lo, f.hi = max(minLo, l.(string)), min(maxHi, h.(string))
			}
			n := storedNote{Field: "date", Weak: weak}
			for _, d := range class {
				v := isoValue(d.date, d.end)
				if !slices.ContainsFunc(n.Values, func(x storedValue) bool { return x.Value == v }) {
					n.Values = append(n.Values, storedValue{Value: v})
				}
			}
			slices.SortFunc(n.Values, func(a, b storedValue) int { return strings.Compare(a.Value, b.Value) })
			f.stored = append(f.stored, n)
		}
	}

	if len(places) > 0 {
		ps := slices.Clone(places)
		slices.SortFunc(ps, func(a, b placeRow) int {
			return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.name, b.name), strings.Compare(a.key, b.key))
		})
		if len(ps) == 1 || ps[0].n > ps[1].n {
			f.place, f.placeID = ps[0].name, ps[0].id
		}
		if len(ps) > 1 {
			n := storedNote{Field: "place"}
			for _, p := range ps {
				n.Values = append(n.Values, storedValue{Value: p.name, Key: p.key})
			}
			f.stored = append(f.stored, n)
		}
	}
	for i := range f.stored {
		f.stored[i].Note = "reports disagree: " + disjunction(f.stored[i].Values)
	}
	return f
}

// deriveFields derives an event's fields from all its reports at once,
// with the citations of its disagreements: what the stored aggregates
// give, computed in memory (tests compare the two).
func deriveFields(rs []eventReport) eventFields {
	a := newAggregate()
	for i := range rs {
		a.add(&rs[i])
	}
	titleSources := map[string]int{}
	for k := range a.tally {
		if k.tnorm != "" {
			titleSources[k.tnorm]++
		}
	}
	var titles []titleRow
	for k, text := range a.titles {
		titles = append(titles, titleRow{k, text, titleSources[k]})
	}
	var dates []dateRow
	for _, d := range a.dates {
		dates = append(dates, *d)
	}
	var places []placeRow
	for _, p := range a.places {
		places = append(places, *p)
	}
	f := fieldsFrom(titles, dates, places)
	f.status = string(annals.Planned)
	if a.held {
		f.status = string(annals.Held)
	}
	for p := range a.parts {
		f.parts = append(f.parts, p)
	}
	slices.Sort(f.parts)
	f.sources = len(a.sources)
	sorted := slices.Clone(rs)
	slices.SortFunc(sorted, func(a, b eventReport) int { return sortKeyOf(&a).compare(sortKeyOf(&b)) })
	for _, n := range f.stored {
		d := n.disagreement()
		for _, r := range sorted {
			d.cite(n, r.date, r.end, r.weak, r.place, r.placeID, r.cit)
		}
		f.notes = append(f.notes, d)
	}
	return f
}

// disagreement is the note without citations, to be filled by cite.
func (n storedNote) disagreement() Disagreement {
	d := Disagreement{Field: n.Field, Note: n.Note, Values: make([]DisagreeingValue, len(n.Values))}
	for i, v := range n.Values {
		d.Values[i] = DisagreeingValue{Value: v.Value, Citations: []Citation{}}
	}
	return d
}

// cite adds a report's citation to the value of d it gives, if any.
// Reports must come in citation order (publication, path, offset).
func (d *Disagreement) cite(n storedNote, date, end annals.Date, weak bool, place string, placeID int64, c Citation) {
	var key string
	switch n.Field {
	case "date":
		if date == "" || weak && !n.Weak {
			return
		}
		key = isoValue(date, end)
	case "place":
		if place == "" {
			return
		}
		key = placeKey(place, placeID)
	default:
		return
	}
	for i, v := range n.Values {
		if v.Value == key && v.Key == "" || v.Key != "" && v.Key == key {
			d.Values[i].Citations = append(d.Values[i].Citations, c)
			return
		}
	}
}

// commonDate is the most precise date every date falls in: "2018-11" for
// 2018-11-19 and 2018-11-20; "" when not even the year agrees.
func commonDate(ds []annals.Date) annals.Date {
	p := string(ds[0])
	for _, d := range ds[1:] {
		n := 0
		for n < len(p) && n < len(d) && p[n] == d[n] {
			n++
		}
		p = p[:n]
	}
	switch {
	case len(p) >= 7:
		return annals.Date(p[:7])
	case len(p) >= 4:
		return annals.Date(p[:4])
	}
	return ""
}

// Deriving in the store.

const foldReportSQL = `SELECT r.id, coalesce((SELECT copy_of FROM story_copies WHERE story_id = s.id), s.id), s.path, s.published, coalesce(s.pub_lo, ''), r.ord, r.ev_start,
	r.title, r.date, r.date_end, r.date_lo, r.date_hi, r.weak, r.place, coalesce(r.place_id, 0), r.status, r.part_ids
	FROM reports r JOIN stories s ON s.id = r.story_id`

// loadFold reads reports for folding.
func (t *putTx) loadFold(q string, args ...any) ([]eventReport, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []eventReport
	for rows.Next() {
		var r eventReport
		var parts string
		if err := rows.Scan(&r.id, &r.source, &r.cit.Path, &r.cit.Published, &r.pubLo, &r.ord, &r.cit.Evidence.Start,
			&r.title, &r.date, &r.end, &r.lo, &r.hi, &r.weak, &r.place, &r.placeID, &r.status, &parts); err != nil {
			return nil, err
		}
		r.parts = parseIDs(parts)
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
		ids := t.added[id]
		rs, err := t.loadFold(foldReportSQL+` WHERE r.id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
		if err != nil {
			return err
		}
		if err := t.fold(id, rs); err != nil {
			return err
		}
		if err := t.finish(id); err != nil {
			return err
		}
	}
	clear(t.derive)
	clear(t.added)
	return nil
}

// rederive derives an event from all its reports, or deletes it when it
// has none left.
func (t *putTx) rederive(id int64) error {
	rs, err := t.loadFold(foldReportSQL+` WHERE r.event_id = ?`, id)
	if err != nil {
		return err
	}
	if len(rs) == 0 {
		return t.exec(t.stmts.delEvent, id)
	}
	for _, q := range []string{`DELETE FROM event_tally WHERE event_id = ?`, `DELETE FROM event_titles WHERE event_id = ?`,
		`DELETE FROM event_dates WHERE event_id = ?`, `DELETE FROM event_places WHERE event_id = ?`,
		`DELETE FROM event_participants WHERE event_id = ?`,
		`UPDATE events SET reports = 0, sources = 0, status = 'planned', cite_report = NULL WHERE id = ?`} {
		if _, err := t.run(q, id); err != nil {
			return err
		}
	}
	if err := t.fold(id, rs); err != nil {
		return err
	}
	return t.finish(id)
}

// fold adds reports to an event's aggregates and counters.
func (t *putTx) fold(id int64, rs []eventReport) error {
	a := newAggregate()
	for i := range rs {
		a.add(&rs[i])
	}
	newSources := 0
	for _, src := range sortedKeys(a.sources) {
		var one int
		err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM event_tally WHERE event_id = ? AND source = ? LIMIT 1)`, []any{id, src}, &one)
		if err != nil {
			return err
		}
		if one == 0 {
			newSources++
		}
	}
	titleSources := map[string]int{}
	for k := range a.tally {
		res, err := t.run(`INSERT OR IGNORE INTO event_tally (event_id, source, tnorm) VALUES (?, ?, ?)`, id, k.source, k.tnorm)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 && k.tnorm != "" {
			titleSources[k.tnorm]++
		}
	}
	for k, text := range a.titles {
		if _, err := t.run(`INSERT INTO event_titles (event_id, tnorm, text, sources) VALUES (?, ?, ?, ?)
			ON CONFLICT (event_id, tnorm) DO UPDATE SET text = min(text, excluded.text), sources = sources + excluded.sources`, id, k, text, titleSources[k]); err != nil {
			return err
		}
	}
	for _, d := range a.dates {
		if _, err := t.run(`INSERT INTO event_dates (event_id, weak, date, date_end, n, lo_max, hi_min, lo_min, hi_max, span)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, weak, date, date_end) DO UPDATE SET n = n + excluded.n,
			lo_max = max(lo_max, excluded.lo_max), hi_min = min(hi_min, excluded.hi_min), lo_min = min(lo_min, excluded.lo_min),
			hi_max = max(hi_max, excluded.hi_max), span = max(span, excluded.span)`, id, d.weak, string(d.date), string(d.end), d.n, d.loMax, d.hiMin, d.loMin, d.hiMax, d.span); err != nil {
			return err
		}
	}
	for _, p := range a.places {
		if _, err := t.run(`INSERT INTO event_places (event_id, pkey, name, place_id, n, first_pub, first_path, first_start)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, pkey) DO UPDATE SET n = n + excluded.n,
			name = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (first_pub, first_path, first_start) THEN excluded.name ELSE name END,
			first_pub = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (first_pub, first_path, first_start) THEN excluded.first_pub ELSE first_pub END,
			first_path = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (first_pub, first_path, first_start) THEN excluded.first_path ELSE first_path END,
			first_start = CASE WHEN (excluded.first_pub, excluded.first_path, excluded.first_start) < (first_pub, first_path, first_start) THEN excluded.first_start ELSE first_start END`, id, p.key, p.name, p.id, p.n, p.first.pub, p.first.path, p.first.start); err != nil {
			return err
		}
	}
	for _, p := range sortedKeys(a.parts) {
		if err := t.exec(t.stmts.insPart, id, p); err != nil {
			return err
		}
	}
	cite := a.cite.id
	var cur eventReport
	err := t.scan(`SELECT r.id, s.path, coalesce(s.pub_lo, ''), r.ord FROM events e JOIN reports r ON r.id = e.cite_report
		JOIN stories s ON s.id = r.story_id WHERE e.id = ?`, []any{id}, &cur.id, &cur.cit.Path, &cur.pubLo, &cur.ord)
	if err == nil && citeOrder(&cur, a.cite) < 0 {
		cite = cur.id
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	_, err = t.run(`UPDATE events SET reports = reports + ?, sources = sources + ?,
		status = CASE WHEN ? THEN 'held' ELSE status END, cite_report = ? WHERE id = ?`, a.reports, newSources, a.held, cite, id)
	return err
}

// finish sets an event's title, date, place and disagreements from its
// aggregates (see fieldsFrom).
func (t *putTx) finish(id int64) error {
	var titles []titleRow
	var dates []dateRow
	var places []placeRow
	rows, err := t.query(`SELECT tnorm, text, sources FROM event_titles WHERE event_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r titleRow
		if err := rows.Scan(&r.tnorm, &r.text, &r.sources); err != nil {
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
		var r dateRow
		if err := rows.Scan(&r.weak, &r.date, &r.end, &r.n, &r.loMax, &r.hiMin, &r.loMin, &r.hiMax, &r.span); err != nil {
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
		var r placeRow
		if err := rows.Scan(&r.key, &r.name, &r.id, &r.n); err != nil {
			rows.Close()
			return err
		}
		places = append(places, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	f := fieldsFrom(titles, dates, places)
	notes := ""
	if len(f.stored) > 0 {
		b, _ := json.Marshal(f.stored)
		notes = string(b)
	}
	var placeID, lo, hi any
	if f.placeID != 0 {
		placeID = f.placeID
	}
	if f.lo != "" {
		lo, hi = f.lo, f.hi
	}
	_, err = t.run(`UPDATE events SET title = ?, date = ?, date_end = ?, date_lo = ?, date_hi = ?, place = ?, place_norm = ?,
		place_id = ?, notes = ? WHERE id = ?`, f.title, string(f.date), string(f.end), lo, hi, f.place,
		resolve.Normalize(f.place), placeID, notes, id)
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
	}
	_, err := t.run(`UPDATE OR IGNORE event_tally SET source = ? WHERE source IN (`+placeholders(len(old))+`)`,
		append([]any{orig}, int64Args(old)...)...)
	return err
}

func (t *putTx) hasTally(source int64) bool {
	var n int
	err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM event_tally WHERE source = ? LIMIT 1)`, []any{source}, &n)
	return err != nil || n > 0
}
