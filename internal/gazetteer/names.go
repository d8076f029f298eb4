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
	return givenNames[string(fold(strings.TrimSpace(s), buf[:0]))]
}
