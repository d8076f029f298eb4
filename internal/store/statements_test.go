package store

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestReadStatements shows, on the PostgreSQL database $ANNALS_PERF_DB
// names, what the statements of three reads cost: the related stories of
// $ANNALS_PERF_RUNS stories (100) spread over the store, searches for
// six queries and for six words (their snippets among the statements),
// each read once
// to warm and then once measured: the calls' p50, p99 and minimum, then
// each statement's calls, mean and longest time and buffers a call from
// pg_stat_statements (the database needs it); with $ANNALS_PERF_COLD
// set, measured without the warming read. $ANNALS_PERF_ONLY keeps
// the reads ("related", "search") its regular expression matches. It
// asserts nothing (docs/scale.md, session 26).
func TestReadStatements(t *testing.T) {
	if !IsPostgres(os.Getenv("ANNALS_PERF_DB")) {
		t.Skip("$ANNALS_PERF_DB names no PostgreSQL database")
	}
	ctx := context.Background()
	s, _, list := perfSample(t, 0)
	runs := 100
	if v, err := strconv.Atoi(os.Getenv("ANNALS_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	cold := os.Getenv("ANNALS_PERF_COLD") != ""
	only, err := regexp.Compile(os.Getenv("ANNALS_PERF_ONLY"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string, n int, f func(i int) error) {
		if !only.MatchString(name) {
			return
		}
		for i := range n {
			if cold {
				break
			}
			if err := f(i); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if _, err := s.r.ExecContext(ctx, `SELECT pg_stat_statements_reset()`); err != nil {
			t.Fatal(err)
		}
		ds := make([]time.Duration, n)
		for i := range n {
			start := time.Now()
			if err := f(i); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ds[i] = time.Since(start)
		}
		slices.Sort(ds)
		t.Logf("%s: %d calls, p50 %.2f ms, p99 %.2f ms, min %.2f ms", name, n, ms(ds[n/2]), ms(ds[n*99/100]), ms(ds[0]))
		rows, err := s.r.QueryContext(ctx, `SELECT calls, total_exec_time / calls, max_exec_time, (shared_blks_hit + shared_blks_read)::float8 / calls, rows::float8 / calls, query
			FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
			ORDER BY total_exec_time DESC LIMIT 12`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		space := regexp.MustCompile(`\s+`)
		for rows.Next() {
			var calls int64
			var mean, most, bufs, nrows float64
			var q string
			if err := rows.Scan(&calls, &mean, &most, &bufs, &nrows, &q); err != nil {
				t.Fatal(err)
			}
			q = space.ReplaceAllString(strings.TrimSpace(q), " ")
			t.Logf("  %6d calls %8.3f ms (max %7.2f) %8.1f buffers %7.1f rows  %.100s", calls, mean, most, bufs, nrows, q)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	step := max(1, len(list)/runs)
	read("related", min(runs, len(list)), func(i int) error { _, err := s.Related(ctx, list[i*step].ID, 10); return err })
	terms := []string{"hydrogen", "climate", "the", "the hydrogen", "president meeting", "\"united nations\""}
	read("search", 5*len(terms), func(i int) error { _, _, err := s.Search(ctx, terms[i%len(terms)], SearchOptions{}); return err })
	words := []string{"hydrogen", "climate", "the", "summit", "vaccine", "ukraine"}
	read("search one word", 5*len(words), func(i int) error { _, _, err := s.Search(ctx, words[i%len(words)], SearchOptions{}); return err })
}
