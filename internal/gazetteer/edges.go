package gazetteer

// edgeTable holds the trie's edges as the matcher reads them: a slot per
// edge in one array (open addressing, linear probing, at most half
// full), found by a multiplication of its key. The matcher asks it two
// or three times for every capitalized word of every story; a Go map of
// the same edges hashed each key with the general hash and matched its
// groups' control bytes (about 2% of an extraction between them). It is
// made once the edges are complete and read only after.
type edgeTable struct {
	slots []edgeSlot
	shift uint   // 64 less the log2 of len(slots)
	mask  uint64 // len(slots) - 1
}

// edgeSlot is one edge: its key (edgeKey) and its child. No edge leads
// to the root, so a child of 0 marks an empty slot.
type edgeSlot struct {
	key   uint64
	child int32
}

// newEdgeTable makes the table of the edges of m (key -> child).
func newEdgeTable(m map[uint64]int32) edgeTable {
	size, shift := 16, uint(60)
	for size < 2*len(m) {
		size <<= 1
		shift--
	}
	t := edgeTable{slots: make([]edgeSlot, size), shift: shift, mask: uint64(size - 1)}
	for k, c := range m {
		i := t.home(k)
		for t.slots[i].child != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = edgeSlot{key: k, child: c}
	}
	return t
}

// home is the first slot of the key k: the high bits of its product with
// 2^64 divided by the golden ratio, which every bit of k moves.
func (t *edgeTable) home(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> t.shift }

// get returns the child of the edge k and whether there is one.
func (t *edgeTable) get(k uint64) (int32, bool) {
	for i := t.home(k); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.child == 0 {
			return 0, false
		}
		if s.key == k {
			return s.child, true
		}
	}
}
