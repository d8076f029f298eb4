package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Far words: the tokens tagging never reads.
//
// A token is decoded only when a word within quietRadius of it is not
// plain (see quiet), and decoding it reads the words within two of it:
// their weights at offsets -2..2 and what the context features read of
// its neighbours. A word with no word that is not plain within
// readRadius of it in its sentence is read by no decoded token: it is
// "far" from any name. Running text is mostly such words.
//
// The tagger does not intern far words: no lookup in the state's map of
// forms, no first sight of a new form (a rare lower-case word of a
// fresh process costs 40 reads of the weight table), no entry in the
// document's words. A far token gets the id of one shared entry that
// says only that it is plain (what quiet reads). What the document
// statistics take from such a word is kept: it counts in the sentence's
// share of capitalized words, and a word written in lower case counts
// for the capitalized words of the same form (lowStat.low).
const readRadius = quietRadius + 2

// farWords sets far[i] for each word of a sentence that is far from
// any word that is not plain (see above), in the array of far, and
// returns it.
func farWords(far []bool, words []string) []bool {
	n := len(words)
	far = grow(far, n)
	last := -readRadius - 1 // the last word not plain, at or before i+readRadius
	for j := 0; j < readRadius && j < n; j++ {
		if !plainWord(words[j]) {
			last = j
		}
	}
	for i := 0; i < n; i++ {
		if j := i + readRadius; j < n && !plainWord(words[j]) {
			last = j
		}
		far[i] = last < i-readRadius
	}
	return far
}

// plainWord reports whether w has no capital and no digit
// (tokInfo.plain), without looking w up.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(w, notPlain) < 0
		}
		if 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return false
		}
	}
	return true
}

// letterCase reports whether w has a letter and whether it has a lower
// case letter (tokInfo.letter and hasLower).
func letterCase(w string) (letter, hasLower bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(w, unicode.IsLetter) >= 0, strings.IndexFunc(w, unicode.IsLower) >= 0
		}
		if 'a' <= c && c <= 'z' {
			return true, true
		}
		if 'A' <= c && c <= 'Z' {
			letter = true
		}
	}
	return letter, false
}

// farID returns the id of the shared entry of far words in the
// document's words, adding it on first use.
func (ds *docState) farID() int32 {
	if ds.far < 0 {
		ds.far = int32(len(ds.words))
		ds.words = append(ds.words, docWord{tokInfo: tokInfo{tokBits: tokBits{plain: true}}})
	}
	return ds.far
}

// countFarLower counts the far word w of a sentence not in capitals
// where the tagger reads it: as a capitalized word's form written in
// lower case (lowStat.low), when the document has a capitalized word
// of that form. capLows maps the lower-cased forms of the document's
// capitalized words to their lowStat; the statistics of other forms are
// read by no feature.
func (ds *docState) countFarLower(capLows map[string]int32, w string) {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return
	}
	if low := lower(w); low == w {
		if li, ok := capLows[low]; ok {
			ds.lows[li].low++
		}
	}
}
