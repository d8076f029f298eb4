package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// clusterOfRef is clusterOf as first written (allocating): the fast
// path must agree with it.
func clusterOfRef(w string) ([3]uint16, bool) {
	clusterOnce.Do(loadClusters)
	if c, ok := clusterMap[w]; ok {
		return c, true
	}
	lw := strings.ToLower(w)
	if c, ok := clusterMap[lw]; ok && lw != w {
		return c, true
	}
	r, size := utf8.DecodeRuneInString(lw)
	if size > 0 {
		t := string(unicode.ToUpper(r)) + lw[size:]
		if c, ok := clusterMap[t]; ok && t != w {
			return c, true
		}
	}
	return [3]uint16{}, false
}

func TestClusterOfFast(t *testing.T) {
	words := []string{"", "a", "A", "the", "The", "THE", "government", "GOVERNMENT", "Government",
		"washington", "WASHINGTON", "Washington", "wASHINGTON", "Obama", "OBAMA", "obama", "1996", "U.S.",
		"u.s.", "Ki-moon", "KI-MOON", "Türkiye", "TÜRKIYE", "said", "Said", "SAID", "xqzzy", "Xqzzy",
		strings.Repeat("a", 70), strings.Repeat("A", 64), "'s", "'S", "O'Brien", "o'brien", "McDonald", "MCDONALD"}
	for _, w := range words {
		gc, gok := clusterOf(w)
		wc, wok := clusterOfRef(w)
		if gc != wc || gok != wok {
			t.Errorf("clusterOf(%q) = %v %v, want %v %v", w, gc, gok, wc, wok)
		}
	}
}
