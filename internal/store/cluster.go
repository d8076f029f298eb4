package store

// One event, many reports: how PutStory decides that two stories report
// the same real event.
//
// Every extracted event is stored as a report. Two reports are linked when
// the rules of link hold for the pair alone (same type, a shared
// participant, compatible dates, no conflicting edition number, and
// enough agreement on date, title, place and participants). An event is a
// connected component of linked reports. Because the rule looks at two
// reports and nothing else, the components do not depend on the order in
// which stories arrive: ingesting the same stories in any order gives the
// same events, and removing a story gives the events the other stories
// would have made without it.
//
// Candidates come from an index, never from all reports: report_keys holds
// one row per (participant or place, type, month or year bucket) of each
// report, and a report is only compared with the reports sharing one of
// its rows (its months also look up their year, its years their months).
// The rule only links reports that share such a row, so the index finds
// every pair the rule would link.

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"annals"
	"annals/internal/resolve"
)

// report is what the linking rule reads of a stored report.
type report struct {
	id, event, story int64
	typ              string
	parts            []int64 // global ids of the participants, sorted
	place            int64   // global id of the place, 0 when none
	placeNorm        string
	date             annals.Date
	lo, hi           string // the days the report allows; "" when undated
	weak             bool   // the date was not stated in the sentence
	title            []string
	ord              int // edition number in the title ("6th ... Forum"), 0 when none
	path             string
	isNew            bool // its link says it made a new event
}

// linkThreshold is the score two reports need to be one event; see link.
const linkThreshold = 2.5

// maxCandidates bounds the reports one report is compared with. A bucket
// of one entity, type and month holding more is exceptional (a daily
// briefing series); the newest candidates are kept.
const maxCandidates = 400

// link decides whether a and b report the same real event, and says why.
//
// Hard rules: the same type; when both name participants, at least one
// shared participant (else a shared place and similar titles); dates that
// overlap at their precisions (both unknown also counts), or, for two
// stated days at most two days apart, a disagreement when the reports
// share two participants or more; no conflicting edition numbers ("5th"
// and "6th Caravan Cities Forum" are two events).
//
// Then a score: one point per shared participant (three at most), two for
// the same stated day, one for overlapping stated dates (a half when one
// of them is only a year), one for a two-day disagreement, a half for a
// date inferred from the publication date, two for the same edition
// number, up to two for similar titles (word overlap), one for the same
// place, a half for two reports of one story (a headline and its body).
// Linked from linkThreshold (2.5) up: two shared participants and
// overlapping dates are enough, one participant needs the same day or a
// similar title as well.
func link(a, b *report) (bool, string) {
	if a.typ != b.typ {
		return false, ""
	}
	if a.ord > 0 && b.ord > 0 && a.ord != b.ord {
		return false, ""
	}
	shared := sharedIDs(a.parts, b.parts)
	title := jaccard(a.title, b.title)
	var why []string
	score := 0.0
	if len(a.parts) > 0 && len(b.parts) > 0 {
		if len(shared) == 0 {
			return false, ""
		}
		score += float64(min(len(shared), 3))
		why = append(why, "shares "+plural(len(shared), "participant"))
	} else {
		if a.place == 0 || a.place != b.place || title < 0.5 {
			if !(a.place == 0 && b.place == 0 && len(a.parts) == 0 && len(b.parts) == 0 && title >= 0.5) {
				return false, ""
			}
		}
	}
	switch rel, gap := dateRelation(a, b); rel {
	case dateNone:
		return false, ""
	case dateSameDay:
		score += 2
		why = append(why, "same date "+string(cmp.Or(a.date, b.date)))
	case dateOverlap:
		if a.date.Precision() == annals.Year || b.date.Precision() == annals.Year {
			score += 0.5
		} else {
			score++
		}
		why = append(why, "dates agree ("+string(a.date)+" and "+string(b.date)+")")
	case dateNear:
		if len(shared) < 2 {
			return false, ""
		}
		score++
		why = append(why, fmt.Sprintf("dates %d day%s apart (%s and %s)", gap, map[bool]string{true: "", false: "s"}[gap == 1], a.date, b.date))
	case dateWeak:
		score += 0.5
		why = append(why, "date inferred from publication")
	case dateUnknown:
		why = append(why, "both undated")
	}
	if a.ord > 0 && a.ord == b.ord {
		score += 2
		why = append(why, "same edition ("+ordinalString(a.ord)+")")
	}
	if title > 0 {
		score += 2 * title
		why = append(why, fmt.Sprintf("title similarity %.2f", title))
	}
	if a.story == b.story {
		score += 0.5
		why = append(why, "same story")
	}
	if a.place != 0 && a.place == b.place || a.place == 0 && b.place == 0 && a.placeNorm != "" && a.placeNorm == b.placeNorm {
		score++
		why = append(why, "same place")
	}
	if score < linkThreshold {
		return false, ""
	}
	return true, strings.Join(why, "; ") + fmt.Sprintf(" (score %.1f)", score)
}

// linkable says whether a report can link to any other: the rule wants a
// shared participant or, without participants, a similar title, so a
// report with neither ("the delegation met in Nukus") is an event of its
// own. It is neither indexed nor looked up.
func linkable(parts []int64, titleWords []string) bool {
	return len(parts) > 0 || len(titleWords) > 0
}

// The ways two reports' dates relate.
const (
	dateNone    = iota // incompatible
	dateSameDay        // both stated, the same day or days
	dateOverlap        // both stated, overlapping at their precisions
	dateNear           // both stated days, at most two days apart
	dateWeak           // overlapping, one inferred from publication
	dateUnknown        // both unknown
)

// dateRelation relates the dates of two reports; gap is the distance in
// days for dateNear.
func dateRelation(a, b *report) (rel, gap int) {
	switch {
	case a.lo == "" && b.lo == "":
		return dateUnknown, 0
	case a.lo == "" || b.lo == "":
		return dateNone, 0
	}
	overlap := a.lo <= b.hi && b.lo <= a.hi
	switch {
	case overlap && (a.weak || b.weak):
		return dateWeak, 0
	case overlap && a.lo == b.lo && a.hi == b.hi && a.date.Precision() == annals.Day && b.date.Precision() == annals.Day:
		return dateSameDay, 0
	case overlap:
		return dateOverlap, 0
	case a.weak || b.weak || a.date.Precision() != annals.Day || b.date.Precision() != annals.Day:
		return dateNone, 0
	}
	d := daysBetween(a.lo, b.lo)
	if d <= 2 {
		return dateNear, d
	}
	return dateNone, 0
}

func daysBetween(x, y string) int {
	tx, err1 := time.Parse(time.DateOnly, x)
	ty, err2 := time.Parse(time.DateOnly, y)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(tx.Sub(ty).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func sharedIDs(a, b []int64) []int64 {
	var out []int64
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			out = append(out, x)
		}
	}
	return out
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + one + "s"
}

// reportWindow is the interval of days a report allows. A stated date
// allows the days it covers (to its end date). A date that the sentence
// does not state (the extraction fell back to the publication date, or
// found none) is weak: a held event happened in the year before
// publication, a planned one within two years after it. Without a
// publication date an unstated date counts as stated.
func reportWindow(date, end annals.Date, status annals.Status, pub annals.Date, stated bool) (lo, hi string, weak bool) {
	pl, ph, ok := pub.Bounds()
	if ok && (date == "" || date == pub && !stated) {
		if status == annals.Planned {
			return pl.Format(time.DateOnly), ph.AddDate(2, 0, 0).Format(time.DateOnly), true
		}
		first := time.Date(pl.Year()-1, pl.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.Format(time.DateOnly), ph.Format(time.DateOnly), true
	}
	l, h := interval(date, end)
	if l == nil {
		return "", "", false
	}
	return l.(string), h.(string), false
}

// dateStated reports whether a date mention inside the event's evidence
// sentence gives the event's date.
func dateStated(doc *annals.Document, ev *annals.Event) bool {
	for _, d := range doc.Dates {
		if d.Start >= ev.Evidence.Start && d.End <= ev.Evidence.End && d.Value != "" &&
			(d.Value.Compatible(ev.Date) || d.ValueEnd != "" && d.ValueEnd.Compatible(ev.Date)) {
			return true
		}
	}
	return false
}

// buckets are the index buckets of a report's interval: its months
// ("2016-10"), or its years ("2016") for a year-precision date or an
// interval of more than two years; "" when undated.
func buckets(lo, hi string, prec annals.Precision) []string {
	if lo == "" {
		return []string{""}
	}
	l, err1 := time.Parse(time.DateOnly, lo)
	h, err2 := time.Parse(time.DateOnly, hi)
	if err1 != nil || err2 != nil {
		return []string{""}
	}
	months := (h.Year()-l.Year())*12 + int(h.Month()) - int(l.Month()) + 1
	var out []string
	if prec == annals.Year || months > 24 {
		for y := l.Year(); y <= h.Year() && len(out) < 10; y++ {
			out = append(out, strconv.Itoa(y))
		}
		return out
	}
	for m := time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(h); m = m.AddDate(0, 1, 0) {
		out = append(out, m.Format("2006-01"))
	}
	return out
}

// lookupBuckets are the buckets a report looks candidates up in: its own,
// the years of its months and the months of its years, so that a month
// finds the year-precision reports of its year and the other way round.
func lookupBuckets(own []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(b string) {
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	for _, b := range own {
		add(b)
		switch len(b) {
		case 7:
			add(b[:4])
		case 4:
			for m := 1; m <= 12; m++ {
				add(fmt.Sprintf("%s-%02d", b, m))
			}
		}
	}
	return out
}

// keyEntities are the entities a report is indexed under: its
// participants and its place, or 0 when it has neither.
func keyEntities(parts []int64, place int64) []int64 {
	out := slices.Clone(parts)
	if place != 0 && !slices.Contains(out, place) {
		out = append(out, place)
	}
	if len(out) == 0 {
		out = []int64{0}
	}
	return out
}

// titleStop are words that say nothing about which event a title names.
var titleStop = map[string]bool{
	"the": true, "of": true, "on": true, "a": true, "an": true, "and": true, "in": true, "for": true,
	"to": true, "its": true, "their": true, "with": true, "at": true, "by": true, "s": true, "this": true,
	"that": true, "year": true, "last": true, "next": true, "new": true,
}

// ordinals maps ordinal words to numbers, for edition numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// ordinalNumber reads "6th", "21st" or "sixth" as 6 or 21; 0 otherwise.
func ordinalNumber(w string) int {
	if n, ok := ordinals[w]; ok {
		return n
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(w, suf); ok && num != "" {
			if n, err := strconv.Atoi(num); err == nil && n > 0 && n < 1000 {
				return n
			}
		}
	}
	return 0
}

func ordinalString(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// titleTokens are the words of a title that tell events apart, normalized
// (case, diacritics), ordinals written as numbers ("sixth" and "6th" are
// "6"), and the edition number when the title has one. "First" is not an
// edition: "first meeting" is a description, not a number.
func titleTokens(title string) (words []string, ord int) {
	for _, w := range strings.FieldsFunc(resolve.Normalize(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if titleStop[w] {
			continue
		}
		if n := ordinalNumber(w); n > 0 {
			if ord == 0 && n > 1 {
				ord = n
			}
			w = strconv.Itoa(n)
		}
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words, ord
}

// jaccard is the word overlap of two titles: shared words over all words.
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

func idList(ids []int64) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	return b.String()
}

func parseIDs(s string) []int64 {
	if s == "" {
		return nil
	}
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

const reportFeatSQL = `SELECT r.id, r.event_id, r.story_id, r.type, r.part_ids, coalesce(r.place_id, 0), r.place,
	r.date, r.date_lo, r.date_hi, r.weak, r.title, s.path, r.link LIKE 'new%' FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.id IN (`

// loadReports reads the linking features of reports by id into into.
func (t *putTx) loadReports(ids []int64, into map[int64]*report) error {
	var need []int64
	for _, id := range ids {
		if _, ok := into[id]; !ok {
			need = append(need, id)
		}
	}
	for chunk := range slices.Chunk(need, 100) {
		rows, err := t.query(reportFeatSQL+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			r := &report{}
			var parts, title string
			if err := rows.Scan(&r.id, &r.event, &r.story, &r.typ, &parts, &r.place, &r.placeNorm, &r.date, &r.lo, &r.hi, &r.weak, &title, &r.path, &r.isNew); err != nil {
				rows.Close()
				return err
			}
			r.parts = parseIDs(parts)
			r.placeNorm = resolve.Normalize(r.placeNorm)
			r.title, r.ord = titleTokens(title)
			into[r.id] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// indexReport writes the report_keys rows of a report.
func (t *putTx) indexReport(id int64, typ string, parts []int64, place int64, lo, hi string, prec annals.Precision, canLink bool) error {
	return t.insertRows(`INSERT OR IGNORE INTO report_keys (entity_id, type, bucket, report_id) VALUES `, 4,
		reportKeys(id, typ, parts, place, lo, hi, prec, canLink))
}

// reportKeys are the values of the report_keys rows of a report; none
// when it cannot link (see linkable).
func reportKeys(id int64, typ string, parts []int64, place int64, lo, hi string, prec annals.Precision, canLink bool) []any {
	if !canLink {
		return nil
	}
	var args []any
	for _, e := range keyEntities(parts, place) {
		for _, b := range buckets(lo, hi, prec) {
			args = append(args, e, typ, b, id)
		}
	}
	return args
}

// insertRows runs an INSERT of many rows (args holds width values per row)
// in as few statements as SQLite's limit on variables allows.
func (t *putTx) insertRows(head string, width int, args []any) error {
	const maxRows = 100
	for len(args) > 0 {
		n := min(len(args)/width, maxRows)
		row := "(" + placeholders(width) + ")"
		q := head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
		if _, err := t.run(q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// featureKey identifies what the linking rule reads of a report (type,
// participants, place, dates, title): two reports with the same key link
// to any third report alike (but for the half point of a shared story).
func featureKey(typ, parts string, placeID int64, place string, date annals.Date, lo, hi string, weak bool, title string) string {
	h := fnv.New64a()
	for _, f := range []string{typ, parts, strconv.FormatInt(placeID, 10), resolve.Normalize(place), string(date), lo, hi,
		strconv.FormatBool(weak), resolve.Normalize(title)} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return strconv.FormatUint(h.Sum64(), 16)
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
	_, err := t.run(`UPDATE reports SET fkey = ? WHERE id = ?`, featureKey(typ, parts, placeID, place, date, lo, hi, weak, title), id)
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
			AND id < ?2 LIMIT 1)`, []any{ev, id}, &n); err != nil {
			return err
		}
		if n > 0 {
			if _, err := t.run(`DELETE FROM report_keys WHERE report_id = ?`, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// candidate is a report found in the index, with its event.
type candidate struct {
	id, event int64
	isNew     bool // its link still says it made a new event
}

// candidates returns the reports that share an index row with r, r
// excluded, oldest first: the newest maxCandidates of them.
func (t *putTx) candidates(r *report) ([]candidate, error) {
	ents := keyEntities(r.parts, r.place)
	bks := lookupBuckets(buckets(r.lo, r.hi, r.date.Precision()))
	args := []any{r.typ}
	for _, e := range ents {
		args = append(args, e)
	}
	for _, b := range bks {
		args = append(args, b)
	}
	args = append(args, r.id, maxCandidates)
	rows, err := t.query(`SELECT c.id, r.event_id, r.link LIKE 'new%' FROM (SELECT DISTINCT report_id AS id FROM report_keys
		WHERE type = ? AND entity_id IN (`+placeholders(len(ents))+`) AND bucket IN (`+placeholders(len(bks))+`) AND report_id <> ?
		ORDER BY report_id DESC LIMIT ?) c JOIN reports r ON r.id = c.id ORDER BY c.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.id, &c.event, &c.isNew); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// unionFind joins nodes: reports (positive ids) and events outside the set
// being settled (negative ids).
type unionFind map[int64]int64

func (u unionFind) find(x int64) int64 {
	p, ok := u[x]
	if !ok {
		u[x] = x
		return x
	}
	if p == x {
		return x
	}
	r := u.find(p)
	u[x] = r
	return r
}

func (u unionFind) union(a, b int64) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		if ra < rb { // keep event nodes (negative) as roots
			u[rb] = ra
		} else {
			u[ra] = rb
		}
	}
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
	evs := sortedKeys(t.events)
	var set []int64
	for chunk := range slices.Chunk(evs, 500) {
		ids, err := t.queryIDs(`SELECT id FROM reports WHERE event_id IN (`+placeholders(len(chunk))+`) ORDER BY id`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		set = append(set, ids...)
	}
	for _, id := range evs {
		t.derive[id] = true
	}
	if len(set) == 0 {
		return nil
	}
	feats := map[int64]*report{}
	if err := t.loadReports(set, feats); err != nil {
		return err
	}
	inSet := make(map[int64]bool, len(set))
	for _, id := range set {
		inSet[id] = true
		// Reports settled again may have lost their index rows to a twin
		// (see dedupeKeys) that is gone or moving: index them again.
		if r := feats[id]; !t.fresh[r.event] {
			if err := t.indexReport(id, r.typ, r.parts, r.place, r.lo, r.hi, r.date.Precision(), linkable(r.parts, r.title)); err != nil {
				return err
			}
		}
	}
	uf := unionFind{}
	reason := map[int64]string{}    // report -> why it joined
	backlinks := map[int64]string{} // outside report still saying "new" -> why
	for _, id := range set {
		r := feats[id]
		uf.find(id)
		if !linkable(r.parts, r.title) {
			continue
		}
		cands, err := t.candidates(r)
		if err != nil {
			return err
		}
		// The rule links r to an outside event as soon as it links r to
		// one of its reports: test the oldest candidate of each event
		// first, the others of an event only while none of its reports
		// linked (and those still saying "new", to point them back at r).
		// The oldest linking report, the reason, is the same as when
		// testing every candidate.
		test := func(c candidate) error {
			if err := t.loadReports([]int64{c.id}, feats); err != nil {
				return err
			}
			f := feats[c.id]
			if f == nil {
				return nil
			}
			ok, why := link(r, f)
			if !ok {
				return nil
			}
			if reason[id] == "" || c.id < idOf(reason[id]) {
				reason[id] = fmt.Sprintf("report #%d (%s): %s", c.id, f.path, why)
			}
			if inSet[c.id] {
				uf.union(id, c.id)
			} else {
				uf.union(id, -f.event)
				if f.isNew {
					backlinks[c.id] = fmt.Sprintf("report #%d (%s): %s", id, r.path, why)
				}
			}
			return nil
		}
		var first, rest []candidate
		seen := map[int64]bool{}
		for _, c := range cands {
			if inSet[c.id] || c.isNew || !seen[c.event] {
				seen[c.event] = true
				first = append(first, c)
			} else {
				rest = append(rest, c)
			}
		}
		var ids []int64
		for _, c := range first {
			ids = append(ids, c.id)
		}
		if err := t.loadReports(ids, feats); err != nil {
			return err
		}
		for _, c := range first {
			if err := test(c); err != nil {
				return err
			}
		}
		for _, c := range rest {
			if uf.find(-c.event) == uf.find(id) {
				continue
			}
			if err := test(c); err != nil {
				return err
			}
		}
	}
	// Components: their reports and the outside events they meet.
	groups := map[int64][]int64{}
	outside := map[int64][]int64{}
	for node := range uf {
		root := uf.find(node)
		if node > 0 {
			groups[root] = append(groups[root], node)
		} else {
			outside[root] = append(outside[root], -node)
		}
	}
	roots := make([]int64, 0, len(groups))
	for root, g := range groups {
		slices.Sort(g)
		roots = append(roots, root)
	}
	slices.SortFunc(roots, func(a, b int64) int { return cmp.Compare(groups[a][0], groups[b][0]) })
	claimed := map[int64]bool{}
	for _, root := range roots {
		g := groups[root]
		var target int64
		fresh := true // every report of the component is new in this transaction
		for _, id := range g {
			fresh = fresh && t.fresh[feats[id].event]
		}
		if outs := outside[root]; len(outs) > 0 {
			slices.Sort(outs)
			target = outs[0]
			for _, o := range outs[1:] {
				if err := t.exec(t.stmts.moveReports, target, o); err != nil {
					return err
				}
				t.derive[o] = true
			}
			if fresh && len(outs) == 1 {
				t.added[target] = append(t.added[target], g...)
			} else {
				t.derive[target] = true
			}
		} else {
			var prev []int64
			for _, id := range g {
				prev = append(prev, feats[id].event)
			}
			slices.Sort(prev)
			for _, p := range prev {
				if !claimed[p] && !t.fresh[p] { // a story's new reports share one event of no type yet
					target = p
					break
				}
			}
			if target == 0 {
				r := feats[g[0]]
				id, _, err := t.id(t.stmts.insEvent, r.typ, "", "", "", nil, nil, "", "", nil, string(annals.Held))
				if err != nil {
					return err
				}
				target = id
			}
			t.derive[target] = true
		}
		claimed[target] = true
		for _, id := range g {
			why := "new: no stored report of this type shares a participant at a compatible date"
			if reason[id] != "" {
				why = "same event as " + reason[id]
			}
			if err := t.exec(t.stmts.setReportEvent, target, why, id); err != nil {
				return err
			}
		}
		if err := t.dedupeKeys(target, g); err != nil {
			return err
		}
	}
	for cid, why := range backlinks {
		if err := t.exec(t.stmts.backlink, "same event as "+why, cid); err != nil {
			return err
		}
	}
	return nil
}

// idOf reads the report id of a reason "report #12 (...)".
func idOf(reason string) int64 {
	rest, ok := strings.CutPrefix(reason, "report #")
	if !ok {
		return 1 << 62
	}
	n, _ := strconv.ParseInt(rest[:strings.IndexByte(rest+" ", ' ')], 10, 64)
	return n
}

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

// disjunction writes values as "Nukus or Muynak", dates for people:
// "19 or 20 November 2018".
func disjunction(vs []storedValue) string {
	var parts []string
	allDays := true
	for _, v := range vs {
		parts = append(parts, v.Value)
		if annals.Date(v.Value).Precision() != annals.Day || !annals.Date(v.Value).Valid() {
			allDays = false
		}
	}
	if allDays && len(vs) > 1 {
		same := true
		for _, v := range vs {
			same = same && v.Value[:7] == vs[0].Value[:7]
		}
		var days []string
		for _, v := range vs {
			days = append(days, strings.TrimPrefix(v.Value[8:], "0"))
		}
		if same {
			return strings.Join(days[:len(days)-1], ", ") + " or " + days[len(days)-1] + " " + humanDate(annals.Date(vs[0].Value[:7]), "")
		}
		parts = parts[:0]
		for _, v := range vs {
			parts = append(parts, humanDate(annals.Date(v.Value), ""))
		}
	} else {
		for i, v := range vs {
			if d := annals.Date(strings.SplitN(v.Value, "/", 2)[0]); d.Precision() != annals.NoDate && d.Valid() {
				parts[i] = humanDate(d, "")
				if j := strings.IndexByte(v.Value, '/'); j > 0 {
					parts[i] += " to " + humanDate(annals.Date(v.Value[j+1:]), "")
				}
			}
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// isoValue writes a date and its end as "2016-10-20/2016-10-21".
func isoValue(d, end annals.Date) string {
	if end == "" || end == d {
		return string(d)
	}
	return string(d) + "/" + string(end)
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// humanDate writes a date for a note: "20 November 2018", "May 2021", "2005".
func humanDate(d, end annals.Date) string {
	first, _, ok := d.Bounds()
	if !ok {
		return string(d)
	}
	var s string
	switch d.Precision() {
	case annals.Day:
		s = fmt.Sprintf("%d %s %d", first.Day(), monthNames[first.Month()-1], first.Year())
	case annals.Month:
		s = fmt.Sprintf("%s %d", monthNames[first.Month()-1], first.Year())
	default:
		s = strconv.Itoa(first.Year())
	}
	if end != "" && end != d {
		s += " to " + humanDate(end, "")
	}
	return s
}

// capitalized counts the words of s that start with a capital letter or
// a digit.
func capitalized(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				n++
			}
			break
		}
	}
	return n
}
