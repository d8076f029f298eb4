package ner

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word classes list their words from the most frequent down, as the
// unlabelled news writes them ("Government" and "government" apart): the
// rank of a form says how often the news writes it.
var (
	rankOnce sync.Once
	rankMap  map[string]int32
)

func loadRanks() {
	rankMap = map[string]int32{}
	zr, err := gzip.NewReader(bytes.NewReader(clustersGz))
	if err != nil {
		return
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return
	}
	var n int32
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if w, _, ok := strings.Cut(line, "\t"); ok {
			if _, seen := rankMap[w]; !seen {
				rankMap[w] = n
			}
			n++
		}
	}
}

// NameLike reports whether the unlabelled news writes the word w more
// often capitalized ("Reuters", "Treasury") than in lower case
// ("government", "notice"); a word it never writes capitalized is no
// name, one it never writes at all may be.
func NameLike(w string) bool {
	rankOnce.Do(loadRanks)
	low := strings.ToLower(w)
	r, size := utf8.DecodeRuneInString(low)
	if size == 0 {
		return false
	}
	title := string(unicode.ToUpper(r)) + low[size:]
	rt, okT := rankMap[title]
	rl, okL := rankMap[low]
	switch {
	case !okL:
		return true
	case !okT:
		return false
	}
	return rt < rl
}
