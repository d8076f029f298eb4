// Package wordclust learns word classes from unlabelled text: the
// predictive exchange algorithm (Uszkoreit and Brants 2008), which moves
// each word to the class that best predicts it from the word before it,
// a fast equivalent of Brown clustering. The name tagger (package ner)
// uses the classes as features; the clustering runs only when the
// classes are rebuilt (cmd/annals-train clusters), never at run time.
package wordclust

import (
	"math"
	"sort"
)

// Counts holds the vocabulary and bigram counts of a corpus.
type Counts struct {
	Words []string       // id -> word; id 0 is the unknown word
	ID    map[string]int // word -> id
	Freq  []int64        // id -> count
	pairs map[uint64]int32
}

// Vocab selects the words seen at least minCount times in freq (ties in
// count broken by the word, so that the ids are deterministic).
func Vocab(freq map[string]int64, minCount int64) *Counts {
	var ws []string
	for w, n := range freq {
		if n >= minCount {
			ws = append(ws, w)
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if freq[ws[i]] != freq[ws[j]] {
			return freq[ws[i]] > freq[ws[j]]
		}
		return ws[i] < ws[j]
	})
	c := &Counts{Words: append([]string{"<unk>"}, ws...), ID: map[string]int{}, pairs: map[uint64]int32{}}
	c.Freq = make([]int64, len(c.Words))
	for i, w := range c.Words {
		c.ID[w] = i
	}
	return c
}

// Add counts one sentence (a sequence of words).
func (c *Counts) Add(words []string) {
	prev := -1
	for _, w := range words {
		id := c.ID[w] // 0 when unknown
		c.Freq[id]++
		if prev >= 0 {
			c.pairs[uint64(prev)<<32|uint64(id)]++
		}
		prev = id
	}
}

// Options steer a clustering.
type Options struct {
	Classes    int
	Iterations int
	Progress   func(iter int, moved int)
}

// Cluster returns the class (0..Classes-1) of every word id of c.
func Cluster(c *Counts, opt Options) []int {
	V, C := len(c.Words), opt.Classes
	// predecessors of each word with their bigram counts, in a stable order
	type pc struct {
		w int32
		n int32
	}
	preds := make([][]pc, V)
	keys := make([]uint64, 0, len(c.pairs))
	for k := range c.pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		w, v := int32(k>>32), int32(uint32(k))
		preds[v] = append(preds[v], pc{w, c.pairs[k]})
	}
	// initial classes: the most frequent words round robin
	class := make([]int, V)
	for v := range class {
		class[v] = v % C
	}
	nwc := make([]int64, V*C) // N(w, c): how often w precedes a word of class c
	nc := make([]int64, C)
	for v := 0; v < V; v++ {
		nc[class[v]] += c.Freq[v]
		for _, p := range preds[v] {
			nwc[int(p.w)*C+class[v]] += int64(p.n)
		}
	}
	f := func(x int64) float64 {
		if x <= 0 {
			return 0
		}
		return float64(x) * math.Log(float64(x))
	}
	// table of x log x for small counts
	const T = 1 << 16
	tab := make([]float64, T)
	for i := 1; i < T; i++ {
		tab[i] = f(int64(i))
	}
	ff := func(x int64) float64 {
		if x < T {
			return tab[x]
		}
		return f(x)
	}
	delta := make([]float64, C)
	for it := 0; it < opt.Iterations; it++ {
		moved := 0
		for v := 1; v < V; v++ {
			old := class[v]
			nv := c.Freq[v]
			// take v out of its class
			nc[old] -= nv
			for _, p := range preds[v] {
				nwc[int(p.w)*C+old] -= int64(p.n)
			}
			// gain of putting v into each class
			for k := range delta {
				delta[k] = ff(nc[k]) - ff(nc[k]+nv)
			}
			for _, p := range preds[v] {
				row := nwc[int(p.w)*C : int(p.w)*C+C]
				n := int64(p.n)
				for k, x := range row {
					delta[k] += ff(x+n) - ff(x)
				}
			}
			best := old
			for k := range delta {
				if delta[k] > delta[best]+1e-9 {
					best = k
				}
			}
			if best != old {
				moved++
			}
			class[v] = best
			nc[best] += nv
			for _, p := range preds[v] {
				nwc[int(p.w)*C+best] += int64(p.n)
			}
		}
		if opt.Progress != nil {
			opt.Progress(it+1, moved)
		}
		if moved == 0 {
			break
		}
	}
	return class
}
