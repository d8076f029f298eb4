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
		for _, small := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, small %v", c.name, small), func(t *testing.T) { testFormTable(t, c.forms, small) })
		}
	}
}

// testFormTable puts forms into a new table (small: one of 16 slots,
// which grows) and reads them back.
func testFormTable(t *testing.T, forms []string, small bool) {
	long := strings.Repeat("x", formInline)
	var r vecs
	tab := newFormTable(&r)
	if small {
		tab.slots = make([]formSlot, 16)
	}
	want := map[string]int32{}
	for i, w := range forms {
		if tab.get(w) != nil {
			t.Fatalf("%q found before it was put", w)
		}
		// the forms' wordVecs in both arenas, as a tagging state has them
		v := wordVec{s: vecText{n: uint32(len(w))}, bits: tokBits{lowForm: true}}
		var ref int32
		if i%2 == 0 {
			ref = r.model.add(&v, []byte(w)) + 1
		} else {
			ref = -r.own.add(&v, []byte(w)) - 1
		}
		s := tab.put(w, ref, int32(2*i))
		s.doc, s.id = 1, int32(i)
		want[w] = ref
	}
	if tab.len() != len(want) {
		t.Errorf("len %d, want %d", tab.len(), len(want))
	}
	for i, w := range forms {
		s := tab.get(w)
		if s == nil || s.vec != want[w] || s.low != int32(2*i) || s.doc != 1 || s.id != int32(i) {
			t.Fatalf("get(%q) = %+v, want the entry put as %d", w, s, i)
		}
		if got := r.word(s.vec); got != w {
			t.Fatalf("get(%q): the form of its wordVec is %q", w, got)
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
	for _, w := range forms {
		if tab.get(w) != nil {
			t.Fatalf("%q found after reset", w)
		}
	}
}
