// Package queue runs ingestion as River jobs in PostgreSQL
// (github.com/riverqueue/river): one job per story, holding the story's
// bytes and the name it is stored under, enqueued by `annals ingest
// --queue`, worked by `annals worker` processes on any machine that
// reaches the database, listed and retried by `annals queue`.
//
// Exactly once: a worker reads and extracts its story, and stores it in
// one store transaction (store.PutStories, with the other stories the
// process's workers extracted while the last batch was being stored), and
// River marks the job completed after that transaction commits. A worker killed between the two leaves
// the job running; River rescues it (RescueAfter) and another worker runs
// it again, and that second run is a no-op: a story whose content is
// already stored is skipped by its content hash (store.PutResult.Skipped).
// So every story takes effect once however often its job runs.
//
// River's own SQL is River's; this package writes two statements: the
// advisory lock that keeps two processes from migrating River's tables at
// once (and its unlock), and the question whether any story is still to
// be worked (Queue.Pending).
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
)

// Kind is the River job kind of a story.
const Kind = "annals_story"

// MaxAttempts is how often a story is tried before River discards it.
const MaxAttempts = 3

// migrateLock is the advisory lock key of River's migrations ("rivr").
const migrateLock = 0x72697672

// Story is a job's arguments: the story's bytes and the name it is stored
// under (its path relative to the folder it was found in), never a path
// the worker may not see.
type Story struct {
	Name string `json:"name"`
	Raw  []byte `json:"raw"`
}

// Kind is River's name of the job.
func (Story) Kind() string { return Kind }

// InsertOpts: a story is tried MaxAttempts times.
func (Story) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: MaxAttempts} }

// Queue is River's queue in one PostgreSQL database.
type Queue struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
}

// Open connects to the database at dsn and brings River's tables to the
// last version (rivermigrate, under an advisory lock). The Queue may
// enqueue, list and retry; Work runs workers.
func Open(ctx context.Context, dsn string) (*Queue, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrating River's tables: %w", err)
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		pool.Close()
		return nil, err
	}
	return &Queue{pool: pool, client: client}, nil
}

// Close closes the connections.
func (q *Queue) Close() { q.pool.Close() }

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return err
	}
	// A session lock on a connection of its own: River applies each
	// version in a transaction of its own (one that adds an enum value
	// cannot use it).
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLock); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLock)
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	return err
}

// enqueueBatch is how many jobs go in one insert.
const enqueueBatch = 200

// Enqueue adds one job per story and returns how many were added.
func (q *Queue) Enqueue(ctx context.Context, stories []Story) (int, error) {
	n := 0
	for len(stories) > 0 {
		k := min(len(stories), enqueueBatch)
		params := make([]river.InsertManyParams, k)
		for i, s := range stories[:k] {
			params[i] = river.InsertManyParams{Args: s}
		}
		added, err := q.client.InsertManyFast(ctx, params)
		n += added
		if err != nil {
			return n, err
		}
		stories = stories[k:]
	}
	return n, nil
}

// Job is one story's job as `annals queue` shows it.
type Job struct {
	ID       int64
	State    string // available, running, retryable, scheduled, discarded, cancelled, completed
	Name     string
	Attempt  int
	Max      int
	Errors   []string // one per failed attempt, oldest first
	Finished time.Time
}

// States are the states List shows by default: the stories not yet
// stored and the ones given up on.
var States = []string{"available", "scheduled", "running", "retryable", "discarded", "cancelled"}

// List returns up to limit jobs in each of states, by id, and whether
// some state had more.
func (q *Queue) List(ctx context.Context, states []string, limit int) ([]Job, bool, error) {
	var out []Job
	more := false
	for _, s := range states {
		p := river.NewJobListParams().Kinds(Kind).States(rivertype.JobState(s)).
			OrderBy(river.JobListOrderByID, river.SortOrderAsc).First(limit + 1)
		res, err := q.client.JobList(ctx, p)
		if err != nil {
			return nil, false, err
		}
		for i, r := range res.Jobs {
			if i == limit {
				more = true
				break
			}
			out = append(out, jobOf(r))
		}
	}
	return out, more, nil
}

// Pending reports whether any story is still to be worked (available,
// scheduled, running, retryable or pending).
//
// A worker waiting for the queue to empty asks this every second. River's
// JobList ordered the waiting jobs by id to return the first: it read
// every waiting job and sorted them (1,926 jobs, 285 buffers and 8 ms a
// time with 2,000 queued; at the start of a 100,000-story load, every
// one of them), where any one job answers: EXISTS stops at the first one
// River's index by state gives (3 buffers).
//
// The kind and states are written in the statement, not given as
// parameters, so that the planner weighs them by River's statistics: told
// a kind it knows nothing of, it walked the index of kinds, every job.
func (q *Queue) Pending(ctx context.Context) (bool, error) {
	var more bool
	err := q.pool.QueryRow(ctx, pendingSQL).Scan(&more)
	return more, err
}

var pendingSQL = `SELECT EXISTS (SELECT 1 FROM river_job WHERE kind = '` + Kind + `' AND state IN ('` +
	strings.Join([]string{string(rivertype.JobStateAvailable), string(rivertype.JobStateScheduled), string(rivertype.JobStateRunning),
		string(rivertype.JobStateRetryable), string(rivertype.JobStatePending)}, "', '") + `'))`

func jobOf(r *rivertype.JobRow) Job {
	var s struct {
		Name string `json:"name"`
	}
	json.Unmarshal(r.EncodedArgs, &s) // a name is all we show
	j := Job{ID: r.ID, State: string(r.State), Name: s.Name, Attempt: r.Attempt, Max: r.MaxAttempts}
	for _, e := range r.Errors {
		j.Errors = append(j.Errors, e.Error)
	}
	if r.FinalizedAt != nil {
		j.Finished = *r.FinalizedAt
	}
	return j
}

// ErrNotFound: no story job has that id.
var ErrNotFound = errors.New("no such job")

// Retry makes job id available again (a discarded or cancelled story is
// tried MaxAttempts more times).
func (q *Queue) Retry(ctx context.Context, id int64) error {
	r, err := q.client.JobGet(ctx, id)
	if errors.Is(err, rivertype.ErrNotFound) || (err == nil && r.Kind != Kind) {
		return fmt.Errorf("job %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return err
	}
	_, err = q.client.JobRetry(ctx, id)
	return err
}

// RetryAll retries every discarded and cancelled story and returns how
// many.
func (q *Queue) RetryAll(ctx context.Context) (int, error) {
	n := 0
	for {
		p := river.NewJobListParams().Kinds(Kind).States(rivertype.JobStateDiscarded, rivertype.JobStateCancelled).
			OrderBy(river.JobListOrderByID, river.SortOrderAsc).First(500)
		res, err := q.client.JobList(ctx, p)
		if err != nil {
			return n, err
		}
		if len(res.Jobs) == 0 {
			return n, nil
		}
		for _, r := range res.Jobs {
			if _, err := q.client.JobRetry(ctx, r.ID); err != nil {
				return n, err
			}
			n++
		}
	}
}
