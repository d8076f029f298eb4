package extract

import (
	"os"
	"testing"

	"annals/internal/read"
	"annals/internal/storygen"
)

// genStories returns n generated stories (package storygen: White House
// releases recombined, as `annals-gen` writes them), or skips when the
// shared corpus is not beside the repository.
func genStories(b *testing.B, n int) [][]byte {
	b.Helper()
	c, err := storygen.Load("../../../shared/corpus/wh-briefings.txt.gz")
	if os.IsNotExist(err) {
		b.Skip("no shared corpus beside the repository")
	}
	if err != nil {
		b.Fatal(err)
	}
	g := storygen.New(c, 1)
	out := make([][]byte, n)
	for i := range out {
		out[i] = g.Story(i).Raw
	}
	return out
}

// BenchmarkGenerated reads and extracts 300 generated stories (about
// 2 MB), as `annals extract` does per file, with the rules alone and with
// the tagger (the default). MB counts the stories' bytes; MB/cpu-s is per
// CPU-second of the process (GC included), which stays meaningful on a
// shared machine. The targets are 3 MB/s per core with the tagger, 10
// for the rules alone (issue 14).
func BenchmarkGenerated(b *testing.B) {
	raws := genStories(b, 300)
	total := 0
	for _, r := range raws {
		total += len(r)
	}
	x := New(nil)
	for _, mode := range []struct {
		name string
		opt  Options
	}{{"rules", Options{NoTagger: true}}, {"tagger", Options{}}} {
		b.Run(mode.name, func(b *testing.B) {
			run := func() {
				for _, r := range raws {
					d, err := read.Bytes("story.md", r, read.Options{})
					if err != nil {
						b.Fatal(err)
					}
					x.Extract(d, mode.opt)
				}
			}
			run() // load the model, warm the caches
			b.SetBytes(int64(total))
			b.ReportAllocs()
			b.ResetTimer()
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				run()
			}
			if d := cpuTime() - c0; d > 0 {
				b.ReportMetric(float64(total)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
			}
		})
	}
}
