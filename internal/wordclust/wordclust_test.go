package wordclust

import (
	"strings"
	"testing"
)

// Words that follow the same words end up in the same class.
func TestCluster(t *testing.T) {
	text := strings.Repeat("the cat ran . the dog ran . a cat sat . a dog sat . in Paris today . in London today . in Rome today . to Paris now . to Rome now . to London now . ", 20)
	words := strings.Fields(text)
	freq := map[string]int64{}
	for _, w := range words {
		freq[w]++
	}
	c := Vocab(freq, 2)
	c.Add(words)
	cl := Cluster(c, Options{Classes: 6, Iterations: 20})
	class := func(w string) int { return cl[c.ID[w]] }
	tests := []struct {
		a, b string
		same bool
	}{
		{"cat", "dog", true},
		{"Paris", "London", true},
		{"Paris", "Rome", true},
		{"cat", "Paris", false},
	}
	for _, tc := range tests {
		if (class(tc.a) == class(tc.b)) != tc.same {
			t.Errorf("%s and %s: same class %v, want %v (%v)", tc.a, tc.b, !tc.same, tc.same, cl)
		}
	}
	// deterministic
	again := Cluster(c, Options{Classes: 6, Iterations: 20})
	for i := range cl {
		if cl[i] != again[i] {
			t.Fatalf("not deterministic")
		}
	}
}
