package gazetteer

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed manual/titles.txt
var titlesFile string

//go:embed manual/given-names.txt
var givenFile string

// Titles lists honorifics and offices that introduce a person's name
// ("Mr.", "Secretary-General", "Foreign Minister"), longest first, so that
// a caller trying them in order finds "Deputy Prime Minister" before
// "Prime Minister" and "Minister".
var Titles = readTitles(titlesFile)

var givenNames = readGiven(givenFile)

// givenBits turns away most words that are no given name before
// givenNames hashes them (nine in ten words asked are none; issue 14):
// a bitmap of the folded names by their length and first, middle and
// last bytes, 32 bits a name (a power of two).
var givenBits, givenMask = nameBits(givenNames)

func nameBits(names map[string]bool) ([]uint64, uint32) {
	size := uint32(64)
	for int(size) < 32*len(names) {
		size *= 2
	}
	bits := make([]uint64, size/64)
	for w := range names {
		k := nameHash([]byte(w)) & (size - 1)
		bits[k/64] |= 1 << (k % 64)
	}
	return bits, size - 1
}

// nameHash mixes w's length and its first, middle and last bytes.
func nameHash(w []byte) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	k := uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	return uint32((k * 0x9E3779B97F4A7C15) >> 32)
}

func readTitles(s string) []string {
	seen := map[string]bool{}
	var ts []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || seen[line] {
			continue
		}
		seen[line] = true
		ts = append(ts, line)
	}
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i]) > len(ts[j]) })
	return ts
}

func readGiven(s string) map[string]bool {
	m := map[string]bool{}
	var buf []byte
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		buf = fold(line, buf)
		m[string(buf)] = true
	}
	return m
}

// IsGivenName reports whether s is a common given name ("Amy", "Jens",
// "Recep", "José" or "Jose"), compared without case and diacritics. It is a
// cue that a capitalized word begins a person's name, not a proof.
func IsGivenName(s string) bool {
	var buf [64]byte
	f := fold(strings.TrimSpace(s), buf[:0])
	if k := nameHash(f) & givenMask; givenBits[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	return givenNames[string(f)]
}
