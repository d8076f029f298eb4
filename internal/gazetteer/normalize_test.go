package gazetteer

import (
	"strings"
	"testing"
)

// americanizeRef and britishizeRef are americanize and britishize as
// first written, every ending tried on every word: the versions that turn
// most words away by their last two bytes must agree with them.
func americanizeRef(w string) string {
	for _, p := range spelling {
		if strings.HasSuffix(w, p[0]) {
			return w[:len(w)-len(p[0])] + p[1]
		}
	}
	return w
}

func britishizeRef(w string) string {
	for _, p := range spelling {
		if strings.HasSuffix(w, p[1]) {
			return w[:len(w)-len(p[1])] + p[0]
		}
	}
	return w
}

// checkSpelling compares americanize, britishize and americanSpelling
// of w with the references.
func checkSpelling(t *testing.T, w string) {
	t.Helper()
	if got, want := americanize(w), americanizeRef(w); got != want {
		t.Errorf("americanize(%q) = %q, want %q", w, got, want)
	}
	if got, want := britishize(w), britishizeRef(w); got != want {
		t.Errorf("britishize(%q) = %q, want %q", w, got, want)
	}
	a, ok := americanSpelling([]byte(w))
	if want := americanizeRef(w); ok != (want != w) || ok && a != want {
		t.Errorf("americanSpelling(%q) = %q, %v, want %q", w, a, ok, want)
	}
}

// TestSpellingEnds checks the spellings' filter by their last two bytes
// on every ending after a few stems, and on every word of the built-in
// gazetteer's vocabulary.
func TestSpellingEnds(t *testing.T) {
	for _, p := range spelling {
		for _, stem := range []string{"", "a", "organ", "Organ", "x y"} {
			for _, w := range []string{stem + p[0], stem + p[1], stem + p[0] + "s", stem + p[1][1:]} {
				checkSpelling(t, w)
			}
		}
	}
	for _, w := range []string{"", "s", "es", "ed", "on", "ce", "ur", "ISED", "programme"} {
		checkSpelling(t, w)
	}
	g := fromLists() // the vocabulary map is the build's
	if len(g.vocab) < 9000 {
		t.Fatalf("only %d words", len(g.vocab))
	}
	for w := range g.vocab {
		checkSpelling(t, w)
	}
}

// normalizeRef is Normalize as first written (allocating, every name
// tokenized and every ending tried): the versions with buffers on the
// stack and the one for plain names must agree with it.
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
		w := americanizeRef(string(buf))
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
	// plain names (plainName): spaces anywhere, "the", digits, capitals,
	// British spellings, words longer than the stack buffer
	names = append(names, " ", "  the  Hague ", "THE", "the the", "The 1st Infantry", "C40", "G7 Summit",
		"ORGANISATION", "Labour Party", "defence", "Programmes", "neighbours", "u s", "THE LONDON CENTRE",
		strings.Repeat("a", 70)+"isation of "+strings.Repeat("B", 65))
	plain := 0
	for _, e := range Default().Entries() {
		for _, n := range e.Names {
			names = append(names, n, strings.ToUpper(n), strings.ToLower(n), "the "+n)
		}
	}
	for _, n := range names {
		if got, want := Normalize(n), normalizeRef(n); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", n, got, want)
		}
		if plainName(n) {
			plain++
		}
	}
	if plain < len(names)/2 {
		t.Errorf("%d plain names of %d", plain, len(names))
	}
}

// FuzzNormalize compares Normalize with normalizeRef, and the spellings
// of each of the text's words with the references, on any text.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"The Hague", "the Organisation of American States", "U.N.", "Côte d'Ivoire's",
		"  the  Centre ", "THE", "C40 Cities", "Labour", "Co-operation", "A\x80B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
		checkSpelling(t, s)
		for w := range strings.FieldsSeq(s) {
			checkSpelling(t, w)
		}
	})
}

// BenchmarkLookup looks up names of the kinds the tagger's filters ask
// about (implausible, addTagged): most plain, some listed, some not, some
// with dots, hyphens or an apostrophe.
func BenchmarkLookup(b *testing.B) {
	names := []string{"U.S. Federal Reserve", "Yarnell Hill Fire", "Pittsburgh", "Department of Agriculture",
		"American Rescue Plan", "Elena Hung", "Domestic Policy Council and Office", "Lee", "Krakow", "C40",
		"Amériques", "Central America Service Corps", "Nancy L. Rose", "International Women’s Forum", "IMF",
		"Addis Ababa Action Agenda", "Spain", "the United Nations", "Secretary-General", "Organisation for Economic Co-operation and Development"}
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			g.Lookup(n)
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
// folded, in its American spelling.
func keyOfNormalize(name string) string {
	toks := tokenize(name, nil)
	folded := make([]string, len(toks))
	var buf []byte
	for i, t := range toks {
		buf = fold(name[t.start:t.end], buf)
		folded[i] = americanize(string(buf))
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
