package extract

import (
	"strings"

	"annals/internal/text"

	"annals"
)

// Biographies. A nominee's or appointee's biography lists the offices a
// person holds and held: "She is Chair of X", "Previously, he served as
// CEO of Y from 2010 to 2021, as a member of Z and as co-founder of W",
// "Prior to that, X was Acting Director, Center for Y". Every office in a
// sentence whose subject is the person (named, or "he"/"she" for the
// person named last) and whose verb tells a position (is, was, serves,
// served, has served, sat on) is a role, with from/to where the sentence
// dates it ("from 2010 to 2021", "since 2020").

// bioVerbs tell that the subject holds or held a position.
var bioVerbs = set("is", "was", "serves", "served", "serving", "sat", "sits", "worked", "works", "remains", "remained", "became", "becomes", "joined")

// bioSkips may stand between the subject and its verb.
var bioSkips = set("also", "currently", "previously", "formerly", "has", "have", "had", "been", "now", "later", "then", "recently", "most", "once", "still", "most recently")

// biographies reads the offices of biography sentences (see above).
func (s *state) biographies() {
	s.bioLast = nil
	s.bioSents = map[int]*ent{}
	for si := range s.sents {
		a, b := s.sentTok[si][0], s.sentTok[si][1]
		p, k := s.bioSubject(a, b)
		if p == nil {
			continue
		}
		s.bioLast, s.bioLastAt = p, a
		if s.joinedABody(k) {
			// a biography's sentence ("He served as ...", "She joined
			// the Office of X in 2010", not "President X joined G20
			// leaders to launch ...")
			s.bioSents[si] = p
		}
		s.bioRoles(p, k, b)
	}
}

// prepObject reports whether the person of mention m, with the titles
// before the name, is the object of a preposition ("For President X,",
// "Under Secretary Y's leadership"): not a sentence's subject.
func (s *state) prepObject(m *mention) bool {
	st := s.sentTok[s.sentOf[m.a]][0]
	q := m.a - 1
	for q >= st && (s.capTitleWord(q) && !s.underAsPreposition(q) || s.lw(q) == "the") {
		q--
	}
	return q >= st && s.is(q, cObjectPreps)
}

// underAsPreposition reports whether an "Under" at token q is the
// preposition ("Under President X, she served ..."), not the first word
// of an office ("Under Secretary", "Under-Secretary-General").
func (s *state) underAsPreposition(q int) bool {
	return s.lw(q) == "under" && !strings.HasPrefix(s.lw(q+1), "secretary")
}

// bioSubject returns the person a sentence [a,b) is about and the token
// after its verb, or nil: "Nkengasong also served ...", "She is ...",
// "Previously, he was ...", "Having served as X, she ...".
func (s *state) bioSubject(a, b int) (*ent, int) {
	for k := a; k < b && k < a+12; k++ {
		var p *ent
		j := k
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person && m.a == k {
			// "For President George H. W. Bush, she served as ...": the
			// object of a preposition is not the subject
			if s.prepObject(m) {
				k = m.b - 1
				continue
			}
			p, j = m.ent, m.b
		} else if w := s.lw(k); w == "he" || w == "she" {
			// the person the biography is about, else the one named last
			if s.bioLast != nil && !s.otherSubjectSince(k) {
				p, j = s.bioLast, k+1
			} else if m := s.lastPersonBefore(k); m != nil && !s.paraBreak(m.b-1, k) && (m.a <= s.sentTok[s.sentOf[m.a]][0]+2 || s.firstInParagraph(m)) && !(s.sentOf[m.a] == s.sentOf[k] && s.prepObject(m)) && !leaderNouns.has(s.lw(m.b)) {
				// (within the paragraph, and the subject of its sentence or
				// the first person it names: "X joined the team in 2012.
				// Prior to that, she was ..." after a paragraph naming
				// another is X's, whom no list may know; "he received the
				// Medal from President Obama. He is a member of ..." is not
				// Obama's, nor "During the Obama administration, she
				// served as ...")
				p, j = m.ent, k+1
			}
		}
		if p == nil {
			continue
		}
		// "Kitsos, a former teacher, has served ...": skip the apposition
		if s.word(j) == "," {
			for x := j + 1; x < b && x <= j+10; x++ {
				if s.word(x) == "," {
					j = x + 1
					break
				}
			}
		}
		for j < b && (s.is(j, cBioSkips) || s.word(j) == ",") {
			j++
		}
		// "President X is joining President Y of Mexico and ...": a verb
		// of action after "is" tells no position
		if v := s.lw(j + 1); (s.lw(j) == "is" || s.lw(j) == "was") && len(v) > 4 && strings.HasSuffix(v, "ing") && !bioVerbs.has(v) && !text.IsCap(s.word(j+1)) {
			return nil, 0
		}
		if s.is(j, cBioVerbs) {
			return s.resolveEnt(p), j + 1
		}
		// "During the Obama administration, X served ...": read on
		k = j - 1
	}
	// "Having served as Vice Prime Minister, ..., she is ...", "As a
	// graduate of X, Vice Prime Minister, Minister of Y, she is ..."
	if s.lw(a) == "having" && (s.lw(a+1) == "served" || s.lw(a+1) == "been") || s.lw(a) == "as" && text.IsCap(s.word(a)) {
		start := a + 2
		if s.lw(a) == "as" {
			start = a + 1
		}
		for k := start; k < b && k < start+40; k++ {
			if s.word(k) == "," && (s.lw(k+1) == "he" || s.lw(k+1) == "she") {
				if s.bioLast != nil {
					return s.bioLast, start
				}
				if m := s.lastPersonBefore(a); m != nil {
					return s.resolveEnt(m.ent), start
				}
			}
		}
	}
	return nil, 0
}

// otherSubjectSince reports whether the paragraph of the pronoun at token
// k starts after the last biography sentence and opens with the name of a
// person other than that sentence's subject (a title or an honorific may
// stand before it), whom an honorific does not tell of the other gender:
// "Ann Dow is Chair of X. ...\n\nSara Lind will lead Y. She previously
// served as ..." is Sara Lind's; "Swig has practiced law with Howard,
// Rice ... He is ..." and "She received the X Award" go on with the
// biography.
func (s *state) otherSubjectSince(k int) bool {
	start := -1
	for j := k - 1; j >= s.bioLastAt && j >= 0; j-- {
		if s.paraBreak(j, j+1) {
			start = j + 1
			break
		}
	}
	if start < 0 {
		return false
	}
	for j := start; j < k && j <= start+3; j++ {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person {
			return m.a == j && s.resolveEnt(m.ent) != s.bioLast && s.honorificGender(m.ent) != otherGender[s.lw(k)]
		}
		if !s.capTitleWord(j) && !s.is(j, cHonorifics) && s.word(j) != "." && s.lw(j) != "the" {
			return false
		}
	}
	return false
}

// otherGender is the gender an honorific tells that a pronoun cannot
// stand for.
var otherGender = map[string]string{"he": "f", "she": "m", "his": "f", "her": "m"}

// honorificGender returns "m" or "f" when a mention of person e follows
// an honorific or a title that tells a gender ("Mr.", "Ms.", "Mrs.",
// "First Lady", "Second Gentleman"), else "".
func (s *state) honorificGender(e *ent) string {
	e = s.resolveEnt(e)
	for _, m := range s.ents {
		if s.resolveEnt(m) != e {
			continue
		}
		for _, mm := range m.ments {
			k := mm.a - 1
			if s.word(k) == "." {
				k--
			}
			switch s.lw(k) {
			case "mr", "sir", "mister":
				return "m"
			case "ms", "mrs", "miss", "madam", "madame", "dame", "lady":
				return "f"
			case "gentleman":
				return "m"
			}
		}
	}
	return ""
}

// participleClause reports whether the word w, in lower case, opens a
// clause of its own after a comma ("directing", "urging", "asking"); not
// "including", whose list goes on with the sentence's offices, nor
// "having served as", nor a noun of a name ("Banking, Housing and Urban
// Affairs").
func participleClause(w string) bool {
	switch w {
	case "including", "serving", "working", "having", "during", "bring", "morning", "evening", "spring", "something", "nothing", "anything", "everything":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w == strings.ToLower(w)
}

// bioRoles reads the offices from token k to b for person p: "as the
// Director of X", "a member of X, the Y and the Z", "Acting Deputy
// Director, Center for Global Health", "Vice President of Policy for the
// Gill Foundation", and "served in X as liaison" (the office is X's).
func (s *state) bioRoles(p *ent, k, b int) {
	var served *ent // "served in the Office of Public Engagement as ..."
	servedAt := -1
	for k < b {
		w := s.lw(k)
		if (w == "in" || w == "at" || w == "with") && (s.lw(k-1) == "served" || s.lw(k-1) == "worked") {
			j := k + 1
			if s.lw(j) == "the" {
				j++
			}
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ == annals.Org {
				served, servedAt = m.ent, m.b
				k = m.b
				continue
			}
		}
		// "..., directing the Attorney General, the Secretary of Homeland
		// Security, and ...": a clause of another verb, whose objects hold
		// their own offices
		if w == "," && k+1 < b && participleClause(s.word(k+1)) {
			return
		}
		// an office set off after another person's name is that person's
		if k < len(s.appos) && s.appos[k] || !s.bioTitleStart(k) {
			k++
			continue
		}
		title, org, end := s.titleOfOrg(k, false)
		if title == "" || end <= k {
			k++
			continue
		}
		// "He was joined by Deputy Secretary of the Treasury X": an
		// office written before another person's name is that person's
		if m := s.mentAt(end); org == nil && m != nil && m.a == end && m.ent.typ == annals.Person && s.resolveEnt(m.ent) != s.resolveEnt(p) {
			k = m.b
			continue
		}
		// "She was awarded the FBI Director Louis J. Freeh Award": an
		// office before an award named after its holder is no office of
		// the subject
		if s.awardNamedAt(end) {
			k = end
			continue
		}
		orgName := ""
		if org == nil {
			// "Acting Deputy Director, Center for Global Health"
			if s.word(end) == "," {
				if m := s.mentAt(end + 1); m != nil && m.a == end+1 && m.ent.typ == annals.Org && !s.isTitleAt(m.b) {
					org, end = m.ent, m.b
				}
			}
			if org == nil && (s.lw(end) == "to" || s.lw(end) == "on") {
				// "an Advisor to the Biden Foundation", "senior advisor on X on the Committee"
				j := end + 1
				if s.lw(j) == "the" {
					j++
				}
				if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ == annals.Org {
					org, end = m.ent, m.b
				}
			}
			if org == nil && served != nil && (k == servedAt || k == servedAt+1 && s.lw(servedAt) == "as") {
				org = served
			}
			if org == nil && isNational(title) {
				org, orgName = s.nationalOrgOf(p)
				// "He is President Emeritus of the National Black
				// Caucus": a president the list does not name is no
				// president of the country of his other office
				if s.unlistedHolder(p, strings.ToLower(title), org, orgName) {
					org, orgName = nil, ""
				}
			}
		}
		if org == nil && orgName == "" {
			k = end
			continue
		}
		// "the recipient of the Secretary of State’s Distinguished
		// Service Award": an award is no body one holds an office at
		if org != nil && awardHeads.has(strings.ToLower(org.name[strings.LastIndexByte(org.name, ' ')+1:])) {
			k = end
			continue
		}
		if org == p {
			k = end
			continue
		}
		s.addRole(p, title, org, orgName, k, "")
		s.bioDates(s.findRoleOrg(p, title, org, orgName), end, b)
		// "a member of X, the Y, and the Z": one office in each; where
		// each is set aside ("for X in New York, and Y, in Norway")
		for {
			end = s.skipWhere(end)
			j := end
			if s.word(j) == "," {
				j++
			}
			and := false
			if s.lw(j) == "and" {
				j++
				and = true
			} else if s.lw(j) == "as" && s.lw(j+1) == "well" && s.lw(j+2) == "as" {
				break
			}
			the := s.lw(j) == "the"
			if the {
				j++
			}
			m := s.mentAt(j)
			if m == nil || m.a != j || m.ent.typ != annals.Org || j == end || !the && !and || s.isTitleAt(m.b) {
				break
			}
			s.addRole(p, title, m.ent, "", j, "")
			end = m.b
		}
		k = end
	}
}

// skipWhere returns the token after "in <place>" (or ", in <place>")
// at token j, or j: where an organization of a list is.
func (s *state) skipWhere(j int) int {
	k := j
	if s.word(k) == "," {
		k++
	}
	if w := s.lw(k); w != "in" && w != "at" {
		return j
	}
	if m := s.mentAt(k + 1); m != nil && m.a == k+1 && m.ent.typ == annals.Place {
		return m.b
	}
	return j
}

// bioTitleStart reports whether an office may be read from token k: a
// title word, or an article or "as" before one.
func (s *state) bioTitleStart(k int) bool {
	// "Assistant to the President": the President is not the subject
	if s.lw(k-1) == "to" || s.lw(k-1) == "the" && s.lw(k-2) == "to" {
		return false
	}
	// "her candidacy to serve as the next Director General": not held yet
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if w := s.lw(j); futureCues.has(w) || w == "nominate" || w == "nominee" || w == "candidacy" || w == "intent" || w == "serve" && s.lw(j-1) == "to" {
			return false
		}
	}
	j := k
	switch s.lw(j) {
	case "as", "the", "a", "an":
		if s.lw(j) == "as" && (s.lw(j+1) == "the" || s.lw(j+1) == "a" || s.lw(j+1) == "an") {
			j++
		}
		j++
	}
	if j != k {
		// "the U.S. Ambassador for X": an organization before the title
		if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ != annals.Person && s.isTitleAt(m.b) {
			return true
		}
		return s.isTitleAt(j)
	}
	// a title word not preceded by another title word (the run's start)
	// nor glued to a name before it ("White House Liaison")
	if m := s.mentAt(k - 1); m != nil && m.b == k {
		return false
	}
	return s.isTitleAt(k) && !(s.is(k-1, cTitleHeads) || s.is(k-1, cTitleModifiers) || s.is(k-1, cApposHeads))
}

// isTitleAt reports whether a run of title words ending in a head starts
// at token k.
func (s *state) isTitleAt(k int) bool {
	e := s.titleRunEnd(k)
	return e > k && isTitleHead(s.lw(e-1))
}

// nationalOrgOf returns the country of a national office p holds in the
// story ("Prime Minister of Croatia"), for the other national offices its
// biography lists without a country.
func (s *state) nationalOrgOf(p *ent) (*ent, string) {
	for _, r := range s.roles {
		if s.resolveEnt(r.person) == s.resolveEnt(p) && isNational(r.title) && (r.org != nil && r.org.isCountry() || r.org == nil && r.orgName != "") {
			return r.org, r.orgName
		}
	}
	return nil, ""
}

// bioDates dates a biography's office from the words after it up to the
// next office: "from 2010 to 2021", "since 2020", "since January 20, 2021".
func (s *state) bioDates(r *role, k, b int) {
	if r == nil {
		return
	}
	for j := k; j < b && j < k+8; j++ {
		if j > k && s.isTitleAt(j) {
			return
		}
		d := s.dateAt(j)
		if d < 0 {
			continue
		}
		x := s.dates[d]
		if x.Value == "" {
			return
		}
		before := strings.ToLower(s.text[max(0, x.Start-8):x.Start])
		switch {
		case x.ValueEnd != "":
			if r.from == "" {
				r.from, r.to = x.Value, x.ValueEnd
			}
		case strings.Contains(before, "since"):
			if r.from == "" {
				r.from = x.Value
			}
		case strings.Contains(before, "from"):
			if r.from == "" {
				r.from = x.Value
			}
			// "from 2010 to 2021" read as two dates
			for y := j + 1; y < b && y < j+6; y++ {
				if d2 := s.dateAt(y); d2 >= 0 && d2 != d && s.lw(y-1) == "to" || d2 >= 0 && d2 != d && s.lw(y-1) == "until" {
					r.to = s.dates[d2].Value
					break
				}
			}
		}
		return
	}
}

// firstInParagraph reports whether m names the first person its paragraph
// names.
func (s *state) firstInParagraph(m *mention) bool {
	for j := m.a - 1; j >= 0; j-- {
		if s.paraBreak(j, j+1) {
			return true
		}
		if o := s.mentAt(j); o != nil && o.ent.typ == annals.Person && s.resolveEnt(o.ent) != s.resolveEnt(m.ent) {
			return false
		}
	}
	return true
}

// careerAct reports whether the trigger at token i of sentence si tells an
// act of a career in a biography: its paragraph has a biography sentence
// ("He served as Director of X", "She is CEO of Y", "She joined X in
// 2010") and the act's subject is that
// paragraph's person, named or "he"/"she" ("He also created the National
// Ocean Sciences Bowl", "Prior to TAAF, Shah founded and led the Beeck
// Center", "she started her career in the Honors Program").
func (s *state) careerAct(i, si int) bool {
	people := map[*ent]bool{}
	for sj, p := range s.bioSents {
		lo, hi := min(si, sj), max(si, sj)
		if !s.paraBreak(s.sentTok[lo][0], s.sentTok[hi][0]) {
			people[p] = true
		}
	}
	if len(people) == 0 {
		return false
	}
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	end := i
	if s.lw(a) == "as" {
		// "As the National Scenic Byways Program lead, she provides ...":
		// the subject after the opening phrase
		for k := i + 1; k < b; k++ {
			if s.word(k) == "," {
				end = k + 2
				break
			}
		}
	}
	for k := a; k < end && k < b; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			return s.amongPeople(m.ent, people)
		}
		if w := s.lw(k); w == "he" || w == "she" {
			return true
		}
	}
	return false
}

// amongPeople reports whether p is one of people, or its name ends with
// the surname of one ("Shah" of "Sonal Shah" where another Shah is named
// too).
func (s *state) amongPeople(p *ent, people map[*ent]bool) bool {
	p = s.resolveEnt(p)
	if people[p] {
		return true
	}
	last := p.name[strings.LastIndexByte(p.name, ' ')+1:]
	for q := range people {
		if strings.HasSuffix(q.name, " "+last) {
			return true
		}
	}
	return false
}

// joinedABody reports whether the biography verb before token k tells a
// position held rather than company kept: any verb but "joined", and
// "joined" an organization ("joined GMF in 2015", "joined the Office of
// Hawaiian Affairs"), not people ("joined G20 leaders", "joined NATO
// counterparts").
func (s *state) joinedABody(k int) bool {
	if v := s.lw(k - 1); v != "joined" && v != "joins" {
		return true
	}
	if s.lw(k) == "the" {
		k++
	}
	m := s.mentAt(k)
	return m != nil && m.a == k && m.ent.typ == annals.Org && !s.is(m.b, cPeopleMet) && !personSuffix(s.lw(m.b))
}

// awardNamedAt reports whether the capitalized words from token k, a
// name, end with the head of an award's name ("Louis J. Freeh Award",
// "Colin Powell Fellowship").
func (s *state) awardNamedAt(k int) bool {
	for x := k; x < len(s.toks) && x < k+6; x++ {
		if w := s.lw(x); x > k && (awardHeads.has(w) || w == "fellowship" || w == "scholarship" || w == "lecture") {
			return true
		}
		if !s.capLike(x) && !(s.word(x) == "." && isInitial(s.word(x-1))) {
			return false
		}
	}
	return false
}

// appointedForms are the past forms of the verbs that appoint: the
// active verb before its appointee ("appointed her") and the participle
// that opens a sentence ("Appointed Chair of X, he ...").
var appointedForms = set("appointed", "named", "elected", "re-elected", "reelected", "nominated", "selected", "chosen", "designated")

// bioObject reports whether the appointing verb at token i of sentence
// si has the person of a biography as its object: "him" or "her", or a
// person a biography sentence of the paragraph is about ("Governor X
// appointed Doe to be the Director of Y"), in a sentence after the
// paragraph's first. The first sentence of a paragraph that names its
// appointee tells news ("Governor X appointed Jane Doe as Director. She
// is ...").
func (s *state) bioObject(i, si int) bool {
	if !appointedForms.has(s.lw(i)) || si == 0 || !s.bioElsewhere(si) {
		return false
	}
	a := s.sentTok[si][0]
	if s.paraBreak(s.sentTok[si-1][0], a) {
		return false
	}
	if w := s.lw(i + 1); w == "him" || w == "her" {
		return true
	}
	m := s.mentAt(i + 1)
	if m == nil || m.a != i+1 || m.ent.typ != annals.Person {
		return false
	}
	people := map[*ent]bool{}
	for sj, p := range s.bioSents {
		lo, hi := min(si, sj), max(si, sj)
		if !s.paraBreak(s.sentTok[lo][0], s.sentTok[hi][0]) {
			people[p] = true
		}
	}
	return s.amongPeople(m.ent, people)
}

// beforeAppointment reports whether the appointment at token i is named
// in the phrase that opens its sentence with "Prior to" or "Before", up
// to a comma: "Prior to his NASA appointment, Roe served as ...", "Before
// being appointed to the bench, she worked ...". The sentence tells what
// came before it; the appointment itself it does not date.
func (s *state) beforeAppointment(i, si int) bool {
	a := s.sentTok[si][0]
	for a < i && s.toks[a].Kind != text.Word {
		a++
	}
	if !(s.lw(a) == "before" || s.lw(a) == "prior" && s.lw(a+1) == "to") {
		return false
	}
	for k := a + 1; k < s.sentTok[si][1]; k++ {
		if s.word(k) == "," {
			return k > i
		}
	}
	return false
}

// frontedAppointed reports whether the appointing participle at token i
// opens its sentence: "Appointed Chair of the Finance Committee, he led
// ...", "Nominated by President X, Doe served two terms", "Appointed the
// first woman to the Court": what the rest of the sentence tells came
// after it, or a record of acts; none of the story's day.
func (s *state) frontedAppointed(i, si int) bool {
	a := s.sentTok[si][0]
	for a < i && s.toks[a].Kind != text.Word {
		a++
	}
	return a == i && appointedForms.has(s.lw(i)) && text.IsCap(s.word(i))
}
