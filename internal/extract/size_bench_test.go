package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annals/internal/read"
)

// prose returns n bytes of ordinary news prose: the public-domain corpus
// beside the repository when it is there, else the example stories
// repeated. Cut at a line end, so no word is broken.
func prose(tb testing.TB, n int) []byte {
	tb.Helper()
	var src []byte
	if f, err := os.Open("../../../shared/corpus/wh-briefings.txt.gz"); err == nil {
		defer f.Close()
		if z, err := gzip.NewReader(f); err == nil {
			src, _ = io.ReadAll(io.LimitReader(z, int64(n)+4096))
		}
	}
	if len(src) < n {
		var b strings.Builder
		files, _ := filepath.Glob("../../examples/*.txt")
		for b.Len() < n+4096 && len(files) > 0 {
			for _, p := range files {
				raw, err := os.ReadFile(p)
				if err != nil {
					tb.Fatal(err)
				}
				b.Write(raw)
				b.WriteString("\n\n")
			}
		}
		src = []byte(b.String())
	}
	if len(src) < n {
		tb.Skip("no text to build the input from")
	}
	src = src[:n]
	if k := strings.LastIndexByte(string(src), '\n'); k > n/2 {
		src = src[:k+1]
	}
	return src
}

// BenchmarkSize reads and extracts one story of 10 KB, 100 KB, 1 MB and
// 10 MB of prose: the time per byte (ns/op divided by the size, or MB/s)
// must stay flat as the size grows.
func BenchmarkSize(b *testing.B) {
	x := New(nil)
	for _, n := range []int{10_000, 100_000, 1_000_000, 10_000_000} {
		raw := prose(b, n)
		b.Run(fmt.Sprintf("%dKB", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				d, err := read.Bytes("story.txt", raw, read.Options{})
				if err != nil {
					b.Fatal(err)
				}
				x.Extract(d, Options{})
			}
		})
	}
}
