package read

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is the longest title, in characters, that DisplayTitle makes
// from a first sentence.
const maxTitle = 90

// DisplayTitle is the title to show for the story: its Title when it has
// one; else the first paragraph of the text when it reads as a headline
// (a short line of words without a closing full stop, as plain-text
// stories open); else the first sentence, cut at a word with "…" when it
// is long. It is never a file path, and "" only when there is no text.
func (d *Doc) DisplayTitle() string {
	if d.Title != "" {
		return d.Title
	}
	first, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n\n")
	first = strings.Join(strings.Fields(first), " ")
	if first == "" {
		return ""
	}
	if Headlike(first) {
		return first
	}
	return clipWords(firstSentence(first), maxTitle)
}

// Headlike reports whether a paragraph reads as a headline: 2 to 16
// words, at most 120 characters, at least one word starting with a
// capital, and no closing full stop, colon, semicolon or comma.
func Headlike(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || utf8.RuneCountInString(p) > 120 || strings.Contains(p, "\n") {
		return false
	}
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > 16 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".:;,", last) {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps > 0
}

// firstSentence returns p up to and including the first full stop,
// question or exclamation mark that is followed by a space and a capital
// or a digit, or p whole.
func firstSentence(p string) string {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		if i+2 >= len(p) || p[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p[i+2:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		// not after an initial or a short abbreviation ("Dr.", "U.N.")
		j := strings.LastIndexByte(p[:i], ' ') + 1
		if w := p[j:i]; c == '.' && (len(w) <= 2 || strings.Contains(w, ".")) {
			continue
		}
		return p[:i+1]
	}
	return p
}

// clipWords cuts s to at most n characters at a word boundary, adding "…".
func clipWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) > n {
			break
		}
		cut = i
	}
	if k := strings.LastIndexByte(s[:cut], ' '); k > n/2 {
		cut = k
	}
	return strings.TrimRight(s[:cut], " ,;:–-") + "…"
}

// plainTitle returns the offsets of the bytes of a front matter title
// that are its words, without the Markdown written in it: emphasis
// ("**Fact Sheet:**"), a link's brackets and address ("[guidance](https://…)"
// keeps "guidance"), HTML tags ("<u>"), and the spaces these leave doubled
// or at the ends. A title with no markup keeps every byte. Only ASCII
// bytes are dropped, so the title stays valid UTF-8.
func plainTitle(t []byte) []int {
	keep := make([]int, 0, len(t))
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '*' || c == '_' && i+1 < len(t) && t[i+1] == '_':
			// a run of asterisks, or of two underscores or more
			j := i
			for j < len(t) && t[j] == c {
				j++
			}
			i = j
			continue
		case c == '[':
			// "[text](address)": the text, without the brackets and address
			if close := indexByteWithin(t, i+1, ']', 300); close > 0 && close+1 < len(t) && t[close+1] == '(' {
				if end := indexByteWithin(t, close+2, ')', 2000); end > 0 {
					keep = append(keep, plainTitleRange(t, i+1, close)...)
					i = end + 1
					continue
				}
			}
		case c == '<':
			// an HTML tag: "<u>", "</b>", "<br/>"
			if i+1 < len(t) && (t[i+1] == '/' || t[i+1] >= 'a' && t[i+1] <= 'z' || t[i+1] >= 'A' && t[i+1] <= 'Z') {
				if end := indexByteWithin(t, i+1, '>', 40); end > 0 {
					i = end + 1
					continue
				}
			}
		}
		keep = append(keep, i)
		i++
	}
	// spaces doubled or at the ends
	out := keep[:0]
	for _, k := range keep {
		if t[k] == ' ' && (len(out) == 0 || t[out[len(out)-1]] == ' ') {
			continue
		}
		out = append(out, k)
	}
	for len(out) > 0 && t[out[len(out)-1]] == ' ' {
		out = out[:len(out)-1]
	}
	return out
}

// plainTitleRange is the offsets of t[a:b] without emphasis, for a link's
// text inside a title.
func plainTitleRange(t []byte, a, b int) []int {
	var keep []int
	for k := a; k < b; k++ {
		if t[k] != '*' {
			keep = append(keep, k)
		}
	}
	return keep
}

// indexByteWithin is the index of c in t[i:i+n], -1 if none: a bounded
// look ahead, so that a title of many brackets is read in linear time.
func indexByteWithin(t []byte, i int, c byte, n int) int {
	if i >= len(t) {
		return -1
	}
	if k := bytes.IndexByte(t[i:min(i+n, len(t))], c); k >= 0 {
		return i + k
	}
	return -1
}
