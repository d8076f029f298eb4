// Package pgtest gives tests a new, empty PostgreSQL database of their
// own on the server that $ANNALS_TEST_POSTGRES names (a postgres:// address
// of a user that may create databases), dropped when the test ends.
// Without the variable the PostgreSQL tests are skipped, except under CI
// (CI set), where they fail: .ci/run starts a throwaway cluster and sets it.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
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
