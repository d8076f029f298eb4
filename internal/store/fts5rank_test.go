package store

import (
	"fmt"
	"math"
	"testing"
)

// TestRankSameAsBM25 checks that annals_bm25, given each phrase's count
// of stories, scores every match of a query exactly as FTS5's bm25 (to
// the last bit), and that given no counts, or not one a phrase, it counts
// them as bm25 does.
func TestRankSameAsBM25(t *testing.T) {
	sqliteOnly(t)
	s, _ := openTemp(t)
	c := newCorpus(3)
	var batch []Put
	for i := range 400 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if !rankSupported.Load() {
		t.Fatal("annals_bm25 is not registered")
	}
	// Words of every frequency: from the index's own vocabulary.
	if _, err := s.w.ExecContext(ctx, `CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, stories_fts, row)`); err != nil {
		t.Fatal(err)
	}
	rows, err := s.w.QueryContext(ctx, `SELECT term, doc FROM temp.vocab ORDER BY doc DESC`)
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	for rows.Next() {
		var term string
		var doc int
		if err := rows.Scan(&term, &doc); err != nil {
			t.Fatal(err)
		}
		terms = append(terms, term)
	}
	rows.Close()
	if len(terms) < 50 {
		t.Fatalf("%d terms", len(terms))
	}
	var queries []string
	for _, i := range []int{0, 1, 3, 10, 30, len(terms) / 4, len(terms) / 2, len(terms) - 1} {
		queries = append(queries, `"`+terms[i]+`"`)
	}
	queries = append(queries,
		`"`+terms[0]+`" "`+terms[30]+`"`,
		`"`+terms[3]+`" "`+terms[10]+`" "`+terms[len(terms)/4]+`"`,
		`"grown stronger"`, `"strengthen cooperation" thank*`,
		terms[30][:min(3, len(terms[30]))]+`*`,
		"cooperation",
	)
	type scored struct {
		id   int64
		rank float64
	}
	ranked := func(q, rank string) []scored {
		t.Helper()
		query, args := `SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rank, rowid`, []any{q}
		if rank != "" {
			query, args = `SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? ORDER BY rank, rowid`, []any{q, rank}
		}
		rows, err := s.r.QueryContext(ctx, query, args...)
		if err != nil {
			t.Fatalf("%s %s: %v", q, rank, err)
		}
		defer rows.Close()
		var out []scored
		for rows.Next() {
			var r scored
			if err := rows.Scan(&r.id, &r.rank); err != nil {
				t.Fatal(err)
			}
			out = append(out, r)
		}
		return out
	}
	same := func(q, rank string, want, got []scored) {
		t.Helper()
		if len(want) != len(got) {
			t.Errorf("%s with %s: %d matches, want %d", q, rank, len(got), len(want))
			return
		}
		for i := range want {
			if want[i].id != got[i].id || math.Float64bits(want[i].rank) != math.Float64bits(got[i].rank) {
				t.Errorf("%s with %s: match %d is %d scoring %v, want %d scoring %v", q, rank, i, got[i].id, got[i].rank, want[i].id, want[i].rank)
				return
			}
		}
	}
	for _, q := range queries {
		want := ranked(q, "")
		if len(want) == 0 {
			t.Fatalf("%s matches nothing", q)
		}
		var counts []int
		for _, p := range plainPhrases(q) {
			n, err := s.matchCount(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			counts = append(counts, n)
		}
		spec := rankSpec(counts)
		same(q, spec, want, ranked(q, spec))
		same(q, rankFunc+"(5.0, 1.0)", want, ranked(q, rankFunc+"(5.0, 1.0)"))                               // counted by the function
		same(q, rankFunc+"(5.0, 1.0, 1, 2, 3, 4, 5)", want, ranked(q, rankFunc+"(5.0, 1.0, 1, 2, 3, 4, 5)")) // not one a phrase
		if len(counts) == 1 && counts[0] > 1 {
			// A wrong count changes the scores: the counts are used.
			wrong := ranked(q, fmt.Sprintf("%s(5.0, 1.0, 1)", rankFunc))
			if math.Float64bits(wrong[0].rank) == math.Float64bits(want[0].rank) {
				t.Errorf("%s: the count given changed nothing", q)
			}
		}
	}
}

// TestRankLengthsKept checks that annals_bm25's story lengths kept by each
// connection (fts5lengths.go) give bm25's scores to the bit, searched
// again and again, and again after another handle on the file (as
// another process would) replaced stories under the same ids with texts
// of other lengths and added stories: a connection's lengths are dropped
// when its data version moves. Kept lengths that were not dropped would
// give the replaced stories their old lengths, and other scores.
func TestRankLengthsKept(t *testing.T) {
	sqliteOnly(t)
	s, path := openTemp(t)
	c := newCorpus(5)
	var batch []Put
	for i := range 300 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	// scores reads (rowid, rank) pairs of a search in rowid order
	scores := func(query string, args ...any) []float64 {
		t.Helper()
		var out []float64
		rows, err := s.r.QueryContext(ctx, query, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var r float64
			if err := rows.Scan(&id, &r); err != nil {
				t.Fatal(err)
			}
			out = append(out, float64(id), r)
		}
		return out
	}
	bm25 := func(q string) []float64 {
		t.Helper()
		return scores(`SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid`, q)
	}
	ranked := func(q string, n int) []float64 {
		t.Helper()
		return scores(`SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? ORDER BY rowid`, q, rankSpec([]int{n}))
	}
	check := func(when string) {
		t.Helper()
		for _, q := range []string{"cooperation", "strengthen"} {
			n, err := s.matchCount(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			want := bm25(q)
			for range 3 { // the first reads the lengths, the others keep them
				got := ranked(q, n)
				if len(got) != len(want) || len(want) == 0 {
					t.Fatalf("%s, %s: %d values, want %d", when, q, len(got), len(want))
				}
				for i := range want {
					if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
						t.Fatalf("%s, %s: story %v scores %v, want %v", when, q, got[i&^1], got[i], want[i])
					}
				}
			}
		}
	}
	check("first")
	kept := 0
	lengthConns.Range(func(_, v any) bool {
		c := v.(*connLengths)
		c.mu.Lock()
		for _, n := range c.lens {
			if n != 0 {
				kept++
			}
		}
		c.mu.Unlock()
		return true
	})
	if kept == 0 {
		t.Fatal("no story length kept")
	}
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	// Stories 0, 10, 20, ... replaced by other texts under their paths
	// (the same ids), and ten new ones.
	batch = batch[:0]
	for i := range 40 {
		st, doc := c.story(1000 + i)
		if i < 30 {
			st.Path = fmt.Sprintf("synthetic/%05d.txt", 10*i)
			doc.Doc = st.Path
		}
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := other.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if n, err := s.storyCount(ctx); err != nil || n != 310 {
		t.Fatalf("%d stories, %v", n, err)
	}
	check("after another handle's writes")
}
