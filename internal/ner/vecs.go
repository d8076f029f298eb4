package ner

import "unsafe"

// The tagger's word cache holds no pointer the garbage collector has to
// follow. A wordVec (a form's weights and what the context features read
// of it) has no pointer: its three strings (the form, its lower-cased
// form, its short shape) are written once into byte chunks and named by
// their chunk and offset; the wordVecs themselves live in chunks of
// vecChunkLen, named by their index; the tables of forms (formTable)
// hold those indices. A cache of 30,000 forms is then a few hundred
// objects without pointers, which a collection marks and never scans,
// where a wordVec of its own per form with three string pointers was
// 19,000 objects and 12 MB to scan at every collection of a long run
// (docs/performance.md, "Extraction speed (session 35)").

// vecChunkLen is how many wordVecs a chunk holds (about 100 KB).
const vecChunkLen = 256

// byteChunkLen is the size of a chunk of bytes; a longer text gets a
// chunk of its own.
const byteChunkLen = 64 << 10

type vecChunk [vecChunkLen]wordVec

// vecText is where a wordVec's strings are: len(form) bytes at off in
// byte chunk chunk, then its lower-cased form's nLow bytes (none when
// the form is its own lower-cased form: tokBits.lowForm), then its short
// shape's nShort bytes.
type vecText struct {
	chunk, off, n, nLow uint32
	nShort              uint8
}

// arena holds wordVecs and their strings. Its owner appends to it;
// copies of it (a tagging state's view of the model's arena, taken under
// the model's lock) read the wordVecs and bytes that were in it when
// copied, while the owner goes on writing further ones.
//
// Why the strings read from it are safe (unsafe.String): a byte of a
// chunk is written once, by add, before any string of it is made, and
// never again; an arena is let go by dropping it whole (a new arena,
// never the old chunks reused), and a string made of a chunk is a
// pointer into it that keeps it alive as long as the string is. Every
// read is through bounds-checked slices of the chunks, so a stale index
// (one from an arena let go) reads out of range or the wrong form, not
// memory that is not ours. TestArenaStringsStay checks that strings
// outlive their arena unchanged.
type arena struct {
	vecs  []*vecChunk
	n     int // wordVecs in use
	bytes [][]byte
	used  int // bytes used in the last chunk of bytes
}

// add appends a copy of v, whose strings are text (the form, its
// lower-cased form unless the form is one, its short shape, as v.s
// says), and returns its index.
func (a *arena) add(v *wordVec, text []byte) int32 {
	if a.n == len(a.vecs)*vecChunkLen {
		a.vecs = append(a.vecs, new(vecChunk))
	}
	i := a.n
	a.n++
	d := &a.vecs[i/vecChunkLen][i%vecChunkLen]
	*d = *v
	if len(a.bytes) == 0 || a.used+len(text) > len(a.bytes[len(a.bytes)-1]) {
		a.bytes = append(a.bytes, make([]byte, max(byteChunkLen, len(text))))
		a.used = 0
	}
	c := len(a.bytes) - 1
	copy(a.bytes[c][a.used:], text)
	d.s.chunk, d.s.off = uint32(c), uint32(a.used)
	a.used += len(text)
	return int32(i)
}

// at returns wordVec i.
func (a *arena) at(i int32) *wordVec { return &a.vecs[i/vecChunkLen][i%vecChunkLen] }

// str returns the n bytes at off in chunk c as a string (see arena for
// why this is safe).
func (a *arena) str(c, off, n uint32) string {
	if n == 0 {
		return ""
	}
	b := a.bytes[c][off : off+n : off+n]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// word returns the form of v, a wordVec of a.
func (a *arena) word(v *wordVec) string { return a.str(v.s.chunk, v.s.off, v.s.n) }

// info returns what the context and document features read of v, a
// wordVec of a.
func (a *arena) info(v *wordVec) tokInfo {
	var t tokInfo
	a.fill(&t, v)
	return t
}

// fill sets t to what the context and document features read of v, a
// wordVec of a: its bits, its lower-cased form and its short shape (its
// text sliced once, bounds checked, then cut without further checks).
func (a *arena) fill(t *tokInfo, v *wordVec) {
	s := &v.s
	n, nl, ns := uintptr(s.n), uintptr(s.nLow), uintptr(s.nShort)
	b := a.bytes[s.chunk][s.off : uintptr(s.off)+n+nl+ns]
	t.tokBits = v.bits
	t.low, t.short = "", ""
	if len(b) == 0 {
		return
	}
	// every string made is of bytes inside b (one of no bytes is "",
	// which a pointer past b's end would not be safe for)
	p := unsafe.Pointer(unsafe.SliceData(b))
	if v.bits.lowForm {
		if n > 0 {
			t.low = unsafe.String((*byte)(p), n)
		}
	} else if nl > 0 {
		t.low = unsafe.String((*byte)(unsafe.Add(p, n)), nl)
	}
	if ns > 0 {
		t.short = unsafe.String((*byte)(unsafe.Add(p, n+nl)), ns)
	}
}

// vecs names the wordVecs a table of forms holds: a reference above 0 is
// index ref-1 of model (the model's arena, or a tagging state's copy of
// it), one below 0 index -ref-1 of own (a tagging state's forms past
// the model's bound); 0 is none.
type vecs struct {
	model, own arena
}

// at returns the wordVec ref names and its arena.
func (r *vecs) at(ref int32) (*wordVec, *arena) {
	if ref > 0 {
		return r.model.at(ref - 1), &r.model
	}
	return r.own.at(-ref - 1), &r.own
}

// word returns the form ref names.
func (r *vecs) word(ref int32) string {
	v, a := r.at(ref)
	return a.word(v)
}
