package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"annals/internal/store/pgtest"
)

// TestPostgresStoryRowOnce: on PostgreSQL a story's row is written once,
// its text-search vector with it (pgDialect.fts.row): a new story is one
// insert and no update of stories, a story replaced one update, whether
// the store is serial or parallel; and the vector written finds the
// story by the words of its title and text, and no longer by the words
// of the text it replaced. (Its vector was written by an UPDATE after the
// INSERT before: a second version of the row and of its index entries.)
func TestPostgresStoryRowOnce(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	reader, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	quokkas := relations
	quokkas.text += " Quokkas."
	for _, c := range []struct {
		name     string
		parallel bool
		st       story
		ins, upd int64 // the rows of stories inserted and updated
		found    []string
		gone     []string
	}{
		{"a new story", false, quokkas, 1, 0, []string{"quokkas", "relations", "Amreyev"}, nil},
		{"a new story, stored in parallel", true, banHails, 1, 0, []string{"hails", "dialogue"}, nil},
		{"a story replaced", false, relations, 0, 1, []string{"relations", "Amreyev"}, []string{"quokkas"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ins0, upd0 := storyWrites(t, reader, 0, 0)
			// a store of its own, closed after the story: its
			// connections report their statistics as they end
			s, err := OpenPostgres(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			if c.parallel {
				s.SetParallel(2)
			}
			st, doc := c.st.build(t)
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
			s.Close()
			ins, upd := storyWrites(t, reader, ins0+c.ins, upd0+c.upd)
			if ins-ins0 != c.ins || upd-upd0 != c.upd {
				t.Errorf("stories: %d inserted and %d updated, want %d and %d", ins-ins0, upd-upd0, c.ins, c.upd)
			}
			for _, words := range []struct {
				list []string
				want bool
			}{{c.found, true}, {c.gone, false}} {
				for _, w := range words.list {
					hits, _, err := reader.Search(ctx, w, SearchOptions{})
					if err != nil {
						t.Fatal(err)
					}
					got := slices.ContainsFunc(hits, func(h SearchHit) bool { return h.Path == c.st.path })
					if got != words.want {
						t.Errorf("search %q: %s found %v, want %v", w, c.st.path, got, words.want)
					}
				}
			}
		})
	}
}

// storyWrites reads the rows of stories inserted and updated so far from
// PostgreSQL's statistics, which each connection reports after its
// transactions, at the latest as it ends: it waits until they reach at
// least ins and upd, for up to 30 s.
func storyWrites(t *testing.T, s *DB, ins, upd int64) (int64, int64) {
	t.Helper()
	var gotIns, gotUpd int64
	for end := time.Now().Add(30 * time.Second); ; {
		if err := s.r.QueryRow(`SELECT n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relname = 'stories' AND schemaname = current_schema()`).
			Scan(&gotIns, &gotUpd); err != nil {
			t.Fatal(err)
		}
		if gotIns >= ins && gotUpd >= upd || time.Now().After(end) {
			return gotIns, gotUpd
		}
		time.Sleep(100 * time.Millisecond)
	}
}
