package text

import (
	"testing"
	"time"

	"annals/internal/scantest"
)

func tokenSpans(s string) [][2]int {
	var out [][2]int
	for _, tk := range Tokens(s) {
		out = append(out, [2]int{tk.Start, tk.End})
	}
	return out
}

func TestHostileInputs(t *testing.T) {
	for name, s := range scantest.Reproducers(t) {
		scantest.Bounded(name, 10*time.Second, func() {
			scantest.Advancing(t, s, tokenSpans(s))
			Sentences(s)
		})
	}
}

// FuzzTokenize checks that the scanner advances on every input and returns
// in bounded time.
func FuzzTokenize(f *testing.F) {
	for _, s := range scantest.Reproducers(f) {
		f.Add(s)
	}
	for _, s := range scantest.Seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		scantest.Bounded("tokenize", 10*time.Second, func() {
			scantest.Advancing(t, s, tokenSpans(s))
		})
	})
}
