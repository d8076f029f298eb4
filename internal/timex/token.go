package timex

import (
	"sync"
	"unicode"
	"unicode/utf8"

	textpkg "annals/internal/text"
)

// A token is one lexical unit of the text: a run of letters (a word), a run
// of ASCII digits (a number) or a single other non-space rune (punctuation).
// Tokens never include white space; gap records what separated a token from
// the one before it, so that patterns can require adjacency ("mid-2017",
// "20-21") or refuse to cross a paragraph break.
type token struct {
	start, end int
	kind       byte // tokWord, tokNum or tokPunct
	gap        byte // gapNone, gapSpace or gapPara
	upper      bool // a word whose first letter is upper case
	lex        lexEntry
	num        int // value of a number token of at most 9 digits, else -1
}

const (
	tokWord byte = iota + 1
	tokNum
	tokPunct
)

// Gaps between a token and the previous one.
const (
	gapNone  byte = iota // adjacent: "mid-2017" is mid, -, 2017 with no gaps
	gapSpace             // white space with at most one line break
	gapPara              // a blank line: expressions never cross it
)

// tokenize splits text into tokens in one pass. Words are looked up in the
// lexicon as they are cut, case-insensitively, so that the matchers compare
// small integers instead of strings.
func tokenize(text string) []token { return tokenizeInto(nil, text, nil) }

// tokenizeInto is tokenize appending to toks[:0], which it grows when
// too small for text. words, if not nil, are text's words with their ids
// (text.AppendLexWords): a word found there is neither cut nor looked up
// again, any other is.
func tokenizeInto(toks []token, text string, words []textpkg.LexWord) []token {
	if need := len(text)/4 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	toks = toks[:0]
	gap := gapNone
	newlines := 0
	var buf [16]byte
	cur := textpkg.NewLexCursor(words)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			if gap == gapNone {
				gap = gapSpace
			}
			i++
			continue
		case c == '\n':
			newlines++
			if newlines >= 2 {
				gap = gapPara
			} else if gap == gapNone {
				gap = gapSpace
			}
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				n = -1
			}
			toks = append(toks, token{start: i, end: j, kind: tokNum, gap: gap, num: n})
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			t := token{start: i, kind: tokWord, gap: gap, upper: c <= 'Z', num: -1}
			if w := cur.At(i); w != nil {
				t.end = w.End
				if id := w.ID(lexShared, len(buf)); id >= 0 {
					t.lex = lexEntries[id]
				}
			} else {
				var ascii bool
				t.end, ascii = textpkg.WordEnd(text, i)
				if low := textpkg.LowerASCII(buf[:], text[i:t.end]); ascii && low != nil {
					if id, ok := lexTable.Get(low); ok {
						t.lex = lexEntries[id]
					}
				}
			}
			j := t.end
			toks = append(toks, t)
			i = j
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				if gap == gapNone {
					gap = gapSpace
				}
				i += size
				continue
			}
			kind := tokPunct
			if unicode.IsLetter(r) {
				// A word starting with a non-ASCII letter: never a keyword.
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, token{start: i, end: j, kind: tokWord, gap: gap, upper: unicode.IsUpper(r), num: -1})
				i = j
				break
			}
			toks = append(toks, token{start: i, end: i + size, kind: kind, gap: gap, num: -1})
			i += size
		}
		gap = gapNone
		newlines = 0
	}
	return toks
}

// tokenPool keeps the token arrays of finished Find calls for the next
// ones: a story's tokens were the largest allocation of the stage.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// putTokens returns an array to tokenPool, unless it is unusually large
// (a 10 MB story's tokens are not kept).
func putTokens(p *[]token) {
	if cap(*p) > 1<<16 {
		*p = nil
	}
	*p = (*p)[:0]
	tokenPool.Put(p)
}
