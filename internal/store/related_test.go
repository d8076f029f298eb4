package store

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"annals"
	"annals/internal/chronicle"
)

// TestTitleMaxDF checks the bound on a title word's document frequency:
// a tenth of the stories, at least 50, at most titleDFCap, so that the
// count of a word reads a bounded part of its list.
func TestTitleMaxDF(t *testing.T) {
	for _, c := range []struct{ stories, want int }{
		{0, 50}, {100, 50}, {499, 50}, {2000, 200}, {5000, 500}, {5009, 500}, {98685, 500}, {1000000, 500},
	} {
		if got := titleMaxDF(c.stories); got != c.want {
			t.Errorf("titleMaxDF(%d) = %d, want %d", c.stories, got, c.want)
		}
	}
}

// TestTitleWordsCountedOnce checks that related stories count a title
// word's stories once until the store changes: the second showing of a
// story's related stories counts nothing (a broken count statement is
// not run), a new story makes them count again.
func TestTitleWordsCountedOnce(t *testing.T) {
	s, ids := filled(t)
	ctx := context.Background()
	id := ids[relations.path]
	want, err := s.Related(ctx, id, 5)
	if err != nil {
		t.Fatal(err)
	}
	d := *s.d
	good := s.d
	d.fts.df = `SELECT count(*) FROM no_such_table WHERE ? <> '' AND ? > 0`
	s.d = &d
	got, err := s.Related(ctx, id, 5)
	if err != nil {
		t.Fatalf("Related counted the title's words again: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Related = %+v, want %+v", got, want)
	}
	extra := banHails
	extra.path = "another.txt"
	extra.title = "Relations between the OTS and the Secretary-General"
	st, doc := extra.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Related(ctx, id, 5); err == nil {
		t.Error("Related did not count the title's words again after a new story")
	}
	s.d = good
	got, err = s.Related(ctx, id, 5)
	// the new story is a copy of banHails: one entry with it, or its
	// own (the stories listed, folded ones too)
	listed := func(rel []RelatedStory) int {
		n := 0
		for _, r := range rel {
			n += 1 + len(r.Also)
		}
		return n
	}
	if err != nil || listed(got) != listed(want)+1 {
		t.Errorf("Related after a new story = %+v, %v; want %d stories", got, err, listed(want)+1)
	}
}

// oldSimilar is the similar statement of each engine before session 28
// (SQLite's ranked by bm25, which counted each word's stories again on
// every statement), for the comparisons below.
var oldSimilar = map[string]string{
	"sqlite": `SELECT rowid, rank FROM (SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rowid <> ?
			ORDER BY rowid DESC LIMIT ` + strconv.Itoa(similarCap) + `) ORDER BY rank, rowid LIMIT 30`,
	"postgres": `SELECT id AS rowid, ` + pgRank + ` AS rank FROM (SELECT id, tsv FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?1)
			AND id <> ?2 ORDER BY id DESC LIMIT ` + strconv.Itoa(similarCap) + `) AS m, websearch_to_tsquery('annals', ?1) AS q
			ORDER BY rank, id LIMIT 30`,
}

// useOldSimilar makes s rank similar text as before session 28 until the
// returned function puts the new way back.
func useOldSimilar(s *DB) (restore func()) {
	fts := s.d.fts
	s.d.fts.similar, s.d.fts.similarRank = oldSimilar[s.d.name], false
	return func() { s.d.fts = fts }
}

// TestSimilarTextSame checks that the similar text of related stories
// ranks the same stories with the same scores as before session 28 (on
// SQLite, annals_bm25 given the title words' counts against bm25), for
// every story of the fixture.
func TestSimilarTextSame(t *testing.T) {
	s, ids := filled(t)
	ctx := context.Background()
	// Made-up stories whose title words are in a few of them each, so
	// that their weights are no bm25's floor (a word in half the stories
	// or more weighs 1e-6 whatever its count).
	words := []string{"harbour", "glacier", "vaccine", "railway", "drought", "fishery", "uranium",
		"literacy", "pipeline", "mangrove", "satellite", "orchard", "tariff", "monsoon"}
	for i := range 48 {
		a, b, c := words[i%len(words)], words[(i*5+3)%len(words)], words[(i*3+1)%len(words)]
		text := strings.Repeat("Delegates spoke about the "+a+" plan. ", 1+i%3) +
			strings.Repeat("A report on "+c+" was shared. ", i%4) + "The talks ended on Friday."
		f := story{path: fmt.Sprintf("made-%02d.txt", i), published: annals.Date(fmt.Sprintf("2024-03-%02d", 1+i%28)),
			title: fmt.Sprintf("Ministers discuss %s and %s", a, b), text: text}
		st, doc := f.build(t)
		res, err := s.PutStory(ctx, st, doc)
		if err != nil {
			t.Fatal(err)
		}
		ids[f.path] = res.StoryID
	}
	n, err := s.storyCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hits := 0
	for _, id := range ids {
		var title string
		if err := s.r.QueryRowContext(ctx, `SELECT title FROM stories WHERE id = ?`, id).Scan(&title); err != nil {
			t.Fatal(err)
		}
		var got [2][]chronicle.TextHit
		for k := range 2 {
			restore := func() {}
			if k == 1 {
				restore = useOldSimilar(s)
			}
			got[k], err = s.similarText(ctx, id, title, titleMaxDF(n))
			restore()
			if err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("story %d %q: similar text %v, before %v", id, title, got[0], got[1])
		}
		hits += len(got[0])
	}
	if hits == 0 {
		t.Error("no story has similar text")
	}
}

// TestSimilarTextOnPerfDB shows the related stories of $ANNALS_PERF_RUNS
// (300) stories spread over the database $ANNALS_PERF_DB names with
// similar text ranked as now and as before session 28, the two ways
// alternated in one process (A B, B A, ...): it fails unless both give
// the same related stories and the same text hits, and logs each way's
// p50, p99 and minimum, of the related stories and of the similar text
// alone (docs/scale.md, session 28).
func TestSimilarTextOnPerfDB(t *testing.T) {
	if os.Getenv("ANNALS_PERF_DB") == "" {
		t.Skip("$ANNALS_PERF_DB names no database")
	}
	ctx := context.Background()
	s, _, list := perfSample(t, 0)
	runs := 300
	if v, err := strconv.Atoi(os.Getenv("ANNALS_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	n, err := s.storyCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rel, text [2][]time.Duration
	same, hits := 0, 0
	for r := range runs {
		id := list[r*len(list)/runs].ID
		var title string
		if err := s.r.QueryRowContext(ctx, `SELECT title FROM stories WHERE id = ?`, id).Scan(&title); err != nil {
			t.Fatal(err)
		}
		var got [2][]RelatedStory
		var gotText [2][]chronicle.TextHit
		for j := range 2 {
			k := (j + r) % 2 // now, before; then before, now
			restore := func() {}
			if k == 1 {
				restore = useOldSimilar(s)
			}
			start := time.Now()
			got[k], err = s.Related(ctx, id, 10)
			rel[k] = append(rel[k], time.Since(start))
			if err == nil {
				start = time.Now()
				gotText[k], err = s.similarText(ctx, id, title, titleMaxDF(n))
				text[k] = append(text[k], time.Since(start))
			}
			restore()
			if err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("story %d: related stories %v, before %v", id, got[0], got[1])
		} else if !reflect.DeepEqual(gotText[0], gotText[1]) {
			t.Errorf("story %d: similar text %v, before %v", id, gotText[0], gotText[1])
		} else {
			same++
		}
		hits += len(gotText[0])
	}
	t.Logf("%d of %d stories' related stories and similar text the same (%d text hits)", same, runs, hits)
	for k, way := range []string{"now", "before"} {
		for _, m := range []struct {
			name string
			d    []time.Duration
		}{{"related stories", rel[k]}, {"similar text", text[k]}} {
			d := m.d
			slices.Sort(d)
			t.Logf("%s, %-6s: p50 %6.2f ms, p99 %6.2f ms, min %6.2f ms", m.name, way, ms(d[len(d)/2]), ms(d[len(d)*99/100]), ms(d[0]))
		}
	}
}

// TestRelatedFoldsCopies: a release published three times is one related
// story, its copies in Also, and the story's own copy is one entry of
// the same text; on the parent each copy was an entry of its own.
func TestRelatedFoldsCopies(t *testing.T) {
	s, ids := filled(t)
	ctx := context.Background()
	put := func(st *annals.Story, doc *annals.Document) int64 {
		t.Helper()
		res, err := s.PutStory(ctx, st, doc)
		if err != nil {
			t.Fatal(err)
		}
		return res.StoryID
	}
	st, doc := mouAgain.build(t)
	c1 := put(republished(st, doc))
	st, doc = mouAgain.build(t)
	st2, doc2 := republished(st, doc)
	st2.Path, st2.Raw = "wire-"+mouAgain.path, append(st2.Raw, "\nAlso on the wire."...)
	c2 := put(st2, doc2)
	st, doc = relations.build(t)
	own := put(republished(st, doc))
	rel, err := s.Related(ctx, ids[relations.path], 10)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		id   int64
		also []int64
		same bool
	}
	var got []entry
	for _, r := range rel {
		e := entry{id: r.ID, same: r.SameText}
		for _, a := range r.Also {
			if a.ID == 0 || a.Published == "" {
				t.Errorf("also %+v read without its summary", a)
			}
			e.also = append(e.also, a.ID)
		}
		slices.Sort(e.also)
		got = append(got, e)
	}
	want := map[int64]entry{
		ids[mouAgain.path]: {id: ids[mouAgain.path], also: []int64{c1, c2}},
		own:                {id: own, same: true},
	}
	seen := map[int64]bool{}
	for _, e := range got {
		if seen[e.id] {
			t.Errorf("story %d listed twice", e.id)
		}
		seen[e.id] = true
		for _, a := range e.also {
			seen[a] = true
		}
		if w, ok := want[e.id]; ok && (!slices.Equal(e.also, w.also) || e.same != w.same) {
			t.Errorf("entry %+v, want %+v", e, w)
		}
		if _, ok := want[e.id]; !ok && (e.same || len(e.also) > 0) {
			t.Errorf("entry %+v folds stories of another text", e)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("story %d not listed: %+v", id, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("Related = %+v, want 4 entries: the 3 other stories and the story's own copy", got)
	}
}
