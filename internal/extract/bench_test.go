package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkManyPeople measures a text that names a new person in every
// sentence (a list of delegations, a roll call): the people of a story are
// looked up by the words of their names, not compared with one another.
// Its cost per byte should stay near BenchmarkExtract's.
func BenchmarkManyPeople(b *testing.B) {
	syl := []string{"ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa", "zu", "ro"}
	name := func(n int) string {
		w := syl[n%12] + syl[n/12%12] + syl[n/144%12]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	var sb strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&sb, "President %s %s and Prime Minister %s %s met in Oslo, Norway. ", name(i), name(i+7), name(i+3), name(i+11))
	}
	d, err := read.Bytes("people.txt", []byte(sb.String()), read.Options{})
	if err != nil {
		b.Fatal(err)
	}
	x := New(nil)
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(d, Options{})
	}
}
