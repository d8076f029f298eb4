package extract

import (
	"strings"

	"annals/internal/text"
)

// streetWords end the names of streets.
var streetWords = set("street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "drive", "lane", "parkway", "way", "place")

// quadrants follow a street's name in a city divided into them ("15th
// Street NW", "New Jersey Avenue SE").
var quadrants = set("nw", "ne", "sw", "se", "n.w", "n.e", "s.w", "s.e")

// dropAddresses removes the names read inside street addresses: a
// street's name with a house number or an ordinal before it ("1600
// Pennsylvania Avenue", "14th Street") or a quadrant after it ("15th
// Street NW", "Constitution Avenue NW"). An address names no place,
// person or organization the story is about: "15th Street NW" was an
// organization, "NW and Constitution Avenue" or "Street and Independence
// Avenue" a place, "New Jersey" of "New Jersey Avenue SE" the state.
// Streets without either ("Wall Street", "Pennsylvania Avenue" alone)
// keep their names.
func (s *state) dropAddresses() {
	var zones [][2]int
	for i := range s.toks {
		// (the capital first: the word list is a map read by string,
		// and most tokens have none)
		if !text.IsCap(s.word(i)) || !s.is(i, cStreetWords) {
			continue
		}
		end := i + 1
		if s.word(end) == "." && (s.lw(i) == "st" || s.lw(i) == "ave" || s.lw(i) == "blvd" || s.lw(i) == "rd") {
			end++
		}
		quadrant := quadrants.has(strings.TrimSuffix(s.lw(end), ".")) && text.IsAllCaps(s.word(end))
		// the street's own name: up to four capitalized words or an
		// ordinal ("15th"), after a house number or not
		// (within the sentence and the line: "NEW YORK 1996-08-30\nFor
		// Wall Street, this is ..." has no house number)
		j := i
		for j > 0 && i-j < 4 && s.capLike(j-1) && !s.is(j-1, cStreetWords) && !s.is(j-1, cQuadrants) && !s.lineStart[j] && s.sentOf[j-1] == s.sentOf[i] {
			j--
		}
		if s.lineStart[j] || j > 0 && s.sentOf[j-1] != s.sentOf[i] {
			if !quadrants.has(strings.TrimSuffix(s.lw(end), ".")) {
				continue
			}
		}
		numbered := false
		if j > 0 && isOrdinal(s.lw(j-1)) {
			j--
			numbered = true
		}
		// (a year is no house number: "the 1920 Wall Street bombing")
		if j > 0 && s.toks[j-1].Kind == text.Number && !isOrdinal(s.lw(j-1)) && !yearLike(s.word(j-1)) {
			j--
			numbered = true
		}
		if j == i && !numbered {
			continue // "Street" alone
		}
		if !numbered && !quadrant {
			continue
		}
		if quadrant {
			end++
			if s.word(end) == "." {
				end++
			}
		}
		// a name goes on after the street's: "16th Street Baptist
		// Church", "St Mirren", "Road Ahead Partnership"
		if s.capLike(end) && !strings.HasSuffix(s.word(end-1), ".") {
			continue
		}
		zones = append(zones, [2]int{j, end})
	}
	if len(zones) == 0 {
		return
	}
	// the tokens of addresses, marked once: a mention is looked at token
	// by token, not against every address (linear in a story of many)
	inAddress := make([]bool, len(s.toks))
	for _, z := range zones {
		for k := z[0]; k < z[1] && k < len(inAddress); k++ {
			inAddress[k] = true
		}
	}
	var drop []*mention
	for _, e := range s.ents {
		for _, m := range e.ments {
			for k := m.a; k < m.b; k++ {
				if inAddress[k] {
					drop = append(drop, m)
					break
				}
			}
		}
	}
	for _, m := range drop {
		s.dropMention(m)
	}
}

// yearLike reports whether w is a number of four digits from 1800 to 2099.
func yearLike(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}
