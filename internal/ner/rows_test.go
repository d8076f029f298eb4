package ner

import "testing"

// BenchmarkAddRow reads the rows of pseudo-random buckets, as the tagger
// does for the features of a token.
func BenchmarkAddRow(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var e [nLabels]int32
	h := uint64(1)
	for i := 0; i < b.N; i++ {
		h = h*6364136223846793005 + 1442695040888963407
		m.addRow(&e, bucket(h, m.bits))
	}
}
