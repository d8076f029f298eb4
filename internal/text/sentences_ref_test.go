package text

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentencesByRune is Sentences as first written, reading every character
// inside a sentence; Sentences skips to the bytes that may end one and
// must find the same sentences.
func sentencesByRune(text string) []Sentence {
	var out []Sentence
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if e-start > MaxSentence {
			// a run-on "sentence" (a list without periods, a table, a
			// hostile file): cut it so that work per sentence is bounded
			out = appendPieces(out, text, start, e)
		} else if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	n := len(text)
	for i := 0; i < n; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			start = i
		}
		switch {
		case r == '\n':
			// a blank line ends the sentence
			j := i + 1
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < n && text[j] == '\n' && !continues(text, start, i) {
				emit(i)
				i = j + 1
				continue
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + size
			// swallow repeated terminators and closing quotes/brackets
			for end < n {
				c, cs := utf8.DecodeRuneInString(text[end:])
				if c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '*' || c == '_' {
					end += cs
					continue
				}
				break
			}
			if isBoundary(text, start, i, end, r) {
				emit(end)
				i = end
				continue
			}
			i = end
			continue
		}
		i += size
	}
	emit(n)
	return out
}

// FuzzSentencesSkip compares Sentences with sentencesByRune, on any
// bytes (invalid UTF-8 too).
func FuzzSentencesSkip(f *testing.F) {
	for _, s := range []string{
		"One. Two! Three? Four… five\n\nsix", "U.S. President Biden met Mr. Smith. He said \"no.\" Then\nleft.",
		"caf\u00e9 \u2014 na\u00efve. \u2026 next\xe2. \xe2\x80 \xf0\xe2\x80\xa6 End", "a\n \t\nb", "x...Y z.", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Sentences(s), sentencesByRune(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Sentences(%q) = %v, want %v", s, got, want)
		}
	})
}
