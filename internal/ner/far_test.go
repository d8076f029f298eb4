package ner

import (
	"slices"
	"strings"
	"testing"

	"annals/internal/gazetteer"
)

// TestFarWords checks which words of a sentence the tagger does not
// intern: those with only plain words (no capital, no digit) within
// three words of them.
func TestFarWords(t *testing.T) {
	tests := []struct {
		text string
		want string // f: far, .: interned
	}{
		{"the talks went on late into the night .", "fffffffff"},
		{"the talks went on late into the night with Norvik and then ended at dawn", "ffffff.......ff"},
		{"Paul said so and then left the room", "....ffff"},
		{"it was 3 more days of talks in total", "......fff"},
		{"talks of the Bank of England went on and on and on", ".........fff"},
		{"a b", "ff"},
		{"Ab", "."},
		{"", ""},
		{"the délégation of the République went home and said nothing else at all", "f.......fffff"},
		{"une délégation arriva hier soir pour les pourparlers de la semaine prochaine", "ffffffffffff"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		var b strings.Builder
		for _, f := range farWords(nil, words) {
			if f {
				b.WriteByte('f')
			} else {
				b.WriteByte('.')
			}
		}
		if b.String() != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, b.String(), tc.want)
		}
	}
}

// TestFarSameTags checks that leaving far words out of the document's
// words changes nothing the tagger finds: the same names with the same
// margins as when every word is interned, on the example stories and on
// made-up text where the document statistics count a far word (a
// capitalized word written in lower case far from any name, sentences
// in capitals, words with letters that are not ASCII).
func TestFarSameTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := benchDocs(t)
	made := [][]string{
		strings.Fields("the bank said that the rates would stay where they were for the rest of the year ."),
		strings.Fields("Bank officials met Farid Osman of the Bank of Kessra on Monday ."),
		strings.Fields("the union of dock workers said the union would strike in the spring if the talks failed ."),
		strings.Fields("Union leaders in Port Elena said so ."),
		strings.Fields("THE UNION SAID ON MONDAY THAT THE STRIKE WOULD GO AHEAD AS PLANNED ."),
		strings.Fields("la délégation de la république est arrivée hier soir dans la capitale après un long voyage ."),
		strings.Fields("La Délégation de la République du Kessra est arrivée ."),
		strings.Fields("ⅰ and ⅱ were read in the morning before anything else was done at all ."),
		strings.Fields("Ⅰ met the Council ."),
	}
	g := gazetteer.Default()
	sents := make([]Sentence, len(made))
	for i, w := range made {
		sents[i] = Sentence{Words: w, Gaz: GazTags(g, w)}
	}
	docs = append(docs, sents)
	for i, d := range docs {
		got := m.TagDoc(d)
		m.internAll = true // (no test here runs in parallel)
		want := m.TagDoc(d)
		m.internAll = false
		for si := range d {
			if !slices.Equal(got[si], want[si]) {
				t.Errorf("document %d, sentence %d: got %+v, want %+v", i, si, got[si], want[si])
			}
		}
	}
}
