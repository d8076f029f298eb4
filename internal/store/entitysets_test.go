package store

import (
	"cmp"
	"context"
	"os"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"annals"
	"annals/internal/chronicle"
)

// pgBeforeV18 takes a PostgreSQL database back to schema v17: no sets of
// the stories' entities.
const pgBeforeV18 = `DROP TABLE story_entity_sets; DROP FUNCTION annals_story_entity_sets() CASCADE`

// beforeV20 takes an SQLite database back to schema v19: no sets of the
// stories' entities.
var beforeV20 = []string{`DROP TRIGGER IF EXISTS story_entities_inserted`, `DROP TRIGGER story_entities_moved`, `DROP TRIGGER story_entities_deleted`,
	`DROP TABLE story_entity_sets`}

// checkEntitySets fails unless story_entity_sets holds, for each story
// with entities, the ids of its entities sorted and each once (an empty
// set for a story whose rows are gone), and no set of a story not
// stored; it returns how many sets it compared.
func checkEntitySets(t *testing.T, s *DB, when string) int {
	t.Helper()
	ctx := context.Background()
	list := "entity_ids"
	if s.d.name == "postgres" {
		list = "array_to_string(entity_ids, ',')"
	}
	sets := map[int64]string{}
	rows, err := s.r.QueryContext(ctx, `SELECT story_id, `+list+` FROM story_entity_sets`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var ids string
		if err := rows.Scan(&id, &ids); err != nil {
			t.Fatal(err)
		}
		sets[id] = ids
	}
	rows.Close()
	want := map[int64]string{}
	rows, err = s.r.QueryContext(ctx, `SELECT s.id, coalesce(se.entity_id, 0) FROM stories s
		LEFT JOIN (SELECT DISTINCT story_id, entity_id FROM story_entities) se ON se.story_id = s.id ORDER BY s.id, se.entity_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, e int64
		if err := rows.Scan(&id, &e); err != nil {
			t.Fatal(err)
		}
		if e == 0 {
			want[id] = ""
		} else if want[id] == "" {
			want[id] = strconv.FormatInt(e, 10)
		} else {
			want[id] += "," + strconv.FormatInt(e, 10)
		}
	}
	rows.Close()
	bad := 0
	for id, ids := range sets {
		if w, ok := want[id]; !ok || w != ids {
			if bad++; bad == 1 {
				t.Errorf("%s: story %d (stored %t): set %q, its rows %q", when, id, ok, ids, w)
			}
		}
	}
	for id, w := range want {
		if _, ok := sets[id]; !ok && w != "" {
			if bad++; bad == 1 {
				t.Errorf("%s: story %d: no set, its rows %q", when, id, w)
			}
		}
	}
	if bad > 1 {
		t.Errorf("%s: %d stories whose set of entities is not their rows'", when, bad)
	}
	return len(sets)
}

// checkSharedEntities fails unless DB.sharedEntities gives, for a few
// stories' entities among every story, the pairs the rows of
// story_entities give.
func checkSharedEntities(t *testing.T, s *DB, when string) {
	t.Helper()
	ctx := context.Background()
	list, err := s.Stories(ctx, 1<<20, 0)
	if err != nil || len(list) < 10 {
		t.Fatalf("%s: stories %d, %v", when, len(list), err)
	}
	all := make([]int64, len(list))
	for i, st := range list {
		all[i] = st.ID
	}
	shared := 0
	for i := 0; i < len(list); i += 7 {
		var mine []int64
		rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT entity_id FROM story_entities WHERE story_id = ? ORDER BY entity_id`, list[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			mine = append(mine, id)
		}
		rows.Close()
		var want []chronicle.StoryPair
		rows, err = s.r.QueryContext(ctx, `SELECT DISTINCT story_id, entity_id FROM story_entities WHERE story_id IN (SELECT value FROM json_each(?))
			AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, entity_id`, jsonIDs(all), jsonIDs(mine))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var p chronicle.StoryPair
			if err := rows.Scan(&p.Story, &p.Entity); err != nil {
				t.Fatal(err)
			}
			want = append(want, p)
		}
		rows.Close()
		got, err := s.sharedEntities(ctx, all, mine)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: story %d's entities among every story: %d pairs, want %d (%v, want %v)", when, list[i].ID, len(got), len(want), got, want)
		}
		shared += len(want)
	}
	if shared == 0 {
		t.Errorf("%s: no entity shared", when)
	}
}

// checkCooccurring fails unless the entities named with each of a few
// entities (cooccurring, read from the sets) are those the rows of
// story_entities give: over the entity's latest entityCoStories stories,
// the 20 named in the most of them, then by prominence and id.
func checkCooccurring(t *testing.T, s *DB, when string) {
	t.Helper()
	ctx := context.Background()
	ents, err := s.Entities(ctx, EntityFilter{Limit: 40})
	if err != nil || len(ents) < 10 {
		t.Fatalf("%s: entities %d, %v", when, len(ents), err)
	}
	for i := 0; i < len(ents); i += 3 {
		id := ents[i].ID
		type count struct{ id, n, stories int64 }
		var want []count
		rows, err := s.r.QueryContext(ctx, `SELECT se.entity_id, count(DISTINCT se.story_id), e.stories FROM story_entities se JOIN entity_counts e ON e.id = se.entity_id
			WHERE se.entity_id <> ?1 AND se.story_id IN (SELECT story_id FROM story_entities WHERE entity_id = ?1
				GROUP BY pub_day, story_id ORDER BY pub_day DESC NULLS LAST, story_id DESC LIMIT `+strconv.Itoa(entityCoStories)+`)
			GROUP BY se.entity_id, e.stories`, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var c count
			if err := rows.Scan(&c.id, &c.n, &c.stories); err != nil {
				t.Fatal(err)
			}
			want = append(want, c)
		}
		rows.Close()
		slices.SortFunc(want, func(a, b count) int {
			return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(b.stories, a.stories), cmp.Compare(a.id, b.id))
		})
		want = want[:min(20, len(want))]
		got, err := s.cooccurring(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		same := len(got) == len(want)
		for k := 0; same && k < len(got); k++ {
			same = got[k].ID == want[k].id && int64(got[k].Stories) == want[k].n
		}
		if !same {
			t.Errorf("%s: entity %d's co-occurring %v, want (id, stories, prominence) %v", when, id, got, want)
		}
	}
}

// TestStoryEntitySets: each story's entities are kept as one sorted list
// (SQLite's schema v20, PostgreSQL's v18), which related stories read for
// each candidate: it is the story's rows' after stories are stored,
// replaced (with other entities), deleted, and entities merged and split,
// and the shared entities read from it are those read from the rows.
func TestStoryEntitySets(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	mixedStories(t, s, newCorpus(21), 0, 200)
	check := func(when string) {
		t.Helper()
		if checkEntitySets(t, s, when) < 150 {
			t.Errorf("%s: fewer sets than stories", when)
		}
		checkSharedEntities(t, s, when)
		checkCooccurring(t, s, when)
	}
	check("stored")

	// Replaced: the same paths, other texts and entities.
	c2 := newCorpus(22)
	for i := 0; i < 200; i += 9 {
		st, doc := c2.story(i)
		republish(st, doc, i+1)
		if i%2 == 0 {
			doc.Entities = doc.Entities[:len(doc.Entities)/2]
		}
		if res, err := s.PutStory(ctx, st, doc); err != nil || !res.Replaced {
			t.Fatalf("story %d: %+v, %v", i, res, err)
		}
	}
	check("replaced")

	// Replaced by a story naming no entity: an empty set.
	st, doc := c2.story(3)
	doc.Entities = nil
	doc.Roles, doc.Events = nil, nil
	if res, err := s.PutStory(ctx, st, doc); err != nil || !res.Replaced {
		t.Fatalf("story 3: %+v, %v", res, err)
	}
	check("replaced by no entity")

	// Deleted.
	list, err := s.Stories(ctx, 1<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(list); i += 17 {
		if err := s.DeleteStory(ctx, list[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	check("deleted")

	// Entities merged and split: the sets of the stories naming them.
	ents, err := s.Entities(ctx, EntityFilter{Type: annals.Org, Limit: 4})
	if err != nil || len(ents) < 4 {
		t.Fatalf("entities %v, %v", ents, err)
	}
	if _, err := s.MergeEntities(ctx, ents[3].ID, ents[2].ID); err != nil {
		t.Fatal(err)
	}
	check("merged")
	splitNewest(t, s, ents[0].ID, 5)
	check("split")
}

// TestMigrateV20: an SQLite database of schema v19 opens as v20 with the
// set of each stored story's entities, kept from then on.
func TestMigrateV20(t *testing.T) {
	sqliteOnly(t)
	fill := func(s *DB) { mixedStories(t, s, newCorpus(5), 0, 60) }
	migratedEntitySets(t, migrateFilledSQLite(t, fill, append(slices.Clone(beforeV20), `PRAGMA user_version = 19`)...))
}

// TestMigrateV21: an SQLite database of schema v20, whose trigger made a
// story's set again after each row of story_entities inserted, opens as
// v21 without that trigger, and the writer keeps the sets from then on
// (sqliteStorySet).
func TestMigrateV21(t *testing.T) {
	sqliteOnly(t)
	fill := func(s *DB) { mixedStories(t, s, newCorpus(5), 0, 60) }
	s := migrateFilledSQLite(t, fill, sqliteSetTrigger("inserted", "INSERT", "new"), `PRAGMA user_version = 20`)
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'story_entities_inserted'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("the trigger of rows inserted: %d, %v; want it dropped", n, err)
	}
	migratedEntitySets(t, s)
}

// TestMigratePostgresV18: a PostgreSQL database of schema v17 opens as
// v18 with the set of each stored story's entities, kept from then on.
func TestMigratePostgresV18(t *testing.T) {
	fill := func(s *DB) { mixedStories(t, s, newCorpus(5), 0, 60) }
	migratedEntitySets(t, migrateFilledPostgres(t, fill, pgBeforeV18, `UPDATE annals_schema SET version = 17`))
}

// migratedEntitySets checks the sets of a store just migrated, and after
// more stories.
func migratedEntitySets(t *testing.T, s *DB) {
	t.Helper()
	if n := checkEntitySets(t, s, "migrated"); n < 50 {
		t.Errorf("migrated: %d sets, want one a story", n)
	}
	checkSharedEntities(t, s, "migrated")
	mixedStories(t, s, newCorpus(6), 60, 20) // another corpus: new texts
	if n := checkEntitySets(t, s, "stories after the migration"); n < 70 {
		t.Errorf("stories after the migration: %d sets, want one a story", n)
	}
}

// TestRelatedEntitySetsOnPerfDB shows the related stories of
// $ANNALS_PERF_RUNS (100) stories spread over the database
// $ANNALS_PERF_DB names with the candidates' entities read from their
// sets (story_entity_sets) and from the rows of story_entities, the two
// ways alternated in one process (A B, B A, ...): it fails unless both
// give the same related stories, and logs each way's p50, p99 and
// minimum (docs/scale.md, session 27).
func TestRelatedEntitySetsOnPerfDB(t *testing.T) {
	if os.Getenv("ANNALS_PERF_DB") == "" {
		t.Skip("$ANNALS_PERF_DB names no database")
	}
	ctx := context.Background()
	s, _, list := perfSample(t, 0)
	runs := 100
	if v, err := strconv.Atoi(os.Getenv("ANNALS_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	sets := s.d.sharedEntities
	rows := func(ids, mine string) (string, []any) {
		return `SELECT DISTINCT story_id || ':' || entity_id FROM story_entities
			WHERE story_id IN (SELECT value FROM json_each(?)) AND +entity_id IN (SELECT value FROM json_each(?))`, []any{ids, mine}
	}
	defer func() { s.d.sharedEntities = sets }()
	var ds [2][]time.Duration
	for n := range runs {
		id := list[n*len(list)/runs].ID
		var got [2][]RelatedStory
		for j := range 2 {
			k := (j + n) % 2 // sets, rows; then rows, sets
			s.d.sharedEntities = []func(string, string) (string, []any){sets, rows}[k]
			start := time.Now()
			rel, err := s.Related(ctx, id, 10)
			if err != nil {
				t.Fatal(err)
			}
			ds[k] = append(ds[k], time.Since(start))
			got[k] = rel
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("story %d: related stories from the sets %v, from the rows %v", id, got[0], got[1])
		}
	}
	for k, way := range []string{"sets", "rows"} {
		d := ds[k]
		slices.Sort(d)
		t.Logf("related stories, entities from the %s: p50 %6.2f ms, p99 %6.2f ms, min %6.2f ms", way, ms(d[len(d)/2]), ms(d[len(d)*99/100]), ms(d[0]))
	}
}

// TestSharedIn checks the walk of a candidate's list beside the story's
// sorted entities against the list parsed whole and looked up in a map
// (the way before session 29): sorted lists, lists in any order or with
// an id twice, empty and trailing items, ids longer than 18 digits, and
// what is no list.
func TestSharedIn(t *testing.T) {
	want := []int64{3, 17, 250, 4096, 1234567890123456789}
	mine := map[int64]bool{}
	for _, e := range want {
		mine[e] = true
	}
	for _, c := range []struct {
		name, list string
		bad        bool
	}{
		{"sorted", "1,3,5,17,18,250,4095,4096,9999", false},
		{"none shared", "1,2,4,5,16,18", false},
		{"all shared", "3,17,250,4096", false},
		{"empty", "", false},
		{"one", "17", false},
		{"past the last", "5000,6000", false},
		{"before the first", "1,2", false},
		{"out of order", "4096,3,250,17,2", false},
		{"twice", "3,3,17,17", false},
		{"descending", "9999,4096,250,17,3,1", false},
		{"trailing comma", "3,17,", false},
		{"leading zeros", "003,0017", false},
		{"19 digits", "3,1234567890123456789", false},
		{"signed", "+17,-3,250", false},
		{"empty item", "3,,17", true},
		{"a letter", "3,1x,17", true},
		{"too large", "3,99999999999999999999", true},
		{"a space", "3, 17", true},
	} {
		got, err := sharedIn(nil, 42, []byte(c.list), want)
		ids, perr := parseIDList([]byte(c.list), nil)
		if (err != nil) != c.bad || (perr != nil) != c.bad {
			t.Errorf("%s: %q: error %v, parsed whole %v, want an error: %v", c.name, c.list, err, perr, c.bad)
			continue
		}
		if c.bad {
			continue
		}
		var exp []chronicle.StoryPair
		for _, e := range ids {
			if mine[e] {
				exp = append(exp, chronicle.StoryPair{Story: 42, Entity: e})
			}
		}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("%s: %q: %v, want %v", c.name, c.list, got, exp)
		}
	}
}
