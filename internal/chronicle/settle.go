package chronicle

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"annals"
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
// never chains two events of other dates into one. A component keeps the lowest id among
// the events it meets, so ids stay stable when nothing changes. feats holds
// the features of every report of set (and receives those of candidates);
// fresh tells the events made for reports new in this transaction.
func Settle(set []int64, feats map[int64]*Report, fresh func(event int64) bool, l Lookup) (*Settlement, error) {
	inSet := make(map[int64]bool, len(set))
	for _, id := range set {
		inSet[id] = true
	}
	uf := unionFind{}
	span := map[int64]dateSpan{} // root -> the days all its stated dates share
	spanOf := func(x int64) dateSpan {
		if sp, ok := span[uf.find(x)]; ok {
			return sp
		}
		return dateSpan{}
	}
	// join unites two nodes unless their stated dates conflict; the
	// reports that linked them give the dates of an outside event.
	join := func(a, b int64, fa, fb *Report) bool {
		sa, sb := spanOf(a).with(fa), spanOf(b).with(fb)
		m := sa.merge(sb)
		if !m.ok() {
			return false
		}
		uf.union(a, b)
		span[uf.find(a)] = m
		return true
	}
	reason := map[int64]string{}    // report -> why it joined
	backlinks := map[int64]string{} // outside report still saying "new" -> why
	for _, id := range set {
		r := feats[id]
		uf.find(id)
		if !Linkable(r.Parts, r.Title) {
			continue
		}
		cands, err := l.Candidates(r)
		if err != nil {
			return nil, err
		}
		// The rule links r to an outside event as soon as it links r to
		// one of its reports: test the oldest candidate of each event
		// first, the others of an event only while none of its reports
		// linked (and those still saying "new", to point them back at r).
		// The oldest linking report, the reason, is the same as when
		// testing every candidate.
		test := func(c Candidate) error {
			if err := l.Reports([]int64{c.ID}, feats); err != nil {
				return err
			}
			f := feats[c.ID]
			if f == nil {
				return nil
			}
			ok, why := Link(r, f)
			if !ok {
				return nil
			}
			if inSet[c.ID] {
				if !join(id, c.ID, r, f) {
					return nil
				}
			} else {
				if !join(id, -f.Event, r, f) {
					return nil
				}
				if f.IsNew {
					backlinks[c.ID] = fmt.Sprintf("report #%d (%s): %s", id, r.Path, why)
				}
			}
			if reason[id] == "" || c.ID < idOf(reason[id]) {
				reason[id] = fmt.Sprintf("report #%d (%s): %s", c.ID, f.Path, why)
			}
			return nil
		}
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
		for _, c := range first {
			if err := test(c); err != nil {
				return nil, err
			}
		}
		for _, c := range rest {
			if uf.find(-c.Event) == uf.find(id) {
				continue
			}
			if err := test(c); err != nil {
				return nil, err
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
			if reason[id] != "" {
				c.Links[id] = "same event as " + reason[id]
			}
		}
		out.Components = append(out.Components, c)
	}
	for cid, why := range backlinks {
		out.Backlinks[cid] = "same event as " + why
	}
	return out, nil
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

// dateSpan is the interval of days all the stated day- and month-precision
// dates of a group of reports share ([lo, hi]), or no constraint (set
// false).
type dateSpan struct {
	set    bool
	lo, hi string
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

// with is the span with a report's date added.
func (s dateSpan) with(r *Report) dateSpan {
	if !fine(r) {
		return s
	}
	return s.merge(dateSpan{true, r.Lo, r.Hi})
}

// merge is the span of two groups together; lo may pass hi by the two
// days of a disagreement (see Link), more is a conflict (ok false).
func (s dateSpan) merge(o dateSpan) dateSpan {
	switch {
	case !s.set:
		return o
	case !o.set:
		return s
	}
	return dateSpan{true, max(s.lo, o.lo), min(s.hi, o.hi)}
}

func (s dateSpan) ok() bool {
	return !s.set || s.lo <= s.hi || DaysBetween(s.lo, s.hi) <= 2
}
