// Package ner tags the names of people, organizations and places in
// tokenized text with a trained averaged perceptron: BILOU labels over the
// tokens of a sentence, decoded with Viterbi, from features of the words
// (form, prefixes, suffixes, shape, word classes learned from unlabelled
// news), their neighbours (a window of two words each side), annals'
// gazetteer and the document (how a word was tagged earlier in the story,
// whether it is also written in lower case). The weights are embedded in
// the binary (model.bin, built by cmd/annals-train) and loaded once, on
// first use. See docs/ner.md.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"annals/internal/gazetteer"
)

// Types are the entity types the tagger knows, in label order. MISC
// (nationalities, events, works) is learned but callers usually drop it.
var Types = [4]string{"PER", "ORG", "LOC", "MISC"}

// Labels: 0 is outside; 1 + type*4 + position, position B, I, L, U.
const nLabels = 17

const (
	posB = iota
	posI
	posL
	posU
)

func label(typ, pos int) int { return 1 + typ*4 + pos }
func ltype(l int) int        { return (l - 1) / 4 }
func lpos(l int) int         { return (l - 1) % 4 }

// allowed reports whether label b may follow label a (a = nLabels: start).
func allowed(a, b int) bool {
	open := a != nLabels && a != 0 && (lpos(a) == posB || lpos(a) == posI)
	if open {
		return b != 0 && ltype(b) == ltype(a) && (lpos(b) == posI || lpos(b) == posL)
	}
	return b == 0 || lpos(b) == posB || lpos(b) == posU
}

// canEnd reports whether a sentence may end with label l.
func canEnd(l int) bool { return l == 0 || lpos(l) == posL || lpos(l) == posU }

// Feature groups, for ablations; a model records the groups it was
// trained with.
const (
	UseGazetteer = 1 << iota
	UseClusters
	UseDocument
	UseAll = UseGazetteer | UseClusters | UseDocument
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	bits  uint
	feats int
	w     []int16 // 2^bits rows of nLabels weights
	trans [nLabels + 1][nLabels]int32
	cache wordCache
}

//go:embed model.bin
var modelBin []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded model, loading it on first use.
func Default() (*Model, error) {
	defOnce.Do(func() {
		defModel, defErr = Load(bytes.NewReader(modelBin))
	})
	return defModel, defErr
}

const magic = "annals-ner-1\n"

// Load reads a model written by Write.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	br := bufio.NewReader(zr)
	hdr := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, hdr); err != nil || string(hdr[:len(magic)]) != magic {
		return nil, errors.New("ner model: not a model file")
	}
	m := &Model{bits: uint(hdr[len(magic)]), feats: int(hdr[len(magic)+1])}
	if m.bits < 10 || m.bits > 24 {
		return nil, errors.New("ner model: bad table size")
	}
	var tr [(nLabels + 1) * nLabels]int16
	if err := binary.Read(br, binary.LittleEndian, &tr); err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	for a := range m.trans {
		for c := range m.trans[a] {
			m.trans[a][c] = int32(tr[a*nLabels+c])
		}
	}
	m.w = make([]int16, (1<<m.bits)*nLabels)
	if err := binary.Read(br, binary.LittleEndian, m.w); err != nil {
		return nil, fmt.Errorf("ner model: weights: %v", err)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("ner model: trailing data")
	}
	m.cache.init()
	return m, nil
}

// Write writes the model, gzipped.
func (m *Model) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	var hdr bytes.Buffer
	hdr.WriteString(magic)
	hdr.WriteByte(byte(m.bits))
	hdr.WriteByte(byte(m.feats))
	for a := range m.trans {
		for c := range m.trans[a] {
			binary.Write(&hdr, binary.LittleEndian, int16(m.trans[a][c]))
		}
	}
	if _, err := zw.Write(hdr.Bytes()); err != nil {
		return err
	}
	buf := make([]byte, 2*len(m.w))
	for i, x := range m.w {
		binary.LittleEndian.PutUint16(buf[2*i:], uint16(x))
	}
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	return zw.Close()
}

// Features returns the feature groups the model uses.
func (m *Model) Features() int { return m.feats }

// Sentence is one sentence to tag: its words and, optionally, the
// gazetteer tags of the words (see GazTags); nil means no list names.
type Sentence struct {
	Words []string
	Gaz   []byte
}

// Span is a name found by the tagger: words Start..End-1 of a sentence.
type Span struct {
	Start, End int
	Type       string // PER, ORG, LOC or MISC
	// Margin is how much better the tagging scores with the name than
	// with its words outside any name (the rest of the sentence as
	// tagged), in units of the model's largest weight: a confidence.
	Margin float64
}

// TagDoc tags the sentences of one document in order and returns the
// names of each sentence.
func (m *Model) TagDoc(sents []Sentence) [][]Span {
	ds := newDocState(sents, m.feats)
	out := make([][]Span, len(sents))
	var dec decoder
	for si, s := range sents {
		labels := m.tag(&dec, s, ds)
		out[si] = spans(labels)
		for k := range out[si] {
			out[si][k].Margin = m.margin(&dec, labels, out[si][k])
		}
		ds.remember(dec.toks, labels)
	}
	return out
}

// Tag tags one document given as sentences of words, with gazetteer tags
// from g (nil: none).
func (m *Model) Tag(g *gazetteer.Gazetteer, sents [][]string) [][]Span {
	ss := make([]Sentence, len(sents))
	for i, w := range sents {
		ss[i] = Sentence{Words: w}
		if g != nil && m.feats&UseGazetteer != 0 {
			ss[i].Gaz = GazTags(g, w)
		}
	}
	return m.TagDoc(ss)
}

// margin compares the score of labels with that of the same labels with
// the span sp outside any name.
func (m *Model) margin(d *decoder, labels []int, sp Span) float64 {
	var diff int64
	for i := sp.Start; i < sp.End; i++ {
		diff += int64(d.score[i][labels[i]] - d.score[i][0])
	}
	prev := nLabels
	if sp.Start > 0 {
		prev = labels[sp.Start-1]
	}
	diff += int64(m.trans[prev][labels[sp.Start]] - m.trans[prev][0])
	for i := sp.Start + 1; i < sp.End; i++ {
		diff += int64(m.trans[labels[i-1]][labels[i]] - m.trans[0][0])
	}
	if sp.End < len(labels) {
		next := labels[sp.End]
		diff += int64(m.trans[labels[sp.End-1]][next] - m.trans[0][next])
	}
	return float64(diff) / 32000
}

func spans(labels []int) []Span {
	var out []Span
	start := -1
	for i, l := range labels {
		if l == 0 {
			start = -1
			continue
		}
		switch lpos(l) {
		case posB:
			start = i
		case posU:
			out = append(out, Span{Start: i, End: i + 1, Type: Types[ltype(l)]})
			start = -1
		case posL:
			if start >= 0 {
				out = append(out, Span{Start: start, End: i + 1, Type: Types[ltype(l)]})
			}
			start = -1
		}
	}
	return out
}

// decoder holds the buffers of one tagging.
type decoder struct {
	hs     []uint64
	vecs   []*wordVec
	score  [][nLabels]int32
	back   [][nLabels]int8
	labels []int
	toks   []tokInfo
}

// tag decodes one sentence with the document state ds.
func (m *Model) tag(d *decoder, s Sentence, ds *docState) []int {
	n := len(s.Words)
	d.labels = d.labels[:0]
	if n == 0 {
		return nil
	}
	d.vecs = d.vecs[:0]
	d.toks = d.toks[:0]
	for _, w := range s.Words {
		v := m.wordVec(w)
		d.vecs = append(d.vecs, v)
		d.toks = append(d.toks, v.info)
	}
	up := upperSentence(s.Words)
	d.score = grow(d.score, n)
	mask := uint64(1)<<m.bits - 1
	_ = mask
	for i := 0; i < n; i++ {
		e := &d.score[i]
		*e = d.vecs[i].v[2]
		for p := -2; p <= 2; p++ {
			if p == 0 || i+p < 0 || i+p >= n {
				continue
			}
			v := &d.vecs[i+p].v[p+2]
			for l := range e {
				e[l] += v[l]
			}
		}
		d.hs = contextFeats(d.hs[:0], s.Words, d.toks, s.Gaz, i, up, ds, m.feats)
		for _, h := range d.hs {
			row := m.w[int(bucket(h, m.bits))*nLabels:][:nLabels]
			for l := range e {
				e[l] += int32(row[l])
			}
		}
	}
	return viterbi(d, n, &m.trans)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, 2*n)
	}
	return s[:n]
}

// viterbi finds the best allowed label sequence for emission scores
// d.score[:n] and transitions tr (row nLabels: sentence start).
func viterbi[T int32 | float32](d *decoder, n int, tr *[nLabels + 1][nLabels]T) []int {
	const neg = math.MinInt32 / 4
	d.back = grow(d.back, n)
	var cur, prev [nLabels]int64
	for l := 0; l < nLabels; l++ {
		if allowed(nLabels, l) {
			prev[l] = int64(d.score[0][l]) + int64(tr[nLabels][l])
		} else {
			prev[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			best, arg := int64(neg)*4, 0
			for _, a := range preds[l] {
				if v := prev[a] + int64(tr[a][l]); v > best {
					best, arg = v, int(a)
				}
			}
			cur[l] = best + int64(d.score[i][l])
			d.back[i][l] = int8(arg)
		}
		prev = cur
	}
	best, arg := int64(neg)*8, 0
	for l := 0; l < nLabels; l++ {
		if canEnd(l) && prev[l] > best {
			best, arg = prev[l], l
		}
	}
	d.labels = grow(d.labels, n)
	for i := n - 1; i >= 0; i-- {
		d.labels[i] = arg
		arg = int(d.back[i][arg])
	}
	return d.labels
}

// preds lists the labels each label may follow.
var preds = func() (t [nLabels][]uint8) {
	for b := range t {
		for a := 0; a < nLabels; a++ {
			if allowed(a, b) {
				t[b] = append(t[b], uint8(a))
			}
		}
	}
	return
}()

// wordVec is the summed weight of the features of one word read at each
// offset -2..2, with what the context features read of the word.
type wordVec struct {
	v    [5][nLabels]int32
	info tokInfo
}

// wordCache keeps the wordVec of the most frequent words; it is filled on
// demand and stops growing at a fixed size.
type wordCache struct {
	mu  sync.RWMutex
	m   map[string]*wordVec
	max int
}

func (c *wordCache) init() { c.m = map[string]*wordVec{}; c.max = 30000 }

func (m *Model) wordVec(w string) *wordVec {
	m.cache.mu.RLock()
	v := m.cache.m[w]
	m.cache.mu.RUnlock()
	if v != nil {
		return v
	}
	v = new(wordVec)
	v.info = wordInfo(w)
	var hs [48]uint64
	for p := -2; p <= 2; p++ {
		for _, h := range wordFeats(hs[:0], w, p, m.feats) {
			row := m.w[int(bucket(h, m.bits))*nLabels:][:nLabels]
			for l := range row {
				v.v[p+2][l] += int32(row[l])
			}
		}
	}
	m.cache.mu.Lock()
	if len(m.cache.m) < m.cache.max {
		m.cache.m[strings.Clone(w)] = v
	}
	m.cache.mu.Unlock()
	return v
}

// tokInfo is what the context features read of a word.
type tokInfo struct {
	low, short   string
	lowH, shortH uint64 // hashes of low and short
	cap          bool
}

func sentInfo(ts []tokInfo, words []string) []tokInfo {
	ts = ts[:0]
	for _, w := range words {
		ts = append(ts, wordInfo(w))
	}
	return ts
}

func wordInfo(w string) tokInfo {
	_, short := shape(w)
	r, _ := utf8.DecodeRuneInString(w)
	low := lower(w)
	return tokInfo{low: low, short: short, lowH: hstr(fnvOff, low), shortH: hstr(fnvOff, short), cap: unicode.IsUpper(r)}
}

// lower lower-cases w, without allocating when it is lower case already.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// upperSentence reports whether a sentence is written in capitals (a
// headline): most of its words of two letters or more.
func upperSentence(words []string) bool {
	up, n := 0, 0
	for _, w := range words {
		if len(w) < 2 || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		n++
		if strings.IndexFunc(w, unicode.IsLower) < 0 {
			up++
		}
	}
	return n >= 2 && up*4 >= n*3
}

// contextFeats appends the features of token i that depend on more than
// its word: sentence position, word pairs, gazetteer names and the
// document.
func contextFeats(hs []uint64, words []string, ts []tokInfo, gaz []byte, i int, up bool, ds *docState, feats int) []uint64 {
	n := len(words)
	hs = append(hs, hstart(tBias, 0))
	if i == 0 {
		hs = append(hs, hstr(hstart(tFirst, 0), ts[i].short))
	}
	if i == n-1 {
		hs = append(hs, hstart(tLast, 0))
	}
	if up {
		hs = append(hs, pair(tUpSent, ts[i].lowH, 0))
	}
	if i > 0 {
		hs = append(hs, pair(tBigramL, ts[i-1].lowH, ts[i].lowH), pair(tShapePair, ts[i-1].shortH, ts[i].shortH))
	} else {
		hs = append(hs, pair(tBigramL, 0, ts[i].lowH))
	}
	if i+1 < n {
		hs = append(hs, pair(tBigramR, ts[i].lowH, ts[i+1].lowH), pair(tShapePairR, ts[i].shortH, ts[i+1].shortH))
	}
	if feats&UseGazetteer != 0 && gaz != nil {
		if g := gaz[i]; g != 0 {
			hs = append(hs, hbyte(hstart(tGaz, 0), g), hstr(hbyte(hstart(tGaz, 1), g), ts[i].short))
		}
		if i+1 < n && gaz[i+1] != 0 {
			hs = append(hs, hbyte(hstart(tGazNext, 0), gaz[i+1]))
		}
		if i > 0 && gaz[i-1] != 0 {
			hs = append(hs, hbyte(hstart(tGazPrev, 0), gaz[i-1]))
		}
	}
	if feats&UseDocument != 0 && ds != nil && ts[i].cap {
		key := ts[i].low
		if ds.low[key] > 0 {
			hs = append(hs, hstart(tDocLow, 0))
		}
		if (i == 0 || up) && ds.mid[key] > 0 {
			hs = append(hs, hstart(tDocMid, 0))
		}
		if h := ds.hist[key]; h != nil {
			best, arg := int32(0), -1
			for t, c := range h {
				if c > 0 {
					hs = append(hs, hint(hstart(tHist, 0), t))
				}
				if c > best {
					best, arg = c, t
				}
			}
			if arg >= 0 {
				hs = append(hs, hint(hstart(tHistMaj, 0), arg), hstr(hint(hstart(tHistMaj, 1), arg), ts[i].short))
			}
		}
	}
	return hs
}

// docState is what the tagger knows of the document: words written in
// lower case, capitalized words inside sentences, and the types given
// to capitalized words so far.
type docState struct {
	low  map[string]int
	mid  map[string]int
	hist map[string]*[4]int32
}

func newDocState(sents []Sentence, feats int) *docState {
	if feats&UseDocument == 0 {
		return nil
	}
	ds := &docState{low: map[string]int{}, mid: map[string]int{}, hist: map[string]*[4]int32{}}
	for _, s := range sents {
		if upperSentence(s.Words) {
			continue
		}
		for i, w := range s.Words {
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsLower(r):
				ds.low[w]++
			case unicode.IsUpper(r) && i > 0 && strings.IndexFunc(w, unicode.IsLower) >= 0:
				ds.mid[lower(w)]++
			}
		}
	}
	return ds
}

// remember records the types the tagger gave the capitalized words of a
// sentence.
func (ds *docState) remember(ts []tokInfo, labels []int) {
	if ds == nil {
		return
	}
	for i, l := range labels {
		if l == 0 || !ts[i].cap {
			continue
		}
		key := ts[i].low
		h := ds.hist[key]
		if h == nil {
			h = new([4]int32)
			ds.hist[key] = h
		}
		h[ltype(l)]++
	}
}

// pair hashes a feature of two words from the hashes of their forms.
func pair(t byte, a, b uint64) uint64 {
	h := (uint64(t)+1)*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
	h ^= b
	h = (h ^ h>>32) * 0x94D049BB133111EB
	return h ^ h>>29
}
