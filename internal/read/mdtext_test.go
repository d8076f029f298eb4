package read

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// textByChar is mdWalker.text as first written: each character written
// by a call of its own. text writes runs of characters at once and must
// build the same paragraphs.
func (w *mdWalker) textByChar(a, z int, link bool) {
	raw := w.raw
	for i := a; i < z; {
		switch c := raw[i]; {
		case c == '\\' && i+1 < z && isASCIIPunct(raw[i+1]):
			w.b.decoded(string(raw[i+1]), i, i+2, link, false)
			i += 2
			continue
		case c == '&':
			if s, n := entityAt(raw, i, z, true); n > 0 {
				w.b.decoded(s, i, i+n, link, false)
				i += n
				continue
			}
		case c == '*':
			if !w.runInEnd(i) {
				i++
				continue
			}
		}
		w.b.raw(raw, i, i+1+trailing(raw[i]), link, false)
		i += 1 + trailing(raw[i])
	}
}

// FuzzMarkdownText writes a valid UTF-8 text as a few segments (cut at
// character boundaries chosen by cuts), with text and with textByChar,
// and compares the paragraphs built.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"plain words, and more", "a \\* b &amp; c &#x2019; d\\", "x&y &unknown; \\q \\\\",
		"caf\u00e9 \u2014 na\u00efve\u00a0\u200bzero\u00adsoft  two  spaces\ttab",
		"&copy &amp;amp; \\&amp; end&", "\ufeffbom \U0001F600 emoji",
		"Act.** The \\** b *c", "Key outcomes:*** ** Ports**.**", "Clean Water** The plan* Goes",
	} {
		f.Add([]byte(s), uint64(0x0507))
	}
	f.Fuzz(func(t *testing.T, raw []byte, cuts uint64) {
		if !utf8.Valid(raw) {
			return
		}
		// segment ends: character boundaries picked by the bits of cuts
		var ends []int
		for i := 1; i < len(raw); i++ {
			if utf8.RuneStart(raw[i]) && cuts>>(i%64)&1 == 1 {
				ends = append(ends, i)
			}
		}
		ends = append(ends, len(raw))
		build := func(byChar bool) []*para {
			w := &mdWalker{raw: raw, src: raw}
			a := 0
			for k, z := range ends {
				link := k%3 == 1
				if byChar {
					w.textByChar(a, z, link)
				} else {
					w.text(a, z, link)
				}
				if k%4 == 2 {
					w.b.close() // a paragraph ends here
				}
				a = z
			}
			w.b.close()
			return w.b.paras
		}
		got, want := build(false), build(true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text and textByChar differ on %q (ends %v)", raw, ends)
		}
	})
}

// FuzzBuilderRaw writes a text as segments (cut where cuts says, anywhere:
// raw also takes invalid UTF-8) with builder.raw and with rawByByte,
// with spaces and decoded characters between some, and compares the
// paragraphs built.
func FuzzBuilderRaw(f *testing.F) {
	for _, s := range []string{
		"plain words, and more", "caf\u00e9 \u2014 na\u00efve\u00a0\u200bzero\u00adsoft  two  spaces\ttab",
		"a\x7fb\x00c \xff\xfe d", "ABC123 def,456 \U0001F600",
	} {
		f.Add([]byte(s), uint64(0x2a5))
	}
	f.Fuzz(func(t *testing.T, raw []byte, cuts uint64) {
		var ends []int
		for i := 1; i < len(raw); i++ {
			if cuts>>(i%64)&1 == 1 {
				ends = append(ends, i)
			}
		}
		ends = append(ends, len(raw))
		build := func(byByte0 bool) []*para {
			byByte = byByte0
			defer func() { byByte = false }()
			var b builder
			a := 0
			for k, z := range ends {
				link, code := k%3 == 1, k%5 == 2
				if byByte0 {
					b.rawByByte(raw, a, z, link, code)
				} else {
					b.raw(raw, a, z, link, code)
				}
				switch k % 4 {
				case 1:
					b.space(z, z+1)
				case 2:
					if k%3 == 2 {
						b.decoded("\ufffd", z, z+1, link, code) // a NUL as the HTML tokenizer reads it
					} else {
						b.decoded("&", z, z+5, link, code)
					}
				case 3:
					b.close()
				}
				a = z
			}
			b.close()
			return b.paras
		}
		got, want := build(false), build(true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("raw and rawByByte differ on %q (ends %v)", raw, ends)
		}
	})
}
