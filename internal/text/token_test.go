package text

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsCapASCIIFast checks IsCap, which answers a word starting with
// an ASCII byte without decoding it, against unicode.IsUpper of the
// word's first rune: every rune below U+0800 alone and before "ab",
// the empty word and invalid UTF-8.
func TestIsCapASCIIFast(t *testing.T) {
	ref := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	words := []string{"", "\xff", "\xc3", "A", "a", "Z", "z", "@", "[", "`", "{", "É", "é", "Ωmega", "ωmega", "ǅ", "1st", " A"}
	for r := rune(0); r < 0x800; r++ {
		words = append(words, string(r), string(r)+"ab")
	}
	for _, w := range words {
		if got, want := IsCap(w), ref(w); got != want {
			t.Errorf("IsCap(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsCapRune checks isCapRune, IsCap past ASCII, on every rune up to
// U+2FFF and on bytes that are no rune.
func TestIsCapRune(t *testing.T) {
	words := []string{"", "\xff", "\xc3", "\xc3\x28", "\xe2\x82"}
	for r := rune(0x80); r < 0x3000; r++ {
		words = append(words, string(r), string(r)+"ab")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isCapRune(w), unicode.IsUpper(r); got != want {
			t.Errorf("isCapRune(%q) = %v, want %v", w, got, want)
		}
		if got, want := IsCap(w), unicode.IsUpper(r); got != want {
			t.Errorf("IsCap(%q) = %v, want %v", w, got, want)
		}
	}
}
