package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"annals"
	"annals/internal/store/pgtest"
)

// TestPGRewriteBodySum: on PostgreSQL the statements that tell a story's
// stored version (storyVersionSQL) read its body's last bytes from the
// row (stories.body_sum, schema v19), not from the body out of line.
func TestPGRewriteBodySum(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"a citation's version", `SELECT s.id, ` + storyVersionSQL + ` FROM stories s WHERE s.id = ?`,
			`SELECT s.id, s.hash, s.ingested, s.body_sum FROM stories s WHERE s.id = $1`},
		{"the body and its version", `SELECT s.id, s.body, ` + storyVersionSQL + ` FROM stories s`,
			`SELECT s.id, s.body, s.hash, s.ingested, s.body_sum FROM stories s`},
		// the body itself is read as written
		{"the body alone", `SELECT title, body FROM stories WHERE id = ?`, `SELECT title, body FROM stories WHERE id = $1`},
		{"another part of the body", `SELECT substr(s.body, 1, 4) FROM stories s`, `SELECT substr(s.body, 1, 4) FROM stories s`},
	} {
		if got := pgRewrite(c.in); got != c.want {
			t.Errorf("%s: pgRewrite(%q)\n= %q\nwant %q", c.name, c.in, got, c.want)
		}
	}
}

// longText is a made-up text of n words of six letters drawn at random
// (a fixed seed): its zstd frame some kilobytes, a body PostgreSQL keeps
// out of line.
func longText(n int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := range n {
		for range 6 {
			b.WriteByte(byte('a' + rng.IntN(26)))
		}
		if i%10 == 9 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// checkBodySums checks that each story's row keeps its body's last four
// bytes (stories.body_sum) and returns how many stories it read.
func checkBodySums(t *testing.T, s *DB, when string) int {
	t.Helper()
	var n, wrong int
	if err := s.r.QueryRow(`SELECT count(*), count(*) FILTER (WHERE body_sum IS DISTINCT FROM substr(body, length(body) - 3) OR length(body_sum) <> 4)
		FROM stories`).Scan(&n, &wrong); err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	if wrong > 0 {
		t.Errorf("%s: %d of %d stories' body_sum not their body's last four bytes", when, wrong, n)
	}
	return n
}

// TestBodySumKept: on PostgreSQL a story's row keeps its body's last
// bytes however the body is written: stored, long (its body out of line),
// replaced by a new version, deleted and stored again with another text.
func TestBodySumKept(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put := func(path, title, text string) {
		t.Helper()
		st := &annals.Story{Path: path, Format: "text", Title: title, Text: text, Raw: []byte(title + "\n\n" + text), Published: "2024-01-02"}
		if _, err := s.PutStory(ctx, st, &annals.Document{}); err != nil {
			t.Fatal(err)
		}
	}
	sum := func(path string) string {
		t.Helper()
		var b []byte
		if err := s.r.QueryRow(`SELECT body_sum FROM stories WHERE path = $1`, path).Scan(&b); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", b)
	}
	for _, c := range []struct {
		name   string
		change func()
		path   string
		moved  bool // the story's body_sum changes
	}{
		{"stored", func() { put("a.txt", "Talks", "The ministers met in Geneva.") }, "a.txt", true},
		{"long, its body out of line", func() { put("b.txt", "Survey", longText(900)) }, "b.txt", true},
		{"replaced", func() { put("a.txt", "Talks", "The ministers met in Geneva on Monday.") }, "a.txt", true},
		{"stored again unchanged", func() { put("b.txt", "Survey", longText(900)) }, "b.txt", false},
		{"deleted and stored again", func() {
			var id int64
			if err := s.r.QueryRow(`SELECT id FROM stories WHERE path = 'a.txt'`).Scan(&id); err != nil {
				t.Fatal(err)
			}
			if err := s.DeleteStory(ctx, id); err != nil {
				t.Fatal(err)
			}
			put("a.txt", "Talks", "The ministers met in Nairobi.")
		}, "a.txt", true},
	} {
		before := ""
		if c.name != "stored" && c.name != "long, its body out of line" {
			before = sum(c.path)
		}
		c.change()
		if after := sum(c.path); (after != before) != c.moved {
			t.Errorf("%s: body_sum %s -> %s, changed %v, want %v", c.name, before, after, after != before, c.moved)
		}
		checkBodySums(t, s, c.name)
	}
}

// TestMigratePostgresV19: a PostgreSQL database of schema v18 opens as
// v19 with each story's body_sum, and its pages citing stories (offices,
// events with their citations) are the same as before.
func TestMigratePostgresV19(t *testing.T) {
	ctx := context.Background()
	pages := func(s *DB) string {
		return entityPages(t, s, 8, func(id int64, p *EntityPage) (any, error) {
			evs, err := s.Timeline(ctx, EventFilter{Org: id, Limit: 50})
			return []any{p, evs}, err
		})
	}
	var want string
	fill := func(s *DB) {
		mixedStories(t, s, newCorpus(7), 0, 60)
		want = pages(s)
	}
	s := migrateFilledPostgres(t, fill, `ALTER TABLE stories DROP COLUMN body_sum`, `UPDATE annals_schema SET version = 18`)
	if n := checkBodySums(t, s, "migrated"); n < 50 {
		t.Errorf("migrated: %d stories", n)
	}
	if got := pages(s); got != want {
		t.Errorf("the pages differ after the migration:\n%.600s\nwant\n%.600s", got, want)
	}
	mixedStories(t, s, newCorpus(7), 60, 10)
	checkBodySums(t, s, "stories after the migration")
}

// entityPages is what the pages of s's n most prominent entities show
// (all of them when n is 0), one JSON line each of what part gives of an
// entity's page: what a migration test compares before and after the
// migration (TestMigratePostgresV19, TestMigratePostgresV24).
func entityPages(t *testing.T, s *DB, n int, part func(id int64, p *EntityPage) (any, error)) string {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	top := st.TopEntities
	if n > 0 {
		top = top[:min(n, len(top))]
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, e := range top {
		p, err := s.EntityPage(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		v, err := part(e.ID, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}
