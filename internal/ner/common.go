package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/internal/text"
)

// The word classes list their words from the most frequent down, as the
// unlabelled news writes them ("Government" and "government" apart): the
// rank of a form says how often the news writes it.
// vocab (features.go) holds each word's rank in the embedded word classes
// file (the words of the unlabelled news, most frequent first).

// NameLike reports whether the unlabelled news writes the word w more
// often capitalized ("Reuters", "Treasury") than in lower case
// ("government", "notice"); a word it never writes capitalized is no
// name, one it never writes at all may be. A word in capitals counts as
// capitalized as it is written too ("NASA", not "nasa").
func NameLike(w string) bool {
	clusterOnce.Do(loadClusters)
	low := strings.ToLower(w)
	r, size := utf8.DecodeRuneInString(low)
	if size == 0 {
		return false
	}
	title := string(unicode.ToUpper(r)) + low[size:]
	t, okT := vocab.get(title)
	l, okL := vocab.get(low)
	// a word in capitals is read as written too: the news writes "NASA"
	// and "FEMA" as names, "nasa" and "fema" only in its web addresses
	// ("www.nasa.gov"), and never "Nasa"; "NEW" and "IT" it writes far
	// less often than "new" and "it"
	if len(w) >= 3 && text.IsAllCaps(w) {
		if c, okC := vocab.get(w); okC && (!okT || c.rank < t.rank) {
			t, okT = c, true
		}
	}
	switch {
	case !okL:
		return true
	case !okT:
		return false
	}
	return t.rank < l.rank
}
