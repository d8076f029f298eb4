package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hardBreaksRef is hardBreaks as it was before it skipped the widths of
// one-line paragraphs and of lines no longer in bytes than the widest
// line so far (a line's width in characters is at most its bytes).
func hardBreaksRef(t string) []int {
	type line struct{ start, end, nl int }
	var out []int
	var para []line
	flush := func() {
		inside, width := 0, 0
		for _, l := range para[:max(len(para)-1, 0)] {
			line := strings.TrimRight(t[l.start:l.end], " \t\r")
			width += utf8.RuneCountInString(line)
			if r, _ := utf8.DecodeLastRuneInString(line); unicode.IsLetter(r) || r == ',' {
				inside++
			}
		}
		if len(para) > 2 && inside*2 > len(para)-1 && width >= 40*(len(para)-1) {
			para = para[:0]
			return
		}
		w := 0
		for _, l := range para {
			w = max(w, utf8.RuneCountInString(t[l.start:l.end]))
		}
		for i := 0; i+1 < len(para); i++ {
			next := strings.TrimLeft(t[para[i+1].start:para[i+1].nl], " \t")
			next = strings.TrimRight(next, "\r")
			if k := strings.IndexAny(next, " \t"); k >= 0 && strings.TrimRight(next[k:], " \t") != "" {
				next = next[:k]
			}
			if utf8.RuneCountInString(t[para[i].start:para[i].end])+1+utf8.RuneCountInString(next) <= w {
				out = append(out, para[i].nl)
			}
		}
		para = para[:0]
	}
	for start := 0; start < len(t); {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		e := end
		for e > start && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r') {
			e--
		}
		if e == start {
			flush()
		} else {
			para = append(para, line{start, e, end})
		}
		start = end + 1
	}
	flush()
	return out
}

// TestHardBreaksSameAsRef compares hardBreaks with the reference on
// made-up texts (lines of characters of one to three bytes, so that
// bytes and widths disagree), random ones, and the development stories.
func TestHardBreaksSameAsRef(t *testing.T) {
	texts := []string{
		"", "\n", "one line", "one line\n", "a\n\nb", "two\nlines", " \n \n",
		// the shorter line in bytes is the wider in characters
		"ééééééé x\nabcdefghijklmn\nopq",
		"abcdefghijklmn\nééééééé x\nopq",
		"“Quoted” — dash\nplain words here\nand “more” ’s",
		"Minister of Health\nDr Jane Roe\n\nThe ministry said on Monday that it would\nopen three clinics in the region.\n",
		"row one\r\nrow two is longer\r\nthree\r\n",
		"\tindented\n  spaced   \nend",
	}
	pieces := []string{"a", "bc", "Word", " ", " ", "\n", "\n", "\n\n", "é", "’", "—", "\t", "\r", ",", ".", "x y z"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, dir := range []string{"../../../shared/dev/stories", "../../../shared/dev2/stories"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	for _, tx := range texts {
		if got, want := hardBreaks(tx), hardBreaksRef(tx); !slices.Equal(got, want) {
			t.Errorf("hardBreaks(%q) = %v, want %v", tx, got, want)
		}
	}
}
