package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, with inner hyphens, apostrophes and periods ("Al-Nasser", "U.N.", "Ki-moon")
	Number             // digits with inner commas and periods ("1,200", "3.5")
	Punct              // any other single non-space character
)

// Token is a token of a text: Text[Start:End].
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokens splits s into words, numbers and punctuation, skipping spaces.
// A word keeps inner hyphens and apostrophes ("Ki-moon", "O'Brien") and the
// periods of a dotted acronym ("U.N."); a trailing possessive "'s" stays in
// the word. A number keeps inner separators followed by a digit.
func Tokens(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5), s)
}

// AppendTokens is Tokens appending to toks, for a caller that reuses its
// arrays.
//
// An ASCII byte is classified by asciiClass without decoding it: for
// ASCII, unicode.IsSpace, IsLetter and IsDigit are those of the table,
// and no ASCII character is a nonspacing mark.
func AppendTokens(toks []Token, s string) []Token {
	n := len(s)
	for i := 0; i < n; {
		var r rune
		var size int
		if b := s[i]; b < utf8.RuneSelf {
			switch asciiClass[b] {
			case aSpace:
				i++
				continue
			case aLetter:
				r, size = rune(b), 1
			case aDigit:
				r, size = rune(b), 1
			default:
				toks = append(toks, Token{i, i + 1, Punct})
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := i + size
			for j < n {
				var c rune
				var cs int
				if b := s[j]; b < utf8.RuneSelf {
					if asciiClass[b] >= aLetter {
						j++
						continue
					}
					c, cs = rune(b), 1
				} else {
					c, cs = utf8.DecodeRuneInString(s[j:])
					if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
						j += cs
						continue
					}
				}
				if (c == '-' || c == '\'' || c == '’' || c == '.' || c == '‑') && j+cs < n {
					d, _ := utf8.DecodeRuneInString(s[j+cs:])
					if unicode.IsLetter(d) {
						if c == '.' && !dottedSoFar(s[i:j]) {
							break
						}
						// "AU-UN", "ASEAN-EU", "U.S.-Pacific", "India-U.S.": two names joined
						if (c == '-' || c == '‑') && unicode.IsUpper(d) && (IsAllCaps(s[i:j]) || opensDotted(s[j+cs:])) {
							break
						}
						j += cs
						continue
					}
				}
				break
			}
			// "U.N." keeps its final period when it is a dotted acronym
			if j < n && s[j] == '.' && dottedSoFar(s[i:j]) && len(s[i:j]) > 1 {
				j++
			}
			toks = append(toks, Token{i, j, Word})
			i = j
		case unicode.IsDigit(r):
			j := i + size
			for j < n {
				if b := s[j]; '0' <= b && b <= '9' {
					j++
					continue
				}
				c, cs := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(c) {
					j += cs
					continue
				}
				if (c == ',' || c == '.') && j+1 < n && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			// an ordinal suffix stays with its number: "73rd", "8th"
			if j+2 <= n {
				if suf := s[j : j+2]; suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
					if j+2 == n || !unicode.IsLetter(rune(s[j+2])) {
						j += 2
					}
				}
			}
			toks = append(toks, Token{i, j, Number})
			i = j
		default:
			toks = append(toks, Token{i, i + size, Punct})
			i += size
		}
	}
	return toks
}

// Classes of ASCII bytes for AppendTokens.
const (
	aPunct  = iota // any other byte
	aSpace         // unicode.IsSpace
	aLetter        // unicode.IsLetter
	aDigit         // unicode.IsDigit
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch r := rune(b); {
		case unicode.IsSpace(r):
			c[b] = aSpace
		case unicode.IsLetter(r):
			c[b] = aLetter
		case unicode.IsDigit(r):
			c[b] = aDigit
		}
	}
	return c
}()

// dottedSoFar reports whether w is a single letter or letters joined by
// periods ("U", "U.N"), so that a following period continues an acronym.
func dottedSoFar(w string) bool {
	count := 0
	prevLetter := false
	for _, r := range w {
		if r == '.' {
			if !prevLetter {
				return false
			}
			prevLetter = false
			continue
		}
		if !unicode.IsLetter(r) || prevLetter {
			return false
		}
		prevLetter = true
		count++
	}
	return count >= 1 && prevLetter
}

// opensDotted reports whether s begins with a dotted acronym: a letter,
// a period and a letter ("U.S.", "U.K.").
func opensDotted(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) || size >= len(s) || s[size] != '.' {
		return false
	}
	d, _ := utf8.DecodeRuneInString(s[size+1:])
	return unicode.IsLetter(d)
}

// IsCap reports whether w begins with an upper-case letter. The rules
// ask it of a token many times over (some fifteen calls a token): the
// ASCII test is small enough for the compiler to inline it at every
// call, the rest of the runes are read by isCapRune.
func IsCap(w string) bool {
	if len(w) > 0 && w[0] < utf8.RuneSelf {
		// the capitals below utf8.RuneSelf are A to Z
		return w[0]-'A' <= 'Z'-'A'
	}
	return isCapRune(w)
}

// isCapRune is IsCap of a word that is empty or starts with a byte past
// ASCII.
func isCapRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether w has at least two letters and none lower-case.
func IsAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// WordEnd returns the end of the run of letters that starts at text[i],
// and whether the run is all ASCII. It is the word scanner the figure and
// date scanners share (they keep their own token types).
func WordEnd(text string, i int) (end int, ascii bool) {
	j := i
	ascii = true
	for j < len(text) {
		d := text[j]
		if d < utf8.RuneSelf {
			if d|0x20 >= 'a' && d|0x20 <= 'z' {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		j += size
	}
	return j, ascii
}

// LowerASCII writes the lower-case form of the ASCII word w into buf and
// returns it, or returns nil when w does not fit in buf.
func LowerASCII(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return buf[:len(w)]
}
