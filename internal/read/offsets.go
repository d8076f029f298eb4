package read

import "sort"

// A byte map sends every byte of a text to the span of Raw it was read
// from. Kept per byte it costs 12 bytes for each byte of text (120 MB for
// a 10 MB story); kept as runs it costs 12 bytes for each stretch mapped
// alike, a few per paragraph of ordinary text.

// run is a stretch of text bytes, from text offset at to the next run,
// mapped alike. A copied run (end < 0) maps text byte at+k to
// Raw[src+k : src+k+1]; a decoded run (an entity, an escape, a collapsed
// space) maps every byte to Raw[src:end].
type run struct {
	at, src, end int32 // int32: files are at most 2 GB
}

// runs is a byte map as runs in text order; the first run is at 0.
type runs []run

// add maps the text byte at (the next one: at is the number of bytes
// mapped so far) to Raw[src:end], extending the last run when it maps
// alike.
func (rs *runs) add(at, src, end int) {
	if k := len(*rs); k > 0 {
		r := &(*rs)[k-1]
		if r.end < 0 {
			if end == src+1 && src == int(r.src)+at-int(r.at) {
				return
			}
		} else if src == int(r.src) && end == int(r.end) {
			return
		}
	}
	if end == src+1 {
		*rs = append(*rs, run{int32(at), int32(src), -1})
	} else {
		*rs = append(*rs, run{int32(at), int32(src), int32(end)})
	}
}

// find returns the index of the run holding text offset i (i >= 0),
// trying hint and the run after it first: readers look bytes up in order.
func (rs runs) find(i int, hint *int) int {
	if h := *hint; h >= 0 && h < len(rs) && int(rs[h].at) <= i {
		if h+1 == len(rs) || i < int(rs[h+1].at) {
			return h
		}
		if h+2 == len(rs) || i < int(rs[h+2].at) {
			*hint = h + 1
			return h + 1
		}
	}
	j := sort.Search(len(rs), func(j int) bool { return int(rs[j].at) > i }) - 1
	*hint = j
	return j
}

// lookup returns the span of Raw that text byte i came from.
func (rs runs) lookup(i int, hint *int) (src, end int) {
	r := rs[rs.find(i, hint)]
	if r.end < 0 {
		src = int(r.src) + i - int(r.at)
		return src, src + 1
	}
	return int(r.src), int(r.end)
}

// truncate keeps the map of the first n bytes.
func (rs *runs) truncate(n int) {
	k := sort.Search(len(*rs), func(j int) bool { return int((*rs)[j].at) >= n })
	*rs = (*rs)[:k]
}

// Offsets is the byte map of a text: At(i) is the offset in Raw of the
// source of text byte i, and At(n) the end of the last mapped source (n
// the length of the text); End(i) is the offset just past the source of
// byte i. See Doc.Map for the rules. It is kept as runs of bytes mapped
// alike, a few per paragraph, not one entry per byte.
type Offsets struct {
	runs runs
	off  int // byte 0 of this map is byte off of runs (a window)
	n    int // bytes mapped
	last int // At(n)
}

// Len is the number of entries of the map: the length of the text plus one.
func (o Offsets) Len() int { return o.n + 1 }

// At returns the offset in Raw of the source of text byte i, or for i ==
// n the end of the last source. Offsets out of range are clamped.
func (o Offsets) At(i int) int {
	if i >= o.n || len(o.runs) == 0 {
		return o.last
	}
	h := -1
	src, _ := o.runs.lookup(max(i, 0)+o.off, &h)
	return src
}

// End returns the offset in Raw just past the source of text byte i
// (i < n); for i >= n it is At(n).
func (o Offsets) End(i int) int {
	if i >= o.n || len(o.runs) == 0 {
		return o.last
	}
	h := -1
	_, end := o.runs.lookup(max(i, 0)+o.off, &h)
	return end
}

// Window returns the map of text[a:b]: At(k) of the window is At(a+k) of
// o, and its At(b-a) is At(b). It shares o's runs.
func (o Offsets) Window(a, b int) Offsets {
	a = min(max(a, 0), o.n)
	b = min(max(b, a), o.n)
	w := Offsets{off: o.off + a, n: b - a, last: o.At(b)}
	if b > a {
		h := -1
		i := o.runs.find(a+o.off, &h)
		j := o.runs.find(b-1+o.off, &h)
		w.runs = o.runs[i : j+1]
	}
	return w
}

// Ints returns the map one entry per byte, as a slice of len(text)+1
// offsets: for tests and small texts.
func (o Offsets) Ints() []int {
	m := make([]int, 0, o.n+1)
	h := -1
	for i := 0; i < o.n; i++ {
		src, _ := o.runs.lookup(i+o.off, &h)
		m = append(m, src)
	}
	return append(m, o.last)
}

// each calls f for every text byte in order with its source span.
func (o Offsets) each(f func(i, src, end int)) {
	h := -1
	for i := 0; i < o.n; i++ {
		src, end := o.runs.lookup(i+o.off, &h)
		f(i, src, end)
	}
}
