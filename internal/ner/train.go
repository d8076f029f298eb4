package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand"
	"strings"

	"annals/internal/gazetteer"
)

// LabeledDoc is a document of the training or development data: its
// sentences and the names of each sentence.
type LabeledDoc struct {
	Sents []Sentence
	Gold  [][]Span
}

// ReadCoNLL reads a CoNLL-style file: one token per line (the word first,
// the tag last), a blank line between sentences and "-DOCSTART-" lines
// between documents. Tags are IOB1 or BIO ("I-PER", "B-ORG"); mapTag
// turns a tag's type into PER, ORG, LOC, MISC or "" (not a name). A file
// without document markers is one document.
func ReadCoNLL(r io.Reader, mapTag func(string) string) ([]LabeledDoc, error) {
	var docs []LabeledDoc
	var cur LabeledDoc
	var words, tags []string
	flushSent := func() {
		if len(words) > 0 {
			cur.Sents = append(cur.Sents, Sentence{Words: words})
			cur.Gold = append(cur.Gold, tagSpans(tags, mapTag))
		}
		words, tags = nil, nil
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sents) > 0 {
			docs = append(docs, cur)
		}
		cur = LabeledDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flushSent()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want a word and a tag", line)
		}
		words = append(words, f[0])
		tags = append(tags, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// tagSpans reads IOB1 or BIO tags into spans.
func tagSpans(tags []string, mapTag func(string) string) []Span {
	var out []Span
	start, typ := -1, ""
	end := func(i int) {
		if start >= 0 && typ != "" {
			out = append(out, Span{Start: start, End: i, Type: typ})
		}
		start, typ = -1, ""
	}
	for i, t := range tags {
		if t == "O" || len(t) < 3 || t[1] != '-' {
			end(i)
			continue
		}
		ty := mapTag(t[2:])
		if t[0] == 'B' || ty != typ || start < 0 {
			end(i)
			start, typ = i, ty
		}
	}
	end(len(tags))
	return out
}

// goldLabels converts spans into BILOU labels.
func goldLabels(n int, sp []Span) []int {
	ls := make([]int, n)
	for _, s := range sp {
		t := typeIndex(s.Type)
		if t < 0 {
			continue
		}
		if s.End-s.Start == 1 {
			ls[s.Start] = label(t, posU)
			continue
		}
		for i := s.Start; i < s.End; i++ {
			ls[i] = label(t, posI)
		}
		ls[s.Start] = label(t, posB)
		ls[s.End-1] = label(t, posL)
	}
	return ls
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// TrainOptions steer training.
type TrainOptions struct {
	Bits     uint  // log2 of the number of feature buckets
	Epochs   int   // passes over the data
	Seed     int64 // order of documents in each pass
	Features int   // feature groups (UseAll)
	Gaz      *gazetteer.Gazetteer
	Prune    float64 // averaged weights smaller than this (in update units) are dropped
	Dev      []LabeledDoc
	Progress func(epoch int, dev Scores)
}

// Train learns a model from docs with the averaged structured perceptron.
func Train(docs []LabeledDoc, opt TrainOptions) *Model {
	if opt.Features&UseGazetteer != 0 && opt.Gaz != nil {
		for _, set := range [][]LabeledDoc{docs, opt.Dev} {
			for di := range set {
				for si := range set[di].Sents {
					s := &set[di].Sents[si]
					if s.Gaz == nil {
						s.Gaz = GazTags(opt.Gaz, s.Words)
					}
				}
			}
		}
	}
	N := 1 << opt.Bits
	w := make([]int32, N*nLabels)
	u := make([]int64, N*nLabels)
	var tw [nLabels + 1][nLabels]int32
	var tu [nLabels + 1][nLabels]int64
	c := int64(1)
	wcache := map[string]*[5][]uint32{}
	wordBuckets := func(word string) *[5][]uint32 {
		if v, ok := wcache[word]; ok {
			return v
		}
		v := new([5][]uint32)
		f := readWord(word, opt.Features)
		for p := -2; p <= 2; p++ {
			for _, h := range wordFeats(nil, &f, p) {
				v[p+2] = append(v[p+2], bucket(h, opt.Bits))
			}
		}
		wcache[word] = v
		return v
	}
	biasBucket := bucket(hstart(tBias, 0), opt.Bits)
	rng := rand.New(rand.NewSource(opt.Seed))
	var dec decoder
	var fs [][]uint32
	var hs []uint64
	for ep := 1; ep <= opt.Epochs; ep++ {
		for _, di := range rng.Perm(len(docs)) {
			doc := &docs[di]
			ds := newDocState(doc.Sents, opt.Features)
			for si, s := range doc.Sents {
				n := len(s.Words)
				gold := goldLabels(n, doc.Gold[si])
				ids := ds.sent(si)
				up := ds.upper[si]
				fs = grow(fs, n)
				dec.score = grow(dec.score, n)
				for i := 0; i < n; i++ {
					f := append(fs[i][:0], biasBucket)
					for p := -2; p <= 2; p++ {
						if i+p >= 0 && i+p < n {
							f = append(f, wordBuckets(s.Words[i+p])[p+2]...)
						}
					}
					hs = contextFeats(hs[:0], ds, ids, s.Gaz, i, up)
					for _, h := range hs {
						f = append(f, bucket(h, opt.Bits))
					}
					fs[i] = f
					e := &dec.score[i]
					*e = [nLabels]int32{}
					for _, b := range f {
						row := w[int(b)*nLabels:][:nLabels]
						for l := range e {
							e[l] += row[l]
						}
					}
				}
				pred := viterbi(&dec, n, &tw)
				for i := 0; i < n; i++ {
					g, p := gold[i], pred[i]
					if g != p {
						for _, b := range fs[i] {
							k := int(b) * nLabels
							w[k+g]++
							u[k+g] += c
							w[k+p]--
							u[k+p] -= c
						}
					}
					pg, pp := nLabels, nLabels
					if i > 0 {
						pg, pp = gold[i-1], pred[i-1]
					}
					if pg != pp || g != p {
						tw[pg][g]++
						tu[pg][g] += c
						tw[pp][p]--
						tu[pp][p] -= c
					}
				}
				ds.remember(ids, pred)
				c++
			}
		}
		if opt.Progress != nil || ep == opt.Epochs {
			m := average(w, u, &tw, &tu, c, opt)
			if opt.Progress != nil {
				var sc Scores
				if len(opt.Dev) > 0 {
					sc = Evaluate(m, opt.Dev)
				}
				opt.Progress(ep, sc)
			}
			if ep == opt.Epochs {
				return m
			}
		}
	}
	return nil
}

// average builds a model from the averaged weights, scaled to int16.
func average(w []int32, u []int64, tw *[nLabels + 1][nLabels]int32, tu *[nLabels + 1][nLabels]int64, c int64, opt TrainOptions) *Model {
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/float64(c) }
	maxAbs := 0.0
	for i := range w {
		maxAbs = max(maxAbs, math.Abs(avg(w[i], u[i])))
	}
	for a := range tw {
		for b := range tw[a] {
			maxAbs = max(maxAbs, math.Abs(avg(tw[a][b], tu[a][b])))
		}
	}
	scale := 32000 / max(maxAbs, 1e-9)
	m := &Model{bits: opt.Bits, feats: opt.Features}
	dense := make([]int16, len(w))
	for i := range w {
		a := avg(w[i], u[i])
		if math.Abs(a) < opt.Prune {
			continue
		}
		dense[i] = int16(math.Round(a * scale))
	}
	for a := range tw {
		for b := range tw[a] {
			m.trans[a][b] = int32(math.Round(avg(tw[a][b], tu[a][b]) * scale))
		}
	}
	m.fromDense(dense)
	return m
}

// Scores are precision, recall and F1 of exact spans.
type Scores struct {
	Gold, Found, Correct [4]int
}

// F1 returns the micro F1 over the types in types (PER ORG LOC by default).
func (s Scores) F1(types ...string) (p, r, f float64) {
	if len(types) == 0 {
		types = []string{"PER", "ORG", "LOC"}
	}
	g, fo, c := 0, 0, 0
	for _, t := range types {
		k := typeIndex(t)
		g += s.Gold[k]
		fo += s.Found[k]
		c += s.Correct[k]
	}
	if fo > 0 {
		p = float64(c) / float64(fo)
	}
	if g > 0 {
		r = float64(c) / float64(g)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (s Scores) String() string {
	var b strings.Builder
	for _, t := range Types {
		p, r, f := s.F1(t)
		fmt.Fprintf(&b, "%s P=%.3f R=%.3f F1=%.4f  ", t, p, r, f)
	}
	p, r, f := s.F1()
	fmt.Fprintf(&b, "PER/ORG/LOC P=%.4f R=%.4f F1=%.4f", p, r, f)
	return b.String()
}

// Evaluate tags docs with m and scores the spans against the gold.
func Evaluate(m *Model, docs []LabeledDoc) Scores {
	var sc Scores
	for _, d := range docs {
		got := m.TagDoc(d.Sents)
		for si := range d.Sents {
			gold := map[Span]bool{}
			for _, s := range d.Gold[si] {
				if k := typeIndex(s.Type); k >= 0 {
					sc.Gold[k]++
					gold[s] = true
				}
			}
			for _, s := range got[si] {
				s.Margin = 0
				k := typeIndex(s.Type)
				sc.Found[k]++
				if gold[s] {
					sc.Correct[k]++
				}
			}
		}
	}
	return sc
}
