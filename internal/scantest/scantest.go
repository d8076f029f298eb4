// Package scantest checks, in tests, that a scanner advances: it reads the
// reproducers of past hangs kept in a package's testdata/hostile, runs a
// scan under a time bound, and asserts that token spans move forward. Every
// tokenizer's hostile-input test and progress fuzz target use it, and the
// scanners' lexicon tests take their shared checks and texts from it.
package scantest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Seeds are inputs every tokenizer's progress fuzz target starts from:
// apostrophes of every kind, alone and around letters, abbreviations,
// dangling punctuation, a lone combining mark and invalid UTF-8.
var Seeds = []string{"ʼ", "aʼ", "ʼa", "’", "a'", "'s", "U.S.", "Co-", "d'Ivoire's", "\u0301", "1,", "1.", "3rd", "\xff\xfe"}

// Reproducers returns the files of testdata/hostile (relative to the test's
// package) by name: inputs that once hung or crashed a scanner.
func Reproducers(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "hostile", "*"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no reproducers in testdata/hostile: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// Bounded runs fn and panics when it has not returned within limit: a
// scanner that stops advancing loops forever, and the panic's stacks show
// where. The limit catches hangs, it is not a speed target.
func Bounded(name string, limit time.Duration, fn func()) {
	done := make(chan struct{})
	timer := time.AfterFunc(limit, func() {
		select {
		case <-done:
		default:
			panic("no progress after " + limit.String() + ": " + name)
		}
	})
	fn()
	close(done)
	timer.Stop()
}

// Advancing asserts that every span is non-empty, inside s and after the
// one before: the scanner advanced on every token.
func Advancing(tb testing.TB, s string, spans [][2]int) {
	tb.Helper()
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
			tb.Fatalf("bad token %v after %d in %q", sp, prev, s)
		}
		prev = sp[1]
	}
}

// LexTable checks a scanner's table of words (text.WordTable's Get, as
// get) against the lexicon it is made from: every word of the lexicon
// finds its own entry (entry of the index get gives), and each of others
// that the lexicon does not hold finds none.
func LexTable[E comparable](t *testing.T, lexicon map[string]E, get func([]byte) (int32, bool), entry func(int32) E, others []string) {
	t.Helper()
	for w, e := range lexicon {
		id, ok := get([]byte(w))
		if !ok || entry(id) != e {
			t.Errorf("%q: got %v %v, want %+v", w, id, ok, e)
		}
	}
	for _, w := range others {
		if _, ok := lexicon[w]; ok {
			continue
		}
		if id, ok := get([]byte(w)); ok {
			t.Errorf("%q: got %d, want none", w, id)
		}
	}
}

// lexWordTexts are made-up texts for a scanner's pass over a story's
// shared words: words the lexicons hold in any case, words glued to
// numbers and punctuation, words past ASCII, a word longer than the
// tokenizers' buffers, hyphens, apostrophes and blank lines.
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

// LexWordTexts returns, by name, the texts a scanner that reads a
// story's shared words (text.AppendLexWords) is checked on: the made-up
// texts above, the package's reproducers (see Reproducers) and Seeds.
func LexWordTexts(tb testing.TB) map[string]string {
	tb.Helper()
	texts := map[string]string{}
	for _, c := range lexWordTexts {
		texts[c.name] = c.text
	}
	for name, s := range Reproducers(tb) {
		texts["hostile "+name] = s
	}
	for i, s := range Seeds {
		texts["seed "+string(rune('a'+i))] = s
	}
	return texts
}

// CaseForms returns a lexicon's lower-case word as written, with its
// first letter capitalized and in capitals ("march", "March", "MARCH"):
// the forms a shared word must find its entry by.
func CaseForms(w string) []string {
	title := w
	if w != "" && w[0] >= 'a' && w[0] <= 'z' {
		title = string(w[0]-32) + w[1:]
	}
	upper := []byte(w)
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	return []string{w, title, string(upper)}
}

// ASCIILetters reports whether w is a word of ASCII letters only: the
// words a shared word's pass cuts.
func ASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 < 'a' || w[i]|0x20 > 'z' {
			return false
		}
	}
	return w != ""
}
