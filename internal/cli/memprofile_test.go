package cli

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// heapHeld keeps what the holders allocate live until a test drops it.
var heapHeld [][]byte

//go:noinline
func holdSmaller(mb int) {
	for range mb {
		heapHeld = append(heapHeld, make([]byte, 1<<20))
	}
}

//go:noinline
func holdLarger(mb int) {
	for range mb {
		heapHeld = append(heapHeld, make([]byte, 1<<20))
	}
}

// profileText is the heap profile at path unzipped (its strings, the
// functions' names among them, are plain in it); "" when there is none.
func profileText(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(b)
}

// settled collects so that the live heap is what is held, and waits a
// few ticks of the watch.
func settled() {
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
}

// TestMemProfile: with $ANNALS_MEMPROFILE set, the file holds the heap
// profile at the largest live heap: written when the heap grew, not
// written again when it shrank (a profile of the end of a run would miss
// its peak), written again at the stop when it grew past the last one.
// Without the variable nothing is written.
func TestMemProfile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "heap.pb.gz")
	for _, c := range []struct {
		name string
		env  string
	}{{"unset", ""}, {"set", path}} {
		t.Run(c.name, func(t *testing.T) {
			defer func() { heapHeld = nil }()
			env := &Env{Stderr: io.Discard, Getenv: func(k string) string {
				if k == "ANNALS_MEMPROFILE" {
					return c.env
				}
				return ""
			}}
			stop := memProfile(env, 5*time.Millisecond)
			holdSmaller(48)
			settled()
			first := profileText(t, path)
			if c.env == "" {
				stop()
				if first != "" {
					t.Fatalf("a profile written without $ANNALS_MEMPROFILE")
				}
				if names, _ := os.ReadDir(dir); len(names) != 0 {
					t.Fatalf("files written without $ANNALS_MEMPROFILE: %v", names)
				}
				return
			}
			if !bytes.Contains([]byte(first), []byte("holdSmaller")) {
				t.Fatalf("after 48 MB held: the profile does not name holdSmaller (%d bytes)", len(first))
			}
			heapHeld = nil
			settled()
			if got := profileText(t, path); got != first {
				t.Errorf("the heap shrank and the profile was written again")
			}
			holdLarger(160)
			runtime.GC()
			stop()
			last := profileText(t, path)
			if !bytes.Contains([]byte(last), []byte("holdLarger")) {
				t.Errorf("after 160 MB held and the stop: the profile does not name holdLarger")
			}
			if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
				t.Errorf("the temporary file is left: %v", err)
			}
		})
	}
}
