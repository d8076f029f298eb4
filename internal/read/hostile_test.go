package read

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHostileFiles reads the reproducers in testdata/hostile: UTF-16 with
// a byte order mark is text, and a page nested deeper than the HTML
// parser goes still yields its text.
func TestHostileFiles(t *testing.T) {
	tests := []struct {
		file, want, not string
	}{
		{"utf16le-bom.txt", "The OSCE met UNESCO in Vienna.", ""},
		{"utf16be-bom.md", "OSCE\n\nThe OSCE met UNESCO in Vienna.", ""},
		{"nested-700.html", "The OSCE met UNESCO in Vienna on 5 May 2016.\n\nSecond & para.", "var x"},
	}
	for _, tc := range tests {
		d, err := File(filepath.Join("testdata", "hostile", tc.file), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.file, err)
			continue
		}
		if d.Text != tc.want || tc.not != "" && strings.Contains(d.Text, tc.not) {
			t.Errorf("%s: text %q, want %q", tc.file, d.Text, tc.want)
		}
		checkMap(t, d)
	}
	if _, err := Bytes("odd.txt", []byte("\xff\xfeA\x00B"), Options{}); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("odd UTF-16: %v", err)
	}
}

// TestNotAFile: a named pipe or a device given by name is refused at
// once (reading a pipe would wait for a writer forever).
func TestNotAFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "story.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, c := range []struct{ path, want string }{{fifo, "named pipe"}, {"/dev/zero", "device"}} {
		if _, err := os.Stat(c.path); err != nil {
			continue
		}
		done := make(chan error, 1)
		go func() { _, err := File(c.path, Options{}); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: %v, want %q", c.path, err, c.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still reading after 5 s", c.path)
		}
	}
}

// addHostile adds the reproducers of testdata/hostile with extension ext
// to a fuzz target's seed corpus, those under 4 KB only (as FuzzExtract):
// with nested-700.html (7.9 KB) among its seeds FuzzHTML's worker made 6
// to 9 executions in a minute, at full CPU, though the file and its random
// mutations read in 20 ms at most (why is not known); TestHostileFiles
// reads every one.
func addHostile(f *testing.F, ext string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*"+ext))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 4096 {
			f.Add(b)
		}
	}
}
