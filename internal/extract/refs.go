package extract

import (
	"iter"
	"slices"
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// shortReferences finds the short forms that refer to entities already
// found: defined acronyms ("BACW"), surnames of people named in full
// ("Mr. Ban", "Sampaio"), and capitalized back-references to an
// organization by its head word ("the Alliance", "the Assembly’s").
func (s *state) shortReferences() {
	var parts *partIndex // built on first use
	// addMention, keeping parts right when a person gains a form or its
	// first mention
	addMention := func(e *ent, i int, bare string, kind mkind) {
		n, first := len(e.forms), len(e.ments) == 0
		s.addMention(e, i, i+1, s.toks[i].Start, s.toks[i].Start+len(bare), kind)
		if parts != nil && (len(e.forms) > n || first) {
			parts.mentionAdded(e, e.forms[n:], first)
		}
	}
	// the people of the story by the words of their names
	people := func() *partIndex {
		if parts == nil {
			parts = &partIndex{byPart: s.peopleByPart()}
		}
		return parts
	}
	for i := range s.toks {
		w := s.word(i)
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if m := s.mentAt(i); m != nil && m.a == i && m.b == i+1 && m.ent.typ == annals.Org && s.ownAcronyms[bare] && s.acronyms[bare] != m.ent {
			// "the ICG" after "the International Coordinating Group on
			// Vaccine Provision (ICG)": the story's body, whatever the
			// lists call ICG
			s.dropMention(m)
		}
		if m := s.mentAt(i); m != nil {
			// "Secretary-General Scotland", "Baroness Scotland": a place's
			// name alone after a personal title is the surname of the
			// person the story names in full with it
			if m.a == i && m.b == i+1 && m.ent.typ == annals.Place && s.titleBeforeIsPersonal(i) {
				if p := s.personByPart(bare, people()); p != nil && lastWordIs(p.name, s.lower(bare)) && !s.officeConflictAt(i, p) {
					s.dropMention(m)
					addMention(p, i, bare, mShort)
				}
			}
			continue
		}
		if s.toks[i].Kind != text.Word || s.dateAt(i) >= 0 {
			continue
		}
		if e, ok := s.acronyms[bare]; ok {
			addMention(e, i, bare, mAcronym)
			continue
		}
		if !text.IsCap(w) || s.quoteZone[i] {
			continue
		}
		lb := s.lower(bare)
		// "his State of the Union address": the address's word, no
		// back-reference (see classify)
		if lb == "union" && i >= 3 && s.stateOfTheUnionEnd(i-3) > i-3 {
			continue
		}
		// a lone head word: "the Alliance", "the next Alliance forum"
		if backrefHeads.has(lb) && !(i+1 < len(s.toks) && s.capLike(i+1) && !isPossessive(w)) && !(s.sentenceStart(i) && s.lw(i-1) != "the") {
			e := s.backref(lb, i)
			if e == nil && institutionHeads.has(lb) && s.actsAt(i+1) {
				// "On Friday, Parliament adopted", "the Council must adopt":
				// an institution the story (or its publisher) knows by its
				// head word alone
				e = s.entity("org:"+gazetteer.Normalize(bare), annals.Org, bare, nil)
			}
			if e != nil {
				addMention(e, i, bare, mShort)
				// "the Alliance" is the form a reader sees
				if s.lw(i-1) == "the" {
					e.addForm("the " + bare)
				}
				continue
			}
		}
		// "MEPs adopted": the members of the parliament the story names
		if (bare == "MEPs" || bare == "MEP") && s.lw(i-1) != "of" {
			if e := s.backref("parliament", i); e != nil {
				addMention(e, i, bare, mShort)
				continue
			}
		}
		if s.sentenceStart(i) && (s.lowerSeen.has(lb) || sentenceOpeners.has(lb)) || creedWords.has(lb) {
			continue
		}
		// a surname (or a given name) of a person named in full
		if p := s.personByPart(bare, people()); p != nil && !s.officeConflictAt(i, p) {
			// "The Director, Avril Haines, said": the person's full name
			// the tagger left unread here is one mention, not a mention a
			// word
			if j := s.fullFormAt(p, i); j > i+1 {
				n := len(p.forms)
				s.addMention(p, i, j, s.toks[i].Start, s.toks[j-1].End, mName)
				if parts != nil && len(p.forms) > n {
					parts.mentionAdded(p, p.forms[n:], false)
				}
				continue
			}
			addMention(p, i, bare, mShort)
		}
	}
}

// oneSpace reports whether gap is the space between two words of one line
// (one or more blanks, no line break).
func oneSpace(gap string) bool {
	return gap != "" && strings.Trim(gap, " \t\u00a0") == ""
}

// fullFormAt returns the end of the longest form of several words of the
// person p written from token i on, words of no other mention, or -1.
func (s *state) fullFormAt(p *ent, i int) int {
	best := -1
	for _, f := range p.forms {
		j := i
		for w := range strings.FieldsSeq(f) {
			if j >= len(s.toks) || s.toks[j].Kind != text.Word || s.word(j) != w || s.mentAt(j) != nil || s.dateAt(j) >= 0 ||
				j > i && !oneSpace(s.text[s.toks[j-1].End:s.toks[j].Start]) {
				j = -1
				break
			}
			j++
		}
		if j > i+1 && j > best {
			best = j
		}
	}
	return best
}

// institutionHeads name a legislature or an executive body that a story
// may call by its head word alone: "Parliament adopted", "the Council".
var institutionHeads = set("parliament", "council", "commission")

// actsAt reports whether token k, after a head word, is a verb or an
// auxiliary it acts by ("Parliament adopted", "the Council must adopt",
// "Parliament is now ready"), not a noun it qualifies.
func (s *state) actsAt(k int) bool {
	w := s.lw(k)
	switch w {
	case "is", "was", "has", "have", "had", "will", "must", "should", "would", "can", "may", "also", "now", "wants", "want", "says", "said":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && s.toks[k].Kind == text.Word
}

// backref returns the organization that "the <head>" at token i refers to:
// of those named before i whose name contains the head word, the one named
// most often (then the latest); failing that, the first one named after it.
func (s *state) backref(head string, i int) *ent {
	off := s.toks[i].Start
	var best, after *ent
	bestCount, bestPos := 0, -1
	afterPos := len(s.text) + 1
	for _, e := range s.ents {
		if e.typ != annals.Org || !nameHasWord(e, head) {
			continue
		}
		count, last := 0, -1
		for _, m := range e.ments {
			if m.start < off {
				count++
				last = max(last, m.start)
			}
			if m.start > off && m.start < afterPos {
				after, afterPos = e, m.start
			}
		}
		// the organization the story has named most so far, then the latest
		if count > 0 && (count > bestCount || count == bestCount && last > bestPos) {
			best, bestCount, bestPos = e, count, last
		}
	}
	if best != nil {
		return best
	}
	return after
}

// nameHasWord reports whether one of e's names contains the word w.
func nameHasWord(e *ent, w string) bool {
	// the words of a name lower-cased are its words each lower-cased: no
	// letter lower-cases to a space or a hyphen
	has := func(n string) bool {
		for x := range strings.FieldsFuncSeq(n, func(r rune) bool { return r == ' ' || r == '-' }) {
			if lowerIs(x, w) {
				return true
			}
		}
		return false
	}
	if has(e.name) || slices.ContainsFunc(e.forms, has) {
		return true
	}
	return e.entry != nil && slices.ContainsFunc(e.entry.Names, has)
}

// partHit is a person whose names hold a word: full when the first of its
// forms that holds the word has more words ("Ban Ki-moon" for "Ban").
type partHit struct {
	e    *ent
	full bool
}

// peopleByPart indexes the people the story names by each word of their
// forms, lower-cased, in the order of the story's entities. Reading short
// references adds mentions and one-word forms of people already indexed
// under that word, so the index stays right while they are read.
func (s *state) peopleByPart() map[string][]partHit {
	m := map[string][]partHit{}
	for _, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 || bodyReadAsPerson(e) {
			continue
		}
		for _, f := range e.forms {
			parts := 0
			for range strings.FieldsSeq(f) {
				parts++
			}
			for p := range nameParts(f) {
				k := s.lower(p)
				if l := m[k]; len(l) == 0 || l[len(l)-1].e != e {
					m[k] = append(l, partHit{e, parts >= 2})
				}
			}
		}
	}
	return m
}

// partIndex holds what resolving a short reference to a person reads,
// built once a window so that each look-up costs the people it names,
// not the story's entities: the people by the words of their forms
// (byPart), the people named in more than one word by the words of all
// their names (full, built when a word first names several of them), and
// each word's answer so far (memo).
type partIndex struct {
	byPart map[string][]partHit
	full   map[string][]*ent
	memo   map[string]*ent
}

// fullByWord indexes the people named in more than one word by each word
// of their name, forms and list names, split at spaces and hyphens and
// lower-cased, in the order of the story's entities: for a word, the
// people nameHasWord finds among them.
func (s *state) fullByWord() map[string][]*ent {
	m := map[string][]*ent{}
	add := func(e *ent, n string) {
		for x := range strings.FieldsFuncSeq(n, func(r rune) bool { return r == ' ' || r == '-' }) {
			k := s.lower(x)
			if l := m[k]; len(l) == 0 || l[len(l)-1] != e {
				m[k] = append(l, e)
			}
		}
	}
	for _, e := range s.ents {
		if !fullPerson(e) {
			continue
		}
		add(e, e.name)
		for _, f := range e.forms {
			add(e, f)
		}
		if e.entry != nil {
			for _, n := range e.entry.Names {
				add(e, n)
			}
		}
	}
	return m
}

// fullPerson reports whether e is a person named in more than one word
// with a mention.
func fullPerson(e *ent) bool {
	return e.typ == annals.Person && len(e.ments) > 0 && strings.Contains(e.name, " ")
}

// mentionAdded keeps the index right once a short reference gave the
// person e the new forms (the word looked up, under which e is listed
// already), or its first mention. A word of a form e was not listed under
// (a hyphenated form, a particle's rest) or a first mention makes the
// index be built again.
func (x *partIndex) mentionAdded(e *ent, forms []string, first bool) {
	if x.full == nil || !fullPerson(e) {
		return
	}
	if first {
		x.full, x.memo = nil, nil
		return
	}
	for _, f := range forms {
		for w := range strings.FieldsFuncSeq(f, func(r rune) bool { return r == ' ' || r == '-' }) {
			if !slices.Contains(x.full[strings.ToLower(w)], e) {
				x.full, x.memo = nil, nil
				return
			}
		}
	}
}

// personByPart returns the one person whose full name contains the word w,
// or nil when none or several do.
func (s *state) personByPart(w string, x *partIndex) *ent {
	lw := s.lower(w)
	if p, ok := x.memo[lw]; ok {
		return p
	}
	p := s.personByPartOnce(lw, x)
	if x.memo == nil {
		x.memo = map[string]*ent{}
	}
	x.memo[lw] = p
	return p
}

// personByPartOnce is personByPart for the lower-cased word lw, not
// remembered.
func (s *state) personByPartOnce(lw string, x *partIndex) *ent {
	// a full name holding the word wins over a person named by that word
	// alone (merged into the full name later)
	var full, alone *ent
	nFull, nAlone := 0, 0
	// (each person stands once under a word)
	for _, h := range x.byPart[lw] {
		if h.full {
			full = h.e
			nFull++
		} else {
			alone = h.e
			nAlone++
		}
	}
	switch {
	case nFull == 1:
		return full
	case nFull > 1:
		// "Cathy Russell" and "Catherine Russell" are one person
		if x.full == nil {
			x.full = s.fullByWord()
		}
		var first *ent
		for _, e := range x.full[lw] {
			if first == nil {
				first = e
			} else if !samePerson(first.name, e.name) {
				return nil
			}
		}
		return first
	case nFull == 0 && nAlone == 1:
		return alone
	}
	return nil
}

// samePerson reports whether two full names denote one person: the same
// surname and compatible given names ("Joe Biden", "Joseph R. Biden Jr.").
func samePerson(a, b string) bool {
	fa, la, na := nameEnds(a)
	fb, lb, nb := nameEnds(b)
	if na < 2 || nb < 2 || !strings.EqualFold(la, lb) {
		return false
	}
	// "von der Leyen" is "Ursula von der Leyen": a name opening with a
	// particle in lower case is a surname, the end of the longer name
	if nameParticles.has(fb) && na > nb && strings.HasSuffix(a, " "+b) || nameParticles.has(fa) && nb > na && strings.HasSuffix(b, " "+a) {
		return true
	}
	// the given names agree in their first two bytes lower-cased (one,
	// when one of them is an initial)
	var bufA, bufB [16]byte
	ga, gb := lowerPrefix(bufA[:0], fa, 2), lowerPrefix(bufB[:0], fb, 2)
	n := min(len(ga), len(gb), 2)
	return string(ga[:n]) == string(gb[:n])
}

// suffixPart reports whether the part w of a name is a generational
// suffix ("Jr", "III").
func suffixPart(w string) bool {
	for _, s := range [...]string{"jr", "sr", "ii", "iii", "iv"} {
		if lowerIs(w, s) {
			return true
		}
	}
	return false
}

// nameEnds returns the first and the last words of the name n, without
// initials' periods and generational suffixes, and how many words it has
// so, without making the list of its words.
func nameEnds(n string) (first, last string, count int) {
	for w := range nameFields(n) {
		if suffixPart(w) {
			continue
		}
		if count == 0 {
			first = w
		}
		last = w
		count++
	}
	return first, last, count
}

// mergePeople merges a person named by one word ("Ban", "Al-Nasser") into
// the one person whose full name contains that word ("Ban Ki-moon").
func (s *state) mergePeople() {
	// two full names of one person (first, so that "Russell" is not
	// ambiguous between "Cathy Russell" and "Catherine Russell"); a name
	// is compared only with the later names of its surname
	bySurname := map[string][]int{}
	surname := make([]string, len(s.ents))
	for i, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 {
			continue
		}
		if _, last, n := nameEnds(e.name); n >= 2 {
			surname[i] = strings.ToLower(last)
			bySurname[surname[i]] = append(bySurname[surname[i]], i)
		}
	}
	for i, e := range s.ents {
		if surname[i] == "" || len(e.ments) == 0 {
			continue
		}
		for _, j := range bySurname[surname[i]] {
			if f := s.ents[j]; j > i && len(f.ments) > 0 && samePerson(e.name, f.name) {
				s.mergeEnt(f, e)
			}
		}
	}
	s.mergePatronymics()
	// "López Obrador", "Lujan Grisham", "Fabiana Jorge": a name of two
	// words or more that ends the longer name of one other person is that
	// person's
	for i, e := range s.ents {
		if surname[i] == "" || len(e.ments) == 0 {
			continue
		}
		var target *ent
		for _, j := range bySurname[surname[i]] {
			if f := s.resolveEnt(s.ents[j]); f != e && len(f.ments) > 0 && endsName(f.name, e.name) {
				if target != nil && target != f {
					target = nil
					break
				}
				target = f
			}
		}
		if target != nil && !s.officesConflict(e, target) {
			s.mergeEnt(e, target)
		}
	}
	// a person named by one word is the one person named in full with
	// that word among the words of the name
	var byWord map[string][]*ent
	for _, e := range s.ents {
		if e.typ != annals.Person || strings.Contains(e.name, " ") || len(e.ments) == 0 {
			continue
		}
		if byWord == nil {
			byWord = s.fullNamesByWord()
		}
		target := s.oneNamed(e, byWord[gazetteer.Normalize(e.name)])
		if target != nil && !s.officesConflict(e, target) {
			for _, m := range e.ments {
				m.kind = mShort
			}
			s.mergeEnt(e, target)
		}
	}
	s.dropEmptyEnts()
	// the fullest name of a person is its longest form
	for _, e := range s.ents {
		if e.typ == annals.Person && e.entry == nil {
			for _, f := range e.forms {
				if len(f) > len(e.name) {
					e.name = f
				}
			}
		}
	}
}

// oneNamed returns the one person of those named in full with the word
// that names e (cands) whom e names, or nil. When several are, e names
// the one whose surname the word is ("Findlay" is Michael Findlay, not
// Victoria Findlay Wolfe) when it is none's given name; failing that, the one whose office does not
// conflict with the office written before each of e's mentions
// ("President Biden" is Joseph R. Biden, not Jill Biden).
func (s *state) oneNamed(e *ent, cands []*ent) *ent {
	if len(cands) == 0 {
		return nil
	}
	if len(cands) == 1 {
		return cands[0]
	}
	var bySurname *ent
	n, given := 0, false
	w := gazetteer.Normalize(e.name)
	for _, f := range cands {
		first, last, _ := nameEnds(f.name)
		if gazetteer.Normalize(last) == w {
			bySurname = f
			n++
		}
		// "Governor Martin" with Martin O’Malley and Paul K. Martin: the
		// given name of one, the surname of the other, no telling which
		given = given || gazetteer.Normalize(first) == w
	}
	if n == 1 && !given {
		return bySurname
	}
	for _, m := range e.ments {
		if s.officeBefore(m.a) == "" {
			return nil
		}
	}
	var fit *ent
	for _, f := range cands {
		if !s.officesConflict(e, f) {
			if fit != nil {
				return nil
			}
			fit = f
		}
	}
	return fit
}

// endsName reports whether the name short, of two words or more, is the
// closing words of the longer name long, word for word but case and
// initials' periods.
func endsName(long, short string) bool {
	var lw, sw []string
	for w := range nameFields(long) {
		lw = append(lw, w)
	}
	for w := range nameFields(short) {
		sw = append(sw, w)
	}
	if len(sw) < 2 || len(lw) <= len(sw) {
		return false
	}
	for i, w := range sw {
		if !strings.EqualFold(w, lw[len(lw)-len(sw)+i]) {
			return false
		}
	}
	return true
}

// mergePatronymics merges a person named by a given name and a father's
// name ("Mohamed bin Zayed") into the person of the story whose name goes
// on from it ("Mohamed bin Zayed Al Nahyan"): the words of the shorter
// name, a patronymic particle among them, open the longer one. When
// several longer names go on from it, it is left alone.
func (s *state) mergePatronymics() {
	// people by their first three words, when the second is a particle
	var byHead map[string][]*ent
	for _, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 3 || !patronymicParticles.has(ws[1]) {
			continue
		}
		if byHead == nil {
			byHead = map[string][]*ent{}
		}
		k := strings.ToLower(strings.Join(ws[:3], " "))
		byHead[k] = append(byHead[k], e)
	}
	for _, l := range byHead {
		for _, e := range l {
			var into *ent
			for _, f := range l {
				if f == e || len(f.ments) == 0 || len(f.name) <= len(e.name) || !strings.EqualFold(f.name[:len(e.name)], e.name) || f.name[len(e.name)] != ' ' {
					continue
				}
				if into != nil && !strings.EqualFold(into.name, f.name) {
					into = nil
					break
				}
				into = f
			}
			if into != nil {
				s.mergeEnt(e, into)
			}
		}
	}
}

// nameParts yields the words of the name n but a generational suffix
// ("Jr.", "III") and, after a word opened by a particle and a hyphen, the
// name it carries: "Mohammed Shia al-Sudani" is also "Sudani".
func nameParts(n string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for p := range strings.FieldsSeq(n) {
			if suffixPart(strings.TrimSuffix(p, ".")) {
				continue // "Jr." alone refers to no one
			}
			if !yield(p) {
				return
			}
			if _, rest, ok := splitParticle(p); ok && !yield(rest) {
				return
			}
		}
	}
}

// fullNamesByWord indexes the people named in more than one word by each
// word of their names, normalized, in the order of the story's entities.
func (s *state) fullNamesByWord() map[string][]*ent {
	m := map[string][]*ent{}
	for _, f := range s.ents {
		if f.typ != annals.Person || !strings.Contains(f.name, " ") || len(f.ments) == 0 {
			continue
		}
		for p := range nameParts(f.name) {
			k := gazetteer.Normalize(p)
			if l := m[k]; len(l) == 0 || l[len(l)-1] != f {
				m[k] = append(l, f)
			}
		}
	}
	return m
}

// officesConflict reports whether a person named by one word and a person
// named in full hold two different offices that one person at a time
// holds, right before their names: "President Biden" is not "First Lady
// Jill Biden".
func (s *state) officesConflict(one, full *ent) bool {
	for _, m := range one.ments {
		if s.officeConflictAt(m.a, full) {
			return true
		}
	}
	return false
}

// officeConflictAt reports whether the office written right before token
// a is an office one person holds at a time (uniqueOffices) other than one
// written before full's name.
func (s *state) officeConflictAt(a int, full *ent) bool {
	t := s.officeBefore(a)
	if t != "" && listedOther(s.word(a), t, full.name) && !s.writtenWithOffice(full, t) {
		return true
	}
	if !uniqueOffices.has(t) {
		return false
	}
	conflict := false
	for _, m := range full.ments {
		u := s.officeBefore(m.a)
		if u == "" {
			continue
		}
		// "Minister of Foreign Affairs X", then "Foreign Minister Y": one
		// office written two ways
		if !uniqueOffices.has(u) || strings.Contains(t, u) || strings.Contains(u, t) || officeForm(t) == officeForm(u) {
			return false
		}
		conflict = true
	}
	return conflict
}

// listedOther reports whether the leaders' list names one ("Biden",
// "Harris") as a holder of the office t written before it and names full
// ("Jill Biden", "Fagan Harris") as no holder of it: "President Biden" is
// not the Jill Biden the story names.
func listedOther(one, t, full string) bool {
	fits := false
	for _, h := range gazetteer.Holders(one) {
		fits = fits || sameOffice(h.Office, t)
	}
	if !fits {
		return false
	}
	// "Ishiba Shigeru": a name written family name first
	hs := gazetteer.Holders(full)
	if f := strings.Fields(full); len(f) == 2 {
		hs = append(hs, gazetteer.Holders(f[1]+" "+f[0])...)
	}
	for _, h := range hs {
		if sameOffice(h.Office, t) {
			return false
		}
	}
	return true
}

// writtenWithOffice reports whether the story writes the office t before
// one of p's names: "Prime Minister Mark Brown of the Cook Islands" is the
// "Prime Minister Brown" after, whoever else the list names so.
func (s *state) writtenWithOffice(p *ent, t string) bool {
	for _, m := range p.ments {
		if u := s.officeBefore(m.a); u != "" && sameOffice(u, t) {
			return true
		}
	}
	return false
}

// officeBefore returns the title written right before token a, lower-cased
// ("First Lady", whose "Lady" is also an honorific, included).
func (s *state) officeBefore(a int) string {
	if w := s.lw(a - 1); (w == "lady" || w == "gentleman") && (s.lw(a-2) == "first" || s.lw(a-2) == "second") && text.IsCap(s.word(a-1)) {
		return s.lw(a-2) + " " + w
	}
	t, _, _ := s.titleBefore(a)
	return lower(t)
}

// resolveEnt follows merges.
func (s *state) resolveEnt(e *ent) *ent {
	for e != nil {
		t, ok := s.merged[e]
		if !ok {
			return e
		}
		e = t
	}
	return e
}

// titleOrg remembers that title was written with organization org in this
// story ("OTS Secretary General"), so that "Secretary General Amreyev"
// elsewhere can be read as the OTS's. Titles are kept as written (case
// folded only): organizations spell their offices their own way, and
// "Secretary General of the Turkic Council" says nothing of a
// "Secretary-General" in the same story.
func (s *state) titleOrg(title string, org *ent) {
	k := titleKey(title)
	s.titleOrgs[k] = append(s.titleOrgs[k], org)
}

// titleAt is an office: a title at an organization.
type titleAt struct {
	title string // titleKey of the title
	org   *ent
}

// heldByOther reports whether the story writes title at org with a
// holder other than the person mentioned at token tok ("Tony Allen,
// President of Delaware State University": not the office of "President
// Biden").
func (s *state) heldByOther(title string, org *ent, tok int) bool {
	h := s.titleHolder[titleAt{titleKey(title), org}]
	if h == nil {
		return false
	}
	m := s.mentAt(tok)
	return m == nil || s.resolveEnt(m.ent) != s.resolveEnt(h)
}

// titleKey is the form titles are remembered by: lower case, spaces collapsed.
func titleKey(title string) string {
	if collapsed(title) {
		return strings.ToLower(title) // what Fields and Join would give back
	}
	return strings.Join(strings.Fields(strings.ToLower(title)), " ")
}

// renames joins an organization to the name it had before, when the story
// says so: "the Steppe Heritage Cities Network, formerly the Silk Road
// Towns Association", "X (formerly Y)", "Y was renamed X in 2021", "Y
// changed its name to X". One organization is one entity whatever it was
// called; the old name becomes a former name, until the date the sentence
// gives when it gives one.
func (s *state) renames() {
	for i := range s.toks {
		w := s.lw(i)
		var oldM, newM *mention
		switch {
		case w == "formerly" || w == "previously" && s.lw(i+1) == "known":
			newM = s.orgMentionEndingBefore(i)
			if newM == nil {
				// "the Network, the association of towns formerly called ..."
				newM = s.orgMentionWithin(i, 12)
			}
			k := i + 1
			for s.lw(k) == "known" || s.lw(k) == "as" || s.lw(k) == "called" || s.lw(k) == "named" || s.lw(k) == "the" {
				k++
			}
			oldM = s.orgMentionAt(k)
		case w == "renamed" || w == "rebranded":
			j := i - 1
			for j >= 0 && (s.lw(j) == "was" || s.lw(j) == "were" || s.lw(j) == "been" || s.lw(j) == "has" || s.lw(j) == "had" || s.lw(j) == "later" || s.lw(j) == "formally" || s.word(j) == ",") {
				j--
			}
			oldM = s.orgMentionEndingBefore(j + 1)
			k := i + 1
			for s.lw(k) == "itself" || s.lw(k) == "as" || s.lw(k) == "to" || s.lw(k) == "the" {
				k++
			}
			newM = s.orgMentionAt(k)
		case w == "known" && s.lw(i+1) == "as" && (s.lw(i-1) == "was" || s.lw(i-1) == "were"):
			// "The network was known as the Silk Road Towns Association until 1 March 2020"
			k := i + 2
			if s.lw(k) == "the" {
				k++
			}
			oldM = s.orgMentionAt(k)
			if oldM == nil {
				continue
			}
			after := oldM.b
			if s.lw(after) != "until" {
				continue
			}
			j := i - 2
			if m := s.mentAt(j); m != nil && m.ent.typ == annals.Org {
				newM = m
			} else if s.lw(j-1) == "the" && s.is(j, cBackrefHeads) {
				if e := s.backref(s.lw(j), j); e != nil && e != oldM.ent {
					newM = &mention{ent: e, a: oldM.a}
				}
			}
			if newM != nil {
				until := annals.Date("")
				if d := s.dateAt(min(after+1, len(s.toks)-1)); d >= 0 {
					until = s.dates[d].Value
				}
				s.rename(oldM.ent, newM.ent, until)
			}
			continue
		case w == "changed" && s.lw(i+1) == "its" && s.lw(i+2) == "name" && s.lw(i+3) == "to":
			oldM = s.orgMentionEndingBefore(i)
			k := i + 4
			if s.lw(k) == "the" {
				k++
			}
			newM = s.orgMentionAt(k)
		}
		if oldM == nil || newM == nil || oldM.ent == newM.ent || s.sentOf[oldM.a] != s.sentOf[newM.a] {
			continue
		}
		until := annals.Date("")
		if d := s.sentenceYear(s.sentOf[i]); d != "" && w != "formerly" && w != "previously" {
			until = d
		}
		s.rename(oldM.ent, newM.ent, until)
	}
}

// rename makes old a former name of cur, given up at until.
func (s *state) rename(old, cur *ent, until annals.Date) {
	oldName := s.resolveEnt(old).name
	s.mergeEnt(old, cur)
	cur = s.resolveEnt(cur)
	cur.former = append(cur.former, annals.FormerName{Name: oldName, Until: until})
}

// orgMentionEndingBefore returns the organization mention ending at token
// i-1 (or before a comma or opening bracket there).
func (s *state) orgMentionEndingBefore(i int) *mention {
	k := i - 1
	if s.word(k) == "," || s.word(k) == "(" {
		k--
	}
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
		return m
	}
	return nil
}

// orgMentionWithin returns the nearest organization mention ending within
// n tokens before i in the same sentence.
func (s *state) orgMentionWithin(i, n int) *mention {
	for k := i - 1; k >= 0 && k >= i-n && s.sentOf[k] == s.sentOf[i]; k-- {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
			return m
		}
	}
	return nil
}

// orgMentionAt returns the organization mention starting at token k.
func (s *state) orgMentionAt(k int) *mention {
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
		return m
	}
	return nil
}

// sentenceYear returns the year of the first date of sentence si, or "".
func (s *state) sentenceYear(si int) annals.Date {
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if d := s.dateAt(k); d >= 0 && len(s.dates[d].Value) >= 4 {
			return s.dates[d].Value[:4]
		}
	}
	return ""
}

// mergeEnt makes every mention of from a mention of to.
func (s *state) mergeEnt(from, to *ent) {
	from, to = s.resolveEnt(from), s.resolveEnt(to)
	if from == to {
		return
	}
	for _, m := range from.ments {
		m.ent = to
		to.ments = append(to.ments, m)
	}
	for _, f := range from.forms {
		to.addForm(f)
	}
	to.former = append(to.former, from.former...)
	from.ments = nil
	s.merged[from] = to
}

// shortForms merges an organization named by a shorter form of a longer
// name in the same story ("the Meridian Fund" for "the Meridian Fund for
// Rural Health & Sanitation", "the Ocean Fund" for "the Nordic-Pacific
// Ocean Fund") into the longer one. Only names the lists do not know are
// merged, and only forms of two words or more that keep the head word.
func (s *state) shortForms() {
	// the lower-cased words of each entity's name, split once (merging
	// changes no name); every pair of organizations is compared
	ws := make([][]string, len(s.ents))
	words := func(i int) []string {
		if ws[i] == nil {
			ws[i] = strings.Fields(s.lower(s.ents[i].name))
		}
		return ws[i]
	}
	for i, a := range s.ents {
		if a.typ != annals.Org || a.entry != nil || len(a.ments) == 0 {
			continue
		}
		wa := words(i)
		if len(wa) < 2 || !orgHeads.has(wa[len(wa)-1]) && !gatheringHeads.has(wa[len(wa)-1]) {
			continue
		}
		// the one longer name the short form opens, else the one it
		// heads elsewhere ("the Task Force" of "Task Force to Eliminate
		// Fraud", not of "ESTABLISHING THE TASK FORCE TO ELIMINATE FRAUD")
		var into *ent
		best, tie := 2, false
		for j, b := range s.ents {
			if b == a || b.typ != annals.Org || len(b.ments) == 0 {
				continue
			}
			wb := words(j)
			if len(wb) <= len(wa) {
				continue
			}
			at := headsName(wb, wa)
			if at < 0 {
				continue
			}
			rank := min(at, 1)
			if rank < best {
				into, best, tie = b, rank, false
			} else if rank == best && b != into {
				tie = true
			}
		}
		if tie {
			into = nil
		}
		if into != nil {
			for _, m := range a.ments {
				m.kind = mShort
			}
			s.mergeEnt(a, into)
		}
	}
}

// oneSensePlaces gives a one-word name one sense in a story: a "person"
// known by one word only ("Khiva's walled inner town", "travelled to
// Khiva") is the place of that name when the story names that place
// ("meet in Khiva"), or when it is written after a word of place ("in",
// "to", "at", "from") more often than not.
func (s *state) oneSensePlaces() {
	s.givenNamesReadAsPlaces()
	places := map[string]*ent{}
	for _, e := range s.ents {
		if e.typ == annals.Place && len(e.ments) > 0 && s.resolveEnt(e) == e {
			places[s.lower(e.name)] = e
		}
	}
	for _, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 || s.resolveEnt(e) != e || strings.ContainsAny(e.name, " -") {
			continue
		}
		oneWord := true
		for _, f := range e.forms {
			oneWord = oneWord && !strings.Contains(f, " ")
		}
		if !oneWord {
			continue
		}
		if p := places[s.lower(e.name)]; p != nil {
			// a place named only in a headline in Title Case, where every
			// word is capitalized and the lists' names are guesses, is the
			// person the story names so ("Representatives Timmons and
			// Khanna" in the headline and in the text)
			if s.inTitleCaseHeadline(p) {
				s.mergeEnt(p, e)
				continue
			}
			s.mergeEnt(e, p)
			continue
		}
		// (a given name after "to", "at" or "from" is someone's: "married
		// to Derek", "the last question will go to Cristina")
		given := gazetteer.IsGivenName(e.name)
		loc := 0
		for _, m := range e.ments {
			switch s.lw(m.a - 1) {
			case "in", "near", "across", "throughout", "outside":
				loc++
			case "to", "at", "from":
				if !given {
					loc++
				}
			}
		}
		// (a leader the lists of office holders name is written after
		// "to" as a person: "sectors important to Putin", "a letter to
		// Putin")
		if loc*2 > len(e.ments) && !s.foreignLeaderName(e.name) {
			e.typ = annals.Place
		}
	}
	s.dropEmptyEnts()
}

// titleCaseHeadline reports whether token k is in the story's headline
// written in Title Case, where every word is capitalized.
func (s *state) titleCaseHeadline(k int) bool {
	return s.sentOf[k] == 0 && s.bodyStart > 0 && s.titleCase
}

// givenNamesReadAsPlaces gives a person back the given name a list read
// as a place right before the person's other name, where the two are the
// person's full name: "UNICEF names footballer Amara Diallo Goodwill
// Ambassador" read "Amara" as the city of Al Amarah, though the story
// names "Amara Diallo".
func (s *state) givenNamesReadAsPlaces() {
	for _, e := range slices.Clone(s.ents) {
		if e.typ != annals.Place {
			continue
		}
		for _, m := range slices.Clone(e.ments) {
			if p := s.givenNameAlone(m); p != nil {
				// "Amara has been a champion ...": the person of that
				// given name, the subject of the verb after it
				a, b, start, end := m.a, m.b, m.start, m.end
				s.dropMention(m)
				s.addMention(p, a, b, start, end, mShort)
				continue
			}
			n := s.mentAt(m.b)
			if n == nil || n.a != m.b || n.ent.typ != annals.Person || s.toks[m.b].Start-m.end != 1 || s.text[m.end] != ' ' {
				continue
			}
			p := s.resolveEnt(n.ent)
			if !strings.EqualFold(p.name, s.text[m.start:n.end]) {
				continue
			}
			a, start := m.a, m.start
			s.dropMention(m)
			n.a, n.start = a, start
			for k := a; k < n.b; k++ {
				s.tokMent[k] = n
			}
		}
	}
}

// givenNameAlone returns the one person of the story named in full with
// the city's name of mention m as given name, when m stands alone as a
// subject before a verb of a person ("Amara has been a champion", "Amara
// said"), not as a place ("in Amara"); else nil. Countries keep their
// sense ("Jordan said" is the kingdom's).
func (s *state) givenNameAlone(m *mention) *ent {
	if m.b != m.a+1 || m.ent.entry == nil || m.ent.entry.Kind != gazetteer.City || s.writtenAsPlace(m) || !subjectVerbs.has(s.lw(m.b)) {
		return nil
	}
	w := s.word(m.a)
	var found *ent
	for _, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 || s.resolveEnt(e) != e {
			continue
		}
		if first, _, n := nameEnds(e.name); n >= 2 && first == w {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// subjectVerbs follow a person named as a subject: "Amara has been",
// "Amara said".
var subjectVerbs = set("has", "had", "said", "says", "told", "added", "was", "is", "will", "who")

// inTitleCaseHeadline reports whether every mention of e is in the
// story's headline written in Title Case.
func (s *state) inTitleCaseHeadline(e *ent) bool {
	for _, m := range e.ments {
		if !s.titleCaseHeadline(m.a) {
			return false
		}
	}
	return len(e.ments) > 0
}

// headsName returns where the words wa stand in the name wb as its head,
// or -1: at its start before a connector ("the Meridian Fund" in "the
// Meridian Fund for Rural Health"), at its end ("the Ocean Fund" in "the
// Nordic-Pacific Ocean Fund"), or after qualifiers before the complement
// ("the Task Force" in "the U.S.-EU Task Force on Energy Security"). In
// the last case the words before are no connectors and the complement
// opens with a preposition: "the Civil Rights Division" is no head of "a
// Trial Attorney in the Civil Rights Division of the Department", nor
// "Defense Innovation Unit" of "the U.S. Defense Innovation Unit and
// India".
func headsName(wb, wa []string) int {
	for k := 0; k+len(wa) <= len(wb); k++ {
		end := k + len(wa)
		switch {
		case !slices.Equal(wb[k:end], wa):
			continue
		case end == len(wb), k == 0 && connectors.has(wb[end]):
			return k
		case complementOpeners.has(wb[end]) && !slices.ContainsFunc(wb[:k], func(w string) bool { return connectors.has(w) }):
			return k
		}
	}
	return -1
}

// complementOpeners open the complement of an organization's name: "Task
// Force on Energy Security", "Fund for Rural Health".
var complementOpeners = set("of", "for", "on", "to", "against")

// dropEmptyEnts removes the entities merges left without a mention.
func (s *state) dropEmptyEnts() {
	keep := s.ents[:0]
	for _, e := range s.ents {
		if len(e.ments) > 0 {
			keep = append(keep, e)
		}
	}
	s.ents = keep
}

// lastWordIs reports whether the last word of name, lower-cased, is lw:
// the surname of a name written given name first.
func lastWordIs(name, lw string) bool {
	k := strings.LastIndexByte(name, ' ')
	return k > 0 && strings.EqualFold(name[k+1:], lw)
}
