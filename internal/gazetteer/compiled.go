package gazetteer

import (
	"bytes"
	_ "embed"
	"errors"
	"hash/crc32"
	"maps"
	"slices"
	"strconv"
	"unsafe"

	"annals/internal/text"
)

// The built-in gazetteer's trie and name index, compiled from the
// embedded lists (compiled.bin). Building them at start tokenized, folded
// and walked each of the lists' 11,700 names and demonyms into the trie:
// about 57 million instructions, a third of what `annals extract` costs
// on one small file. Read from the file, they cost a few million: each
// map is written once, from a list made in the build's own order of ids
// and nodes, and every string is a slice of the embedded file.
//
// The entries themselves are still read from the lists (each list stays
// the one file its licence covers); the file holds what index made of
// them, with entries by their place in Entries. It starts with a
// checksum of the lists it was made from: when a list has changed and the
// file has not been made again, Default builds the index from the lists
// as before (the same gazetteer, at the old cost), and TestCompiledFile
// fails until it is. After a change to the lists, to acronym-words.txt or
// to how names are tokenized, folded or inserted, make it again with
//
//	go generate ./internal/gazetteer
//
// TestCompiledFile (and TestCompiledGazetteer in internal/extract, which
// the landing's tests run) compares the file with the one made from the
// lists by the code as it is, so the two cannot drift apart unnoticed.
//
//go:generate go test -run ^TestCompiledFile$ -update-compiled .
//go:embed compiled.bin
var compiledFile string

// compiledMagic opens the file; its number changes with the format.
const compiledMagic = "annals gazetteer index 1\n"

// listsSum is the checksum of the embedded lists the built-in gazetteer
// is made from (CRC-32, which the processor computes 64 bytes a step:
// about 0.2 million instructions for the 330 KB).
func listsSum() uint32 {
	sum := uint32(0)
	for _, s := range []string{countriesTSV, citiesTSV, orgsTSV, manualPlacesTSV, manualOrgsTSV, acronymWordsFile} {
		sum = crc32.Update(sum, crc32.IEEETable, []byte(strconv.Itoa(len(s))+"\n"))
		// the list's bytes read in place: []byte(s) would copy them
		sum = crc32.Update(sum, crc32.IEEETable, unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	return sum
}

// appendCompiled appends to b the compiled form of g's trie and name
// index, made from lists of checksum sum. The maps are written in the
// order of their keys, so that the same gazetteer makes the same bytes.
//
// The format: compiledMagic, then unsigned varints and strings (a
// varint length and the bytes): the checksum; the count of entries; the
// name index (count of names and of their entries, then each name and
// its entries' places); the vocabulary (count, then each word and its
// id); the exact forms (the same); the trie's nodes (count of nodes and
// of outs, then each node's count of outs and each out: its entry's place
// times four, plus two for a demonym and one for an acronym); the edges
// (count, then each one's node, as the difference from the one before,
// its token id plus two (possID is -2) times four plus its case class,
// and its child). The vocabulary's ids are written times two, plus one
// for a word that begins a name in any case (lowStarts).
func (g *Gazetteer) appendCompiled(b []byte, sum uint32) []byte {
	place := make(map[*Entry]int, len(g.entries))
	for i, e := range g.entries {
		place[e] = i
	}
	b = append(b, compiledMagic...)
	b = appendUint(b, uint64(sum))
	b = appendUint(b, uint64(len(g.entries)))

	names := slices.Sorted(maps.Keys(g.byName))
	total := 0
	for _, k := range names {
		total += len(g.byName[k])
	}
	b = appendUint(b, uint64(len(names)))
	b = appendUint(b, uint64(total))
	for _, k := range names {
		b = appendString(b, k)
		b = appendUint(b, uint64(len(g.byName[k])))
		for _, e := range g.byName[k] {
			b = appendUint(b, uint64(place[e]))
		}
	}

	words := slices.Sorted(maps.Keys(g.vocab))
	b = appendUint(b, uint64(len(words)))
	for _, w := range words {
		id := g.vocab[w]
		x := uint64(id) << 1
		if _, ok := g.edges[edgeKey(0, anyCase, id)]; ok {
			x |= 1 // begins a name in any case (lowStarts)
		}
		b = appendString(b, w)
		b = appendUint(b, x)
	}
	words = slices.Sorted(maps.Keys(g.exact))
	b = appendUint(b, uint64(len(words)))
	for _, w := range words {
		b = appendString(b, w)
		b = appendUint(b, uint64(g.exact[w]))
	}

	total = 0
	for _, os := range g.outs {
		total += len(os)
	}
	b = appendUint(b, uint64(len(g.outs)))
	b = appendUint(b, uint64(total))
	for _, os := range g.outs {
		b = appendUint(b, uint64(len(os)))
		for _, o := range os {
			x := uint64(place[o.e]) << 2
			if o.demonym {
				x |= 2
			}
			if o.acronym {
				x |= 1
			}
			b = appendUint(b, x)
		}
	}

	keys := slices.Sorted(maps.Keys(g.edges))
	b = appendUint(b, uint64(len(keys)))
	node := uint64(0)
	for _, k := range keys {
		b = appendUint(b, k>>34-node)
		node = k >> 34
		b = appendUint(b, uint64(uint32(k)+2)<<2|k>>32&3)
		b = appendUint(b, uint64(g.edges[k]))
	}
	return b
}

func appendUint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

func appendString(b []byte, s string) []byte {
	return append(appendUint(b, uint64(len(s))), s...)
}

// errCompiled is a compiled file that does not fit the gazetteer read.
var errCompiled = errors.New("gazetteer: compiled index does not fit the lists")

// compiledReader reads the compiled file; a read past its end, or a
// number out of its range, sets bad and reads zeros from then on.
type compiledReader struct {
	s   string
	i   int
	bad bool
}

func (r *compiledReader) uint() uint64 {
	// most numbers of the file take one or two bytes
	if i := r.i; i+1 < len(r.s) {
		if c := r.s[i]; c < 0x80 {
			r.i = i + 1
			return uint64(c)
		} else if d := r.s[i+1]; d < 0x80 {
			r.i = i + 2
			return uint64(c&0x7f) | uint64(d)<<7
		}
	}
	return r.long()
}

// long is uint for a number of more bytes, or at the end of the file.
func (r *compiledReader) long() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.i >= len(r.s) {
			r.bad = true
			return 0
		}
		c := r.s[r.i]
		r.i++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	r.bad = true
	return 0
}

// int reads a number below n.
func (r *compiledReader) int(n int) int {
	x := r.uint()
	if x >= uint64(n) {
		r.bad = true
		return 0
	}
	return int(x)
}

func (r *compiledReader) str() string {
	n := r.int(len(r.s) - r.i + 1)
	if r.bad {
		return ""
	}
	s := r.s[r.i : r.i+n]
	r.i += n
	return s
}

// readCompiled gives g, whose entries collect read from lists of
// checksum sum, the trie and name index of the compiled file s. It fails
// when s was made from other lists (or is not a compiled file), and g is
// then left without them.
func (g *Gazetteer) readCompiled(s string, sum uint32) error {
	if len(s) < len(compiledMagic) || s[:len(compiledMagic)] != compiledMagic {
		return errCompiled
	}
	r := &compiledReader{s: s, i: len(compiledMagic)}
	if r.uint() != uint64(sum) || r.uint() != uint64(len(g.entries)) || r.bad {
		return errCompiled
	}
	ne := len(g.entries)
	const most = 1 << 24 // a bound on every count, against a broken file

	n, total := r.int(most), r.int(most)
	byName := make(map[string][]*Entry, n)
	pool := make([]*Entry, total)
	for range n {
		k := r.str()
		c := r.int(len(pool) + 1)
		es := pool[:c:c]
		pool = pool[c:]
		for j := range es {
			es[j] = g.entries[r.int(ne)]
		}
		byName[k] = es
		if r.bad {
			return errCompiled
		}
	}

	n = r.int(most)
	words, ids := make([]string, n), make([]int32, n)
	var sw []string
	var sid []int32
	for i := range words {
		words[i] = r.str()
		x := r.int(most)
		ids[i] = int32(x >> 1)
		if x&1 != 0 {
			sw, sid = append(sw, words[i]), append(sid, ids[i])
		}
	}
	n = r.int(most)
	exact := make(map[string]int32, n)
	for range n {
		w := r.str()
		exact[w] = int32(r.int(most))
	}

	nodes, total := r.int(most), r.int(most)
	if r.bad || nodes == 0 {
		return errCompiled
	}
	outs := make([][]out, nodes)
	opool := make([]out, total)
	for i := range outs {
		c := r.int(len(opool) + 1)
		if c == 0 {
			continue
		}
		os := opool[:c:c]
		opool = opool[c:]
		for j := range os {
			x := r.uint()
			if x>>2 >= uint64(ne) {
				return errCompiled
			}
			os[j] = out{e: g.entries[x>>2], demonym: x&2 != 0, acronym: x&1 != 0}
		}
		outs[i] = os
	}

	n = r.int(most)
	edges := make(map[uint64]int32, n)
	node := uint64(0)
	for range n {
		node += r.uint()
		x := r.uint()
		k := node<<34 | uint64(uint32(x>>2)-2)<<0 | (x&3)<<32
		edges[k] = int32(r.int(nodes))
	}
	if node >= uint64(nodes) {
		return errCompiled
	}
	if r.bad || r.i != len(s) {
		return errCompiled
	}

	g.byName, g.exact, g.outs, g.edges = byName, exact, outs, edges
	g.trie = newEdgeTable(edges)
	g.ids = text.NewWordTableOf(words, ids)
	g.lowStarts = text.NewWordTableOf(sw, sid)
	return nil
}

// CheckCompiled reports whether the embedded compiled index is the one
// the embedded lists and this package's code make now: an error says
// that compiled.bin must be made again (go generate ./internal/gazetteer).
// It builds the gazetteer from the lists, as Default did before the file.
func CheckCompiled() error {
	if !bytes.Equal(fromLists().appendCompiled(nil, listsSum()), []byte(compiledFile)) {
		return errors.New("gazetteer: compiled.bin is not what the lists make: run go generate ./internal/gazetteer")
	}
	return nil
}
