package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"annals/internal/extract"
	"annals/internal/ingest"
	"annals/internal/store"
)

// Config is how Work runs.
type Config struct {
	Workers int // stories worked at once in this process (default 1)
	// Writers is how many batches of stories the process stores at once
	// (default 1): more than one needs a store that writes in parallel
	// (store.DB.SetParallel).
	Writers int
	// RescueAfter is how long a job may stay running before River takes
	// it for a killed worker's and runs it again (default 5 minutes; it
	// must exceed JobTimeout).
	RescueAfter time.Duration
	JobTimeout  time.Duration // default 1 minute
	// UntilEmpty stops Work when no story is left to work (available,
	// scheduled, running or retryable) instead of waiting for more.
	UntilEmpty bool
	// Poll is how often new jobs are looked for besides River's
	// notifications, and the queue for emptiness (default 1 s).
	Poll time.Duration

	Extractor *extract.Extractor
	Options   extract.Options
	MaxSize   int64
	// Done is called after each job's story was worked: stored (Result),
	// or not (Err). It may be called from several goroutines at once.
	Done func(Done)
	// Logger takes River's own messages (default: warnings and errors
	// on standard error).
	Logger *slog.Logger
}

// Done is what became of one job's story.
type Done struct {
	JobID   int64
	Attempt int
	ingest.Stored
}

// Err is the error the job failed with, or nil.
func (d Done) Err() error {
	switch {
	case d.Stored.Err != nil:
		return d.Stored.Err
	case d.PutErr != nil:
		return fmt.Errorf("not stored: %w", d.PutErr)
	}
	return nil
}

// worker works story jobs: read, extract, store.
type worker struct {
	river.WorkerDefaults[Story]
	c   *committer
	cfg *Config
}

// committer stores the stories a process's workers extracted, many per
// transaction: the stories extracted while one batch is being stored go
// together in the next (one lock, one commit; storing, not extracting,
// is the limit on PostgreSQL). It waits for nothing: one worker stores
// one story at a time, as before.
type committer struct {
	st ingest.Batcher
	in chan *pending
}

// folder is a store whose counters a batch may leave to fold later
// (store.DB.Fold).
type folder interface {
	Fold(ctx context.Context) error
}

// pending is one story waiting for its batch.
type pending struct {
	put  store.Put
	res  store.PutResult
	err  error
	done chan struct{}
}

func (c *committer) run(ctx context.Context) {
	for p := range c.in {
		batch := []*pending{p}
	more:
		for len(batch) < ingest.BatchSize {
			select {
			case q, ok := <-c.in:
				if !ok {
					break more
				}
				batch = append(batch, q)
			default:
				break more
			}
		}
		puts := make([]store.Put, len(batch))
		for i, p := range batch {
			puts[i] = p.put
		}
		res, errs, err := c.st.PutStories(ctx, puts)
		for i, p := range batch {
			if err != nil {
				p.err = err
			} else {
				p.res, p.err = res[i], errs[i]
			}
			close(p.done)
		}
	}
}

func (w *worker) Work(ctx context.Context, job *river.Job[Story]) error {
	e := ingest.ExtractBytes(job.Args.Name, job.Args.Raw, w.cfg.Extractor, w.cfg.Options, w.cfg.MaxSize)
	d := Done{JobID: job.ID, Attempt: job.Attempt, Stored: ingest.Stored{Extracted: e}}
	if e.Err == nil {
		// Prepare runs here, in the job's goroutine, not in the writer's.
		put := store.Put{Story: ingest.Story(e.Name, e.Doc, e.Facts), Doc: e.Facts, Pre: store.Prepare(e.Doc.Raw, e.Doc.Text, e.Facts)}
		p := &pending{put: put, done: make(chan struct{})}
		w.c.in <- p
		select {
		case <-p.done:
			d.Result, d.PutErr = p.res, p.err
		case <-ctx.Done():
			// The story may still be committed: the next try is then
			// skipped by its content hash.
			d.PutErr = ctx.Err()
		}
	}
	if w.cfg.Done != nil {
		w.cfg.Done(d)
	}
	return d.Err()
}

// retryPolicy tries a failed story again after attempt² seconds (1 s,
// 4 s, ...): a story's failures are its own (unreadable, a store error),
// not a remote service to give time to recover.
type retryPolicy struct{}

func (retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	n := time.Duration(max(job.Attempt, 1))
	return time.Now().Add(n * n * time.Second)
}

// unreachable is how long a worker with UntilEmpty waits for a database it
// cannot read the queue from (restarting, out of reach) before it stops.
const unreachable = 2 * time.Minute

// Work runs cfg.Workers River workers on the queue at dsn, storing into
// st (which must be that database's store), until ctx is done (then
// running stories finish first) or, with UntilEmpty, until no story is
// left.
func Work(ctx context.Context, dsn string, st ingest.Batcher, cfg Config) error {
	cfg.Workers = max(cfg.Workers, 1)
	if cfg.JobTimeout <= 0 {
		cfg.JobTimeout = time.Minute
	}
	if cfg.RescueAfter <= 0 {
		cfg.RescueAfter = 5 * time.Minute
	}
	if cfg.RescueAfter <= cfg.JobTimeout {
		return fmt.Errorf("the rescue delay (%v) must exceed the job timeout (%v)", cfg.RescueAfter, cfg.JobTimeout)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if cfg.Extractor == nil {
		cfg.Extractor = extract.New(nil)
	}
	q, err := Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	workers := river.NewWorkers()
	c := &committer{st: st, in: make(chan *pending, cfg.Workers)}
	if err := river.AddWorkerSafely(workers, &worker{c: c, cfg: &cfg}); err != nil {
		return err
	}
	client, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.Workers}},
		Workers:              workers,
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueAfter,
		RetryPolicy:          retryPolicy{},
		FetchPollInterval:    cfg.Poll,
		MaxAttempts:          MaxAttempts,
		Logger:               cfg.Logger,
	})
	if err != nil {
		return err
	}
	// River's client runs apart from ctx: cancelling the context given to
	// Start would cancel running stories, and ctx's end stops it gently.
	for range max(cfg.Writers, 1) {
		go c.run(context.WithoutCancel(ctx))
	}
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		close(c.in)
		return err
	}
	var werr error
	if cfg.UntilEmpty {
		t := time.NewTicker(cfg.Poll)
		var failing time.Time // since when the queue cannot be read
	wait:
		for {
			select {
			case <-ctx.Done():
				break wait
			case <-t.C:
				more, err := q.Pending(ctx)
				switch {
				case err != nil && failing.IsZero():
					failing = time.Now()
					fallthrough
				case err != nil && time.Since(failing) < unreachable:
					// the database restarting, or out of reach a while:
					// River's client and the store reconnect
					cfg.Logger.Warn("reading the queue", "err", err)
					continue
				case err != nil:
					werr = err
					break wait
				}
				failing = time.Time{}
				if !more {
					break wait
				}
			}
		}
		t.Stop()
	} else {
		<-ctx.Done()
	}
	// Let running stories finish (a minute at most), then stop.
	sctx, cancel := context.WithTimeout(context.Background(), cfg.JobTimeout)
	defer cancel()
	err = client.Stop(sctx)
	if err == nil {
		close(c.in) // no worker runs: the committer ends
	} // else a worker may still send: the committer is left running
	if f, ok := st.(folder); ok {
		// what the stories stored left pending for a later fold
		// (store.DB.SetFoldEvery), folded before the store is read
		err = errors.Join(err, f.Fold(sctx))
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return errors.Join(werr, err)
	}
	return werr
}
