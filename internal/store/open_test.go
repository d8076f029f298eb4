package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenBadFolder: a database path in a missing folder, or under a
// file, says which folder is wrong (SQLite says only "unable to open
// database file").
func TestOpenBadFolder(t *testing.T) {
	sqliteOnly(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing", "a.db"), "folder " + filepath.Join(dir, "missing") + " does not exist"},
		{filepath.Join(file, "a.db"), file + " is not a folder"},
	} {
		s, err := Open(c.path)
		if err == nil {
			s.Close()
			t.Errorf("%s: opened", c.path)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), c.path) {
			t.Errorf("%s: %v, want %q", c.path, err, c.want)
		}
	}
}
