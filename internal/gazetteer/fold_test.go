package gazetteer

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRef is fold as it was written before its tables (foldByte and
// foldKeep): a test of each ASCII byte's kind, appended byte by byte.
func foldRef(s string, buf []byte) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldRunes(s, buf[:0])
		}
		switch {
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		case c == '\'' || c == '.' || c == '-':
		default:
			buf = append(buf, c)
		}
	}
	return buf
}

// TestFoldTables checks fold against foldRef on every ASCII byte alone
// and inside words, on words past ASCII (whose folding goes through
// foldRunes) and the words of made-up names, into buffers too small, as
// large as the word and larger (holding other bytes), and nil.
func TestFoldTables(t *testing.T) {
	words := []string{"", "a", "A", "U.N.", "Co-operation", "d'Ivoire", "O'BRIEN", "Türkiye", "SÃO", "ʼAbd", "Straße", "\xff", "ab\xffcd", "a-b.c'd", "...", "---", "C40", "G-20", "x\x00y"}
	for c := range utf8.RuneSelf {
		words = append(words, string(rune(c)), "Ab"+string(rune(c))+"Cd", strings.Repeat(string(rune(c)), 20))
	}
	for _, w := range strings.Fields("Ministry of Foreign Affairs of the Republic of Côte d'Ivoire U.S.-Pacific Nagorno-Karabakh Ki-moon al-Sisi") {
		words = append(words, w)
	}
	for _, w := range words {
		want := string(foldRef(w, nil))
		for _, buf := range [][]byte{nil, make([]byte, 0, 2), make([]byte, 0, len(w)), bytes.Repeat([]byte("#"), len(w)+8)} {
			if got := string(fold(w, buf)); got != want {
				t.Errorf("fold(%q, cap %d) = %q, want %q", w, cap(buf), got, want)
			}
		}
	}
	// the tables, byte by byte
	for c := range utf8.RuneSelf {
		keep := c != '\'' && c != '.' && c != '-'
		if foldKeep[c] != map[bool]byte{false: 0, true: 1}[keep] || keep && foldByte[c] != byte(unicode.ToLower(rune(c))) {
			t.Errorf("byte %q: foldByte %q, foldKeep %d", rune(c), foldByte[c], foldKeep[c])
		}
	}
}
