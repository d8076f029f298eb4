package chronicle

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"annals"
	"annals/internal/resolve"
)

// Candidate is a stored report found in the link index, with its event.
type Candidate struct {
	ID, Event int64
	IsNew     bool // its link still says it made a new event
}

// Lookup is what Settle reads of the stored reports: the store
// implements it over its link index.
type Lookup interface {
	// Candidates returns the stored reports that share an index row
	// with r (its type, one of its KeyEntities, one of the LookupBuckets
	// of its Buckets), r excluded, oldest first: the newest MaxCandidates
	// of them.
	Candidates(r *Report) ([]Candidate, error)
	// Reports reads the features of the reports ids that into does not
	// hold yet into it.
	Reports(ids []int64, into map[int64]*Report) error
	// EventSpan is the days a stored event's reports allow together:
	// see DateSpan.
	EventSpan(event int64) (DateSpan, error)
	// EventNames are the names the titles of a stored event's reports
	// give (TitleName), each once.
	EventNames(event int64) ([]Name, error)
	// EventPeople are the people a stored visit's, appointment's or
	// meeting's reports name (Report.People: a meeting's told without a
	// name only), each set once.
	EventPeople(event int64) ([][]string, error)
	// EventPlaces are the places of a stored visit's reports, as
	// written (Report.PlaceNorm normalizes them), each once.
	EventPlaces(event int64) ([]string, error)
}

// Component is a set of linked reports and the event they are one of.
type Component struct {
	Reports []int64 // sorted
	// Outside are the events of the reports outside the settled set that
	// the component links to, sorted: the component joins Outside[0], and
	// the others merge into it.
	Outside []int64
	// Event is the event the reports go to: Outside[0], else the lowest
	// event one of them was in that is not fresh and not taken by an
	// earlier component; 0 when a new event must be made.
	Event int64
	// Links says, per report, why it is in the event: "same event as
	// report #12 (path): ..." or "new: ...".
	Links map[int64]string
}

// Settlement is what Settle decided.
type Settlement struct {
	Components []Component // in order of their first report
	// Backlinks are outside reports whose link still says "new" that a
	// settled report linked to, with their new link text.
	Backlinks map[int64]string
	// Expand, when the date guard refused to join an outside event, are
	// the outside events the set linked to, to be settled again with it.
	Expand []int64
}

// NewLink is the link text of a report that starts an event.
const NewLink = "new: no stored report of this type shares a participant at a compatible date"

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

// Settle (re)assigns reports to events by the linking rule: the connected
// components of linked reports among set, each joined with the events of
// the outside reports it links to. A link never joins two groups whose
// stated dates conflict (a day or month of one outside the days all the
// other's stated dates share, beyond the two days a disagreement allows):
// a report dated only by its year, or not at all, joins an event but
// never chains two events of other dates into one. Nor does it join two
// groups whose titles name two events (Name.Clash): a report without a
// name never chains a "Tribal Nations Summit" and a "North American
// Leaders' Summit" of the same days into one. Nor two visits,
// appointments or meetings told without a name whose reports name other
// people (peopleClash): a report naming only the host never chains two
// guests' visits, nor a report naming only the President his bilateral
// meetings of the day. Nor two visits to two countries (countriesClash,
// trips.go): a report placed nowhere never chains a visitor's trips of
// the month into one. An outside
// event's dates, names and people are all its reports' (Lookup.EventSpan,
// EventNames, EventPeople, EventPlaces), not only the one linked to's.
//
// Links are applied strongest first (by score, then by the reports' paths
// and order in their stories, never by their ids), so that which of two
// conflicting groups a report joins does not depend on the order the
// stories came in. When the guard refuses to join an outside event,
// Expand names the outside events the set linked to: the caller settles
// them again together with the set, so that the choice is made over all
// their reports at once, as if they had come in one batch.
//
// A component keeps the lowest id among the events it meets, so ids stay
// stable when nothing changes. feats holds the features of every report
// of set (and receives those of candidates); fresh tells the events made
// for reports new in this transaction.
func Settle(set []int64, feats map[int64]*Report, fresh func(event int64) bool, l Lookup) (*Settlement, error) {
	return SettleWith(set, feats, fresh, nil, l)
}

// SettleWith is Settle where only the reports lookup says yes to (all
// when lookup is nil) are looked up in the index; the others are linked
// with the reports of the set alone. A stored event settled again because
// of Expand needs no look-up: its reports' links to other events were
// settled when they came, and the choice Expand asks for is among the
// set.
func SettleWith(set []int64, feats map[int64]*Report, fresh func(event int64) bool, lookup func(report int64) bool, l Lookup) (*Settlement, error) {
	inSet := make(map[int64]bool, len(set))
	for _, id := range set {
		inSet[id] = true
	}
	uf := unionFind{}
	span := map[int64]DateSpan{}      // root -> the days all its reports allow together
	names := map[int64][]Name{}       // root -> the names its reports' titles give
	people := map[int64][][]string{}  // root -> the people its visits or appointments name
	countries := map[int64][]string{} // root -> the countries of its visits' places
	for _, id := range set {
		uf.find(id)
		span[id] = DateSpan{}.With(feats[id])
		if n := feats[id].Name; n.Named() {
			names[id] = []Name{n}
		}
		if p := feats[id].People; len(p) > 0 && TellsPeople(feats[id].Type, feats[id].Name) {
			people[id] = [][]string{p}
		}
		if c := feats[id].country(); c != "" {
			countries[id] = []string{c}
		}
	}
	// outside events' own dates and names, read once
	outSpan := func(ev int64, typ string) error {
		if _, ok := uf[-ev]; ok {
			return nil
		}
		uf.find(-ev)
		s, err := l.EventSpan(ev)
		if err != nil {
			return err
		}
		span[-ev] = s
		ns, err := l.EventNames(ev)
		if err != nil {
			return err
		}
		names[-ev] = addNames(nil, ns)
		if peopleRead(typ) {
			ps, err := l.EventPeople(ev)
			if err != nil {
				return err
			}
			people[-ev] = addPeople(nil, ps)
		}
		if typ == string(annals.Visit) {
			places, err := l.EventPlaces(ev)
			if err != nil {
				return err
			}
			var cs []string
			for _, p := range places {
				cs = addCountries(cs, []string{PlaceCountry(resolve.Normalize(p))})
			}
			countries[-ev] = cs
		}
		return nil
	}
	// edge is a link found: from a report of the set to another report
	// of the set (to > 0) or to an outside event (to < 0) through report via.
	type edge struct {
		from, to int64
		r, via   *Report // the reports of from and via
		score    float64
		key      string // orderKey of the two reports
	}
	var edges []edge
	for _, id := range set {
		r := feats[id]
		if !Linkable(r.Parts, r.Title) {
			continue
		}
		var cands []Candidate
		if lookup == nil || lookup(id) {
			var err error
			if cands, err = l.Candidates(r); err != nil {
				return nil, err
			}
		} else {
			for _, o := range set {
				if f := feats[o]; o != id && f.Type == r.Type && Linkable(f.Parts, f.Title) {
					cands = append(cands, Candidate{ID: o, Event: f.Event, IsNew: f.IsNew})
				}
			}
		}
		// The rule links r to an outside event as soon as it links r to
		// one of its reports: test the oldest candidate of each event
		// first, the others of an event only while none of its reports
		// linked (and those still saying "new", to point them back at r).
		var first, rest []Candidate
		seen := map[int64]bool{}
		for _, c := range cands {
			if inSet[c.ID] || c.IsNew || !seen[c.Event] {
				seen[c.Event] = true
				first = append(first, c)
			} else {
				rest = append(rest, c)
			}
		}
		var ids []int64
		for _, c := range first {
			ids = append(ids, c.ID)
		}
		if err := l.Reports(ids, feats); err != nil {
			return nil, err
		}
		linked := map[int64]bool{} // outside events r links to
		test := func(c Candidate) error {
			if err := l.Reports([]int64{c.ID}, feats); err != nil {
				return err
			}
			f := feats[c.ID]
			if f == nil {
				return nil
			}
			ok, score := linkScore(r, f, nil)
			if !ok {
				return nil
			}
			to := c.ID
			if !inSet[c.ID] {
				to = -f.Event
				linked[f.Event] = true
				if err := outSpan(f.Event, f.Type); err != nil {
					return err
				}
			}
			edges = append(edges, edge{id, to, r, f, score, orderKey(r, f)})
			return nil
		}
		for _, c := range first {
			if err := test(c); err != nil {
				return nil, err
			}
		}
		for _, c := range rest {
			if linked[c.Event] {
				continue
			}
			if err := test(c); err != nil {
				return nil, err
			}
		}
	}
	slices.SortStableFunc(edges, func(a, b edge) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(min(a.from, a.via.ID), min(b.from, b.via.ID)), cmp.Compare(max(a.from, a.via.ID), max(b.from, b.via.ID)))
	})
	// The links that give the reasons, written once the links are
	// chosen (a reason costs more than the score; most links give none).
	reason := map[int64]int{}    // report -> the link of the lowest report it joined through
	backlinks := map[int64]int{} // outside report still saying "new" -> the last link to it
	refused := false
	linkedOut := map[int64]bool{}
	for i, e := range edges {
		ra, rb := uf.find(e.from), uf.find(e.to)
		if e.to < 0 {
			linkedOut[-e.to] = true
		}
		if ra != rb {
			m := span[ra].merge(span[rb])
			if !m.ok() || namesClash(names[ra], names[rb]) || groupsPeopleClash(people[ra], people[rb]) || countriesClash(countries[ra], countries[rb]) {
				if e.to < 0 || rb < 0 || ra < 0 {
					refused = true
				}
				continue
			}
			ns := addNames(names[ra], names[rb])
			ps := people[ra]
			if len(people[rb]) > 0 {
				ps = addPeople(people[ra], people[rb])
			}
			cs := addCountries(countries[ra], countries[rb])
			uf.union(ra, rb)
			span[uf.find(ra)] = m
			names[uf.find(ra)] = ns
			people[uf.find(ra)] = ps
			countries[uf.find(ra)] = cs
		}
		if e.to < 0 && e.via.IsNew {
			backlinks[e.via.ID] = i
		}
		if j, ok := reason[e.from]; !ok || e.via.ID < edges[j].via.ID {
			reason[e.from] = i
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
	out := &Settlement{Backlinks: map[int64]string{}}
	claimed := map[int64]bool{}
	for _, root := range roots {
		c := Component{Reports: groups[root], Links: map[int64]string{}}
		if outs := outside[root]; len(outs) > 0 {
			slices.Sort(outs)
			c.Outside = outs
			c.Event = outs[0]
		} else {
			var prev []int64
			for _, id := range c.Reports {
				prev = append(prev, feats[id].Event)
			}
			slices.Sort(prev)
			for _, p := range prev {
				if !claimed[p] && !fresh(p) { // a story's new reports share one event of no type yet
					c.Event = p
					break
				}
			}
		}
		if c.Event != 0 {
			claimed[c.Event] = true
		}
		for _, id := range c.Reports {
			c.Links[id] = NewLink
			if i, ok := reason[id]; ok {
				e := edges[i]
				c.Links[id] = fmt.Sprintf("same event as report #%d (%s): %s", e.via.ID, e.via.Path, linkWhy(e.r, e.via))
			}
		}
		out.Components = append(out.Components, c)
	}
	for cid, i := range backlinks {
		e := edges[i]
		out.Backlinks[cid] = fmt.Sprintf("same event as report #%d (%s): %s", e.from, e.r.Path, linkWhy(e.r, e.via))
	}
	if refused {
		out.Expand = sortedIDs(linkedOut)
	}
	return out, nil
}

// orderKey orders the links of two reports by what they are, not by
// when they were stored: the paths of their stories and their places in
// them, the smaller first.
func orderKey(a, b *Report) string {
	x, y := a.Path+"\x00"+strconv.Itoa(a.Seq), b.Path+"\x00"+strconv.Itoa(b.Seq)
	if y < x {
		x, y = y, x
	}
	return x + "\x01" + y
}

func sortedIDs(m map[int64]bool) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// DateSpan is what the dates of a group of reports allow together. Its
// stated day- and month-precision dates must share a day ([Lo, Hi], Fine;
// Lo may pass Hi by the two days of a disagreement, see Link). Its other
// dates, the windows of reports dated only by their stories' publication
// (weak) and stated years, must share a day too ([WLo, WHi], Wide), and
// that day must fall in the stated days: an undated report joins a dated
// event only when its story came out near that event's date, and
// undated reports never chain a year of events into one (each pair of
// them overlaps, a chain of them does not). Without a stated day or
// month, its weak reports' stories came out within weakGap days of each
// other ([PubLo, PubHi], the last days their windows allow), as Link
// asks of two of them.
type DateSpan struct {
	Fine         bool
	Lo, Hi       string
	Wide         bool
	WLo, WHi     string
	Pub          bool
	PubLo, PubHi string
}

// fine says whether a report's date constrains its group: stated, at day
// or month precision.
func fine(r *Report) bool {
	if r == nil || r.Weak || r.Lo == "" {
		return false
	}
	p := r.Date.Precision()
	return p == annals.Day || p == annals.Month
}

// With is the span with a report's date added.
func (s DateSpan) With(r *Report) DateSpan {
	if r == nil {
		return s
	}
	return s.Add(r.Weak, r.Date, r.Lo, r.Hi, r.Hi)
}

// Add is the span with reports dated date added: the days [lo, hi] they
// all allow, and the latest last day one of them allows (hiMax; their
// stories' publication when weak).
func (s DateSpan) Add(weak bool, date annals.Date, lo, hi, hiMax string) DateSpan {
	if lo == "" {
		return s
	}
	if p := date.Precision(); !weak && (p == annals.Day || p == annals.Month) {
		return s.merge(DateSpan{Fine: true, Lo: lo, Hi: hi})
	}
	o := DateSpan{Wide: true, WLo: lo, WHi: hi}
	if weak {
		o.Pub, o.PubLo, o.PubHi = true, hi, hiMax
	}
	return s.merge(o)
}

// merge is the span of two groups together.
func (s DateSpan) merge(o DateSpan) DateSpan {
	m := s
	if o.Fine {
		if m.Fine {
			m.Lo, m.Hi = max(m.Lo, o.Lo), min(m.Hi, o.Hi)
		} else {
			m.Fine, m.Lo, m.Hi = true, o.Lo, o.Hi
		}
	}
	if o.Wide {
		if m.Wide {
			m.WLo, m.WHi = max(m.WLo, o.WLo), min(m.WHi, o.WHi)
		} else {
			m.Wide, m.WLo, m.WHi = true, o.WLo, o.WHi
		}
	}
	if o.Pub {
		if m.Pub {
			m.PubLo, m.PubHi = min(m.PubLo, o.PubLo), max(m.PubHi, o.PubHi)
		} else {
			m.Pub, m.PubLo, m.PubHi = true, o.PubLo, o.PubHi
		}
	}
	return m
}

// ok says whether the span allows a day: its stated dates agree (up to
// two days), its other dates share a day, and that day is a stated one.
func (s DateSpan) ok() bool {
	if s.Fine && s.Lo > s.Hi && DaysBetween(s.Lo, s.Hi) > 2 {
		return false
	}
	if !s.Fine && s.Pub && DaysBetween(s.PubLo, s.PubHi) > weakGap {
		return false
	}
	if !s.Wide {
		return true
	}
	if s.WLo > s.WHi {
		return false
	}
	return !s.Fine || s.WLo <= max(s.Lo, s.Hi) && min(s.Lo, s.Hi) <= s.WHi
}
