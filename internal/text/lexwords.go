package text

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The date and the figure scanners (packages timex and numex) each cut a
// story into tokens of their own, and each looked every word up in its
// own lexicon: the same words cut twice by WordEnd, lower-cased twice and
// looked up in two tables. LexWords does that once a story for both: a
// scanner registers its lexicon at init (RegisterLexicon) and is handed
// the story's words with their ids in every lexicon registered, looked
// up in one table of all their words.

// maxLexicons is how many lexicons RegisterLexicon takes.
const maxLexicons = 2

// lexWordMax is the longest word AppendLexWords looks up: longer than
// any a scanner looks up (LexWord.ID).
const lexWordMax = 32

// A LexWord is a word of a text that starts with an ASCII letter, cut as
// WordEnd cuts it: text[Start:End].
type LexWord struct {
	Start, End int
	ids        [maxLexicons]int32 // the word's id in each lexicon, or -1
}

// A Lexicon is a word table registered for the shared pass.
type Lexicon struct{ slot int }

// ID returns the id of w in the lexicon l: the value the lexicon's map
// gave the lower-cased word, as WordTable.Get of the word's bytes
// lower-cased (LowerASCII) returns it, or -1 when the word is not in it,
// is not all ASCII, or is longer than maxLen (the scanner's buffer, at
// most 32).
func (w *LexWord) ID(l Lexicon, maxLen int) int32 {
	if w.End-w.Start > maxLen {
		return -1
	}
	return w.ids[l.slot]
}

var lexicons struct {
	sync.Once
	maps  []map[string]int32
	table *WordTable           // every registered word: an index in ids
	ids   [][maxLexicons]int32 // each word's id in every lexicon, or -1
	built bool
}

// RegisterLexicon registers m (lower-cased words to ids, as given to
// NewWordTable) for AppendLexWords. It is called by a package's init,
// before any text is read; a third lexicon, or one registered after the
// first AppendLexWords, panics.
func RegisterLexicon(m map[string]int32) Lexicon {
	if len(lexicons.maps) == maxLexicons {
		panic("text: too many lexicons")
	}
	if lexicons.built {
		panic("text: lexicon registered after its first use")
	}
	lexicons.maps = append(lexicons.maps, m)
	return Lexicon{slot: len(lexicons.maps) - 1}
}

// buildLexicons makes the joint table of the registered lexicons.
func buildLexicons() {
	lexicons.built = true
	joint := map[string]int32{}
	for slot, m := range lexicons.maps {
		for w, id := range m {
			k, ok := joint[w]
			if !ok {
				k = int32(len(lexicons.ids))
				joint[w] = k
				var none [maxLexicons]int32
				for i := range none {
					none[i] = -1
				}
				lexicons.ids = append(lexicons.ids, none)
			}
			lexicons.ids[k][slot] = id
		}
	}
	lexicons.table = NewWordTable(joint)
}

// AppendLexWords appends to dst[:0] the words of text that start with an
// ASCII letter after no letter (a word a scanner's tokenizer begins
// there), with their ids in the registered lexicons.
func AppendLexWords(dst []LexWord, text string) []LexWord {
	lexicons.Do(buildLexicons)
	t, ids := lexicons.table, lexicons.ids
	dst = dst[:0]
	var buf [lexWordMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		if !asciiLetter[c] {
			i++
			if c >= utf8.RuneSelf {
				// a word that starts with a letter past ASCII runs on
				// through letters of any kind, as the scanners cut it
				r, size := utf8.DecodeRuneInString(text[i-1:])
				i += size - 1
				if unicode.IsLetter(r) {
					i, _ = WordEnd(text, i)
				}
			}
			continue
		}
		j := i + 1
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		ascii := true
		if j < len(text) && text[j] >= utf8.RuneSelf {
			j, ascii = WordEnd(text, j)
		}
		w := LexWord{Start: i, End: j, ids: noLexIDs}
		// most words are in no lexicon, and the table's bitmap, which
		// reads a word's letters in either case, tells most of them
		// before the word is lower-cased
		if ascii && j-i <= lexWordMax && t.MayHold(text[i:j]) {
			if k, ok := t.Get(LowerASCII(buf[:], text[i:j])); ok {
				w.ids = ids[k]
			}
		}
		dst = append(dst, w)
		i = j
	}
	return dst
}

// noLexIDs are the ids of a word in no lexicon.
var noLexIDs = [maxLexicons]int32{-1, -1}

// asciiLetter marks the bytes of the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c|0x20] = true, true
	}
	return t
}()

// A LexCursor reads a text's LexWords in order: At(i) returns the word
// that starts at text[i], if any, for increasing i.
type LexCursor struct {
	words []LexWord
	k     int
}

// NewLexCursor returns a cursor over words (nil: none; every At misses).
func NewLexCursor(words []LexWord) LexCursor { return LexCursor{words: words} }

// At returns the word starting at offset i, or nil; offsets asked must
// increase.
func (c *LexCursor) At(i int) *LexWord {
	for c.k < len(c.words) && c.words[c.k].Start < i {
		c.k++
	}
	if c.k < len(c.words) && c.words[c.k].Start == i {
		c.k++
		return &c.words[c.k-1]
	}
	return nil
}
