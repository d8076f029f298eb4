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
	"unsafe"

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
//
// The weights are a sparse table in compressed-row form: the feature
// bucket b has the weights ents[rows[b]:rows[b+1]], each a label (high 16
// bits) and a weight (low 16 bits, an int16). Most buckets are empty
// (64% of 2^17) and a bucket has 4 of its 17 labels weighted on average,
// so the table is a quarter of the dense one and a lookup reads fewer
// cache lines.
type Model struct {
	bits  uint
	feats int
	rows  []uint32 // 2^bits + 1 row starts in ents
	ents  []uint32 // label<<16 | uint16(weight)
	full  []uint64 // bit b: bucket b has weights
	trans [nLabels + 1][nLabels]int32
	bias  [nLabels]int32 // the weights of the bias feature, read once
	tt    trTable        // trans as viterbi reads it
	cache wordCache
	// frequent holds the weights of frequent forms computed when the
	// model was built (frequent.go); nil but for the embedded model
	frequent *frequentForms

	mu   sync.Mutex
	free []*tagState // the memory of finished TagDoc calls

	decodeAll bool // decode quiet tokens too (tests: see quiet)
	internAll bool // intern far words too (tests: see far.go)
}

// addRow adds the weights of bucket b to e. The bitmap of the buckets
// that have weights (16 KB, which stays in the processor's cache) spares
// the two reads of the table for an empty one, such as a word pair never
// seen in training.
func (m *Model) addRow(e *[nLabels]int32, b uint32) {
	if m.full[b>>6]&(1<<(b&63)) == 0 {
		return
	}
	for _, x := range m.ents[m.rows[b]:m.rows[b+1]] {
		e[x>>16] += int32(int16(x))
	}
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
		defModel, defErr = parse(modelBin)
		if defErr == nil {
			defModel.frequent = readFrequent(frequentBin, modelBin)
		}
	})
	return defModel, defErr
}

// The model file (little endian):
//
//	"annals-ner-2\n", bits (1 byte), feature groups (1 byte)
//	transitions: (nLabels+1) x nLabels int16, row nLabels is the start
//	number of weights (uint32)
//	for each bucket with weights, in increasing order: the gap from the
//	previous such bucket (uvarint; the first counts from -1), the
//	number of weights (1 byte), then each weight: its label (1 byte)
//	and its value (int16)
//
// It is read in one pass into two preallocated arrays, with no
// allocation per entry.
const magic = "annals-ner-2\n"

// Load reads a model written by Write.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	return parse(b)
}

var errModel = errors.New("ner model: not a model file or a damaged one")

func parse(b []byte) (*Model, error) {
	if len(b) < len(magic)+2 || string(b[:len(magic)]) != magic {
		return nil, errModel
	}
	m := &Model{bits: uint(b[len(magic)]), feats: int(b[len(magic)+1])}
	if m.bits < 10 || m.bits > 24 {
		return nil, errors.New("ner model: bad table size")
	}
	b = b[len(magic)+2:]
	if len(b) < 2*(nLabels+1)*nLabels+4 {
		return nil, errModel
	}
	for a := range m.trans {
		for c := range m.trans[a] {
			m.trans[a][c] = int32(int16(binary.LittleEndian.Uint16(b)))
			b = b[2:]
		}
	}
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	if uint64(n) > uint64(len(b))/3 {
		return nil, errModel
	}
	nb := 1 << m.bits
	// the arrays at their final sizes, each weight written in its place
	// and each bucket's bit of full set as its row is read (init's pass
	// over every bucket, 2^bits of them, is for the other models)
	m.rows = make([]uint32, nb+1)
	m.ents = make([]uint32, n)
	m.full = make([]uint64, (len(m.rows)+62)/64)
	e := 0    // weights read
	next := 0 // first bucket whose row start is not set yet
	prev := -1
	// read by index, a bucket's gap of one byte (nearly all) without a
	// call: slicing b at each field cost a bounds test and a slice header
	for i := 0; i < len(b); {
		var gap uint64
		if c := b[i]; c < 0x80 {
			gap = uint64(c)
			i++
		} else {
			g, k := binary.Uvarint(b[i:])
			if k <= 0 {
				return nil, errModel
			}
			gap = g
			i += k
		}
		if gap == 0 || gap > uint64(nb) || i >= len(b) {
			return nil, errModel
		}
		bk := prev + int(gap)
		cnt := int(b[i])
		i++
		if bk >= nb || cnt == 0 || cnt > nLabels || len(b)-i < 3*cnt || e+cnt > int(n) {
			return nil, errModel
		}
		for ; next <= bk; next++ {
			m.rows[next] = uint32(e)
		}
		// a bucket comes once (gaps are positive) with a weight at least
		m.full[bk>>6] |= 1 << (bk & 63)
		ents, w := m.ents[e:e+cnt], b[i:i+3*cnt]
		for j := range ents {
			w := w[3*j : 3*j+3]
			if w[0] >= nLabels {
				return nil, errModel
			}
			ents[j] = uint32(w[0])<<16 | uint32(w[1]) | uint32(w[2])<<8
		}
		i += 3 * cnt
		e += cnt
		prev = bk
	}
	if e != int(n) {
		return nil, errModel
	}
	for ; next <= nb; next++ {
		m.rows[next] = uint32(e)
	}
	m.derive()
	return m, nil
}

// init sets what a model derives from its weights.
func (m *Model) init() {
	m.full = make([]uint64, (len(m.rows)+62)/64)
	for b := 0; b+1 < len(m.rows); b++ {
		if m.rows[b+1] > m.rows[b] {
			m.full[b>>6] |= 1 << (b & 63)
		}
	}
	m.derive()
}

// derive sets what a model derives from its weights and full.
func (m *Model) derive() {
	m.bias = [nLabels]int32{}
	m.addRow(&m.bias, bucket(hstart(tBias, 0), m.bits))
	m.tt = newTrTable(&m.trans)
	m.cache.init()
	m.free = nil // their forms name wordVecs of the cache let go
}

// fromDense builds the sparse table from dense rows of nLabels weights.
func (m *Model) fromDense(w []int16) {
	nb := 1 << m.bits
	m.rows = make([]uint32, nb+1)
	m.ents = m.ents[:0]
	for r := 0; r < nb; r++ {
		m.rows[r] = uint32(len(m.ents))
		for l, x := range w[r*nLabels : (r+1)*nLabels] {
			if x != 0 {
				m.ents = append(m.ents, uint32(l)<<16|uint32(uint16(x)))
			}
		}
	}
	m.rows[nb] = uint32(len(m.ents))
	m.init()
}

// Write writes the model (see magic for the format).
func (m *Model) Write(w io.Writer) error {
	var out []byte
	out = append(out, magic...)
	out = append(out, byte(m.bits), byte(m.feats))
	for a := range m.trans {
		for c := range m.trans[a] {
			out = binary.LittleEndian.AppendUint16(out, uint16(int16(m.trans[a][c])))
		}
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(m.ents)))
	prev := -1
	for r := 0; r+1 < len(m.rows); r++ {
		row := m.ents[m.rows[r]:m.rows[r+1]]
		if len(row) == 0 {
			continue
		}
		out = binary.AppendUvarint(out, uint64(r-prev))
		out = append(out, byte(len(row)))
		for _, x := range row {
			out = append(out, byte(x>>16))
			out = binary.LittleEndian.AppendUint16(out, uint16(x))
		}
		prev = r
	}
	_, err := w.Write(out)
	return err
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
	st := m.getState()
	defer m.putState(st)
	ds := &st.ds
	ds.reset(sents, m.feats, st)
	dec := &st.dec
	out := make([][]Span, len(sents))
	// the names of all the sentences, in one array; a name holds a word
	// that is not plain, and the generated stories have one name for
	// about three such words
	all := make([]Span, 0, ds.notPlain/2+1)
	for si, s := range sents {
		labels := m.tag(dec, ds, si, s.Gaz)
		a := len(all)
		all = appendSpans(all, labels)
		if len(all) > a {
			out[si] = all[a:len(all):len(all)]
		}
		for k := range out[si] {
			out[si][k].Margin = m.margin(dec, labels, out[si][k])
		}
		ds.remember(ds.sent(si), labels)
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

// tagState is the reusable memory of one TagDoc. A model keeps the
// states of its finished TagDoc calls (as many as ran at once) for the
// next ones: unlike a sync.Pool, which a garbage collection empties,
// their word caches last.
type tagState struct {
	ds  docState
	dec decoder
	m   *Model
	// forms is this state's own copy of the model's word cache, read
	// without a lock (a state is used by one goroutine at a time); each
	// form also holds its index in the current document, so that one
	// lookup per token interns the document's words
	forms formTable
	// r names the wordVecs of forms: the model's, as far as this state
	// has seen them (a copy of the model's arena taken under its lock),
	// and its own, of forms past the model's bound
	r    vecs
	lows map[string]int32 // lower-cased form -> its index in lowDocs
	// lowDocs holds, for each lower-cased form the state has seen, its
	// place in the current document's lows
	lowDocs []lowDoc
	doc     uint32 // the number of the current document, from 1
	text    []byte // the strings of a form seen first (wordVec)
	// far and capLows are the memory of the far words (far.go)
	far     []bool
	capLows map[string]int32
}

// lowDoc is the place of a lower-cased form a tagging state has seen in
// the current document.
type lowDoc struct {
	doc uint32 // the document id belongs to
	id  int32  // its index in the lows of document doc
}

// form returns the state's slot for w, making its entry on first
// sight. The slot is valid until the next call.
func (st *tagState) form(w string) *formSlot {
	if s := st.forms.get(w); s != nil {
		return s
	}
	ref := st.m.wordVec(w, st)
	v, a := st.r.at(ref)
	lw := a.info(v).low
	low, ok := st.lows[lw]
	if !ok {
		low = int32(len(st.lowDocs))
		st.lowDocs = append(st.lowDocs, lowDoc{})
		st.lows[lw] = low
	}
	return st.forms.put(w, ref, low)
}

// forget empties the state's forms and lets its own wordVecs go.
func (st *tagState) forget() {
	st.forms.reset()
	st.r.own = arena{}
	st.lows, st.lowDocs = map[string]int32{}, st.lowDocs[:0]
}

func (m *Model) getState() *tagState {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n := len(m.free); n > 0 {
		st := m.free[n-1]
		m.free = m.free[:n-1]
		return st
	}
	st := &tagState{m: m, lows: map[string]int32{}, capLows: map[string]int32{}}
	st.forms = newFormTable(&st.r)
	return st
}

func (m *Model) putState(st *tagState) {
	if st.forms.len() >= m.cache.max {
		// the entries are forgotten: a form seen again gets a new one
		st.forget()
	}
	m.mu.Lock()
	m.free = append(m.free, st)
	m.mu.Unlock()
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

func spans(labels []int) []Span { return appendSpans(nil, labels) }

// appendSpans appends the names of labels to out.
func appendSpans(out []Span, labels []int) []Span {
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
	out    []bool // the token is outside any name (see quiet)
	score  [][nLabels]int32
	back   [][nLabels]int8
	labels []int
}

// tag decodes sentence si of the document ds, with gazetteer tags gaz.
//
// A token is read as outside any name, without its features, when it
// and the word on each side of it are plain (no capital, no digit): a
// name word has a capital or a figure beside it ("Bank of England",
// "Ministry of the Interior"), and such tokens are about two thirds of
// running text. Their labels are what the full decoding gives them (O)
// on the development sets (CoNLL testa, ../shared/dev: same output), but
// for names in text written all in lower case, which the tagger, trained
// on edited news, does not find anyway, and three plain words inside a
// name ("Declaration of the Rights of Man and of the Citizen").
func (m *Model) tag(d *decoder, ds *docState, si int, gaz []byte) []int {
	ids := ds.sent(si)
	n := len(ids)
	d.labels = d.labels[:0]
	if n == 0 {
		return nil
	}
	up := ds.upper[si]
	d.score = grow(d.score, n)
	d.out = quiet(d.out, ds, ids)
	if m.decodeAll {
		clear(d.out)
	}
	for i := 0; i < n; i++ {
		if d.out[i] {
			continue
		}
		e := &d.score[i]
		if i >= 2 && i+2 < n {
			w := ds.words
			sumVec(e, &w[ids[i]].vec.v[2], &w[ids[i-2]].vec.v[0], &w[ids[i-1]].vec.v[1], &w[ids[i+1]].vec.v[3], &w[ids[i+2]].vec.v[4])
		} else {
			ds.windowNearEnds(e, ids, i)
		}
		d.hs = contextFeats(d.hs[:0], ds, ids, gaz, i, up)
		for _, h := range d.hs {
			m.addRow(e, bucket(h, m.bits))
		}
	}
	return viterbiT(d, n, &m.trans, &m.tt)
}

// windowNearEnds sets e to the weights of the words around token i of a
// sentence (word ids ids) that has fewer than two words on a side of it:
// its own at offset 0, with the bias (see wordVec), and each neighbour's
// at its offset.
func (ds *docState) windowNearEnds(e *[nLabels]int32, ids []int32, i int) {
	n := len(ids)
	*e = ds.words[ids[i]].vec.v[2]
	if i >= 2 {
		addVec(e, &ds.words[ids[i-2]].vec.v[0])
	}
	if i >= 1 {
		addVec(e, &ds.words[ids[i-1]].vec.v[1])
	}
	if i+1 < n {
		addVec(e, &ds.words[ids[i+1]].vec.v[3])
	}
	if i+2 < n {
		addVec(e, &ds.words[ids[i+2]].vec.v[4])
	}
}

// quiet sets out[i] for each token i of a sentence (word ids ids) whose
// words from i-quietRadius to i+quietRadius are all plain.
// quietRadius is how many words on each side of a quiet token are plain
// too. 2 (the tagger's window) gave the same output as 1 on the
// development sets and decoded more tokens.
const quietRadius = 1

func quiet(out []bool, ds *docState, ids []int32) []bool {
	n := len(ids)
	out = grow(out, n)
	last := -quietRadius - 1 // the last word not plain, at or before i+quietRadius
	for j := 0; j < quietRadius && j < n; j++ {
		if !ds.words[ids[j]].plain {
			last = j
		}
	}
	for i := 0; i < n; i++ {
		if j := i + quietRadius; j < n && !ds.words[ids[j]].plain {
			last = j
		}
		out[i] = last < i-quietRadius
	}
	return out
}

// addVec adds v to e, label by label. It is written out (the table
// nLabelsIs17 keeps nLabels at 17): as a loop its counting and bounds
// were two thirds of its instructions, and it runs for every token
// decoded near the start or the end of a sentence, and for every form's
// bias.
func addVec(e, v *[nLabels]int32) {
	e[0] += v[0]
	e[1] += v[1]
	e[2] += v[2]
	e[3] += v[3]
	e[4] += v[4]
	e[5] += v[5]
	e[6] += v[6]
	e[7] += v[7]
	e[8] += v[8]
	e[9] += v[9]
	e[10] += v[10]
	e[11] += v[11]
	e[12] += v[12]
	e[13] += v[13]
	e[14] += v[14]
	e[15] += v[15]
	e[16] += v[16]
}

// sumVec sets e to a+b+c+d+f, label by label: the weights of the five
// words around a token decoded (addVec says why it is written out). The
// sums are of integers, the same in any order.
func sumVec(e, a, b, c, d, f *[nLabels]int32) {
	e[0] = a[0] + b[0] + c[0] + d[0] + f[0]
	e[1] = a[1] + b[1] + c[1] + d[1] + f[1]
	e[2] = a[2] + b[2] + c[2] + d[2] + f[2]
	e[3] = a[3] + b[3] + c[3] + d[3] + f[3]
	e[4] = a[4] + b[4] + c[4] + d[4] + f[4]
	e[5] = a[5] + b[5] + c[5] + d[5] + f[5]
	e[6] = a[6] + b[6] + c[6] + d[6] + f[6]
	e[7] = a[7] + b[7] + c[7] + d[7] + f[7]
	e[8] = a[8] + b[8] + c[8] + d[8] + f[8]
	e[9] = a[9] + b[9] + c[9] + d[9] + f[9]
	e[10] = a[10] + b[10] + c[10] + d[10] + f[10]
	e[11] = a[11] + b[11] + c[11] + d[11] + f[11]
	e[12] = a[12] + b[12] + c[12] + d[12] + f[12]
	e[13] = a[13] + b[13] + c[13] + d[13] + f[13]
	e[14] = a[14] + b[14] + c[14] + d[14] + f[14]
	e[15] = a[15] + b[15] + c[15] + d[15] + f[15]
	e[16] = a[16] + b[16] + c[16] + d[16] + f[16]
}

// This does not compile unless nLabels is 17, the labels addVec, sumVec
// and viterbiT write out.
var _ = [1]struct{}{}[nLabels-17]

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, 2*n)
	}
	return s[:n]
}

// Labels in the order Viterbi reads them: those that close a name or are
// outside one (O, L, U), which any opening label may follow, and those
// that open or stand alone (O, B, U), which follow only a closing one.
var (
	closers = [9]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
	openers = [9]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}
)

// trTable is what viterbi reads of the transitions tr besides tr: the
// transitions into each opening label from the closing ones, and for
// each closing label the least and the most of its transitions into an
// opening one.
type trTable struct {
	c            [len(openers)][len(closers)]int32 // c[j][k] = tr[closers[k]][openers[j]]
	minIn, maxIn [len(closers)]int32
}

func newTrTable(tr *[nLabels + 1][nLabels]int32) trTable {
	var t trTable
	for j, l := range openers {
		for k, a := range closers {
			t.c[j][k] = tr[a][l]
		}
	}
	for k := range closers {
		t.minIn[k], t.maxIn[k] = t.c[0][k], t.c[0][k]
		for j := 1; j < len(openers); j++ {
			t.minIn[k] = min(t.minIn[k], t.c[j][k])
			t.maxIn[k] = max(t.maxIn[k], t.c[j][k])
		}
	}
	return t
}

// viterbi finds the best allowed label sequence for emission scores
// d.score[:n] and transitions tr (row nLabels: sentence start). The BILOU
// constraints are written out (97 allowed transitions: O, B and U after
// O, L or U; I and L of a type after its B or I), and each step's scores
// are shifted so that their best is 0, which keeps them in int32 for any
// sentence length; ties go to the lower previous label.
func viterbi(d *decoder, n int, tr *[nLabels + 1][nLabels]int32) []int {
	tt := newTrTable(tr)
	return viterbiT(d, n, tr, &tt)
}

// viterbiT is viterbi given the trTable of tr (a model's, made once).
//
// The best closing label before each opening one is looked for among
// the closing labels that can be it: a closing label k whose score
// with its most into an opening label is below the best score of any
// closing label with its least (lo) scores less than that one for
// every opening label, so that it is neither the best nor tied with it.
// After a token outside any name only O is left (the others' scores
// are neg), and after most others one or two labels: the nine by nine
// sums are a few by nine.
func viterbiT(d *decoder, n int, tr *[nLabels + 1][nLabels]int32, tt *trTable) []int {
	const neg = -1 << 29
	d.back = grow(d.back, n)
	out := d.out // nil in training: every token is decoded
	if len(out) < n {
		out = nil
	}
	var prev, cur [nLabels]int32
	for l := 0; l < nLabels; l++ {
		switch {
		case out != nil && out[0]:
			prev[l] = neg
		case allowed(nLabels, l):
			prev[l] = d.score[0][l] + tr[nLabels][l]
		default:
			prev[l] = neg
		}
	}
	if out != nil && out[0] {
		prev[0] = 0
	}
	trC := &tt.c
	for i := 1; i < n; i++ {
		e := &d.score[i]
		bk := &d.back[i]
		if out != nil && out[i] && out[i-1] {
			// after a token outside any name prev is 0 for O and neg
			// for the rest: O again, from O, and prev stays
			bk[0] = 0
			continue
		}
		pc := closing(&prev)
		if out != nil && out[i] {
			// outside any name: only O, from the best closing label
			t := &trC[0]
			best, arg := pc[0]+t[0], 0
			for k := 1; k < len(closers); k++ {
				if v := pc[k] + t[k]; v > best {
					best, arg = v, k
				}
			}
			for l := range prev {
				prev[l] = neg
			}
			prev[0], bk[0] = 0, int8(closers[arg])
			continue
		}
		mi, mx := &tt.minIn, &tt.maxIn
		lo := max(pc[0]+mi[0], pc[1]+mi[1], pc[2]+mi[2], pc[3]+mi[3], pc[4]+mi[4], pc[5]+mi[5], pc[6]+mi[6], pc[7]+mi[7], pc[8]+mi[8])
		var cand [len(closers)]uint8 // in increasing order, as ties need
		nc := 0
		if pc[0]+mx[0] >= lo {
			cand[nc] = 0
			nc++
		}
		if pc[1]+mx[1] >= lo {
			cand[nc] = 1
			nc++
		}
		if pc[2]+mx[2] >= lo {
			cand[nc] = 2
			nc++
		}
		if pc[3]+mx[3] >= lo {
			cand[nc] = 3
			nc++
		}
		if pc[4]+mx[4] >= lo {
			cand[nc] = 4
			nc++
		}
		if pc[5]+mx[5] >= lo {
			cand[nc] = 5
			nc++
		}
		if pc[6]+mx[6] >= lo {
			cand[nc] = 6
			nc++
		}
		if pc[7]+mx[7] >= lo {
			cand[nc] = 7
			nc++
		}
		if pc[8]+mx[8] >= lo {
			cand[nc] = 8
			nc++
		}
		for j, l := range openers {
			t := &trC[j]
			arg := int(cand[0])
			best := pc[arg] + t[arg]
			for _, k := range cand[1:nc] {
				if v := pc[k] + t[k]; v > best {
					best, arg = v, int(k)
				}
			}
			cur[l] = best + e[l]
			bk[l] = int8(closers[arg])
		}
		// I and L of each type, after its B (b) or I (b+1)
		inside(&cur, bk, &prev, tr, e, 1, 2)
		inside(&cur, bk, &prev, tr, e, 1, 3)
		inside(&cur, bk, &prev, tr, e, 5, 6)
		inside(&cur, bk, &prev, tr, e, 5, 7)
		inside(&cur, bk, &prev, tr, e, 9, 10)
		inside(&cur, bk, &prev, tr, e, 9, 11)
		inside(&cur, bk, &prev, tr, e, 13, 14)
		inside(&cur, bk, &prev, tr, e, 13, 15)
		shift(&prev, &cur)
	}
	best, arg := int32(math.MinInt32), 0
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

// closing returns the scores of the closing labels, in the order of
// closers (written out).
func closing(prev *[nLabels]int32) [len(closers)]int32 {
	return [len(closers)]int32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
}

// inside sets the score of label l, an I or an L of the type whose B is
// b, from b or from b+1 (its I), the lower on a tie: viterbiT's step for
// the labels inside a name, called with constant labels (no bounds to
// check once inlined).
func inside(cur *[nLabels]int32, bk *[nLabels]int8, prev *[nLabels]int32, tr *[nLabels + 1][nLabels]int32, e *[nLabels]int32, b, l int) {
	vb, vi := prev[b]+tr[b][l], prev[b+1]+tr[b+1][l]
	if vi > vb {
		cur[l], bk[l] = vi+e[l], int8(b+1)
	} else {
		cur[l], bk[l] = vb+e[l], int8(b)
	}
}

// shift sets prev to cur less its best score, label by label (written
// out, as addVec is).
func shift(prev, cur *[nLabels]int32) {
	mx := max(cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6], cur[7], cur[8],
		cur[9], cur[10], cur[11], cur[12], cur[13], cur[14], cur[15], cur[16])
	prev[0] = cur[0] - mx
	prev[1] = cur[1] - mx
	prev[2] = cur[2] - mx
	prev[3] = cur[3] - mx
	prev[4] = cur[4] - mx
	prev[5] = cur[5] - mx
	prev[6] = cur[6] - mx
	prev[7] = cur[7] - mx
	prev[8] = cur[8] - mx
	prev[9] = cur[9] - mx
	prev[10] = cur[10] - mx
	prev[11] = cur[11] - mx
	prev[12] = cur[12] - mx
	prev[13] = cur[13] - mx
	prev[14] = cur[14] - mx
	prev[15] = cur[15] - mx
	prev[16] = cur[16] - mx
}

// wordVec is the summed weight of the features of one word read at each
// offset -2..2, with what the context features read of the word. The
// weights at offset 0 include the bias feature's, which every decoded
// token adds (the sums are of integers: the same in any order). It holds
// no pointer: its strings are in the byte chunks of its arena (see
// arena).
type wordVec struct {
	v    [5][nLabels]int32
	bits tokBits
	s    vecText
}

// wordCache keeps the wordVec of the most frequent words; it is filled on
// demand and stops growing at a fixed size.
type wordCache struct {
	mu  sync.RWMutex
	r   vecs      // r.model: the cache's wordVecs
	tab formTable // their forms
	max int
}

// cacheSlots is the size of the cache's new table of forms; it grows
// (to 65,536 slots for 30,000 forms).
const cacheSlots = 1 << 12

// init empties the cache. The tagging states name its wordVecs: they go
// with it (Model.derive, Model.forget in the benchmarks).
func (c *wordCache) init() {
	c.r = vecs{}
	c.tab = newFormTableN(&c.r, cacheSlots)
	c.max = 30000
}

// wordVec returns the reference in st.r of the wordVec of w: the model's
// (st's copy of the model's arena then holds it), or, past the cache's
// bound, one of st's own.
func (m *Model) wordVec(w string, st *tagState) int32 {
	c := &m.cache
	c.mu.RLock()
	if s := c.tab.get(w); s != nil {
		st.r.model = c.r.model
		c.mu.RUnlock()
		return s.vec
	}
	full := c.r.model.n >= c.max
	c.mu.RUnlock()
	var v wordVec
	st.text = m.newWordVec(w, &v, st.text[:0])
	if !full {
		c.mu.Lock()
		s := c.tab.get(w)
		if s == nil && c.r.model.n < c.max {
			ref := c.r.model.add(&v, st.text) + 1
			s = c.tab.put(w, ref, 0)
		}
		if s != nil {
			st.r.model = c.r.model
			c.mu.Unlock()
			return s.vec
		}
		c.mu.Unlock()
	}
	return -st.r.own.add(&v, st.text) - 1
}

// newWordVec computes the wordVec of w into v: the first sight of a word
// form. It appends to text the strings of v (the form, its lower-cased
// form when it differs, its short shape) for its arena's add, and sets
// their lengths in v.s.
func (m *Model) newWordVec(w string, v *wordVec, text []byte) []byte {
	var f wordForm
	f.sc.scan(w)
	var lb [64]byte
	lw, lowOwn := lowerInto(w, lb[:0])
	// lw and the short shape are not written while f is read: strings
	// of them without copies
	f.w, f.lw, f.short = w, w, unsafe.String(&f.sc.short[0], f.sc.nShort)
	if lowOwn {
		f.lw = unsafe.String(unsafe.SliceData(lw), len(lw))
	}
	f.lookUp(m.feats)
	v.bits = infoOf(&f.sc, f.lw, f.short).tokBits
	v.bits.lowForm = !lowOwn
	if !m.frequent.read(&f, &v.v) {
		m.sumRows(&f, &v.v)
	}
	v.s = vecText{n: uint32(len(w)), nShort: uint8(f.sc.nShort)}
	text = append(text, w...)
	if lowOwn {
		v.s.nLow = uint32(len(lw))
		text = append(text, lw...)
	}
	return append(text, f.sc.short[:f.sc.nShort]...)
}

// lowerInto returns the lower-cased form of w (lower) and whether it
// differs from w; an ASCII word of up to len(buf)'s capacity is
// lower-cased into buf.
func lowerInto(w string, buf []byte) ([]byte, bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			if lw := strings.ToLower(w); lw != w {
				return []byte(lw), true
			}
			return nil, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return nil, false
	}
	if len(w) > cap(buf) {
		return []byte(strings.ToLower(w)), true
	}
	buf = buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf, true
}

// tokInfo is what the context and document features read of a word.
type tokInfo struct {
	low, short string
	tokBits
}

// tokBits is tokInfo without its strings.
type tokBits struct {
	lowH, shortH uint64 // hashes of low and short
	cap          bool   // the first letter is a capital
	firstLower   bool   // the first letter is lower case
	lowForm      bool   // the form is its own lower-cased form
	hasLower     bool   // a lower-case letter anywhere
	letter       bool   // a letter anywhere
	plain        bool   // no capital and no digit: a word names start nowhere near
}

func wordInfo(w string) tokInfo {
	var sc wordScan
	sc.scan(w)
	low := lower(w)
	t := infoOf(&sc, low, string(sc.short[:sc.nShort]))
	t.lowForm = low == w
	return t
}

// infoOf is wordInfo given the scan, the lower-cased form and the short
// shape of the word.
func infoOf(sc *wordScan, low, short string) tokInfo {
	return tokInfo{low: low, short: short, tokBits: tokBits{
		lowH: hstr(fnvOff, low), shortH: hstr(fnvOff, short),
		cap: sc.cap, firstLower: sc.firstLower, hasLower: sc.hasLower, letter: sc.letter, plain: sc.plain,
	}}
}

func notPlain(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) }

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

// contextFeats appends the features of token i of a sentence (its words
// ids in ds) that depend on more than its word: sentence position, word
// pairs, gazetteer names and the document. The bias feature, the same
// for every token, is not among them.
func contextFeats(hs []uint64, ds *docState, ids []int32, gaz []byte, i int, up bool) []uint64 {
	n := len(ids)
	t := &ds.words[ids[i]].tokInfo
	if i == 0 {
		hs = append(hs, hstr(hstart(tFirst, 0), t.short))
	}
	if i == n-1 {
		hs = append(hs, hstart(tLast, 0))
	}
	if up {
		hs = append(hs, pair(tUpSent, t.lowH, 0))
	}
	if i > 0 {
		p := &ds.words[ids[i-1]].tokInfo
		hs = append(hs, pair(tBigramL, p.lowH, t.lowH), pair(tShapePair, p.shortH, t.shortH))
	} else {
		hs = append(hs, pair(tBigramL, 0, t.lowH))
	}
	if i+1 < n {
		q := &ds.words[ids[i+1]].tokInfo
		hs = append(hs, pair(tBigramR, t.lowH, q.lowH), pair(tShapePairR, t.shortH, q.shortH))
	}
	if ds.feats&UseGazetteer != 0 && gaz != nil {
		if g := gaz[i]; g != 0 {
			hs = append(hs, hbyte(hstart(tGaz, 0), g), hstr(hbyte(hstart(tGaz, 1), g), t.short))
		}
		if i+1 < n && gaz[i+1] != 0 {
			hs = append(hs, hbyte(hstart(tGazNext, 0), gaz[i+1]))
		}
		if i > 0 && gaz[i-1] != 0 {
			hs = append(hs, hbyte(hstart(tGazPrev, 0), gaz[i-1]))
		}
	}
	if ds.feats&UseDocument != 0 && t.cap {
		ls := &ds.lows[ds.words[ids[i]].lowID]
		if ls.low > 0 {
			hs = append(hs, hstart(tDocLow, 0))
		}
		if (i == 0 || up) && ls.mid > 0 {
			hs = append(hs, hstart(tDocMid, 0))
		}
		best, arg := int32(0), -1
		for t, c := range ls.hist {
			if c > 0 {
				hs = append(hs, hint(hstart(tHist, 0), t))
			}
			if c > best {
				best, arg = c, t
			}
		}
		if arg >= 0 {
			hs = append(hs, hint(hstart(tHistMaj, 0), arg), hstr(hint(hstart(tHistMaj, 1), arg), t.short))
		}
	}
	return hs
}

// docState is the document as the tagger reads it: its words interned
// (each distinct form is looked at once per document), the words written
// in lower case, the capitalized words inside sentences, and the types
// given to capitalized words so far.
type docState struct {
	feats  int
	ids    map[string]int32 // form -> index in words (training only)
	lowIDs map[string]int32 // lower-cased form -> index in lows (training only)
	words  []docWord
	lows   []lowStat
	tok    []int32 // the word of each token, sentence after sentence
	at     []int32 // start in tok of each sentence, and the end
	upper  []bool  // the sentence is written in capitals
	far    int32   // the id in words of the far words (see far.go), -1 none
	// notPlain counts the tokens whose word is not plain
	notPlain int
}

// docWord is one distinct form of a document.
type docWord struct {
	tokInfo
	lowID int32    // index in lows of its lower-cased form
	vec   *wordVec // its word features' weights (tagging only)
}

// lowStat is what the document says of one lower-cased form.
type lowStat struct {
	low  int32    // written so, in lower case, in a sentence not in capitals
	mid  int32    // written capitalized inside such a sentence
	hist [4]int32 // the types the tagger gave it, capitalized, so far
}

// newDocState reads a document for training (no word weights).
func newDocState(sents []Sentence, feats int) *docState {
	ds := new(docState)
	ds.reset(sents, feats, nil)
	return ds
}

// reset makes ds the state of a new document; with a tagging state st,
// each distinct word gets its weights from st and is interned through
// st's map of forms (nil: training, with maps of the document's own).
func (ds *docState) reset(sents []Sentence, feats int, st *tagState) {
	ds.feats = feats
	if st != nil {
		st.doc++
		if st.doc == 0 { // wrapped: the entries' documents mean nothing now
			st.forget()
			st.doc = 1
		}
	} else if ds.ids == nil {
		ds.ids, ds.lowIDs = map[string]int32{}, map[string]int32{}
	} else {
		clear(ds.ids)
		clear(ds.lowIDs)
	}
	ds.words, ds.lows = ds.words[:0], ds.lows[:0]
	ds.tok, ds.at, ds.upper = ds.tok[:0], ds.at[:0], ds.upper[:0]
	ds.far = -1
	ds.notPlain = 0
	for _, s := range sents {
		ds.at = append(ds.at, int32(len(ds.tok)))
		up, n := 0, 0
		var far []bool // words the tagging reads not (see far.go)
		if st != nil && !st.m.decodeAll && !st.m.internAll {
			st.far = farWords(st.far, s.Words)
			far = st.far
		}
		for i, w := range s.Words {
			var id int32
			switch {
			case far != nil && far[i]:
				ds.tok = append(ds.tok, ds.farID())
				if letter, hasLower := letterCase(w); len(w) >= 2 && letter {
					n++
					if !hasLower {
						up++
					}
				}
				continue
			case st != nil:
				id = ds.addForm(st, st.form(w))
			default:
				var ok bool
				if id, ok = ds.ids[w]; !ok {
					id = ds.add(w)
				}
			}
			ds.tok = append(ds.tok, id)
			t := &ds.words[id]
			if !t.plain {
				ds.notPlain++
			}
			if len(w) >= 2 && t.letter {
				n++
				if !t.hasLower {
					up++
				}
			}
		}
		ds.upper = append(ds.upper, n >= 2 && up*4 >= n*3)
	}
	ds.at = append(ds.at, int32(len(ds.tok)))
	if feats&UseDocument == 0 {
		return
	}
	var capLows map[string]int32 // see countFarLower
	if ds.far >= 0 {
		capLows = st.capLows
		clear(capLows)
		for _, t := range ds.words {
			if t.cap {
				capLows[t.low] = t.lowID
			}
		}
	}
	for si, up := range ds.upper {
		if up {
			continue
		}
		for i, id := range ds.sent(si) {
			t := &ds.words[id]
			switch {
			case id == ds.far:
				if len(capLows) > 0 {
					ds.countFarLower(capLows, sents[si].Words[i])
				}
			case t.firstLower:
				// a form counts as written in lower case when it is
				// its own lower-cased form (the key it is looked up by)
				if t.lowForm {
					ds.lows[t.lowID].low++
				}
			case t.cap && i > 0 && t.hasLower:
				ds.lows[t.lowID].mid++
			}
		}
	}
}

// addForm returns the index in the document of a form of the tagging
// state st (its slot s), interning it on its first sight in the
// document.
func (ds *docState) addForm(st *tagState, s *formSlot) int32 {
	if s.doc == st.doc {
		return s.id
	}
	low := &st.lowDocs[s.low]
	if low.doc != st.doc {
		low.doc, low.id = st.doc, int32(len(ds.lows))
		ds.lows = append(ds.lows, lowStat{})
	}
	s.doc, s.id = st.doc, int32(len(ds.words))
	v, a := st.r.at(s.vec)
	ds.words = append(ds.words, docWord{lowID: low.id, vec: v})
	a.fill(&ds.words[s.id].tokInfo, v)
	return s.id
}

// add interns a new form (training: no word weights).
func (ds *docState) add(w string) int32 {
	var dw docWord
	dw.tokInfo = wordInfo(w)
	li, ok := ds.lowIDs[dw.low]
	if !ok {
		li = int32(len(ds.lows))
		ds.lows = append(ds.lows, lowStat{})
		ds.lowIDs[dw.low] = li
	}
	dw.lowID = li
	id := int32(len(ds.words))
	ds.words = append(ds.words, dw)
	ds.ids[w] = id
	return id
}

// sent returns the word ids of sentence si.
func (ds *docState) sent(si int) []int32 { return ds.tok[ds.at[si]:ds.at[si+1]] }

// remember records the types the tagger gave the capitalized words of a
// sentence.
func (ds *docState) remember(ids []int32, labels []int) {
	if ds.feats&UseDocument == 0 {
		return
	}
	for i, l := range labels {
		if l == 0 {
			continue
		}
		if t := &ds.words[ids[i]]; t.cap {
			ds.lows[t.lowID].hist[ltype(l)]++
		}
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
