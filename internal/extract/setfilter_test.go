package extract

import (
	"strconv"
	"strings"
	"testing"

	"annals/internal/text"
)

// TestSetFilter checks that a set's filter passes every word of the set
// (a false answer must mean the word is not there) and turns words away
// by their length or first byte.
func TestSetFilter(t *testing.T) {
	long := strings.Repeat("x", 70)
	tests := []struct {
		name     string
		set      map[string]bool
		rejected []string
	}{
		{"appointVerbs", appointVerbs.m, []string{"the", "of", "president", "and", "", "zzzz"}},
		{"with the empty word and a long one", set("", "ab", long).m, []string{"a", "abc", "cb", strings.Repeat("y", 70)}},
		{"non-ASCII first bytes", set("été", "Ünal").m, []string{"ete", "unal", "été-x"}},
		{"empty set", set().m, []string{"", "a", long}},
	}
	for _, tt := range tests {
		f := filterOf(tt.set)
		for w := range tt.set {
			if !f.may(w) {
				t.Errorf("%s: %q is in the set, the filter says no", tt.name, w)
			}
		}
		for _, w := range tt.rejected {
			if f.may(w) {
				t.Errorf("%s: %q passes the filter", tt.name, w)
			}
		}
	}
}

// TestWordSetHas checks that a list's has answers what its map reads, for
// the words of the list and words near them: other cases, a letter more
// or less, the empty word, words past a table slot's length, non-ASCII
// bytes.
func TestWordSetHas(t *testing.T) {
	long := strings.Repeat("x", 70)
	var many []string
	for i := range 3000 {
		many = append(many, strconv.Itoa(i*7)+"ab"[i%2:])
	}
	sets := []wordSet{
		titleHeads, orgHeads, connectors, appointVerbs, companySuffixes,
		set("", "ab", long, "directorate-general", "été", "a"),
		set("été", "Ünal", "ministère"),
		set(),
		set(many...), // a bitmap of 131,072 bits
	}
	for i := range sets {
		ws := &sets[i]
		var asked []string
		for w := range ws.m {
			asked = append(asked, w, strings.ToUpper(w), w+"s", w+"x", "x"+w, w[:len(w)/2], w+w)
		}
		asked = append(asked, "", "the", "of", "a", "x", long, long+"y", "\xff", "directorate-generals")
		for _, w := range asked {
			if got, want := ws.has(w), ws.m[w]; got != want {
				t.Errorf("set %d: has(%q) = %v, the map reads %v", i, w, got, want)
			}
		}
	}
}

// BenchmarkWordSetHas asks five lists (two large, three small) whether
// each word of 100 generated stories is theirs, in lower case, as the
// rules do.
func BenchmarkWordSetHas(b *testing.B) {
	var words []string
	for _, r := range genStories(b, 100) {
		for _, t := range text.AppendTokens(nil, string(r)) {
			words = append(words, strings.ToLower(string(r[t.Start:t.End])))
		}
	}
	sets := []*wordSet{&titleHeads, &orgHeads, &connectors, &appointVerbs, &companySuffixes}
	b.ResetTimer()
	n := 0
	for range b.N {
		for _, ws := range sets {
			for _, w := range words {
				if ws.has(w) {
					n++
				}
			}
		}
	}
	if n < 0 {
		b.Log(n)
	}
}
