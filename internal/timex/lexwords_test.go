package timex

import (
	"reflect"
	"testing"

	"annals/internal/scantest"
	textpkg "annals/internal/text"
)

// lexWordTexts are made-up texts for the shared word pass: words the
// lexicon holds in any case, words glued to numbers and punctuation,
// words past ASCII, a word longer than the tokenizer's buffer, hyphens,
// apostrophes and blank lines.
var lexWordTexts = []struct{ name, text string }{
	{"months and days", "On Monday, 3 March 2021 the Council met; by mid-April it had MET again, in APRIL."},
	{"glued", "the 1990s, 3rd-quarter, 20-21 Jan., FY2024 and 5th of Sept.2020"},
	{"past ASCII", "Café de Flore opened in Zürich on 2 mai; naïve résumé of Ångström’s 1990 visit"},
	{"letters after non-ASCII", "éJanuary Ñmarch àMay and januaryé on Tuesdayß"},
	{"long word", "Thesupercalifragilisticexpialidociousword of Wednesdayweekends and last year"},
	{"figures", "$4.5 billion, 12,500 people, 377 000 euros, twenty-five percent and a dozen more"},
	{"paragraphs", "Last week\n\nnext month\nthe following year, O'Brien's 2019 report"},
	{"empty", ""},
	{"no words", "1 2, 3 - 4 ... 5"},
}

// TestTokenizeLexWords checks that tokenizing with the story's shared
// words (text.AppendLexWords) gives every token, with its lexicon entry,
// as cutting and looking each word up gives them; and the same with
// every other word of the shared list left out (those cut again).
func TestTokenizeLexWords(t *testing.T) {
	texts := map[string]string{}
	for _, c := range lexWordTexts {
		texts[c.name] = c.text
	}
	for name, s := range scantest.Reproducers(t) {
		texts["hostile "+name] = s
	}
	for i, s := range scantest.Seeds {
		texts["seed "+string(rune('a'+i))] = s
	}
	for name, s := range texts {
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
		for _, form := range []string{w, title(w), upper(w)} {
			words := textpkg.AppendLexWords(nil, "("+form+")")
			if len(words) != 1 || words[0].Start != 1 || words[0].End != 1+len(form) {
				if !asciiLetters(form) {
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

func title(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-32) + w[1:]
}

func upper(w string) string {
	b := []byte(w)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 < 'a' || w[i]|0x20 > 'z' {
			return false
		}
	}
	return w != ""
}
