package gazetteer

import (
	"strings"
	"testing"
)

// TestWordIDs checks the table against the map it is built from: every
// word of the embedded gazetteer's vocabulary, and words it does not hold
// (of every length around the inline limit, the empty word, prefixes and
// extensions of known words).
func TestWordIDs(t *testing.T) {
	g := Default()
	for w, id := range g.vocab {
		if got, ok := g.ids.get([]byte(w)); !ok || got != id {
			t.Fatalf("%q: got %d %v, want %d", w, got, ok, id)
		}
		for _, x := range []string{w + "x", w[:len(w)/2] + "#", "#" + w} {
			want, wok := g.vocab[x]
			if got, ok := g.ids.get([]byte(x)); ok != wok || got != want && ok {
				t.Fatalf("%q: got %d %v, want %d %v", x, got, ok, want, wok)
			}
		}
	}
	small := newWordIDs(map[string]int32{"": 1, "a": 2, "abcdefghijk": 3, "abcdefghijkl": 4, "the": 5})
	for _, tc := range []struct {
		w  string
		id int32
		ok bool
	}{
		{"", 1, true}, {"a", 2, true}, {"abcdefghijk", 3, true}, {"abcdefghijkl", 4, true}, {"the", 5, true},
		{"b", 0, false}, {"abcdefghij", 0, false}, {"abcdefghijkm", 0, false}, {"th", 0, false}, {"thee", 0, false},
		{strings.Repeat("a", 300), 0, false},
	} {
		if id, ok := small.get([]byte(tc.w)); id != tc.id || ok != tc.ok {
			t.Errorf("%q: got %d %v, want %d %v", tc.w, id, ok, tc.id, tc.ok)
		}
	}
}

// BenchmarkWordIDs looks up the folded words of a text in the table, as
// the matcher does per token; BenchmarkWordIDsMap does it in the map.
func BenchmarkWordIDs(b *testing.B)    { benchVocab(b, false) }
func BenchmarkWordIDsMap(b *testing.B) { benchVocab(b, true) }

func benchVocab(b *testing.B, useMap bool) {
	g := Default()
	text := strings.Repeat("The Secretary-General of the United Nations met the President of the Republic of Korea on Monday to discuss the situation in the region and the work of the Organization for Security and Co-operation in Europe . ", 20)
	var keys [][]byte
	for _, tk := range tokenize(text, nil) {
		keys = append(keys, fold(text[tk.start:tk.end], nil))
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, k := range keys {
			var ok bool
			if useMap {
				_, ok = g.vocab[string(k)]
			} else {
				_, ok = g.ids.get(k)
			}
			if ok {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/word")
}
