package gazetteer

import (
	"testing"
	"time"

	"annals/internal/scantest"
)

func tokenSpans(s string) [][2]int {
	var out [][2]int
	for _, tk := range tokenize(s, nil) {
		out = append(out, [2]int{tk.start, tk.end})
	}
	return out
}

func TestHostileInputs(t *testing.T) {
	g := Default()
	for name, s := range scantest.Reproducers(t) {
		scantest.Bounded(name, 10*time.Second, func() {
			scantest.Advancing(t, s, tokenSpans(s))
			g.Match(s)
			Normalize(s)
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
