package cli

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestHugeHeap checks that hugeHeap advises a region of the heap of its
// size: a mapping of at least hugeHeapSize less the unaligned 2 MB pages
// at its ends, flagged for huge pages ("hg" in /proc/self/smaps).
func TestHugeHeap(t *testing.T) {
	if err := hugeHeap(); err != nil {
		t.Skipf("madvise: %v (no transparent huge pages here)", err)
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	var size uint64 // of the mapping being read
	largest := uint64(0)
	for line := range strings.Lines(string(smaps)) {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":"):
			a, b, _ := strings.Cut(f[0], "-")
			lo, err1 := strconv.ParseUint(a, 16, 64)
			hi, err2 := strconv.ParseUint(b, 16, 64)
			if err1 != nil || err2 != nil {
				t.Fatalf("smaps: %q", line)
			}
			size = hi - lo
		case f[0] == "VmFlags:" && strings.Contains(line, " hg"):
			largest = max(largest, size)
		}
	}
	if want := uint64(hugeHeapSize - 4<<20); largest < want {
		t.Errorf("largest mapping advised for huge pages: %d bytes, want >= %d", largest, want)
	}
}
