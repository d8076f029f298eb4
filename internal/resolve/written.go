package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Blemishes counts what is wrong with one written form of a name, among
// the forms that Normalize makes one ("United States", "United States.",
// "the United States", "UNITED-STATES"): the store shows the form with
// the fewest, then the first in byte order, which puts capitals first
// ("NATO" before "Nato", "European Union" before "European union") and
// plain letters before accented ones ("America" before "América"). The
// choice depends only on the forms seen, never on the order they came in.
//
// Each of these counts once:
//   - punctuation at the start ("**White House", "“Acme") or the end
//     ("United States.", "America—", "America]"), but for the closing
//     period of a dotted abbreviation ("Washington, D.C.") and a closing
//     parenthesis;
//   - markup left in it (an asterisk, a square bracket, an underscore, a
//     vertical bar, a number sign or an angle bracket) or a parenthesis
//     left open or never opened;
//   - a leading article ("The White House": the name is "White House");
//   - a name of several words written all in capitals ("WHITE HOUSE",
//     "JEAN-PIERRE"; a one-word acronym such as "NATO" is not);
//   - each hyphen or dash inside it ("White-House", "The-Biden-Harris
//     Administration"), since Normalize reads them as spaces: the form a
//     slug or a line break made loses to the one written with spaces.
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
	if strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "THE ") {
		n++
	}
	if shouting(s) {
		n++
	}
	for _, r := range s {
		if isDash(r) {
			n++
		}
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

// Better reports whether the written form a of a name is shown before b:
// fewer Blemishes, then the first in byte order. The store keeps the
// better of the forms a name is seen under, in Go and in SQL alike.
func Better(a string, ablem int, b string, bblem int) bool {
	return ablem < bblem || ablem == bblem && a < b
}
