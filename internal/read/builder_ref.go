package read

import "unicode/utf8"

// byByte makes the builder write text as it first did, mapping it byte
// by byte (rawByByte, charByByte): the reference its writers are compared
// with, whole documents read both ways (TestBuilderMapsByByte) and random
// segments (FuzzBuilderRaw). Set by tests only.
var byByte bool

// rawByByte is builder.raw as first written: each printable ASCII byte
// put on its own, other characters by charByByte.
func (b *builder) rawByByte(raw []byte, a, z int, link, code bool) {
	for i := a; i < z; {
		if c := raw[i]; printable(c) {
			p := b.para()
			if p.pending {
				p.put(' ', p.pendSrc, p.pendEnd)
				p.pending = false
			}
			p.put(c, i, i+1)
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
		b.charByByte(r, raw[i:i+n], i, i+n, true, link, code)
		i += n
	}
}

// charByByte is builder.char as first written: each byte of the
// character put on its own.
func (b *builder) charByByte(r rune, enc []byte, src, end int, exact, link, code bool) {
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
	exact = exact && end-src == len(enc)
	for k, c := range enc {
		if exact {
			p.put(c, src+k, src+k+1)
		} else {
			p.put(c, src, end)
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
