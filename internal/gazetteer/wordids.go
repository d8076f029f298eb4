package gazetteer

import "hash/maphash"

// wordIDs is the vocabulary of the matching trie (folded word -> token
// id) as the matcher reads it: once per token of every story.
//
// A Go map of strings reads three places of memory per lookup (its
// control word, the slot with the key's string header, the key's bytes
// somewhere else on the heap), and with 10,000 words they are seldom in
// the processor's cache: the lookup was the largest part of matching. Here
// a word of up to wordInline bytes (nearly all of them) is kept inside its
// 16-byte slot, so a lookup reads one slot, or a few neighbouring ones
// (open addressing, linear probing, at most half full). Longer words, and
// the empty word, are in a map of their own.
type wordIDs struct {
	seed  maphash.Seed
	slots []wordSlot
	mask  uint64
	long  map[string]int32
}

// wordInline is the longest word kept in a slot.
const wordInline = 11

type wordSlot struct {
	n  uint8 // the word's length; 0: empty
	w  [wordInline]byte
	id int32
}

// newWordIDs builds the table of the words of vocab.
func newWordIDs(vocab map[string]int32) *wordIDs {
	t := &wordIDs{seed: maphash.MakeSeed(), long: map[string]int32{}}
	size := 16
	for size < 2*len(vocab) {
		size <<= 1
	}
	t.slots = make([]wordSlot, size)
	t.mask = uint64(size - 1)
	for w, id := range vocab {
		if len(w) == 0 || len(w) > wordInline {
			t.long[w] = id
			continue
		}
		i := maphash.String(t.seed, w) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		s := &t.slots[i]
		s.n, s.id = uint8(len(w)), id
		copy(s.w[:], w)
	}
	return t
}

// get returns the id of the folded word w and whether it is known.
func (t *wordIDs) get(w []byte) (int32, bool) {
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
