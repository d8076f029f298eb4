package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFolder writes two small stories into a new folder (one nested).
func writeFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":     "ISTANBUL, 21 October 2016 - The Turkic Council and the United Nations Alliance of Civilizations signed a Memorandum of Understanding on 20 October 2016 in Istanbul.\n",
		"sub/b.md":  "The **Turkic Council** and the [United Nations Alliance of Civilizations](#) signed a Memorandum of Understanding on 20 October 2016 in Istanbul, reports said.\n",
		"README.md": "# not a story\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFoldersAndIngestSummary(t *testing.T) {
	dir := writeFolder(t)
	code, out, errOut := run(nil, "read", dir)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "b.md") {
		t.Errorf("read of a folder: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = run(nil, "extract", dir)
	if code != 0 || strings.Count(out, "\n") != 2 || strings.Contains(out, "README") {
		t.Errorf("extract of a folder: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = run(nil, "extract", filepath.Join(dir, "none"))
	if code != 1 || !strings.Contains(errOut, "none: no such file or folder") {
		t.Errorf("extract of a missing path: exit %d, stderr %q", code, errOut)
	}

	db := filepath.Join(t.TempDir(), "x.db")
	code, out, errOut = run(nil, "ingest", "--db", db, dir)
	if code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errOut)
	}
	// the two stories report one agreement: 1 event, 2 reports
	if !strings.Contains(out, "2 stored") || !strings.Contains(out, "1 event (2 reports)") {
		t.Errorf("ingest summary %q, want 2 stored and 1 event (2 reports)", out)
	}
	code, out, _ = run(nil, "ingest", "--db", db, dir)
	if code != 0 || !strings.Contains(out, "2 unchanged") || !strings.Contains(out, "0 events (0 reports)") {
		t.Errorf("second ingest summary %q", out)
	}
}

// TestStoredNames checks that stories are stored under names relative to
// the folder they were ingested from, never under a path of the machine.
func TestStoredNames(t *testing.T) {
	dir := writeFolder(t)
	for _, tc := range []struct{ arg, path, want string }{
		{"examples", "examples/a.md", "examples/a.md"},
		{"examples/a.md", "examples/a.md", "examples/a.md"},
		{"./x/../examples", "examples/sub/b.md", "examples/sub/b.md"},
		{dir, filepath.Join(dir, "sub", "b.md"), filepath.Base(dir) + "/sub/b.md"},
		{filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.txt"), "a.txt"},
		{"../shared/dev/stories", "../shared/dev/stories/x.txt", "stories/x.txt"},
	} {
		if got := storedName(tc.arg, tc.path); got != tc.want {
			t.Errorf("storedName(%q, %q) = %q, want %q", tc.arg, tc.path, got, tc.want)
		}
	}
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errOut := run(nil, "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errOut)
	}
	_, out, _ := run(nil, "search", "--db", db, "--format", "json", "Istanbul")
	if strings.Contains(out, dir) || !strings.Contains(out, filepath.Base(dir)+"/sub/b.md") {
		t.Errorf("stored paths in %s: want %s/..., never %s", out, filepath.Base(dir), dir)
	}
}

// A folder named through a link is read through it, and a folder with no
// story file is an error, not an empty load.
func TestLinkedAndEmptyFolders(t *testing.T) {
	dir := writeFolder(t)
	link := filepath.Join(t.TempDir(), "news")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	code, out, errOut := run(nil, "extract", link)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "b.md") {
		t.Errorf("extract of a linked folder: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(nil, "ingest", "--db", filepath.Join(t.TempDir(), "x.db"), empty, dir)
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, empty+": no story files") || !strings.Contains(out, "2 stored") {
		t.Errorf("ingest of an empty folder and a folder: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
