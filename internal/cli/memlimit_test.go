package cli

import (
	"runtime"
	"testing"
)

// TestMemoryLimitFor: an ingest's soft memory limit is the flag's when
// given, none when $GOMEMLIMIT sets the runtime's, else 256 MiB or a
// quarter of a smaller machine's memory.
func TestMemoryLimitFor(t *testing.T) {
	cases := []struct {
		name    string
		flagMiB int64
		gomem   string
		machine int64
		want    int64
	}{
		{"default on a large machine", -1, "", 24 << 30, 256 << 20},
		{"default, machine unknown", -1, "", 0, 256 << 20},
		{"a quarter of a small machine", -1, "", 512 << 20, 128 << 20},
		{"GOMEMLIMIT set: the runtime's", -1, "300MiB", 24 << 30, 0},
		{"flag given", 400, "", 24 << 30, 400 << 20},
		{"flag given over GOMEMLIMIT", 400, "300MiB", 24 << 30, 400 << 20},
		{"flag 0: none", 0, "", 512 << 20, 0},
	}
	for _, c := range cases {
		if got := memoryLimitFor(c.flagMiB, c.gomem, c.machine); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestMachineMemory: a Linux machine's memory is known and at least 64 MiB.
func TestMachineMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/meminfo")
	}
	if m := machineMemory(); m < 64<<20 {
		t.Errorf("machine memory %d", m)
	}
}
