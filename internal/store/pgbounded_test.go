package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"annals"
)

// pgEveryMatchRanked is a search's page as it was before its ranks were
// bounded (schema v22): every match from the floor on ranked by ts_rank.
const pgEveryMatchRanked = `SELECT id AS rowid, ` + pgRank + ` AS rank FROM stories, websearch_to_tsquery('annals', ?) AS q
	WHERE tsv @@ q AND id + 0 >= ? ORDER BY rank, id LIMIT ? OFFSET ?`

// boundedStories stores n made-up stories whose texts are long (their
// vectors out of line) and of many lengths, each holding "hydrogen" one
// to five times and "turbine" in one of three, the titles of one in ten
// holding "hydrogen" and of one in seven "turbine"; stories 40 to 44
// share one text (their ranks tie).
func boundedStories(t *testing.T, s *DB, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		var b strings.Builder
		for range 6 {
			b.WriteByte(byte('a' + rng.IntN(26)))
		}
		return b.String()
	}
	var tied string
	var batch []Put
	for i := range n {
		words := make([]string, 150+(i*37)%700)
		for j := range words {
			words[j] = word()
		}
		for k := range i%5 + 1 {
			words[(k*131+i*7)%len(words)] = "hydrogen"
		}
		if i%3 == 0 {
			words[(i*11)%len(words)] = "turbine"
		}
		text := strings.Join(words, " ") + "."
		title := "Energy talks " + word()
		if i%10 == 0 {
			title = "Hydrogen talks " + word()
		}
		if i%7 == 0 {
			title += " turbine"
		}
		if i >= 40 && i < 45 {
			if tied == "" {
				tied = text
			}
			text, title = tied, "Energy talks"
		}
		st := &annals.Story{Path: fmt.Sprintf("s%03d.txt", i), Format: "text", Title: title, Text: text,
			Raw: []byte(fmt.Sprintf("%s\n\n%s\n%d", title, text, i)), Published: "2024-01-02"}
		batch = append(batch, Put{Story: st, Doc: &annals.Document{}})
	}
	if _, _, err := s.PutStories(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
}

// rankedPage runs a page statement (args query, floor, limit, offset):
// each hit as "id:rank".
func rankedPage(t *testing.T, s *DB, q string, args ...any) []string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id int64
		var rank float64
		if err := rows.Scan(&id, &rank); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%d:%g", id, rank))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// pageBuffers is the shared buffers a page statement reads (EXPLAIN
// ANALYZE), finding the matches on the text index as on a store of some
// size (the test's is small enough for the planner to read it whole, each
// vector with it).
func pageBuffers(t *testing.T, s *DB, q string, args ...any) int {
	t.Helper()
	ctx := context.Background()
	var plan string
	err := s.planRead(ctx, `SELECT set_config('enable_seqscan', 'off', true)`, func(r dbReader) error {
		rows, err := r.QueryContext(ctx, `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) `+q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := rows.Scan(&plan); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	var p []struct {
		Plan struct {
			Hit  int `json:"Shared Hit Blocks"`
			Read int `json:"Shared Read Blocks"`
		}
	}
	if err := json.Unmarshal([]byte(plan), &p); err != nil || len(p) != 1 {
		t.Fatalf("%v: %s", err, plan)
	}
	return p[0].Plan.Hit + p[0].Plan.Read
}

// TestPostgresBoundedRanks: on PostgreSQL a search's page ranks a query
// of one lexeme from the matches its bounds leave (pgBoundedPage), and
// gives the hits and ranks of ranking every match, page after page, ties
// in id order; a query of several lexemes is ranked whole.
func TestPostgresBoundedRanks(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := openTemp(t)
	const n = 240
	boundedStories(t, s, n)
	for _, c := range []struct {
		name, query string
		floor       int64
		lim, off    int
	}{
		{"a word in some titles, first page", "hydrogen", 1, 20, 0},
		{"a word in some titles, second page", "hydrogen", 1, 20, 20},
		{"a word in some titles, past them", "hydrogen", 1, 50, 30},
		{"a word in some titles, the last page", "hydrogen", 1, 20, n - 10},
		{"a word in some titles, past the end", "hydrogen", 1, 20, n},
		{"from a floor", "hydrogen", 100, 20, 0},
		{"from a floor, one hit", "hydrogen", 100, 1, 0},
		{"a word in fewer titles", "turbine", 1, 20, 0},
		{"a word in fewer titles, deeper", "turbine", 1, 10, 25},
		{"a word in no title", "energy", 1, 20, 0},
		{"a word in every title", "talks", 1, 20, 0},
		{"the tied texts", "talks", 1, 10, 35},
		{"two words", "hydrogen turbine", 1, 20, 0},
		{"two words, second page", "hydrogen turbine", 1, 20, 20},
		{"either word", "hydrogen or turbine", 1, 20, 0},
		{"a phrase", `"hydrogen talks"`, 1, 20, 0},
		{"a word left out", "hydrogen -turbine", 1, 20, 0},
		{"no match", "geothermal", 1, 20, 0},
	} {
		args := []any{c.query, c.floor, c.lim, c.off}
		got, want := rankedPage(t, s, s.d.fts.page, args...), rankedPage(t, s, pgEveryMatchRanked, args...)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: page\n%v\nwant (every match ranked)\n%v", c.name, got, want)
		}
	}
	// The search itself, as the page statement is used.
	hits, total, err := s.Search(context.Background(), "hydrogen", SearchOptions{Limit: 20})
	if err != nil || total != n || len(hits) != 20 {
		t.Fatalf("search: %d hits of %d, %v", len(hits), total, err)
	}
	want := rankedPage(t, s, pgEveryMatchRanked, "hydrogen", 1, 20, 0)
	for i, h := range hits {
		if id := fmt.Sprint(h.StoryID); !strings.HasPrefix(want[i], id+":") {
			t.Errorf("search hit %d: story %d, want %s", i, h.StoryID, want[i])
		}
	}
	// A word in a tenth of the titles: the page reads the vectors of
	// those stories and the shortest others, not of every match. (The
	// text index's pending entries merged first, as autovacuum does: each
	// search reads them all.)
	if _, err := s.w.ExecContext(context.Background(), `VACUUM ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	bounded := pageBuffers(t, s, s.d.fts.page, "hydrogen", 1, 20, 0)
	every := pageBuffers(t, s, pgEveryMatchRanked, "hydrogen", 1, 20, 0)
	t.Logf("hydrogen, %d matches: %d buffers, %d ranking every match", n, bounded, every)
	if 2*bounded > every {
		t.Errorf("the page read %d buffers, more than half of ranking every match (%d)", bounded, every)
	}
}

// TestMigratePostgresV23: a database of schema v22 opens as v23 with
// each story's title vector and number of lexemes in its row, and its
// searches' pages the same; stories stored after keep them.
func TestMigratePostgresV23(t *testing.T) {
	ctx := context.Background()
	check := func(s *DB, when string) {
		t.Helper()
		var n, wrong int
		if err := s.r.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE title_tsv IS DISTINCT FROM to_tsvector('annals', title)
			OR tsv_lexemes IS DISTINCT FROM length(tsv)) FROM stories`).Scan(&n, &wrong); err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if n == 0 || wrong > 0 {
			t.Errorf("%s: %d of %d stories' title_tsv or tsv_lexemes wrong", when, wrong, n)
		}
	}
	pages := func(s *DB) string {
		t.Helper()
		var b strings.Builder
		for _, q := range []string{"hydrogen", "turbine", "talks", "hydrogen turbine"} {
			hits, total, err := s.Search(ctx, q, SearchOptions{Limit: 30})
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, q, total)
			for _, h := range hits {
				fmt.Fprintf(&b, "%d %g %s\n", h.StoryID, h.Score, h.Snippet)
			}
		}
		return b.String()
	}
	var want string
	s := migrateFilledPostgres(t, func(s *DB) {
		boundedStories(t, s, 80)
		want = pages(s)
	}, `ALTER TABLE stories DROP COLUMN title_tsv, DROP COLUMN tsv_lexemes`, `UPDATE annals_schema SET version = 22`)
	check(s, "migrated")
	if got := pages(s); got != want {
		t.Errorf("the searches differ after the migration:\n%.600s\nwant\n%.600s", got, want)
	}
	st := &annals.Story{Path: "new.txt", Format: "text", Title: "Hydrogen turbine plans", Text: longText(400) + " hydrogen.",
		Raw: []byte("new"), Published: "2024-02-01"}
	if _, err := s.PutStory(ctx, st, &annals.Document{}); err != nil {
		t.Fatal(err)
	}
	check(s, "a story after the migration")
}

// pgEveryMatchWindow is a faceted search's window ranking every match of
// its range, as it was before session 37 (args query, lo, hi, limit).
const pgEveryMatchWindow = `SELECT id, ` + pgRank + ` AS rank FROM stories, websearch_to_tsquery('annals', ?) AS q
	WHERE tsv @@ q AND id + 0 BETWEEN ? AND ? ORDER BY rank, id LIMIT ?`

// TestPostgresBoundedWindow: on PostgreSQL a faceted search's window
// ranks a query of one lexeme from the matches its bounds leave
// (pgBoundedWindow), as a search's page does, and holds the stories and
// ranks of ranking every match of its range, in order, ties by id; the
// faceted search over it counts and pages the same; a window of a word
// in a tenth of the titles reads less than half the buffers of ranking
// every match.
func TestPostgresBoundedWindow(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := openTemp(t)
	const n = 240
	boundedStories(t, s, n)
	titledStories(t, s, 60)
	top := int64(math.MaxInt64)
	for _, c := range []struct {
		name, query string
		lo, hi      int64
		lim         int
	}{
		{"a word in some titles", "hydrogen", 1, top, 20},
		{"a word in some titles, a wider window", "hydrogen", 1, top, 100},
		{"a word in some titles, every match", "hydrogen", 1, top, n + 70},
		{"a word in some titles once or more", "hydrogen", 1, top, 5},
		{"a word in some titles once or more, deeper", "hydrogen", 1, top, 40},
		{"a word in some titles, from a floor", "hydrogen", 100, top, 20},
		{"a word in some titles, a range", "hydrogen", 50, 120, 20},
		{"a word in fewer titles", "turbine", 1, top, 20},
		{"a word in no title", "energy", 1, top, 20},
		{"a word in every title, the tied texts", "talks", 1, top, 45},
		{"two words", "hydrogen turbine", 1, top, 20},
		{"either word", "hydrogen or turbine", 1, top, 20},
		{"a phrase", `"hydrogen talks"`, 1, top, 20},
		{"no match", "geothermal", 1, top, 20},
	} {
		args := []any{c.query, c.lo, c.hi, c.lim}
		got, want := rankedPage(t, s, s.d.fts.window, args...), rankedPage(t, s, pgEveryMatchWindow, args...)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: window\n%v\nwant (every match ranked)\n%v", c.name, got, want)
		}
	}
	// The faceted search over it: the window's hits, in order.
	res, err := s.SearchFaceted(context.Background(), "hydrogen", FacetOptions{Window: 30, SearchOptions: SearchOptions{Limit: 30}})
	if err != nil || res.Window != 30 || len(res.Hits) != 30 {
		t.Fatalf("faceted search: %+v %v", res, err)
	}
	want := rankedPage(t, s, pgEveryMatchWindow, "hydrogen", 1, top, 30)
	for i, h := range res.Hits {
		if id := fmt.Sprint(h.StoryID); !strings.HasPrefix(want[i], id+":") {
			t.Errorf("faceted hit %d: story %d, want %s", i, h.StoryID, want[i])
		}
	}
	if _, err := s.w.ExecContext(context.Background(), `VACUUM ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	bounded := pageBuffers(t, s, s.d.fts.window, "hydrogen", 1, top, 20)
	every := pageBuffers(t, s, pgEveryMatchWindow, "hydrogen", 1, top, 20)
	t.Logf("hydrogen, %d matches: %d buffers, %d ranking every match", n+60, bounded, every)
	if 2*bounded > every {
		t.Errorf("the window read %d buffers, more than half of ranking every match (%d)", bounded, every)
	}
}

// titledStories stores n more made-up stories, short and long, whose
// titles hold "hydrogen" one to three times and whose texts hold it none
// to twelve times: the ranks near the bounds of title words
// (pgBoundedPage).
func titledStories(t *testing.T, s *DB, n int) {
	t.Helper()
	var batch []Put
	for i := range n {
		words := make([]string, 5+(i*53)%400)
		for j := range words {
			words[j] = fmt.Sprintf("w%dx%d", i, j%97)
		}
		for k := range i % 13 {
			words[(k*17+i)%len(words)] = "hydrogen"
		}
		title := strings.Repeat("Hydrogen ", 1+i%3) + fmt.Sprintf("plan %d", i)
		text := strings.Join(words, " ") + "."
		st := &annals.Story{Path: fmt.Sprintf("t%03d.txt", i), Format: "text", Title: title, Text: text,
			Raw: []byte(fmt.Sprintf("%s\n\n%s\n%d", title, text, i)), Published: "2024-01-03"}
		batch = append(batch, Put{Story: st, Doc: &annals.Document{}})
	}
	if _, _, err := s.PutStories(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
}

// pgLooseBoundPage is pgBoundedPage as session 36 wrote it: a match
// whose title holds the lexeme bounded by 1.0 / log2(n + 1), however many
// times the title holds it.
const pgLooseBoundPage = `WITH c AS MATERIALIZED (SELECT s.id, s.tsv, b.ub, row_number() OVER (ORDER BY b.ub DESC, s.id) AS n
		FROM stories s, websearch_to_tsquery('annals', ?1) AS q,
			LATERAL (SELECT CASE WHEN numnode(q) <> 1 THEN 'Infinity'::float8 WHEN s.title_tsv @@ q THEN 1.000001 ELSE 0.2000002 END
				/ (ln(greatest(s.tsv_lexemes, 1) + 1.0::float8) / ln(2.0::float8)) AS ub) AS b
		WHERE s.tsv @@ q AND s.id + 0 >= ?2),
	top AS MATERIALIZED (SELECT c.id, ` + pgRank + ` AS rank FROM c, websearch_to_tsquery('annals', ?1) AS q WHERE c.n <= ?3::bigint + ?4::bigint),
	cut AS MATERIALIZED (SELECT CASE WHEN count(*) < ?3::bigint + ?4::bigint THEN NULL ELSE -max(rank) END AS least FROM top)
	SELECT id AS rowid, rank FROM top
	UNION ALL
	SELECT c.id, ` + pgRank + ` FROM c, cut, websearch_to_tsquery('annals', ?1) AS q
	WHERE c.n > ?3::bigint + ?4::bigint AND (cut.least IS NULL OR c.ub >= cut.least)
	ORDER BY rank, rowid LIMIT ?3 OFFSET ?4`

// TestPostgresTitleBound: a word in every title (as "president" is in
// most titles of the White House's stories) is bounded by how many times
// each title holds it: the page ranks fewer matches than with a title's
// bound of 1.0 (pgLooseBoundPage), and gives the same hits in the same
// order as ranking every match.
func TestPostgresTitleBound(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := openTemp(t)
	rng := rand.New(rand.NewPCG(5, 6))
	var batch []Put
	for i := range 300 {
		words := make([]string, 150+rng.IntN(900))
		for j := range words {
			words[j] = fmt.Sprintf("w%d", rng.IntN(5000))
		}
		for range rng.IntN(3) {
			words[rng.IntN(len(words))] = "hydrogen"
		}
		title := fmt.Sprintf("Hydrogen plan %d", i)
		text := strings.Join(words, " ") + "."
		batch = append(batch, Put{Story: &annals.Story{Path: fmt.Sprintf("p%03d.txt", i), Format: "text", Title: title, Text: text,
			Raw: []byte(title + "\n\n" + text), Published: "2024-01-04"}, Doc: &annals.Document{}})
	}
	if _, _, err := s.PutStories(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		lim, off int
	}{{"first page", 20, 0}, {"second page", 20, 20}, {"one hit", 1, 0}, {"past the end", 20, 290}} {
		args := []any{"hydrogen", 1, c.lim, c.off}
		got, want := rankedPage(t, s, s.d.fts.page, args...), rankedPage(t, s, pgEveryMatchRanked, args...)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: page\n%v\nwant (every match ranked)\n%v", c.name, got, want)
		}
	}
	if _, err := s.w.ExecContext(context.Background(), `VACUUM ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	tight := pageBuffers(t, s, s.d.fts.page, "hydrogen", 1, 20, 0)
	loose := pageBuffers(t, s, pgLooseBoundPage, "hydrogen", 1, 20, 0)
	every := pageBuffers(t, s, pgEveryMatchRanked, "hydrogen", 1, 20, 0)
	t.Logf("hydrogen in 300 titles: %d buffers, %d with a title's bound of 1.0, %d ranking every match", tight, loose, every)
	if 3*tight > 2*loose {
		t.Errorf("the page read %d buffers, more than two thirds of %d with a title's bound of 1.0", tight, loose)
	}
}
