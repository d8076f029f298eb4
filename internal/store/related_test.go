package store

import "testing"

// TestTitleMaxDF checks the bound on a title word's document frequency:
// a tenth of the stories, at least 50, at most titleDFCap, so that the
// count of a word reads a bounded part of its list.
func TestTitleMaxDF(t *testing.T) {
	for _, c := range []struct{ stories, want int }{
		{0, 50}, {100, 50}, {499, 50}, {2000, 200}, {5000, 500}, {5009, 500}, {98685, 500}, {1000000, 500},
	} {
		if got := titleMaxDF(c.stories); got != c.want {
			t.Errorf("titleMaxDF(%d) = %d, want %d", c.stories, got, c.want)
		}
	}
}
