package text

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"annals/internal/scantest"
)

func TestWindows(t *testing.T) {
	tests := []struct {
		in   string
		size int
		want []string
	}{
		{"", 10, nil},
		{"short", 10, []string{"short"}},
		{"One two.\n\nThree four five six.", 16, []string{"One two.\n\n", "Three four five ", "six."}},
		{"aaa. bbb ccc ddd", 12, []string{"aaa. bbb ", "ccc ddd"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"ééééé", 5, []string{"éé", "éé", "é"}},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range Windows(tc.in, tc.size) {
			got = append(got, tc.in[w.Start:w.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Windows(%q, %d) = %q, want %q", tc.in, tc.size, got, tc.want)
		}
	}
}

// TestRunOnSentence: a 40 KB sentence without a period is cut into
// sentences of at most MaxSentence bytes, at clause breaks.
func TestRunOnSentence(t *testing.T) {
	b, err := os.ReadFile("testdata/hostile/sentence-40k.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	ss := Sentences(s)
	if len(ss) < len(s)/MaxSentence {
		t.Fatalf("%d sentences for %d bytes", len(ss), len(s))
	}
	for _, x := range ss {
		if x.End-x.Start > MaxSentence {
			t.Fatalf("sentence of %d bytes", x.End-x.Start)
		}
		if c := s[x.End-1]; c != ',' && c != '.' {
			t.Errorf("sentence cut inside a clause: ...%q", s[max(x.Start, x.End-30):x.End])
		}
	}
}

// FuzzWindows checks that the windows cover the text, advance and keep
// runes whole.
func FuzzWindows(f *testing.F) {
	f.Add("One two.\n\nThree four five six.", 16)
	f.Add("ééééé", 5)
	f.Add("\xff\xff\xff\xff\xff\xff", 2)
	f.Fuzz(func(t *testing.T, s string, size int) {
		size = size%64 + 64
		if size < 0 {
			size = -size
		}
		prev := 0
		scantest.Bounded("windows", 10e9, func() {
			for _, w := range Windows(s, size) {
				if w.Start != prev || w.End <= w.Start || w.End-w.Start > max(size, utf8.UTFMax) {
					t.Fatalf("bad window %+v after %d (size %d) in %q", w, prev, size, s)
				}
				if utf8.ValidString(s) && !utf8.ValidString(s[w.Start:w.End]) {
					t.Fatalf("window %+v cuts a rune in %q", w, s)
				}
				prev = w.End
			}
		})
		if prev != len(s) {
			t.Fatalf("windows end at %d of %d", prev, len(s))
		}
	})
}
