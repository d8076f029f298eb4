package queue_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"annals/internal/cli"
	"annals/internal/extract"
	"annals/internal/ingest"
	"annals/internal/queue"
	"annals/internal/store"
	"annals/internal/store/pgtest"
	"annals/internal/store/storetest"
	"annals/internal/storygen"
)

// workerEnv makes the test binary run `annals` with its arguments (the
// kill test's worker processes).
const workerEnv = "ANNALS_QUEUE_TEST_RUN"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		os.Exit(cli.Run(os.Args[1:], &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}))
	}
	os.Exit(m.Run())
}

const corpusPath = "../../../shared/corpus/wh-briefings.txt.gz"

// story is one file of the test set and the name it is stored under.
type story struct{ path, name string }

// stories are the examples and n real-like generated stories (package
// storygen) when the shared corpus is beside the repository (always
// under CI), shuffled by seed.
func stories(t *testing.T, n int, seed uint64) []story {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*.*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	paths = slices.DeleteFunc(paths, func(p string) bool { return strings.HasSuffix(p, "README.md") })
	c, err := storygen.Load(corpusPath)
	switch {
	case os.IsNotExist(err) && os.Getenv("CI") != "":
		t.Fatalf("CI without the shared corpus: %v", err)
	case os.IsNotExist(err):
		t.Logf("no shared corpus beside the repository: the examples alone")
	case err != nil:
		t.Fatal(err)
	default:
		gen, err := storygen.New(c, 7).Write(t.TempDir(), n)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, gen...)
	}
	out := make([]story, len(paths))
	for i, p := range paths {
		out[i] = story{p, filepath.Base(p)}
	}
	rand.New(rand.NewPCG(seed, 1)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func enqueue(t *testing.T, dsn string, set []story) {
	t.Helper()
	q, err := queue.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	var jobs []queue.Story
	for _, s := range set {
		raw, err := os.ReadFile(s.path)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, queue.Story{Name: s.name, Raw: raw})
	}
	if n, err := q.Enqueue(context.Background(), jobs); err != nil || n != len(jobs) {
		t.Fatalf("enqueued %d of %d: %v", n, len(jobs), err)
	}
}

// liteCanon is the chronicle (storetest.Canon) one SQLite process stores
// from set, in its order.
func liteCanon(t *testing.T, set []story) map[string]string {
	t.Helper()
	ctx := context.Background()
	lite, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	var paths, names []string
	for _, s := range set {
		paths, names = append(paths, s.path), append(names, s.name)
	}
	err = ingest.FilesNamed(ctx, lite, paths, names, extract.New(nil), extract.Options{}, 10<<20, func(s ingest.Stored) {
		if s.Err != nil || s.PutErr != nil {
			t.Errorf("%s: %v %v", s.Path, s.Err, s.PutErr)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return storetest.CanonRenamed(t, lite, sameNames(t, set))
}

// sameNames maps the name of each story of set whose content an earlier
// named story has too to that name: of two byte-identical files the
// store keeps the one stored first (the other is skipped by its content
// hash), so which name a chronicle gives depends on the order.
func sameNames(t *testing.T, set []story) map[string]string {
	t.Helper()
	first := map[string]string{} // content -> first name
	rename := map[string]string{}
	sorted := slices.Clone(set)
	slices.SortFunc(sorted, func(a, b story) int { return strings.Compare(a.name, b.name) })
	for _, s := range sorted {
		raw, err := os.ReadFile(s.path)
		if err != nil {
			t.Fatal(err)
		}
		if f, ok := first[string(raw)]; ok {
			rename[s.name] = f
		} else {
			first[string(raw)] = s.name
		}
	}
	return rename
}

// sameAsSQLite checks that the PostgreSQL database at dsn holds every
// story of set once, and the chronicle want (liteCanon), and that every
// job completed.
func sameAsSQLite(t *testing.T, what, dsn string, set []story, want map[string]string) {
	t.Helper()
	ctx := context.Background()
	pg, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	stored, err := pg.Stories(ctx, 1<<30, 0)
	if err != nil {
		t.Fatal(err)
	}
	inSet := map[string]bool{}
	for _, s := range set {
		inSet[s.name] = true
	}
	seen := map[string]bool{}
	for _, s := range stored {
		if !inSet[s.Path] {
			t.Errorf("story %d %q is none of the queued ones", s.ID, s.Path)
		}
		if seen[s.Path] {
			t.Errorf("story %q stored twice", s.Path)
		}
		seen[s.Path] = true
	}
	storetest.CompareCanon(t, what, want, storetest.CanonRenamed(t, pg, sameNames(t, set)))

	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	left, _, err := q.List(ctx, queue.States, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range left {
		t.Errorf("job %d %s is %s: %v", j.ID, j.Name, j.State, j.Errors)
	}
	done, _, err := q.List(ctx, []string{"completed"}, len(set))
	if err != nil {
		t.Fatal(err)
	}
	if len(done) != len(set) {
		t.Errorf("%d jobs completed, %d queued", len(done), len(set))
	}
}

// TestWorkersStoreTheSameChronicle queues a story set in 5 shuffled
// orders and works each with 4 workers storing in parallel (two stores,
// as two processes, of 2 workers and 2 writers each), then compares each
// stored chronicle with the one a single SQLite process stores from the
// same stories: entities, events, reports and roles, without their ids
// (storetest.Canon).
func TestWorkersStoreTheSameChronicle(t *testing.T) {
	pgtest.DSN(t) // skips without PostgreSQL
	n, orders := 120, 5
	if testing.Short() {
		n, orders = 30, 2
	}
	want := liteCanon(t, stories(t, n, 1))
	for o := range orders {
		set := stories(t, n, uint64(10+o))
		dsn := pgtest.DSN(t)
		enqueue(t, dsn, set)
		var wg sync.WaitGroup
		var mu sync.Mutex
		worked := 0
		for i := range 2 {
			st, err := store.OpenPostgres(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			st.SetParallel(2)
			if i == 0 {
				st.SetFoldEvery(time.Second) // as annals worker: the other folds after each batch
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() {
					r, s := st.ParallelStats()
					t.Logf("a store's batches stored again: %d after a deadlock or conflict, %d serially %v", r, s, st.SerialReasons())
				}()
				err := queue.Work(context.Background(), dsn, st, queue.Config{
					Workers: 2, Writers: 2, UntilEmpty: true, Poll: 200 * time.Millisecond,
					Done: func(d queue.Done) {
						mu.Lock()
						defer mu.Unlock()
						worked++
						if err := d.Err(); err != nil {
							t.Errorf("%s: %v", d.Name, err)
						}
					},
				})
				if err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if worked != len(set) {
			t.Errorf("%d stories worked, %d queued", worked, len(set))
		}
		sameAsSQLite(t, fmt.Sprintf("order %d of %d stories", o+1, len(set)), dsn, set, want)
	}
}

// TestFailedStoryIsDiscardedAndRetried: a story that cannot be read is
// tried MaxAttempts times, then discarded with its error; a retry makes it
// available again.
func TestFailedStoryIsDiscardedAndRetried(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if _, err := q.Enqueue(ctx, []queue.Story{{Name: "bad.txt", Raw: []byte("not\x00text")}}); err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := queue.Work(ctx, dsn, st, queue.Config{UntilEmpty: true, Poll: 200 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	jobs, _, err := q.List(ctx, queue.States, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 || jobs[0].State != "discarded" || len(jobs[0].Errors) != queue.MaxAttempts ||
		!strings.Contains(jobs[0].Errors[0], "binary") {
		t.Fatalf("want bad.txt discarded after %d tries with its error, got %+v", queue.MaxAttempts, jobs)
	}
	if err := q.Retry(ctx, jobs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := q.Retry(ctx, jobs[0].ID+1000); err == nil {
		t.Error("retrying a job that does not exist: no error")
	}
	jobs, _, err = q.List(ctx, queue.States, 10)
	if err != nil || len(jobs) != 1 || jobs[0].State != "available" {
		t.Fatalf("after retry: %+v %v", jobs, err)
	}
	if n, err := q.RetryAll(ctx); err != nil || n != 0 {
		t.Errorf("RetryAll with nothing discarded: %d, %v", n, err)
	}
}

// restartEnv names a shell command that restarts the test's PostgreSQL
// server (.ci/postgres sets it for its throwaway cluster).
const restartEnv = "ANNALS_TEST_POSTGRES_RESTART"

// TestKilledWorker restarts PostgreSQL under a worker process mid-load
// (when $ANNALS_TEST_POSTGRES_RESTART says how), then kill -9s it and
// starts another: nothing is lost and nothing stored twice (the chronicle
// is the one SQLite stores from the same stories).
//
// The last third of the stories waits (scheduled an hour ahead) until the
// first worker is killed, and is then made available to the second: the
// first worker, which stops when no story is left, can never find the
// queue empty before it is killed, however fast it stores and however few
// the stories (the examples alone, without the shared corpus: it stored
// all 16 and stopped after the restart, and the test waited 5 minutes for
// a 30th story). It waits for a quarter and then half of the stories
// available to it (15 and 30 at most).
func TestKilledWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("about a minute: River rescues a killed worker's jobs after its rescue delay")
	}
	dsn := pgtest.Exclusive(t) // no other test's connections see the restart
	restart := os.Getenv(restartEnv)
	if restart == "" && os.Getenv("CI") != "" {
		t.Fatalf("CI without $%s: .ci/postgres sets it", restartEnv)
	}
	set := stories(t, 150, 2)
	enqueue(t, dsn, set)
	held := len(set) / 3
	hold(t, dsn, held)
	first, second := min(15, (len(set)-held)/4), min(30, (len(set)-held)/2)
	worker := func(stdout *bytes.Buffer) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "worker", "--db", dsn, "--workers", "2", "--until-empty", "--rescue-after", "20s")
		cmd.Env = append(os.Environ(), workerEnv+"=1")
		cmd.Stdout, cmd.Stderr = stdout, stdout
		return cmd
	}
	var out1 bytes.Buffer
	w1 := worker(&out1)
	if err := w1.Start(); err != nil {
		t.Fatal(err)
	}
	pg, err := store.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	// waitFor waits until n stories are stored (the server may be
	// restarting: errors are tried again).
	waitFor := func(n int) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Minute)
		for {
			s, err := pg.Stats(context.Background())
			if err == nil && s.Stories >= n {
				t.Logf("%d stories stored", s.Stories)
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %d stories stored in 5 minutes (%v):\n%s", n, err, out1.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor(first)
	if restart != "" {
		t.Logf("restarting PostgreSQL")
		if out, err := exec.Command("sh", "-c", restart).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", restart, err, out)
		}
		waitFor(second) // the worker goes on after the restart
	} else {
		t.Logf("no $%s: PostgreSQL is not restarted", restartEnv)
	}
	t.Logf("killing the worker")
	if err := w1.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("the first worker was not running: %v\n%s", err, out1.String())
	}
	w1.Wait()
	release(t, dsn, held)
	var out2 bytes.Buffer
	w2 := worker(&out2)
	if err := w2.Run(); err != nil {
		t.Fatalf("second worker: %v\n%s", err, out2.String())
	}
	t.Logf("second worker: %s", strings.TrimSpace(out2.String()))
	sameAsSQLite(t, "after the restart and the kill", dsn, set, liteCanon(t, set))
}

// hold makes the last n jobs of the queue at dsn wait an hour
// (scheduled), a worker taking none of them until release.
func hold(t *testing.T, dsn string, n int) {
	t.Helper()
	jobsSQL(t, dsn, n, `UPDATE river_job SET state = 'scheduled', scheduled_at = now() + interval '1 hour'
		WHERE id IN (SELECT id FROM river_job WHERE kind = $1 ORDER BY id DESC LIMIT $2) AND state = 'available'`, queue.Kind, n)
}

// release makes the n jobs hold made wait available now.
func release(t *testing.T, dsn string, n int) {
	t.Helper()
	jobsSQL(t, dsn, n, `UPDATE river_job SET state = 'available', scheduled_at = now()
		WHERE kind = $1 AND state = 'scheduled' AND scheduled_at > now() + interval '10 minutes'`, queue.Kind)
}

// jobsSQL runs q, an update of jobs, with args, and checks that it
// changed n.
func jobsSQL(t *testing.T, dsn string, n int, q string, args ...any) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	tag, err := c.Exec(ctx, q, args...)
	if err != nil {
		t.Fatal(err)
	}
	if int(tag.RowsAffected()) != n {
		t.Fatalf("%d jobs changed, want %d: %s", tag.RowsAffected(), n, q)
	}
}
