package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/internal/gazetteer"
)

// FormRank orders the written forms of a name among the forms that
// Normalize makes one ("United States", "United States.", "the United
// States", "UNITED STATES"): the store shows the form of the lowest rank,
// then the first in byte order, which puts capitals first ("NATO" before
// "Nato", "European Union" before "European union") and plain letters
// before accented ones ("America" before "América"). The choice depends
// only on the forms seen, never on the order they came in.
//
// The rank is the form's Blemishes first, then its spaces: of two clean
// forms the one joined by hyphens wins ("Indo-Pacific", "Biden-Harris
// Administration", "Jean-Pierre"), since a story seldom hyphenates a
// name that is not.
//
// k is the kind the form was seen as: a form in capitals of a name that
// is no acronym ("IRAN" beside "Iran": Names gives it the kind of a name)
// is shouted, a blemish the form alone does not show.
//
// A form of a name the gazetteer writes with other capitals ("United
// StateS", a typo of one story, beside the gazetteer's "United States")
// counts a blemish too (Miscapitalized): the gazetteer's own form is
// shown before it, whichever came first and however the two sort in byte
// order.
func FormRank(s string, k Kind) int {
	b := Blemishes(s)
	if k != Acronym && !shouting(s) && WrittenAsAcronym(s) {
		b++
	}
	if Miscapitalized(s) {
		b++
	}
	return b*64 + min(strings.Count(s, " "), 63)
}

// Miscapitalized reports whether the built-in gazetteer writes the name
// s with other capitals and never as s: one of the names, acronyms,
// former names or demonyms of the entries gazetteer.Lookup finds for it
// is s but for the case of its letters, and none is s byte for byte. A
// name the gazetteer does not know, or writes only otherwise ("U.S."
// beside its "US"), is not; nor is a form written as an acronym ("ORAN",
// "DoD"): the letters of an acronym are often those of another name the
// gazetteer writes as a word (the city of Oran), and an acronym written
// as a name is FormRank's kind rule to judge.
func Miscapitalized(s string) bool {
	if WrittenAsAcronym(s) {
		return false
	}
	other := false
	for _, e := range gazetteer.Default().Lookup(s) {
		for _, names := range [...][]string{{e.Name}, e.Names, e.Demonyms} {
			for _, n := range names {
				if n == s {
					return false
				}
				other = other || strings.EqualFold(n, s)
			}
		}
	}
	return other
}

// Blemishes counts what is wrong with one written form of a name. Each
// of these counts once:
//   - punctuation at the start ("**White House", "“Acme") or the end
//     ("United States.", "America—", "America]"), but for the closing
//     period of a dotted abbreviation ("Washington, D.C.") and a closing
//     parenthesis;
//   - a dotted abbreviation that lost its closing period to the end of
//     the sentence ("Washington, D.C");
//   - markup left in it (an asterisk, a square bracket, an underscore, a
//     vertical bar, a number sign or an angle bracket) or a parenthesis
//     left open or never opened;
//   - a leading article ("The White House", "The-Biden-Harris
//     Administration": the name is "White House");
//   - a name of several words written all in capitals ("WHITE HOUSE",
//     "JEAN-PIERRE"; a one-word acronym such as "NATO" is not).
func Blemishes(s string) int {
	n := 0
	first, _ := utf8.DecodeRuneInString(s)
	if s != "" && !isWordRune(first) {
		n++
	}
	if s != "" && badEnd(s) {
		n++
	}
	if strings.ContainsAny(s, "*[]_|#<>") || strings.Count(s, "(") != strings.Count(s, ")") {
		n++
	}
	if len(s) > 4 && (s[:3] == "The" || s[:3] == "the" || s[:3] == "THE") && (s[3] == ' ' || s[3] == '-') {
		n++
	}
	if shouting(s) {
		n++
	}
	if lostPeriod(s) {
		n++
	}
	return n
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// badEnd reports whether s ends with punctuation that is not part of the
// name: a period closing a dotted abbreviation ("D.C.", "U.S.") and a
// closing parenthesis are.
func badEnd(s string) bool {
	last, size := utf8.DecodeLastRuneInString(s)
	switch {
	case isWordRune(last):
		return false
	case last == '.':
		word := s[:len(s)-size]
		if i := strings.LastIndexAny(word, " -"); i >= 0 {
			word = word[i+1:]
		}
		return !strings.Contains(word, ".")
	case last == ')':
		return false // unless unbalanced, counted apart
	}
	return true
}

// Presentable reports whether a form of a name may be listed among an
// entity's other names: it has no blemish but, perhaps, its article ("the
// Alliance" is listed; "The **White House" and "United States." are not).
func Presentable(s string) bool {
	b := Blemishes(s)
	if len(s) > 4 && (s[:4] == "the " || s[:4] == "The ") {
		b--
	}
	return b <= 0
}

// lostPeriod reports whether the last word of s is a dotted abbreviation
// without its closing period ("D.C", "U.S").
func lostPeriod(s string) bool {
	word := s[strings.LastIndexAny(s, " -")+1:]
	if len(word) < 3 || word[len(word)-2] != '.' {
		return false
	}
	c := word[len(word)-1]
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// shouting reports whether s is a name of several words (or hyphenated
// parts) written in capitals, one of them of four letters or more.
func shouting(s string) bool {
	if !strings.ContainsAny(s, " -") {
		return false
	}
	long, run := false, 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			run++
			if run >= 4 {
				long = true
			}
		} else {
			run = 0
		}
	}
	return long
}

// Better reports whether the written form a of a name, of FormRank ra,
// is shown before b, of rank rb. The store keeps the better of the forms
// a name is seen under, in Go and in SQL alike.
func Better(a string, ra int, b string, rb int) bool {
	return ra < rb || ra == rb && a < b
}
