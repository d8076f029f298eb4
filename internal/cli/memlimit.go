package cli

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// ingestMemoryLimit is the soft limit of the Go runtime's memory an
// ingest sets when neither --memory-limit nor $GOMEMLIMIT gives one, on a
// machine with at least four times as much memory. At 296,083 stories a
// load's live heap peaked at 118-138 MB and the runtime held 297 MB for
// it (the collector lets the heap grow to twice what is live before it
// runs, and returns freed pages lazily), besides SQLite's ~170 MB, which
// is not Go's and which the limit leaves alone: held near 256 MB, the Go
// side keeps a load's peak under the 500 MB wanted at a million stories
// (docs/performance.md, "Pages at 300,000 stories (session 35)"). Work
// that needs more still gets it: the limit is soft, and the collector
// then uses at most half the CPU.
const ingestMemoryLimit = 256 << 20

// memoryLimitFor is the soft limit (bytes; 0 for none set) of an ingest
// given --memory-limit in MiB (flagMiB: 0 for none, < 0 for the default),
// $GOMEMLIMIT (gomem) and the machine's memory in bytes (machine, 0 when
// unknown): the flag when given, else none when $GOMEMLIMIT sets the
// runtime's, else ingestMemoryLimit, or a quarter of the machine's
// memory when that is less.
func memoryLimitFor(flagMiB int64, gomem string, machine int64) int64 {
	switch {
	case flagMiB >= 0:
		return flagMiB << 20
	case gomem != "":
		return 0
	case machine > 0 && machine/4 < ingestMemoryLimit:
		return machine / 4
	}
	return ingestMemoryLimit
}

// setMemoryLimit sets the soft limit of the Go runtime's memory to limit
// bytes (nothing when 0) and returns the function that gives back the
// limit before it.
func setMemoryLimit(limit int64) (restore func()) {
	if limit <= 0 {
		return func() {}
	}
	old := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(old) }
}

// machineMemory is the memory this process may use in bytes: the
// machine's (MemTotal of /proc/meminfo), or its control group's limit
// (cgroup v2 memory.max) when lower; 0 when neither is known.
func machineMemory() int64 {
	var total int64
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
				if kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64); err == nil {
					total = kb << 10
				}
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}
