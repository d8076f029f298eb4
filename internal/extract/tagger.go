package extract

import (
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/text"
)

// The trained name tagger (package ner) joins the rules: after the
// gazetteer, the patterns and the acronym definitions have read the
// story, the tagger reads every sentence and adds the names of people,
// organizations and places the rules missed ("Norvik Metals Corp",
// "Paul Anders", a small town). What the rules found keeps its type and
// its resolution; a tagger name that overlaps one of them is dropped.

// Sources of an entity, as --explain tells them.
const (
	foundList    = "list"    // a gazetteer entry
	foundPattern = "pattern" // a rule: a head word, a title, a definition
	foundTagger  = "tagger"  // the trained tagger
)

// taggerSentence is one sentence as the tagger reads it, with the story
// token each of its words comes from.
type taggerSentence struct {
	words []ner.Token
	tok   []int // word -> index in s.toks of its first token
	last  []int // word -> index in s.toks of its last token
}

// tagNames runs the tagger over the story and adds the names it finds
// that no rule found.
func (s *state) tagNames() {
	if s.noTagger {
		return
	}
	m, err := ner.Default()
	if err != nil || len(s.toks) == 0 {
		return
	}
	sents := s.taggerSentences()
	in := make([]ner.Sentence, len(sents))
	gazAt := s.gazTags()
	n := 0
	for _, ts := range sents {
		n += len(ts.words)
	}
	// one array of words and one of gazetteer tags for the whole story
	words, gz := make([]string, 0, n), make([]byte, 0, n)
	for i, ts := range sents {
		a := len(words)
		for k, w := range ts.words {
			words = append(words, w.Word)
			gz = append(gz, gazAt[ts.tok[k]])
		}
		in[i] = ner.Sentence{Words: words[a:len(words):len(words)], Gaz: gz[a:len(gz):len(gz)]}
	}
	for si, spans := range m.TagDoc(in) {
		ts := sents[si]
		for _, sp := range spans {
			s.addTagged(ts, sp)
		}
	}
}

// addTagged adds one name the tagger found, unless a rule read any of its
// tokens.
func (s *state) addTagged(ts taggerSentence, sp ner.Span) {
	var typ annals.EntityType
	prefix := ""
	switch sp.Type {
	case "PER":
		typ, prefix = annals.Person, "person:"
	case "ORG":
		typ, prefix = annals.Org, "org:"
	case "LOC":
		typ, prefix = annals.Place, "place:"
	default:
		return
	}
	ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1
	start, end := ts.words[sp.Start].Start, ts.words[sp.End-1].End
	for k := ka; k < kb; k++ {
		if s.quoteZone[k] || s.dateTok[k] >= 0 {
			return
		}
	}
	if !s.confident(sp, ka, kb, typ) || !s.plausible(ts, sp, ka, kb, typ) {
		return
	}
	// the rules read part of it: the tagger's longer name wins over
	// places strictly inside it ("Dynamo Moscow", "Bank of England") when
	// no rule name crosses its edges
	if s.covered(ka, kb) && !s.arbitrate(ka, kb, typ) {
		return
	}
	name := clean(s.text[start:end])
	if typ == annals.Person {
		name = personCase(name)
	}
	if name == "" {
		return
	}
	// a name the lists know under the tagger's type is that entry
	var entry *gazetteer.Entry
	key := prefix + gazetteer.Normalize(name)
	for _, en := range s.x.gaz.Lookup(name) {
		if en.Type == typ {
			entry, key, name = en, en.Key, en.Name
			break
		}
	}
	e := s.entity(key, typ, name, entry)
	if e.typ != typ {
		return
	}
	if len(e.ments) == 0 && entry == nil {
		s.tagged[e] = true
	}
	s.addMention(e, ka, kb, start, end, mName)
}

// arbitrate decides whether the tagger's name [ka,kb) replaces the rule
// names inside it, and removes them if so: each must lie strictly inside
// the span, be a place or an organization, and none may be a defined
// acronym or a person (titles and appositions keep their people).
func (s *state) arbitrate(ka, kb int, typ annals.EntityType) bool {
	var inside []*mention
	for k := ka; k < kb; k++ {
		m := s.tokMent[k]
		if m == nil || len(inside) > 0 && inside[len(inside)-1] == m {
			continue
		}
		if m.a < ka || m.b > kb || m.b-m.a >= kb-ka || m.ent.typ != annals.Place || m.kind == mAcronym || typ == annals.Person {
			return false
		}
		inside = append(inside, m)
	}
	if len(inside) == 0 {
		return false
	}
	for _, m := range inside {
		s.dropMention(m)
	}
	return true
}

// dropMention removes m from its entity, and the entity from the story
// when it has no mention left.
func (s *state) dropMention(m *mention) {
	e := m.ent
	for i, x := range e.ments {
		if x == m {
			e.ments = append(e.ments[:i], e.ments[i+1:]...)
			break
		}
	}
	for k := m.a; k < m.b && k < len(s.tokMent); k++ {
		if s.tokMent[k] == m {
			s.tokMent[k] = nil
		}
	}
	if len(e.ments) > 0 {
		return
	}
	for i, x := range s.ents {
		if x == e {
			s.ents = append(s.ents[:i], s.ents[i+1:]...)
			break
		}
	}
	if s.entByKey[e.key] == e {
		delete(s.entByKey, e.key)
	}
}

// plausible filters the names the tagger adds alone, where its training
// (Reuters news of 1996) misleads it: the words of a heading in Title
// Case, a common word capitalized ("Government", "Order"), and a person
// named by a title ("Madam Speaker").
func (s *state) plausible(ts taggerSentence, sp ner.Span, ka, kb int, typ annals.EntityType) bool {
	if titleCaseSentence(ts) {
		return false
	}
	if kb-ka == 1 {
		w := s.word(ka)
		// "Ph" of "Ph.D.", "MEPs": no name
		if len(w) < 3 || len(w) > 3 && w[len(w)-1] == 's' && text.IsAllCaps(w[:len(w)-1]) {
			return false
		}
		if s.lowerSeen[s.lw(ka)] || ner.CommonWord(s.lw(ka)) {
			return false
		}
		// an acronym the story does not define, outside a headline in
		// capitals: more often a programme or a law than an organization
		if text.IsAllCaps(w) && !upperSentence(ts) {
			return false
		}
	}
	// a name the lists know as something else
	if es := s.x.gaz.Lookup(clean(s.text[s.toks[ka].Start:s.toks[kb-1].End])); len(es) > 0 {
		ok := false
		for _, e := range es {
			ok = ok || e.Type == typ
		}
		if !ok {
			return false
		}
	}
	// a gathering, a document or a programme: "Astana Summit", "Reform
	// Act", "Belarus Air Services Agreement"
	if typ != annals.Person && (eventHeads[s.lw(kb-1)] || documentHeads[s.lw(kb-1)] || gatheringHeads[s.lw(kb-1)]) && !orgHeads[s.lw(kb-1)] {
		return false
	}
	// common words in capitals: "Shared Vision", "Member States"
	if kb-ka > 1 {
		common := true
		for k := ka; k < kb && common; k++ {
			common = s.toks[k].Kind != text.Word || connectors[s.lw(k)] || ner.CommonWord(s.lw(k)) && !orgHeads[s.lw(k)] && !placeHeads[s.lw(k)]
		}
		if common {
			return false
		}
	}
	// an office, not an organization: "National Security Advisor",
	// "Deputy Head of Presidential Appointments"
	if typ == annals.Org && (titleHeads[s.lw(kb-1)] || titleHeads[s.lw(ka)] || titleModifiers[s.lw(ka)]) {
		return false
	}
	if typ == annals.Person {
		// "Mediterranean Partner": a list place or demonym is no part of
		// a person's name
		for k := ka; k < kb; k++ {
			if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Entry.Type != annals.Person {
				return false
			}
		}
		for k := ka; k < kb; k++ {
			if s.isTitleWord(k) || honorifics[s.lw(k)] || titleHeads[s.lw(k)] {
				return false
			}
		}
	}
	return true
}

// titleCaseSentence reports whether a sentence is a heading in Title
// Case: every word of four letters or more capitalized, not in capitals,
// and no figures (a line of a results table is not a heading).
func titleCaseSentence(ts taggerSentence) bool {
	caps, words, upper := 0, 0, 0
	for _, w := range ts.words {
		if w.Word[0] >= '0' && w.Word[0] <= '9' {
			return false
		}
		if len(w.Word) < 4 || !text.IsCap(w.Word) && !startsLower(w.Word) {
			continue
		}
		words++
		if text.IsCap(w.Word) {
			caps++
			if text.IsAllCaps(w.Word) {
				upper++
			}
		}
	}
	return words >= 3 && caps == words && upper*2 < caps
}

var filterCommon, filterAcronyms = true, true

// confident decides which tagger names join the story, as measured on
// ../shared/dev + dev2 (press releases, hearings) and CoNLL-2003 testa
// (Reuters news): the people and places the rules missed, which the
// tagger finds with high precision in any genre; and organizations or
// places that contain a list place ("Dynamo Moscow", "Bank of England")
// when the tagger is sure of them (margin >= 4). Organizations the tagger
// finds alone cost more precision on press releases (titles, programmes,
// meetings) than they gain recall, and are left out (see docs/ner.md).
func (s *state) confident(sp ner.Span, ka, kb int, typ annals.EntityType) bool {
	if s.covered(ka, kb) {
		return typ != annals.Person && sp.Margin >= arbitrateMargin
	}
	return typ == annals.Person || typ == annals.Place
}

const arbitrateMargin = 4

// upperSentence reports whether most words of a sentence are in capitals.
func upperSentence(ts taggerSentence) bool {
	up, n := 0, 0
	for _, w := range ts.words {
		if len(w.Word) < 2 || !text.IsCap(w.Word) && !startsLower(w.Word) {
			continue
		}
		n++
		if text.IsAllCaps(w.Word) {
			up++
		}
	}
	return n >= 2 && up*4 >= n*3
}

func startsLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// abbrevBefore reports whether a word followed by a period is an initial
// or a common abbreviation that keeps its period in CoNLL-style text.
func abbrevBefore(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Bros", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// gazTags returns the gazetteer tag of each story token (see ner.GazTags).
func (s *state) gazTags() []byte {
	tags := make([]byte, len(s.toks))
	for ai, a := range s.atoms {
		if s.skipAtom[ai] {
			continue
		}
		ka, kb := s.tokAt(a.Start), s.tokEndAt(a.End)
		if ka < kb {
			ner.SetGaz(tags, ka, kb, ner.GazKind(a))
		}
	}
	return tags
}

// taggerSentences splits the story into the sentences the tagger reads:
// the sentences of package text, also broken at a line end that is not
// the wrap of a paragraph (a headline, a dateline, a text written one
// sentence a line).
func (s *state) taggerSentences() []taggerSentence {
	words := ner.Split(s.text, s.toks)
	hard := hardBreaks(s.text)
	// the sentences share three arrays, each sentence a run of them
	flatW := make([]ner.Token, 0, len(words))
	flatTok, flatLast := make([]int, 0, len(words)), make([]int, 0, len(words))
	var out []taggerSentence
	start := 0
	flush := func() {
		if len(flatW) > start {
			e := len(flatW)
			out = append(out, taggerSentence{words: flatW[start:e:e], tok: flatTok[start:e:e], last: flatLast[start:e:e]})
			start = e
		}
	}
	ti, hi := 0, 0
	prevSent := -1
	for _, w := range words {
		for ti+1 < len(s.toks) && s.toks[ti].End <= w.Start {
			ti++
		}
		brk := s.sentOf[ti] != prevSent
		for hi < len(hard) && hard[hi] < w.Start {
			if len(flatW) > start && hard[hi] >= flatW[len(flatW)-1].End {
				brk = true
			}
			hi++
		}
		if brk {
			flush()
		}
		prevSent = s.sentOf[ti]
		// "P. Simmons", "Mr. Ban", "Corp. said": an initial or an
		// abbreviation keeps its period, as the tagger learned them
		last := ti
		if n := len(flatW); n > start && w.Word == "." && w.Start == flatW[n-1].End && abbrevBefore(flatW[n-1].Word) && ti+1 < len(s.toks) && s.sentOf[ti+1] == s.sentOf[ti] {
			p := &flatW[n-1]
			if s.text[p.Start:p.End] == p.Word {
				p.Word = s.text[p.Start:w.End]
			} else {
				p.Word += "."
			}
			p.End = w.End
			flatLast[n-1] = ti
			continue
		}
		flatW = append(flatW, w)
		flatTok = append(flatTok, ti)
		flatLast = append(flatLast, last)
	}
	flush()
	return out
}

// hardBreaks returns the offsets of the line ends of t that end a line
// early: the line and the first word of the next would have fitted in the
// width of the longest line of the paragraph, so the writer broke the
// line on purpose.
func hardBreaks(t string) []int {
	type line struct{ start, end int }
	var out []int
	var para []line
	flush := func() {
		w := 0
		for _, l := range para {
			w = max(w, l.end-l.start)
		}
		for i := 0; i+1 < len(para); i++ {
			next := strings.TrimLeft(t[para[i+1].start:para[i+1].end], " \t")
			first := len(next)
			if k := strings.IndexAny(next, " \t"); k >= 0 {
				first = k
			}
			if para[i].end-para[i].start+1+first <= w {
				out = append(out, para[i].end)
			}
		}
		para = para[:0]
	}
	for start := 0; start < len(t); {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		e := end
		for e > start && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r') {
			e--
		}
		if e == start {
			flush()
		} else {
			para = append(para, line{start, e})
		}
		start = end + 1
	}
	flush()
	return out
}

// foundBy says which part of the extractor found e.
func (s *state) foundBy(e *ent) string {
	switch {
	case e.entry != nil:
		return foundList
	case s.tagged[e]:
		return foundTagger
	}
	return foundPattern
}
