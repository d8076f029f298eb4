package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on a search query: a longer one is refused with ErrBadQuery
// rather than searched (a 26 KB "a OR b OR ..." once took 9 s of CPU).
const (
	MaxQueryBytes = 1000
	MaxQueryTerms = 32
)

// ErrBadQuery: a search query the store refuses (too long, too many
// words); the error says which bound it broke. Any other query gives
// results, perhaps none.
var ErrBadQuery = errors.New("bad search query")

// matchQueries builds the FTS5 queries for what a person typed: first, the
// text itself (FTS5 syntax: "phrases", OR, NOT, prefix*), and plain, its
// words quoted one by one, searched when first is not valid FTS5. Control
// characters (a NUL) and invalid UTF-8 read as spaces. Both are "" when no
// word is left, which finds nothing.
func matchQueries(q string) (first, plain string, err error) {
	var b strings.Builder
	for _, r := range q {
		if r == utf8.RuneError || unicode.IsControl(r) {
			r = ' '
		}
		b.WriteRune(r)
	}
	first = strings.TrimSpace(b.String())
	if len(first) > MaxQueryBytes {
		return "", "", fmt.Errorf("%w: %d bytes long, at most %d", ErrBadQuery, len(first), MaxQueryBytes)
	}
	if n := len(strings.FieldsFunc(first, isQuerySpace)); n > MaxQueryTerms {
		return "", "", fmt.Errorf("%w: %d words, at most %d", ErrBadQuery, n, MaxQueryTerms)
	}
	plain = quoteTerms(first)
	if plain == "" {
		first = ""
	}
	return first, plain, nil
}

func isQuerySpace(r rune) bool { return unicode.IsSpace(r) || r == '"' }

// quoteTerms turns a query into plain words, each quoted so that FTS5
// reads none of them as syntax. Operators alone ("AND") are searched as
// words.
func quoteTerms(q string) string {
	words := strings.FieldsFunc(q, isQuerySpace)
	var terms []string
	for _, w := range words {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		terms = append(terms, `"`+w+`"`)
	}
	if len(terms) == 0 {
		for _, w := range words {
			terms = append(terms, `"`+w+`"`)
		}
	}
	return strings.Join(terms, " ")
}
