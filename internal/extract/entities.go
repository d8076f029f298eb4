package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/text"
)

// mkind says how a mention names its entity.
type mkind uint8

const (
	mName    mkind = iota // a full name ("United Nations", "Ban Ki-moon")
	mAcronym              // an acronym ("UNAOC")
	mShort                // a surname or a back-reference ("Mr. Ban", "the Alliance")
	mItem                 // an item of a list under one plural head ("State" of "the Departments of State and Defense"): no form of the name
)

// mention is one place where the text names an entity.
type mention struct {
	start, end int // text offsets, possessive excluded
	a, b       int // token range
	ent        *ent
	kind       mkind
}

// ent is an entity of the story under construction.
type ent struct {
	typ    annals.EntityType
	key    string
	name   string // fullest form
	entry  *gazetteer.Entry
	forms  []string // surface forms in text order, deduplicated
	ments  []*mention
	former []annals.FormerName // earlier names the story gives
}

func (e *ent) addForm(f string) {
	for _, g := range e.forms {
		if g == f {
			return
		}
	}
	e.forms = append(e.forms, f)
}

// worldRegion reports whether e is a region of the world, a sea or an
// ocean ("Indo-Pacific", "Middle East", "Black Sea"): a region the
// gazetteer puts in no country, unlike a state or province.
func (e *ent) worldRegion() bool {
	return e.entry != nil && e.entry.Kind == gazetteer.Region && e.entry.Country == ""
}

// isCountry reports whether e is a country.
func (e *ent) isCountry() bool {
	return e.entry != nil && e.entry.Kind == gazetteer.Country
}

// findEntities finds the entities of the story in three passes: capitalized
// chunks classified with the gazetteer and the patterns, acronym
// definitions, then short references (acronyms, surnames, back-references)
// to the entities found so far. People named by a surname only are merged
// into the person whose full name contains it.
func (s *state) findEntities() {
	s.markQuoteZones()
	// a name does not run across a line the writer ended on purpose
	// ("Jim Adams" above "WASHINGTON 1996-08-31", a table's rows)
	s.lineStart = make([]bool, len(s.toks))
	for _, off := range s.lineBreaks() {
		if k := s.tokAt(off); k < len(s.toks) {
			s.lineStart[k] = true
		}
	}
	atoms := s.markURLs(s.x.gaz.Match(s.text))
	s.atoms = atoms
	for ai, a := range atoms {
		for k := s.tokAt(a.Start); k < len(s.toks) && s.toks[k].Start < a.End; k++ {
			s.atomAt[k] = ai
		}
	}
	s.entByKey = map[string]*ent{}
	s.skipAtom = map[int]bool{}
	// acronyms the story defines ("West African Coastal Observatory (WACO)")
	// win over a list name written the same way (the city of Waco)
	s.definedAcr = map[string]bool{}
	for i := 1; i+1 < len(s.toks); i++ {
		if s.word(i-1) == "(" && s.word(i+1) == ")" && looksAcronym(s.word(i)) && text.IsAllCaps(s.word(i)) {
			s.definedAcr[s.word(i)] = true
		}
	}
	for ai, a := range atoms {
		// "Ana Isabel de Alba": an acronym's letters written as a word
		// after a particle of a name are a surname, not ALBA
		surname := a.Acronym && !text.IsAllCaps(a.Surface) && s.is(s.tokAt(a.Start)-1, cNameParticles) && s.tokAt(a.Start) > 0
		// "US$ 150 million", "NZ$40": a country's letters glued to a
		// dollar sign write a currency, no place
		currency := a.End < len(s.text) && s.text[a.End] == '$'
		// "the USS North Carolina", "HMS Prince of Wales": a ship named
		// after a place, no place
		ship := s.tokAt(a.Start) > 0 && shipPrefixes.has(s.word(s.tokAt(a.Start)-1))
		if surname || currency || ship || !a.Acronym && s.definedAcr[a.Surface] {
			s.skipAtom[ai] = true
			for k := s.tokAt(a.Start); k < len(s.toks) && s.toks[k].Start < a.End; k++ {
				s.atomAt[k] = -1
			}
		}
	}
	s.readHomonyms()
	s.datelinePlace()
	listed := 0 // the tokens before it are a list of bodies (bodyList)
	firms, fi := s.firmNames(), 0
	for _, c := range s.chunks() {
		a := max(c[0], listed)
		// the partners' names of a firm are read (firmNames)
		for fi < len(firms) && firms[fi][1] <= a {
			fi++
		}
		if fi < len(firms) && firms[fi][0] <= a {
			a = firms[fi][1]
		}
		if a < c[1] {
			// "in the counties of Bedford, Cannon, and Coffee", "in Adams
			// and Clark Counties"
			if e := s.placeList(a); e > a {
				listed = e
				continue
			}
			// "Maria Lopez, Executive Director, Hispanics Enjoying
			// Camping, Hunting, and the Outdoors"
			if e := s.setOffBodyList(a, c[1]); e > a {
				start, end := s.toks[a].Start, s.toks[e-1].End
				name := clean(s.text[start:end])
				s.addMention(s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil), a, e, start, end, mName)
				listed = e
				continue
			}
		}
		// "Representatives Jason Smith and Panetta": people after a title
		// in the plural (peoplelists.go)
		for k := a; k < c[1]; k++ {
			if !s.is(k, cPluralPersonTitles) {
				continue
			}
			if e := s.titledPeople(k); e > k {
				s.classify(a, s.titleRunStart(a, k))
				listed, a = e, e
				break
			}
		}
		// "Officials of the Departments of Labor and State": the words
		// before the list are read on their own
		for k := a; k < c[1]; k++ {
			if pluralBodyHeads[s.lw(k)] == "" {
				continue
			}
			if e := s.bodyList(k); e > k {
				s.classify(a, k)
				listed, a = e, e
				break
			}
		}
		if a < c[1] {
			s.classify(a, c[1])
		}
	}
	s.acronymDefinitions()
	// atoms the chunks did not use: gazetteer names standing alone
	for ai, a := range atoms {
		if a.Demonym || s.skipAtom[ai] {
			continue
		}
		ka, kb := s.tokAt(a.Start), s.tokEndAt(a.End)
		if ka >= kb || s.covered(ka, kb) || s.adjectival(a, ka, kb) {
			continue
		}
		_ = ai
		s.addAtom(a, ka, kb)
	}
	s.tagNames()
	s.shortReferences()
	s.renames()
	s.shortForms()
	s.mergePeople()
	s.bodiesReadAsPeople()
	s.oneSensePlaces()
	s.dropCompoundNames()
	s.dropAddresses()
	s.dropDocumentNames()
}

// docNameHeads head the names of documents, plans and strategies: no
// body, and never a party to what is signed ("the Joint Framework for
// Enhanced Partnership in Peace and Security", "the Strategy for Regional
// Development", "the Charter for Regional Peace").
var docNameHeads = set("framework", "strategy", "plan", "charter", "declaration", "roadmap", "road-map", "agenda",
	"treaty", "accord", "pact", "protocol", "communique", "communiqué", "blueprint")

// dropDocumentNames drops the organizations no list knows whose name's
// head, the word before its first "for", "on", "of", "in" or "to" or else
// its last word, names a document ("Framework for Cooperation on Trade",
// "Action Plan for Fisheries Management"); "Alliance for Strategy
// Research", "Plan International" keep theirs.
func (s *state) dropDocumentNames() {
	var drop []*ent
	for _, e := range s.ents {
		if e.typ != annals.Org || e.entry != nil || len(e.ments) == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		head := ""
		for i, w := range ws {
			if i > 0 && (w == "for" || w == "on" || w == "of" || w == "in" || w == "to") {
				head = ws[i-1]
				break
			}
		}
		if head == "" {
			head = ws[len(ws)-1]
		}
		// (one the story defines an acronym for acts as a body of its
		// members: "the Indo-Pacific Economic Framework for Prosperity
		// (IPEF) Supply Chain Agreement")
		if docNameHeads.has(lower(head)) && !slices.ContainsFunc(e.ments, func(m *mention) bool { return m.kind == mAcronym || s.word(m.b) == "(" }) {
			drop = append(drop, e)
		}
	}
	for _, e := range drop {
		for len(e.ments) > 0 {
			s.dropMention(e.ments[len(e.ments)-1])
		}
	}
}

// strictBodyHeads end the names of bodies and never a person's:
// "George Mason University", "the Courtroom Advocates Project".
var strictBodyHeads = set("university", "college", "school", "institute", "administration", "department",
	"agency", "commission", "committee", "foundation", "project", "association", "corporation",
	"hospital", "museum", "library", "academy", "bureau", "center", "centre", "laboratory", "laboratories",
	"partners", "studios", "united") // "Global Infrastructure Partners", "Esperanza United"

// bodiesReadAsPeople gives back to organizations the names a rule or the
// tagger read as people's though they end with the head of a body's name
// ("George Mason University" after a cue, "Highway Traffic Safety
// Administration" after a title): the organization of that name, the
// story's if it names it so already.
func (s *state) bodiesReadAsPeople() {
	for _, e := range s.ents {
		if !bodyReadAsPerson(e) || len(e.ments) == 0 {
			continue
		}
		o := s.entity("org:"+gazetteer.Normalize(e.name), annals.Org, e.name, nil)
		if o.typ != annals.Org {
			continue
		}
		for _, m := range e.ments {
			m.kind = mName
		}
		s.mergeEnt(e, o)
	}
	s.dropEmptyEnts()
}

// bodyReadAsPerson reports whether person e, named by no list, has a
// name of more than one word that ends in a word only bodies' names end
// in: bodiesReadAsPeople gives it back to the organizations, and no word
// of its name is a person's short form meanwhile ("Latino" after
// "Nathalie Rayes, President and CEO, Latino Victory Project").
func bodyReadAsPerson(e *ent) bool {
	if e.typ != annals.Person || e.entry != nil {
		return false
	}
	i := strings.LastIndexByte(e.name, ' ')
	if i < 0 {
		return false
	}
	last := e.name[i+1:]
	return strictBodyHeads.has(strings.ToLower(last)) && text.IsCap(last)
}

// dropCompoundNames removes the mentions of places and organizations
// written as the first part of a compound adjective, one word as
// CoNLL-2003 writes it: "Boston-based", "Moscow-backed", "an Amman-bound
// plane", "the U.S.-led force" qualify a noun; they do not name the
// place. An entity left with no mention leaves the story.
func (s *state) dropCompoundNames() {
	var drop []*mention
	for _, e := range s.ents {
		if e.typ != annals.Place && e.typ != annals.Org {
			continue
		}
		for _, m := range e.ments {
			if compoundAt(s.text, m.start, m.end) {
				drop = append(drop, m)
			}
		}
	}
	for _, m := range drop {
		s.dropMention(m)
	}
}

// compoundAt reports whether the name t[start:end] opens a compound
// adjective: a hyphen follows, then letters in lower case to the end of
// the word ("-based", "-born", "-led"), and no hyphen comes before it.
func compoundAt(t string, start, end int) bool {
	if end+1 >= len(t) || t[end] != '-' || start > 0 && t[start-1] == '-' {
		return false
	}
	k := end + 1
	for k < len(t) && (t[k] >= 'a' && t[k] <= 'z' || t[k] == '-' && k+1 < len(t) && t[k+1] >= 'a' && t[k+1] <= 'z') {
		k++
	}
	if k == end+1 || t[end+1] < 'a' || t[end+1] > 'z' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return k == len(t) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// datelinePlace reads the place of a dateline: words in capitals opening
// the dateline paragraph before a comma ("MOBILE, Ala., November 5, 2019",
// "KATHMANDU –"), whatever the lists say of them.
func (s *state) datelinePlace() {
	if s.dateline < 0 {
		return
	}
	a, b := s.sentTok[s.dateline][0], s.sentTok[s.dateline][1]
	e := a
	for e < b && e-a < 4 && s.toks[e].Kind == text.Word && text.IsAllCaps(s.word(e)) && s.dateAt(e) < 0 {
		e++
	}
	if e == a || e >= b || s.word(e) != "," && s.word(e) != "–" && s.word(e) != "-" && s.word(e) != "—" {
		return
	}
	if ai := s.atomIdx(a); ai >= 0 && s.atoms[ai].Entry.Type != annals.Place {
		return
	}
	if ai := s.atomIdx(a); ai >= 0 && s.tokEndAt(s.atoms[ai].End) == e {
		s.addAtom(s.atoms[ai], a, e)
		return
	}
	name := personCase(clean(s.text[s.toks[a].Start:s.toks[e-1].End]))
	pe := s.entity("place:"+gazetteer.Normalize(name), annals.Place, name, nil)
	s.addMention(pe, a, e, s.toks[a].Start, s.toks[e-1].End, mName)
}

// markURLs marks the tokens of the web addresses written in the text
// (text.URLs) and returns the gazetteer's matches without the ones inside
// them: a slug or a path ("The-White-House-Plan.pdf", "/kyiv-office")
// names nothing, and no rule reads a name there (capLike).
func (s *state) markURLs(atoms []gazetteer.Match) []gazetteer.Match {
	if len(s.urls) == 0 {
		return atoms
	}
	for _, sp := range s.urls {
		for k := s.tokAt(sp[0]); k < len(s.toks) && s.toks[k].Start < sp[1]; k++ {
			s.inURL[k] = true
			s.capTok[k] = false
		}
	}
	out := atoms[:0]
	for _, m := range atoms {
		if !inSpans(s.urls, m.Start, m.End) {
			out = append(out, m)
		}
	}
	return out
}

// markQuoteZones marks the tokens of quoted titles: a quotation right after
// "titled", "called", "theme" and the like, or one whose words are mostly
// capitalized. Patterns do not invent entities there (gazetteer names still
// count).
func (s *state) markQuoteZones() {
	open := -1
	for i := range s.toks {
		w := s.word(i)
		switch w {
		case "“", "‘", "\"", "«":
			if open < 0 || w != "\"" {
				open = i
				continue
			}
			fallthrough
		case "”", "’", "»":
			if open < 0 {
				continue
			}
			a, b := open+1, i
			open = -1
			if b-a < 1 || b-a > 40 {
				continue
			}
			// "Kathryn “Kit” Matthew": a nickname inside a name, no title
			if s.nicknameAt(a - 1) {
				continue
			}
			caps, words := 0, 0
			for k := a; k < b; k++ {
				if s.toks[k].Kind == text.Word {
					words++
					if text.IsCap(s.word(k)) {
						caps++
					}
				}
			}
			prev := s.lw(a - 2)
			titled := prev == "titled" || prev == "entitled" || prev == "called" || prev == "named" || prev == "theme" || prev == "title" || prev == "dubbed" || prev == "slogan" || prev == "motto"
			if titled || (words > 0 && caps*3 >= words*2) {
				for k := a; k < b; k++ {
					s.quoteZone[k] = true
				}
			}
		}
	}
}

// capLike reports whether token i may be part of a capitalized name; like
// word and lw it is false outside the story, so rules may look one past a
// sentence's last token.
//
// It is a word that begins with a capital, is not part of a date and
// not inside a web address: capTok, set for the capitalized words when
// the state is made and cleared where the dates (findDates) and the web
// addresses (markURLs) are marked. The rules ask it some ten million
// times over 1,000 stories, and reading the token, its date, its
// address and its word each time was 2.5% of an extraction.
func (s *state) capLike(i int) bool {
	return uint(i) < uint(len(s.capTok)) && s.capTok[i]
}

// chunks returns the token ranges of capitalized phrases: runs of
// capitalized words, joined by lower-case connectors ("of", "for the") and
// by the period of an honorific ("Mr."), never across sentences.
// questionMark reports whether token i is the "Q" that opens a
// reporter's question in a briefing's transcript ("Q President Biden has
// not spoken to President Putin"): a letter alone at the start of a line,
// not part of the name after it.
func (s *state) questionMark(i int) bool {
	return s.word(i) == "Q" && (i == 0 || s.lineStart[i]) && i+1 < len(s.toks) && !s.lineStart[i+1] && s.toks[i+1].Start > s.toks[i].End
}

func (s *state) chunks() [][2]int {
	var out [][2]int
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !s.capLike(i) || s.questionMark(i) {
			continue
		}
		j := i + 1
		for j < n && s.sentOf[j] == s.sentOf[i] && !s.lineStart[j] {
			// "People's Republic of China": a known name with a possessive
			if isPossessive(s.word(j-1)) && !s.possessiveInName(j-1) && (s.atomIdx(j) < 0 || s.atomIdx(j-1) != s.atomIdx(j)) {
				break
			}
			// "Legislators' Dialogue" with the apostrophe a token of its own
			if w := s.word(j); (w == "'" || w == "’") && s.toks[j-1].End == s.toks[j].Start && s.possessiveInName(j-1) {
				j++
				continue
			}
			if s.capLike(j) {
				j++
				continue
			}
			// "Kathryn “Kit” Matthew": a nickname in quotes inside a name
			if s.nicknameAt(j) {
				j += 3
				continue
			}
			// "Mohammed Shia’ al-Sudani": a transliterated letter (hamza,
			// ayin) closes a word that is no plural possessive and the
			// name goes on
			if s.nameApostrophe(i, j) {
				j++
				continue
			}
			// "Abdel Fattah el-Sisi": a particle joined by a hyphen to the
			// name it opens
			if s.particleName(j) {
				j++
				continue
			}
			// "ROS-LEHTINEN", "U.S.-Turkish": names joined by a hyphen
			if s.hyphenJoin(j) {
				j += 2
				continue
			}
			// "Division of Global HIV/AIDS": words joined by a slash in the
			// complement of a name (not "UN/AU", two names; not
			// "USAID/Indonesia", a known name after the slash)
			if s.slashJoin(j) && s.hasConnector(i, j) && !s.atomStarts(j+1) && s.atomIdx(j-1) < 0 {
				j += 2
				continue
			}
			if s.word(j) == "." && (s.is(j-1, cHonorifics) || isInitial(s.word(j-1)) || s.lw(j-1) == "jr" || s.lw(j-1) == "sr") && j+1 < n && s.capLike(j+1) {
				j++
				continue
			}
			// "the U.S. Embassy in Kazakhstan": a post abroad is named for
			// where it is
			if s.lw(j) == "in" && s.is(j-1, cDiplomaticPosts) && j+1 < n && s.capLike(j+1) {
				j++
				continue
			}
			if s.connectorAt(j) && s.toks[j].Kind == text.Word || s.word(j) == "&" {
				// "... Council & The Honorable Kurt Campbell", "Affairs &
				// Mr. X": an honorific opens another name
				if s.honorificAt(j+1) || s.lw(j+1) == "the" && s.honorificAt(j+2) {
					break
				}
				if j+1 < n && s.capLike(j+1) {
					j++
					continue
				}
				if j+2 < n && s.connectorAt(j+1) && s.capLike(j+2) {
					j += 2
					continue
				}
			}
			break
		}
		j = s.topicList(i, j)
		out = append(out, [2]int{i, j})
		i = j - 1
	}
	return out
}

// nicknameAt reports whether the tokens from j are a nickname in quotes
// inside a person's name, after a given name and before the surname:
// "Kathryn “Kit” Matthew", "Charles "Chuck" Hagel", "President Benigno
// “Noynoy” Aquino III". The quotes hug one capitalized word, and the word
// before them is no common word nor the head of a title, a body or a
// place ("Minister “X” Lee" is none).
func (s *state) nicknameAt(j int) bool {
	if j < 1 || j+3 >= len(s.toks) || s.sentOf[j+3] != s.sentOf[j-1] {
		return false
	}
	if o, c := s.word(j), s.word(j+2); !(o == "“" && c == "”" || o == "\"" && c == "\"") {
		return false
	}
	for _, k := range [...]int{j - 1, j + 1, j + 3} {
		if s.toks[k].Kind != text.Word || !text.IsCap(s.word(k)) {
			return false
		}
	}
	if s.toks[j].End != s.toks[j+1].Start || s.toks[j+1].End != s.toks[j+2].Start {
		return false
	}
	g := s.lw(j - 1)
	if s.lowerSeen.has(g) || orgHeads.has(g) || placeHeads.has(g) || isTitleHead(g) || titleModifiers.has(g) || honorifics.has(g) {
		return false
	}
	// the name opens there, after a title or a first given name ("Mary
	// Kathryn “Kit” ..."), not inside another name ("the White House
	// Easter “EGGucation” Roll")
	p := s.lw(j - 2)
	return j < 2 || s.toks[j-2].Kind != text.Word || !text.IsCap(s.word(j-2)) || s.lowerSeen.has(p) || sentenceOpeners.has(p) || honorifics.has(p) || isTitleHead(p) || titleModifiers.has(p) || gazetteer.IsGivenName(s.word(j-2))
}

// titleBeforeIsPersonal reports whether the word before token k is a
// capitalized title head or honorific that only a person bears ("General",
// "Secretary", "Senator", "Mr."), not one a place or a body may follow.
func (s *state) titleBeforeIsPersonal(k int) bool {
	p := k - 1
	if s.word(p) == "." {
		p--
	}
	// "Secretary of Defense", "Minister of Foreign Affairs": an office's
	// portfolio after "of"
	q := p
	for q > 0 && p-q < 3 && s.capLike(q) && s.is(q, cPortfolioWords) {
		q--
	}
	if q < p && s.lw(q) == "of" && q > 0 && text.IsCap(s.word(q-1)) && s.is(q-1, cTitleHeads) {
		return true
	}
	w := s.lw(p)
	return text.IsCap(s.word(p)) && (titleHeads.has(w) || honorifics.has(w)) && !orgHeads.has(w)
}

// surnameShape reports whether w is written as a surname is: a capital,
// then lower-case letters ("Chad", not "U.S." nor "UAE").
func surnameShape(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(w) > 1
}

// particleName reports whether token j is a name opened by a lower-case
// particle and a hyphen, written as one word: "al-Sudani", "el-Sisi".
func (s *state) particleName(j int) bool {
	return s.toks[j].Kind == text.Word && particleWord(s.word(j))
}

// particleWord reports whether w is a lower-case name particle joined by a
// hyphen to a capitalized name: "al-Sudani", "el-Sisi", "bin-Talal".
func particleWord(w string) bool {
	particle, rest, ok := splitParticle(w)
	if !ok || !nameParticles.has(particle) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// splitParticle splits the word w into a name particle in any case and
// the name after its hyphen ("al" and "Sudani" of "al-Sudani", "Al" and
// "Sudani" of "Al-Sudani"); the particles are short and ASCII, so the
// hyphen is looked for among the first few bytes only.
func splitParticle(w string) (particle, rest string, ok bool) {
	for i := 1; i < len(w) && i <= 5; i++ {
		size := 0
		if w[i] == '-' {
			size = 1
		} else if w[i] == 0xE2 && strings.HasPrefix(w[i:], "‑") {
			size = len("‑")
		}
		if size == 0 {
			continue
		}
		if i+size < len(w) && nameParticles.has(strings.ToLower(w[:i])) {
			return w[:i], w[i+size:], true
		}
		return "", "", false
	}
	return "", "", false
}

// nameApostrophe reports whether token j, in the chunk opened at i, is an
// apostrophe that writes a transliterated letter at the end of a name's
// word ("Shia’" in "Mohammed Shia’ al-Sudani"): glued to a word that is no
// plural possessive (not ending in s, x or z), with the name going on
// after a space, and no opening quote before the chunk that it would close
// ("‘Iron Dome’ Program").
func (s *state) nameApostrophe(i, j int) bool {
	if w := s.word(j); w != "’" && w != "'" || j+1 >= len(s.toks) || s.sentOf[j+1] != s.sentOf[j] {
		return false
	}
	if s.toks[j-1].End != s.toks[j].Start || s.toks[j].End == s.toks[j+1].Start || s.toks[j-1].Kind != text.Word {
		return false
	}
	prev := s.lw(j - 1)
	if prev == "" || strings.ContainsAny(prev[len(prev)-1:], "sxz") {
		return false
	}
	if q := s.word(i - 1); q == "‘" || q == "'" || q == "’" {
		return false
	}
	return s.capLike(j+1) && !s.atomStarts(j+1) || s.particleName(j+1)
}

// honorificAt reports whether token k is an honorific written as one:
// "Mr." with its period, or a word of its own ("Honorable"); not the "M"
// of "A&M".
func (s *state) honorificAt(k int) bool {
	w := s.lw(k)
	return honorifics.has(w) && (s.word(k+1) == "." || len(w) > 3)
}

// topicList returns the end of the chunk [a,b) extended over the list of
// topics a body is named for: "Subcommittee on International
// Organizations, Human Rights, and Oversight", "Bureau of Alcohol,
// Tobacco, Firearms and Explosives", "Council on Sports, Fitness &
// Nutrition". The chunk must name a body's topic ("Subcommittee on",
// "Bureau of", "Program for"), and the list go on with commas and close
// with "and" or "&", after a comma or inside the last item at the end of
// the name; its items are capitalized words that are no known name and no
// title ("Committee on Foreign Affairs, Germany, and France" and "...,
// Senator X, and" are not lists of topics).
func (s *state) topicList(a, b int) int {
	on := -1
	for k := a + 1; k < b; k++ {
		w, h := s.lw(k), s.lw(k-1)
		if w == "on" && topicBodies.has(h) || (w == "of" || w == "for") && fieldBodies.has(h) {
			on = k
		}
	}
	if on < 0 || on+1 >= b {
		return b
	}
	// the chunk ends with its first topic ("Bureau of Democracy", not
	// "Office of Budget Director Ann Vole")
	for k := on + 1; k < b; k++ {
		if !s.topicWord(k) && !s.connectorAt(k) {
			return b
		}
	}
	j := b
	for n := 0; n < 8; n++ {
		if s.word(j) != "," {
			return b
		}
		k := j + 1
		closing := s.lw(k) == "and"
		if closing {
			k++
		}
		e, inner := k, false
		for e < len(s.toks) && s.sentOf[e] == s.sentOf[a] && (s.topicWord(e) || e > k && s.connectorAt(e) && s.capLike(e+1)) {
			inner = inner || e > k && (s.lw(e) == "and" || s.word(e) == "&")
			e++
		}
		if e == k || e-k > 5 {
			return b
		}
		// "..., and Oversight" after two topics at least (", and Memorial"
		// after one closes a list of names), or "..., Firearms and
		// Explosives in 2004": the last item, at the name's end
		if (closing && n > 0 || inner && !closing && s.word(e) != ",") && !s.capLike(e) {
			return e
		}
		if closing {
			return b
		}
		j = e
	}
	return b
}

// topicBodies are named for the topics they deal with: "Committee on
// Foreign Affairs".
var topicBodies = set("committee", "subcommittee", "commission", "caucus", "council", "panel", "task", "force", "group", "conference")

// fieldBodies are named "of" or "for" the fields they serve: "Bureau of
// Alcohol, Tobacco, Firearms and Explosives", "Program for Women, Infants,
// and Children" (a university "of" a place is not).
var fieldBodies = set("bureau", "office", "department", "ministry", "directorate", "program", "programme", "center", "centre",
	"council", "commission", "committee", "subcommittee", "agency", "institute", "federation", "division", "school")

// topicWord reports whether token k may be a word of a topic in a body's
// name: a capitalized word ("Tobacco", not "ITHAKA" or "MoMA") that is no
// known name, given name, title, head of a name in the singular, head of
// a document's name ("Protocol") or possessive.
func (s *state) topicWord(k int) bool {
	if !s.capLike(k) || s.atomIdx(k) >= 0 {
		return false
	}
	w, l := s.word(k), s.lw(k)
	if len(w) > 1 && text.IsAllCaps(w) || strings.ContainsFunc(w[1:], unicode.IsUpper) || isPossessive(w) {
		return false
	}
	// a plural head may be a topic ("International Organizations")
	return !titleHeads.has(l) && !honorifics.has(l) && !singularHead(l) && l != "administration" && !documentHeads.has(l) && !gazetteer.IsGivenName(w)
}

// singularHead reports whether the lower-cased word l heads a body's name
// in the singular ("Council", not "Organizations").
func singularHead(l string) bool { return orgHeads.has(l) && !strings.HasSuffix(l, "s") }

// hyphenJoin reports whether token j is a hyphen written without spaces
// between two capitalized words.
func (s *state) hyphenJoin(j int) bool {
	return (s.word(j) == "-" || s.word(j) == "‑") && s.gluedBetween(j)
}

// slashJoin reports whether token j is a slash written without spaces
// between two capitalized words.
func (s *state) slashJoin(j int) bool { return s.word(j) == "/" && s.gluedBetween(j) }

// gluedBetween reports whether token j is written without spaces between
// a word and a capitalized word of the same sentence.
func (s *state) gluedBetween(j int) bool {
	return j > 0 && j+1 < len(s.toks) && s.toks[j-1].End == s.toks[j].Start && s.toks[j].End == s.toks[j+1].Start &&
		s.capLike(j+1) && s.toks[j-1].Kind != text.Punct && s.sentOf[j+1] == s.sentOf[j]
}

// hasConnector reports whether tokens [a,b) hold a connector of a name's
// complement ("of", "for").
func (s *state) hasConnector(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lw(k); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// possessiveInName reports whether the possessive at token k is part of
// an organization's name: a plural common noun ("Women’s", "Legislators'")
// followed, within a few capitalized words, by the head of an
// organization's name ("Women’s Foreign Policy Group", "Transatlantic
// Legislators' Dialogue"). A name's possessive ("Russia's Foreign
// Minister") is not.
func (s *state) possessiveInName(k int) bool {
	if !namePossessors.has(trimPossessive(s.lw(k))) {
		return false
	}
	if n := s.word(k + 1); n == "'" || n == "’" {
		k++
	}
	for j := k + 1; j < len(s.toks) && j <= k+5 && s.sentOf[j] == s.sentOf[k]; j++ {
		if !s.capLike(j) {
			return false
		}
		if l := s.lw(j); orgHeads.has(l) || gatheringHeads.has(l) {
			return true
		}
	}
	return false
}

// regionAdjective reports whether tokens [a,b) are an adjective of a
// region before a lower-case noun ("Central Asian countries", "the first
// Central Asian nation"): compass words and a regional adjective.
func (s *state) regionAdjective(a, b int) bool {
	if !s.is(b-1, cRegionAdjectives) || b < len(s.toks) && s.toks[b].Kind == text.Word && !isLowerWord(s.word(b)) || b >= len(s.toks) {
		return false
	}
	for k := a; k < b-1; k++ {
		if !s.is(k, cCompassWords) {
			return false
		}
	}
	return true
}

// regionAdjectives and compassWords make adjectives of regions: "Central
// Asian", "West African".
var regionAdjectives = set("asian", "african", "european", "american", "caribbean", "pacific", "atlantic", "nordic",
	"baltic", "balkan", "eurasian", "mediterranean", "andean", "arab", "arctic", "latin")
var compassWords = set("central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "sub-saharan", "trans")

// allCapsWord reports whether w is a word of two or more letters, all
// capitals.
func allCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// addressTitles are the offices a speaker addresses by title alone: "Mr.
// President", "Madam Speaker".
var addressTitles = set("president", "speaker", "chairman", "chairwoman", "chair", "secretary", "ambassador", "minister", "prime")

// namePossessors are the plural nouns organizations are named for in the
// possessive: "Women’s Council", "Children's Fund", "Workers' Party".
var namePossessors = set("women", "children", "men", "people", "workers", "veterans", "farmers",
	"legislators", "parliamentarians", "mayors", "governors", "ministers", "journalists", "lawyers",
	"teachers", "nurses", "physicians", "doctors", "employers", "students", "girls", "boys", "youth",
	"citizens", "peoples", "nations", "leaders", "consumers", "voters", "survivors", "victims", "mothers", "families")

// isInitial reports whether w is a single capital letter ("R" in "Joseph R. Biden").
// initialAt reports whether token k is an initial written with its point
// and followed by a capitalized word: "A. Kazimir Brown", "J. Smith".
func (s *state) initialAt(k int) bool {
	return k+2 < len(s.toks) && isInitial(s.word(k)) && s.word(k+1) == "." && s.toks[k].End == s.toks[k+1].Start && text.IsCap(s.word(k+2)) && !text.IsAllCaps(s.word(k+2))
}

// connectorAt reports whether token k is a connector (see connectors),
// not the initial of a name written with the same letter ("John E.
// Davis", "Kim Y. Lee").
func (s *state) connectorAt(k int) bool {
	return s.is(k, cConnectors) && !s.initialAt(k)
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// nameParticles may stand inside a person's name: "Jaap de Hoop Scheffer".
var nameParticles = set("de", "van", "von", "der", "den", "al", "el", "bin", "bint", "ibn", "da", "dos", "del", "la", "le", "di", "du", "ter", "ten")

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// trimPossessive returns w without its possessive ending.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// stripPossessive returns the end offset of token i without a possessive.
func (s *state) endNoPoss(i int) int {
	w := s.word(i)
	e := s.toks[i].End
	if strings.HasSuffix(w, "'s") {
		return e - 2
	}
	if strings.HasSuffix(w, "’s") {
		return e - len("’s")
	}
	return e
}

// covered reports whether any token in [a,b) already belongs to a mention.
func (s *state) covered(a, b int) bool {
	for k := a; k < b; k++ {
		if s.mentAt(k) != nil {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token i opens its sentence (or follows an
// opening quote, dash or bracket there).
func (s *state) sentenceStart(i int) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < i; k++ {
		if s.toks[k].Kind == text.Word || s.toks[k].Kind == text.Number {
			return false
		}
	}
	return true
}

// classify decides what the capitalized chunk [a,b) names.
func (s *state) classify(a, b int) {
	if a >= b {
		return
	}
	// "Delegates of the Swiss ...", "Ministers from ...": a plural common
	// noun opening the sentence before a preposition
	if s.sentenceStart(a) && s.atomIdx(a) < 0 && strings.HasSuffix(s.lw(a), "s") && !s.is(a, cOrgHeads) && s.connectorAt(a+1) && a+1 < b {
		a++
	}
	// "Establishing the Mineral Security Partnership", "Delivering on the
	// Partnership for Global Infrastructure": a bullet's or a headline's
	// verb in "-ing" and "the" open no name; its object may be one, if it
	// has a body's head ("Improving the Customer Experience": only the
	// names the lists know)
	if o := s.gerundObject(a, b); o > a {
		if !s.headedName(o, b) {
			s.classifyAtoms(o, b)
			return
		}
		a = o
	}
	// drop sentence openers and common words capitalized at the start;
	// not an initial ("A. Kazimir Brown", though the story writes "a")
	for a < b && s.atomIdx(a) < 0 && !s.initialAt(a) && (s.is(a, cSentenceOpeners) && (s.sentenceStart(a) || s.lw(a) != "the") ||
		s.sentenceStart(a) && s.lowerSeen.has(s.lw(a)) && !s.is(a, cHonorifics) && !s.is(a, cTitleHeads) && !s.is(a, cOrgHeads) && !s.opensBodyName(a, b)) {
		a++
	}
	for a < b && (s.connectorAt(a) || s.word(a) == "&" || s.word(a) == ".") {
		a++
	}
	// "Prioritizes Veterans’ Mental Health Services and Suicide
	// Prevention", "Provides More Passport Services Online": a headline's
	// or a bullet's verb opening the sentence, then its object in Title
	// Case, where only the names the lists know are names
	if a+1 < b && s.sentenceStart(a) && text.IsCap(s.word(a)) && s.is(a, cHeadlineVerbs) && s.atomIdx(a) < 0 {
		s.classifyAtoms(a+1, b)
		return
	}
	// "Sergeant First Class Heath Robinson", "Petty Officer Second Class
	// Jane Roe": a rank's class is no part of the name after it
	for k := a; k < b-2 && k < a+4; k++ {
		if w := s.lw(k); (w == "first" || w == "second" || w == "third") && s.lw(k+1) == "class" && text.IsCap(s.word(k+1)) && k > a {
			a = k + 2
			break
		}
	}
	// "in the run-up to the State of the Union tonight", "his State of
	// the Union Address": the President's yearly address to Congress, no
	// body; what follows it is read on its own
	if k := s.stateOfTheUnionEnd(a); k > a {
		s.classify(k, b)
		return
	}
	// "Hurricane Fiona", "Tropical Storm Fay", "Typhoon Haiyan": a storm,
	// named like a person, no person ("Hurricane Katrina Relief Fund" has
	// a head and is a body)
	if a < b && s.is(a, cStormWords) && text.IsCap(s.word(a)) && !s.hasHead(a, b) {
		return
	}
	// a generation set off after a name closes that name and opens none:
	// "Judge Sam Ervin, III on the U.S. Court of Appeals"
	if a+1 < b && s.word(a-1) == "," && suffixPart(s.lw(a)) && (s.connectorAt(a+1) || s.word(a+1) == ".") {
		a++
		for a < b && (s.connectorAt(a) || s.word(a) == ".") {
			a++
		}
	}
	for b > a && (s.connectorAt(b-1) || s.word(b-1) == "." || s.word(b-1) == "&") {
		b--
	}
	if a >= b {
		return
	}
	// "Under Secretary of Defense for Intelligence & Security", "Deputy
	// Assistant Secretary of State in the Bureau of Global Public
	// Affairs": a portfolio after an office and "of", with its field after
	// "for", is the title's words; a body after "in" or "at" is named
	if s.portfolioAt(a) {
		for k := a + 1; k < b-1; k++ {
			switch s.lw(k) {
			case "for":
				return
			case "in", "at":
				s.classify(k+1, b)
				return
			}
			if !s.capLike(k) && s.lw(k) != "and" && s.word(k) != "&" {
				break
			}
		}
	}
	// "Council on Environmental Quality Announces First-Ever Building
	// Performance Standard": a headline's verb ends the name before it
	// (see headlineVerbs)
	for k := a + 1; k < b-1; k++ {
		if text.IsCap(s.word(k)) && s.is(k, cHeadlineVerbs) && s.atomIdx(k) < 0 {
			s.classify(a, k)
			s.classify(k+1, b)
			return
		}
	}
	// "Deputy Chief of Mission of the U.S. Embassy in Accra", "Chief of
	// Staff of the Army": the end of a title, then the body it is held at
	if (s.lw(a) == "mission" || s.lw(a) == "staff") && s.lw(a-1) == "of" && s.lw(a-2) == "chief" && s.lw(a+1) == "of" {
		s.classify(a+2, b)
		return
	}
	// "a master's degree in Hospital and Health Administration": a field
	// of study, no name ("an M.S. in Biostatistics")
	if s.fieldOfStudyAt(a) && !s.hasAtom(a, b) && !s.is(b-1, cSchoolHeads) {
		return
	}
	// "the first Central Asian nation", "Heads of State": an adjective of a
	// region, a group of office holders, no name
	if s.regionAdjective(a, b) || s.lw(a) == "heads" && s.lw(a+1) == "of" && (s.lw(a+2) == "state" || s.lw(a+2) == "government") {
		return
	}
	// "a Bachelor of Science in Foreign Service": an academic degree
	if b-a >= 3 && s.is(a, cDegreeWords) && (s.lw(a+1) == "of" || s.lw(a+1) == "in") {
		return
	}
	// already read (a dateline's place)
	if m := s.mentAt(a); m != nil && s.mentAt(b-1) == m {
		return
	}
	// one gazetteer name covering the whole chunk
	if ai := s.atomIdx(a); ai >= 0 && s.atomIdx(b-1) == ai && !s.atoms[ai].Demonym {
		at := s.atoms[ai]
		// "the Compact’s Council of Ministers": an organ of the organization
		// just named, not the body the lists know by that generic name
		if a > 0 && isPossessive(s.word(a-1)) && genericBody(at.Surface) {
			return
		}
		if s.tokAt(at.Start) == a && s.tokEndAt(at.End) == b {
			s.addAtom(at, a, b)
			return
		}
	}
	if s.quoteZone[a] {
		return
	}
	// "the Georgia General Assembly", "the Ohio Senate": a place's own
	// legislature or court, not the body the lists know by that name
	if s.placesBody(a, b) {
		start, end := s.toks[a].Start, s.endNoPoss(b-1)
		name := clean(s.text[start:end])
		s.addMention(s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil), a, b, start, end, mName)
		return
	}
	if s.townOfRegion(a, b) {
		s.place(a, b)
		return
	}
	// "the Conventional Forces in Europe Treaty": the places in the name of
	// a document are part of the name, not places the story is about
	if b-a >= 3 && s.is(b-1, cDocumentHeads) && s.atomIdx(b-1) < 0 {
		for k := a; k < b; k++ {
			if ai := s.atomIdx(k); ai >= 0 {
				if s.atoms[ai].Entry.Type == annals.Org {
					s.classifyAtoms(k, s.tokEndAt(s.atoms[ai].End))
				} else {
					s.skipAtom[ai] = true
				}
			}
		}
		return
	}
	// "a Host Country Agreement for the Centre", "the Headquarters
	// Agreement with the Institute": a text made for or with a body is
	// no body; the body after it may be one
	for k := a; k+1 < b; k++ {
		if w := s.lw(k + 1); s.is(k, cDocumentHeads) && text.IsCap(s.word(k)) && s.atomIdx(k) < 0 && (w == "for" || w == "with" || w == "between") {
			j := k + 2
			if s.lw(j) == "the" {
				j++
			}
			s.classifyAtoms(a, k+1)
			s.classify(j, b)
			return
		}
	}
	// a headline in Title Case or capitals capitalizes every word: only
	// the gazetteer and titled people are trusted there
	if s.titleCaseHeadline(a) {
		if !s.personWithTitle(a, b) {
			s.headlinePeople(a, b)
			s.classifyAtoms(a, b)
		}
		return
	}
	// "Charter of the United Nations", "73rd Session of the UNGA": a
	// document or event named after an organization names the organization
	if s.is(a, cEventHeads) && !s.is(a, cOrgHeads) && s.lw(a+1) == "of" && a+2 < b {
		s.classify(a+2, b)
		return
	}
	// "General Assembly of the Association of Inland Port Cities": a body
	// of an organization names the organization
	if k := s.bodyOf(a, b); k > a {
		s.classify(k, b)
		return
	}
	// "University Professor of Medical Humanities", "Assistant
	// Corporation Counsel for the City of New York": a title whose words
	// hold a body's head names no body; what follows it may
	if k := s.titleWithBodyWord(a, b); k > a {
		for k < b && s.connectorAt(k) {
			k++
		}
		if k < b && s.hasHead(k, b) {
			s.classify(k, b)
		}
		return
	}
	// "Speaker Pelosi and Leader Schumer in the Oval Office": a titled
	// name ends at the connector after it
	if k := s.titledNameEnd(a, b); k > a {
		s.classify(a, k)
		s.classify(k+1, b)
		return
	}
	// "Deputy Director for Energy Justice in the Office of Economic
	// Impact", "Assistant Secretary for Transportation Policy for the U.S.
	// Department of Transportation": an office's portfolio, no name, then
	// the body it is held at
	if k := s.portfolioEnd(a, b); k > a {
		s.classify(k+1, b)
		return
	}
	// "UN High Commissioner for Refugees Filippo Grandi": a body the lists
	// name by its office, then a name that opens with a given name: the
	// office's holder
	if ai := s.atomIdx(a); ai >= 0 && s.atoms[ai].Entry.Type == annals.Org && s.tokAt(s.atoms[ai].Start) == a {
		if k := s.tokEndAt(s.atoms[ai].End); k < b && b-k >= 2 && b-k <= 4 && s.officeWordIn(a, k) && (s.givenNameRun(k, b) || s.nameFollows(k, b) && !s.hasAtom(k, b)) {
			s.addAtom(s.atoms[ai], a, k)
			s.person(k, b)
			return
		}
	}
	// "Department of Energy Carla Frisch": a body named by its head and
	// a portfolio, then a person's name, with nothing between them (a
	// list of people and where they work)
	if ns := s.portfolioBodyBeforeName(a, b); ns > a {
		s.classify(a, ns)
		s.person(ns, b)
		return
	}
	// "Director of the Office of Global Affairs Loyce Pace": after an
	// office and "of", a body named by its head, then a person's name
	j := a - 1
	if s.lw(j) == "the" {
		j--
	}
	if s.lw(j) == "of" && isTitleHead(s.lw(j-1)) && text.IsCap(s.word(j-1)) {
		if ns := s.headOfBeforeName(a, b); ns > a {
			s.classify(a, ns)
			s.person(ns, b)
			return
		}
	}
	// "taught American Politics in the Department of Social Sciences",
	// "Desk Officer for South Africa in the Bureau of African Affairs":
	// a field or a portfolio held in a body, no part of its name (a place
	// the lists know there is named alone)
	if k := s.fieldInBody(a, b); k > a {
		if s.atomsCover(a, k) {
			s.classify(a, k)
		} else {
			s.fieldSpans = append(s.fieldSpans, [2]int{a, k})
		}
		s.classify(k+1, b)
		return
	}
	// "Summit in Washington", "Subcommittee on Europe in the House
	// Committee on Foreign Affairs", "Algerian Supreme Court and United
	// Nations": two names joined by a preposition or "and"
	if k := s.splitPoint(a, b); k > a {
		s.classify(a, k)
		s.classify(k+1, b)
		return
	}
	if s.personWithTitle(a, b) {
		return
	}
	if s.personList(a, b) {
		return
	}
	if s.orgByHead(a, b) {
		return
	}
	if s.placeByHead(a, b) {
		return
	}
	if s.personByCue(a, b) {
		return
	}
}

// opensBodyName reports whether the word at token a, opening a sentence,
// opens the name of a body that follows it within chunk [a,b) and is
// itself followed by a title: capitalized words no list knows up to a
// body's head within four words, then a title's head ("Wireless
// Infrastructure Association President X", though the story writes
// "wireless" in lower case too).
func (s *state) opensBodyName(a, b int) bool {
	for h := a + 1; h < b && h <= a+4; h++ {
		w := s.lw(h)
		if !s.capLike(h) || s.connectorAt(h) || s.atomIdx(h) >= 0 {
			return false
		}
		if orgHeads.has(w) && !titleHeads.has(w) && !gatheringHeads.has(w) && !eventHeads.has(w) {
			return h+1 < b && s.is(h+1, cTitleHeads) && s.capLike(h+1)
		}
	}
	return false
}

// officeWordIn reports whether a word of tokens [a,b) is the head of an
// office and of no body's name ("Commissioner", "Envoy"; not "Council").
func (s *state) officeWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lw(k); titleHeads.has(w) && !orgHeads.has(w) && !strictBodyHeads.has(w) && text.IsCap(s.word(k)) {
			return true
		}
	}
	return false
}

// titleWithBodyWord returns the end of a title opening chunk [a,b) whose
// words hold a body's head right before the title's head ("University
// Professor", "Distinguished University Professor", "Assistant
// Corporation Counsel"), with no name after it; else a.
func (s *state) titleWithBodyWord(a, b int) int {
	for k := a; k < b-1 && k < a+3; k++ {
		w := s.lw(k)
		if s.atomIdx(k) >= 0 || !s.capLike(k) || s.connectorAt(k) {
			return a
		}
		if !orgHeads.has(w) {
			if !rankModifiers.has(w) {
				return a
			}
			continue
		}
		t := s.lw(k + 1)
		if !titleHeads.has(t) || orgHeads.has(t) || titleModifiers.has(t) || !s.capLike(k+1) {
			return a
		}
		e := k + 2
		if e < b && s.capLike(e) && !s.connectorAt(e) {
			return a // a name, or more of a body's name, follows
		}
		return e
	}
	return a
}

// rankModifiers stand before a title of rank, not in a body's name
// ("Assistant Corporation Counsel"; "National" in "National Economic
// Council Director" is the council's).
var rankModifiers = set("assistant", "associate", "deputy", "senior", "distinguished", "principal", "acting")

// titledNameEnd returns the token of the "and", "in" or "at" right after
// a one-word title and a one- or two-word name opening chunk [a,b), or
// the name alone after such a title ("Speaker Pelosi and Leader
// Schumer", "Leader Schumer in the Oval Office"), or a.
func (s *state) titledNameEnd(a, b int) int {
	// the title opens the chunk, or stands right before it
	n := a + 1
	if t := s.lw(a - 1); a > 0 && titleHeads.has(t) && !titleModifiers.has(t) && !orgHeads.has(t) && text.IsCap(s.word(a-1)) {
		n = a
	} else if !s.is(a, cTitleHeads) || s.is(a, cTitleModifiers) || s.is(a, cOrgHeads) || s.atomIdx(a) >= 0 || s.lw(a+1) == "of" || s.lw(a+1) == "for" {
		return a
	}
	for k := n; k < b-1 && k <= n+2; k++ {
		w := s.lw(k)
		switch w {
		case "and", "in", "at":
			if k == n {
				return a
			}
			// the words after: another titled name, or a place or a body
			if w == "and" && !(s.is(k+1, cTitleHeads) && s.capLike(k+2)) {
				return a
			}
			return k
		}
		if !s.capLike(k) || s.connectorAt(k) || titleHeads.has(w) || titleModifiers.has(w) || orgHeads.has(w) || placeHeads.has(w) || s.atomIdx(k) >= 0 && s.atoms[s.atomIdx(k)].Entry.Type != annals.Person {
			return a
		}
	}
	return a
}

// portfolioEnd returns the token of the "in", "for" or "at" that ends an
// office's portfolio opening chunk [a,b) after the office's "for" or
// "of", before a body with a head ("Director for Energy Justice in the
// Office of ...", "Director of Strategic Initiatives in the Office of
// Public Liaison"); else a.
func (s *state) portfolioEnd(a, b int) int {
	if a < 2 || s.lw(a-1) != "for" && s.lw(a-1) != "of" || !isTitleHead(s.lw(a-2)) || !text.IsCap(s.word(a-2)) {
		return a
	}
	for k := a + 1; k < b-1 && k < a+6; k++ {
		switch s.lw(k) {
		case "in", "for", "at":
		default:
			if !s.capLike(k) && !s.connectorAt(k) {
				return a
			}
			continue
		}
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		if s.hasHead(a, k) || s.hasAtom(a, k) || !(s.hasHead(j, b) || s.atomIdx(j) >= 0) {
			return a
		}
		return k
	}
	return a
}

// fieldInBody returns the "in" of chunk [a,b) when words with no head of
// a body's name come before "in the" and a body named by its head and
// "of" ("American Politics in the Department of Social Sciences"), else a.
func (s *state) fieldInBody(a, b int) int {
	for k := a + 1; k+3 < b; k++ {
		if s.lw(k) == "in" && s.lw(k+1) == "the" && s.is(k+2, cOrgHeads) && text.IsCap(s.word(k+2)) && s.lw(k+3) == "of" {
			// ("the Bush-Cheney and Obama-Biden Administrations in the
			// Department of Defense": governments, named)
			if s.hasHead(a, k) || strings.TrimSuffix(s.lw(k-1), "s") == "administration" {
				return a
			}
			return k
		}
	}
	return a
}

// splitPoint returns the index of a connector that joins two names inside
// chunk [a,b) — "in", "at" or "on" before a place or an organization named
// by the gazetteer, "and" between two names each with a head or a
// gazetteer name — or a when the chunk is one name.
func (s *state) splitPoint(a, b int) int {
	if ai := s.atomIdx(a); ai >= 0 && s.tokEndAt(s.atoms[ai].End) >= b {
		return a
	}
	// atomsCover(a, k) for the k of the loop, read on from the last k
	// asked, not from a: a sentence of 'Georgia and Georgia and ...' asked
	// it at every "and"
	coverTo, covered, named := a, true, false
	cover := func(k int) bool {
		for ; coverTo < k; coverTo++ {
			if s.capLike(coverTo) && !s.connectorAt(coverTo) {
				if s.atomIdx(coverTo) < 0 {
					covered = false
				}
				named = true
			}
		}
		return covered && named
	}
	for k := a + 1; k < b-1; k++ {
		w := s.lw(k)
		// a connector inside a gazetteer name ("Organization for Security
		// and Cooperation in Europe") joins nothing
		if ai := s.atomIdx(k); ai >= 0 && s.tokAt(s.atoms[ai].Start) < k {
			continue
		}
		// "Irina Bokova of Bulgaria": a person and a country
		if w == "of" && !s.hasHead(a, k) && k-a <= 4 {
			if s.countryAtomEnd(k+1) >= b && !cover(k) {
				return k
			}
			// "John Smith of the World Bank", "Gregory E. Mize of the
			// District of Columbia Superior Court": a given name and a
			// surname, then an organization the gazetteer names or one
			// with a head
			if s.givenNameRun(a, k) && (s.orgAtomEnd(k+1) >= b || s.hasHead(k+1, b)) {
				return k
			}
		}
		// "G7 Members of the Steering Committee": the members' own name,
		// then the body they sit on
		if (w == "members" || w == "member") && s.lw(k+1) == "of" && cover(k) {
			return k
		}
		// "Assistant to the President and Director of the Office of X" (or
		// "&"): two titles, the second with its organization
		if (w == "and" || w == "&") && s.isTitleAt(k+1) && (s.lw(s.titleRunEnd(k+1)) == "of" || s.lw(s.titleRunEnd(k+1)) == "for") {
			return k
		}
		// "President of the Council of Ministers of Italy and G7
		// President, X": a second title, a known body's, ends the chunk
		if (w == "and" || w == "&") && k+2 < b {
			if ai := s.atomIdx(k + 1); ai >= 0 && s.tokAt(s.atoms[ai].Start) == k+1 {
				if e := s.tokEndAt(s.atoms[ai].End); e == b-1 && isTitleHead(s.lw(e)) && text.IsCap(s.word(e)) {
					return k
				}
			}
		}
		// "Prime Minister Kishida of Japan and President Biden", "the
		// Department of Agriculture for Governor Ann Lee": a name, then
		// another person with a title of their own (not the second title of
		// one person, "President and CEO Ann Lee", nor a title's field,
		// "Minister for Foreign Affairs Ann Lee")
		if (w == "and" || w == "&" || w == "for") && !isTitleHead(s.lw(k-1)) && (s.isTitleAt(k+1) || s.titleAfterAnd(k+1, b) && !s.hasWord(a, k, "of", "for")) && s.titleRunEnd(a) < k && s.atomIdx(k+1) < 0 {
			e, nb := s.titleRunEnd(k+1), b
			if !s.isTitleAt(k + 1) {
				// "and Infrastructure Coordinator Landrieu": a portfolio
				// word before the title
				e = s.titleRunEnd(k + 2)
			}
			// "... and Foreign Minister Ann Lee of Sweden"
			for j := e + 1; j < b-1; j++ {
				// "... for Governor Ann Lee and Governor Tom Reyes"
				if s.lw(j) == "and" || s.word(j) == "&" {
					nb = j
					break
				}
				c := j + 1
				if s.lw(c) == "the" {
					c++
				}
				if s.lw(j) == "of" && s.countryAtomEnd(c) >= b {
					nb = j
					break
				}
			}
			// "and General Motors": a rank alone before one word may be a
			// company's name
			if e < nb && s.nameFollows(e, nb) && (e > k+2 || s.lw(k+1) != "general" || nb-e >= 2 || gazetteer.IsGivenName(s.word(e))) {
				return k
			}
		}
		// "Executive Vice President of Global Programs for the Obama
		// Foundation": an office's field, no body's name, then the body
		// (not an award's name: "Secretary of Defense Medal for Outstanding
		// Public Service")
		if w == "for" && k-a <= 4 && s.lw(a-1) == "of" && isTitleHead(s.lw(a-2)) && !s.hasHead(a, k) && !cover(k) && !s.is(k-1, cAwardHeads) {
			r := k + 1
			if s.lw(r) == "the" {
				r++
			}
			if r < b && s.capLike(r) && (s.hasHead(r, b) || s.atomsCover(r, b)) {
				return k
			}
		}
		// "Public Engagement Director Ann Lee and White House Office of
		// Gun Violence Prevention Director Tom Reyes": a titled name, then
		// a body that opens with a name the lists know
		if (w == "and" || w == "&") && s.knownBeforeHeadOf(k+1) > 0 && s.titledNameIn(a, k) {
			return k
		}
		// "the Gender Policy Council and Zayn Siddique, Deputy ...": a body
		// and a person's name
		if w == "and" && s.hasHead(a, k) && b-k-1 >= 2 && b-k-1 <= 3 && s.nameFollows(k+1, b) &&
			(gazetteer.IsGivenName(s.word(k+1)) || s.word(b) == "," && s.isTitleWord(b+1) && text.IsCap(s.word(b+1)) && !strings.HasSuffix(s.lw(b-1), "s")) {
			return k
		}
		if w != "in" && w != "at" && w != "on" && w != "and" {
			continue
		}
		// "U.S. Embassy in Kazakhstan" is one name
		if w == "in" && s.is(k-1, cDiplomaticPosts) {
			continue
		}
		r := k + 1
		if s.lw(r) == "the" {
			r++
		}
		if r >= b {
			continue
		}
		// "on" joins two names only with an article ("Ceyhan on the
		// Mediterranean Sea", not "Subcommittee on Europe")
		if w == "on" && s.lw(k+1) != "the" {
			continue
		}
		// "Academy of Arts and Sciences and the Philosophical Society":
		// the first "and" joins words of one name when what follows it, up
		// to the next "and", has no head
		if w == "and" && r == k+1 && s.fieldBefore(a, k) {
			if e := s.nextAnd(r, b); e > r && e-r <= 3 && s.fieldWords(r, e) {
				continue
			}
		}
		// "Senate Environment and Public Works Committee", "Senate Small
		// Business and Entrepreneurship Committee": a field word before
		// "and" and a field after it whose only head ends the chunk are
		// the fields of one body
		if w == "and" && r == k+1 && s.capLike(k-1) && !s.headAt(a, k-1) && s.atomIdx(k-1) < 0 && s.atomIdx(r) < 0 &&
			s.headAt(r, b-1) && !s.hasHead(r, b-1) && !s.connectorAt(k-1) && !s.hasConnector(a, k) && !s.hasConnector(r, b) &&
			!s.hasWord(a, k, "and", "&", "the", "to", "in", "on", "at") && !s.hasWord(r, b, "and", "&", "the", "to", "in", "on", "at") {
			continue
		}
		leftNamed := s.hasHead(a, k) || cover(k) || s.governmentOf(a, k)
		left, right := leftNamed || w == "on", false
		if ai := s.atomIdx(r); ai >= 0 && s.tokAt(s.atoms[ai].Start) == r {
			at := s.atoms[ai]
			end := s.tokEndAt(at.End)
			switch {
			case end >= b:
				right = w == "and" || at.Entry.Type == annals.Place || at.Entry.Type == annals.Org && w != "on"
			case w == "and" || w == "in":
				right = s.hasHead(r, b)
			}
		} else if w == "and" || w == "in" {
			right = s.hasHead(r, b) && text.IsCap(s.word(r)) && s.lw(r) != "cooperation" && s.lw(r) != "co-operation" &&
				!(w == "in" && r == k+1 && s.forComplementBefore(a, k)) ||
				// "the Akron City Council and Summit County approved": a
				// body, then a county or a province by its name
				w == "and" && r == k+1 && b-r >= 2 && b-r <= 3 && countyWords.has(s.lw(b-1)) && s.capLike(r) && s.capLike(r+1) && !s.hasConnector(r, b)
		}
		if left && right {
			if w == "and" && !leftNamed {
				continue
			}
			// "Ministry of Foreign Affairs and International Cooperation":
			// a ministry's portfolio may hold an "and" (but "Office of X
			// and the Office of Y", "Department of X and Department of Y"
			// are two, and so are "the Department of Labor in Dallas and
			// Washington")
			// ("the Ministry of Agriculture and Sulu Province": a province
			// is no portfolio)
			if w == "and" && s.portfolioHead(a, k) && !(s.lw(k+1) == "the" && s.hasHead(r, b) || s.headWithComplement(k+1, b)) && !s.nameAfter(r, b) && !countyWords.has(s.lw(b-1)) {
				continue
			}
			if w == "and" && s.sharedService(a, k, b) {
				continue
			}
			return k
		}
	}
	return a
}

// forComplementBefore reports whether the name [a,k) ends with the
// complement of "for" that holds no head of a body's name ("Leadership
// Council for Women", "Alliance for Children"): an "in" right after it
// goes on with the complement ("... for Women in National Security
// Steering Committee" is one name, the committee's).
func (s *state) forComplementBefore(a, k int) bool {
	for f := k - 2; f > a && f >= k-3; f-- {
		if s.lw(f) == "for" {
			return !s.hasHead(f+1, k) && s.capLike(f+1) && s.atomIdx(f+1) < 0
		}
	}
	return false
}

// countryAtomEnd returns the token after the name of a country the lists
// know that starts at token k, or -1 when none starts there.
// orgAtomEnd returns the end of the organization the gazetteer names from
// token k (after a "the"), or -1.
func (s *state) orgAtomEnd(k int) int {
	if s.lw(k) == "the" {
		k++
	}
	ai := s.atomIdx(k)
	if ai < 0 || s.atoms[ai].Entry.Type != annals.Org || s.tokAt(s.atoms[ai].Start) != k {
		return -1
	}
	return s.tokEndAt(s.atoms[ai].End)
}

// givenNameRun reports whether tokens a to b are a person's name opened by
// a given name: two to four capitalized words or initials, none a
// gazetteer name ("John Smith", "Gregory E. Mize").
func (s *state) givenNameRun(a, b int) bool {
	if b-a < 2 || !gazetteer.IsGivenName(s.word(a)) || s.atomIdx(a) >= 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.word(k) == "." && isInitial(s.word(k-1)) {
			continue
		}
		if !s.capLike(k) || s.atomIdx(k) >= 0 || s.connectorAt(k) {
			return false
		}
	}
	return true
}

func (s *state) countryAtomEnd(k int) int {
	ai := s.atomIdx(k)
	if ai < 0 || s.atoms[ai].Entry.Kind != gazetteer.Country || s.tokAt(s.atoms[ai].Start) != k {
		return -1
	}
	return s.tokEndAt(s.atoms[ai].End)
}

// titleAfterAnd reports whether one capitalized word of a portfolio and
// then a title start at token k of a chunk ending at b ("Infrastructure
// Coordinator").
func (s *state) titleAfterAnd(k, b int) bool {
	return k+2 < b && s.capLike(k) && !s.connectorAt(k) && s.atomIdx(k) < 0 && !s.is(k, cOrgHeads) && s.isTitleAt(k+1)
}

// fieldBefore reports whether token k of chunk [a,b) ends the field a
// body is named for: a head, "of" or "for", and one or two words ("Academy
// of Arts", "Association for State").
func (s *state) fieldBefore(a, k int) bool {
	for j := k - 1; j > a && j >= k-3; j-- {
		if w := s.lw(j); (w == "of" || w == "for") && s.is(j-1, cOrgHeads) {
			return j < k-1
		}
	}
	return false
}

// fieldWords reports whether tokens [a,b) are capitalized words of a
// field, no head, title or known name ("Sciences", "Local History").
func (s *state) fieldWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !text.IsCap(s.word(k)) || s.atomIdx(k) >= 0 || s.is(k, cOrgHeads) || isTitleHead(s.lw(k)) {
			return false
		}
	}
	return true
}

// nextAnd returns the index of the first "and" in tokens [a,b), or -1.
func (s *state) nextAnd(a, b int) int {
	for k := a; k < b; k++ {
		if s.lw(k) == "and" {
			return k
		}
	}
	return -1
}

// sharedService reports whether the "and" at token k of chunk [a,b) joins
// two fields of one service: "Institute of Museum and Library Services",
// "Corporation for National and Community Service". Before it, a field
// (fieldBefore); after it, one or two words no list knows and "Service" or
// "Services".
func (s *state) sharedService(a, k, b int) bool {
	e := k + 1 // the right name's end: "... Library Services in Ohio"
	for e < b && text.IsCap(s.word(e)) {
		e++
	}
	if n := e - (k + 1); n < 2 || n > 3 || s.atomIdx(k+1) >= 0 {
		return false
	}
	if l := s.lw(e - 1); l != "service" && l != "services" {
		return false
	}
	return s.fieldBefore(a, k)
}

// countyWords close the names of a country's parts that no field of a
// body's name is: "Summit County", "Sulu Province".
var countyWords = set("county", "province", "oblast", "governorate", "prefecture", "parish")

// genericBody reports whether a name is one every organization may have
// for an organ: "Council of Ministers", "General Assembly", "Secretariat".
func genericBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !bodyWords.has(w) && w != "of" && w != "the" {
			return false
		}
	}
	return true
}

// bodyWords name the organs of an organization: "General Assembly",
// "Executive Board", "Council of Ministers".
var bodyWords = set("general", "assembly", "conference", "board", "executive", "council", "ministers",
	"committee", "steering", "permanent", "governors", "members", "secretariat", "plenary", "bureau",
	"governing", "annual", "meeting", "session", "congress", "summit", "standing", "scientific", "advisory")

// bodyOf returns the start of the organization in "<organ> of the <org>"
// when [a,b) has that form and the organization is a name of its own, else a.
func (s *state) bodyOf(a, b int) int {
	k := a
	for k < b && s.is(k, cBodyWords) && text.IsCap(s.word(k)) {
		k++
	}
	if k == a || k+1 >= b || s.lw(k) != "of" {
		return a
	}
	// "Board of Directors of the FDIC": the organ's members name it
	if s.boardMembersOf(k+1) && k+3 < b {
		k += 2
	}
	r := k + 1
	if s.lw(r) == "the" {
		r++
	}
	if r < b && (s.hasHead(r, b) || s.atomsCover(r, b)) && !(s.atomIdx(a) >= 0 && s.tokEndAt(s.atoms[s.atomIdx(a)].End) >= b) {
		return r
	}
	return a
}

// boardMembersOf reports whether tokens k and k+1 are the members a board
// is named for and "of": "Directors of" in "Board of Directors of the X".
func (s *state) boardMembersOf(k int) bool {
	return s.is(k, cBoardMembers) && s.lw(k+1) == "of"
}

// hasAtom reports whether a token of [a,b) is part of a gazetteer name.
func (s *state) hasAtom(a, b int) bool {
	for k := a; k < b; k++ {
		if s.atomIdx(k) >= 0 {
			return true
		}
	}
	return false
}

// hasWord reports whether [a,b) holds one of the words ws (lower case).
func (s *state) hasWord(a, b int, ws ...string) bool {
	for k := a; k < b; k++ {
		if slices.Contains(ws, s.lw(k)) {
			return true
		}
	}
	return false
}

// governmentOf reports whether [a,k) is "Government of <a listed
// place>": a name of its own before "and" ("The Government of Ukraine and
// G7 Members of the Steering Committee").
func (s *state) governmentOf(a, k int) bool {
	if s.lw(a) != "government" || s.lw(a+1) != "of" {
		return false
	}
	r := a + 2
	if s.lw(r) == "the" {
		r++
	}
	return r < k && s.atomsCover(r, k)
}

// nameAfter reports whether a gazetteer name of an organization or a
// city covers [r,b): another name after "and", not a portfolio's words.
func (s *state) nameAfter(r, b int) bool {
	ai := s.atomIdx(r)
	if ai < 0 || s.tokEndAt(s.atoms[ai].End) < b {
		return false
	}
	e := s.atoms[ai].Entry
	return e.Type == annals.Org || e.Kind == gazetteer.City
}

// headWithComplement reports whether the capitalized words from token a
// (before b, a title or anything else) hold an organization's head
// followed by "of", "for" or "on": a body's full name ("and Accreditation
// Council for Graduate Medical Education"), not a portfolio's words ("and
// Human Services Director of the Office of ...", "and Asia in the Bureau
// of ...").
func (s *state) headWithComplement(a, b int) bool {
	for k := a; k+1 < b && s.capLike(k) && !isTitleHead(s.lw(k)); k++ {
		if s.is(k, cOrgHeads) && (s.lw(k+1) == "of" || s.lw(k+1) == "for" || s.lw(k+1) == "on") {
			return true
		}
	}
	return false
}

// portfolioHead reports whether [a,k) holds the head of a ministry's or an
// agency's name before its portfolio: "Department of Health", "U.S.
// Centers for Medicare", "Commission on National".
func (s *state) portfolioHead(a, k int) bool {
	for j := a; j+1 < k; j++ {
		if (s.is(j, cMinistryHeads) || s.lw(j) == "centers") && (s.lw(j+1) == "of" || s.lw(j+1) == "for") {
			return true
		}
		// "Vice Chair of the Commission on National and Community Service"
		if (s.lw(j) == "commission" || s.lw(j) == "committee" || s.lw(j) == "subcommittee") && s.lw(j+1) == "on" {
			return true
		}
	}
	return s.is(a, cMinistryHeads)
}

// shapeHead reports whether token k heads an organization's name by the
// name's shape where its word alone does not (a name starting at a):
// "Centers for Disease Control" is a body, "American Job Centers" are
// places; "Transatlantic Legislators' Dialogue", a dialogue named for the
// people it is of, is their standing body, "the Shangri-La Dialogue" a
// gathering.
func (s *state) shapeHead(a, k int) bool {
	switch s.lw(k) {
	case "centers":
		return s.lw(k+1) == "for"
	case "dialogue":
		j := k - 1
		if w := s.word(j); w == "'" || w == "’" {
			j--
		}
		return j >= a && namePossessors.has(trimPossessive(s.lw(j))) && (j < k-1 || isPossessive(s.word(j)))
	}
	return false
}

// hasHead reports whether [a,b) holds an organizational head word.
//
// Rules ask it of every stretch between a name's start and each of its
// connectors, so it looks the next head up (nextHead) instead of reading
// the stretch: a sentence of 'Georgia and Georgia and ...' asked it of
// every tail and took 76 ms a 2 KB sentence.
func (s *state) hasHead(a, b int) bool {
	if a < 0 || b > len(s.toks) {
		return s.hasHeadFrom(a, a, b)
	}
	if s.nextHead == nil {
		s.indexHeads()
	}
	// shapeHead's head at k depends on a only where the word it reads
	// before k may stand before a: k < a+2
	if s.hasHeadFrom(a, a, min(a+2, b)) {
		return true
	}
	return a+2 < b && s.nextHead[a+2] < int32(b)
}

// hasHeadFrom is hasHead reading tokens k to b of the stretch from a.
func (s *state) hasHeadFrom(a, k, b int) bool {
	for ; k < b; k++ {
		if s.headAt(a, k) {
			return true
		}
	}
	return false
}

// headAt reports whether token k is an organizational head word of a
// stretch from token a.
func (s *state) headAt(a, k int) bool {
	return text.IsCap(s.word(k)) && (orgHeads.has(strings.TrimSuffix(strings.TrimSuffix(s.lw(k), "'s"), "’s")) || s.shapeHead(a, k))
}

// indexHeads fills s.nextHead: for each token k, the first token from k
// on that is a head of any stretch that starts two tokens or more before
// it, or len(s.toks).
func (s *state) indexHeads() {
	n := len(s.toks)
	s.nextHead = grown(&s.tabs.nextHead, n+1)
	next := int32(n)
	s.nextHead[n] = next
	for k := n - 1; k >= 0; k-- {
		if s.headAt(k-2, k) {
			next = int32(k)
		}
		s.nextHead[k] = next
	}
}

// headlinePeople finds people in a Title Case headline chunk: a known given
// name followed by one to three capitalized words that no list knows
// ("... Candidacy of Amy Pope").
func (s *state) headlinePeople(a, b int) {
	for k := a; k < b; k++ {
		if !gazetteer.IsGivenName(s.word(k)) || s.atomIdx(k) >= 0 || s.mentAt(k) != nil {
			continue
		}
		e := k + 1
		for e < b && e-k < 4 && s.capLike(e) && !s.connectorAt(e) && s.atomIdx(e) < 0 && !s.is(e, cOrgHeads) {
			e++
		}
		if e-k >= 2 && (e == b || s.connectorAt(e)) {
			s.person(k, e)
			k = e
		}
	}
}

// addAtom adds a mention of a gazetteer entry. A name that opens with the
// name of another organization ("UN General Assembly", "UNAOC Group of
// Friends", "OSCE Minsk Group") also mentions that organization; not an
// organization of its own named after it ("United Nations Educational,
// Scientific and Cultural Organization", "United Nations Industrial
// Development Organization": specialized agencies, no organ of the UN).
func (s *state) addAtom(m gazetteer.Match, a, b int) {
	if b-a >= 2 && (m.Entry.Type == annals.Org || m.Entry.Type == annals.Place) && !ownOrgHeads.has(s.lw(b-1)) {
		last := s.toks[b-1].Start - m.Start
		if last > 0 {
			for _, p := range s.x.gaz.Match(m.Surface[:min(last, len(m.Surface))]) {
				if p.Start == 0 && p.Entry.Type == annals.Org && p.Entry.Key != m.Entry.Key && !p.Demonym {
					pe := s.entity(p.Entry.Key, p.Entry.Type, p.Entry.Name, p.Entry)
					kind := mName
					if p.Acronym {
						kind = mAcronym
					}
					pm := &mention{start: m.Start + p.Start, end: m.Start + p.End, a: a, b: a, ent: pe, kind: kind}
					pe.ments = append(pe.ments, pm)
					pe.addForm(clean(p.Surface))
				}
				break
			}
		}
	}
	if s.directedRegion(m, a, b) || s.fieldOfStudyAfter(m, b) {
		return
	}
	e := s.entity(m.Entry.Key, m.Entry.Type, m.Entry.Name, m.Entry)
	kind := mName
	if m.Acronym {
		kind = mAcronym
	}
	s.addMention(e, a, b, m.Start, m.End, kind)
}

// fieldOfStudyAt reports whether the capitalized words at token k name a
// field of study: after a degree and "in", or in a list of fields after
// one ("a master's degree in Hospital and Health Administration", "an
// M.S. in Biostatistics", "graduate degrees in Communications, Counseling
// Education, Student Personnel Services, and Higher Education
// Administration"), no body or place.
func (s *state) fieldOfStudyAt(k int) bool {
	si := s.sentOf[k]
	for p := k - 1; p >= 0 && k-p <= 30 && s.sentOf[p] == si; p-- {
		w := s.lw(p)
		if w == "in" {
			end := s.toks[p].Start
			for end > 0 && (s.text[end-1] == ' ' || s.text[end-1] == '\n') {
				end--
			}
			start := end
			for start > 0 && s.text[start-1] != ' ' && s.text[start-1] != '\n' && end-start < 16 {
				start--
			}
			d := strings.ReplaceAll(strings.ToLower(s.text[start:end]), ".", "")
			return degreeMarks.has(d)
		}
		if !(s.capLike(p) || w == "and" || w == "," || w == "&" || s.connectorAt(p)) {
			return false
		}
	}
	return false
}

// schoolHeads end the names of the schools a degree is from, never a
// field's: "a degree in Economics, Georgetown University".
var schoolHeads = set("university", "college", "school", "institute", "academy", "polytechnic", "seminary", "conservatory")

// degreeMarks name a degree or a course of study before "in" and its
// field (fieldOfStudyAt), written without periods.
var degreeMarks = set("degree", "degrees", "master's", "master’s", "masters", "bachelor's", "bachelor’s", "bachelors",
	"doctorate", "phd", "ms", "ma", "ba", "bs", "mba", "mph", "mpa", "msc", "bsc", "major", "majored", "majoring",
	"minor", "minored", "concentration")

// ownOrgHeads end the names of organizations of their own, named after
// another ("United Nations Industrial Development Organization").
var ownOrgHeads = set("organization", "organisation")

// fieldOfStudyAfter reports whether the place m, ending at token b, opens
// the name of a field of study: capitalized words ending with "Studies"
// right after it ("Chairwoman for Middle East Area Studies", "a degree
// in Latin American Studies"), no place the story is about.
func (s *state) fieldOfStudyAfter(m gazetteer.Match, b int) bool {
	if m.Entry.Type != annals.Place {
		return false
	}
	for k := b; k < b+3 && k < len(s.toks) && s.capLike(k) && !s.connectorAt(k); k++ {
		if s.lw(k) == "studies" {
			return true
		}
	}
	return false
}

// directedRegion reads a region after a direction in lower case as the
// region the lists know by both: "in southeast Europe" is Southeast
// Europe, "the south Caucasus" the South Caucasus, "northern Africa"
// North Africa ("northern California", "the eastern Mediterranean" stay
// California and the Mediterranean).
func (s *state) directedRegion(m gazetteer.Match, a, b int) bool {
	if m.Entry.Type != annals.Place || m.Entry.Kind != gazetteer.Region || a == 0 || s.sentOf[a-1] != s.sentOf[a] {
		return false
	}
	dir := s.word(a - 1)
	if !directions.has(dir) || s.mentAt(a-1) != nil {
		return false
	}
	start := s.toks[a-1].Start
	name := strings.ToUpper(dir[:1]) + dir[1:] + " " + m.Entry.Name
	var e *ent
	for _, en := range s.x.gaz.Lookup(name) {
		if en.Type == annals.Place {
			e = s.entity(en.Key, en.Type, en.Name, en)
			break
		}
	}
	if e == nil {
		return false
	}
	s.addMention(e, a-1, b, start, m.End, mName)
	return true
}

// directions in lower case before a region name part of it: "southeast
// Europe", "the south Caucasus".
var directions = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern")

// entity returns the story's entity with key, creating it.
func (s *state) entity(key string, typ annals.EntityType, name string, entry *gazetteer.Entry) *ent {
	if e, ok := s.entByKey[key]; ok {
		return e
	}
	e := &ent{typ: typ, key: key, name: name, entry: entry}
	s.entByKey[key] = e
	s.ents = append(s.ents, e)
	return e
}

// addMention records that text[start:end] (tokens [a,b)) names e.
func (s *state) addMention(e *ent, a, b, start, end int, kind mkind) *mention {
	if b > a && isPossessive(s.word(b-1)) && end > s.endNoPoss(b-1) {
		end = s.endNoPoss(b - 1)
	}
	// a colon or a semicolon glued to the last word (see clean)
	for end > start+1 && (s.text[end-1] == ':' || s.text[end-1] == ';') {
		end--
	}
	m := &mention{start: start, end: end, a: a, b: b, ent: e, kind: kind}
	e.ments = append(e.ments, m)
	form := clean(s.text[start:end])
	if e.typ == annals.Person {
		form = personCase(form)
	}
	if kind != mItem {
		e.addForm(form)
	}
	for k := a; k < b; k++ {
		s.tokMent[k] = m
	}
	return m
}

// personCase writes an all-capitals name in title case: "CARDIN" -> "Cardin".
func personCase(name string) string {
	if !text.IsAllCaps(name) {
		return name
	}
	var b strings.Builder
	up := true
	for _, r := range name {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '\''
	}
	return b.String()
}

// titleAt returns the title an acronym at token i stands for: one the
// story defines ("PDNSA Finer"), else a shorthand ("PM Meloni") unless it
// is a time ("2 PM Eastern Time").
func (s *state) titleAt(i int) (string, bool) {
	w := s.word(i)
	t, ok := s.titles[w]
	if !ok {
		t = titleShorthands[w]
		ok = t != ""
	}
	if ok && i > 0 && s.toks[i-1].Kind == text.Number && titleShorthands[w] != "" {
		return "", false
	}
	return t, ok
}

// isTitleWord reports whether token i can be part of a person's title.
func (s *state) isTitleWord(i int) bool {
	w := s.lw(i)
	if titleHeads.has(w) || titleModifiers.has(w) {
		return true
	}
	if _, ok := s.titleAt(i); ok {
		return true
	}
	return false
}

// titlePrefix returns the end k of the title that opens chunk [a,b): a run
// of organization or country names, demonyms, honorifics and title words
// containing at least one title head or honorific ("OTS Secretary
// General", "Romanian Foreign Minister", "Dr.", "WHO Director-General Dr.").
// It returns a when the chunk does not open with a title.
func (s *state) titlePrefix(a, b int) (k int, title string, org *ent) {
	k = a
	lastHead := -1
	hasCue := false
	titleStart := -1
	rank := ""
	if h := s.bodyBeforeTitle(a, b); h > a {
		org, k = s.pendingBody(a, h), h
	} else if r := s.rankBeforeBody(a, b); r > a {
		// "Deputy National Economic Council Director X": the rank is the
		// office's, the body between its rank and its head
		if h := s.bodyBeforeTitleAt(r, b); h > r {
			rank = strings.Join(s.words(a, r), " ")
			org, k = s.pendingBody(r, h), h
		}
	}
	for k < b {
		w := s.lw(k)
		if ai := s.atomIdx(k); ai >= 0 {
			at := s.atoms[ai]
			ka, kb := s.tokAt(at.Start), s.tokEndAt(at.End)
			if ka == k && kb > k && kb <= b && titleStart < 0 {
				if !at.Demonym {
					org = s.entity(at.Entry.Key, at.Entry.Type, at.Entry.Name, at.Entry)
					kind := mName
					if at.Acronym {
						kind = mAcronym
					}
					// the mention is added when a person follows
					s.pendingAtom = append(s.pendingAtom, pendingMention{org, ka, kb, at.Start, at.End, kind})
				} else {
					org = s.entity(at.Entry.Key, at.Entry.Type, at.Entry.Name, at.Entry)
				}
				k = kb
				continue
			}
		}
		// "Chief of Cabinet", "Chief Executive": a title, not the honorific
		if honorifics.has(w) && !(titleHeads.has(w) && (s.lw(k+1) == "of" || s.lw(k+1) == "for" || s.is(k+1, cTitleHeads) || s.is(k+1, cTitleModifiers))) {
			hasCue = true
			k++
			if k < b && s.word(k) == "." {
				k++
			}
			lastHead = k
			continue
		}
		// "President Pro Tempore", "Assistant Speaker Pro Tempore": the
		// title goes on
		if w == "pro" && s.lw(k+1) == "tempore" && lastHead == k && k+2 <= b {
			k += 2
			lastHead = k
			continue
		}
		if t, ok := s.titleAt(k); ok {
			if titleStart < 0 {
				titleStart = k
			}
			title = t
			hasCue = true
			k++
			lastHead = k
			continue
		}
		// ("Pennsylvania Lieutenant Governor X": a rank before a head)
		if titleHeads.has(w) || titleModifiers.has(w) || k+1 < b && s.rankBeforeHead(k) {
			// "Mr. KING of New York": a surname in capitals right after an
			// honorific, as the Congressional Record writes its speakers
			// (not an address: "Mr. PRESIDENT", "Madam SPEAKER")
			if hasCue && lastHead == k && titleStart < 0 && allCapsWord(s.word(k)) && !addressTitles.has(w) {
				break
			}
			if titleStart < 0 {
				titleStart = k
			}
			endsRun := !(k+1 < b && (s.is(k+1, cTitleHeads) || s.is(k+1, cTitleModifiers)))
			// "Executive" opening a title heads none ("Executive Order",
			// "Executive Director")
			soleExecutive := w == "executive" && titleStart == k
			// nor one that modifies titles, opening the chunk's words
			// before a body's head: "Foreign Service Institute", "Special
			// Court", "Foreign Office"
			soleExecutive = soleExecutive || titleModifiers.has(w) && titleStart == k && k+1 < b && orgHeads.has(s.lw(k+1)) && !titleHeads.has(s.lw(k+1)) && s.capLike(k+1)
			if titleHeads.has(w) && (!titleModifiers.has(w) || endsRun) && !soleExecutive || w == "general" && k > a || w == "secretary" || w == "president" || w == "minister" || w == "director" {
				hasCue = true
				lastHead = k + 1
			}
			k++
			continue
		}
		break
	}
	if !hasCue || lastHead < 0 {
		s.pendingAtom = s.pendingAtom[:0]
		return a, "", nil
	}
	titleEnd := lastHead
	if titleStart >= 0 && title == "" && lastHead == k {
		titleEnd, lastHead, org = s.titleComplement(titleStart, k, b, org)
	}
	if titleStart >= 0 && title == "" {
		// the title words up to the last head, honorifics excluded
		var ws []string
		for i := titleStart; i < titleEnd; i++ {
			if s.is(i, cHonorifics) || s.word(i) == "." {
				continue
			}
			ws = append(ws, s.word(i))
		}
		title = strings.Join(ws, " ")
	}
	if rank != "" && title != "" {
		title = rankTitle(strings.Fields(rank), title)
	}
	return lastHead, title, org
}

// rankBeforeBody returns the end of the ranks of an office ("Deputy",
// "Acting") that open chunk [a,b) before the name of a body, or a.
func (s *state) rankBeforeBody(a, b int) int {
	r := a
	for r < b && r < a+2 && officeRanks.has(s.lw(r)) && s.capLike(r) && s.atomIdx(r) < 0 {
		r++
	}
	if r == a || s.capLike(a-1) && !(s.lw(a-1) == "the" && s.sentenceStart(a-1)) {
		return a
	}
	return r
}

// bodyBeforeTitle returns the end of a body's name that opens chunk [a,b)
// before a title and a person's name, though no list knows the body
// ("Domestic Policy Council Director Neera Tanden"), or a when there is
// none: two to five capitalized words that no list knows, the last the
// head of a body's name, then title words holding a title's head, then
// one to three words of a name. A chunk after "and" may be the end of a
// longer name ("Senate Banking, Housing, and Urban Affairs Committee
// Chair Sherrod Brown") and opens none, nor one after a capitalized word.
func (s *state) bodyBeforeTitle(a, b int) int {
	p := s.lw(a - 1)
	if s.capLike(a-1) && !(p == "the" && s.sentenceStart(a-1)) {
		return a
	}
	// "... and White House Office of Gun Violence Prevention Director X":
	// a body opening with a name the lists know is no end of a longer one
	if p == "and" || p == "&" || p == "or" {
		if s.knownBeforeHeadOf(a) < 0 {
			return a
		}
		return s.bodyOfBeforeTitle(a, b)
	}
	// ("Acting Domestic Policy Council Director X": the rank is the
	// office's, see rankBeforeBody)
	if officeRanks.has(s.lw(a)) {
		return a
	}
	return s.bodyBeforeTitleAt(a, b)
}

// bodyBeforeTitleAt is bodyBeforeTitle whatever stands before token a.
func (s *state) bodyBeforeTitleAt(a, b int) int {
	h := a
	for h < b && h < a+5 && s.capLike(h) && !s.connectorAt(h) && s.atomIdx(h) < 0 && !s.is(h, cTitleHeads) {
		h++
		if w := s.lw(h - 1); orgHeads.has(w) && !gatheringHeads.has(w) && !eventHeads.has(w) {
			break
		}
	}
	if w := s.lw(h - 1); h-a < 2 || !orgHeads.has(w) || gatheringHeads.has(w) || eventHeads.has(w) {
		return s.bodyOfBeforeTitle(a, b)
	}
	t, head := h, false
	// ("Wireless Infrastructure Association President and CEO X": two
	// titles joined by "and")
	for t < b && ((s.is(t, cTitleHeads) || s.is(t, cTitleModifiers)) && !s.is(t, cOrgHeads) || t > h && (s.lw(t) == "and" || s.word(t) == "&") && s.is(t+1, cTitleHeads) && !s.is(t+1, cOrgHeads)) {
		head = head || s.is(t, cTitleHeads) && !s.is(t, cTitleModifiers)
		t++
	}
	if !head || (b-t < 1 || b-t > 3 || !s.nameFollows(t, b)) && !s.complementThenName(t, b) {
		return a
	}
	return h
}

// complementThenName reports whether tokens [k, b) after a title's words
// are the title's complement and then a person's name to the chunk's
// end: "of" or "for", capitalized words and connectors, then two or three
// words of a name that opens with a known given name ("of the Office of
// Trade Affairs Maria Pardo" after "Department of Labor Director").
func (s *state) complementThenName(k, b int) bool {
	if w := s.lw(k); w != "of" && w != "for" {
		return false
	}
	for x := k + 1; x < b; x++ {
		if !s.capLike(x) && !s.connectorAt(x) {
			return false
		}
		// (or a word of a name no list knows and a surname, as
		// headOfBeforeName reads them)
		given := gazetteer.IsGivenName(s.word(x)) || b-x == 2 && s.nameWordNoListKnows(x) && s.atomIdx(x+1) < 0
		if n := b - x; x > k+1 && n >= 2 && n <= 3 && given && s.atomIdx(x) < 0 && s.capLike(x-1) && s.nameFollows(x, b) {
			return true
		}
	}
	return false
}

// bodyOfBeforeTitle is bodyBeforeTitle for a body named by its head and
// what it is of ("Office of Management and Budget Director Shalanda
// Young"): capitalized words and connectors opening with a head, then
// title words holding a title's head, then one to three words of a name.
func (s *state) bodyOfBeforeTitle(a, b int) int {
	o := a
	if h := s.knownBeforeHeadOf(a); h > a {
		// "White House Office of ...": a name the lists know before it
		o = h
	} else if !s.is(a, cOrgHeads) || s.atomIdx(a) >= 0 || s.lw(a+1) != "of" {
		return a
	}
	for t := o + 2; t < b && t < o+10; t++ {
		w := s.lw(t)
		if s.atomIdx(t) >= 0 || !s.capLike(t) && !s.connectorAt(t) {
			return a
		}
		if !titleHeads.has(w) && !titleModifiers.has(w) || orgHeads.has(w) || s.connectorAt(t-1) {
			continue
		}
		e, head := t, false
		for e < b && (s.is(e, cTitleHeads) || s.is(e, cTitleModifiers)) && !s.is(e, cOrgHeads) {
			head = head || s.is(e, cTitleHeads) && !s.is(e, cTitleModifiers)
			e++
		}
		if head && (b-e >= 1 && b-e <= 3 && s.nameFollows(e, b) || s.complementThenName(e, b)) {
			return t
		}
		// "Office of Political Outreach and Strategy Director X": field
		// words that may also modify a title, then more of the body's name
		if !head && e < b && (s.connectorAt(e) || s.capLike(e) && !s.isTitleWord(e)) {
			t = e - 1
			continue
		}
		return a
	}
	return a
}

// knownBeforeHeadOf returns the token of a body's head that follows,
// with "of", an organization's or a country's name the lists know opening
// at token a ("White House Office of", "U.S. Office of"), or -1.
func (s *state) knownBeforeHeadOf(a int) int {
	ai := s.atomIdx(a)
	if ai < 0 || s.tokAt(s.atoms[ai].Start) != a || s.atoms[ai].Demonym {
		return -1
	}
	at := s.atoms[ai]
	if at.Entry.Type != annals.Org && at.Entry.Kind != gazetteer.Country {
		return -1
	}
	h := s.tokEndAt(at.End)
	if !s.is(h, cOrgHeads) || s.atomIdx(h) >= 0 || s.lw(h+1) != "of" {
		return -1
	}
	return h
}

// titleComplement reads what completes a title before a name, from the
// connector at token k inside chunk [.., b): portfolio words ("Secretary
// of State", "Minister for Foreign Affairs"), a named organization or
// place, which is the office's ("Mayor of Bristol Dan Cole"), or a
// complement the lists do not know, up to the name ("High Commissioner
// for Refugees Pia Grandi", "Deputy Advisor for International Economics
// Mia Hart"). It returns where the title's words end, where the name
// begins, and the organization.
func (s *state) titleComplement(titleStart, k, b int, org *ent) (titleEnd, nameStart int, _ *ent) {
	titleEnd, nameStart = k, k
	// "Mexican Ambassador to the United States Esteban Perez": the
	// country an envoy is sent to is the title's
	if w := s.lw(k - 1); s.lw(k) == "to" && (w == "ambassador" || w == "envoy") {
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		kb := s.countryAtomEnd(j)
		if kb < 0 {
			kb = s.orgAtomEnd(j) // "to the United Nations"
		}
		if kb > j && kb < b && s.nameFollows(kb, b) {
			return kb, kb, org
		}
		return titleEnd, nameStart, org
	}
	for k < b && (s.lw(k) == "of" || s.lw(k) == "for") {
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		if j >= b {
			break
		}
		if ai := s.atomIdx(j); ai >= 0 && !s.atoms[ai].Demonym && s.tokAt(s.atoms[ai].Start) == j {
			at := s.atoms[ai]
			kb := s.tokEndAt(at.End)
			// "Secretary-General of ASEAN Dr. Kao Kim Hourn": the name
			// after an honorific
			ns := s.pastHonorific(kb, b)
			if !s.nameFollows(ns, b) || s.fieldOfStudyAfter(at, kb) {
				break // "Chief Executive of the Samoa Reef Trust": no name follows
			}
			e := s.entity(at.Entry.Key, at.Entry.Type, at.Entry.Name, at.Entry)
			kind := mName
			if at.Acronym {
				kind = mAcronym
			}
			s.pendingAtom = append(s.pendingAtom, pendingMention{e, j, kb, at.Start, at.End, kind})
			// "Special Envoy for Syria Lars Berg", "Regional Director for
			// Africa Amina Diallo": the country or region an office is for
			// is its portfolio, part of the title, not its body (see
			// portfolioPlace)
			if s.lw(k) == "for" && s.placeForTitle(titleStart, k, at.Entry) {
				titleEnd, nameStart, k = kb, ns, ns
				continue
			}
			if org == nil {
				// "Mayor of Bristol": the office's organization or place
				org = e
				nameStart, k = ns, ns
				continue
			}
			// "UN Special Envoy for Syria": part of the title
			titleEnd, nameStart, k = kb, ns, ns
			continue
		}
		if s.lw(k) == "for" {
			// "for Foreign Affairs Ayla Demir", "for International
			// Economics Mia Hart": the complement runs to the name
			if ns := s.nameStartAfter(j, b); ns > j {
				titleEnd, nameStart = ns, ns
			} else if f := s.fieldBeforeCountry(j, b); f > j {
				// "Deputy Prime Minister for Restoration of Ukraine X"
				titleEnd, nameStart, k = f, f, f
				continue
			}
			break
		}
		// portfolio words: "of State", "of Defense and Veterans Affairs"
		e := j
		for e < b && (s.capLike(e) && (s.is(e, cTitleModifiers) || s.is(e, cPortfolioWords)) && s.atomIdx(e) < 0 ||
			e > j && s.lw(e) == "and" && e+1 < b && (s.is(e+1, cTitleModifiers) || s.is(e+1, cPortfolioWords))) {
			e++
		}
		// ("of Security and Public Protection Rosa Imelda Rodriguez": the
		// portfolio runs on to a known given name)
		if ns := s.portfolioBeforeName(j, b); ns > e && !gazetteer.IsGivenName(s.word(e)) && org == nil && s.lw(k) == "of" {
			titleEnd, nameStart = ns, ns
			break
		}
		if e > j && (s.nameFollows(e, b) && !s.bodyHeadIn(e, b) || s.lw(e) == "for" || s.lw(e) == "of" || s.lw(e) == "to") {
			// "Chief of Cabinet for ..."
			titleEnd, nameStart, k = e, e, e
			continue
		}
		// "Director of the Domestic Policy Council Neera Tanden", "Director
		// of the Office of Public Engagement Steve Benjamin": a body the
		// lists do not know, then two or three words of a name
		h := s.bodyBeforeName(j, b)
		if h < 0 {
			h = s.headOfBeforeName(j, b)
		}
		// ("Department of Labor Director of the Office of Trade Affairs
		// Dalia Pardo": the office within the body named before the title)
		if s.lw(k) == "of" && h > j {
			org, nameStart = s.pendingBody(j, h), h
		} else if ns := s.portfolioBeforeName(j, b); org == nil && s.lw(k) == "of" && h < 0 && ns > j {
			// "Secretary of Security and Citizen Protection Rosa Icela
			// Rodriguez": a portfolio of words no list joins, then a
			// name that opens with a known given name
			titleEnd, nameStart = ns, ns
		}
		break
	}
	return titleEnd, nameStart, org
}

// placeForTitle reports whether the place e, after "for" at token k that
// follows the title opening at titleStart, is the title's portfolio: a
// country or a region after an office no country or town holds as its
// own ("Special Envoy for Syria", not "Congressman for Florida" or
// "Mayor for Bristol").
func (s *state) placeForTitle(titleStart, k int, e *gazetteer.Entry) bool {
	if titleStart < 0 || e == nil || e.Type != annals.Place || e.Kind != gazetteer.Country && e.Kind != gazetteer.Region {
		return false
	}
	var ws []string
	for i := titleStart; i < k; i++ {
		if !s.is(i, cHonorifics) && s.word(i) != "." {
			ws = append(ws, s.lw(i))
		}
	}
	lt := strings.Join(ws, " ")
	return lt != "" && !nationalTitles.has(lt) && !localOffices.has(lt) && !strings.HasPrefix(lt, "nominee")
}

// portfolioBeforeName returns where a person's name begins after a
// portfolio that opens at token j with a portfolio's word and runs,
// through "and", over capitalized words that name no body, to a name of
// two to four words opening with a known given name to the chunk's end
// b ("Security and Citizen Protection Rosa Icela Rodriguez"), else -1.
func (s *state) portfolioBeforeName(j, b int) int {
	// ("Attorney General of the Republic Alejandro Gertz Manero": the
	// state itself)
	if w := s.lw(j); !portfolioWords.has(w) && w != "republic" && w != "nation" || !s.capLike(j) {
		return -1
	}
	ns := s.nameStartAfter(j, b)
	if ns <= j || b-ns < 2 || b-ns > 4 || !gazetteer.IsGivenName(s.word(ns)) {
		return -1
	}
	for x := j; x < ns; x++ {
		w := s.lw(x)
		if s.atomIdx(x) >= 0 || orgHeads.has(w) || strictBodyHeads.has(w) || placeHeads.has(w) || !s.capLike(x) && w != "and" {
			return -1
		}
	}
	for x := ns + 1; x < b; x++ {
		if !s.capLike(x) || s.connectorAt(x) {
			return -1
		}
	}
	return ns
}

// fieldBeforeCountry returns the end of a field no list holds that opens
// at token j after a title's "for", when "of" and a country follow it
// ("for Restoration of Ukraine"), or j.
func (s *state) fieldBeforeCountry(j, b int) int {
	f := j
	for f < b && f-j < 4 && (s.capLike(f) && !s.connectorAt(f) && s.atomIdx(f) < 0 && !s.is(f, cOrgHeads) || f > j && s.lw(f) == "and") {
		f++
	}
	if f == j || s.lw(f) != "of" {
		return j
	}
	if s.countryAtomEnd(f+1) >= 0 {
		return f
	}
	return j
}

// pendingBody is the body no list knows named by tokens [a,b) of a title's
// chunk; its mention is added when a person follows (see flushPending).
func (s *state) pendingBody(a, b int) *ent {
	start, end := s.toks[a].Start, s.toks[b-1].End
	name := clean(s.text[start:end])
	e := s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil)
	s.pendingAtom = append(s.pendingAtom, pendingMention{e, a, b, start, end, mName})
	return e
}

// bodyBeforeName returns the end of a body's name at token j that ends
// with its head and is followed by a person's name of two or three words
// to the chunk's end b ("Domestic Policy Council Neera Tanden"), else -1.
func (s *state) bodyBeforeName(j, b int) int {
	for h := j; h < b && h < j+5; h++ {
		w := s.lw(h)
		if !s.capLike(h) || s.connectorAt(h) || s.atomIdx(h) >= 0 {
			return -1
		}
		if orgHeads.has(w) && !titleHeads.has(w) {
			// (not a head alone, "Deputy Head of Mission X"; nor a name
			// going on with a participle, "National Coalition Supporting
			// Eurasian Jewry")
			first := s.lw(h + 1)
			if n := b - h - 1; h > j && n >= 2 && n <= 3 && s.nameFollows(h+1, b) && !(strings.HasSuffix(first, "ing") && !gazetteer.IsGivenName(s.word(h+1))) {
				return h + 1
			}
			return -1
		}
	}
	return -1
}

// headOfBeforeName returns the end of a body's name at token j written as
// its head and "of" ("Office of Public Engagement", "Bureau of Arms
// Control") and followed by a person's name of two or three words to the
// chunk's end b that opens at a known given name ("Office of Gun Violence
// Prevention Greg Wilcox"), else -1.
func (s *state) headOfBeforeName(j, b int) int {
	if w := s.lw(j); !s.capLike(j) || !orgHeads.has(w) && !strictBodyHeads.has(w) || titleHeads.has(w) || s.lw(j+1) != "of" && s.lw(j+1) != "for" || s.atomIdx(j) >= 0 {
		return -1
	}
	// (or a word of a name no list knows and a surname: "Office of
	// Global Affairs Loyce Pace")
	ns := s.nameStartAfter(j+1, b)
	if ns < j+3 || b-ns < 2 || b-ns > 3 || !s.nameFollows(ns, b) || !gazetteer.IsGivenName(s.word(ns)) && !(b-ns == 2 && s.nameWordNoListKnows(ns) && s.atomIdx(ns+1) < 0) {
		return -1
	}
	for x := j + 2; x < ns; x++ {
		if !s.capLike(x) && !s.connectorAt(x) {
			return -1
		}
	}
	return ns
}

// bodyHeadIn reports whether a word of tokens [k, b) ends only bodies'
// names ("Veterans Administration": "Deputy Administrator of the Veterans"
// is no title before a name "Administration").
func (s *state) bodyHeadIn(k, b int) bool {
	for x := k; x < b && x < k+5; x++ {
		if s.is(x, cStrictBodyHeads) {
			return true
		}
	}
	return false
}

// pastHonorific returns where a name begins after an honorific that
// opens tokens [k, b) ("Dr." or "Dr" before "Kao Kim Hourn"), or k when
// none does.
func (s *state) pastHonorific(k, b int) int {
	if k >= b || !s.is(k, cHonorifics) || !text.IsCap(s.word(k)) || s.is(k, cTitleHeads) {
		return k
	}
	j := k + 1
	if s.word(j) == "." {
		j++
	}
	if j >= b {
		return k
	}
	return j
}

// nameFollows reports whether tokens [k, b) may be a person's name after a
// title: one to four capitalized words, none a head of an organization's
// or a place's name nor a word the story writes in lower case.
func (s *state) nameFollows(k, b int) bool {
	if k >= b {
		return false
	}
	for x := k; x < b; x++ {
		if x-k >= 5 {
			return false
		}
		w := s.lw(x)
		if s.word(x) == "." && x > k && isInitial(s.word(x-1)) || nameParticles.has(w) && x > k && s.particleRun(x, b) ||
			x > k && (s.particleName(x) || s.nameApostrophe(k, x)) {
			continue
		}
		if s.connectorAt(x) || s.toks[x].Kind != text.Word {
			// "Dan Cole of Bristol", not "Government Activities to Combat X";
			// two words no list knows before a place ("Denys Shmyhal in
			// Kyiv") or before another titled person ("Denys Shmyhal and
			// Pope Francis")
			return x > k && gazetteer.IsGivenName(s.word(k)) || x-k >= 2 && s.nameEndsBefore(x)
		}
		// ("Commander of U.S. Northern Command": a military command's
		// name, no person's)
		if !s.capLike(x) || orgHeads.has(w) || placeHeads.has(w) || eventHeads.has(w) || titleHeads.has(w) || titleModifiers.has(w) || honorifics.has(w) || s.lowerSeen.has(w) && !nameParticles.has(w) || w == "command" && x > k {
			return false
		}
	}
	return true
}

// nameEndsBefore reports whether a name no list knows may end before
// the connector at token x: a place the lists know follows "in" or "at",
// or an honorific or a title follows "and".
func (s *state) nameEndsBefore(x int) bool {
	switch s.lw(x) {
	case "in", "at":
		ai := s.atomIdx(x + 1)
		return ai >= 0 && s.atoms[ai].Entry.Type == annals.Place && !s.atoms[ai].Demonym && s.tokAt(s.atoms[ai].Start) == x+1
	case "and":
		w := s.lw(x + 1)
		return text.IsCap(s.word(x+1)) && (honorifics.has(w) || titleHeads.has(w) && !titleModifiers.has(w))
	}
	return false
}

// nameStartAfter returns where a person's name begins after a title's
// complement starting at token j of chunk [.., b): at a known given name,
// else the last two words before the next connector; -1 when neither fits.
func (s *state) nameStartAfter(j, b int) int {
	seg := b
	for x := j + 1; x < b; x++ {
		if w := s.lw(x); w == "of" || w == "in" || w == "at" || w == "on" {
			seg = x
			break
		}
	}
	for x := j + 1; x < seg; x++ {
		if gazetteer.IsGivenName(s.word(x)) && s.atomIdx(x) < 0 && seg-x <= 4 {
			// "... Negotiations Gert Jan Koopman", "for Foreign Affairs
			// Ismael Ould Cheikh Ahmed": words no list knows before the
			// known given name open the name
			for x-1 > j && seg-(x-1) <= 4 && (s.nameWordNoListKnows(x-1) || s.is(x-1, cNameParticles) && s.capLike(x-1)) {
				x--
			}
			return x
		}
	}
	x := seg - 2
	if x <= j {
		return -1
	}
	for y := x; y < seg; y++ {
		w := s.lw(y)
		if !s.capLike(y) || s.connectorAt(y) || s.lowerSeen.has(w) || orgHeads.has(w) || titleHeads.has(w) || titleModifiers.has(w) || portfolioWords.has(w) || s.atomIdx(y) >= 0 {
			return -1
		}
	}
	return x
}

// nameWordNoListKnows reports whether token y may be a word of a name no
// list holds: capitalized, never written in lower case in the story nor
// in the news, and no head, title, portfolio or listed name.
func (s *state) nameWordNoListKnows(y int) bool {
	w := s.lw(y)
	return s.capLike(y) && !s.connectorAt(y) && !s.lowerSeen.has(w) && !ner.CommonWord(w) && !orgHeads.has(w) && !titleHeads.has(w) && !titleModifiers.has(w) && !portfolioWords.has(w) && s.atomIdx(y) < 0
}

// portfolioAt reports whether a portfolio the lists do not hold as a name
// opens at token a after an office held over one and "of" ("Secretary of
// State ...", "Minister of Defence ...").
func (s *state) portfolioAt(a int) bool {
	o := s.lw(a - 2)
	return a > 1 && s.lw(a-1) == "of" && (o == "secretary" || o == "minister") && s.is(a, cPortfolioWords) && s.atomIdx(a) < 0
}

// portfolioWords name a minister's or secretary's field: "Secretary of
// State", "Minister of Foreign Affairs", "Commissioner for Energy".
var portfolioWords = set("state", "defense", "defence", "foreign", "affairs", "finance", "treasury", "commerce",
	"homeland", "veterans", "veterans'", "labor", "labour", "transportation", "transport", "housing", "agriculture",
	"interior", "justice", "health", "education", "energy", "trade", "economy", "industry", "infrastructure",
	"science", "technology", "environment", "climate", "culture", "tourism", "family", "women", "children",
	"youth", "sports", "fisheries", "mines", "planning", "war", "navy", "army", "cabinet", "staff",
	"communications", "digital", "innovation", "research", "security", "immigration", "home", "external",
	"international", "cooperation", "co-operation", "development", "relations", "budget", "revenue", "water",
	"human", "services", "urban", "natural", "resources", "intelligence", "protocol", "management", "personnel")

// peoplePortfolios are portfolios named by the people they serve
// ("Minister of Women", "Secretary of Veterans Affairs"), and the first
// word of bodies' names before "of" ("Women of Stanford Law").
var peoplePortfolios = set("women", "veterans", "children", "youth")

type pendingMention struct {
	e          *ent
	a, b       int
	start, end int
	kind       mkind
}

func (s *state) flushPending(keep bool) {
	if keep {
		for _, p := range s.pendingAtom {
			if !s.covered(p.a, p.b) {
				s.addMention(p.e, p.a, p.b, p.start, p.end, p.kind)
			}
		}
	}
	s.pendingAtom = s.pendingAtom[:0]
}

// personWithTitle handles chunks that open with a title or honorific:
// "Secretary General Amreyev", "President Ilham Aliyev of Azerbaijan",
// "Mr. CARDIN", "WHO Director-General Dr. Tedros Adhanom Ghebreyesus".
// commonWordsOnly reports whether the two or more words from token k to e
// are all common words in lower case and none a given name: no person's
// name ("Intensity Conflict"), though "Mark Green" is.
func (s *state) commonWordsOnly(k, e int) bool {
	if e-k < 2 {
		return false
	}
	for j := k; j < e; j++ {
		if !ner.CommonWord(s.lw(j)) || gazetteer.IsGivenName(s.word(j)) {
			return false
		}
	}
	return true
}

func (s *state) personWithTitle(a, b int) bool {
	k, title, org := s.titlePrefix(a, b)
	if k == a {
		// a title defined by an acronym just before: "(PDNSA) Jon Finer"
		return false
	}
	// "Professor Emeritus of Political Science", "President Emerita": the
	// title goes on
	for k < b && (s.lw(k) == "emeritus" || s.lw(k) == "emerita") {
		if ai := s.atomIdx(k); ai >= 0 {
			s.skipAtom[ai] = true // not Mérida, once Emerita Augusta
		}
		k++
	}
	// "Gen Z Americans": a lone letter with no period after an
	// abbreviation with none is no initial of a name
	if k < b && isInitial(s.word(k)) && s.word(k+1) != "." && s.word(k-1) != "." && len(s.word(k-1)) <= 4 {
		return false
	}
	// the name runs to the first connector
	e, nick := k, 0
	for e < b && (s.capLike(e) && !s.connectorAt(e) || s.is(e, cNameParticles) && e > k && s.particleRun(e, b) || s.word(e) == "." && isInitial(s.word(e-1)) && e+1 < b || e > k && e+1 < b && s.hyphenJoin(e) || e > k && (s.particleName(e) || s.nameApostrophe(a, e) || s.nicknameAt(e))) {
		if e > k && s.nicknameAt(e) {
			e += 3
			nick = 2 // the quotes are no words of the name
			continue
		}
		if ai := s.atomIdx(e); ai >= 0 && !s.atoms[ai].Demonym && s.atoms[ai].Entry.Type != annals.Person {
			// a given name that is also a city ("Baghdad Amreyev"), or a
			// city after a given name ("Gro Harlem Brundtland"), stays in
			// the name when a name word follows it
			at := s.atoms[ai]
			ae := s.tokEndAt(at.End)
			// ("Attorney General Merrick Garland’s announcement": a
			// possessive glued to the name ends its token, not the name)
			if ae < len(s.toks) && s.toks[ae].Start < at.End && (s.text[at.End:s.toks[ae].End] == "'s" || s.text[at.End:s.toks[ae].End] == "’s") {
				ae++
			}
			// "Lisa O. Monaco", "Anna K. Jordan": a given name and a
			// middle initial, after which a place's name is a surname
			given := e == k+1 || e == k+3 && s.initialAt(k+1)
			// ("Attorney General Garland", "Secretary Austin": a surname
			// that is also a city, alone after a title; not "Austin, Texas")
			surname := at.Entry.Kind == gazetteer.City && e == k && ae == e+1 && (s.word(ae) != "," || !s.regionAt(ae+1)) && (ae >= b || !s.capLike(ae)) && k > a && s.titleBeforeIsPersonal(k) &&
				!postNominal(s.word(e)) && s.lw(e) != "emerita" && s.lw(e) != "emeritus" ||
				// "Professor Cristina Rodriguez", "General Marquis de
				// Lafayette": a surname that is also a city, after a given
				// name or a particle, ending the name
				// (or a region's: "Morrison C. England, Jr.")
				// ("Secretary Rosa Icela Rodriguez": or after a given
				// name and words no list knows)
				(at.Entry.Kind == gazetteer.City || at.Entry.Kind == gazetteer.Region) && e > k && ae == e+1 && ae == b && (s.nameWordBefore(e) || s.givenNameOpens(k, e)) ||
				// "Deputy Attorney General Lisa Monaco,", "Ambassador Anna K.
				// Jordan of": a country's name
				// after a title and a given name, ending the chunk
				// ("Judge Carla Chad,": or a word of a name no list knows,
				// and the country written as a word: not "Prime Minister
				// Netanyahu U.S. coordination")
				at.Entry.Kind == gazetteer.Country && k > a && given && ae == e+1 && (ae == b || e == k+3 && (!s.capLike(ae) || s.connectorAt(ae))) && (gazetteer.IsGivenName(s.word(k)) || s.nameWordNoListKnows(k) && surnameShape(s.word(e))) && s.atomIdx(k) < 0 && s.titleBeforeIsPersonal(k) ||
				// "Attorney General Merrick Garland": after a title, one
				// word and a city's name that ends the chunk are a name
				at.Entry.Kind == gazetteer.City && k > a && e == k+1 && ae == b && s.capLike(k) && s.atomIdx(k) < 0 && !s.is(k, cTitleHeads) && !s.is(k, cTitleModifiers)
			if !(at.Entry.Kind == gazetteer.City && (e == k || s.nameWordBefore(e)) && ae < b && s.capLike(ae) && s.atomIdx(ae) < 0 && !s.is(ae, cOrgHeads)) && !surname {
				break
			}
		}
		if s.is(e, cOrgHeads) && !s.is(e, cTitleHeads) {
			break
		}
		// "the WHO Director General’s Special Envoys": a title, not a name
		if w := strings.TrimSuffix(strings.TrimSuffix(s.lw(e), "'s"), "’s"); w != s.lw(e) && (titleHeads.has(w) || titleModifiers.has(w)) {
			break
		}
		e++
	}
	// "the Special Emergency Assistance Fund", "the AU Special Climate
	// Fund": a modifier of titles alone before words that end at a body's
	// head opens the body's name, no title and no person
	if e < b && e > k && s.is(e, cOrgHeads) && !s.is(e, cTitleHeads) && !gazetteer.IsGivenName(s.word(k)) && modifiersOnly(title) {
		s.pendingAtom = s.pendingAtom[:0]
		return false
	}
	// "the Federal Bureau of Investigation Director Louis J. Freeh Award
	// for ...": a person's name before an award's head names the award
	// after the office's holder, no person of the story
	for x := k + 1; x < e; x++ {
		if w := s.lw(x); awardHeads.has(w) || w == "fellowship" || w == "scholarship" || w == "lecture" {
			s.pendingAtom = s.pendingAtom[:0]
			return true
		}
	}
	// "General Licenses": a lone "General" before one word is no military title
	if e-k == 1 && strings.EqualFold(title, "general") && !gazetteer.IsGivenName(s.word(k)) {
		e = k
	}
	// "Expert Member of the Council": a lone word after a title that
	// names a place in a body is the title's
	if e-k == 1 && s.is(k, cApposHeads) {
		e = k
	}
	// "President of the Department of Defense STARBASE program": a word in
	// capitals before a programme's or an event's noun in lower case names
	// that thing, not a person
	if e-k == 1 && text.IsAllCaps(s.word(k)) && len(s.word(k)) > 1 && (s.is(e, cProgrammeHeads) || s.is(e, cEventHeads)) && !text.IsCap(s.word(e)) {
		e = k
	}
	if e == k || e-k-nick > 5 {
		// a title alone ("OTS Secretary General", "the High Representative"):
		// keep the organization named in it and remember the title
		s.flushPending(true)
		if title != "" && org != nil {
			s.titleOrg(title, org)
		}
		// classify the rest of the chunk on its own
		if k < b {
			s.classify(k, b)
		}
		return k > a
	}
	// a common noun after a title is not a name: "Director General
	// Candidacy" in a Title Case headline, "Ambassador Extraordinary";
	// nor a lone word the news
	// writes in lower case more often than capitalized ("Executive
	// Order", "Ambassador Extraordinary"), unless a given name
	// nor is a title's own head ("Special Presidential Coordinator for
	// Water"), unless a given name opens the name ("Senator Angus King")
	officeWords := e-k >= 2 && s.is(e-1, cTitleHeads) && !s.is(e-1, cTitleSurnames) && !gazetteer.IsGivenName(s.word(k))
	if officeWords {
		// the office's words make no name; what follows them may
		s.flushPending(true)
		for e < b && s.connectorAt(e) {
			e++
		}
		if e < b {
			s.classify(e, b)
		}
		return true
	}
	// nor words common in lower case, none a given name, that end the
	// chunk ("Assistant Secretary for Special Operations/Low Intensity
	// Conflict", "Commander of U.S. Northern Command")
	if e == b && !s.is(e-1, cStrictBodyHeads) && !s.is(e-1, cOrgHeads) && s.commonWordsOnly(k, e) {
		s.flushPending(true)
		s.classify(k, b)
		return true
	}
	for j := k; j < e; j++ {
		lw := s.lw(j)
		// nor the words after a connector of the title's complement
		// ("Inspector General for the National Aeronautics and Space
		// Administration"); nor one word in capitals after a title that
		// is not and its body ("the Inspector General for the Department
		// of Homeland Security OIG": an acronym, no person; "Mr. CARDIN",
		// "Chairman HASTINGS" name a body of no one)
		if !nameParticles.has(lw) && (s.lowerSeen.has(lw) || triggers[lw] != "" || eventHeads.has(lw) || j == k && (titleModifiers.has(lw) || pluralOffice(lw) || k > a && s.connectorAt(k-1)) ||
			e-k == 1 && (!ner.NameLike(s.word(j)) && !gazetteer.IsGivenName(s.word(j)) || rankWords.has(lw) || titleHeads.has(lw) && !titleSurnames.has(lw) ||
				org != nil && text.IsAllCaps(s.word(j)) && !text.IsAllCaps(s.word(a)) && !gazetteer.IsGivenName(s.word(j)))) {
			s.flushPending(true)
			if k < b {
				s.classify(k, b)
			}
			return k > a
		}
	}
	s.flushPending(true)
	// "Dean Schamore, USDA State Executive Director": a one-word title
	// that is also a common given name, alone before one word of a name
	// and after no body, opens that name ("Dean of ..." and "the Law
	// School's Dean X" stay titles)
	if k == a+1 && e-k == 1 && gazetteer.IsGivenName(s.word(a)) && s.lw(e) != "of" && !(a > 0 && (s.capLike(a-1) || s.lw(a-1) == "the" || s.word(a-1) == "'s" || s.word(a-1) == "’s")) {
		s.person(a, e)
		if e < b {
			s.classify(e, b)
		}
		return true
	}
	p := s.person(k, e)
	if title != "" {
		s.personTitles = append(s.personTitles, personTitle{person: p, title: title, org: org, a: a, b: e, name: k})
	}
	// "President Ilham Aliyev of Azerbaijan"
	if e+1 < b && s.lw(e) == "of" {
		s.classify(e+1, b)
		if m := s.mentAt(e + 1); m != nil && title != "" && (m.ent.typ == annals.Org || m.ent.typ == annals.Place) {
			s.personTitles[len(s.personTitles)-1].org = m.ent
		}
	} else if e < b {
		s.classify(e, b)
	}
	return true
}

// regionAt reports whether a region or a country the lists know, or a
// capitalized word that may name one, opens at token k: "Austin, Texas"
// is a city where "Secretary of Defense Austin, and ..." is a person.
func (s *state) regionAt(k int) bool {
	if ai := s.atomIdx(k); ai >= 0 {
		kind := s.atoms[ai].Entry.Kind
		return kind == gazetteer.Region || kind == gazetteer.Country
	}
	return s.capLike(k) && !s.connectorAt(k) && !isTitleHead(s.lw(k)) && !s.is(k, cTitleModifiers) && !s.is(k, cHonorifics)
}

// particleRun reports whether the name particles at token e ("von der")
// are followed, inside [.., b), by a capitalized name word that no list
// knows.
func (s *state) particleRun(e, b int) bool {
	for e < b && s.is(e, cNameParticles) && !text.IsCap(s.word(e)) {
		e++
	}
	return e < b && s.capLike(e) && !s.atomStarts(e)
}

// atomStarts reports whether a gazetteer name starts at token k.
func (s *state) atomStarts(k int) bool {
	ai := s.atomIdx(k)
	return ai >= 0 && s.tokAt(s.atoms[ai].Start) == k && s.atoms[ai].Entry.Kind != gazetteer.City
}

// personTrailers end headings after a name and are not part of it:
// "Cathy Russell Bio".
var personTrailers = set("bio", "biography", "profile", "statement", "remarks", "readout", "obituary")

// dayNumber reports whether tokens [a,b) are a day or a week told by its
// number: "On Day One, President X signed", "Week 1".
func (s *state) dayNumber(a, b int) bool {
	if b-a != 2 {
		return false
	}
	switch s.lw(a) {
	case "day", "week", "month", "year":
	default:
		return false
	}
	switch s.lw(a + 1) {
	case "one", "two", "three", "four", "five", "six", "seven", "ten", "zero":
		return true
	}
	return s.toks[a+1].Kind == text.Number
}

// postNominal reports whether w is a degree or an office written after a
// name ("PhD", "MD", "MP", "Esq"), no part of the name; generations
// ("Jr.", "III") are.
func postNominal(w string) bool {
	l := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	if suffixPart(l) {
		return false
	}
	if l == "esq" {
		return true
	}
	return (nameSuffixes.has(l) || l == "mp" || l == "mep" || l == "mla" || l == "msp") && len(w) >= 2 && w[1] >= 'A' && w[1] <= 'Z' || l == "phd"
}

// person adds a PERSON mention for tokens [a,b).
func (s *state) person(a, b int) *ent {
	for b > a+1 && (s.word(b-1) == "." || s.word(b-1) == "," || s.is(b-1, cPersonTrailers) || b-a >= 3 && postNominal(s.word(b-1))) {
		b--
	}
	start, end := s.toks[a].Start, s.endNoPoss(b-1)
	name := personCase(clean(s.text[start:end]))
	e := s.entity("person:"+gazetteer.Normalize(name), annals.Person, name, nil)
	// "Kathryn “Kit” Matthew" is also "Kathryn Matthew" and "Kit Matthew"
	for k := a + 1; k+3 < b; k++ {
		if s.nicknameAt(k) {
			rest := s.text[s.toks[k+3].Start:end]
			e.addForm(personCase(clean(s.text[start:s.toks[k-1].End] + " " + rest)))
			e.addForm(personCase(clean(s.word(k+1) + " " + rest)))
			break
		}
	}
	if l := s.lw(b - 1); (l == "jr" || l == "sr") && s.word(b) == "." && s.toks[b-1].End == s.toks[b].Start {
		// "Joseph R. Biden Jr., President of ...": the period is the
		// suffix's, so what is set off after it is set off after the name
		b++
	}
	s.addMention(e, a, b, start, end, mName)
	return e
}

// orgByHead handles capitalized phrases with an organizational head:
// "Swiss Christian Peoples Party", "Commission on Security and Cooperation
// in Europe", "Baltic-Andean Council for Water".
func (s *state) orgByHead(a, b int) bool {
	chunkEnd := b
	// "Lieutenant in the United States Navy", "Commandant of the Marine
	// Corps", "Member of the National Council on the Humanities", "Life
	// Trustee of Northwestern University": a rank or an office before its
	// body is no part of its name
	if k := s.officeBeforeBody(a, b); k > a {
		a = k
	} else if k := s.boardOfficeBody(a, b); k > a {
		// "Board Member of Northwind Gas": the body has no head of its own
		if ai := s.atomIdx(k); ai >= 0 && s.tokAt(s.atoms[ai].Start) == k && s.tokEndAt(s.atoms[ai].End) == b {
			if s.atoms[ai].Entry.Type == annals.Org && !s.atoms[ai].Demonym {
				s.addAtom(s.atoms[ai], k, b)
				return true
			}
			return false
		}
		start, end := s.toks[k].Start, s.endNoPoss(b-1)
		name := clean(s.text[start:end])
		s.addMention(s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil), k, b, start, end, mName)
		return true
	}
	// trailing event words are not part of an organization's name:
	// "UNAOC Group of Friends Ministerial"
	for b > a+1 && (s.is(b-1, cEventHeads) && !s.is(b-1, cOrgHeads) && !s.shapeHead(a, b-1) || s.connectorAt(b-1)) {
		b--
	}
	// nor an office after it: "Congressional Black Caucus Chair", "Arts
	// Council Vice Chair", "County Arts Council Member"
	// ("the U.S. Consulate General in Durban": one body's name)
	if e := b; isTitleHead(s.lw(e-1)) && !s.is(e-1, cOrgHeads) && !(s.lw(e-1) == "general" && s.lw(e-2) == "consulate") {
		for e > a+1 && (isTitleHead(s.lw(e-1)) || s.is(e-1, cTitleModifiers)) && !s.is(e-1, cOrgHeads) {
			e--
		}
		if e < b && s.hasHead(a, e) && s.is(e-1, cOrgHeads) {
			b = e
		}
	}
	// a head inside a gazetteer name ("Congress", "Organization for
	// Security ...") does not make a new organization of the chunk
	head := -1
	for k := a; k < b; k++ {
		if (orgHeads.has(strings.TrimSuffix(strings.TrimSuffix(s.lw(k), "'s"), "’s")) || s.shapeHead(a, k)) && s.atomIdx(k) < 0 {
			head = k
		}
	}
	// "Women for Women International", "Refugees International": a
	// society known worldwide names itself so
	society := head < 0 && b == chunkEnd && b-a >= 2 && s.word(b-1) == "International" && !s.hasAtom(a, b) && !s.hasWord(a, b, "and", "&")
	if society {
		head = b - 1
	}
	if head < 0 {
		return false
	}
	// "AmeriCorps and the Centers for Disease Control", "Dr. Adriana
	// Kugler to the Federal Reserve Board": the body named after "and the"
	// or "to the" is the one with the head; what comes before is another
	// name, left to the tagger
	for k := a + 1; k+2 <= head; k++ {
		// (not an office's "to the": "Special Assistant to the President")
		to := s.lw(k) == "to" && !officeEnd(s.lw(k-1)) && !isTitleHead(s.lw(k+2))
		if (s.lw(k) == "and" || to) && s.lw(k+1) == "the" && !s.hasHead(a, k) && !s.atomsCover(a, k) {
			a = k + 2
			break
		}
		// "CFPB Director Rohit Chopra and Federal Trade Commission (FTC)
		// Chair Lina Khan": a titled person, then "and" and the body
		if s.lw(k) == "and" && !s.hasHead(a, k) && s.titledNameIn(a, k) && !s.titledNameIn(k+1, head) {
			a = k + 1
			break
		}
	}
	// "Deputy Assistant to the President & Deputy National Economic
	// Council Director", "... and National Space Council Executive
	// Secretary": an office, "and", then a body with its office after it;
	// a rank before the body is the office's, no word of the body's name
	// ("Deputy National Economic Council Director")
	if b < chunkEnd {
		for k := a + 1; k+1 < head; k++ {
			if (s.lw(k) == "and" || s.word(k) == "&") && s.capLike(k+1) && (isTitleHead(s.lw(a)) || officeRanks.has(s.lw(a))) && !s.hasHead(a, k) {
				a = k + 1
				break
			}
		}
		r := a
		for r+1 < head && officeRanks.has(s.lw(r)) && s.capLike(r) && s.atomIdx(r) < 0 {
			r++
		}
		if r > a && s.capLike(r) && !s.connectorAt(r) {
			a = r
		}
		// "Senior Bureau Official": a rank and a lone head before the
		// office are the office's words, no body
		if b-a == 2 && rankModifiers.has(s.lw(a)) && head == b-1 {
			return false
		}
	}
	// "Winston & Strawn’s Executive Committee and Diversity.": a word
	// after a head and "and" with no head of its own is no part of the
	// body's name (nor a body: the name of the second was cut)
	if head > a && head+2 < b && b-head-2 <= 2 && s.lw(head+1) == "and" && !s.hasHead(head+2, b) && !orgHeads.has(strings.TrimSuffix(s.lw(b-1), "s")) && !s.hasAtom(head+2, b) && b == chunkEnd && s.word(b) == "." {
		b = head + 1
	}
	if b-a == 1 {
		return false // a lone head word is a back-reference, resolved later
	}
	// a kind of school or fund, not one of them: "finish High School",
	// "a Middle School in Ohio", "the General Fund" (the Treasury's
	// account)
	if b-a == 2 && head == b-1 && kindOfBody(s.lw(a), s.lw(head)) {
		return false
	}
	// bodies of a kind, not one of them: "Federal Agencies will also
	// refrain", "Partner Institutions" (see commonRun)
	if head == b-1 && s.is(head, cCollectiveNouns) && s.commonRun(a, head) {
		return false
	}
	// an event named like an organization: "8th Global Forum", "Annual
	// Conference", "the next Global Forum", "the Alliance's Global Forum"
	if p := s.lw(a - 1); isOrdinal(p) || s.is(a, cOrdinalWords) || ordinalWords.has(p) {
		return false
	}
	// "Global Forum", "Caravan Cities Forum": a name whose only head is a
	// gathering word is an event the lists do not know, not a body
	onlyGathering := !society
	for k := a; k < b; k++ {
		if w := s.lw(k); (orgHeads.has(w) && !gatheringHeads.has(w) || s.shapeHead(a, k)) && s.atomIdx(k) < 0 {
			onlyGathering = false
		}
	}
	if onlyGathering {
		return false
	}
	if first := s.firstHead(a, b); gatheringHeads.has(first) {
		p := s.lw(a - 1)
		if p == "next" || p == "last" || p == "its" || p == "their" || p == "upcoming" || p == "previous" || a > 0 && isPossessive(s.word(a-1)) {
			return false
		}
	}
	last := strings.TrimSuffix(strings.TrimSuffix(s.lw(b-1), "'s"), "’s")
	// "a Kennedy Center Honor", "the Academy Award": an honour named
	// after a body is no body
	if (notBodyEnds.has(last) || awardHeads.has(last) || ruleEnds.has(last)) && head < b-1 {
		return false
	}
	if eventHeads.has(last) && (last == "conference" || last == "congress" || last == "programme" || last == "program" || last == "initiative") {
		// "Youth Dialogue Exchange Program": an event unless the gazetteer knows it
		return false
	}
	// gazetteer names joined by "and": "Spain and Turkey" has no head, but
	// "the OTS and the UNAOC" or "Council of Europe and the African Union"
	// are two names
	if s.atomsCover(a, b) {
		return false
	}
	// "a Strategic Partnership": a relation, unless named with a complement
	// ("Global Partnership for Education")
	// ("a Comprehensive Strategic Partnership": the words of a relation
	// before it, see relationPartnership)
	if s.is(head, cWeakHeads) && head == b-1 && (b-a <= 2 || s.relationPartnership(a, b)) {
		return false
	}
	start, end := s.toks[a].Start, s.endNoPoss(b-1)
	name := clean(s.text[start:end])
	key := "org:" + gazetteer.Normalize(name)
	var entry *gazetteer.Entry
	if es := s.x.gaz.Lookup(name); len(es) > 0 {
		entry = es[0]
		key = entry.Key
	}
	var e *ent
	if entry != nil {
		e = s.entity(key, entry.Type, entry.Name, entry)
	} else {
		e = s.entity(key, annals.Org, name, nil)
	}
	s.addMention(e, a, b, start, end, mName)
	return true
}

// kindOfBody reports whether the two words name a kind of school or
// fund, no one of them: "High School", "General Fund".
func kindOfBody(first, head string) bool {
	return head == "school" && schoolKinds.has(first) || head == "fund" && first == "general"
}

// schoolKinds name a kind of school before "School": "High School",
// "Law School".
var schoolKinds = set("high", "middle", "elementary", "primary", "secondary", "junior", "senior", "law", "medical", "graduate", "business", "nursing", "charter", "public", "private", "boarding", "summer", "sunday", "night")

// officeBeforeBody returns where the body starts in a chunk [a,b) that
// opens with an office and "of", "in" or "at" ("Career Member of the
// Senior Foreign Service", "Political Section Chief of the U.S. Embassy in
// Angola", "Board Member of the World Institute on Disability"), or that
// follows a title as its portfolio ("Vice Chair for Supervision of the
// Board of Governors of the Federal Reserve System"), or a when
// it does not. The office is a run of capitalized words that no list
// knows ending in a title, rank or membership word; an organization's
// head inside it must stand before a title word ("Board Member"), so that
// "Department of State" or "General Assembly of ..." keep their names.
func (s *state) officeBeforeBody(a, b int) int {
	// "Vice Chair for Supervision of the Board of Governors": the
	// portfolio of a title written before the chunk, with "of the"
	// ("Senior Advisor for Rule of Law" names no body)
	portfolio := s.lw(a-1) == "for" && isTitleHead(s.lw(a-2))
	for k := a + 1; k+1 < b && k-a <= 8; k++ {
		p := s.lw(k)
		if p != "of" && p != "in" && p != "at" && p != "for" && p != "to" {
			if !s.capLike(k) || s.atomIdx(k) >= 0 || orgHeads.has(p) && (portfolio || !officeEnd(s.lw(k+1))) {
				return a
			}
			continue
		}
		// "Directors for Loyola Marymount University", "Trustees of ...":
		// an office held by many
		prev := s.lw(k - 1)
		if !(officeEnd(prev) || officeEnd(strings.TrimSuffix(prev, "s")) || portfolio && p == "of" && s.lw(k+1) == "the") || orgHeads.has(prev) || s.is(a, cOrgHeads) && !officeEnd(s.lw(a+1)) || s.atomIdx(a) >= 0 {
			return a
		}
		k++
		if s.lw(k) == "the" {
			k++
		}
		// "Special Assistant to the President for the Office of ...": the
		// office goes on after another title
		if k+1 < b && isTitleHead(s.lw(k)) && !s.is(k, cOrgHeads) && s.connectorAt(k+1) {
			continue
		}
		// "Mission Director for USAID": a body the lists know
		if ai := s.atomIdx(k); k < b && (s.hasHead(k, b) || ai >= 0 && s.tokAt(s.atoms[ai].Start) == k && s.tokEndAt(s.atoms[ai].End) == b && s.atoms[ai].Entry.Type == annals.Org) {
			return k
		}
		return a
	}
	return a
}

// boardOfficeBody returns where the body starts in a chunk [a,b) that
// opens with a seat on a body's board or council and "of" or "at"
// ("Board Member of Northwind Gas", "Charter Board Member of the Lebanon
// Route", "Board Director at Atlas Mining"), the body's name capitalized
// words to the chunk's end with no head of their own (officeBeforeBody
// reads those with one), or a when it does not: the chunk's head is the
// office's, not the body's ("Board Member of California Head Start" was
// read as a board).
func (s *state) boardOfficeBody(a, b int) int {
	k := a
	for k < b && k-a < 3 && s.capLike(k) && !s.connectorAt(k) && !s.is(k, cOrgHeads) && s.atomIdx(k) < 0 {
		k++
	}
	if k+3 > b || !s.is(k, cOrgHeads) || s.atomIdx(k) >= 0 || !s.capLike(k+1) || !officeEnd(s.lw(k+1)) || s.is(k+1, cOrgHeads) {
		return a
	}
	k += 2
	if p := s.lw(k); p != "of" && p != "at" {
		return a
	}
	k++
	if s.lw(k) == "the" {
		k++
	}
	if k >= b || !s.capLike(k) || s.connectorAt(k) || isTitleHead(s.lw(k)) || s.hasHead(k, b) {
		return a
	}
	for x := k; x < b; x++ {
		if !s.capLike(x) && !s.connectorAt(x) && s.word(x) != "/" && s.word(x) != "&" && s.word(x) != "-" {
			return a
		}
		if m := s.mentAt(x); m != nil {
			return a
		}
	}
	return k
}

// officeEnd reports whether w ends the name of an office before its
// body: a title, a rank or a membership ("Member", "Trustee", "Fellow").
func officeEnd(w string) bool {
	return titleHeads.has(w) || rankWords.has(w) || apposHeads.has(w) || w == "trustee" || w == "candidate" || w == "nominee"
}

// firstHead returns the first organizational head word of [a,b), lower-cased.
func (s *state) firstHead(a, b int) string {
	for k := a; k < b; k++ {
		if w := s.lw(k); orgHeads.has(w) {
			return w
		}
	}
	return ""
}

// atomsCover reports whether gazetteer names cover every capitalized word of [a,b).
func (s *state) atomsCover(a, b int) bool {
	any := false
	for k := a; k < b; k++ {
		if s.capLike(k) && !s.connectorAt(k) {
			if s.atomIdx(k) < 0 {
				return false
			}
			any = true
		}
	}
	return any
}

func isOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	if w[0] < '0' || w[0] > '9' {
		return false
	}
	suf := w[len(w)-2:]
	return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
}

// placeByHead handles geographic names the gazetteer lacks: "Caspian Sea",
// "the village of Khojaly", "the Turkish Port of Ceyhan".
func (s *state) placeByHead(a, b int) bool {
	// "Port of Ceyhan" inside the chunk
	for k := a; k+2 < b+1 && k+1 < b; k++ {
		if s.is(k, cPlaceNouns) && s.lw(k+1) == "of" && k+2 < b {
			// "the State of the Union": a common noun after "the" names
			// no place ("the Republic of the Congo" is a known one)
			if b-k == 4 && s.lw(k+2) == "the" && s.atomIdx(k+3) < 0 {
				return false
			}
			// "the State of Independence of the Republic of Azerbaijan", "a
			// State of Emergency": a common noun after "State of" names a
			// state of things, not a place ("the Town of Normal" is one)
			if s.lw(k) == "state" && s.atomIdx(k+2) < 0 && ner.CommonWord(s.lw(k+2)) {
				return false
			}
			s.classifyAtoms(a, k)
			// "the District of Oregon in Portland": two places
			for j := k + 3; j+1 < b; j++ {
				if ai := s.atomIdx(j + 1); (s.lw(j) == "in" || s.lw(j) == "at") && ai >= 0 && s.atoms[ai].Entry.Type == annals.Place && s.tokAt(s.atoms[ai].Start) == j+1 {
					ok := s.place(k+2, j)
					s.classify(j+1, b)
					return ok
				}
			}
			// "the City of Chicago and White House Chief of Staff": a
			// place the lists know ends the name before "and"; "the
			// Ambassador of the Republic of Korea to the Kingdom of
			// Spain": before "to" (no country's name has a "to"), the
			// list's name may take in the noun ("Kingdom of Spain")
			if ai := s.atomIdx(k + 2); ai >= 0 && s.tokAt(s.atoms[ai].Start) >= a && s.tokAt(s.atoms[ai].Start) <= k+2 {
				if ae := s.tokEndAt(s.atoms[ai].End); ae < b && (s.lw(ae) == "and" || s.word(ae) == "&" || s.word(ae) == "to") {
					ok := s.place(k+2, ae)
					// ("the State of X and City of Y": two places)
					if !s.is(ae+1, cPlaceNouns) || s.lw(ae+2) != "of" || !s.placeByHead(ae+1, b) {
						s.classify(ae+1, b)
					}
					return ok
				}
			}
			// ("the Republic of Wakanda to the United Nations": the
			// place ends before "to" though the lists lack it)
			for j := k + 3; j+1 < b; j++ {
				if s.word(j) == "to" {
					ok := s.place(k+2, j)
					s.classify(j+1, b)
					return ok
				}
			}
			return s.place(k+2, b)
		}
	}
	// "the village of Khojaly": the noun is lower-case before the chunk
	if a >= 2 && s.lw(a-1) == "of" && s.is(a-2, cPlaceNouns) && !text.IsCap(s.word(a-2)) {
		return s.place(a, b)
	}
	// ("ECOWAS Heads of State", "Secretary of State": of a state, no
	// state's name)
	if b-a >= 2 && s.is(b-1, cPlaceHeads) && !s.atomsCover(a, b) && !(s.lw(b-1) == "state" && s.lw(b-2) == "of") {
		// "BACW for the Amazon Basin": the place is the run of capitalized
		// words ending at the head ("Gulf of Aden" keeps its "of")
		k := b - 1
		for k > a && (s.capLike(k-1) || s.lw(k-1) == "of" && k-2 >= a && s.capLike(k-2)) && s.mentAt(k-1) == nil {
			k--
		}
		if k > a {
			s.classifyAtoms(a, k)
		}
		if b-k >= 2 {
			return s.place(k, b)
		}
		return k > a
	}
	// "in Rarotonga, Cook Islands": a place before its country (not "in
	// World War II, America was")
	if p := s.lw(a - 1); (p == "in" || p == "at") && s.word(b) == "," && b-a <= 3 && !s.hasHead(a, b) && s.atomIdx(a) < 0 && !s.historyEventIn(a, b) {
		if ai := s.atomIdx(b + 1); ai >= 0 && s.atoms[ai].Entry.Kind == gazetteer.Country && !s.atoms[ai].Demonym {
			return s.place(a, b)
		}
	}
	return false
}

// historyEventIn reports whether tokens [a,b) name an event of history
// ("World War II", "the Great Recession": see historyEvents).
func (s *state) historyEventIn(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.is(k, cHistoryEvents) {
			return true
		}
	}
	return false
}

func (s *state) place(a, b int) bool {
	if a >= b {
		return false
	}
	start, end := s.toks[a].Start, s.endNoPoss(b-1)
	name := clean(s.text[start:end])
	if ai := s.atomIdx(a); ai >= 0 && s.tokEndAt(s.atoms[ai].End) == b {
		s.addAtom(s.atoms[ai], a, b)
		return true
	}
	e := s.entity("place:"+gazetteer.Normalize(name), annals.Place, name, nil)
	s.addMention(e, a, b, start, end, mName)
	return true
}

// adjectival reports whether a one-word region stands as an adjective
// before another capitalized word ("a Mediterranean Partner").
func (s *state) adjectival(at gazetteer.Match, ka, kb int) bool {
	// "the 23rd Annual Congress": a numbered gathering, not the body the
	// lists know by that one word
	if kb-ka == 1 && at.Entry.Type == annals.Org && s.is(ka, cGatheringHeads) && s.numberedName(ka) {
		return true
	}
	return kb-ka == 1 && at.Entry.Kind == gazetteer.Region && kb < len(s.toks) && s.capLike(kb) && s.atomIdx(kb) < 0 && !s.is(kb, cPlaceHeads) && s.sentOf[kb] == s.sentOf[ka]
}

// classifyAtoms adds the gazetteer names inside [a,b) as mentions. A
// one-word region used as an adjective before another capitalized word
// ("Mediterranean Partner") is not a mention of the region.
func (s *state) classifyAtoms(a, b int) {
	for k := a; k < b; {
		ai := s.atomIdx(k)
		if ai < 0 || s.atoms[ai].Demonym {
			k++
			continue
		}
		at := s.atoms[ai]
		ka, kb := s.tokAt(at.Start), s.tokEndAt(at.End)
		if s.adjectival(at, ka, kb) {
			s.skipAtom[ai] = true
			k = kb
			continue
		}
		// an atom ending inside its last token ("IAEA" of "IAEA's") covers
		// that token, so that no other rule names it again
		if kb <= ka {
			kb = ka + 1
		}
		if ka >= a && kb <= b && !s.covered(ka, kb) {
			s.addAtom(at, ka, kb)
		}
		k = max(kb, k+1)
	}
}

// personByCue recognizes a person named without a title: a known given
// name first ("Jorge Sampaio"), or a name right after an appointment verb,
// before a speech verb or before an apposition with a title ("X, the
// President of ...").
func (s *state) personByCue(a, b int) bool {
	if s.dayNumber(a, b) {
		return false
	}
	// "First Lady Jill Biden Continues ...": a headline's verb ends the name
	for k := a + 1; k < b; k++ {
		if text.IsCap(s.word(k)) && s.is(k, cHeadlineVerbs) {
			b = k
			break
		}
	}
	// words, not tokens: the period of an initial is no word ("Robert L.
	// Sumwalt III" has four), nor are a nickname's quotes ("Charles
	// “Chuck” Hagel" has three)
	n := b - a
	for k := a + 1; k < b; k++ {
		if s.word(k) == "." && isInitial(s.word(k-1)) {
			n--
		}
		if s.nicknameAt(k) {
			n -= 2
		}
	}
	defer func() {
		// a treaty or a process named after a place is not a mention of the
		// place: "Conventional Forces in Europe Treaty"
		if !s.covered(a, b) && (s.is(b-1, cEventHeads) && !s.is(b-1, cOrgHeads)) && b-a >= 2 {
			return
		}
		s.classifyAtoms(a, b)
	}()
	if n < 1 || n > 4 {
		return false
	}
	// "the Rose Garden", "Hamid Karzai International Airport", "the
	// Francis Scott Key Bridge": a name that ends with the noun of a
	// building or a site, which no surname is, is the place it names,
	// no person's (nor a mention of the person it is named after)
	if n >= 2 && s.is(b-1, cSiteHeads) && !s.hasAtom(a, b) && s.siteNameWordIn(a, b-1) {
		if !s.covered(a, b) {
			start, end := s.toks[a].Start, s.toks[b-1].End
			name := clean(s.text[start:end])
			s.addMention(s.entity("place:"+gazetteer.Normalize(name), annals.Place, name, nil), a, b, start, end, mName)
		}
		return true
	}
	// "Follow-On (GRACE-FO) mission": capitals in brackets after a name
	// are its acronym, though they open with a given name
	if s.word(a-1) == "(" && s.word(b) == ")" && s.allCapsWords(a, b) {
		return false
	}
	// "the Nazi era" is no ruler's ("the Obama era")
	if n == 1 && s.is(a, cCreedWords) {
		return false
	}
	for k := a; k < b; k++ {
		w := s.lw(k)
		if orgHeads.has(w) || companySuffixes.has(w) || s.connectorAt(k) && w != "al" && w != "bin" && w != "bint" && w != "ibn" && w != "van" && w != "von" && w != "de" && w != "da" && w != "el" || titleHeads.has(w) && n == 1 ||
			k == b-1 && (eventHeads.has(w) || genericBodies.has(w)) { // "By signing this Executive Order, President X", "the Biden-Harris Administration asked"
			return false
		}
		if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Entry.Type != annals.Person {
			// a person named like a place is rare next to a cue; leave it.
			// A city opening a name whose other words no list knows
			// ("Baghdad Amreyev") is a given name when a cue follows.
			at := s.atoms[ai]
			// A region's name ending a name after a given name or an
			// initial is a surname ("Morrison C. England").
			if n == 1 || !(at.Entry.Kind == gazetteer.City && (k > a || s.tokEndAt(at.End) == a+1 && s.atomIdx(a+1) < 0 && !s.lowerSeen.has(s.lw(a+1))) ||
				at.Entry.Kind == gazetteer.Region && k > a && s.tokEndAt(at.End) == b && s.nameWordBefore(k)) {
				return false
			}
		}
	}
	// the last word: "designated Care Worker Recognition Month" (an
	// observance; "Doris Day" opens with a given name), "the Thomas
	// Jefferson Award", "House Minority Leader" (a prize, an office), "USDA
	// State Director, Rural Development" (a portfolio; "Jim Justice" opens
	// with a given name) end no person's name
	if last, given := s.lw(b-1), gazetteer.IsGivenName(s.word(a)); observanceHeads.has(last) && !given ||
		n > 1 && (awardHeads.has(last) || isTitleHead(last) && !titleSurnames.has(last) || portfolioWords.has(last) && !given) {
		return false
	}
	if s.quoteZone[a] {
		return false
	}
	// "Jack Markell Consulting, LLC": a company named for its founder
	// (left to the tagger, which reads it with its suffix)
	if s.word(b) == "," && companySuffix(s.word(b+1)) && s.word(b+1) != "CO" {
		return false
	}
	given := gazetteer.IsGivenName(s.word(a)) && n >= 2
	prev := s.lw(a - 1)
	// "became an Assistant Federal Defender", "As an Assistant Federal
	// Defender, Judge X": an office after an article, no one's name
	if (prev == "a" || prev == "an") && s.is(a, cTitleModifiers) && !given {
		return false
	}
	next := s.lw(b)
	if timeWords.has(next) {
		next = s.lw(b + 1) // "X yesterday took over"
	}
	cue := appointVerbs.has(prev) || successionWords.has(prev) ||
		// "international footballer Amara Diallo", "journalist X": a
		// person's noun in lower case before the name (not "teacher
		// Registered Apprenticeship program": nouns that qualify things
		// too are no cue there)
		personCueNouns.has(s.lw(a-1)) && !text.IsCap(s.word(a-1)) ||
		// "then-Senator Kamala Harris", "then-Vice President Biden"
		s.thenTitle(a) ||
		// "the Finance Minister of Ukraine, Sergii Marchenko", "the UN High
		// Commissioner for Refugees, Pia Grandi", "Dita Lund, European
		// Commission Director-General for Energy", "Elmar Berg, MEP, ..."
		// (not "Navrina Singh, Founder, Credo AI": where the person
		// before the title holds it)
		prev == "," && s.titleEndsAt(a-2) && !s.employerSetOff(a, b) || s.word(b) == "," && s.titleStartsAt(b+1) ||
		// "Lena Marsh is currently the Director of ..."
		n >= 2 && s.bioCue(b) ||
		// "EP rapporteur on maritime fuels Ina Ertl"
		!text.IsCap(s.word(a-1)) && s.lowerTitleOrg(a-1) ||
		s.word(b) == "," && (s.is(b+1, cTitleHeads) || s.is(b+1, cTitleModifiers) || s.lw(b+1) == "who" || (s.lw(b+1) == "the" || s.lw(b+1) == "former" || s.lw(b+1) == "a") && (s.is(b+2, cTitleHeads) || s.is(b+2, cTitleModifiers))) ||
		// "ASFO's executive director, Marguerite Diouf, ..."
		prev == "," && s.is(a-2, cTitleHeads) && !s.employerSetOff(a, b) ||
		(speechVerbs.has(next) || successionWords.has(next) || personVerbs.has(next)) && n >= 2 && !s.sentenceStart(a) ||
		(successionWords.has(next) || personVerbs.has(next)) && n >= 2 ||
		// "vice Morrison C. England, Jr.": a middle initial between name
		// words
		s.middleInitial(a, b)
	// "the Lukashenka regime", "the Obama administration": a leader's name
	// before the government named after them
	// "the Federal government" names no one
	ruler := n <= 2 && s.lw(a-1) == "the" && s.is(b, cLeaderNouns) && !isPossessive(s.word(b-1)) && !strings.ContainsAny(s.word(a), "-‑") &&
		ner.NameLike(s.word(a)) && ner.NameLike(s.word(b-1))
	// "Raman Pratasevich, a Belarusian journalist"
	if !cue && s.word(b) == "," && (s.lw(b+1) == "a" || s.lw(b+1) == "an") {
		k := b + 2
		if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym {
			k = s.tokEndAt(s.atoms[ai].End)
		}
		cue = s.is(k, cPersonNouns)
	}
	// "announced Operation Sentinel, a new operation", "Project Tern, a
	// new port": an operation or a programme named by its noun first is
	// no one's name, whatever cue follows ("Operation Rescue, an
	// anti-abortion group" may still be a body)
	programme := s.lw(a) == "operation" || s.is(a, cProgrammeHeads)
	if !given && !(cue && n >= 2) && !ruler || programme {
		return s.orgByNoun(a, b)
	}
	// "FEMA Administrator Deanne Criswell, Chief Medical Advisor ...": the
	// person's name follows the title inside the chunk; a surname alone
	// too ("Infrastructure Coordinator Landrieu")
	for k := b - 2; k > a; k-- {
		if k == b-2 && !s.nameFollows(k+1, b) {
			continue
		}
		if w := s.lw(k); isTitleHead(w) && !titleSurnames.has(w) && text.IsCap(s.word(k)) && s.titlePrefixWords(a, k) {
			s.classify(a, k)
			s.person(k+1, b)
			return true
		}
	}
	s.person(a, b)
	return true
}

// middleInitial reports whether tokens [a,b) are a capitalized word, an
// initial with its period and a surname, perhaps with a generation:
// "Morrison C. England", "Robert P. Storch", "Lloyd J. Austin III".
func (s *state) middleInitial(a, b int) bool {
	// one surname, or a surname and a generation ("Lloyd J. Austin III")
	if b-a != 4 && !(b-a == 5 && s.is(b-1, cNameSuffixes)) {
		return false
	}
	if !s.capLike(a) || s.lowerSeen.has(s.lw(a)) || s.is(a, cSentenceOpeners) || !isInitial(s.word(a+1)) || s.word(a+2) != "." || s.toks[a+1].End != s.toks[a+2].Start {
		return false
	}
	// ("Exhibit A. We": a sentence after a letter)
	for k := a + 3; k < b; k++ {
		if !s.capLike(k) || s.is(k, cOrgHeads) || s.is(k, cPlaceHeads) || s.is(k, cSentenceOpeners) {
			return false
		}
	}
	return true
}

// nameWordBefore reports whether the word before token e is a given name
// or a particle of a name ("de", "van"), after which a city's name is a
// surname.
func (s *state) nameWordBefore(e int) bool {
	return gazetteer.IsGivenName(s.word(e-1)) || s.is(e-1, cNameParticles) ||
		// "Morrison C. England": an initial after a name word
		s.word(e-1) == "." && isInitial(s.word(e-2)) && s.capLike(e-3) && s.toks[e-2].End == s.toks[e-1].Start
}

// portfolioBodyBeforeName returns where a person's name begins in chunk
// [a,b) that opens with a body's head, "of" and a portfolio ("Department
// of Energy", "Department of Homeland Security") and ends with two or
// three words of a name that no list knows as anything else ("Carla
// Frisch"), else -1.
func (s *state) portfolioBodyBeforeName(a, b int) int {
	// "Environmental Protection Agency Tom Walsh": capitalized words
	// ending with the head of a body's name, then a name that opens with
	// a known given name
	for h := a + 1; h < b-2 && h < a+6 && s.capLike(h) && !s.connectorAt(h) && s.atomIdx(h) < 0; h++ {
		if s.is(h, cStrictBodyHeads) {
			// (not a title that is also a given name: "Andean Law
			// School Dean Weiss")
			if b-h-1 <= 3 && s.givenNameRun(h+1, b) && !s.is(a, cTitleHeads) && !s.is(a, cTitleModifiers) && !isTitleHead(s.lw(h+1)) && !s.is(h+1, cTitleModifiers) {
				return h + 1
			}
			break
		}
	}
	if w := s.lw(a); !strictBodyHeads.has(w) && !orgHeads.has(w) || titleHeads.has(w) || s.lw(a+1) != "of" || s.atomIdx(a) >= 0 {
		return -1
	}
	j := a + 2
	if s.lw(j) == "the" {
		j++
	}
	ns := j
	for ns < b && (s.capLike(ns) && s.is(ns, cPortfolioWords) && s.atomIdx(ns) < 0 || ns > j && s.lw(ns) == "and" && s.is(ns+1, cPortfolioWords)) {
		ns++
	}
	if ns == j || b-ns < 2 || b-ns > 3 {
		return -1
	}
	if s.givenNameRun(ns, b) && !isTitleHead(s.lw(ns)) && !s.is(ns, cTitleModifiers) {
		return ns
	}
	for x := ns; x < b; x++ {
		if !s.nameWordNoListKnows(x) {
			return -1
		}
	}
	return ns
}

// placeBodies are the names of a legislature or a court that a place
// written before them makes that place's own.
var placeBodies = set("general assembly", "senate", "state senate", "house", "house of representatives", "house of delegates",
	"assembly", "state assembly", "national assembly", "legislature", "state legislature", "legislative assembly",
	"supreme court", "parliament", "congress", "national congress", "chamber of deputies")

// placesBody reports whether chunk [a,b) is a place the lists know (a
// country, a region or a city, or its demonym), then the generic name of
// a legislature or a court ("Georgia General Assembly", "Ohio Senate",
// "Philippine Senate", "Peruvian Congress"), and the lists know no body by the whole name.
func (s *state) placesBody(a, b int) bool {
	ai := s.atomIdx(a)
	if ai < 0 || s.atoms[ai].Entry.Type != annals.Place || s.tokAt(s.atoms[ai].Start) != a {
		return false
	}
	k := s.tokEndAt(s.atoms[ai].End)
	if k >= b || b-k > 3 || s.atomIdx(k) == ai {
		return false
	}
	ws := make([]string, 0, 3)
	for x := k; x < b; x++ {
		if x > k && s.atomIdx(x) != s.atomIdx(k) && s.atomIdx(x) >= 0 {
			return false
		}
		ws = append(ws, s.lw(x))
	}
	// (the lists may know the whole name: "U.S. Senate", "American
	// Senate" as "United States Senate")
	body := strings.Join(ws, " ")
	if !placeBodies.has(body) || len(s.x.gaz.Lookup(s.text[s.toks[a].Start:s.toks[b-1].End])) > 0 {
		return false
	}
	return !s.atoms[ai].Demonym || len(s.x.gaz.Lookup(s.atoms[ai].Entry.Name+" "+body)) == 0
}

// givenNameOpens reports whether tokens [k,e) are a known given name
// and words of a name no list knows ("Rosa Icela", "Alicia Bárcena"):
// the start of a name a surname may end.
func (s *state) givenNameOpens(k, e int) bool {
	if e-k < 2 || e-k > 3 || !gazetteer.IsGivenName(s.word(k)) || s.atomIdx(k) >= 0 {
		return false
	}
	for j := k + 1; j < e; j++ {
		if !s.nameWordNoListKnows(j) {
			return false
		}
	}
	return true
}

// titlePrefixWords reports whether tokens [a,k) may open a title: an
// organization's acronym or known name, a portfolio or a title's words
// ("FEMA", "Transportation", "Rear"; not "Mass" of "Mass General").
func (s *state) titlePrefixWords(a, k int) bool {
	for j := a; j < k; j++ {
		w, l := s.word(j), s.lw(j)
		if ai := s.atomIdx(j); ai >= 0 && s.atoms[ai].Entry.Type == annals.Org {
			continue
		}
		if !(len(w) > 1 && text.IsAllCaps(w) || titleHeads.has(l) || titleModifiers.has(l) || portfolioWords.has(l)) {
			return false
		}
	}
	return true
}

// bioCue reports whether a biography's verb and an office follow token b:
// "is currently the Director of", "has served as Chair of".
func (s *state) bioCue(b int) bool {
	for s.is(b, cBioSkips) {
		b++
	}
	if !s.is(b, cBioVerbs) {
		return false
	}
	b++
	for s.is(b, cBioSkips) {
		b++
	}
	switch s.lw(b) {
	case "as", "on":
		b++
	}
	switch s.lw(b) {
	case "the", "a", "an":
		b++
	}
	return s.isTitleAt(b)
}

// titleEndsAt reports whether token k ends a title with its organization:
// "Minister of Ukraine", "Director-General of the WHO", or a name the
// lists give an office of ("United Nations High Commissioner for
// Refugees").
func (s *state) titleEndsAt(k int) bool {
	m := s.mentAt(k)
	if m == nil || m.b != k+1 || m.ent.typ == annals.Person {
		return false
	}
	for x := m.a + 1; x < m.b; x++ {
		if s.is(x, cTitleHeads) && !s.is(x, cTitleModifiers) && !s.is(x, cOrgHeads) && text.IsCap(s.word(x)) {
			return true
		}
	}
	j := m.a - 1
	if s.lw(j) == "the" {
		j--
	}
	return (s.lw(j) == "of" || s.lw(j) == "for") && s.is(j-1, cTitleHeads) && text.IsCap(s.word(j-1))
}

// titleStartsAt reports whether an office opens at token k: a title
// abbreviation ("MEP"), or an organization's name followed by a title
// ("European Commission Director-General").
func (s *state) titleStartsAt(k int) bool {
	if titleAbbrevs[s.word(k)] != "" {
		return true
	}
	if s.lw(k) == "the" {
		k++
	}
	ai := s.atomIdx(k)
	if ai < 0 || s.atoms[ai].Demonym || s.tokAt(s.atoms[ai].Start) != k || s.atoms[ai].Entry.Type == annals.Person {
		return false
	}
	e := s.tokEndAt(s.atoms[ai].End)
	return s.is(e, cTitleHeads) && text.IsCap(s.word(e)) && !s.is(e, cOrgHeads)
}

// titleAbbrevs are offices written as abbreviations after a name, with the
// body they are offices of: "Elmar Berg, MEP".
var titleAbbrevs = map[string]string{"MEP": "European Parliament"}

// personList reads two people joined by "and" in one capitalized chunk
// [a,b) ("Paul Anders and Mark Ellis"): each side two to four words with
// no organizational head and no gazetteer name, at least one opening with
// a known given name.
func (s *state) personList(a, b int) bool {
	k := -1
	for x := a + 1; x < b-1; x++ {
		if s.lw(x) == "and" {
			if k >= 0 {
				return false
			}
			k = x
		}
	}
	if k < 0 {
		return false
	}
	side := func(p, q int) bool {
		if q-p < 2 || q-p > 4 {
			return false
		}
		for x := p; x < q; x++ {
			w := s.lw(x)
			if !s.capLike(x) && !nameParticles.has(w) || orgHeads.has(w) || placeHeads.has(w) || titleHeads.has(w) || titleModifiers.has(w) || eventHeads.has(w) || s.connectorAt(x) && !nameParticles.has(w) || s.lowerSeen.has(w) && !nameParticles.has(w) {
				return false
			}
			if ai := s.atomIdx(x); ai >= 0 && s.atoms[ai].Entry.Kind != gazetteer.City {
				return false
			}
		}
		return true
	}
	// "Mark Ellis in Rome": the second name ends at a connector
	r := k + 1
	for r < b && !(s.connectorAt(r) && !s.is(r, cNameParticles)) {
		r++
	}
	if !side(a, k) || !side(k+1, r) || !gazetteer.IsGivenName(s.word(a)) && !gazetteer.IsGivenName(s.word(k+1)) {
		return false
	}
	s.person(a, k)
	s.person(k+1, r)
	if r+1 < b {
		s.classify(r+1, b)
	}
	return true
}

// orgByNoun reads an organization introduced by a common noun: "the NGO
// Pagebridge", "the charity Open Shelves"; or set off after a person and
// a title the person holds there: "Navrina Singh, Founder, Credo AI".
func (s *state) orgByNoun(a, b int) bool {
	if b-a > 3 || s.atomIdx(a) >= 0 || s.quoteZone[a] {
		return false
	}
	byNoun := s.is(a-1, cOrgNouns) && (!text.IsCap(s.word(a-1)) || s.lw(a-1) == "ngo")
	// "Pagebridge, a Lyon-based non-governmental organization"
	byApposition := false
	if s.word(b) == "," && (s.lw(b+1) == "a" || s.lw(b+1) == "an") {
		for k := b + 2; k < len(s.toks) && k <= b+7 && s.toks[k].Kind != text.Punct || k < len(s.toks) && s.word(k) == "-"; k++ {
			if s.is(k, cOrgNouns) || s.lw(k) == "ngo" || s.lw(k) == "agency" || s.lw(k) == "body" {
				byApposition = true
				break
			}
		}
	}
	// "Navrina Singh, Founder, Credo AI": where the person holds the title
	byEmployer := !byNoun && !byApposition && s.employerSetOff(a, b) && !s.placeWordIn(a, b)
	if !byNoun && !byApposition && !byEmployer {
		return false
	}
	start, end := s.toks[a].Start, s.endNoPoss(b-1)
	name := clean(s.text[start:end])
	e := s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil)
	s.addMention(e, a, b, start, end, mName)
	return true
}

// siteNameWordIn reports whether tokens [a,b) hold a capitalized word
// that is no generic word of a site's name ("National", "International",
// "Regional", "Municipal") nor a connector: "Rose" of "Rose Garden", not
// "National Monument" alone.
func (s *state) siteNameWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.capLike(k) && !s.connectorAt(k) && !s.is(k, cGenericSiteWords) && !s.is(k, cTitleModifiers) {
			return true
		}
	}
	return false
}

// genericSiteWords qualify a site's head without naming it.
var genericSiteWords = set("national", "international", "regional", "municipal", "county", "state", "federal", "memorial", "marine", "east", "west", "north", "south", "nw", "ne", "sw", "se", "main", "public", "new", "old", "historic")

// siteHeads end the names of buildings and sites and are no surnames (not
// "Hall", "Park", "Street", "House" or "Church": those are): see
// personByCue.
var siteHeads = set("airport", "garden", "gardens", "room", "building", "bridge", "monument", "memorial", "cathedral", "mosque",
	"synagogue", "stadium", "arena", "museum", "library", "plaza", "avenue", "boulevard", "highway", "beach")

// Words around a name that tell it is a person's.
var (
	leaderNouns = set("regime", "administration", "family", "government", "dynasty", "presidency", "era", "clan")
	personNouns = set("journalist", "activist", "lawyer", "businessman", "businesswoman", "politician", "citizen",
		"national", "blogger", "dissident", "writer", "author", "student", "doctor", "nurse", "teacher", "farmer",
		"engineer", "soldier", "pilot", "reporter", "photographer", "filmmaker", "artist", "poet", "singer",
		"economist", "scholar", "professor", "researcher", "scientist", "priest", "nun", "volunteer", "refugee",
		"resident", "native", "lawmaker", "legislator", "senator", "veteran", "entrepreneur", "philanthropist",
		"footballer", "athlete", "cricketer", "swimmer", "sprinter", "actor", "actress", "musician", "novelist",
		"comedian", "chef", "designer", "composer", "sculptor", "painter", "goalkeeper", "striker", "midfielder")
	// personCueNouns before a capitalized name in lower case tell it is a
	// person's: "footballer Amara Diallo", "activist X" (not "teacher",
	// "student", "resident": "teacher Registered Apprenticeship program")
	personCueNouns = set("journalist", "activist", "lawyer", "businessman", "businesswoman", "politician", "blogger",
		"dissident", "writer", "author", "photographer", "filmmaker", "poet", "singer", "philanthropist", "entrepreneur",
		"footballer", "athlete", "cricketer", "swimmer", "sprinter", "actor", "actress", "musician", "novelist",
		"comedian", "composer", "sculptor", "painter", "goalkeeper", "striker", "midfielder")
	timeWords       = set("yesterday", "today", "tomorrow", "then", "now", "also", "later", "formally", "officially")
	successionWords = set("replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding", "succeed", "replace")
	personVerbs     = set("took", "takes", "resigned", "resigns", "died", "became", "becomes", "led", "leads", "heads", "headed", "chairs", "chaired", "presided", "retired", "retires", "steps", "stepped", "hand", "hands", "handed", "thanked", "told", "recalled", "urged", "warned", "welcomed", "praised")
	orgNouns        = set("ngo", "charity", "nonprofit", "non-profit", "firm", "company", "organization", "organisation", "foundation", "network", "association", "group", "initiative", "think-tank", "institute", "startup", "platform", "movement", "coalition")
)

// acronymDefinitions reads "Full Name (ACR)": the acronym becomes an alias
// of the organization just named, or an abbreviation of a title
// ("Principal Deputy National Security Advisor (PDNSA)").
func (s *state) acronymDefinitions() {
	for i := 1; i+2 < len(s.toks); i++ {
		if s.word(i) != "(" {
			continue
		}
		j := i + 1
		var acr strings.Builder
		for j < len(s.toks) && s.word(j) != ")" && j-i < 6 {
			acr.WriteString(s.word(j))
			j++
		}
		if j >= len(s.toks) || s.word(j) != ")" || s.toks[j-1].End-s.toks[i+1].Start != acr.Len() {
			continue
		}
		a := acr.String()
		if !looksAcronym(a) || partyOfState(a) {
			continue
		}
		// the expansion: the capitalized phrase ending right before "("
		eb := i
		ea := eb
		for ea > 0 && s.sentOf[ea-1] == s.sentOf[i] && (s.capLike(ea-1) || s.connectorAt(ea-1) && ea-2 >= 0 && s.capLike(ea-2)) {
			ea--
		}
		for ea < eb && s.connectorAt(ea) {
			ea++
		}
		if o := s.gerundObject(ea, eb); o > ea && o < eb && s.headedName(o, eb) {
			ea = o
		}
		if ea >= eb {
			continue
		}
		// "Islamic Educational, Scientific and Cultural Organization
		// (ISESCO)": the name goes on before a comma when its words spell
		// more of the acronym
		wide := s.expansionBeforeComma(a, ea, eb)
		if wide < ea {
			ea = wide
		} else if !initialsFit(a, s.words(ea, eb)) && !s.acronymInItsLanguage(a, i+1, ea, eb) {
			continue
		}
		// a title: remember it for "PDNSA Finer", "SPEC John Kerry"
		if s.is(eb-1, cTitleHeads) || s.portfolioTitle(ea, eb) {
			k, title, _ := s.titlePrefix(ea, eb)
			s.pendingAtom = s.pendingAtom[:0]
			if title == "" || k != eb {
				title = s.text[s.toks[ea].Start:s.toks[eb-1].End]
			}
			s.titles[a] = clean(title)
			continue
		}
		// the entity named by the expansion, or a new organization
		var e *ent
		if wide < eb && !s.quoteZone[ea] {
			// the names read inside the whole name are its parts: "Arab
			// League", "Scientific and Cultural Organization"
			for k := ea; k < eb; k++ {
				if m := s.mentAt(k); m != nil && m.a >= ea && m.b <= eb && (m.a > ea || m.b < eb) {
					s.dropMention(m)
				}
			}
		}
		if m := s.mentAt(eb - 1); m != nil && m.ent.typ == annals.Org {
			e = m.ent
		} else if s.quoteZone[ea] || s.is(eb-1, cEventHeads) && !s.is(eb-1, cOrgHeads) && !s.marketAt(ea, eb) || s.is(eb-1, cProgrammeHeads) || s.documentName(ea, eb) || s.documentGoesOn(j+1) || ruleEnds.has(s.lw(eb-1)) || notBodyEnds.has(s.lw(eb-1)) || s.lawOrAidName(ea, eb) {
			// "Glacier Retreat Adaptation Programme (GRAP)" is a programme,
			// "Memorandum of Understanding (MOU)" a document, not an
			// organization (the gazetteer knows the UNDP)
			continue
		} else if ai := s.atomIdx(ea); wide < eb && ai >= 0 && s.atoms[ai].Entry.Type == annals.Org && s.tokAt(s.atoms[ai].Start) == ea && s.tokEndAt(s.atoms[ai].End) == eb && !s.covered(ea, eb) {
			// the whole name is one the lists know (the chunks stop at commas)
			e = s.entity(s.atoms[ai].Entry.Key, annals.Org, s.atoms[ai].Entry.Name, s.atoms[ai].Entry)
			s.addMention(e, ea, eb, s.atoms[ai].Start, s.atoms[ai].End, mName)
		} else if !s.covered(ea, eb) && eb-ea >= 2 {
			start, end := s.toks[ea].Start, s.toks[eb-1].End
			name := clean(s.text[start:end])
			e = s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil)
			s.addMention(e, ea, eb, start, end, mName)
		}
		if e == nil {
			continue
		}
		if m := s.mentAt(i + 1); m != nil && m.a == i+1 && m.b == j && m.ent != e && m.ent.typ == annals.Org {
			if m.ent.entry != nil && nameWithin(m.ent.entry.Name, e.name) {
				// "the Economic Community of West African States (ECOWAS)"
				// read as a new name, "the Departments of Defense (DOD),
				// Health and Human Services (HHS)": the body the lists know
				if e.entry == nil && len(e.ments) == 1 {
					x := e.ments[0]
					s.dropMention(x)
					s.addMention(m.ent, x.a, x.b, x.start, x.end, mName)
					e = m.ent
				}
			} else if initialsMisses(a, strings.Fields(e.name)) == 0 {
				// "the International Coordinating Group on Vaccine
				// Provision (ICG)": the story's own body, not the one the
				// lists know by the same letters (the International Crisis
				// Group)
				s.dropMention(m)
				s.ownAcronyms[a] = true
			}
		}
		if !s.covered(i+1, j) {
			s.addMention(e, i+1, j, s.toks[i+1].Start, s.toks[j-1].End, mAcronym)
		}
		s.acronyms[a] = e
	}
}

// nameWithin reports whether the listed name a of a body holds the name b
// written in a story word for word ("Department of Health and Human
// Services" holds "Health and Human Services"; "Federal Bureau of
// Investigation" holds "Federal Bureau of Investigations", a word's
// plural), so that b is a's short form. A longer b names another body
// ("U.S. Mission to the Organization for Security and Co-operation in
// Europe" is no short form of the OSCE).
func nameWithin(a, b string) bool {
	stem := func(n string) string {
		var sb strings.Builder
		for _, w := range strings.Fields(gazetteer.Normalize(n)) {
			if len(w) > 3 {
				w = strings.TrimSuffix(w, "s")
			}
			sb.WriteString(" " + w)
		}
		return sb.String() + " "
	}
	a, b = stem(a), stem(b)
	return len(b) > 2 && strings.Contains(a, b)
}

// acronymInItsLanguage reports whether acronym a, in parentheses at
// token k, names the organization the gazetteer knows by the whole name
// [ea,eb) before it, though its letters spell the name in another
// language: "the Organisation of Ibero-American States (OEI)" (Spanish
// "Organización de Estados Iberoamericanos"), "World Health Organization
// (OMS)". The acronym starts with the name's first letter and is no name
// of another entry the gazetteer knows ("the National Health Service
// (UK)" is not the service's acronym).
func (s *state) acronymInItsLanguage(a string, k, ea, eb int) bool {
	m := s.orgBeforeBracket(k)
	if m == nil || m.a != ea || m.b != eb || m.ent.entry == nil {
		return false
	}
	if s.atomIdx(k) >= 0 {
		return false
	}
	caps, inits := acronymCaps(a, s.words(ea, eb))
	return len(caps) >= 2 && len(inits) > 0 && caps[0] == inits[0]
}

// gerundObject returns where the object starts when [a,b) opens its
// sentence with a verb in "-ing" and "the" (or "on the"): "Launching the
// Partnership for ..."; else a.
func (s *state) gerundObject(a, b int) int {
	w := s.lw(a)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || !text.IsCap(s.word(a)) || s.atomIdx(a) >= 0 || !s.sentenceStart(a) {
		return a
	}
	j := a + 1
	if s.lw(j) == "on" {
		j++
	}
	if s.lw(j) != "the" || j+1 >= b || !s.capLike(j+1) {
		return a
	}
	return j + 1
}

// headedName reports whether [a,b) ends with a body's head, or has one
// before its complement: "Mineral Security Partnership", "Partnership for
// Global Infrastructure" (not "Customer Experience and Service Delivery").
func (s *state) headedName(a, b int) bool {
	for k := a; k < b; k++ {
		if text.IsCap(s.word(k)) && s.is(k, cOrgHeads) {
			if w := s.lw(k + 1); k == b-1 || w == "of" || w == "for" || w == "on" || w == "to" {
				return true
			}
		}
	}
	return false
}

// lawOrAidName reports whether [a,b) names a law or a field of law
// ("Bipartisan Infrastructure Law", "International Humanitarian Law", the
// "Farm Bill"), a tax or a tax credit ("Heavy Vehicle Use Tax", the "Child
// Tax Credit") or a line of aid ("Development Assistance"), no body:
// common words before "Law", "Bill" or "Tax", "Tax" before "Credit", or
// "Assistance", and no head of a body's name ("Stanford Law", "Yale Law",
// "SCU Law" name schools; "Office of Foreign Disaster Assistance" is an
// office; "Brady Bill", a name before "Bill", is left as it is read). The
// last word may be in the possessive ("the Bipartisan Infrastructure
// Law’s investment"). A bill named after a person is a law too ("the
// Brady Bill").
func (s *state) lawOrAidName(a, b int) bool {
	if b-a < 2 || s.hasHead(a, b-1) {
		return false
	}
	p := s.word(b - 2)
	switch trimPossessive(s.lw(b - 1)) {
	case "law", "tax", "taxes":
		// ("S. Law" is a person)
		return len(p) >= 3 && s.toks[b-2].Kind == text.Word && !ner.NameLike(p) && !text.IsAllCaps(p) && !s.connectorAt(b-2) && s.lw(b-2) != "the"
	case "bill":
		// any word but a given name or a title before "Bill" ("Farm",
		// "Brady", "GI"; "Uncle Bill", "Senator Bill")
		return len(p) >= 2 && s.toks[b-2].Kind == text.Word && text.IsCap(p) && !gazetteer.IsGivenName(p) && !s.isTitleWord(b-2) && !s.honorificAt(b-2)
	case "credit", "credits":
		return s.lw(b-2) == "tax"
	case "assistance":
		return true
	}
	return false
}

// partyOfState reports whether a is a lawmaker's party and state in
// brackets ("Ranking Member Ted Cruz (R-TX)"), no acronym of the words
// before it.
func partyOfState(a string) bool {
	p, st, ok := strings.Cut(a, "-")
	return ok && (p == "R" || p == "D" || p == "I") && usStateCodes.has(st)
}

// documentGoesOn reports whether the words from token k, a document's
// head or a connector and then capitalized words, end with a document's
// head: "Providing Urgent Maternal Protections (PUMP)
// for Nursing Mothers Act" is the name of a law around its acronym.
func (s *state) documentGoesOn(k int) bool {
	// "(ACR) Act", "(ACR) for Nursing Mothers Act"; not "(IPEF) Supply
	// Chain Agreement", an agreement named after a body
	if !s.is(k, cDocumentHeads) && !s.connectorAt(k) {
		return false
	}
	e := k
	for e < len(s.toks) && e-k < 8 && s.sentOf[e] == s.sentOf[k-1] && (s.capLike(e) || s.connectorAt(e) && s.capLike(e+1)) {
		e++
	}
	return e > k && s.capLike(e-1) && s.is(e-1, cDocumentHeads)
}

// documentName reports whether [a,b) names a document: by its last word
// ("Paris Agreement") or by its first before "of" ("Memorandum of
// Understanding", "Declaration of Principles").
func (s *state) documentName(a, b int) bool {
	return s.is(b-1, cDocumentHeads) || b-a >= 3 && s.is(a, cDocumentHeads) && s.lw(a+1) == "of"
}

// portfolioTitle reports whether [a,b) is an office with its portfolio,
// "Special Presidential Envoy for Climate", and not the name of a body
// ("Office of the Special Envoy for Climate", "the High Commissioner for
// Refugees" the lists know as the agency).
func (s *state) portfolioTitle(a, b int) bool {
	if m := s.mentAt(b - 1); m != nil && m.ent.typ == annals.Org {
		return false
	}
	for p := a; p+2 < b; p++ {
		if s.lw(p+1) == "for" && s.is(p, cTitleHeads) {
			return !s.hasHead(a, b)
		}
	}
	return false
}

// marketAt reports whether the name [a,b) is that of a market, an
// exchange named by what it trades or where ("Dhaka Stock Exchange",
// "European Options Exchange"), not an exchange programme.
func (s *state) marketAt(a, b int) bool {
	return b-a >= 2 && s.lw(b-1) == "exchange" && s.is(b-2, cMarketWords)
}

// titledNameIn reports whether tokens [a,b) hold a title's head and then
// two capitalized words, the first no head, title, portfolio or modifier:
// a titled person's name ("CFPB Director Rohit Chopra").
func (s *state) titledNameIn(a, b int) bool {
	for p := a; p+1 < b; p++ {
		if s.is(p, cTitleHeads) && s.capLike(p) && s.capLike(p+1) && p+2 < b && s.capLike(p+2) && !s.is(p+1, cOrgHeads) && !isTitleHead(s.lw(p+1)) && !s.connectorAt(p+1) && !s.is(p+1, cPortfolioWords) && !s.is(p+1, cTitleModifiers) {
			return true
		}
	}
	return false
}

// officeRanks rank an office and open no body's name: "Deputy" of "Deputy
// National Economic Council Director".
var officeRanks = set("deputy", "acting", "interim", "assistant", "associate", "vice")

// rankTitle returns title with the ranks written before the body ("Deputy
// National Economic Council Director": "Deputy Director"); "Acting" and
// "Interim" are no words of an office's title, as elsewhere.
func rankTitle(ranks []string, title string) string {
	var ws []string
	for _, r := range ranks {
		if l := strings.ToLower(r); l != "acting" && l != "interim" {
			ws = append(ws, r)
		}
	}
	if len(ws) == 0 {
		return title
	}
	return strings.Join(ws, " ") + " " + title
}

// ministryHeads open names whose complement may hold "and".
var ministryHeads = set("ministry", "department", "minister", "secretary", "commission", "committee", "subcommittee", "office", "directorate")

// weakHeads make an organization only with a complement or a longer name.
var weakHeads = set("partnership", "initiative", "programme", "program", "movement", "network", "coalition", "community", "group")

// stateRelations qualify a relation between states: "a Comprehensive
// Strategic Partnership", "an Enhanced Strategic Partnership".
var stateRelations = set("comprehensive", "strategic", "enhanced", "special", "privileged", "upgraded", "elevated",
	"extended", "bilateral", "closer", "deeper")

// relationPartnership reports whether [a,b) is a relation between
// states named by its kind: words of stateRelations, then "Partnership"
// ("Comprehensive Strategic Partnership", not "Mineral Security
// Partnership").
func (s *state) relationPartnership(a, b int) bool {
	if b-a < 2 || s.lw(b-1) != "partnership" {
		return false
	}
	for k := a; k < b-1; k++ {
		if !s.is(k, cStateRelations) {
			return false
		}
	}
	return true
}

// stateOfTheUnionEnd returns the end of "State of the Union" at token a,
// with "Address" or "Speech" after it, or a if it is not there.
func (s *state) stateOfTheUnionEnd(a int) int {
	if s.lw(a) != "state" || s.lw(a+1) != "of" || s.lw(a+2) != "the" || s.lw(a+3) != "union" || !text.IsCap(s.word(a+3)) {
		return a
	}
	if w := s.lw(a + 4); w == "address" || w == "addresses" || w == "speech" || w == "speeches" {
		return a + 5
	}
	return a + 4
}

// documentHeads end the names of documents: treaties, charters, acts.
var documentHeads = set("treaty", "agreement", "accord", "convention", "charter", "act", "protocol", "declaration", "regulations", "resolution", "constitution", "statute", "pact", "memorandum", "communique", "communiqué")

// gatheringHeads end names that may be gatherings as much as bodies.
var gatheringHeads = set("forum", "summit", "conference", "congress", "assembly", "dialogue")

// programmeHeads end the names of programmes and plans.
var programmeHeads = set("programme", "program", "plan", "initiative", "strategy", "project", "agenda", "framework", "fund's")

// words returns the words of tokens [a,b).
func (s *state) words(a, b int) []string {
	var ws []string
	for k := a; k < b; k++ {
		if s.toks[k].Kind == text.Word {
			ws = append(ws, s.word(k))
		}
	}
	return ws
}

// looksAcronym reports whether a is written like an acronym: 2-12
// characters, starting with a capital, with at least two capitals.
func looksAcronym(a string) bool {
	if len(a) < 2 || len(a) > 14 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(r) {
		return false
	}
	caps := 0
	for _, r := range a {
		if unicode.IsUpper(r) {
			caps++
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '-' && r != '&' && r != '.' {
			return false
		}
	}
	return caps >= 2
}

// expansionBeforeComma returns where the expansion [ea,eb) of acronym a,
// an organization's name by its head, starts when it goes on before
// commas: the capitalized words before ", " or ", and " whose initials,
// with the expansion's, spell the acronym with fewer letters missing and
// at most one word's initial left out ("Arab League Educational,
// Cultural and Scientific Organization (ALECSO)"; not "Matt Garman, CEO
// of Amazon Web Services (AWS)"); eb when none does.
func (s *state) expansionBeforeComma(a string, ea, eb int) int {
	best, at := initialsMisses(a, s.words(ea, eb)), eb
	if !s.is(eb-1, cOrgHeads) {
		return at
	}
	caps := 0
	for _, r := range a {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	si := s.sentOf[eb]
	for p, n := ea, 0; n < 3; n++ {
		if s.lw(p-1) == "and" {
			p--
		}
		if p < 2 || s.word(p-1) != "," || s.sentOf[p-2] != si || !s.capLike(p-2) || s.connectorAt(p-2) {
			break
		}
		p--
		for p > 0 && s.sentOf[p-1] == si && (s.capLike(p-1) || s.connectorAt(p-1) && s.lw(p-1) != "and" && p-2 >= 0 && s.capLike(p-2)) {
			p--
		}
		q := p
		for q < eb && s.connectorAt(q) {
			q++
		}
		content := 0
		for k := q; k < eb; k++ {
			if s.toks[k].Kind == text.Word && !s.connectorAt(k) {
				content++
			}
		}
		if m := initialsMisses(a, s.words(q, eb)); m >= 0 && (best < 0 || m < best) && content-(caps-m) <= 1 {
			best, at = m, q
		}
	}
	return at
}

// initialsFit reports whether the capitals of acronym a can be read, in
// order, from the starts of the words (or of their hyphenated parts), with
// the first capital being the first word's initial.
func initialsFit(a string, words []string) bool {
	caps, inits := acronymCaps(a, words)
	if len(caps) == 0 || len(inits) == 0 || caps[0] != inits[0] {
		return false
	}
	// caps must be a subsequence of the initials, allowing at most one
	// letter that comes from inside a word ("UNESCO")
	i, misses := 0, 0
	for _, c := range caps {
		for i < len(inits) && inits[i] != c {
			i++
		}
		if i == len(inits) {
			misses++
			continue
		}
		i++
	}
	return misses*3 <= len(caps)
}

// acronymCaps returns the capitals of acronym a and the initials of the
// words (or of their hyphenated parts), in upper case.
func acronymCaps(a string, words []string) (caps, inits []rune) {
	for _, r := range a {
		if unicode.IsUpper(r) {
			caps = append(caps, unicode.ToUpper(r))
		}
	}
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
			r, _ := utf8.DecodeRuneInString(part)
			inits = append(inits, unicode.ToUpper(r))
		}
	}
	return caps, inits
}

// initialsMisses returns how many capitals of acronym a the initials of
// the words do not give, read in order as many as can be (where
// initialsFit stops at the first missing one), or -1 when the acronym
// does not fit them: its first capital is not the first word's initial,
// or more than a third of its capitals come from inside words ("ISESCO":
// the "S" of "Islamic", then "Educational").
func initialsMisses(a string, words []string) int {
	caps, inits := acronymCaps(a, words)
	if len(caps) == 0 || len(inits) == 0 || caps[0] != inits[0] {
		return -1
	}
	// the longest run of caps read in order from the initials (a common
	// subsequence); the caps left over come from inside words
	var row, prev [32]int
	if len(inits) >= len(row) {
		inits = inits[:len(row)-1]
	}
	for _, c := range caps {
		prev = row
		for j, r := range inits {
			switch {
			case c == r:
				row[j+1] = prev[j] + 1
			case row[j] > prev[j+1]:
				row[j+1] = row[j]
			default:
				row[j+1] = prev[j+1]
			}
		}
	}
	misses := len(caps) - row[len(inits)]
	if misses*3 > len(caps) {
		return -1
	}
	return misses
}

// thenTitle reports whether a title once held, joined to "then-", stands
// right before token a: "then-Senator Kamala Harris", "then-Vice
// President Joe Biden" (the words after "then-" up to a title's head).
func (s *state) thenTitle(a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		w := s.lw(k)
		if rest, ok := strings.CutPrefix(w, "then-"); ok {
			return titleHeads.has(rest) || titleModifiers.has(rest) || honorifics.has(rest)
		}
		if !titleHeads.has(w) && !titleModifiers.has(w) {
			return false
		}
	}
	return false
}

// modifiersOnly reports whether every word of title modifies a title:
// "Special", "Senior Special", not "Special Envoy".
func modifiersOnly(title string) bool {
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(title)) {
		if !titleModifiers.has(w) {
			return false
		}
		n++
	}
	return n > 0
}
