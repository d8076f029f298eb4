package ner

import (
	_ "embed"
	"encoding/binary"
	"hash/crc32"
	"strconv"
	"strings"
	"unsafe"
)

// clustersBin is the word classes file in the form the tagger reads at
// start (clusters.bin): each word once, in the order of the file, with
// its rank and its classes as numbers. Reading clusters.tsv cut 40,857
// lines into fields and read their digits: about 12 million
// instructions in every process, a tenth of what `annals extract` costs
// on one small file; the numbers cost a fraction of that.
//
// It starts with a checksum of the clusters.tsv it was made from: when
// that file has changed (the clusters were learned again) and this one
// has not been made again, loadClusters reads clusters.tsv as before
// (the same table, at the old cost), and TestWordClassesFile fails until
// it is made again with
//
//	go generate ./internal/ner
//
//go:generate go test -run ^TestWordClassesFile$ -update-classes .
//go:embed clusters.bin
var clustersBin string

// classesMagic opens clusters.bin; its number changes with the format.
const classesMagic = "annals word classes 1\n"

// classesSum is the checksum of the text of a word classes file (CRC-32,
// read in place: []byte(s) would copy it).
func classesSum(s string) uint32 {
	return crc32.ChecksumIEEE(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// encodeClasses returns the compiled form of the word classes file text,
// as readVocab reads it (a word listed twice keeps its first rank and its
// last classes): classesMagic, then unsigned varints: the checksum of
// text, the count of words, and each word in the order of its first line:
// its length and bytes, the difference of its rank from the one before
// times two, plus one when the line gives its classes, and then the three
// classes, two bytes each (little-endian).
func encodeClasses(text string) []byte {
	type word struct {
		w     string
		rank  int32
		cl    [3]uint16
		hasCl bool
	}
	var words []word
	at := map[string]int{}
	var rank int32
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		i, seen := at[w]
		if !seen {
			i = len(words)
			at[w] = i
			words = append(words, word{w: w, rank: rank})
		}
		var c [3]uint16
		k := 0
		for ; k < 3 && rest != ""; k++ {
			var f string
			f, rest, _ = strings.Cut(rest, "\t")
			n, _ := strconv.Atoi(f)
			c[k] = uint16(n)
		}
		if k == 3 {
			words[i].cl, words[i].hasCl = c, true
		}
		rank++
	}
	b := []byte(classesMagic)
	b = binary.AppendUvarint(b, uint64(classesSum(text)))
	b = binary.AppendUvarint(b, uint64(len(words)))
	prev := int32(0)
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w.w)))
		b = append(b, w.w...)
		x := uint64(w.rank-prev) << 1
		prev = w.rank
		if w.hasCl {
			x |= 1
		}
		b = binary.AppendUvarint(b, x)
		if w.hasCl {
			for _, c := range w.cl {
				b = binary.LittleEndian.AppendUint16(b, c)
			}
		}
	}
	return b
}

// readClasses fills vocab from the compiled word classes file s, made
// from a file of checksum sum; it returns false, and leaves vocab as it
// was, when s was made from another file or is not a compiled one.
func readClasses(s string, sum uint32) bool {
	if !strings.HasPrefix(s, classesMagic) {
		return false
	}
	i := len(classesMagic)
	if x, ok := uvarint(s, &i); !ok || x != uint64(sum) {
		return false
	}
	n, ok := uvarint(s, &i)
	if !ok || n > uint64(len(s)) {
		return false
	}
	t := newVocabTable(int(n))
	rank := int32(0)
	for range n {
		// every word but the longest has a length of one byte, and every
		// rank but after a word listed twice a difference of one
		k := uint64(0)
		if i < len(s) && s[i] < 0x80 {
			k = uint64(s[i])
			i++
		} else if k, ok = uvarint(s, &i); !ok {
			return false
		}
		if k >= uint64(len(s)-i) {
			return false
		}
		w := s[i : i+int(k)]
		i += int(k)
		x := uint64(0)
		if c := s[i]; c < 0x80 {
			x = uint64(c)
			i++
		} else if x, ok = uvarint(s, &i); !ok || x>>1 > 1<<31-1 {
			return false
		}
		rank += int32(x >> 1)
		v := vocabWord{rank: rank}
		if x&1 != 0 {
			if len(s)-i < 6 {
				return false
			}
			c := s[i : i+6]
			v.cl = [3]uint16{uint16(c[0]) | uint16(c[1])<<8, uint16(c[2]) | uint16(c[3])<<8, uint16(c[4]) | uint16(c[5])<<8}
			v.hasCl = true
			i += 6
		}
		if !t.put(w, v) {
			return false
		}
	}
	if i != len(s) {
		return false
	}
	vocab = t
	return true
}

// uvarint reads the unsigned varint at s[*i], moving *i past it; false
// when s ends first or it is longer than 64 bits.
func uvarint(s string, i *int) (uint64, bool) {
	var x uint64
	for shift := uint(0); shift < 64 && *i < len(s); shift += 7 {
		c := s[*i]
		*i++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x, true
		}
	}
	return 0, false
}
