package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"annals"
	"annals/internal/chronicle"
)

// TestBucketRuns: the buckets bucketRuns reads one by one and the ranges
// of its runs select, among the buckets chronicle.Buckets can make near
// them (years of three to five digits, the undated bucket), exactly the
// buckets of the look-up, for the look-ups of days, months, ranges of
// months and years; and they are fewer.
func TestBucketRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 10))
	precs := []annals.Precision{annals.Day, annals.Month, annals.Year}
	var before, after int
	for i := range 5000 {
		lo := time.Date(1990+rng.IntN(40), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		hi := lo
		switch i % 4 {
		case 1:
			hi = lo.AddDate(0, rng.IntN(5), rng.IntN(20))
		case 2:
			hi = lo.AddDate(rng.IntN(4), rng.IntN(12), 0)
		case 3:
			hi = lo.AddDate(rng.IntN(15), 0, 0)
		}
		bks := chronicle.LookupBuckets(chronicle.Buckets(lo.Format(time.DateOnly), hi.Format(time.DateOnly), precs[rng.IntN(len(precs))]))
		if i%97 == 0 {
			bks = append(bks, "", "999", "0999-02") // the undated bucket; a year before 1000 (strconv.Itoa, and time's Format)
		}
		singles, runs := bucketRuns(bks)
		before += len(bks)
		after += len(singles) + len(runs)
		in := map[string]bool{}
		for _, b := range bks {
			in[b] = true
		}
		var universe []string
		for y := lo.Year() - 1; y <= hi.Year()+1; y++ {
			ys := strconv.Itoa(y)
			universe = append(universe, ys, ys+"0", ys+"9", ys+"0-01", ys[:3]) // years of five and three digits too
			for m := 1; m <= 12; m++ {
				universe = append(universe, fmt.Sprintf("%s-%02d", ys, m))
			}
		}
		universe = append(universe, "", "0", "999", "0999", "0999-01", "0999-02", "0999-03", "99999")
		for _, u := range append(universe, bks...) {
			got := slices.Contains(singles, u)
			for _, r := range runs {
				if r[0] >= r[1] {
					t.Fatalf("%v: run %v", bks, r)
				}
				if u >= r[0] && u <= r[1] {
					got = true
				}
			}
			if got != in[u] {
				t.Fatalf("buckets %v: singles %v, runs %v select %q: %v, want %v", bks, singles, runs, u, got, in[u])
			}
		}
	}
	t.Logf("5,000 look-ups: %d buckets, %d singles and runs", before, after)
	if after*2 > before {
		t.Errorf("runs: %d buckets read in %d singles and runs", before, after)
	}
}

// oldGroupedSQL is groupedSQL as it was before bucketRuns: every bucket
// looked up alone (bucket IN).
func oldGroupedSQL(r *chronicle.Report, ents []int64, bks []string, noPrefilter bool, limit int) (string, []any) {
	place, notPart, every := lookupRoles(r, noPrefilter)
	all := 0
	if every {
		all = 1
	}
	args := append(keyArgs(nil, r, ents, bks), all, notPart, place, r.Story, chronicle.TitleBits(r.Title), chronicle.DayKey(r.Date, r.Lo, r.Hi, r.Weak), limit)
	return `SELECT c.id, r.event_id, r.link LIKE 'new%' FROM (SELECT report_id AS id FROM report_keys
		WHERE type = ? AND entity_id IN (` + placeholders(len(ents)) + `) AND bucket IN (` + placeholders(len(bks)) + `) AND report_id <> ?
		GROUP BY report_id
		HAVING ? = 1 OR count(DISTINCT CASE WHEN (role & 1) = 1 AND entity_id <> ? THEN entity_id END)
				+ max(CASE WHEN entity_id = ? AND (role & 2) = 2 THEN 1 ELSE 0 END) >= 2
			OR max(CASE WHEN story_id = ? THEN 1 ELSE 0 END) = 1 OR max(CASE WHEN (tbits & ?) <> 0 THEN 1 ELSE 0 END) = 1
			OR max(CASE WHEN sday = ? AND sday <> 0 THEN 1 ELSE 0 END) = 1
		ORDER BY report_id DESC LIMIT ?) c JOIN reports r ON r.id = c.id ORDER BY c.id`, args
}

// TestCandidatesByBucketRuns: the candidate look-up that reads its
// buckets in runs (groupedSQL) chooses the same reports, with the same
// events and links, in the same order, as the look-up of every bucket
// alone, for every stored report looked up at its own dates, over its
// whole year, over three months and over three years, with the
// prefilter on and off and a limit of 1, 2, 7 and
// chronicle.MaxCandidates: the cut keeps the same newest reports.
// The statement is PostgreSQL's (SQLite folds the rows itself,
// foldedCandidates); it runs on either.
func TestCandidatesByBucketRuns(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	c := newCorpus(7)
	var batch []Put
	for i := range 400 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
		if len(batch) == 50 {
			if _, _, err := s.PutStories(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	query := func(q string, args ...any) (*sql.Rows, error) { return s.r.QueryContext(ctx, q, args...) }
	ids, err := s.ids(ctx, `SELECT id FROM reports ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	type cand struct {
		id, event int64
		isNew     bool
	}
	read := func(q string, args []any) []cand {
		rows, err := query(q, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []cand
		for rows.Next() {
			var c cand
			if err := rows.Scan(&c.id, &c.event, &c.isNew); err != nil {
				t.Fatal(err)
			}
			out = append(out, c)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	var lookups, cut, found, fewer int
	for chunk := range slices.Chunk(ids, 100) {
		reps, err := readFeatures(query, chunk)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reps {
			if r.Lo == "" {
				continue
			}
			lo, err := time.Parse(time.DateOnly, r.Lo)
			if err != nil {
				t.Fatal(err)
			}
			y := strconv.Itoa(lo.Year())
			spans := [][3]string{
				{r.Lo, r.Hi, ""},
				{y + "-01-01", y + "-12-31", "year"},
				{lo.Format(time.DateOnly), lo.AddDate(0, 2, 0).Format(time.DateOnly), ""},
				{lo.Format(time.DateOnly), lo.AddDate(3, 0, 0).Format(time.DateOnly), ""},
			}
			for _, sp := range spans {
				prec := r.Date.Precision()
				if sp[2] == "year" {
					prec = annals.Year
				}
				bks := chronicle.LookupBuckets(chronicle.Buckets(sp[0], sp[1], prec))
				ents := chronicle.KeyEntities(r.Parts, r.Place)
				singles, runs := bucketRuns(bks)
				if len(singles)+len(runs) < len(bks) {
					fewer++
				}
				for _, noPre := range []bool{false, true} {
					for _, lim := range []int{1, 2, 7, chronicle.MaxCandidates} {
						wq, wargs := oldGroupedSQL(r, ents, bks, noPre, lim)
						gq, gargs := groupedSQL(r, ents, bks, noPre, lim)
						want, got := read(wq, wargs), read(gq, gargs)
						if !slices.Equal(got, want) {
							t.Fatalf("report %d, buckets %v, prefilter off %v, limit %d: %v, want %v", r.ID, bks, noPre, lim, got, want)
						}
						lookups++
						if len(want) == lim {
							cut++
						}
						if len(want) > 0 {
							found++
						}
					}
				}
			}
		}
	}
	t.Logf("%d reports, %d look-ups (%d with buckets in runs): %d found candidates, %d as many as the limit", len(ids), lookups, fewer, found, cut)
	if cut < 1000 || found < 2000 || fewer < 500 {
		t.Errorf("too few look-ups tested: %d cut by the limit, %d with candidates, %d in runs", cut, found, fewer)
	}
}
