// Package scantest checks, in tests, that a scanner advances: it reads the
// reproducers of past hangs kept in a package's testdata/hostile, runs a
// scan under a time bound, and asserts that token spans move forward. Every
// tokenizer's hostile-input test and progress fuzz target use it.
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
