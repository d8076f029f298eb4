package read

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"annals/internal/storygen"
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

// TestBuilderMapsByByte reads whole documents (generated stories, the
// shared development stories and seeds, the repository's examples and
// docs, each Markdown file also as plain text) with the builder's writers
// and with the ones they replaced, which mapped the text byte by byte
// (rawByByte, charByByte), and checks that the documents are the same:
// text, paragraphs' map runs, and At and End of every offset.
func TestBuilderMapsByByte(t *testing.T) {
	var names []string
	var docs [][]byte
	if c, err := storygen.Load("../../../shared/corpus/wh-briefings.txt.gz"); err == nil {
		n := 400
		if testing.Short() {
			n = 50
		}
		g := storygen.New(c, 77)
		for i := range n {
			names = append(names, "gen.md")
			docs = append(docs, g.Story(i).Raw)
		}
	}
	for _, pat := range []string{"../../examples/*.*", "../../examples/*/*.*", "../../docs/*.md",
		"../../../shared/dev/stories/*", "../../../shared/dev2/stories/*", "../../../shared/seeds/*", "testdata/hostile/*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				names = append(names, f)
				docs = append(docs, b)
			}
		}
	}
	for k := range len(docs) {
		if strings.HasSuffix(names[k], ".md") {
			names = append(names, "as.txt")
			docs = append(docs, docs[k])
		}
	}
	if len(docs) < 100 {
		t.Logf("only %d documents (no shared data beside the repository)", len(docs))
	}
	for k, raw := range docs {
		got, errg := Bytes(names[k], raw, Options{})
		byByte = true
		want, errw := Bytes(names[k], raw, Options{})
		byByte = false
		if fmt.Sprint(errg) != fmt.Sprint(errw) {
			t.Fatalf("%s: errors %v, %v", names[k], errg, errw)
		}
		if errg != nil {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: documents differ", names[k])
		}
		for i := 0; i <= len(got.Text); i++ {
			if got.Map.At(i) != want.Map.At(i) || got.Map.End(i) != want.Map.End(i) {
				t.Fatalf("%s: offset %d: %d-%d, want %d-%d", names[k], i, got.Map.At(i), got.Map.End(i), want.Map.At(i), want.Map.End(i))
			}
		}
	}
	t.Logf("%d documents", len(docs))
}
