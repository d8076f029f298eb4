package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/internal/resolve"
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

// plainPhrases splits an FTS5 query made only of words, "quoted
// phrases" (either maybe a prefix*) and AND into those phrases, each an
// FTS5 query of its own; nil for any other query (OR, NOT, NEAR,
// parentheses, columns, ^, a word FTS5 would not read as one).
func plainPhrases(q string) []string {
	var out []string
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case r == '"':
			j := i + 1
			for {
				k := strings.IndexByte(q[j:], '"')
				if k < 0 {
					return nil
				}
				j += k + 1
				if j < len(q) && q[j] == '"' { // "" inside a string
					j++
					continue
				}
				break
			}
			if j < len(q) && q[j] == '*' {
				j++
			}
			out = append(out, q[i:j])
			i = j
		default:
			j := i
			for j < len(q) {
				r, n := utf8.DecodeRuneInString(q[j:])
				if !(r >= 0x80 || r == '_' || r == 0x1a || unicode.IsLetter(r) || unicode.IsDigit(r)) {
					break
				}
				j += n
			}
			w := q[i:j]
			if j < len(q) && q[j] == '*' && w != "" {
				j++
			}
			if w == "" || j < len(q) && !unicode.IsSpace(rune(q[j])) && q[j] != '"' {
				return nil
			}
			switch w {
			case "AND":
			case "OR", "NOT", "NEAR":
				return nil
			default:
				out = append(out, q[i:j])
			}
			i = j
		}
	}
	return out
}

// hasOr says whether a full-text query may hold an OR: a word "or" in
// any case outside double quotes (FTS5's operator is OR, websearch's any
// case; a lower-case "or" that is a word is counted too, which only
// keeps the query ranked).
func hasOr(q string) bool {
	quoted := false
	start := 0
	for i, r := range q + " " {
		if r == '"' {
			quoted = !quoted
		}
		if r == '"' || !quoted && (unicode.IsSpace(r) || r == '(' || r == ')') {
			if strings.EqualFold(q[start:i], "or") {
				return true
			}
			start = i + utf8.RuneLen(r)
		}
	}
	return false
}

// ExpandQuery widens a search for an entity's name to all its names: when
// q, as a whole and without search syntax, is a strong name of stored
// entities ("Türkiye", "Turkic Council"), the query returned also matches
// their other strong names ("Turkey"; "Organization of Turkic States",
// "OTS") as phrases, and also lists them, so the reader can be told. Weak
// names (a bare "the Council") are not expanded. Otherwise q comes back
// unchanged with no names. The expansion stays within MaxQueryTerms words.
func (s *DB) ExpandQuery(ctx context.Context, q string) (string, []string, error) {
	t := strings.Join(strings.Fields(q), " ")
	if t == "" || strings.ContainsAny(t, "\"*:()^+{}") {
		return q, nil, nil
	}
	for _, w := range strings.Fields(t) {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			return q, nil, nil
		}
	}
	n := resolve.Normalize(t)
	if n == "" {
		return q, nil, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT o.name, o.norm FROM entity_names m JOIN entity_names o ON o.entity_id = m.entity_id
		WHERE m.norm = ? AND m.strong = 1 AND o.strong = 1 ORDER BY o.seen DESC, o.name LIMIT 64`, n)
	if err != nil {
		return q, nil, s.wrap(err)
	}
	defer rows.Close()
	seen := map[string]bool{n: true}
	terms := []string{phrase(t)}
	words := len(strings.Fields(t))
	var also []string
	for rows.Next() {
		var name, norm string
		if err := rows.Scan(&name, &norm); err != nil {
			return q, nil, err
		}
		if seen[norm] || len([]rune(norm)) < 2 {
			continue
		}
		k := len(strings.Fields(name))
		if words+k+1 > MaxQueryTerms { // its words and an OR
			continue
		}
		seen[norm] = true
		words += k + 1
		terms = append(terms, phrase(name))
		also = append(also, name)
	}
	if err := rows.Err(); err != nil {
		return q, nil, s.wrap(err)
	}
	if len(also) == 0 {
		return q, nil, nil
	}
	return strings.Join(terms, " OR "), also, nil
}

// phrase quotes s as an FTS5 phrase.
func phrase(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
