package text

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordTable checks lookups against the map a table is built from:
// words of every length around the inline limit, the empty word, and
// words it does not hold (prefixes, extensions, a long word).
func TestWordTable(t *testing.T) {
	m := map[string]int32{"": 1, "a": 2, "abcdefghijk": 3, "abcdefghijkl": 4, "the": 5}
	for i, w := range strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty hundred thousand million") {
		m[w] = int32(10 + i)
	}
	tab := NewWordTable(m)
	for w, id := range m {
		if got, ok := tab.Get([]byte(w)); !ok || got != id {
			t.Errorf("%q: got %d %v, want %d", w, got, ok, id)
		}
		if got, ok := tab.GetString(w); !ok || got != id {
			t.Errorf("%q: GetString got %d %v, want %d", w, got, ok, id)
		}
		for _, x := range []string{w + "x", w[:len(w)/2] + "#", "#" + w} {
			want, wok := m[x]
			if got, ok := tab.Get([]byte(x)); ok != wok || ok && got != want {
				t.Errorf("%q: got %d %v, want %d %v", x, got, ok, want, wok)
			}
			if got, ok := tab.GetString(x); ok != wok || ok && got != want {
				t.Errorf("%q: GetString got %d %v, want %d %v", x, got, ok, want, wok)
			}
		}
	}
	for _, w := range []string{"b", "abcdefghij", "abcdefghijm", "abcdefghijkm", "th", "thee", strings.Repeat("a", 300)} {
		if id, ok := tab.Get([]byte(w)); ok {
			t.Errorf("%q: got %d, want none", w, id)
		}
		if id, ok := tab.GetString(w); ok {
			t.Errorf("%q: GetString got %d, want none", w, id)
		}
	}
	if _, ok := NewWordTable(nil).Get([]byte("a")); ok {
		t.Error("empty table holds a word")
	}
}

// TestWordTableFilter checks that the bitmap of the words held turns
// away no word the table holds, and that the table answers as its map
// does for words of any length and bytes (lengths past 16 and first and
// last bytes past 32 share the bitmap's bits with others).
func TestWordTableFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "z", "A", "Q", "0", "9", "'", "-", "é", "ß", "ł", "\u00a0", "\x00", "\xff"}
	word := func() string {
		var b strings.Builder
		for n := rng.IntN(40); n >= 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	m := map[string]int32{}
	for i := range 3000 {
		m[word()] = int32(i)
	}
	tab := NewWordTable(m)
	for w, id := range m {
		if got, ok := tab.Get([]byte(w)); !ok || got != id {
			t.Fatalf("%q: got %d %v, want %d", w, got, ok, id)
		}
	}
	for range 20000 {
		w := word()
		want, wok := m[w]
		if got, ok := tab.Get([]byte(w)); ok != wok || got != want {
			t.Fatalf("%q: got %d %v, want %d %v", w, got, ok, want, wok)
		}
		if got, ok := tab.GetString(w); ok != wok || got != want {
			t.Fatalf("%q: GetString got %d %v, want %d %v", w, got, ok, want, wok)
		}
	}
}

// TestWordTableOf checks that a table built from a list of words and
// their values answers as the one built from their map: every word, and
// words around them it does not hold.
func TestWordTableOf(t *testing.T) {
	for _, c := range []struct {
		name  string
		words []string
	}{
		{"none", nil},
		{"short and long", []string{"", "a", "abcdefghijk", "abcdefghijkl", "the", "organization", "UN"}},
		{"many", strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty hundred thousand million")},
	} {
		m := map[string]int32{}
		ids := make([]int32, len(c.words))
		for i, w := range c.words {
			ids[i] = int32(i*7 + 1)
			m[w] = ids[i]
		}
		ref, tab := NewWordTable(m), NewWordTableOf(c.words, ids)
		for _, w := range c.words {
			for _, x := range []string{w, w + "x", w[:len(w)/2] + "#", "#" + w} {
				wid, wok := ref.GetString(x)
				if id, ok := tab.Get([]byte(x)); ok != wok || id != wid {
					t.Errorf("%s: %q: got %d %v, want %d %v", c.name, x, id, ok, wid, wok)
				}
				if id, ok := tab.GetString(x); ok != wok || id != wid {
					t.Errorf("%s: %q: GetString got %d %v, want %d %v", c.name, x, id, ok, wid, wok)
				}
			}
		}
		if len(c.words) > 0 {
			if _, ok := tab.GetString(c.words[len(c.words)-1]); !ok {
				t.Errorf("%s: the last word is not held", c.name)
			}
		}
	}
}
