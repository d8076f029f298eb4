package gazetteer

import "testing"

var benchText = newsText(4 << 20)

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		tokenize(benchText, nil)
	}
}
