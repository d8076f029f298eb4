package ner

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"annals/internal/gazetteer"
	"annals/internal/storygen"
)

// benchDocs reads the example stories, split into sentences at line ends
// and periods, as tagger input.
func benchDocs(b testing.TB) ([][]Sentence, int) {
	var files []string
	for _, pat := range []string{"../../examples/*.txt", "../../examples/*.md", "../../examples/chronicle/*.txt", "../../examples/chronicle/*.md"} {
		fs, _ := filepath.Glob(pat)
		files = append(files, fs...)
	}
	var raws [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	return tagInput(b, raws)
}

// genDocs is benchDocs over n stories of package storygen (White House
// releases recombined, as `annals-gen` writes them).
func genDocs(b *testing.B, n int) ([][]Sentence, int) {
	c, err := storygen.Load("../../../shared/corpus/wh-briefings.txt.gz")
	if os.IsNotExist(err) {
		b.Skip("no shared corpus beside the repository")
	}
	if err != nil {
		b.Fatal(err)
	}
	g := storygen.New(c, 1)
	raws := make([][]byte, n)
	for i := range raws {
		raws[i] = g.Story(i).Raw
	}
	return tagInput(b, raws)
}

func tagInput(b testing.TB, raws [][]byte) ([][]Sentence, int) {
	var docs [][]Sentence
	total := 0
	g := gazetteer.Default()
	for _, raw := range raws {
		total += len(raw)
		var doc []Sentence
		var words []string
		flush := func() {
			if len(words) > 0 {
				doc = append(doc, Sentence{Words: words, Gaz: GazTags(g, words)})
			}
			words = nil
		}
		for _, line := range strings.Split(string(raw), "\n") {
			for _, t := range Tokenize(line) {
				words = append(words, t.Word)
				if t.Word == "." {
					flush()
				}
			}
			flush()
		}
		docs = append(docs, doc)
	}
	if total == 0 {
		b.Skip("no example stories")
	}
	return docs, total
}

// BenchmarkTag measures the tagger alone over the example stories
// (gazetteer tags computed beforehand); the target is 10 MB/s per core.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, total := benchDocs(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			m.TagDoc(d)
		}
	}
	reportCPU(b, c0, total)
}

// BenchmarkTagGenerated is BenchmarkTag over 300 generated stories (about
// 2 MB, a vocabulary of some 15,000 forms, so the word cache warms up and
// the table is read at random as in a long run).
func BenchmarkTagGenerated(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, total := genDocs(b, 300)
	for _, d := range docs { // warm the word cache
		m.TagDoc(d)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			m.TagDoc(d)
		}
	}
	reportCPU(b, c0, total)
}

// BenchmarkTagGeneratedFresh is BenchmarkTagGenerated with the word
// cache and the tagging states emptied before each pass, as in a fresh
// process: every form of the 300 stories is seen for the first time
// once per pass.
func BenchmarkTagGeneratedFresh(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, total := genDocs(b, 300)
	m.TagDoc(docs[0]) // load the word classes
	b.SetBytes(int64(total))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m.forget()
		for _, d := range docs {
			m.TagDoc(d)
		}
	}
	reportCPU(b, c0, total)
	m.forget()
}

// BenchmarkFirstSight measures the first sight of a word form (its
// features' weights summed for the five offsets, as the word cache
// misses), over the distinct forms of 300 generated stories.
func BenchmarkFirstSight(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := genDocs(b, 300)
	seen := map[string]bool{}
	var forms []string
	for _, d := range docs {
		for _, s := range d {
			for _, w := range s.Words {
				if !seen[w] {
					seen[w] = true
					forms = append(forms, w)
				}
			}
		}
	}
	var v wordVec
	text := m.newWordVec(forms[0], &v, nil) // load the word classes
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, w := range forms {
			text = m.newWordVec(w, &v, text[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(forms)), "ns/form")
	b.ReportMetric(float64((cpuTime()-c0).Nanoseconds())/float64(b.N*len(forms)), "cpu-ns/form")
}

// cpuTime returns the CPU time the process has used, so that speeds can
// be given per core even on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports MB per CPU-second (b.N runs of total bytes).
func reportCPU(b *testing.B, c0 time.Duration, total int) {
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// forget empties the model's word cache and drops its tagging states
// (their word maps with them), as a fresh process has them.
func (m *Model) forget() {
	m.cache.mu.Lock()
	m.cache.init()
	m.cache.mu.Unlock()
	m.mu.Lock()
	m.free = nil
	m.mu.Unlock()
}
