package text

import "hash/maphash"

// WordTable maps words to int32 values (a word list's ids, the index of a
// lexicon entry) for lookups once per token of every story, with the
// word as bytes (a lower-cased or folded copy in a buffer).
//
// A Go map of strings reads three places of memory per lookup (its
// control word, the slot with the key's string header, the key's bytes
// somewhere else on the heap) and hashes the key with the general string
// hash. Here a word of up to wordInline bytes (nearly all of them) is
// kept inside its 16-byte slot, so a lookup reads one slot, or a few
// neighbouring ones (open addressing, linear probing, at most half full).
// Longer words, and the empty word, are in a map of their own. It is
// read-only once made, and safe for concurrent use.
//
// Most words looked up are in no table (a story's words in the figures'
// or the dates' lexicon), and a bitmap of the tables' words by length,
// first and last byte (2 KB, which stays in the processor's cache)
// turns most of them away before they are hashed.
type WordTable struct {
	seed  maphash.Seed
	slots []wordSlot
	mask  uint64
	long  map[string]int32
	seen  [filterBits / 64]uint64 // bit filterKey(w) set for every word w held
}

// filterBits is the size of the bitmap of the words held: 16 lengths
// (modulo 16) by 32 first bytes by 32 last bytes (each modulo 32, which
// tells the ASCII letters apart whatever their case).
const filterBits = 16 * 32 * 32

// filterKey is the bit of the non-empty word w in a table's bitmap.
func filterKey[S ~string | ~[]byte](w S) uint {
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// wordInline is the longest word kept in a slot.
const wordInline = 11

type wordSlot struct {
	n  uint8 // the word's length; 0: empty
	w  [wordInline]byte
	id int32
}

// NewWordTable builds the table of the words of m.
func NewWordTable(m map[string]int32) *WordTable {
	t := newWordTable(len(m))
	for w, id := range m {
		t.add(w, id)
	}
	return t
}

// NewWordTableOf builds the table of words[i] with the value ids[i], for
// a list read from a file, which a map would only be made for; the words
// are distinct.
func NewWordTableOf(words []string, ids []int32) *WordTable {
	t := newWordTable(len(words))
	for i, w := range words {
		t.add(w, ids[i])
	}
	return t
}

// newWordTable makes an empty table for n words.
func newWordTable(n int) *WordTable {
	t := &WordTable{seed: maphash.MakeSeed(), long: map[string]int32{}}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t.slots = make([]wordSlot, size)
	// A large new array is memory the process has not touched yet, and the
	// runtime leaves it so (it is zero already). Probing it reads a page
	// before writing it: the read maps the kernel's zero page and the
	// write then faults again to copy it, about 40 microseconds a 4 KB
	// page in the virtual machines annals runs in, against 12 for a page
	// written first. Writing the array once, in order, first costs one
	// fault a page (docs/performance.md, eighth round).
	clear(t.slots)
	t.mask = uint64(size - 1)
	return t
}

// add puts the word w, not held yet, in the table with the value id.
func (t *WordTable) add(w string, id int32) {
	if len(w) > 0 {
		k := filterKey(w)
		t.seen[k/64] |= 1 << (k % 64)
	}
	if len(w) == 0 || len(w) > wordInline {
		t.long[w] = id
		return
	}
	i := maphash.String(t.seed, w) & t.mask
	for t.slots[i].n != 0 {
		i = (i + 1) & t.mask
	}
	s := &t.slots[i]
	s.n, s.id = uint8(len(w)), id
	copy(s.w[:], w)
}

// MayHold reports whether the table may hold the non-empty word w in
// any case of its ASCII letters: false when its bitmap has no word of
// w's length, first and last letter (read modulo 32, as filterKey does,
// which tells the letters apart whatever their case). A word of ASCII
// letters and digits it turns away is held in none of its cases, so a
// caller need not lower-case it to ask.
func (t *WordTable) MayHold(w string) bool {
	k := filterKey(w)
	return t.seen[k/64]&(1<<(k%64)) != 0
}

// Get returns the value of the word w and whether the table holds it.
func (t *WordTable) Get(w []byte) (int32, bool) {
	if len(w) > 0 {
		if k := filterKey(w); t.seen[k/64]&(1<<(k%64)) == 0 {
			return 0, false
		}
	}
	if len(w) == 0 || len(w) > wordInline {
		id, ok := t.long[string(w)]
		return id, ok
	}
	for i := maphash.Bytes(t.seed, w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(w) && string(s.w[:len(w)]) == string(w) {
			return s.id, true
		}
	}
}

// GetString is Get for a word held in a string (a story's lower-cased
// token), without copying it into a buffer first.
func (t *WordTable) GetString(w string) (int32, bool) {
	if len(w) > 0 {
		if k := filterKey(w); t.seen[k/64]&(1<<(k%64)) == 0 {
			return 0, false
		}
	}
	if len(w) == 0 || len(w) > wordInline {
		id, ok := t.long[w]
		return id, ok
	}
	for i := maphash.String(t.seed, w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(w) && string(s.w[:len(w)]) == w {
			return s.id, true
		}
	}
}
