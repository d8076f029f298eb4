package extract

import (
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// pluralPlaceHeads name places of a kind in the plural; the value is the
// word a place of a kind named for its head takes after its name ("Bedford
// County"), or "" when a place of that kind goes by its name alone
// ("Chicago" of "the cities of Chicago and Newark").
var pluralPlaceHeads = map[string]string{
	"counties": "County", "parishes": "Parish", "boroughs": "Borough",
	"cities": "", "towns": "", "villages": "", "municipalities": "", "provinces": "", "regions": "",
	"districts": "", "states": "", "islands": "", "territories": "",
}

// placeKindBefore returns the kind of places in the plural that the list
// at token a names: "counties of", "cities like", "cities such as",
// "counties including".
func (s *state) placeKindBefore(a int) (string, bool) {
	k := a - 1
	switch s.lw(k) {
	case "of", "like", "including":
	case "as":
		if s.lw(k-1) != "such" {
			return "", false
		}
		k--
	default:
		return "", false
	}
	w := s.lw(k - 1)
	if _, ok := pluralPlaceHeads[w]; !ok || k < 1 {
		return "", false
	}
	return w, true
}

// placeList reads a list of places of one kind at token a: after the
// kind in the plural and "of", "like" or "such as" ("in the counties of
// Bedford, Cannon, and Coffee", "cities like Chicago, Milwaukee, and
// Newark"), or before it
// ("in Adams, Brown, and Clark Counties"). Each item is a place, named
// with the kind's word where places of that kind carry it ("Bedford
// County"): a list of counties is no list of people ("Jackson, Moore,
// Scott") or of bodies. It returns the token after the list, or a when
// the words at a are no such list: fewer than two items, an item longer
// than three words, a title, a known name of a body or a person, or
// (before the kind) a known region or country ("in Texas and Florida
// counties" are counties of those states).
func (s *state) placeList(a int) int {
	kind, after := s.placeKindBefore(a)
	var buf [8]listItem
	items, _ := s.readList(buf[:], a, func(k int) int {
		e := k
		for e < len(s.toks) && s.sentOf[e] == s.sentOf[a] && e-k < 4 {
			switch {
			case s.capLike(e) && s.lw(e) != "and":
			case s.word(e) == "." && e > k && (s.lw(e-1) == "st" || s.lw(e-1) == "ste" || s.lw(e-1) == "mt") && s.capLike(e+1):
			case s.word(e) == "-" && e > k && s.capLike(e+1) && s.toks[e-1].End == s.toks[e].Start && s.toks[e].End == s.toks[e+1].Start:
			default:
				return e
			}
			e++
		}
		return e
	}, func(k int) bool { return false })
	if n := len(items); n > 0 && s.lw(items[n-1].b) == "of" {
		// "the counties of X and Y, and the Eastern Band of Cherokee
		// Indians": a name with a complement is no place of the kind
		items = items[:n-1]
	}
	if len(items) < 2 {
		return a
	}
	last := &items[len(items)-1]
	if !after {
		// "Adams, Brown, and Clark Counties": the kind closes the last item
		// (only a kind whose places carry its word: "Tribes and Alaska
		// Native Villages" are no villages named "Tribes")
		w := s.lw(last.b - 1)
		if pluralPlaceHeads[w] == "" || last.b-last.a < 2 || w != strings.ToLower(s.word(last.b-1)) && !text.IsCap(s.word(last.b-1)) {
			return a
		}
		kind = w
		last.b--
	}
	for _, it := range items {
		if it.b-it.a > 3 || it.b-it.a == 1 && len(s.word(it.a)) <= 3 && text.IsAllCaps(s.word(it.a)) {
			return a // "Milwaukee, WI; Albuquerque, NM": places and their states
		}
		for j := it.a; j < it.b; j++ {
			if s.is(j, cTitleHeads) || s.is(j, cHonorifics) || s.is(j, cOrgHeads) || s.mentAt(j) != nil {
				return a
			}
			if ai := s.atomIdx(j); ai >= 0 {
				en := s.atoms[ai].Entry
				if en.Type != annals.Place || !after && en.Kind != gazetteer.City {
					return a
				}
			}
		}
	}
	word := pluralPlaceHeads[kind]
	for _, it := range items {
		start, end := s.toks[it.a].Start, s.endNoPoss(it.b-1)
		name := clean(s.text[start:end])
		if word != "" {
			name += " " + word
		}
		var e *ent
		if en := s.placeOfKind(name, kind); en != nil && word == "" {
			e = s.entity(en.Key, annals.Place, en.Name, en)
		} else {
			e = s.entity("place:"+gazetteer.Normalize(name), annals.Place, name, nil)
		}
		if e.typ == annals.Place {
			s.addMention(e, it.a, it.b, start, end, mItem)
		}
	}
	if !after {
		return last.b + 1
	}
	return last.b
}

// placeOfKind returns the gazetteer's place of the given name of a kind
// of places in the plural: a city for "cities", "towns", "villages" and
// "municipalities", no city for "states", "provinces", "regions" and the
// like ("New York" of "states including New York" is not the city), any
// place for "islands"; nil when the gazetteer has none.
func (s *state) placeOfKind(name, kind string) *gazetteer.Entry {
	for _, en := range s.x.gaz.Lookup(name) {
		if en.Type != annals.Place {
			continue
		}
		switch kind {
		case "cities", "towns", "villages", "municipalities":
			if en.Kind == gazetteer.City {
				return en
			}
		case "islands":
			return en
		default:
			if en.Kind != gazetteer.City {
				return en
			}
		}
	}
	return nil
}

// townWords open the names of towns: "St. Paul", "Fort Worth", "Port
// Arthur", "Mount Vernon", "Lake Charles".
var townWords = set("st", "saint", "ste", "fort", "ft", "port", "mount", "mt", "lake", "new", "san", "santa", "los", "las", "el")

// townOfRegion reports whether the chunk [a,b) the lists do not know is a
// town set off before its state or country ("from Ann Arbor, Michigan,",
// "St. Paul, Minnesota has"): a comma and a region or a country the
// gazetteer knows follow it, and a word of place comes before it ("in",
// "from", "to") or a town's word opens it. Names of people stand so
// mostly with a title or as a signatory ("Senator X, Michigan"), or
// after a visit's verb.
func (s *state) townOfRegion(a, b int) bool {
	if b-a > 4 || s.atomIdx(a) >= 0 || !s.regionAfter(b) || !s.townName(a, b) {
		return false
	}
	// ("will visit Lime Springs, Iowa": a visit's verb goes to a place)
	return isLocative(s.lw(a-1)) || s.is(a, cTownWords) || s.is(a-1, cVisitVerbs)
}

// townName reports whether tokens [a,b) may name a town: capitalized
// words (a period after a town's word, "St. Paul"), none a title, an
// honorific or a body's head, none in capitals ("AA, NH").
func (s *state) townName(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.capLike(k) && !(s.word(k) == "." && k > a && s.is(k-1, cTownWords)) || s.is(k, cTitleHeads) || s.is(k, cHonorifics) || s.is(k, cOrgHeads) ||
			s.is(k, cStrictBodyHeads) || text.IsAllCaps(s.word(k)) {
			return false
		}
	}
	return true
}

// regionEnd returns the token after the region that regionAfter reads
// after the comma at token k (a known region's name; a postal code), or k.
func (s *state) regionEnd(k int) int {
	if !s.regionAfter(k) {
		return k
	}
	if w := s.word(k + 1); usStateCodes.has(w) {
		return k + 2
	} else if usStateShort.has(w) && s.word(k+2) == "." {
		return k + 3
	}
	return s.tokEndAt(s.atoms[s.atomIdx(k+1)].End)
}

// regionAfter reports whether a comma at token k sets off a region or a
// country the gazetteer knows, ending a name ("..., Michigan," but not
// "..., Michigan State University").
func (s *state) regionAfter(k int) bool {
	if s.word(k) != "," {
		return false
	}
	// "Detroit, MI", "Peoria, Ill.": a state's postal code or its short
	// form, which the lists do not hold (as words, "IN", "OR" and "Ill"
	// are common)
	if w := s.word(k + 1); usStateCodes.has(w) || usStateShort.has(w) && s.word(k+2) == "." {
		e := k + 2
		if usStateShort.has(w) {
			e++
		}
		return e >= len(s.toks) || !s.capLike(e)
	}
	ai := s.atomIdx(k + 1)
	if ai < 0 || s.tokAt(s.atoms[ai].Start) != k+1 || s.atoms[ai].Demonym {
		return false
	}
	if en := s.atoms[ai].Entry; en.Type != annals.Place || en.Kind == gazetteer.City {
		return false
	}
	e := s.tokEndAt(s.atoms[ai].End)
	return e >= len(s.toks) || !s.capLike(e)
}

// usStateCodes are the postal codes of the states of the United States,
// its capital and Puerto Rico.
var usStateCodes = set("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
	"KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
	"OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR")

// usStateShort are the short forms of states news style writes after a
// town, before their period ("Peoria, Ill.", "Dearborn, Mich.").
var usStateShort = set("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
	"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn",
	"Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo")
