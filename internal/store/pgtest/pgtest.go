// Package pgtest gives tests a new, empty PostgreSQL database of their
// own on the server that $ANNALS_TEST_POSTGRES names (a postgres:// address
// of a user that may create databases), dropped when the test ends.
// Without the variable the PostgreSQL tests are skipped, except under CI
// (CI set), where they fail: .ci/run starts a throwaway cluster and sets it.
//
// The test binaries of several packages run at once against the one
// server, and a test may restart it (Exclusive): every test holds a
// shared lock on a file named for the server while it uses it, and a test
// that restarts the server holds it exclusively, so that no other test
// loses its connections to the restart.
package pgtest

import (
	"context"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env is the variable naming the test server.
const Env = "ANNALS_TEST_POSTGRES"

var seq atomic.Int64

// DSN creates a database for the test and returns its address; it skips
// the test (fails it under CI) when no server is given.
func DSN(t testing.TB) string {
	t.Helper()
	return dsn(t, shared)
}

// Exclusive is DSN for a test that restarts the server: it waits until
// no other test uses the server and keeps the others waiting until it
// ends.
func Exclusive(t testing.TB) string {
	t.Helper()
	return dsn(t, exclusive)
}

// lock takes the server's lock file (how: shared or exclusive) until the
// test ends.
func lock(t testing.TB, base string, how int) {
	t.Helper()
	h := fnv.New64a()
	h.Write([]byte(base))
	f, err := os.OpenFile(filepath.Join(os.TempDir(), fmt.Sprintf("annals-pgtest-%x.lock", h.Sum64())), os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		t.Fatalf("the test server's lock: %v", err)
	}
	if err := lockFile(f, how); err != nil {
		f.Close()
		t.Fatalf("the test server's lock: %v", err)
	}
	t.Cleanup(func() { f.Close() }) // closing the file releases the lock
}

func dsn(t testing.TB, how int) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI without $%s: .ci/run starts a PostgreSQL cluster and sets it", Env)
		}
		t.Skipf("no PostgreSQL server: set $%s=postgres://... to run this test", Env)
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("$%s=%q is not a postgres:// address", Env, base)
	}
	lock(t, base, how) // before the database: its Cleanup runs after the drop
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("$%s: %v", Env, err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("annals_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating a test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("dropping %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
