package extract

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/text"
	"annals/internal/timex"
)

// role is a role under construction; entities are resolved at output.
type role struct {
	person   *ent
	title    string
	org      *ent   // nil when orgName is set
	orgName  string // an organization or country known only by name (a demonym)
	from, to annals.Date
	sent     int
	// appointed marks a role given in the story (designated, elected,
	// took office): the one a successor's predecessor held too
	appointed bool
	// former marks an office the story says the person held before
	// ("former Director of ..."): not the one they act in now
	former bool
	// startStated marks a from the text states as the term's start
	// ("takes office on 1 January"), not the day of the appointment: only
	// such a start ends a predecessor's term
	startStated bool
	// inferred marks a role whose organization the story did not write
	// with the title (see inferOrg)
	inferred bool
	// guessed marks an inferred country that no word of the sentence
	// gives: the story's dateline or most named country (see inferOrg)
	guessed bool
	n       int // times the story gives this role
}

// findRoles reads the offices people hold, from the title written before a
// name ("OTS Secretary General Amreyev", "Romanian Foreign Minister X",
// "Principal Deputy National Security Advisor (PDNSA) Jon Finer"), an
// apposition after it ("Jorge Sampaio, former President of Portugal"), an
// appointment ("designated X as High Representative for the Alliance"), a
// replacement ("X replaces Y") and a speaker's own words ("in my capacity as
// Chairman of the Commission").
func (s *state) findRoles() {
	s.collectTitleOrgs()
	s.collectLeaders()
	// titles read with the name ("Secretary of State Lena Park")
	ptAt := map[int]personTitle{}
	for _, pt := range s.personTitles {
		ptAt[pt.name] = pt
	}
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		for _, m := range e.ments {
			t, org, orgName := s.titleBefore(m.a)
			if t != "" && s.titleOfPrevious(m) {
				// "Isabel Vane, Administrator of the Agency, Xavier Roe,
				// Secretary of Health": the title before the comma is
				// Vane's
				t, org, orgName = "", nil, ""
			}
			// "UN High Commissioner for Refugees Filippo Grandi": the office
			// in the name of the body right before the name
			if o := s.mentAt(m.a - 1); t == "" && o != nil && o.b == m.a && o.ent.typ == annals.Org {
				if ot, oe := s.officeInName(o); ot != "" {
					t, org = ot, oe
				}
			}
			// the title read with the name wins when it has a complement
			// ("Secretary of State")
			if pt, ok := ptAt[m.a]; ok && len(pt.title) > len(t) && (strings.Contains(pt.title, " of ") || strings.Contains(pt.title, " for ")) {
				t = clean(pt.title)
				if pt.org != nil && len(pt.org.ments) > 0 {
					org, orgName = pt.org, ""
				} else if pt.org != nil && pt.org.isCountry() && org == nil && orgName == "" {
					// "Turkish Minister of Foreign Affairs X": a demonym
					orgName = pt.org.entry.Name
				}
			} else if o := s.mentAt(s.beforeHonorific(pt.name)); ok && pt.title != "" && org == nil && orgName == "" && pt.org != nil && len(pt.org.ments) > 0 && (t == "" || strings.EqualFold(pt.title, t)) && o != nil && s.resolveEnt(o.ent) == s.resolveEnt(pt.org) {
				// "the Mayor of Bristol Dan Cole", "Secretary-General of
				// ASEAN Dr. Kao Kim Hourn"
				t, org = clean(pt.title), pt.org
			}
			after := m.b
			// "President Xi Jinping of China"; for an office of an organization
			// ("Secretary-General Rashid Alimov of Tajikistan") the country is
			// the person's nationality, not the office's organization
			// ("Judge Sam Ervin of the U.S. Court of Appeals")
			if s.lw(after) == "of" {
				at := after + 1
				if s.lw(at) == "the" {
					at++
				}
				if o := s.mentAt(at); o != nil && o.a == at && o.ent.typ != annals.Person {
					if t != "" && org == nil && orgName == "" && (o.ent.typ == annals.Org || isNational(t)) {
						org = o.ent
					}
					after = o.b
				}
			}
			// "Former President of Chile Juan Santos – Former President of
			// Colombia": in a list of names each with its title after a
			// dash, the title before a name is the previous one's
			apposed := s.titlesAfter(after)
			if s.dashEntry(m.a, after) {
				t, org, orgName = "", nil, ""
			}
			// "The Council's secretariat ... is headed by Secretary General X"
			if t != "" && org == nil && orgName == "" {
				org = s.headedBy(m.a)
			}
			// "met their Japanese counterparts, Foreign Minister X and
			// Defence Minister Y": the country of the counterparts
			if t != "" && org == nil && orgName == "" {
				orgName = s.counterpartsOf(m.a)
			}
			if t != "" {
				s.addRole(e, t, org, orgName, m.a, "")
				// "The OSCE Chairperson-in-Office, Polish Foreign Minister
				// X,": the office set off before a country's office
				if t2, org2, orgName2 := s.officeBeforeNational(m.a); t2 != "" {
					s.addRole(e, t2, org2, orgName2, m.a, "")
				}
				// "The OSCE Chairperson-in-Office and Foreign Minister of
				// Malta, X,": the first of two offices
				if t3, org3 := s.officeBeforeAnd(m.a); t3 != "" {
					s.addRole(e, t3, org3, "", m.a, "")
				}
				// "co-chairs X, <office>, and Y": the others of the list
				if pluralTitle(s.lw(m.a-1)) != "" {
					for _, p := range s.listedAfter(m.b) {
						s.addRole(p.ent, t, org, orgName, p.a, "")
					}
				}
			}
			for _, ta := range apposed {
				// "Prime Minister Netanyahu, the Amir of Qatar, and President
				// Sisi": a head of state set off after someone titled with
				// another is the next one in a list, not an apposition
				if t != "" && !ta.former && headOfState.has(strings.ToLower(ta.title)) && headOfState.has(strings.ToLower(t)) && !strings.EqualFold(ta.title, t) {
					continue
				}
				s.addRole(e, ta.title, ta.org, ta.orgName, m.a, "")
				if r := s.findRole(e, ta.title); r != nil && ta.former {
					r.former = true
				}
			}
		}
	}
	s.appointments()
	s.biographies()
	s.capacity()
	s.mergeRoles()
}

// mergeRoles keeps one role per office of a person: "Minister of Foreign
// Affairs" and "Foreign Minister" of one country are one office (the form
// the story writes more often is kept, the first on a tie), and "Deputy
// National Security Advisor" is the short form of "Deputy National
// Security Advisor for International Economics" (the full form is kept).
func (s *state) mergeRoles() {
	drop := make([]bool, len(s.roles))
	for i := range s.roles {
		for j := i + 1; j < len(s.roles) && !drop[i]; j++ {
			a, b := &s.roles[i], &s.roles[j]
			if drop[j] || s.resolveEnt(a.person) != s.resolveEnt(b.person) || a.org != b.org || a.orgName != b.orgName {
				continue
			}
			ta, tb := strings.ToLower(a.title), strings.ToLower(b.title)
			keep, lose := a, b
			switch {
			case officeKey(ta) == officeKey(tb):
				if b.n > a.n {
					keep, lose = b, a
				}
			case strings.HasPrefix(tb, ta+" for ") || strings.HasPrefix(tb, ta+" of "):
				keep, lose = b, a
			case strings.HasPrefix(ta, tb+" for ") || strings.HasPrefix(ta, tb+" of "):
			default:
				continue
			}
			if keep.from == "" {
				keep.from = lose.from
			}
			if keep.to == "" {
				keep.to = lose.to
			}
			keep.appointed = keep.appointed || lose.appointed
			keep.n += lose.n
			if lose == a {
				*a, *b = *b, *a
			}
			drop[j] = true
		}
	}
	// an office of state guessed to be the country the story names most
	// is not when the person is written facing someone else who holds
	// that office there by the words of a sentence ("President Biden and
	// President Lula spoke by telephone", Biden the United States'
	// President where a sentence names it, then "working with President
	// Lula" in a story that names the United States most)
	//
	// Each person's mentions, each role's office key and the people each
	// person is written facing are read once, not per pair of roles: a
	// story of a thousand guessed offices (a transcript's "Q" lines asking
	// about one "President" after another) took 0.9 s a 64 KB window
	// reading them per pair.
	merged := slices.Clone(drop) // the roles merged above: the ones read below
	var ments map[*ent][]*mention
	var keys []string
	for i := range s.roles {
		a := &s.roles[i]
		if !a.guessed || merged[i] {
			continue
		}
		if ments == nil {
			ments = s.personMentions()
			keys = make([]string, len(s.roles))
			for j := range s.roles {
				keys[j] = officeKey(strings.ToLower(s.roles[j].title))
			}
		}
		p := s.resolveEnt(a.person)
		var faced map[*ent]bool
		for j := range s.roles {
			b := &s.roles[j]
			if j == i || merged[j] || b.former || !sameCountry(a, b) || keys[i] != keys[j] {
				continue
			}
			// both guessed: "President Biden met with President Ramaphosa"
			// in a story that names the United States most leaves one of
			// them its President at most, the one the story names more
			// ("President Ramaphosa" once, in the readout of a meeting);
			// on a tie, neither
			q := s.resolveEnt(b.person)
			if b.guessed && len(ments[p]) > len(ments[q]) {
				continue
			}
			if q == p {
				continue
			}
			if faced == nil {
				faced = s.facedBy(ments[p])
			}
			if faced[q] {
				drop[i] = true
				break
			}
		}
	}
	out := s.roles[:0]
	for i, r := range s.roles {
		if !drop[i] {
			out = append(out, r)
		}
	}
	s.roles = out
}

// personMentions returns the mentions of each person (mentionsOf) by
// the entity the story resolved them into.
func (s *state) personMentions() map[*ent][]*mention {
	idx := map[*ent][]*mention{}
	for _, e := range s.ents {
		if e.typ == annals.Person {
			p := s.resolveEnt(e)
			idx[p] = append(idx[p], e.ments...)
		}
	}
	return idx
}

// sameCountry reports whether roles a and b are of one organization or
// country, an entity or a name.
func sameCountry(a, b *role) bool {
	if a.org != nil || b.org != nil {
		return a.org != nil && b.org != nil && a.org == b.org
	}
	return a.orgName != "" && a.orgName == b.orgName
}

// facedBy returns the people (resolved) a sentence of the story writes
// facing one of the mentions ms of a person (see facing).
func (s *state) facedBy(ms []*mention) map[*ent]bool {
	faced := map[*ent]bool{}
	for _, pm := range ms {
		a, b := s.facingWindow(pm.a)
		for k := a; k < b; k++ {
			if o := s.mentAt(k); o != nil && o.a == k && !faced[s.resolveEnt(o.ent)] && s.facing(pm.a, k) {
				faced[s.resolveEnt(o.ent)] = true
			}
		}
	}
	return faced
}

// mentionsOf yields the mentions of person p, under each entity the story
// resolved into p.
func (s *state) mentionsOf(p *ent) iter.Seq[*mention] {
	return func(yield func(*mention) bool) {
		p = s.resolveEnt(p)
		for _, e := range s.ents {
			if e.typ != annals.Person || s.resolveEnt(e) != p {
				continue
			}
			for _, m := range e.ments {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// othersDemonymAt returns the country of a demonym at token k that names
// the other side of an encounter ("Foreign Minister X and his Ghanaian
// counterpart", "met the Ghanaian delegation", "thanked his Ghanaian
// hosts"): whoever stands near it faces that country and holds no office
// of it. It returns "" for any other token.
func (s *state) othersDemonymAt(k int) string {
	ai := s.atomIdx(k)
	if ai < 0 || !s.atoms[ai].Demonym || s.atoms[ai].Entry == nil || s.atoms[ai].Entry.Kind != gazetteer.Country {
		return ""
	}
	if !otherSideNouns.has(s.lw(s.tokEndAt(s.atoms[ai].End))) {
		return ""
	}
	return s.atoms[ai].Entry.Name
}

// counterpartsOf returns the country of the counterparts a person named
// at token a is set off after, with their title, alone or in a list:
// "their Japanese counterparts, Foreign Minister X and Defence Minister
// Y" (X and Y hold offices of Japan). It returns "" for anyone else.
func (s *state) counterpartsOf(a int) string {
	si := s.sentOf[a]
	for j := a - 1; j > s.sentTok[si][0] && j >= a-16; j-- {
		if s.word(j) == "," && otherSideNouns.has(s.lw(j-1)) {
			ai := s.atomIdx(j - 2)
			if ai < 0 || !s.atoms[ai].Demonym || s.atoms[ai].Entry == nil || s.atoms[ai].Entry.Kind != gazetteer.Country || s.tokEndAt(s.atoms[ai].End) != j-1 {
				return ""
			}
			// (not a phrase before the sentence's subject: "During her
			// meetings with Korean counterparts, DNSA Neuberger
			// discussed ...")
			st := s.sentTok[si][0]
			if w := s.lw(st); frontedOpeners.has(w) || frontedPreps.has(w) {
				fronted := true
				for k := st; k < j-2; k++ {
					fronted = fronted && s.word(k) != ","
				}
				if fronted {
					return ""
				}
			}
			return s.atoms[ai].Entry.Name
		}
		if w := s.lw(j); !s.capLike(j) && s.mentAt(j) == nil && w != "and" && w != "," && w != "." {
			return ""
		}
	}
	return ""
}

// frontedPreps open, beside frontedOpeners, a phrase set before a
// sentence's subject ("In talks with ...,").
var frontedPreps = set("in", "at", "on", "with", "for", "throughout")

// otherSideNouns, after a demonym, name the party someone meets or
// visits, never their own side.
var otherSideNouns = set("counterpart", "counterparts", "delegation", "hosts")

// beforeHonorific returns the token before the name at token k, before
// a capitalized honorific if one opens the name ("ASEAN" of "ASEAN Dr.
// Kao Kim Hourn").
func (s *state) beforeHonorific(k int) int {
	h := k - 1
	if s.word(h) == "." {
		h--
	}
	if h >= 0 && s.is(h, cHonorifics) && text.IsCap(s.word(h)) && s.mentAt(h) == nil {
		return h - 1
	}
	return k - 1
}

// facingWindow returns the tokens of the sentence of token k within
// maxFacingGap of it, where k's counterparts stand.
func (s *state) facingWindow(k int) (a, b int) {
	si := s.sentOf[k]
	return max(k-maxFacingGap, s.sentTok[si][0]), min(k+maxFacingGap, s.sentTok[si][1])
}

// officeKey is the sorted set of a title's words without the words that
// only join them: "minister of foreign affairs" and "foreign minister"
// give one key.
func officeKey(title string) string {
	var ws []string
	for _, w := range strings.Fields(title) {
		switch w {
		case "of", "for", "the", "affairs", "and":
			continue
		}
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// collectTitleOrgs remembers titles written with their organization
// ("OTS Secretary General", "Secretary General of the OTS") even where no
// person is named.
func (s *state) collectTitleOrgs() {
	for i := range s.toks {
		if !text.IsCap(s.word(i)) || !s.is(i, cTitleHeads) {
			continue
		}
		// "<ORG> Title"
		j := i
		for j > 0 && (s.is(j-1, cTitleHeads) || s.is(j-1, cTitleModifiers)) && text.IsCap(s.word(j-1)) {
			j--
		}
		title := s.text[s.toks[j].Start:s.toks[i].End]
		if m := s.mentAt(j - 1); j > 0 && m != nil && m.b == j && m.ent.typ == annals.Org && s.sentOf[j-1] == s.sentOf[i] {
			s.titleOrg(title, m.ent)
			// "<ORG> Title Name": the holder
			if p := s.mentAt(i + 1); p != nil && p.a == i+1 && p.ent.typ == annals.Person {
				s.holds(title, m.ent, p.ent)
			}
		}
		// "Title of the <ORG>"
		k := i + 1
		if k < len(s.toks) && (s.lw(k) == "of" || s.lw(k) == "for") {
			k++
			if s.lw(k) == "the" {
				k++
			}
			if m := s.mentAt(k); m != nil && (m.ent.typ == annals.Org || m.ent.isCountry()) {
				if m.ent.typ == annals.Org {
					s.titleOrg(title, m.ent)
				}
				// "Name, Title of the <ORG>", "Dr. Thanos Dokos, National
				// Security Advisor of Greece": the holder
				if p := s.mentAt(j - 2); j >= 2 && s.word(j-1) == "," && p != nil && p.b == j-1 && p.ent.typ == annals.Person {
					s.holds(title, m.ent, p.ent)
				} else if p := s.subjectPerson(i); p != nil && m.ent.typ == annals.Org && s.mentAt(j-1) == nil {
					// "He also served as Chair of X, President of the
					// Council of State Governments": the biography's
					// subject holds it ("President Joe Biden" elsewhere
					// does not)
					s.holds(title, m.ent, p)
				}
			}
		}
	}
}

// collectLeaders remembers the people the story writes with a state
// office of a country ("President Xi Jinping of China", "Indonesian
// President Widodo", "Prime Minister Boris Johnson of the United
// Kingdom"): that country's leaders, whom counterpartsCountry reads.
func (s *state) collectLeaders() {
	if s.leaders == nil {
		s.leaders = map[string][]*ent{}
	}
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		for _, m := range e.ments {
			t, org, orgName := s.titleBefore(m.a)
			if t == "" || !headOfState.has(s.lower(t)) {
				continue
			}
			if org == nil && orgName == "" && s.lw(m.b) == "of" {
				j := m.b + 1
				if s.lw(j) == "the" {
					j++
				}
				if o := s.mentAt(j); o != nil && o.a == j {
					org = o.ent
				}
			}
			name := orgName
			if org != nil {
				if !org.isCountry() {
					continue
				}
				name = org.entry.Name
			}
			if name == "" {
				continue
			}
			p := s.resolveEnt(e)
			if !slices.Contains(s.leaders[name], p) {
				s.leaders[name] = append(s.leaders[name], p)
			}
		}
	}
}

// otherHolders reads the other people of the sentence of token tok written
// with the office lt (lower-cased) without its country, when one person
// holds that office in a country at a time: "President Biden and
// President Xi" are two countries' presidents. It returns the countries
// whose office they already hold in the story (not the one at tok's),
// and whether one of them holds it of no country yet: then the sentence
// does not say which country is whose.
func (s *state) otherHolders(lt string, tok int) (taken []string, unknown bool) {
	if !uniqueOffices.has(officeHead(lt)) {
		return nil, false
	}
	for m := range s.otherPeople(tok) {
		t, org, orgName := s.titleBefore(m.a)
		if org != nil || orgName != "" || officeHead(strings.ToLower(t)) != officeHead(lt) || s.lw(m.b) == "of" {
			continue
		}
		c := s.countryOfOffice(m.ent, lt)
		if c == "" {
			unknown = true
		}
		taken = append(taken, c)
	}
	return taken, unknown
}

// countryName returns the name of a country given as its entity or its name.
func countryName(e *ent, name string) string {
	if e != nil && e.entry != nil {
		return e.entry.Name
	}
	return name
}

// countryOfOffice returns the name of the country whose office lt
// (lower-cased) the story already gave person p, or "".
func (s *state) countryOfOffice(p *ent, lt string) string {
	p = s.resolveEnt(p)
	for _, r := range s.roles {
		if s.resolveEnt(r.person) != p || officeHead(strings.ToLower(r.title)) != officeHead(lt) {
			continue
		}
		if r.orgName != "" {
			return r.orgName
		}
		if r.org != nil && r.org.isCountry() {
			return r.org.entry.Name
		}
	}
	return ""
}

// counterpartsCountry reports whether country e (or the country named
// name) has a leader the story names with it, another person than the one
// at token tok, in tok's sentence: "President Biden and Prime Minister
// Sudani discussed ..." after "Prime Minister Sudani of Iraq" speaks of two
// countries' leaders, and Iraq is Sudani's, not Biden's.
func (s *state) counterpartsCountry(e *ent, name string, tok int) bool {
	if e != nil && !e.isCountry() {
		return false
	}
	ls := s.leaders[countryName(e, name)]
	if len(ls) == 0 {
		return false
	}
	for m := range s.otherPeople(tok) {
		if slices.Contains(ls, s.resolveEnt(m.ent)) && s.facing(tok, m.a) {
			return true
		}
	}
	return false
}

// facedCountry is a person and the name of a country the story writes
// that person facing: meeting or speaking with its leader, or judging it.
type facedCountry struct {
	person  *ent
	country string
}

// facesCountry reports whether the person at token tok is written, in any
// sentence of the story, as the counterpart of the country named country:
//   - of one of its leaders (see collectLeaders and facing): "President
//     Biden will meet with President Zelenskyy of Ukraine", then "Vice
//     President Harris will also meet separately with President
//     Zelenskyy" and "President Biden and Vice President Harris ...":
//     neither is Ukraine's, though the story names Ukraine most;
//   - of the country itself, across a word of encounter or judgement
//     (interactionWords): "President Biden commended Japan's ...",
//     "Sullivan met with the Prime Minister of Qatar", "The United States
//     appreciates President Marcos's ...".
//
// The pairs are read once a story, on first use.
func (s *state) facesCountry(tok int, country string) bool {
	m := s.mentAt(tok)
	if m == nil || country == "" {
		return false
	}
	if s.faced == nil {
		s.readFaced()
	}
	return s.faced[facedCountry{s.resolveEnt(m.ent), country}]
}

// readFaced fills s.faced (see facesCountry).
func (s *state) readFaced() {
	s.faced = map[facedCountry]bool{}
	of := map[*ent][]string{} // a leader -> the countries they lead
	for c, ls := range s.leaders {
		for _, l := range ls {
			of[l] = append(of[l], c)
		}
	}
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		for _, pm := range e.ments {
			p := s.resolveEnt(pm.ent)
			// counterparts stand close: the words between are few
			a, b := s.facingWindow(pm.a)
			for k := a; k < b; k++ {
				// (not those the counterparts are: "their Japanese
				// counterparts, Foreign Minister X")
				if c := s.othersDemonymAt(k); c != "" && s.counterpartsOf(pm.a) != c {
					s.faced[facedCountry{p, c}] = true
				}
				o := s.mentAt(k)
				if o == nil || o.a != k || s.resolveEnt(o.ent) == p {
					continue
				}
				if o.ent.isCountry() && s.interactionBetween(pm, o) {
					s.faced[facedCountry{p, o.ent.entry.Name}] = true
				}
				if o.ent.typ != annals.Person {
					continue
				}
				if cs := of[s.resolveEnt(o.ent)]; len(cs) > 0 && s.facing(pm.a, o.a) {
					for _, c := range cs {
						s.faced[facedCountry{p, c}] = true
					}
				}
			}
		}
	}
}

// interactionWords are verbs and nouns of one party's encounter with, or
// judgement of, another: "met", "spoke", "welcomed", "commended",
// "condemned", "appreciation", "support". What two parties discuss is
// the topic of both, and may be either's own.
var interactionWords = set("met", "meets", "meet", "meeting", "spoke", "speaks", "speak", "hosted", "hosts", "host",
	"hosting", "welcomed", "welcomes", "welcome", "welcoming", "received", "receives", "receive", "called", "calls",
	"call", "congratulated", "congratulates", "congratulate", "thanked", "thanks", "thank", "commended", "commends",
	"commend", "praised", "praises", "praise", "applauded", "applauds", "lauded", "lauds", "condemned", "condemns",
	"condemn", "appreciation", "appreciates", "appreciated", "confronted", "confronts", "urged", "urges", "urge",
	"invited", "invites", "support", "supports", "supported", "recognized", "recognizes", "concern", "concerns")

// interactionBetween reports whether the country at mention o is the
// party a word of interactionWords between it and the person at mention m
// turns to: its object, after nothing but prepositions, articles and
// titles ("commended Japan's", "met with the Prime Minister of Qatar",
// "appreciation for Qatar's role"), or its subject right before it ("The
// United States appreciates President Marcos's"). A country further on
// in the clause is not ("discussed robust U.S. engagement", "thanked X
// for ... Afghans en route to the United States").
func (s *state) interactionBetween(m, o *mention) bool {
	// "the U.S.-India Roadmap": a joint thing of both countries
	if isDash(s.word(o.b)) || isDash(s.word(o.a-1)) {
		return false
	}
	if o.a > m.a {
		// "support U.S. producers", "meet with U.S. Border Patrol agents":
		// the country is not the party but modifies it; after "the" it is
		// the party whose thing it is ("welcomes the U.S. commitment")
		if !s.countryHeadsPhrase(o) && s.lw(o.a-1) != "the" {
			return false
		}
		// "follow-up from President X's visit ... and welcomed the UAE's
		// ...": a possessive is not the verb's subject
		if w := s.word(m.b); w == "'s" || w == "’s" || strings.HasSuffix(s.word(m.b-1), "'s") || strings.HasSuffix(s.word(m.b-1), "’s") {
			return false
		}
		// "spoke with President X of Egypt to express his appreciation for
		// Egypt's ...": the one spoken with is not the verb's subject
		j := m.a - 1
		for j >= 0 && s.capTitleWord(j) {
			j--
		}
		if s.is(j, cObjectGlue) && s.lw(j) != "the" {
			return false
		}
		for k := o.a - 1; k >= m.b; k-- {
			w := s.lw(k)
			if interactionWords.has(w) {
				// "to meet Senegal's needs": meeting is with someone
				return !meetWords.has(w) || s.lw(k+1) == "with"
			}
			// "would strengthen bilateral cooperation with Israel": the
			// other party of a relation
			if relationWords.has(w) && s.lw(k+1) == "with" {
				return true
			}
			// "met with the Prime Minister of Qatar"; not "the concerns of
			// the United States", whose they are
			of := w == "of" && text.IsCap(s.word(k-1)) && s.is(k-1, cTitleHeads)
			if !objectGlue.has(w) && !of && !s.capTitleWord(k) {
				return false
			}
		}
		return false
	}
	k := o.b
	if w := s.word(k); w == "'s" || w == "’s" {
		return false // "Egypt's President X"
	}
	if !s.is(k, cInteractionWords) {
		return false
	}
	// "the people of Kazakhstan support President X": the country's
	// people, not the country, and its own
	if j := o.a - 1; s.lw(j) == "of" || s.lw(j) == "the" && s.lw(j-1) == "of" {
		return false
	}
	for k++; k < m.a; k++ {
		if s.lw(k) != "the" && !s.capTitleWord(k) {
			return false
		}
	}
	return true
}

// capTitleWord reports whether token k is a capitalized word of a title
// or an honorific ("President", "Deputy", "Dr").
func (s *state) capTitleWord(k int) bool {
	w := s.lw(k)
	return text.IsCap(s.word(k)) && (titleHeads.has(w) || titleModifiers.has(w) || honorifics.has(w))
}

// meetWords are the interactionWords that meet a country only "with" it.
var meetWords = set("met", "meets", "meet", "meeting")

// relationWords name what one party keeps with another, which the word
// "with" after them names: "cooperation with Israel", "our partnership
// with Japan", "talks with Mexico".
var relationWords = set("cooperation", "partnership", "partnerships", "relationship", "relations", "ties", "alliance",
	"dialogue", "engagement", "talks", "negotiations", "consultations", "collaboration", "coordination", "trade")

// objectGlue are the words that may stand between a verb of encounter or
// judgement and the country it turns to.
var objectGlue = set("with", "for", "to", "the", "about", "over", "on", "against", "today", "by", "phone", "virtually")

// countryHeadsPhrase reports whether the country at mention o ends its
// phrase: a possessive, a mark or a clause word follows ("Japan's
// decision", "with Qatar to", "of Guatemala,"), not a noun it modifies
// ("U.S. producers", "U.S. Border Patrol").
func (s *state) countryHeadsPhrase(o *mention) bool {
	if w := s.word(o.b - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	if o.b >= len(s.toks) || s.sentOf[o.b] != s.sentOf[o.a] {
		return true
	}
	switch w := s.word(o.b); w {
	case "'s", "’s", "'", "’", ",", ".", ";", ":", ")", "!", "?":
		return true
	case "and", "or":
		// "support U.S. and allied leadership": one of two modifiers
		return o.b+1 >= len(s.toks) || text.IsCap(s.word(o.b+1))
	default:
		return s.is(o.b, cClauseWords)
	}
}

// maxFacingGap bounds the tokens between two people read as counterparts,
// so that reading a story's pairs stays linear in its length.
const maxFacingGap = 24

// otherPeople yields the first mention in each name of a person of the
// sentence of token tok, other than the person at tok.
func (s *state) otherPeople(tok int) iter.Seq[*mention] {
	return func(yield func(*mention) bool) {
		var who *ent
		if m := s.mentAt(tok); m != nil {
			who = s.resolveEnt(m.ent)
		}
		si := s.sentOf[tok]
		for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
			if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ == annals.Person && s.resolveEnt(m.ent) != who && !yield(m) {
				return
			}
		}
	}
}

// facingWords join two people who meet as counterparts: "President Biden
// and Prime Minister Sudani", "President Biden met with Prime Minister
// Sudani".
var facingWords = set("and", "with", ",", "&", "met", "meets", "spoke", "speaks", "hosted", "hosts", "welcomed",
	"welcomes", "received", "receives", "called", "today", "also", "virtually", "by", "telephone", "phone",
	"will", "meet", "speak", "host", "welcome", "receive", "call", "separately")

// facing reports whether the people at tokens a and b (each a name's
// first token) are written as counterparts: nothing but facingWords,
// titles and honorifics between them. "Russian Prime Minister X said that
// President Yeltsin ..." is not: the second is spoken of, not met.
func (s *state) facing(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	k := a
	if m := s.mentAt(a); m != nil {
		k = m.b
	}
	for ; k < b; k++ {
		w := s.lw(k)
		if facingWords.has(w) || s.capTitleWord(k) {
			continue
		}
		// the country of a title after the name: "Prime Minister X of
		// Norway and President Y"
		if w == "of" || w == "the" && s.lw(k-1) == "of" {
			if m := s.mentAt(k + 1); m != nil && m.a == k+1 && m.ent.isCountry() {
				continue
			}
		}
		// the country of a title: "Romanian President", "Israel's Prime Minister"
		if m := s.mentAt(k); m != nil && m.ent.isCountry() {
			k = m.b - 1
			if s.word(k+1) == "'s" || s.word(k+1) == "’s" {
				k++
			}
			continue
		}
		if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym {
			continue
		}
		return false
	}
	return true
}

// subjectPerson returns the person the sentence of token i opens with,
// named or as "He"/"She" (the person last named before), or nil.
func (s *state) subjectPerson(i int) *ent {
	a := s.sentTok[s.sentOf[i]][0]
	if w := s.word(a); w == "He" || w == "She" {
		if m := s.lastPersonBefore(a); m != nil {
			return m.ent
		}
		return nil
	}
	if m := s.mentAt(a); m != nil && m.a == a && m.ent.typ == annals.Person && m.b <= i {
		return m.ent
	}
	return nil
}

// holds records that person p is written as holding title at org; a
// second holder of the same office makes it no one's in particular.
func (s *state) holds(title string, org, p *ent) {
	if s.titleHolder == nil {
		s.titleHolder = map[titleAt]*ent{}
	}
	k := titleAt{titleKey(title), org}
	if h, ok := s.titleHolder[k]; ok && h != nil && s.resolveEnt(h) != s.resolveEnt(p) {
		s.titleHolder[k] = nil
		return
	}
	s.titleHolder[k] = p
}

// titleBefore reads the title written right before a person's name at token
// a: honorifics are skipped, a defined title acronym counts ("DG Tedros"),
// and an organization, a country or a demonym before the title is its
// organization.
func (s *state) titleBefore(a int) (title string, org *ent, orgName string) {
	k := a - 1
	if k >= 1 && s.word(k) == "." && s.is(k-1, cHonorifics) {
		k -= 2
	} else if k >= 0 && s.is(k, cHonorifics) && text.IsCap(s.word(k)) {
		k--
		// "His Excellency", "Her Majesty"
		if w := s.lw(k); (w == "his" || w == "her") && text.IsCap(s.word(k)) {
			k--
		}
	} else if w := s.lw(k); (w == "prince" || w == "princess") && text.IsCap(s.word(k)) && s.lw(k-1) != "crown" && text.IsCap(s.word(k-1)) && (s.is(k-1, cTitleHeads) || s.is(k-1, cPortfolioWords)) {
		// "Foreign Minister Prince Faisal": the prince's style is no
		// word of the office ("Crown Prince" is an office)
		k--
	}
	// "the Commonwealth Secretary-General, the Rt Hon Patricia X", "the
	// Ambassador, H.E. Mr. X": a style of address of more words, and the
	// article before it after a comma
	for n := 0; n < 3 && k >= 1; n++ {
		if w := s.lw(k); s.word(k) == "." && (s.is(k-1, cHonorifics) || s.lw(k-1) == "rt") {
			k -= 2
		} else if (s.is(k, cHonorifics) && !s.is(k, cTitleHeads) || w == "rt" || w == "right" || w == "most") && text.IsCap(s.word(k)) && s.mentAt(k) == nil && k+1 < a {
			k--
		} else {
			break
		}
	}
	if k >= 1 && s.lw(k) == "the" && s.word(k-1) == "," && k+1 < a && (s.is(k+1, cHonorifics) || s.lw(k+1) == "rt" || s.lw(k+1) == "right") {
		k--
	}
	k = s.skipParenAcronym(k)
	if k < 0 || s.sentOf[k] != s.sentOf[a] {
		return "", nil, ""
	}
	// "Ambassador of Kazakhstan to Türkiye X", "Kazakhstan's Ambassador to
	// Türkiye X": the state an envoy is posted to stands between the
	// office and the name; the office is the sending state's
	if t, o, j := s.postedTo(k); j >= 0 {
		if t != "" {
			return t, o, ""
		}
		k = j
	}
	// "Senate President Pro Tempore Patty Murray"
	pro := k >= 2 && s.lw(k) == "tempore" && s.lw(k-1) == "pro"
	if pro {
		k -= 2
		defer func() {
			if title != "" {
				title += " Pro Tempore"
			}
		}()
	}
	if s.word(k) == "," {
		// "the Ambassador of Kazakhstan to Türkiye, X,"
		if t, o, j := s.postedTo(k - 1); j >= 0 {
			if t != "" {
				return t, o, ""
			}
			return s.titleBeforeComma(j, a)
		}
		return s.titleBeforeComma(k-1, a)
	}
	// "..., Chief of Staff, Department of Energy Carla Frisch": an item
	// of a list, a title set off before the body and the name
	if m := s.mentAt(k); m != nil && m.b == k+1 && m.ent.typ == annals.Org && s.word(m.a-1) == "," && !pro {
		if t := s.itemTitleBefore(m.a-1, a); t != "" {
			return t, m.ent, ""
		}
	}
	if s.toks[k].Kind == text.Word && !text.IsCap(s.word(k)) {
		t, o := s.lowerTitleBefore(k)
		return t, o, ""
	}
	if t, ok := s.titleAt(k); ok {
		title = t
		k--
	} else {
		// "The Special Envoy of the Fund (NPOF), Ambassador X": the title set
		// off before the honorific title names the organization
		j := k
		for j >= 0 && (s.is(j, cTitleHeads) || s.is(j, cTitleModifiers)) && text.IsCap(s.word(j)) {
			j--
		}
		if j < k && j >= 1 && s.word(j) == "," && !s.apposOfPrevious(j-1) {
			if t, o, on := s.titleBeforeComma(j-1, a); t != "" {
				return t, o, on
			}
		}
		end := k
		// (a body's last word is no word of the title: "Department of
		// Veterans Affairs Secretary X")
		// ("Lieutenant Governor", "Major General": a rank before a head)
		for k >= 0 && s.sentOf[k] == s.sentOf[a] && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers) || k < end && s.rankBeforeHead(k)) && text.IsCap(s.word(k)) && !s.inBodyName(k) {
			k--
		}
		if k == end {
			return "", nil, ""
		}
		// "Barkhane Force Commander Major General X": the post, then the
		// rank; the post is the office
		for i := k + 2; i < end; i++ {
			if s.rankBeforeHead(i) && s.is(i-1, cTitleHeads) {
				end = i - 1
				break
			}
		}
		hasHead := false
		for i := k + 1; i <= end; i++ {
			if s.is(i, cTitleHeads) && !s.is(i, cTitleModifiers) || s.lw(i) == "general" || s.lw(i) == "secretary" || s.lw(i) == "minister" || s.lw(i) == "president" || s.lw(i) == "director" {
				hasHead = true
			}
		}
		if !hasHead {
			return "", nil, ""
		}
		// leading modifiers that belong to a country or organization name were
		// consumed by the mention; "Former" is not part of the title
		st := k + 1
		for st <= end && (s.lw(st) == "former" || s.lw(st) == "acting" || s.lw(st) == "then") {
			st++
		}
		if st > end {
			return "", nil, ""
		}
		title = s.text[s.toks[st].Start:s.toks[end].End]
		if s.lw(k) == "the" && s.lw(k-1) == "to" && k >= 2 && text.IsCap(s.word(k-2)) {
			// "Deputy Assistant to the President Amos Hochstein": the
			// name holds the whole title, not the President's office
			return "", nil, ""
		}
	}
	// "SEIU International President Mary Kay Henry": a union's title,
	// when an organization stands before it
	if s.lw(k) == "international" && text.IsCap(s.word(k)) && title != "" {
		if j := s.skipParenAcronym(k - 1); j >= 0 {
			if m := s.mentAt(j); m != nil && m.b == j+1 && m.ent.typ == annals.Org {
				title = s.word(k) + " " + title
				k--
			}
		}
	}
	k = s.skipParenAcronym(k)
	if k >= 0 && s.sentOf[k] == s.sentOf[a] {
		if m := s.mentAt(k); m != nil && m.b == k+1 && (m.ent.typ == annals.Org || m.ent.typ == annals.Place) && !s.ofPersonBefore(m) {
			org = m.ent
			// "Deputy National Economic Council Director X": a rank before
			// the body is the office's
			r := m.a
			for r > 0 && r > m.a-2 && officeRanks.has(s.lw(r-1)) && s.capLike(r-1) && s.sentOf[r-1] == s.sentOf[a] {
				r--
			}
			if r < m.a && title != "" && m.ent.typ == annals.Org {
				title = rankTitle(s.words(r, m.a), title)
			}
		} else if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym {
			orgName = s.atoms[ai].Entry.Name
		} else if title != "" && s.bodyAcronymAt(k) {
			org = s.acronymBody(k)
		}
	}
	return clean(title), org, orgName
}

// bodyAcronymAt reports whether token k, right before an office and a
// name, is the acronym of a body the lists do not know: "OEI
// Secretary-General Mariano Jabonero", "the SPC Director-General". Two to
// six capitals, no word news writes in lower case, no state's code
// ("Phoenix, AZ Mayor X"), outside a heading in capitals ("FACT SHEET
// President X"). The office is that body's, not
// one the story's other bodies give (the United Nations' Secretary-General).
func (s *state) bodyAcronymAt(k int) bool {
	w := s.word(k)
	if s.toks[k].Kind != text.Word || !allCapsAcronym(w) || s.atomIdx(k) >= 0 || titleAbbrevs[w] != "" || usStateCodes.has(w) {
		return false
	}
	// "Phoenix, AZ Mayor X": a place's state or country after a comma
	if p := s.mentAt(k - 2); s.word(k-1) == "," && p != nil && p.ent.typ == annals.Place {
		return false
	}
	if lw := s.lw(k); s.lowerSeen.has(lw) || ner.CommonWord(lw) || s.is(k, cTitleHeads) || s.is(k, cHonorifics) {
		return false
	}
	if k > 0 && s.toks[k-1].Kind == text.Word && len(s.word(k-1)) > 1 && text.IsAllCaps(s.word(k-1)) {
		return false
	}
	return !text.IsAllCaps(s.word(k + 1))
}

// acronymBody returns the organization named by the acronym at token k
// (bodyAcronymAt), a new one unless the story has it.
func (s *state) acronymBody(k int) *ent {
	w := s.word(k)
	if e := s.acronyms[w]; e != nil {
		return e
	}
	e := s.entity("org:"+gazetteer.Normalize(w), annals.Org, w, nil)
	if !s.covered(k, k+1) {
		s.addMention(e, k, k+1, s.toks[k].Start, s.toks[k].End, mName)
	}
	return e
}

// rankBeforeHead reports whether token k is a rank before a title's
// head, a word of the title: "Lieutenant Governor", "Major General".
func (s *state) rankBeforeHead(k int) bool {
	return s.is(k, cRankWords) && s.is(k+1, cTitleHeads)
}

// onlyAddressBetween reports whether the words between the comma at c
// and a name at a are at most honorifics or "Ambassador", a form of
// address ("the U.S. Trade Representative, Ambassador Tai"), and no
// office of their own ("the Trade Representative, President Biden").
//
// The name must also be set off as an apposition, a comma or the end of
// the sentence after it: "Following an assignment as the Special Advisor
// to the DIA Deputy Director, Ms. Jones was detailed ..." closes an
// opening phrase before the sentence's subject.
func (s *state) onlyAddressBetween(c, a int) bool {
	for i := c + 1; i < a; i++ {
		if s.is(i, cTitleHeads) && s.lw(i) != "ambassador" && !s.is(i, cHonorifics) {
			return false
		}
	}
	return s.setOffName(a)
}

// nationalOfficeBetween reports whether the words between the comma at c
// and a name at a are a country's office, a demonym or a country and then
// only a title ("The OSCE Chairperson-in-Office, Polish Foreign Minister
// X,", "the Chair of the African Union, Senegalese President X,"): the
// office a state's official holds by turn, and the name set off as in
// onlyAddressBetween.
func (s *state) nationalOfficeBetween(c, a int) bool {
	k := c + 1
	if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym && s.atoms[ai].Entry.Kind == gazetteer.Country && s.tokEndAt(s.atoms[ai].End) == k+1 {
		k++
	} else if e := s.countryAtomEnd(k); e > k {
		k = e
	} else {
		return false
	}
	if k >= a || !s.is(a-1, cTitleHeads) {
		return false
	}
	return s.titleWordsUntil(k, a) && s.setOffName(a)
}

// titleWordsUntil reports whether tokens [k,a) are all a title's words
// in capitals, none an honorific.
func (s *state) titleWordsUntil(k, a int) bool {
	for ; k < a; k++ {
		if !text.IsCap(s.word(k)) || !s.is(k, cTitleHeads) && !s.is(k, cTitleModifiers) || s.is(k, cHonorifics) {
			return false
		}
	}
	return true
}

// officeOfCountryBetween reports whether the words between the comma at c
// and a name at a are a title and "of" a country ("The OSCE
// Chairperson-in-Office, Foreign Minister of North Macedonia X,"): a
// state's office written after its title, as nationalOfficeBetween reads
// one written before it.
func (s *state) officeOfCountryBetween(c, a int) bool {
	m := s.mentAt(a - 1)
	if m == nil || m.b != a || !m.ent.isCountry() {
		return false
	}
	of := s.beforeStateName(m.a)
	if s.lw(of) != "of" || of <= c+1 || !s.is(c+1, cTitleHeads) && !s.is(c+1, cTitleModifiers) {
		return false
	}
	// ("Minister for Foreign Affairs of Malta": a portfolio inside)
	head := false
	for k := c + 1; k < of; k++ {
		if w := s.lw(k); w == "for" || w == "of" || w == "and" || s.is(k, cPortfolioWords) && text.IsCap(s.word(k)) {
			continue
		}
		if !s.titleWordsUntil(k, k+1) {
			return false
		}
		head = head || s.is(k, cTitleHeads)
	}
	return head && s.setOffName(a)
}

// officeBeforeNational reads an office set off before a country's office
// written before the name at token a (see nationalOfficeBetween): "The
// OSCE Chairperson-in-Office, Polish Foreign Minister X," gives
// "Chairperson-in-Office" of the OSCE.
func (s *state) officeBeforeNational(a int) (string, *ent, string) {
	k := a - 1
	for k >= 0 && a-k <= 5 && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers)) && text.IsCap(s.word(k)) {
		k--
	}
	if k == a-1 {
		// "The OSCE Chairperson-in-Office, Foreign Minister of North
		// Macedonia X,"
		if m := s.mentAt(a - 1); m != nil && m.b == a && m.ent.isCountry() {
			c := s.beforeStateName(m.a) - 1
			for c > 0 && a-c <= 12 && s.word(c) != "," && s.sentOf[c] == s.sentOf[a] {
				c--
			}
			if c > 0 && s.word(c) == "," && s.sentOf[c] == s.sentOf[a] && s.officeOfCountryBetween(c, a) {
				return s.titleBeforeComma(c-1, a)
			}
		}
		return "", nil, ""
	}
	// the demonym or the country
	if m := s.mentAt(k); m != nil && m.b == k+1 {
		k = m.a - 1
	} else if ai := s.atomIdx(k); ai >= 0 {
		k = s.tokAt(s.atoms[ai].Start) - 1
	} else {
		return "", nil, ""
	}
	if k < 1 || s.word(k) != "," || s.sentOf[k] != s.sentOf[a] || !s.nationalOfficeBetween(k, a) {
		return "", nil, ""
	}
	return s.titleBeforeComma(k-1, a)
}

// officeBeforeAnd reads the first of two offices joined by "and"
// before a name set off by a comma, written after its organization:
// "The OSCE Chairperson-in-Office and Foreign Minister of Malta, Ian
// Borg," gives "Chairperson-in-Office" of the OSCE (the second office is
// read as any title before a comma).
func (s *state) officeBeforeAnd(a int) (string, *ent) {
	c := a - 1
	if s.word(c) != "," || !s.setOffName(a) {
		return "", nil
	}
	lo := s.sentTok[s.sentOf[a]][0]
	j := c - 1
	for ; j >= lo && j > c-10 && s.lw(j) != "and"; j-- {
		if w := s.lw(j); !s.capLike(j) && s.mentAt(j) == nil && w != "of" && w != "the" && w != "for" {
			return "", nil
		}
	}
	if j < lo || s.lw(j) != "and" || !s.is(j+1, cTitleHeads) && !s.is(j+1, cTitleModifiers) {
		return "", nil
	}
	end := j - 1
	k := end
	for k >= lo && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers)) && text.IsCap(s.word(k)) {
		k--
	}
	if k == end || !s.is(end, cTitleHeads) {
		return "", nil
	}
	m := s.mentAt(k)
	if m == nil || m.b != k+1 || m.ent.typ != annals.Org {
		return "", nil
	}
	return clean(s.text[s.toks[k+1].Start:s.toks[end].End]), m.ent
}

// setOffName reports whether the name at token a is set off as an
// apposition: a comma or the end of the sentence after it.
func (s *state) setOffName(a int) bool {
	m := s.mentAt(a)
	if m == nil {
		return false
	}
	switch s.word(m.b) {
	case ",", ".", ";", ":", ")", "":
		return true
	}
	return m.b >= len(s.toks) || s.sentOf[m.b] != s.sentOf[a]
}

// itemTitleBefore returns the title that alone makes an item of a list
// ending at the comma at token c before a name at token a: "Chief of
// Staff" in "..., Chief of Staff, Department of Energy Carla Frisch";
// else "".
func (s *state) itemTitleBefore(c, a int) string {
	for st := c - 1; st >= 0 && st > c-8 && s.sentOf[st] == s.sentOf[a]; st-- {
		if w := s.word(st - 1); w != "," && w != ";" && w != ":" && !s.lineStart[st] {
			continue
		}
		if title, org, end := s.titleOfOrg(st, false); title != "" && org == nil && end == c {
			return title
		}
		return ""
	}
	return ""
}

// inBodyName reports whether token k is a word of a name of more than
// one word, or a listed one, of an organization or a place the story
// names.
func (s *state) inBodyName(k int) bool {
	m := s.mentAt(k)
	return m != nil && (m.ent.typ == annals.Org || m.ent.typ == annals.Place) && (m.b-m.a >= 2 || m.ent.entry != nil)
}

// ofPersonBefore reports whether mention m follows a person's name and
// "of": "Prime Minister Mark Brown of Cook Islands Prime Minister Josaia
// Voreqe Bainimarama of the Republic of Fiji", a list that lost its line
// breaks, gives the Cook Islands to Brown, not to the title after them.
func (s *state) ofPersonBefore(m *mention) bool {
	j := m.a - 1
	if s.lw(j) == "the" {
		j--
	}
	if s.lw(j) != "of" {
		return false
	}
	// "Surangel S. Whipps, Jr. of the Republic of Palau"
	if s.word(j-1) == "." {
		j--
	}
	if s.is(j-1, cNameSuffixes) {
		j--
		if s.word(j-1) == "," {
			j--
		}
	}
	p := s.mentAt(j - 1)
	return p != nil && p.b == j && p.ent.typ == annals.Person
}

// officeInName splits a name the lists know that names an office of an
// organization ("United Nations High Commissioner for Refugees") into the
// title and the organization whose name opens it, when the story names
// that organization.
func (s *state) officeInName(m *mention) (string, *ent) {
	for x := m.a + 1; x < m.b; x++ {
		w := s.lw(x)
		if !titleHeads.has(w) && !titleModifiers.has(w) || orgHeads.has(w) || !text.IsCap(s.word(x)) {
			continue
		}
		// "the UN General Assembly": a body's head after the title words
		// makes them a body's name, not an office
		for y := x + 1; y < m.b && !s.connectorAt(y); y++ {
			if s.is(y, cOrgHeads) && !s.is(y, cTitleHeads) {
				return "", nil
			}
		}
		// the organization named by the words before the title
		for _, p := range s.x.gaz.Match(s.text[m.start:s.toks[x].Start]) {
			if p.Start != 0 || p.Entry.Type != annals.Org || s.tokEndAt(m.start+p.End) != x {
				continue
			}
			if e := s.named(p.Entry.Key); e != nil {
				return clean(s.text[s.toks[x].Start:m.end]), e
			}
		}
		return "", nil
	}
	return "", nil
}

// lowerTitleOrg reports whether a title in lower case with its
// organization ends at token k.
func (s *state) lowerTitleOrg(k int) bool {
	if k < 0 || s.toks[k].Kind != text.Word {
		return false
	}
	t, _ := s.lowerTitleBefore(k)
	return t != ""
}

// lowerTitleBefore reads a title in lower case ending at token k before a
// name, with the organization written before it: "IOM chief Paul Weiss",
// "the agency's spokesman Ali Karim", "EP rapporteur on alternative fuels
// infrastructure Ina Ertl". Without an organization there is no role.
func (s *state) lowerTitleBefore(k int) (string, *ent) {
	end := k
	// a complement in lower case: "on alternative fuels infrastructure"
	for j := k; j >= 0 && j >= k-6 && s.toks[j].Kind == text.Word && !text.IsCap(s.word(j)); j-- {
		if w := s.lw(j); (w == "on" || w == "for") && s.is(j-1, cTitleHeads) {
			k = j - 1
			break
		}
	}
	// "convened by co-chairs X and Y": a title in the plural before a list
	plural := !s.is(k, cTitleHeads) && pluralTitle(s.lw(k)) != ""
	if !s.is(k, cTitleHeads) && !plural || text.IsCap(s.word(k)) || s.lw(k) == "general" {
		return "", nil
	}
	st := k
	for st > 0 && (s.is(st-1, cTitleHeads) || s.is(st-1, cTitleModifiers)) && !text.IsCap(s.word(st-1)) && s.lw(st-1) != "former" {
		st--
	}
	var org *ent
	p := s.skipParenAcronym(st - 1) // "UNICEF" in "the Children's Fund (UNICEF) chief X"
	if m := s.mentAt(p); m != nil && m.b == p+1 && m.ent.typ == annals.Org {
		org = m.ent
	} else if w := s.lw(p); isPossessive(s.word(p)) && backrefHeads.has(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
		// "the agency's spokesman": the organization the story calls so
		org = s.backref(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), p)
		if org == nil {
			org = s.lastOrgBefore(p)
		}
	} else if w == "its" || w == "their" {
		org = s.possessorOrg(p)
	} else if w == "by" && s.is(p-1, cConvenerVerbs) {
		// "The Task Force met ..., convened by co-chairs X": the body the
		// sentence opens with
		org = s.openingOrg(p)
	}
	if org == nil {
		return "", nil
	}
	title := clean(s.text[s.toks[st].Start:s.toks[end].End])
	if plural && st == end {
		title = pluralTitle(s.lw(k))
	}
	return title, org
}

// listedAfter returns the person named after the "and" that closes the
// list the person ending at token b opens, each possibly set off by an
// apposition ("X, Special Presidential Coordinator, and Y, Head of
// Cabinet"), or none.
func (s *state) listedAfter(b int) []*mention {
	var out []*mention
	si := s.sentOf[b-1]
	for j := b; j < len(s.toks) && j < b+40 && s.sentOf[j] == si; j++ {
		if w := s.lw(j); w == "with" || w == ";" || w == "while" {
			break
		}
		// an "and" inside the apposition ("for Global Infrastructure and
		// Energy Security") goes on to the next
		if m := s.mentAt(j + 1); s.lw(j) == "and" && m != nil && m.a == j+1 && m.ent.typ == annals.Person {
			out = append(out, m)
			break
		}
	}
	return out
}

// convenerVerbs, before "by", name who leads a body's meeting or the body.
var convenerVerbs = set("convened", "chaired", "co-chaired", "led", "co-led", "hosted", "co-hosted", "headed")

// pluralTitle returns the title a plural names ("co-chairs" -> "co-chair"),
// or "".
func pluralTitle(w string) string {
	if t := strings.TrimSuffix(w, "s"); t != w && titleHeads.has(t) {
		return t
	}
	return ""
}

// pluralOffice reports whether the lower-case word w is an office in the
// plural, a title or an apposition's head ("members", "advisors"): an
// office many hold.
func pluralOffice(w string) bool {
	t := strings.TrimSuffix(w, "s")
	return len(w) > 3 && t != w && (pluralTitle(w) != "" || apposHeads.has(t))
}

// openingOrg returns the organization that opens the sentence of token k
// (before any verb), or nil.
func (s *state) openingOrg(k int) *ent {
	st := s.sentTok[s.sentOf[k]][0]
	for j := st; j < k && j < st+8; j++ {
		if m := s.mentAt(j); m != nil {
			if m.ent.typ == annals.Org {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

// apposOfPrevious reports whether the phrase ending at token k is set off
// after another person's name ("Ben Cardin (D-MD), my Co-Chairman of the
// Commission, Congressman X"): it describes that person.
func (s *state) apposOfPrevious(k int) bool {
	si := s.sentOf[k]
	for j := k; j >= s.sentTok[si][0] && j > k-15; j-- {
		if s.word(j) != "," {
			continue
		}
		p := j - 1
		if s.word(p) == ")" {
			for p > j-8 && p > 0 && s.word(p) != "(" {
				p--
			}
			p--
		}
		if m := s.mentAt(p); m != nil && m.ent.typ == annals.Person {
			return true
		}
		return false
	}
	return false
}

// titleBeforeComma reads a title set off before a name, ending at token k:
// "the Secretary General of the Council, Dr. X", "the Compact’s Executive
// Director, Ms. X", "Its President, Dr. X", "the Special Envoy of the
// Nordic-Pacific Ocean Fund (NPOF), Ambassador X".
func (s *state) titleBeforeComma(k, a int) (string, *ent, string) {
	comma := k + 1
	k = s.skipParenAcronym(k)
	// "European Commission Director-General for Neighborhood and
	// Enlargement Negotiations, X": the organization, the title, then its
	// complement
	if s.mentAt(k) == nil && s.capLike(k) && !s.is(k, cTitleHeads) {
		if t, o, on := s.portfolioTitleBefore(k, a); t != "" {
			return t, o, on
		}
	}
	var org *ent
	ofOrg := false // the body after "of", not "for" or "at"
	scopeEnd := -1 // the end of a place the title is for
	// "... of the <ORG>,"
	if m := s.mentAt(k); m != nil && m.b == k+1 && m.ent.typ != annals.Person {
		// "the Head of the EU Delegation to Nigeria and ECOWAS, X": a
		// mission accredited to two, named by the first
		if m0 := s.mentAt(m.a - 2); s.lw(m.a-1) == "and" && m0 != nil && m0.b == m.a-1 && m0.ent.typ == annals.Org && strings.Contains(s.text[s.toks[m0.a].Start:s.toks[m0.b-1].End], " to ") {
			m = m0
		}
		j := m.a - 1
		if m0 := s.mentAt(j - 1); s.lw(j) == "in" && m.ent.typ == annals.Place && m0 != nil && m0.b == j && m0.ent.typ == annals.Org {
			// "the Head of the OSCE Programme Office in Astana, X": the
			// office's seat after its name
			m, j = m0, m0.a-1
		}
		if s.lw(j) == "the" {
			j--
		}
		if s.lw(j) == "for" && m.ent.typ == annals.Place && s.is(j-1, cTitleHeads) && text.IsCap(s.word(j-1)) {
			// "the FAO Subregional Coordinator for the Pacific Islands,
			// X", "the UN Special Envoy for Syria, X": a place after
			// "for" is the office's scope, part of its title, and the
			// body holding it is named before the title (or none is)
			scopeEnd = k
			k = j - 1
		} else if s.lw(j) == "in" && m.ent.typ == annals.Place && s.is(j-1, cTitleHeads) && text.IsCap(s.word(j-1)) {
			// "the UNDP Resident Representative in Mozambique, X": the
			// country the office sits in is no part of its title; the
			// body is named before the title
			k = j - 1
		} else if s.lw(j) == "of" || s.lw(j) == "for" || s.lw(j) == "at" {
			org = m.ent
			ofOrg = s.lw(j) == "of"
			k = j - 1
		} else if t, o := s.officeInName(m); t != "" {
			// "the United Nations High Commissioner for Refugees, X"
			return t, o, ""
		} else {
			return "", nil, ""
		}
	}
	end := k
	// "the Minister of Foreign Affairs of Turkey, X": the title's
	// portfolio before the country
	if org != nil && !s.is(k, cTitleHeads) {
		p := k
		for p > 0 && k-p < 5 && s.sentOf[p] == s.sentOf[a] && (s.is(p, cPortfolioWords) && text.IsCap(s.word(p)) || p < k && s.lw(p) == "and") {
			p--
		}
		// ("the Minister for Foreign Affairs of Ireland, X": the portfolio
		// after "for", its words in the portfolio list)
		if p < k && (s.lw(p) == "of" || s.lw(p) == "for") && p > 0 && s.is(p-1, cTitleHeads) && text.IsCap(s.word(p-1)) {
			k = p - 1
		} else if ofOrg {
			// "the Assistant Director-General for Social and Human
			// Sciences of UNESCO, X": a portfolio after "for" is any
			// words in capitals (not in a list of nominations: "Y for
			// Assistant Attorney General for Criminal Division at the
			// Department of Justice, X for ...")
			//
			// ("the Minister of Land, Environment and Rural Development of
			// Mozambique, X": so is one after "of", and a comma in a list
			// that "and" closes)
			p = k
			and := false
			for p > 0 && k-p < 8 && s.sentOf[p] == s.sentOf[a] && s.mentAt(p) == nil && (text.IsCap(s.word(p)) && s.toks[p].Kind == text.Word && !s.is(p, cTitleHeads) || p < k && s.lw(p) == "and" || p < k && and && s.word(p) == "," && text.IsCap(s.word(p-1))) {
				and = and || s.lw(p) == "and"
				p--
			}
			if w := s.lw(p); p < k && (w == "for" || w == "of") && s.lw(p+1) != "and" && s.word(p+1) != "," && p > 0 && s.is(p-1, cTitleHeads) && text.IsCap(s.word(p-1)) {
				k = p - 1
			}
		}
	}
	head := k
	for k >= 0 && s.sentOf[k] == s.sentOf[a] && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers) || k < head && s.rankBeforeHead(k)) && s.toks[k].Kind == text.Word {
		k--
	}
	if k == head || !s.is(head, cTitleHeads) {
		return "", nil, ""
	}
	st := k + 1
	for st <= end && (s.lw(st) == "former" || s.lw(st) == "then" || s.lw(st) == "acting") {
		st++
	}
	if st > end {
		return "", nil, ""
	}
	if scopeEnd >= 0 {
		if s.lw(k) == "of" || s.lw(k) == "the" && s.lw(k-1) == "of" {
			// "the Special Representative of the Secretary-General for
			// Somalia, X": the head read is a part of a longer title
			return "", nil, ""
		}
		end = scopeEnd
	}
	title := clean(s.text[s.toks[st].Start:s.toks[end].End])
	if org == nil {
		// "the Compact’s Executive Director", "Its President"
		if m := s.mentAt(k); m != nil && m.b == k+1 && m.ent.typ != annals.Person && isPossessive(s.word(k)) {
			org = m.ent
		} else if w := s.lw(k); w == "its" || w == "their" {
			org = s.lastOrgBefore(k)
		} else if m != nil && m.b == k+1 && (m.ent.typ == annals.Org || m.ent.isCountry()) && text.IsCap(s.word(st)) && !s.ofPersonBefore(m) && !s.is(m.a, cHonorifics) && (s.onlyAddressBetween(comma, a) || s.nationalOfficeBetween(comma, a) || s.officeOfCountryBetween(comma, a)) {
			// "The OSCE Chairperson-in-Office, X,", "the UN
			// Secretary-General, X": the body named before the title
			org = m.ent
		} else if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym && s.tokEndAt(s.atoms[ai].End) == k+1 && text.IsCap(s.word(st)) && s.onlyAddressBetween(comma, a) {
			// "the French President, Emmanuel Macron,"
			return title, nil, s.atoms[ai].Entry.Name
		}
	}
	if org == nil {
		return "", nil, ""
	}
	return title, org, ""
}

// portfolioTitleBefore reads a title whose portfolio ends at token k,
// set off before the name at a, with the body or country holding it
// named before the title: "European Commission Director-General for
// Neighborhood and Enlargement Negotiations, X", "Kenya's Cabinet
// Secretary for Environment, Climate Change and Forestry, X", "the
// Kenyan Minister of the Environment, X". A comma inside the portfolio
// is read only in a list that "and" closes ("Environment, Climate Change
// and Forestry").
func (s *state) portfolioTitleBefore(k, a int) (string, *ent, string) {
	j, and := k, false
	for j > 0 && k-j < 12 && s.mentAt(j) == nil && s.sentOf[j] == s.sentOf[a] {
		if w := s.lw(j); w == "and" {
			and = true
		} else if !s.capLike(j) && (w != "," || !and || !s.capLike(j-1) || !s.capLike(j+1)) {
			break
		}
		j--
	}
	if s.lw(j) == "the" && j < k {
		j--
	}
	if w := s.lw(j); w != "for" && w != "of" || !s.is(j-1, cTitleHeads) || !text.IsCap(s.word(j-1)) {
		return "", nil, ""
	}
	st := j - 1
	for st > 0 && (s.is(st-1, cTitleHeads) || s.is(st-1, cTitleModifiers)) && text.IsCap(s.word(st-1)) {
		st--
	}
	if st == 0 || s.sentOf[st-1] != s.sentOf[a] {
		return "", nil, ""
	}
	title := clean(s.text[s.toks[st].Start:s.toks[k].End])
	p := st
	if w := s.word(p - 1); w == "'s" || w == "’s" {
		p--
	}
	m := s.mentAt(p - 1)
	switch {
	case m != nil && m.b == st && m.ent.typ == annals.Org:
		return title, m.ent, ""
	case m != nil && m.b == p && (m.ent.typ == annals.Org || m.ent.isCountry()) && s.possessiveOf(m):
		// "Kenya's Cabinet Secretary for Environment, X"
		return title, m.ent, ""
	}
	if ai := s.atomIdx(st - 1); ai >= 0 && s.atoms[ai].Demonym && s.tokEndAt(s.atoms[ai].End) == st && s.onlyAddressBetween(k+1, a) {
		// "the Kenyan Minister of the Environment, X,"
		return title, nil, s.atoms[ai].Entry.Name
	}
	return "", nil, ""
}

// lastOrgBefore returns the organization mentioned last before token k.
func (s *state) lastOrgBefore(k int) *ent {
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Org {
			return m.ent
		}
	}
	return nil
}

// possessorOrg returns the organization "its" or "their" at token k
// stands for: the one mentioned last in its sentence or the one before,
// or nil when the sentence opens with a body no list knows ("The Alliance
// welcomed the appointment of X as its new High Representative": not the
// organization of the paragraph before).
func (s *state) possessorOrg(k int) *ent {
	si := s.sentOf[k]
	st := s.sentTok[si][0]
	if s.lw(st) == "the" && st+1 < k && s.capLike(st+1) && s.mentAt(st+1) == nil && !isTitleHead(s.lw(st+1)) {
		return nil
	}
	if si > 0 {
		st = s.sentTok[si-1][0]
	}
	for j := k - 1; j >= st && j >= k-200; j-- {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Org {
			return m.ent
		}
	}
	return nil
}

// lastPersonBefore returns the person mentioned last before token k (for
// "He", "She").
func (s *state) lastPersonBefore(k int) *mention {
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person {
			return m
		}
	}
	return nil
}

// pronounAntecedent returns the person a "he" or "she" at token k stands
// for: the last named before it that is not the object of a preposition
// ("Pastor X was an advisor to President Y ..., and now she serves as
// ..." is X's) nor of a person's verb ("X was Senior Advisor at the
// Council, where he counseled President Y. He served as ..." is X's), or
// nil.
func (s *state) pronounAntecedent(k int) *mention {
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		m := s.mentAt(j)
		if m == nil || m.ent.typ != annals.Person {
			continue
		}
		// "in the George W. Bush administration": a name that qualifies a
		// noun is no one's antecedent
		if !s.prepObject(m) && !s.personsObject(m) && !(leaderNouns.has(s.word(m.b)) && s.sentOf[m.b] == s.sentOf[m.a]) {
			return m
		}
		j = m.a
	}
	return nil
}

// hireVerbs, beside appointVerbs, put the person after them in a post:
// "hired X", "tapped X".
var hireVerbs = set("hired", "tapped", "picked", "promoted", "recruited", "invited", "renominated")

// personsObject reports whether the person of mention m, with the titles
// before the name, is the object of a verb whose subject is a person
// named or "he"/"she" earlier in the clause: "where he counseled
// President X", "Ann Vole thanked Secretary Y". Not the object of a body's
// verb ("The Board elected Ann Vole. She ..." is hers).
func (s *state) personsObject(m *mention) bool {
	st := s.sentTok[s.sentOf[m.a]][0]
	q := m.a - 1
	for q >= st && (s.capTitleWord(q) || s.lw(q) == "the" || s.word(q) == ".") {
		q--
	}
	if q <= st || !objectVerb(s.word(q)) {
		return false
	}
	for j := q - 1; j >= st && j >= q-4; j-- {
		if w := s.lw(j); w == "he" || w == "she" {
			return true
		}
		if p := s.mentAt(j); p != nil && p.ent.typ == annals.Person {
			return true
		}
		if s.word(j) == "," || s.word(j) == ";" {
			return false
		}
	}
	return false
}

// objectVerb reports whether the word w is a verb in the past tense, in
// lower case, that takes a person as its object ("counseled", "met",
// "told"), other than one that appoints (see appointVerbs).
func objectVerb(w string) bool {
	if w != strings.ToLower(w) || len(w) < 3 {
		return false
	}
	switch w {
	case "met", "told", "led", "saw", "gave", "sent", "took", "brought", "beat", "taught":
		return true
	case "need", "feed", "seed", "speed", "bleed", "breed", "proceed", "succeed", "exceed", "red", "bed", "shed", "wed":
		return false
	}
	// "Mayor X appointed Mr. Y to serve as ... In 1999, he was ...": the
	// one appointed is whom the story goes on about
	if appointVerbs.has(w) || hireVerbs.has(w) {
		return false
	}
	return strings.HasSuffix(w, "ed")
}

// objectPreps put a person after them in the object of a phrase, not in a
// clause's subject: "an advisor to President X", "met with X", "the
// Administration of President X".
var objectPreps = set("to", "with", "by", "for", "from", "under", "about", "on", "against", "of")

// headedBy returns the organization of "<org> ... headed by <title> <name>"
// (or led, chaired, run by) for the name at token a: the organization last
// named before "by" in the sentence.
func (s *state) headedBy(a int) *ent {
	k := a - 1
	for k > 0 && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers) || s.is(k, cHonorifics) || s.word(k) == ".") {
		k--
	}
	if s.lw(k) != "by" {
		return nil
	}
	switch s.lw(k - 1) {
	case "headed", "led", "chaired", "run", "directed", "presided":
	default:
		return nil
	}
	for j := k - 2; j >= s.sentTok[s.sentOf[a]][0]; j-- {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Org {
			return m.ent
		}
	}
	return nil
}

// skipParenAcronym steps back over "(ACR)" ending at token k.
func (s *state) skipParenAcronym(k int) int {
	if k >= 2 && s.word(k) == ")" {
		for j := k - 1; j >= 0 && k-j <= 6; j-- {
			if s.word(j) == "(" {
				return j - 1
			}
		}
	}
	return k
}

type titleOrgPair struct {
	title   string
	org     *ent
	orgName string // a body known by name only ("MEP": European Parliament)
	former  bool
}

// dashEntry reports whether the name [a,b) is an entry of a list of names
// each with its title after a dash ("Mary Robinson – Former President of
// Ireland Gro Harlem Brundtland – Former Prime Minister of Norway"): a
// dash and a capitalized word follow it, and before it, back over
// capitalized words, is the dash of the entry before.
func (s *state) dashEntry(a, b int) bool {
	if !setOffDash(s.word(b)) || !s.capLike(b+1) {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-16 && s.sentOf[k] == s.sentOf[a]; k-- {
		switch w := s.word(k); {
		case setOffDash(w):
			return true
		case s.capLike(k) || w == "," || w == "." || s.connectorAt(k):
		default:
			return false
		}
	}
	return false
}

// setOffDash reports whether w is an en or em dash, which sets a title off
// after a name as a comma does (a hyphen joins words; see isDash for any
// dash).
func setOffDash(w string) bool { return w == "–" || w == "—" }

// titlesAfter reads an apposition after a name ending at token b: ",
// former President of Portugal", ", the President of the Assembly’s 66th
// session", ", Chairperson of the African Union Commission and former Prime
// Minister of Chad", ", former Mayor of Port Kessel,".
func (s *state) titlesAfter(b int) []titleOrgPair {
	// "Senator Ben Cardin (D-MD), my Co-Chairman of ..."
	if s.word(b) == "(" {
		for j := b + 1; j < len(s.toks) && j <= b+8; j++ {
			if s.word(j) == ")" {
				b = j + 1
				break
			}
		}
	}
	// "Mary Robinson – Former President of Ireland": a dash sets the
	// title off as a comma does
	dash := setOffDash(s.word(b))
	if s.word(b) != "," && !dash {
		return nil
	}
	var out []titleOrgPair
	k := b + 1
	for {
		former := s.lw(k) == "former" || s.lw(k+1) == "former"
		title, org, end := s.titleOfOrg(k, true)
		if title == "" {
			return out
		}
		// (a rank may stand between: "X, Chief of Engineers of the Army
		// Corps of Engineers Lieutenant General Y", "X, Surgeon General of
		// the United States Vice Admiral Y")
		n := end
		for n < end+3 && n < len(s.toks) && s.capLike(n) && s.mentAt(n) == nil && s.is(n, cMilitaryRanks) {
			n++
		}
		// (or a body after "of" and then a name: "X, Department of Health
		// and Human Services Director of the Office of Global Affairs Y",
		// "X, U.S. Ambassador to the United Nations Y")
		if w := s.lw(n); w == "of" || w == "at" || w == "for" || w == "to" {
			j := n + 1
			if s.lw(j) == "the" {
				j++
			}
			if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org && o.b < len(s.toks) && s.sentOf[o.b] == s.sentOf[k] {
				if p := s.mentAt(o.b); p != nil && p.a == o.b && p.ent.typ == annals.Person {
					n = o.b
				}
			}
		}
		if m := s.mentAt(n); m != nil && m.a == n && m.ent.typ == annals.Person && s.sentOf[n] == s.sentOf[k] && !s.lineStart[n] &&
			!(dash && setOffDash(s.word(m.b))) {
			// "Susan Rice, White House Counsel Dana Remus, and ...": a list
			// of people with their titles; the title is the next one's
			// (but in "A – Former President of Chile B – Former ...", each
			// name's title follows it)
			return out
		}
		if s.nextEntryAfterTitle(b, end) {
			// "the Minister of X, Ms. A, the Ambassador of Japan, Mr. B":
			// a list of "Title, Name" entries; the title is B's
			return out
		}
		orgName := ""
		if org == nil {
			org, orgName, end = s.signatureOrg(title, end)
			// "X, Director for Technology, Y, Chief of Staff, Department
			// of Energy Carla Frisch": a body with the next person's name
			// right after it is the next one's, and so is the title
			if m := s.mentAt(end); org != nil && m != nil && m.a == end && m.ent.typ == annals.Person && s.sentOf[end] == s.sentOf[k] {
				return out
			}
		}
		if org != nil || orgName != "" {
			out = append(out, titleOrgPair{title, org, orgName, former})
		}
		// the apposition describes the person; the organization named in it
		// is not, by being named there, a party to what the sentence tells
		for j := b; j < end && j < len(s.appos); j++ {
			s.appos[j] = true
		}
		switch {
		case s.lw(end) == "and" || s.word(end) == "&":
			k = end + 1
		case s.word(end) == "," && (s.capLike(end+1) || s.lw(end+1) == "and") && (org == nil || titleAbbrevs[title] != ""):
			// "Elmar Berg, MEP, Chairman, European Parliament Delegation"
			k = end + 1
			if s.lw(k) == "and" {
				k++
			}
		default:
			return out
		}
	}
}

// nextEntryAfterTitle reports whether the title set off after a name
// ending at token b and ending at token end opens the next entry of a
// list of "Title, Name" entries: a comma and a person's name follow it,
// and the list opens with a title ("the Minister of Environment, Ms.
// Celia Vunda, the Ambassador of Japan, Mr. Hiro Tanaba"). A list that
// opens with a name gives each name the title after it ("Isabel Vane,
// Administrator of the Agency, Xavier Roe, Secretary of Health, Dr.
// Miguel Sol, ..."), honorific or not.
func (s *state) nextEntryAfterTitle(b, end int) bool {
	// (past the title's seat: "the Ambassador of Japan to Mozambique,")
	for n := 0; n < 6 && end < len(s.toks) && s.word(end) != ","; n++ {
		if m := s.mentAt(end); m != nil && m.ent.typ != annals.Person {
			end = m.b
			continue
		}
		if w := s.lw(end); w != "to" && w != "in" && w != "at" && w != "the" && w != "of" && w != "for" {
			return false
		}
		end++
	}
	if s.word(end) != "," {
		return false
	}
	j := end + 1
	if s.is(j, cHonorifics) && text.IsCap(s.word(j)) && s.mentAt(j) == nil {
		j++
		if s.word(j) == "." {
			j++
		}
	}
	if m := s.mentAt(j); m == nil || m.a != j || m.ent.typ != annals.Person || s.sentOf[j] != s.sentOf[end] {
		return false
	}
	cur := s.mentAt(b - 1)
	return cur != nil && cur.ent.typ == annals.Person && s.listOpensWithTitle(cur)
}

// titleOfPrevious reports whether the title set off before the name m
// by a comma follows another name and a comma in a list that opens with
// a name: it is that name's ("Isabel Vane, Administrator of the Agency,
// Xavier Roe, Secretary of Health").
func (s *state) titleOfPrevious(m *mention) bool {
	q := s.entryBefore(m)
	return q != nil && !s.listOpensWithTitle(q)
}

// listOpensWithTitle reports whether the name cur stands in a list of
// "Title, Name" entries: walking back its entries (a comma, a title, a
// comma and the name before), the first opens with a title ("the
// Minister of Environment, Ms. Celia Vunda, the Ambassador of Japan, Mr.
// Hiro Tanaba", "Special Envoy Tim Lenderking, and the UN's Envoy to
// Yemen, Hans Grundberg"), not with a bare name ("Isabel Vane,
// Administrator of the Agency, Xavier Roe, ...": each title is the name's
// before it).
func (s *state) listOpensWithTitle(cur *mention) bool {
	for n := 0; n < 8; n++ {
		q := s.entryBefore(cur)
		if q == nil {
			t, _, _ := s.titleBefore(cur.a)
			return t != ""
		}
		cur = q
	}
	return false
}

// entryBefore returns the name before the name cur in a list of titles
// and names: cur set off by a comma after words of a title only (capitals
// and the words joining them), and a comma and a person's name before
// them. Nil when there is none ("together with Finance Minister of
// Ukraine, Sergii X": the words before the title are no list's).
func (s *state) entryBefore(cur *mention) *mention {
	st := s.sentTok[s.sentOf[cur.a]][0]
	h := s.beforeHonorific(cur.a)
	if h <= st || s.word(h) != "," {
		return nil
	}
	c := h - 1
	for ; c > st && h-c < 15 && s.word(c) != ","; c-- {
		if !s.capLike(c) && !titleJoiners.has(s.lw(c)) {
			return nil
		}
	}
	q := s.mentAt(c - 1)
	if s.word(c) != "," || q == nil || q.b != c || q.ent.typ != annals.Person {
		return nil
	}
	return q
}

// titleJoiners join the words of a title set off in a list, or open its
// entry: "Director of the Office for Trade and Industry", "and the
// Envoy".
var titleJoiners = set("of", "for", "the", "and", "to", "on", "in", "at", "-", "&", "’s", "'s")

// setOffEnd reports whether w closes a title set off after a name: "X,
// Senegal's fisheries minister, said", "... and Y".
func setOffEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "and", "":
		return true
	}
	return false
}

// capitalizeTitle writes a title read in lower case as the lists write
// titles: "fisheries minister" is "Fisheries Minister".
func capitalizeTitle(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(out, " ")
}

// militaryRanks are the words of an officer's rank before a name:
// "Lieutenant General", "Vice Admiral", "Brigadier General".
var militaryRanks = set("lieutenant", "general", "admiral", "vice", "rear", "colonel", "major", "brigadier")

// signatureOrg returns the organization of a title written alone in an
// apposition and followed by a comma and the organization ("Chairwoman,
// United States Congress Delegation"), or the body of a title
// abbreviation ("MEP"), or nil.
func (s *state) signatureOrg(title string, end int) (*ent, string, int) {
	if name := titleAbbrevs[title]; name != "" {
		for _, e := range s.ents {
			if e.typ == annals.Org && len(e.ments) > 0 && (strings.EqualFold(e.name, name) || e.entry != nil && strings.EqualFold(e.entry.Name, name)) {
				return e, "", end
			}
		}
		return nil, name, end
	}
	if s.word(end) != "," {
		return nil, "", end
	}
	// "X, Director, Ocean Institute, and Y, ...", "X, Director, Ocean
	// Institute, said": a comma after the organization ends the entry
	// when a lower-case word or the next person follows it, not another
	// body, place or title ("Director, Office of Policy, Department of
	// Energy", "Managing Director, National Organizing, When We All Vote")
	if m := s.mentAt(end + 1); m != nil && m.a == end+1 && m.ent.typ == annals.Org && (s.word(m.b) != "," || s.entryEndsAt(m.b+1)) {
		return m.ent, "", m.b
	}
	return nil, "", end
}

// entryEndsAt reports whether token k, after the comma that follows a
// signature's organization, starts what is no part of the entry: a
// lower-case word ("and", "said") or a person's name.
func (s *state) entryEndsAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if startsLower(s.word(k)) {
		return true
	}
	m := s.mentAt(k)
	return m != nil && m.a == k && m.ent.typ == annals.Person
}

// titleOfOrg reads "(the|a|former) <title> of|for|at (the) <org>" at token
// k and returns the title, the organization and the token after them; the
// title may have a complement ("Head of Cabinet of", "Special Assistant to
// the President", "head of emergency programmes at"), and the organization
// may come first ("European Commission Director-General for Energy"). A
// title without an organization is returned with a nil one. An unknown
// capitalized name after "of" becomes a new organization (or, for an
// office of a state or city, a place) when create is set.
func (s *state) titleOfOrg(k int, create bool) (string, *ent, int) {
	switch s.lw(k) {
	case "the", "a", "an", "former", "then", "current", "outgoing", "incoming", "new", "its", "his", "her", "my", "our", "their":
		k++
	}
	if s.lw(k) == "former" || s.lw(k) == "then" {
		k++
	}
	if t := s.word(k); titleAbbrevs[t] != "" {
		return t, nil, k + 1
	}
	// "Deputy National Economic Council Director": a rank before the
	// body, the office after it, is the office's ("Deputy Director")
	if r := k; officeRanks.has(s.lw(r)) && s.capLike(r) {
		for r < k+2 && officeRanks.has(s.lw(r)) && s.capLike(r) {
			r++
		}
		if m := s.mentAt(r); m != nil && m.a == r && m.ent.typ == annals.Org {
			st := m.b
			if e := s.titleRunEnd(st); e > st && isTitleHead(s.lw(e-1)) && text.IsCap(s.word(st)) && !isPossessive(s.word(e)) {
				e2 := s.complementEnd(e)
				return rankTitle(s.words(k, r), clean(s.text[s.toks[st].Start:s.toks[e2-1].End])), m.ent, e2
			}
		}
	}
	// "European Commission Director-General for Energy"
	if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ != annals.Person {
		st := m.b
		e := s.titleRunEnd(st)
		// "Senegal's fisheries minister,", "Kenya's president,": a
		// country's office set off in the news' lower case, a portfolio
		// before its head
		if lower := m.ent.isCountry() && isPossessive(s.word(m.b-1)); e == st || lower {
			p := st
			for p < st+3 && s.is(p, cPortfolioWords) && (lower || text.IsCap(s.word(p))) && s.toks[p].Kind == text.Word {
				p++
			}
			if p > st {
				if pe := s.titleRunEnd(p); pe > p {
					e = pe
				}
			}
			if lower && e > st && !text.IsCap(s.word(st)) && isTitleHead(s.lw(e-1)) && setOffEnd(s.word(e)) {
				return capitalizeTitle(s.words(st, e)), m.ent, e
			}
		}
		// "the WHO Director General's Special Envoys": not the office named
		if e == st || !isTitleHead(s.lw(e-1)) || !text.IsCap(s.word(st)) || isPossessive(s.word(e)) {
			return "", nil, k
		}
		e2 := s.complementEnd(e)
		return clean(s.text[s.toks[st].Start:s.toks[e2-1].End]), m.ent, e2
	}
	st := k
	k = s.titleRunEnd(k)
	if k == st || !isTitleHead(s.lw(k-1)) {
		return "", nil, k
	}
	// "President Emeritus of the Carnegie Endowment", "Professor Emerita
	// at Yale": the word of an honour retired is the title's
	if w := s.lw(k); w == "emeritus" || w == "emerita" {
		k++
	}
	te := k
	k = s.complementEnd(k)
	title := s.text[s.toks[st].Start:s.toks[k-1].End]
	// ("Deputy Director for Energy Justice in the Office of ...": after
	// a portfolio, the body it is held in)
	in := s.lw(k) == "in" && s.lw(k+1) == "the" && k > te
	if s.lw(k) != "of" && s.lw(k) != "for" && s.lw(k) != "at" && !in {
		return clean(title), nil, k
	}
	conn := k
	k++
	if s.lw(k) == "the" {
		k++
	}
	if s.stateOfAt(k) {
		k += 2
	}
	m := s.mentAt(k)
	// "Co-Chair of the PEPFAR’s Laboratory Technical Working Group": a
	// possessor the story names no further, before the body it names
	if m == nil && s.capLike(k) {
		j := k + 1
		if !isPossessive(s.word(k)) {
			if w := s.word(k + 1); w == "'s" || w == "’s" {
				j = k + 2
			} else {
				j = -1
			}
		}
		if j > 0 {
			if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org {
				m = o
			}
		}
	}
	// "Chairperson of the Board of Directors of the FDIC": the office is
	// the body's, whose board it names
	// (the organ named alone may be a mention of its own, or of another
	// board the story names "the Board")
	if (m == nil || m.a == k && (m.b == k+1 || m.b == k+3)) && s.is(k, cBodyWords) && s.lw(k+1) == "of" && s.boardMembersOf(k+2) {
		j := k + 4
		if s.lw(j) == "the" {
			j++
		}
		if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org {
			m = o
		}
	}
	// "Chair of the Board of the Heising-Simons Foundation": a board named
	// by its one word is the board of the body after it, whose office it
	// is (not another board the story names "the Board")
	if s.lw(k) == "board" && s.lw(k+1) == "of" && (m == nil || m.a == k && m.b == k+1) {
		j := k + 2
		if s.lw(j) == "the" {
			j++
		}
		if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org {
			m = o
		}
	}
	if m == nil && (create || s.campaignNameAt(k)) && s.capLike(k) {
		// an organization or place the lists do not know: "Port Kessel"
		e := k
		// ("Director of Legislative Affairs & Mr. Jamie Fleet": an
		// honorific opens another name)
		for e < len(s.toks) && s.sentOf[e] == s.sentOf[k] && (s.capLike(e) || s.connectorAt(e) && s.capLike(e+1) && !s.honorificAt(e+1) && !(s.lw(e+1) == "the" && s.honorificAt(e+2))) {
			e++
		}
		// an office is no organization: "Head of Cabinet of the Minister"
		// ("Professor of Policy and Economics, UCLA": an academic title's
		// complement is its field unless it names a body)
		lt := strings.ToLower(title)
		academic := strings.Contains(lt, "professor") || strings.Contains(lt, "lecturer")
		// ("Director of Strategic Communications and Outreach", "Director
		// of Speechwriting": a director's field in common words, not
		// "Director of Microsoft")
		field := fieldTitles.has(lt[strings.LastIndexByte(lt, ' ')+1:]) && !strings.Contains(lt, "executive") && s.fieldPhrase(k, e)
		// ("an executive at San Francisco-based 1st Nationwide Bank": a
		// place made an adjective opens the body's name, not the body)
		based := strings.HasSuffix(s.lw(e-1), "-based")
		// ("head of the Irish delegation": a demonym alone names no body)
		if e-k <= 6 && !based && !s.covered(k, e) && !(e-k == 1 && (s.is(k, cPortfolioWords) || s.lowerSeen.has(s.lw(k)) || s.demonymAt(k))) && (!isTitleHead(s.lw(e-1)) || s.hasHead(k, e)) && (!academic && !field || s.hasHead(k, e)) {
			name := clean(s.text[s.toks[k].Start:s.endNoPoss(e-1)])
			typ, prefix := annals.Org, "org:"
			if nationalTitles.has(strings.ToLower(title)) || strings.EqualFold(title, "mayor") || strings.EqualFold(title, "governor") {
				typ, prefix = annals.Place, "place:"
			}
			ent := s.entity(prefix+gazetteer.Normalize(name), typ, name, nil)
			m = s.addMention(ent, k, e, s.toks[k].Start, s.endNoPoss(e-1), mName)
		} else if field && e-k <= 6 && !s.covered(k, e) {
			// the field is the title's: "Katie Murtha, Vice President of
			// Federal Relations, Trust for Public Land" (its body, if
			// any, set off after it)
			return clean(s.text[s.toks[st].Start:s.toks[e-1].End]), nil, e
		}
	}
	if m == nil || m.ent.typ == annals.Person {
		return clean(title), nil, conn
	}
	if o := s.fieldsBody(m, conn); o != nil {
		// "Director of Agriculture and Agro-Industry at the African
		// Development Bank": a field, then the body it is in
		return clean(s.text[s.toks[st].Start:s.toks[m.b-1].End]), o.ent, o.b
	}
	// "Director for Iraq on the staff of the National Security Council",
	// "Special Envoy for the Horn of Africa": the place an office is for
	// is its portfolio, not the body that gives it
	if s.portfolioPlace(title, conn, m) {
		title := clean(s.text[s.toks[st].Start:s.toks[m.b-1].End])
		// ("... for Iraq at the National Security Council": the body)
		if w := s.lw(m.b); w == "at" || w == "of" || w == "in" {
			j := m.b + 1
			if s.lw(j) == "the" {
				j++
			}
			if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org {
				return title, o.ent, o.b
			}
		}
		return title, nil, m.b
	}
	if s.unnamedBodyAfter(m.b) {
		// "head of the United Nations refugee agency": an office of a body
		// the story does not name
		return "", nil, conn
	}
	// "Chairman of the House Foreign Affairs Committee, Subcommittee on
	// Europe": the office is the subcommittee's
	if s.word(m.b) == "," {
		if sub := s.mentAt(m.b + 1); sub != nil && sub.a == m.b+1 && sub.ent.typ == annals.Org && (s.lw(sub.a) == "subcommittee" || s.lw(sub.a) == "sub-committee") {
			m = sub
		}
	}
	end := m.b
	// "of the Assembly’s 66th session": the office is the session's
	// ("of the District of Columbia’s Public Employee Relations Board": a
	// name the lists end inside its last word, "Columbia’s")
	mb := m.b
	if mb < len(s.toks) && s.toks[mb].Start < m.end && isPossessive(s.word(mb)) {
		mb++
	}
	if isPossessive(s.word(mb-1)) && mb < len(s.toks) {
		end = mb
		if o := s.mentAt(mb); o != nil && o.a == mb && o.ent.typ == annals.Org && !isPossessive(s.word(o.b-1)) && !s.capLike(o.b) {
			// "of the State Department’s Bureau of Near Eastern and South
			// Asian Affairs": the body named whole
			title += " of the " + clean(s.text[o.start:o.end])
			end = o.b
		} else {
			var tail []string
			j := mb
			for ; j < len(s.toks) && j < mb+4 && s.toks[j].Kind != text.Punct; j++ {
				// ("of the AFT's Executive Council from 2014 to 2020": a time
				// is no part of the office)
				if s.lw(j) == "and" || s.lw(j) == "who" || s.lw(j) == "as" || s.is(j, cTailEnds) {
					break
				}
				tail = append(tail, s.word(j))
				end = j + 1
			}
			// a name that goes on past the words read ("Advisory
			// Committee on Religious Freedom and ...") is not cut short
			if w := s.lw(j); j < len(s.toks) && (j == mb+4 && s.capLike(j) || (w == "of" || w == "on" || w == "for") && s.capLike(j+1)) {
				tail, end = nil, mb
			}
			if len(tail) > 0 {
				title += " of the " + strings.Join(tail, " ")
			}
		}
	}
	if end == m.b && s.quotedAfterPossessive(m) {
		return clean(title), nil, conn
	}
	return clean(title), m.ent, end
}

// campaignNameAt reports whether the capitalized words at token k, after
// an office and "of the" or "for the", end with "Campaign" ("Vice Chair of
// the Biden-Harris Campaign"): a candidate's campaign, whose offices make
// it an organization though the lists read its head as an event's.
func (s *state) campaignNameAt(k int) bool {
	if s.lw(k-1) != "the" {
		return false
	}
	e := k
	for e < len(s.toks) && e < k+6 && s.capLike(e) && s.sentOf[e] == s.sentOf[k] {
		e++
	}
	return e-k >= 2 && s.word(e-1) == "Campaign"
}

// municipalNouns name a state or a city before "of" and its name: "the
// State of Florida", "the City of Hilo", "the County of Maui".
var municipalNouns = set("state", "city", "county", "town", "borough", "municipality", "commonwealth")

// stateOfAt reports whether "State of" and a place the story names start
// at token j after "the" ("the State of Florida"; not "the State of the
// Union", nor "Secretary of State of Michigan"): the place is the state.
func (s *state) stateOfAt(j int) bool {
	if s.lw(j-1) != "the" || !s.is(j, cMunicipalNouns) || !text.IsCap(s.word(j)) || s.lw(j+1) != "of" || s.mentAt(j) != nil {
		return false
	}
	m := s.mentAt(j + 2)
	return m != nil && m.a == j+2 && m.ent.typ == annals.Place
}

// portfolioPlace reports whether place mention m, after the word at conn
// that follows a title, is the title's portfolio: a country or a region
// after "for" ("Director for Iraq", "Coordinator for the Indo-Pacific"),
// not a city ("Chief of Police for the Denton, Texas Police
// Department"), the constituency of an elected office ("Congressman for
// Florida") or the country of a title after it ("Nominee for U.S.
// Representative").
func (s *state) portfolioPlace(title string, conn int, m *mention) bool {
	lt := strings.ToLower(title)
	return s.lw(conn) == "for" && m != nil && m.ent.typ == annals.Place && m.a >= conn+1 && m.a <= conn+2 && (m.a == conn+1 || s.lw(conn+1) == "the") &&
		m.ent.entry != nil && (m.ent.entry.Kind == gazetteer.Country || m.ent.entry.Kind == gazetteer.Region) && !nationalTitles.has(lt) && !localOffices.has(lt) && !s.isTitleAt(m.b) && !strings.HasPrefix(lt, "nominee")
}

// tailEnds end the words after a possessive body that complete an
// office's title: a time or a place after it is none of them.
var tailEnds = set("from", "since", "until", "to", "during", "before", "after", "in", "at", "by", "with", "where", "when", "which", "that", "is", "was")

// complementEnd returns the end of a title's complement starting at token
// k, or k when none: capitalized words no list knows ("for Climate and
// Energy", "of Cabinet", "to the President") or a few lower-case words
// ("of emergency programmes", "of the delegation"), up to the
// organization.
func (s *state) complementEnd(k int) int {
	for {
		w := s.lw(k)
		// "Ambassador at Large for Arctic Affairs": one office
		if w == "at" && s.lw(k+1) == "large" {
			k += 2
			continue
		}
		// "Deputy Chief of Mission, Embassy of India", "Deputy Chief of
		// Mission and then Chargé d’Affaires", "Head of Delegation": one
		// office, whose last word names no body (a name that runs on,
		// "Army Chief of Staff", or a second office joined to it, "Chief
		// of Staff and Senior Advisor at X", is read on below)
		if w == "of" && compoundOffices[s.lw(k-1)][s.lw(k+1)] && text.IsCap(s.word(k+1)) &&
			(s.mentAt(k+1) == nil || s.mentAt(k+1).a == k+1) && !(s.lw(k+2) == "and" && s.capLike(k+3)) {
			k += 2
			continue
		}
		if w != "of" && w != "for" && w != "to" && w != "on" {
			return k
		}
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		if j >= len(s.toks) || s.mentAt(j) != nil && s.mentAt(j).ent.typ != annals.Person && !(w == "to" && s.lw(j) == "president") {
			return k
		}
		e := j
		if w == "of" && s.stateOfAt(j) {
			return k // "Governor of the State of Florida": the state's office
		}
		if s.capLike(j) {
			// "Co-President of the Women of Stanford Law": a body named by
			// people and where they are from, no portfolio
			if w == "of" && s.is(j, cPeoplePortfolios) && s.lw(j+1) == "of" && s.capLike(j+2) && !s.connectorAt(j+2) {
				return k
			}
			if j > k+1 && w == "of" && s.is(j, cPortfolioWords) && s.mentAt(j) == nil {
				// "Minister of the Family, Veterans' Affairs and Solidarity"
				e = j
				for e < len(s.toks) && e-j < 14 && s.mentAt(e) == nil && (s.capLike(e) || (s.lw(e) == "and" || s.word(e) == ",") && s.capLike(e+1) && s.mentAt(e+1) == nil ||
					(s.word(e) == "'" || s.word(e) == "’") && s.toks[e].Start == s.toks[e-1].End && s.capLike(e+1)) {
					e++
				}
				k = e
				continue
			}
			if j > k+1 && !(w == "to" && s.lw(j) == "president") || w == "to" && s.lw(j) != "president" {
				return k // "of the Assembly": an organization, not a complement
			}
			if w == "to" {
				// "Special Assistant to the President"
				k = j + 1
				continue
			}
			portfolio := true
			for e < len(s.toks) && e-j < 8 && s.mentAt(e) == nil && (s.capLike(e) || s.lw(e) == "and" && s.capLike(e+1) && s.mentAt(e+1) == nil) {
				portfolio = portfolio && (s.is(e, cPortfolioWords) || s.is(e, cTitleModifiers) || s.lw(e) == "and")
				e++
			}
			// "Mayor of Port Kessel" names a place; "Head of Cabinet of the
			// Commission", "Minister of Foreign Affairs" complete a title
			// ("Director of Regional and Security Policy in the Bureau of
			// ...": a field, then the body it is in)
			if w == "of" && !portfolio && !(s.lw(e) == "of" || s.lw(e) == "at" || s.lw(e) == "for" || s.lw(e) == "in" && s.lw(e+1) == "the") {
				return k
			}
		} else {
			for e < len(s.toks) && e-j < 4 && s.toks[e].Kind == text.Word && !text.IsCap(s.word(e)) && !s.connectorAt(e) && !s.is(e, cStopAfterTitle) {
				e++
			}
			if e == j || !(s.lw(e) == "of" || s.lw(e) == "at" || s.lw(e) == "for" || s.lw(e) == "with" || s.lw(e) == "on") {
				return k
			}
		}
		if e == j {
			return k
		}
		k = e
	}
}

// stopAfterTitle end a lower-case complement: verbs and pronouns that
// begin the rest of the sentence.
var stopAfterTitle = set("at", "with", "to", "by", "as", "who", "which", "that", "said", "says", "is", "was", "has", "had", "will", "would", "and", "or", "but", "he", "she", "it", "they", "since", "from", "until", "in", "on")

// compoundOffices are offices written as a head, "of" and a word that
// names no body ("Chief of Mission", "Head of Delegation"), by head.
var compoundOffices = map[string]map[string]bool{
	"chief": set("mission", "staff", "protocol", "party").m,
	"head":  set("mission", "delegation").m,
}

// titleRunEnd returns the index after the run of title words (heads and
// modifiers, any case) that starts at token k.
func (s *state) titleRunEnd(k int) int {
	st := k
	// (a title does not run on to the next line: "White House Deputy
	// Cabinet Secretary" above "President Joseph R. Biden, Jr. spoke")
	for k < len(s.toks) && (s.is(k, cTitleHeads) || s.is(k, cApposHeads) || s.is(k, cTitleModifiers)) && s.toks[k].Kind == text.Word && (k == st || !s.lineStart[k] && !s.paraBreak(k-1, k)) {
		k++
	}
	return k
}

// apposHeads end a title only where the title is set off after a name or
// read in a biography ("a member of", "resident fellow at"): before a name
// they are common words ("Member States").
// ("Amir" opens many names: "Foreign Minister Amir Qadri"; set off after
// a name it is the office: "Sheikh Tamim, Amir of Qatar")
var apposHeads = set("member", "fellow", "liaison", "lead", "members", "assistant", "guard", "amir", "official", "officials")

// isTitleHead reports whether w ends a title in an apposition.
func isTitleHead(w string) bool { return titleHeads.has(w) || apposHeads.has(w) }

// quotedAfterPossessive reports whether the name m is a possessor before
// a body named in quotes: "Outreach Lead for the Pentagon’s “Don’t Ask,
// Don’t Tell” Working Group" is an office of the group, not the Pentagon.
func (s *state) quotedAfterPossessive(m *mention) bool {
	q := m.b
	if w := s.word(q); w == "’s" || w == "'s" {
		q++
	} else if !isPossessive(s.word(m.b - 1)) {
		return false
	}
	w := s.word(q)
	return w == "“" || w == "\"" || w == "‘"
}

// postedTo reads the state or body an envoy is posted to, ending at token k
// before a name: "Ambassador of Kazakhstan to Türkiye [X]" gives the
// office and the sending state; "Kazakhstan's Ambassador to Türkiye [X]"
// gives where the office ends (j), for the office to be read there. j is
// -1 when no such post ends at k.
func (s *state) postedTo(k int) (title string, org *ent, j int) {
	m := s.mentAt(k)
	if m == nil || m.b != k+1 || m.ent.typ == annals.Person {
		return "", nil, -1
	}
	// "to Türkiye", "to the Kingdom of Spain", "to the United Nations"
	to := s.beforeStateName(m.a)
	if s.lw(to) != "to" || to < 2 {
		return "", nil, -1
	}
	h := to - 1
	if s.is(h, cTitleHeads) && postedHeads.has(s.lw(h)) && text.IsCap(s.word(h)) {
		return "", nil, h
	}
	// "Ambassador of Kazakhstan to": the sending state after "of"
	c := s.mentAt(h)
	if c == nil || c.b != h+1 || !c.ent.isCountry() {
		return "", nil, -1
	}
	of := s.beforeStateName(c.a)
	if s.lw(of) != "of" {
		return "", nil, -1
	}
	e := of - 1
	if e < 0 || !postedHeads.has(s.lw(e)) || !text.IsCap(s.word(e)) || s.sentOf[e] != s.sentOf[k] {
		return "", nil, -1
	}
	st := e
	for st > 0 && s.sentOf[st-1] == s.sentOf[e] && text.IsCap(s.word(st-1)) && (s.is(st-1, cTitleModifiers) || s.is(st-1, cTitleHeads)) {
		st--
	}
	return clean(s.text[s.toks[st].Start:s.toks[e].End]), c.ent, k
}

// beforeStateName returns the token before a state's or body's name
// starting at token a, past its "the" and its form of state: "to
// [the Kingdom of] Spain", "of [the] United Nations".
func (s *state) beforeStateName(a int) int {
	j := a - 1
	if s.lw(j) == "of" && s.is(j-1, cPlaceNouns) && text.IsCap(s.word(j-1)) {
		j -= 2
	}
	if s.lw(j) == "the" {
		j--
	}
	return j
}

// postedHeads are the offices of envoys, held for the state or body that
// sends them to another: "Ambassador to Serbia" is Austria's.
var postedHeads = set("ambassador", "envoy", "consul", "consul-general", "chargé", "representative", "delegate", "observer", "ambassador-at-large")

// asTitle reads the office after "as" at token k: "as the Council’s first
// Secretary-General", "as ASEAN Secretary-General", "as its Special Envoy
// for Ocean Partnerships", "as High Representative for the Alliance".
func (s *state) asTitle(k int) (string, *ent, bool) {
	var org *ent
	switch s.lw(k) {
	case "its", "their":
		org = s.possessorOrg(s.appositionStart(k))
		k++
	case "the", "a", "an", "his", "her":
		k++
	}
	// ("as Austria's Ambassador to Serbia": the possessor's office)
	if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ != annals.Person {
		b := s.possessedAt(m)
		if s.is(b, cTitleHeads) || s.is(b, cApposHeads) || s.is(b, cTitleModifiers) || s.is(b, cOrdinalWords) || isOrdinal(s.lw(b)) || s.lw(b) == "new" || s.lw(b) == "next" {
			org = m.ent
			k = b
		}
	}
	for isOrdinal(s.lw(k)) || s.is(k, cOrdinalWords) || s.lw(k) == "new" || s.lw(k) == "newest" || s.lw(k) == "latest" || s.lw(k) == "next" || s.lw(k) == "sole" || s.lw(k) == "ninth" {
		k++
	}
	st := k
	k = s.titleRunEnd(k)
	if k == st || !isTitleHead(s.lw(k-1)) {
		return "", nil, false
	}
	title := s.text[s.toks[st].Start:s.toks[k-1].End]
	// "as Ambassador to Serbia", "as Special Envoy to Sudan": the state
	// or body an envoy is sent to is the post, not whose office it is
	if s.lw(k) == "to" && postedHeads.has(s.lw(k-1)) {
		return clean(title), org, true
	}
	if w := s.lw(k); w == "of" || w == "for" || w == "at" || w == "to" {
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		if s.stateOfAt(j) {
			j += 2
		}
		if m := s.mentAt(j); m != nil && m.a == j && s.portfolioPlace(title, k, m) {
			// "as Special Envoy for Sudan": a portfolio (see titleOfOrg)
			title = s.text[s.toks[st].Start:s.toks[m.b-1].End]
		} else if o := s.fieldsBody(m, k); o != nil {
			// "as Director of Agriculture and Agro-Industry at the African
			// Development Bank": a field, then the body it is in
			title, org = s.text[s.toks[st].Start:s.toks[m.b-1].End], o.ent
		} else if m != nil && m.a == j && m.ent.typ != annals.Person {
			if s.unnamedBodyAfter(m.b) || s.quotedAfterPossessive(m) {
				// "head of the United Nations refugee agency": an office of
				// a body the story does not name, not of the United Nations
				return "", nil, false
			}
			org = m.ent
		} else if (w == "for" || w == "of") && s.capLike(j) {
			// "Special Envoy for Ocean Partnerships": part of the title
			// ("Director of Regional and Security Policy in the Bureau of
			// ...": a field, then the body it is in)
			e := j
			for e < len(s.toks) && (s.capLike(e) || s.connectorAt(e) && s.capLike(e+1)) && s.mentAt(e) == nil {
				e++
			}
			body := false
			if l := s.lw(e); (l == "in" || l == "at") && s.lw(e+1) == "the" {
				if o := s.mentAt(e + 2); o != nil && o.a == e+2 && o.ent.typ == annals.Org {
					body, org = true, o.ent
				}
			}
			if e > j && (w == "for" || body) {
				title = s.text[s.toks[st].Start:s.toks[e-1].End]
			}
		}
	}
	return clean(title), org, true
}

// fieldsBody returns the body a title's field is in when mention m,
// right after "of" at token k with no article, is read as a body and the
// phrase after it names another: "Director of Agriculture and
// Agro-Industry at the African Development Bank". Not "Director of the
// Office of Legal Affairs at the UN": an office named with its article is
// the body itself.
func (s *state) fieldsBody(m *mention, k int) *mention {
	if m == nil || m.a != k+1 || s.lw(k) != "of" || m.ent.typ != annals.Org || s.lw(m.b) != "at" && s.lw(m.b) != "in" || s.lw(m.b+1) != "the" {
		return nil
	}
	if o := s.mentAt(m.b + 2); o != nil && o.a == m.b+2 && o.ent.typ == annals.Org {
		return o
	}
	return nil
}

// addRole records that person holds title; with no organization given,
// the organization is inferred (see inferOrg).
func (s *state) addRole(p *ent, title string, org *ent, orgName string, tok int, from annals.Date) {
	// "Under President Trump, it is now the policy": a preposition, not
	// the "Under" of "Under Secretary"
	if rest, ok := cutFold(title, "under "); ok && !strings.HasPrefix(s.lower(rest), "secretar") {
		title = rest
	}
	// "Pedro I became first Emperor of Brazil", "the first director of
	// the Office": an ordinal in lower case counts holders, it is no
	// word of the office ("First Vice President" is one)
	if w, rest, ok := strings.Cut(title, " "); ok && ordinalWords.has(w) && rest != "" {
		title = rest
	}
	// "advising the members of the Committee", "to bring together Members
	// of Congress": many hold it, not this person by that word
	if !strings.Contains(title, " ") && pluralOffice(s.lower(title)) {
		return
	}
	// a head of state or of an international organization the gazetteer
	// lists holds the office of his country or organization, not of a body
	// no list knows written beside it ("the Task Force chaired by Vice
	// President Harris"; "Palestinian Authority President Abbas" stays)
	if org != nil && org.entry == nil && p != nil {
		if h := s.knownHolder(p, s.lower(title)); h != nil {
			org, orgName = s.holderOrg(h)
		}
	}
	// nor of a country that has no such office ("Prime Minister James
	// Marape" read with Palau, a presidential republic, in a list that
	// lost its separators): the country the list gives him
	if org != nil && org.isCountry() && p != nil && !s.officeFits(s.lower(title), org, "") {
		if h := s.knownHolder(p, s.lower(title)); h != nil && h.Kind == gazetteer.Country {
			org, orgName = s.holderOrg(h)
		}
	}
	inferred, guessed := false, false
	if org == nil && orgName == "" {
		org, orgName, guessed = s.inferOrg(title, tok)
		if org == nil && orgName == "" {
			return
		}
		inferred = true
	}
	if org != nil && org == p {
		return
	}
	// "chaired by Prime Minister X" beside "the 40th Regular Meeting of
	// the Conference of Heads of Government" read as a body: a sitting
	// holds no office, and which country's he is the sentence does not say
	if org != nil && sittingName(org.name) {
		return
	}
	for i := range s.roles {
		r := &s.roles[i]
		if r.person == p && strings.EqualFold(r.title, title) {
			// one title at two organizations the story names ("a member
			// of X and of Y") is two roles
			if !inferred && !r.inferred && (r.org != org || r.orgName != orgName) && (r.org != nil || r.orgName != "") {
				continue
			}
			r.n++
			if r.org == nil && r.orgName == "" || r.inferred && !inferred && isNational(title) && (r.org == nil || r.org.isCountry()) && (org == nil || org.isCountry()) {
				// a country the story writes with an office of state
				// outweighs one inferred at an earlier mention ("President
				// X" in a story about Ukraine, then "President X of the
				// United States"), and its sentence is the evidence; a
				// judge of one court and of another held two offices
				r.org, r.orgName, r.inferred = org, orgName, inferred
				r.sent = s.sentOf[tok]
			}
			if from != "" && r.from == "" {
				r.from = from
			}
			return
		}
	}
	s.roles = append(s.roles, role{person: p, title: title, org: org, orgName: orgName, from: from, sent: s.sentOf[tok], inferred: inferred, guessed: guessed, n: 1})
}

// sittingName reports whether a name is that of one sitting of a body,
// a word or two before the sitting's noun: "Regular Meeting of the
// Conference of Heads of Government", "Extraordinary Session of the
// Assembly" (not a series: "Summit of the Americas", whose Coordinator
// is one).
func sittingName(name string) bool {
	ws := strings.Fields(name)
	for h := 1; h+1 < len(ws) && h <= 2; h++ {
		if sittingNouns.has(strings.ToLower(ws[h])) && ws[h+1] == "of" {
			return true
		}
		if orgHeads.has(strings.ToLower(ws[h-1])) {
			return false
		}
	}
	return false
}

// sittingNouns name one sitting of a body: "the Regular Meeting of the
// Conference", "the Extraordinary Session of the Assembly".
var sittingNouns = set("meeting", "meetings", "session", "sessions", "sitting")

// inferOrg finds the organization of a title written without one: for
// the head of an international organization the gazetteer lists, that
// organization (see knownHolder); the organization the story writes that
// title with elsewhere ("OTS Secretary General"); for an office of a
// state, the country the story gave the person, else the country of a head
// of state or government the gazetteer lists, else the story's home
// country (see findHome) when nobody else holds that office there, else
// the country named nearest in the sentence, else (for a head of state or
// government) the country the story names most; otherwise the
// organization named nearest in the sentence. A country may be returned by name only (a
// country known by its demonym or publisher's address). guessed tells a
// country no word of the sentence gives: the dateline's or the most
// named (see role.guessed).
func (s *state) inferOrg(title string, tok int) (org *ent, orgName string, guessed bool) {
	// "Secretary General Stoltenberg" in a story that names the United
	// Nations: the head of an international organization the gazetteer
	// lists is its head (see knownHolder)
	var held *gazetteer.Entry
	if p := s.personAt(tok); p != nil {
		held = s.knownHolder(p, s.lower(title))
	}
	if held != nil && held.Kind != gazetteer.Country {
		org, orgName := s.holderOrg(held)
		return org, orgName, false
	}
	if orgs := s.titleOrgs[titleKey(title)]; len(orgs) > 0 && !(isNational(title) && headOfState.has(s.lower(title))) {
		// unless someone else holds that office in this story already, or
		// it is an office many hold at once in one body: one holder's body
		// is no other's ("Member of the Council X", then "Y, Member, Z"),
		// though one holder's country is the others' ("U.S. Secretary X",
		// then "Secretary Y")
		if org := mostCommon(orgs); !s.officeHeldByOther(title, org, "", tok) && !s.heldByOther(title, org, tok) && (!heldByMany.has(titleKey(title)) || org.isCountry()) {
			return org, "", false
		}
	}
	lt := s.lower(title)
	national := isNational(title)
	// an unqualified office that, in international news, is the UN's
	if key, ok := defaultOffices[gazetteer.Normalize(title)]; ok {
		if e := s.named(key); e != nil {
			return e, "", false
		}
	}
	var taken []string // countries whose office other people of the sentence hold
	want := func(e *ent) bool {
		if national {
			return e.isCountry() && !s.othersCountry(e, "", lt, tok) && !s.pluralsCountry(e, tok) && !s.counterpartsThing(e, "", tok) && !s.objectOnly(e, tok) && !s.heldByOther(title, e, tok) && !s.visited(e, tok) && s.officeFits(lt, e, "") && !s.counterpartsCountry(e, "", tok) && !slices.Contains(taken, e.entry.Name) && !s.facesCountry(tok, e.entry.Name)
		}
		return e.typ == annals.Org
	}
	// "Secretary Blinken", "Foreign Secretary Cameron": an office no list
	// makes a country's, held by someone the list of leaders knows
	if !national && held != nil {
		o, on := s.holderOrg(held)
		return o, on, false
	}
	if !national {
		// an organization set off right after the name ("State Secretary
		// Udo Philipp, Federal Ministry of Economic Affairs"); any other
		// the sentence names is as often another's ("Energy Secretary X,
		// ..., co-signed with Treasury Secretary Y") or what the sentence
		// is about ("Press Secretary X on the U.S.-ASEAN Summit", "Judge X
		// received her J.D. from Harvard Law School")
		if o := s.orgSetOffAfter(tok); o != nil || !s.appointing {
			return o, "", false
		}
		// "The Board of the Agency appointed Ms. X as Executive Director":
		// an appointment names the body that gives the office
		return s.nearestInSentence(tok, func(e *ent) bool { return e.typ == annals.Org && !s.objectOnly(e, tok) }, true), "", false
	}
	if m := s.mentAt(tok); national && m != nil && m.ent.typ == annals.Person {
		// "Turkish Foreign Minister X ... Foreign Minister X": the country
		// the story gave the person's office already
		if o, on := s.nationalOrgOf(m.ent); (o != nil || on != "") && !s.unlistedHolder(m.ent, lt, o, on) {
			return o, on, false
		}
		// "Deputy Foreign Minister X led the Romanian delegation": the
		// delegation a national officer leads is of his country
		if c := s.delegationLed(m); c != nil && s.officeFits(lt, nil, c.Name) {
			o, on := s.holderOrg(c)
			return o, on, false
		}
	}
	// "President Putin" in a story about Ukraine: a head of state or
	// government the gazetteer lists is his country's (see knownHolder)
	if national && held != nil {
		o, on := s.holderOrg(held)
		return o, on, false
	}
	// "traveled to France to meet with President Macron"
	if c := s.metThere(tok); national && c != nil && !s.heldByOther(title, c, tok) && s.officeFits(lt, c, "") {
		return c, "", false
	}
	if national && s.home != nil {
		if he, hn := s.homeOrg(); !s.officeHeldNear(title, he, hn, tok) && (he == nil || !s.heldByOther(title, he, tok)) && s.officeFits(lt, he, hn) && !s.unlistedHolder(s.personAt(tok), lt, he, hn) {
			if uniqueOffices.has(officeHead(lt)) || s.homeByURL && s.nearestInSentence(tok, want, true) == nil {
				return he, hn, false
			}
		}
	}
	var unknown bool
	taken, unknown = s.otherHolders(lt, tok)
	if unknown {
		// "President Biden and President Xi in Bali": whose country is whose
		// the sentence does not say
		return nil, "", false
	}
	if e := s.nearestInSentence(tok, want, true); e != nil {
		return e, "", false
	}
	// with no country in the sentence, a head of state or government is the
	// story's country: the one its dateline is in when the story names it
	// ("HAVANA (AP) -- President Fidel Castro said"), else the one it names
	// most; other offices (a congressman, an ambassador) could be anyone's
	if national && headOfState.has(lt) {
		e, n := s.datelineCountry()
		if e == nil && n == "" {
			e, n = s.dominantCountry()
		}
		if !s.othersCountry(e, n, lt, tok) && !s.unlistedHolder(s.personAt(tok), lt, e, n) && !s.pluralsCountry(e, tok) && !s.visited(e, tok) && (e == nil || !s.heldByOther(title, e, tok)) && s.officeFits(lt, e, n) && !s.counterpartsCountry(e, n, tok) && !slices.Contains(taken, countryName(e, n)) && !s.placeInSentence(e, tok) && !s.topicInSentence(e, n, tok) && !s.facesCountry(tok, countryName(e, n)) && !s.awayFrom(e, n, tok) && !s.counterpartsThing(e, n, tok) {
			return e, n, true
		}
	}
	return nil, "", false
}

// unlistedHolder reports whether the leaders' list names who was the
// president, vice president, prime minister, monarch or crown prince (lt)
// of the country e (or
// the one named name) in the story's year and never names the person at
// p as holding it: a "President Ferrini-Mundy" on a whitehouse.gov
// page is a university's, "President Christine Kangaloo" in a story of the
// United States another country's. The story's country is then no guess.
func (s *state) unlistedHolder(p *ent, lt string, e *ent, name string) bool {
	office := officeForm(lt)
	if !listedOffices.has(office) || consortTitles.has(lt) {
		return false
	}
	year := yearOf(s.published)
	if year == 0 || p == nil || p.typ != annals.Person {
		return false
	}
	en := s.countryEntry(e, name)
	if en == nil || !heldIn(en.Country, office, year) {
		return false
	}
	for _, h := range gazetteer.Holders(s.resolveEnt(p).name) {
		if h.Of == en.Country && officeForm(h.Office) == office {
			return false
		}
	}
	return true
}

// listedOffices are the offices (as officeForm writes them) whose holders
// the leaders' list names in full for the countries it lists them for:
// one holder at a time, or two the list both names (a monarch and a
// regent are not listed).
var listedOffices = set("president", "vice president", "prime minister", "monarch", "crown prince")

// consortTitles are a monarch's titles his or her spouse bears too ("Queen
// Rania" of Jordan, "Empress Masako"): the list names no consorts, so one
// it does not name may still be the country's.
var consortTitles = set("queen", "empress", "queen consort")

// monarchOffices are the words a monarch's office is written with, in the
// leaders' list and in stories: one office, officeForm's "monarch".
var monarchOffices = []string{"king", "queen", "emperor", "empress", "emir", "amir", "sultan"}

// heldIn reports whether the leaders' list names who held office (as
// officeForm writes it) in the country with ISO code iso in year.
func heldIn(iso, office string, year int) bool {
	if office != "monarch" {
		return gazetteer.HeldIn(iso, office, year)
	}
	for _, o := range monarchOffices {
		if gazetteer.HeldIn(iso, o, year) {
			return true
		}
	}
	return false
}

// countryEntry returns the gazetteer's entry of a country given as its
// entity e (nil when e is no country), or, without an entity, by its name
// (a demonym's or a publisher's address's country), or nil.
func (s *state) countryEntry(e *ent, name string) *gazetteer.Entry {
	if e != nil {
		if e.entry != nil && e.entry.Kind == gazetteer.Country {
			return e.entry
		}
		return nil
	}
	if name == "" {
		return nil
	}
	for _, x := range s.x.gaz.Lookup(name) {
		if x.Kind == gazetteer.Country {
			return x
		}
	}
	return nil
}

// personAt returns the person named at token tok, or nil.
func (s *state) personAt(tok int) *ent {
	if m := s.mentAt(tok); m != nil && m.ent.typ == annals.Person {
		return m.ent
	}
	return nil
}

// orgSetOffAfter returns the organization written right after the name at
// token tok, set off by a comma or a colon ("Udo Philipp, Federal Ministry
// of ...", "Judge X: Nominee for the Superior Court of ..."), or nil; not
// one that opens the next person's title ("X, FEMA Administrator Y").
func (s *state) orgSetOffAfter(tok int) *ent {
	m := s.mentAt(tok)
	if m == nil || m.ent.typ != annals.Person {
		return nil
	}
	j := m.b
	if w := s.word(j); w != "," && w != ":" {
		return nil
	}
	j++
	// "Judge X: Nominee for the United States District Court for ..."
	if s.lw(j) == "nominee" && (s.lw(j+1) == "for" || s.lw(j+1) == "to") {
		j += 2
	}
	if s.lw(j) == "the" {
		j++
	}
	if o := s.mentAt(j); o != nil && o.a == j && o.ent.typ == annals.Org && s.sentOf[j] == s.sentOf[tok] && !s.titleInside(o.a, o.b) {
		// "Secretary X, FEMA Administrator Y, ...": the next one's office
		// ("X, White House Senior Advisor, said" is X's)
		// ("X, White House Homeland Security Advisor Y": the words of a
		// portfolio may stand before the title's head)
		k, head := o.b, false
		for k < len(s.toks) && k < o.b+6 && !s.lineStart[k] && s.sentOf[k] == s.sentOf[j] && text.IsCap(s.word(k)) && s.mentAt(k) == nil {
			head = isTitleHead(s.lw(k)) || head && s.is(k, cTitleModifiers)
			k++
		}
		if p := s.mentAt(k); head && p != nil && p.a == k && p.ent.typ == annals.Person {
			return nil
		}
		return o.ent
	}
	return nil
}

// titleInside reports whether the name of tokens [a,b) holds a title
// before more capitalized words: a chunk that ran on into the next
// person's title and name ("Centers for Medicare & Medicaid Services
// Administrator Chiquita Brooks-LaSure"), not a body's own ("Office of the
// Administrator").
func (s *state) titleInside(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if s.is(k, cTitleHeads) && text.IsCap(s.word(k)) && text.IsCap(s.word(k+1)) {
			return true
		}
	}
	return false
}

// othersCountry reports whether the sentence of token tok gives the
// country e (or the country named name) to another person than the one
// at tok: "President Biden spoke with Prime Minister Modi of India" does
// not make Biden India's.
func (s *state) othersCountry(e *ent, name, lt string, tok int) bool {
	if e == nil && name == "" {
		return false
	}
	var who *ent
	if m := s.mentAt(tok); m != nil {
		who = s.resolveEnt(m.ent)
	}
	si := s.sentOf[tok]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || !m.ent.isCountry() {
			continue
		}
		if !s.isCountryMention(m, e, name) {
			continue
		}
		j := k - 1
		if s.lw(j) == "the" {
			j--
		}
		of := s.lw(j) == "of"
		// "Chief Advisor to the President of Turkey": the country of a
		// third person's office, who is not named
		if t := s.lw(j - 1); of && text.IsCap(s.word(j-1)) && titleHeads.has(t) && s.lw(j-2) == "the" && (s.lw(j-3) == "to" || s.lw(j-3) == "of") && s.personAfterTitleAt(m.b) == nil {
			return true
		}
		// "nominate X as Ambassador to Russia": the country another's post
		// is to
		if s.lw(j) == "to" && text.IsCap(s.word(j-1)) && s.is(j-1, cTitleHeads) && !strings.HasSuffix(lt, s.lw(j-1)) {
			return true
		}
		if p := s.mentAt(j - 1); of && p != nil && p.b == j && p.ent.typ == annals.Person {
			if s.resolveEnt(p.ent) != who {
				return true
			}
			continue // "President X of Kazakhstan President Y of ..."
		}
		// "Sheikh Tamim bin Hamad Al Thani, Amir of Qatar": the office set
		// off after another's name
		if of {
			t := j
			for t > 0 && text.IsCap(s.word(t-1)) && (isTitleHead(s.lw(t-1)) || s.is(t-1, cTitleModifiers)) {
				t--
			}
			if w := s.lw(t - 1); t < j && (w == "former" || w == "the") {
				t--
			}
			if t < j && s.word(t-1) == "," {
				if p := s.mentAt(t - 2); p != nil && p.b == t-1 && p.ent.typ == annals.Person && s.resolveEnt(p.ent) != who {
					return true
				}
			}
		}
		// "President of Egypt Abdel Fattah el-Sisi", "Egypt's President
		// X": another holder of the office, named with the country
		if p, t := s.personAfterTitle(j, m.b, of); p != nil && s.resolveEnt(p.ent) != who {
			if uniqueOffices.has(officeHead(lt)) && officeHead(t) == officeHead(lt) {
				return true
			}
			// "Deputy Minister X received Ambassador of Kazakhstan Y": the
			// country an envoy named with it represents is not the
			// country of the office of someone else (another office of
			// the same country may be: "President X's children and Prime
			// Minister of Russia Y")
			if of && text.IsCap(s.word(j-1)) && postedHeads.has(s.lw(j-1)) {
				return true
			}
		}
	}
	return false
}

// personAfterTitleAt returns the person named right after the country
// ending at token k ("President of Egypt Abdel Fattah el-Sisi"), or nil.
func (s *state) personAfterTitleAt(k int) *mention {
	if p := s.mentAt(k); p != nil && p.a == k && p.ent.typ == annals.Person {
		return p
	}
	return nil
}

// personAfterTitle returns the person whose office is written with a
// country ending at token k, and that office lower-cased, or nil: after
// "of" (at token of) and the country ("President of Egypt Abdel Fattah
// el-Sisi"), or after the country's possessive and a title ("Egypt's
// President X"), on the same line. ("Congo\nPresident X" in a list of
// leaders and their countries is neither, nor is a former office: "former
// Prime Minister of Russia X".)
func (s *state) personAfterTitle(ofTok, k int, of bool) (*mention, string) {
	poss := false
	if w := s.word(k); w == "'s" || w == "’s" || w == "'" || w == "’" {
		k++
		poss = true
	} else if w := s.word(k - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		poss = true
	}
	ta, tb := k, k
	if !poss {
		if !of {
			return nil, ""
		}
		ta, tb = ofTok, ofTok
		for ta > 0 && text.IsCap(s.word(ta-1)) && (s.is(ta-1, cTitleHeads) || s.is(ta-1, cTitleModifiers)) {
			ta--
		}
	}
	j := k
	for j < len(s.toks) && !s.lineStart[j] && (s.capTitleWord(j) || s.word(j) == "." && j > k) {
		j++
	}
	if poss {
		tb = j
	}
	if ta == tb || j < len(s.toks) && s.lineStart[j] {
		return nil, ""
	}
	// "former President and Prime Minister of Russia X"
	for x := ta - 1; x >= 0 && (s.lw(x) == "and" || text.IsCap(s.word(x)) && (s.is(x, cTitleHeads) || s.is(x, cTitleModifiers)) || s.lw(x) == "former"); x-- {
		if s.lw(x) == "former" {
			return nil, ""
		}
	}
	p := s.personAfterTitleAt(j)
	if p == nil {
		return nil, ""
	}
	var t []string
	for x := ta; x < tb; x++ {
		if !s.is(x, cHonorifics) && s.word(x) != "." {
			t = append(t, s.lw(x))
		}
	}
	return p, strings.Join(t, " ")
}

// uniqueOffices have one holder per country at a time: written without a
// country in a story from a country, they are that country's.
var uniqueOffices = set("president", "vice president", "prime minister", "secretary of state", "first lady",
	"second lady", "national security advisor", "national security adviser", "chancellor", "king", "queen",
	"deputy national security advisor", "principal deputy national security advisor", "press secretary",
	"attorney general", "foreign minister", "minister of foreign affairs", "minister for foreign affairs")

// heldByMany are offices many people hold at once in one body or
// government: the body the story writes one holder's with is no other
// holder's ("Judge X of the Southern District", then "Judge Y"; "Secretary
// of Energy X", then "Secretary Y").
var heldByMany = set("member", "board member", "judge", "justice", "senator", "representative", "congressman",
	"congresswoman", "secretary", "assistant secretary", "deputy secretary", "under secretary", "ambassador",
	"director", "commissioner", "fellow", "professor", "advisor", "adviser", "senior advisor", "senior adviser",
	"counsel", "trustee", "delegate", "officer", "partner", "associate", "minister", "deputy", "councilmember",
	"council member", "vice president", "vice chair", "co-chair", "founder", "co-founder")

// defaultOffices are offices that, written alone, name one organization's
// (when the story mentions that organization): "Secretary-General" alone
// is the UN's.
var defaultOffices = map[string]string{"secretary general": "Q1065", "deputy secretary general": "Q1065"}

// officeHead returns a lower-cased title without its complement: "deputy
// national security advisor for international economics" is a "deputy
// national security advisor".
func officeHead(lt string) string {
	if i := strings.Index(lt, " for "); i > 0 {
		return lt[:i]
	}
	return lt
}

// isNational reports whether a title is an office of a state.
func isNational(title string) bool {
	lt := strings.ToLower(title)
	if strings.Contains(lt, " to ") {
		return false // "Assistant to the President" is a staff post
	}
	lt = officeHead(lt)
	if nationalTitles.has(lt) || cabinetSecretary(lt) {
		return true
	}
	// "Minister of Foreign Affairs": the office before its portfolio
	if i := strings.Index(lt, " of "); i > 0 && nationalTitles.has(lt[:i]) {
		return true
	}
	for t := range nationalTitles.m {
		if strings.HasSuffix(lt, " "+t) || strings.HasSuffix(lt, t) && strings.Contains(t, " ") {
			return true
		}
	}
	return false
}

// officeHeldByOther reports whether a person other than the one at token
// tok holds title at org (or the country named orgName) in this story.
func (s *state) officeHeldByOther(title string, org *ent, orgName string, tok int) bool {
	m := s.mentAt(tok)
	for _, r := range s.roles {
		// an organization's office counts when the story wrote it; a
		// country's when the story gave it, however
		if r.inferred && orgName == "" && (org == nil || !org.isCountry()) {
			continue
		}
		if r.org == org && r.orgName == orgName && strings.EqualFold(gazetteer.Normalize(r.title), gazetteer.Normalize(title)) && (m == nil || s.resolveEnt(r.person) != s.resolveEnt(m.ent)) {
			return true
		}
	}
	return false
}

// officeHeldNear reports whether another person holds title at org (or
// the country orgName) in the sentence of token tok or the one before: a
// story may name a past holder of a one-holder office ("President
// Truman") far from the present one.
func (s *state) officeHeldNear(title string, org *ent, orgName string, tok int) bool {
	m := s.mentAt(tok)
	si := s.sentOf[tok]
	for _, r := range s.roles {
		if r.sent < si-1 || r.sent > si || r.org != org || r.orgName != orgName || !strings.EqualFold(gazetteer.Normalize(r.title), gazetteer.Normalize(title)) {
			continue
		}
		if m == nil || s.resolveEnt(r.person) != s.resolveEnt(m.ent) {
			return true
		}
	}
	return false
}

// localOffices govern less than a country.
var localOffices = set("governor", "lieutenant governor", "deputy governor", "mayor", "deputy mayor", "lord mayor")

var headOfState = set("president", "prime minister", "vice president", "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "chancellor", "premier", "crown prince", "foreign minister", "national security advisor", "national security adviser")

// officeFits reports whether a country (its entity, or its name) can be
// the country of an office that no word of the sentence gives it: a
// presidential republic has no prime minister or chancellor ("President
// Biden and Prime Minister Trudeau": not the United States'), and a
// republic no king, queen, emir or sultan ("Queen Camilla"), and a
// monarchy no president ("We, Prime Minister Albanese and President
// Biden, meet": not Australia's), but a federation of monarchies may (the
// United Arab Emirates); the forms of government are the gazetteer's
// (manual/governments.tsv). A governor
// or a mayor governs a state, a province or a city, never a whole country
// ("Governor Abbott's inspections of trucks between Texas and Mexico"),
// but a governor governs a territory the list gives a governor (Puerto
// Rico, Guam), which has no president, prime minister, minister or
// monarch of its own.
// Other offices and places the lists do not know fit.
func (s *state) officeFits(title string, e *ent, name string) bool {
	pm := strings.Contains(title, "prime minister") || title == "premier" || title == "chancellor"
	president := title == "president" || title == "vice president"
	minister, secretary := ministerial(title), cabinetSecretary(title)
	if !localOffices.has(title) && !pm && !president && !minister && !secretary && !monarchTitles.has(title) {
		return true
	}
	en := s.countryEntry(e, name)
	// a territory that elects a governor has a governor (and a
	// lieutenant governor) and no president, prime minister, minister or
	// monarch of its own: "Governor Pedro Pierluisi" in a story of
	// Puerto Rico, not "Prime Minister X" in one of Guam
	if en != nil && gazetteer.GovernmentOf(en.Country) == gazetteer.Territory {
		return title == "governor" || title == "lieutenant governor" || !pm && !president && !minister && !monarchTitles.has(title) && !localOffices.has(title)
	}
	if localOffices.has(title) {
		return false
	}
	if en == nil {
		return true
	}
	// "National Security Advisor X met Foreign Minister Y": a government
	// of secretaries has no ministers
	if minister && gazetteer.HasSecretaries(en.Country) {
		return false
	}
	// "Secretary of Agriculture X announced aid for Ukraine's farmers": a
	// government of ministers has no secretary of a portfolio
	if secretary {
		return gazetteer.NamesSecretaries(en.Country)
	}
	if !pm && !president && !monarchTitles.has(title) {
		return true
	}
	switch gazetteer.GovernmentOf(en.Country) {
	case gazetteer.Presidential:
		return president
	case gazetteer.Monarchy:
		return !president
	case gazetteer.Federation:
		return true
	case gazetteer.Republic:
		return pm || president
	}
	if pm || president {
		return true
	}
	// a monarch of a country the list does not know as a monarchy: not of
	// a republic, but of a country that had one ("King Idris" of Libya,
	// "King Gyanendra" of Nepal, in the news of their time)
	for _, n := range en.Names {
		if strings.Contains(n, "Republic") {
			return false
		}
	}
	return true
}

// delegationLed returns the country of the delegation the person of
// mention m leads or is listed in, in its sentence, or nil: "X led the
// Romanian delegation", "X, head of the Irish delegation,", "The Estonian
// delegation was led by Minister of Defence X", "Mexico’s delegation
// included Secretary of Health X".
func (s *state) delegationLed(m *mention) *gazetteer.Entry {
	si := s.sentOf[m.a]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	// the demonym right before "delegation" at token k
	demonymBefore := func(k int) *gazetteer.Entry {
		if k >= b || s.lw(k) != "delegation" {
			return nil
		}
		// "Mexico’s delegation": a country named in the possessive
		if c := s.mentAt(k - 1); c != nil && c.b == k && c.ent.isCountry() && isPossessive(s.word(k-1)) {
			return c.ent.entry
		}
		ai := s.atomIdx(k - 1)
		if ai < 0 || !s.atoms[ai].Demonym || s.atoms[ai].Entry.Kind != gazetteer.Country || s.tokEndAt(s.atoms[ai].End) != k {
			return nil
		}
		return s.atoms[ai].Entry
	}
	// after the name: "led the Romanian delegation", ", head of the Irish
	// delegation"
	k := m.b
	if s.word(k) == "," {
		k++
		switch s.lw(k) {
		case "head", "leader", "chief":
		default:
			return nil
		}
		if s.lw(k+1) != "of" {
			return nil
		}
		k += 2
	} else {
		if s.lw(k) == "also" {
			k++
		}
		if s.lw(k) == "will" {
			k++
		}
		switch s.lw(k) {
		case "led", "leads", "lead", "leading", "headed", "heads", "head", "heading":
		default:
			k = -1
		}
		k++
	}
	if k > 0 && k < b && s.lw(k) == "the" {
		if ai := s.atomIdx(k + 1); ai >= 0 {
			if e := demonymBefore(s.tokEndAt(s.atoms[ai].End)); e != nil {
				return e
			}
		}
	}
	// before the title: "the Estonian delegation was led by"
	t := m.a
	for t > a && (s.capTitleWord(t-1) || s.connectorAt(t-1) && s.capTitleWord(t-2)) {
		t--
	}
	if t-1 > a && s.lw(t-1) == "by" {
		switch s.lw(t - 2) {
		case "led", "headed":
		default:
			return nil
		}
		j := t - 3
		if w := s.lw(j); w == "was" || w == "is" || w == "be" || w == "been" {
			j--
		}
		if s.lw(j) == "will" || s.lw(j) == "has" {
			j--
		}
		return demonymBefore(j)
	}
	// a member: "Mexico’s delegation was led by X and included Secretary
	// of Health Y; Secretary of the Navy Z; ...", the list after
	// "included" up to the person
	for j := t - 1; j > a; j-- {
		w := s.lw(j)
		if w == "included" || w == "includes" || w == "include" {
			for k := j - 1; k >= a; k-- {
				if s.lw(k) == "delegation" {
					return demonymBefore(k)
				}
			}
			return nil
		}
		if w == "." || w == ":" {
			return nil
		}
	}
	return nil
}

// cabinetSecretary reports whether the office lt is a cabinet secretary's
// named by its portfolio ("secretary of commerce", "deputy secretary of
// health and human services", "under secretary of the navy"): an office
// of a government of secretaries (see officeFits).
func cabinetSecretary(lt string) bool {
	before, rest, ok := strings.Cut(lt, "secretary of ")
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(before) {
		switch w {
		case "deputy", "under", "assistant", "acting", "principal", "former":
		default:
			return false
		}
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		switch {
		case w == "and" || w == "the" || w == "&":
		case portfolioWords.has(w):
			n++
		default:
			return false
		}
	}
	return n > 0
}

// ministerial reports whether the office lt is a minister's ("Minister",
// "Foreign Minister", "Deputy Minister of Finance", "Prime Minister"); not
// a diplomat's rank ("Minister-Counselor").
func ministerial(lt string) bool {
	for _, w := range strings.Fields(lt) {
		if w == "minister" {
			return true
		}
	}
	return false
}

// monarchTitles are offices only a monarchy has.
var monarchTitles = set("king", "queen", "emir", "amir", "sultan", "crown prince", "emperor", "empress", "queen consort")

func mostCommon(es []*ent) *ent {
	count := map[*ent]int{}
	var best *ent
	for _, e := range es {
		count[e]++
		if best == nil || count[e] > count[best] {
			best = e
		}
	}
	return best
}

// nearestInSentence returns the entity satisfying want whose mention is
// nearest to token tok in its sentence.
func (s *state) nearestInSentence(tok int, want func(*ent) bool, skipLocative bool) *ent {
	si := s.sentOf[tok]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	var best *ent
	bestD := 1 << 30
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || !want(m.ent) || skipLocative && m.ent.typ == annals.Place && s.writtenAsPlace(m) {
			continue
		}
		d := k - tok
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = m.ent, d
		}
	}
	return best
}

// writtenAsPlace reports whether mention m is written as where something
// is or happens: after a locative preposition ("in Indonesia") or after a
// city written so ("in Bali, Indonesia", "to Paris, France").
func (s *state) writtenAsPlace(m *mention) bool {
	// "in northern Ethiopia"
	if j := m.a - 1; isLocative(s.lw(j)) || s.is(j, cCompassWords) && isLocative(s.lw(j-1)) {
		return true
	}
	// "in Bali, Indonesia"; "in Nairobi, Kenya and Dar es Salaam,
	// Tanzania": the places of a list written so, a few back at most
	for n := 0; n < 4 && m.a >= 2 && s.word(m.a-1) == ","; n++ {
		c := s.mentAt(m.a - 2)
		if c == nil || c.b != m.a-1 || c.ent.typ != annals.Place {
			return false
		}
		w := s.lw(c.a - 1)
		if isLocative(w) {
			return true
		}
		if w != "and" && w != "or" && w != "," {
			return false
		}
		// the list's place before: "Kenya" of "Nairobi, Kenya and"
		if m = s.mentAt(c.a - 2); m == nil || m.b != c.a-1 || m.ent.typ != annals.Place {
			return false
		}
	}
	return false
}

// placeInSentence reports whether the sentence of token tok writes e as
// the country of a city where something is or happens (writtenAsPlace):
// "President X attended the summit in Apulia, Italy" does not make Italy
// X's.
func (s *state) placeInSentence(e *ent, tok int) bool {
	return s.someMention(e, tok, func(m *mention) bool {
		return m.a > 0 && s.word(m.a-1) == "," && s.writtenAsPlace(m)
	})
}

// visited reports whether the sentence of token tok names country e as
// the destination of a trip ("an upcoming trip to Turkey by President
// Obama", "during her visit to Ghana", "visited Ghana"): whoever makes it
// is a visitor there, not one of its office holders. A return is not a
// trip ("his return to Cuba").
func (s *state) visited(e *ent, tok int) bool {
	return s.someMention(e, tok, s.visitedAt)
}

// visitedAt reports whether mention m of a place is the destination of a
// trip (see visited).
func (s *state) visitedAt(m *mention) bool {
	j := m.a - 1
	if s.lw(j) == "the" {
		j--
	}
	// "traveled to Nigeria, Equatorial Guinea, and Mauritania": back
	// over the places listed before it
	for n := 0; n < 8 && (s.word(j) == "," || s.lw(j) == "and"); n++ {
		k := j - 1
		if s.word(k) == "," {
			k--
		}
		p := s.mentAt(k)
		if p == nil || p.ent.typ != annals.Place || p.b != k+1 {
			break
		}
		j = p.a - 1
		if s.lw(j) == "the" {
			j--
		}
	}
	return s.is(j, cVisitVerbs) || s.lw(j) == "to" && (s.is(j-1, cTripNouns) || s.is(j-1, cVisitVerbs))
}

// metThere returns the country a sentence tells a trip to or a stay in,
// before the one met there at token tok, or nil: "Harris traveled to
// France to meet with President Macron", "In Nigeria, Mr. Finer met with
// President Tinubu", "will travel to Israel ... to meet with Prime
// Minister Netanyahu": the office of the one met there is that country's.
// The country is the sentence's only one visited, and a "with" stands
// between it and the one met.
func (s *state) metThere(tok int) *ent {
	if tok <= 0 || tok >= len(s.toks) {
		return nil
	}
	a := s.sentTok[s.sentOf[tok]][0]
	var there *ent
	with := false
	for k := a; k < tok; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k {
			if there != nil && s.lw(k) == "with" {
				with = true
			}
			continue
		}
		c := s.resolveEnt(m.ent)
		in := k == a+1 && s.lw(a) == "in" && s.word(m.b) == ","
		if !c.isCountry() && in {
			// "In Jerusalem, Mr. Sullivan met with President Herzog": the
			// country of the city, when the story names it
			c = s.countryOfCity(c)
		}
		if c == nil || !c.isCountry() {
			k = m.b - 1
			continue
		}
		if in || s.visited(c, k) {
			if there != nil && there != c {
				return nil // two countries visited: whose is whose the sentence does not say
			}
			there, with = c, false
		}
		k = m.b - 1
	}
	if !with {
		return nil
	}
	return there
}

// countryOfCity returns the story's entity for the country of city e, or
// nil when e is no city the gazetteer knows or the story does not name its
// country.
func (s *state) countryOfCity(e *ent) *ent {
	if e.entry == nil || e.entry.Kind != gazetteer.City || e.entry.Country == "" {
		return nil
	}
	c := s.x.gaz.Country(e.entry.Country)
	if c == nil {
		return nil
	}
	return s.named(c.Key)
}

// counterpartsThing reports whether the sentence of token tok names the
// country e (or the country named name, or its demonym) after someone the
// person at tok faces, as theirs: "spoke today with Bernardo Arévalo de
// León and congratulated him on his victory in the Guatemalan
// presidential election" (the counterpart spoken of as "him" or "her",
// then a possessive pronoun, between the two). Such a country is the
// counterpart's, not the person's.
func (s *state) counterpartsThing(e *ent, name string, tok int) bool {
	country := countryName(e, name)
	who := s.mentAt(tok)
	if who == nil || who.ent.typ != annals.Person {
		return false
	}
	// all within a window after the person: bounded work in a run-on
	// sentence
	lim := min(s.sentTok[s.sentOf[tok]][1], tok+maxFacingGap*2)
	k := who.b
	for ; k < lim; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ == annals.Person && s.resolveEnt(m.ent) != s.resolveEnt(who.ent) && s.facing(tok, k) {
			k = m.b
			break
		}
	}
	// "him" and then "his": the counterpart spoken of, and their thing
	// ("and reaffirmed his commitment to Japan's security" may be the
	// subject's; "their" is both's)
	him, theirs := false, false
	for ; k < lim; k++ {
		switch s.lw(k) {
		case "him", "her":
			theirs = theirs || him && s.lw(k) == "her"
			him = true
			continue
		case "his":
			theirs = theirs || him
			continue
		}
		if !theirs {
			continue
		}
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.isCountry() && s.isCountryMention(m, e, name) {
			return true
		}
		if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym && s.atoms[ai].Entry != nil && s.atoms[ai].Entry.Name == country {
			return true // "the Guatemalan election"
		}
	}
	return false
}

// someMention reports whether f holds for a mention of e in the sentence
// of token tok (false for a nil e).
func (s *state) someMention(e *ent, tok int, f func(*mention) bool) bool {
	if e == nil {
		return false
	}
	e = s.resolveEnt(e)
	si := s.sentOf[tok]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && s.resolveEnt(m.ent) == e && f(m) {
			return true
		}
	}
	return false
}

// pluralsCountry reports whether the sentence of token tok names country e
// only in a list after an office in the plural and "of" ("convened the
// national security advisors of France, Germany, Italy, and the United
// Kingdom", "met the foreign ministers of Japan and Korea"): the country
// of those officers, not of the person at tok.
func (s *state) pluralsCountry(e *ent, tok int) bool {
	found, other := false, false
	s.someMention(e, tok, func(m *mention) bool {
		if s.afterPluralOf(m) {
			found = true
		} else {
			other = true
		}
		return false
	})
	return found && !other
}

// afterPluralOf reports whether mention m stands in a list of places
// after an office in the plural and "of" (see pluralsCountry).
func (s *state) afterPluralOf(m *mention) bool {
	// "the members of the U.S. Senate", "of the U.S. government": the
	// country qualifies the noun after it
	if m.b < len(s.toks) && s.toks[m.b].Kind == text.Word && (s.capLike(m.b) || !s.is(m.b, cListEnds)) {
		return false
	}
	k := m.a - 1
	for n := 0; k > 0 && n < 12; n++ {
		switch w := s.lw(k); {
		case w == "," || w == "and" || w == "the":
			k--
			continue
		case w == "of":
			return pluralOffice(s.lw(k-1)) || s.lw(k-1) == "counterparts" || s.lw(k-1) == "leaders"
		}
		p := s.mentAt(k)
		if p == nil || p.ent.typ != annals.Place {
			return false
		}
		k = p.a - 1
	}
	return false
}

// listEnds may follow the last place of a list: "the advisors of France
// and Italy at the White House", "... who met".
var listEnds = set("at", "in", "on", "to", "for", "with", "and", "or", "as", "by", "from", "who", "which", "that", "will", "would",
	"have", "has", "had", "are", "were", "was", "is", "met", "said", "during", "over", "about", "today", "yesterday", "this", "last", "next")

// tripNouns and visitVerbs tell a trip to a place: "a trip to", "travel
// to", "visited".
var tripNouns = set("trip", "trips", "visit", "visits", "journey", "tour", "travel", "mission", "voyage")
var visitVerbs = set("visit", "visits", "visited", "visiting", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "toured", "tour")

// objectOnly reports whether every mention of e in the sentence of token
// tok is the object of a preposition of topic or direction ("on the
// Summit", "with ASEAN", "to the Forum").
func (s *state) objectOnly(e *ent, tok int) bool {
	si := s.sentOf[tok]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || s.resolveEnt(m.ent) != s.resolveEnt(e) {
			continue
		}
		p := m.a - 1
		for p >= 0 && (s.lw(p) == "the" || s.mentAt(p) != nil && s.mentAt(p).b == p+1 && s.mentAt(p) != m || s.word(p) == "-") {
			p--
		}
		switch s.lw(p) {
		case "on", "about", "regarding", "with", "to", "toward", "towards", "against", "into":
		case "for":
			// "support for Ukraine in the face of ...", "Special Envoy for
			// Yemen": a country something is for; not a country's body
			// ("worked for the United States government")
			if !e.isCountry() || s.modifiesNoun(m.b) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// modifiesNoun reports whether token k, right after a name, is a
// lower-case word that the name modifies ("the United States government").
func (s *state) modifiesNoun(k int) bool {
	if k >= len(s.toks) || s.toks[k].Kind != text.Word || text.IsCap(s.word(k)) {
		return false
	}
	return !s.is(k, cClauseWords)
}

// clauseWords go on a sentence after a name without being modified by it.
var clauseWords = set("and", "or", "but", "in", "on", "at", "to", "as", "with", "by", "from", "during", "against",
	"which", "that", "who", "is", "was", "are", "were", "will", "has", "have", "had", "since", "after", "before",
	"for", "of", "through", "under", "over", "into", "amid", "while", "when", "where", "if", "so")

// mostMentioned returns the entity satisfying want with the most mentions.
func (s *state) mostMentioned(want func(*ent) bool) *ent {
	var best *ent
	for _, e := range s.ents {
		if want(e) && (best == nil || len(e.ments) > len(best.ments)) {
			best = e
		}
	}
	return best
}

// appointments reads "designated X(, ...,) as <title> for/of <org>" and
// "X replaces Y"; the new holder's role starts at the sentence's date.
func (s *state) appointments() {
	for i := range s.toks {
		w := s.lw(i)
		// "the appointment of Ambassador X as the next Executive Director of Y"
		if s.lw(i+1) == "of" && appointNouns.has(w) {
			if p := s.personAfter(i+2, 4); p != nil {
				k := p.b
				for k < len(s.toks) && k < p.b+8 && s.lw(k) != "as" && s.sentOf[k] == s.sentOf[i] {
					k++
				}
				if s.lw(k) == "as" {
					if title, org, ok := s.asTitle(k + 1); ok {
						s.addAppointed(p.ent, title, org, p.a, i)
					}
				}
			}
			continue
		}
		// "Jane Roe, of Ohio, to be a Member of the National Council on the
		// Arts", "nominated Jane Roe to be Administrator of the Federal
		// Aviation Administration": a nomination names the office
		if w == "to" && s.lw(i+1) == "be" && !s.quoteZone[i] {
			if p := s.nomineeBefore(i); p != nil {
				// an organization first named here must look like one: a
				// headline cut short ("to be a Member of the Nuclear
				// Regulatory") names none
				title, org, _ := s.titleOfOrg(i+2, false)
				if title != "" && org == nil {
					if title, org, _ = s.titleOfOrg(i+2, true); org != nil && org.entry == nil && len(org.ments) == 1 && !s.namedWithHead(org.ments[0]) {
						s.dropMention(org.ments[0])
						org = nil
					}
				}
				if title != "" && org != nil {
					s.addAppointed(p.ent, title, org, p.a, i)
				}
			}
			continue
		}
		// "X, who ..., will become PPO's new Director"
		if (w == "become" || w == "becomes" || w == "became") && !s.quoteZone[i] {
			if p := s.clauseSubject(i); p != nil {
				if title, org, ok := s.asTitle(i + 1); ok && org != nil {
					s.addAppointed(p.ent, title, org, p.a, i)
				}
			}
			continue
		}
		// "announced his intent to appoint her as ...": the person the
		// story told of before this sentence
		verb := appointVerbsMay.may(w) && appointVerbs.has(w)
		if verb && (s.lw(i+1) == "her" || s.lw(i+1) == "him") && s.lw(i+2) == "as" {
			if p := s.topPersonBefore(s.sentTok[s.sentOf[i]][0]); p != nil {
				if title, org, ok := s.asTitle(i + 3); ok && org != nil {
					s.addAppointed(p.ent, title, org, p.a, i)
				}
			}
			continue
		}
		if verb && s.lw(i+1) == "by" {
			// "Hartfield was appointed by President Obama to serve as a
			// Member of ...": the one after "by" appoints
			s.appointedBy(i)
			continue
		}
		if verb {
			p := s.personAfter(i+1, 4)
			if p != nil && s.possessiveOf(p) {
				// "appointed Ms. Keller's predecessor, Ms. Bregu, as his
				// Special Envoy": the one the possessed noun names, not
				// the possessor
				if p = s.possessedPerson(p); p == nil {
					continue
				}
			}
			if p == nil {
				// "Ms. X has since been appointed Special Envoy of the BACW"
				if q := s.personBefore(i, 5); q != nil && (s.lw(i-1) == "been" || s.lw(i-1) == "was" || s.lw(i-1) == "is" || s.lw(i-1) == "were") {
					k := i + 1
					if s.lw(k) == "as" {
						k++
					}
					if title, org, ok := s.asTitle(k); ok {
						s.addAppointed(q.ent, title, org, q.a, i)
					} else if title := s.officeByNoun(k); title != "" {
						// "was elected to the presidential post"
						s.appointing = true
						o, on, _ := s.inferOrg(title, q.a)
						s.appointing = false
						if o != nil || on != "" {
							s.addRole(q.ent, title, o, on, q.a, s.appointedOn(i))
							if r := s.findRole(q.ent, title); r != nil {
								r.appointed = true
							}
						}
					}
				}
				continue
			}
			// skip the apposition up to "as"
			k := p.b
			for k < len(s.toks) && k < p.b+25 && s.lw(k) != "as" && s.sentOf[k] == s.sentOf[i] {
				k++
			}
			if k >= len(s.toks) || s.sentOf[k] != s.sentOf[i] {
				continue
			}
			if title, org, ok := s.asTitle(k + 1); ok {
				s.addAppointed(p.ent, title, org, p.a, i)
			}
		}
		// "X takes office as ...", "X served as Prime Minister of Portugal from 1995 to 2002"
		if (w == "office" || w == "served" || w == "serves" || w == "serving") && s.lw(s.pastDate(i+1)) == "as" {
			p := s.subjectBefore(i)
			if p == nil && w == "office" && isTakeVerb(s.lw(i-1), "") {
				p = s.subjectOf(i - 1)
			}
			if p == nil {
				continue
			}
			title, org, ok := s.asTitle(s.pastDate(i+1) + 1)
			if !ok {
				continue
			}
			if w == "office" {
				s.addAppointed(p.ent, title, org, p.a, i)
				continue
			}
			if org == nil {
				continue
			}
			// the sentence of the verb is the evidence: the subject may be
			// a pronoun whose antecedent the sentence before names ("...
			// Ethiopia. Prior to that he served as the spokesperson for
			// ...")
			s.addRole(p.ent, title, org, "", i, "")
			if r := s.findRole(p.ent, title); r != nil {
				if d := s.dateAfter(i, 12); d != nil {
					if d.ValueEnd != "" {
						r.from, r.to = d.Value, d.ValueEnd
					} else if strings.Contains(strings.ToLower(s.text[max(0, d.Start-6):d.Start]), "since") {
						r.from = d.Value
					}
				}
			}
		}
		// "The Council appointed X as Secretary General, succeeding Y":
		// the office handed over is the predecessor's
		if (w == "succeeding" || w == "replacing") && s.word(i-1) == "," {
			if oldP := s.personAfter(i+1, 4); oldP != nil {
				for ri := len(s.roles) - 1; ri >= 0; ri-- {
					if r := s.roles[ri]; r.sent == s.sentOf[i] && r.appointed && r.person != oldP.ent {
						s.predecessorsOffice(ri, oldP.ent)
						break
					}
				}
			}
		}
		if w == "replaces" || w == "replaced" || w == "succeeds" || w == "succeeded" || w == "replace" || w == "succeed" {
			newP := s.subjectBefore(i)
			oldP := s.personAfter(i+1, 4)
			if w == "replaced" || w == "succeeded" {
				if s.lw(i-1) == "was" || s.lw(i-1) == "is" || s.lw(i-1) == "be" {
					newP, oldP = oldP, newP
					if oldP == nil {
						oldP = s.personAfter(i+2, 2)
					}
				}
			}
			if newP == nil || oldP == nil || newP.ent == oldP.ent {
				continue
			}
			// the successor's newest appointed role, or the one the same
			// sentence gives, is the one handed over
			for ri := len(s.roles) - 1; ri >= 0; ri-- {
				r := s.roles[ri]
				if r.person == newP.ent && (r.appointed || r.sent == s.sentOf[i]) {
					s.predecessorsOffice(ri, oldP.ent)
					r = s.roles[ri]
					s.addRole(oldP.ent, r.title, r.org, r.orgName, oldP.a, "")
					from, to := s.heldTerm(oldP.b)
					if to == "" && r.startStated {
						to = r.from
					}
					for j := range s.roles {
						if o := &s.roles[j]; o.person == oldP.ent && o.title == r.title {
							if o.from == "" {
								o.from = from
							}
							if o.to == "" {
								o.to = to
							}
						}
					}
					break
				}
			}
		}
	}
}

// predecessorsOffice gives role ri, handed over by person old, the
// organization of old's office of the same title the story names ("BSEC
// Secretary General Y ... The Council of Ministers appointed X as the new
// Secretary General, succeeding Y": X's office is BSEC's, not the
// appointing Council's).
func (s *state) predecessorsOffice(ri int, old *ent) {
	r := &s.roles[ri]
	for _, o := range s.roles {
		if s.resolveEnt(o.person) == s.resolveEnt(old) && strings.EqualFold(o.title, r.title) && !o.former && (o.org != nil || o.orgName != "") {
			if o.org != r.org || o.orgName != r.orgName {
				r.org, r.orgName = o.org, o.orgName
			}
			return
		}
	}
}

// topPersonBefore returns a mention of the person named most often before
// token k (the latest on a tie): whom "her" and "him" stand for when the
// story is about one person.
func (s *state) topPersonBefore(k int) *mention {
	count := map[*ent]int{}
	var best *mention
	for j := 0; j < k && j < len(s.toks); j++ {
		m := s.mentAt(j)
		if m == nil || m.ent.typ != annals.Person || m.a != j {
			continue
		}
		e := s.resolveEnt(m.ent)
		count[e]++
		if best == nil || count[e] > count[s.resolveEnt(best.ent)] {
			best = m
		}
	}
	return best
}

// officeByNoun reads an office named by a noun after "to the" at token
// k: "to the presidency", "to the presidential post" (President), "to the
// premiership" (Prime Minister).
func (s *state) officeByNoun(k int) string {
	if s.lw(k) != "to" || s.lw(k+1) != "the" {
		return ""
	}
	switch w := s.lw(k + 2); {
	case w == "presidency" || w == "presidential" && (s.lw(k+3) == "post" || s.lw(k+3) == "office" || s.lw(k+3) == "seat"):
		return "President"
	case w == "premiership":
		return "Prime Minister"
	case w == "chancellorship":
		return "Chancellor"
	}
	return ""
}

// appointNouns name an appointment: "the appointment of X as ...".
var appointNouns = set("appointment", "nomination", "designation", "election", "selection", "reappointment", "re-appointment", "re-election", "reelection")

// clauseSubject returns the subject of the verb at token i: the person
// just before it ("X becomes"), or the person a relative clause set off
// by commas describes ("X, who has worked with Y, will become").
func (s *state) clauseSubject(i int) *mention {
	k := i - 1
	for k >= 0 && (s.lw(k) == "will" || s.lw(k) == "would" || s.lw(k) == "to" || s.lw(k) == "also" || s.lw(k) == "then" || s.lw(k) == "shall" || s.lw(k) == "later" || s.lw(k) == "soon") {
		k--
	}
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
		return m
	}
	if s.word(k) != "," {
		return nil
	}
	a := s.sentTok[s.sentOf[i]][0]
	for j := k - 1; j > a && j > k-30; j-- {
		if s.lw(j) == "who" && s.word(j-1) == "," {
			if m := s.mentAt(j - 2); m != nil && m.ent.typ == annals.Person {
				return m
			}
			return nil
		}
	}
	return nil
}

// nomineeBefore returns the person named right before "to be" at token i,
// or before the place they are from set off by commas ("Jane Roe, of
// Ohio, to be ..."; "of Washington, D.C.,"), or nil.
func (s *state) nomineeBefore(i int) *mention {
	j := i
	if s.word(j-1) == "," {
		c := j - 2
		for c > i-10 && c > 0 && (s.capLike(c) || s.word(c) == "," || s.word(c) == "." || s.connectorAt(c) && s.lw(c) != "of") {
			c--
		}
		if s.lw(c) != "of" || s.word(c-1) != "," || c+1 >= j-1 {
			return nil
		}
		j = c - 1
	}
	m := s.mentAt(j - 1)
	if m == nil || m.b != j || m.ent.typ != annals.Person || s.byAgent(m) {
		return nil
	}
	return m
}

// appointedBy reads a passive appointment whose agent follows the verb at
// token i: "X was appointed by President Y (in 2014) (to serve) as Member
// of Z", "she was named by Governor Y to be Chair of Z". The office is the
// subject's, never the agent's.
func (s *state) appointedBy(i int) {
	switch s.lw(i - 1) {
	case "was", "been", "is", "were", "be", "being":
	default:
		return
	}
	q := s.subjectBefore(i - 1)
	if q == nil {
		return
	}
	k := i + 2
	for k < len(s.toks) && k < i+25 && s.sentOf[k] == s.sentOf[i] && s.lw(k) != "as" && !(s.lw(k) == "to" && s.lw(k+1) == "be") {
		k++
	}
	if k >= len(s.toks) || s.sentOf[k] != s.sentOf[i] || k >= i+25 {
		return
	}
	if s.lw(k) == "to" {
		k++
	}
	// the office names its body: an office alone would be given the
	// body nearest, the agent's ("confirmed by the Senate to serve as
	// the Under Secretary for Rural Development")
	if title, org, ok := s.asTitle(k + 1); ok && org != nil {
		s.addAppointed(q.ent, title, org, q.a, i)
	}
}

// byAgent reports whether mention m is the agent of a passive verb: "by
// (former) President Biden".
func (s *state) byAgent(m *mention) bool {
	for k := m.a - 1; k >= 0 && k >= m.a-5; k-- {
		switch w := s.lw(k); {
		case w == "by":
			return true
		case w == "former" || w == "then" || s.capLike(k):
		default:
			return false
		}
	}
	return false
}

// addAppointed records a role given in the story by the verb at token v:
// its term starts when the sentence says it starts (see statedStart), else
// on the day of the appointment (see appointedOn).
func (s *state) addAppointed(p *ent, title string, org *ent, tok, v int) {
	s.appointing = true
	s.addRole(p, title, org, "", tok, s.appointedOn(v))
	s.appointing = false
	if r := s.findRole(p, title); r != nil {
		r.appointed = true
		if st := s.statedStart(v); st != "" {
			r.from, r.startStated = st, true
		}
		if end := s.statedEnd(v); end != "" && r.to == "" {
			r.to = end
		}
	}
}

// findRoleOrg returns the role of p with title at org (or orgName), or nil.
func (s *state) findRoleOrg(p *ent, title string, org *ent, orgName string) *role {
	for i := range s.roles {
		r := &s.roles[i]
		if r.person == p && strings.EqualFold(r.title, title) && r.org == org && r.orgName == orgName {
			return r
		}
	}
	return s.findRole(p, title)
}

// findRole returns the role of p with title, or nil.
func (s *state) findRole(p *ent, title string) *role {
	for i := range s.roles {
		if s.roles[i].person == p && strings.EqualFold(s.roles[i].title, title) {
			return &s.roles[i]
		}
	}
	return nil
}

// subjectBefore returns the person just before token i ("X replaces"), or
// the person a pronoun stands for ("She succeeds").
func (s *state) subjectBefore(i int) *mention {
	// the nearer of a person and "he"/"she": "For President X, she
	// served as ..." is not X's
	if m := s.personBefore(i, 3); m != nil && !s.hasWord(m.b, i, "he", "she") {
		// "Qaddafi's daughter also serves as ...": the one possessed
		if s.possessiveOf(m) && s.possessedAt(m) < i && !text.IsCap(s.word(s.possessedAt(m))) {
			return nil
		}
		return m
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.lw(k) {
		case "he", "she":
			return s.pronounAntecedent(k)
		case "who":
			// "Ambassador X of Finland, Chair of ..., who replaced Y"
			if m := s.lastPersonBefore(k); m != nil && s.sentOf[m.a] == s.sentOf[i] {
				return m
			}
			return nil
		}
	}
	return nil
}

// dateAfter returns the first date expression within n tokens after i.
func (s *state) dateAfter(i, n int) *timex.Expr {
	for k := i + 1; k < len(s.toks) && k <= i+n && s.sentOf[k] == s.sentOf[i]; k++ {
		if d := s.dateAt(k); d >= 0 {
			return &s.dates[d]
		}
	}
	return nil
}

// personAfter returns the first person mention starting within n tokens after i.
func (s *state) personAfter(i, n int) *mention {
	for k := i; k < len(s.toks) && k < i+n; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person && m.a == k {
			return m
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "." {
			return nil
		}
	}
	return nil
}

// possessiveOf reports whether the name m is in the possessive: "Ms.
// Keller's", "Keller’s".
func (s *state) possessiveOf(m *mention) bool {
	w := s.word(m.b)
	return w == "'s" || w == "’s" || isPossessive(s.word(m.b-1))
}

// possessedAt returns the token after the possessive name m and its
// "'s" when that is a token of its own: the noun it qualifies.
func (s *state) possessedAt(m *mention) int {
	if w := s.word(m.b); w == "'s" || w == "’s" {
		return m.b + 1
	}
	return m.b
}

// possessedPerson returns the person set off after the lower-case noun
// that the possessive name m qualifies ("Ms. Keller's predecessor, Ms.
// Bregu,"), or nil.
func (s *state) possessedPerson(m *mention) *mention {
	k := s.possessedAt(m)
	n := k
	for n < len(s.toks) && n < k+3 && s.toks[n].Kind == text.Word && !text.IsCap(s.word(n)) {
		n++
	}
	if n == k || s.word(n) != "," {
		return nil
	}
	return s.personAfter(n+1, 4)
}

// personBefore returns the person mention ending within n tokens before i.
func (s *state) personBefore(i, n int) *mention {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			return m
		}
	}
	return nil
}

// capacity reads a speaker's own office: "in my capacity as Chairman of the
// Commission on Security and Cooperation in Europe".
func (s *state) capacity() {
	sp := s.speaker()
	if sp == nil {
		return
	}
	for i := 0; i+3 < len(s.toks); i++ {
		// "in my capacity as Chairman of ...", "I rise today as Chairman of ..."
		if s.lw(i) != "as" {
			continue
		}
		first := s.lw(i-1) == "capacity" && s.lw(i-2) == "my"
		if !first && s.personBefore(i, 3) == nil {
			// "I rise today as Chairman of ...", "as Chairman of ..., I rise"
			si := s.sentOf[i]
			for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
				if s.word(k) == "I" {
					first = true
				}
			}
		}
		if !first {
			continue
		}
		if t, org := s.titleAfterWord(i + 1); t != "" {
			s.addRole(sp, t, org, "", i, "")
		}
	}
}

// titleAfterWord reads "<title> of (the) <org>" starting at token k.
func (s *state) titleAfterWord(k int) (string, *ent) {
	if s.lw(k) == "the" {
		k++
	}
	st := k
	k = s.titleRunEnd(k)
	if k == st || (s.lw(k) != "of" && s.lw(k) != "for") {
		return "", nil
	}
	title := s.text[s.toks[st].Start:s.toks[k-1].End]
	k++
	if s.lw(k) == "the" {
		k++
	}
	if m := s.mentAt(k); m != nil && m.ent.typ != annals.Person {
		return clean(title), m.ent
	}
	return "", nil
}

// speaker returns the person whose words the story is: the person named in
// the dateline or byline ("Mr. CARDIN — 9 December 2009").
func (s *state) speaker() *ent {
	if s.dateline < 0 {
		return nil
	}
	a, b := s.sentTok[s.dateline][0], s.sentTok[s.dateline][1]
	for k := a; k < b; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			return s.resolveEnt(m.ent)
		}
	}
	return nil
}

// appositionStart returns where the apposition set off by commas just
// before token k begins ("appointed Dr. X, former Director of Y, as its
// Envoy": the comma after X), so that "its" looks past the organization
// the apposition names to the one acting; k when none ends there.
func (s *state) appositionStart(k int) int {
	j := k - 1
	if s.lw(j) == "as" {
		j--
	}
	if s.word(j) != "," {
		return k
	}
	si := s.sentOf[k]
	for i := j - 1; i >= s.sentTok[si][0] && i > j-25; i-- {
		if s.word(i) == "," {
			return i
		}
	}
	return k
}

// bodyNouns name a body without naming it: "the United Nations refugee
// agency", "the EU's statistical office".
var bodyNouns = set("agency", "office", "programme", "program", "fund", "mission", "secretariat", "bureau", "department", "division", "unit", "branch", "committee", "commission", "delegation", "team", "body", "organization", "organisation", "institute", "centre", "center", "directorate", "service")

// unnamedBodyAfter reports whether the words from token k on, up to two
// lowercase words, end in a body noun: the organization before k only
// qualifies a body the story does not name.
func (s *state) unnamedBodyAfter(k int) bool {
	for j := k; j < k+3 && j < len(s.toks); j++ {
		w := s.word(j)
		if w == "" || s.toks[j].Kind != text.Word || w != s.lw(j) {
			return false
		}
		if bodyNouns.has(w) {
			return true
		}
	}
	return false
}

// namedWithHead reports whether mention m is two words or more with an
// organization's head word ("National Council", "Review Board"); a lone
// head word is a back-reference.
func (s *state) namedWithHead(m *mention) bool {
	return m.b-m.a >= 2 && s.hasHead(m.a, m.b)
}

// cutFold returns s without its prefix, matched without regard to case,
// and whether s had it.
func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// fieldTitles are offices written with their field after "of", not a
// body: "Director of Public Engagement", "Head of Strategy".
var fieldTitles = set("director", "head", "coordinator", "manager", "president", "officer")

// fieldPhrase reports whether tokens [a,b) are capitalized common English
// words, "and" or "&" between two, the field of an office ("Strategic
// Communications and Outreach", "Speechwriting"), not a name of its own
// ("Microsoft") nor a body's name in words of a phrase ("Save Our
// Shores", "Care in Action", "Caring Across Generations").
func (s *state) fieldPhrase(a, b int) bool {
	for k := a; k < b; k++ {
		w := s.lw(k)
		if (w == "and" || w == "&") && k > a && k < b-1 {
			continue
		}
		// ("General President of SMART": capitals name a body)
		if !text.IsCap(s.word(k)) || text.IsAllCaps(s.word(k)) && len(w) > 1 || !ner.CommonWord(w) || sentenceOpeners.has(w) || connectors.has(w) || strings.HasSuffix(w, "ing") && k == a && b-a > 1 {
			return false
		}
	}
	return true
}

// topicInSentence reports whether the sentence of token tok names the
// country e (or the country named name) as its topic (topicAt). Such a
// country is not, by being the story's most named, the country of an
// office held in that sentence ("President Biden spoke about the
// situation in Afghanistan").
func (s *state) topicInSentence(e *ent, name string, tok int) bool {
	si := s.sentOf[tok]
	return s.countryBetween(e, name, s.sentTok[si][0], s.sentTok[si][1], s.topicAt)
}

// countryBetween reports whether a mention of the country e (or the
// country named name) that opens within tokens a to b satisfies f.
func (s *state) countryBetween(e *ent, name string, a, b int, f func(*mention) bool) bool {
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || !m.ent.isCountry() {
			continue
		}
		if s.isCountryMention(m, e, name) && f(m) {
			return true
		}
	}
	return false
}

// isCountryMention reports whether mention m names the country e, or,
// for a nil e, the country named name.
func (s *state) isCountryMention(m *mention, e *ent, name string) bool {
	if e != nil {
		return s.resolveEnt(m.ent) == s.resolveEnt(e)
	}
	return m.ent.entry != nil && m.ent.entry.Name == name
}

// topicAt reports whether mention m of a country is what something is
// about or where a thing spoken of is: "spoke about Afghanistan",
// "discussed the situation in Afghanistan". A country someone goes to or
// comes from ("his return to Cuba") or where a leader acts ("investments
// in America") says nothing either way.
func (s *state) topicAt(m *mention) bool {
	j := m.a - 1
	if s.lw(j) == "the" {
		j--
	}
	switch s.lw(j) {
	case "about", "regarding", "concerning":
		return true
	case "in", "across", "throughout":
		d := s.nounPhraseBefore(j)
		return d > 0 && s.is(d-1, cTopicWords)
	}
	return false
}

// awayFrom reports whether another sentence where the person at token
// tok bears a title names the country e (or the country named name) as
// where the person goes or what they speak about, before anyone else is
// named ("President Biden will travel to Poland", "President Biden and
// Chancellor Merkel spoke about the situation in Afghanistan"): the
// country a story names most is then the one its leader deals with, and
// a sentence without a country does not make the person its head.
func (s *state) awayFrom(e *ent, name string, tok int) bool {
	m := s.mentAt(tok)
	if m == nil || m.ent.typ != annals.Person || e == nil && name == "" {
		return false
	}
	away := func(c *mention) bool { return s.topicAt(c) || s.visitedAt(c) }
	for om := range s.mentionsOf(m.ent) {
		// a sentence that gives the person a title speaks of them acting
		// ("President X spoke about ..."); one that only names them may be
		// anyone's words ("a scholar who has written about Iraq")
		if s.sentOf[om.a] == s.sentOf[tok] || !s.titleBeforeIsPersonal(om.a) {
			continue
		}
		if s.countryBetween(e, name, om.b, s.ownClauseEnd(om), away) {
			return true
		}
	}
	return false
}

// ownClauseEnd returns the token where the words after person mention m
// stop being about m alone: the next person named, past one joined to m
// by "and" ("President Biden and Chancellor Merkel spoke about ..."), or
// the sentence's end. "Mr. Sullivan will join ... announced during
// President Yoon's state visit to the United States" gives the visit to
// Yoon.
func (s *state) ownClauseEnd(m *mention) int {
	end := s.sentTok[s.sentOf[m.a]][1]
	k := m.b
	if s.lw(k) == "and" {
		k++
		for k < end && (s.capTitleWord(k) || s.word(k) == ".") {
			k++
		}
		if o := s.mentAt(k); o != nil && o.a == k && o.ent.typ == annals.Person {
			k = o.b
		}
	}
	for ; k < end; k++ {
		if o := s.mentAt(k); o != nil && o.a == k && o.ent.typ == annals.Person {
			return k
		}
	}
	return end
}

// nounPhraseBefore returns the token of the article or possessive that
// opens a noun phrase in lower case right before token j ("the
// situation", "the ongoing war", "their efforts"), or -1: a noun, not a
// verb ("arrived", "is"), stands before the preposition at j.
func (s *state) nounPhraseBefore(j int) int {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		w := s.word(k)
		if s.toks[k].Kind != text.Word || text.IsCap(w) && k < j-1 {
			return -1
		}
		switch s.lw(k) {
		case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our":
			if k < j-1 {
				return k
			}
			return -1
		}
		if text.IsCap(w) || s.is(k, cClauseWords) {
			return -1
		}
	}
	return -1
}

// topicWords say what a sentence speaks of: "about the situation in
// Afghanistan", "discussed the war in Ukraine".
var topicWords = set("about", "regarding", "concerning", "on", "discuss", "discussed", "discussing", "discusses", "addressed", "addressing")
