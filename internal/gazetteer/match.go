package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Match is one name found in a text.
type Match struct {
	Start, End int    // byte offsets in the text passed to Match
	Entry      *Entry // the best entry for the surface form (see Lookup for all)
	Surface    string // the form as it stands in the text: text[Start:End]
	Demonym    bool   // matched a demonym ("Turkish") rather than a name
	Acronym    bool   // matched an acronym ("OSCE", "U.N.")
}

// edgeKey packs a trie edge: parent node, case class and token id.
func edgeKey(node int32, class int, id int32) uint64 {
	return uint64(node)<<34 | uint64(class)<<32 | uint64(uint32(id))
}

// possID is the token id of a name's inner possessive: "People's Republic
// of China" is the trie path "people", possID, "republic", "of", "china",
// so that a possessive in a text ends a name unless the name has one there
// ("the OSCE's mission" is "OSCE").
const possID int32 = -2

// hasChild reports whether node has a child by the case class and token id.
func (g *Gazetteer) hasChild(node int32, class int, id int32) bool {
	_, ok := g.trie.get(edgeKey(node, class, id))
	return ok
}

// tokenID returns the id of a folded word f, whose American spelling
// (americanize) is a, adding it to the vocabulary with its British and
// American spellings.
//
// It runs for every word of every name at start (some 40,000 words), most
// of them known already and their own American spelling: a spelling is
// written only when it is another word than those written, as writing a
// map's key again with the value it holds changes nothing
// (TestTokenIDWrites compares it with the loop that wrote all three).
func (g *Gazetteer) tokenID(f, a string) int32 {
	if id, ok := g.vocab[a]; ok {
		if f != a {
			g.vocab[f] = id
		}
		return id
	}
	id := int32(len(g.vocab) + 1)
	g.vocab[f] = id
	if a != f {
		g.vocab[a] = id
	}
	if b := britishize(a); b != f && b != a {
		g.vocab[b] = id
	}
	if a == "and" {
		g.vocab["&"] = id
	}
	return id
}

// classes returns the case classes a name word accepts text in.
func (g *Gazetteer) classes(w string, t token, folded string) []int {
	letters, digits := 0, 0
	for i := 0; i < len(w); {
		// ASCII read from tables (the letters and digits below
		// utf8.RuneSelf are those of unicode.IsLetter and IsDigit)
		if c := w[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				if c <= '9' {
					digits++
				} else {
					letters++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if unicode.IsLetter(r) {
			letters++
		} else if unicode.IsDigit(r) {
			digits++
		}
	}
	switch {
	case t.punct || letters == 0:
		return clsAny
	case t.mixed:
		return clsExact
	case t.upper && (letters >= 2 || digits > 0):
		// An acronym read as a word is often written in title case
		// ("Nato", "Unesco"); English words are not ("Who").
		if letters >= 4 && !g.words[folded] {
			return clsUpperCap
		}
		return clsUpper
	case t.cap:
		return clsCap
	}
	return clsAny
}

// The case classes classes returns, shared (read only).
var (
	clsAny      = []int{anyCase}
	clsExact    = []int{exactCase}
	clsUpperCap = []int{upperCase, capCase}
	clsUpper    = []int{upperCase}
	clsCap      = []int{capCase}
)

// scratch is the memory insert reuses from one name to the next.
type scratch struct {
	toks   []token
	folded []string
	am     []string // americanize of each folded word
	buf    []byte
	ids    []int32
	cls    [][]int
}

// insert adds the surface form name of o.e to the trie and the name index.
func (g *Gazetteer) insert(name string, o out, sc *scratch) {
	toks := tokenize(name, sc.toks[:0])
	sc.toks = toks
	// each word folded once, for the lookup key and the trie
	// and its American spelling, for the key and the vocabulary
	folded := slices.Grow(sc.folded[:0], len(toks))[:len(toks)]
	am := slices.Grow(sc.am[:0], len(toks))[:len(toks)]
	sc.folded, sc.am = folded, am
	for i, t := range toks {
		sc.buf = fold(name[t.start:t.end], sc.buf)
		folded[i] = string(sc.buf)
		am[i] = americanize(folded[i])
	}
	var kb [128]byte
	key := string(keyOf(kb[:0], toks, am))
	if len(key) < 2 {
		// One-letter forms ("I" from a split "I,A Court HR") would
		// match pronouns and initials.
		return
	}
	if es := g.byName[key]; !containsEntry(es, o.e) {
		g.byName[key] = append(es, o.e)
	}
	// A leading "the" is dropped; a capitalized "The" that belongs to the
	// name ("The Hague") is also kept as a variant.
	variants := []int{0} // the token each variant starts at
	if len(toks) > 1 {
		if w := name[toks[0].start:toks[0].end]; strings.EqualFold(w, "the") {
			variants = []int{1}
			if w == "The" {
				variants = append(variants, 0)
			}
		}
	}
	for _, first := range variants {
		v, vf, va := toks[first:], folded[first:], am[first:]
		for len(v) > 0 && v[len(v)-1].punct {
			v = v[:len(v)-1]
		}
		if len(v) == 0 || v[0].punct {
			continue
		}
		// the walk reads them and keeps none: one pair of arrays for
		// every name
		ids := slices.Grow(sc.ids[:0], len(v))[:len(v)]
		cls := slices.Grow(sc.cls[:0], len(v))[:len(v)]
		sc.ids, sc.cls = ids, cls
		for i, t := range v {
			w, f := name[t.start:t.end], vf[i]
			ids[i] = g.tokenID(f, va[i])
			cls[i] = g.classes(w, t, f)
			if t.mixed {
				g.exact[w] = ids[i]
			}
		}
		g.walk(0, v, ids, cls, o)
	}
}

// keyOf appends to key the lookup key of a name from its tokens and the
// American spellings of their folded words (americanize of each): what
// appendNormalize makes of the name, without tokenizing and folding it
// again (TestKeyOf compares them).
func keyOf(key []byte, toks []token, am []string) []byte {
	n := 0
	for i, t := range toks {
		if t.punct {
			continue
		}
		key, n = appendKeyWord(key, am[i], n, len(toks))
	}
	return key
}

// appendKeyWord appends the n-th word w of a name of ntoks tokens to its
// lookup key: "&" read as "and", a leading "the" dropped, words joined by
// one space. It returns the key and the count of words in it.
func appendKeyWord[W string | []byte](key []byte, w W, n, ntoks int) ([]byte, int) {
	if string(w) == "&" {
		return appendKeyWord(key, "and", n, ntoks)
	}
	if n == 0 && string(w) == "the" && ntoks > 1 {
		return key, n
	}
	if n > 0 {
		key = append(key, ' ')
	}
	return append(key, w...), n + 1
}

// walk inserts the rest of a name below node, branching on words that
// accept more than one case class.
func (g *Gazetteer) walk(node int32, v []token, ids []int32, cls [][]int, o out) {
	if len(v) == 0 {
		for _, x := range g.outs[node] {
			if x.e == o.e && x.demonym == o.demonym {
				return
			}
		}
		g.outs[node] = append(g.outs[node], o)
		return
	}
	for _, c := range cls[0] {
		child := g.child(node, c, ids[0])
		if v[0].poss && len(v) > 1 {
			child = g.child(child, anyCase, possID)
		}
		g.walk(child, v[1:], ids[1:], cls[1:], o)
	}
}

// child returns node's child by the case class and token id, made if it
// is not there yet.
func (g *Gazetteer) child(node int32, class int, id int32) int32 {
	k := edgeKey(node, class, id)
	child, ok := g.edges[k]
	if !ok {
		child = int32(len(g.outs))
		g.outs = append(g.outs, nil)
		g.edges[k] = child
	}
	return child
}

func containsEntry(es []*Entry, e *Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// matcher holds the state of one Match call.
type matcher struct {
	g    *Gazetteer
	text string
	toks []token
	buf  []byte

	// best candidate of the current start
	bestEnd  int
	bestSpec int
	bestNode int32
}

// matchers keeps the matchers of finished Match calls, so that a story's
// tokens reuse the array of an earlier one instead of allocating their own
// (the gazetteer tokens were an eighth of what extraction allocated).
var matchers = sync.Pool{New: func() any { return new(matcher) }}

// release returns m to matchers, keeping its arrays unless they are
// unusually large (a 10 MB story's tokens are not kept for the next one).
func (m *matcher) release() {
	m.g, m.text = nil, ""
	if cap(m.toks) > 1<<16 {
		m.toks = nil
	}
	matchers.Put(m)
}

// id returns the vocabulary id of token j (-1 when unknown), computing it
// and the exact-case id on first use.
func (m *matcher) id(j int) int32 {
	t := &m.toks[j]
	if !t.looked {
		t.looked = true
		id := int32(-1)
		// a word of ASCII letters and digits that the vocabulary's
		// bitmap turns away is not folded (most words of a story)
		if w := m.text[t.start:t.end]; !t.alnum || m.g.ids.MayHold(w) {
			m.buf = fold(w, m.buf)
			if x, ok := m.g.ids.Get(m.buf); ok {
				id = x
			}
		}
		t.id, t.xid = id, -1
		if t.mixed {
			if x, ok := m.g.exact[m.text[t.start:t.end]]; ok {
				t.xid = x
			}
		}
	}
	return t.id
}

// lowStart reports whether token i, which has no capital, may begin a
// name: search would try only the root's anyCase edge of its word.
func (m *matcher) lowStart(i int) bool {
	t := &m.toks[i]
	if t.looked {
		return t.id >= 0 && m.g.hasChild(0, anyCase, t.id)
	}
	w := m.text[t.start:t.end]
	if t.alnum && !m.g.lowStarts.MayHold(w) {
		return false
	}
	m.buf = fold(w, m.buf)
	_, ok := m.g.lowStarts.Get(m.buf)
	return ok
}

// Match returns the names of g found in text, in text order and without
// overlaps. At each position the longest name wins ("United Nations
// General Assembly" over "United Nations"); among entries sharing the
// matched form, the best ranked one (see Lookup) is reported.
func (g *Gazetteer) Match(text string) []Match { return g.match(text, true) }

// match is Match; without lowStarts it looks every word up in ids, as
// the tests' reference.
func (g *Gazetteer) match(text string, lowStarts bool) []Match {
	m := matchers.Get().(*matcher)
	defer m.release()
	m.g, m.text = g, text
	if need := len(text)/6 + 1; cap(m.toks) < need {
		m.toks = make([]token, 0, need)
	}
	m.toks = tokenize(text, m.toks[:0])
	n := len(m.toks)
	var res []Match
	for i := 0; i < n; {
		t := &m.toks[i]
		if t.punct || lowStarts && !t.cap && !t.upper && !t.mixed && !m.lowStart(i) || m.id(i) < 0 && m.toks[i].xid < 0 {
			i++
			continue
		}
		m.bestEnd, m.bestSpec, m.bestNode = -1, -1, 0
		m.search(0, i, i, 0)
		if m.bestEnd < 0 {
			i++
			continue
		}
		o := g.outs[m.bestNode][0]
		if m.bestEnd == i {
			var ok bool
			if o, ok = m.single(i, g.outs[m.bestNode]); !ok {
				i++
				continue
			}
		}
		start, end := t.start, m.toks[m.bestEnd].end
		res = append(res, Match{Start: start, End: end, Entry: o.e, Surface: text[start:end], Demonym: o.demonym, Acronym: o.acronym})
		i = m.bestEnd + 1
	}
	return res
}

// search walks the trie from node with token j (the match began at token
// start), recording the longest, then most case-specific, complete name.
func (m *matcher) search(node int32, start, j, spec int) {
	if j >= len(m.toks) {
		return
	}
	id := m.id(j)
	t := &m.toks[j]
	if j > start && t.brk {
		return
	}
	if j > start && m.toks[j-1].poss {
		// past a possessive only where the name has one
		child, ok := m.g.trie.get(edgeKey(node, anyCase, possID))
		if !ok {
			return
		}
		node = child
	}
	try := func(class int, id int32, s int) {
		if id < 0 {
			return
		}
		child, ok := m.g.trie.get(edgeKey(node, class, id))
		if !ok {
			return
		}
		if len(m.g.outs[child]) > 0 && !m.toks[j].punct {
			if j > m.bestEnd || j == m.bestEnd && spec+s > m.bestSpec {
				m.bestEnd, m.bestSpec, m.bestNode = j, spec+s, child
			}
		}
		m.search(child, start, j+1, spec+s)
	}
	try(anyCase, id, 0)
	if t.cap || t.upper {
		try(capCase, id, 1)
	}
	if t.upper {
		try(upperCase, id, 2)
		try(exactCase, id, 2)
	}
	if t.mixed {
		try(exactCase, t.xid, 2)
	}
}

// single vets a one-word match: an acronym that is also an English word
// ("US", "WHO") is not taken from all-capitals text ("LET US KNOW").
// It returns the out to report.
func (m *matcher) single(i int, outs []out) (out, bool) {
	t := m.toks[i]
	if m.afterTitle(i) {
		return out{}, false
	}
	if !t.upper {
		return outs[0], true
	}
	m.buf = fold(m.text[t.start:t.end], m.buf)
	if !m.g.words[string(m.buf)] || !m.shouting(i) {
		return outs[0], true
	}
	for _, o := range outs {
		if !o.acronym {
			return o, true
		}
	}
	return out{}, false
}

// personTitles are the abbreviated titles after which a single word is a
// person's name ("Mr. HASTINGS", "Mrs. Washington"), not a place.
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "mister": true, "madam": true}

// afterTitle reports whether token i follows a personal title.
func (m *matcher) afterTitle(i int) bool {
	j := i - 1
	if j >= 0 && m.toks[j].punct && m.text[m.toks[j].start] == '.' {
		j--
	}
	if j < 0 || m.toks[j].punct {
		return false
	}
	m.buf = fold(m.text[m.toks[j].start:m.toks[j].end], m.buf)
	return personTitles[string(m.buf)]
}

// shouting reports whether token i stands in all-capitals text: among up
// to three words on each side on the same line, more are in capitals (and
// are not known acronyms) than in lower case.
func (m *matcher) shouting(i int) bool {
	caps, lower := 0, 0
	count := func(j int) {
		t := m.toks[j]
		if t.punct || t.end-t.start < 2 {
			return
		}
		r, _ := utf8.DecodeRuneInString(m.text[t.start:])
		switch {
		case t.upper:
			if !m.isAcronym(j) {
				caps++
			}
		case unicode.IsLetter(r):
			lower++
		}
	}
	for j, k := i-1, 0; j >= 0 && k < 3; j-- {
		count(j)
		k++
		if m.toks[j].lineStart {
			break
		}
	}
	for j, k := i+1, 0; j < len(m.toks) && k < 3 && !m.toks[j].lineStart; j++ {
		count(j)
		k++
	}
	return caps > lower
}

// isAcronym reports whether token j is a known acronym (a one-word
// all-capitals name) that is not an English word.
func (m *matcher) isAcronym(j int) bool {
	id := m.id(j)
	if id < 0 {
		return false
	}
	child, ok := m.g.trie.get(edgeKey(0, upperCase, id))
	if !ok || len(m.g.outs[child]) == 0 {
		return false
	}
	t := m.toks[j]
	m.buf = fold(m.text[t.start:t.end], m.buf)
	return !m.g.words[string(m.buf)]
}
