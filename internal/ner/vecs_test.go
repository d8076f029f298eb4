package ner

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestArenaStringsStay checks that the strings read from an arena (see
// arena: unsafe.String over its chunks) stay what they were once the
// arena is let go, collected and its memory given to others: forms
// short and long (past a chunk of bytes), lower-cased and not, and the
// strings a tagging state's documents keep (docWord) after the state
// forgets its forms and sees others. A chunk reused instead of let go
// would change them.
func TestArenaStringsStay(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		forms []string
	}{
		{"short", []string{"the", "The", "U.N.", "Ki-moon", "TÜRKIYE", "ǅemal", "1,000", "x"}},
		{"past a chunk", []string{strings.Repeat("Ab", byteChunkLen/2+7), "Obama", strings.Repeat("q", byteChunkLen)}},
		{"many chunks", func() []string {
			var fs []string
			for i := range 3 * vecChunkLen {
				fs = append(fs, fmt.Sprintf("Form%d-%s", i, strings.Repeat("x", i%300)))
			}
			return fs
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := new(arena)
			var got []tokInfo
			var words []string
			for _, w := range c.forms {
				var v wordVec
				text := m.newWordVec(w, &v, nil)
				vv := a.at(a.add(&v, text))
				got = append(got, a.info(vv))
				words = append(words, a.word(vv))
			}
			a = nil
			churn()
			for i, w := range c.forms {
				want := wordInfo(w)
				if got[i] != want || words[i] != w {
					t.Fatalf("%q read back after its arena went as %q %+v, want %+v", w, words[i], got[i], want)
				}
			}
		})
	}
	t.Run("a tagging state's forms forgotten", func(t *testing.T) {
		m, err := parse(modelBin)
		if err != nil {
			t.Fatal(err)
		}
		m.cache.max = 8 // most forms are the state's own, forgotten after each document
		st := m.getState()
		docA := [][]string{strings.Fields("Ms. Alvarez of the Kessra Fund met TÜRKIYE 's envoy in Port Elena .")}
		docB := [][]string{strings.Fields("Zzyzx QQQQ wwwww Vvvv uuuuuuu Tttt sssss RRRR ppppp Oooo nnnnn MMMM .")}
		st.ds.reset(sentencesOf(docA), m.feats, st)
		before, tok, far := slices.Clone(st.ds.words), slices.Clone(st.ds.tok), st.ds.far
		st.forget()
		for range 50 {
			st.ds.reset(sentencesOf(docB), m.feats, st)
			st.forget()
		}
		churn()
		n := 0
		for i, id := range tok {
			if id == far {
				continue
			}
			n++
			if want := wordInfo(docA[0][i]); before[id].tokInfo != want {
				t.Fatalf("word %d (%q) read back as %+v after its state forgot it, want %+v", i, docA[0][i], before[id].tokInfo, want)
			}
		}
		if n < 10 {
			t.Fatalf("only %d words interned", n)
		}
	})
}

// churn collects and fills the memory freed with other bytes.
func churn() {
	runtime.GC()
	var keep [][]byte
	for i := range 200 {
		b := make([]byte, 1<<(8+i%9))
		for k := range b {
			b[k] = '#'
		}
		keep = append(keep, b)
	}
	runtime.GC()
	runtime.KeepAlive(keep)
}

func sentencesOf(doc [][]string) []Sentence {
	ss := make([]Sentence, len(doc))
	for i, w := range doc {
		ss[i] = Sentence{Words: w}
	}
	return ss
}

// TestTagCacheBound checks that the names found do not depend on where
// a form's weights are kept: a model whose cache holds every form, and
// models whose cache is full after a few (the forms past it a tagging
// state's own, forgotten with its forms), tagging the same documents
// one after the other and in four goroutines at once.
func TestTagCacheBound(t *testing.T) {
	docs, _ := benchDocs(t)
	if len(docs) > 60 {
		docs = docs[:60]
	}
	ref, err := parse(modelBin)
	if err != nil {
		t.Fatal(err)
	}
	ref.cache.max = 1 << 30
	want := make([][][]Span, len(docs))
	for i, d := range docs {
		want[i] = ref.TagDoc(d)
	}
	cases := []struct {
		name    string
		max     int
		workers int
	}{
		{"cache of 1", 1, 1},
		{"cache of 500", 500, 1},
		{"cache of 500, four at once", 500, 4},
		{"cache of 5,000, four at once", 5000, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := parse(modelBin)
			if err != nil {
				t.Fatal(err)
			}
			m.cache.max = c.max
			var wg sync.WaitGroup
			errs := make([]string, c.workers)
			for w := range c.workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for pass := range 2 {
						for k := range docs {
							i := (k + w*len(docs)/c.workers) % len(docs)
							if got := m.TagDoc(docs[i]); !equalSpans(got, want[i]) {
								errs[w] = fmt.Sprintf("worker %d, pass %d, document %d: %+v, want %+v", w, pass, i, got, want[i])
								return
							}
						}
					}
				}()
			}
			wg.Wait()
			for _, e := range errs {
				if e != "" {
					t.Error(e)
				}
			}
			if n := m.cache.r.model.n; n > c.max {
				t.Errorf("the cache holds %d forms, past its bound %d", n, c.max)
			}
		})
	}
}

func equalSpans(a, b [][]Span) bool {
	return slices.EqualFunc(a, b, func(x, y []Span) bool { return slices.Equal(x, y) })
}
