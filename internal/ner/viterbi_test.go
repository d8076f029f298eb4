package ner

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"testing"
)

// TestViterbiQuietRuns checks the decoding of sentences with runs of
// tokens outside any name (see quiet) against Viterbi as it was before
// such runs were skipped (viterbiRef): the same labels and back
// pointers of the labels chosen, for the embedded model's transitions
// and random scores, with masks of every kind.
func TestViterbiQuietRuns(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	masks := []string{"", ".", "q", "qq", "q.", ".q", "qqq", "..q", "qq.", "q.q.q.q", "qqqq.qqqq", ".qqqqqqqq", "qqqqqqqq.", "qqqqqqqqqq"}
	rng := rand.New(rand.NewSource(1))
	for range 200 {
		n := 1 + rng.Intn(40)
		b := make([]byte, n)
		for i := range b {
			b[i] = "q."[rng.Intn(2)]
			if rng.Intn(3) == 0 {
				b[i] = 'q'
			}
		}
		masks = append(masks, string(b))
	}
	for k, mask := range masks {
		if mask == "" {
			continue
		}
		t.Run(fmt.Sprintf("%d/%s", k, mask), func(t *testing.T) {
			n := len(mask)
			var got, want decoder
			got.score = make([][nLabels]int32, n)
			for i := range got.score {
				for l := range got.score[i] {
					got.score[i][l] = int32(rng.Intn(60001) - 30000)
				}
			}
			got.out = make([]bool, n)
			for i := range mask {
				got.out[i] = mask[i] == 'q'
			}
			want.score, want.out = slices.Clone(got.score), slices.Clone(got.out)
			gl := slices.Clone(viterbi(&got, n, &m.trans))
			wl := viterbiRef(&want, n, &m.trans)
			if !slices.Equal(gl, wl) {
				t.Fatalf("labels %v, want %v", gl, wl)
			}
			for i := 1; i < n; i++ {
				if got.back[i][gl[i]] != want.back[i][wl[i]] {
					t.Fatalf("token %d: back pointer %d, want %d", i, got.back[i][gl[i]], want.back[i][wl[i]])
				}
			}
		})
	}
}

// viterbiRef is viterbi as it was before runs of quiet tokens were
// skipped.
func viterbiRef(d *decoder, n int, tr *[nLabels + 1][nLabels]int32) []int {
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
	// the transitions into each opening label from the closing ones
	var trC [len(openers)][len(closers)]int32
	for j, l := range openers {
		for k, a := range closers {
			trC[j][k] = tr[a][l]
		}
	}
	for i := 1; i < n; i++ {
		e := &d.score[i]
		bk := &d.back[i]
		var pc [len(closers)]int32
		for k, a := range closers {
			pc[k] = prev[a]
		}
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
		for j, l := range openers {
			t := &trC[j]
			best, arg := pc[0]+t[0], 0
			for k := 1; k < len(closers); k++ {
				if v := pc[k] + t[k]; v > best {
					best, arg = v, k
				}
			}
			cur[l] = best + e[l]
			bk[l] = int8(closers[arg])
		}
		for b := 1; b < nLabels; b += 4 {
			for l := b + 1; l <= b+2; l++ {
				vb, vi := prev[b]+tr[b][l], prev[b+1]+tr[b+1][l]
				if vi > vb {
					cur[l], bk[l] = vi+e[l], int8(b+1)
				} else {
					cur[l], bk[l] = vb+e[l], int8(b)
				}
			}
		}
		mx := cur[0]
		for _, v := range cur {
			mx = max(mx, v)
		}
		for l, v := range cur {
			prev[l] = v - mx
		}
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

// TestViterbiPruned checks viterbiT, which looks for the best closing
// label before each opening one among those that can be it (trTable's
// bounds), against viterbiRef, which sums all nine: the same labels, and
// the same back pointer of every label of every decoded token, for the
// embedded model's transitions and random ones, with scores far apart
// (most closing labels left out), close (most kept) and in a few values
// (ties everywhere), and masks of quiet tokens.
func TestViterbiPruned(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	var randTr [nLabels + 1][nLabels]int32
	for a := range randTr {
		for b := range randTr[a] {
			randTr[a][b] = int32(rng.Intn(65536) - 32768)
		}
	}
	var flatTr [nLabels + 1][nLabels]int32 // every transition the same: ties
	trs := []struct {
		name string
		tr   *[nLabels + 1][nLabels]int32
	}{{"model", &m.trans}, {"random", &randTr}, {"flat", &flatTr}}
	spreads := []struct {
		name string
		draw func() int32
	}{
		{"far", func() int32 { return int32(rng.Intn(4_000_001) - 2_000_000) }},
		{"close", func() int32 { return int32(rng.Intn(20001) - 10000) }},
		{"ties", func() int32 { return int32(rng.Intn(3)) }},
		{"one-high", func() int32 {
			if rng.Intn(17) == 0 {
				return 500_000
			}
			return int32(-rng.Intn(1000))
		}},
	}
	cases := 0
	for _, tr := range trs {
		tt := newTrTable(tr.tr)
		for _, sp := range spreads {
			for r := range 150 {
				n := 1 + rng.Intn(30)
				var got, want decoder
				got.score = make([][nLabels]int32, n)
				for i := range got.score {
					for l := range got.score[i] {
						got.score[i][l] = sp.draw()
					}
				}
				if r%3 != 0 { // a third decoded throughout
					got.out = make([]bool, n)
					for i := range got.out {
						got.out[i] = rng.Intn(3) == 0
					}
				}
				want.score, want.out = slices.Clone(got.score), slices.Clone(got.out)
				gl := slices.Clone(viterbiT(&got, n, tr.tr, &tt))
				wl := viterbiRef(&want, n, tr.tr)
				name := fmt.Sprintf("%s/%s/%d", tr.name, sp.name, r)
				if !slices.Equal(gl, wl) {
					t.Fatalf("%s: labels %v, want %v", name, gl, wl)
				}
				for i := 1; i < n; i++ {
					if got.out != nil && got.out[i] {
						continue
					}
					if got.back[i] != want.back[i] {
						t.Fatalf("%s: token %d: back pointers %v, want %v", name, i, got.back[i], want.back[i])
					}
				}
				cases++
			}
		}
	}
	if cases != 3*4*150 {
		t.Fatalf("%d cases", cases)
	}
}

// TestWrittenOut checks the label-by-label arithmetic written out for
// nLabels = 17 (addVec, sumVec, shift, closing, windowNearEnds) against
// the same as loops, on vectors of zeros, of the extremes (the sums wrap
// as int32 does), of one label set, and random ones.
func TestWrittenOut(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	fill := func(f func(l int) int32) (v [nLabels]int32) {
		for l := range v {
			v[l] = f(l)
		}
		return v
	}
	random := func(int) int32 { return int32(rng.Uint32()) }
	cases := []struct {
		name string
		f    func(l int) int32
	}{
		{"zeros", func(int) int32 { return 0 }},
		{"max", func(int) int32 { return math.MaxInt32 }},
		{"min", func(int) int32 { return math.MinInt32 }},
		{"label", func(l int) int32 { return int32(l) }},
		{"one label", func(l int) int32 { return int32(l/16) * 1000 }},
		{"weights", func(int) int32 { return int32(rng.Intn(65536) - 32768) }},
		{"random", random},
		{"random again", random},
	}
	for _, tc := range cases {
		v := [5][nLabels]int32{fill(tc.f), fill(tc.f), fill(tc.f), fill(tc.f), fill(random)}
		var wantSum, wantAdd, wantShift [nLabels]int32
		mx := v[0][0]
		for l := range nLabels {
			wantSum[l] = v[0][l] + v[1][l] + v[2][l] + v[3][l] + v[4][l]
			wantAdd[l] = v[0][l] + v[1][l]
			mx = max(mx, v[0][l])
		}
		for l := range nLabels {
			wantShift[l] = v[0][l] - mx
		}
		var sum [nLabels]int32
		if sumVec(&sum, &v[0], &v[1], &v[2], &v[3], &v[4]); sum != wantSum {
			t.Errorf("%s: sumVec %v, want %v", tc.name, sum, wantSum)
		}
		add := v[0]
		if addVec(&add, &v[1]); add != wantAdd {
			t.Errorf("%s: addVec %v, want %v", tc.name, add, wantAdd)
		}
		var sh [nLabels]int32
		if shift(&sh, &v[0]); sh != wantShift {
			t.Errorf("%s: shift %v, want %v", tc.name, sh, wantShift)
		}
		pc := closing(&v[0])
		for k, a := range closers {
			if pc[k] != v[0][a] {
				t.Errorf("%s: closing %d: %d, want label %d's %d", tc.name, k, pc[k], a, v[0][a])
			}
		}
		// a sentence of five words, each with its vectors: the window of
		// each token, near the ends and inside, as the loop adds it
		var ds docState
		for range 5 {
			var wv wordVec
			for p := range wv.v {
				wv.v[p] = fill(tc.f)
			}
			ds.words = append(ds.words, docWord{vec: &wv})
		}
		ids := []int32{0, 1, 2, 3, 4}
		for i := range ids {
			want := ds.words[i].vec.v[2]
			for off := -2; off <= 2; off++ {
				if j := i + off; off != 0 && j >= 0 && j < len(ids) {
					for l := range nLabels {
						want[l] += ds.words[j].vec.v[off+2][l]
					}
				}
			}
			var got [nLabels]int32
			if i >= 2 && i+2 < len(ids) {
				w := ds.words
				sumVec(&got, &w[i].vec.v[2], &w[i-2].vec.v[0], &w[i-1].vec.v[1], &w[i+1].vec.v[3], &w[i+2].vec.v[4])
			} else {
				ds.windowNearEnds(&got, ids, i)
			}
			if got != want {
				t.Errorf("%s: token %d's window %v, want %v", tc.name, i, got, want)
			}
		}
	}
}
