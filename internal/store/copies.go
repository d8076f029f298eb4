package store

// Near-duplicate stories: the same press release re-published with other
// boilerplate, line wrapping, whitespace or markup.
//
// Each story's read text is cut into shingles of four words (case,
// diacritics and punctuation folded), and summarized by a MinHash
// signature of 128 values: the share of equal values between two
// signatures estimates the Jaccard similarity of their shingle sets. The
// signature is cut into 32 bands of 4 values and each band is indexed
// (story_bands), so a story is compared only with the stories sharing a
// band: stories with a similarity of 0.6 share one with a probability
// above 0.98, stories at 0.2 almost never. A candidate is a copy when the
// estimate reaches copyThreshold.
//
// Copies form a group; its original is the member published first (then
// the first path), and every other member has copy_of set to it. A copy's
// reports stay in the events they report, but count as one source with
// the original's (EventRow.Sources).

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"

	"annals/internal/resolve"
)

const (
	mhHashes     = 128
	mhRows       = 4
	mhBands      = mhHashes / mhRows
	shingleWords = 4
	// minShingles: shorter texts get no signature (a headline alone is
	// not a story to call a copy).
	minShingles = 20
	// copyThreshold is the estimated Jaccard similarity of shingles from
	// which two stories are one.
	copyThreshold = 0.6
)

// mhSeeds are the multipliers and offsets of the 128 hash functions,
// fixed so that signatures stay comparable across runs.
var mhSeeds = func() (s [mhHashes][2]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 { // splitmix64
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range s {
		s[i] = [2]uint64{next() | 1, next()}
	}
	return
}()

// signature is the MinHash signature of text, or nil when the text has
// fewer than minShingles shingles.
func signature(text string) []uint32 {
	words := strings.FieldsFunc(resolve.Normalize(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words)-shingleWords+1 < minShingles {
		return nil
	}
	sig := make([]uint32, mhHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j, s := range mhSeeds {
			if v := uint32((x*s[0] + s[1]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// similarity estimates the Jaccard similarity of two signatures.
func similarity(a, b []uint32) float64 {
	if len(a) != mhHashes || len(b) != mhHashes {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / mhHashes
}

func encodeSig(sig []uint32) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint32 {
	if len(b) != 4*mhHashes {
		return nil
	}
	sig := make([]uint32, mhHashes)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}

// bandHashes hashes each band of a signature.
func bandHashes(sig []uint32) []int64 {
	out := make([]int64, mhBands)
	h := fnv.New64a()
	var buf [4]byte
	for b := range mhBands {
		h.Reset()
		for _, v := range sig[b*mhRows : (b+1)*mhRows] {
			binary.LittleEndian.PutUint32(buf[:], v)
			h.Write(buf[:])
		}
		out[b] = int64(h.Sum64())
	}
	return out
}

// markCopies stores the signature of story id, finds the stories it is a
// near-duplicate of, and sets copy_of over the whole copy group. The
// events of the group's reports are derived again (their sources change).
func (t *putTx) markCopies(id int64, text string) error {
	sig := signature(text)
	if _, err := t.tx.ExecContext(t.ctx, `DELETE FROM story_bands WHERE story_id = ?`, id); err != nil {
		return err
	}
	if _, err := t.tx.ExecContext(t.ctx, `UPDATE stories SET minhash = ? WHERE id = ?`, encodeSig(sig), id); err != nil {
		return err
	}
	if sig == nil {
		return nil
	}
	bands := bandHashes(sig)
	var cond []string
	args := []any{id}
	for b, h := range bands {
		if _, err := t.tx.ExecContext(t.ctx, `INSERT OR IGNORE INTO story_bands (band, hash, story_id) VALUES (?, ?, ?)`, b, h, id); err != nil {
			return err
		}
		cond = append(cond, `(band = ? AND hash = ?)`)
		args = append(args, b, h)
	}
	cands, err := t.queryIDs(`SELECT DISTINCT story_id FROM story_bands WHERE story_id <> ? AND (`+strings.Join(cond, " OR ")+`) LIMIT 200`, args...)
	if err != nil {
		return err
	}
	group := map[int64]bool{}
	for _, c := range cands {
		var blob []byte
		var copyOf int64
		if err := t.tx.QueryRowContext(t.ctx, `SELECT minhash, coalesce(copy_of, 0) FROM stories WHERE id = ?`, c).Scan(&blob, &copyOf); err != nil {
			return err
		}
		if similarity(sig, decodeSig(blob)) >= copyThreshold {
			group[c] = true
			if copyOf != 0 {
				group[copyOf] = true
			}
		}
	}
	if len(group) == 0 {
		return nil
	}
	group[id] = true
	return t.regroup(keys(group))
}

// regroup makes the earliest published member of stories (then the first
// path) the original of all the others, including the stories already
// marked as copies of any of them.
func (t *putTx) regroup(stories []int64) error {
	in := placeholders(len(stories))
	args := int64Args(stories)
	members, err := t.queryIDs(`SELECT id FROM stories WHERE id IN (`+in+`) OR copy_of IN (`+in+`)
		ORDER BY pub_lo IS NULL, pub_lo, path, id`, append(args, args...)...)
	if err != nil || len(members) == 0 {
		return err
	}
	orig := members[0]
	if _, err := t.tx.ExecContext(t.ctx, `UPDATE stories SET copy_of = NULL WHERE id = ?`, orig); err != nil {
		return err
	}
	for _, m := range members[1:] {
		if _, err := t.tx.ExecContext(t.ctx, `UPDATE stories SET copy_of = ? WHERE id = ?`, orig, m); err != nil {
			return err
		}
	}
	return t.deriveEventsOf(members)
}

// unmarkCopies takes story id out of its copy group before it is
// replaced or deleted: its copies get the next original.
func (t *putTx) unmarkCopies(id int64) error {
	copies, err := t.queryIDs(`SELECT id FROM stories WHERE copy_of = ?`, id)
	if err != nil {
		return err
	}
	if _, err := t.tx.ExecContext(t.ctx, `UPDATE stories SET copy_of = NULL WHERE id = ? OR copy_of = ?`, id, id); err != nil {
		return err
	}
	if len(copies) > 1 {
		return t.regroup(copies)
	}
	return t.deriveEventsOf(copies)
}

// deriveEventsOf marks the events reported by stories for deriving.
func (t *putTx) deriveEventsOf(stories []int64) error {
	if len(stories) == 0 {
		return nil
	}
	evs, err := t.queryIDs(`SELECT DISTINCT event_id FROM reports WHERE story_id IN (`+placeholders(len(stories))+`)`, int64Args(stories)...)
	for _, e := range evs {
		t.derive[e] = true
	}
	return err
}

func keys(m map[int64]bool) []int64 { return sortedKeys(m) }
