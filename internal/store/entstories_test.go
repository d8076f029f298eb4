package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"annals"
)

// beforeV18 takes an SQLite database back to schema v17 (no day of
// publication in the story entity rows, the index by entity and story).
var beforeV18 = append(slices.Clone(beforeV23), `DROP TRIGGER stories_published`, `DROP INDEX story_entities_entity`, `ALTER TABLE story_entities DROP COLUMN pub_day`,
	`CREATE INDEX story_entities_entity ON story_entities(entity_id, story_id)`)

// pgBeforeV15 takes a PostgreSQL database back to schema v14.
const pgBeforeV15 = `DROP FUNCTION annals_story_published() CASCADE; DROP INDEX story_entities_entity;
	ALTER TABLE story_entities DROP COLUMN pub_day; CREATE INDEX story_entities_entity ON story_entities(entity_id, story_id)`

// The two ways EntityStories found a page of an entity's stories before
// schema v18: its stories read and sorted, or all stories walked newest
// first until a page of them name it, whichever walkStories said was
// shorter. The first is the reference the walk by day of publication is
// held to; TestLatencies measures both.
const (
	entityStoriesSorted = `SELECT s.id, s.path, s.title, s.published, sum(se.mentions) FROM story_entities se
		JOIN stories s ON s.id = se.story_id WHERE se.entity_id = ?1
		GROUP BY s.id ORDER BY s.pub_lo IS NULL, s.pub_lo DESC, s.id DESC LIMIT ?2 OFFSET ?3`
	entityStoriesWalked = `SELECT s.id, s.path, s.title, s.published,
			(SELECT sum(se.mentions) FROM story_entities se WHERE se.entity_id = ?1 AND se.story_id = s.id) FROM stories s
		WHERE EXISTS (SELECT 1 FROM story_entities se WHERE se.entity_id = ?1 AND se.story_id = s.id)
		ORDER BY s.pub_lo IS NULL, s.pub_lo DESC, s.id DESC LIMIT ?2 OFFSET ?3`
)

// walkStories: the old choice, the walk when 2 × stories² >= the page's
// end × all stories.
func walkStories(stories, upto, total int) bool { return 2*stories*stories >= upto*total }

// oldEntityStories is EntityStories before schema v18.
func oldEntityStories(ctx context.Context, s *DB, id int64, n, from int) ([]StoryRef, error) {
	var stories, total int
	if err := s.r.QueryRowContext(ctx, `SELECT stories, (`+s.d.stories+`) FROM entity_counts WHERE id = ?`, id).Scan(&stories, &total); err != nil {
		return nil, err
	}
	q := entityStoriesSorted
	if walkStories(stories, n+from, total) {
		q = entityStoriesWalked
	}
	refs, _, err := s.storyRefs(ctx, q, id, n, from)
	return refs, err
}

// mixedStories puts synthetic stories from to from+n-1 into s, their
// publication varied by i: unknown, a month, a year, one day shared by
// many (ties ordered by id), else the story's day; every seventh story
// also names its first organization by its acronym as an entity of its
// own, which resolves to the same entity (two rows of one story).
func mixedStories(t *testing.T, s *DB, c *corpus, from, n int) {
	t.Helper()
	for i := from; i < from+n; i++ {
		st, doc := c.story(i)
		republish(st, doc, i)
		if i%7 == 0 {
			org := doc.Entities[0]
			for _, m := range org.Mentions {
				if len(org.Aliases) > 0 && m.Text == org.Aliases[0] {
					doc.Entities = append(doc.Entities, annals.Entity{ID: fmt.Sprintf("e%d", len(doc.Entities)+1), Type: org.Type,
						Name: m.Text, Aliases: []string{}, Mentions: []annals.Span{m}})
					break
				}
			}
		}
		if _, err := s.PutStory(context.Background(), st, doc); err != nil {
			t.Fatal(err)
		}
	}
}

// republish sets the publication of a synthetic story by k (see
// mixedStories).
func republish(st *annals.Story, doc *annals.Document, k int) {
	var d annals.Date
	switch k % 9 {
	case 0:
		d = ""
	case 1:
		d = st.Published[:7]
	case 2:
		d = st.Published[:4]
	case 3, 4:
		d = "2015-06-01"
	default:
		d = st.Published
	}
	st.Published, doc.Published = d, d
}

// checkPubDays fails unless every story entity row carries its story's
// first day of publication as a day number (schema v18, PostgreSQL v15;
// NULL when unknown); it returns how many rows are dated.
func checkPubDays(t *testing.T, s *DB, when string) int {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), `SELECT se.id, se.pub_day, s.pub_lo FROM story_entities se JOIN stories s ON s.id = se.story_id ORDER BY se.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	dated, bad := 0, 0
	for rows.Next() {
		var id int64
		var day sql.NullInt64
		var lo sql.NullString
		if err := rows.Scan(&id, &day, &lo); err != nil {
			t.Fatal(err)
		}
		var got any
		if day.Valid {
			got = day.Int64
			dated++
		}
		if want := pubDay(annals.Date(lo.String)); got != want {
			if bad++; bad == 1 {
				t.Errorf("%s: story entity %d: day %v, its story published %v (day %v)", when, id, got, lo, want)
			}
		}
	}
	if bad > 1 {
		t.Errorf("%s: %d story entities of another day than their story's", when, bad)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return dated
}

// compareEntityStories fails unless EntityStories gives the pages the old
// statement (every story of the entity read and sorted) gives, for the
// entities in the most stories, some in few, and pages at the start, in
// the middle, at the end and past it. It returns how many pages held
// more than one row of a story and an undated story.
func compareEntityStories(t *testing.T, s *DB, when string) (summed, undated int) {
	t.Helper()
	ctx := context.Background()
	ents, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil || len(ents) < 20 {
		t.Fatalf("%s: entities %d, %v", when, len(ents), err)
	}
	for _, e := range append(ents[:12], ents[len(ents)/2], ents[len(ents)-1]) {
		for _, page := range []struct{ n, from int }{{3, 0}, {3, 3}, {10, 5}, {51, 0}, {EntityStories + 1, 0}, {7, e.Stories / 2},
			{5, max(0, e.Stories-2)}, {5, e.Stories + 5}} {
			want, _, err := s.storyRefs(ctx, entityStoriesSorted, e.ID, page.n, page.from)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.EntityStories(ctx, e.ID, page.n, page.from)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %s (%d stories), %d from %d: EntityStories %v, %v; read and sorted %v", when, e.Name, e.Stories, page.n, page.from, got, err, want)
			}
			if page.from < e.Stories && len(want) == 0 {
				t.Errorf("%s: %s (%d stories), %d from %d: no stories", when, e.Name, e.Stories, page.n, page.from)
			}
			var rows int
			for _, r := range want {
				if r.Published == "" {
					undated++
				}
				if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM story_entities WHERE story_id = ? AND entity_id = ?`, r.ID, e.ID).Scan(&rows); err != nil {
					t.Fatal(err)
				}
				if rows > 1 {
					summed++
				}
			}
		}
	}
	if _, err := s.EntityStories(ctx, 1<<40, 10, 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("%s: stories of no entity: %v", when, err)
	}
	return summed, undated
}

// TestEntityStoriesWalk: a page of an entity's stories walked on the
// index by day of publication (schema v18) is the page the old statement
// read and sorted: same stories, same order (unknown publication last,
// ties by id), mentions summed over a story's rows; before and after
// stories are replaced (republished on other days, undated, dated),
// deleted, their publication changed in place, and entities merged and
// split. Every story entity row carries its story's day throughout.
func TestEntityStoriesWalk(t *testing.T) {
	s, _ := filled(t)
	ctx := context.Background()
	c := newCorpus(13)
	mixedStories(t, s, c, 0, 300)
	check := func(when string) {
		t.Helper()
		if checkPubDays(t, s, when) == 0 {
			t.Errorf("%s: no dated story entity", when)
		}
		if summed, undated := compareEntityStories(t, s, when); summed == 0 || undated == 0 {
			t.Errorf("%s: %d stories of several rows, %d undated compared; want some", when, summed, undated)
		}
	}
	check("stored")

	// Replaced: the same paths, other texts published otherwise.
	c2 := newCorpus(14)
	for i := 0; i < 300; i += 11 {
		st, doc := c2.story(i)
		republish(st, doc, i+1+i/11%4) // another kind of date than before
		if res, err := s.PutStory(ctx, st, doc); err != nil || !res.Replaced {
			t.Fatalf("story %d: %+v, %v", i, res, err)
		}
	}
	check("replaced")

	// Deleted.
	list, err := s.Stories(ctx, 1<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(list); i += 23 {
		if err := s.DeleteStory(ctx, list[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	check("deleted")

	// Publication changed in place (the trigger keeps the rows' days).
	for i, day := range []any{"2031-02-03", nil, "1969-12-31", "2015-06-01"} {
		if _, err := s.w.ExecContext(ctx, `UPDATE stories SET pub_lo = ? WHERE id = ?`, day, list[1+i*7].ID); err != nil {
			t.Fatal(err)
		}
	}
	if checkPubDays(t, s, "publication changed in place") == 0 {
		t.Error("no dated story entity")
	}

	// Entities merged and split: their rows move with their days.
	ents, err := s.Entities(ctx, EntityFilter{Type: annals.Org, Limit: 4})
	if err != nil || len(ents) < 4 {
		t.Fatalf("entities %v, %v", ents, err)
	}
	if _, err := s.MergeEntities(ctx, ents[3].ID, ents[2].ID); err != nil {
		t.Fatal(err)
	}
	splitNewest(t, s, ents[0].ID, 5)
	check("merged and split")
}

// TestMigrateV18: a database of schema v17 opens as v18 with the day of
// publication of each story entity row, kept from then on.
func TestMigrateV18(t *testing.T) {
	sqliteOnly(t)
	fill := func(s *DB) { mixedStories(t, s, newCorpus(5), 0, 60) }
	migratedPubDays(t, migrateFilledSQLite(t, fill, append(slices.Clone(beforeV18), `PRAGMA user_version = 17`)...))
}

// TestMigratePostgresV15: a database of schema v14 opens as v15 with the
// day of publication of each story entity row, kept from then on.
func TestMigratePostgresV15(t *testing.T) {
	fill := func(s *DB) { mixedStories(t, s, newCorpus(5), 0, 60) }
	migratedPubDays(t, migrateFilledPostgres(t, fill, pgBeforeV15, `UPDATE annals_schema SET version = 14`))
}

// migratedPubDays checks the story entities' days of a store just
// migrated, its pages of stories, and both after more stories.
func migratedPubDays(t *testing.T, s *DB) {
	t.Helper()
	if checkPubDays(t, s, "migrated") == 0 {
		t.Fatal("no dated story entity")
	}
	if _, undated := compareEntityStories(t, s, "migrated"); undated == 0 {
		t.Error("migrated: no undated story compared")
	}
	mixedStories(t, s, newCorpus(5), 60, 20)
	checkPubDays(t, s, "stories after the migration")
	compareEntityStories(t, s, "stories after the migration")
}
