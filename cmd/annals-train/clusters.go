package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"annals/internal/ner"
	"annals/internal/wordclust"
)

// clusters learns word classes from unlabelled text and writes them as a
// TSV (gzipped when the output's name ends in .gz): word, then its class
// at each granularity. The tagger embeds internal/ner/clusters.tsv as it
// is, which spares each process decompressing it, and reads it at start
// from its compiled form, clusters.bin, made from it by `go generate
// ./internal/ner` (TestWordClassesFile fails until it is).
func clusters(args []string) error {
	fs := flag.NewFlagSet("clusters", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/wh-briefings.txt.gz", "unlabelled text, gzipped, paragraphs separated by blank lines")
	out := fs.String("out", "internal/ner/clusters.tsv", "output file (gzipped if its name ends in .gz)")
	sizes := fs.String("classes", "64,256,1024", "numbers of classes, one clustering each")
	minCount := fs.Int64("min", 3, "keep words seen at least this often")
	iters := fs.Int("iter", 12, "exchange iterations")
	fs.Parse(args)
	var ks []int
	for _, f := range strings.Split(*sizes, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || k < 2 {
			return fmt.Errorf("bad --classes %q", *sizes)
		}
		ks = append(ks, k)
	}
	paras, err := readParagraphs(*corpus)
	if err != nil {
		return err
	}
	freq := map[string]int64{}
	toks := make([][]string, len(paras))
	for i, p := range paras {
		for _, t := range ner.Tokenize(p) {
			toks[i] = append(toks[i], t.Word)
			freq[t.Word]++
		}
	}
	c := wordclust.Vocab(freq, *minCount)
	for _, ws := range toks {
		c.Add(ws)
	}
	fmt.Fprintf(os.Stderr, "%d paragraphs, %d word types kept of %d\n", len(paras), len(c.Words), len(freq))
	classes := make([][]int, len(ks))
	var wg sync.WaitGroup
	for i, k := range ks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			classes[i] = wordclust.Cluster(c, wordclust.Options{Classes: k, Iterations: *iters, Progress: func(it, moved int) {
				fmt.Fprintf(os.Stderr, "classes %d: iteration %d moved %d\n", k, it, moved)
			}})
		}()
	}
	wg.Wait()
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	var w io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(*out, ".gz") {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestCompression)
		w = zw
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# word classes learned by `go run ./cmd/annals-train clusters --classes %s --min %d --iter %d` from %s\n", *sizes, *minCount, *iters, "wh-briefings.txt.gz")
	for v := 1; v < len(c.Words); v++ {
		bw.WriteString(c.Words[v])
		for i := range ks {
			bw.WriteByte('\t')
			bw.WriteString(strconv.Itoa(classes[i][v]))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return f.Close()
}

// readParagraphs reads a gzipped text and splits it at blank lines.
func readParagraphs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []string
	for _, p := range strings.Split(string(b), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out, nil
}
