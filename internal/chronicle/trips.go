package chronicle

// Trips: a visit is one trip to one country.
//
// The people rule (people.go) keeps two visitors' visits apart, but not
// one visitor's two trips of a month: the President's tour of London,
// Vilnius and Helsinki and his trip to Israel of the same month share the
// President, his country and the month ("in July"), and a report dated
// by the month links to each. A visit's place is where the visitor went:
// two visits whose places lie in two countries are two visits, as an
// event data set counts a tour of three countries as three visits. The
// country of a place is the gazetteer's (a city's country, a country's
// own), read only when the name is not ambiguous between countries (or one
// city of the name is ten times as large as the others: "London" is in
// Great Britain; "Georgia" is no country), and a report whose place is a participant of the other
// (its country named there, as "Israel" among the people and countries
// of a report placed in Jerusalem) is not kept apart by it. A seat of
// government ("the White House") gives no country, as it gives no place
// (seats.go). Settle holds the countries of a group of visit reports as
// it holds their people: a report placed nowhere never chains a visit to
// London and one to Israel into one.

import (
	"slices"

	"annals"
	"annals/internal/gazetteer"
)

// PlaceCountry is the ISO 3166 code of the country a visit's place
// (normalized, resolve.Normalize) lies in, "" when the gazetteer does not
// know it, knows it in two countries (but for a city ten times as large
// as the others of its name), or the place is a seat of government.
func PlaceCountry(norm string) string {
	if norm == "" || Seat(norm) {
		return ""
	}
	es := gazetteer.Default().Lookup(norm)
	var best *gazetteer.Entry
	for _, e := range es {
		if e.Type != annals.Place || e.Country == "" {
			continue
		}
		switch {
		case best == nil:
			best = e
		case e.Country == best.Country:
		case best.Kind == gazetteer.City && e.Kind == gazetteer.City && best.Population >= 10*max(e.Population, 1):
		default:
			return ""
		}
	}
	if best == nil {
		return ""
	}
	return best.Country
}

// country is PlaceCountry of a visit report's place, computed once.
func (r *Report) country() string {
	if !r.hasCountry {
		r.countryCode, r.hasCountry = "", true
		if r.Type == string(annals.Visit) {
			r.countryCode = PlaceCountry(r.PlaceNorm)
		}
	}
	return r.countryCode
}

// tripsApart says whether two visit reports tell two trips: their places
// lie in two countries, and neither place is a participant of the other.
func tripsApart(a, b *Report) bool {
	ca, cb := a.country(), b.country()
	if ca == "" || cb == "" || ca == cb {
		return false
	}
	_, aIn := slices.BinarySearch(b.Parts, a.Place)
	_, bIn := slices.BinarySearch(a.Parts, b.Place)
	return !(a.Place != 0 && aIn) && !(b.Place != 0 && bIn)
}

// countriesClash says whether two groups of visit reports, holding the
// countries of their places (each once), are two trips: both went
// somewhere, and not to one country.
func countriesClash(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !slices.ContainsFunc(a, func(c string) bool { return slices.Contains(b, c) })
}

// addCountries is the countries of two groups together, each once,
// sorted.
func addCountries(a, b []string) []string {
	out := slices.Clone(a)
	for _, c := range b {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}
