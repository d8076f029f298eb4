package text

import (
	"strings"
	"unicode/utf8"
)

// Windows cuts text into consecutive pieces of at most size bytes (a piece
// is longer only when size is below 4 bytes), so that work quadratic in a
// piece stays linear in the text. A piece ends, by preference, at the
// last paragraph break of its second half, else at the last sentence end
// there, else at a space, else between two runes. The pieces cover text
// exactly: each starts where the one before ends; every piece is
// non-empty.
func Windows(text string, size int) []Sentence {
	size = max(size, utf8.UTFMax)
	var out []Sentence
	for a := 0; a < len(text); {
		if len(text)-a <= size {
			out = append(out, Sentence{a, len(text)})
			break
		}
		b := cut(text, a, a+size)
		out = append(out, Sentence{a, b})
		a = b
	}
	return out
}

// cut returns where to end the window text[a:z] (z < len(text)): after a
// break in its second half, else at z or before, on a rune boundary. It
// is always above a.
func cut(text string, a, z int) int {
	w := text[a:z]
	half := len(w) / 2
	if k := strings.LastIndex(w, "\n\n"); k >= half {
		return a + k + 2
	}
	for _, sep := range []string{". ", "? ", "! ", ".\n", "\n", "; ", ", ", " "} {
		if k := strings.LastIndex(w, sep); k >= half {
			return a + k + len(sep)
		}
	}
	for k := z; k > a; k-- {
		if utf8.RuneStart(text[k]) {
			return k
		}
	}
	return z
}
