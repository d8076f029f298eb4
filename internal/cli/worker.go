package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"annals/internal/queue"
	"annals/internal/read"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "worker",
		usage:   "worker --db postgres://... [--workers N] [--until-empty] [--gazetteer FILE]",
		summary: "store the stories queued by 'ingest --queue' (PostgreSQL)",
		help: `Runs River workers that take the stories 'annals ingest --queue' put in
the database's job queue, read, extract and store each, until interrupted
(Ctrl-C or SIGTERM: the running stories finish first) or, with
--until-empty, until no story is left. Run as many worker processes, on as
many machines, as the database bears: each story is stored once. A story
that fails is tried again (3 tries in all), then discarded with its error:
'annals queue' lists them and retries them. One line per story that
failed; with --verbose, one per story stored.`,
		setup: setupWorker,
	})
	register(&command{
		name:    "queue",
		usage:   "queue --db postgres://... [--all] [--limit N] | queue retry ID...|--all",
		summary: "list the queued, running, failed and discarded stories; retry them",
		help: `Lists the stories of the job queue (PostgreSQL; see 'annals ingest
--queue' and 'annals worker') that are not stored yet or were given up on,
by state: available, scheduled, running, retryable (failed, to be tried
again), discarded (failed every try) and cancelled, with each try's error.
--all lists completed ones too. 'annals queue retry ID...' makes discarded
stories available again (one more try), 'annals queue retry --all' every
discarded one.`,
		setup: setupQueue,
	})
}

// postgresOnly refuses an SQLite database for the queue commands.
func postgresOnly(db string) error {
	if !store.IsPostgres(db) {
		return usageError("the job queue needs a PostgreSQL database (--db postgres://... or $ANNALS_DB), not %s", db)
	}
	return nil
}

// enqueue is 'annals ingest --queue': one job per story file.
func enqueue(env *Env, db string, maxSize int64, args []string) error {
	if err := postgresOnly(db); err != nil {
		return err
	}
	report := func(path string, err error) {
		fmt.Fprintf(env.Stderr, "annals ingest: %s: %s\n", path, errText(path, err))
	}
	paths, names, bad := collectStoriesNamed(args, report)
	ctx := context.Background()
	q, err := queue.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("%s: %w", store.Redact(db), err)
	}
	defer q.Close()
	var batch []queue.Story
	size, n := 0, 0
	flush := func() error {
		k, err := q.Enqueue(ctx, batch)
		n += k
		batch, size = batch[:0], 0
		return err
	}
	for i, p := range paths {
		raw, err := readLimited(p, maxSize)
		if err != nil {
			bad++
			report(p, err)
			continue
		}
		batch = append(batch, queue.Story{Name: names[i], Raw: raw})
		if size += len(raw); size > 32<<20 || len(batch) >= 1000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s queued, %d failed; run 'annals worker --db %s' to store them\n",
		plural(n, "story", "stories"), bad, store.Redact(db))
	if bad > 0 {
		return errFailed
	}
	return nil
}

// readLimited reads a story file of at most max bytes.
func readLimited(path string, max int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, over the --max-size limit of %d", read.ErrTooLarge, fi.Size(), max)
	}
	return os.ReadFile(path)
}

func setupWorker(fset *flag.FlagSet, env *Env) func([]string) error {
	var ef extractFlags
	ef.declare(fset)
	db := dbFlag(fset, env)
	n := fset.Int("workers", 1, "stories worked at once in this process")
	writers := fset.Int("writers", 0, "batches of stories stored at once by this process (default: --workers)")
	until := fset.Bool("until-empty", false, "stop when no story is left to work")
	rescue := fset.Duration("rescue-after", 5*time.Minute, "run again a story left running this long (by a killed worker)")
	verbose := fset.Bool("verbose", false, "one line per story stored")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("unexpected arguments: %s", strings.Join(args, " "))
		}
		if err := postgresOnly(*db); err != nil {
			return err
		}
		if *n < 1 {
			return usageError("--workers must be at least 1")
		}
		x, opt, err := ef.extractor()
		if err != nil {
			return err
		}
		st, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer st.Close()
		if *writers < 1 {
			*writers = *n
		}
		st.SetParallel(*writers)
		st.SetFoldEvery(time.Second) // counters a second behind at most, fewer updates of entities (docs/scale.md)
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
		defer stop()
		var mu sync.Mutex
		var sum ingestSummary
		start := time.Now()
		err = queue.Work(ctx, *db, st, queue.Config{
			Workers: *n, Writers: *writers, UntilEmpty: *until, RescueAfter: *rescue,
			JobTimeout: min(time.Minute, *rescue/2),
			Extractor:  x, Options: opt, MaxSize: ef.maxSize,
			Done: func(d queue.Done) {
				mu.Lock()
				defer mu.Unlock()
				sum.read++
				if err := d.Err(); err != nil {
					sum.failed++
					fmt.Fprintf(env.Stderr, "annals worker: %s: job %d, try %d: %s\n", d.Name, d.JobID, d.Attempt, errText(d.Name, err))
					return
				}
				if d.Incomplete != nil {
					fmt.Fprintf(env.Stderr, "annals worker: %s: stored, but %v\n", d.Name, d.Incomplete)
				}
				switch {
				case d.Result.Skipped:
					sum.skipped++
				case d.Result.Replaced:
					sum.replaced++
				default:
					sum.stored++
				}
				if *verbose {
					fmt.Fprintf(env.Stdout, "%s: job %d stored as story %d\n", d.Name, d.JobID, d.Result.StoryID)
				}
			},
		})
		if err != nil {
			return err
		}
		secs := time.Since(start).Seconds()
		fmt.Fprintf(env.Stdout, "%d stored, %d replaced, %d unchanged, %d failed tries in %.1f s (%.1f stories/s)\n",
			sum.stored, sum.replaced, sum.skipped, sum.failed, secs, float64(sum.read-sum.failed)/secs)
		retried, serial := st.ParallelStats()
		if batches, _ := st.ParallelBatches(); batches > 0 {
			why := st.SerialReasons()
			var parts []string
			for _, k := range slices.Sorted(maps.Keys(why)) {
				parts = append(parts, fmt.Sprintf("%s %d", k, why[k]))
			}
			batches, alone := st.ParallelBatches()
			fmt.Fprintf(env.Stdout, "of %d batches, stored again: %d serially (%s), %d after a deadlock or conflict, %d with keys taken alone\n",
				batches, serial, strings.Join(parts, ", "), retried, alone)
		}
		return nil
	}
}

func setupQueue(fset *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fset, env)
	all := fset.Bool("all", false, "list completed stories too; with retry: every discarded story")
	limit := fset.Int("limit", 100, "list at most `N` stories of each state")
	return func(args []string) error {
		if err := postgresOnly(*db); err != nil {
			return err
		}
		ctx := context.Background()
		if len(args) > 0 && args[0] != "retry" {
			return usageError("unknown subcommand %q (queue, or queue retry)", args[0])
		}
		if len(args) > 0 {
			return retryJobs(ctx, env, *db, args[1:], *all)
		}
		q, err := queue.Open(ctx, *db)
		if err != nil {
			return fmt.Errorf("%s: %w", store.Redact(*db), err)
		}
		defer q.Close()
		states := queue.States
		if *all {
			states = append(states[:len(states):len(states)], "completed")
		}
		jobs, more, err := q.List(ctx, states, *limit)
		if err != nil {
			return err
		}
		count := map[string]int{}
		for _, j := range jobs {
			count[j.State]++
			fmt.Fprintf(env.Stdout, "%d\t%s\t%s\ttry %d of %d\n", j.ID, j.State, j.Name, j.Attempt, j.Max)
			for i, e := range j.Errors {
				fmt.Fprintf(env.Stdout, "\t\terror %d: %s\n", i+1, strings.ReplaceAll(e, "\n", " "))
			}
		}
		var parts []string
		for _, s := range states {
			if count[s] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", count[s], s))
			}
		}
		if len(parts) == 0 {
			parts = []string{"no stories waiting or given up on"}
		}
		line := strings.Join(parts, ", ")
		if more {
			line += fmt.Sprintf(" (at most %d of each state shown: --limit)", *limit)
		}
		fmt.Fprintln(env.Stdout, line)
		return nil
	}
}

func retryJobs(ctx context.Context, env *Env, db string, ids []string, all bool) error {
	if all == (len(ids) > 0) {
		return usageError("give job ids, or --all (before 'retry'), to retry")
	}
	var nums []int64
	for _, s := range ids {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return usageError("%q is not a job id", s)
		}
		nums = append(nums, id)
	}
	q, err := queue.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("%s: %w", store.Redact(db), err)
	}
	defer q.Close()
	if all {
		n, err := q.RetryAll(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s made available again\n", plural(n, "story", "stories"))
		return nil
	}
	failed := 0
	for _, id := range nums {
		if err := q.Retry(ctx, id); err != nil {
			failed++
			if !errors.Is(err, queue.ErrNotFound) {
				return err
			}
			fmt.Fprintf(env.Stderr, "annals queue: %v\n", err)
			continue
		}
		fmt.Fprintf(env.Stdout, "job %d made available again\n", id)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}
