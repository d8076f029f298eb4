package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQueueCommandsNeedPostgres: the job queue lives in PostgreSQL; on
// SQLite each queue command is a usage error (exit 2) naming the need.
func TestQueueCommandsNeedPostgres(t *testing.T) {
	dir := writeFolder(t)
	db := filepath.Join(t.TempDir(), "annals.db")
	tests := []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"ingest --queue", nil, []string{"ingest", "--queue", "--db", db, dir}},
		{"ingest --queue, $ANNALS_DB", map[string]string{"ANNALS_DB": db}, []string{"ingest", "--queue", dir}},
		{"worker", nil, []string{"worker", "--db", db}},
		{"queue", nil, []string{"queue", "--db", db}},
		{"queue retry", nil, []string{"queue", "--db", db, "retry", "1"}},
	}
	for _, tt := range tests {
		code, out, errOut := run(tt.env, tt.args...)
		if code != 2 || !strings.Contains(errOut, "needs a PostgreSQL database") || out != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want a usage error", tt.name, code, out, errOut)
		}
	}
}
