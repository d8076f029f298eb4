package extract

import (
	"annals"
	"annals/internal/gazetteer"
)

// Homonyms: a country's name that is also a place within another
// country. The gazetteer answers the country first ("Georgia" is the
// country before the US state); among that other country's places the
// name is the place:
//
//	approved requests for Alabama, Florida, Georgia, and South Carolina
//	in Atlanta, Georgia
//	the state of Georgia
//	Georgia State Representative Jane Doe
//	in Georgia and other states
//
// A story that reads one mention so reads the rest of that name so,
// unless its words make another mention the country ("Tbilisi, Georgia",
// "Georgia, Armenia and Azerbaijan").

// readHomonyms rewrites the entry of each gazetteer match in s.atoms that
// names a country where the words around it make it a place of another
// country (see above).
func (s *state) readHomonyms() {
	var inner map[string]*gazetteer.Entry // surface -> the place read where some mention is one
	var country map[string]bool           // surface -> some mention is the country
	var open []int                        // atoms left to the story's reading
	for ai := range s.atoms {
		a := &s.atoms[ai]
		if a.Entry == nil || a.Entry.Kind != gazetteer.Country || a.Demonym || a.Acronym || s.skipAtom[ai] {
			continue
		}
		alt := s.innerPlace(a)
		if alt == nil {
			continue
		}
		switch s.homonymContext(ai, alt.Country, a.Entry.Country) {
		case alt.Country:
			if inner == nil {
				inner = map[string]*gazetteer.Entry{}
			}
			inner[a.Surface] = alt
			a.Entry = alt
		case a.Entry.Country:
			if country == nil {
				country = map[string]bool{}
			}
			country[a.Surface] = true
		default:
			open = append(open, ai)
		}
	}
	// a story that names places of the other country and none of the
	// homonym's own: "The Vice President will travel to Georgia today"
	// in a story of Atlanta or Ohio; the name stays as the tagger reads
	// it, but the country takes no part in the story's events
	for _, ai := range open {
		a := &s.atoms[ai]
		if inner[a.Surface] != nil || country[a.Surface] || s.homeHomonyms[a.Surface] {
			continue
		}
		if alt := s.innerPlace(a); alt != nil && s.storyOfPlaces(open, alt.Country, a.Entry.Country, a.Surface) {
			if s.homeHomonyms == nil {
				s.homeHomonyms = map[string]bool{}
			}
			s.homeHomonyms[a.Surface] = true
		}
	}
	for _, ai := range open {
		a := &s.atoms[ai]
		if e := inner[a.Surface]; e != nil && !country[a.Surface] {
			a.Entry = e
		}
	}
}

// innerPlace returns the place of another country than the country
// match a names that the gazetteer also knows by a's name (a region or a
// city), or nil.
func (s *state) innerPlace(a *gazetteer.Match) *gazetteer.Entry {
	for _, en := range s.x.gaz.Lookup(a.Surface) {
		if en.Type == annals.Place && en.Kind != gazetteer.Country && en.Country != "" && en.Country != a.Entry.Country {
			return en
		}
	}
	return nil
}

// homonymContext returns the country (its ISO code, inner or outer) whose
// place the words next to atom ai make it: a neighbour in a list or a city
// before a comma that lies in that country ("Florida, Georgia", "Atlanta,
// Georgia"; a country for the outer: "Armenia and Georgia"), "the state
// of" before it or "State" after it (inner), or "and other" states
// (inner) or countries (outer) after it; "" when they say nothing.
func (s *state) homonymContext(ai int, inner, outer string) string {
	a, b := s.tokAt(s.atoms[ai].Start), s.tokEndAt(s.atoms[ai].End)
	// "the state of Georgia", "Georgia State Representative"
	if s.lw(a-1) == "of" && s.lw(a-2) == "state" || s.word(b) == "State" {
		return inner
	}
	// "in Georgia and other states", "Georgia and other countries"
	if w := s.lw(b); (w == "and" || w == "or") && s.lw(b+1) == "other" {
		switch s.lw(b + 2) {
		case "states", "provinces":
			return inner
		case "countries", "nations":
			return outer
		}
	}
	for _, n := range []int{ai - 1, ai + 1} {
		if n < 0 || n >= len(s.atoms) || s.skipAtom[n] || s.atoms[n].Entry == nil || s.atoms[n].Demonym {
			continue
		}
		lo, hi := n, ai
		if n > ai {
			lo, hi = ai, n
		}
		if !s.listGlue(s.tokEndAt(s.atoms[lo].End), s.tokAt(s.atoms[hi].Start)) {
			continue
		}
		switch e := s.atoms[n].Entry; {
		case e.Type != annals.Place:
		case e.Kind == gazetteer.Country:
			if e.Country != inner {
				return outer
			}
		case e.Country == inner:
			return inner
		case e.Country == outer:
			return outer
		}
	}
	return ""
}

// listGlue reports whether tokens a to b are the joints of a list or of a
// place and its region: a comma, "and" or "or", or a comma and one of
// them ("Florida, Georgia", "Alabama and Georgia", "Florida, and
// Georgia"), and nothing else.
func (s *state) listGlue(a, b int) bool {
	switch b - a {
	case 1:
		w := s.lw(a)
		return w == "," || w == "and" || w == "or"
	case 2:
		return s.word(a) == "," && (s.lw(a+1) == "and" || s.lw(a+1) == "or")
	}
	return false
}

// storyOfPlaces reports whether the story names a place of country in
// (ISO code) other than its capital and the homonym surface, and no
// place of country out, and none of the open homonym atoms of surface is
// named as a state's: "the President of Georgia", "the Embassy of
// Georgia".
func (s *state) storyOfPlaces(open []int, in, out, surface string) bool {
	for _, ai := range open {
		if s.atoms[ai].Surface != surface {
			continue
		}
		k := s.tokAt(s.atoms[ai].Start)
		if s.lw(k-1) == "of" && (s.isTitleWord(k-2) || s.is(k-2, cStateBodyNouns) || s.lw(k-2) == "republic" || s.lw(k-2) == "embassy") {
			return false
		}
	}
	found := false
	for ai := range s.atoms {
		a := &s.atoms[ai]
		e := a.Entry
		if e == nil || s.skipAtom[ai] || a.Demonym || e.Type != annals.Place || e.Kind == gazetteer.Country {
			continue
		}
		switch e.Country {
		case out:
			return false
		case in:
			found = found || a.Surface != surface && !s.x.gaz.Capital(e)
		}
	}
	return found
}

// homeHomonym reports whether e is a country the story names only as a
// place of another country (see homeHomonyms).
func (s *state) homeHomonym(e *ent) bool {
	if len(s.homeHomonyms) == 0 || !e.isCountry() {
		return false
	}
	for _, f := range e.forms {
		if s.homeHomonyms[f] {
			return true
		}
	}
	return s.homeHomonyms[e.name]
}
