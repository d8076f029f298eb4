package extract

import (
	"slices"
	"sort"
	"strings"

	"annals"
	"annals/internal/text"
)

// eventParts fills the participants of event ev of type t, triggered at
// token i of sentence si: who takes part in it, as the sentence (or, when
// it names no one, the one before) tells.
func (s *state) eventParts(ev *event, t annals.EventType, i, si int) {
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	// participants: organizations and people of the sentence near the
	// trigger (a long sentence lists bystanders far from it) or opening the
	// sentence as its subject, and countries that act (not the place, not
	// "from X to Y")
	cl := s.clauseOf(i, a, b)
	if t != annals.Speech {
		// "X announced that the United States is offering to host APEC",
		// "X welcomes the appointment of Y": the teller or the one who
		// reacts takes no part in what they tell of
		if lo := s.frameEnd(i, cl.lo); lo > cl.lo {
			cl.lo = lo
		}
	}
	// "Austria and Chile signed the agreement, in a ceremony attended by
	// the Ambassadors of Kenya and Peru", "The signing ceremony was
	// witnessed by Ministers from Kenya and Peru": those who look on at a
	// signing are no parties to what is signed
	if t == annals.Agreement {
		for _, r := range s.witnessesAt(a, b) {
			if i < r[0] || i >= r[1] {
				cl.skip = append(cl.skip, r)
			}
		}
	}
	// "conveyed the intention to work with X in the leadup to the G20
	// Leaders Summit", "ahead of the NATO Summit", "reaffirm commitments
	// made at the G7 Summit": what is done before or after a gathering
	// tells no one's part in it (but the names of its own name)
	if t == annals.Conference || t == annals.Meeting {
		if j, _ := s.gatheringInPassing(i, a); j >= 0 {
			cl.lo = max(cl.lo, j)
			cl.hi = min(cl.hi, s.passingPhraseEnd(i, b))
		}
	}
	// "Secretary X announced an upcoming trip to Turkey by President Y,
	// and together with Minister Z released a statement": the one a
	// visit's noun names by "by" makes it, not those of the rest of the
	// sentence (who tell of it, or do something else)
	if t == annals.Visit {
		if ag := s.visitAgent(i, b); ag > 0 {
			cl.lo, cl.hi = max(cl.lo, i), min(cl.hi, s.clauseEnd(ag, b))
		} else if o := s.visitOwner(i, cl.lo); o > cl.lo {
			// "The Climate Task Force discussed the President's recent
			// travel to New York": the owner of the trip makes it, not
			// the subject of another verb
			cl.lo = o
		}
	}
	// "X spoke at the Forum on Thursday and later met with Y": the
	// address ends where a verb coordinated after it tells another act
	// (and "spoke at the funeral of X": the one mourned or honoured at
	// an occasion gives no address)
	if t == annals.Speech && s.lw(i) == "spoke" {
		for k := i + 2; k < cl.hi; k++ {
			if s.lw(k) == "and" && s.verbBetween(k+1, min(k+3, cl.hi)) || s.lw(k) == "of" && occasionWords.has(s.lw(k-1)) {
				cl.hi = k
				break
			}
		}
	}
	// "Augusta Free Press: The Council announced ...", "Saint Lucia
	// Electricity Sector Reform: The Department is providing ...": the
	// names of a heading before a colon take no part (but a transcript's
	// label names who speaks: "THE PRESIDENT: ... I met", "MR. X: thank
	// you for joining today's call")
	// (a country there takes part as ever: "ENHANCING THE U.S.-MALAYSIA
	// RELATIONSHIP: Today, President X and Prime Minister Y announced")
	// "The leaders reaffirmed their commitment to the declarations signed
	// in Warsaw in 2016", "builds on the accord signed in 1995": a text of
	// an earlier year named in passing was made by none of the people the
	// sentence or the sentences before tell acting today, only by those
	// its own phrase names ("signed in 1995 by X and Y"); the countries
	// and bodies of the sentence stay ("Sudan's leaders ... in line with
	// the 2020 Juba Peace Agreement")
	passing := false
	var own [2]int
	if t == annals.Agreement {
		if lo, hi, ok := s.pastTextInPassing(ev, i, a, b); ok {
			own, passing = [2]int{lo, hi}, true
		}
	}
	label := s.headingLabel(a, i)
	if label >= 0 && s.speakerLabel(a, label) {
		label = -1
	}
	subject := s.sentenceSubject(a, b)
	if !cl.has(subject) {
		subject = -1
	}
	// "Ministers from Belize, Grenada, ... and Jamaica participated in the
	// call": the whole subject before a verb of taking part takes part
	listEnd := a
	for k := a; k < i; k++ {
		switch s.lw(k) {
		case "participated", "attended", "joined", "participate", "attend", "join":
			listEnd = k
		case "took", "take", "taking":
			if s.lw(k+1) == "part" {
				listEnd = k
			}
		}
	}
	// a name takes part when the sentence gives it a part (see partOK) and
	// it stands near the trigger, or with a name that does in one list:
	// "including the African Union, Arab League, ... and World Bank have
	// come together to condemn"
	var group []*mention
	var far []*ent // names the sentence gives a part, away from the trigger
	groupNear, hidden := false, false
	flush := func() {
		for _, m := range group {
			if groupNear {
				ev.addPart(m.ent)
			} else if !slices.Contains(far, m.ent) && !s.madeThing(m.a) {
				far = append(far, m.ent)
			}
		}
		group, groupNear = group[:0], false
	}
	// "..., convened by co-chairs X, ..., and Y, with the participation of
	// Z": those named after a phrase of taking part take part, however far
	// from the trigger
	cue := s.participationCue(a, b)
	cueEnd := b
	if by := s.signedBy(a, b); cue < 0 && t == annals.Agreement && by > i {
		// "The letter was signed by X, Director of A, and the FAO
		// Regional Director for Asia, Y": every agent of the signing
		// signs, however long the titles between them
		cue, cueEnd = by+1, s.agentsEnd(by+1, b)
	}
	var prev *mention
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k {
			continue
		}
		if prev != nil && !s.listed(prev, m) && !s.titledListed(prev, m) {
			flush()
		}
		prev = m
		if !cl.has(k) || k < label && !m.ent.isCountry() {
			hidden = true
			continue
		}
		// "Y, Head of Cabinet of European Commission President Z": a person
		// named in another's office is no party
		if cue >= 0 && k >= cue && k < cueEnd && s.appos[k] && m.ent.typ == annals.Person {
			continue
		}
		// "the Ukraine Recovery Conference": a gathering's own name takes
		// no part in it (a founding's or a programme's does: what was
		// founded, what runs; and an organization's whose forum is
		// attended: "attended the Pacific Islands Forum")
		if m.a <= i && i < m.b && (t == annals.Conference || t == annals.Meeting) && !s.bodyNamed(m.a, m.b) && !(s.lw(i) == "forum" && s.attendedName(m)) {
			continue
		}
		if !s.partOK(ev, t, m, i, si) {
			continue
		}
		group = append(group, m)
		groupNear = groupNear || absInt(k-i) <= participantWindow || k == subject || k < listEnd || cue >= 0 && k >= cue && k < cueEnd && !s.appos[k]
	}
	flush()
	// the sides a compound names: "the U.S.-EU summit", and those a body
	// taking part is named for ("the U.S.-EU Trade and Technology
	// Council")
	for _, e := range s.compoundSides(i, a) {
		ev.addPart(e)
	}
	for _, p := range append([]*ent(nil), ev.parts...) {
		for _, e := range s.namedSides(p) {
			ev.addPart(e)
		}
	}
	// "X will represent President Y at the session": Y stays away; the
	// country or organization Y heads takes part
	for k := max(cl.lo, a); k < b; k++ {
		w := s.lw(k)
		if w != "represent" && w != "represents" && w != "representing" && !(w == "behalf" && s.lw(k+1) == "of") {
			continue
		}
		j := k + 1
		if w == "behalf" {
			j++
		}
		for j < b && j <= k+6 && s.mentAt(j) == nil {
			j++
		}
		m := s.mentAt(j)
		if m == nil || m.ent.typ != annals.Person {
			continue
		}
		p := s.resolveEnt(m.ent)
		var org *ent
		for _, r := range s.roles {
			if s.resolveEnt(r.person) == p && r.org != nil && !r.former && len(s.resolveEnt(r.org).ments) > 0 {
				org = s.resolveEnt(r.org)
				break
			}
		}
		out := ev.parts[:0]
		for _, q := range ev.parts {
			if q != p {
				out = append(out, q)
			}
		}
		ev.parts = out
		if org != nil {
			ev.addPart(org)
		}
	}
	// countries acting through their people: "at the initiative of the
	// Kazakhs", "Kenyan forces", "the Iraqi government"; not a demonym
	// that only says whose something is ("American companies", "America's
	// aging water infrastructure" is no act of the country)
	for k := a; k < b; k++ {
		if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Demonym && !s.inQuote[k] && absInt(k-i) <= participantWindow && cl.has(k) && !s.demonymOfAThing(k, ai) {
			if e := s.entByKey[s.atoms[ai].Entry.Key]; e != nil && len(e.ments) > 0 && !s.homeHomonym(e) {
				ev.addPart(e)
			}
		}
	}
	// "the observatory signed", "the network launched": an organization of
	// the story named by its head word in lower case
	for k := a; k < b; k++ {
		if s.lw(k-1) == "the" && !text.IsCap(s.word(k)) && s.is(k, cBackrefHeads) && s.mentAt(k) == nil && !s.inQuote[k] && cl.has(k) {
			if e := s.backref(s.lw(k), k); e != nil {
				ev.addPart(e)
			}
		}
	}
	// "the two organizations", "both sides": the two organizations the
	// story is most about ("the two leaders", "both leaders" are two
	// people, heads of states, no organization's)
	for k := a; k+1 < b; k++ {
		if (s.lw(k) == "two" && s.lw(k-1) == "the" || s.lw(k) == "both") && collectiveNouns.has(strings.ToLower(s.word(k+1))) && s.lw(k+1) != "leaders" && cl.has(k) {
			for _, e := range s.topOrgs(2) {
				ev.addPart(e)
			}
		}
	}
	// "The two foreign ministers co-chaired ...", "both Presidents", "the
	// ministers signed": the two people the story named before with that
	// office
	for k := a; k+1 < b; k++ {
		if !cl.has(k) {
			continue
		}
		if s.lw(k) == "two" && s.lw(k-1) == "the" || s.lw(k) == "both" {
			for _, p := range s.twoHolders(k + 1) {
				ev.addPart(p)
			}
			for _, c := range s.twoCountries(k + 1) {
				ev.addPart(c)
			}
		} else if s.lw(k) == "the" && pluralOffices[s.lw(k+1)] != "" && !ofGroupWords.has(s.lw(k+2)) {
			for _, p := range s.twoHolders(k + 1) {
				ev.addPart(p)
			}
		}
	}
	// "She announced ...": when "he" or "she" opens the sentence, the
	// subject of the sentence before, or the person last named (see
	// openingPronounPerson; "Later, he met President X": see below)
	// "X paid an official visit to Tbilisi, where he met Foreign Minister
	// Y": "he" after "where" or "when" opening a clause is the sentence's
	// subject, its first person, unless that person is the object of a
	// preposition ("At the invitation of Minister Y, the delegation ...,
	// where she met ...": no one); a person named by an office counts as
	// named there ("the High Representative visited Baku, where he met
	// ...", see officeHolderAt)
	pr := i - 1
	if whereAuxiliaries.has(s.lw(pr)) {
		// "where he will meet", "where she also met"
		pr--
	}
	if w := s.lw(pr); (w == "he" || w == "she") && (s.lw(pr-1) == "where" || s.lw(pr-1) == "when") && s.word(pr-2) == "," {
		for k := s.sentTok[s.sentOf[i]][0]; k < pr-2; k++ {
			if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ == annals.Person {
				if !s.prepObject(m) {
					ev.addPart(m.ent)
				}
				break
			}
			if p := s.officeHolderAt(k, pr-2); p != nil {
				if !s.is(k-2, cObjectPreps) {
					ev.addPart(p)
				}
				break
			}
		}
	}
	pronoun := s.pronounSubject(a, b, i)
	if pronoun == a && (cl.has(a) || s.samePronounInClause(a, i, cl)) {
		if m := s.openingPronounOf(a); m != nil {
			ev.addPart(m.ent)
		}
	}
	// people named by their office: "the Envoy said", "the Director-General"
	// (not in an appointment, which changes who holds the office: "the
	// Secretary General, a Kazakh diplomat appointed in 2018" is not the
	// one the story names as holding it now)
	for k := a; k < b && t != annals.Appointment; k++ {
		if cl.has(k) {
			if p := s.officeHolderAt(k, b); p != nil {
				ev.addPart(p)
			}
		}
	}
	// a person acts for the organization whose office they hold (when the
	// sentence names no organization itself): the first person who holds
	// one, not a bystander named after ("Raghavan, who has worked with
	// Cathy")
	hasOrg := false
	for _, p := range ev.parts {
		hasOrg = hasOrg || p.typ == annals.Org
	}
	byOffice := false
	for _, p := range ev.parts {
		if p.typ == annals.Person && (byOffice || hasOrg && t != annals.Appointment && s.officeAmong(ev.parts)) {
			// "X, Deputy Secretary-General of the United Nations, and Y,
			// High Representative of the European Union, signed": each
			// side of the subject acts for the body its office names in
			// the sentence (also when the first side's body is named
			// before its office: "UN Secretary-General X and Y,
			// Chairperson of the African Union Commission, signed")
			if o := s.sidesOffice(p, a, b, i); o != nil {
				ev.addPart(o)
				if pb := s.parentBody(o); pb != nil && t == annals.Agreement {
					ev.addPart(pb)
				}
			}
			continue
		}
		if p.typ != annals.Person || hasOrg || passing {
			continue
		}
		var pick *role
		for ri := range s.roles {
			r := &s.roles[ri]
			if s.resolveEnt(r.person) != p || r.org == nil || r.org.typ != annals.Org || len(s.resolveEnt(r.org).ments) == 0 || r.former {
				continue
			}
			// an appointment first, then the office the story names first
			if pick == nil || r.appointed && !pick.appointed || r.appointed == pick.appointed && r.sent < pick.sent {
				pick = r
			}
		}
		if pick != nil {
			ev.addPart(s.resolveEnt(pick.org))
			hasOrg, byOffice = true, true
		}
	}
	// the person a fronted "he" or "she" stands for, after the offices'
	// organizations: the pronoun's person may have held another office
	// when the story tells of them ("A long-time advocate, she led a
	// campaign in 2002")
	if pronoun > a && cl.has(pronoun) {
		if m := s.frontedPronounPerson(pronoun); m != nil {
			ev.addPart(m.ent)
		}
	}
	// "“...,” she said in her acceptance speech", "In his acceptance
	// speech, he thanked ...": the speech "his" or "her" owns is made by
	// the "he" or "she" of its clause, when the sentence names no one who
	// makes it (not those the sentence before names beside them: "The
	// Foundation awarded the prize to X.")
	if t == annals.Speech && pronoun < 0 && !hasPerson(ev) {
		if k := s.possessorPronoun(i); k >= 0 && cl.has(k) {
			if j := s.ownerSubject(k, cl); j >= 0 {
				m := s.pronounPerson(j)
				if m == nil {
					// "The prize was awarded by the Foundation to X. ... he
					// said in his acceptance speech": the one named in
					// the sentence before, though a preposition's object
					if n := s.lastPersonBefore(j); n != nil && s.sentOf[n.a] >= s.sentOf[j]-1 && s.honorificGender(n.ent) != otherGender[s.lw(j)] {
						m = n
					}
				}
				if m != nil {
					ev.addPart(m.ent)
				}
			}
		}
	}
	// the story's speaker in the first person: "I am honored to meet with
	// Prime Minister X", "a church group sent me to visit Iraq", "my visit"
	if s.firstPerson(i, cl) {
		if sp := s.speaker(); sp != nil {
			ev.addPart(sp)
		}
	}
	// the host of a gathering takes part, though it is also the place:
	// "Bucharest hosted the NATO Summit" (Romania), "the United States is
	// offering to host APEC in 2023"
	if t == annals.Conference || t == annals.Meeting {
		for k := max(cl.lo, i-8); k < i; k++ {
			if w := s.lw(k); w != "hosted" && w != "host" && w != "hosts" && w != "hosting" {
				continue
			}
			// the host: the place just before the verb ("the United States
			// is offering to host"), else the sentence's subject ("China,
			// which takes over from Kazakhstan, will host")
			var host *mention
			for j := k - 1; j >= cl.lo && j >= k-6; j-- {
				if m := s.mentAt(j); m != nil {
					if m.ent.typ == annals.Place {
						host = m
					}
					break
				}
				if s.toks[j].Kind != text.Word {
					break
				}
			}
			if host == nil {
				if m := s.mentAt(a); m != nil && m.ent.typ == annals.Place && cl.has(a) {
					host = m
				}
			}
			if host != nil {
				if e := s.hostCountry(clean(s.text[host.start:host.end]), host.a, host.b); e != nil {
					ev.addPart(e)
				}
			}
		}
	}
	// "President Biden's COVID Summit", "Prime Minister X's Forum": the
	// gathering a leader hosts is the leader's country's too (not "Jon
	// Finer's Meeting", a meeting of an official's)
	if t == annals.Conference {
		if c := s.leaderOfName(i, a); c != nil {
			ev.addPart(c)
		}
	}
	// a visit's host: the country visited ("visited Iraq", "her visit to
	// Washington, DC" for the United States), unless the trip is made to
	// attend a gathering ("a trip to The Bahamas to participate in the
	// Leaders Meeting")
	if t == annals.Visit && ev.place != "" && !s.sentenceHas(i, "participate", "attend", "join") {
		if e := s.hostCountry(ev.place, a, b); e != nil {
			ev.addPart(e)
			for _, c := range s.alsoVisited(e, a, b) {
				ev.addPart(c)
			}
		}
	}
	// the visitor's side: the country whose office a visiting person
	// holds ("Madame X, the Prime Minister of Croatia, on the occasion of
	// her visit to Washington, DC": Croatia and the United States), when
	// the place visited is known to lie in another country (a domestic
	// trip, "where President X will visit today", has one side) and the
	// trip is no journey to a gathering
	if t == annals.Visit && ev.place != "" && !s.sentenceHas(i, "participate", "attend", "join") {
		home := s.placeCountryCode(ev.place, a, b)
		for _, p := range append([]*ent(nil), ev.parts...) {
			if p.typ != annals.Person {
				continue
			}
			if c := s.officeCountry(p); c != nil && home != "" && home != c.entry.Country {
				ev.addPart(c)
			}
		}
	}
	s.officesAndOrgans(ev)
	// a founding or an appointment lists only those its sentence gives:
	// "The group was created ..." refers back to the organization the
	// sentence before named last, with the members it lists ("GUAM, which
	// is comprised of Azerbaijan, Georgia, Moldova and Ukraine"), and to no
	// one else that sentence names
	if (t == annals.Founding || t == annals.Appointment) && len(ev.parts) == 0 {
		if si > 0 && (s.lw(a) == "the" && s.is(a+1, cBackrefHeads) || s.lw(a) == "it") {
			for _, e := range s.referredOrg(si - 1) {
				ev.addPart(e)
			}
		}
		return
	}
	// "I urge Sudan’s military leaders to ... in line with the 2020 Juba
	// Peace Agreement": with no one near the trigger, the few the sentence
	// names far from it, before anyone of the sentences before
	if len(ev.parts) == 0 && len(far) > 0 && len(far) <= 2 {
		for _, e := range far {
			ev.addPart(e)
		}
	}
	// "Called “Represent Yourself,” the Twitter campaign ...": the actors
	// are those of the sentence before (or the one before it), when the
	// sentence names no one (not when it names others, in other clauses,
	// nor when the names it gives take no part: "on the heels of the 29th
	// U.N. Climate Change Conference in Baku" is not the sentence before's
	// United States' conference)
	//
	// A programme named by its own name is only mentioned when its
	// sentence names no one ("The Budget invests $1.3 billion in the HOME
	// Investment Partnerships Program"): those of the sentences before run
	// other things
	namedProgramme := t == annals.Programme && text.IsCap(s.word(i)) && !s.sentenceStart(i)
	// "Since I signed the Bipartisan Safer Communities Act": the one
	// speaking acts, not those the sentences before named (when the story
	// does not say who speaks, no one)
	firstPerson := s.firstPerson(i, cl)
	// "The next Global Forum will take place in Riyadh in 2026": the
	// coming gathering of a series is the series' bodies', those of the
	// one the story told before, not the sentence before's (who founded
	// the body, who attended this one)
	if passing {
		ev.parts = slices.DeleteFunc(ev.parts, func(e *ent) bool {
			return e.typ == annals.Person && !s.namedIn(e, own[0], own[1])
		})
		return
	}
	if len(ev.parts) == 0 && !hidden && s.nextOfSeries(i) {
		for _, e := range s.seriesBodies(t, i) {
			ev.addPart(e)
		}
		return
	}
	for back := 1; len(ev.parts) == 0 && !hidden && !namedProgramme && !firstPerson && !s.namesAnActor(i, a, b) && back <= 2 && si-back >= 0; back++ {
		pa, pb := s.sentTok[si-back][0], s.sentTok[si-back][1]
		// (an event named by its name, not across a paragraph's break:
		// "... where he met Foreign Minister X. ¶ The “Black Sea Clean”
		// campaign, launched in 2018, has mobilized ..." is no one's the
		// paragraph before named)
		if s.paraBreak(pb-1, s.sentTok[si-back+1][0]) && (s.namedEvent(i) || s.nameOfAfter(i) || s.quotedTitle(i, a, b) != "") {
			break
		}
		for k := pa; k < pb; k++ {
			if m := s.mentAt(k); m != nil && m.a == k && (m.ent.typ == annals.Org && !statute(m.ent) && !summitName(m.ent) || m.ent.typ == annals.Person || m.ent.isCountry() && !isLocative(s.lw(k-1))) && !s.inQuote[k] {
				ev.addPart(m.ent)
				ev.borrowed, ev.from = true, si-back
			}
		}
	}
}

// pastTextInPassing returns the tokens [lo,hi) of the phrase that names
// the text of the agreement at trigger i, in sentence [a,b), when the
// sentence names it in passing as made in an earlier year than the
// story's: a noun of a text with a participle after it ("the
// declarations signed in Warsaw in 2016", "The Vienna Accord, signed in
// 1995, remains", "the memorandum adopted in 2019 by Peru and Chile") or
// with its year ("the 1995 accord", "the memorandum of 2019"). Not a
// text its sentence's subject makes ("Peru and Chile signed the accord
// in 1995": the trigger is the verb, with no text before it).
func (s *state) pastTextInPassing(ev *event, i, a, b int) (int, int, bool) {
	if !ev.explicit || len(ev.date) < 4 || len(s.published) < 4 || ev.date[:4] >= s.published[:4] {
		return 0, 0, false
	}
	noun, part := -1, -1
	switch {
	case pastTextNouns.has(s.lw(i)):
		noun = i
		j := i + 1
		if s.word(j) == "," {
			j++
		}
		if textParticiples.has(s.lw(j)) {
			part = j
		}
	case textParticiples.has(s.lw(i)):
		// the participle after its noun: "the declarations signed",
		// "The Vienna Accord, signed"
		j := i - 1
		if s.word(j) == "," {
			j--
		}
		if j < a || !pastTextNouns.has(s.lw(j)) {
			return 0, 0, false
		}
		noun, part = j, i
	default:
		return 0, 0, false
	}
	// the noun phrase: back over its name, its year and its determiner
	lo := noun
	for lo > a && lo > noun-8 && (s.capLike(lo-1) || s.dateAt(lo-1) >= 0 || s.hyphenAt(lo-1)) {
		lo--
	}
	if lo > a && textDeterminers.has(s.lw(lo-1)) {
		lo--
	}
	named := false
	for k := lo; k < noun; k++ {
		named = named || s.capLike(k) && !textDeterminers.has(s.lw(k)) || s.dateAt(k) >= 0
	}
	if !named && s.word(noun+1) == "," {
		// "The treaty, signed on September 3, 1783, resulted in ...": a
		// text told before, whose parties the story gave
		return 0, 0, false
	}
	hi := noun + 1
	switch {
	case part >= 0:
		hi = s.clauseEnd(part+1, b)
	case s.lw(noun+1) == "of" && s.dateAt(noun+2) >= 0:
		hi = noun + 3
	case !s.yearIn(lo, noun):
		return 0, 0, false
	}
	// its parties: "the 2016 Peace Accord between the Government and the
	// FARC", "signed on June 28 by Turkey, Sweden, and Finland"
	if w := s.lw(hi); w == "between" || w == "by" || w == "with" {
		hi = s.clauseEnd(hi+1, b)
	}
	for hi < b && s.word(hi) == "," {
		j := hi + 1
		if s.lw(j) == "and" {
			j++
		}
		if s.lw(j) == "the" {
			j++
		}
		m := s.mentAt(j)
		if m == nil || m.a != j {
			break
		}
		hi = s.clauseEnd(m.b, b)
	}
	return lo, hi, true
}

// namedIn reports whether tokens [a,b) name entity e.
func (s *state) namedIn(e *ent, a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && s.resolveEnt(m.ent) == s.resolveEnt(e) {
			return true
		}
	}
	return false
}

// yearIn reports whether tokens [a,b) hold a date.
func (s *state) yearIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.dateAt(k) >= 0 {
			return true
		}
	}
	return false
}

// pastTextNouns name a text made earlier and named in passing.
var pastTextNouns = set("agreement", "agreements", "accord", "accords", "treaty", "treaties", "declaration",
	"declarations", "memorandum", "memoranda", "memorandums", "mou", "pact", "charter", "convention",
	"resolution", "resolutions", "protocol", "communique", "communiqué", "arrangement", "compact")

// textDeterminers open the noun phrase of a text.
var textDeterminers = set("the", "a", "an", "its", "their", "this", "that", "these", "those")

// textParticiples tell, after a text's noun, how it was made.
var textParticiples = set("signed", "adopted", "concluded", "reached", "agreed", "ratified", "approved", "struck")

// nextOfSeries reports whether the gathering at token i is told as the
// coming one of a series: "the next Global Forum", "its next summit",
// "the following meeting", "the next edition of the Forum", "the next
// ministerial session".
func (s *state) nextOfSeries(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && s.sentOf[k] == s.sentOf[i]; k-- {
		if w := s.lw(k); w == "next" || w == "following" {
			p := s.lw(k - 1)
			return p == "the" || p == "its" || p == "their"
		}
		// "the next edition of the Forum": the series' occurrence named
		// before the gathering's own name
		if s.lw(k) == "the" && s.lw(k-1) == "of" && seriesTurns.has(s.lw(k-2)) {
			k -= 2
			continue
		}
		// "The next ministerial session", "the next annual meeting": a
		// word of its kind before the gathering's noun
		if !s.capLike(k) && !kindModifiers.has(s.lw(k)) && !sessionKinds.has(s.lw(k)) {
			return false
		}
	}
	return false
}

// madeThing reports whether the name at token k is the object of a verb
// of making: "approved a decision to establish the Turkic Investment
// Fund", "agreed to create a Joint Commission". What a sentence sets up
// takes no part in the gathering it tells far from the name.
func (s *state) madeThing(k int) bool {
	j := k - 1
	if w := s.lw(j); w == "the" || w == "a" || w == "an" || w == "new" {
		j--
	}
	if s.lw(j) == "up" && s.lw(j-1) == "set" || s.lw(j) == "up" && s.lw(j-1) == "setting" {
		return true
	}
	return makingVerbs.has(s.lw(j))
}

// makingVerbs set up a thing: their object is what is made, not who acts.
var makingVerbs = set("establish", "establishes", "establishing", "established", "create", "creates", "creating", "created",
	"found", "founding", "form", "forming", "institute", "instituting", "launch", "launching", "inaugurate", "inaugurating")

// seriesTurns are the words naming one occurrence of a recurring
// gathering: "the next edition of the Forum".
var seriesTurns = set("edition", "editions", "session", "iteration", "instalment", "installment", "round")

// seriesBodies returns the organizations taking part in the last event
// of type t the story told before token i under the same head word
// ("the 10th Global Forum of the Alliance ... The next Global Forum"):
// the bodies of the series, not the countries or the people of that one.
func (s *state) seriesBodies(t annals.EventType, i int) []*ent {
	for j := len(s.events) - 1; j >= 0; j-- {
		e := s.events[j]
		// (or told with the word in its sentence: "The Ministers met in
		// Lima for the annual session. ... The next session")
		if e.typ != t || e.anchor >= i || s.lw(e.anchor) != s.lw(i) && !s.sentenceHas(e.anchor, s.lw(i)) {
			continue
		}
		var out []*ent
		for _, p := range e.parts {
			if p.typ == annals.Org && !p.isCountry() {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// witnessesAt finds the onlookers of a signing sentence [a,b) names: the
// tokens from "witnessed by", "in the presence of", or "attended by" a
// signing or a ceremony told just before ("in a ceremony attended by",
// "The signing ceremony was attended by"; not "The conference, attended
// by X, adopted ...") to the end of their clause; each of them ("was
// attended by X, and witnessed by Y").
func (s *state) witnessesAt(a, b int) [][2]int {
	var out [][2]int
	for k := a; k+1 < b; k++ {
		w := s.lw(k)
		if w == "witnessed" && s.lw(k+1) == "by" || w == "presence" && s.lw(k+1) == "of" && s.lw(k-1) == "the" && s.lw(k-2) == "in" || w == "attended" && s.lw(k+1) == "by" && s.ceremonyBefore(k, a) {
			end := s.clauseEnd(k+2, b)
			// the onlooker's name set off after the office: "witnessed by
			// the Director-General of the Agency, Mr. X"
			j := end + 1
			if s.is(j, cHonorifics) {
				j++
				if s.word(j) == "." {
					j++
				}
			}
			if m := s.mentAt(j); s.word(end) == "," && m != nil && m.a == j && m.ent.typ == annals.Person {
				end = m.b
			}
			out = append(out, [2]int{k, end})
			k = max(k, end-1)
		}
	}
	return out
}

// ceremonyBefore reports whether a ceremony or a signing is told within
// four words before token k (not before a).
func (s *state) ceremonyBefore(k, a int) bool {
	for j := k - 1; j >= a && j >= k-4; j-- {
		switch s.lw(j) {
		case "ceremony", "ceremonies", "signing":
			return true
		}
	}
	return false
}

// relativeAfter reports whether the possessive name m qualifies a noun of
// another person related to it: "Keller's predecessor", "Biden's wife"
// (not "Biden's visit", which is Biden's act).
func (s *state) relativeAfter(m *mention) bool {
	return relativeNouns.has(s.lw(s.possessedAt(m)))
}

// relativeNouns name a person by a relation to another: "X's predecessor".
var relativeNouns = set("predecessor", "successor", "deputy", "wife", "husband", "spouse", "son", "daughter", "father", "mother",
	"brother", "sister", "widow", "widower", "children", "aide", "aides", "adviser", "advisor", "spokesperson", "spokesman",
	"spokeswoman", "lawyer", "lawyers", "attorney", "attorneys", "envoy", "representative", "nominee")

// nameOfAfter reports whether the capitalized trigger at token i opens a
// name with "of" and a capitalized name after it: "the annual Summit of
// the South-East European Cooperation Process", "the Conference of the
// Parties".
func (s *state) nameOfAfter(i int) bool {
	k := s.ofComplement(i)
	return text.IsCap(s.word(i)) && k >= 0 && s.capLike(k)
}

// whereAuxiliaries may stand between "where he" and the verb of the
// meeting: "where he will meet", "where she also met".
var whereAuxiliaries = set("will", "would", "also", "then", "later", "had", "has", "again", "first")

// demonymOfAThing reports whether the demonym of atom ai at token k
// qualifies a lower-case noun that is neither a people nor a body of the
// state: "American companies", "American innovation", "Ukrainian grain"
// (not "Kenyan forces", "the Iraqi government", "Chinese officials").
func (s *state) demonymOfAThing(k, ai int) bool {
	j := k + 1
	for j < len(s.toks) && s.toks[j].Start < s.atoms[ai].End {
		j++
	}
	// "Mexican and Canadian partners", "Haitian and international
	// partners": the noun after the list
	for n := 0; n < 4 && j+1 < len(s.toks) && (s.lw(j) == "and" || s.lw(j) == "or" || s.word(j) == ","); n++ {
		j += 2
	}
	if j >= len(s.toks) || s.toks[j].Kind != text.Word || text.IsCap(s.word(j)) {
		return false
	}
	if d := s.text[s.atoms[ai].Start:s.atoms[ai].End]; strings.HasSuffix(d, "s") {
		return false // "more than 1,200 Angolans have participated": the people
	}
	return !s.is(j, cStateBodyNouns)
}

// stateBodyNouns are who acts for a country after its demonym: "Kenyan
// forces", "the Iraqi government", "Chinese officials".
var stateBodyNouns = set("government", "governments", "forces", "force", "troops", "military", "army", "navy",
	"officials", "official", "authorities", "delegation", "delegations", "side", "leaders", "leader", "leadership",
	"ministers", "minister", "president", "prime", "counterparts", "counterpart", "diplomats", "diplomat",
	"administration", "parliament", "people", "envoy", "envoys", "team", "negotiators", "police", "coast",
	"head", "heads", "legislature", "lawmakers", "legislators", "negotiator", "foreign", "defense", "defence",
	"state", "security", "intelligence", "embassy", "ambassador", "ambassadors", "soldiers", "peacekeepers",
	"mediators", "mediator", "peacemaker", "spokesman", "spokeswoman", "spokesperson", "cabinet", "regime",
	"warships", "rebels", "opposition", "partners", "partner", "mission", "missions")

// statute reports whether organization e is a law the tagger took for
// one: a name ending in "Law" or "Act" ("Bipartisan Infrastructure
// Law"), not a body named for the law ("New York University School of
// Law", "Lawyers’ Committee for Civil Rights Under Law").
func statute(e *ent) bool {
	if e.typ != annals.Org {
		return false
	}
	words := strings.Fields(e.name)
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "Law", "Act", "Laws", "Acts":
	default:
		return false
	}
	for _, w := range words[:len(words)-1] {
		if lawBodyWords.has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// summitName reports whether organization e is named as a summit ("the
// Summit of the Americas", "the East Asia Summit"): a gathering the
// tagger read as a body.
func summitName(e *ent) bool {
	if e.typ != annals.Org {
		return false
	}
	for _, w := range strings.Fields(e.name) {
		if w == "Summit" || w == "Summits" {
			return true
		}
	}
	return false
}

// lawBodyWords name bodies that a law names: "School of Law", "Center
// for Not-for-Profit Law".
var lawBodyWords = set("school", "college", "university", "center", "centre", "committee", "institute", "council",
	"association", "society", "foundation", "firm", "office", "department", "clinic", "project", "of", "under", "for",
	"commission", "board", "court", "academy", "faculty", "group", "network", "alliance", "coalition")

// namesAnActor reports whether sentence tokens [a,b) name an organization
// or a person outside quotations, other than the name of the event whose
// trigger is at token i ("the Efficient and Healthy Schools Campaign"). A
// country is often only where ("in Paris, France", "connectivity in
// Angola, the DRC, and Namibia") and does not count.
func (s *state) namesAnActor(i, a, b int) bool {
	for k := a; k < b; k++ {
		// (a country too, unless it is a place: "under the leadership of
		// the United States, Belize, ..., leaders gathered for the Summit"
		// names its actors, not "in Belize")
		if m := s.mentAt(k); m != nil && m.a == k && !s.inQuote[k] && (m.ent.typ == annals.Org || m.ent.typ == annals.Person || s.countryActor(m)) && (i < m.a || i >= m.b) {
			return true
		}
	}
	return false
}

// countryActor reports whether the country mention m may act: not a place
// ("in the United States", "in Bali, Indonesia", "Paris, France") nor a
// word qualifying people or things ("must be U.S. citizens").
func (s *state) countryActor(m *mention) bool {
	k := m.a
	if !m.ent.isCountry() || isLocative(s.lw(k-1)) || s.lw(k-1) == "the" && isLocative(s.lw(k-2)) {
		return false
	}
	if s.word(k-1) == "," {
		if p := s.mentAt(k - 2); p != nil && p.ent.typ == annals.Place {
			return false
		}
	}
	// "must be U.S. citizens": the country qualifies who acts
	return m.b >= len(s.toks) || !s.is(m.b, cCountryQualified)
}

// countryQualified are people and things a country's name qualifies
// without acting: "U.S. citizens", "American companies".
var countryQualified = set("citizens", "citizen", "nationals", "national", "residents", "resident", "persons",
	"people", "workers", "companies", "firms", "businesses", "consumers", "taxpayers", "families", "students",
	"products", "goods", "exports", "imports", "interests", "soil", "territory", "markets", "market", "economy",
	"elections", "election", "voters", "veterans")

// participationCue returns the token after the first phrase of taking
// part in sentence tokens [a,b) ("with the participation of", "convened
// by", "chaired by", "attended by", ", as did delegations of"), or -1.
func (s *state) participationCue(a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		switch {
		case s.lw(k) == "participation" && s.lw(k+1) == "of" && s.lw(k-1) == "the" && s.lw(k-2) == "with":
			return k + 2
		case s.lw(k) == "as" && s.lw(k+1) == "did" && s.word(k-1) == "," && s.delegatesAt(k+2):
			// "brought together officials of A and B, as did delegations
			// of C and D": those who did as the subject did take part
			return k + 2
		case s.lw(k) == "by" && s.is(k-1, cParticipationVerbs):
			return k + 1
		}
	}
	return -1
}

// participationVerbs, before "by", name who took part in a meeting.
var participationVerbs = set("convened", "chaired", "co-chaired", "attended", "co-hosted", "joined")

// clause is the part of a sentence that tells one event: tokens [lo,hi)
// without the asides in skip.
type clause struct {
	lo, hi int
	skip   [][2]int
}

func (c clause) has(k int) bool {
	if k < c.lo || k >= c.hi {
		return false
	}
	for _, r := range c.skip {
		if k >= r[0] && k < r[1] {
			return false
		}
	}
	return true
}

// clauseOf returns the part of sentence [a,b) that tells the event
// triggered at token i. A trigger in an aside between dashes ("—as the
// United States and 11 other nations came together to form NATO—"), in an
// aside opened by "as", "which", "where" or "when" after a comma (", as
// announced at the U.S.-Pacific Islands Forum Summit in Washington,"), or
// in a fronted clause ("Noting the success of the Ministerial held in
// Guatemala, Mr. X and ..."; "Following up on X’s roundtable with ...,
// Mr. Y proposed") has that clause's names only. A trigger outside leaves
// out the asides that tell events of their own. A fronted clause that
// refers to the subject ("In his April meeting with X, President Y
// agreed") is the subject's too.
func (s *state) clauseOf(i, a, b int) clause {
	c := clause{lo: a, hi: b}
	// asides: between a pair of dashes, or from ", as" to the next comma
	var asides [][2]int
	open := -1
	for k := a; k < b; k++ {
		switch {
		case s.asideDash(k):
			if open >= 0 {
				asides = append(asides, [2]int{open + 1, k})
				open = -1
			} else {
				open = k
			}
		case s.word(k) == "," && s.is(k+1, cAsideOpeners) && s.lw(k+2) != "well":
			asides = append(asides, [2]int{k + 1, s.clauseEnd(k+1, b)})
		}
	}
	// a subordinate clause told after the main one: "..., ten years after
	// the Association was founded in Bangkok by Indonesia, ...", "the
	// relations deepened when the two sides signed ..."
	for k := a + 1; k < b; k++ {
		if !s.subordinateAt(k) || s.lw(k-1) == "," && s.is(k, cAsideOpeners) {
			continue
		}
		end := s.clauseEnd(k+1, b)
		if !s.verbBetween(k+1, end) {
			continue
		}
		if p := s.lw(k + 1); p == "he" || p == "she" || p == "it" || p == "they" {
			// "after it was founded": the clause is about the subject
			continue
		}
		asides = append(asides, [2]int{k + 1, end})
	}
	// what an event is to show, a clause of its own whose names take no
	// part: "will travel to Ohio to highlight how Bidenomics and the
	// President's agenda are delivering for communities" (but what a
	// meeting's parties said, "underscored how the United States and
	// United Nations are working together", is theirs)
	var told [][2]int
	for k := a + 2; k < b; k++ {
		if s.lw(k) != "how" || s.lw(k-2) != "to" || k+1 >= b || s.toks[k+1].Kind != text.Word {
			continue
		}
		if end := s.clauseEnd(k+1, b); s.verbBetween(k+1, end) {
			told = append(told, [2]int{k + 1, end})
		}
	}
	asides = append(asides, told...)
	// a clause about others set against the main one: "..., while
	// Republicans in Congress refuse to ...", "While X have proposed ...,
	// Y announced", "even though the Supreme Court is ...": its names take
	// no part in the main clause's event (an event told in one keeps
	// the sentence's names, as before: "even though talks had been
	// underway")
	var others [][2]int
	for k := a; k+1 < b; k++ {
		if end, ok := s.contrastClause(k, a, b); ok {
			others = append(others, [2]int{k + 1, end})
		}
	}
	for _, r := range asides {
		if i >= r[0] && i < r[1] {
			if s.possessiveBefore(r[0], i) {
				// "London, where its Constitution was signed": the
				// sentence's subject is the aside's too
				return c
			}
			in := clause{lo: r[0], hi: r[1]}
			if w := s.lw(r[0]); w == "which" || w == "who" || w == "whose" {
				// ", which had been founded in 1963": the name the
				// relative clause hangs on, before its comma and a
				// bracketed acronym ("the OAU (OAU), which")
				j := r[0] - 2
				if s.word(j) == ")" {
					for j > a && s.word(j) != "(" {
						j--
					}
					j--
				}
				if m := s.mentAt(j); m != nil && m.a >= a {
					in.lo = m.a
				}
			}
			return in
		}
	}
	c.skip = append(c.skip, told...)
	for _, r := range others {
		if i < r[0] || i >= r[1] {
			c.skip = append(c.skip, r)
		}
	}
	for _, r := range asides {
		if w := s.lw(r[0]); w == "when" || w == "while" {
			// "founded on 8 August 1967, when representatives of X and Y
			// signed the Declaration": the circumstance of the main event
			continue
		}
		for _, j := range s.sentTriggers {
			if j >= r[0] && j < r[1] {
				c.skip = append(c.skip, r)
				break
			}
		}
	}
	// a fronted clause: up to the first comma, when the trigger is in it
	// and is not its verb ("Since signing the contract in 1994, Azerbaijan
	// has ...": the subject signed)
	verb := i <= a+1 && strings.HasSuffix(s.lw(i), "ing")
	if !verb && (s.is(a, cFrontedOpeners) || strings.HasSuffix(s.lw(a), "ing") && s.mentAt(a) == nil && !text.IsCap(s.word(a+1))) {
		if k := s.clauseEnd(a+1, b); k < b && s.word(k) == "," {
			switch {
			case k > i && !s.possessiveBefore(a, i):
				c.lo, c.hi = a, k
			case k > i:
				// "Following his speech at the University, President X
				// met Chancellor Y": the speech before is the subject's,
				// not that of those the main clause's verb names after
				// it (what is done "during his trip" is part of it)
				if v := s.mainVerb(k+1, b); v > 0 && sequenceOpeners.has(s.lw(a)) && s.personBetween(k+1, v) {
					c.skip = append(c.skip, [2]int{v, b})
				}
			case s.triggerIn(a, k) && s.lw(k+1) != "and" && s.lw(k+1) != "or":
				// "Following his speech at the University, President X
				// met Chancellor Y": the fronted clause tells an event
				// of its own, whose names take no part in the main one
				c.skip = append(c.skip, [2]int{a, k + 1})
			}
		}
	}
	// "Under President X and Vice President Y, more than 1.2 million jobs
	// have been created", "Thanks to President X's agenda, the
	// Administration is delivering", "Since President X took office,
	// companies have announced": a fronted frame of the time or the
	// cause; its names take no part in the event told after its comma
	// ("Under the leadership of X and Y, Australia and the United States
	// convened ...": those who lead take part)
	if w := s.lw(a); w == "under" && !(s.lw(a+1) == "the" && s.lw(a+3) == "of") || w == "since" || w == "thanks" && s.lw(a+1) == "to" {
		if k := s.clauseEnd(a+1, b); k < b && s.word(k) == "," && k < i {
			c.skip = append(c.skip, [2]int{a, k + 1})
		}
	}
	return c
}

// sequenceOpeners open a fronted clause that tells what came before or
// comes after the main one.
var sequenceOpeners = set("following", "after", "before", "ahead", "upon")

// mainVerb returns the first finite verb in tokens [k,b) (see
// verbBetween), within 20 tokens of k, or -1.
func (s *state) mainVerb(k, b int) int {
	for y := k; y < b && y < k+20; y++ {
		w := s.word(y)
		if s.toks[y].Kind != text.Word || w != s.lw(y) {
			continue
		}
		if finiteVerbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return y
		}
	}
	return -1
}

// personBetween reports whether tokens [a,b) name a person, by name or
// by a title ("President X", "the Secretary"): a subject the possessive
// of a fronted clause refers to.
func (s *state) personBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person || text.IsCap(s.word(k)) && s.isTitleWord(k) {
			return true
		}
	}
	return false
}

// triggerIn reports whether an event's trigger of the sentence stands in
// tokens [a,b).
func (s *state) triggerIn(a, b int) bool {
	for _, j := range s.sentTriggers {
		if j >= a && j < b {
			return true
		}
	}
	return false
}

// contrastOpeners open a clause set against the main one.
var contrastOpeners = set("while", "whereas", "although", "though")

// notASubject are words after "while" that open no clause of its own
// subject: "while in Colombia", "while at CNAS", "while also ...".
var notASubject = set("in", "at", "on", "under", "during", "with", "as", "abroad", "there", "here", "also",
	"still", "not", "continuing", "maintaining", "serving", "working", "to", "for", "by", "from", "being")

// contrastVerbs tell a clause's own verb where verbBetween finds none:
// "while Republicans refuse to ...", "while UCHealth says".
var contrastVerbs = set("can", "could", "may", "might", "must", "should", "shall", "said", "says", "do", "does",
	"refuse", "refuses", "try", "tries", "want", "wants", "seek", "seeks", "continue", "continues", "remain",
	"remains", "sit", "sits", "keep", "keeps", "oppose", "opposes", "block", "blocks", "cut", "cuts")

// contrastClause reports whether a clause about others opens at token k
// of sentence [a,b), and where it ends: "while", "whereas", "although" or
// "though" opening the sentence, after a comma or after "even", with a
// subject of its own and a verb ("while Republicans in Congress refuse",
// not "while in Colombia", "while protecting taxpayers").
func (s *state) contrastClause(k, a, b int) (int, bool) {
	if !s.is(k, cContrastOpeners) || k != a && s.word(k-1) != "," && s.lw(k-1) != "even" {
		return 0, false
	}
	n := s.lw(k + 1)
	if s.toks[k+1].Kind != text.Word || notASubject.has(n) || strings.HasSuffix(n, "ing") && s.mentAt(k+1) == nil {
		return 0, false
	}
	end := s.clauseEnd(k+1, b)
	if s.verbBetween(k+1, end) {
		return end, true
	}
	for y := k + 2; y < end && y < k+14; y++ {
		if contrastVerbs.has(s.word(y)) {
			return end, true
		}
	}
	return 0, false
}

// clauseEnd returns the token where a clause begun at token k ends: the
// next comma, semicolon or dash, not counting the commas of a date or of a
// list of names of one kind ("by Indonesia, Malaysia, the Philippines and
// Thailand"; not "held in Kenya, Mia Hart and ...").
func (s *state) clauseEnd(k, b int) int {
	for e := k; e < b; e++ {
		switch {
		case s.word(e) == ",":
			if s.dateAt(e) >= 0 {
				continue
			}
			if p, n := s.mentAt(e-1), s.mentAt(e+1+boolInt(s.lw(e+1) == "the")); p != nil && n != nil && p.ent.typ == n.ent.typ && s.listed(p, n) {
				continue
			}
			return e
		case s.word(e) == ";" || s.asideDash(e):
			return e
		}
	}
	return b
}

func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}

// possessiveBefore reports whether a possessive pronoun stands in tokens
// [lo,i): a clause that refers to the sentence's subject.
func (s *state) possessiveBefore(lo, i int) bool {
	for j := lo; j < i; j++ {
		if w := s.lw(j); w == "his" || w == "her" || w == "their" || w == "its" {
			return true
		}
	}
	return false
}

// asideDash reports whether token k is a dash that opens or closes an
// aside: an em dash, or an en dash or hyphen with spaces around it.
func (s *state) asideDash(k int) bool {
	switch s.word(k) {
	case "—":
		return true
	case "–", "-":
		return k > 0 && k+1 < len(s.toks) && s.toks[k-1].End < s.toks[k].Start && s.toks[k].End < s.toks[k+1].Start
	}
	return false
}

// asideOpeners open an aside after a comma.
var asideOpeners = set("as", "which", "who", "whose", "where", "when", "while", "whereas")

// frontedOpeners open a clause fronted before the subject.
var frontedOpeners = set("noting", "following", "after", "before", "during", "ahead", "as", "while", "when",
	"building", "recalling", "welcoming", "since", "upon", "once", "having")

// firstPerson reports whether the writer takes part in the event at
// trigger i in the first person: "I" or "me" before its verb with only
// verbs and particles between ("I am honored to meet with", "sent me to
// visit", "I met"), or "my" before its noun ("my visit to").
func (s *state) firstPerson(i int, cl clause) bool {
	if s.lw(i-1) == "my" && cl.has(i-1) {
		return true
	}
	if s.is(i, cSignedTexts) {
		// "I signed the Andean Safety Accord": the verb before the text
		for k := i - 1; k >= 0 && k >= i-5 && cl.has(k); k-- {
			if w := s.lw(k); w == "sign" || w == "signed" {
				i = k
				break
			}
		}
	}
	if !s.is(i, cFirstPersonVerbs) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5 && cl.has(k); k-- {
		w := s.lw(k)
		if s.word(k) == "I" || w == "me" {
			return true
		}
		if s.toks[k].Kind != text.Word || s.mentAt(k) != nil || text.IsCap(s.word(k)) {
			return false
		}
	}
	return false
}

// firstPersonVerbs are the trigger verbs a writer tells their own part by.
var firstPersonVerbs = set("meet", "met", "visit", "visited", "attend", "attended", "sign", "signed", "join", "joined")

// officesAndOrgans corrects the organizations of ev's participants: an
// office named as an organization ("the United Nations High Commissioner
// for Refugees, Filippo Grandi") held by a participant is that person's,
// and the organization it is an office of takes part instead; an organ
// that acts for its parent ("the World Bank Board", "the European
// Parliament Delegation") brings the parent along.
func (s *state) officesAndOrgans(ev *event) {
	for pi, p := range ev.parts {
		if p.typ != annals.Org {
			continue
		}
		for _, r := range s.roles {
			if r.org == nil || r.org.typ != annals.Org || r.title == "" {
				continue
			}
			org := s.resolveEnt(r.org)
			if org == p || len(org.ments) == 0 || !hasPart(ev, s.resolveEnt(r.person)) {
				continue
			}
			if namesOffice(p, org, r.title) {
				ev.parts[pi] = org
				break
			}
		}
	}
	for _, p := range append([]*ent(nil), ev.parts...) {
		if p.typ != annals.Org {
			continue
		}
		f := strings.Fields(p.name)
		if len(f) < 2 || !actingOrgans.has(strings.ToLower(f[len(f)-1])) {
			continue
		}
		parent := strings.Join(f[:len(f)-1], " ")
		for _, e := range s.ents {
			if e != p && e.typ == annals.Org && len(e.ments) > 0 && strings.EqualFold(e.name, parent) {
				ev.addPart(s.resolveEnt(e))
				break
			}
		}
	}
	// an office replaced by its organization may now stand twice
	seen := map[*ent]bool{}
	out := ev.parts[:0]
	for _, p := range ev.parts {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	ev.parts = out
}

// namesOffice reports whether one of the forms of organization p is the
// office title of org ("United Nations High Commissioner for Refugees").
func namesOffice(p, org *ent, title string) bool {
	title = strings.ToLower(title)
	for _, pf := range append([]string{p.name}, p.forms...) {
		pf = strings.ToLower(strings.TrimPrefix(pf, "the "))
		if !strings.HasSuffix(pf, " "+title) {
			continue
		}
		head := strings.TrimSuffix(pf, " "+title)
		for _, of := range append([]string{org.name}, org.forms...) {
			if strings.EqualFold(of, head) {
				return true
			}
		}
	}
	return false
}

// actingOrgans end the names of bodies that act for the organization
// named before them.
var actingOrgans = set("board", "delegation", "secretariat")

func hasPart(ev *event, e *ent) bool {
	for _, p := range ev.parts {
		if p == e {
			return true
		}
	}
	return false
}

// referredOrg returns the organization sentence si names last and the
// members a list right after it gives ("GUAM which is comprised of
// Azerbaijan, Georgia, Moldova, and Ukraine"), or nil.
func (s *state) referredOrg(si int) []*ent {
	pa, pb := s.sentTok[si][0], s.sentTok[si][1]
	var org *mention
	for k := pa; k < pb; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ == annals.Org && !s.inQuote[k] {
			org = m
		}
	}
	if org == nil {
		return nil
	}
	out := []*ent{org.ent}
	k := org.b
	for k < pb && s.is(k, cMembersIntro) {
		k++
	}
	if k == org.b {
		return out
	}
	var prev *mention
	for ; k < pb; k++ {
		m := s.mentAt(k)
		if m == nil {
			if listSeparator(s.lw(k)) {
				continue
			}
			break
		}
		if m.a != k {
			continue
		}
		if prev != nil && !s.listed(prev, m) {
			break
		}
		out = append(out, m.ent)
		prev = m
	}
	return out
}

// membersIntro introduce the members of an organization after its name.
var membersIntro = set(",", "which", "that", "is", "are", "was", "comprised", "composed", "consisting", "consists",
	"made", "up", "of", "comprises", "comprising", "includes", "including", "whose", "members", "member", "states", "(")

// frameEnd returns the token after the frame an event at trigger i is told
// in, or lo: "announced in Singapore that" (a report of it), "welcomes the
// appointment of" (a reaction to it), "expressed support for the
// meeting". The frame's subject is the teller, not a party.
func (s *state) frameEnd(i, lo int) int {
	for k := i - 1; k > lo && k >= i-24; k-- {
		w := s.lw(k)
		switch {
		case k < i-12 && w != "that" && w != "," && w != ";" && !s.asideDash(k):
			// a reaction's object is near the event; a report's clause
			// may go on ("X said that the Council would adopt a
			// declaration on river transport at its next meeting")
		case w == "that" && k-1 >= lo:
			if p := s.lw(k + 1); p == "he" || p == "she" || p == "it" || p == "they" || p == "we" || p == "i" {
				// "Mr. Ban announced that he has designated X": the teller
				// is the actor
				return lo
			}
			// (far from the event, right after the verb: "announced
			// deals that take its portfolio to $1 billion" tells no
			// report)
			for j := k - 1; j >= lo && j >= k-4 && (k >= i-12 || j == k-1); j-- {
				if s.is(j, cReportVerbs) {
					return k + 1
				}
				if s.word(j) == "," {
					break
				}
			}
		case reactionVerbs.has(w), w == "support" && s.lw(k+1) == "for" && s.lw(k-1) == "expressed":
			return k + 1
		case w == "," || w == ";" || s.asideDash(k):
			return lo
		}
	}
	return lo
}

// reportVerbs tell of an event in a "that" clause.
var reportVerbs = set("announced", "announces", "said", "says", "stated", "noted", "reported", "confirmed", "explained", "added", "told")

// reactionVerbs react to an event named in their object.
var reactionVerbs = set("welcomes", "welcomed", "welcome", "congratulates", "congratulated", "congratulate",
	"praised", "praises", "commended", "commends", "commend", "applauded", "applauds", "hailed", "hails")

// hostCountry returns the country of the place named place in sentence
// tokens [a,b): the place itself when it is a country, else the country it
// lies in when the story names that country.
func (s *state) hostCountry(place string, a, b int) *ent {
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || m.ent.typ != annals.Place || !s.placeFormIs(m, place) {
			continue
		}
		e := s.resolveEnt(m.ent)
		if s.homeHomonym(e) {
			// "travel to Georgia" in a story of Atlanta and Ohio
			return nil
		}
		if e.isCountry() {
			return e
		}
		if e.entry == nil || e.entry.Country == "" {
			return nil
		}
		for _, c := range s.ents {
			if c.isCountry() && c.entry.Country == e.entry.Country && len(c.ments) > 0 {
				return s.resolveEnt(c)
			}
		}
		return nil
	}
	return nil
}

// alsoVisited returns the countries listed right after the country
// host, visited in sentence tokens [a,b): "a visit to Fiji, Samoa and
// Tonga" is a visit to all three (the place stays the first). The list
// is countries only, with nothing but commas and "and" between them.
func (s *state) alsoVisited(host *ent, a, b int) []*ent {
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || s.resolveEnt(m.ent) != host {
			continue
		}
		var out []*ent
		for n := 0; n < 8; n++ {
			j := m.b
			if w := s.lw(j); w != "," && w != "and" {
				break
			}
			j++
			if s.lw(j) == "and" {
				j++
			}
			o := s.mentAt(j)
			if j >= b || o == nil || o.a != j || !o.ent.isCountry() {
				break
			}
			out = append(out, s.resolveEnt(o.ent))
			m = o
		}
		return out
	}
	return nil
}

// placeCountryCode returns the ISO code of the country the place named
// place in sentence tokens [a,b) is or lies in, or "".
func (s *state) placeCountryCode(place string, a, b int) string {
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || m.ent.typ != annals.Place || !s.placeFormIs(m, place) {
			continue
		}
		if e := s.resolveEnt(m.ent); e.entry != nil {
			return e.entry.Country
		}
		return ""
	}
	return ""
}

// leaderOfName returns the country of the person whose possessive opens
// the name of the gathering at trigger i (sentence from a): "President
// Biden's COVID Summit" (the country whose office the person holds, see
// officeCountry), or nil.
func (s *state) leaderOfName(i, a int) *ent {
	k := i - 1
	for k >= a && k > i-6 && s.mentAt(k) == nil && s.capLike(k) {
		k--
	}
	if w := s.word(k); w == "'s" || w == "’s" {
		k--
	}
	m := s.mentAt(k)
	if m == nil || m.b != k+1 && m.b != k+2 || m.ent.typ != annals.Person || !s.possessiveOf(m) || s.possessedAt(m) > i {
		return nil
	}
	return s.officeCountry(s.resolveEnt(m.ent))
}

// officeCountry returns the country whose office person p holds now, as
// the story writes it (not a country guessed from the dateline, not a
// former office): the one they were appointed to first, then the one the
// story names first; nil when p's first such office is an
// organization's.
func (s *state) officeCountry(p *ent) *ent {
	var pick *role
	for ri := range s.roles {
		r := &s.roles[ri]
		if s.resolveEnt(r.person) != p || r.org == nil || r.former || r.guessed || len(s.resolveEnt(r.org).ments) == 0 {
			continue
		}
		if pick == nil || r.appointed && !pick.appointed || r.appointed == pick.appointed && r.sent < pick.sent {
			pick = r
		}
	}
	if pick == nil {
		return nil
	}
	if c := s.resolveEnt(pick.org); c.isCountry() && c.entry.Country != "" && !s.homeHomonym(c) {
		return c
	}
	return nil
}

// sentenceSubject returns the token where the name the sentence opens with
// begins (its subject, not a place), or -1: within its first words, or
// after a fronted time ("Today,", "On Friday,") and a long title ("Deputy
// National Security Advisor for International Economics Mike Pyle").
func (s *state) sentenceSubject(a, b int) int {
	for k := a; k < b && k < a+8; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ != annals.Place {
			return k
		}
	}
	// (a fronted time, and a place after it: "On 3 May 2019, in Geneva,")
	k := a
	for n := 0; n < 2; n++ {
		j := s.frontedSetting(k, b)
		if j < 0 {
			break
		}
		k = j
	}
	for ; k < b && k < a+20; k++ {
		if m := s.mentAt(k); m != nil && m.a == k {
			if m.ent.typ == annals.Place && !s.capLike(m.b) {
				return -1
			}
			if m.ent.typ != annals.Place {
				return k
			}
			k = m.b - 1
			continue
		}
		w := s.lw(k)
		if !(titleHeads.has(w) || titleModifiers.has(w) || w == "of" || w == "for" || w == "and" || w == "the" || s.capLike(k)) {
			return -1
		}
	}
	return -1
}

// frontedSetting returns the token after the comma that ends a fronted
// time ("Today,", "On 3 May 2019,") or place ("in Geneva,", "at the
// White House,") opening at token k, or -1.
func (s *state) frontedSetting(k, b int) int {
	place := s.lw(k) == "in" || s.lw(k) == "at"
	for j := k; j < b && j < k+6; j++ {
		if s.word(j) == "," {
			if j == k {
				return -1
			}
			return j + 1
		}
		if place && j > k {
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ == annals.Place && s.word(m.b) == "," {
				return m.b + 1
			}
			if s.lw(j) != "the" {
				return -1
			}
			continue
		}
		if !place && s.dateAt(j) < 0 && s.lw(j) != "on" {
			return -1
		}
	}
	return -1
}

// pronounSubject returns the token of "he" or "she" as the subject of
// sentence [a,b) before the trigger at token i: its first word, or the
// word after a short fronted phrase that names no one and ends in a comma
// ("Later, he met", "On Monday, she will visit", "In Warsaw, he signed"),
// or -1.
func (s *state) pronounSubject(a, b, i int) int {
	if w := s.word(a); w == "He" || w == "She" {
		return a
	}
	for k := a; k < b && k < i && k < a+8; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ != annals.Place {
			return -1
		}
		if s.word(k) == "," {
			if w := s.word(k + 1); k > a && k+1 < i && (w == "he" || w == "she") {
				return k + 1
			}
			return -1
		}
		if w := s.word(k); (w == "he" || w == "she") && s.timeOpener(a, k) {
			// "On Thursday she travelled to Bishkek", "Later that day he
			// met ...": a fronted time without a comma
			return k
		}
		if s.toks[k].Kind != text.Word && s.word(k) != "." && s.dateAt(k) < 0 {
			// (a date's number goes on: "In 2004, she launched")
			return -1
		}
	}
	return -1
}

// samePronounInClause reports whether the clause cl of the trigger at
// token i has for its subject the pronoun that opens the sentence at a,
// after a word opening a clause: "She then travelled to Apia, where she
// signed a Memorandum" (the one who travelled signed).
func (s *state) samePronounInClause(a, i int, cl clause) bool {
	for k := i - 1; k > a && k >= i-4; k-- {
		if !cl.has(k) || s.lw(k) != s.lw(a) {
			continue
		}
		switch s.lw(k - 1) {
		case "where", "when", "after", "before", "and", "while", "as":
			return true
		}
		return false
	}
	return false
}

// timeOpener reports whether the words [a,k) are a time fronted without a
// comma: a date ("Thursday", "On 12 May", "Later that day").
func (s *state) timeOpener(a, k int) bool {
	dated := false
	for j := a; j < k; j++ {
		switch {
		case s.dateAt(j) >= 0:
			dated = true
		case timeOpenerWords.has(s.lw(j)):
		default:
			return false
		}
	}
	return dated || k == a+1 && s.lw(a) == "later"
}

// timeOpenerWords go with a date fronted without a comma.
var timeOpenerWords = set("on", "later", "earlier", "that", "the", "same", "following", "next", "then", "in", "of")

// openingPronounPerson returns the person the "He" or "She" opening a
// sentence at token k stands for: the subject of the nearest sentence
// before that names a person, when a person of the pronoun's gender opens
// it ("Jake Sullivan spoke today with Israeli National Security Advisor
// Meir Ben Shabbat. He condemned ..." is Sullivan's, not the last named);
// else the person last named.
func (s *state) openingPronounPerson(k int) *mention {
	if m := s.personSubjectBefore(k); m != nil {
		return m
	}
	return s.lastPersonBefore(k)
}

// personSubjectBefore returns the person subject of the nearest sentence
// before token k's that names a person (up to three back): its first
// person within its first words who is no object of a preposition ("In
// his audience with Pope Francis today, President Biden thanked ..." is
// Biden's), when no honorific tells of the other gender than the pronoun
// at k; a sentence opening with "he" or "she" passes on to the one
// before. Nil when the nearest sentence naming a person opens with none.
func (s *state) personSubjectBefore(k int) *mention {
	si := s.sentOf[k]
	for back := 1; back <= 3 && si-back >= 0; back++ {
		pa, pb := s.sentTok[si-back][0], s.sentTok[si-back][1]
		var sub *mention
		chain := false
		for j := pa; j < pb && j < pa+12 && sub == nil && !chain; j++ {
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ == annals.Person {
				if s.prepObject(m) || s.afterPreposition(m, pa) {
					// (the one met: "the Secretary General met President
					// X, Prime Minister Y and Foreign Minister Z")
					j = m.b - 1
					continue
				}
				sub = m
			}
			chain = s.lw(j) == "he" || s.lw(j) == "she"
		}
		if chain {
			continue
		}
		named := sub != nil
		for j := pa; j < pb && !named; j++ {
			if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person {
				named = true
			}
		}
		if !named {
			continue
		}
		if sub == nil {
			// "In Astana, the Secretary General met with President X and
			// Foreign Minister Y. He also met ...": the subject named by
			// the office of the story's one holder
			sub = s.officeSubject(pa, pb, k)
		}
		if sub == nil || s.honorificGender(sub.ent) == otherGender[s.lw(k)] {
			return nil
		}
		// "X has invited Foreign Minister Y to visit. He will then
		// travel ...": a person named after the subject but for a
		// preposition's object may be the one the pronoun stands for
		for j := pb - 1; j >= sub.b && j >= pa; j-- {
			if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person {
				if s.resolveEnt(m.ent) != s.resolveEnt(sub.ent) && !s.afterPreposition(m, pa) && !s.meetingObject(m) {
					return nil
				}
				j = m.a
			}
		}
		return sub
	}
	return nil
}

// officeSubject returns the last mention before token k of the person a
// sentence [a,b) names as its subject by an office alone, before any
// person's name: "In Astana, the Secretary General met with President X"
// (the story's one Secretary General, see officeHolderAt); or nil.
func (s *state) officeSubject(a, b, k int) *mention {
	for j := a; j < b && j < a+8; j++ {
		if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person || s.toks[j].Kind == text.Word && s.is(j, cSpeechVerbs) {
			return nil
		}
		if s.lw(j) != "the" {
			continue
		}
		p := s.officeHolderAt(j+1, b)
		if p == nil {
			continue
		}
		var last *mention
		for m := range s.mentionsOf(p) {
			if m.a < k && (last == nil || m.a > last.a) {
				last = m
			}
		}
		return last
	}
	return nil
}

// afterPreposition reports whether the person of mention m is the object
// of a preposition or of a verb of meeting, past the titles, demonyms and
// names of a list before it: "spoke with Israeli National Security
// Advisor Y", "with his Israeli counterpart Y", "met with President X,
// Minister of Defense Y", "met President X, Prime Minister Y and Foreign
// Minister Z", "accompanied by the Commissioner for Peace, Amb. Y".
func (s *state) afterPreposition(m *mention, lo int) bool {
	for q := m.a - 1; q >= lo && q >= m.a-40; q-- {
		w := s.lw(q)
		switch {
		case objectPreps.has(w) && s.capLike(q-1) && q-1 >= lo:
			// (a preposition inside a title: "the Assistant to the
			// President for Homeland Security Dr. Y")
		case objectPreps.has(w), s.is(q, cMeetingVerbs):
			return true
		case w == "." && s.is(q-1, cHonorifics) && q-1 >= lo:
			// (the period of an honorific: "Amb. Y")
		case s.capLike(q), w == "the", w == "his", w == "her", w == "their", w == "counterpart", w == "counterparts", w == ",", w == "and":
		case s.connectorAt(q) && s.capLike(q+1):
		default:
			return false
		}
	}
	return false
}

// pronounPerson returns the person the "he" or "she" at token k stands
// for: the last named before it in its paragraph whom no honorific tells
// of the other gender ("Second Gentleman X will also travel. ... In
// Manila, she will meet ..." is not X's), not the object of a preposition
// ("met with President X. Later, she ...") nor one joined to a pronoun
// ("She and President X have championed ... Additionally, she spoke" is
// the first pronoun's), or nil.
func (s *state) pronounPerson(k int) *mention {
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		if s.paraBreak(j, j+1) {
			return nil
		}
		m := s.mentAt(j)
		if m == nil || m.ent.typ != annals.Person {
			continue
		}
		j = m.a
		q := m.a - 1
		for q > 0 && (s.capTitleWord(q) || s.lw(q) == "the") {
			q--
		}
		if s.lw(q) == "and" && (s.lw(q-1) == "he" || s.lw(q-1) == "she") || s.prepObject(m) || s.meetingObject(m) || s.setOffObject(m) || s.afterPreposition(m, s.sentTok[s.sentOf[m.a]][0]) {
			continue
		}
		if s.honorificGender(m.ent) != otherGender[s.lw(k)] {
			return m
		}
	}
	return nil
}

// meetingObject reports whether the person of mention m is the one met,
// right after the verb and the titles before the name: "She will meet President X in Tbilisi. On Friday she will
// visit Pittsburgh" is not X's trip.
func (s *state) meetingObject(m *mention) bool {
	st := s.sentTok[s.sentOf[m.a]][0]
	q := m.a - 1
	if s.word(q) == "," {
		// "met the Foreign Minister of Hungary, Y": the office before
		// the name, and the country it is of
		q--
		if c := s.mentAt(q); c != nil && c.ent.isCountry() && s.lw(c.a-1) == "of" {
			q = c.a - 2
		}
		if !s.capTitleWord(q) {
			return false
		}
	}
	for q >= st && (s.capTitleWord(q) || s.lw(q) == "the" || s.lw(q) == "his" || s.lw(q) == "her") {
		q--
	}
	return q >= st && s.is(q, cMeetingVerbs)
}

// meetingVerbs take the person met as their object.
// (not "welcomed X to Washington. He will travel to New York": the
// guest; "met with X" is a preposition's object, see afterPreposition)
var meetingVerbs = set("meet", "meets", "met")

// inEventName reports whether the name at token k, after a connector
// ("on", "for", "in"), continues the capitalized name of the event
// triggered at token i: "the Conference on Sudan", "the Paris Conference
// for Sudan", "the Summit on Peace in Ukraine".
func (s *state) inEventName(i, k int) bool {
	if p := s.lw(k - 1); k < i+2 || !text.IsCap(s.word(i)) || p != "on" && p != "for" && p != "in" {
		return false
	}
	for j := i + 1; j < k-1; j++ {
		if !s.capLike(j) && !s.is(j, cConnectors) {
			return false
		}
	}
	return true
}

// partOK reports whether the name m of the sentence si can take part in
// the event ev of type t triggered at token i: not an office's
// complement, not the place or a country in apposition to it, not "from
// X to Y", not a venue "in the" Assembly.
func (s *state) partOK(ev *event, t annals.EventType, m *mention, i, si int) bool {
	k := m.a
	if s.inQuote[k] && !s.quoteZone[k] {
		return false
	}
	e := m.ent
	if s.appos[k] || e.typ == annals.Person && s.inTitleComplement(k) || s.inCapacity(k) || si == headlineSentence(s) && t != annals.Speech && s.authorOfRelease(k) {
		return false
	}
	if e.typ == annals.Person && s.possessiveOf(m) && s.relativeAfter(m) {
		// "appointed Ms. Keller's predecessor, Ms. Bregu": the one
		// named by the relation acts, not the possessor
		return false
	}
	if e.typ == annals.Person && s.leaderPossessive(m.b) {
		// "mothers forced to flee because of Putin’s war", "to discuss
		// Assad's regime": a leader's war or rule is what the event is
		// about, its maker takes no part
		return false
	}
	if e.typ == annals.Place && s.placeApposition(k) {
		// "in Bletchley Park, the United Kingdom": the place's country
		return false
	}
	if e.typ == annals.Org && s.lw(k-1) == "the" && (s.lw(k-2) == "in" || s.lw(k-2) == "at" || s.lw(k-2) == "before") && k > i && !s.definite(i) {
		// "vowed to challenge the outcome in the Supreme Court": where,
		// not who
		return false
	}
	if e.typ == annals.Org && isVenue(e) && (s.lw(k-1) == "the" && (s.lw(k-2) == "of" || s.lw(k-2) == "in" || s.lw(k-2) == "at")) && !s.definite(i) && !s.sessionOf(i, k) {
		// "the high-level debate of the General Assembly", "in the UN
		// General Assembly": where it happened, not who took part
		return false
	}
	if (t == annals.Conference || t == annals.Meeting) && s.opensOtherGathering(m, i) {
		// "The conference builds on the Lisbon Declaration adopted at
		// the 2022 UN Ocean Conference": the body naming another
		// gathering is that one's, no party of this one
		return false
	}
	if statute(e) || summitName(e) {
		// "$1 billion from the President's Bipartisan Infrastructure Law",
		// "at the June 2022 Summit of the Americas": a law takes no part,
		// nor a summit, which is a gathering, no one who gathers
		return false
	}
	if s.attackTarget(m) {
		// "condemned Iran's attack against Israel", "in response to
		// Russia's war of aggression against Ukraine": the one attacked is
		// what the event is about, not who takes part in it
		return false
	}
	if s.topicModifier(m) || s.possessedModifier(m) && (m.b != i || t == annals.Speech) {
		// "draft EU rules", "EU-UK future relations": what the event is
		// about, not who takes part
		return false
	}
	switch e.typ {
	case annals.Place:
		if !e.isCountry() || s.homeHomonym(e) || strings.EqualFold(e.name, ev.place) || s.placeFormIs(m, ev.place) {
			return false
		}
		// "the International Humanitarian Conference on Sudan", "the
		// Paris Conference for Sudan": the country a gathering's name is
		// about is its subject, not a party
		if (t == annals.Conference || t == annals.Meeting) && s.inEventName(i, k) {
			return false
		}
		// the word before the list the country opens or continues: "in
		// Austria, Hungary and Slovakia" are all places
		h := s.listHead(m)
		p := s.lw(h - 1)
		if p == "the" && h != k {
			p = s.lw(h - 2)
		}
		if p == "in" || p == "at" || p == "to" || p == "from" && !s.delegatesFrom(h) || p == "across" || p == "throughout" {
			return false
		}
	}
	return true
}

// sessionOf reports whether the body named at token k is the one whose
// session or meeting the noun at token i names: "the 78th session of the
// UN General Assembly" is the Assembly's, which meets in it (where "the
// high-level debate of the General Assembly" is told at the Assembly).
func (s *state) sessionOf(i, k int) bool {
	w := s.lw(i)
	return k == i+3 && s.lw(i+1) == "of" && s.lw(i+2) == "the" && (w == "session" || w == "meeting" || w == "sessions" || w == "meetings")
}

// opensOtherGathering reports whether the name m opens the name of a
// gathering whose noun is not the one at token i: "UN" in "the 2022 UN
// Ocean Conference", told in a sentence about another conference.
func (s *state) opensOtherGathering(m *mention, i int) bool {
	// (not "met for the fourth in-person Quad Leaders Summit": the
	// gathering they met for is their meeting)
	for k := m.a - 1; k >= 0 && k >= m.a-6 && (s.toks[k].Kind == text.Word || s.word(k) == "-"); k-- {
		if s.lw(k) == "for" {
			return false
		}
	}
	for j := m.b; j < len(s.toks) && j <= m.b+3 && s.capLike(j); j++ {
		if g := triggers[s.lw(j)]; g == annals.Conference || g == annals.Meeting {
			return j != i && slices.Contains(s.sentTriggers, j)
		}
	}
	return false
}

// attackTarget reports whether the name m is the target of an attack
// named before it: "attack against Israel", "war of aggression against
// Ukraine", "the attacks on the United Nations compound".
func (s *state) attackTarget(m *mention) bool {
	k := m.a - 1
	if s.lw(k) == "the" {
		k--
	}
	if w := s.lw(k); w != "against" && w != "on" {
		return false
	}
	return attackNouns.has(s.lw(k - 1))
}

// attackNouns name an attack, whose target "against" or "on" names.
var attackNouns = set("attack", "attacks", "war", "aggression", "invasion", "assault", "assaults", "strike", "strikes", "bombing", "bombings", "offensive")

// topicModifier reports whether the name m modifies a lower-case noun that
// names a thing, not people who act: "draft EU rules", "EU territory",
// "NATO missions" (but "EU leaders", "EU member states" act).
func (s *state) topicModifier(m *mention) bool {
	k := m.b
	if k >= len(s.toks) || s.toks[k].Kind != text.Word || s.toks[k].Start != s.toks[k-1].End+1 {
		return false
	}
	w := s.word(k)
	if text.IsCap(w) || !s.is(k, cTopicNouns) {
		return false
	}
	return true
}

// possessedModifier reports whether the name m, after a possessive
// determiner, modifies the lower-case noun after it: "his Bidenomics
// agenda", "its EU accession goals", "his State of the Union address" name
// a thing of someone's, not who takes part (but "our NATO allies", "his
// White House team" are people who may, "its Andean Youth initiative" is
// the plan itself, and "his NASA appointment" an office's body: see
// partOK).
func (s *state) possessedModifier(m *mention) bool {
	switch s.lw(m.a - 1) {
	case "his", "her", "their", "its", "our", "my", "your":
	default:
		return false
	}
	k := m.b
	if k >= len(s.toks) || s.toks[k].Kind != text.Word || text.IsCap(s.word(k)) {
		return false
	}
	w := s.lw(k)
	// "its Transportation Leaders Against Human Trafficking initiative":
	// the plan or the body itself
	if planHeads.has(w) || bodyHeads.has(w) {
		return false
	}
	return !functionWords.has(w) && !peopleNouns.has(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// peopleNouns are people a name before them qualifies: "NATO allies",
// "White House team".
var peopleNouns = set("allies", "ally", "partners", "partner", "counterparts", "counterpart", "colleagues", "colleague",
	"team", "teams", "members", "member", "leaders", "leader", "officials", "official", "staff", "delegation",
	"ministers", "minister", "friends", "friend", "family", "families", "people", "troops", "forces", "envoy", "envoys",
	"administration", "government", "counsel", "advisers", "advisors", "adviser", "advisor", "aides", "aide",
	"is", "was", "are", "were", "has", "had", "have", "will", "would", "and", "or")

// topicNouns are things a name before them is the topic or owner of.
var topicNouns = set("rules", "rule", "law", "laws", "legislation", "regulation", "regulations", "directive",
	"territory", "waters", "airspace", "soil", "market", "markets", "economy", "budget", "funds", "funding",
	"relations", "policy", "policies", "standards", "citizens", "residents", "nationals", "vessels", "aircraft",
	"carriers", "products", "goods", "exports", "imports", "missions", "operations", "programs", "programmes")

// listHead returns the token where the list holding mention m begins (m's
// own start when it opens none).
func (s *state) listHead(m *mention) int {
	for n := 0; n < 40; n++ {
		j := m.a - 1
		for j >= 0 && m.a-j <= 6 && listSeparator(s.lw(j)) {
			j--
		}
		p := s.mentAt(j)
		if p == nil || p == m || j == m.a-1 || !s.listed(p, m) {
			return m.a
		}
		m = p
	}
	return m.a
}

func listSeparator(w string) bool {
	switch w {
	case ",", "and", "or", "the", "&", "as", "well":
		return true
	}
	return false
}

// listed reports whether mentions m and n stand in one list: nothing but
// commas, "and", "or", "as well as" and articles between them.
func (s *state) listed(m, n *mention) bool {
	if n.a-m.b > 6 {
		return false
	}
	for k := m.b; k < n.a; k++ {
		if !listSeparator(s.lw(k)) {
			return false
		}
	}
	return true
}

// titledListed reports whether mentions m and n stand in one list of
// people named with their offices: "Prime Minister X of Australia, Prime
// Minister Y of Japan, and Prime Minister Z of India", "Agency
// Administrator X, Secretary of the Interior Y and Agriculture Secretary
// Z". Between them stand commas, "and", title words, honorifics and
// portfolios (with "of" and "the" inside a title), at least one title
// word with a separator, or none between a body and the person whose
// office follows it ("Agency Administrator X"); or just "of" between a
// person and their country ("X of Australia").
func (s *state) titledListed(m, n *mention) bool {
	if n.a-m.b > 10 || n.a <= m.b {
		return false
	}
	if n.a-m.b == 1 && s.lw(m.b) == "of" {
		return m.ent.typ == annals.Person && n.ent.isCountry()
	}
	sep, title := false, false
	for k := m.b; k < n.a; k++ {
		switch w := s.lw(k); {
		case w == "," || w == "and":
			sep = true
		case w == "of" || w == "the":
			// "the Foreign Minister of Austria, the Minister of Trade of
			// Chile": the country whose office a title before it names
			if k == m.b || k+1 == n.a && !(w == "of" && title && n.ent.isCountry()) {
				return false
			}
		case s.toks[k].Kind == text.Word && text.IsCap(s.word(k)) && (s.isTitleWord(k) || s.is(k, cHonorifics) || s.is(k, cPortfolioWords)):
			title = true
		default:
			return false
		}
	}
	if !title {
		return false
	}
	return sep || m.ent.typ != annals.Person && n.ent.typ == annals.Person
}

// delegatesFrom reports whether the country at token k, after "from",
// sends people who take part: "foreign ministers from Belize",
// "delegations from 40 countries".
func (s *state) delegatesFrom(k int) bool {
	j := k - 2 // the word before "from"
	if s.lw(j) == "the" {
		j--
	}
	// "Heads of State and Government from", "Ministers of Foreign
	// Affairs from": the office's portfolio before "from"
	if p := j; portfolioWords.has(s.lw(j)) || s.lw(j) == "government" {
		for j > p-5 && (portfolioWords.has(s.lw(j)) || s.lw(j) == "government" || s.lw(j) == "and") {
			j--
		}
		if s.lw(j) != "of" {
			return false
		}
		j--
	}
	return delegateNouns.has(s.lw(j))
}

// headlineSentence is the index of the headline sentence, -1 without one.
func headlineSentence(s *state) int {
	if s.bodyStart > 0 {
		return 0
	}
	return -1
}

// authorOfRelease reports whether the name at token k is the author a
// release's headline announces: "Statement from President Joe Biden on
// ...", "Readout of Vice President Harris’s Meeting", "Remarks by ...".
// The author speaks; they take no part in the appointment or agreement
// the statement is about.
func (s *state) authorOfRelease(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch s.lw(j) {
		case "from", "by", "of":
			switch s.lw(j - 1) {
			case "statement", "readout", "remarks", "message", "letter", "op-ed":
				return true
			}
			return false
		}
		if !(s.is(j, cTitleHeads) || s.is(j, cTitleModifiers) || s.mentAt(j) != nil) {
			return false
		}
	}
	return false
}

// inCapacity reports whether the organization at token k is the one a
// speaker names their own office by: "I rise today as Chairman of the
// Subcommittee on Europe", "in my capacity as Chair of the Council". The
// office is the speaker's, not a party to the event.
func (s *state) inCapacity(k int) bool {
	j := k - 1
	if s.lw(j) == "the" {
		j--
	}
	if s.lw(j) != "of" && s.lw(j) != "in" {
		return false
	}
	// (and the body that office's body sits in: "as Chairman of the
	// Subcommittee on Europe in the House Committee on Foreign Affairs")
	// (a speaker's own, told in the first person: "to serve as
	// Representatives of the United States" is no one's capacity)
	far := false
	for j--; j >= 0 && j >= k-12; j-- {
		w := s.lw(j)
		if w == "as" {
			return !far || s.firstPersonNear(j)
		}
		if m := s.mentAt(j); m != nil && (m.ent.typ == annals.Org || m.ent.typ == annals.Place && s.lw(m.a-1) == "on") {
			far = far || m.ent.typ == annals.Place
			j = m.a
			continue
		}
		if w == "on" || text.IsCap(s.word(j)) && s.mentAt(j) == nil && !titleHeads.has(w) && !titleModifiers.has(w) {
			far = true
			continue
		}
		if !(titleHeads.has(w) || titleModifiers.has(w) || w == "of" || w == "the" || w == "in" || w == "co-chair" || w == "member") {
			return false
		}
	}
	return false
}

// firstPersonNear reports whether "I", "my", "we" or "our" stands in the
// four words before token j ("I rise today as", "in my capacity as").
func (s *state) firstPersonNear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch s.lw(k) {
		case "i", "my", "we", "our":
			return true
		}
	}
	return false
}

// placeApposition reports whether the place at token k follows another
// place after a comma: "in Rarotonga, Cook Islands", "in Bletchley Park,
// the United Kingdom" name where, not who. A country after a country is
// the next item of a list ("from Belize, the Bahamas, Grenada"), never
// the place's country.
func (s *state) placeApposition(k int) bool {
	j := k - 1
	if s.lw(j) == "the" {
		j--
	}
	if s.word(j) != "," {
		return false
	}
	m := s.mentAt(j - 1)
	return m != nil && m.ent.typ == annals.Place && !(m.ent.isCountry() && s.mentAt(k) != nil && s.mentAt(k).ent.isCountry())
}

// inTitleComplement reports whether the person named at token k only
// completes another person's title: "Bjoern Seibert, Chief of Cabinet for
// European Commission President Ursula von der Leyen", "Chief of Staff to
// Second Lady Jill Biden". Such a person takes no part in the event.
func (s *state) inTitleComplement(k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 8 {
		w := s.lw(j)
		m := s.mentAt(j)
		switch {
		case m != nil && m.ent.typ == annals.Org:
			j = m.a - 1
			continue
		case titleHeads.has(w) || titleModifiers.has(w) || w == "’s" || w == "'s" || w == "’" || w == "'" || w == "s":
			j--
			continue
		case w == "for" || w == "to":
			p := s.lw(j - 1)
			return titleHeads.has(p) || p == "cabinet" || p == "staff" || p == "counsel" || p == "adviser" || p == "advisor"
		}
		return false
	}
	return false
}

func (ev *event) addPart(e *ent) {
	for _, p := range ev.parts {
		if p == e {
			return
		}
	}
	ev.parts = append(ev.parts, e)
}

func (s *state) placeFormIs(m *mention, place string) bool {
	return place != "" && strings.EqualFold(clean(s.text[m.start:m.end]), place)
}

// participantWindow is how far (in tokens) from its trigger a name may
// stand and still be read as a party to the event.
const participantWindow = 18

func isLocative(w string) bool {
	return w == "in" || w == "at" || w == "to" || w == "from" || w == "across" || w == "throughout"
}

// collectiveNouns follow "the two" or "both" to name the story's parties.
var collectiveNouns = set("organizations", "organisations", "sides", "bodies", "secretariats", "parties",
	"institutions", "partners", "groups", "alliances", "councils", "agencies", "networks", "blocs", "leaders")

// pluralOffices are offices in the plural that "the two" or "both" may
// count, with the head of each holder's title.
var pluralOffices = map[string]string{
	"ministers": "minister", "presidents": "president", "secretaries-general": "secretary-general",
	"ambassadors": "ambassador", "envoys": "envoy", "chairs": "chair", "co-chairs": "co-chair",
	"directors-general": "director-general", "commissioners": "commissioner", "representatives": "representative",
}

// ofGroupWords after "the ministers" tell a group of its own ("the
// ministers of the member states", "the ministers who attended"), not
// the two the story named.
var ofGroupWords = set("of", "from", "in", "at", "who", "that", "which", "attending", "present", "gathered")

// twoHolders returns the two people named before token k who hold the
// office in the plural that tokens from k name ("foreign ministers": two
// titles with "minister" and "foreign"), or nil unless there are exactly
// two.
func (s *state) twoHolders(k int) []*ent {
	j := k
	for j < len(s.toks) && j < k+3 && s.is(j, cTitleModifiers) {
		j++
	}
	head := pluralOffices[s.lw(j)]
	if head == "" {
		return nil
	}
	var out []*ent
	for _, r := range s.roles {
		if r.former || r.sent > s.sentOf[k] || r.person == nil {
			continue
		}
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(r.title, ",", " ")))
		ok := slices.Contains(words, head)
		for m := k; m < j && ok; m++ {
			ok = slices.Contains(words, s.lw(m))
		}
		p := s.resolveEnt(r.person)
		if ok && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// countryNouns stand for the states a story is about: "the two
// countries", "both governments".
var countryNouns = set("countries", "nations", "governments", "states")

// twoCountries returns the two countries "the two countries" or "both
// governments" at token k stands for: the story's two countries named
// before it, when it names exactly two and names them together in one
// sentence ("signed by the two countries in Istanbul" after "Ambassador of
// Kazakhstan to Türkiye"); nil otherwise.
func (s *state) twoCountries(k int) []*ent {
	if !countryNouns.has(s.lw(k)) {
		return nil
	}
	var out []*ent
	for j := 0; j < k; j++ {
		m := s.mentAt(j)
		if m == nil || m.a != j || !m.ent.isCountry() {
			continue
		}
		if e := s.resolveEnt(m.ent); !slices.Contains(out, e) {
			if out = append(out, e); len(out) > 2 {
				return nil
			}
		}
	}
	if len(out) != 2 {
		return nil
	}
	// the two were told together: "received the Ambassador of
	// Kazakhstan to Türkiye", "Chile and Peru held talks"
	for si := 0; si < s.sentOf[k]; si++ {
		var one, two bool
		for j := s.sentTok[si][0]; j < s.sentTok[si][1]; j++ {
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.isCountry() {
				e := s.resolveEnt(m.ent)
				one, two = one || e == out[0], two || e == out[1]
			}
		}
		if one && two {
			return out
		}
	}
	return nil
}

// topOrgs returns the n organizations with the most mentions.
func (s *state) topOrgs(n int) []*ent {
	var orgs []*ent
	for _, e := range s.ents {
		if e.typ == annals.Org && len(e.ments) > 0 {
			orgs = append(orgs, e)
		}
	}
	sort.SliceStable(orgs, func(i, j int) bool { return len(orgs[i].ments) > len(orgs[j].ments) })
	if len(orgs) > n {
		orgs = orgs[:n]
	}
	return orgs
}

// holder returns the one person of the story whose office ends with word
// ("envoy" for a Special Envoy) or opens with it before "of" or "for"
// ("minister" for a Minister of Foreign Affairs), or nil.
func (s *state) holder(word string) *ent {
	return s.soleHolder(func(f []string) bool {
		return len(f) > 0 && (f[len(f)-1] == word || len(f) > 1 && f[1] == word || len(f) > 2 && f[0] == word && (f[1] == "of" || f[1] == "for"))
	})
}

// officeHolderAt returns the person named by an office after "the" at
// token k, before b: "the Envoy said", "the Director-General" (the one
// person whose office ends in that word, see holder), "the Vice
// President’s upcoming trip", "the High Representative visited Baku", "the
// Secretary General held talks" (an office of two words, the one person
// who holds it); or nil.
func (s *state) officeHolderAt(k, b int) *ent {
	if s.mentAt(k) != nil || s.inQuote[k] || s.lw(k-1) != "the" || !text.IsCap(s.word(k)) {
		return nil
	}
	// "Assistant to the President for National Security Affairs X",
	// "Senior Advisor to the President": an aide's office names the one
	// served, who takes no part
	if s.lw(k-2) == "to" && text.IsCap(s.word(k-3)) && (s.is(k-3, cTitleHeads) || s.is(k-3, cTitleModifiers)) {
		return nil
	}
	if s.is(k, cTitleHeads) && !s.capLike(k+1) {
		return s.holder(s.lw(k))
	}
	// ("the Secretary General", "the Director General": two heads)
	if (s.is(k, cTitleModifiers) || s.is(k, cTitleHeads)) && k+1 < b {
		if w := s.lw(k + 1); text.IsCap(s.word(k+1)) && (isPossessive(w) || titleHeads.has(w) && !s.capLike(k+2) && s.mentAt(k+1) == nil) {
			return s.holderOf(s.lw(k) + " " + trimPossessive(w))
		}
	}
	return nil
}

// sidesOffice returns the organization of person p's office when the
// sentence [a,b) names both: p named before the trigger at token i as a
// subject (no object of a preposition), and the organization of p's
// office named in the sentence too (a side of "X, Title of A, and Y, Title
// of B, signed"); else nil.
func (s *state) sidesOffice(p *ent, a, b, i int) *ent {
	// (the sentence's tokens, not the person's mentions: a person named
	// in every sentence would make each event walk the whole story)
	subject := false
	for k := a; k < i && !subject; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && s.resolveEnt(m.ent) == p && !s.prepObject(m) {
			subject = true
		}
	}
	// or an agent of the passive: "The agreement was signed by X, Title
	// of A, and Y, Title of B"
	if by := s.signedBy(a, b); !subject && by >= 0 {
		for k := by + 1; k < b && !subject; k++ {
			if m := s.mentAt(k); m != nil && m.a == k && s.resolveEnt(m.ent) == p {
				subject = true
			}
		}
	}
	if !subject {
		return nil
	}
	for _, r := range s.roles {
		if s.resolveEnt(r.person) != p || r.org == nil || r.org.typ != annals.Org || r.former {
			continue
		}
		o := s.resolveEnt(r.org)
		for k := a; k < b; k++ {
			if m := s.mentAt(k); m != nil && m.a == k && s.resolveEnt(m.ent) == o {
				return o
			}
		}
	}
	return nil
}

// officeAmong reports whether a person among parts holds an office of an
// organization among them: "UN Secretary-General X" names X's side by
// its body.
func (s *state) officeAmong(parts []*ent) bool {
	for _, r := range s.roles {
		if r.org == nil || r.former {
			continue
		}
		if p, o := s.resolveEnt(r.person), s.resolveEnt(r.org); p.typ == annals.Person && o.typ == annals.Org && slices.Contains(parts, p) && slices.Contains(parts, o) {
			return true
		}
	}
	return false
}

// parentBody returns the organization that body o is an organ of, when
// the story names it ("the African Union Commission" signs for the
// African Union the story is about), else nil.
func (s *state) parentBody(o *ent) *ent {
	if o.entry == nil || o.entry.Parent == "" {
		return nil
	}
	if p := s.entByKey[o.entry.Parent]; p != nil {
		if p = s.resolveEnt(p); len(p.ments) > 0 && p != o {
			return p
		}
	}
	return nil
}

// holderOf returns the one person the story gives the office title
// (lower case, "vice president"), or nil if none or several.
func (s *state) holderOf(title string) *ent {
	return s.soleHolder(func(f []string) bool { return strings.Join(f, " ") == title })
}

// soleHolder returns the one person whose office's title, as lower-case
// words, satisfies match, or nil if none or several.
//
// When several people hold it and the story has a home country (see
// home.go), the one who holds it of the home country: in a White House
// release, "the President" is the President of the United States though
// the story also names the G7's.
func (s *state) soleHolder(match func(words []string) bool) *ent {
	var found, home *ent
	several, homes := false, 0
	for _, r := range s.roles {
		if !match(strings.Fields(strings.ToLower(r.title))) {
			continue
		}
		p := s.resolveEnt(r.person)
		if s.home != nil && s.ofHome(r) && p != home {
			home = p
			homes++
		}
		if found != nil && found != p {
			several = true
		}
		found = p
	}
	if several {
		if homes == 1 {
			return home
		}
		return nil
	}
	return found
}

// ofHome reports whether role r is held of the story's home country.
func (s *state) ofHome(r role) bool {
	if r.org == nil {
		return r.orgName == s.home.Name
	}
	o := s.resolveEnt(r.org)
	return o.entry != nil && o.entry.Key == s.home.Key
}

// bodyNamed reports whether tokens [a,b) name a body by a head that is no
// gathering's ("Organisation of the Islamic Conference"), not only a
// gathering ("Ukraine Recovery Conference").
func (s *state) bodyNamed(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lw(k); orgHeads.has(w) && !gatheringHeads.has(w) && !eventHeads.has(w) {
			return true
		}
	}
	return false
}

// compoundSides returns the entities a hyphenated compound opening the
// event's name joins: "the U.S.-EU summit", "the U.S.-Caribbean Leaders
// Meeting", "the 2019 U.S-Belarus Air Services Agreement", "the U.S.-Kazakh
// accords". The sides of a bilateral event take part in it, a region
// ("Caribbean") as much as a country, and neither is the event's place.
func (s *state) compoundSides(i, a int) []*ent {
	// the words of the name before the trigger: capitalized words and the
	// hyphens joining them, a few lower-case modifiers ("U.S.-EU energy
	// summit")
	j := i
	lower := 0
	for j-1 >= a && i-j < 8 {
		k := j - 1
		w := s.word(k)
		switch {
		case s.hyphenAt(k):
		case s.toks[k].Kind == text.Word && text.IsCap(w):
		case s.toks[k].Kind == text.Word && lower < 2 && !s.is(k, cFunctionWords) && !isNumber(w) && triggers[s.lw(k)] == "":
			lower++
		default:
			goto done
		}
		j = k
	}
done:
	if j == i {
		return nil
	}
	lo, hi := s.toks[j].Start, s.toks[i-1].End
	var out []*ent
	seen := map[*ent]bool{}
	add := func(e *ent) {
		if e != nil && !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	// a name touching a hyphen: before it ("U.S.-") or after it ("-EU"),
	// a mention of the story or a gazetteer name inside a longer one
	// ("Kenya-Caribbean" is one word)
	for k := j; k < i; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && m.start >= lo && m.end <= hi && s.joinedByHyphen(m.start, m.end) {
			add(m.ent)
		}
	}
	for ai := sort.Search(len(s.atoms), func(x int) bool { return s.atoms[x].Start >= lo }); ai < len(s.atoms) && s.atoms[ai].Start < hi; ai++ {
		at := s.atoms[ai]
		if at.End <= hi && at.Entry != nil && s.joinedByHyphen(at.Start, at.End) {
			if e := s.entByKey[at.Entry.Key]; e != nil && len(e.ments) > 0 {
				add(s.resolveEnt(e))
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// signedBy returns the token of "by" after an act's participle in
// sentence [a,b) ("was signed by", "concluded by"), also past a date or a
// place between them ("was signed on 5 May 2024 by", "signed in Geneva
// today by"), or -1.
func (s *state) signedBy(a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if s.lw(k) != "by" {
			continue
		}
		j := k - 1
		for j > a && j > k-10 && !actParticiples.has(s.lw(j)) {
			if m := s.mentAt(j); m != nil && m.ent.typ == annals.Place {
				j = m.a - 1
				continue
			}
			if s.dateAt(j) < 0 && !settingWords.has(s.lw(j)) {
				break
			}
			j--
		}
		if w := s.lw(j); actParticiples.has(w) && w != "which" && w != "that" {
			return k
		}
	}
	return -1
}

// agentsEnd returns the token where the agents named from token k on end
// (their names, titles and bodies, joined by commas, "and" and the words
// inside a title: "X, Director of A, and the FAO Regional Director for
// Asia, Y"), before a word of another phrase ("... on Monday, after
// talks with Z"), or b.
func (s *state) agentsEnd(k, b int) int {
	for ; k < b; k++ {
		if s.mentAt(k) != nil || s.capLike(k) || agentGlue.has(s.lw(k)) {
			continue
		}
		if s.word(k) == "." && s.is(k-1, cHonorifics) {
			continue
		}
		return k
	}
	return b
}

// agentGlue stand between the agents of an act and inside their titles.
var agentGlue = set(",", "and", "the", "of", "for", "to", "on", "behalf", "&", "(", ")")

// settingWords stand with a date or a place between an act's participle
// and its agent: "signed on 5 May in Geneva by".
var settingWords = set("on", "in", "at", "today", "yesterday", "the", ",")

// namedSides returns the sides a body's name opens with ("U.S.-EU Trade
// and Technology Council": the United States and the EU), when the story
// names them.
func (s *state) namedSides(p *ent) []*ent {
	if p.typ != annals.Org || len(p.ments) == 0 {
		return nil
	}
	m := p.ments[0]
	var out []*ent
	for ai := sort.Search(len(s.atoms), func(x int) bool { return s.atoms[x].Start >= m.start }); ai < len(s.atoms) && s.atoms[ai].Start < m.end; ai++ {
		at := s.atoms[ai]
		if at.End > m.end || at.Entry == nil || !s.joinedByHyphen(at.Start, at.End) {
			continue
		}
		if e := s.entByKey[at.Entry.Key]; e != nil && len(e.ments) > 0 && s.resolveEnt(e) != p {
			out = append(out, s.resolveEnt(e))
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// hyphenAt reports whether token k is a hyphen joining the words on either
// side without spaces ("U.S.-EU").
func (s *state) hyphenAt(k int) bool {
	if k <= 0 || k+1 >= len(s.toks) || s.word(k) != "-" {
		return false
	}
	return s.toks[k-1].End == s.toks[k].Start && s.toks[k].End == s.toks[k+1].Start
}

// joinedByHyphen reports whether the text range [start,end) is one side
// of a hyphenated compound: a hyphen touches it on the right or the left,
// with a word on its other side.
func (s *state) joinedByHyphen(start, end int) bool {
	t := s.text
	if end+1 < len(t) && t[end] == '-' && t[end+1] != ' ' && t[end+1] != '\n' {
		return true
	}
	return start >= 2 && t[start-1] == '-' && t[start-2] != ' ' && t[start-2] != '\n'
}

// functionWords end the words of an event's name.
var functionWords = set("the", "a", "an", "of", "in", "at", "on", "to", "for", "with", "and", "or", "by", "from",
	"its", "their", "his", "her", "our", "this", "that", "these", "those", "last", "next", "first", "as")

// headingLabel returns the token after the colon that closes a heading
// opening the line of sentence start a, before the trigger at i: words
// capitalized but for function words ("Expanding National Service
// Opportunities to Advance our Wildfire Strategy:", "KOTV (CBS Tulsa,
// OK):"), then a capitalized word (the sentence the heading labels).
// Without one, or when a quotation follows the colon (a speaker's label),
// it returns -1.
func (s *state) headingLabel(a, i int) int {
	if a > 0 && !s.lineStart[a] && !s.paraBreak(a-1, a) {
		return -1
	}
	depth := 0
	for k := a; k < i && k < a+maxLabel; k++ {
		w := s.word(k)
		switch {
		case w == ":":
			if k == a || depth > 0 {
				return -1
			}
			j := k + 1
			for j < i && strings.Trim(s.word(j), "*") == "" {
				j++
			}
			// (not the subject of what follows: "CORE Group: Will work
			// with country partners")
			if j >= i || s.toks[j].Kind != text.Word || !text.IsCap(s.word(j)) || s.is(j, cAuxiliaries) {
				return -1
			}
			return j
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth > 0, strings.Trim(w, "*") == "", w == ",", w == "&", w == "-", w == ".", w == "'", w == "’":
		case s.toks[k].Kind != text.Word:
			return -1
		case !text.IsCap(w) && !functionWords.has(strings.ToLower(w)):
			return -1
		}
	}
	return -1
}

// maxLabel is the most tokens a heading before a colon holds.
const maxLabel = 16

// speakerLabel reports whether the label [a,b) before a colon names the
// one who speaks: a person ("MS. X:", "Representative Y (CA-31):"), or
// an office's one holder ("THE PRESIDENT:").
func (s *state) speakerLabel(a, b int) bool {
	if honorifics.has(s.lw(a)) || s.officeHolderAt(a+1, b) != nil {
		return true
	}
	for k := a; k < b; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			return true
		}
	}
	return false
}

// visitNouns name a visit that "by" may follow with its visitor.
var visitNouns = set("visit", "visits", "trip", "trips", "tour")

// agentLeads may stand between "by" and the visitor's name: "by the
// Prime Minister", "by a delegation of the European Parliament".
var agentLeads = set("the", "a", "an", "of", "delegation", "delegations")

// visitAgent returns the token of "by" that names who makes the visit
// whose noun is token i, in sentence [...,b): right after the noun ("the
// visit by") or after where it goes and when ("an upcoming trip to Turkey
// by President Y", "the visit to Washington this week by the Prime
// Minister"), before a person or body, or a country's possessive ("by
// Norway's Foreign Minister"); else -1. ("closed the visit by outlining
// ...", "a trip to Ohio by bus" name no visitor.)
func (s *state) visitAgent(i, b int) int {
	if !visitNouns.has(s.lw(i)) {
		return -1
	}
	j := i + 1
	if w := s.lw(j); w == "to" || w == "in" {
		m := s.mentAt(j + 1)
		if m == nil || m.a != j+1 || m.ent.typ != annals.Place {
			return -1
		}
		j = m.b
		// "to Washington, DC", "to Accra, Ghana"
		for s.word(j) == "," {
			n := s.mentAt(j + 1)
			if n == nil || n.a != j+1 || n.ent.typ != annals.Place {
				break
			}
			j = n.b
		}
	}
	for j < b && s.dateAt(j) >= 0 {
		j++
	}
	if s.lw(j) != "by" || j+1 >= b {
		return -1
	}
	for k := j + 1; k < b && k <= j+5; k++ {
		if m := s.mentAt(k); m != nil {
			if m.ent.typ == annals.Person || m.ent.typ == annals.Org || m.ent.isCountry() && s.possessiveOf(m) {
				return j
			}
			return -1
		}
		if s.toks[k].Kind != text.Word || !text.IsCap(s.word(k)) && !agentLeads.has(s.lw(k)) {
			return -1
		}
	}
	return -1
}

// possessorPronoun returns the token of "his" or "her" before the event
// noun at token i, a few modifiers between ("her acceptance speech", "his
// first official visit"), or -1.
func (s *state) possessorPronoun(i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch w := s.lw(j); {
		case w == "his" || w == "her":
			return j
		case s.toks[j].Kind != text.Word || s.mentAt(j) != nil || w == "the" || w == "a" || w == "an" || w == "and" || w == "of":
			return -1
		}
	}
	return -1
}

// ownerSubject returns the token of the "he" or "she" of clause cl, outside
// a quotation, that the possessive "his" or "her" at token k agrees with
// ("he said in his acceptance speech"), or -1: "congratulated him on his
// appointment" has none, its "his" the object's.
func (s *state) ownerSubject(k int, cl clause) int {
	want := "he"
	if s.lw(k) == "her" {
		want = "she"
	}
	for j := cl.lo; j < cl.hi; j++ {
		if s.lw(j) == want && cl.has(j) && !s.inQuote[j] {
			return j
		}
	}
	return -1
}

// hasPerson reports whether a person takes part in ev.
func hasPerson(ev *event) bool {
	for _, p := range ev.parts {
		if p.typ == annals.Person {
			return true
		}
	}
	return false
}

// visitOwner returns the token where the owner of the visit noun at token
// i begins, a possessive before it (a few lower-case words between): a
// name ("Secretary Blinken's trip to Fiji", "Prime Minister X's visit")
// or an office after "the" ("the President's recent travel"); else -1.
// Nothing before lo.
func (s *state) visitOwner(i, lo int) int {
	j := i - 1
	for n := 0; n < 3 && j > lo && s.toks[j].Kind == text.Word && !text.IsCap(s.word(j)) && !isPossessive(s.word(j)); n++ {
		j--
	}
	if w := s.word(j); w == "'s" || w == "’s" {
		j--
	} else if !isPossessive(w) {
		return -1
	}
	if j <= lo {
		return -1
	}
	if m := s.mentAt(j); m != nil {
		if m.ent.typ != annals.Person && m.ent.typ != annals.Org && !m.ent.isCountry() {
			return -1
		}
		k := m.a
		for k-1 > lo && s.capTitleWord(k-1) {
			k--
		}
		// "King Abdullah of Jordan's visit": the owner is the one of
		// Jordan
		if s.lw(k-1) == "of" {
			if p := s.mentAt(k - 2); p != nil && p.ent.typ == annals.Person {
				k = p.a
				for k-1 > lo && (s.capTitleWord(k-1) || s.is(k-1, cHonorifics)) {
					k--
				}
			}
		}
		// "Ana Ruiz and Coordinator Tom Vale's visit": owners listed,
		// where the list starts is not read
		if w := s.word(k - 1); w == "," || w == "and" || w == "&" {
			if p := s.mentAt(k - 2); p != nil && p.ent.typ == annals.Person {
				return -1
			}
		}
		return k
	}
	// "the President's", "the Vice President's"
	k := j
	for k > lo && s.toks[k].Kind == text.Word && text.IsCap(s.word(k)) && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers) || k == j && titleHeads.has(trimPossessive(s.lw(k)))) {
		k--
	}
	if k < j && s.lw(k) == "the" {
		return k
	}
	return -1
}

// alsoTookPart adds to a meeting or a conference the people and bodies a
// sentence after it names as also taking part, when that sentence names
// no gathering of its own and the gathering is the last event told before
// it, one or two sentences before: "X met Y in Brussels on Monday. The
// Minister of Defence of Latvia, Z, and the Ambassador of Lithuania, W,
// also took part."; "... opened a conference on water in Tashkent." and,
// a paragraph later, "The conference brings together 150 experts. The
// Secretary General of the OSCE, Z, also took part." ("also took part in the meeting" names its
// gathering, which joins the one told before as any telling again does.)
func (s *state) alsoTookPart() {
	for si := 1; si < len(s.sents); si++ {
		a, b := s.sentTok[si][0], s.sentTok[si][1]
		// the names of the sentence that take part: its subject before
		// "also" or a verb of taking part, those "along with" names after
		// it, and those "It was attended by" names
		var spans [][2]int
		if k := s.alsoPartAt(a, b); k >= 0 {
			spans = append(spans, [2]int{a, k})
		} else if v := s.delegatesTookPart(a, b); v >= 0 {
			spans = append(spans, [2]int{a, v})
			if _, with := s.partTail(v, b); with >= 0 {
				spans = append(spans, [2]int{with, b})
			}
		} else if k := s.attendedBy(a, b); k >= 0 {
			spans = append(spans, [2]int{k, b})
		} else if k := s.includedDelegates(a, b); k >= 0 {
			spans = append(spans, [2]int{k, b})
		}
		if len(spans) == 0 {
			continue
		}
		// the gathering told last before it (the last sentence before
		// it that tells an event tells a meeting or a conference), at
		// most two sentences before
		var target *event
		last, own := -1, false
		for _, e := range s.events {
			if e.sent == si && (e.typ == annals.Meeting || e.typ == annals.Conference) {
				own = true
				break
			}
			if e.sent >= si || e.sent < last {
				continue
			}
			if e.sent > last {
				last, target = e.sent, nil
			}
			if e.typ == annals.Meeting || e.typ == annals.Conference {
				target = e
			}
		}
		if own || target == nil || target.sent < si-2 {
			continue
		}
		for _, r := range spans {
			for j := r[0]; j < r[1]; j++ {
				m := s.mentAt(j)
				if m == nil || m.a != j {
					continue
				}
				// (a country of the subject takes part: "Ministers from
				// Ghana, Kenya and Peru were also present", not "in Accra,
				// Ghana")
				if !s.inQuote[j] && (m.ent.typ == annals.Org || m.ent.typ == annals.Person || m.ent.isCountry() && !s.placeApposition(j) && s.lw(j-1) != "in" && s.lw(j-1) != "at") {
					target.addPart(m.ent)
				}
				j = m.b - 1
			}
		}
	}
}

// alsoPartAt returns the token of "also" when sentence tokens [a,b) end
// with its subject also taking part and nothing after it but the
// gathering told before: "also took part.", "also participated in the
// talks.", "were also present.", "also attended the meeting."; else -1.
// The subject before it names someone (it opens the sentence: "Ministers
// of Kenya and Peru were also present").
func (s *state) alsoPartAt(a, b int) int {
	k := -1
	for j := a + 1; j < b; j++ {
		if s.lw(j) == "also" {
			k = j
			break
		}
	}
	if k < 0 {
		return -1
	}
	if s.lw(k-1) == "were" || s.lw(k-1) == "was" {
		if w := s.lw(k + 1); w != "present" && w != "in" {
			return -1
		}
	} else if w := s.lw(k + 1); w == "present" || w == "in" {
		return -1
	}
	if end, with := s.partTail(k+1, b); end < 0 || with >= 0 {
		return -1
	}
	return k
}

// partTail reads a verb of taking part at token j and what follows it to
// the end of the sentence [.,b): "took part.", "participated in the
// talks.", "present.", "in attendance.", "attended the meeting.", and
// "attended, along with observers from the European Union." It returns
// the token after the verb phrase (-1 when the rest is no such phrase)
// and where the names after "along with" begin (-1 without them).
func (s *state) partTail(j, b int) (int, int) {
	switch s.lw(j) {
	case "took", "take", "takes", "taking":
		if s.lw(j+1) != "part" {
			return -1, -1
		}
		j += 2
		if s.lw(j) == "in" {
			j++
		}
	case "participated", "participate", "participates":
		j++
		if s.lw(j) == "in" {
			j++
		}
	case "attended", "attend", "attends", "joined", "join", "joins":
		j++
	case "present":
		j++
	case "in":
		if s.lw(j+1) != "attendance" {
			return -1, -1
		}
		j += 2
	default:
		return -1, -1
	}
	// the gathering told before, named again by its noun
	if (s.lw(j) == "in" || s.lw(j) == "at") && s.is(j+1, cBackDeterminers) {
		j++
	}
	if s.lw(j) == "the" || s.lw(j) == "this" || s.lw(j) == "that" {
		if !s.is(j+1, cAlsoGatherings) {
			return -1, -1
		}
		j += 2
	}
	with := -1
	if s.word(j) == "," && s.lw(j+1) == "along" && s.lw(j+2) == "with" && s.word(b-1) == "." {
		with = j + 3
		for y := with; y < b-1; y++ {
			// (a verb of its own tells another act: ", along with
			// observers who signed ...")
			if s.toks[y].Kind == text.Word && s.mentAt(y) == nil && (finiteVerbs.has(s.lw(y)) || s.lw(y) == "who" || s.lw(y) == "which") {
				return -1, -1
			}
		}
		return j, with
	}
	if j != b-1 || s.word(j) != "." {
		return -1, -1
	}
	return j, with
}

// delegatesTookPart returns the token of the verb when sentence tokens
// [a,b) open with delegates of a list of countries or bodies who take
// part in the gathering told before: "Ministers from Chile, Peru and
// Bolivia took part.", "Delegations of Kenya and Ghana attended.",
// "Foreign ministers of A, B and C participated in the meeting."; else
// -1.
func (s *state) delegatesTookPart(a, b int) int {
	j := a
	for j < a+3 && s.mentAt(j) == nil && text.IsCap(s.word(j)) && !delegateNouns.has(s.lw(j)) {
		j++
	}
	if !delegateNouns.has(s.lw(j)) {
		return -1
	}
	// "Ministers and senior officials from"
	if s.lw(j+1) == "and" {
		y := j + 2
		for y < j+4 && !delegateNouns.has(s.lw(y)) && s.toks[y].Kind == text.Word {
			y++
		}
		if !delegateNouns.has(s.lw(y)) {
			return -1
		}
		j = y
	}
	if w := s.lw(j + 1); w != "from" && w != "of" {
		return -1
	}
	names := 0
	for k := j + 2; k < b && k < j+60; k++ {
		if m := s.mentAt(k); m != nil && m.a == k {
			if m.ent.typ == annals.Person || m.ent.typ == annals.Place && !m.ent.isCountry() {
				return -1
			}
			names++
			k = m.b - 1
			continue
		}
		switch w := s.lw(k); {
		case w == "," || w == "and" || w == "the":
		case names > 0 && (w == "were" || w == "was") && (s.lw(k+1) == "present" || s.lw(k+1) == "in"):
			if end, _ := s.partTail(k+1, b); end >= 0 {
				return k + 1
			}
			return -1
		case names > 0:
			if end, _ := s.partTail(k, b); end >= 0 {
				return k
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// delegatesAt reports whether token k opens delegates of a country or a
// body: "delegations of", "senior officials from", "the ministers of".
func (s *state) delegatesAt(k int) bool {
	for j := k; j < k+3; j++ {
		if delegateNouns.has(s.lw(j)) {
			return s.lw(j+1) == "of" || s.lw(j+1) == "from"
		}
		if s.toks[j].Kind != text.Word || s.mentAt(j) != nil {
			return false
		}
	}
	return false
}

// includedDelegates returns the token after the verb when sentence tokens
// [a,b) list who took part in the gathering told before, and nothing else:
// "Participants included ministers from Chile, Peru and Ecuador, as well
// as representatives of the World Bank.", "Attendees included Foreign
// Minister X of Peru."; else -1.
func (s *state) includedDelegates(a, b int) int {
	j := a
	if s.lw(j) == "the" || s.lw(j) == "its" {
		j++
	}
	if !attendeeNouns.has(s.lw(j)) || s.lw(j+1) != "included" && s.lw(j+1) != "include" && s.lw(j+1) != "includes" {
		return -1
	}
	names := 0
	for k := j + 2; k < b-1; k++ {
		if m := s.mentAt(k); m != nil && m.a == k {
			if m.ent.typ == annals.Place && !m.ent.isCountry() {
				return -1
			}
			names++
			k = m.b - 1
			continue
		}
		w := s.lw(k)
		switch {
		case w == "," || w == "and" || w == "the" || w == "of" || w == "from" || w == "as" || w == "well":
		case delegateNouns.has(w) || portfolioWords.has(w) || delegateModifiers.has(w):
		case s.toks[k].Kind == text.Number:
		case text.IsCap(s.word(k)) && (s.isTitleWord(k) || s.is(k, cHonorifics)):
		default:
			return -1
		}
	}
	if names == 0 || s.word(b-1) != "." {
		return -1
	}
	return j + 2
}

// attendeeNouns name those who took part: "Participants included ...".
var attendeeNouns = set("participants", "attendees", "delegates", "delegations", "guests", "speakers", "panelists")

// delegateModifiers describe delegates: "senior officials", "high-level
// representatives", "other ministers".
var delegateModifiers = set("senior", "high-level", "other", "several", "many", "government", "top", "national", "regional", "local", "deputy", "vice")

// delegateNouns name those a country or a body sends to a gathering.
var delegateNouns = set("ministers", "minister", "leaders", "officials", "delegates", "delegations", "delegation",
	"representatives", "envoys", "ambassadors", "participants", "heads", "experts", "counterparts")

// attendedBy returns the token after "by" when sentence tokens [a,b)
// tell the gathering told before by a pronoun, attended by those it
// names: "It was attended by delegations from Chile and Peru.", "It was
// also joined by the European Union."; else -1.
func (s *state) attendedBy(a, b int) int {
	if s.lw(a) != "it" || s.lw(a+1) != "was" {
		return -1
	}
	j := a + 2
	if s.lw(j) == "also" {
		j++
	}
	if w := s.lw(j); (w != "attended" && w != "joined") || s.lw(j+1) != "by" {
		return -1
	}
	return j + 2
}

// alsoGatherings name again a gathering told before: "also took part in
// the meeting".
var alsoGatherings = set("meeting", "meetings", "talks", "discussion", "discussions", "conference", "summit",
	"session", "event", "call", "roundtable", "consultations", "dialogue", "ceremony", "gathering", "forum")

// itself reports whether participant p, displayed as name, is the event
// itself: a name the gazetteer does not know, read as a body, that is
// the event's title ("the Global Youth Forum for Peace" takes no part in
// itself, nor "the Istanbul Agreements" in their signing). A body the
// gazetteer knows takes part in a gathering named after it (the Pacific
// Islands Forum in its leaders' meeting titled "Pacific Islands Forum"),
// and an appointment's title may name the body whose office it is, as a
// name ending in a body's head that tells no event may ("the Peru
// Conference Secretariat").
func (e *event) itself(p *ent, name string) bool {
	if e.typ == annals.Appointment || p.entry != nil || e.title == "" || !strings.EqualFold(e.title, name) {
		return false
	}
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return !orgHeads.has(last) || triggers[last] != ""
}
