package chronicle

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"annals"
	"annals/internal/resolve"
)

// Holders turns the role rows of one office into its holders over time:
// rows of the same person (and organization) under longer or shorter
// names of the office are one holder; holders are sorted by start (From,
// else the first story stating it); a holder without an end ends when the
// next one with a stated start begins (Inferred says so).
func Holders(rows []RoleRow) []RoleRow {
	var out []RoleRow
	at := map[string]int{}
	for _, r := range rows {
		who := "n:" + resolve.Normalize(r.Person.Name)
		if r.Person.ID != 0 {
			who = "#" + strconv.FormatInt(r.Person.ID, 10)
		}
		key := who + "|" + strconv.FormatInt(r.Org.ID, 10) + "|" + resolve.Normalize(r.Org.Name)
		if r.Org.ID != 0 {
			key = who + "|" + strconv.FormatInt(r.Org.ID, 10)
		}
		i, ok := at[key]
		if !ok {
			at[key] = len(out)
			out = append(out, r)
			continue
		}
		g := &out[i]
		g.From = Earlier(g.From, r.From)
		g.To = Later(g.To, r.To)
		g.AsOf = Earlier(g.AsOf, r.AsOf)
		if len(r.Role) < len(g.Role) {
			g.Role = r.Role
		}
		g.Citations = append(g.Citations, r.Citations...)
	}
	start := func(r RoleRow) annals.Date { return cmp.Or(r.From, r.AsOf) }
	slices.SortStableFunc(out, func(a, b RoleRow) int {
		da, db := start(a), start(b)
		switch {
		case da == db:
			return 0
		case da == "":
			return 1
		case db == "":
			return -1
		}
		return cmp.Compare(da, db)
	})
	for i := range out {
		if out[i].To != "" {
			continue
		}
		// Only the next holder of the same office can end a term: when
		// that one's start is not stated, the end stays unknown.
		for _, next := range out[i+1:] {
			if !SameOrg(next.Org, out[i].Org) {
				continue
			}
			if next.From != "" && next.From > cmp.Or(out[i].From, out[i].AsOf) && !next.From.Compatible(cmp.Or(out[i].From, out[i].AsOf)) {
				out[i].To = next.From
				out[i].Inferred = "to: when " + next.Person.Name + " took office"
			}
			break
		}
	}
	dropEmptyTerms(out)
	return out
}

// SameOrg reports whether two refs name one organization: the same
// entity, or the same name when neither is an entity.
func SameOrg(a, b Ref) bool {
	if a.ID != 0 || b.ID != 0 {
		return a.ID == b.ID
	}
	return resolve.Normalize(a.Name) == resolve.Normalize(b.Name)
}

// Earlier returns the earlier of two dates, ignoring unknown ones.
func Earlier(a, b annals.Date) annals.Date {
	if a == "" || b != "" && b < a {
		return b
	}
	return a
}

// Later returns the later of two dates, ignoring unknown ones.
func Later(a, b annals.Date) annals.Date {
	if a == "" || b > a {
		return b
	}
	return a
}

// HolderAt picks who held an office on date at among its holders (see
// Holders): the one whose from/to interval (to inferred from the next
// holder's start when no story gives it) contains at. A holder whose dates
// are all unknown is taken only when the office has no other holder. Nil
// when nobody fits.
func HolderAt(holders []RoleRow, at annals.Date) *RoleRow {
	day, _, ok := at.Bounds()
	if !ok {
		if len(holders) == 1 {
			return &holders[0]
		}
		return nil
	}
	iso := day.Format("2006-01-02")
	for i := range holders {
		r := &holders[i]
		if r.From == "" && r.To == "" {
			if len(holders) == 1 {
				return r
			}
			continue
		}
		lo, _, okLo := Interval(r.From, "")
		_, hi, okHi := Interval(r.To, "")
		if (!okLo || lo <= iso) && (!okHi || iso <= hi) {
			return r
		}
	}
	return nil
}

// RoleReport is one story's statement that a person holds an office.
type RoleReport struct {
	RoleRow           // Person, Role, Org (entities where resolved), From, To
	PersonText string // the person as the story writes it
	OrgText    string // the organization as the story writes it
	RoleNorm   string // the office, normalized
	Citation   Citation
}

// GroupRoles makes one row of the reports of one person in one office of
// one organization (by entity where they are entities, else by their names
// as written), with all their citations, the widest dates and the earliest
// publication as AsOf; rows are sorted by start (From, else AsOf), unknown
// last. Reports must come in publication order.
func GroupRoles(reports []RoleReport) []RoleRow {
	out := []RoleRow{}
	at := map[string]int{}
	for _, rep := range reports {
		r, c := rep.RoleRow, rep.Citation
		// By entity where there is one; its name as written is not
		// normalized then.
		var who, where string
		if r.Person.ID != 0 {
			who = strconv.FormatInt(r.Person.ID, 10)
		} else {
			who = resolve.Normalize(rep.PersonText)
		}
		if r.Org.ID != 0 {
			where = strconv.FormatInt(r.Org.ID, 10)
		} else {
			where = resolve.Normalize(rep.OrgText)
		}
		key := who + "|" + rep.RoleNorm + "|" + where
		i, ok := at[key]
		if !ok {
			r.AsOf = c.Published
			r.Citations = []Citation{}
			out = append(out, r)
			i = len(out) - 1
			at[key] = i
		}
		g := &out[i]
		g.From = Earlier(g.From, r.From)
		g.To = Later(g.To, r.To)
		g.AsOf = Earlier(g.AsOf, c.Published)
		g.Citations = append(g.Citations, c)
	}
	// Sorted as indexes, then moved once: a stable sort of the rows
	// themselves moves them many times, each move a copy of a row and
	// its pointers.
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		da, db := cmp.Or(out[i].From, out[i].AsOf), cmp.Or(out[j].From, out[j].AsOf)
		switch {
		case da == db:
			return 0
		case da == "":
			return 1
		case db == "":
			return -1
		}
		return cmp.Compare(da, db)
	})
	sorted := make([]RoleRow, len(out))
	for k, i := range order {
		sorted[k] = out[i]
	}
	dropEmptyTerms(sorted)
	return sorted
}

// dropEmptyTerms clears an end that does not come after the start: a term
// from 2019-11-05 to 2019-11-05 (or an end before its start) says nothing
// true about when it ended.
func dropEmptyTerms(rows []RoleRow) {
	for i := range rows {
		r := &rows[i]
		if r.From == "" || r.To == "" {
			continue
		}
		_, fromHi, ok1 := r.From.Bounds()
		toLo, _, ok2 := r.To.Bounds()
		if !ok1 || !ok2 || toLo.After(fromHi) {
			continue
		}
		r.To = ""
		var keep []string
		for _, n := range strings.Split(r.Inferred, "; ") {
			if n != "" && !strings.HasPrefix(n, "to:") {
				keep = append(keep, n)
			}
		}
		r.Inferred = strings.Join(keep, "; ")
	}
}
