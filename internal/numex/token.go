package numex

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	textpkg "annals/internal/text"
)

// A token is a word (a run of letters), a number (digits with optional
// thousands groups "12,500" and decimals "1.5") or one punctuation rune.
// gap records what separates it from the token before: nothing (glued, as
// in "$45", "G20", "20-year"), white space, a line break, or a blank line.
type token struct {
	start, end int
	kind       byte      // tokWord, tokNum, tokPunct
	gap        byte      // gapNone, gapSpace, gapLine, gapPara
	upper      bool      // a word whose first letter is upper case
	grouped    bool      // a number with thousands separators: "12,500", "377 000"
	decimal    bool      // a number with a decimal part: "1.5"
	intDigits  int       // digits before any decimal point, separators excluded
	lex        *lexEntry // never nil: words outside the lexicon share noEntry
}

const (
	tokWord byte = iota + 1
	tokNum
	tokPunct
)

const (
	gapNone  byte = iota // glued to the previous token
	gapSpace             // spaces or tabs
	gapLine              // one line break (hard-wrapped text)
	gapPara              // a blank line
)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// groupSpace returns the length of the space that separates thousands
// groups at text[j] (a space, a no-break, thin or narrow no-break space),
// or 0.
func groupSpace(text string, j int) int {
	switch {
	case j < len(text) && text[j] == ' ':
		return 1
	case strings.HasPrefix(text[j:], "\u00a0"):
		return 2
	case strings.HasPrefix(text[j:], "\u2009"), strings.HasPrefix(text[j:], "\u202f"):
		return 3
	}
	return 0
}

// tokenize cuts text into tokens in one pass, looking words up in the
// lexicon case-insensitively.
func tokenize(text string) []token { return tokenizeInto(nil, text, nil) }

// tokenizeInto is tokenize appending to toks[:0], which it grows when
// too small for text. words, if not nil, are text's words with their ids
// (text.AppendLexWords): a word found there is neither cut nor looked up
// again, any other is.
func tokenizeInto(toks []token, text string, words []textpkg.LexWord) []token {
	if need := len(text)/4 + 1; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	toks = toks[:0]
	gap := gapNone
	var buf [24]byte
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
			if gap >= gapLine {
				gap = gapPara
			} else {
				gap = gapLine
			}
			i++
			continue
		case isDigit(c):
			t := token{start: i, kind: tokNum, gap: gap, lex: &noEntry}
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			t.intDigits = j - i
			// Thousands groups: ",ddd" not followed by another digit.
			for j+4 <= len(text) && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
				(j+4 == len(text) || !isDigit(text[j+4])) && (t.grouped || t.intDigits <= 3) {
				t.grouped = true
				t.intDigits += 3
				j += 4
			}
			// Thousands groups set off by a space, as European and UN
			// texts write them: "377 000", "1 250 000" (a no-break or thin
			// space too); a group of three digits not followed by another.
			if !t.grouped && t.intDigits <= 3 {
				for {
					w := groupSpace(text, j)
					if w == 0 || j+w+3 > len(text) || !isDigit(text[j+w]) || !isDigit(text[j+w+1]) || !isDigit(text[j+w+2]) ||
						j+w+3 < len(text) && (isDigit(text[j+w+3]) || text[j+w+3] == ',') {
						break
					}
					t.grouped = true
					t.intDigits += 3
					j += w + 3
				}
			}
			if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
				t.decimal = true
				j++
				for j < len(text) && isDigit(text[j]) {
					j++
				}
			}
			t.end = j
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			t := token{start: i, kind: tokWord, gap: gap, upper: c <= 'Z', lex: &noEntry}
			if w := cur.At(i); w != nil {
				t.end = w.End
				if id := w.ID(lexShared, len(buf)); id >= 0 {
					t.lex = lexPtr[id]
				}
			} else {
				var ascii bool
				t.end, ascii = textpkg.WordEnd(text, i)
				if low := textpkg.LowerASCII(buf[:], text[i:t.end]); ascii && low != nil {
					if id, ok := lexTable.Get(low); ok {
						t.lex = lexPtr[id]
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
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, token{start: i, end: j, kind: tokWord, gap: gap, upper: unicode.IsUpper(r), lex: &noEntry})
				i = j
				break
			}
			toks = append(toks, token{start: i, end: i + size, kind: tokPunct, gap: gap, lex: &noEntry})
			i += size
		}
		gap = gapNone
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
