package chronicle

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
	"slices"
	"strconv"
	"strings"

	"annals"
	"annals/internal/resolve"
)

// EventReport is what derivation reads of a report.
type EventReport struct {
	ID, Source int64 // Source: the story, or the story it is a copy of
	Cit        Citation
	PubLo      string // first day of publication, "" unknown: citation order
	Ord        int    // the report's place in its story
	Title      string
	Date, End  annals.Date
	Lo, Hi     string
	Weak       bool
	Place      string
	PlaceID    int64
	Status     string
	Parts      []int64
}

// reportSortKey orders reports for citations: publication, path, offset,
// an order that does not depend on ingestion.
type SortKey struct {
	Pub, Path string
	Start     int
}

func (k SortKey) Compare(o SortKey) int {
	return cmp.Or(strings.Compare(k.Pub, o.Pub), strings.Compare(k.Path, o.Path), cmp.Compare(k.Start, o.Start))
}

func SortKeyOf(r *EventReport) SortKey {
	return SortKey{string(r.Cit.Published), r.Cit.Path, r.Cit.Evidence.Start}
}

// CiteOrder orders reports for an event's own citation: earliest
// publication first (unknown last), then path and place in the story.
func CiteOrder(a, b *EventReport) int {
	return cmp.Or(cmp.Compare(boolInt(a.PubLo == ""), boolInt(b.PubLo == "")), strings.Compare(a.PubLo, b.PubLo),
		strings.Compare(a.Cit.Path, b.Cit.Path), cmp.Compare(a.Ord, b.Ord), cmp.Compare(a.ID, b.ID))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Aggregate rows, as stored and as folded in memory.
type (
	TallyKey struct {
		Source int64
		TNorm  string
	}
	TitleRow struct {
		TNorm, Text string
		Sources     int
	}
	DateKey struct {
		Weak      bool
		Date, End annals.Date
	}
	DateRow struct {
		DateKey
		N                          int
		LoMax, HiMin, LoMin, HiMax string
		Span                       int     // days allowed, at most
		First                      SortKey // the first report giving it, in citation order
	}
	PlaceRow struct {
		Key, Name string
		ID        int64
		N         int
		First     SortKey // the report whose spelling is name
	}
)

// Aggregate is a batch of reports folded together.
type Aggregate struct {
	Reports int
	Held    bool
	Sources map[int64]bool
	Tally   map[TallyKey]bool
	Titles  map[string]string // normalized -> smallest spelling
	Dates   map[DateKey]*DateRow
	Places  map[string]*PlaceRow
	Parts   map[int64]bool
	Cite    *EventReport
}

func NewAggregate() *Aggregate {
	return &Aggregate{Sources: map[int64]bool{}, Tally: map[TallyKey]bool{}, Titles: map[string]string{},
		Dates: map[DateKey]*DateRow{}, Places: map[string]*PlaceRow{}, Parts: map[int64]bool{}}
}

// Add folds one report in.
func (a *Aggregate) Add(r *EventReport) {
	a.Reports++
	if r.Status != string(annals.Planned) {
		a.Held = true
	}
	a.Sources[r.Source] = true
	tn := ""
	if r.Title != "" {
		tn = resolve.Normalize(r.Title)
		if t, ok := a.Titles[tn]; !ok || r.Title < t {
			a.Titles[tn] = r.Title
		}
	}
	a.Tally[TallyKey{r.Source, tn}] = true
	if r.Date != "" {
		k := DateKey{r.Weak, r.Date, r.End}
		span := DaysBetween(r.Lo, r.Hi)
		sk := SortKeyOf(r)
		if d := a.Dates[k]; d == nil {
			a.Dates[k] = &DateRow{k, 1, r.Lo, r.Hi, r.Lo, r.Hi, span, sk}
		} else {
			d.N++
			d.LoMax, d.HiMin = max(d.LoMax, r.Lo), min(d.HiMin, r.Hi)
			d.LoMin, d.HiMax = min(d.LoMin, r.Lo), max(d.HiMax, r.Hi)
			d.Span = max(d.Span, span)
			if sk.Compare(d.First) < 0 {
				d.First = sk
			}
		}
	}
	if r.Place != "" {
		k := PlaceKey(r.Place, r.PlaceID)
		sk := SortKeyOf(r)
		if p := a.Places[k]; p == nil {
			a.Places[k] = &PlaceRow{Key: k, Name: r.Place, ID: r.PlaceID, N: 1, First: sk}
		} else {
			p.N++
			if sk.Compare(p.First) < 0 {
				p.Name, p.First = r.Place, sk
			}
		}
	}
	for _, p := range r.Parts {
		a.Parts[p] = true
	}
	if a.Cite == nil || CiteOrder(r, a.Cite) < 0 {
		a.Cite = r
	}
}

// venueWords name a building or a body's seat rather than a town.
var venueWords = []string{"headquarters", "hall", "palace", "centre", "center", "house", "building", "parliament", "assembly", "congress", "office", "embassy", "residence", "hotel", "stadium", "campus", "ministry", "secretariat"}

// IsVenue reports whether a place's name names a venue ("United Nations
// Headquarters", "the White House", "Palais des Nations") rather than a
// town or country.
func IsVenue(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if slices.Contains(venueWords, w) || w == "palais" {
			return true
		}
	}
	return false
}

// foldPlaceNames makes one row of the rows that write one place's name
// alike (a place entity and the same name known only as written, or two
// entities of one name): "Khiva or Khiva" is no disagreement. The row
// keeps the key and id of its most reported spelling, an entity's first.
func foldPlaceNames(places []PlaceRow) []PlaceRow {
	var out []PlaceRow
	at := map[string]int{}
	for _, p := range places {
		n := resolve.Normalize(p.Name)
		i, ok := at[n]
		if !ok {
			at[n] = len(out)
			out = append(out, p)
			continue
		}
		q := &out[i]
		if q.ID == 0 && p.ID != 0 || (q.ID == 0) == (p.ID == 0) && p.N > q.N {
			q.Key, q.ID, q.Name, q.First = p.Key, p.ID, p.Name, p.First
		}
		q.N += p.N
	}
	return out
}

// PlaceKey is what makes two reports' places one: the place entity, else
// the normalized name.
func PlaceKey(place string, id int64) string {
	if id != 0 {
		return "#" + strconv.FormatInt(id, 10)
	}
	return resolve.Normalize(place)
}

// storedNote is a Disagreement as events.notes keeps it: the values and
// the note, not the citations, which fillEvents reads from the reports.
type Note struct {
	Field string `json:"field"`
	Note  string `json:"note"`
	// Weak: the date values are dates inferred from publication (no
	// report states one), so every dated report is cited.
	Weak   bool        `json:"weak,omitempty"`
	Values []NoteValue `json:"values"`
}

type NoteValue struct {
	Value string `json:"value"`
	Key   string `json:"key,omitempty"` // place: placeKey of the value
}

// eventFields are an event's fields as derived from its aggregates.
type Fields struct {
	Title, Place, Status string
	PlaceID              int64
	Date, End            annals.Date
	Lo, Hi               string
	Parts                []int64
	Sources              int
	Notes                []Disagreement // without citations unless from DeriveFields
	Stored               []Note
}

// FieldsFrom derives the title, date, place and disagreements of an event
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
func FieldsFrom(titles []TitleRow, dates []DateRow, places []PlaceRow) Fields {
	var f Fields
	var best *TitleRow
	for i := range titles {
		c := &titles[i]
		if best == nil || cmp.Or(cmp.Compare(c.Sources, best.Sources), cmp.Compare(capitalized(c.Text), capitalized(best.Text)),
			cmp.Compare(len(c.Text), len(best.Text)), strings.Compare(best.TNorm, c.TNorm)) > 0 {
			best = c
		}
	}
	if best != nil {
		f.Title = best.Text
	}

	var class []DateRow
	for _, d := range dates {
		if !d.Weak {
			class = append(class, d)
		}
	}
	// A report whose sentence states no date was dated by its story's
	// publication: that date lets it join the dated event it retells,
	// but is never the event's date. An event no report dates stays
	// undated.
	weak := false
	if len(class) > 0 {
		lo, hi, minLo, maxHi := class[0].LoMax, class[0].HiMin, class[0].LoMin, class[0].HiMax
		type val struct {
			Date, End annals.Date
			N, Span   int
		}
		vals := map[string]*val{}
		var ds []annals.Date
		for _, d := range class {
			lo, hi = max(lo, d.LoMax), min(hi, d.HiMin)
			minLo, maxHi = min(minLo, d.LoMin), max(maxHi, d.HiMax)
			k := string(d.Date) + "/" + string(d.End)
			if vals[k] == nil {
				vals[k] = &val{Date: d.Date, End: d.End}
			}
			vals[k].N += d.N
			vals[k].Span = max(vals[k].Span, d.Span)
			ds = append(ds, d.Date)
		}
		if lo <= hi {
			var b *val
			for _, v := range vals {
				if b == nil || cmp.Or(cmp.Compare(v.Date.Precision(), b.Date.Precision()), cmp.Compare(v.N, b.N), cmp.Compare(v.Span, b.Span),
					strings.Compare(string(b.Date)+string(b.End), string(v.Date)+string(v.End))) > 0 {
					b = v
				}
			}
			f.Date, f.End = b.Date, b.End
			if l, h, ok := Interval(f.Date, f.End); ok {
				f.Lo, f.Hi = l, h
			}
		} else {
			f.Date = CommonDate(ds)
			f.Lo, f.Hi = minLo, maxHi
			if l, h, ok := Interval(f.Date, ""); ok {
				f.Lo, f.Hi = max(minLo, l), min(maxHi, h)
			}
			n := Note{Field: "date", Weak: weak}
			for _, d := range class {
				v := ISOValue(d.Date, d.End)
				if !slices.ContainsFunc(n.Values, func(x NoteValue) bool { return x.Value == v }) {
					n.Values = append(n.Values, NoteValue{Value: v})
				}
			}
			slices.SortFunc(n.Values, func(a, b NoteValue) int { return strings.Compare(a.Value, b.Value) })
			if !weak {
				// Reports disagree only when their own sentences state
				// different dates; dates taken from publications do not.
				f.Stored = append(f.Stored, n)
			}
		}
	}

	if len(places) > 0 {
		ps := foldPlaceNames(places)
		slices.SortFunc(ps, func(a, b PlaceRow) int {
			return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Name, b.Name), strings.Compare(a.Key, b.Key))
		})
		if len(ps) == 1 || ps[0].N > ps[1].N {
			f.Place, f.PlaceID = ps[0].Name, ps[0].ID
		}
		// a venue and the city it stands in ("United Nations Headquarters"
		// and "New York") do not disagree: only places that are not venues
		// can
		var towns []PlaceRow
		for _, p := range ps {
			if !IsVenue(p.Name) {
				towns = append(towns, p)
			}
		}
		if len(towns) > 1 {
			n := Note{Field: "place"}
			for _, p := range towns {
				n.Values = append(n.Values, NoteValue{Value: p.Name, Key: p.Key})
			}
			f.Stored = append(f.Stored, n)
		}
	}
	for i := range f.Stored {
		f.Stored[i].Note = "reports disagree: " + Disjunction(f.Stored[i].Values)
	}
	return f
}

// DeriveFields derives an event's fields from all its reports at once,
// with the citations of its disagreements: what the stored aggregates
// give, computed in memory (tests compare the two).
func DeriveFields(rs []EventReport) Fields {
	a := NewAggregate()
	for i := range rs {
		a.Add(&rs[i])
	}
	titleSources := map[string]int{}
	for k := range a.Tally {
		if k.TNorm != "" {
			titleSources[k.TNorm]++
		}
	}
	var titles []TitleRow
	for k, text := range a.Titles {
		titles = append(titles, TitleRow{k, text, titleSources[k]})
	}
	var dates []DateRow
	for _, d := range a.Dates {
		dates = append(dates, *d)
	}
	var places []PlaceRow
	for _, p := range a.Places {
		places = append(places, *p)
	}
	f := FieldsFrom(titles, dates, places)
	f.Status = string(annals.Planned)
	if a.Held {
		f.Status = string(annals.Held)
	}
	for p := range a.Parts {
		f.Parts = append(f.Parts, p)
	}
	slices.Sort(f.Parts)
	f.Sources = len(a.Sources)
	sorted := slices.Clone(rs)
	slices.SortFunc(sorted, func(a, b EventReport) int { return SortKeyOf(&a).Compare(SortKeyOf(&b)) })
	for _, n := range f.Stored {
		d := n.Disagreement()
		for _, r := range sorted {
			d.Cite(n, r.Date, r.End, r.Weak, r.Place, r.PlaceID, r.Cit)
		}
		f.Notes = append(f.Notes, d)
	}
	return f
}

// Disagreement is the note without citations, to be filled by cite.
func (n Note) Disagreement() Disagreement {
	d := Disagreement{Field: n.Field, Note: n.Note, Values: make([]DisagreeingValue, len(n.Values))}
	for i, v := range n.Values {
		d.Values[i] = DisagreeingValue{Value: v.Value, Citations: []Citation{}}
	}
	return d
}

// Cite adds a report's citation to the value of d it gives, if any.
// Reports must come in citation order (publication, path, offset).
func (d *Disagreement) Cite(n Note, date, end annals.Date, weak bool, place string, placeID int64, c Citation) {
	var key string
	switch n.Field {
	case "date":
		key = n.DateKey(date, end, weak)
	case "place":
		key = n.PlaceKey(place, placeID)
	}
	if i := n.Value(key); i >= 0 {
		d.Values[i].Citations = append(d.Values[i].Citations, c)
	}
}

// DateKey is the key of the value of date note n that a report of date
// date to end (weak: inferred from its publication) gives; "" when it
// gives none.
func (n Note) DateKey(date, end annals.Date, weak bool) string {
	if n.Field != "date" || date == "" || weak && !n.Weak {
		return ""
	}
	return ISOValue(date, end)
}

// PlaceKey is the key of the value of place note n that a report of
// place place (entity placeID, 0 when none) gives; "" when it gives none.
func (n Note) PlaceKey(place string, placeID int64) string {
	if n.Field != "place" || place == "" {
		return ""
	}
	return PlaceKey(place, placeID)
}

// Value is the index of the value of n of key key (DateKey, PlaceKey),
// -1 when none.
func (n Note) Value(key string) int {
	if key == "" {
		return -1
	}
	for i, v := range n.Values {
		if v.Value == key && v.Key == "" || v.Key != "" && v.Key == key {
			return i
		}
	}
	return -1
}

// CommonDate is the most precise date every date falls in: "2018-11" for
// 2018-11-19 and 2018-11-20; "" when not even the year agrees.
func CommonDate(ds []annals.Date) annals.Date {
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
