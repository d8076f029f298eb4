package gazetteer

import (
	"maps"
	"testing"
	"unicode"
)

// buildWordNames are made-up names whose words the vocabulary holds in
// both spellings, with "&", "and" and words past ASCII, besides those of
// the embedded lists (nameWords).
var buildWordNames = []string{
	"Organisation of Programmes", "Centre for Labour Studies", "Harbour & Co", "the Defence Council",
	"AND Holdings", "Organization of Programs", "Zürich Labour Centre", "Œuvre d'Orient", "G20 4th Forum",
	"Programmes and Centres", "centre", "center", "CENTRES",
}

// nameWords returns the folded words of names, in order, with the tokens
// and surface forms they come from.
func nameWords(names []string) (folded, surface []string, toks []token) {
	var buf []byte
	for _, n := range names {
		for _, t := range tokenize(n, nil) {
			buf = fold(n[t.start:t.end], buf)
			folded = append(folded, string(buf))
			surface = append(surface, n[t.start:t.end])
			toks = append(toks, t)
		}
	}
	return folded, surface, toks
}

// allNames returns buildWordNames and every name and demonym of the
// embedded lists.
func allNames() []string {
	names := append([]string(nil), buildWordNames...)
	for _, e := range Default().entries {
		names = append(names, e.Names...)
		names = append(names, e.Demonyms...)
	}
	return names
}

// tokenIDRef is tokenID as it wrote all three spellings of every new
// word and the word itself each time.
func tokenIDRef(g *Gazetteer, f string) int32 {
	a := americanize(f)
	if id, ok := g.vocab[a]; ok {
		g.vocab[f] = id
		return id
	}
	id := int32(len(g.vocab) + 1)
	for _, v := range []string{f, a, britishize(a)} {
		g.vocab[v] = id
	}
	if a == "and" {
		g.vocab["&"] = id
	}
	return id
}

// TestTokenIDWrites checks that tokenID gives every word the id, and
// leaves the vocabulary, that writing every spelling each time did: the
// made-up names' words alone, then with every word of the embedded lists.
func TestTokenIDWrites(t *testing.T) {
	for _, names := range [][]string{buildWordNames, allNames()} {
		folded, _, _ := nameWords(names)
		got, want := &Gazetteer{vocab: map[string]int32{}}, &Gazetteer{vocab: map[string]int32{}}
		for _, f := range folded {
			if a, b := got.tokenID(f, americanize(f)), tokenIDRef(want, f); a != b {
				t.Fatalf("%q: id %d, want %d", f, a, b)
			}
		}
		if !maps.Equal(got.vocab, want.vocab) {
			t.Errorf("vocabularies differ: %d words, want %d", len(got.vocab), len(want.vocab))
		}
	}
}

// classesRef is classes counting letters and digits with unicode's
// functions for every rune.
func classesRef(g *Gazetteer, w string, t token, folded string) []int {
	letters, digits := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		} else if unicode.IsDigit(r) {
			digits++
		}
	}
	switch {
	case t.punct || letters == 0:
		return clsAny
	case t.mixed:
		return clsExact
	case t.upper && (letters >= 2 || digits > 0):
		if letters >= 4 && !g.words[folded] {
			return clsUpperCap
		}
		return clsUpper
	case t.cap:
		return clsCap
	}
	return clsAny
}

// TestClassesASCII checks classes against classesRef on every word of
// the made-up names and the embedded lists, and on words of every ASCII
// byte and some past it.
func TestClassesASCII(t *testing.T) {
	g := Default()
	folded, surface, toks := nameWords(allNames())
	for c := 0; c < 128; c++ {
		for _, w := range []string{string(rune(c)), "A" + string(rune(c)) + "B", "ab" + string(rune(c)), string(rune(c)) + "É1"} {
			folded = append(folded, w)
			surface = append(surface, w)
			toks = append(toks, token{upper: true}, token{cap: true}, token{})
			folded = append(folded, w, w)
			surface = append(surface, w, w)
		}
	}
	for i, w := range surface {
		got, want := g.classes(w, toks[i], folded[i]), classesRef(g, w, toks[i], folded[i])
		if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
			t.Errorf("%q (%+v): classes %v, want %v", w, toks[i], got, want)
		}
	}
}
