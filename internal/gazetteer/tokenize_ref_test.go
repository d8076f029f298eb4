package gazetteer

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"annals/internal/scantest"
)

// tokenizeRef, scanWordRef and mergeCoRef are the tokenizer as it was
// before its tokens were written in place and "Co-" merged only when a
// text has a "co": tokenize must give the very same tokens (field for
// field) on every input.
func tokenizeRef(text string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/6+1)
	}
	brk := true
	newlines := 0
	hyph := false
	lineStart := true
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			t, next := scanWordRef(text, i)
			if next <= i { // every pass advances, whatever scanWord does
				next = i + size
				t.end = next
			}
			t.brk = brk || newlines >= 2
			t.hyph = hyph && newlines == 0
			t.lineStart = lineStart
			toks = append(toks, t)
			brk, newlines, hyph, lineStart = false, 0, false, false
			i = next
			continue
		case r == '\n':
			newlines++
			lineStart = true
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r == '*' || r == '_':
			// Markdown emphasis markers around or inside a name are
			// transparent.
		case isSoftHyphen(r):
			hyph = true
		case r == ',' || r == '.':
			toks = append(toks, token{start: i, end: i + 1, punct: true, brk: brk || newlines >= 2})
			brk, newlines, hyph = false, 0, false
		case r == '&':
			toks = append(toks, token{start: i, end: i + 1, brk: brk || newlines >= 2})
			brk, newlines, hyph = false, 0, false
		default:
			brk = true
		}
		i += size
	}
	return mergeCoRef(text, toks)
}

func scanWordRef(text string, i int) (token, int) {
	if i+1 < len(text) && text[i+1] == '.' || text[i] >= utf8.RuneSelf {
		if t, next, ok := scanDotted(text, i); ok {
			return t, next
		}
	}
	t := token{start: i}
	j := i
	letters, uppers := 0, 0
	first := true
	sawLower := false
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && c != '\'' {
			if !asciiWord[c] {
				break
			}
			if 'A' <= c && c <= 'Z' {
				letters++
				uppers++
				if first {
					t.cap = true
				} else if sawLower {
					t.mixed = true
				}
				first = false
			} else if 'a' <= c && c <= 'z' {
				letters++
				sawLower = true
				first = false
			}
			j++
			continue
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if isApos(r) && j > i {
			// An apostrophe stays inside a word only between letters.
			// (A word may begin with U+02BC, a letter: "ʼAbd".)
			r2, s2 := utf8.DecodeRuneInString(text[j+size:])
			if !unicode.IsLetter(r2) {
				break
			}
			// Possessive 's: end the token before the apostrophe.
			if (r2 == 's' || r2 == 'S') && !isWordAt(text, j+size+s2) {
				t.end = j
				t.poss = true
				return classifyRef(t, letters, uppers), j + size + s2
			}
			j += size
			continue
		}
		if !isWordRune(r) {
			break
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if first {
					t.cap = true
				} else if sawLower {
					t.mixed = true
				}
			} else if unicode.IsLower(r) {
				sawLower = true
			}
			first = false
		}
		j += size
	}
	if j == i {
		// Never return without advancing: a word rune always starts a
		// word, so take it even when the loop above refused it.
		_, size := utf8.DecodeRuneInString(text[i:])
		j = i + size
	}
	t.end = j
	return classifyRef(t, letters, uppers), j
}

func mergeCoRef(text string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && t.end-t.start == 2 && !t.punct && strings.EqualFold(text[t.start:t.end], "co") {
			n := toks[i+1]
			if n.hyph && !n.punct && n.start == t.end+1 && strings.ContainsRune("aeiouAEIOU", rune(text[n.start])) {
				t.end = n.end
				t.upper = t.upper && n.upper
				out = append(out, t)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func classifyRef(t token, letters, uppers int) token {
	t.upper = letters > 0 && uppers == letters
	return t
}

// checkTokens compares tokenize of s, into a new array and into a reused
// one holding older tokens, with tokenizeRef.
func checkTokens(t *testing.T, s string, reuse []token) []token {
	t.Helper()
	want := tokenizeRef(s, nil)
	for i := range want {
		want[i].alnum = alnumRef(s[want[i].start:want[i].end])
	}
	if got := tokenize(s, nil); !slicesEqual(got, want) {
		t.Fatalf("tokenize(%q):\n got %+v\nwant %+v", s, got, want)
	}
	reuse = tokenize(s, reuse[:0])
	if !slicesEqual(reuse, want) {
		t.Fatalf("tokenize(%q) into a used array:\n got %+v\nwant %+v", s, reuse, want)
	}
	return reuse
}

// alnumRef is what a token's alnum says of its text w: every byte an
// ASCII letter or digit.
func alnumRef(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return w != ""
}

func slicesEqual(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTokenizeSameAsRef compares the tokenizer with the reference on the
// names of the built-in gazetteer, the benchmark's news text, the
// hostile inputs and cases of "Co-".
func TestTokenizeSameAsRef(t *testing.T) {
	// a used array: its old tokens' fields (looked, ids) must not show
	reuse := tokenize(benchText[:1<<12], nil)
	for i := range reuse {
		reuse[i].looked, reuse[i].id, reuse[i].xid, reuse[i].poss = true, 7, 9, true
	}
	for _, s := range []string{"", "co", "Co-operation", "co-op", "CO-OPERATION", "Co- operation", "Co-\noperation",
		"co-Ordination", "Co-Op", "Co-", "-Co-operation", "Cooperation Co", "co, op", "Co-ёperation", "Co-’operation",
		"U.S.-Co-operation", "Côte d’Ivoire’s co-operation", "the Centre's Co-Operation & Co"} {
		reuse = checkTokens(t, s, reuse)
	}
	for _, e := range Default().Entries() {
		for _, n := range e.Names {
			reuse = checkTokens(t, n, reuse)
		}
	}
	reuse = checkTokens(t, benchText[:1<<20], reuse)
	for name, s := range scantest.Reproducers(t) {
		scantest.Bounded(name, 10*time.Second, func() {
			reuse = checkTokens(t, s, reuse)
		})
	}
}

// FuzzTokenizeSameAsRef compares the tokenizer with the reference on any
// text.
func FuzzTokenizeSameAsRef(f *testing.F) {
	for _, s := range []string{"Co-operation", "co-op Co- Co-’x", "U.N.'s co-Operation", "Côte d’Ivoire"} {
		f.Add(s)
	}
	for _, s := range scantest.Seeds {
		f.Add(s)
	}
	var reuse []token
	f.Fuzz(func(t *testing.T, s string) {
		reuse = checkTokens(t, s, reuse)
	})
}

// BenchmarkTokenizeReused tokenizes 4 MB of news text into the same
// array each time, as the matcher does (its arrays are pooled): the
// scanner's own work, without the first touch of a new 28 MB array that
// BenchmarkTokenize measures too.
func BenchmarkTokenizeReused(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	toks := tokenize(benchText, nil)
	for b.Loop() {
		toks = tokenize(benchText, toks[:0])
	}
}

// TestLowerRuns checks lowerRun, which scanWord reads a word's run of
// lower-case letters with, and the tokens of words made of such runs
// beside every other kind of byte, against tokenizeRef.
func TestLowerRuns(t *testing.T) {
	for _, c := range []struct {
		text string
		j    int
		want int
	}{
		{"", 0, 0}, {"a", 0, 1}, {"abc", 0, 3}, {"abC", 0, 2}, {"Abc", 0, 0}, {"Abc", 1, 3},
		{"ab'c", 0, 2}, {"abé", 0, 2}, {"ab1", 0, 2}, {"ab c", 0, 2}, {"ab`", 0, 2}, {"ab{", 0, 2}, {"z", 0, 1}, {"abc", 3, 3},
	} {
		if got := lowerRun(c.text, c.j); got != c.want {
			t.Errorf("lowerRun(%q, %d) = %d, want %d", c.text, c.j, got, c.want)
		}
	}
	var reuse []token
	for _, w := range []string{"ab", "aB", "aBc", "abC", "Abc", "ABc", "ab'cd", "ab's", "ab’s", "abé", "aébc", "ab1c", "a1b", "ab-cd", "ab.cd", "a.b.", "abc\u02bcd", "xyz@q", "mcDonald", "iPhone", "eBay's"} {
		reuse = checkTokens(t, w+" "+strings.ToUpper(w[:1])+w[1:]+" "+w, reuse)
	}
	for c := range 256 {
		reuse = checkTokens(t, "ab"+string([]byte{byte(c)})+"cd ef", reuse)
	}
}
