package chronicle

// People: the visits of two visitors, the appointments of two appointees,
// the meetings told without a name of two guests, are two events.
//
// A visit is one person's (or one party's) trip, an appointment one
// person's office. Reports of one kind, one month and one shared party
// link though they tell another visitor or appointee: the month's state
// visits to Washington each name the President who welcomed the guest
// and the United States, a week's releases of one agency name the
// official who made each appointment. When both reports of a visit or an
// appointment name people and each names one the other does not, they
// tell two events, whatever else they share; a report that names fewer
// of them ("the President's visit to Prague" beside "President X and
// Prime Minister Y met during the President's visit to Prague") is the
// same event told shorter, and a report naming no one refuses no one,
// but joins a visit or an appointment naming people only through a
// participant that is no place, two places, or when it names no party
// the other does not (nobodyApart).
// People are compared by their last names ("Joe Biden" and "President
// Biden", "Elizabeth M. Allen" and "Liz Allen" are one person told
// twice: the store may hold them as two entities). Settle holds the
// people of a group of reports as it holds their names, so that a report
// naming only the host never chains two guests' visits into one, nor a
// report of a tour two leaders made (naming both) their own trips of the
// month; reports naming others besides someone in common (the host with
// the guest, the guest with a minister) join when a report holds them
// all.
//
// A report naming only the host and one naming only the guest name no
// one in common: they are two events, the price of not knowing which of
// a report's people is the visitor.
//
// A meeting told without a name is read so too (TellsPeople): a
// leader's bilateral meetings of a day ("President X met with Prime
// Minister Y in New York", "... with President Z") share the leader,
// the day and the city, and the reports of one of them name its two
// sides. A named meeting is told apart by its name; its reports name any
// of those who met.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"annals"
	"annals/internal/resolve"
)

// ByPeople says whether reports of type typ tell one person's event: a
// visit's visitor, an appointment's appointee.
func ByPeople(typ string) bool {
	return typ == string(annals.Visit) || typ == string(annals.Appointment)
}

// TellsPeople says whether the people a report names tell its event
// from others: a visit's or an appointment's (ByPeople), and a meeting's
// told without a name (TitleName). A leader's bilateral meetings of one
// day, each told without a name ("President X met with Prime Minister
// Y", "... with President Z"), share the leader, the day and often the
// city, and are one meeting each; a named meeting ("the Tidewater
// Leaders Meeting") is told by its name, and its reports name any of
// those who met there.
func TellsPeople(typ string, name Name) bool {
	return ByPeople(typ) || typ == string(annals.Meeting) && !name.Named()
}

// peopleRead says whether Settle reads the people of a stored event of
// type typ (Lookup.EventPeople): some of its reports may tell them.
func peopleRead(typ string) bool {
	return ByPeople(typ) || typ == string(annals.Meeting)
}

// PersonKey is how a person's name is compared with another's: its
// words, normalized, without initials or a generational suffix, the last
// name last ("Robert J. Fenton, Jr." is "robert fenton"); "" when none.
func PersonKey(name string) string {
	var words []string
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(resolve.Normalize(name))) {
		if utf8.RuneCountInString(w) > 1 && !nameSuffixes[w] {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// nameSuffixes end a person's name after their last name.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// People is the sorted set of PersonKey of names.
func People(names []string) []string {
	var out []string
	for _, n := range names {
		if k := PersonKey(n); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// samePerson says whether two PersonKeys may name one person: the last
// name of one is a word of the other ("biden" and "joseph biden",
// "kishida fumio" and "fumio kishida", "jill" and "jill biden"; not
// "john long" and "john smith").
func samePerson(p, q string) bool {
	return slices.Contains(strings.Fields(q), lastWord(p)) || slices.Contains(strings.Fields(p), lastWord(q))
}

func lastWord(p string) string {
	return p[strings.LastIndexByte(p, ' ')+1:]
}

// peopleClash says whether two reports' people (People) tell two
// events: both name someone, and each names someone the other does not.
func peopleClash(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !heldBy(a, b) && !heldBy(b, a)
}

// heldBy says whether every person of a may be one of b.
func heldBy(a, b []string) bool {
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q string) bool { return samePerson(p, q) }) {
			return false
		}
	}
	return true
}

// nobodyApart says whether a visit or an appointment report naming no
// one and one naming people are kept apart: the one naming no one names
// a party the other does not, and they share no participant but one
// place. A cohort's visit to Washington, its participants a fellowship
// and the United States, is not the German President's visit of that
// month to Washington, naming him, the President and the two countries:
// a report naming no one joins a visit naming people through the party
// it names, through the two countries of a state visit told by its
// countries ("the Kenyan state visit to the United States"), or when
// it names nothing the other does not ("the Vice President's trip to
// Tanzania", its participant Tanzania, is her visit told shorter), not
// through the one country where every visit of the month took place. A
// meeting is not read so: the countries a meeting names are its sides
// ("the United States and India met in New Delhi").
func nobodyApart(a, b *Report, shared []int64) bool {
	if !ByPeople(a.Type) || (len(a.People) == 0) == (len(b.People) == 0) || len(a.Parts) == 0 || len(b.Parts) == 0 {
		return false
	}
	nobody, other := a, b
	if len(a.People) > 0 {
		nobody, other = b, a
	}
	if !slices.ContainsFunc(nobody.Parts, func(p int64) bool { _, ok := slices.BinarySearch(other.Parts, p); return !ok }) {
		return false // it names no party the other does not
	}
	places := 0
	for _, p := range shared {
		if _, place := slices.BinarySearch(a.Places, p); !place {
			if _, place := slices.BinarySearch(b.Places, p); !place {
				return false
			}
		}
		places++
	}
	return places < 2
}

// disjoint says whether two reports' people have no one in common.
func disjoint(a, b []string) bool {
	for _, p := range a {
		if slices.ContainsFunc(b, func(q string) bool { return samePerson(p, q) }) {
			return false
		}
	}
	return true
}

// groupsPeopleClash says whether two groups' reports (their People, each
// set once) tell two events: a report of one names people none of the
// other's, and each someone the other does not (Harris's visit and
// Biden's, joined only by a report of a tour of both); or the two name
// others besides someone in common, and no report holds them all (the
// host with one guest, the host with another).
func groupsPeopleClash(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if !peopleClash(x, y) {
				continue
			}
			if disjoint(x, y) {
				return true
			}
			holds := func(z []string) bool { return heldBy(x, z) && heldBy(y, z) }
			if !slices.ContainsFunc(a, holds) && !slices.ContainsFunc(b, holds) {
				return true
			}
		}
	}
	return false
}

// maxPeople bounds the sets of people a group of reports holds for the
// guard.
const maxPeople = 16

// addPeople is the people of two groups together: each set once, in
// order, at most maxPeople.
func addPeople(a, b [][]string) [][]string {
	out := slices.Clone(a)
	for _, y := range b {
		if len(y) > 0 && !slices.ContainsFunc(out, func(x []string) bool { return slices.Equal(x, y) }) {
			out = append(out, y)
		}
	}
	slices.SortFunc(out, slices.Compare)
	if len(out) > maxPeople {
		out = out[:maxPeople]
	}
	return out
}
