package read

import (
	"strings"
	"testing"
)

// sameWordsCopy is sameWords as it was written first: both sides
// lower-cased and stripped of what is not a letter or a digit, then
// compared.
func sameWordsCopy(a, b string) bool {
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range strings.ToLower(s) {
			if isWordRune(r) {
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	na := norm(a)
	return na != "" && na == norm(b)
}

// TestSameWordsInPlace checks sameWords, which compares in place, against
// the copies it replaced, for pairs of headlines and first paragraphs
// (cases, punctuation, spacing, non-ASCII letters and digits, invalid
// bytes, empty and word-less texts).
func TestSameWordsInPlace(t *testing.T) {
	texts := []string{
		"", " ", "...", "—", "Statement on the Summit", "STATEMENT ON THE SUMMIT", "Statement on the Summit.",
		"Statement  on\nthe   Summit", "Statement on the Summits", "Statement on the", "statement-on-the-summit",
		"Élysée Talks", "élysée talks", "ÉLYSÉE TALKS", "Elysee Talks", "İstanbul Forum", "istanbul forum", "i̇stanbul forum",
		"ΣΥΝΟΔΟΣ Κορυφής", "σύνοδος κορυφής", "Summit 2024", "Summit ２０２４", "Summit 2024!", "a\xffb", "A\xffB", "ab", "a\xff\xfeb",
		"\xff", "\xef\xbf\xbd", "a\xef\xbf\xbdb", "ǅemal", "ǆemal", "Ǆemal", "ß", "SS", "ss", "K", "k", "\u212a",
	}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameWords(a, b), sameWordsCopy(a, b); got != want {
				t.Errorf("sameWords(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// BenchmarkSameWords compares a headline with a first paragraph that
// repeats it, in another case.
func BenchmarkSameWords(b *testing.B) {
	a, c := "Readout of the Vice President’s Meeting with Prime Minister Mark Rutte", "READOUT OF THE VICE PRESIDENT’S MEETING WITH PRIME MINISTER MARK RUTTE"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sameWords(a, c)
	}
}
