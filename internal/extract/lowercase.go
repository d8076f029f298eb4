package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Comparisons with lower-cased text that allocate nothing. The rules
// compare names' words with lower-case words many times per story
// (each person's name for each name the tagger finds, each pair of
// people); strings.ToLower of a capitalized word allocates its copy.

// lowerIs reports whether strings.ToLower(w) == lw, without lower-casing
// w: rune by rune, with unicode.ToLower, and an invalid byte of w read as
// the replacement character strings.ToLower writes for it.
func lowerIs(w, lw string) bool {
	j := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j >= len(lw) || lw[j] != c {
				return false
			}
			i++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		want := unicode.ToLower(r) // RuneError for an invalid byte, as strings.Map writes it
		got, m := utf8.DecodeRuneInString(lw[j:])
		if got != want || m != utf8.RuneLen(want) {
			return false
		}
		j += m
	}
	return j == len(lw)
}

// nameFields calls yield with each word of name split at spaces, commas
// and periods (the parts of a name: "Joseph R. Biden, Jr." -> Joseph, R,
// Biden, Jr), stopping when yield returns false.
func nameFields(name string) func(yield func(string) bool) {
	return strings.FieldsFuncSeq(name, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' })
}

// lowerPrefix appends to buf the start of strings.ToLower(w), rune by
// rune, until it holds at least k bytes or w ends.
func lowerPrefix(buf []byte, w string, k int) []byte {
	for i := 0; i < len(w) && len(buf) < k; {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// lowerASCII returns s with its ASCII capitals lower-cased and every other
// byte as it is: for a word of s in ASCII, the same bytes as
// strings.ToLower of the word. The story's words are lower-cased as
// slices of it, one copy of the text instead of one per capitalized word.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0 // start of the bytes not written yet, none a capital
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(s[run:])
	return b.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lower returns strings.ToLower(w). A word of the story's text (a word
// of a tagger sentence, a span of tokens) in ASCII is a slice of the text
// lower-cased once (s.lt), without a copy: the bytes are the same, as
// lowerASCII maps only the ASCII capitals, one byte for one.
func (s *state) lower(w string) string {
	if off, ok := s.offsetIn(w); ok && isASCII(w) {
		return s.lt[off : off+len(w)]
	}
	return strings.ToLower(w)
}

// offsetIn reports where w lies in the story's text, if it is a slice of
// it (the same bytes in memory, not only equal ones).
func (s *state) offsetIn(w string) (int, bool) {
	if w == "" || len(s.lt) != len(s.text) || len(w) > len(s.text) {
		return 0, false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(w)))
	b := uintptr(unsafe.Pointer(unsafe.StringData(s.text)))
	if p < b || p-b > uintptr(len(s.text)-len(w)) {
		return 0, false
	}
	return int(p - b), true
}

// lowerKey writes strings.ToLower(w) into buf, without the bytes equal
// to drop (0 drops none: '.' reads "L.L.C." as "llc"), and returns it, for
// a look-up in a word list that copies nothing (m[string(key)]); ok is
// false when w is not ASCII or does not fit in buf, and the caller
// lower-cases as before. For ASCII, strings.ToLower maps the capitals
// A-Z and nothing else.
func lowerKey(buf []byte, w string, drop byte) (key []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	key = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case c == drop && drop != 0:
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		key = append(key, c)
	}
	return key, true
}

// lowerInto returns strings.ToLower(w) as bytes: in buf when w is ASCII
// and fits (lowerKey), else a new copy. For look-ups in word lists
// (m[string(b)] copies nothing).
func lowerInto(buf []byte, w string) []byte {
	if k, ok := lowerKey(buf, w, 0); ok {
		return k
	}
	return []byte(strings.ToLower(w))
}

// lastTwoFields returns the number of words of s (strings.Fields) and its
// last two, "" where it has fewer, without splitting it.
func lastTwoFields(s string) (n int, prev, last string) {
	for w := range strings.FieldsSeq(s) {
		n++
		prev, last = last, w
	}
	return n, prev, last
}
