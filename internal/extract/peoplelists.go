package extract

import (
	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// Lists of people after one title in the plural.
//
// "Representatives Jason Smith and Panetta, and Senators Thune and
// Warner", "Ministers Kovac and Orban": the title is written once, in the
// plural, and each name after it is a person, however short. Read one at
// a time, a surname no list knows is anything the tagger guesses ("Panetta"
// a place, "Lummis" a body, "Representatives Neguse" a place).

// pluralPersonTitles are titles in the plural that open a list of people.
var pluralPersonTitles = set("representatives", "senators", "governors", "mayors", "ministers", "ambassadors",
	"commissioners", "secretaries", "congressmen", "congresswomen", "councilmembers", "judges", "justices",
	"presidents", "chancellors", "reps", "sens", "drs")

// titledPeople reads a list of people after the plural title at token k
// ("Senators Hickenlooper, Lummis and Wyden") and names each item a
// person. It returns the token after the list, or k when the words at k
// are no such list: the title not capitalized or not before a name, fewer
// than two items, or an item that is no short run of capitalized words
// or holds a head, a title or a name the lists know of another kind.
func (s *state) titledPeople(k int) int {
	if !s.is(k, cPluralPersonTitles) || !text.IsCap(s.word(k)) || s.titleCaseAt(k) {
		return k
	}
	a := k + 1
	if s.word(a) == "." { // "Sens. Thune and Warner"
		a++
	}
	bad := false
	var buf [8]listItem
	items, _ := s.readList(buf[:], a, func(i int) int {
		e := i
		// up to three words, with the periods of initials ("George W. Bush")
		// and particles ("von der Leyen")
		for e < len(s.toks) && e-i < 5 && s.sentOf[e] == s.sentOf[k] && (s.personListWord(e) || s.is(e, cTitleSurnames) && s.capLike(e) || s.word(e) == "." && e > i && isInitial(s.word(e-1)) && s.capLike(e+1) ||
			s.is(e, cNameParticles) && s.particleRun(e, e+3)) {
			e++
		}
		return e
	}, func(i int) bool {
		return !s.personListWord(i) && !(s.is(i, cTitleSurnames) && s.capLike(i)) && !(s.is(i, cNameParticles) && s.particleRun(i, i+3))
	})
	// the list ends with the item after "and" ("... and Warner, the
	// State's senior senator")
	for n, it := range items {
		if n > 0 && s.lw(it.a-1) == "and" {
			items = items[:n+1]
			break
		}
	}
	if len(items) < 2 || s.capLike(items[len(items)-1].b) {
		return k
	}
	for _, it := range items {
		for i := it.a; i < it.b; i++ {
			// (a particle may be a town's name: "Van Hollen", and so may a
			// surname: "Representatives Timmons and Khanna")
			if ai := s.atomIdx(i); ai >= 0 && s.atoms[ai].Entry.Type != annals.Person && !(s.is(i, cNameParticles) && i+1 < it.b) && s.atoms[ai].Entry.Kind != gazetteer.City {
				bad = true
			}
		}
	}
	if bad {
		return k
	}
	for _, it := range items {
		s.person(it.a, it.b)
	}
	return items[len(items)-1].b
}

// personListWord reports whether token i may be a word of a name in a
// list of people: capitalized, no connector, head or title.
func (s *state) personListWord(i int) bool {
	w := s.lw(i)
	return s.capLike(i) && !s.connectorAt(i) && !orgHeads.has(w) && !placeHeads.has(w) && !titleHeads.has(w) && !titleModifiers.has(w) &&
		!pluralPersonTitles.has(w) && !honorifics.has(w)
}

// titleRunStart returns where the title words before token k begin, no
// earlier than a: "Prime Ministers", "U.S. Senators" are one title.
func (s *state) titleRunStart(a, k int) int {
	for k > a && text.IsCap(s.word(k-1)) && (s.is(k-1, cTitleModifiers) || s.is(k-1, cTitleHeads)) {
		k--
	}
	return k
}
