// Package storygen makes realistic stories for load tests: paragraphs of a
// real news corpus (../shared/corpus, White House releases) recombined
// into Markdown stories with a title and a publication date, with the
// repetition real news has: a few releases are re-published and
// re-reported many times (a Zipf law over source passages), reports of one
// passage come out within days of each other, and most stories add
// paragraphs from elsewhere. Stories go through the real reader and
// extractor, so their entities and events are those real text gives.
//
// The generator is deterministic: the same corpus, seed and index give the
// same story.
package storygen

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Corpus is the paragraphs of a source text, in order.
type Corpus struct {
	paras []string
}

// passage is how many consecutive paragraphs make one source release.
const passage = 12

// Load reads a corpus file (plain or .gz): paragraphs are separated by
// blank lines; headings, very short and very long paragraphs are left
// out, and lines are joined.
func Load(path string) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	c := &Corpus{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur []string
	flush := func() {
		p := strings.Join(strings.Fields(strings.Join(cur, " ")), " ")
		cur = cur[:0]
		p = strings.TrimLeft(p, "-* ")
		if len(p) < 60 || len(p) > 2000 || strings.HasPrefix(p, "#") || strings.Contains(p, "<span") || strings.Count(p, "|") > 2 {
			return
		}
		c.paras = append(c.paras, p)
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "-   ") {
			flush()
		}
		if strings.TrimSpace(line) != "" {
			cur = append(cur, line)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(c.paras) < 10*passage {
		return nil, fmt.Errorf("%s: only %d paragraphs", path, len(c.paras))
	}
	return c, nil
}

// Paragraphs is the number of paragraphs kept.
func (c *Corpus) Paragraphs() int { return len(c.paras) }

// Generator makes stories from a corpus.
type Generator struct {
	c    *Corpus
	seed uint64
}

// New returns a generator over c.
func New(c *Corpus, seed uint64) *Generator { return &Generator{c: c, seed: seed} }

// Write writes stories 0 to n-1 into dir, one file each, and returns
// their paths in order.
func (g *Generator) Write(dir string, n int) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		s := g.Story(i)
		p := filepath.Join(dir, s.Name)
		if err := os.WriteFile(p, s.Raw, 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// Story is a generated story: a file name and its Markdown bytes.
type Story struct {
	Name string
	Raw  []byte
}

// epoch is the first publication date; stories spread over eight years.
var epoch = time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)

// Story returns story i. About two thirds of the stories are first reports of a
// passage (a random run of paragraphs, with a random publication date);
// the others re-report the passage of a recent story (one of the previous
// few hundred, more likely a close one), published up to three days
// later, most with other paragraphs added: the same release re-published,
// or the same event told again.
func (g *Generator) Story(i int) Story {
	orig := i
	rng := rand.New(rand.NewPCG(g.seed, uint64(i)))
	for orig > 0 && rng.IntN(3) == 0 {
		orig -= 1 + int(rand.NewZipf(rng, 1.3, 2, 500).Uint64())
		orig = max(orig, 0)
		rng = rand.New(rand.NewPCG(g.seed, uint64(orig)))
	}
	// The original's passage and date.
	orng := rand.New(rand.NewPCG(g.seed^0x5bd1e995, uint64(orig)))
	first := orng.IntN(len(g.c.paras) - passage)
	n := passage/2 + orng.IntN(passage/2+1)
	pub := epoch.AddDate(0, 0, orng.IntN(8*365))
	// This story's own choices.
	srng := rand.New(rand.NewPCG(g.seed, uint64(i)^0x9e3779b97f4a7c15))
	paras := slices.Clone(g.c.paras[first : first+n])
	if orig != i {
		pub = pub.AddDate(0, 0, srng.IntN(4))
		if srng.IntN(4) == 0 {
			paras = paras[:max(2, len(paras)-srng.IntN(4))] // a shorter version
		}
	}
	if orig == i || srng.IntN(3) > 0 {
		for range srng.IntN(6) {
			q := srng.IntN(len(g.c.paras))
			at := 1 + srng.IntN(len(paras))
			paras = slices.Insert(paras, at, g.c.paras[q])
		}
	}
	title := headline(paras[0])
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\n---\n\n# %s\n\n", title, pub.Format(time.DateOnly), title)
	for _, para := range paras {
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	return Story{Name: fmt.Sprintf("story-%07d.md", i), Raw: []byte(b.String())}
}

// headline is the first words of a paragraph's first sentence.
func headline(p string) string {
	if i := strings.Index(p, ". "); i > 0 {
		p = p[:i]
	}
	w := strings.Fields(p)
	if len(w) > 12 {
		w = w[:12]
	}
	return strings.Trim(strings.Join(w, " "), ",;:")
}
