package read

import (
	"encoding/binary"
	"regexp"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Web pages are not always UTF-8. An HTML file that is not valid UTF-8 is
// decoded as browsers would: with the single-byte charset its <meta>
// declares (windows-1252 when it declares none and does not look like
// UTF-8), or as UTF-8 with each stray byte read as U+FFFD. The page is then
// read from the decoded copy and every offset is translated back, so Raw
// stays the file as read and spans still cite its bytes (in its own
// encoding). Multi-byte legacy charsets (Shift_JIS, GBK...) are not
// decoded.

// metaCharset matches a charset declaration in the head of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTML returns data decoded to UTF-8 with, for each byte of the
// result and one past its end, the offset in data it came from; ok is
// false when the page's charset cannot be decoded.
func decodeHTML(data []byte) (text []byte, offs []int, ok bool) {
	var cm *charmap.Charmap
	if m := metaCharset.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
		enc, err := htmlindex.Get(string(m[1]))
		if err == nil {
			name, _ := htmlindex.Name(enc)
			if name != "utf-8" {
				c, single := enc.(*charmap.Charmap)
				if !single {
					return nil, nil, false
				}
				cm = c
			}
		}
	}
	if cm == nil && !mostlyUTF8(data) {
		cm = charmap.Windows1252
	}
	text = make([]byte, 0, len(data)+len(data)/8)
	offs = make([]int, 0, cap(text)+1)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(data); {
		var r rune
		n := 1
		if cm != nil {
			r = cm.DecodeByte(data[i])
		} else {
			r, n = utf8.DecodeRune(data[i:])
		}
		k := utf8.EncodeRune(buf[:], r)
		for j := 0; j < k; j++ {
			text = append(text, buf[j])
			offs = append(offs, i)
		}
		i += n
	}
	offs = append(offs, len(data))
	return text, offs, true
}

// mostlyUTF8 reports whether data has more valid multi-byte UTF-8
// sequences than invalid bytes.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good > bad
}

// remap translates every offset of d from the decoded copy to the
// original bytes.
func remap(d *Doc, offs []int) {
	at := func(x int) int { return offs[min(max(x, 0), len(offs)-1)] }
	tr := func(xs []int) {
		for i, x := range xs {
			xs[i] = at(x)
		}
	}
	var rs runs
	d.Map.each(func(i, src, end int) { rs.add(i, at(src), at(end)) })
	d.Map = Offsets{runs: rs, n: d.Map.n, last: at(d.Map.last)}
	tr(d.titleSrc)
	tr(d.titleEnd)
	if d.TitleSpan[0] >= 0 {
		tr(d.TitleSpan[:])
	}
}

// fromUTF16 transcodes a file that opens with a UTF-16 byte order mark
// (as Windows editors save "Unicode" text) to UTF-8, without the mark; ok
// is false for any other file. The story is then the UTF-8 text: its
// spans cite the transcoded bytes. A lone surrogate reads as U+FFFD; an
// odd byte at the end is an error.
func fromUTF16(data []byte) (out []byte, ok bool, err error) {
	var order binary.ByteOrder
	switch {
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return nil, false, nil
	}
	body := data[2:]
	if len(body)%2 != 0 {
		return nil, true, errorf(ErrInvalidUTF8, "UTF-16 text with an odd number of bytes (%d)", len(data))
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = order.Uint16(body[2*i:])
	}
	out = make([]byte, 0, len(body))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, true, nil
}
