package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSearchHostile searches the reproducers in testdata/hostile: each
// gives results or ErrBadQuery, never an FTS5 syntax error.
func TestSearchHostile(t *testing.T) {
	s, _ := filled(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", "query-*"))
	if len(files) == 0 {
		t.Fatal("no reproducers")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q := string(b)
		t0 := time.Now()
		_, _, err = s.Search(ctx, q, SearchOptions{})
		_, ferr := s.SearchFaceted(ctx, q, FacetOptions{})
		tooBig := len(q) > MaxQueryBytes
		if tooBig != errors.Is(err, ErrBadQuery) || tooBig != errors.Is(ferr, ErrBadQuery) {
			t.Errorf("%s: Search: %v; SearchFaceted: %v", f, err, ferr)
		}
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Errorf("%s: %v", f, err)
		}
		t.Logf("%s: %v", filepath.Base(f), time.Since(t0))
	}
	hits, _, err := s.Search(ctx, "Baku\x00", SearchOptions{})
	if err != nil || len(hits) != 1 {
		t.Errorf("Search(Baku NUL) = %d hits, %v", len(hits), err)
	}
	_, _, err = s.Search(ctx, strings.Repeat("a ", MaxQueryTerms+1), SearchOptions{})
	if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), "at most 32") {
		t.Errorf("too many words: %v", err)
	}
}

// FuzzSearch feeds any string through the query builder into FTS5: the
// answer is hits (perhaps none) or ErrBadQuery.
func FuzzSearch(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", "query-*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, q := range []string{`"`, `"""`, "\x00", "a OR", "NEAR(a b", "title:x", "a* NOT b", "-x", "^a", "(a", "a:b", "\xff", "''", "*", "+"} {
		f.Add(q)
	}
	s, _ := filled(f)
	f.Fuzz(func(t *testing.T, q string) {
		if _, _, err := s.Search(ctx, q, SearchOptions{}); err != nil && !errors.Is(err, ErrBadQuery) {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if _, err := s.SearchFaceted(ctx, q, FacetOptions{}); err != nil && !errors.Is(err, ErrBadQuery) {
			t.Fatalf("SearchFaceted(%q): %v", q, err)
		}
	})
}

func TestHasOr(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"the", false},
		{"a OR b", true},
		{"a or b", true},
		{"(a OR b) c", true},
		{"a (b)OR(c)", true},
		{`"a or b"`, false},
		{`"a" OR "b"`, true},
		{`"or`, false},
		{"organization orchestra", false},
		{"NOT a", false},
		{"", false},
	} {
		if got := hasOr(c.q); got != c.want {
			t.Errorf("hasOr(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestPlainPhrases(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"the hydrogen", []string{"the", "hydrogen"}},
		{`the "young people" sign*`, []string{"the", `"young people"`, "sign*"}},
		{`"say ""hi"""* AND Baku`, []string{`"say ""hi"""*`, "Baku"}},
		{"Türkiye  café", []string{"Türkiye", "café"}},
		{"a OR b", nil},
		{"a NOT b", nil},
		{"NEAR(a b)", nil},
		{"(a b)", nil},
		{"title:a b", nil},
		{"^a b", nil},
		{"Al-Nasser", nil},
		{`"unbalanced`, nil},
		{"", nil},
	} {
		if got := plainPhrases(c.q); !slices.Equal(got, c.want) {
			t.Errorf("plainPhrases(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
