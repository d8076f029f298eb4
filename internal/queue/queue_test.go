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

// sameAsSQLite checks that the PostgreSQL database at dsn holds every
// story of set once and exactly the chronicle one SQLite process stores
// from the same stories in the order the workers committed them (story
// ids are given in commit order; the workers' transactions are
// serialized, so no other order can be compared id for id), and that
// every job completed.
func sameAsSQLite(t *testing.T, dsn string, set []story) {
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
	slices.SortFunc(stored, func(a, b store.StorySummary) int { return int(a.ID - b.ID) })
	byName := map[string]story{}
	for _, s := range set {
		byName[s.name] = s
	}
	var paths, names []string
	for _, s := range stored {
		f, ok := byName[s.Path]
		if !ok {
			t.Fatalf("story %d %q is none of the queued ones", s.ID, s.Path)
		}
		delete(byName, s.Path)
		paths, names = append(paths, f.path), append(names, f.name)
	}
	// the rest: copies of stored content, which SQLite skips alike
	for _, s := range set {
		if _, ok := byName[s.name]; ok {
			paths, names = append(paths, s.path), append(names, s.name)
		}
	}
	lite, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	err = ingest.FilesNamed(ctx, lite, paths, names, extract.New(nil), extract.Options{}, 10<<20, func(s ingest.Stored) {
		if s.Err != nil || s.PutErr != nil {
			t.Errorf("%s: %v %v", s.Path, s.Err, s.PutErr)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	a, b := storetest.Chronicle(t, lite), storetest.Chronicle(t, pg)
	if a["stats"] != b["stats"] {
		t.Errorf("stats: SQLite %s, PostgreSQL %s", a["stats"], b["stats"])
	}
	storetest.Compare(t, fmt.Sprintf("%d stories", len(set)), a, b)

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

// TestWorkersStoreTheSameChronicle queues a shuffled story set and works
// it with 4 workers, two in each of two stores (as two processes would),
// then compares the stored chronicle with a single SQLite ingest.
func TestWorkersStoreTheSameChronicle(t *testing.T) {
	dsn := pgtest.DSN(t)
	n := 120
	if testing.Short() {
		n = 30
	}
	set := stories(t, n, 1)
	enqueue(t, dsn, set)
	var wg sync.WaitGroup
	var mu sync.Mutex
	worked := 0
	for range 2 {
		st, err := store.OpenPostgres(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := queue.Work(context.Background(), dsn, st, queue.Config{
				Workers: 2, UntilEmpty: true, Poll: 200 * time.Millisecond,
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
	sameAsSQLite(t, dsn, set)
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

// TestKilledWorker kill -9s a worker process mid-load and starts another:
// nothing is lost and nothing stored twice (the chronicle is the one
// SQLite stores in the same order).
func TestKilledWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("about a minute: River rescues a killed worker's jobs after its rescue delay")
	}
	dsn := pgtest.DSN(t)
	set := stories(t, 150, 2)
	enqueue(t, dsn, set)
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
	deadline := time.Now().Add(5 * time.Minute)
	for {
		s, err := pg.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if s.Stories >= 20 {
			t.Logf("killing the worker with %d stories stored", s.Stories)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no 20 stories stored in 5 minutes:\n%s", out1.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	w1.Process.Signal(syscall.SIGKILL)
	w1.Wait()
	var out2 bytes.Buffer
	w2 := worker(&out2)
	if err := w2.Run(); err != nil {
		t.Fatalf("second worker: %v\n%s", err, out2.String())
	}
	t.Logf("second worker: %s", strings.TrimSpace(out2.String()))
	sameAsSQLite(t, dsn, set)
}
