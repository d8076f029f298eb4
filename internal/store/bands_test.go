package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/store/pgtest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// beforeV11 takes an SQLite database back to schema v10 (one table of
// bands, no counts), for the tests of older migrations.
var beforeV11 = append(slices.Clone(beforeV12), `INSERT INTO story_bands SELECT band, hash, story_id FROM story_bands_new`, `DROP TABLE story_bands_new`)

// band is one row of story_bands.
type band struct{ band, hash, story int64 }

// bandRows reads story_bands.
func bandRows(t *testing.T, s *DB) map[band]bool {
	t.Helper()
	q := `SELECT band, hash, story_id FROM story_bands`
	if s.d.bandRuns {
		q += ` UNION ALL SELECT band, hash, story_id FROM story_bands_new`
	}
	rows, err := s.r.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[band]bool{}
	for rows.Next() {
		var b band
		if err := rows.Scan(&b.band, &b.hash, &b.story); err != nil {
			t.Fatal(err)
		}
		out[b] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkBands fails when a row of story_bands is not a band of the stored
// signature of a stored story (what a story left behind when it was
// replaced or deleted), and returns the copies by story.
func checkBands(t *testing.T, s *DB) map[int64]int64 {
	t.Helper()
	rows, err := s.r.Query(`SELECT story_id, minhash, coalesce(copy_of, 0) FROM story_copies`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[band]bool{}
	copies := map[int64]int64{}
	for rows.Next() {
		var id, copyOf int64
		var blob []byte
		if err := rows.Scan(&id, &blob, &copyOf); err != nil {
			t.Fatal(err)
		}
		copies[id] = copyOf
		if sig := chronicle.DecodeSig(blob); sig != nil {
			for b, h := range chronicle.BandHashes(sig) {
				want[band{int64(b), h, id}] = true
			}
		}
	}
	rows.Close()
	got := bandRows(t, s)
	if len(got) == 0 {
		t.Fatal("no bands: the test tests nothing")
	}
	for b := range got {
		if !want[b] {
			t.Errorf("band row %+v is not a band of a stored story's signature", b)
		}
	}
	return copies
}

// TestBandsFollowStories: with no index by story, the bands of a story
// replaced or deleted still go (dropBands), and copies are still found.
func TestBandsFollowStories(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	c := newCorpus(7)
	var ids []int64
	var sts []*annals.Story
	var docs []*annals.Document
	for i := range 40 {
		st, doc := c.story(i)
		res, err := s.PutStory(ctx, st, doc)
		if err != nil {
			t.Fatal(err)
		}
		ids, sts, docs = append(ids, res.StoryID), append(sts, st), append(docs, doc)
	}
	// A copy of story 3 under another path, published later.
	st, doc := republished(sts[3], docs[3])
	res, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	if copies := checkBands(t, s); copies[res.StoryID] != ids[3] {
		t.Fatalf("the copy of story %d is a copy of %d", ids[3], copies[res.StoryID])
	}
	// Story 5 replaced by other content, stories 10 to 19 and the
	// original of the copy deleted.
	st, doc = c.story(100)
	st.Path, st.Hash = sts[5].Path, ""
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	for _, id := range append(ids[10:20:20], ids[3]) {
		if err := s.DeleteStory(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	copies := checkBands(t, s)
	if _, ok := copies[ids[3]]; ok || copies[res.StoryID] != 0 {
		t.Errorf("after deleting the original: %v", copies)
	}
	for b := range bandRows(t, s) {
		if b.story == ids[3] || b.story == ids[12] {
			t.Errorf("band %+v of a deleted story", b)
		}
	}
}

// republished is st under another path and published later, with a line
// more after its text: a copy.
func republished(st *annals.Story, doc *annals.Document) (*annals.Story, *annals.Document) {
	c, d := *st, *doc
	c.Path, c.Hash, c.Raw = "copy-"+st.Path, "", append(slices.Clip(st.Raw), "\nRepublished."...)
	c.Published, d.Published = "2030-01-01", "2030-01-01"
	return &c, &d
}

// bandsStories stores stories and a copy for the migration tests and
// returns what must survive the migration.
func bandsStories(t *testing.T, s *DB) (map[band]bool, map[int64]int64, map[string]string) {
	t.Helper()
	ctx := context.Background()
	c := newCorpus(9)
	for i := range 12 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			c, d := republished(st, doc)
			if _, err := s.PutStory(ctx, c, d); err != nil {
				t.Fatal(err)
			}
		}
	}
	return bandRows(t, s), checkBands(t, s), citations(t, s)
}

// checkBandsMigrated compares a migrated database with what bandsStories
// stored, then deletes every story and expects no band left.
func checkBandsMigrated(t *testing.T, s *DB, bands map[band]bool, copies map[int64]int64, cites map[string]string) {
	t.Helper()
	if got := bandRows(t, s); !maps.Equal(got, bands) {
		t.Errorf("bands: %d rows after, %d before", len(got), len(bands))
	}
	if got := checkBands(t, s); !maps.Equal(got, copies) {
		t.Errorf("copies: %v after, %v before", got, copies)
	}
	compareCitations(t, cites, citations(t, s))
	for id := range copies {
		if err := s.DeleteStory(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	if got := bandRows(t, s); len(got) != 0 {
		t.Errorf("%d bands left after deleting every story", len(got))
	}
}

// TestMigrateV7: a database of schema v6 (bands with an index by story
// and a foreign key) opens as v7 with its bands, copies, stories and
// citations, and deleting its stories deletes their bands.
func TestMigrateV7(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	bands, copies, cites := bandsStories(t, s)
	writeSentences(t, s) // as schema v6 kept them
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	// The bands table as schema v2 made it.
	for _, q := range append(slices.Clone(beforeV11), `ALTER TABLE story_bands RENAME TO story_bands_v7`,
		`CREATE TABLE story_bands (
			band     INTEGER NOT NULL,
			hash     INTEGER NOT NULL,
			story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
			PRIMARY KEY (band, hash, story_id)
		) WITHOUT ROWID`,
		`CREATE INDEX story_bands_story ON story_bands(story_id)`,
		`INSERT INTO story_bands SELECT * FROM story_bands_v7`,
		`DROP TABLE story_bands_v7`,
		`ALTER TABLE report_keys DROP COLUMN story_id`, `ALTER TABLE report_keys DROP COLUMN tbits`, `ALTER TABLE report_keys DROP COLUMN sday`, // schema v9
		`ALTER TABLE report_keys DROP COLUMN role`, // schema v10
		`PRAGMA user_version = 6`) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var index, fks int
	if err := s.r.QueryRow(`SELECT (SELECT count(*) FROM sqlite_schema WHERE name = 'story_bands_story'),
		(SELECT count(*) FROM pragma_foreign_key_list('story_bands'))`).Scan(&index, &fks); err != nil {
		t.Fatal(err)
	}
	if index != 0 || fks != 0 {
		t.Errorf("after the migration: %d index by story, %d foreign keys", index, fks)
	}
	checkBandsMigrated(t, s, bands, copies, cites)
}

// TestMigratePostgresV4: the same on PostgreSQL, from schema v3.
func TestMigratePostgresV4(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	bands, copies, cites := bandsStories(t, s)
	writeSentences(t, s) // as schema v3 kept them
	s.Close()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	for _, q := range []string{pgBeforeV21, pgBeforeV9, `ALTER TABLE story_bands ADD FOREIGN KEY (story_id) REFERENCES stories(id) ON DELETE CASCADE`,
		`CREATE INDEX story_bands_story ON story_bands(story_id)`,
		`UPDATE annals_schema SET version = 3`} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err = OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var index, fks int
	if err := s.r.QueryRow(`SELECT (SELECT count(*) FROM pg_indexes WHERE indexname = 'story_bands_story'),
		(SELECT count(*) FROM pg_constraint WHERE conrelid = 'story_bands'::regclass AND contype = 'f')`).Scan(&index, &fks); err != nil {
		t.Fatal(err)
	}
	if index != 0 || fks != 0 {
		t.Errorf("after the migration: %d index by story, %d foreign keys", index, fks)
	}
	checkBandsMigrated(t, s, bands, copies, cites)
}

// citations reads every citation a user sees, keyed by where it is shown:
// each story's roles and events, each event's citation, its reports and
// its disagreements, each entity's offices.
func citations(t *testing.T, s *DB) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	add := func(key string, c annals.Span) {
		for k := 0; ; k++ {
			at := fmt.Sprintf("%s #%d", key, k)
			if _, dup := out[at]; !dup {
				out[at] = fmt.Sprintf("%d-%d %q", c.Start, c.End, c.Text)
				return
			}
		}
	}
	for l, doc := range storedDocs(t, s) {
		for _, r := range doc.Roles {
			add("story "+l.Path+" role "+r.Role, r.Evidence)
		}
		for _, e := range doc.Events {
			add("story "+l.Path+" event "+string(e.Type), e.Evidence)
		}
	}
	var evs []int64
	if err := s.EachEvent(ctx, EventFilter{}, func(e EventRow) error {
		add(fmt.Sprintf("event %d citation %s", e.ID, e.Citation.Path), e.Citation.Evidence)
		for _, d := range e.Disagreements {
			for _, v := range d.Values {
				for _, c := range v.Citations {
					add(fmt.Sprintf("event %d %s %s %s", e.ID, d.Field, v.Value, c.Path), c.Evidence)
				}
			}
		}
		evs = append(evs, e.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, id := range evs {
		d, err := s.Event(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range d.AllReports {
			add(fmt.Sprintf("event %d report %s", id, r.Citation.Path), r.Citation.Evidence)
		}
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		p, err := s.EntityPage(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, rs := range [][]RoleRow{p.Roles, p.Officers} {
			for _, r := range rs {
				for _, c := range r.Citations {
					add(fmt.Sprintf("entity %d %s %s %s", e.ID, r.Person.Name, r.Role, c.Path), c.Evidence)
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no citations")
	}
	return out
}

// compareCitations fails on a citation that differs from before.
func compareCitations(t *testing.T, before, after map[string]string) {
	t.Helper()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s: %s, was %s", k, after[k], v)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d citations, were %d", len(after), len(before))
	}
}

// TestBandRuns: bands gathered in story_bands_new and merged into
// story_bands in runs (mergeBands) find the same copies, and leave the
// same rows in the two tables together, as bands kept in one table; a
// story replaced or deleted after its bands were merged loses them.
func TestBandRuns(t *testing.T) {
	sqliteOnly(t)
	run := func(every int) (map[int64]int64, map[band]bool, int) {
		old, oldGrowth := bandRun, bandGrowth
		bandRun, bandGrowth = every, 0
		defer func() { bandRun, bandGrowth = old, oldGrowth }()
		s, _ := openTemp(t)
		ctx := context.Background()
		c := newCorpus(7)
		var sts []*annals.Story
		var docs []*annals.Document
		var ids []int64
		for i := range 60 {
			st, doc := c.story(i)
			if i%7 == 6 {
				st, doc = republished(sts[i-5], docs[i-5]) // a copy of an earlier story
			}
			res, err := s.PutStory(ctx, st, doc)
			if err != nil {
				t.Fatal(err)
			}
			ids, sts, docs = append(ids, res.StoryID), append(sts, st), append(docs, doc)
		}
		st, doc := c.story(100)
		st.Path, st.Hash = sts[2].Path, ""
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteStory(ctx, ids[8]); err != nil {
			t.Fatal(err)
		}
		var recent int
		if err := s.r.QueryRow(`SELECT count(*) FROM story_bands_new`).Scan(&recent); err != nil {
			t.Fatal(err)
		}
		return checkBands(t, s), bandRows(t, s), recent
	}
	oneCopies, oneRows, _ := run(1 << 30)
	runCopies, runRows, recent := run(100)
	if recent >= len(runRows)/4 {
		t.Fatalf("%d of %d band rows not merged: the test tests nothing", recent, len(runRows))
	}
	copied := 0
	for id, of := range oneCopies {
		if of != 0 {
			copied++
		}
		if runCopies[id] != of {
			t.Errorf("story %d: a copy of %d, %d with runs", id, of, runCopies[id])
		}
	}
	if copied == 0 || len(runCopies) != len(oneCopies) {
		t.Errorf("%d copies; %d and %d stories", copied, len(oneCopies), len(runCopies))
	}
	if len(runRows) != len(oneRows) {
		t.Errorf("%d band rows, %d with runs", len(oneRows), len(runRows))
	}
	for b := range oneRows {
		if !runRows[b] {
			t.Errorf("band %+v missing with runs", b)
		}
	}
}

// TestBandRunAt: the rows story_bands_new gathers before a run grow with
// the square root of the stories stored, never below bandRun; a store
// under that many keeps its new bands in the small table.
func TestBandRunAt(t *testing.T) {
	for _, c := range []struct {
		stories int64
		want    int
	}{
		{0, 64_000},
		{-1, 64_000},
		{10_000, 64_000},
		{20_480, 64_000},
		{20_481, 64_001},
		{100_000, 141_421},
		{296_083, 243_344},
		{1_000_000, 447_213},
	} {
		if got := bandRunAt(c.stories); got != c.want {
			t.Errorf("bandRunAt(%d) = %d, want %d", c.stories, got, c.want)
		}
	}
	sqliteOnly(t)
	for _, c := range []struct {
		name   string
		growth int
		merged bool
	}{
		{"runs of 100 rows", 0, true},
		{"runs growing past the rows written", 1 << 20, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			old, oldGrowth := bandRun, bandGrowth
			bandRun, bandGrowth = 100, c.growth
			defer func() { bandRun, bandGrowth = old, oldGrowth }()
			s, _ := openTemp(t)
			ctx := context.Background()
			corpus := newCorpus(7)
			for i := range 30 {
				st, doc := corpus.story(i)
				if _, err := s.PutStory(ctx, st, doc); err != nil {
					t.Fatal(err)
				}
			}
			var recent, merged int
			if err := s.r.QueryRow(`SELECT (SELECT count(*) FROM story_bands_new), (SELECT count(*) FROM story_bands)`).Scan(&recent, &merged); err != nil {
				t.Fatal(err)
			}
			if recent+merged < 200 {
				t.Fatalf("%d band rows: the test tests nothing", recent+merged)
			}
			if (merged > 0) != c.merged {
				t.Errorf("%d rows merged, %d gathered; want merged %v", merged, recent, c.merged)
			}
		})
	}
}
