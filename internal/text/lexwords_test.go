package text

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"

	"annals/internal/scantest"
)

// lexWordsRef lists the words AppendLexWords should: at every ASCII
// letter that no letter precedes, the run WordEnd cuts, in no lexicon
// (none is registered in this package's tests).
func lexWordsRef(s string) []LexWord {
	var out []LexWord
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 < 'a' || s[i]|0x20 > 'z' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.IsLetter(r) {
			continue
		}
		j, _ := WordEnd(s, i)
		out = append(out, LexWord{Start: i, End: j, ids: noLexIDs})
	}
	return out
}

func TestAppendLexWords(t *testing.T) {
	cases := []struct{ name, text string }{
		{"plain", "The Council met on Monday."},
		{"glued to numbers", "3rd-quarter FY2024 1990s mid-April"},
		{"past ASCII", "Café Zürich éMay Mayé naïve Ångström’s"},
		{"combining mark", "e\u0301clat and a\u0301b"},
		{"broken bytes", "\xffMay \xc3June \xe2\x80July"},
		{"long word", "Thesupercalifragilisticexpialidociousword x"},
		{"empty", ""},
	}
	for name, s := range scantest.Reproducers(t) {
		cases = append(cases, struct{ name, text string }{"hostile " + name, s})
	}
	for _, s := range scantest.Seeds {
		cases = append(cases, struct{ name, text string }{"seed " + s, s})
	}
	for _, c := range cases {
		got := AppendLexWords(nil, c.text)
		if want := lexWordsRef(c.text); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("%s: AppendLexWords = %v, want %v", c.name, got, want)
		}
	}
}

func TestLexCursor(t *testing.T) {
	words := AppendLexWords(nil, "one, two 3 four")
	cur := NewLexCursor(words)
	for _, c := range []struct {
		at  int
		end int // -1: no word starts there
	}{{0, 3}, {3, -1}, {5, 8}, {9, -1}, {11, 15}, {12, -1}, {20, -1}} {
		w := cur.At(c.at)
		switch {
		case c.end < 0 && w != nil:
			t.Errorf("At(%d) = %v, want none", c.at, *w)
		case c.end >= 0 && (w == nil || w.Start != c.at || w.End != c.end):
			t.Errorf("At(%d) = %v, want a word ending at %d", c.at, w, c.end)
		}
	}
	none := NewLexCursor(nil)
	if none.At(0) != nil {
		t.Error("a cursor over no words found one")
	}
}
