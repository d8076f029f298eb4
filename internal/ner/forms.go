package ner

import "hash/maphash"

// formTable is a tagging state's map of the word forms it has seen,
// looked up once per interned token.
//
// A Go map of strings to entries reads four places of memory per lookup:
// its control word, the slot with the key's string header, the key's
// bytes (the form, on the heap) and the entry it points to. Here a slot
// holds the form's first formInline bytes, its weights, the index of its
// lower-cased form among the state's (tagState.lowDocs) and the form's
// place in the current document (the document it was last seen in and
// its index there), so that the lookup of a form already seen in the
// document (most tokens) reads one slot, or a few neighbouring ones:
// open addressing, linear probing, at most three quarters full. A longer
// form is compared with its weights' copy of the form.
type formTable struct {
	seed  maphash.Seed
	slots []formSlot
	n     int   // slots in use
	r     *vecs // the wordVecs the slots name
}

// formInline is how many bytes of a form its slot holds.
const formInline = 15

// formSlot is one form of a formTable (32 bytes: two a cache line). It
// holds no pointer (see arena).
type formSlot struct {
	vec int32  // the form's weights, a reference of vecs; 0: the slot is empty
	low int32  // the index of its lower-cased form in tagState.lowDocs
	doc uint32 // the document id belongs to
	id  int32  // the form's index in the words of document doc
	n   uint8  // the form's length (255 for any longer)
	w   [formInline]byte
}

// minFormSlots is the size of a new table (1 MB): it holds 24,576
// forms, about what a state sees over a thousand stories, so that a
// fresh process does not grow it from small (each growth reads every
// long form's weights again).
const minFormSlots = 1 << 15

func newFormTable(r *vecs) formTable {
	return newFormTableN(r, minFormSlots)
}

// newFormTableN returns a table of n slots (a power of 2) of the
// wordVecs of r.
func newFormTableN(r *vecs, n int) formTable {
	return formTable{seed: maphash.MakeSeed(), slots: newSlots[formSlot](n), r: r}
}

// newSlots returns a zeroed array of n slots of an open-addressing table,
// written once in order. A large new array is memory the process has not
// touched yet, and the runtime leaves it so (it is zero already); probing
// it reads a page before writing it, and the read maps the kernel's zero
// page that the write then faults again to copy: about 40 microseconds a
// 4 KB page in the virtual machines annals runs in, against 12 for a page
// written first (docs/performance.md, eighth round).
func newSlots[S any](n int) []S {
	s := make([]S, n)
	clear(s)
	return s
}

// slotLen is the length a slot records for a form of n bytes.
func slotLen(n int) uint8 { return uint8(min(n, 255)) }

// get returns the slot of the form w, nil if the table has none. The
// slot is valid until the next put.
func (t *formTable) get(w string) *formSlot {
	mask := uint64(len(t.slots) - 1)
	n, k := slotLen(len(w)), min(len(w), formInline)
	for i := maphash.String(t.seed, w) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.vec == 0 {
			return nil
		}
		// a longer form is compared with its wordVec's copy
		if s.n == n && string(s.w[:k]) == w[:k] && (len(w) <= formInline || t.r.word(s.vec) == w) {
			return s
		}
	}
}

// put adds the form w (not in the table), whose weights are ref and
// lower-cased form low, and returns its slot, valid until the next put.
func (t *formTable) put(w string, ref, low int32) *formSlot {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	t.n++
	s := t.free(w)
	s.vec, s.low, s.n = ref, low, slotLen(len(w))
	copy(s.w[:], w)
	return s
}

// free returns the empty slot where the form w goes.
func (t *formTable) free(w string) *formSlot {
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(t.seed, w) & mask
	for t.slots[i].vec != 0 {
		i = (i + 1) & mask
	}
	return &t.slots[i]
}

// grow doubles the table.
func (t *formTable) grow() {
	old := t.slots
	t.slots = newSlots[formSlot](2 * len(old))
	for i := range old {
		if s := &old[i]; s.vec != 0 {
			// the form read from old: a slot of old is not yet
			// overwritten when its form is asked
			w := string(s.w[:min(int(s.n), formInline)])
			if s.n > formInline {
				w = t.r.word(s.vec)
			}
			*t.free(w) = *s
		}
	}
}

// reset empties the table, keeping its memory.
func (t *formTable) reset() {
	clear(t.slots)
	t.n = 0
}

// len returns the number of forms in the table.
func (t *formTable) len() int { return t.n }
