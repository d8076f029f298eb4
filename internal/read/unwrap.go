package read

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Double-spaced hard-wrapped text is text broken into lines of a fixed
// width with a blank line after every line, as the Congressional Record
// prints documents inserted into it, or as a PDF's lines come out when
// copied. Read as written, every line is a paragraph of its own, so a
// sentence, and sometimes a name ("in San" / "Francisco"), is cut in
// pieces that the later stages read apart.
//
// unwrap finds runs of such lines and joins the lines that were broken by
// the wrap. A run is a stretch of at least minWrapRun paragraphs that are
// each one source line and are separated only by blank lines. It counts as
// wrapped when most of its lines come near the width W it was wrapped to
// (see wrapWidth) and many of them end without a sentence's end, which
// ordinary paragraphs written one per line (a press release's one-sentence
// paragraphs, a list of names) do not. Inside a wrapped run a line is joined to the next when
// it does not end a sentence and either the next line's first word would
// not have fitted on it within nine tenths of W (the typesetter's reason to
// break, with room for the spaces a line lost when it was trimmed and for
// the hyphenation or tracking the width allowed) or the next line opens in
// lower case (a sentence going on); but an entry of a list ("Jim Costa,
// Vice Chairman, United States Congress Delegation") takes only a short
// rest of itself ("Delegation"), not the next entry or a full line of text
// after the list, and two lines that each open as an entry (see
// entryOpening) are two entries. A line ending with a sentence's end keeps
// its break: it may end a paragraph, and the sentence splitter cuts there
// either way.
//
// The joined paragraph keeps its map to the source; the space that joins
// two lines maps to the first character of the blank lines between them.
func unwrap(raw []byte, paras []*para) []*para {
	out := paras[:0]
	for i := 0; i < len(paras); {
		j := i + 1
		if oneLine(raw, paras[i]) {
			for j < len(paras) && oneLine(raw, paras[j]) && blankBetween(raw, paras[j-1], paras[j]) {
				j++
			}
		}
		if j-i >= minWrapRun {
			if w, ok := wrapWidth(paras[i:j]); ok {
				out = joinWrapped(out, paras[i:j], w)
				i = j
				continue
			}
		}
		out = append(out, paras[i:j]...)
		i = j
	}
	return out
}

// minWrapRun is the fewest lines a run needs to be judged wrapped: fewer
// do not say what width they were wrapped to.
const minWrapRun = 5

// oneLine reports whether p is a plain paragraph (not a heading or a list
// item) read from a single source line.
func oneLine(raw []byte, p *para) bool {
	if p.heading > 0 || p.item || len(p.text) == 0 {
		return false
	}
	a, _ := p.span(0)
	_, z := p.span(len(p.text) - 1)
	return a < z && z <= len(raw) && bytes.IndexByte(raw[a:z], '\n') < 0
}

// blankBetween reports whether only whitespace holding a blank line
// separates paragraph p from the next paragraph q in the source.
func blankBetween(raw []byte, p, q *para) bool {
	_, a := p.span(len(p.text) - 1)
	z, _ := q.span(0)
	if a >= z || z > len(raw) {
		return false
	}
	gap := raw[a:z]
	if bytes.Count(gap, []byte{'\n'}) < 2 {
		return false
	}
	for _, c := range gap {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// wrapWidth returns the width the run of lines was wrapped to, and whether
// it looks wrapped at all: at least 3 in 5 of its lines within a quarter
// of the width, and at least 1 in 3 ending without a sentence's end. The
// width is the length of the line at the 90th percentile, not the
// longest, so that one line the run took from elsewhere (a title, a
// heading set in the same way) does not widen it.
func wrapWidth(run []*para) (int, bool) {
	lens := make([]int, len(run))
	for i, p := range run {
		lens[i] = utf8.RuneCount(p.text)
	}
	slices.Sort(lens)
	w := lens[len(lens)*9/10]
	if w < 30 || w > 120 {
		return 0, false
	}
	near, open := 0, 0
	for i, p := range run {
		if 4*lens[i] >= 3*w {
			near++
		}
		if !endsSentence(p.text) {
			open++
		}
	}
	return w, 5*near >= 3*len(run) && 3*open >= len(run)
}

// joinWrapped appends the lines of a wrapped run to out, each joined to
// the one before when the wrap broke it (see unwrap).
func joinWrapped(out []*para, run []*para, w int) []*para {
	cur := run[0]
	for _, next := range run[1:] {
		if !endsSentence(cur.text) && (10*(lastLineLen(cur)+1+firstWordLen(next.text)) > 9*w || startsLower(next.text)) &&
			!(listEntry(cur.text) && (listEntry(next.text) || 4*utf8.RuneCount(next.text) >= 3*w)) &&
			!(entryOpening(cur.text[cur.lastLine:]) && entryOpening(next.text)) {
			cur.absorb(next)
			continue
		}
		out = append(out, cur)
		cur = next
	}
	return append(out, cur)
}

// absorb appends paragraph q to p after a space that maps to the first
// character between them in the source.
func (p *para) absorb(q *para) {
	_, gap := p.span(len(p.text) - 1)
	p.lastLine = len(p.text) + 1
	p.m.add(len(p.text), gap, gap+1)
	p.text = append(p.text, ' ')
	off := int32(len(p.text))
	for _, r := range q.m {
		p.m.push(run{r.at + off, r.src, r.end})
	}
	p.text = append(p.text, q.text...)
	p.words += q.words
	p.linkWords += q.linkWords
	p.codeWords += q.codeWords
}

// lastLineLen is the length in characters of the last source line joined
// into p.
func lastLineLen(p *para) int { return utf8.RuneCount(p.text[p.lastLine:]) }

// endsSentence reports whether a line ends with a sentence's end: a
// period, question or exclamation mark, colon or semicolon, possibly
// followed by closing quotes or brackets.
func endsSentence(t []byte) bool {
	for len(t) > 0 {
		r, n := utf8.DecodeLastRune(t)
		switch r {
		case '"', '\'', '\u2019', '\u201d', ')', ']':
			t = t[:len(t)-n]
			continue
		case '.', '?', '!', ':', ';':
			return true
		}
		return false
	}
	return false
}

// firstWordLen is the length in characters of t's first word.
func firstWordLen(t []byte) int {
	n := 0
	for _, r := range string(t) {
		if r == ' ' {
			break
		}
		n++
	}
	return n
}

// listEntry reports whether a paragraph reads as an entry of a list of
// people or bodies: it opens with two to four capitalized words, the last
// followed by a comma ("Elmar Brok, MEP, Chairman"), and all its words are
// capitalized but for a few short function words ("Delegation to the").
// Running text that opens with a name ("Ali Babacan, the minister, said")
// has words in lower case.
func listEntry(t []byte) bool {
	opening, comma := 0, false
	for _, w := range bytes.Fields(t) {
		r, _ := utf8.DecodeRune(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !entryGlue[string(w)] {
			return false
		}
		if !comma {
			opening++
			if opening > 4 || !unicode.IsUpper(r) {
				return false
			}
			comma = w[len(w)-1] == ','
		}
	}
	return comma && opening >= 2
}

// entryOpening reports whether a line opens as an entry of a list of
// people with their offices does, whatever follows: two to twelve words
// capitalized but for short function words, the last followed by a comma
// ("Secretary of Labor, Marty Walsh, serving as ...", "The Administrator
// of the Small Business Administration, Isabel Guzman"). Two lines that
// both open so are two entries, not one sentence the wrap broke: running
// text seldom opens two lines in a row with a name and a comma.
func entryOpening(t []byte) bool {
	n := 0
	for _, w := range bytes.Fields(t) {
		r, _ := utf8.DecodeRune(w)
		switch {
		case unicode.IsUpper(r):
		case n > 0 && entryGlue[string(w)]:
		default:
			return false
		}
		if n++; n > 12 {
			return false
		}
		if w[len(w)-1] == ',' {
			return n >= 2
		}
	}
	return false
}

// entryGlue are the words in lower case an entry of a list may hold.
var entryGlue = map[string]bool{"of": true, "the": true, "to": true, "for": true, "and": true,
	"on": true, "in": true, "at": true, "de": true, "du": true, "von": true, "van": true, "&": true}

// startsLower reports whether t opens with a lower-case letter.
func startsLower(t []byte) bool {
	r, _ := utf8.DecodeRune(t)
	return unicode.IsLower(r)
}
