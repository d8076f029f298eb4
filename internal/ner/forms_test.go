package ner

import (
	"fmt"
	"strings"
	"testing"
)

// TestFormTable checks the state's table of forms against a Go map:
// forms of every length around the inline limit, long forms sharing
// their first bytes, growth past several doublings, and reset.
func TestFormTable(t *testing.T) {
	long := strings.Repeat("x", formInline)
	cases := []struct {
		name  string
		forms []string
	}{
		{"short", []string{"a", "ab", "The", "the", "THE", "é", ""}},
		{"around the inline limit", []string{long[:formInline-1], long, long + "y", long + "z", long + "yy"}},
		{"long, same first bytes", []string{long + "Alpha", long + "Beta", long + "Gamma", strings.Repeat("q", 300), strings.Repeat("q", 301)}},
		{"many", func() []string {
			var fs []string
			for i := range 5000 {
				fs = append(fs, fmt.Sprintf("w%d", i), fmt.Sprintf("%s%d", long, i))
			}
			return fs
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tab := newFormTable()
			want := map[string]*stateForm{}
			for i, w := range c.forms {
				if tab.get(w) != nil {
					t.Fatalf("%q found before it was put", w)
				}
				f := &stateForm{vec: &wordVec{word: w}}
				s := tab.put(f)
				s.doc, s.id = 1, int32(i)
				want[w] = f
			}
			if tab.len() != len(want) {
				t.Errorf("len %d, want %d", tab.len(), len(want))
			}
			for i, w := range c.forms {
				s := tab.get(w)
				if s == nil || s.f != want[w] || s.doc != 1 || s.id != int32(i) {
					t.Fatalf("get(%q) = %+v, want the entry put as %d", w, s, i)
				}
			}
			for _, w := range []string{"absent", long + "absent", "w5000x"} {
				if tab.get(w) != nil {
					t.Errorf("get(%q) found a form never put", w)
				}
			}
			tab.reset()
			if tab.len() != 0 {
				t.Errorf("len %d after reset", tab.len())
			}
			for _, w := range c.forms {
				if tab.get(w) != nil {
					t.Fatalf("%q found after reset", w)
				}
			}
		})
	}
}
