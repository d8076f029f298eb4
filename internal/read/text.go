package read

import "bytes"

// readText reads plain text: paragraphs are separated by blank lines, and
// the line breaks inside a paragraph (hard wraps) become spaces.
func readText(d *Doc, start int) {
	var b builder
	textLines(&b, d.Raw, start, len(d.Raw))
	b.close()
	finish(d, unwrap(d.Raw, b.paras))
}

// textLines feeds raw[a:z] to b as plain text lines.
func textLines(b *builder, raw []byte, a, z int) {
	for i := a; i < z; {
		eol := bytes.IndexByte(raw[i:z], '\n')
		next := z
		if eol >= 0 {
			eol += i
			next = eol + 1
		} else {
			eol = z
		}
		if isBlank(raw[i:eol]) {
			b.close()
		} else {
			b.raw(raw, i, eol, false, false)
			if eol < z {
				b.space(eol, eol+1)
			}
		}
		i = next
	}
}

// isBlank reports whether line holds only whitespace (no-break spaces too).
func isBlank(line []byte) bool {
	for _, r := range string(line) {
		if !isSpace(r) && !ignorable(r) {
			return false
		}
	}
	return true
}
