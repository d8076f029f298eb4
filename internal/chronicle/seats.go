package chronicle

// Seats: a seat of government named as a building names no event.
//
// "The White House" is where a government's every event is held and the
// word its releases put before any of them: the "White House Summit on
// Extreme Heat", the "White House Tribal Nations Summit", the "White
// House Conference on Hunger", meetings "at the White House". Two reports
// "at the White House", or two titles sharing only "White House", tell
// nothing of being one event: the link rule reads such a name neither as
// a shared place nor as title words ("White House Summit" is no name,
// and shares no word with the "White House Water Summit"; the "White
// House Water Summit" and the "Water Summit" are one name).

import (
	"slices"
	"strings"
	"unicode"

	"annals/internal/gazetteer"
	"annals/internal/resolve"
)

// seats are the seats of government and their rooms, as their words
// normalized (resolve.Normalize): a head of state's or government's
// house, and the rooms and grounds a release names for its events.
var seats = [][]string{
	{"white", "house"}, {"blair", "house"}, {"kremlin"}, {"elysee"}, {"downing", "street"}, {"blue", "house"},
	{"oval", "office"}, {"rose", "garden"}, {"east", "room"}, {"roosevelt", "room"}, {"situation", "room"},
	{"state", "dining", "room"}, {"cabinet", "room"}, {"south", "lawn"}, {"indian", "treaty", "room"},
	{"eisenhower", "executive", "office", "building"}, {"zhongnanhai"},
}

// seatCities are the capitals the seats lie in (their first word, as
// seats name them) and the capitals' countries: a report placed in
// Washington or in the United States was held where the White House
// is.
var seatCities = map[string][2]string{
	"white": {"washington", "US"}, "blair": {"washington", "US"}, "oval": {"washington", "US"}, "rose": {"washington", "US"},
	"east": {"washington", "US"}, "roosevelt": {"washington", "US"}, "situation": {"washington", "US"}, "state": {"washington", "US"},
	"cabinet": {"washington", "US"}, "south": {"washington", "US"}, "indian": {"washington", "US"}, "eisenhower": {"washington", "US"},
	"kremlin": {"moscow", "RU"}, "elysee": {"paris", "FR"}, "downing": {"london", "GB"}, "blue": {"seoul", "KR"},
	"zhongnanhai": {"beijing", "CN"},
}

// seatShared says whether p, a participant of both reports, is a seat of
// government that counts nothing for their link: the two were held at
// places that disagree. Every release of a government names its seat
// ("the White House announced"); a visit of the President to a factory
// in Durham and a guest's visit to the White House of that month share
// him, the month and the seat, and are two visits. Reports held at one
// place, or placed nowhere, still share it as half a participant (the
// copies of a release naming a guest and the White House).
func seatShared(a, b *Report, p int64) bool {
	if _, seat := slices.BinarySearch(a.Seats, p); !seat {
		if _, seat := slices.BinarySearch(b.Seats, p); !seat {
			return false
		}
	}
	return !placesAgree(a, b)
}

// placesAgree says whether two reports may have been held at one place:
// either is placed nowhere, both at one place or at seats of
// government, one at a seat and the other in its city or country
// ("Washington, D.C.", "the United States" and "the White House"), one
// in a country and the other in a city of it; not Durham and the White
// House, nor Durham and Raleigh.
func placesAgree(a, b *Report) bool {
	an, bn := a.PlaceNorm, b.PlaceNorm
	if an == "" && a.Place == 0 || bn == "" && b.Place == 0 || a.Place != 0 && a.Place == b.Place || an == bn {
		return true
	}
	ac, acc, aCountry := placeWhere(an)
	bc, bcc, bCountry := placeWhere(bn)
	switch {
	case ac != "" && bc != "" && (ac == bc || strings.HasPrefix(ac, bc+" ") || strings.HasPrefix(bc, ac+" ")):
		return true // one city ("washington" and "washington d c"), or two seats of one
	case aCountry && acc != "" && acc == bcc, bCountry && bcc != "" && bcc == acc:
		return true // a country and a place in it
	}
	return false
}

// placeWhere is the city a place (normalized) is in (a seat's capital,
// or the place's own name when it is no country), the ISO code of its
// country, and whether it is a country.
func placeWhere(norm string) (city, cc string, country bool) {
	words := strings.FieldsFunc(strings.TrimPrefix(norm, "the "), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return "", "", false
	}
	if Seat(norm) {
		for _, w := range words {
			if c, ok := seatCities[w]; ok {
				return c[0], c[1], false
			}
		}
		return "", "", false
	}
	for _, e := range gazetteer.Default().Lookup(norm) {
		if e.Kind == gazetteer.Country && e.Country != "" {
			return "", e.Country, true
		}
	}
	return strings.Join(words, " "), PlaceCountry(norm), false
}

// seatAt is the number of words of a seat's name that start at words[i]
// (lower case), 0 when none does.
func seatAt(words []string, i int) int {
	for _, s := range seats {
		if i+len(s) > len(words) || words[i] != s[0] {
			continue
		}
		n := 1
		for n < len(s) && words[i+n] == s[n] {
			n++
		}
		if n == len(s) {
			return n
		}
	}
	return 0
}

// Seat says whether a place's name (as written, or normalized) is a
// seat of government: "the White House", "Élysée Palace", "the Kremlin",
// "the Rose Garden".
func Seat(place string) bool {
	words := strings.Fields(strings.TrimPrefix(resolve.Normalize(place), "the "))
	for _, w := range []string{"palace", "number", "no", "10"} {
		if len(words) > 1 && (words[len(words)-1] == w || words[0] == w) {
			if words[0] == w {
				words = words[1:]
			} else {
				words = words[:len(words)-1]
			}
		}
	}
	return len(words) > 0 && seatAt(words, 0) == len(words)
}

// seatPlace is a report's place as the link rule reads it: none when it
// is a seat of government.
func seatPlace(r *Report) (id int64, norm string) {
	if r.PlaceNorm != "" && Seat(r.PlaceNorm) {
		return 0, ""
	}
	return r.Place, r.PlaceNorm
}
