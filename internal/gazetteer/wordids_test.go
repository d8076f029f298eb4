package gazetteer

import (
	"strings"
	"testing"
)

// TestWordIDs checks the vocabulary's table (text.WordTable) against the
// map it is built from: every word of the embedded gazetteer's
// vocabulary, and prefixes and extensions of them.
func TestWordIDs(t *testing.T) {
	g := fromLists() // the vocabulary map is the build's
	for w, id := range g.vocab {
		if got, ok := g.ids.Get([]byte(w)); !ok || got != id {
			t.Fatalf("%q: got %d %v, want %d", w, got, ok, id)
		}
		for _, x := range []string{w + "x", w[:len(w)/2] + "#", "#" + w} {
			want, wok := g.vocab[x]
			if got, ok := g.ids.Get([]byte(x)); ok != wok || got != want && ok {
				t.Fatalf("%q: got %d %v, want %d %v", x, got, ok, want, wok)
			}
		}
	}
}

// BenchmarkWordIDs looks up the folded words of a text in the table, as
// the matcher does per token; BenchmarkWordIDsMap does it in the map.
func BenchmarkWordIDs(b *testing.B)    { benchVocab(b, false) }
func BenchmarkWordIDsMap(b *testing.B) { benchVocab(b, true) }

func benchVocab(b *testing.B, useMap bool) {
	g := fromLists()
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
				_, ok = g.ids.Get(k)
			}
			if ok {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/word")
}
