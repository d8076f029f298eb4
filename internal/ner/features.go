package ner

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"annals/internal/gazetteer"
)

// Feature templates. A feature is hashed from its template, the offset of
// the word it reads (-2..2) and its value into one of the model's buckets.
const (
	tBias byte = iota
	tWord
	tLower
	tPrefix
	tSuffix
	tShape
	tShort
	tFlags
	tClus0
	tClus1
	tClus2
	tNoClus
	tGiven
	tTitle
	tFirst
	tLast
	tUpSent
	tBigramL
	tBigramR
	tGaz
	tGazNext
	tGazPrev
	tHist
	tHistMaj
	tDocLow
	tDocMid
	tShapePair
	tShapePairR
)

// hashing: FNV-1a over template, offset and value bytes.
const (
	fnvOff   = 14695981039346656037
	fnvPrime = 1099511628211
)

func hstart(t byte, off int) uint64 {
	h := uint64(fnvOff)
	h = (h ^ uint64(t)) * fnvPrime
	h = (h ^ uint64(off+8)) * fnvPrime
	return h
}

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hbytes is hstr of the bytes of s.
func hbytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hbyte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hint(h uint64, n int) uint64 {
	for k := 0; k < 3; k++ {
		h = (h ^ uint64(byte(n))) * fnvPrime
		n >>= 8
	}
	return h
}

// bucket folds a hash into a table of 2^bits rows.
func bucket(h uint64, bits uint) uint32 {
	h ^= h >> 31
	h *= 0x9E3779B97F4A7C15
	return uint32(h >> (64 - bits))
}

// clustersTSV is the word classes file, embedded as it is (not
// compressed: decompressing it cost every process about 10 ms).
//
//go:embed clusters.tsv
var clustersTSV string

var (
	clusterOnce sync.Once
	// vocab holds each word of the embedded word classes file: its rank
	// and its classes; one table for both, so that loading fills one and
	// a word's look-up reads one
	vocab *vocabTable
)

// LoadWordClasses reads the embedded word classes now instead of at their
// first use (NameLike, CommonWord, the tagger's features), for a process
// that builds its tables before its work.
func LoadWordClasses() { clusterOnce.Do(loadClusters) }

// vocabWord is what the word classes file says of one word.
type vocabWord struct {
	rank  int32     // its line, the most frequent word first
	cl    [3]uint16 // its classes at the three granularities
	hasCl bool      // the line gives the three classes
}

// classes returns the classes of the word w as the file writes it.
func classes(w string) ([3]uint16, bool) {
	v, ok := vocab.get(w)
	return v.cl, ok && v.hasCl
}

// classesBytes is classes of the word written in w.
func classesBytes(w []byte) ([3]uint16, bool) {
	v, ok := vocab.getBytes(w)
	return v.cl, ok && v.hasCl
}

// clusterOf returns the word classes of w (at three granularities) and
// whether w is in the vocabulary of the clustering; a word in capitals
// or in lower case is looked up in title case too.
func clusterOf(w string) ([3]uint16, bool) {
	clusterOnce.Do(loadClusters)
	if c, ok := classes(w); ok {
		return c, true
	}
	if len(w) <= 64 && isASCII(w) {
		// the same lookups in a buffer on the stack: no allocation
		var b [64]byte
		lw := b[:len(w)]
		changed := false
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			lw[i] = c
		}
		if c, ok := classesBytes(lw); ok && changed {
			return c, true
		}
		if len(lw) > 0 {
			c0 := lw[0]
			if 'a' <= c0 && c0 <= 'z' {
				lw[0] = c0 - ('a' - 'A')
			}
			if c, ok := classesBytes(lw); ok && string(lw) != w {
				return c, true
			}
		}
		return [3]uint16{}, false
	}
	lw := strings.ToLower(w)
	if c, ok := classes(lw); ok && lw != w {
		return c, true
	}
	r, size := utf8.DecodeRuneInString(lw)
	if size > 0 {
		t := string(unicode.ToUpper(r)) + lw[size:]
		if c, ok := classes(t); ok && t != w {
			return c, true
		}
	}
	return [3]uint16{}, false
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// loadClusters reads the embedded word classes: one line per word, the
// word and its three classes separated by tabs, and the words' ranks
// (for NameLike), into one table, from their compiled form (clustersBin)
// when it was made from the embedded file. The words are slices of the
// embedded file: no allocation per line.
func loadClusters() {
	if !readClasses(clustersBin, classesSum(clustersTSV)) {
		readVocab(clustersTSV) // clusters.bin is out of date (TestWordClassesFile says so)
	}
}

// readVocab fills vocab from the text of the word classes file. A word
// listed twice keeps its first rank and its last classes.
//
// It runs in every process before the first story (5 ms of CPU for the
// 40,857 lines, a fifth of what extracting one small file costs): a
// class of digits alone is read in the loop that finds its end, and only
// another (none in the embedded file) goes through strconv.Atoi, which
// gives the same number (readVocabRef in the tests is the former reader).
func readVocab(text string) {
	vocab = newVocabTable(strings.Count(text, "\n") + 1)
	var rank int32
	for len(text) > 0 {
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		t := strings.IndexByte(line, '\t')
		if t < 0 {
			continue
		}
		w, rest := line[:t], line[t+1:]
		var c [3]uint16
		k := 0
		for ; k < 3 && rest != ""; k++ {
			j, n, digits := 0, 0, true
			for ; j < len(rest) && rest[j] != '\t'; j++ {
				d := rest[j] - '0'
				digits = digits && d <= 9
				n = n*10 + int(d)
			}
			if !digits || j == 0 || j > 9 {
				n, _ = strconv.Atoi(rest[:j])
			}
			c[k] = uint16(n)
			if j < len(rest) {
				rest = rest[j+1:]
			} else {
				rest = ""
			}
		}
		v, seen := vocab.ref(w)
		if !seen {
			v.rank = rank
		}
		if k == 3 {
			v.cl, v.hasCl = c, true
		}
		rank++
	}
}

var (
	titleOnce  sync.Once
	titleWords map[string]bool
)

// isTitleWord reports whether the lower-cased word w is a word of a title
// that announces a person ("president", "minister", "mr.").
func isTitleWord(lw string) bool {
	titleOnce.Do(func() {
		titleWords = map[string]bool{}
		for _, t := range gazetteer.Titles {
			for _, w := range strings.Fields(strings.ToLower(t)) {
				if len(w) > 1 && w != "of" && w != "the" && w != "for" && w != "and" {
					titleWords[w] = true
					titleWords[strings.TrimSuffix(w, ".")] = true
				}
			}
		}
	})
	return titleWords[lw]
}

// shape maps letters to X/x and digits to d, keeping other characters,
// capped at 16 characters; short collapses repeats ("Xx", "d-d").
func shape(w string) (long, short string) {
	var sc wordScan
	sc.scan(w)
	return string(sc.long[:sc.nLong]), string(sc.short[:sc.nShort])
}

// wordScan is what one pass over the bytes of a word form tells: its
// shapes (see shape) and what the flags feature, the context features and
// the document statistics read of its letters.
type wordScan struct {
	long, short   [16]byte // long[:nLong], short[:nShort]
	nLong, nShort int
	fl            byte // the value of the flags feature (wordFeats)
	// tokInfo's bits
	cap, firstLower, hasLower, letter, plain bool
}

// scan fills sc from the word w: ASCII in one pass without package
// unicode, any other word rune by rune (scanRunes).
func (sc *wordScan) scan(w string) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			sc.scanRunes(w)
			return
		}
	}
	*sc = wordScan{plain: true}
	var digit, hyphen, period bool
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
			sc.letter, sc.plain = true, false
		case 'a' <= c && c <= 'z':
			c = 'x'
			sc.letter, sc.hasLower = true, true
		case '0' <= c && c <= '9':
			c = 'd'
			digit, sc.plain = true, false
		case c == '-':
			hyphen = true
		case c == '.':
			period = true
		}
		if i == 0 {
			sc.cap, sc.firstLower = c == 'X', c == 'x'
		}
		sc.add(c)
	}
	sc.fl = flags(sc.cap, sc.hasLower, sc.letter, digit, hyphen, period, len(w))
}

// scanRunes is scan of any word, as the features were first written:
// package unicode on each rune (an invalid byte is utf8.RuneError).
func (sc *wordScan) scanRunes(w string) {
	*sc = wordScan{}
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		sc.add(c)
	}
	r, _ := utf8.DecodeRuneInString(w)
	sc.cap, sc.firstLower = unicode.IsUpper(r), unicode.IsLower(r)
	sc.hasLower = strings.IndexFunc(w, unicode.IsLower) >= 0
	sc.letter = strings.IndexFunc(w, unicode.IsLetter) >= 0
	sc.plain = strings.IndexFunc(w, notPlain) < 0
	sc.fl = flags(sc.cap, sc.hasLower, sc.letter, strings.ContainsAny(w, "0123456789"),
		strings.Contains(w, "-"), strings.Contains(w, "."), len(w))
}

// add appends the shape character c to both shapes.
func (sc *wordScan) add(c byte) {
	if sc.nLong < len(sc.long) {
		sc.long[sc.nLong] = c
		sc.nLong++
	}
	if sc.nShort == 0 || sc.short[sc.nShort-1] != c {
		if sc.nShort < len(sc.short) {
			sc.short[sc.nShort] = c
			sc.nShort++
		}
	}
}

// flags is the value of the flags feature: a capital first, letters
// all in capitals, an ASCII digit, a hyphen, a period, two bytes or
// fewer.
func flags(capFirst, hasLower, letter, digit, hyphen, period bool, n int) byte {
	var fl byte
	if capFirst {
		fl |= 1
	}
	if !hasLower && letter {
		fl |= 2
	}
	if digit {
		fl |= 4
	}
	if hyphen {
		fl |= 8
	}
	if period {
		fl |= 16
	}
	if n <= 2 {
		fl |= 32
	}
	return fl
}

// wordForm is what the word features read of a word, computed once for
// the five offsets.
type wordForm struct {
	w, lw, short string
	sc           wordScan // the long shape is sc.long[:sc.nLong]
	cl           [3]uint16
	inVocab      bool
	useCl        bool
	title        bool
	given        bool // a given name, written with a capital
}

// readWord reads the word w for its features (training).
func readWord(w string, feats int) wordForm {
	f := wordForm{w: w, lw: lower(w)}
	f.sc.scan(w)
	f.short = string(f.sc.short[:f.sc.nShort])
	f.lookUp(feats)
	return f
}

// lookUp sets what the word lists say of f.w and f.lw (f.sc read).
func (f *wordForm) lookUp(feats int) {
	f.useCl = feats&UseClusters != 0
	if f.useCl {
		f.cl, f.inVocab = clusterOf(f.w)
	}
	f.title = isTitleWord(f.lw)
	f.given = f.sc.fl&1 != 0 && gazetteer.IsGivenName(f.w)
}

// wordFeats appends the hashes of the features of word f.w read at offset
// off (-2..2) from the token being tagged. They depend on the word alone,
// so a tagger may cache their weighted sum per word.
func wordFeats(hs []uint64, f *wordForm, off int) []uint64 {
	w, lw, long, short, cl := f.w, f.lw, f.sc.long[:f.sc.nLong], f.short, f.cl
	inVocab, useCl := f.inVocab, f.useCl
	switch off {
	case 0:
		hs = append(hs, hstr(hstart(tWord, off), w), hstr(hstart(tLower, off), lw))
		// the prefixes of one to four runes, each hash continuing the
		// last (FNV reads the bytes in order)
		h, n := hstart(tPrefix, off), 0
		for i := 0; i < len(w) && n < 4; {
			size := 1
			if w[i] >= utf8.RuneSelf {
				_, size = utf8.DecodeRuneInString(w[i:])
			}
			if i > 0 {
				hs = append(hs, h)
				n++
			}
			for k := i; k < i+size; k++ {
				h = hbyte(h, w[k])
			}
			i += size
		}
		n = 0
		for i := len(w) - 1; i > 0 && n < 4; i-- {
			if !utf8.RuneStart(w[i]) {
				continue
			}
			n++
			hs = append(hs, hstr(hstart(tSuffix, off), w[i:]))
		}
		fl := f.sc.fl
		hs = append(hs, hbytes(hstart(tShape, off), long), hstr(hstart(tShort, off), short))
		hs = append(hs, hbyte(hstart(tFlags, off), fl))
		if f.given {
			hs = append(hs, hstart(tGiven, off))
		}
		if f.title {
			hs = append(hs, hstart(tTitle, off))
		}
		if inVocab {
			hs = append(hs, hint(hstart(tClus0, off), int(cl[0])), hint(hstart(tClus1, off), int(cl[1])), hint(hstart(tClus2, off), int(cl[2])))
		} else if useCl {
			hs = append(hs, hstr(hstart(tNoClus, off), short))
		}
	case -1, 1:
		hs = append(hs, hstr(hstart(tLower, off), lw), hstr(hstart(tShort, off), short))
		if f.title {
			hs = append(hs, hstart(tTitle, off))
		}
		if inVocab {
			hs = append(hs, hint(hstart(tClus1, off), int(cl[1])), hint(hstart(tClus2, off), int(cl[2])))
		} else if useCl {
			hs = append(hs, hstart(tNoClus, off))
		}
	default:
		hs = append(hs, hstr(hstart(tLower, off), lw), hstr(hstart(tShort, off), short))
		if inVocab {
			hs = append(hs, hint(hstart(tClus0, off), int(cl[0])))
		}
	}
	return hs
}

// Gazetteer tags of tokens: the kind of the list name covering the token
// and the token's place in it.
const (
	gzNone byte = iota
	gzCountry
	gzCity
	gzRegion
	gzOrg
	gzPerson
	gzDemonym
)

// GazTags returns, for each word of a sentence, the gazetteer name it is
// part of: kind*4 + position (0 begin, 1 inside, 2 last, 3 unit), or 0.
func GazTags(g *gazetteer.Gazetteer, words []string) []byte {
	tags := make([]byte, len(words))
	if g == nil || len(words) == 0 {
		return tags
	}
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	s := b.String()
	for _, m := range g.Match(s) {
		a, e := -1, -1
		for i, st := range starts {
			if st >= m.Start && st < m.End {
				if a < 0 {
					a = i
				}
				e = i + 1
			}
		}
		if a < 0 {
			continue
		}
		SetGaz(tags, a, e, GazKind(m))
	}
	return tags
}

// GazKind returns the kind code of a gazetteer match.
func GazKind(m gazetteer.Match) byte {
	if m.Demonym {
		return gzDemonym
	}
	switch m.Entry.Kind {
	case gazetteer.Country:
		return gzCountry
	case gazetteer.City:
		return gzCity
	case gazetteer.Region:
		return gzRegion
	case gazetteer.Org:
		return gzOrg
	case gazetteer.Person:
		return gzPerson
	}
	return gzNone
}

// SetGaz marks tokens a..e-1 as one gazetteer name of kind k.
func SetGaz(tags []byte, a, e int, k byte) {
	if k == gzNone || a >= e {
		return
	}
	if e-a == 1 {
		tags[a] = k*4 + 3
		return
	}
	for i := a; i < e; i++ {
		tags[i] = k*4 + 1
	}
	tags[a] = k * 4
	tags[e-1] = k*4 + 2
}

// CommonWord reports whether the lower-cased word lw is written in lower
// case in the unlabelled news the word classes were learned from: a
// common word ("government", "order"), which a capital at the start of a
// heading or a sentence does not make a name.
func CommonWord(lw string) bool {
	clusterOnce.Do(loadClusters)
	_, ok := classes(lw)
	return ok
}
