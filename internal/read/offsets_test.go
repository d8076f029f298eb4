package read

import (
	"math/rand/v2"
	"testing"
)

// naiveFinish is the byte map finish keeps as runs, one entry per byte:
// paragraphs joined by two bytes mapped to the end of the one before, each
// offset raised to the highest one before it, each end to its offset.
func naiveFinish(paras [][][2]int) (m, ends []int) {
	for i, p := range paras {
		if i > 0 {
			sep := ends[len(ends)-1]
			m = append(m, sep, sep)
			ends = append(ends, sep, sep)
		}
		for _, b := range p {
			m = append(m, b[0])
			ends = append(ends, b[1])
		}
	}
	last := 0
	if len(ends) > 0 {
		last = ends[len(ends)-1]
	}
	m = append(m, last)
	for i := 1; i < len(m); i++ {
		m[i] = max(m[i], m[i-1])
	}
	for i := range ends {
		ends[i] = max(ends[i], m[i])
	}
	if len(ends) > 0 {
		m[len(m)-1] = max(m[len(m)-1], ends[len(ends)-1])
	}
	return m, ends
}

// TestOffsetsMatchPerByteMap builds random paragraphs (copied stretches,
// decoded bytes, stretches out of order) and checks that the runs give
// every byte the offsets a per-byte map gives, and so do their windows.
func TestOffsetsMatchPerByteMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		var spans [][][2]int
		var paras []*para
		pos := 0
		for range rng.IntN(5) + 1 {
			var p para
			var ps [][2]int
			for range rng.IntN(8) + 1 {
				switch rng.IntN(4) {
				case 0: // copied bytes
					for range rng.IntN(6) + 1 {
						ps = append(ps, [2]int{pos, pos + 1})
						p.put('a', pos, pos+1)
						pos++
					}
				case 1: // a decoded character of several bytes
					n := rng.IntN(5) + 1
					for range rng.IntN(3) + 1 {
						ps = append(ps, [2]int{pos, pos + n})
						p.put('b', pos, pos+n)
					}
					pos += n
				case 2: // a jump back (content out of order)
					pos = max(pos-rng.IntN(20), 0)
				default: // skipped markup
					pos += rng.IntN(4)
				}
			}
			if len(ps) > 0 { // the builder drops empty paragraphs
				spans = append(spans, ps)
				paras = append(paras, &p)
			}
		}
		want, wantEnds := naiveFinish(spans)
		d := &Doc{}
		finish(d, paras)
		if got := d.Map.Ints(); !equalInts(got, want) {
			t.Fatalf("trial %d: map\n got %v\nwant %v", trial, got, want)
		}
		for i := range wantEnds {
			if got := d.Map.End(i); got != wantEnds[i] {
				t.Fatalf("trial %d: End(%d) = %d, want %d", trial, i, got, wantEnds[i])
			}
		}
		n := len(want) - 1
		a := rng.IntN(n + 1)
		b := a + rng.IntN(n-a+1)
		w := d.Map.Window(a, b)
		if got := w.Ints(); !equalInts(got, want[a:b+1]) {
			t.Fatalf("trial %d: window %d:%d\n got %v\nwant %v", trial, a, b, got, want[a:b+1])
		}
		for i := a; i < b; i++ {
			if got := w.End(i - a); got != wantEnds[i] {
				t.Fatalf("trial %d: window %d:%d End(%d) = %d, want %d", trial, a, b, i-a, got, wantEnds[i])
			}
		}
	}
}

// TestOffsetsCompact: a plain text story keeps a few runs per paragraph,
// not an offset per byte.
func TestOffsetsCompact(t *testing.T) {
	var raw []byte
	for range 2000 {
		raw = append(raw, "The Secretary-General met the\nForeign Minister in Geneva on Monday.\n\n"...)
	}
	d, err := Bytes("a.txt", raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if k := len(d.Map.runs); k > 4*2000 {
		t.Errorf("%d runs for %d paragraphs", k, 2000)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
