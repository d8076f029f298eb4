package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/read"
	"annals/internal/text"
)

// The trained name tagger (package ner) joins the rules: after the
// gazetteer, the patterns and the acronym definitions have read the
// story, the tagger reads every sentence and adds the names of people,
// organizations and places the rules missed ("Norvik Metals Corp",
// "Paul Anders", a small town). It reads the words and lines CoNLL-2003
// writes (taggerSentences, joinWord, lineBreaks). The arbitration between
// its names and the rules' (addTagged):
//
//   - a name no rule read joins the story unless implausible keeps it out
//     (a Title Case heading, a common word capitalized, an undefined
//     acronym that does not act as a body, an office, a gathering or
//     programme, a group of states, a nationality, a name the lists or
//     the story give another type); a dateline's place in capitals, a
//     company ("... Inc", "... AB") and, for a sure tagger, common words
//     capitalized ("Wall Street") pass;
//   - an acronym in brackets after an organization, or spelt by the
//     initials of one the story names, is that organization's, and so
//     are its later mentions (bracketAcronymOf, orgByInitials);
//   - a first name alone is the person of the story who has it;
//   - an organization or person written exactly as a list place is the
//     tagger's (listPlaceRetyped: "Surrey beat Kent");
//   - a longer name wins over list places strictly inside it when the
//     tagger is sure enough (arbitrated: "Dynamo Moscow", "Larisa
//     Sayenko", "Neil Jordan");
//   - a sure tagger's person ends a rules' person that runs over words
//     before it ("Bosnian President Alija Izetbegovic") and splits a
//     rules' organization that swallowed it ("Don Penney of the
//     Rochester Fire Department");
//   - the first word of a company's name alone is the company ("Magna",
//     companyShortForms);
//   - a competition the tagger names (MISC) holds no place ("U.S. Open",
//     competitionPlaces), nor does a compound adjective ("Boston-based",
//     dropCompoundNames);
//   - anything else the rules read keeps its type and resolution.

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
	buf := tagBufs.Get().(*tagBuf)
	defer buf.release()
	sents := s.splitSentences(buf)
	in := slices.Grow(buf.in[:0], len(sents))[:len(sents)]
	buf.in = in
	gazAt := s.gazTags()
	n := 0
	for _, ts := range sents {
		n += len(ts.words)
	}
	// one array of words and one of gazetteer tags for the whole story
	words, gz := slices.Grow(buf.words[:0], n), slices.Grow(buf.gz[:0], n)
	buf.words, buf.gz = words, gz
	for i, ts := range sents {
		a := len(words)
		for k, w := range ts.words {
			words = append(words, w.Word)
			gz = append(gz, gazAt[ts.tok[k]])
		}
		in[i] = ner.Sentence{Words: words[a:len(words):len(words)], Gaz: gz[a:len(gz):len(gz)]}
	}
	// every array of buf now ends where the story's part does (release)
	buf.words, buf.stored = words, true
	// people and places first: an organization named like a person the
	// story names ("Qaddafi") is that person (see implausible)
	tagged := m.TagDoc(in)
	for si := range tagged {
		tagged[si] = joinPatronymics(sents[si], tagged[si])
	}
	for _, orgs := range []bool{false, true} {
		for si, spans := range tagged {
			for _, sp := range spans {
				if (sp.Type == "ORG") == orgs {
					s.addTagged(sents[si], sp)
				}
				if sp.Type == "MISC" && !orgs {
					s.competitionPlaces(sents[si], sp)
				}
			}
		}
	}
	s.companyShortForms()
	s.companiesInLists()
	s.listMajority()
	s.taggedPlacesOfBodies()
}

// taggedPlacesOfBodies makes a place only the tagger read, which no list
// knows, the company the story names the same where someone works at it
// or which the story tells is a company (see addTagged's employer):
// "Starbucks" read as a body in "Group President at Starbucks" and as a
// place in "Prior to Starbucks, he ..." is one company, not a company and
// a place. (Not any organization of the same name: the tagger reads
// "Buffalo and Uvalde" as bodies in one sentence and as places in
// another.)
func (s *state) taggedPlacesOfBodies() {
	if len(s.employers) == 0 {
		return
	}
	var orgs map[string]*ent
	for _, e := range s.ents {
		// (or one word the tagger read as a person's, no given name: "our
		// 1 billion Pfizer dose donation" after "the Pfizer vaccine")
		person := e.typ == annals.Person && !strings.Contains(e.name, " ") && !gazetteer.IsGivenName(e.name)
		if e.typ != annals.Place && !person || e.entry != nil || !s.tagged[e] || len(e.ments) == 0 {
			continue
		}
		if orgs == nil {
			orgs = map[string]*ent{}
			for o := range s.employers {
				if o.typ == annals.Org && len(o.ments) > 0 {
					orgs[gazetteer.Normalize(o.name)] = o
				}
			}
		}
		if o := orgs[gazetteer.Normalize(e.name)]; o != nil {
			s.mergeEnt(e, o)
		}
	}
}

// patronymicParticles join a given name to a father's name in Arabic
// names: "Tamim bin Hamad Al Thani", "Reema bint Bandar", "Ali ibn Talib".
var patronymicParticles = set("bin", "bint", "ibn")

// joinPatronymics makes one person's name of the words around a
// patronymic particle in lower case between capitalized words, whatever
// the tagger read them as: it reads "Tamim bin Hamad Al Thani" as two
// people, "Tamim" and "Hamad Al Thani", "Reema" and "Bandar" of "Reema
// bint Bandar" as places, and at times leaves a side out ("Tahnoon"
// opening a sentence, "Zayed" closing "Mohamed bin Zayed"). Two names with
// the particle alone between them are joined; a name with the particle
// before it takes the one capitalized word no name holds before the
// particle, and one with the particle after it the capitalized words no
// name holds after the particle (with further particles: "Zayed bin Sultan
// Al Nahyan"); "al" after a name with a particle goes on with it too
// ("Khalifa bin Zayed al Nahyan"). "Bin Laden" written as a surname it
// reads whole.
func joinPatronymics(ts taggerSentence, spans []ner.Span) []ner.Span {
	cap := func(k int) bool {
		return k >= 0 && k < len(ts.words) && text.IsCap(ts.words[k].Word) && !text.IsAllCaps(ts.words[k].Word)
	}
	particle := func(k int) bool { return k >= 0 && k < len(ts.words) && patronymicParticles.has(ts.words[k].Word) }
	// "al" after a name with a particle goes on with it: "Khalil bin
	// Nasser al Rumaihi"
	joiner := func(sp ner.Span) bool {
		if particle(sp.End) {
			return true
		}
		if sp.End < len(ts.words) && (ts.words[sp.End].Word == "al" || ts.words[sp.End].Word == "Al") {
			for k := sp.Start + 1; k < sp.End-1; k++ {
				if particle(k) {
					return true
				}
			}
		}
		return false
	}
	// a title or an honorific before the given name is none of the name:
	// "Sheikh Mohamed", "Amir Tamim" (a name with one inside is no
	// person's, see implausible; "Amir bin Talal" opens with a given name)
	untitle := func(sp *ner.Span) {
		for sp.End-sp.Start >= 3 && !particle(sp.Start) && !particle(sp.Start+1) {
			w := strings.TrimSuffix(lower(ts.words[sp.Start].Word), ".")
			if !titleHeads.has(w) && !honorifics.has(w) && !nationalTitles.has(w) {
				return
			}
			sp.Start++
		}
	}
	for i := 0; i < len(spans); i++ {
		a := spans[i]
		if i+1 < len(spans) {
			if b := spans[i+1]; a.End+1 == b.Start && joiner(a) {
				spans[i] = ner.Span{Start: a.Start, End: b.End, Type: "PER", Margin: min(a.Margin, b.Margin)}
				untitle(&spans[i])
				spans = slices.Delete(spans, i+1, i+2)
				i-- // "Mohamed bin Zayed bin Sultan Al Nahyan"
				continue
			}
		}
		// the given name before: "Tahnoon bin Zayed Al Nahyan"
		if prev := 0; particle(a.Start-1) && cap(a.Start-2) {
			if i > 0 {
				prev = spans[i-1].End
			}
			if a.Start-2 >= prev {
				spans[i].Start, spans[i].Type = a.Start-2, "PER"
			}
		}
		// the father's name after: "Mohamed bin Zayed"
		next := len(ts.words)
		if i+1 < len(spans) {
			next = spans[i+1].Start
		}
		if joiner(a) && cap(a.End+1) && a.End+1 < next {
			end := a.End + 1
			for end < next && end < a.End+8 && (cap(end) || particle(end) && cap(end+1) && end+1 < next) {
				end++
			}
			spans[i].End, spans[i].Type = end, "PER"
			untitle(&spans[i])
		}
	}
	return spans
}

// listMajority gives a one-word name only the tagger read, in a list of
// names set off by commas, the type of the list when its names have it by
// a surer reading and none has another (a body of any reading, a place
// the lists know, a person the rules read): "Pfizer, Amgen, Merck,
// Novartis, Sanofi, AbbVie, and Regeneron" are companies the tagger read
// as places and people, "Mayagüez, Maricao, Ponce, Utuado, Adjuntas"
// towns it read as people. A list is of one kind; the tagger reads each
// word alone. Four names or more need three sure readings, three names
// "and" closes two bodies; places always need three, and people are left
// as they are. Names no reading found (one to four capitalized words,
// after an optional "the") are items of the list too.
func (s *state) listMajority() {
	for k := 0; k < len(s.toks); {
		a, end := s.listItem(k)
		if end < 0 {
			k++
			continue
		}
		items := [][2]int{{a, end}}
		closed := false
		for j := end; ; {
			x := j
			if s.word(x) == "," {
				x++
			}
			last := s.lw(x) == "and" || s.lw(x) == "or"
			if last {
				x++
			}
			a, e := s.listItem(x)
			if x == j || e < 0 || s.sentOf[x] != s.sentOf[k] {
				break
			}
			items = append(items, [2]int{a, e})
			j = e
			if last {
				closed = true
				break
			}
		}
		k = items[len(items)-1][1]
		// four names, or three that "and" closes ("General Motors, Ford,
		// and Stellantis")
		if len(items) < 3 || len(items) == 3 && !closed {
			continue
		}
		need := 3
		if len(items) == 3 {
			need = 2
		}
		votes := map[annals.EntityType]int{}
		for _, it := range items {
			m := s.mentAt(it[0])
			if m == nil || m.a != it[0] || m.b != it[1] {
				continue
			}
			switch e := s.resolveEnt(m.ent); {
			case e.typ == annals.Org:
				votes[annals.Org]++
			case e.typ == annals.Place && e.entry != nil:
				votes[annals.Place]++
			case e.typ == annals.Person && !s.tagged[e]:
				votes[annals.Person]++
			}
		}
		if len(votes) != 1 {
			continue
		}
		for typ, n := range votes {
			// (places by three sure readings in any list: "Chad, Kara and
			// Christopher" are children)
			if n < need || typ == annals.Person || typ == annals.Place && n < 3 {
				continue
			}
			for _, it := range items {
				m := s.mentAt(it[0])
				if m == nil || m.a != it[0] || m.b != it[1] || m.b-m.a != 1 {
					continue
				}
				// (not a town set off before its state: "the Pentagon, and
				// Shanksville, Pennsylvania"; nor a given name made a place)
				if e := s.resolveEnt(m.ent); e.typ != typ && s.tagged[e] && e.entry == nil && s.onlyInLists(e) && !s.regionAfter(m.b) &&
					!(typ == annals.Place && gazetteer.IsGivenName(e.name)) {
					e.typ = typ
				}
			}
		}
	}
}

// listItem returns where an item of a list starting at token k begins
// and ends: a mention that starts there, or one to four capitalized words
// no mention holds, after an optional "the", followed by a comma, "and",
// "or" or the sentence's end; end -1 when none starts at k.
func (s *state) listItem(k int) (int, int) {
	if s.lw(k) == "the" && s.mentAt(k) == nil {
		k++ // "..., the National Retail Federation, Samsung, ..."
	}
	return k, s.listItemEnd(k)
}

// listItemEnd returns the end of an item of a list starting at token k
// (see listItem), or -1.
func (s *state) listItemEnd(k int) int {
	if k >= len(s.toks) {
		return -1
	}
	e := k
	if m := s.mentAt(k); m != nil {
		if m.a != k {
			return -1
		}
		e = m.b
	} else {
		for e < len(s.toks) && e < k+4 && s.capLike(e) && s.mentAt(e) == nil && s.sentOf[e] == s.sentOf[k] {
			e++
		}
		if e == k {
			return -1
		}
	}
	if w := s.word(e); e < len(s.toks) && w != "," && w != "." && w != ")" && s.lw(e) != "and" && s.lw(e) != "or" {
		return -1
	}
	return e
}

// onlyInLists reports whether every mention of e stands between commas or
// after "and": a name the story uses elsewhere keeps the type it has there.
func (s *state) onlyInLists(e *ent) bool {
	for _, m := range e.ments {
		before, after := s.word(m.a-1), s.word(m.b)
		if before != "," && s.lw(m.a-1) != "and" && before != ":" || after != "," && after != "." && s.lw(m.b) != "and" && after != ")" {
			return false
		}
	}
	return true
}

// companiesInLists reads a one-word place the tagger found and no list
// knows as a company when a story lists it beside companies ("executives
// at Pfizer, Moderna, and Johnson & Johnson"; "Citi, Global
// Infrastructure Partners, and Nokia"): an item of a list next to a
// company's name, never after a word of place ("in", "to", "from").
func (s *state) companiesInLists() {
	// a company found makes its neighbour one ("Pfizer, Moderna, and
	// Johnson & Johnson"): a few rounds, each reading the last one's
	found := map[*ent]bool{}
	for range 3 {
		changed := false
		for _, e := range s.ents {
			if e.typ != annals.Place || e.entry != nil || !s.tagged[e] || len(e.ments) == 0 || strings.Contains(e.name, " ") {
				continue
			}
			company := false
			for _, m := range e.ments {
				if isLocative(s.lw(m.a - 1)) {
					company = false
					break
				}
				company = company || s.companyBeside(m, found)
			}
			if company {
				e.typ, changed = annals.Org, true
				found[e] = true
			}
		}
		if !changed {
			return
		}
	}
}

// companyBeside reports whether the item m of a list stands next to a
// company's name ("X, Y Inc.", "Pfizer and Johnson & Johnson") or to one
// companiesInLists found.
func (s *state) companyBeside(m *mention, found map[*ent]bool) bool {
	is := func(o *mention) bool {
		if o == nil || o.ent.typ != annals.Org {
			return false
		}
		ws := strings.Fields(o.ent.name)
		// (or a one-word name of a body no list holds, no head nor
		// acronym: "Walgreens, Uber, and DoorDash", "Microsoft, Netflix,
		// Apple")
		return len(ws) >= 2 && (companySuffix(ws[len(ws)-1]) || strings.Contains(o.ent.name, " & ")) || found[o.ent] || s.oneWordBody(o)
	}
	// the pair joined by "and" that closes a list: "Moderna, and Johnson &
	// Johnson", "Acme Widgets Inc. and Zorvo" (a place set off by commas
	// after a company is where it is: "Automated Custom Systems Inc.,
	// Orange, Calif.")
	k := m.b
	if s.word(k) == "," {
		k++
	}
	if s.lw(k) == "and" && is(s.mentAt(k+1)) {
		return true
	}
	// ("Walgreens, Uber, and DoorDash": an item between commas, beside
	// a one-word body set off by a comma; not after a company's suffix,
	// where a place is where the company is)
	// (or a company named with its noun: "the Walt Disney Company,
	// Walmart, and Chipotle")
	plain := func(o *mention) bool { return o != nil && (found[o.ent] || s.oneWordBody(o) || companyNamed(o.ent)) }
	if s.word(m.b) == "," && s.word(m.a-1) == "," && (plain(s.mentAt(m.b+1)) || plain(s.mentAt(m.a-2))) {
		return true
	}
	k = m.a - 1
	return s.lw(k) == "and" && (is(s.mentAt(k-1)) || s.word(k-1) == "," && is(s.mentAt(k-2)))
}

// companyNamed reports whether e is an organization whose name of two
// words or more ends with a company's noun, capitalized: "the Walt Disney
// Company", "Acme Corporation", "Zorvo Technologies" (see companyHeads).
func companyNamed(e *ent) bool {
	i := strings.LastIndexByte(e.name, ' ')
	if e.typ != annals.Org || i < 0 || !text.IsCap(e.name[i+1:]) {
		return false
	}
	w := lower(e.name[i+1:])
	return w == "company" || w == "corporation" || w == "companies" || w == "incorporated" || companyHeads.has(w)
}

// oneWordBody reports whether o names, in one word, a body that no list
// holds and the tagger found, with no head nor acronym: "Walgreens",
// "Netflix", likely a company.
func (s *state) oneWordBody(o *mention) bool {
	n := o.ent.name
	return o.ent.typ == annals.Org && !strings.Contains(n, " ") && o.ent.entry == nil && s.tagged[o.ent] && !orgHeads.has(strings.ToLower(n)) && !text.IsAllCaps(n) && !strings.HasSuffix(n, ".")
}

// companyShortForms reads the first word of a company's name, alone, as
// that company: "Magna" after "Magna International Inc", "Jones stock"
// after "Jones Medical Industries Inc". Where the tagger read the word
// alone as a person, a place or an organization of its own that no list
// holds, the company wins.
func (s *state) companyShortForms() {
	short := map[string]*ent{}
	for _, e := range s.ents {
		if e.typ != annals.Org { // asked first: only a body's name is split
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 || !companySuffix(ws[len(ws)-1]) || !text.IsCap(ws[0]) || companySuffix(ws[0]) {
			continue
		}
		if o, ok := short[ws[0]]; ok && o != e {
			short[ws[0]] = nil // two companies share it
			continue
		}
		short[ws[0]] = e
	}
	if len(short) == 0 {
		return
	}
	for k := range s.toks {
		e := short[s.word(k)]
		if e == nil || s.quoteZone[k] || k+1 < len(s.toks) && s.capLike(k+1) {
			continue
		}
		if m := s.tokMent[k]; m != nil {
			if m.a != k || m.b != k+1 || m.ent == e || !s.tagged[m.ent] || m.ent.typ == annals.Org && m.ent.name != s.word(k) {
				continue
			}
			s.dropMention(m)
		}
		s.addMention(e, k, k+1, s.toks[k].Start, s.toks[k].End, mShort)
	}
}

// tagBuf is the memory of one tagNames call, kept in tagBufs for the
// next story: the tagger's words of a story were a fifth of what
// extraction allocated.
type tagBuf struct {
	split, flat []ner.Token
	tok, last   []int
	sents       []taggerSentence
	in          []ner.Sentence
	words       []string
	gz          []byte
	// stored: the arrays' lengths cover all the story wrote (see release)
	stored bool
}

var tagBufs = sync.Pool{New: func() any { return new(tagBuf) }}

// release returns b to tagBufs, unless a long story made its arrays
// unusually large; the strings it points to are let go. Past their
// lengths the arrays hold zeros, each story's release having cleared
// what it wrote: once tagNames has stored the arrays as the story left
// them (b.stored), their lengths are cleared, not the capacities, which
// the longest story so far set; a story stopped before (a failure the
// stage recovered from) clears the capacities, as before.
func (b *tagBuf) release() {
	if cap(b.split) > 1<<16 {
		*b = tagBuf{}
	}
	if !b.stored {
		b.words, b.split, b.flat = b.words[:cap(b.words)], b.split[:cap(b.split)], b.flat[:cap(b.flat)]
		b.in, b.sents = b.in[:cap(b.in)], b.sents[:cap(b.sents)]
	}
	clear(b.words)
	clear(b.split)
	clear(b.flat)
	clear(b.in)
	clear(b.sents)
	b.stored = false
	tagBufs.Put(b)
}

// competitionPlaces drops the list places inside a competition the
// tagger names (MISC): "the U.S. Open", "the Atlanta Games", "the Greater
// Milwaukee Open" name the event, not the place. Agreements and
// conferences named after a place keep it ("Juba Peace Agreement"): the
// rules read their places.
func (s *state) competitionPlaces(ts taggerSentence, sp ner.Span) {
	if sp.End-sp.Start < 2 || !competitionHeads.has(s.lower(ts.words[sp.End-1].Word)) {
		return
	}
	ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1
	for k := ka; k < kb; k++ {
		m := s.tokMent[k]
		if m == nil || m.a < ka || m.b > kb || m.b-m.a >= kb-ka || m.ent.typ != annals.Place {
			continue
		}
		if tagDebug != nil {
			tagDebug(s, "competition", "LOC", m.start, m.end, sp.Margin)
		}
		s.dropMention(m)
	}
}

// competitionHeads end the names of sporting competitions.
var competitionHeads = set("open", "games", "championship", "championships", "cup", "olympics", "olympiad", "marathon", "classic", "masters", "trophy", "tournament", "invitational", "rally", "regatta")

// tagDebug, when set (by a test), is told of each name the tagger found
// and why it was kept out of the story, or "added".
var tagDebug func(s *state, why, typ string, start, end int, margin float64)

// addTagged adds one name the tagger found, unless a rule read any of its
// tokens.
func (s *state) addTagged(ts taggerSentence, sp ner.Span) {
	var typ annals.EntityType
	prefix := ""
	employer := false // a place retyped as a body someone works at
	switch sp.Type {
	case "PER":
		typ, prefix = annals.Person, "person:"
	case "ORG":
		typ, prefix = annals.Org, "org:"
	case "LOC":
		typ, prefix = annals.Place, "place:"
	default:
		// a party the tagger reads as a nation's thing, ending in the word
		// the lists know a body by: "the Indian National Congress" (the
		// arbitration reads it, see listBodyHead)
		if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; sp.End-sp.Start >= 2 && sp.Margin >= arbitrateMargin {
			if m := s.tokMent[kb-1]; m != nil && m.b == kb && s.listBodyHead(m, ka, annals.Org) {
				typ, prefix = annals.Org, "org:"
				break
			}
		}
		if tagDebug != nil {
			tagDebug(s, "misc", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
		}
		return
	}
	// a degree or an office after a person's name is no part of it:
	// "Anthony Albanese MP", "Jane Roe PhD"
	if sp.Type == "PER" && sp.End-sp.Start >= 3 && postNominal(ts.words[sp.End-1].Word) {
		sp.End--
	}
	// a list that lost its separators: "Lieutenant Governor Austin Davis
	// Minnesota Lieutenant Governor Peggy Flanagan": a state or a country
	// the lists know, ending the tagger's person before the next title,
	// opens the next item and is no part of the name
	if sp.Type == "PER" && sp.End-sp.Start >= 3 && sp.End < len(ts.words) {
		if ai := s.atomIdx(ts.last[sp.End-1]); ai >= 0 && !s.atoms[ai].Demonym && (s.atoms[ai].Entry.Kind == gazetteer.Region || s.atoms[ai].Entry.Kind == gazetteer.Country) {
			next := s.lower(ts.words[sp.End].Word)
			st := sp.End - 1
			for st > sp.Start && s.atomIdx(ts.tok[st-1]) == ai {
				st--
			}
			if s.tokEndAt(s.atoms[ai].End) == ts.last[sp.End-1]+1 && s.tokAt(s.atoms[ai].Start) == ts.tok[st] && st-sp.Start >= 2 &&
				text.IsCap(ts.words[sp.End].Word) && (isTitleHead(next) || titleModifiers.has(next) || rankWords.has(next)) {
				sp.End = st
			}
		}
	}
	// "Second Gentleman" and "First Gentleman" are a spouse's office, as
	// "First Lady" is, no part of the name after them, whatever type the
	// tagger gives the whole: "Second Gentleman Douglas Weiss will travel"
	// (read as a body), "Second Gentleman Weiss" (read from "Gentleman")
	if sp.End-sp.Start >= 2 {
		i := sp.Start
		if lowerIs(ts.words[i].Word, "first") || lowerIs(ts.words[i].Word, "second") {
			i++
		}
		if i < sp.End-1 && lowerIs(ts.words[i].Word, "gentleman") && (i > sp.Start || i > 0 && (lowerIs(ts.words[i-1].Word, "first") || lowerIs(ts.words[i-1].Word, "second"))) &&
			text.IsCap(ts.words[i+1].Word) {
			sp.Start, typ, prefix = i+1, annals.Person, "person:"
		}
	}
	// a rank's class ends the rank, as "Gentleman" does: "Sergeant First
	// Class Heath Robinson" (read as a body, or as a person "Class
	// Robinson"), "Aviation Survival Technician Second Class Zach Loesch";
	// the person is the name after it. A name that goes on in common
	// words is another thing's, named after the person: "the Sergeant
	// First Class Heath Robinson Honoring our Promise ... Act"
	if st := s.afterRankClass(ts, sp, typ == annals.Person); st > 0 {
		end := st + 1
		for end < sp.End && ner.NameLike(ts.words[end].Word) {
			end++
		}
		if end < sp.End {
			if tagDebug != nil {
				tagDebug(s, "named after", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
			}
			return
		}
		sp.Start, typ, prefix = st, annals.Person, "person:"
	}
	// a unit is no person: "7th Cavalry Regiment", "1st Special Forces
	// Group", "the Marwood Group", "Company E" ("Jamie Fleet" opens with
	// a given name)
	if typ == annals.Person && sp.End-sp.Start >= 2 && !gazetteer.IsGivenName(ts.words[sp.Start].Word) {
		if unitHeads.has(s.lower(ts.words[sp.End-1].Word)) || sp.End-sp.Start == 2 && s.lower(ts.words[sp.Start].Word) == "company" && len(ts.words[sp.End-1].Word) == 1 {
			typ, prefix = annals.Org, "org:"
		}
	}
	// a paper or a broadcaster named after the common noun that sets it
	// up is no person: "the weekly Jeune Afrique", "the daily Le Soir"
	// (not one opening with a given name: "the daily's editor")
	if ka := ts.tok[sp.Start]; typ == annals.Person && s.is(ka-1, cPressNouns) && startsLower(s.word(ka-1)) && !gazetteer.IsGivenName(ts.words[sp.Start].Word) {
		typ, prefix = annals.Org, "org:"
	}
	// "The Administration committed $250 million", "The Department is
	// undergoing rulemaking": a body told by its common head alone, with
	// the article, names none ("the Administration" inside a sentence is
	// no name either; the rules read the heads the lists know)
	if typ != annals.Person && sp.End-sp.Start == 2 && ts.words[sp.Start].Word == "The" {
		if w := s.lower(ts.words[sp.Start+1].Word); backrefHeads.has(w) || genericBodies.has(w) {
			if tagDebug != nil {
				tagDebug(s, "the head", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
			}
			return
		}
	}
	// "Pro Tempore" ends a title ("President Pro Tempore Brian Bingman",
	// "President Pro Tempore of the Senate"); it opens no name
	if sp.Type == "PER" && sp.End-sp.Start >= 2 && s.lower(ts.words[sp.Start].Word) == "pro" && s.lower(ts.words[sp.Start+1].Word) == "tempore" {
		if sp.Start += 2; sp.Start == sp.End {
			return
		}
	}
	// the object of a headline's or a bullet's verb opening the sentence,
	// in Title Case, is no name of a body or a place: "Provides More
	// Passport Services Online", "Prioritizes Veterans’ Mental Health
	// Services and Suicide Prevention" (the rules read the names the
	// lists know there)
	if typ != annals.Person && s.afterOpeningHeadlineVerb(ts.tok[sp.Start]) {
		return
	}
	// a field of study after a degree: "an M.S. in Biostatistics"
	if typ != annals.Person && s.fieldOfStudyAt(ts.tok[sp.Start]) && !s.covered(ts.tok[sp.Start], ts.last[sp.End-1]+1) && !s.is(ts.last[sp.End-1], cSchoolHeads) {
		return
	}
	// a headline's verb ends the name before it: "First Lady Jill Biden
	// Continues ...", "Administration Launches ..."
	for i := sp.Start + 1; i < sp.End; i++ {
		if w := ts.words[i].Word; text.IsCap(w) && headlineVerbs.has(s.lower(w)) {
			sp.End = i
			break
		}
	}
	// the rank that opens a title after a body's name is no part of the
	// name: "the Department of Justice Senior Counsel X", "White House
	// Deputy Chief of Staff"
	if typ == annals.Org {
		for sp.End-sp.Start >= 2 && sp.End < len(ts.words) && titleRanks.has(s.lower(ts.words[sp.End-1].Word)) {
			next := s.lower(ts.words[sp.End].Word)
			if !(isTitleHead(next) && !titleModifiers.has(next)) && !titleRanks.has(next) || !text.IsCap(ts.words[sp.End].Word) {
				break
			}
			sp.End--
		}
	}
	// a military rank ends no body's name; it opens the next person's
	// title: "the Army Corps of Engineers Lieutenant General Scott Spellmon"
	if typ == annals.Org && sp.End-sp.Start >= 3 && sp.End < len(ts.words) && rankWords.has(s.lower(ts.words[sp.End-1].Word)) && text.IsCap(ts.words[sp.End].Word) {
		sp.End--
	}
	// "Former" opens no name: "Former Massachusetts Governor Deval
	// Patrick" is a governor of Massachusetts no longer in office
	if typ != annals.Person && sp.End-sp.Start >= 2 && formerWords.has(s.lower(ts.words[sp.Start].Word)) {
		sp.Start++
		if s.knownPlace(ts.words[sp.Start].Start, ts.words[sp.End-1].End) {
			typ, prefix = annals.Place, "place:"
		}
	}
	// a title in the plural and its "of" open no name: "the [Ministers of
	// Austria] and Hungary" are Austria's ministers, "the Defense
	// [Ministers of India]" India's, "[Governors of Louisiana]" a state's;
	// "[Heads of State and Government]", "[Secretaries of State]" are
	// offices, no body
	if typ != annals.Person {
		if st, none := s.pluralOfficeOf(ts, sp); st > sp.Start {
			if none {
				if tagDebug != nil {
					tagDebug(s, "plural office", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
				}
				return
			}
			// (only a country or a body the lists know: "Representatives
			// of First Bank" may be the bank's people, read with the
			// name; "the Governors of Florida and South Carolina" stay
			// one name, as the states take no part in what their
			// governors do)
			if known := s.x.gaz.Lookup(s.text[ts.words[st].Start:ts.words[sp.End-1].End]); len(known) > 0 && (known[0].Kind == gazetteer.Country || known[0].Kind == gazetteer.Org) {
				sp.Start = st
				typ, prefix = known[0].Type, "org:"
				if typ == annals.Place {
					prefix = "place:"
				}
			}
		}
	}
	// a title's portfolio and its country are no body's name: "Minister of
	// [Energy of Israel]", "Minister of [Defense of Kenya]", "Minister for
	// [Trade of Ireland]" (the title's words give the office and the
	// country)
	if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; typ == annals.Org && ka >= 2 && (s.lw(ka-1) == "of" || s.lw(ka-1) == "for") && isTitleHead(s.lw(ka-2)) && s.portfolioOfCountry(ka, kb) {
		if tagDebug != nil {
			tagDebug(s, "portfolio", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
		}
		return
	}
	// nor are a title's portfolio words before its holder's name:
	// "Secretary of [National] Defense Luis Sandoval"
	if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; typ != annals.Person && ka >= 2 && s.lw(ka-1) == "of" && isTitleHead(s.lw(ka-2)) && s.portfolioBeforePerson(ka, kb) {
		if tagDebug != nil {
			tagDebug(s, "portfolio", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
		}
		return
	}
	// "President von der Leyen": the tagger reads the name after its
	// lower-case particles alone, at times as a body's or a place's;
	// after a title, the particles and the name are the person's
	if sp.End-sp.Start == 1 {
		p := sp.Start
		for p > 0 && p > sp.Start-3 && nameParticles.has(ts.words[p-1].Word) {
			p--
		}
		if p < sp.Start && p > 0 && text.IsCap(ts.words[p-1].Word) && isTitleHead(s.lower(ts.words[p-1].Word)) {
			sp.Start, typ, prefix = p, annals.Person, "person:"
		}
	}
	// a town before its state: "from Ann Arbor, Michigan", "St. Paul,
	// Minnesota has", "Kameryn Pupunu (Lahaina, Hawaii)" (see
	// townOfRegion; the lists may know the town)
	if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; typ == annals.Person && s.regionAfter(kb) && !s.titleBeforeIsPersonal(ka) &&
		s.townName(ka, kb) &&
		(isLocative(s.lw(ka-1)) || s.word(ka-1) == "(" || townWords.has(strings.TrimSuffix(s.lower(ts.words[sp.Start].Word), ".")) || s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) ||
			// ("between New Haven, Connecticut, and Mount Vernon, New
			// York": a name opening with no given name, its region closed)
			// (a region by its name, not a postal code: "Monica Roe, MD,")
			!gazetteer.IsGivenName(ts.words[sp.Start].Word) && s.atomIdx(kb+1) >= 0 && s.word(s.regionEnd(kb)) == ",") {
		typ, prefix = annals.Place, "place:"
	}
	// a one-word place no list knows whose war or regime it is, in the
	// possessive, is a leader: "Putin’s war", "Assad's regime"
	// ("Lukashenka’s regime" the tagger reads as a body; not an acronym,
	// "NATO's war", nor a name the lists know)
	if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; (typ == annals.Place || typ == annals.Org && !text.IsAllCaps(ts.words[sp.Start].Word)) && sp.End-sp.Start == 1 &&
		s.leaderPossessive(kb) && !ner.CommonWord(s.lower(ts.words[sp.Start].Word)) && len(s.x.gaz.Lookup(clean(s.text[s.toks[ka].Start:s.toks[kb-1].End]))) == 0 &&
		!(ka > 0 && (s.lw(ka-1) == "the" || s.lw(ka-1) == "a" || s.demonymAt(ka-1))) { // ("the Russian Autocrat’s war" names no one)
		typ, prefix = annals.Person, "person:"
	}
	// a one-word place no list knows that the lists of office holders
	// know as a foreign leader of the story's time is that leader, in the
	// possessive or not: "the impacts of Putin’s price hike", "sectors
	// important to Putin" (see foreignLeaderName)
	if ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1; typ == annals.Place && sp.End-sp.Start == 1 && s.foreignLeaderName(ts.words[sp.Start].Word) &&
		!ner.CommonWord(s.lower(ts.words[sp.Start].Word)) && len(s.x.gaz.Lookup(clean(s.text[s.toks[ka].Start:s.toks[kb-1].End]))) == 0 {
		typ, prefix = annals.Person, "person:"
	}
	// two or three words no list knows as a place, with no word of a
	// place's, set off before a person's title are a person's name:
	// "Dana Orrick, Acme Collective’s Director of Policy, said", "Lu
	// Wenhai, Vice Premier of the State Council" (a title names no place)
	if typ == annals.Place && sp.End-sp.Start >= 2 && sp.End-sp.Start <= 3 && s.titleSetOffAfter(ts.last[sp.End-1]+1) && !s.covered(ts.tok[sp.Start], ts.last[sp.End-1]+1) &&
		!s.placeWordIn(ts.tok[sp.Start], ts.last[sp.End-1]+1) && !s.is(ts.tok[sp.Start], cTownWords) &&
		!s.knownPlace(s.toks[ts.tok[sp.Start]].Start, s.toks[ts.last[sp.End-1]].End) {
		typ, prefix = annals.Person, "person:"
	}
	// three words or more with a particle of a name inside that no list
	// knows as a place, opening with a given name or spoken of as a man
	// or a woman after, is a person's name, whatever place closes it:
	// "spoke today with Bernardo Arévalo de León and congratulated him"
	// ("Rio de Janeiro", "Ciudad del Este": the lists know them; "San
	// Juan de los Lagos" opens as towns do)
	ka, kb := ts.tok[sp.Start], ts.last[sp.End-1]+1
	if typ == annals.Place && sp.End-sp.Start >= 3 && s.particleInside(ka, kb) &&
		!s.is(ka, cTownWords) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) &&
		(gazetteer.IsGivenName(ts.words[sp.Start].Word) || s.personPronounAfter(kb)) {
		typ, prefix = annals.Person, "person:"
	}
	// a name set off after a person's title set off after the person is
	// where the person holds it: "Navrina Singh, Founder, Credo AI",
	// "Allison Cowett, Medical Director, Family Planning Associates"
	if (typ == annals.Person || typ == annals.Place) && s.employerSetOff(ka, kb) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
		typ, prefix = annals.Org, "org:"
	}
	// a one-word place no list knows that commits or announces is a
	// company: "Airbnb is announcing an MOU", "Walmart, is committing",
	// "Nestlé plans to export"; so is a place no list knows, of any
	// length but with no word of a place's, where someone works: "a
	// Senior Director at Christie’s", "an Associate at Wade Clark
	// Mulcahy", "CEO of Sony Pictures Entertainment’s Motion Picture
	// Group", "CIO and CFO of Alphabet" (the lists are asked last: a
	// look-up for every place the tagger reads)
	// A one-word place no list knows that makes a product is a company
	// too: "the Pfizer vaccine", "500,000 doses of Moderna COVID-19
	// vaccines", "Nestlé formula", "a sale of Boeing aircraft"; and so is
	// one set off with what a company is: "Tesla, America’s largest
	// manufacturer of electric vehicles", "Proterra, a maker of buses"
	if typ == annals.Place {
		worked := s.workedAt(ka) || s.joinedBody(ka, kb)
		if (sp.End-sp.Start == 1 && (worked || s.actsAsCompany(kb) || s.productAfter(kb)) || (worked || s.employerOf(ka) || s.companySetOff(kb)) && !s.placeWordIn(ka, kb)) &&
			!s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
			typ, prefix, employer = annals.Org, "org:", true
		}
	}
	// a name the tagger reads as a person's or a place's, opening with no
	// given name and after no title, that a deal is made with is a
	// company's: "a partnership with Trilogy Metals", "in collaboration
	// with Bechtel and Kiewit", "a 10% shareholder in Trilogy Metals"; so
	// is a one-word person's that acts as a company does ("Bechtel, which
	// will build the plant", see actsAsCompany)
	if (typ == annals.Person || typ == annals.Place) && !gazetteer.IsGivenName(ts.words[sp.Start].Word) && !s.titledBefore(ka) &&
		(s.dealtWith(ka) || typ == annals.Person && sp.End-sp.Start == 1 && s.actsAsCompany(kb)) &&
		!s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) && len(s.x.gaz.Lookup(clean(s.text[s.toks[ka].Start:s.toks[kb-1].End]))) == 0 {
		typ, prefix = annals.Org, "org:"
	}
	// a title in the plural opens a list of people, no one's name:
	// "Senators Collins" is Collins (see titledPeople)
	for typ == annals.Person && sp.End-sp.Start >= 2 && pluralPersonTitles.has(s.lower(ts.words[sp.Start].Word)) {
		sp.Start++
		if sp.End-sp.Start >= 2 && ts.words[sp.Start].Word == "." {
			sp.Start++
		}
	}
	// a name no body's opens with "All" ("Internet for All Initiative",
	// "Education for All Campaign"): the capitalized word and "for" before
	// it are the name's (the tagger may cut them where the story also
	// writes the word in lower case)
	if typ == annals.Org && sp.Start >= 2 && sp.End-sp.Start >= 2 && quantifiers.has(lower(ts.words[sp.Start].Word)) && lowerIs(ts.words[sp.Start-1].Word, "for") {
		if w := ts.words[sp.Start-2].Word; text.IsCap(w) && !isTitleHead(lower(w)) && s.tokMent[ts.tok[sp.Start-2]] == nil && (sp.Start-2 > 0 || !sentenceOpeners.has(lower(w))) {
			sp.Start -= 2
		}
	}
	// a place no list knows after a group of people named in capitals
	// and "of", or opening with them, is a body's name: "Co-President of
	// the Women of Stanford Law" ("the Women of Afghanistan" are a
	// country's women)
	if typ == annals.Place {
		group := func(i int) bool {
			w := ts.words[i].Word
			return text.IsCap(w) && (namePossessors.has(lower(w)) || lowerIs(w, "friends")) && lowerIs(ts.words[i+1].Word, "of")
		}
		if sp.End-sp.Start >= 3 && group(sp.Start) && !s.knownPlace(ts.words[sp.Start+2].Start, ts.words[sp.End-1].End) {
			typ, prefix = annals.Org, "org:"
		} else if sp.Start >= 2 && group(sp.Start-2) && !s.knownPlace(ts.words[sp.Start].Start, ts.words[sp.End-1].End) {
			sp.Start -= 2
			typ, prefix = annals.Org, "org:"
		}
	}
	// "in Tijuana and Ciudad Juarez", "near Lake Charles", "Fort Hood":
	// a word that opens only the names of places opens no one's name,
	// nor does a title follow in it ("Lake County Supervisor E.J.
	// Crandell" is a person with his office)
	if typ == annals.Person && sp.End-sp.Start >= 2 && sp.End-sp.Start <= 3 && placeOpeners.has(s.lower(ts.words[sp.Start].Word)) {
		title := false
		for i := sp.Start + 1; i < sp.End; i++ {
			title = title || isTitleHead(s.lower(ts.words[i].Word))
		}
		if !title {
			typ, prefix = annals.Place, "place:"
		}
	}
	// "including Aceh Province in Indonesia", "Nangarhar Province and
	// Helmand Province": a name closed by a word of a country's parts is
	// a place, not a person's name (nor with a title in it: "Lake County
	// Supervisor X"); a province, an oblast or a governorate is no body's
	// name either ("Fairfax County Public Schools" ends otherwise)
	// ("the Military District of Washington" goes on)
	if last := s.lower(ts.words[sp.End-1].Word); typ != annals.Place && sp.End-sp.Start >= 2 && (typ == annals.Person && divisionWords.has(last) || provinceWords.has(last)) &&
		(sp.End == len(ts.words) || !lowerIs(ts.words[sp.End].Word, "of")) {
		title := false
		for i := sp.Start; i < sp.End-1; i++ {
			title = title || isTitleHead(s.lower(ts.words[i].Word))
		}
		if !title {
			typ, prefix = annals.Place, "place:"
		}
	}
	// "DHS announced Operation Sentinel, a new operation", "Project Tern,
	// a new port": an operation or a programme named by its noun first is
	// no one's name
	if typ == annals.Person && sp.End-sp.Start >= 2 {
		if first := s.lower(ts.words[sp.Start].Word); first == "operation" || programmeHeads.has(first) {
			if tagDebug != nil {
				tagDebug(s, "programme", sp.Type, ts.words[sp.Start].Start, ts.words[sp.End-1].End, sp.Margin)
			}
			return
		}
	}
	// "impacts on Kentucky Lake": a body of water, a mountain, a valley
	// the tagger reads as a body is a place
	if typ == annals.Org && sp.End-sp.Start >= 2 && naturalFeatures.has(s.lower(ts.words[sp.End-1].Word)) &&
		!s.hasWord(ts.tok[sp.Start], ts.last[sp.End-1]+1, "of", "’s", "'s") && s.lw(ts.last[sp.End-1]+1) != "of" && s.listNames(ts.tok[sp.Start], ts.last[sp.End-1]+1) < 2 {
		typ, prefix = annals.Place, "place:"
	}
	// "Greater" before a place the lists know names the area around it:
	// "the Greater Boston region", "Greater Manchester"
	if typ != annals.Place && sp.End-sp.Start >= 2 && lowerIs(ts.words[sp.Start].Word, "greater") && s.knownPlace(ts.words[sp.Start+1].Start, ts.words[sp.End-1].End) {
		typ, prefix = annals.Place, "place:"
	}
	// the ordinal of a century is part of the name it opens: "21st
	// Century Community Learning Centers", "the 21st Century Cures Act"
	if typ != annals.Person && sp.Start > 0 && lowerIs(ts.words[sp.Start].Word, "century") && isOrdinal(s.lower(ts.words[sp.Start-1].Word)) {
		sp.Start--
	}
	// a dash at an edge is no part of the name: "state — Nixon won"
	for sp.End-sp.Start >= 2 && isDash(ts.words[sp.Start].Word) {
		sp.Start++
	}
	for sp.End-sp.Start >= 2 && isDash(ts.words[sp.End-1].Word) {
		sp.End--
	}
	// an honorific opens the next name, it ends none: "Deputy Secretary of
	// Defense Dr. Kathleen Hicks"
	if typ != annals.Person && sp.End-sp.Start >= 2 && sp.End < len(ts.words) && text.IsCap(ts.words[sp.End].Word) && honorifics.has(strings.TrimSuffix(s.lower(ts.words[sp.End-1].Word), ".")) {
		sp.End--
	}
	// a name ending in a company suffix is a company's: "Salomon Bros",
	// and one ending in a firm's suffix a firm's: "Bird Marella P.C."
	if last := ts.words[sp.End-1].Word; sp.End-sp.Start >= 2 && (typ == annals.Person && companySuffix(last) || typ != annals.Org && firmSuffix(last, true)) {
		typ, prefix = annals.Org, "org:"
	}
	// "a partner at Mayer Brown LLP": a firm named for its partners, its
	// suffix right after the name the tagger reads as a person's
	if typ == annals.Person && sp.End-sp.Start >= 1 && sp.End < len(ts.words) && firmSuffix(ts.words[sp.End].Word, true) && text.IsCap(ts.words[sp.End].Word) {
		sp.End++
		typ, prefix = annals.Org, "org:"
	}
	// "Jack Markell Consulting, LLC": a company named for its founder, its
	// suffix set off by a comma ("Aspen, CO" is a town in Colorado)
	if typ == annals.Person && sp.End+1 < len(ts.words) && ts.words[sp.End].Word == "," && companySuffix(ts.words[sp.End+1].Word) && ts.words[sp.End+1].Word != "CO" {
		sp.End += 2
		typ, prefix = annals.Org, "org:"
	}
	// a building named after a person: "the Ronald Reagan Building",
	// "Disney Hall" ("Kevin Hall" opens with a given name)
	if typ == annals.Person && sp.End-sp.Start >= 2 && s.venueAfterPerson(ts.words[sp.Start:sp.End]) {
		typ, prefix = annals.Place, "place:"
	}
	// a government named after its leader, or a place's body: "the Biden
	// Administration", "Dallas Police Department"
	// ("the West Bank", "the Soviet Union" are places the lists know)
	// ("the first Trump Administration", "the second Trump Administration")
	if typ == annals.Place && sp.End-sp.Start >= 2 && sp.Start > 0 && (lowerIs(ts.words[sp.Start-1].Word, "the") || sp.Start > 1 && lowerIs(ts.words[sp.Start-2].Word, "the") && ordinalWords.has(s.lower(ts.words[sp.Start-1].Word))) {
		if last := s.lower(ts.words[sp.End-1].Word); (last == "administration" || singularHead(last)) && !s.knownPlace(ts.words[sp.Start].Start, ts.words[sp.End-1].End) {
			typ, prefix = annals.Org, "org:"
		}
	}
	// a body named after a person: "the John F. Kennedy School of
	// Government", "Howard University", "the Leo T. McCarthy Center"
	if typ == annals.Person && namedAfterPerson(ts.words[sp.Start:sp.End]) {
		typ, prefix = annals.Org, "org:"
	}
	// a known given name with a generation after the surname is a
	// person's: "I, Joseph R. Biden Jr., President of ..."
	if typ == annals.Org && sp.End-sp.Start >= 3 && gazetteer.IsGivenName(ts.words[sp.Start].Word) && suffixPart(strings.TrimSuffix(ts.words[sp.End-1].Word, ".")) {
		typ, prefix = annals.Person, "person:"
	}
	ka, kb = ts.tok[sp.Start], ts.last[sp.End-1]+1 // the edges may have moved
	start, end := ts.words[sp.Start].Start, ts.words[sp.End-1].End
	dbg := func(why string) {
		if tagDebug != nil {
			tagDebug(s, why, sp.Type, start, end, sp.Margin)
		}
	}
	for k := ka; k < kb; k++ {
		if s.quoteZone[k] || s.dateAt(k) >= 0 {
			dbg("quote/date")
			return
		}
	}
	// a kind of school or fund, no one of them: "finish Middle School";
	// a law, a bill or a tax credit: "the Bipartisan Infrastructure
	// Law’s", "through Farm Bill and appropriations funding", "the Child
	// Tax Credit" (a line of aid the tagger's reading is left to)
	if kb-ka == 2 && kindOfBody(s.lw(ka), s.lw(ka+1)) {
		dbg("kind")
		return
	}
	if s.lawOrAidName(ka, kb) && s.lw(kb-1) != "assistance" {
		// nor is the place a law is named after mentioned there when
		// the tagger is sure of the whole name: "the Montgomery GI Bill"
		if inside, ok := s.arbitrated(ka, kb, annals.Org, sp.Margin, false); ok {
			for _, m := range inside {
				s.dropMention(m)
			}
		}
		dbg("kind")
		return
	}
	// a field or a portfolio held in a body ("Near Eastern and South
	// Asian Affairs in the Office of ...", see fieldInBody)
	for _, f := range s.fieldSpans {
		if ka < f[1] && kb > f[0] {
			dbg("field")
			return
		}
	}
	// the rules' person runs over words before the tagger's ("Bosnian
	// President Alija Izetbegovic", "Cofinec CEO Stephen Frater"): a sure
	// tagger's full name is the name
	if typ == annals.Person && sp.End-sp.Start >= 2 && sp.Margin >= trimMargin {
		// (not when the rules' name opens with a known given name and the
		// tagger's runs on from the word after it: "Secretary of the
		// Interior Luisa María Alcalde" is no "María Alcalde")
		if m := s.tokMent[ka]; m != nil && m.a < ka && m.b == kb && m.kind == mName && m.ent.typ == annals.Person && s.tokMent[kb-1] == m && len(m.ent.ments) == 1 &&
			!s.givenNameOpens(m.a, ka+1) && !s.nameAfterTitledBody(m.a, ka) {
			dbg("trim")
			s.dropMention(m)
		}
		// the rules cut a name at a word the lists know as a place
		// ("Governor Lou Leon Guerrero": "Lou" and "Leon Guerrero", León
		// a city): a sure tagger's name of three words or more that two
		// people of the rules' make up, side by side, is one person
		if sp.End-sp.Start >= 3 {
			var parts []*mention
			for k := ka; k < kb; {
				m := s.tokMent[k]
				if m == nil || m.a != k || m.b > kb || m.kind != mName || m.ent.typ != annals.Person || m.ent.entry != nil || len(m.ent.ments) != 1 {
					parts = nil
					break
				}
				parts = append(parts, m)
				k = m.b
			}
			if len(parts) >= 2 {
				dbg("rejoin")
				for _, m := range parts {
					s.dropMention(m)
				}
			}
		}
		// nor is a sure tagger's person a part of a rules' organization:
		// "Don Penney of the Rochester Fire Department", "Panamanian
		// Boxing Association President Ramon Manzanares" are a person and
		// a body (the tagger's organization follows); a firm's partners
		// are no people of their own (firmNames)
		if m := s.tokMent[ka]; m != nil && m.a <= ka && m.b >= kb && m.b-m.a > kb-ka && m.kind == mName && m.ent.typ == annals.Org && m.ent.entry == nil && len(m.ent.ments) == 1 && !s.firms[m.ent] {
			dbg("split")
			s.dropMention(m)
		}
	}
	covered := s.covered(ka, kb)
	// an acronym in brackets right after an organization's name is that
	// organization's, whether or not its letters fit the name ("Party of
	// Democratic Action ( SDA )"); later mentions follow (shortReferences)
	if typ == annals.Org && !covered && sp.End-sp.Start == 1 {
		if e := s.acronyms[s.word(ka)]; e != nil {
			dbg("acronym-of")
			s.addMention(e, ka, kb, s.toks[ka].Start, s.toks[ka].End, mAcronym)
			return
		}
		// an acronym made of the initials of an organization the story
		// names is that organization's: "IRA" after "Irish Republican
		// Army", "FOMC" after "Federal Open Market Committee"
		if w := s.word(ka); looksAcronym(w) && text.IsAllCaps(w) {
			if e := s.orgByInitials(w); e != nil {
				dbg("initials")
				s.acronyms[w] = e
				s.addMention(e, ka, kb, s.toks[ka].Start, s.toks[ka].End, mAcronym)
				return
			}
		}
		if e := s.bracketAcronymOf(ka, kb); e != nil {
			dbg("bracket-acronym")
			s.acronyms[s.word(ka)] = e
			s.addMention(e, ka, kb, s.toks[ka].Start, s.toks[ka].End, mAcronym)
			return
		}
	}
	retype := covered && s.listPlaceRetyped(ka, kb, typ)
	if !retype && !s.confident(sp, ka, kb, typ) {
		dbg("confident")
		return
	}
	// the rules read part of it: the tagger's longer name wins over
	// places strictly inside it ("Dynamo Moscow", "Bank of England") when
	// no rule name crosses its edges (arbitrated). That decision and
	// implausible's change nothing, and either ends here: the decision
	// is taken first, and a name it turns away is not read by the filters
	// (which a test listening to the reasons still sees them give)
	var inside []*mention
	arbitrates := false
	if covered && !retype {
		given := typ == annals.Person && sp.End-sp.Start >= 2 && gazetteer.IsGivenName(ts.words[sp.Start].Word)
		if inside, arbitrates = s.arbitrated(ka, kb, typ, sp.Margin, given); !arbitrates && tagDebug == nil {
			return
		}
	}
	if why := s.implausible(ts, sp, ka, kb, typ, retype); why != "" {
		if tagDebug != nil { // the reason joined only for a test that listens
			dbg("plausible:" + why)
		}
		return
	}
	if covered && !retype {
		if !arbitrates {
			dbg("covered")
			return
		}
		for _, m := range inside {
			s.dropMention(m)
		}
	}
	if retype {
		s.dropMention(s.tokMent[ka])
	}
	name := clean(s.text[start:end])
	if typ == annals.Person {
		name = personCase(name)
	}
	if name == "" {
		return
	}
	// a word of the name of a person the story names is that person, not
	// a place or a body the lists do not know: "Putin’s war" after
	// "President Putin", "Thanks, Karine" after "Karine Jean-Pierre"
	listed := s.x.gaz.Lookup(name)
	if typ != annals.Person && sp.End-sp.Start == 1 && !covered && len(listed) == 0 {
		if e := s.personWithWord(name); e != nil {
			dbg("person-word")
			s.addMention(e, ka, kb, start, end, mShort)
			return
		}
	}
	// a first name alone is the person of the story who has it: "Cathy"
	// after "Cathy Russell"
	if typ == annals.Person && sp.End-sp.Start == 1 && !covered {
		if e := s.personByFirstName(name); e != nil {
			dbg("first-name")
			s.addMention(e, ka, kb, start, end, mShort)
			return
		}
	}
	// a name the lists know under the tagger's type is that entry
	var entry *gazetteer.Entry
	key := prefix + gazetteer.Normalize(name)
	for _, en := range listed {
		if en.Type == typ {
			entry, key, name = en, en.Key, en.Name
			break
		}
	}
	e := s.entity(key, typ, name, entry)
	if e.typ != typ {
		dbg("keytype")
		return
	}
	dbg("added")
	if len(e.ments) == 0 && entry == nil {
		s.tagged[e] = true
	}
	if len(e.ments) == 0 && typ == annals.Org && s.initials != nil {
		s.addInitials(e)
	}
	if employer {
		if s.employers == nil {
			s.employers = map[*ent]bool{}
		}
		s.employers[e] = true
	}
	s.addMention(e, ka, kb, start, end, mName)
}

// bracketAcronymOf returns the organization an acronym in brackets at
// [ka,kb) stands for: "the National Bank of Romania ( BNR )" names its
// body just before the bracket. nil when the token is no acronym in
// capitals, or when no organization's name ends right before the bracket
// (the name of a programme, a law or an office gives none: the filters
// of implausible or the rules kept it out), or when that name is a
// gathering's.
func (s *state) bracketAcronymOf(ka, kb int) *ent {
	w := s.word(ka)
	if kb != ka+1 || ka < 2 || s.word(ka-1) != "(" || s.word(kb) != ")" || !looksAcronym(w) || !text.IsAllCaps(w) {
		return nil
	}
	m := s.orgBeforeBracket(ka)
	if m == nil || m.kind != mName {
		return nil
	}
	// a gathering's acronym ("Ukraine Recovery Conference ( URC )") is
	// left to the rules, which read it as the event
	if last := s.lw(m.b - 1); gatheringHeads.has(last) || eventHeads.has(last) && !s.marketAt(m.a, m.b) {
		return nil
	}
	if e, ok := s.acronyms[w]; ok && e != m.ent {
		return nil
	}
	return m.ent
}

// orgBeforeBracket returns the mention of an organization whose name
// ends right before the bracket opening at token k-1, the body an
// acronym in brackets at k may stand for: "the National Bank of Romania
// (BNR)". The tagger's acronyms (bracketAcronymOf) and the rules' ones
// (acronymInItsLanguage) read it; nil when there is none.
func (s *state) orgBeforeBracket(k int) *mention {
	if k < 2 || s.word(k-1) != "(" {
		return nil
	}
	m := s.mentAt(k - 2)
	if m == nil || m.b != k-1 || m.ent.typ != annals.Org {
		return nil
	}
	return m
}

// orgByInitials returns the one organization of the story whose name's
// initials spell the acronym a ("Irish Republican Army" for "IRA";
// connectors skipped), nil if none or several. The table is built on
// first use and kept up to date as the tagger adds organizations.
func (s *state) orgByInitials(a string) *ent {
	if len(a) < 3 {
		return nil
	}
	if s.initials == nil {
		s.initials = map[string]*ent{}
		for _, e := range s.ents {
			if e.typ == annals.Org {
				s.addInitials(e)
			}
		}
	}
	return s.initials[a]
}

// addInitials files organization e under the initials of its name and of
// its other forms, unless it is named as a gathering; initials two
// organizations share are filed as nil.
func (s *state) addInitials(e *ent) {
	// a gathering's acronym is left to the rules, as in bracketAcronymOf
	n, prev, last := lastTwoFields(e.name)
	var bp, bl [24]byte
	lp, ll := lowerInto(bp[:], prev), lowerInto(bl[:], last)
	if n == 0 || gatheringHeads.has(string(ll)) || eventHeads.has(string(ll)) && (n < 2 || string(ll) != "exchange" || !marketWords.has(string(lp))) {
		return
	}
	for i := -1; i < len(e.forms); i++ { // the name, then its other forms
		f := e.name
		if i >= 0 {
			f = e.forms[i]
		}
		var buf [16]byte
		in := appendInitials(buf[:0], f)
		if len(in) < 3 {
			continue
		}
		if o, ok := s.initials[string(in)]; ok && o != e {
			s.initials[string(in)] = nil
			continue
		}
		s.initials[string(in)] = e
	}
}

// nameInitials returns the initials of the capitalized words of a name,
// connectors skipped ("Federal Open Market Committee" -> "FOMC", "Party
// of God" -> "PG"), or "" when a word in lower case is no connector.
func nameInitials(name string) string {
	return string(appendInitials(nil, name))
}

// appendInitials appends the initials of name (nameInitials) to buf and
// returns it, or buf[:0] when a word in lower case is no connector.
func appendInitials(buf []byte, name string) []byte {
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ",.'’()")
		if w == "" || w == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			buf = utf8.AppendRune(buf, r)
		case connectors.has(w):
		default:
			return buf[:0]
		}
	}
	return buf
}

// datelineAt reports whether [ka,kb) opens a line as the place of a
// dateline does: followed by a date ("SANTIAGO 1996-08-31"), or by a comma
// and a place the lists know ("TAVILDARA , Tajikistan", "NICE, France")
// or a capitalized name and a date ("WIGAN , England 1996-08-31").
func (s *state) datelineAt(ka, kb int) bool {
	if ka > 0 && !s.lineStart[ka] && !s.sentenceStart(ka) || kb >= len(s.toks) {
		return false
	}
	if s.dateAt(kb) >= 0 {
		return true
	}
	if s.word(kb) != "," || kb+1 >= len(s.toks) {
		return false
	}
	if ai := s.atomIdx(kb + 1); ai >= 0 && s.atoms[ai].Entry.Type == annals.Place && !s.atoms[ai].Demonym {
		return true
	}
	// "WIGAN , England 1996-08-31": a capitalized name, then the date
	for k := kb + 1; k < len(s.toks) && k <= kb+3 && s.capLike(k) && !s.lineStart[k]; k++ {
		if k+1 < len(s.toks) && s.dateAt(k+1) >= 0 {
			return true
		}
	}
	return false
}

// actsAsBody reports whether the name [ka,kb) is written as a body's
// is: before one of its people ("the CFDT spokesman", "fellow KNP
// member", "CGT unions"), or as the subject opening a sentence of a verb
// of saying or doing ("UEFA came down heavily", "The RDR appeals", "DNIB
// also set"). An undefined acronym so written is an organization; in
// other places it is as often a programme, a law or a product ("the FTO
// contract", "LNG trade").
func (s *state) actsAsBody(ka, kb int) bool {
	next := s.lw(kb)
	if bodyPeople.has(next) {
		return true
	}
	// the acronym names the body a common noun sets up: "the German
	// development agency GIZ", "the news agency AFP" (a name going on
	// after it is another thing's: "the agency GIZ Academy")
	if w := s.word(ka - 1); startsLower(w) && s.is(ka-1, cAppositiveBodies) && !s.capLike(kb) {
		return true
	}
	for timeWords.has(next) || next == "also" || next == "has" || next == "have" || next == "had" || next == "would" || next == "will" {
		kb++
		next = s.lw(kb)
	}
	start := s.sentenceStart(ka) || s.lw(ka-1) == "the" && s.sentenceStart(ka-1)
	// "ARP added about 70,000 vouchers": a count added, no word said
	if next == "added" && kb+1 < len(s.toks) && (s.toks[kb+1].Kind == text.Number || countOpeners.has(s.lw(kb+1))) {
		return false
	}
	return start && (speechVerbs.has(next) || bodyVerbs.has(next))
}

// appositiveBodies are the common nouns after which an acronym names the
// body they describe: "the German development agency GIZ", "the rebel
// group M23", "the state broadcaster NHK".
var appositiveBodies = set("agency", "organization", "organisation", "group", "party", "company", "firm", "broadcaster",
	"network", "association", "coalition", "movement", "militia", "ngo", "charity", "foundation", "institute", "union",
	"alliance", "daily", "weekly", "newspaper", "airline", "carrier", "regulator", "watchdog", "lender", "insurer", "operator")

// pressNouns set up a newspaper, a magazine or a broadcaster named after
// them: "the weekly Jeune Afrique".
var pressNouns = set("daily", "weekly", "monthly", "newspaper", "magazine", "tabloid", "broadcaster", "newsweekly", "paper")

// bodyPeople are the people or parts of a body written after its name:
// "the CFDT spokesman", "SDA officials".
var bodyPeople = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "member", "members", "leader", "leadership", "chief", "chairman", "chairwoman", "president", "union", "unions", "headquarters", "delegates", "activists", "militants", "gunmen", "fighters", "rebels", "guerrillas", "supporters", "executives", "board")

// bodyVerbs, after a name opening a sentence, say that it acts: "UEFA
// came down", "KPD confirms", "DNIB issued".
var bodyVerbs = set("came", "accuses", "accused", "appeals", "appealed", "confirms", "confirmed", "denies", "denied", "issued", "issues", "set", "sets", "launched", "launches", "decided", "decides", "agreed", "agrees", "called", "calls", "demanded", "demands", "rejected", "rejects", "accepted", "accepts", "approved", "approves", "banned", "bans", "fined", "fines", "suspended", "suspends", "signed", "signs", "plans", "planned", "raised", "raises", "cut", "cuts", "sold", "sells", "bought", "buys", "won", "wins", "lost", "reported", "reports", "expects", "expected", "fears", "feared")

// companySuffixes end the names of companies: "Jones Medical Industries
// Inc", "LM Ericsson AB", "Kloof Gold Mining Co". Such a name is an
// organization's, never a person's.
var companySuffixes = set("inc", "corp", "co", "ltd", "plc", "llc", "ag", "ab", "nv", "bv", "sa", "spa", "gmbh", "bros", "cos", "pty")

// companySuffix reports whether w (in any case, with or without its
// period) is a company suffix.
func companySuffix(w string) bool {
	var buf [16]byte
	if k, ok := lowerKey(buf[:], strings.TrimSuffix(w, "."), 0); ok {
		return companySuffixes.has(string(k))
	}
	return companySuffixes.has(strings.TrimSuffix(lower(w), "."))
}

// listPlaceRetyped reports whether the tagger's organization or person
// [ka,kb) is written exactly as a list place the rules read there: a
// club or a team named after its town ("Surrey beat Kent", "Bradford 1
// Tranmere 0"), a person named like a place ("Washington fell short").
// The tagger reads the sentence; the list knows only the name. Measured:
// on CoNLL testa the tagger is right 228 times in 242; on the press
// releases of ../shared/dev it does not call a list place anything else.
//
// A place written before a noun of an institution stays a place: "a small
// Lyon charity", "the Geneva office", "a Nairobi-based agency" name the
// town the body stands in, not the body.
func (s *state) listPlaceRetyped(ka, kb int, typ annals.EntityType) bool {
	m := s.tokMent[ka]
	if n := strings.TrimSuffix(strings.TrimSuffix(s.lw(kb), "'s"), "’s"); (bodyNouns.has(n) || institutionNouns.has(n)) && strings.HasPrefix(s.word(kb), n) {
		return false
	}
	// nor before the title of its own government's office: "Houston
	// Mayor Sylvester Turner", "Georgia State Representative Jane Roe",
	// "California Representative X" (a team's "captain" or "manager" is
	// no office of a place's); nor a state, a region or a country after
	// "the": "11 states and the District of Columbia have passed", "the
	// United States and the Philippines will", as no club is written
	if s.placeOfficeAfter(kb) {
		return false
	}
	if m != nil && m.ent.entry != nil && (m.ent.entry.Kind == gazetteer.Region || m.ent.entry.Kind == gazetteer.Country) && s.lw(ka-1) == "the" {
		return false
	}
	// (not a place written with its possessive, "Mozambique's ruling
	// party": the tagger reads its government there; nor a town set off
	// before its state, "Detroit, MI received $800 million")
	return typ != annals.Place && m != nil && m.a == ka && m.b == kb && m.kind == mName && m.end == s.toks[kb-1].End &&
		m.ent.typ == annals.Place && m.ent.entry != nil && !s.regionAfter(kb)
}

// placeOfficeAfter reports whether the words at token k open the title
// of an office of a town's, a county's or a state's government,
// capitalized: "Mayor", "Governor", "State Senator", "County Executive".
func (s *state) placeOfficeAfter(k int) bool {
	if !text.IsCap(s.word(k)) {
		return false
	}
	w := strings.TrimSuffix(s.lw(k), ".")
	if (w == "state" || w == "county" || w == "city") && text.IsCap(s.word(k+1)) {
		w = strings.TrimSuffix(s.lw(k+1), ".")
	}
	return placeOfficeTitles.has(w)
}

// placeOfficeTitles head the titles of the offices of a town's, a
// county's or a state's government ("Tampa Mayor", "Ohio Governor",
// "Georgia State Representative").
var placeOfficeTitles = set("mayor", "governor", "lieutenant", "senator", "sen", "representative", "rep", "assemblymember",
	"assemblyman", "assemblywoman", "councilmember", "councilman", "councilwoman", "supervisor", "sheriff", "comptroller",
	"treasurer", "executive", "delegate", "legislator", "commissioner", "premier", "attorney", "auditor", "alderman")

// institutionNouns name a kind of body a town's name may qualify ("a Lyon
// charity"), beside bodyNouns.
var institutionNouns = set("charity", "charities", "ngo", "company", "firm", "university", "embassy", "consulate", "hospital", "court", "port", "airport", "municipality", "city", "group", "foundation", "association", "network", "chapter", "branch", "bureau", "offices", "authorities", "police", "-based")

// arbitrated decides whether the tagger's name [ka,kb) replaces the rule
// names inside it: each must lie strictly inside
// the span and be a list place, not a defined acronym, or a list body
// named by a common word that ends the tagger's organization
// (listBodyHead, with a sure tagger). An organization
// or a place containing a country needs a sure tagger (margin >=
// arbitrateMargin: "U.S. Government" stays the United States); one
// containing a city or a region ("Dynamo Moscow", "Air France" aside,
// "Damascus Radio") needs less (margin >= cityMargin). A person of two
// words or more wins over list cities inside the name ("Larisa Sayenko",
// "Dominique Baratelli"), and one opening with a given name (given) over
// any list place inside ("Neil Jordan", "Chad Curtis"); never over a
// rule's person nor, without a given name, over a country or a region
// ("Mediterranean Partner").
//
// It returns those names and whether the tagger's name replaces them,
// and changes nothing: the caller removes them (addTagged).
func (s *state) arbitrated(ka, kb int, typ annals.EntityType, margin float64, given bool) ([]*mention, bool) {
	var inside []*mention
	need := float64(cityMargin)
	for k := ka; k < kb; k++ {
		m := s.tokMent[k]
		if m == nil || len(inside) > 0 && inside[len(inside)-1] == m {
			continue
		}
		if m.a < ka || m.b > kb || m.b-m.a >= kb-ka || m.kind == mAcronym {
			return nil, false
		}
		if m.ent.typ != annals.Place {
			if !s.listBodyHead(m, ka, typ) {
				return nil, false
			}
			need = arbitrateMargin
			inside = append(inside, m)
			continue
		}
		if typ == annals.Person && (m.ent.entry == nil || m.ent.entry.Kind != gazetteer.City && !given) {
			return nil, false
		}
		if m.ent.isCountry() || m.ent.entry == nil {
			need = arbitrateMargin
		}
		inside = append(inside, m)
	}
	if len(inside) == 0 || margin < need {
		return nil, false
	}
	return inside, true
}

// listBodyHead reports whether m, inside the tagger's organization
// opening at ka, is a body the lists know by one common word that ends a
// longer name, not that body: "Congress" of "African National Congress",
// "Trades Union Congress", "Pan-Africanist Congress of Azania" (a rule's
// body, a word opening the name as in "Senate Foreign Relations
// Committee", or a name of its own, "the Congress", stays). The body
// that a law's name runs into stays too: "the American Rescue Plan
// Congress and the Administration enacted", "the Emergency Rental
// Assistance Congress passed" (lawmakingAfter).
func (s *state) listBodyHead(m *mention, ka int, typ annals.EntityType) bool {
	return typ == annals.Org && m.ent.typ == annals.Org && m.ent.entry != nil && m.kind == mName &&
		m.b-m.a == 1 && m.a > ka && s.capLike(m.a-1) && s.lw(m.a-1) != "the" && ner.CommonWord(s.lw(m.a)) &&
		!lawmakingAfter.has(s.lw(m.b))
}

// lawmakingAfter follow a legislature that makes or funds a law, or
// joins another body that does: "Congress and the Administration
// enacted", "Congress passed".
var lawmakingAfter = set("and", "&", "passed", "enacted", "appropriated", "funded", "approved")

// Margins the tagger needs to replace list places inside its names (see
// arbitrated), and to trim a rules' person to its own (trimMargin).
const (
	trimMargin      = 4
	arbitrateMargin = 4
	cityMargin      = 1
)

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
func (s *state) implausible(ts taggerSentence, sp ner.Span, ka, kb int, typ annals.EntityType, retype bool) string {
	// "the Department’s work": the possessive is no part of the name
	if sp.End-sp.Start >= 2 && ts.words[sp.End-1].Word == "'s" {
		sp.End--
	}
	covered := s.covered(ka, kb)
	// a heading capitalizes every word, so the tagger's names there are
	// guesses; but a body's name after an office, ending with a body's
	// head ("The Administrator of the Small Business Administration,
	// Isabel Guzman", an entry of a list of people), is named by where
	// it stands and what it ends with
	if s.titleCaseSentence(ts) && !(typ == annals.Org && s.officeOf(ka) && (s.is(kb-1, cOrgHeads) || s.is(kb-1, cStrictBodyHeads))) &&
		!(typ == annals.Person && sp.Margin >= headingPersonMargin && s.officeSetsOff(ka, kb)) {
		return "heading"
	}
	// "the State of Pennsylvania and City of Pittsburgh": the noun of a
	// place alone before "of" names nothing; the place after it does
	if kb-ka == 1 && s.is(ka, cPlaceNouns) && s.lw(kb) == "of" {
		return "place noun"
	}
	// "From Vienna to New York: ...": a preposition opening the sentence
	// opens no name
	if sp.End-sp.Start >= 2 && leadPrepositions.has(ts.words[sp.Start].Word) && s.sentenceStart(ka) {
		return "preposition"
	}
	if s.inURL[ka] || s.inURL[kb-1] {
		return "address"
	}
	// "action on #ClimateChange", "@WhiteHouse": a hashtag or a handle
	if k := ka - 1; k >= 0 && (s.word(k) == "#" || s.word(k) == "@") && s.toks[k].End == s.toks[ka].Start {
		return "hashtag"
	}
	// "Since the start of the Administration, Treasury has", "Genentech,
	// Gilead Sciences, GSK": a comma parts two names, unless a company's
	// suffix or a firm's partners follow it ("Acme Widgets, Inc.", "Moore,
	// Walters & Thompson", "Reiff & Lamb, P.C.")
	if typ != annals.Place && s.commaParts(ka, kb) {
		return "comma"
	}
	// "Under Secretary of Defense for Intelligence & Security": an
	// office's portfolio, no body
	if typ == annals.Org && s.portfolioAt(ka) {
		for k := ka + 1; k < kb; k++ {
			if w := s.lw(k); w == "for" || w == "in" {
				return "portfolio"
			}
		}
	}
	// "a blessed Eid al-Adha", "Eid Mubarak!": a feast, no one's name
	if s.is(ka, cFeasts) {
		return "feast"
	}
	// "the aircraft carrier USS John C. Stennis", "HMS Queen Elizabeth":
	// a ship named after a person or a place, neither the one nor the
	// other
	// ("USS Gerald R. Ford" read whole; "HMS Queen Elizabeth" read as
	// "Elizabeth" after a title)
	if shipPrefixes.has(ts.words[sp.Start].Word) {
		return "ship"
	}
	for k := ka - 1; k >= 0 && k >= ka-2 && text.IsCap(s.word(k)); k-- {
		if shipPrefixes.has(s.word(k)) {
			return "ship"
		}
	}
	// "calls to the Mayors of Fort Myers, Cape Coral": the heads of
	// places, no body (those of a place the lists know, "the Governors of
	// Florida and South Carolina", are left to the rules, which take
	// them for the meeting's other side)
	if typ == annals.Org && sp.End-sp.Start >= 3 && lowerIs(ts.words[sp.Start+1].Word, "of") && placeOffices.has(s.lower(ts.words[sp.Start].Word)) &&
		!s.knownPlace(ts.words[sp.Start+2].Start, ts.words[sp.End-1].End) {
		return "offices"
	}
	// "the State of the Union", "a Comprehensive Strategic Partnership":
	// the President's yearly address, a relation between states (see
	// classify, orgByHead)
	for k := max(ka-3, 0); k < kb; k++ {
		if e := s.stateOfTheUnionEnd(k); e > k && e > ka {
			return "speech"
		}
	}
	if typ == annals.Org && s.relationPartnership(ka, kb) {
		return "relation"
	}
	// "My Administration is committed", "Our Government will": a body
	// the speaker's possessive names is a back-reference, no name
	if typ == annals.Org && kb-ka == 2 && possessiveDeterminers.has(s.lw(ka)) && ownBodies.has(s.lw(ka+1)) {
		return "possessive"
	}
	// "on Tuesdays, Wednesdays, and Saturdays": a day of the week
	if w := s.lw(ka); kb-ka == 1 && weekdays.has(strings.TrimSuffix(w, "s")) {
		return "weekday"
	}
	// "especially high among Black women", "Black and Brown
	// communities", "disproportionately Black": a colour naming people,
	// no one's name ("Mr. Black", "Black said" stay)
	if kb-ka == 1 && s.is(ka, cSkinColours) && !s.titledBefore(ka) && !(s.capLike(ka-1) && s.sentOf[ka-1] == s.sentOf[ka]) && !speechVerbs.has(s.lw(kb)) {
		return "colour"
	}
	// "the hands of Almighty God", "faith in God": the deity, no one's
	// name and nowhere
	if s.allOf(ka, kb, cDeityWords) {
		return "deity"
	}
	// "a B.A., Phi Beta Kappa, from ...", "a J.D., Summa Cum Laude": an
	// honour society named by Greek letters, a Latin honour; no one and
	// nowhere (a fraternity's body, "Zeta Phi Beta Sorority", goes on)
	if typ != annals.Org && kb-ka >= 2 && (s.allOf(ka, kb, cGreekLetters) || s.allOf(ka, kb, cLatinHonours)) {
		return "honour"
	}
	// "replenish Israel’s Iron Dome system", "the Iron Dome": a weapon
	// system, told so anywhere in the story, is nowhere
	if typ == annals.Place && s.systemName(ka, kb) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
		return "system"
	}
	if typ != annals.Org {
		// "World War II", "the Great Recession", "the Texas Revolution":
		// an event of history, no place
		if s.historyEventIn(ka, kb) {
			return "history"
		}
		// "Islamophobia, and related forms", "Science, Liberalism, and
		// Private Life": an idea, no one and nowhere
		if w := s.lw(ka); kb-ka == 1 && len(w) > 6 && (strings.HasSuffix(w, "ism") || strings.HasSuffix(w, "isms") || strings.HasSuffix(w, "phobia")) {
			return "idea"
		}
	}
	if typ == annals.Person && kb-ka == 1 {
		// "a very happy Holi": a feast one wishes, not a person
		if s.lw(ka-1) == "happy" {
			return "greeting"
		}
		// "diabetes, Alzheimer’s, cancer", "Crohn’s disease": a name in
		// the possessive with nothing it owns, or a disease named after
		// someone
		if s.eponym(kb) {
			return "eponym"
		}
	}
	// "Infrastructure Coordinator Landrieu": a title and a person's name,
	// not a body (a word that also modifies titles may be a body's own:
	// "Portland General Electric", "Hispanic Executive Magazine")
	if typ == annals.Org {
		for k := max(ka, kb-4); k < kb-1; k++ {
			if w := s.lw(k); titleHeads.has(w) && !titleModifiers.has(w) && !orgHeads.has(w) && text.IsCap(s.word(k)) && s.nameFollows(k+1, kb) {
				return "title"
			}
		}
	}
	// an em dash glued between two words parts two clauses: "the holy
	// month of Ramadan—Jill and I extend" (one at an edge is trimmed: see
	// addTagged)
	for k := ka + 1; k < kb-1; k++ {
		if w := s.word(k); w == "—" || w == "―" {
			return "dash"
		}
	}
	// "the Advisory Board of the McCourt School": a name ends with a
	// word of its own, never a connector
	if w := ts.words[sp.End-1].Word; connectors.has(w) && sp.End-sp.Start > 1 {
		return "connector"
	}
	// a bracket opened or closed inside and not the other: "Secretary of
	// State (Legislative Affairs)" names the office's portfolio
	if depth := bracketDepth(ts.words[sp.Start:sp.End]); depth != 0 {
		return "bracket"
	}
	// "Joseph R. Biden, Jr., President": a suffix or a degree alone (none
	// is longer than "Ph.D." written with its periods)
	if span := s.text[s.toks[ka].Start:s.toks[kb-1].End]; len(span) <= 8 && nameSuffixes.has(strings.ReplaceAll(s.lower(span), ".", "")) {
		return "suffix"
	}
	// the words as the tagger read them: "Bank" of "Bank’s"
	first, last := s.lower(ts.words[sp.Start].Word), s.lower(ts.words[sp.End-1].Word)
	// an award or an observance: "the Distinguished Service Award",
	// "its Howard T. Behrman Medal for ...", "Ellis Island Medal of
	// Honor", "during National Ocean Month" ("Sandra Day O’Connor" goes on)
	// an academic degree: "a Master of Business Administration from ...",
	// "Bachelor of Science in Foreign Service"
	if sp.End-sp.Start >= 3 && degreeWords.has(first) {
		if w := s.lower(ts.words[sp.Start+1].Word); w == "of" || w == "in" {
			return "degree"
		}
	}
	if sp.End-sp.Start >= 2 && !orgHeads.has(last) {
		for i := sp.Start + 1; i < sp.End; i++ {
			if awardHeads.has(s.lower(ts.words[i].Word)) {
				return "award"
			}
		}
		if observanceHeads.has(last) && !s.capLike(kb) {
			return "observance"
		}
		// "Day One": a day told by its number
		if s.dayNumber(ka, kb) {
			return "day"
		}
		// a storm: "Hurricane Ian", "Tropical Storm Henri", "Hurricanes Irma
		// and Maria"
		if stormWords.has(first) {
			return "storm"
		}
		// a speech: "the State of the Union Address"
		if last == "address" || last == "speech" || last == "remarks" {
			return "speech"
		}
		// a generation: "Gen Z and Millennials"
		if first == "gen" && len(ts.words[sp.Start+1].Word) == 1 {
			return "generation"
		}
	}
	if sp.End-sp.Start == 1 {
		w := ts.words[sp.Start].Word
		// "Ph" of "Ph.D.", "MEPs": no name
		if len(w) < 3 || len(w) > 3 && w[len(w)-1] == 's' && text.IsAllCaps(w[:len(w)-1]) {
			return "short"
		}
		// "I’m", "we’ve": a contraction; "a Bachelor’s degree"
		if contraction(w) || degreeWords.has(first) {
			return "common"
		}
		// "Speaker Emerita of the House": a title's word
		if first == "emerita" || first == "emeritus" {
			return "title"
		}
		// "(Applause.)", "(Laughter.)": a transcript's stage direction
		if s.word(ka-1) == "(" && s.word(kb) == "." && s.word(kb+1) == ")" {
			return "aside"
		}
		// a common word capitalized ("Government", "Notice"): the story
		// writes it in lower case, or the news mostly does; "the
		// Council" is left to the back-references
		// the place of a dateline is a place, in capitals or not a name
		// the news knows ("NICE , France 1996-08-30")
		// a part of a document by its number: "Title 42", "Article 5"
		if docParts.has(first) && kb < len(s.toks) && s.toks[kb].Kind == text.Number {
			return "common"
		}
		dateline := typ == annals.Place && s.datelineAt(ka, kb)
		// "Thanks, Karine.": a given name the lists know as no place
		// ("Gary, Indiana" and a list of counties are places)
		if typ == annals.Place && !dateline && gazetteer.IsGivenName(w) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) && !s.placeBeside(ka, kb) {
			return "given-name"
		}
		if !dateline && (s.lowerSeen.has(first) || typ != annals.Org && ner.CommonWord(first) || !ner.NameLike(w) || typ == annals.Org && (backrefHeads.has(first) || genericBodies.has(first))) {
			return "common"
		}
		// an office many hold, counted: "twenty-three Governors have
		// pledged", "all Governors" ("the Cardinals" may be a team)
		if typ == annals.Org && pluralOffice(first) && !orgHeads.has(first) && s.counted(ka) {
			return "offices"
		}
		// an acronym the story does not define, outside a headline in
		// capitals: more often a programme or a law than an organization
		if text.IsAllCaps(w) && !upperSentence(ts) && !retype && !dateline && !(typ == annals.Org && s.actsAsBody(ka, kb)) {
			return "acronym"
		}
		// people of one origin, no body: "the highest ranking AAPI
		// officials", "LGBTQI+ leaders"
		if typ == annals.Org && groupAcronyms.has(first) {
			return "group"
		}
	}
	// a name the lists know as something else (unless the rules read
	// it there and the tagger's type wins: listPlaceRetyped)
	if es := s.x.gaz.Lookup(clean(s.text[s.toks[ka].Start:s.toks[kb-1].End])); len(es) > 0 && !retype {
		ok := false
		for _, e := range es {
			ok = ok || e.Type == typ
		}
		if !ok {
			return "listtype"
		}
	}
	// a gathering, a document or a programme: "Astana Summit", "Reform
	// Act", "Belarus Air Services Agreement"; a flight, a building, a
	// portfolio ("Pan Am Flight", "Global Women's Issues"). An exchange
	// is a market ("New York Stock Exchange").
	// ("Kennedy Center Honors" is no person either; "Hugh Grant" is one)
	if (typ != annals.Person || notBodyEnds.has(last) && !strings.HasPrefix(last, "grant")) && (eventHeads.has(last) || documentHeads.has(last) || gatheringHeads.has(last) || notOrgHeads.has(last) || notBodyEnds.has(last) || typ != annals.Person && ruleEnds.has(last)) && !orgHeads.has(last) && (last != "exchange" || !marketWords.has(s.lower(ts.words[max(sp.End-2, sp.Start)].Word))) {
		return "gathering"
	}
	// the end of a title: "Chief of Staff of the Army", "Deputy Chief of
	// Mission of the U.S. Embassy"
	if typ == annals.Org && (first == "staff" || first == "mission") && s.lw(ka-1) == "of" && s.lw(ka-2) == "chief" {
		return "title"
	}
	// the class of a career diplomat's rank: "a Career Member of the
	// Senior Foreign Service, Class of Minister-Counselor"
	if typ == annals.Org && sp.End-sp.Start >= 3 && first == "class" && s.lower(ts.words[sp.Start+1].Word) == "of" {
		if w := s.lower(ts.words[sp.Start+2].Word); strings.HasPrefix(w, "minister") || strings.HasPrefix(w, "counselor") || w == "career" {
			return "title"
		}
	}
	// a document named by its head first, or its short form: "Memorandum
	// of Understanding", "Declaration of Principles", "the MoU"
	if typ != annals.Person && (sp.End-sp.Start >= 3 && documentHeads.has(first) && s.lower(ts.words[sp.Start+1].Word) == "of" || sp.End-sp.Start == 1 && (first == "mou" || first == "mous")) {
		return "document"
	}
	// a law's name around its acronym: "Stopping Harmful Image
	// Exploitation and Limiting Distribution (SHIELD) Act"
	if typ != annals.Person && s.word(kb) == "(" && s.word(kb+2) == ")" && kb+3 < len(s.toks) && s.documentGoesOn(kb+3) {
		return "document"
	}
	// a forum or a conference no rule read as a body is a gathering: "the
	// Caravan Cities Forum in Khiva"
	if typ == annals.Org && gatheringHeads.has(last) && !covered {
		return "gathering"
	}
	// the name of a programme or a campaign written before its common
	// noun: "launched the Balkan Green Skills programme" (not "the Ford
	// Foundation programme": a body runs it)
	if typ == annals.Org && !covered && kb < len(s.toks) && namedEventNouns.has(s.word(kb)) {
		body := false
		for k := ka; k < kb; k++ {
			body = body || s.is(k, cOrgHeads)
		}
		if !body {
			return "programme"
		}
	}
	// a numbered gathering of a body: "12th Global Forum of the Alliance",
	// "Third Summit of the Council" (the body may be named alone)
	if typ == annals.Org && (isOrdinal(first) || ordinalWords.has(first)) {
		for k := sp.Start + 1; k+1 < sp.End; k++ {
			if s.lower(ts.words[k+1].Word) == "of" {
				if w := s.lower(ts.words[k].Word); gatheringHeads.has(w) || eventHeads.has(w) {
					return "gathering"
				}
				break
			}
		}
	}
	// a group of states or people: "Forum Dialogue Partners", "G20
	// Leaders"; a programme no rule reads as an organization is an
	// event ("Visa Waiver Program")
	if typ == annals.Org && (groupHeads.has(last) || !covered && (last == "program" || last == "programme")) {
		return "gathering"
	}
	if typ == annals.Person && sp.End-sp.Start >= 2 {
		// a people, not a person: "Native Hawaiian", "Indigenous Peoples"
		if first == "native" || first == "indigenous" {
			return "people"
		}
		// a document named after a person or a place: "the Abraham
		// Accords", "the Helms Act"
		// ("Richard Charter" opens with a given name)
		if documentHeads.has(last) && !gazetteer.IsGivenName(ts.words[sp.Start].Word) || last[len(last)-1] == 's' && documentHeads.has(last[:len(last)-1]) {
			return "document"
		}
		// an honour held, not its holder: "a Rhodes Scholar", "Vannevar
		// Bush Fellow"
		if honourHeads.has(last) {
			return "honour"
		}
	}
	// an organ any body has, named alone: "Board of Trustees", "Board of
	// Directors" (whose body the rules read after it)
	if typ == annals.Org && sp.End-sp.Start == 3 && (first == "board" || first == "council" || first == "court") && s.lower(ts.words[sp.Start+1].Word) == "of" && boardMembers.has(last) {
		return "organ"
	}
	// an office of many: "National Security Advisors", "State Directors"
	// (not "Kansas City Chiefs", "Board of Governors", "Redmont Wealth
	// Advisors"; nor a team alone, "the Cardinals")
	if typ == annals.Org && sp.End-sp.Start >= 2 && pluralOffice(last) && !orgHeads.has(last) && officeWordsOnly(ts.words[sp.Start:sp.End-1]) {
		return "offices"
	}
	// ("how Governors are working", "a letter to Governors": one such
	// word alone, in running text, not after "the")
	if typ == annals.Org && sp.End-sp.Start == 1 && pluralOffice(last) && !orgHeads.has(last) && s.lw(ka-1) != "the" && !s.capLike(ka-1) && !s.capLike(kb) && !s.titleCaseSentence(ts) {
		return "offices"
	}
	// bodies of a kind, not one of them: "Federal Agencies will also
	// refrain", "Partner Institutions"
	if typ == annals.Org && sp.End-sp.Start >= 2 && collectiveNouns.has(last) && commonWordsOnly(ts.words[sp.Start:sp.End-1]) {
		return "kind"
	}
	// a place's name ends with no common noun in the plural but a place's
	// head ("Solomon Islands", "Golan Heights", "Western States"): "Pell
	// Grants", "the Abraham Accords", "High Holidays", "Save Lives" are
	// none
	if typ == annals.Place && sp.End-sp.Start >= 2 {
		if l := lower(ts.words[sp.End-1].Word); len(l) > 3 && ner.CommonWord(l) && singularWord(l) != "" && ner.CommonWord(singularWord(l)) &&
			!placeHeads.has(l) && !placePlurals.has(l) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
			return "plural"
		}
	}
	// a party of a case at law ("Roe v. Wade", "Brown v. Board of
	// Education"): the case's name, no one, nothing of the story
	if s.versusAt(kb) || s.versusAt(ka-2) && s.word(ka-1) == "." {
		return "case"
	}
	// whom a speaker thanks or answers: "Q Thanks, Karine.", "Go ahead,
	// Kevin." (a person; "Thank you, America" is a place the lists know)
	if typ == annals.Place && sp.End-sp.Start == 1 && s.vocative(ka, kb) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
		return "vocative"
	}
	// a rank or a title alone is no place: "joined the Highway Patrol as
	// a Trooper", "promoted to Corporal"
	if typ == annals.Place && sp.End-sp.Start == 1 && (rankWords.has(first) || titleHeads.has(first) && !titleModifiers.has(first)) && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
		return "rank"
	}
	// a storm named after a lower-case storm word: "hurricanes Laura and
	// Delta"
	if typ != annals.Org && s.is(ka-1, cStormWords) && !text.IsCap(s.word(ka-1)) {
		return "storm"
	}
	// a nationality or a faith: "Kazakhs", "Shia"
	if kb-ka == 1 && (s.demonymAt(ka) || creedWords.has(first)) {
		return "demonym"
	}
	// a people, a tongue or an illness, no place and no one: "the
	// Rohingya", "translated into Tagalog", "outbreaks of Ebola"; and a
	// people named by a region's adjective or a nationality: "Pacific
	// Islander communities", "Southeast Asian", "Native Hawaiians"
	if typ != annals.Org && !s.knownPlace(s.toks[ka].Start, s.toks[kb-1].End) {
		if kb-ka == 1 && peoplesAndTongues.has(strings.TrimSuffix(first, "s")) {
			return "people"
		}
		// ("South Atlantic", "Eastern Caribbean": a region's own name)
		if kb-ka >= 2 && typ == annals.Place && (peopleNoun(last) || s.demonymAt(kb-1) || regionAdjectives.has(last)) && !s.knownPlace(s.toks[kb-1].Start, s.toks[kb-1].End) {
			return "people"
		}
	}
	// two list places side by side are two places: "in Darfur Europe
	// would say"
	if typ == annals.Place && s.listNames(ka, kb) >= 2 {
		return "two-places"
	}
	// an office before its body: "Kavli Fellow of the National Academy
	// of Sciences", "Board Member of the World Institute on Disability"
	// (the rules read the body)
	if typ != annals.Place && sp.End-sp.Start >= 2 && officeEnd(last) && !titleSurnames.has(last) && !orgHeads.has(last) {
		if p := s.lw(kb); p == "of" || p == "at" || p == "in" {
			return "office"
		}
	}
	// the portfolio of an office: "Special Envoy for River Corridors"
	if typ == annals.Org && s.lw(ka-1) == "for" && isTitleHead(s.lw(ka-2)) && !covered {
		return "portfolio"
	}
	// the topic of a gathering or a document: "the Global Summit on
	// Artificial Intelligence Safety", "a conference for Clean Energy",
	// "the Declaration on the Restoration of the State of Independence"
	p := ka - 1
	if s.lw(p) == "the" {
		p--
	}
	if typ == annals.Org && (s.lw(p) == "on" || s.lw(p) == "for") && (s.is(p-1, cGatheringHeads) || s.is(p-1, cEventHeads) || s.is(p-1, cDocumentHeads)) && !covered {
		return "topic"
	}
	// two bodies joined: "the Council and the Network", "the Bureau and
	// the Alliance" (a name's own "and" takes no article: "Food and
	// Agriculture Organization")
	if typ == annals.Org {
		for i := sp.Start + 1; i+1 < sp.End; i++ {
			if s.lower(ts.words[i].Word) == "and" && s.lower(ts.words[i+1].Word) == "the" {
				return "coordination"
			}
		}
	}
	// "the Compact’s Secretariat": a body of the organization named
	// before the possessive, which the back-references read
	if typ == annals.Org && sp.End-sp.Start == 3 {
		if w := ts.words[sp.Start+1].Word; (w == "'s" || w == "’s") && (backrefHeads.has(last) || genericBodies.has(last)) {
			return "possessive"
		}
	}
	// "the United Nation's Transparency": a possessive inside an
	// organization's name that does not end with a head
	if typ == annals.Org && !orgHeads.has(last) && !taggerOrgHeads.has(last) {
		for i := sp.Start + 1; i < sp.End-1; i++ {
			if ts.words[i].Word == "'s" {
				return "possessive"
			}
		}
	}
	// a lower-case word inside is a connector ("Bank of England") or a
	// particle ("Jaap de Hoop Scheffer"), never "my" ("Since Day One of
	// my Administration")
	for i := sp.Start; i < sp.End; i++ {
		if w := ts.words[i].Word; startsLower(w) && !connectors.has(w) && !nameParticles.has(w) && !strings.ContainsAny(w, "-'") {
			return "lower"
		}
	}
	// common words in capitals: "Shared Vision", "Member States"
	if kb-ka > 1 {
		common := true
		for k := ka; k < kb && common; k++ {
			common = s.toks[k].Kind != text.Word || s.connectorAt(k) || ner.CommonWord(s.lw(k)) && !s.is(k, cOrgHeads) && !s.is(k, cPlaceHeads) && !(typ == annals.Org && (s.is(k, cTaggerOrgHeads) || s.is(k, cCompanySuffixes)))
		}
		// ("Women of Stanford Law", "Women of Color in Tech": a group
		// named for its members and what they share is a body's name)
		if common && sp.Margin < allCommonMargin[typ] && !(typ == annals.Org && kb-ka >= 4 && s.lw(ka+1) == "of" && (namePossessors.has(s.lw(ka)) || s.lw(ka) == "friends")) {
			return "allcommon"
		}
	}
	// a name used as an adjective is no organization: "the first
	// Central Asian nation", "the TLD Congressional delegation"
	if typ == annals.Org && !s.covered(ka, kb) && adjectiveEnding(last) && kb < len(s.toks) && s.toks[kb].Kind == text.Word && startsLower(s.word(kb)) {
		return "adjective"
	}
	if typ == annals.Org && !orgHeads.has(last) && !companySuffix(last) && !taggerOrgHeads.has(last) {
		// a person the story names: "Qaddafi", "DG Tedros"
		if s.personWord(last) {
			return "person-word"
		}
		// a nationality, not an organization: "Central Asian", "Greeks",
		// "Asian American & Pacific Islander"
		for k := ka; k < kb; k++ {
			if s.demonymAt(k) {
				return "demonym"
			}
		}
	}
	// an office, not an organization: "National Security Advisor",
	// "Deputy Head of Presidential Appointments", "Deputy National
	// Security Advisor Pyle", "Inspector" of "Office of Inspector
	// General"; but "Foreign Ministry", "State Department"
	if typ == annals.Org && (titleHeads.has(last) || titleHeads.has(first) || titleModifiers.has(first) && (s.titleHeadIn(ka, kb) || kb-ka == 1 && s.is(kb, cTitleHeads))) {
		return "office"
	}
	if typ == annals.Person {
		// "Mediterranean Partner": a list place or demonym is no part of
		// a person's name
		// but a given name and a surname written as a place are a
		// person's ("Neil Jordan", "Chad Curtis"), and so is that
		// surname alone later ("Jordan said")
		given := sp.End-sp.Start >= 2 && gazetteer.IsGivenName(ts.words[sp.Start].Word)
		for k := ka; k < kb && !given; k++ {
			if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Entry.Type != annals.Person && (s.atoms[ai].Demonym || s.atoms[ai].Entry.Kind != gazetteer.City || sp.End-sp.Start < 2) {
				if sp.End-sp.Start == 1 && s.personWord(first) {
					break
				}
				return "person-place"
			}
		}
		for k := ka; k < kb; k++ {
			if s.isTitleWord(k) || s.is(k, cHonorifics) || s.is(k, cTitleHeads) || s.is(k, cPluralPersonTitles) {
				return "person-title"
			}
		}
	}
	return ""
}

// historyEvents end the names of events of history, which are neither
// places nor people: "World War II", "the Great Depression".
var historyEvents = set("war", "wars", "revolution", "recession", "depression", "uprising", "genocide", "holocaust", "era")

// leadPrepositions open sentences and headlines, never a name.
var leadPrepositions = set("From", "To", "In", "At", "With", "For", "By", "On", "Across", "Inside", "After", "Before")

// allCommonMargin is the margin from which the tagger's name of common
// words capitalized is trusted ("Wall Street", "Federal Reserve", "Red
// Star", "Mark Crear"); below it such a name is mostly a heading's words
// or an office ("Shared Vision", "Presidential Appointments"). Measured on
// CoNLL testa and ../shared/dev.
var allCommonMargin = map[annals.EntityType]float64{annals.Person: 2, annals.Place: 2.5, annals.Org: 4}

// taggerOrgHeads end the names of organizations as orgHeads do, for the
// tagger's organizations only: "Federal Aviation Administration", "Red
// Army", "Faculty of Law" (the rules read these words otherwise).
var taggerOrgHeads = set("administration", "army", "navy", "faculty", "police", "airlines", "exchange", "cross", "crescent")

// adjectiveEnding reports whether lw ends as an adjective of nationality
// or kind does: "Asian", "Congressional", "Japanese", "British".
func adjectiveEnding(lw string) bool {
	for _, suf := range []string{"an", "al", "ese", "ish"} {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// genericBodies name, alone, the body of whatever state or organization
// the story is about ("the House", "the Cabinet"): back-references, not
// names.
var genericBodies = set("house", "cabinet", "government", "administration", "empire", "army", "navy", "police", "department")

// groupHeads end the names of groups of states or people, not
// organizations.
var groupHeads = set("partners", "members", "leaders", "countries", "participants", "officials")

// notOrgHeads end capitalized names that are not organizations.
// notBodyEnds end the names of things no body is, in a span of any
// type and after a body's head too: an event series ("Regional Event
// Series"), a grant ("Pell Grant"), an honour ("Kennedy Center Honor").
var notBodyEnds = set("series", "grant", "grants", "honor", "honors", "honour", "honours")

// ruleEnds end the names of rules, standards, compacts and competitions
// a body sets, no body ("Lead-Safe Housing Rule", "National Ambient Air
// Quality Standards", "Child Protection Compact", "Good Jobs Challenge");
// a person may be named so ("Ann Rule"), a newspaper "Standard" ("the
// Hong Kong Standard").
var ruleEnds = set("standards", "guidelines", "rule", "rules", "challenge", "compact")

var notOrgHeads = set("flight", "flights", "temple", "temples", "issues", "visit", "visits", "dinner", "dinners", "luncheon", "reception", "ceremony")

// titleHeadIn reports whether a word of [ka,kb) is a title head.
func (s *state) titleHeadIn(ka, kb int) bool {
	for k := ka; k < kb; k++ {
		if s.is(k, cTitleHeads) {
			return true
		}
	}
	return false
}

// personByFirstName returns the one person of the story whose full name
// begins with the word first, or nil.
// personWithWord returns the one person of the story whose surname (the
// last word of the name, without its particle) is w, or nil when none or
// several have it.
func (s *state) personWithWord(w string) *ent {
	var found *ent
	for _, e := range s.ents {
		if e.typ != annals.Person || len(e.ments) == 0 {
			continue
		}
		last := ""
		for p := range nameParts(e.name) {
			last = p
		}
		if last == w {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

func (s *state) personByFirstName(first string) *ent {
	var found *ent
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		if f, _, ok := strings.Cut(e.name, " "); ok && f == first {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// listNames returns how many list names make up [ka,kb), 0 if a word of
// it is in none.
func (s *state) listNames(ka, kb int) int {
	n, prev := 0, -1
	for k := ka; k < kb; k++ {
		ai := s.atomIdx(k)
		if ai < 0 {
			return 0
		}
		if ai != prev {
			n++
		}
		prev = ai
	}
	return n
}

// personWord reports whether lw (lower case) is a word of the full name
// of a person of the story ("Jon Finer"), or a person's whole name
// ("Lukashenka").
func (s *state) personWord(lw string) bool {
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		if lowerIs(e.name, lw) {
			return true
		}
		if !strings.Contains(e.name, " ") {
			continue
		}
		for w := range strings.FieldsSeq(e.name) {
			if lowerIs(w, lw) {
				return true
			}
		}
	}
	return false
}

// demonymAt reports whether token k is a demonym the lists know, or the
// plural of one ("Greeks").
func (s *state) demonymAt(k int) bool {
	if ai := s.atomIdx(k); ai >= 0 {
		return s.atoms[ai].Demonym
	}
	w := s.word(k)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	ms := s.x.gaz.Match(w[:len(w)-1])
	return len(ms) == 1 && ms[0].Demonym && ms[0].End == len(w)-1
}

// titleCaseSentence is titleCaseSentence(ts), kept for the sentence
// last asked about: the tagger's spans of a sentence are read one after
// another.
func (s *state) titleCaseSentence(ts taggerSentence) bool {
	if len(ts.words) == 0 {
		return titleCaseSentence(ts)
	}
	if w := &ts.words[0]; w != s.titleCaseOf.first || len(ts.words) != s.titleCaseOf.n {
		s.titleCaseOf.first, s.titleCaseOf.n, s.titleCaseOf.is = w, len(ts.words), titleCaseSentence(ts)
	}
	return s.titleCaseOf.is
}

// commaParts reports whether a comma inside [ka,kb) parts two names: no
// company's suffix, "&" or letters with periods ("P.C.") after it.
func (s *state) commaParts(ka, kb int) bool {
	for k := kb - 2; k > ka; k-- {
		if s.word(k) != "," {
			continue
		}
		for j := k + 1; j < kb; j++ {
			if w := s.word(j); w == "&" || companySuffix(w) || w == "." && j > k+1 && len(s.word(j-1)) == 1 || len(w) > 2 && strings.Contains(w[1:len(w)-1], ".") {
				return false
			}
		}
		return true
	}
	return false
}

// eponym reports whether the name ending before token k is in the
// possessive with nothing after it that it owns ("diabetes, Alzheimer’s,
// cancer") or before a word naming an illness ("Crohn’s disease").
func (s *state) eponym(k int) bool {
	if k < 1 || k > len(s.toks) {
		return false
	}
	w := s.word(k - 1)
	if !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
		return false
	}
	r := strings.TrimLeft(s.text[s.toks[k-1].End:], " ")
	if r == "" || strings.IndexByte(",;.:)", r[0]) >= 0 || strings.HasPrefix(r, "—") || strings.HasPrefix(r, "–") {
		return true
	}
	next, _, _ := strings.Cut(r, " ")
	return illnessWords.has(strings.ToLower(strings.TrimRight(next, ",.;:")))
}

// feasts open the names of religious feasts and their greetings, which
// the tagger may read as a body or a person: "Eid al-Adha", "Eid
// Mubarak", "Diwali".
var feasts = set("eid", "eid-al-adha", "eid-al-fitr", "diwali", "hanukkah", "chanukah", "ramadan", "nowruz", "navruz", "vaisakhi", "passover", "rosh", "yom", "holi", "easter", "christmas",
	"shabbat", "sabbath", "simchat", "sukkot", "shavuot", "purim", "kwanzaa")

// shipPrefixes open the name of a ship: "USS Gerald R. Ford", "HMS
// Queen Elizabeth".
var shipPrefixes = set("USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "RFS")

// placeOpeners open the names of places and never a person's: "Fort
// Hood", "Mount Shasta", "Lake Charles", "Ciudad Juárez", "Cité Soleil"
// (not "San" nor "Santa": "Santa Anna" was a president of Mexico).
var placeOpeners = set("fort", "ft", "port", "mount", "mt", "lake", "ciudad", "cité")

// divisionWords end the names of a country's parts, never a person's:
// "Aceh Province", "Wayne County", "Sabine Parish".
var divisionWords = set("province", "oblast", "governorate", "prefecture", "county", "district", "parish", "municipality", "region")

// provinceWords end the names of a country's parts and no body's
// ("Fairfax County" is a government too, "School District" a body).
var provinceWords = set("province", "oblast", "governorate")

// naturalFeatures end the names of lakes, rivers, mountains and the
// like: "Kentucky Lake", "Rio Grande River".
var naturalFeatures = set("lake", "lakes", "river", "mountain", "mountains", "island", "islands", "valley", "canyon",
	"sea", "ocean", "bay", "gulf", "peninsula", "desert", "lagoon", "strait", "glacier", "volcano", "creek")

// placeOffices are the offices of the heads of places, in the plural:
// "the Mayors of Fort Myers, Cape Coral and Sarasota".
var placeOffices = set("mayors", "governors", "presidents", "premiers", "prefects")

// possessiveDeterminers open a back-reference to a body: "My
// Administration", "Our Government".
var possessiveDeterminers = set("my", "our", "your", "his", "her", "their", "its")

// ownBodies are the bodies a speaker calls its own: "My Administration",
// "Our Government", "Your Department".
var ownBodies = set("administration", "government", "department", "agency", "office", "team", "staff", "cabinet")

// weekdays are the days of the week.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// skinColours name people by the colour of their skin when capitalized:
// "Black women", "Black and Brown communities".
var skinColours = set("black", "brown", "white")

// deityWords name God: "Almighty God", "the Almighty".
var deityWords = set("god", "almighty", "allah")

// greekLetters name honour societies, fraternities and sororities: "Phi
// Beta Kappa", "Alpha Kappa Alpha".
var greekLetters = set("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
	"omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega")

// latinHonours are the words of a degree's Latin honours: "Summa Cum
// Laude", "Magna Cum Laude", "With Distinction" is English.
var latinHonours = set("summa", "magna", "cum", "laude", "maxima")

// systemWords, in lower case after a name, make it a weapon's or a
// machine's: "the Iron Dome system", "Patriot missile batteries".
var systemWords = set("system", "systems", "missile", "missiles", "interceptor", "interceptors", "battery", "batteries")

// allOf reports whether every token of [a,b) is a word of the set.
func (s *state) allOf(a, b int, c wordClass) bool {
	for k := a; k < b; k++ {
		if !s.is(k, c) {
			return false
		}
	}
	return a < b
}

// systemName reports whether the capitalized name of tokens [a,b) is
// written before a word of systemWords anywhere in the story ("Israel’s
// Iron Dome system" names "the Iron Dome" of the next paragraph): the
// story's names so written are gathered once, on the first question.
func (s *state) systemName(a, b int) bool {
	if s.systemNames == nil {
		s.systemNames = map[string]bool{}
		for k := 1; k < len(s.toks); k++ {
			if !s.is(k, cSystemWords) || !text.IsCap(s.word(k-1)) || text.IsCap(s.word(k)) {
				continue
			}
			j := k - 1
			// (an owner in the possessive is none of it: "Israel’s")
			for j > 0 && k-j < 4 && text.IsCap(s.word(j-1)) && !isPossessive(s.word(j-1)) && s.sentOf[j-1] == s.sentOf[k] {
				j--
			}
			// the whole capitalized run before the word ("the Dome" of a
			// story that names the "Iron Dome system" is another)
			s.systemNames[gazetteer.Normalize(s.text[s.toks[j].Start:s.toks[k-1].End])] = true
		}
	}
	return s.systemNames[gazetteer.Normalize(s.text[s.toks[a].Start:s.toks[b-1].End])]
}

// illnessWords name an illness after its owner's name: "Crohn’s disease".
var illnessWords = set("disease", "syndrome", "disorder", "palsy", "sarcoma", "lymphoma")

// officeOf reports whether the name at token a is the body of an office
// written before it: "Administrator of the".
func (s *state) officeOf(a int) bool {
	return a > 2 && s.lw(a-1) == "the" && s.lw(a-2) == "of" && officeEnd(s.lw(a-3))
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

// confident decides which tagger names may join the story before the
// filters of implausible: every name no rule read (people, places and,
// since the filters keep out offices, programmes, gatherings, groups,
// nationalities and people's names, organizations too); where the rules
// read part of it, a name arbitrated may give the tagger, not a one-word
// person.
func (s *state) confident(sp ner.Span, ka, kb int, typ annals.EntityType) bool {
	if s.covered(ka, kb) {
		return typ != annals.Person || sp.End-sp.Start >= 2
	}
	return true
}

func lower(w string) string { return strings.ToLower(w) }

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

// joinWord reports whether word w, written right after prev with no
// space between, is part of the same word in the CoNLL-2003 convention
// the tagger learned (Penn Treebank tokens): words and numbers joined by
// a hyphen, a slash or an ampersand stay one word ("1996-08-30",
// "104th-ranked", "1/8", "AT&T"), as do times ("4:09.95"); an
// abbreviation keeps its period ("Fla.", "St.", "P."; the caller keeps
// apart a period that ends a sentence), and a clitic split from its word
// is one ("'s" of "England 's"). Dashes, brackets, quotes and commas
// stand alone, and so does a clitic the tokenizer split from the word it
// follows ("Clinton" "'s"). next is the word written right after w, ""
// if a space follows.
func joinWord(prev, w, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch {
	case w == ".":
		return isAlnum(last)
	case prev == "'":
		return len(w) <= 2 && isLowerWord(w)
	case w == "-" || w == "‑":
		// "1996-08-30", "4- 7"; "--" is a word of its own
		return isAlnum(last) && (next == "" || startsAlnum(next)) || prev == "-" && next != "-"
	case w == "/" || w == "&":
		return isAlnum(last) && startsAlnum(next)
	case w == ":":
		return endsDigit(prev) && next != "" && next[0] >= '0' && next[0] <= '9'
	}
	if !startsAlnum(w) {
		return false
	}
	switch last {
	case '-', '‑':
		return !strings.HasSuffix(prev, "--") && prev != "-"
	case '/', '&':
		return true
	case ':':
		return endsDigit(prev[:len(prev)-1]) && w[0] >= '0' && w[0] <= '9'
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsAlnum(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isAlnum(r)
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func endsDigit(w string) bool {
	return w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
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
	return s.splitSentences(new(tagBuf))
}

// splitSentences is taggerSentences in the arrays of buf.
func (s *state) splitSentences(buf *tagBuf) []taggerSentence {
	words := ner.AppendSplit(buf.split[:0], s.text, s.toks)
	buf.split = words
	hard := s.lineBreaks()
	// the sentences share three arrays, each sentence a run of them
	flatW := slices.Grow(buf.flat[:0], len(words))
	flatTok, flatLast := slices.Grow(buf.tok[:0], len(words)), slices.Grow(buf.last[:0], len(words))
	out := buf.sents[:0]
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
	for wi, w := range words {
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
		// words written together are one word, as CoNLL writes them
		// ("1996-08-30", "104th-ranked", "Fla.", "'s"); see joinWord
		if n := len(flatW); n > start && w.Start == flatW[n-1].End {
			next := ""
			if k := wi + 1; k < len(words) && words[k].Start == w.End {
				next = words[k].Word
			}
			// a period that ends the sentence stays apart: "Inc." before
			// a comma or inside the sentence keeps it
			ends := w.Word == "." && s.endsSentence(ti, hard, hi)
			if p := &flatW[n-1]; !ends && joinWord(p.Word, w.Word, next) {
				if s.text[p.Start:p.End] == p.Word && s.text[w.Start:w.End] == w.Word {
					p.Word = s.text[p.Start:w.End]
				} else {
					p.Word += w.Word
				}
				p.End = w.End
				flatLast[n-1] = ti
				continue
			}
		}
		flatW = append(flatW, w)
		flatTok = append(flatTok, ti)
		flatLast = append(flatLast, ti)
	}
	flush()
	buf.flat, buf.tok, buf.last, buf.sents = flatW, flatTok, flatLast, out
	return out
}

// endsSentence reports whether the period that is token ti ends its
// sentence: nothing follows it in the sentence but closing quotes,
// brackets and the asterisks of emphasis ("Islands.”", "Deal.)", "Up.**"),
// before the sentence or the line ends (hard, from hi on: the source's
// line breaks) or a word with a capital begins ("Hemisphere.** The").
func (s *state) endsSentence(ti int, hard []int, hi int) bool {
	for k := ti + 1; ; k++ {
		if k >= len(s.toks) || s.sentOf[k] != s.sentOf[ti] {
			return true
		}
		for hi < len(hard) && hard[hi] < s.toks[k-1].End {
			hi++
		}
		if hi < len(hard) && hard[hi] < s.toks[k].Start {
			return true
		}
		w := s.text[s.toks[k].Start:s.toks[k].End]
		if s.toks[k].Kind != text.Punct || !closingMark(w) {
			// "Hemisphere.** The Budget": a capital after the marks
			// begins the next sentence, which the splitter missed; not
			// after an abbreviation ("Albany Corp. \" That")
			if k == ti+1 || s.toks[k].Kind != text.Word || !text.IsCap(w) || ti == 0 {
				return false
			}
			prev := s.text[s.toks[ti-1].Start:s.toks[ti-1].End]
			return !companySuffix(prev) && !honorifics.has(s.lower(prev)) && !isInitial(prev)
		}
	}
}

// contraction reports whether w, its apostrophes straight, is a word
// and a clitic written together: "I'm", "we've", "they'll", "I'd",
// "you're", "don't" (not "O'Brien" or "N'Djamena").
func contraction(w string) bool {
	return contractionTail(w) != ""
}

// contractionTail returns the contracted word of w ("ll" of "we’ll", "t"
// of "don't"), lower-cased, or "" when w is no contraction.
func contractionTail(w string) string {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	switch t := strings.ToLower(w[i+size:]); t {
	case "m", "ve", "ll", "d", "re", "t":
		return t
	}
	return ""
}

// closingMark reports whether punctuation p closes a quotation, a bracket
// or an emphasis.
func closingMark(p string) bool {
	switch p {
	case "”", "’", "\"", "'", ")", "]", "*", "»":
		return true
	}
	return false
}

// lineBreaks returns the text offsets where the source breaks a line on
// purpose (see hardBreaks): the reader joins the lines of a paragraph of
// plain text or Markdown with spaces, so the breaks are read from the
// source, through the map of the text; in the text itself, a paragraph
// break. HTML source lines say nothing of the page's lines.
func (s *state) lineBreaks() []int {
	if !s.breaksRead {
		s.breaks, s.breaksRead = s.readLineBreaks(), true
	}
	return s.breaks
}

// readLineBreaks is lineBreaks, read from the text and its source.
func (s *state) readLineBreaks() []int {
	hard := hardBreaks(s.text)
	if s.src == nil || s.src.Format == read.HTML || s.m.Len() < len(s.text)+1 || len(s.text) == 0 {
		return hard
	}
	// the lines of the source this text (or window of a long story) was
	// read from
	raw := s.src.Raw
	ra, rz := s.m.At(0), min(s.m.At(len(s.text)), len(raw))
	for ra > 0 && raw[ra-1] != '\n' {
		ra--
	}
	for rz < len(raw) && raw[rz] != '\n' {
		rz++
	}
	if ra >= rz {
		return hard
	}
	// the source's lines read in place: raw is not written while the
	// story is extracted, and hardBreaks keeps offsets, not the text
	rb := hardBreaks(unsafe.String(&raw[ra], rz-ra))
	if len(rb) == 0 {
		return hard
	}
	// rb is in increasing order: a break of the source is found in it
	// by binary search
	var out []int
	for i := 0; i < len(s.text); i++ {
		if s.text[i] != ' ' {
			continue
		}
		// the space joining two lines maps to the end of the first
		j := s.m.At(i)
		for j < len(raw) && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\r') {
			j++
		}
		if j >= ra {
			if _, found := slices.BinarySearch(rb, j-ra); found {
				out = append(out, i)
			}
		}
	}
	if len(out) == 0 {
		return hard
	}
	// both lists are in text order; merge them
	merged := make([]int, 0, len(out)+len(hard))
	a, b := 0, 0
	for a < len(out) || b < len(hard) {
		if b >= len(hard) || a < len(out) && out[a] < hard[b] {
			merged = append(merged, out[a])
			a++
		} else {
			merged = append(merged, hard[b])
			b++
		}
	}
	return merged
}

// hardBreaks returns the offsets of the line ends of t that end a line
// early: the line and the first word of the next would have fitted in the
// width of the longest line of the paragraph, so the writer broke the
// line on purpose. The offset is that of the line's newline.
func hardBreaks(t string) []int {
	type line struct{ start, end, nl int }
	var out []int
	var para []line
	flush := func() {
		// a paragraph of prose wrapped by hand or by a wrapper ends most of
		// its lines inside a sentence: none of its breaks is meant ("Dr
		// Tedros Adhanom\nGhebreyesus of Ethiopia"); a text written one
		// sentence a line ends most of them with the sentence
		// (a table or a list of short lines is neither: its lines are
		// rows)
		inside, width := 0, 0
		for _, l := range para[:max(len(para)-1, 0)] {
			line := strings.TrimRight(t[l.start:l.end], " \t\r")
			width += utf8.RuneCountInString(line)
			if r, _ := utf8.DecodeLastRuneInString(line); unicode.IsLetter(r) || r == ',' {
				inside++
			}
		}
		if len(para) > 2 && inside*2 > len(para)-1 && width >= 40*(len(para)-1) {
			para = para[:0]
			return
		}
		if len(para) < 2 {
			// one line: no break inside the paragraph to weigh
			para = para[:0]
			return
		}
		// widths in characters: "’" is one column, three bytes; a line
		// of no more bytes than the widest so far is no wider
		w := 0
		for _, l := range para {
			if l.end-l.start > w {
				w = max(w, utf8.RuneCountInString(t[l.start:l.end]))
			}
		}
		for i := 0; i+1 < len(para); i++ {
			// the first word of the next line; when it is the line's only
			// word, with the spaces after it, which the wrapper counted
			// too ("University.  " ending a Markdown line)
			next := strings.TrimLeft(t[para[i+1].start:para[i+1].nl], " \t")
			next = strings.TrimRight(next, "\r")
			if k := strings.IndexAny(next, " \t"); k >= 0 && strings.TrimRight(next[k:], " \t") != "" {
				next = next[:k]
			}
			if utf8.RuneCountInString(t[para[i].start:para[i].end])+1+utf8.RuneCountInString(next) <= w {
				out = append(out, para[i].nl)
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
			para = append(para, line{start, e, end})
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

// marketWords make an exchange a market ("New York Stock Exchange",
// "London Metal Exchange"); any other exchange is a programme ("Young
// Mountaineers Exchange").
var marketWords = set("stock", "stocks", "commodity", "commodities", "futures", "mercantile", "metal", "metals", "options", "currency", "energy", "power", "grain", "cotton", "securities", "diamond", "board", "york", "tokyo", "london", "american", "chicago")

// bracketDepth returns the round brackets opened in words less those
// closed, or -1 when one closes before it opens.
func bracketDepth(words []ner.Token) int {
	d := 0
	for _, w := range words {
		switch w.Word {
		case "(":
			d++
		case ")":
			if d == 0 {
				return -1
			}
			d--
		}
	}
	return d
}

// peoplesAndTongues name a people, a language or an illness, never a
// place (the singular; a plural "s" is taken off before looking): "the
// Rohingya", "in Swahili", "outbreaks of Ebola".
var peoplesAndTongues = set("rohingya", "maasai", "masai", "uyghur", "uighur", "yazidi", "hmong", "pashtun", "tutsi", "hutu",
	"tuareg", "berber", "bedouin", "inuit", "yup’ik", "yup'ik", "ojibwe", "ojibwa", "lakota", "anishinaabe", "haudenosaunee",
	"swahili", "tagalog", "hebrew", "mandarin", "cantonese", "hindi", "urdu", "bengali", "punjabi", "farsi", "pashto", "dari",
	"amharic", "tigrinya", "yoruba", "igbo", "hausa", "zulu", "xhosa", "quechua", "aymara", "guarani", "ilocano", "tamil",
	"telugu", "gujarati", "marathi", "malayalam", "kannada", "sinhala", "tetum", "wolof", "lingala", "kinyarwanda", "kirundi",
	"kurundi", "mandinka", "fula", "fulani",
	"ebola", "zika", "mpox", "monkeypox", "omicron")

// peopleNoun reports whether the lower-cased word w names a person of a
// place: "islander", "islanders".
func peopleNoun(w string) bool {
	return w == "islander" || w == "islanders"
}

// stormWords open the names of storms, which are no people, bodies or
// places.
var stormWords = set("hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tropical")

// titleRanks open a title and say its holder's rank, never a body's name:
// "Senior Counsel", "Deputy Chief of Staff".
var titleRanks = set("deputy", "principal", "assistant", "associate", "acting", "interim", "senior", "chief",
	"special", "vice", "under", "managing")

// namesakeHeads end the names of bodies named after people and are
// seldom surnames: "Howard University", "the Leo T. McCarthy Center".
var namesakeHeads = set("university", "school", "college", "institute", "center", "centre", "foundation",
	"fund", "museum", "library", "hospital", "academy", "society", "association", "network", "initiative",
	"project", "laboratory", "observatory", "memorial", "church", "cathedral")

// officeWordsOnly reports whether every word of ws is a word of a title
// or of a portfolio ("National Security" before "Advisors").
func officeWordsOnly(ws []ner.Token) bool {
	for _, w := range ws {
		l := lower(w.Word)
		if !titleModifiers.has(l) && !portfolioWords.has(l) && !isTitleHead(l) {
			return false
		}
	}
	return true
}

// boardMembers name the members of a board: "Board of Trustees".
var boardMembers = set("trustees", "directors", "commissioners", "regents", "governors", "visitors", "supervisors", "overseers", "managers")

// honourHeads end the names of honours a person holds: "Rhodes Scholar",
// "Nobel Laureate".
var honourHeads = set("scholar", "scholars", "fellow", "fellows", "laureate", "laureates")

// buildingHeads end the names of buildings and grounds; the ones that
// are also surnames (Hall, Tower) make a venue only after a word that is no
// given name.
var (
	buildingHeads     = set("building", "arena", "stadium", "auditorium", "theater", "theatre", "pavilion", "plaza", "tunnel", "hall", "tower")
	venueHeadSurnames = set("hall", "tower")
)

// venueAfterPerson reports whether the words a tagger read as a person's
// name end with the head of a building's name: "Ronald Reagan Building",
// "Disney Hall" (not "Kevin Hall", "John Tower").
func (s *state) venueAfterPerson(ws []ner.Token) bool {
	last := ws[len(ws)-1].Word
	l := s.lower(last)
	if !buildingHeads.has(l) || !text.IsCap(last) {
		return false
	}
	return !venueHeadSurnames.has(l) || !gazetteer.IsGivenName(ws[0].Word)
}

// namedAfterPerson reports whether the words a tagger read as a person's
// name end with the head of a body's name: an institution head after two
// words or more, or any organization head after three or more ("Paul H.
// Nitze School", not "Margaret Court").
func namedAfterPerson(ws []ner.Token) bool {
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1].Word
	if !text.IsCap(last) {
		return false
	}
	l := lower(last)
	return namesakeHeads.has(l) || len(ws) >= 3 && orgHeads.has(l) && l != "court" && l != "bank" && l != "branch" && l != "front"
}

// awardHeads name prizes and decorations; observanceHeads the days and
// months a country marks. A name with one after its first word is MISC.
var (
	awardHeads      = set("award", "awards", "medal", "medals", "prize", "prizes", "trophy")
	observanceHeads = set("day", "month", "week")
)

// afterOpeningHeadlineVerb reports whether token k follows a headline's
// verb in a sentence written in Title Case up to k, capitalized words
// and connectors only from its start: "Expands Access to Long-Term Care
// Services", "Federal Emergency Management Agency Debuts Improvements to
// Tribal Nations’ Access".
func (s *state) afterOpeningHeadlineVerb(k int) bool {
	verb := false
	for p := k - 1; p >= 0 && s.sentOf[p] == s.sentOf[k]; p-- {
		w := s.word(p)
		if !(s.capLike(p) || s.connectorAt(p) || isPossessive(w) || w == "-" || w == "’" || w == "'" || w == ".") {
			return false
		}
		// (not a headline in capitals: "KEVIN BROWN LOWERS ERA AS
		// MARLINS BEAT REDS")
		if text.IsCap(w) && s.is(p, cHeadlineVerbs) && !text.IsAllCaps(w) {
			verb = true
		}
		if s.sentenceStart(p) {
			return verb
		}
	}
	return false
}

// headlineVerbs are verbs a Title Case headline writes after its subject
// ("Jill Biden Continues Her Tour"), none of them a word of a name nor a
// plural noun ("Garden Tours", "State Visits").
var headlineVerbs = set("announces", "launches", "continues", "takes", "delivers", "welcomes", "joins",
	"celebrates", "unveils", "commemorates", "nominates", "appoints", "convenes", "discusses", "urges",
	"speaks", "applauds", "praises", "expands", "invests", "proposes", "secures", "sends", "warns",
	"outlines", "approves", "reaffirms", "condemns", "congratulates", "releases", "creates", "commits",
	"finalizes", "introduces", "establishes", "submits", "recognizes", "extends", "provides", "promises", "wants",
	"hosts", "meets", "vows", "restores", "protects", "strengthens", "lowers", "declares", "designates",
	"directs", "hails", "keeps", "prioritizes", "requires", "debuts")

// pluralOfficeOf returns where the name of the span sp starts after the
// title in the plural that opens it (portfolios first, then the title,
// "of" and "the": "Defense Ministers of India", "Heads of the ..."), or
// sp.Start; none tells that the rest is only portfolios, no one's name
// ("Heads of State and Government", "Secretaries of Defense and Homeland
// Security").
func (s *state) pluralOfficeOf(ts taggerSentence, sp ner.Span) (st int, none bool) {
	k := sp.Start
	for k < sp.End && portfolioWords.has(s.lower(ts.words[k].Word)) {
		k++
	}
	if k+1 >= sp.End || !pluralOfficeHeads.has(s.lower(ts.words[k].Word)) || !lowerIs(ts.words[k+1].Word, "of") {
		return sp.Start, false
	}
	k += 2
	if k < sp.End && lowerIs(ts.words[k].Word, "the") {
		k++
	}
	if k >= sp.End {
		return sp.Start, false
	}
	none = true
	for j := k; j < sp.End && none; j++ {
		w := s.lower(ts.words[j].Word)
		none = portfolioWords.has(w) || w == "and" || w == "government" || w == "mission"
	}
	return k, none
}

// pluralOfficeHeads are offices in the plural whose holders "of" a country
// or a body are no body's name: "Ministers of", "Heads of", "Leaders of".
var pluralOfficeHeads = set("representatives", "senators", "governors", "mayors", "ministers", "ambassadors",
	"commissioners", "secretaries", "presidents", "chancellors", "heads", "leaders", "chiefs", "envoys", "premiers")

// knownPlace reports whether the text from start to end is a name the
// gazetteer knows as a place.
func (s *state) knownPlace(start, end int) bool {
	for _, e := range s.x.gaz.Lookup(s.text[start:end]) {
		if e.Type == annals.Place {
			return true
		}
	}
	return false
}

// placeBeside reports whether a place stands next to the name [ka,kb),
// set off by a comma: its state ("Gary, Indiana") or another item of a
// list of places.
func (s *state) placeBeside(ka, kb int) bool {
	if s.word(kb) == "," {
		if m := s.mentAt(kb + 1); m != nil && m.ent.typ == annals.Place {
			return true
		}
	}
	if s.word(ka-1) == "," {
		if m := s.mentAt(ka - 2); m != nil && m.ent.typ == annals.Place {
			return true
		}
	}
	return false
}

// commonWordsOnly reports whether every word of ws is a common word (see
// ner.CommonWord). The tagger's span of bodies of a kind is read so; the
// rules' chunk by commonRun, which also keeps a body's name whose words
// name a body or take a complement ("Association of Metropolitan
// Planning Organizations").
func commonWordsOnly(ws []ner.Token) bool {
	for _, w := range ws {
		if !ner.CommonWord(lower(w.Word)) {
			return false
		}
	}
	return true
}

// quantifiers count the plural noun after them.
var quantifiers = set("all", "many", "several", "other", "some", "both", "fellow", "our", "their", "these", "those", "most", "few", "numerous")

// counted reports whether the word before token k counts it: a number in
// figures or words ("23", "twenty-three") or a quantifier ("all", "our").
func (s *state) counted(k int) bool {
	if k == 0 {
		return false
	}
	p := s.lw(k - 1)
	if s.toks[k-1].Kind == text.Number || quantifiers.has(p) || smallNumbers[p] > 0 {
		return true
	}
	_, unit, ok := strings.Cut(p, "-") // "twenty-three"
	return ok && smallNumbers[unit] > 0
}

// commonRun reports whether every word of tokens [a,b) is a common word
// no gazetteer name covers (see commonWordsOnly), and none heads a body or
// takes a complement ("Association of Metropolitan Planning
// Organizations" is one body).
func (s *state) commonRun(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lw(k); s.toks[k].Kind != text.Word || !ner.CommonWord(w) || s.atomIdx(k) >= 0 || orgHeads.has(w) || connectors.has(w) && w != "and" {
			return false
		}
	}
	return true
}

// vocative reports whether the name [a,b) is addressed at the end of a
// greeting or a turn: "Thanks, Karine.", "Thank you, Kevin?", "Go ahead,
// Jen.".
func (s *state) vocative(a, b int) bool {
	if s.word(a-1) != "," {
		return false
	}
	switch w := s.word(b); w {
	case ".", "?", "!", ",":
	default:
		return false
	}
	switch s.lw(a - 2) {
	case "thanks", "hi", "hello":
		return true
	case "you": // "Thank you, X"
		return s.lw(a-3) == "thank"
	case "ahead": // "Go ahead, X"
		return s.lw(a-3) == "go"
	}
	return false
}

// companyVerbs are what companies do in the news and towns do not:
// commit, pledge, invest, announce a deal.
var companyVerbs = set("announcing", "announced", "announces", "committing", "committed", "commits", "pledging", "pledged", "pledges",
	"investing", "invested", "invests", "partnering", "partnered", "partners", "donating", "donated", "donates", "plans", "planned")

// dealWords are the deals a company is a party to: "a partnership with",
// "in collaboration with", "a contract with", "a shareholder in".
var dealWords = set("partnership", "partnerships", "collaboration", "contract", "contracts", "deal", "deals", "venture", "shareholder", "stake", "stakes")

// dealtWith reports whether the name at token k is a party to a deal:
// "a partnership with X", "in collaboration with X", "a contract with
// X", "a deal between X", "a shareholder in X", "a stake in X"; or the
// second of two such parties joined by "and" ("with Bechtel and Kiewit").
func (s *state) dealtWith(k int) bool {
	if s.lw(k-1) == "and" {
		m := s.mentAt(k - 2)
		return m != nil && m.b == k-1 && m.ent.typ == annals.Org && s.dealtWith(m.a)
	}
	switch s.lw(k - 1) {
	case "with", "between":
	case "in":
		return s.lw(k-2) == "shareholder" || s.lw(k-2) == "stake" || s.lw(k-2) == "stakes"
	default:
		return false
	}
	return s.is(k-2, cDealWords) && !text.IsCap(s.word(k-2))
}

// officeSetsOff reports whether the name [ka,kb) is set off by commas
// right after an office, the office's holder: "The Minister of Foreign
// Affairs of Bosnia and Herzegovina, Elmedin Hasic, met the Minister" (a
// sentence of capitalized titles and names that reads as a heading in
// Title Case): a title head, capitalized, among the eight words before
// the comma, with no comma nor a word in lower case other than a
// connector between.
func (s *state) officeSetsOff(ka, kb int) bool {
	if s.word(ka-1) != "," || s.word(kb) != "," && s.word(kb) != "." {
		return false
	}
	for j := ka - 2; j >= 0 && j >= ka-10 && s.sentOf[j] == s.sentOf[ka]; j-- {
		if s.toks[j].Kind != text.Word || !s.capLike(j) && !s.connectorAt(j) {
			return false
		}
		if s.capLike(j) && s.is(j, cTitleHeads) {
			return true
		}
	}
	return false
}

// headingPersonMargin is the margin from which the tagger's person set
// off after an office is kept in a sentence that reads as a heading
// (officeSetsOff).
const headingPersonMargin = 4

// titledBefore reports whether a title or an honorific stands right
// before the name at token k: "Secretary Bechtel", "Mr. Bechtel".
func (s *state) titledBefore(k int) bool {
	if s.word(k-1) == "." {
		k--
	}
	w := s.lw(k - 1)
	return text.IsCap(s.word(k-1)) && (titleHeads.has(w) || honorifics.has(w) || titleModifiers.has(w))
}

// workedAt reports whether the name at token k follows "at" right after
// an office or a few words after a word of work: "a director at LinkedIn",
// "held roles at Microsoft", "worked at Meta" (a one-word place no list
// knows there is an employer; "the President spoke at Gettysburg" is
// where he spoke), or closes such a pair ("roles at Microsoft and
// Salesforce").
func (s *state) workedAt(k int) bool {
	// "held roles at Microsoft and Salesforce": the second of a pair of
	// employers
	if s.lw(k-1) == "and" {
		m := s.mentAt(k - 2)
		return m != nil && m.b == k-1 && m.ent.typ == annals.Org && s.lw(m.a-1) == "at" && s.workedAt(m.a)
	}
	if s.lw(k-1) != "at" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5 && s.sentOf[j] == s.sentOf[k]; j-- {
		if w := s.lw(j); workWords.has(w) && !text.IsCap(s.word(j)) || j == k-2 && (titleHeads.has(w) || w == "associate") && text.IsCap(s.word(j)) && s.titleOpens(j) ||
			j == k-2 && s.jobTitleRun(j) {
			return true
		}
		if s.word(j) == "," || s.word(j) == "." {
			return false
		}
	}
	return false
}

// titleOpens reports whether the capitalized title ending at token j
// ("Director", "Senior Director") is a job's, not someone's before a
// name or a title with "the" ("the President spoke at Gettysburg"): the
// word before its first word is neither capitalized nor "the".
func (s *state) titleOpens(j int) bool {
	for j > 0 && s.capTitleWord(j-1) {
		j--
	}
	return !s.capLike(j-1) && s.lw(j-1) != "the"
}

// joinedBody reports whether the name [ka,kb) is what someone joined, as
// one joins an employer: "Amon joined Qualcomm in 1995 as an engineer";
// the name ends the clause or a date, a role or a list follows it (not
// "joined Greenwood residents").
func (s *state) joinedBody(ka, kb int) bool {
	if s.lw(ka-1) != "joined" {
		return false
	}
	switch s.lw(kb) {
	case "in", "as", "from", "after", "and", "on", ",", ".", ";":
		return true
	}
	return false
}

// jobTitleRun reports whether the capitalized words ending at token j are
// a job's title written alone, joined by "of", "and" or "for": "Chief
// Operating Officer and Group President", "Chief of Research". A title's
// head is among them, no person's name is, and the word before the first
// is in lower case, not "the" ("the President at Camp David"), or a
// comma.
func (s *state) jobTitleRun(j int) bool {
	head, i := false, j
	for ; i >= 0 && i > j-8 && s.sentOf[i] == s.sentOf[j]; i-- {
		if s.capLike(i) {
			if m := s.mentAt(i); m != nil && m.ent.typ == annals.Person || gazetteer.IsGivenName(s.word(i)) && !s.is(i, cTitleHeads) {
				return false
			}
			head = head || s.is(i, cTitleHeads)
			continue
		}
		if w := s.lw(i); (w == "of" || w == "and" || w == "for") && i < j && s.capLike(i-1) {
			continue
		}
		break
	}
	if !head || i < 0 || s.sentOf[i] != s.sentOf[j] {
		return false
	}
	return s.word(i) == "," || s.toks[i].Kind == text.Word && !text.IsCap(s.word(i)) && s.lw(i) != "the"
}

// employerOf reports whether the name at token k follows "of" right after
// a company's office: "CEO of Citi", "Founder and Chairman of
// Fortescue", "CIO and CFO of Alphabet".
func (s *state) employerOf(k int) bool {
	return s.lw(k-1) == "of" && s.is(k-2, cCompanyOffices) && text.IsCap(s.word(k-2))
}

// employerSetOff reports whether the name at tokens k to b follows a
// title set off by commas after a person's name and ends where the
// sentence, the line or the apposition does: "Navrina Singh, Founder,
// Credo AI:", "Jane Doe, President and CEO, Acme, said", "John Gale, Vice
// President of Policy and Government Relations, Backcountry Hunters and
// Anglers:". The title's words are capitalized but for the words that join
// them, and one is a title's head.
func (s *state) employerSetOff(k, b int) bool {
	if s.word(k-1) != "," || !text.IsCap(s.word(k-2)) {
		return false
	}
	// the whole name: nothing of it goes on past b ("President’s
	// Committee for People", "Research!America", "Bend the Arc")
	if b < len(s.toks) && !s.lineStart[b] && s.sentOf[b] == s.sentOf[b-1] {
		switch s.word(b) {
		case ":", "(", ";", "—", "–":
		case ".":
			// "..., President, Backcountry Hunters and Anglers."
			if b+1 < len(s.toks) && s.sentOf[b+1] == s.sentOf[b] {
				return false
			}
		case ",":
			// "Acme, said", "Grand Canyon Chapter, Sierra Club:"; not a
			// list going on ("Assistant Secretary of Planning,
			// Evaluation, and Policy Development", "King William, Louisa,
			// Madison")
			if !s.appositionEndsAfter(b+1) && !s.titledPersonNext(b+1) {
				return false
			}
		default:
			return false
		}
	}
	if isPossessive(s.word(b - 1)) {
		return false
	}
	return s.afterPersonTitle(k)
}

// titledPersonNext reports whether the next person of a list, with a
// title set off after the name, opens at token k: "and Tom Reed,
// President, " after "Navrina Singh, Founder, Credo AI, ".
func (s *state) titledPersonNext(k int) bool {
	if s.lw(k) != "and" {
		return false
	}
	e := k + 1
	for e < len(s.toks) && e < k+5 && s.sentOf[e] == s.sentOf[k] && text.IsCap(s.word(e)) && s.toks[e].Kind == text.Word {
		e++
	}
	return e > k+2 && e < len(s.toks) && s.word(e) == "," && s.titleAhead(e+1)
}

// titleAhead reports whether a title opens at token k: a title's head or
// modifier capitalized ("President", "Executive Director"), or one of
// titleStartsAt's.
func (s *state) titleAhead(k int) bool {
	return k < len(s.toks) && text.IsCap(s.word(k)) && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers)) || s.titleStartsAt(k)
}

// setOffBodyList returns the end of a body's name set off after a person
// and a title (see afterPersonTitle) when the name holds "and" or "&", or
// is a list of three fields or more closed by one, or 0: "Maria Lopez,
// Executive Director, Hispanics Enjoying Camping, Hunting, and the
// Outdoors", "Tom Reed, President, Backcountry Hunters and Anglers." The
// chunk of tokens a to b is the name's first field; a field is
// capitalized words and the "of" or "for" that join them, with no name
// the lists know and opening with no given name, and the name ends the
// sentence, the line or the apposition. A field set off by a title after
// it is a person's name ("..., and Tom Reed, President, ...").
func (s *state) setOffBodyList(a, b int) int {
	if b >= len(s.toks) || b-a > 6 || !s.afterPersonTitle(a) {
		return 0
	}
	// a portfolio goes on: "Minister of Trade, Industry and Energy"
	if w := s.lw(a - 3); (w == "of" || w == "for") && text.IsCap(s.word(a-2)) {
		return 0
	}
	// no name the lists know, office or given name: "Department of
	// Energy Carla Frisch, Acting Executive Director and ..."
	office := func(k int) bool {
		w := s.lw(k)
		return s.atomIdx(k) >= 0 || titleHeads.has(w) || titleModifiers.has(w) || gazetteer.IsGivenName(s.word(k))
	}
	for k := a; k < b; k++ {
		if office(k) || s.toks[k].Kind != text.Word {
			return 0
		}
	}
	// ends reports whether the name ends before token e
	ends := func(e int) bool {
		if e >= len(s.toks) || s.lineStart[e] || s.sentOf[e] != s.sentOf[e-1] {
			return true
		}
		switch s.word(e) {
		case ":", ";", "(", "—", "–":
			return true
		case ".":
			return e+1 >= len(s.toks) || s.sentOf[e+1] != s.sentOf[e]
		case ",":
			return !s.titleAhead(e + 1)
		}
		return false
	}
	// a field from token k: its end, or 0
	field := func(k int) int {
		if k < len(s.toks) && s.lw(k) == "the" {
			k++
		}
		if k >= len(s.toks) || s.sentOf[k] != s.sentOf[a] || s.lineStart[k] || s.toks[k].Kind != text.Word ||
			!text.IsCap(s.word(k)) || gazetteer.IsGivenName(s.word(k)) || s.is(k, cTitleHeads) {
			return 0
		}
		e := k
		for e < len(s.toks) && e < k+5 && s.sentOf[e] == s.sentOf[k] && !s.lineStart[e] {
			if office(e) {
				return 0
			}
			if text.IsCap(s.word(e)) && s.toks[e].Kind == text.Word {
				e++
			} else if (s.lw(e) == "of" || s.lw(e) == "for") && e+1 < len(s.toks) && text.IsCap(s.word(e+1)) {
				e++
			} else {
				break
			}
		}
		return e
	}
	// "Backcountry Hunters and Anglers": "and" inside the chunk, not
	// between two bodies ("National Restaurant Association and
	// Educational Foundation") nor before the body a field is of
	// ("Policy and Advocacy of UnidosUS"), ending the sentence, the line
	// or the apposition before a word in lower case or the next titled
	// person ("Border and Immigration Policy, Department of Homeland
	// Security" is an office's field)
	for k := a + 1; k < b-1; k++ {
		if s.lw(k) != "and" && s.word(k) != "&" {
			continue
		}
		if s.is(k-1, cOrgHeads) {
			return 0
		}
		for x := k + 1; x < b; x++ {
			if w := s.lw(x); w == "of" || w == "for" || w == "at" {
				return 0
			}
		}
		if s.word(b) != "," && ends(b) || s.word(b) == "," && (b+1 < len(s.toks) && s.toks[b+1].Kind == text.Word && !text.IsCap(s.word(b+1)) && s.lw(b+1) != "and" && s.lw(b+1) != "or" || s.titledPersonNext(b+1)) {
			return b
		}
		return 0
	}
	k, fields := b, 1
	for k < len(s.toks) && (s.word(k) == "," || fields >= 2 && (s.lw(k) == "and" || s.word(k) == "&")) {
		start, closing := k+1, s.word(k) != ","
		if !closing && start < len(s.toks) && (s.lw(start) == "and" || s.word(start) == "&") {
			start, closing = start+1, true
		}
		e := field(start)
		if e == 0 {
			return 0
		}
		fields++
		if closing {
			if fields >= 3 && ends(e) {
				return e
			}
			return 0
		}
		k = e
	}
	return 0
}

// afterPersonTitle reports whether token k follows a title set off by
// commas after a person's name: "Navrina Singh, Founder, " (see
// employerSetOff). The title's words are capitalized but for the words
// that join them, and one is a title's head.
func (s *state) afterPersonTitle(k int) bool {
	if s.word(k-1) != "," || !text.IsCap(s.word(k-2)) {
		return false
	}
	// the title: capitalized words and the words that join them, one of
	// them a title's head ("Vice President of Policy and Government
	// Relations")
	j, head := k-1, false
	for j > k-12 && j > 0 && s.sentOf[j-1] == s.sentOf[k] {
		w := s.lw(j - 1)
		if text.IsCap(s.word(j-1)) && s.toks[j-1].Kind == text.Word {
			head = head || titleHeads.has(w)
		} else if w != "and" && w != "&" && w != "of" && w != "for" && w != "the" {
			break
		}
		j--
	}
	if !head || !text.IsCap(s.word(j)) || s.word(j-1) != "," {
		return false
	}
	m := s.mentAt(j - 2)
	return m != nil && m.b == j-1 && m.ent.typ == annals.Person
}

// particleInside reports whether a particle of a name ("de", "van",
// "bin") in lower case stands between the first and the last of tokens a
// to b.
func (s *state) particleInside(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if nameParticles.has(s.word(k)) {
			return true
		}
	}
	return false
}

// personPronounAfter reports whether "him", "his" or "her" follows token
// k in its sentence, no other name between: what the words after a name
// say of a person.
func (s *state) personPronounAfter(k int) bool {
	for ; k < len(s.toks) && s.sentOf[k] == s.sentOf[k-1]; k++ {
		switch s.lw(k) {
		case "him", "his", "her":
			return true
		}
		if text.IsCap(s.word(k)) {
			return false
		}
	}
	return false
}

// appositionEndsAfter reports whether the words from token k, after a
// comma, close an apposition rather than go on with a list: a word in
// lower case but "and" and "or" ("Acme, said"), or capitalized words
// ending the line, the sentence or before a colon or a bracket ("Grand
// Canyon Chapter, Sierra Club:"), not before another comma.
func (s *state) appositionEndsAfter(k int) bool {
	if k >= len(s.toks) || s.lineStart[k] || s.sentOf[k] != s.sentOf[k-1] {
		return false
	}
	if w := s.word(k); !text.IsCap(w) {
		return s.toks[k].Kind == text.Word && w != "and" && w != "or"
	}
	for end := k + 8; k < len(s.toks) && k < end; k++ {
		if k > 0 && (s.lineStart[k] || s.sentOf[k] != s.sentOf[k-1]) {
			return true
		}
		w := s.word(k)
		if text.IsCap(w) && s.toks[k].Kind == text.Word || w == "of" || w == "and" || w == "for" || w == "the" || w == "&" {
			continue
		}
		return w == ":" || w == "(" || w == "." || w == "—" || w == "–"
	}
	return k >= len(s.toks)
}

// companyOffices are the offices only companies and firms have.
var companyOffices = set("ceo", "co-ceo", "cfo", "coo", "cio", "cto", "chairman", "chairwoman", "founder", "co-founder", "cofounder")

// placeWordIn reports whether a word of tokens a to b is a place's head
// or opens a town's name ("County", "Island", "Falls", "Fort").
func (s *state) placeWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lw(k); placeHeads.has(w) || placePlurals.has(w) || placeNouns.has(w) || townWords.has(w) {
			return true
		}
	}
	return false
}

// workWords tell of a job: "roles at", "worked at", "a career at".
var workWords = set("role", "roles", "position", "positions", "worked", "works", "working", "career", "job", "jobs",
	"employed", "engineer", "executive", "manager", "intern", "internship", "joined",
	"associate", "partner", "counsel", "attorney", "lawyer", "consultant", "analyst", "economist", "researcher", "scientist",
	"officer", "director", "president")

// actsAsCompany reports whether the words at token k, after a name, tell
// what a company does: "is announcing", "has committed", "will invest",
// "will build", "plans to" (set off by commas or not: "Walmart, is
// committing", "Bechtel, which will build").
func (s *state) actsAsCompany(k int) bool {
	if s.word(k) == "," && s.word(k+1) != "" {
		k++
		// "Bechtel, which will build": a thing, not a person
		if s.lw(k) == "which" {
			k++
		}
	}
	switch s.lw(k) {
	case "is", "has", "will", "also", "today", "recently":
		k++
		if s.lw(k) == "also" || s.lw(k) == "been" {
			k++
		}
	}
	w := s.lw(k)
	if w == "invest" || w == "partner" || w == "donate" || w == "commit" || w == "pledge" || w == "announce" || w == "build" || w == "manufacture" {
		return s.lw(k-1) == "will"
	}
	return companyVerbs.has(w)
}

// titleSetOffAfter reports whether a comma at token k sets off a
// person's title: capitalized words, a possessive among them, up to a
// title's head within six words ("Acme Collective’s Director", "Vice
// Premier").
func (s *state) titleSetOffAfter(k int) bool {
	if s.word(k) != "," {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+6 && s.sentOf[j] == s.sentOf[k]; j++ {
		w := s.word(j)
		if w == "’s" || w == "'s" {
			continue
		}
		if !text.IsCap(w) {
			return false
		}
		if s.is(j, cTitleHeads) {
			// (the title's holder is no name after it: "At the Rio
			// Summit, President Biden joined")
			n := s.word(j + 1)
			return !text.IsCap(n) || s.is(j+1, cTitleHeads)
		}
	}
	return false
}

// productAfter reports whether the words at token k, after a name, are
// a product a company makes and sells: "vaccine", "doses", "formula",
// "aircraft", after a vaccine's disease or a model's number if any ("the
// Moderna COVID-19 vaccine", "Boeing 737 jets"), and not "in" after
// them ("Pfizer vaccine" is no vaccine made in a town named so: "doses
// in Kahului" puts it after the town).
func (s *state) productAfter(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	// (the disease or the model, its words joined: "COVID-19", "737")
	p := k
	for j := k; j < k+3 && j < len(s.toks) && (j == k || s.toks[j-1].End == s.toks[j].Start); j++ {
		w := s.word(j)
		if s.toks[j].Kind != text.Number && w != "-" && !(looksAcronym(w) && text.IsAllCaps(w)) {
			break
		}
		p = j + 1
	}
	return p < len(s.toks) && productNouns.has(s.lw(p)) && s.toks[p].Kind == text.Word && !text.IsCap(s.word(p))
}

// productNouns are the goods a company makes that a town's name does
// not qualify: no "Texas vaccine", but "the Pfizer vaccine".
var productNouns = set("vaccine", "vaccines", "booster", "boosters", "formula", "aircraft", "airliner", "airliners", "jet", "jets", "jetliner", "jetliners",
	"airplanes", "drug", "drugs", "pill", "pills", "chips", "semiconductors", "smartphones", "stock", "shares", "shareholders", "executives")

// companySetOff reports whether the words at token k, after a name, set
// off what a company is: a comma, then a determiner, a possessive or
// adjectives in lower case, and a company's noun ("Tesla, America’s
// largest manufacturer of electric vehicles", "Proterra, a maker of
// electric buses", "Acme, the nation's biggest retailer").
func (s *state) companySetOff(k int) bool {
	if s.word(k) != "," {
		return false
	}
	// the apposition opens with a determiner or a possessive: not "Josh
	// and Shannon, it costs drug companies less", "for Northern Central
	// America, approximately 47 companies"
	switch w := s.lw(k + 1); {
	case w == "a" || w == "an" || w == "the" || w == "one" || w == "our" || w == "its":
	case text.IsCap(s.word(k+1)) && (isPossessive(s.word(k+1)) || s.word(k+2) == "’s" || s.word(k+2) == "'s"):
	default:
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+8 && s.sentOf[j] == s.sentOf[k]; j++ {
		w := s.lw(j)
		if companyNouns.has(w) && !text.IsCap(s.word(j)) {
			return true
		}
		if s.toks[j].Kind == text.Punct && !isPossessive(s.word(j)) && w != "’s" && w != "'s" && w != "-" || w == "of" || w == "in" || w == "and" || w == "which" || w == "who" {
			return false
		}
	}
	return false
}

// companyNouns name what a company is: "a manufacturer", "an automaker",
// "the retailer".
var companyNouns = set("company", "companies", "manufacturer", "maker", "automaker", "carmaker", "chipmaker", "drugmaker", "retailer",
	"firm", "corporation", "conglomerate", "startup", "start-up", "supplier", "producer", "airline", "airlines", "bank", "insurer")

// isDash reports whether w is a dash alone.
func isDash(w string) bool { return w == "—" || w == "―" || w == "–" || w == "-" }

// placePlurals end places' names in the plural besides the heads of
// placeHeads: "Western States", "Twin Falls", "Grand Rapids".
var placePlurals = set("states", "falls", "rapids", "springs", "hills", "lakes", "oaks", "pines", "woods", "plains", "flats",
	"keys", "isles", "roads", "wells", "fields", "bridges", "downs", "sands", "cliffs", "groves", "emirates", "balkans", "americas", "alps", "andes", "rockies", "forks", "meadows", "gardens", "palms", "shores")

// leaderPossessive reports whether the words at token k, after a name,
// are a possessive and what a leader owns: "’s war", "'s regime", "’s
// brutal invasion" (an adjective may stand between).
func (s *state) leaderPossessive(k int) bool {
	if w := s.word(k); w != "’s" && w != "'s" {
		if !isPossessive(s.word(k - 1)) {
			return false
		}
	} else {
		k++
	}
	for j := k; j < k+3 && j < len(s.toks); j++ {
		switch w := s.lw(j); {
		case w == "war" || w == "invasion" || w == "aggression" || leaderNouns.has(w) && w != "family" && w != "era":
			return true
		case s.toks[j].Kind != text.Word || text.IsCap(s.word(j)):
			return false
		}
	}
	return false
}

// nameAfterTitledBody reports whether token a, one word no list knows
// right before the tagger's person at token ka, follows the body a title
// is held in: "Secretary-General of ASEAN Kao Kim Hourn" is no "Kim
// Hourn" (the tagger reads "ASEAN Kao" as one modifier). The word opens
// the rules' name: a title's body is written before its holder's name,
// never inside it.
func (s *state) nameAfterTitledBody(a, ka int) bool {
	if ka-a != 1 || !s.nameWordNoListKnows(a) {
		return false
	}
	ai := s.atomIdx(a - 1)
	if ai < 0 || s.atoms[ai].Entry.Type != annals.Org || s.tokEndAt(s.atoms[ai].End) != a {
		return false
	}
	j := s.tokAt(s.atoms[ai].Start) - 1
	if s.lw(j) == "the" {
		j--
	}
	return s.lw(j) == "of" && j > 0 && s.is(j-1, cTitleHeads) && text.IsCap(s.word(j-1))
}

// foreignLeaderName reports whether the one word w is the name the lists
// of office holders give a president, a prime minister or a monarch of a
// country other than the United States, in office in the story's year
// or the five before it (any year when the story has none), and no
// given name. The United States' presidents and vice presidents since
// 1789 bear the names of towns, counties, universities and cars
// ("Jackson, Mississippi", "Polk", "Howard", "Lincoln electric
// vehicles"); a former leader abroad those of networks ("Fox’s hit
// drama", Vicente Fox) and children ("Cameron").
func (s *state) foreignLeaderName(w string) bool {
	if gazetteer.IsGivenName(w) {
		return false
	}
	year := yearOf(s.published)
	for _, h := range gazetteer.Holders(w) {
		if h.Of != "US" && listedOffices.has(officeForm(h.Office)) && (h.To == 0 || year == 0 || h.To >= year-5) {
			return true
		}
	}
	return false
}

// versusAt reports whether token k is the "v." or "vs." of a case at law
// ("Roe v. Wade") or a contest between a capitalized name before and
// after it.
func (s *state) versusAt(k int) bool {
	if k <= 0 || k+2 >= len(s.toks) {
		return false
	}
	w := s.word(k)
	return (w == "v" || w == "vs") && s.word(k+1) == "." && s.capLike(k-1) && s.capLike(k+2)
}

// formerWords say an office is no longer held; they open no name.
var formerWords = set("former", "then", "outgoing", "late")

// portfolioBeforePerson reports whether tokens [a,b) and the words after
// them up to a person the rules read are all a portfolio's words
// ("National Defense" before "Luis Cresencio Sandoval").
func (s *state) portfolioBeforePerson(a, b int) bool {
	j := a
	for j < a+6 && ((s.is(j, cPortfolioWords) || s.is(j, cTitleModifiers)) && s.capLike(j) || j > a && s.lw(j) == "and") {
		j++
	}
	if j < b || j == a {
		return false
	}
	m := s.mentAt(j)
	return m != nil && m.a == j && m.ent.typ == annals.Person
}

// portfolioOfCountry reports whether tokens [a,b) are a portfolio, "of"
// and a country: "Energy of Israel", "Defense and Veterans Affairs of the
// Republic of X".
func (s *state) portfolioOfCountry(a, b int) bool {
	j := a
	for j < b && j < a+5 && (s.is(j, cPortfolioWords) || j > a && s.lw(j) == "and") {
		j++
	}
	if j == a || j >= b || s.lw(j) != "of" {
		return false
	}
	j++
	if s.lw(j) == "the" {
		j++
	}
	return s.countryAtomEnd(j) == b
}

// groupAcronyms name people by their origin or identity, never a body:
// "AAPI communities", "BIPOC students".
var groupAcronyms = set("aapi", "aanhpi", "nhpi", "bipoc", "lgbt", "lgbtq", "lgbtqi", "lgbtqia", "aian")

// countOpeners open a count after its verb: "added about 70,000".
var countOpeners = set("about", "nearly", "almost", "more", "over", "some", "roughly", "approximately", "around", "another")

// afterRankClass returns the index in ts of the first word of the name
// after a rank's class in or just before the tagger's name sp ("Sergeant
// First Class [Heath Robinson]", "Petty Officer Second Class [Jane
// Roe]"), or 0: the class is an ordinal and "Class" after a capitalized
// word (the rank), and the name after it is a person's (the tagger's
// type, a given name the lists know, or two words the news writes
// capitalized). "First Class Package Service" names no one.
func (s *state) afterRankClass(ts taggerSentence, sp ner.Span, person bool) int {
	for i := max(sp.Start-1, 1); i < sp.End-2 && i < sp.Start+5; i++ {
		w := s.lower(ts.words[i].Word)
		if (w == "first" || w == "second" || w == "third") && ts.words[i+1].Word == "Class" && text.IsCap(ts.words[i].Word) && text.IsCap(ts.words[i-1].Word) &&
			text.IsCap(ts.words[i+2].Word) && (person || gazetteer.IsGivenName(ts.words[i+2].Word) || i+3 < sp.End && ner.NameLike(ts.words[i+2].Word) && ner.NameLike(ts.words[i+3].Word)) {
			return i + 2
		}
	}
	return 0
}

// unitHeads end the names of an army's units and of firms, never a
// person's: "7th Cavalry Regiment", "the Marwood Group".
var unitHeads = set("regiment", "division", "battalion", "brigade", "squadron", "group", "company")
