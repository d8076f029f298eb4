package gazetteer

import (
	"strings"
	"testing"
)

// normalizeRef is Normalize as first written (allocating): the version
// with buffers on the stack must agree with it.
func normalizeRef(s string) string {
	toks := tokenize(s, nil)
	var b strings.Builder
	var buf []byte
	n := 0
	for _, t := range toks {
		if t.punct {
			continue
		}
		buf = fold(s[t.start:t.end], buf)
		w := americanize(string(buf))
		if w == "&" {
			w = "and"
		}
		if n == 0 && w == "the" && len(toks) > 1 {
			continue
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		n++
	}
	return b.String()
}

func TestNormalizeSameAsRef(t *testing.T) {
	names := []string{"", "&", "the", "The", "The Hague", "the &", "U.N.", "Organisation of the Centres",
		"Programmes & Centres", "Türkiye's", "Co-operation Council", strings.Repeat("Internationalisation ", 12),
		strings.Repeat("Verylongwordthatgoesonandonforeverandeverandneverstopsatallreally", 2) + "isation"}
	for _, e := range Default().Entries() {
		names = append(names, e.Names...)
	}
	for _, n := range names {
		if got, want := Normalize(n), normalizeRef(n); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", n, got, want)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	names := []string{"the United Nations", "Secretary-General", "Organisation for Economic Co-operation and Development", "Ki-moon", "WHO"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, n := range names {
			Normalize(n)
		}
	}
}

// keyOfNormalize is keyOf as insert calls it: name tokenized and each word
// folded.
func keyOfNormalize(name string) string {
	toks := tokenize(name, nil)
	folded := make([]string, len(toks))
	var buf []byte
	for i, t := range toks {
		buf = fold(name[t.start:t.end], buf)
		folded[i] = string(buf)
	}
	return string(keyOf(nil, toks, folded))
}

// TestKeyOf checks that the key insert files a name under is Normalize's,
// for every name and demonym of the built-in gazetteer.
func TestKeyOf(t *testing.T) {
	n := 0
	for _, e := range Default().Entries() {
		for _, name := range append(append([]string{}, e.Names...), e.Demonyms...) {
			if got, want := keyOfNormalize(name), Normalize(name); got != want {
				t.Errorf("%q: keyOf %q, Normalize %q", name, got, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d names", n)
	}
}

// FuzzKeyOf compares keyOf with Normalize on any text.
func FuzzKeyOf(f *testing.F) {
	for _, s := range []string{"The Hague", "the Organisation of American States", "U.N.", "St. Vincent & the Grenadines", "Côte d'Ivoire's", "the", "The, the", "Co-operation", "&", "THE  Centre"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := keyOfNormalize(s), Normalize(s); got != want {
			t.Fatalf("%q: keyOf %q, Normalize %q", s, got, want)
		}
	})
}
