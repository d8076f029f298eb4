package read

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A builder writes the main text paragraph by paragraph, remembering for
// every byte written the span of Raw it came from. It collapses each run
// of whitespace inside a paragraph to one space (mapped to the first
// whitespace character of the run) and trims paragraphs, so the format
// readers can feed it source characters as they come.
type builder struct {
	paras []*para
	cur   *para
}

// para is one paragraph being built.
type para struct {
	text     []byte
	src, end []int32 // per byte of text: the span of Raw it came from (int32: files are at most 2 GB, and half the memory)

	heading int // heading level, 0 for other paragraphs
	item    bool

	// Counts of word characters (letters and digits), to tell navigation
	// from text: a paragraph whose words are all link text is a link.
	words, linkWords, codeWords int

	pending          bool // whitespace seen since the last character
	pendSrc, pendEnd int
}

// open starts a new paragraph, closing the current one.
func (b *builder) open() *para {
	b.close()
	b.cur = &para{}
	return b.cur
}

// close ends the current paragraph; an empty one is dropped.
func (b *builder) close() {
	if b.cur != nil && len(b.cur.text) > 0 {
		b.paras = append(b.paras, b.cur)
	}
	b.cur = nil
}

func (b *builder) para() *para {
	if b.cur == nil {
		b.open()
	}
	return b.cur
}

// space records whitespace whose source is raw[src:end].
func (b *builder) space(src, end int) {
	p := b.para()
	if len(p.text) > 0 && !p.pending {
		p.pending = true
		p.pendSrc, p.pendEnd = src, end
	}
}

// ignorable reports whether r is invisible in text and is dropped: zero
// width spaces and joiners, soft hyphens, byte order marks.
func ignorable(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff':
		return true
	}
	return false
}

// isSpace reports whether r is whitespace for the text: Unicode spaces
// including the no-break space.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// raw writes raw[a:z] unchanged: byte k maps to a+k.
func (b *builder) raw(raw []byte, a, z int, link, code bool) {
	for i := a; i < z; {
		if c := raw[i]; c < utf8.RuneSelf && c > ' ' && c != 0x7f {
			// Fast path for printable ASCII.
			p := b.para()
			if p.pending {
				p.text = append(p.text, ' ')
				p.src = append(p.src, int32(p.pendSrc))
				p.end = append(p.end, int32(p.pendEnd))
				p.pending = false
			}
			p.text = append(p.text, c)
			p.src = append(p.src, int32(i))
			p.end = append(p.end, int32(i+1))
			if isAlnum(c) {
				p.words++
				if link {
					p.linkWords++
				}
				if code {
					p.codeWords++
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:z])
		b.char(r, raw[i:i+n], i, i+n, true, link, code)
		i += n
	}
}

// decoded writes s, decoded from raw[src:end] (an entity, an escape): every
// byte of s maps to src.
func (b *builder) decoded(s string, src, end int, link, code bool) {
	for _, r := range s {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		b.char(r, buf[:n], src, end, false, link, code)
	}
}

// char writes the character r (encoded as enc) read from raw[src:end].
// When exact, enc is a verbatim copy of raw[src:end] and byte k maps to
// src+k; otherwise every byte maps to src.
func (b *builder) char(r rune, enc []byte, src, end int, exact, link, code bool) {
	if ignorable(r) {
		return
	}
	if isSpace(r) {
		b.space(src, end)
		return
	}
	p := b.para()
	if p.pending {
		p.text = append(p.text, ' ')
		p.src = append(p.src, int32(p.pendSrc))
		p.end = append(p.end, int32(p.pendEnd))
		p.pending = false
	}
	exact = exact && end-src == len(enc)
	for k, c := range enc {
		p.text = append(p.text, c)
		if exact {
			p.src = append(p.src, int32(src+k))
			p.end = append(p.end, int32(src+k+1))
		} else {
			p.src = append(p.src, int32(src))
			p.end = append(p.end, int32(end))
		}
	}
	if isWordRune(r) {
		p.words++
		if link {
			p.linkWords++
		}
		if code {
			p.codeWords++
		}
	}
}

// finish joins the paragraphs with "\n\n" and sets d.Text, d.Map and d.end.
// Offsets that would make Map decrease (content the reader took out of
// document order) are clamped to keep Map non-decreasing.
func finish(d *Doc, paras []*para) {
	var sb strings.Builder
	n := 0
	for _, p := range paras {
		n += len(p.text) + 2
	}
	sb.Grow(n)
	m := make([]int, 0, n+1)
	ends := make([]int32, 0, n)
	for i, p := range paras {
		if i > 0 {
			sep := int(ends[len(ends)-1])
			sb.WriteString("\n\n")
			m = append(m, sep, sep)
			ends = append(ends, int32(sep), int32(sep))
		}
		sb.Write(p.text)
		for k := range p.src {
			m = append(m, int(p.src[k]))
			ends = append(ends, p.end[k])
		}
		// the paragraph's map is copied: let it go before the next
		p.src, p.end = nil, nil
	}
	last := 0
	if len(ends) > 0 {
		last = int(ends[len(ends)-1])
	}
	m = append(m, last)
	for i := 1; i < len(m); i++ {
		if m[i] < m[i-1] {
			m[i] = m[i-1]
		}
	}
	for i := range ends {
		ends[i] = max(ends[i], int32(m[i]))
	}
	if len(ends) > 0 {
		m[len(m)-1] = max(m[len(m)-1], int(ends[len(ends)-1]))
	}
	d.Text, d.Map, d.end = sb.String(), m, ends
}

// setTitle sets the title of d from a paragraph built for it, keeping
// text[a:b] of it.
func setTitle(d *Doc, p *para, a, b int) {
	if p == nil || a >= b {
		return
	}
	d.Title = string(p.text[a:b])
	d.titleSrc = make([]int, b-a)
	d.titleEnd = make([]int, b-a)
	for k := a; k < b; k++ {
		d.titleSrc[k-a], d.titleEnd[k-a] = int(p.src[k]), int(p.end[k])
	}
	lo, hi := d.titleSrc[0], d.titleEnd[0]
	for i := range d.titleSrc {
		lo = min(lo, d.titleSrc[i])
		hi = max(hi, d.titleEnd[i])
	}
	d.TitleSpan = [2]int{lo, hi}
}
