package ner

import (
	"slices"
	"strings"
	"testing"

	"annals/internal/gazetteer"
)

// TestQuiet checks which tokens the tagger reads as outside any name
// without decoding them: those with only plain words (no capital, no
// digit) beside them.
func TestQuiet(t *testing.T) {
	tests := []struct {
		text string
		want string // q: quiet, .: decoded
	}{
		{"the talks went on late into the night .", "qqqqqqqqq"},
		{"the talks with Norvik went on late into the night .", "qq...qqqqqq"},
		{"Paul said so", "..q"},
		{"it was 3 more days of talks in total", "q...qqqqq"},
		{"talks of the Bank of England went on and on and on", "qq.....qqqqq"},
		{"a b", "qq"},
		{"a", "q"},
	}
	for _, tc := range tests {
		sents := []Sentence{{Words: strings.Fields(tc.text)}}
		ds := newDocState(sents, 0)
		out := quiet(nil, ds, ds.sent(0))
		var b strings.Builder
		for _, q := range out {
			if q {
				b.WriteByte('q')
			} else {
				b.WriteByte('.')
			}
		}
		if b.String() != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, b.String(), tc.want)
		}
	}
}

// TestQuietSameNames checks that reading quiet tokens as outside any name
// finds the names a decoding of every token finds, on made-up edited
// text.
func TestQuietSameNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		strings.Fields("Farid Osman , the chief executive of Osman Holdings , resigned on Friday after a long dispute over the sale of the company ."),
		strings.Fields("Osman said he would stay on the board of the Westbridge Institute for Security and Co-operation in Europe until the end of the year ."),
		strings.Fields("the delegation of the Republic of Kessra arrived in the capital late on the night before the talks began ."),
		strings.Fields("Talks between the Ministry of the Interior and the union of dock workers in Port Elena resumed on 3 May ."),
		strings.Fields("He met Paul Anders , Mark Ellis and members of the board of trustees of the Nordic Fund for Children in the city of Tampere ."),
	}
	g := gazetteer.Default()
	got := m.Tag(g, doc)
	m.decodeAll = true // (no test here runs in parallel)
	want := m.Tag(g, doc)
	m.decodeAll = false
	for i := range doc {
		if !slices.EqualFunc(got[i], want[i], func(a, b Span) bool { return a.Start == b.Start && a.End == b.End && a.Type == b.Type }) {
			t.Errorf("sentence %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
