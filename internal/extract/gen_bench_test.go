package extract

import (
	"io/fs"
	"os"
	"path/filepath"
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

// BenchmarkDir reads and extracts every file under $ANNALS_BENCH_DIR (a
// folder of stories, such as `annals-gen` writes), as BenchmarkGenerated
// does, with the tagger unless $ANNALS_BENCH_RULES is set; skipped
// without the folder. A warm pass over the same stories a fresh
// `annals extract` reads (docs/performance.md):
//
//	ANNALS_BENCH_DIR=/tmp/g6900 go test -run - -bench Dir -cpu 1 -benchtime 3x -benchmem ./internal/extract/
func BenchmarkDir(b *testing.B) {
	dir := os.Getenv("ANNALS_BENCH_DIR")
	if dir == "" {
		b.Skip("no $ANNALS_BENCH_DIR")
	}
	var raws [][]byte
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		r, err := os.ReadFile(p)
		raws = append(raws, r)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, r := range raws {
		total += len(r)
	}
	x := New(nil)
	opt := Options{NoTagger: os.Getenv("ANNALS_BENCH_RULES") != ""}
	run := func() {
		for _, r := range raws {
			d, err := read.Bytes("story.md", r, read.Options{})
			if err != nil {
				b.Fatal(err)
			}
			x.Extract(d, opt)
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
}
