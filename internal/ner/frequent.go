package ner

import (
	_ "embed"
	"encoding/binary"
	"hash/crc32"
	"math/bits"
)

// The weights of the most frequent word forms of news, computed when the
// model is built.
//
// The first sight of a word form in a process (newWordVec) hashes its
// fifty-odd features and reads each one's row of the weight table, a
// table of 1.3 MB that the processor's cache does not hold: the largest
// source of the tagger's cache misses over a run of a thousand stories
// (docs/performance.md, "Extraction speed (session 36)"). frequent.bin
// holds the finished weights (the five offsets' sums, the bias added) of
// the forms the tagger reads most often in the unlabelled news of
// ../shared/corpus, so that their first sight reads one entry, a few
// neighbouring cache lines, instead.
//
// An entry is used only when it is what the computation would give:
// the file names the checksum of the model it was made with (Default
// attaches it to the embedded model only when that is the one), and
// each entry records what the word lists said of its form when it was
// made (its word classes, whether it is a title word, a given name): the
// first sight compares them with what the lists say now and computes the
// weights as before on any difference. TestFrequentFormsFile recomputes
// every entry; when the model, the word lists or the features change it
// fails until the file is made again with
//
//	go generate ./internal/ner
//
//go:generate go test -run ^TestFrequentFormsFile$ -update-frequent .
//go:embed frequent.bin
var frequentBin string

// frequentMagic opens frequent.bin; its number changes with the format.
const frequentMagic = "annals frequent forms 1\n"

// The file (little endian): frequentMagic, the CRC-32 of the model file
// the weights are of (4 bytes), the number of slots (4 bytes, a power of
// 2), the slots (4 bytes each: the offset of an entry in the entries
// plus 1, 0 for an empty slot; a form's first slot is bucket(hstr(fnvOff,
// form)), then the next ones in turn), then the entries. An entry is the
// form's length (1 byte) and bytes, a byte of what the lists said of it
// (lexInVocab, lexTitle, lexGiven), its three word classes (2 bytes each)
// when lexInVocab, a byte whose bit p says that the weights at offset
// p-2 are wide, then the 17 weights of each offset -2..2 in label order,
// of 2 bytes each (an int16) or 4 when wide (an int32: the own offset's
// sums, with the bias, pass an int16's range for two forms in three).
const (
	lexInVocab = 1 << iota
	lexTitle
	lexGiven
)

// frequentForms is frequent.bin as read: its slots and its entries, in
// place (the strings are the embedded file's).
type frequentForms struct {
	slots   string
	entries string
	bits    uint
}

// readFrequent returns the table of the file b if it is one of the
// model file model, nil if not.
func readFrequent(b string, model []byte) *frequentForms {
	if len(b) < len(frequentMagic)+8 || b[:len(frequentMagic)] != frequentMagic {
		return nil
	}
	b = b[len(frequentMagic):]
	if le32(b) != crc32.ChecksumIEEE(model) {
		return nil
	}
	n := le32(b[4:])
	if n == 0 || n&(n-1) != 0 || n > 1<<24 || uint64(len(b)-8) < 4*uint64(n) {
		return nil
	}
	return &frequentForms{slots: b[8 : 8+4*n], entries: b[8+4*n:], bits: uint(bits.TrailingZeros32(n))}
}

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// entry returns what follows the form w in its entry, "" if the table
// has none.
func (t *frequentForms) entry(w string) string {
	if len(w) == 0 || len(w) > 255 {
		return ""
	}
	mask := uint32(len(t.slots)/4 - 1)
	i := bucket(hstr(fnvOff, w), t.bits)
	for range len(t.slots) / 4 {
		off := le32(t.slots[4*i:])
		if off == 0 || int(off) > len(t.entries) {
			return ""
		}
		e := t.entries[off-1:]
		if n := int(e[0]); n == len(w) && len(e) > n && e[1:1+n] == w {
			return e[1+n:]
		}
		i = (i + 1) & mask
	}
	return ""
}

// lexOf is the byte of what the word lists say of the form f.
func lexOf(f *wordForm) byte {
	var x byte
	if f.inVocab {
		x |= lexInVocab
	}
	if f.title {
		x |= lexTitle
	}
	if f.given {
		x |= lexGiven
	}
	return x
}

// read sets v to the weights of the form f (read by lookUp) and reports
// whether the table had them for what the word lists say of f now; it
// leaves v as it was when not. A nil table has none.
func (t *frequentForms) read(f *wordForm, v *[5][nLabels]int32) bool {
	if t == nil {
		return false
	}
	e := t.entry(f.w)
	if e == "" || e[0] != lexOf(f) {
		return false
	}
	e = e[1:]
	if f.inVocab {
		if len(e) < 6 {
			return false
		}
		for k := range f.cl {
			if uint16(e[2*k])|uint16(e[2*k+1])<<8 != f.cl[k] {
				return false
			}
		}
		e = e[6:]
	}
	if len(e) < 1 {
		return false
	}
	wide := e[0]
	e = e[1:]
	var w [5][nLabels]int32
	for p := range w {
		if wide&(1<<p) != 0 {
			if len(e) < 4*nLabels {
				return false
			}
			readWide(&w[p], e[:4*nLabels])
			e = e[4*nLabels:]
		} else {
			if len(e) < 2*nLabels {
				return false
			}
			readNarrow(&w[p], e[:2*nLabels])
			e = e[2*nLabels:]
		}
	}
	*v = w
	return true
}

// readNarrow sets v to the weights written in e, two bytes each.
func readNarrow(v *[nLabels]int32, e string) {
	_ = e[2*nLabels-1]
	for l := range v {
		v[l] = int32(int16(uint16(e[2*l]) | uint16(e[2*l+1])<<8))
	}
}

// readWide sets v to the weights written in e, four bytes each.
func readWide(v *[nLabels]int32, e string) {
	_ = e[4*nLabels-1]
	for l := range v {
		v[l] = int32(le32(e[4*l:]))
	}
}

// appendFrequentEntry appends the entry of the form f, whose weights are
// v (see frequentMagic).
func appendFrequentEntry(out []byte, f *wordForm, v *[5][nLabels]int32) []byte {
	out = append(out, byte(len(f.w)))
	out = append(out, f.w...)
	out = append(out, lexOf(f))
	if f.inVocab {
		for _, c := range f.cl {
			out = binary.LittleEndian.AppendUint16(out, c)
		}
	}
	var wide byte
	for p := range v {
		for _, x := range v[p] {
			if x != int32(int16(x)) {
				wide |= 1 << p
			}
		}
	}
	out = append(out, wide)
	for p := range v {
		for _, x := range v[p] {
			if wide&(1<<p) != 0 {
				out = binary.LittleEndian.AppendUint32(out, uint32(x))
			} else {
				out = binary.LittleEndian.AppendUint16(out, uint16(x))
			}
		}
	}
	return out
}

// encodeFrequent returns the file of the forms (each of 1 to 255 bytes,
// each once) whose weights the model m computes, for the model file
// model.
func encodeFrequent(m *Model, model []byte, forms []string) []byte {
	n := 16
	for 3*n < 4*len(forms) {
		n <<= 1
	}
	slots := make([]uint32, n)
	var entries []byte
	for _, w := range forms {
		f, v := m.formWeights(w)
		at := len(entries)
		entries = appendFrequentEntry(entries, &f, &v)
		i := bucket(hstr(fnvOff, w), uint(bits.TrailingZeros(uint(n))))
		for slots[i] != 0 {
			i = (i + 1) & uint32(n-1)
		}
		slots[i] = uint32(at) + 1
	}
	out := []byte(frequentMagic)
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(model))
	out = binary.LittleEndian.AppendUint32(out, uint32(n))
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, entries...)
}

// formWeights returns the form w as its first sight reads it, and its
// weights computed from the model's table (never from frequent forms).
func (m *Model) formWeights(w string) (wordForm, [5][nLabels]int32) {
	f := readWord(w, m.feats)
	var v [5][nLabels]int32
	m.sumRows(&f, &v)
	return f, v
}

// sumRows sets v to the weights of the form f at the five offsets,
// summed from the weight table, with the bias at offset 0.
func (m *Model) sumRows(f *wordForm, v *[5][nLabels]int32) {
	*v = [5][nLabels]int32{}
	var hs [48]uint64
	for p := -2; p <= 2; p++ {
		for _, h := range wordFeats(hs[:0], f, p) {
			m.addRow(&v[p+2], bucket(h, m.bits))
		}
	}
	addVec(&v[2], &m.bias)
}
