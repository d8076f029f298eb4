package extract

import (
	"slices"
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// pluralBodyHeads open a list of bodies that share one head, written once
// in the plural: "the Departments of State, Defense, and Commerce" are the
// Department of State, the Department of Defense and the Department of
// Commerce.
var pluralBodyHeads = map[string]string{
	"departments": "Department",
	"ministries":  "Ministry",
}

// compoundPortfolios are portfolios whose names hold an "and": in a
// list of bodies they are one item, not two ("the Departments of Education
// and Health and Human Services" are two departments).
var compoundPortfolios = []string{
	"health and human services", "housing and urban development", "health and family welfare",
	"foreign affairs and trade", "food and agriculture", "science and technology", "trade and industry",
	"labor and employment", "labour and employment", "environment and forests", "fisheries and oceans",
	"employment and social development", "culture and tourism", "youth and sports", "energy and mines",
	"agriculture and rural development", "economy and finance", "finance and economic planning",
	"land and natural resources", "women and child development", "planning and development",
}

// bodyList reads a list of bodies named with one plural head at token a
// ("Departments of Labor and State", "the Ministries of Health, Education
// and Finance", "the Departments of Agriculture, Housing and Urban
// Development, Justice, the Treasury, and Veterans Affairs") and names each
// body in full under the singular head, its mention the words of its own
// item. Commas part the items; with a comma before the closing "and" an
// item between commas is one body even with an "and" inside ("Housing and
// Urban Development"); otherwise an "and" parts items unless it is one of
// a compound portfolio. It returns the token after the list, or a when the
// words at a are no such list: one body alone, or an item that is not a
// short run of capitalized words or holds a title or a known name of
// another kind ("Departments of State and Commerce Secretary X",
// "Ministries of Peru and Chile") leave the words to the other rules.
func (s *state) bodyList(a int) int {
	head, ok := pluralBodyHeads[s.lw(a)]
	if !ok || !text.IsCap(s.word(a)) || s.lw(a+1) != "of" || s.titleCaseAt(a) {
		return a // "Departments of Energy and Transportation Announce New Actions": a heading's words
	}
	type item = listItem
	var buf [8]listItem
	items, oxford := s.readList(buf[:], a+2, func(k int) int {
		e := k
		for e < len(s.toks) && s.sentOf[e] == s.sentOf[a] && (s.capLike(e) || e > k && (s.lw(e) == "and" || s.lw(e) == "of") && s.capLike(e+1)) {
			e++
		}
		return e
	}, func(k int) bool {
		// "Departments of Labor and State, and USAID": another body
		return s.atomStarts(k) || text.IsAllCaps(s.word(k)) && len(s.word(k)) > 1 || s.bodyAt(k)
	})
	if len(items) == 0 {
		return a
	}
	var parts []item
	for i, it := range items {
		if oxford && i < len(items)-1 {
			parts = append(parts, it) // between commas: one body
			continue
		}
		from := it.a
		for j := it.a + 1; j < it.b-1; j++ {
			if (s.lw(j) == "and" || s.word(j) == "&") && !s.compoundAnd(it.a, it.b, j) {
				parts = append(parts, item{from, j})
				from = j + 1
			}
		}
		parts = append(parts, item{from, it.b})
	}
	if len(parts) < 2 {
		return a
	}
	for _, p := range parts {
		if p.b-p.a > 4 || p.b <= p.a || s.lw(p.b-1) == "of" {
			return a
		}
		for j := p.a; j < p.b; j++ {
			if s.is(j, cTitleHeads) || s.is(j, cHonorifics) || s.mentAt(j) != nil {
				return a
			}
		}
		if ai := s.atomIdx(p.a); ai >= 0 && s.atoms[ai].Entry.Type != annals.Org {
			return a // "Ministries of Peru and Chile" are no portfolios
		}
	}
	for _, p := range parts {
		start, end := s.toks[p.a].Start, s.endNoPoss(p.b-1)
		name := head + " of " + clean(s.text[start:end])
		if s.lw(p.a-1) == "the" {
			name = head + " of the " + clean(s.text[start:end])
		}
		var e *ent
		if es := s.x.gaz.Lookup(name); len(es) > 0 && es[0].Type == annals.Org {
			e = s.entity(es[0].Key, annals.Org, es[0].Name, es[0])
		} else {
			e = s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil)
		}
		if e.typ == annals.Org {
			s.addMention(e, p.a, p.b, start, end, mItem)
		}
	}
	return items[len(items)-1].b
}

// compoundAnd reports whether the "and" at token j of the run [a,b) is
// one of a compound portfolio's name ("Health and Human Services").
func (s *state) compoundAnd(a, b, j int) bool {
	for _, c := range compoundPortfolios {
		ws := strings.Fields(c)
		at := slices.Index(ws, "and")
		lo := j - at
		if lo < a || lo+len(ws) > b {
			continue
		}
		ok := true
		for i, w := range ws {
			if s.lw(lo+i) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// bodyAt reports whether the run of capitalized words at token k ends
// with the head of a body's name: "the Environmental Protection Agency",
// "the First Movers Coalition" after a list of departments are bodies of
// their own ("Human Services" is a portfolio).
func (s *state) bodyAt(k int) bool {
	e := k
	for e < len(s.toks) && s.capLike(e) {
		e++
	}
	w := s.lw(e - 1)
	return e > k && orgHeads.has(w) && w != "services" && w != "service"
}

// titleCaseAt reports whether the sentence of token k is a heading in
// Title Case (see titleCaseSentence): every word of four letters or more
// capitalized, and no full stop at its end (a sentence that lists bodies
// may have nothing but names).
func (s *state) titleCaseAt(k int) bool {
	si := s.sentOf[k]
	if w := s.word(s.sentTok[si][1] - 1); w == "." || w == "!" || w == "?" {
		return false
	}
	caps, words := 0, 0
	for j := s.sentTok[si][0]; j < s.sentTok[si][1]; j++ {
		w := s.word(j)
		if s.toks[j].Kind == text.Number {
			return false
		}
		if s.toks[j].Kind != text.Word || len(w) < 4 {
			continue
		}
		words++
		if text.IsCap(w) {
			caps++
		}
	}
	return words >= 3 && caps == words
}

// listItem is an item of a list: tokens [a,b).
type listItem struct{ a, b int }

// readList reads the items of a list from token k: items parted by ",",
// "and", "&" or ", and", each opened by an optional "the". item returns
// the end of the item at k (k when there is none); stop reports whether
// the list ends before the item at k. oxford is set when a comma comes
// before the closing "and". The items are appended to buf[:0]: a caller
// passes an array of its own (a few items on its stack), as the lists
// are asked for at every chunk of a story and most are one item or none.
func (s *state) readList(buf []listItem, k int, item func(k int) int, stop func(k int) bool) (items []listItem, oxford bool) {
	items = buf[:0]
	for n := 0; n < 24; n++ {
		closing := false
		if n > 0 {
			switch {
			case s.word(k) == "," && s.lw(k+1) == "and":
				closing = true
				k += 2
			case s.word(k) == "," || s.lw(k) == "and" || s.word(k) == "&":
				k++
			default:
				return items, oxford
			}
		}
		if s.lw(k) == "the" {
			k++
		}
		if n > 0 && stop(k) {
			return items, oxford
		}
		e := item(k)
		if e <= k {
			return items, oxford // ", and the" with no item after it
		}
		oxford = oxford || closing
		items = append(items, listItem{k, e})
		k = e
	}
	return items, oxford
}
