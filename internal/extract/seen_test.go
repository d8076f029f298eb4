package extract

import (
	"fmt"
	"strings"
	"testing"

	"annals/internal/text"
)

// TestSeenWords checks the set of a story's lower-case words against a
// Go map: words that share the hash (length, first, middle and last
// bytes), the empty word (never held), a word added twice, a set grown
// past its first table, and a set emptied for the next story.
func TestSeenWords(t *testing.T) {
	many := make([]string, 700)
	for i := range many {
		many[i] = fmt.Sprintf("w%dx", i)
	}
	for _, tc := range []struct {
		name      string
		add, more []string // more: asked, not added
	}{
		{"one word", []string{"minister"}, []string{"ministers", "Minister", "", "m"}},
		{"same hash", []string{"abcxe", "azcxe", "aycxe"}, []string{"abcye", "axcxe", "abcxf"}},
		{"empty word", []string{"", "of", ""}, []string{"", "off"}},
		{"twice", []string{"the", "the", "of", "the"}, []string{"then", "th"}},
		{"grown", many, []string{"w700x", "w1x0", "x1w"}},
	} {
		var set seenWords
		for round := range 2 {
			want := map[string]bool{}
			for _, w := range tc.add {
				set.add(w)
				if w != "" {
					want[w] = true
				}
			}
			if set.n != len(want) {
				t.Errorf("%s (%d): %d words held, want %d", tc.name, round, set.n, len(want))
			}
			for _, w := range append(append([]string{}, tc.add...), tc.more...) {
				if got := set.has(w); got != want[w] {
					t.Errorf("%s (%d): has(%q) = %v, want %v", tc.name, round, w, got, want[w])
				}
			}
			set.reset()
			for _, w := range tc.add {
				if set.has(w) {
					t.Errorf("%s (%d): %q held after reset", tc.name, round, w)
				}
			}
		}
	}
}

// TestLowerSeen checks a story's lowerSeen against the words it writes
// in lower case, as a map of them gives them: a capitalized word the
// story also writes in lower case is seen, one it never does is not,
// nor a name's particle ("al-Sudani").
func TestLowerSeen(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		seen, not  []string
	}{
		{"common word", "Security matters. The Council met on security in Geneva.", []string{"security", "matters", "met", "on"}, []string{"council", "geneva", "the", ""}},
		{"particle", "Prime Minister al-Sudani met the minister.", []string{"met", "the", "minister"}, []string{"al-sudani", "prime"}},
	} {
		s := testState(t, "x.txt", tc.text)
		want := map[string]bool{}
		for i, tok := range s.toks {
			if w := s.word(i); tok.Kind == text.Word && !text.IsCap(w) && !particleWord(w) {
				want[strings.ToLower(w)] = true
			}
		}
		for _, w := range tc.seen {
			if !s.lowerSeen.has(w) || !want[w] {
				t.Errorf("%s: %q not seen", tc.name, w)
			}
		}
		for _, w := range tc.not {
			if s.lowerSeen.has(w) || want[w] {
				t.Errorf("%s: %q seen", tc.name, w)
			}
		}
		if s.lowerSeen.n != len(want) {
			t.Errorf("%s: %d words seen, want %d", tc.name, s.lowerSeen.n, len(want))
		}
	}
}
