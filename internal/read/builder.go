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
	text []byte
	m    runs // the span of Raw each byte of text came from
	hint int  // last run looked up in m
	// the first runs of m, in the paragraph itself (see reserveSpan)
	inline [2]run

	heading  int // heading level, 0 for other paragraphs
	item     bool
	lastLine int // offset in text of the last source line joined in (see unwrap)

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

// printable reports whether c is printable ASCII, not a space.
func printable(c byte) bool { return c < utf8.RuneSelf && c > ' ' && c != 0x7f }

// raw writes raw[a:z] unchanged: byte k maps to a+k.
//
// It is written stretch by stretch: a stretch is every character up to
// the next whitespace or ignorable one (a single ASCII space followed by
// a byte of ASCII that is not whitespace belongs to it), appended at once
// and mapped by one run, its words counted in the same pass. Written
// character by character (char), each of its bytes would be mapped to
// itself, so the run is the very map those puts made (rawByByte, the
// reference, and FuzzBuilderRaw).
func (b *builder) raw(raw []byte, a, z int, link, code bool) {
	if byByte {
		b.rawByByte(raw, a, z, link, code)
		return
	}
	for i := a; i < z; {
		c := raw[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&acSpace != 0 {
				b.space(i, i+1)
				i++
				continue
			}
		} else if r, n := utf8.DecodeRune(raw[i:z]); ignorable(r) || isSpace(r) {
			b.char(r, raw[i:i+n], i, i+n, true, link, code)
			i += n
			continue
		}
		p := b.para()
		if p.pending {
			p.put(' ', p.pendSrc, p.pendEnd)
			p.pending = false
		}
		j, words, sp := stretch(raw, i, z)
		if sp >= 0 {
			// where space would have left them
			p.pendSrc, p.pendEnd = sp, sp+1
		}
		p.m.add(len(p.text), i, i+1)
		p.text = append(p.text, raw[i:j]...)
		p.words += words
		if link {
			p.linkWords += words
		}
		if code {
			p.codeWords += words
		}
		i = j
	}
}

// stretch returns the end j of the stretch of raw[:z] that starts with
// the character at i (neither whitespace nor ignorable), the number of
// word characters in it, and the offset of the last space inside it (-1
// for none).
func stretch(raw []byte, i, z int) (j, words, sp int) {
	j, sp = i, -1
	for j < z {
		c := raw[j]
		if c < utf8.RuneSelf {
			k := asciiClass[c]
			if k&acSpace == 0 {
				words += int(k & acWord)
				j++
				continue
			}
			if c == ' ' && j+1 < z && raw[j+1] < utf8.RuneSelf && asciiClass[raw[j+1]]&acSpace == 0 {
				sp = j
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(raw[j:z])
		if ignorable(r) || isSpace(r) {
			break
		}
		if isWordRune(r) {
			words++
		}
		j += n
	}
	return j, words, sp
}

// asciiClass tells, for each ASCII byte, whether it is whitespace
// (unicode.IsSpace) and whether it is a word character (a letter or a
// digit, counted in words); bytes of 0x80 and over are decoded.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		if isSpace(rune(c)) {
			t[c] |= acSpace
		}
		if isWordRune(rune(c)) {
			t[c] |= acWord
		}
	}
	return t
}()

const (
	acWord  = 1 // counted as is, in words
	acSpace = 2
)

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
	if byByte {
		b.charByByte(r, enc, src, end, exact, link, code)
		return
	}
	if ignorable(r) {
		return
	}
	if isSpace(r) {
		b.space(src, end)
		return
	}
	p := b.para()
	if p.pending {
		p.put(' ', p.pendSrc, p.pendEnd)
		p.pending = false
	}
	if exact && end-src == len(enc) {
		// byte k maps to src+k: one copied run (or the one it extends)
		p.m.add(len(p.text), src, src+1)
	} else if end-src != 1 {
		// every byte maps to src:end: one decoded run
		p.m.add(len(p.text), src, end)
	} else {
		// every byte maps to src:src+1 (a NUL read as U+FFFD): a run
		// each, not one copied run
		for k := range enc {
			p.m.add(len(p.text)+k, src, end)
		}
	}
	p.text = append(p.text, enc...)
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

// finish joins the paragraphs with "\n\n" and sets d.Text and d.Map.
// Offsets that would make Map decrease (content the reader took out of
// document order) are raised to keep Map non-decreasing. When the title
// (set before) is not the first paragraph, the text is written after it
// and a paragraph break, in one string: Text is the tail of the headline
// the extractor reads (see Doc.Headline), not a second copy.
func finish(d *Doc, paras []*para) {
	n := 0
	for _, p := range paras {
		n += len(p.text) + 2
	}
	n = max(n-2, 0)
	head := 0
	if d.Title != "" && len(d.titleSrc) == len(d.Title) && (len(paras) == 0 || !sameWords(string(paras[0].text), d.Title)) {
		head = len(d.Title)
		if n > 0 {
			head += 2
		}
	}
	var sb strings.Builder
	sb.Grow(head + n)
	if head > 0 {
		sb.WriteString(d.Title)
		if n > 0 {
			sb.WriteString("\n\n")
		}
	}
	var m runs
	at := 0      // text offset of the next byte
	hi := 0      // the highest source so far: the map never goes below it
	lastEnd := 0 // the end of the source of the last byte, as read
	for i, p := range paras {
		if i > 0 {
			sb.WriteString("\n\n")
			m.appendClamped(at, 2, run{src: int32(lastEnd), end: int32(lastEnd)}, &hi)
			at += 2
		}
		sb.Write(p.text)
		for k, r := range p.m {
			next := len(p.text)
			if k+1 < len(p.m) {
				next = int(p.m[k+1].at)
			}
			m.appendClamped(at+int(r.at), next-int(r.at), r, &hi)
			if k+1 == len(p.m) {
				lastEnd = int(r.end)
				if r.end < 0 {
					lastEnd = int(r.src) + next - int(r.at)
				}
			}
		}
		at += len(p.text)
		// the paragraph is copied: let it go before the next
		p.text, p.m = nil, nil
	}
	full := sb.String()
	d.Text = full[head:]
	d.Map = Offsets{runs: m, n: at, last: max(lastEnd, hi)}
	if head > 0 {
		d.headText = full
	}
}

// appendClamped appends the map of length bytes at text offset at, mapped
// as r says (r.at is ignored), each source raised to at least *hi, the
// highest source so far, which it then updates. A copied run that starts
// below *hi maps its first bytes to the empty span at *hi.
func (rs *runs) appendClamped(at, length int, r run, hi *int) {
	if length <= 0 {
		return
	}
	src := int(r.src)
	if r.end >= 0 {
		src = max(src, *hi)
		rs.push(run{int32(at), int32(src), int32(max(int(r.end), src))})
		*hi = src
		return
	}
	if src < *hi {
		k := min(length, *hi-src)
		rs.push(run{int32(at), int32(*hi), int32(*hi)})
		at, src, length = at+k, src+k, length-k
		if length == 0 {
			return
		}
	}
	rs.push(run{int32(at), int32(src), -1})
	*hi = src + length - 1
}

// push appends r unless the last run already maps it alike.
func (rs *runs) push(r run) {
	if k := len(*rs); k > 0 {
		l := (*rs)[k-1]
		if r.end < 0 && l.end < 0 && r.src-l.src == r.at-l.at {
			return
		}
		if r.end >= 0 && l.end == r.end && l.src == r.src {
			return
		}
	}
	*rs = append(*rs, r)
}

// put writes the byte c read from raw[src:end].
func (p *para) put(c byte, src, end int) {
	p.m.add(len(p.text), src, end)
	p.text = append(p.text, c)
}

// span returns the span of Raw that byte k of the paragraph came from.
func (p *para) span(k int) (src, end int) { return p.m.lookup(k, &p.hint) }

// setTitleKeeping sets the title of d from a paragraph built for it,
// keeping the bytes of its text at the offsets keep (in order); none
// kept, the title is left unset.
func setTitleKeeping(d *Doc, p *para, keep []int) {
	if p == nil || len(keep) == 0 {
		return
	}
	title := make([]byte, len(keep))
	d.titleSrc = make([]int, len(keep))
	d.titleEnd = make([]int, len(keep))
	for i, k := range keep {
		title[i] = p.text[k]
		d.titleSrc[i], d.titleEnd[i] = p.span(k)
	}
	d.Title = string(title)
	lo, hi := d.titleSrc[0], d.titleEnd[0]
	for i := range d.titleSrc {
		lo = min(lo, d.titleSrc[i])
		hi = max(hi, d.titleEnd[i])
	}
	d.TitleSpan = [2]int{lo, hi}
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
		d.titleSrc[k-a], d.titleEnd[k-a] = p.span(k)
	}
	lo, hi := d.titleSrc[0], d.titleEnd[0]
	for i := range d.titleSrc {
		lo = min(lo, d.titleSrc[i])
		hi = max(hi, d.titleEnd[i])
	}
	d.TitleSpan = [2]int{lo, hi}
}
