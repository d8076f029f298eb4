package extract

import (
	"os"
	"path/filepath"
	"testing"

	"annals/internal/read"
)

// benchStories reads the example stories (all formats) once.
func benchStories(b *testing.B) []*read.Doc {
	b.Helper()
	var docs []*read.Doc
	for _, pat := range []string{"../../examples/*.*", "../../examples/chronicle/*.*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			switch filepath.Ext(f) {
			case ".txt", ".md", ".html":
			default:
				continue
			}
			if filepath.Base(f) == "README.md" {
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			d, err := read.Bytes(f, raw, read.Options{})
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		b.Skip("no example stories")
	}
	return docs
}

// BenchmarkExtract measures extraction alone (reading excluded) over the
// example stories; MB/s counts the bytes of the text extracted from.
// The target is at least 2 MB/s per core.
func BenchmarkExtract(b *testing.B) {
	docs := benchStories(b)
	x := New(nil)
	total := 0
	for _, d := range docs {
		t, _ := d.Headline()
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d, Options{})
		}
	}
}

// BenchmarkReadAndExtract measures the whole per-file pipeline of
// `annals extract`: reading (Markdown and HTML parsing) plus extraction.
func BenchmarkReadAndExtract(b *testing.B) {
	docs := benchStories(b)
	x := New(nil)
	total := 0
	for _, d := range docs {
		total += len(d.Raw)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r, err := read.Bytes(d.Path, d.Raw, read.Options{})
			if err != nil {
				b.Fatal(err)
			}
			x.Extract(r, Options{})
		}
	}
}
