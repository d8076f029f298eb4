package extract

import (
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"runtime"
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

// asHTML writes the paragraphs of text as an HTML page.
func asHTML(text []byte) []byte {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Briefings</title></head><body><article>\n")
	for _, p := range strings.Split(string(text), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// BenchmarkSize reads and extracts one story of 10 KB, 100 KB, 1 MB and
// 10 MB of prose, as plain text, Markdown and HTML with the trained tagger
// (the default), and as plain text with the rules alone. Time and memory
// must grow in proportion to the size: the time per byte (MB/s) stays
// flat, and so does live-B/byte, the heap the story holds once extracted
// (file, text, byte map and facts) per byte of input. The peak resident
// size of `annals extract` is about twice that plus the program; see
// docs/reliability.md for both.
//
//	go test ./internal/extract -run '^$' -bench BenchmarkSize -benchtime 1x
func BenchmarkSize(b *testing.B) {
	x := New(nil)
	for _, n := range []int{10_000, 100_000, 1_000_000, 10_000_000} {
		raw := prose(b, n)
		for _, c := range []struct {
			name, file string
			raw        []byte
			opt        Options
		}{
			{"text", "story.txt", raw, Options{}},
			{"markdown", "story.md", raw, Options{}},
			{"html", "story.html", asHTML(raw), Options{}},
			{"text-rules", "story.txt", raw, Options{NoTagger: true}},
		} {
			b.Run(fmt.Sprintf("%s/%dKB", c.name, n/1000), func(b *testing.B) {
				b.SetBytes(int64(len(c.raw)))
				b.ReportAllocs()
				// live: the heap with the story and its facts held, less
				// the heap once they are let go (caches the run filled
				// stay in both)
				var ms runtime.MemStats
				var held uint64
				for b.Loop() {
					d, err := read.Bytes(c.file, c.raw, read.Options{})
					if err != nil {
						b.Fatal(err)
					}
					doc, _ := x.Extract(d, c.opt)
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&ms)
					held = max(held, ms.HeapAlloc)
					runtime.KeepAlive(d)
					runtime.KeepAlive(doc)
					b.StartTimer()
				}
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&ms)
				live := held - min(held, ms.HeapAlloc)
				b.ReportMetric(float64(live)/float64(len(c.raw)), "live-B/byte")
			})
		}
	}
}
