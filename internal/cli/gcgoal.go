package cli

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// resumeCollector gives the collector back its percentage old (what
// debug.SetGCPercent(-1) returned) once the tables every extraction reads
// are built with it held off, placing the first collection's goal at
// a quarter past the heap now, and old's goal from the collection after.
//
// The runtime sets a collection's goal from the heap the last one found
// live: here the one hugeHeap forced before the tables, about 1 MB. Given
// old (100) at once, the goal was under the 10 MB of tables just built, a
// collection started at once and found them all live: 4 ms of CPU for
// nothing, a tenth of what extracting one small file costs. Now the first
// collection waits for the heap to grow by a quarter (a small file's
// process then runs none), and a cleanup of an object made now, run once a collection
// has found it gone, gives old back, for goals from a heap that holds the
// tables.
//
// A process that builds the tables again before that collection (the
// tests run many commands in one) finds the raised percentage where it
// held the collector off: the one to give back stays the first.
func resumeCollector(old int) {
	resume.Lock()
	defer resume.Unlock()
	if resume.pending {
		old = resume.base
	}
	pct := firstGoalPercent(old)
	debug.SetGCPercent(pct)
	if pct == old {
		resume.pending = false
		return
	}
	if !resume.pending {
		runtime.AddCleanup(new([2]*byte), func(int) { resumed() }, 0)
	}
	resume.pending, resume.base = true, old
}

// resume is what resumeCollector has to give back: base, the percentage
// before the tables, while pending.
var resume struct {
	sync.Mutex
	pending bool
	base    int
}

// resumed gives the collector back its percentage before the tables.
func resumed() {
	resume.Lock()
	defer resume.Unlock()
	if resume.pending {
		debug.SetGCPercent(resume.base)
		resume.pending = false
	}
}

// firstGoalShare is how much the heap may grow past the tables before the
// first collection: a quarter. Half the heap built with the collector held
// off is garbage (the builders' buffers); a goal of twice that heap put
// the first collection of a run with the rules alone at 39 MB, twice
// their later goals, and its peak RSS 47-49 -> 62-63 MB.
const firstGoalShare = 4

// firstGoalPercent returns the percentage that puts the next collection's
// goal a quarter past the heap now (firstGoalShare), or old when old's goal is as far already (or
// the collector is off, or the runtime does not say).
func firstGoalPercent(old int) int {
	if old < 0 {
		return old
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return old
	}
	marked, now := s[0].Value.Uint64(), s[1].Value.Uint64()
	if marked == 0 || now <= marked {
		return old
	}
	// the goal is marked × (1 + pct/100)
	return max(old, int(min(100*(now+now/firstGoalShare)/marked-100, 10000)))
}
