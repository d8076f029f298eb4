package extract

// wordSet's counterpart for a story: the set of the words a story writes
// in lower case (state.lowerSeen), written once for every lower-case word
// of the story and read by the rules that ask whether a capitalized word
// is also a common one. A Go map keyed by the word cost about 180
// instructions a write (its string hash and its table's probing: 1% of an
// extraction); this table of the words themselves, probed linearly from
// a hash of four of the word's bytes and its length, costs about a third.

// seenWords is a set of non-empty strings.
type seenWords struct {
	slots []string // a power of two long (or empty); "" is a free slot
	n     int      // the words held
}

// seenHash hashes w (not empty) from its length and its first, middle
// and last bytes, as wordSet's filter keys a word, spread by Fibonacci
// hashing: words of one story that agree on all four are few.
func seenHash(w string) uint64 {
	n := len(w)
	k := uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	return k * 0x9E3779B97F4A7C15
}

// add puts w in the set; the empty word is never held.
func (t *seenWords) add(w string) {
	if w == "" {
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := seenHash(w) >> 32 & mask; ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == "":
			t.slots[i] = w
			t.n++
			return
		case s == w:
			return
		}
	}
}

// has reports whether w is in the set.
func (t *seenWords) has(w string) bool {
	if w == "" || t.n == 0 {
		return false
	}
	mask := uint64(len(t.slots) - 1)
	for i := seenHash(w) >> 32 & mask; ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == "":
			return false
		case s == w:
			return true
		}
	}
}

// grow doubles the table (at least 256 slots) and puts its words back.
func (t *seenWords) grow() {
	old := t.slots
	t.slots = make([]string, max(256, 2*len(old)))
	t.n = 0
	for _, w := range old {
		if w != "" {
			t.add(w)
		}
	}
}

// reset empties the set, keeping its table for the next story (unless it
// grew large: a long story's table is let go).
func (t *seenWords) reset() {
	if len(t.slots) > 1<<16 {
		t.slots = nil
	} else {
		clear(t.slots)
	}
	t.n = 0
}
