package text

import (
	"strings"
	"unicode/utf8"
)

// URLs returns the byte spans of the web addresses written out in s, in
// order and apart: a scheme and "://" ("https://example.org/a/b") or a
// "www." that begins a word, with the characters that follow up to a
// space, a closing bracket or a quotation mark; a period, comma, colon,
// semicolon or mark of exclamation or question at the end is the
// sentence's. A story's text keeps the addresses its Markdown or HTML
// wrote bare or in parentheses; their slugs ("The-White-House-Plan.pdf")
// and paths ("/ukraine/kyiv-office") are no mentions of anything.
func URLs(s string) [][2]int {
	var out [][2]int
	scheme, www := -1, -1 // the next "://" and "www." at or after i, once found
	for i := 0; i < len(s); {
		if scheme < i {
			scheme = nextIndex(s, i, "://")
		}
		if www < i {
			www = nextIndex(s, i, "www.")
		}
		p := min(scheme, www)
		if p == len(s) {
			break
		}
		a := p
		if p == scheme {
			// the scheme: letters, digits, "+", "-", "." before "://"
			for a > i && schemeByte(s[a-1]) {
				a--
			}
			if a == p {
				i = p + 3 // "://" with no scheme: no address
				continue
			}
		} else if p > 0 && (schemeByte(s[p-1]) || s[p-1] == '/') {
			i = p + 4 // "awww.", or the "www." of an address already read
			continue
		}
		b := p
		for b < len(s) {
			r, size := utf8.DecodeRuneInString(s[b:])
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0xA0 || urlStop(r) {
				break
			}
			b += size
		}
		for b > p && strings.IndexByte(".,;:!?", s[b-1]) >= 0 {
			b--
		}
		mark := 4 // "www."
		if p == scheme {
			mark = 3 // "://"
		}
		if b <= p+mark {
			i = p + mark // nothing after the mark: no address
			continue
		}
		out = append(out, [2]int{a, b})
		i = b
	}
	return out
}

// nextIndex is the index of sub in s at or after i, len(s) if none.
func nextIndex(s string, i int, sub string) int {
	if k := strings.Index(s[i:], sub); k >= 0 {
		return i + k
	}
	return len(s)
}

func schemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// urlStop reports whether r ends an address written in running text.
func urlStop(r rune) bool {
	switch r {
	case ')', ']', '>', '<', '"', '\'', '“', '”', '‘', '’', '«', '»', '|', '*', '`':
		return true
	}
	return false
}
