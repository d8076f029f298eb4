package store

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"annals"
	"annals/internal/store/pgtest"
)

// TestPostgresTextPlans: on PostgreSQL, the full-text statements that
// select by the index (a search's count and candidate floor, a title
// word's document frequency, Related's ranking of similar text) find their matches on the GIN index, never by a walk of the table or of
// an index in id order, which reads every story's tsvector (docs/scale.md:
// a df took 250 ms so at 10,616 stories, 7 ms on the index). The planner
// alone walks the table here (few stories, a LIMIT): ftsRead's settings
// are what keep it on the index.
func TestPostgresTextPlans(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s := analyzedStories(t)
	ctx := context.Background()
	plans := map[string][]any{
		"count":   {s.d.fts.count, `"cooperation"`},
		"floor":   {s.d.fts.floor, `"cooperation"`, 9},
		"df":      {s.d.fts.df, `"cooperation"`, 13},
		"similar": {s.d.fts.similar, `"cooperation" OR "memorandum"`, 5},
	}
	for name, p := range plans {
		var plan []string
		err := s.ftsRead(ctx, func(r dbReader) (err error) {
			plan, err = explainLines(ctx, r, false, p[0].(string), p[1:]...)
			return err
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		text := strings.Join(plan, "\n")
		if !strings.Contains(text, "Bitmap Index Scan on stories_tsv") {
			t.Errorf("%s does not use the text index:\n%s", name, text)
		}
		for _, line := range plan {
			if strings.Contains(line, "Seq Scan on stories") ||
				strings.Contains(line, "Index Scan") && !strings.Contains(line, "Bitmap Index Scan") {
				t.Errorf("%s reads stories in a walk:\n%s", name, text)
			}
		}
	}
}

// TestPostgresRankedPlans: on PostgreSQL, the statements that rank (a
// search's page and a faceted search's window) find their matches on the
// text index, also in a prepared statement's generic plan, which guesses
// a range of ids at 0.5% of the stories: it walked the primary key from
// the floor instead, ranking every story's vector (a faceted search for
// "hydrogen" read 41,685 buffers in 186 ms so at 9,856 stories, 1,190 in
// 16 ms on the index; docs/scale.md, session 24).
func TestPostgresRankedPlans(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s := analyzedStories(t)
	ctx := context.Background()
	plans := map[string][]any{
		"page":   {s.d.fts.page, `"cooperation"`, 1, 20, 0},
		"window": {s.d.fts.window, `"cooperation"`, 1, 1 << 40, 100},
	}
	for name, p := range plans {
		for _, generic := range []bool{false, true} {
			var plan []string
			err := s.planRead(ctx, `SELECT set_config('enable_seqscan', 'off', true)`, func(r dbReader) (err error) {
				plan, err = explainLines(ctx, r, generic, p[0].(string), p[1:]...)
				return err
			})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			text := strings.Join(plan, "\n")
			if !strings.Contains(text, "Bitmap Index Scan on stories_tsv") || strings.Contains(text, "Index Scan using stories_pkey") {
				t.Errorf("%s, generic %v: the matches are not found on the text index:\n%s", name, generic, text)
			}
		}
	}
}

// TestPostgresNewestPlan: a query listed newest first (DB.newestFirst)
// walks the primary key from the newest story under newestPlan, also in
// a prepared statement's generic plan, which guesses a query's matches at
// 0.5% and alone would take every match from the text index and sort
// them.
func TestPostgresNewestPlan(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s := analyzedStories(t)
	ctx := context.Background()
	for _, generic := range []bool{false, true} {
		var plan []string
		err := s.planRead(ctx, s.d.newestPlan, func(r dbReader) (err error) {
			plan, err = explainLines(ctx, r, generic, s.d.fts.newest, `cooperation`, 20, 0)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(plan, "\n")
		if !strings.Contains(text, "Index Scan Backward") || strings.Contains(text, "Bitmap") || strings.Contains(text, "Sort") {
			t.Errorf("generic %v: the newest matches are not read by a walk from the newest story:\n%s", generic, text)
		}
	}
}

// analyzedStories opens a test store holding 120 generated stories, its
// stories table analyzed.
func analyzedStories(t *testing.T) *DB {
	t.Helper()
	s, _ := openTemp(t)
	c := newCorpus(5)
	var batch []Put
	for i := range 120 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `ANALYZE stories`); err != nil {
		t.Fatal(err)
	}
	return s
}

// explainLines returns the lines of the plan of statement q with args,
// read through r, the generic plan of a prepared statement when generic
// is set.
func explainLines(ctx context.Context, r dbReader, generic bool, q string, args ...any) ([]string, error) {
	if generic {
		if _, err := r.QueryContext(ctx, `SET LOCAL plan_cache_mode = force_generic_plan`); err != nil {
			return nil, err
		}
	}
	rows, err := r.QueryContext(ctx, `EXPLAIN `+q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		plan = append(plan, line)
	}
	return plan, rows.Err()
}

// plansWithoutScans returns the plans of the statements read runs through
// its reader, with the table's walks, bitmaps and sorts turned off (the
// test database is small: the planner would read it whole), as generic
// plans when generic is set.
func plansWithoutScans(ctx context.Context, s *DB, generic bool, read func(r dbReader) error) ([]string, error) {
	var plans []string
	err := s.planRead(ctx, `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
		set_config('enable_sort', 'off', true)`, func(r dbReader) error {
		if generic {
			if _, err := r.QueryContext(ctx, `SET LOCAL plan_cache_mode = force_generic_plan`); err != nil {
				return err
			}
		}
		return read(explainReader{r, &plans})
	})
	return plans, err
}

// explainReader runs EXPLAIN of each statement before the statement
// itself, and keeps the plans.
type explainReader struct {
	dbReader
	plans *[]string
}

func (r explainReader) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	plan, err := explainLines(ctx, r.dbReader, false, q, args...)
	if err != nil {
		return nil, err
	}
	*r.plans = append(*r.plans, q+"\n"+strings.Join(plan, "\n"))
	return r.dbReader.QueryContext(ctx, q, args...)
}

// TestPostgresWalkPlans: on PostgreSQL, every statement of an entity's
// walk by date (entityEventPage: relations, an entity's page with a year,
// its timeline) reads the first entity's participant rows in timeline
// order on the index by date (or by last day, the events spanning years),
// from the range's first day, with no sort, and checks the other
// entities, the type and the place row by row, with no join: at 20,000
// stories the planner took "(date_lo IS NULL) = FALSE" for "date_lo IS
// NOT NULL", no condition on the index's second column, and sorted all
// the entity's rows of the range; and it hashed every row of the other
// entity of relations (the most prominent, in most events) and sorted the
// matches. Also in a prepared statement's generic plan. The planner alone
// reads so few rows here with a bitmap scan and a sort: with those and
// the table's walk off, what is left shows whether the index can give
// the page in order.
func TestPostgresWalkPlans(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := filled(t)
	ctx := context.Background()
	spanningStories(t, s, newCorpus(17), 0, 120)
	if _, err := s.w.ExecContext(ctx, `ANALYZE event_participants; ANALYZE events`); err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 2})
	if err != nil || len(ents) < 2 {
		t.Fatalf("entities: %v, %v", ents, err)
	}
	a, b := ents[0].ID, ents[1].ID
	filters := []EventFilter{
		{Org: a, Limit: 100},
		{Org: a, Limit: 20, Offset: 40},
		{Org: a, From: "2012", To: "2012", Limit: EntityEvents},
		{Org: a, From: "2012-06", To: "2012-09", Limit: 10},
		{Org: a, To: "2011", Limit: 10},
		{Org: a, From: "2013-07-15", Limit: 10},
		{Org: a, With: b, Limit: 100},
		{Org: a, With: b, From: "2012", To: "2012", Limit: 100},
		{Org: a, Type: annals.Meeting, Place: cities[0], Limit: 100},
	}
	// and the pages before a key (the previous pages), walked backwards
	for _, f := range []EventFilter{{Org: a}, {Org: a, From: "2012"}, {Org: a, To: "2013"}, {Org: a, With: b}} {
		g := f
		g.Limit = 1 << 20
		_, keys, err := s.TimelinePage(ctx, g)
		if err != nil || len(keys) < 2 {
			t.Fatalf("%+v: %d events (%v)", f, len(keys), err)
		}
		f.Limit, f.Before = 5, &keys[len(keys)-1]
		filters = append(filters, f)
	}
	for _, generic := range []bool{false, true} {
		for _, f := range filters {
			plans, err := plansWithoutScans(ctx, s, generic, func(r dbReader) error {
				ord, err := s.rarestFirst(ctx, f)
				if err != nil {
					return err
				}
				_, err = s.walkEventPage(ctx, r, f, ord)
				return err
			})
			if err != nil {
				t.Fatalf("%+v: %v", f, err)
			}
			if len(plans) == 0 {
				t.Fatalf("%+v: no statement", f)
			}
			for _, plan := range plans {
				_, text, _ := strings.Cut(plan, "\n")
				if !strings.Contains(text, "using event_participants_date on event_participants p0") &&
					!strings.Contains(text, "using event_participants_long on event_participants p0") {
					t.Errorf("generic %v, %+v: the entity's rows are not read on their index by date:\n%s", generic, f, plan)
				}
				for _, bad := range []string{"Sort", "Join", "Nested Loop", "Seq Scan", "Bitmap"} {
					if strings.Contains(text, bad) {
						t.Errorf("generic %v, %+v: %s in the plan:\n%s", generic, f, bad, plan)
					}
				}
				if (f.With != 0 || f.Type != "") && !strings.Contains(text, "SubPlan") {
					t.Errorf("generic %v, %+v: the other entity or the type not checked row by row:\n%s", generic, f, plan)
				}
			}
		}
	}
}

// TestPostgresReadPageCost: the reading connections plan with
// random_page_cost pgReadPageCost (the writing connection with the
// server's), and an address that sets one keeps its own.
func TestPostgresReadPageCost(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	ctx := context.Background()
	s, dsn := openTemp(t)
	var server string
	if err := s.w.QueryRowContext(ctx, `SELECT boot_val FROM pg_settings WHERE name = 'random_page_cost'`).Scan(&server); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		db   *sql.DB
		want string
	}{{"reading", s.r, pgReadPageCost}, {"writing", s.w, server}} {
		var got string
		if err := c.db.QueryRowContext(ctx, `SHOW random_page_cost`).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s connections: random_page_cost %s, want %s", c.name, got, c.want)
		}
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	own, err := OpenPostgres(ctx, dsn+sep+"random_page_cost=2.5")
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	var got string
	if err := own.r.QueryRowContext(ctx, `SHOW random_page_cost`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != "2.5" {
		t.Errorf("the address's random_page_cost=2.5: reading connections have %s", got)
	}
}

// TestPostgresEntityListPlans: on PostgreSQL, the pages of the list of
// entities after and before a key, of a type or not, read ranges of the
// index by type and prominence, in its order (no sort; of every type, the
// three types' ranges merged, pgSchemaV17),
// with the table's walk and sorts off (the test database is small: the
// planner would read it whole), in generic plans too.
func TestPostgresEntityListPlans(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := filled(t)
	ctx := context.Background()
	if _, err := s.w.ExecContext(ctx, `ANALYZE entities`); err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 3})
	if err != nil || len(ents) < 3 {
		t.Fatalf("entities: %v, %v", ents, err)
	}
	k := &EntityKey{Stories: ents[2].Stories, Mentions: ents[2].Mentions, ID: ents[2].ID}
	for _, generic := range []bool{false, true} {
		for _, f := range []EntityFilter{{After: k}, {Before: k}, {Type: annals.Person, After: k}, {Type: annals.Org, Before: k}, {Type: annals.Place}} {
			f.Limit = 1 << 20 // every range read
			plans, err := plansWithoutScans(ctx, s, generic, func(r dbReader) error {
				_, _, err := s.entityPageKeys(ctx, r, f)
				return err
			})
			if err != nil {
				t.Fatalf("%+v: %v", f, err)
			}
			if len(plans) == 0 {
				t.Fatalf("%+v: no statement", f)
			}
			const index = "using entity_counts_type_prominence on entity_counts"
			merged := 0
			for _, plan := range plans {
				q, text, _ := strings.Cut(plan, "\n")
				if !strings.Contains(text, index) {
					t.Errorf("generic %v, %+v: not read %s:\n%s", generic, f, index, plan)
				}
				if strings.Contains(q, "UNION ALL") {
					merged++
					if strings.Count(text, index) != 3 || !strings.Contains(text, "Merge Append") {
						t.Errorf("generic %v, %+v: not the three types' ranges merged:\n%s", generic, f, plan)
					}
				}
				for _, bad := range []string{"Sort  (", "Seq Scan", "Bitmap"} { // a sort node ("Sort Key" is a merge's)
					if strings.Contains(text, bad) {
						t.Errorf("generic %v, %+v: %s in the plan:\n%s", generic, f, bad, plan)
					}
				}
			}
			if f.Type == "" && merged == 0 {
				t.Errorf("generic %v, %+v: no merge of the types' ranges", generic, f)
			}
		}
	}
}

// TestPostgresGuessSkipsTrigrams: the guess of the keys a batch only
// reads (lockStories) looks the names up without the names' trigram
// index on a new database (a thousand names never analyzed, as 50
// stories make), past the five calls after which a prepared statement
// may keep a generic plan: pg_trgm answers "=" too, and before the
// tables had statistics the prepared guess read the trigram index
// (every trigram of every name asked, and the index's pending list
// whole), 1,000 to 3,000 buffers and 10 to 290 ms a call in the first
// minutes of a load, until autovacuum first analyzed the names
// (docs/scale.md, session 20). A parallel store analyzes them after its
// first fold; the guess is planned with its lists at each call.
func TestPostgresGuessSkipsTrigrams(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetParallel(1)
	for _, q := range []string{
		`INSERT INTO entities (id, type, name) SELECT g, 'ORG', 'Body ' || g FROM generate_series(1000001, 1001000) AS g`,
		`INSERT INTO entity_names (entity_id, norm, name, kind, strong) SELECT g, 'body ' || g, 'Body ' || g, 'name', 1 FROM generate_series(1000001, 1001000) AS g`,
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	st, doc := fixtures[0].build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil { // the store's first batch and fold
		t.Fatal(err)
	}
	for _, f := range fixtures[1:] {
		t.Run(f.path, func(t *testing.T) {
			st, doc := f.build(t)
			tx, err := s.beginMode(ctx, true)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.end()
			for range 8 {
				if err := tx.lockStories([]Put{{Story: st, Doc: doc}}); err != nil {
					t.Fatal(err)
				}
			}
			var trigrams, names int64
			var bitmaps string
			if err := tx.sqltx().QueryRowContext(ctx, `SELECT pg_stat_get_xact_numscans('entity_names_trigrams'::regclass),
				(SELECT sum(pg_stat_get_xact_numscans(indexrelid)) FROM pg_index WHERE indrelid = 'entity_names'::regclass)
				+ pg_stat_get_xact_numscans('entity_names'::regclass), current_setting('enable_bitmapscan')`).Scan(&trigrams, &names, &bitmaps); err != nil {
				t.Fatal(err)
			}
			if bitmaps != "on" {
				t.Errorf("bitmap scans %s after the guess, for the transaction's other statements", bitmaps)
			}
			if names == 0 {
				t.Fatal("the guess read no names")
			}
			if trigrams != 0 {
				t.Errorf("the guess read the names' trigram index %d times in 8 batches", trigrams)
			}
		})
	}
}
