package gazetteer

import (
	"strings"
	"testing"
)

// TestEdgeTable checks the matcher's table of the trie's edges against
// the map it is made from: every edge of the built-in gazetteer and of
// small made-up tries is found with its child, and keys next to them
// (another node, class or word) are found only when the map has them.
func TestEdgeTable(t *testing.T) {
	cases := []struct {
		name  string
		edges map[uint64]int32
	}{
		{"none", map[uint64]int32{}},
		{"one", map[uint64]int32{edgeKey(0, anyCase, 1): 1}},
		{"possessive", map[uint64]int32{edgeKey(0, capCase, 1): 1, edgeKey(1, anyCase, possID): 2, edgeKey(2, capCase, 3): 3}},
		// keys whose homes collide in a table of 16 slots: probing
		{"crowded", func() map[uint64]int32 {
			m := map[uint64]int32{}
			for i := int32(1); i <= 8; i++ {
				m[uint64(i)<<60] = i
			}
			return m
		}()},
		{"built-in", Default().edges},
	}
	for _, c := range cases {
		tab := newEdgeTable(c.edges)
		if n := len(tab.slots); n < 2*len(c.edges) || n&(n-1) != 0 {
			t.Errorf("%s: %d slots for %d edges", c.name, n, len(c.edges))
		}
		for k, child := range c.edges {
			if got, ok := tab.get(k); !ok || got != child {
				t.Fatalf("%s: edge %x: %d, %v; want %d", c.name, k, got, ok, child)
			}
			for _, near := range []uint64{k + 1, k - 1, k ^ 1<<32, k + 1<<34, k ^ 1<<60, 0} {
				want, wok := c.edges[near]
				if got, ok := tab.get(near); ok != wok || got != want {
					t.Fatalf("%s: key %x: %d, %v; want %d, %v", c.name, near, got, ok, want, wok)
				}
			}
		}
	}
}

// TestMatcherIDs checks the vocabulary ids the matcher gives the tokens
// of texts, and whether it lets a word without capitals begin a name,
// against folding every word and looking it up: the words of ASCII
// letters and digits that the tables' bitmaps turn away unfolded must be
// exactly those the tables do not hold, in any case.
func TestMatcherIDs(t *testing.T) {
	g := Default()
	news := newsText(100_000)
	texts := []struct{ name, text string }{
		{"news", news},
		{"lower", strings.ToLower(news)},
		{"upper", strings.ToUpper(news[:30_000])},
		{"made-up", "The Bank of England, the BANK OF ENGLAND and the bank of england met the U.N. and the UN in D.C.; " +
			"Côte d’Ivoire's Co-operation with NATO's Nato and the G20, 2024 and 3rd, the IsDB and ISDB, O'Brien " +
			"and the united nations, the Republic of Korea's REPUBLIC and the republic."},
	}
	for _, c := range texts {
		m := &matcher{g: g, text: c.text}
		m.toks = tokenize(c.text, nil)
		var buf []byte
		held, checked := 0, 0
		for j := range m.toks {
			tk := m.toks[j]
			if tk.punct {
				continue
			}
			buf = fold(c.text[tk.start:tk.end], buf)
			_, wantLow := g.lowStarts.Get(buf)
			if !tk.cap && !tk.upper && !tk.mixed {
				if got := m.lowStart(j); got != wantLow {
					t.Fatalf("%s: %q: lowStart %v, want %v", c.name, c.text[tk.start:tk.end], got, wantLow)
				}
			}
			want, ok := g.ids.Get(buf)
			if !ok {
				want = -1
			}
			if got := m.id(j); got != want {
				t.Fatalf("%s: %q: id %d, want %d", c.name, c.text[tk.start:tk.end], got, want)
			}
			checked++
			if want >= 0 {
				held++
			}
		}
		if held == 0 || held == checked {
			t.Errorf("%s: %d of %d words held: the case tells nothing", c.name, held, checked)
		}
	}
}
