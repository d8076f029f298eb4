package ner

import (
	"encoding/binary"
	"errors"
	"slices"
	"testing"
)

// parseRef is parse as it appended each weight and set full in init's
// pass over every bucket.
func parseRef(b []byte) (*Model, error) {
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
	m.rows = make([]uint32, nb+1)
	m.ents = make([]uint32, 0, n)
	next := 0
	prev := -1
	for len(b) > 0 {
		gap, k := binary.Uvarint(b)
		if k <= 0 || gap == 0 || gap > uint64(nb) || len(b) < k+1 {
			return nil, errModel
		}
		bk := prev + int(gap)
		cnt := int(b[k])
		b = b[k+1:]
		if bk >= nb || cnt == 0 || cnt > nLabels || len(b) < 3*cnt || len(m.ents)+cnt > int(n) {
			return nil, errModel
		}
		for ; next <= bk; next++ {
			m.rows[next] = uint32(len(m.ents))
		}
		for j := 0; j < cnt; j++ {
			l := b[0]
			if l >= nLabels {
				return nil, errModel
			}
			m.ents = append(m.ents, uint32(l)<<16|uint32(binary.LittleEndian.Uint16(b[1:])))
			b = b[3:]
		}
		prev = bk
	}
	if len(m.ents) != int(n) {
		return nil, errModel
	}
	for ; next <= nb; next++ {
		m.rows[next] = uint32(len(m.ents))
	}
	m.init()
	return m, nil
}

// sameModel reports whether two models hold the same table, transitions
// and what init derives from them.
func sameModel(a, b *Model) bool {
	return a.bits == b.bits && a.feats == b.feats && a.trans == b.trans && slices.Equal(a.rows, b.rows) &&
		slices.Equal(a.ents, b.ents) && slices.Equal(a.full, b.full) && a.bias == b.bias && a.tt == b.tt
}

// TestParseSameAsRef checks parse against parseRef on the embedded
// model, on a small model written by Write, and on damaged copies of the
// small one: cut short at every length, a label out of range, a count
// too large, a bucket past the table.
func TestParseSameAsRef(t *testing.T) {
	got, err := parse(modelBin)
	want, errRef := parseRef(modelBin)
	if err != nil || errRef != nil || !sameModel(got, want) {
		t.Fatalf("embedded model: parse (%v) and parseRef (%v) differ", err, errRef)
	}
	small := smallModelBytes(t)
	cases := map[string][]byte{"small": small}
	for n := 0; n < len(small); n++ {
		cases["cut"+string(rune('a'+n%26))+string(rune('a'+n/26%26))+string(rune('a'+n/676))] = small[:n]
	}
	head := len(magic) + 2 + 2*(nLabels+1)*nLabels + 4
	for _, c := range []struct {
		name string
		at   int
		b    byte
	}{{"label", head + 2, nLabels}, {"count", head + 1, nLabels + 1}, {"zero count", head + 1, 0}, {"gap", head, 0x7f}, {"bits", len(magic), 30}} {
		if c.at < len(small) {
			d := slices.Clone(small)
			d[c.at] = c.b
			cases[c.name] = d
		}
	}
	for name, b := range cases {
		got, err := parse(b)
		want, errRef := parseRef(b)
		if (err == nil) != (errRef == nil) || err != nil && err.Error() != errRef.Error() {
			t.Errorf("%s: parse error %v, parseRef %v", name, err, errRef)
			continue
		}
		if err == nil && !sameModel(got, want) {
			t.Errorf("%s: models differ", name)
		}
	}
}

// smallModelBytes returns a model of 2^10 buckets with a few weights
// (first, last, neighbouring and far apart buckets), as Write writes it.
func smallModelBytes(t *testing.T) []byte {
	w := make([]int16, (1<<10)*nLabels)
	for _, r := range []int{0, 1, 2, 63, 64, 65, 500, 1022, 1023} {
		for l := 0; l < nLabels; l += 1 + r%5 {
			w[r*nLabels+l] = int16(r*31 - l*7 - 3000)
		}
	}
	m := &Model{bits: 10, feats: 3}
	for a := range m.trans {
		for c := range m.trans[a] {
			m.trans[a][c] = int32(a*10 - c)
		}
	}
	m.fromDense(w)
	var buf bytesBuffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.b
}

type bytesBuffer struct{ b []byte }

func (w *bytesBuffer) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

// TestDeriveAfterFull checks derive, what parse runs once it has set
// full itself: given the bitmap init makes, it derives the bias,
// transitions table and cache init derives, and leaves full as it is.
func TestDeriveAfterFull(t *testing.T) {
	ref, err := parseRef(smallModelBytes(t))
	if err != nil {
		t.Fatal(err)
	}
	m := &Model{bits: ref.bits, feats: ref.feats, trans: ref.trans, rows: ref.rows, ents: ref.ents, full: slices.Clone(ref.full)}
	m.derive()
	if !sameModel(m, ref) {
		t.Error("derive after init's bitmap differs from init")
	}
	m.full[0] ^= 1
	m.derive()
	if slices.Equal(m.full, ref.full) {
		t.Error("derive rewrote the bitmap it was given")
	}
}
