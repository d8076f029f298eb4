package gazetteer

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A token is a word of text as the matcher sees it: a run of letters and
// digits, possibly with inner apostrophes ("d'Ivoire"), or a dotted
// acronym ("U.S."), or one of the punctuation marks that may stand inside
// a name ("," and "."). A trailing possessive "'s" is not part of the token.
type token struct {
	start, end int  // byte offsets of the token in the text
	brk        bool // a hard break (sentence punctuation, blank line...) precedes it
	punct      bool // a "," or "." pseudo-token
	upper      bool // every letter is upper case (and it has one)
	cap        bool // the first letter is upper case
	mixed      bool // an upper-case letter follows a lower-case one ("IsDB")
	lineStart  bool // the token begins a line (for shouting detection)
	hyph       bool // joined to the previous token by a hyphen, no space
	poss       bool // followed by a possessive "'s", which ends a name
	// alnum: every byte of the token is an ASCII letter or digit, so
	// that fold only lower-cases it and a word table's bitmap may be
	// asked with the text as it stands (see matcher.id)
	alnum bool

	// Filled in lazily by the matcher.
	looked  bool
	id, xid int32 // vocabulary ids of the folded and the exact form
}

// isApos reports whether r is an apostrophe (straight, curly or modifier).
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isSoftHyphen reports whether r joins the words of a name like a space
// does: "Nagorno-Karabakh" and "Nagorno Karabakh" are one name.
func isSoftHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '‒' || r == '–'
}

// tokenize splits text into tokens. It is the one scanner used for names
// (at build time) and for text (at match time), so both see the same words.
//
// It runs over every story (4-5% of an extraction), so a word's token is
// written where it stays, in toks (a token is 40 bytes, and returning it
// from scanWord and appending it were two copies of each), and the pass
// of mergeCo over all tokens is made only for a text with a token "co".
func tokenize(text string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/6+1)
	}
	brk := true
	newlines := 0
	hyph := false
	lineStart := true
	co := false // a token is "co" in any case: mergeCo may join it
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			next := scanWord(text, i, t)
			if next <= i { // every pass advances, whatever scanWord does
				next = i + size
				t.end = next
			}
			t.brk = brk || newlines >= 2
			t.hyph = hyph && newlines == 0
			t.lineStart = lineStart
			if t.end-t.start == 2 && text[t.start]|0x20 == 'c' && text[t.start+1]|0x20 == 'o' {
				co = true
			}
			brk, newlines, hyph, lineStart = false, 0, false, false
			i = next
			continue
		case r == '\n':
			newlines++
			lineStart = true
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r == '*' || r == '_':
			// Markdown emphasis markers around or inside a name are
			// transparent.
		case isSoftHyphen(r):
			hyph = true
		case r == ',' || r == '.':
			toks = append(toks, token{start: i, end: i + 1, punct: true, brk: brk || newlines >= 2})
			brk, newlines, hyph = false, 0, false
		case r == '&':
			toks = append(toks, token{start: i, end: i + 1, brk: brk || newlines >= 2})
			brk, newlines, hyph = false, 0, false
		default:
			brk = true
		}
		i += size
	}
	if !co {
		return toks
	}
	return mergeCo(text, toks)
}

// scanWord scans the word starting at i into t, a zero token, and returns
// the offset after it (after any possessive "'s", which the token
// excludes).
func scanWord(text string, i int, t *token) int {
	if i+1 < len(text) && text[i+1] == '.' || text[i] >= utf8.RuneSelf {
		if dt, next, ok := scanDotted(text, i); ok {
			*t = dt
			return next
		}
	}
	t.start = i
	t.alnum = true // until a byte past the ASCII letters and digits
	j := i
	letters, uppers := 0, 0
	first := true
	sawLower := false
	for j < len(text) {
		c := text[j]
		if 'a' <= c && c <= 'z' {
			// a run of lower-case letters, most of a word's bytes
			k := lowerRun(text, j)
			letters += k - j
			sawLower, first = true, false
			j = k
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			if !asciiWord[c] {
				break
			}
			if 'A' <= c && c <= 'Z' {
				letters++
				uppers++
				if first {
					t.cap = true
				} else if sawLower {
					t.mixed = true
				}
				first = false
			} else if 'a' <= c && c <= 'z' {
				letters++
				sawLower = true
				first = false
			}
			j++
			continue
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if isApos(r) && j > i {
			// An apostrophe stays inside a word only between letters.
			// (A word may begin with U+02BC, a letter: "ʼAbd".)
			r2, s2 := utf8.DecodeRuneInString(text[j+size:])
			if !unicode.IsLetter(r2) {
				break
			}
			// Possessive 's: end the token before the apostrophe.
			if (r2 == 's' || r2 == 'S') && !isWordAt(text, j+size+s2) {
				t.end = j
				t.poss = true
				classify(t, letters, uppers)
				return j + size + s2
			}
			j += size
			t.alnum = false
			continue
		}
		if !isWordRune(r) {
			break
		}
		t.alnum = false
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if first {
					t.cap = true
				} else if sawLower {
					t.mixed = true
				}
			} else if unicode.IsLower(r) {
				sawLower = true
			}
			first = false
		}
		j += size
	}
	if j == i {
		// Never return without advancing: a word rune always starts a
		// word, so take it even when the loop above refused it.
		_, size := utf8.DecodeRuneInString(text[i:])
		j = i + size
		t.alnum = false
	}
	t.end = j
	classify(t, letters, uppers)
	return j
}

// lowerRun returns the end of the run of ASCII lower-case letters that
// starts at text[j] (j itself if there is none).
func lowerRun(text string, j int) int {
	for j < len(text) && text[j]-'a' <= 'z'-'a' {
		j++
	}
	return j
}

// classify marks t as in capitals when all its letters, and it has one,
// are upper case.
func classify(t *token, letters, uppers int) {
	t.upper = letters > 0 && uppers == letters
}

// isWordAt reports whether a word rune starts at text[i].
func isWordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r) || isApos(r)
}

// scanDotted scans a dotted acronym such as "U.N.", "U.S.A." or "D.C.":
// two or more single letters each followed by a dot (the last dot may be
// missing: "U.S").
func scanDotted(text string, i int) (token, int, bool) {
	j := i
	n := 0
	upper := true
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		if isWordAt(text, j+size) {
			break // a longer word, not a single letter
		}
		if !unicode.IsUpper(r) {
			upper = false
		}
		k := j + size
		if k < len(text) && text[k] == '.' {
			n++
			j = k + 1
			continue
		}
		if n >= 1 {
			n++
			j = k
		}
		break
	}
	if n < 2 {
		return token{}, 0, false
	}
	return token{start: i, end: j, upper: upper, cap: upper}, j, true
}

// mergeCo joins "Co-" to a following word that starts with a vowel, so
// that "Co-operation" and "Cooperation" are one token.
func mergeCo(text string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && t.end-t.start == 2 && !t.punct && strings.EqualFold(text[t.start:t.end], "co") {
			n := toks[i+1]
			if n.hyph && !n.punct && n.start == t.end+1 && strings.ContainsRune("aeiouAEIOU", rune(text[n.start])) {
				t.end = n.end
				t.upper = t.upper && n.upper
				t.alnum = false // the hyphen
				out = append(out, t)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// fold returns the lookup form of a word: lower case, without diacritics,
// apostrophes, dots or hyphens (so "Türkiye" and "turkiye", "U.N." and
// "UN", "Co-operation" and "cooperation" fold alike). buf is scratch space.
//
// It folds every word of every story the gazetteer reads: an ASCII word
// is folded a byte at a time through foldByte and foldKeep, without a
// test of each byte's kind; any other word goes through foldRunes.
func fold(s string, buf []byte) []byte {
	buf = slices.Grow(buf[:0], len(s))[:len(s)]
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldRunes(s, buf[:0])
		}
		buf[n] = foldByte[c]
		n += int(foldKeep[c])
	}
	return buf[:n]
}

// foldByte is the byte fold writes for an ASCII byte (its lower case),
// and foldKeep 1 for the bytes it keeps, 0 for those it drops (the
// apostrophe, the period and the hyphen).
var foldByte, foldKeep = func() (b, k [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		b[c], k[c] = byte(c), 1
		if 'A' <= c && c <= 'Z' {
			b[c] = byte(c) + 'a' - 'A'
		}
		if c == '\'' || c == '.' || c == '-' {
			k[c] = 0
		}
	}
	return b, k
}()

// foldRunes is fold of a word that is not all ASCII, appended to buf.
func foldRunes(s string, buf []byte) []byte {
	it := iters.Get().(*norm.Iter)
	defer iters.Put(it)
	it.InitString(norm.NFD, s)
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			if unicode.Is(unicode.Mn, r) || isApos(r) || r == '.' || r == '-' || isSoftHyphen(r) {
				continue
			}
			if x, ok := special[r]; ok {
				buf = append(buf, x...)
				continue
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// iters keeps fold's decomposing iterators: a norm.Iter escapes to the
// heap (about 400 bytes a word), and building the gazetteer folds some
// 4,000 words that are not ASCII.
var iters = sync.Pool{New: func() any { return new(norm.Iter) }}

// special folds letters that do not decompose into a base letter and marks.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ħ': "h", 'ŧ': "t",
}

// spelling pairs British and American spellings of word endings found in
// organization names; both spellings of a name token match either in text.
var spelling = [][2]string{
	{"isations", "izations"}, {"isation", "ization"}, {"ised", "ized"},
	{"programmes", "programs"}, {"programme", "program"},
	{"centres", "centers"}, {"centre", "center"},
	{"labour", "labor"}, {"harbour", "harbor"}, {"defence", "defense"},
	{"neighbour", "neighbor"}, {"honour", "honor"}, {"licence", "license"},
}

// Most words end with none of the spellings, and trying each of the 13
// endings was a third of Normalize and a seventh of building the
// gazetteer. Every ending is longer than two bytes, so a word whose last
// two bytes end none of them (a bit of britishEnds or americanEnds, a
// table of 1,024 bits indexed by the two bytes, modulo 32 each) needs no
// further look: "council" ends in "il", which no British ending does.
var britishEnds, americanEnds = func() (b, a [ends2Bits / 64]uint64) {
	for _, p := range spelling {
		k := ends2(p[0])
		b[k/64] |= 1 << (k % 64)
		k = ends2(p[1])
		a[k/64] |= 1 << (k % 64)
	}
	return b, a
}()

// ends2Bits is the size of the tables of the spellings' last two bytes.
const ends2Bits = 32 * 32

// ends2 is the bit of a word of two bytes or more in britishEnds and
// americanEnds: its last two bytes, modulo 32 each (the ASCII lower-case
// letters apart).
func ends2[S ~string | ~[]byte](w S) uint {
	return uint(w[len(w)-2]&31)<<5 | uint(w[len(w)-1]&31)
}

// mayEnd reports whether w may end with one of the spellings whose last
// two bytes are in the table ends (britishEnds or americanEnds).
func mayEnd[S ~string | ~[]byte](w S, ends *[ends2Bits / 64]uint64) bool {
	if len(w) < 2 {
		return false
	}
	k := ends2(w)
	return ends[k/64]&(1<<(k%64)) != 0
}

// americanize returns the American spelling of a folded word.
func americanize(w string) string {
	if !mayEnd(w, &britishEnds) {
		return w
	}
	for _, p := range spelling {
		if strings.HasSuffix(w, p[0]) {
			return w[:len(w)-len(p[0])] + p[1]
		}
	}
	return w
}

// britishize returns the British spelling of a folded American word.
func britishize(w string) string {
	if !mayEnd(w, &americanEnds) {
		return w
	}
	for _, p := range spelling {
		if strings.HasSuffix(w, p[1]) {
			return w[:len(w)-len(p[1])] + p[0]
		}
	}
	return w
}

// Normalize returns the key under which a surface form is looked up: case
// and diacritics folded, apostrophes and dots dropped ("U.N." -> "un"),
// hyphens and dashes read as spaces, "Co-operation" as "cooperation",
// British spellings as American ("Organisation" -> "organization"), a
// leading "the" and a possessive "'s" dropped, punctuation other than the
// words removed and spaces collapsed. Two names with the same Normalize
// are the same name to the gazetteer.
func Normalize(s string) string {
	var kb [128]byte
	return string(appendNormalize(kb[:0], s))
}

// appendNormalize appends Normalize(s) to key. The tokens and the folded
// word are in buffers on the stack: a lookup by name (Lookup, with the
// key in a buffer of its own) allocates nothing.
func appendNormalize(key []byte, s string) []byte {
	if plainName(s) {
		return appendNormalizePlain(key, s)
	}
	var tb [16]token
	var wb [64]byte
	toks := tokenize(s, tb[:0])
	buf := wb[:0]
	n := 0
	for _, t := range toks {
		if t.punct {
			continue
		}
		buf = fold(s[t.start:t.end], buf)
		if a, ok := americanSpelling(buf); ok {
			key, n = appendKeyWord(key, a, n, len(toks))
		} else {
			key, n = appendKeyWord(key, buf, n, len(toks))
		}
	}
	return key
}

// plainName reports whether s holds only ASCII letters, digits and
// spaces, as nearly nine in ten names looked up do ("Department of
// Commerce", "C40"). tokenize reads such a name as its words, apart at
// the spaces, and folding a word of them lower-cases it:
// appendNormalizePlain does that without tokens.
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c != ' ' && !asciiWord[c] {
			return false
		}
	}
	return true
}

// appendNormalizePlain is appendNormalize of a plain name (plainName):
// its words lower-cased in American spelling, joined by single spaces,
// without a leading "the" when more words follow.
func appendNormalizePlain(key []byte, s string) []byte {
	words := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			words++
		}
	}
	var wb [64]byte
	n := 0
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i
		buf := wb[:0]
		for ; j < len(s) && s[j] != ' '; j++ {
			c := s[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		if a, ok := americanSpelling(buf); ok {
			key, n = appendKeyWord(key, a, n, words)
		} else {
			key, n = appendKeyWord(key, buf, n, words)
		}
		i = j
	}
	return key
}

// americanSpelling is americanize of a folded word in a buffer: the
// American form and true when w ends with a British spelling.
func americanSpelling(w []byte) (string, bool) {
	if !mayEnd(w, &britishEnds) {
		return "", false
	}
	for _, p := range spelling {
		if bytes.HasSuffix(w, []byte(p[0])) {
			return string(w[:len(w)-len(p[0])]) + p[1], true
		}
	}
	return "", false
}
