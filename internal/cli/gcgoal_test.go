package cli

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// gogc reads the collector's percentage without setting it.
func gogc() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// TestResumeCollector builds 16 MB of tables with the collector held off,
// as extractor does: the collector resumes with its first goal past the
// heap (a percentage above 100), and is back at 100 once a collection has
// run; held off by the caller's own setting, it stays off.
func TestResumeCollector(t *testing.T) {
	resumed() // a command of another test may have left one pending
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	if got := firstGoalPercent(-1); got != -1 {
		t.Errorf("firstGoalPercent(-1) = %d, want -1", got)
	}
	runtime.GC()
	old := debug.SetGCPercent(-1)
	tables := make([][]byte, 16)
	for i := range tables {
		tables[i] = make([]byte, 1<<20)
	}
	resumeCollector(old)
	if got := gogc(); got <= 100 {
		t.Errorf("after the tables: GOGC %d, want above 100", got)
	}
	for start := time.Now(); gogc() != 100 && time.Since(start) < 5*time.Second; {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := gogc(); got != 100 {
		t.Errorf("after a collection: GOGC %d, want 100", got)
	}
	// tables built twice before the first collection (the second time
	// the collector is held off from the raised percentage): 100 is
	// given back
	more := make([][]byte, 2)
	for i := range more {
		old = debug.SetGCPercent(-1)
		more[i] = make([]byte, 32<<20)
		resumeCollector(old)
	}
	if got := gogc(); got <= 100 {
		t.Errorf("after the tables twice: GOGC %d, want above 100", got)
	}
	for start := time.Now(); gogc() != 100 && time.Since(start) < 5*time.Second; {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := gogc(); got != 100 {
		t.Errorf("after the tables twice and a collection: GOGC %d, want 100", got)
	}
	runtime.KeepAlive(tables)
	runtime.KeepAlive(more)
}
