package chronicle

// Names: two reports whose titles name two events are two events.
//
// Participants and dates alone join reports of other events of the same
// days: a summit and a conference held in one city the same week, the
// meetings of a leader's trip, a plan told a year ahead ("will host the
// Special Summit in 2023") and another summit of that year ("the Vilnius
// Summit"). When both reports' titles are names ("Tribal Nations Summit",
// "North American Leaders' Summit", "Caspian Baku Summit" and "Caspian
// Astana Summit") and each has a word the other lacks, they tell two
// events, whatever else they share; a name and its shorter form ("Caspian
// Summit"), or its acronym, are one, and a description ("the half-day
// forum") or a title of generic words ("the bilateral meeting") is no
// name and refuses nothing. Settle holds the names of a group of
// reports as it holds their dates (DateSpan), so that reports without a
// name never chain two named events into one; a group's names are those
// no other of its names holds, so that two shorter forms of its name
// ("Special Summit", "U.S.-ASEAN Summit") join it.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/internal/resolve"
)

// Name is what a report's title says of the one event it names: its
// specific words (TitleTokens without the generic words, their plurals
// or single letters), and all its words in order (for acronyms: "TTC" names the
// "Trade and Technology Council", "UN" the "United Nations"). The zero
// Name is no name.
type Name struct {
	Words  []string
	Tokens []string
}

// TitleName is the name a title gives its event: none unless one of its
// specific words of two letters or more is written with a capital
// ("U.S.-ASEAN Special Summit", "Tribal Nations Summit"; not "the
// half-day forum", "an international meeting", "the Bilateral Meeting",
// "the White House summit": seats.go).
func TitleName(title string) Name {
	capital := false
	raw := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	lower := make([]string, len(raw))
	for i, w := range raw {
		lower[i] = strings.ToLower(resolve.Normalize(w))
	}
	for i := 0; i < len(raw) && !capital; i++ {
		if n := seatAt(lower, i); n > 0 { // "White House" names no event
			i += n - 1
			continue
		}
		if r, _ := utf8.DecodeRuneInString(raw[i]); unicode.IsUpper(r) && utf8.RuneCountInString(raw[i]) > 1 {
			lw := lower[i]
			capital = !genericTitle[lw] && !titleStop[lw] && ordinalNumber(lw) == 0
		}
	}
	if !capital {
		return Name{}
	}
	var n Name
	words, _ := TitleTokens(title)
	for _, w := range specific(words) {
		if utf8.RuneCountInString(w) > 1 && !genericTitle[strings.TrimSuffix(w, "s")] {
			n.Words = append(n.Words, w)
		}
	}
	if len(n.Words) == 0 {
		return Name{}
	}
	n.Tokens = strings.FieldsFunc(resolve.Normalize(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return n
}

// Named says whether the title is a name.
func (n Name) Named() bool { return len(n.Words) > 0 }

// Clash says whether n and o name two events: both are names and each
// has a word the other lacks ("G7 Elmau Summit" and "G7 Hiroshima
// Summit", "Tribal Nations Summit" and "North American Leaders'
// Summit"). A name whose words the other holds is a shorter form of it
// ("G7 Summit", "Caspian Summit" of the "Caspian Energy Summit"); a
// number is the edition's (Report.Ord), and an acronym stands for the
// words it abbreviates ("UN Climate Conference" and "United Nations
// Climate Conference", "STC" and "Steppe Trade Council").
//
// Names that share more words than either has of its own are one: "the
// first meeting of the interagency Task Force on Refugee Health" and
// "the Vice Minister's first meeting of the Task Force on Refugee Health
// Access".
func (n Name) Clash(o Name) bool {
	if !n.Named() || !o.Named() {
		return false
	}
	own, oOwn := n.own(o), o.own(n)
	if own == 0 || oOwn == 0 {
		return false
	}
	shared := 0
	for _, w := range n.Words {
		if slices.Contains(o.Words, w) {
			shared++
		}
	}
	return shared <= own || shared <= oOwn
}

// own counts the words of n that o lacks: not one of o's words, not a
// number, not the initials of a run of o's words.
func (n Name) own(o Name) int {
	k := 0
	for _, w := range n.Words {
		if !slices.Contains(o.Words, w) && !number(w) && !o.abbreviates(w) {
			k++
		}
	}
	return k
}

// number says whether a word is all digits.
func number(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// abbreviates says whether w is the initials of two or more of n's
// words in a row, with or without the small words among them ("csp" of
// "council of the steppe parties").
func (n Name) abbreviates(w string) bool {
	for i := range n.Tokens {
		var all, big []rune
		for j := i; j < len(n.Tokens) && len(all) < 12; j++ {
			r, _ := utf8.DecodeRuneInString(n.Tokens[j])
			all = append(all, r)
			if !titleStop[n.Tokens[j]] {
				big = append(big, r)
			}
			if j > i && (string(all) == w || len(big) > 1 && string(big) == w) {
				return true
			}
		}
	}
	return false
}

// key identifies a name among a group's (its words).
func (n Name) key() string { return strings.Join(n.Words, " ") }

// maxNames bounds the names a group of reports holds for the guard: a
// real event goes by a few.
const maxNames = 8

// namesClash says whether a name of one group names another event than a
// name of the other.
func namesClash(a, b []Name) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Clash(y) {
				return true
			}
		}
	}
	return false
}

// addNames is the names of two groups together, each once: only those
// no other of them holds (a "Special Summit" and a "U.S.-ASEAN Summit"
// are the "U.S.-ASEAN Special Summit" they join, not two summits), in the
// order of their words, at most maxNames.
func addNames(a, b []Name) []Name {
	all := append(slices.Clone(a), b...)
	var out []Name
	for i, x := range all {
		held := false
		for j, y := range all {
			if i != j && x.own(y) == 0 && (y.own(x) > 0 || len(y.Words) > len(x.Words) || len(y.Words) == len(x.Words) && (y.key() < x.key() || y.key() == x.key() && j < i)) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, x)
		}
	}
	slices.SortFunc(out, func(x, y Name) int { return strings.Compare(x.key(), y.key()) })
	if len(out) > maxNames {
		out = out[:maxNames]
	}
	return out
}
