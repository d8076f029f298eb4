package cli

import (
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// hugeHeapSize is how much of the heap's address space hugeHeap asks the
// kernel to back with huge pages: more than the heap of an extraction
// reaches (its collector's goal stays under 50 MB over 1,000 stories with
// two workers, docs/performance.md).
const hugeHeapSize = 64 << 20

// madvHugepage is MADV_HUGEPAGE of <sys/mman.h> (the syscall package does
// not name it).
const madvHugepage = 14

// hugeHeap asks that the first hugeHeapSize bytes of heap the process
// will use be backed by transparent huge pages, where the kernel backs
// only regions so advised with them (transparent_hugepage "madvise", the
// default of most distributions). The Go runtime advises none of its heap
// so, and every 4 KB page of new memory it touches is a page fault: about
// 12 microseconds each in these virtual machines, 15,000 of them over
// 1,000 stories (a tenth of the CPU), 5,000 in a process that extracts one
// small file (a third of it). A 2 MB page is one fault.
//
// The runtime maps heap memory where and when it grows, so the advice
// cannot be given to its arena beforehand: hugeHeap allocates one object
// of hugeHeapSize (which the runtime maps fresh and does not touch: new
// memory is zero), advises the aligned 2 MB pages inside it, and lets the
// collector free it at once; its pages go back to the heap's free pages,
// lowest first, which are the ones the next allocations take. It returns
// the error of madvise (EINVAL in a kernel without transparent huge pages),
// which changes nothing else: the pages are then ordinary ones.
func hugeHeap() error {
	// no collection for the object's allocation (the heap's first goal
	// is 4 MB): the one below frees it
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	b := make([]byte, hugeHeapSize)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (p + 2<<20 - 1) &^ (2<<20 - 1)
	end := (p + hugeHeapSize) &^ (2<<20 - 1)
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugepage)
	runtime.KeepAlive(b)
	runtime.GC()
	if errno != 0 {
		return errno
	}
	return nil
}
