package ner

import "hash/maphash"

// vocabTable holds what the word classes file says of each of its
// words (vocabWord), for the lookups of a word form's first sight (its
// classes, up to three forms of it) and of the rules (CommonWord,
// NameLike).
//
// A Go map of the 40,857 words read three places of memory per lookup
// (its control word, the slot with the key's string header, the key's
// bytes in the embedded file) and was filled key by key at start-up.
// Here a word of up to vocabInline bytes (nearly all) is kept inside its
// 32-byte slot with its vocabWord, so a lookup reads one slot or a few
// neighbouring ones (open addressing, linear probing, at most three
// quarters full). Longer words, and the empty word, are in a map of
// their own. It is read-only once filled.
type vocabTable struct {
	seed  maphash.Seed
	slots []vocabSlot
	mask  uint64
	long  map[string]*vocabWord
	n     int
}

// vocabInline is the longest word kept in a slot.
const vocabInline = 19

type vocabSlot struct {
	n uint8 // the word's length; 0: empty
	w [vocabInline]byte
	v vocabWord
}

// newVocabTable returns an empty table for about n words.
func newVocabTable(n int) *vocabTable {
	size := 16
	for 3*size < 4*n {
		size <<= 1
	}
	return &vocabTable{seed: maphash.MakeSeed(), slots: newSlots[vocabSlot](size), mask: uint64(size - 1), long: map[string]*vocabWord{}}
}

// get returns what the table holds of the word w.
func (t *vocabTable) get(w string) (vocabWord, bool) { return vocabGet(t, w) }

// getBytes is get of the word written in w: no string is made of it.
func (t *vocabTable) getBytes(w []byte) (vocabWord, bool) { return vocabGet(t, w) }

func vocabGet[W string | []byte](t *vocabTable, w W) (vocabWord, bool) {
	if len(w) == 0 || len(w) > vocabInline {
		if v := t.long[string(w)]; v != nil {
			return *v, true
		}
		return vocabWord{}, false
	}
	var h uint64
	switch w := any(w).(type) {
	case string:
		h = maphash.String(t.seed, w)
	case []byte:
		h = maphash.Bytes(t.seed, w)
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return vocabWord{}, false
		}
		if int(s.n) == len(w) && string(s.w[:len(w)]) == string(w) {
			return s.v, true
		}
	}
}

// ref returns the entry of the word w, adding an empty one when the
// table has none, and whether it was there.
func (t *vocabTable) ref(w string) (*vocabWord, bool) {
	if len(w) == 0 || len(w) > vocabInline {
		if v := t.long[w]; v != nil {
			return v, true
		}
		v := new(vocabWord)
		t.long[w] = v
		t.n++
		return v, false
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	for i := maphash.String(t.seed, w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			s.n = uint8(len(w))
			copy(s.w[:], w)
			t.n++
			return &s.v, false
		}
		if int(s.n) == len(w) && string(s.w[:len(w)]) == w {
			return &s.v, true
		}
	}
}

// put adds the word w with what v says of it, for a table made at its
// size (put does not grow it); it returns false when w is there already.
func (t *vocabTable) put(w string, v vocabWord) bool {
	if len(w) == 0 || len(w) > vocabInline {
		if t.long[w] != nil {
			return false
		}
		p := new(vocabWord)
		*p = v
		t.long[w] = p
		t.n++
		return true
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		return false
	}
	for i := maphash.String(t.seed, w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			s.n = uint8(len(w))
			copy(s.w[:], w)
			s.v = v
			t.n++
			return true
		}
		if int(s.n) == len(w) && string(s.w[:len(w)]) == w {
			return false
		}
	}
}

// grow doubles the slots.
func (t *vocabTable) grow() {
	old := t.slots
	t.slots = newSlots[vocabSlot](2 * len(old))
	t.mask = uint64(len(t.slots) - 1)
	for k := range old {
		s := &old[k]
		if s.n == 0 {
			continue
		}
		i := maphash.Bytes(t.seed, s.w[:s.n]) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = *s
	}
}

// len returns the number of words in the table.
func (t *vocabTable) len() int { return t.n }
