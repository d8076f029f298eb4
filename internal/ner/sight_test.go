package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"annals/internal/gazetteer"
)

// The first sight of a word form as it was written before it was done
// in one pass (wordScan): the references newWordVec, readWord, wordFeats
// and wordInfo must agree with, feature for feature and weight for
// weight, so that the embedded model reads the same features it was
// trained on.

type wordFormRef struct {
	w, lw, short string
	long         [16]byte
	nLong        int
	cl           [3]uint16
	inVocab      bool
	useCl        bool
	title        bool
}

func readWordRef(w string, feats int) wordFormRef {
	f := wordFormRef{w: w, lw: lower(w), useCl: feats&UseClusters != 0}
	l, s := shapeRef(w)
	f.nLong, f.short = copy(f.long[:], l), s
	if f.useCl {
		f.cl, f.inVocab = clusterOf(w)
	}
	f.title = isTitleWord(f.lw)
	return f
}

func wordFeatsRef(hs []uint64, f *wordFormRef, off int) []uint64 {
	w, lw, long, short, cl := f.w, f.lw, f.long[:f.nLong], f.short, f.cl
	inVocab, useCl := f.inVocab, f.useCl
	switch off {
	case 0:
		hs = append(hs, hstr(hstart(tWord, off), w), hstr(hstart(tLower, off), lw))
		n := 0
		for i := range w {
			if i == 0 {
				continue
			}
			n++
			if n > 4 {
				break
			}
			hs = append(hs, hstr(hstart(tPrefix, off), w[:i]))
		}
		n = 0
		for i := len(w) - 1; i > 0 && n < 4; i-- {
			if !utf8.RuneStart(w[i]) {
				continue
			}
			n++
			hs = append(hs, hstr(hstart(tSuffix, off), w[i:]))
		}
		hs = append(hs, hbytes(hstart(tShape, off), long), hstr(hstart(tShort, off), short))
		var fl byte
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) {
			fl |= 1
		}
		if strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			fl |= 2
		}
		if strings.ContainsAny(w, "0123456789") {
			fl |= 4
		}
		if strings.Contains(w, "-") {
			fl |= 8
		}
		if strings.Contains(w, ".") {
			fl |= 16
		}
		if len(w) <= 2 {
			fl |= 32
		}
		hs = append(hs, hbyte(hstart(tFlags, off), fl))
		if fl&1 != 0 && gazetteer.IsGivenName(w) {
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

func wordInfoRef(w string) tokInfo {
	_, short := shapeRef(w)
	low := lower(w)
	r, _ := utf8.DecodeRuneInString(w)
	return tokInfo{low: low, short: short, tokBits: tokBits{
		lowH: hstr(fnvOff, low), shortH: hstr(fnvOff, short),
		cap: unicode.IsUpper(r), firstLower: unicode.IsLower(r),
		hasLower: strings.IndexFunc(w, unicode.IsLower) >= 0,
		letter:   strings.IndexFunc(w, unicode.IsLetter) >= 0,
		plain:    strings.IndexFunc(w, notPlain) < 0,
		lowForm:  low == w,
	}}
}

// sight is what the first sight of a form gives: its weights at the
// five offsets, what the context features read of it, and the form kept.
type sight struct {
	v    [5][nLabels]int32
	info tokInfo
	word string
}

func (m *Model) newWordVecRef(w string) sight {
	f := readWordRef(w, m.feats)
	s := sight{info: wordInfoRef(w), word: w}
	for p := -2; p <= 2; p++ {
		for _, h := range wordFeatsRef(nil, &f, p) {
			m.addRow(&s.v[p+2], bucket(h, m.bits))
		}
	}
	addVec(&s.v[2], &m.bias) // as newWordVec does (see wordVec)
	return s
}

// firstSight is the first sight of w by newWordVec, its wordVec read
// back from an arena.
func (m *Model) firstSight(w string) sight {
	var a arena
	var v wordVec
	text := m.newWordVec(w, &v, nil)
	vv := a.at(a.add(&v, text))
	return sight{v: vv.v, info: a.info(vv), word: a.word(vv)}
}

// sightWords are forms a first sight must read as before: ASCII of every
// class, capitals, digits, hyphens and periods, forms of two bytes or
// fewer, letters that are not ASCII (upper, lower, title case, other
// scripts, digits of other scripts), invalid UTF-8, long forms (past the
// 16 characters of a shape and the 64 bytes lower-cased on the stack).
var sightWords = []string{
	"", "a", "A", "ab", "Ab", "AB", "the", "The", "THE", "Obama", "U.S.", "U.N.", "1,000", "1996-08-30", "3", "$", "--",
	"Ki-moon", "104th-ranked", "Fla.", "'s", "’s", "Türkiye", "TÜRKIYE", "ǅemal", "ǈ", "Ⅰ", "ⅰ", "日本語", "١٢٣", "x١",
	"—", "x—y—z", "“Quoted”", "\xff\xfe", "a\xffB", "\xe2\x80", "É", "éA", "İstanbul", "ß", "ΣΑΣ",
	"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "a1b2c3d4e5f6g7h8i9j0", strings.Repeat("Ab-", 12), strings.Repeat("Q", 64),
	strings.Repeat("Q", 65), strings.Repeat("q", 65), strings.Repeat("Wö", 40), "President", "Secretary-General",
	"Mr.", "minister", "Minister", "John", "JOHN", "Europe", "européen", "McDonald", "iPhone", "e.g.", "A.", "Co-",
}

// TestFirstSight compares the first sight of word forms with the
// reference: the five offsets' weights, what the context features read
// (tokInfo), the form kept, and the features training hashes.
func TestFirstSight(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := slices.Clone(sightWords)
	docs, _ := benchDocs(t)
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d {
			for _, w := range s.Words {
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	for _, feats := range []int{UseAll, UseAll &^ UseClusters} {
		for _, w := range words {
			t.Run(fmt.Sprintf("%d/%q", feats, w), func(t *testing.T) { testFirstSight(t, m, feats, w) })
		}
	}
}

func testFirstSight(t *testing.T, m *Model, feats int, w string) {
	got, want := readWord(w, feats), readWordRef(w, feats)
	for p := -2; p <= 2; p++ {
		if g, wt := wordFeats(nil, &got, p), wordFeatsRef(nil, &want, p); !slices.Equal(g, wt) {
			t.Fatalf("offset %d: features %x, want %x", p, g, wt)
		}
	}
	if g, wt := wordInfo(w), wordInfoRef(w); g != wt {
		t.Fatalf("wordInfo %+v, want %+v", g, wt)
	}
	if feats != m.feats {
		return
	}
	gv, wv := m.firstSight(w), m.newWordVecRef(w)
	if gv != wv {
		t.Fatalf("newWordVec: %+v, want %+v", gv, wv)
	}
}

// FuzzFirstSight compares the first sight of any form with the
// reference.
func FuzzFirstSight(f *testing.F) {
	for _, w := range sightWords {
		f.Add(w)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, w string) {
		testFirstSight(t, m, m.feats, w)
		testFirstSight(t, m, UseAll&^UseClusters, w)
	})
}
