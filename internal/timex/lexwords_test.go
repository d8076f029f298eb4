package timex

import (
	"reflect"
	"testing"

	"annals/internal/scantest"
	textpkg "annals/internal/text"
)

// TestTokenizeLexWords checks that tokenizing with the story's shared
// words (text.AppendLexWords) gives every token, with its lexicon entry,
// as cutting and looking each word up gives them; and the same with
// every other word of the shared list left out (those cut again).
func TestTokenizeLexWords(t *testing.T) {
	for name, s := range scantest.LexWordTexts(t) {
		want := tokenizeInto(nil, s, nil)
		words := textpkg.AppendLexWords(nil, s)
		if got := tokenizeInto(nil, s, words); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: tokens with the shared words differ from those cut alone", name)
		}
		var some []textpkg.LexWord
		for k, w := range words {
			if k%2 == 0 {
				some = append(some, w)
			}
		}
		if got := tokenizeInto(nil, s, some); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: tokens with half the shared words differ from those cut alone", name)
		}
		if got, want := FindWords(s, "2021-05-04", words), Find(s, "2021-05-04"); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: FindWords = %v, Find = %v", name, got, want)
		}
	}
}

// TestLexWordsLexicon checks that a shared word's id in this lexicon is
// the one lexTable gives its lower-cased form, for every word the
// lexicon holds written in three cases, and -1 past the tokenizer's
// buffer or for a word in no lexicon.
func TestLexWordsLexicon(t *testing.T) {
	for w := range lexicon {
		for _, form := range scantest.CaseForms(w) {
			words := textpkg.AppendLexWords(nil, "("+form+")")
			if len(words) != 1 || words[0].Start != 1 || words[0].End != 1+len(form) {
				if !scantest.ASCIILetters(form) {
					continue
				}
				t.Fatalf("%q: words %v", form, words)
			}
			want, ok := lexTable.GetString(w)
			if !ok || len(w) > 16 {
				want = -1
			}
			if got := words[0].ID(lexShared, 16); got != want {
				t.Errorf("%q: id %d, want %d", form, got, want)
			}
		}
	}
	words := textpkg.AppendLexWords(nil, "Zzyzx")
	if len(words) != 1 || words[0].ID(lexShared, 16) != -1 {
		t.Errorf("Zzyzx: %v", words)
	}
}
