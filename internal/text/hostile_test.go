package text

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// hostile returns the reproducers in testdata/hostile: inputs that once
// hung or crashed a scanner.
func hostile(tb testing.TB) map[string]string {
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

// bounded runs fn and panics when it has not returned within limit: a
// scanner that stops advancing loops forever, and the panic's stacks show
// where. The limit catches hangs, it is not a speed target.
func bounded(name string, limit time.Duration, fn func()) {
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

// checkProgress asserts that every token is non-empty, inside the text
// and after the one before: the scanner advanced on every token.
func checkProgress(t *testing.T, s string, spans [][2]int) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
			t.Fatalf("bad token %v after %d in %q", sp, prev, s)
		}
		prev = sp[1]
	}
}

func tokenSpans(s string) [][2]int {
	var out [][2]int
	for _, tk := range Tokens(s) {
		out = append(out, [2]int{tk.Start, tk.End})
	}
	return out
}

func TestHostileInputs(t *testing.T) {
	for name, s := range hostile(t) {
		bounded(name, 10*time.Second, func() {
			checkProgress(t, s, tokenSpans(s))
			Sentences(s)
		})
	}
}

// FuzzTokenize checks that the scanner advances on every input and returns
// in bounded time.
func FuzzTokenize(f *testing.F) {
	for _, s := range hostile(f) {
		f.Add(s)
	}
	for _, s := range []string{"ʼ", "aʼ", "ʼa", "’", "a'", "'s", "U.S.", "Co-", "d'Ivoire's", "\u0301", "1,", "1.", "3rd", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		bounded("tokenize", 10*time.Second, func() {
			checkProgress(t, s, tokenSpans(s))
		})
	})
}
