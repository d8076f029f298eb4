package ner

import (
	"bytes"
	"strings"
	"testing"

	"annals/internal/gazetteer"
)

// TestEmbeddedModel checks that the embedded model loads and finds the
// names of made-up sentences.
func TestEmbeddedModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // "TYPE words"
	}{
		{"Paul Anders and Mark Ellis met in Kessra on Tuesday .", []string{"PER Paul Anders", "PER Mark Ellis", "LOC Kessra"}},
		{"Shares of Norvik Metals Corp rose 5 percent in Frankfurt .", []string{"ORG Norvik Metals Corp", "LOC Frankfurt"}},
		{"Marta Delgado , a spokeswoman for the Westbridge Institute , said the talks in Nairobi would resume .", []string{"PER Marta Delgado", "ORG Westbridge Institute", "LOC Nairobi"}},
		{"The president of Brazil spoke to reporters in Geneva after meeting officials of the United Nations .", []string{"LOC Brazil", "LOC Geneva", "ORG United Nations"}},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		got := m.Tag(g, [][]string{words})[0]
		var names []string
		for _, s := range got {
			if s.Type == "MISC" {
				continue
			}
			names = append(names, s.Type+" "+strings.Join(words[s.Start:s.End], " "))
		}
		if strings.Join(names, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, names, tc.want)
		}
	}
}

// TestDocumentMemory checks that a word tagged earlier in a document
// helps tag it where it stands alone.
func TestTagDocSentences(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		strings.Fields("Farid Osman , the chief executive of Osman Holdings , resigned on Friday ."),
		strings.Fields("Osman said he would stay on the board ."),
	}
	got := m.Tag(gazetteer.Default(), doc)
	if len(got) != 2 || len(got[1]) == 0 || got[1][0].Type != "PER" || got[1][0].Start != 0 {
		t.Errorf("second sentence: got %+v, want Osman as PER", got)
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range Tokenize("Clinton’s visit to the U.S. (ends)") {
		got = append(got, tk.Word)
	}
	want := "Clinton|'s|visit|to|the|U.S.|(|ends|)"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nB NNP I-NP B-PER\n\n"
	docs, err := ReadCoNLL(strings.NewReader(in), func(s string) string { return s })
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Gold) != 1 {
		t.Fatalf("got %+v", docs)
	}
	want := []Span{{0, 1, "ORG", 0}, {2, 3, "MISC", 0}, {3, 5, "PER", 0}, {5, 6, "PER", 0}}
	got := docs[0].Gold[0]
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	// BILOU labels round-trip through spans
	if sp := spans(goldLabels(6, want)); len(sp) != 4 || sp[2] != want[2] {
		t.Errorf("round trip: %+v", sp)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("EU NNP I-NP I-ORG\nrejects O\n\n-DOCSTART- O\nx B-PER\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s), func(s string) string { return s })
		if err != nil {
			return
		}
		for _, d := range docs {
			for si, sp := range d.Gold {
				for _, x := range sp {
					if x.Start < 0 || x.End > len(d.Sents[si].Words) || x.Start >= x.End {
						t.Fatalf("bad span %+v", x)
					}
				}
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	f.Add("Clinton’s visit to the U.S. (ends)")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v", tk)
			}
			prev = tk.End
		}
	})
}

// TestModelFormat checks that the embedded model is written back byte for
// byte, and that a damaged model is refused.
func TestModelFormat(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), modelBin) {
		t.Fatalf("written model differs from the embedded one (%d vs %d bytes)", b.Len(), len(modelBin))
	}
	for _, cut := range []int{0, 10, len(modelBin) / 2, len(modelBin) - 1} {
		if _, err := Load(bytes.NewReader(modelBin[:cut])); err == nil {
			t.Errorf("model cut at %d bytes: no error", cut)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(modelBin[:200])
	f.Add([]byte(magic + "\x0a\x07"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(bytes.NewReader(b))
		if err != nil {
			return
		}
		m.TagDoc([]Sentence{{Words: []string{"Paul", "Anders", "met", "Ban", "in", "Paris", "."}}})
	})
}
