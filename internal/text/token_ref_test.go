package text

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"annals/internal/scantest"
)

// appendTokensRef is AppendTokens as written before its ASCII fast paths
// (every character decoded and classified by package unicode): the
// fast paths must agree with it.
func appendTokensRef(toks []Token, s string) []Token {
	n := len(s)
	for i := 0; i < n; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := i + size
			for j < n {
				c, cs := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
					j += cs
					continue
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

// TestTokensRef compares AppendTokens with appendTokensRef on written
// cases: words with inner joiners, dotted acronyms, ordinals, numbers
// with separators, non-ASCII letters, digits and marks, spaces of both
// kinds, control and invalid bytes.
func TestTokensRef(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "The U.N. and the U.S.-Pacific AU-UN talks.", "Ki-moon O'Brien’s state‑of‑the‑art",
		"1,200.50 and 3.5% on 73rd 8th 1st 2nd 3rdx", "Türkiye İstanbul naïve café", "e\u0301tude x\u0301",
		"٣٤ ١٢٣ and ۱۲", "a\u00a0b\u2003c\u0085d", "\x00\x01\x7f\t\n\v\f\r", "\xff\xfeab\xc3", "a.b.c. A.B.C", "x-", "x-1", "—a—b—",
		"e.g. i.e. U.S.A. u.s", "India-U.S. then-U.K. Jean-P. x-U.", "a-B.c d-é.f", "12,34,56.78.9,", "5'", "abc'", "abc’d", "A\u0301B",
	} {
		want := appendTokensRef(nil, s)
		if got := AppendTokens(nil, s); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// FuzzTokensRef compares AppendTokens with appendTokensRef on any bytes.
func FuzzTokensRef(f *testing.F) {
	for _, s := range scantest.Seeds {
		f.Add(s)
	}
	f.Add("The U.N. and the U.S.-Pacific AU-UN talks on 73rd 1,200.5 Türkiye’s e\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		want := appendTokensRef(nil, s)
		if got := AppendTokens(nil, s); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	})
}
