package chronicle

// Near-duplicate stories: the same press release re-published with other
// boilerplate, line wrapping, whitespace or markup.
//
// Each story's read text is cut into shingles of four words (case,
// diacritics and punctuation folded), and summarized by a MinHash
// signature of 128 values: the share of equal values between two
// signatures estimates the Jaccard similarity of their shingle sets. The
// signature is cut into 32 bands of 4 values and each band is indexed
// (story_bands), so a story is compared only with the stories sharing a
// band: stories with a similarity of 0.6 share one with a probability
// above 0.98, stories at 0.2 almost never. A candidate is a copy when the
// estimate reaches copyThreshold.
//
// Copies form a group; its original is the member published first (then
// the first path), and every other member has copy_of set to it. A copy's
// reports stay in the events they report, but count as one source with
// the original's (EventRow.Sources).

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"

	"annals/internal/resolve"
)

const (
	mhHashes     = 128
	mhRows       = 4
	Bands        = mhHashes / mhRows
	shingleWords = 4
	// minShingles: shorter texts get no signature (a headline alone is
	// not a story to call a copy).
	minShingles = 20
	// copyThreshold is the estimated Jaccard similarity of shingles from
	// which two stories are one.
	CopyThreshold = 0.6
)

// mhSeeds are the multipliers and offsets of the 128 hash functions,
// fixed so that signatures stay comparable across runs.
var mhSeeds = func() (s [mhHashes][2]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 { // splitmix64
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range s {
		s[i] = [2]uint64{next() | 1, next()}
	}
	return
}()

// Signature is the MinHash signature of text, or nil when the text has
// fewer than minShingles shingles.
func Signature(text string) []uint32 {
	words := strings.FieldsFunc(resolve.Normalize(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words)-shingleWords+1 < minShingles {
		return nil
	}
	sig := make([]uint32, mhHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j, s := range mhSeeds {
			if v := uint32((x*s[0] + s[1]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of two signatures.
func Similarity(a, b []uint32) float64 {
	if len(a) != mhHashes || len(b) != mhHashes {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / mhHashes
}

func EncodeSig(sig []uint32) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func DecodeSig(b []byte) []uint32 {
	if len(b) != 4*mhHashes {
		return nil
	}
	sig := make([]uint32, mhHashes)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}

// BandHashes hashes each band of a signature.
func BandHashes(sig []uint32) []int64 {
	out := make([]int64, Bands)
	h := fnv.New64a()
	var buf [4]byte
	for b := range Bands {
		h.Reset()
		for _, v := range sig[b*mhRows : (b+1)*mhRows] {
			binary.LittleEndian.PutUint32(buf[:], v)
			h.Write(buf[:])
		}
		out[b] = int64(h.Sum64())
	}
	return out
}

// BandLimit is how many stories of one LSH band a story is compared with.
const BandLimit = 16
