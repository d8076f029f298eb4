package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Agreements: a text signed, concluded, ratified, adopted or agreed.
//
// The rule accepts an agreement told as an act ("the OTS and the UNAOC
// signed the MoU", "a Cooperation Agreement followed on 9 September 2013",
// "the 2016 memorandum"), a text a body adopts ("Parliament adopted the
// rules", "the UNSC passed Resolution 1747"), a numbered resolution, a named
// declaration, charter or convention signed or adopted, a letter of intent,
// and a text agreed to ("the roadmap agreed upon"). It rejects a trigger
// that is a word of an organization's name ("North Atlantic Treaty
// Organization"), an agreement named in passing with no act and no date,
// "signing up" (enrolling), "have ratified it" (a condition), a position a
// body adopts (a statement: see adoptsAPosition) and a letter sent (a
// statement of its senders).
var agreementWords = []string{
	"signed", "signing", "sign", "signs", "memorandum", "mou", "agreement", "accord",
	"treaty", "cease-fire", "ceasefire", "armistice", "pact", "agreements", "mous", "ratified",
	"adopted", "adopts", "adopt", "approved", "approves", "passed", "resolution",
	"letter", "declaration", "charter", "convention", "memorandums", "agreed",
}

// agreementAt returns the event type the agreement word w at token i
// signals in its context, or "".
func (s *state) agreementAt(i int, w string) annals.EventType {
	t := annals.Agreement
	next, prev := s.lw(i+1), s.lw(i-1)
	// "those newly signing up for coverage": to sign up is to enrol, no
	// agreement
	if (w == "signing" || w == "signed" || w == "sign" || w == "signs") && next == "up" {
		return ""
	}
	// "signing bonuses", "a signing statement": the word qualifies a
	// thing, no text signed
	if w == "signing" && signingModified.has(next) {
		return ""
	}
	// "signed an Executive Order", "signed Proclamations", "signed a
	// National Security Presidential Memorandum": an act of one, no
	// agreement between parties
	if (w == "signed" || w == "signing" || w == "sign" || w == "signs") && (s.unilateralText(i+1) || s.unilateralBefore(i)) {
		return ""
	}
	// "Executive Order 14017, America's Supply Chains, signed in
	// February 2021", "the executive orders the President has signed":
	// the order told before the participle
	if w == "signed" && s.orderSignedBefore(i) {
		return ""
	}
	// "signed the Inflation Reduction Act", "signed into law", "the law
	// was signed": a law its executive signs is passed, no agreement
	// between parties
	if (w == "signed" || w == "signing" || w == "sign" || w == "signs") && s.signsALaw(i) {
		return ""
	}
	// "the PACT Act": a word of a law's name
	if n := s.word(i + 1); n == "Act" || strings.HasPrefix(n, "Act-") || n == ")" && s.word(i+2) == "Act" {
		return ""
	}
	// "approved a Major Disaster Declaration for the state": an act of
	// one too
	if (w == "approved" || w == "approves") && s.unilateralText(i+1) {
		return ""
	}
	// the text's own word: "signed a Presidential Memorandum to the
	// Secretary", "will issue a new National Security Memorandum", "a
	// Major Disaster Declaration"
	if s.unilateralNoun(i) {
		return ""
	}
	switch w {
	case "letter":
		// "sent a letter to President X": a statement of its senders
		if s.sendsALetter(i) {
			return annals.Speech
		}
		if !(next == "of" && s.lw(i+2) == "intent") || !s.agreementAct(i) && !s.sentenceHasDate(i) {
			return ""
		}
		return t
	case "agreed":
		// a text agreed: "the Shared Vision document agreed to in July
		// 2006", "the roadmap agreed upon"
		if !(agreedTexts.has(prev) && (next == "to" || next == "upon" || next == "on" || next == "in" || next == "at")) {
			return ""
		}
		return t
	case "declaration", "charter", "convention":
		// a named document signed or adopted: "signed the Astana Declaration",
		// "the Refugee Convention was created in 1951"
		if !text.IsCap(s.word(i)) || !s.sentenceHas(i, "signed", "adopted", "signing", "adoption", "ratified", "concluded", "created", "drafted") {
			return ""
		}
		return t
	case "memorandum", "mou", "mous", "memorandums", "agreement", "agreements", "accord", "treaty", "pact", "cease-fire", "ceasefire", "armistice":
		// a word of an organization's name ("North Atlantic Treaty
		// Organization", "Collective Security Treaty Organization")
		if m := s.mentAt(i); m != nil && m.ent.typ == annals.Org && m.b > i+1 {
			return ""
		}
		// "the 2016 memorandum": an agreement of a given year, told again
		if d := s.dateAt(max(i-1, 0)); d >= 0 && s.dates[d].Value.Precision() == annals.Year && (s.lw(i-2) == "the" || s.lw(i-2) == "its") {
			return t
		}
		if s.namedInPassing(i) || s.anyText(i) || s.underNegotiation(i) {
			return ""
		}
		// an agreement told as an act (signed, concluded, reached,
		// negotiated), or a named one dated in its sentence ("A fuller
		// Cooperation Agreement followed on 9 September 2013")
		if !s.agreementAct(i) && !(text.IsCap(s.word(i)) && s.sentenceHasDate(i)) {
			return ""
		}
		if (w == "agreement" || w == "agreements") && (next == "with" && prev != "an" && prev != "the" || prev == "in") {
			return ""
		}
		return t
	case "adopted", "adopts", "adopt", "approved", "approves", "passed":
		// a text adopted: "Parliament adopted the rules", "the regulation
		// was adopted with 680 votes", "the UNSC passed Resolution 1747"
		if !s.adoptsAText(i) || s.passesABill(i) {
			return ""
		}
		if s.adoptsAPosition(i) {
			// "Parliament adopted its position on draft EU rules": what the
			// body wants, a statement of its own, not yet an agreement
			return annals.Speech
		}
		return t
	case "resolution":
		// "Resolution 1737", a resolution known by its number
		if !text.IsCap(s.word(i)) || !isNumber(s.word(i+1)) {
			return ""
		}
		return t
	case "signed", "ratified":
		// "signed up" (joined), "have ratified it" (a condition, not an act)
		if next == "up" || w == "ratified" && (next == "it" || next == "them") {
			return ""
		}
		// "a signed copy of the letter", "signed copies": the participle
		// qualifies a thing, no one signs in the sentence
		if prev == "a" || prev == "an" || next == "copy" || next == "copies" {
			return ""
		}
	case "sign", "signs":
		if !(next == "a" || next == "an" || next == "the" || next == "agreement" || next == "memorandum") {
			return ""
		}
		// "urged both sides to sign the accord": an act aimed at
		if s.aimedInfinitive(i) {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// orderSignedBefore reports whether "signed" at token i takes no object
// after it and an executive order or action is told before it in its
// sentence with no agreement's word between: "Executive Order 14017,
// America's Supply Chains, signed in February 2021", "Executive Orders,
// Presidential Proclamations, Memoranda, and Permits signed over the
// past 4 years", "the major laws and executive orders the President has
// signed". Not "Following the Executive Order, Peru and Chile signed a
// trade agreement" (an object after it).
func (s *state) orderSignedBefore(i int) bool {
	switch n := s.lw(i + 1); n {
	case "a", "an", "the", "this", "these", "that", "two", "three", "several", "agreements", "agreement":
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-14; k-- {
		w := s.lw(k)
		switch w {
		case "order", "orders", "action", "actions":
			if s.lw(k-1) == "executive" {
				return true
			}
		case ";", "agreement", "agreements", "treaty", "treaties", "accord", "accords", "memorandum", "mou", "pact",
			"declaration", "convention", "charter", "protocol", "deal":
			return false
		}
	}
	return false
}

// signingModified are the nouns "signing" qualifies: "signing bonuses",
// "a signing statement", "signing authority".
var signingModified = set("bonus", "bonuses", "incentive", "incentives", "statement", "statements", "authority",
	"authorities", "day", "period", "deadline", "fee", "fees", "pen", "pens", "window", "limit", "limits", "power", "powers")

// agreementAct reports whether the sentence of token i tells an agreement
// as an act: signed, concluded, reached, negotiated, ratified.
//
// An act only aimed at is none: "urged the Prime Minister to empower his
// negotiators to conclude a deal", "efforts to reach a lasting
// ceasefire", "We must work with partners to reach agreement by 2021",
// "are required to sign non-compete agreements" (see aimedInfinitive;
// "managed to reach an agreement" is one).
func (s *state) agreementAct(i int) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if s.inQuote[k] || !agreementActs.has(s.low[k]) {
			continue
		}
		if !s.aimedInfinitive(k) {
			return true
		}
	}
	return false
}

// agreementActs tell an agreement as an act.
var agreementActs = set("signed", "signing", "sign", "signs", "concluded", "conclude", "reached", "reach",
	"negotiated", "ratified", "ratify", "initialed", "initialled", "agreed", "brokered", "inked", "adopted",
	"renewed", "extended", "entered", "sealed", "struck", "finalized", "finalised")

// aimWords ask for, need or strive for an act that may never come:
// "urged X to conclude", "efforts to reach", "must work with partners to
// reach", "required to sign". (The parties' own hope or aim, "hope to
// reach an agreement", "necessary to reach", is a planned agreement: see
// aimCues.)
var aimWords = set("urged", "urge", "urges", "urging", "directed", "directs", "direct", "instructed", "instructs",
	"asked", "asks", "ask", "encouraged", "encourages", "encourage", "effort", "efforts", "must", "need", "needs",
	"needed", "required", "requires", "require", "push", "pushing", "pushed", "pressed", "pressing",
	"mediation", "attempt", "attempts", "try", "trying", "tried", "calls", "called", "continue", "continues", "continuing")

// aimedInfinitive reports whether the verb at token k is an infinitive
// ("to reach", "to conclude") that an aim word before it in its clause
// asks for, needs or seeks, so that no act is told: "urged the Prime
// Minister to empower his negotiators to conclude a deal", "the
// mediation efforts ... to reach a lasting ceasefire". Not "managed to
// reach", "agreed to sign", nor "the work they had done to reach the
// agreement" (a finite verb between: the act done).
func (s *state) aimedInfinitive(k int) bool {
	if s.lw(k-1) != "to" {
		return false
	}
	start := s.sentTok[s.sentOf[k]][0]
	for j := k - 2; j >= start && j >= k-14; j-- {
		w := s.lw(j)
		if aimWords.has(w) {
			return true
		}
		switch {
		case w == ";" || w == "." || w == "which" || w == "that" || w == "who" || w == "but" || w == "managed" ||
			w == "able" || w == "agreed" || w == "had" || w == "have" || w == "has" || w == "did" || w == "done",
			aimCues.has(w):
			return false
		}
	}
	return false
}

// legalTexts are what a parliament, council or assembly adopts.
var legalTexts = set("rules", "regulation", "regulations", "resolution", "resolutions", "directive", "directives",
	"law", "laws", "legislation", "bill", "bills", "proposal", "proposals", "declaration", "constitution",
	"convention", "treaty", "agreement", "text", "texts", "measures", "decision", "package",
	"charter", "amendments", "amendment", "act", "protocol", "statute", "mandate", "code", "position", "opinion")

// lawModified are the nouns "law" qualifies without being a law: "adopt
// smart law enforcement models", "a law firm".
var lawModified = set("enforcement", "firm", "firms", "school", "schools", "student", "students", "clinic", "clinics", "professor", "professors")

// adoptsAText reports whether the verb at token i adopts a text: one
// named as its object within a few words, or, in the passive ("was
// adopted"), as the subject of its sentence.
func (s *state) adoptsAText(i int) bool {
	if p := s.lw(i - 1); p == "the" || p == "a" || p == "an" || p == "newly" || p == "recently" {
		return false // "according to the adopted text": an adjective
	}
	if s.lw(i+1) == "away" || s.lw(i+1) == "through" || s.lw(i+1) == "by" && s.lw(i-1) != "was" && s.lw(i-1) != "were" {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.is(k, cLegalTexts) && !s.is(k+1, cLawModified) {
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			break
		}
	}
	if p := s.lw(i - 1); p != "was" && p != "were" && p != "been" && p != "be" {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := start; k < i; k++ {
		if s.is(k, cLegalTexts) {
			return true
		}
	}
	return false
}

// anyText reports whether the agreement word at token i ends a noun
// phrase opened by "any": "agreed that any budget agreement would need to
// be bipartisan", "the operation of any trade agreement once entered
// into": whatever agreement there may be, none told.
func (s *state) anyText(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.lw(k) == "any" {
			return true
		}
		if s.toks[k].Kind != text.Word || s.dateAt(k) >= 0 {
			return false
		}
	}
	return false
}

// passesABill reports whether the verb at token i passes a bill, a
// legislature's vote on a law of its own, no text agreed between parties:
// "the Senate passed an historic bill", "the House and Senate have each
// passed bills", "members of Congress passed legislation", "the bill was
// approved by the Assembly". The first text named decides: "passed
// Resolution 1747", "adopted the regulation", "adopted legislation" (a
// text of the EU's Council and Parliament) stay agreements.
func (s *state) passesABill(i int) bool {
	bill := func(k int) bool {
		switch s.lw(k) {
		case "bill", "bills":
			return true
		case "legislation", "law", "laws":
			return s.lw(i) == "passed"
		}
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.is(k, cLegalTexts) {
			return bill(k)
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			break
		}
	}
	if p := s.lw(i - 1); p != "was" && p != "were" && p != "been" && p != "be" {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start; k-- {
		if s.is(k, cLegalTexts) {
			return bill(k)
		}
	}
	return false
}

// otherTexts reports whether two agreements name different texts: a
// numbered resolution each ("Resolution 1737", "Resolution 1747"), or
// different titles.
func (s *state) otherTexts(a, b *event) bool {
	if a.typ != b.typ || a.typ != annals.Agreement && a.typ != annals.Speech {
		return false
	}
	if s.is(a.anchor, cAdoptVerbs) && s.is(b.anchor, cAdoptVerbs) && a.sent != b.sent {
		// "Parliament adopted its position on X. ... MEPs also adopted
		// their position on Y": each body that adopts, named before its
		// verb, adopts a text of its own
		if sa, sb := s.namedSpeakerBefore(a.anchor), s.namedSpeakerBefore(b.anchor); sa != nil && sb != nil {
			return true
		}
	}
	if s.is(a.anchor, cAdoptVerbs) != s.is(b.anchor, cAdoptVerbs) && a.typ == annals.Speech {
		// a position adopted and what a member said of it are two
		return true
	}
	if a.typ == annals.Speech && a.sent != b.sent {
		// "The Ministers issued a joint statement." ... "Minister Wong
		// delivered a speech at the University of Tokyo": a text put out
		// and an address given are two
		wa, wb := s.statementNoun(a.anchor, writtenStatements), s.statementNoun(b.anchor, writtenStatements)
		sa, sb := s.statementNoun(a.anchor, spokenAddresses), s.statementNoun(b.anchor, spokenAddresses)
		return wa && sb || sa && wb
	}
	if a.typ != annals.Agreement {
		return false
	}
	ta, tb := s.numberedText(a.anchor), s.numberedText(b.anchor)
	if ta != "" && tb != "" {
		return ta != tb
	}
	return a.title != "" && b.title != "" && !strings.EqualFold(a.title, b.title)
}

// writtenStatements are the nouns of a statement put out in writing;
// spokenAddresses those of an address given before an audience.
var (
	writtenStatements = set("statement", "statements", "communique", "communiqué", "declaration", "readout", "letter")
	spokenAddresses   = set("speech", "speeches", "address", "lecture", "keynote", "remarks", "presentation")
)

// statementNoun reports whether the speech told at token i is one of
// nouns: its trigger, or the object of its verb ("issued a joint
// statement", "delivered a keynote address").
func (s *state) statementNoun(i int, nouns wordSet) bool {
	if nouns.has(s.lw(i)) {
		return true
	}
	b := s.sentTok[s.sentOf[i]][1]
	for k := i + 1; k < b && k <= i+3; k++ {
		if nouns.has(s.lw(k)) {
			return true
		}
		if s.toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// numberedText returns "Resolution 1747" when a legal text known by its
// number is named within a few words of token i, else "".
func (s *state) numberedText(i int) string {
	si := s.sentOf[i]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for k := max(a, i-3); k < b && k <= i+4; k++ {
		if s.is(k, cLegalTexts) && isNumber(s.word(k+1)) {
			return s.word(k) + " " + s.word(k+1)
		}
	}
	return ""
}

// positionNouns are what a body adopts to say what it wants.
var positionNouns = set("position", "positions", "mandate", "opinion", "stance", "recommendations", "recommendation")

// adoptsAPosition reports whether the text adopted at token i is a
// position: "adopted its position", "the negotiating mandate ... was
// adopted".
func (s *state) adoptsAPosition(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.is(k, cPositionNouns) {
			return true
		}
		if s.is(k, cLegalTexts) || s.toks[k].Kind == text.Punct {
			break
		}
	}
	if p := s.lw(i - 1); p == "was" || p == "were" {
		start := s.sentTok[s.sentOf[i]][0]
		for k := start; k < i && k < start+8; k++ {
			if s.is(k, cPositionNouns) {
				return true
			}
		}
	}
	return false
}

// unilateralText reports whether the words from token k name a text one
// signs alone: an executive order, a proclamation, a presidential
// memorandum or a directive ("an Executive Order directing", "two
// Proclamations", "a National Security Presidential Memorandum", "a
// Memorandum to safeguard ..."), a pardon or a commutation.
func (s *state) unilateralText(k int) bool {
	for j := k; j < k+6 && j < len(s.toks) && s.sentOf[j] == s.sentOf[k]; j++ {
		switch w := s.lw(j); w {
		case "order", "orders":
			return s.lw(j-1) == "executive"
		case "proclamation", "proclamations", "directive", "directives", "e.o.", "eo",
			// "signed a pardon for my son", "signed commutations": acts
			// of clemency
			"pardon", "pardons", "commutation", "commutations", "clemency":
			return true
		case "memorandum", "memoranda", "memorandums", "declaration", "declarations":
			return s.unilateralNoun(j)
		case "action", "actions":
			// "signed a series of executive actions", "an Executive Action"
			return s.lw(j-1) == "executive"
		case "resolution", "resolutions":
			// "signed a joint resolution to end the mandates": a
			// legislature's resolution its executive signs, a law
			return s.lw(j-1) == "joint"
		case "book", "books", "guestbook", "guestbooks", "autograph", "autographs", "petition", "petitions":
			// "signed the official condolences book", "signed autographs":
			// a name written, no text agreed
			return true
		case "executive":
			// "signing an Executive" at the end of a cut line
			if j+1 >= len(s.toks) || s.sentOf[j+1] != s.sentOf[j] || s.lineStart[j+1] {
				return true
			}
		case "the", "a", "an", "two", "three", "new", "presidential", "national", "security", "historic",
			"this", "that", "his", "her", "my", "their", "its", "first", "second", "third", "another",
			"series", "of", "major", "disaster", "emergency", "expedited",
			// "signed more than 300 executive orders", "the first-ever
			// proclamation"
			"more", "than", "over", "nearly", "almost", "about", "some", "dozens", "hundreds", "-", "ever", "first-ever",
			"official", "condolence", "condolences", "guest", "visitors", "memorial",
			// "signed several key Executive Orders", "signed today an
			// Executive Order", "an unprecedented Executive Order"
			"several", "key", "multiple", "numerous", "additional", "landmark", "sweeping", "unprecedented",
			"first-of-its-kind", "today", "yesterday", "also", "joint":
		default:
			if !text.IsCap(s.word(j)) && !isNumber(w) {
				return false
			}
		}
	}
	return false
}

// unilateralNoun reports whether the text word at token i names a text
// one issues alone: a presidential or national security memorandum ("a
// Presidential Memorandum to the Secretary", "a new National Security
// Memorandum"), a disaster or emergency declaration ("a Major Disaster
// Declaration for the state").
func (s *state) unilateralNoun(i int) bool {
	switch s.lw(i) {
	case "memorandum", "memoranda", "memorandums":
		p := s.lw(i - 1)
		// "signed a Memorandum to safeguard American innovation", "a
		// Memorandum directing the Secretary": one addressed to those
		// who carry it out (not "a Memorandum of Understanding to expand
		// trade")
		if n := s.lw(i + 1); n == "directing" || n == "instructing" || n == "ordering" || n == "to" && isLowerWord(s.word(i+2)) && s.lw(i+2) != "the" {
			return true
		}
		return p == "presidential" || p == "security" && s.lw(i-2) == "national"
	case "declaration", "declarations":
		p := s.lw(i - 1)
		return p == "disaster" || p == "emergency"
	}
	return false
}

// unilateralBefore reports whether "signed" at token i has for object an
// executive order or presidential memorandum told before it: "the
// Executive Order I signed on my first day", "an Executive Order
// President X signed in February".
func (s *state) unilateralBefore(i int) bool {
	k := i - 1
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
		k = m.a - 1
	} else if s.is(k, cPersonalPronouns) {
		k--
	} else {
		return false
	}
	// a title before the name ("President"), or "that", "which"
	for n := 0; n < 3 && k > 0; n++ {
		switch s.lw(k) {
		case "order", "orders", "action", "actions":
			return s.lw(k-1) == "executive"
		}
		if s.unilateralNoun(k) {
			return true
		}
		if !s.capLike(k) && s.lw(k) != "that" && s.lw(k) != "which" {
			return false
		}
		k--
	}
	return false
}

// namedInPassing reports whether the agreement word at token i ends a
// name that is the object of a preposition: "aligned to the Paris
// Agreement", "under the Paris Agreement", "commitments made in the
// Hiroshima Accord" name a text the sentence tells nothing done to, the
// sentence's dates being others' ("2030 targets ... under the Paris
// Agreement"). Not when the name gives its year ("in line with the 2020
// Juba Peace Agreement", "the North Atlantic Treaty of 1949"), an act stands before the preposition ("the
// signing of the Paris Agreement") or after the name ("under the Lima
// Accord, signed in 2010").
func (s *state) namedInPassing(i int) bool {
	switch s.lw(i) {
	case "agreement", "agreements", "accord", "accords", "treaty", "pact":
	default:
		return false
	}
	if !text.IsCap(s.word(i)) {
		return false
	}
	st := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	for k >= st && (s.capLike(k) || s.word(k) == "-" || s.word(k) == "–" || s.word(k) == "." && s.capLike(k-1)) {
		k--
	}
	if k == i-1 || k < st || s.dateAt(k) >= 0 {
		return false
	}
	if s.lw(k) != "the" {
		return false
	}
	k--
	if !s.is(k, cPassingPreps) || s.is(k-1, cActNouns) {
		return false
	}
	j := i + 1
	if s.lw(j) == "of" && s.dateAt(j+1) >= 0 {
		return false // "the North Atlantic Treaty of 1949"
	}
	if s.word(j) == "," {
		j++
	}
	return !s.is(j, cActParticiples)
}

// underNegotiation reports whether the agreement word at token i ends a
// text still being negotiated: the object of "negotiations on", "talks
// for", "negotiate" ("agreed to launch negotiations on a Bilateral
// Investment Treaty", "agreed to negotiate a free trade agreement",
// "trade negotiations, including the X Agreement"): no text is agreed
// yet, whatever the sentence's other verbs say. Negotiations concluded
// or completed made one ("concluded negotiations on the X Agreement").
func (s *state) underNegotiation(i int) bool {
	st := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	for n := 0; ; k, n = k-1, n+1 {
		if k < st || n == 8 {
			return false
		}
		w := s.lw(k)
		if w == "on" || w == "for" || w == "toward" || w == "towards" || w == "over" || w == "including" || w == "negotiate" || w == "negotiating" {
			break
		}
		if s.toks[k].Kind != text.Word && !isDash(s.word(k)) || agreementActs.has(w) {
			return s.negotiationsIncluding(i)
		}
	}
	// the noun of the negotiation, or its verb
	p := k
	if w := s.lw(k); w != "negotiate" && w != "negotiating" {
		p = k - 1
		if w == "including" && s.word(p) == "," {
			p--
		}
		if !negotiationNouns.has(s.lw(p)) {
			return false
		}
	}
	for j := max(st, p-4); j < p; j++ {
		if concludedWords.has(s.lw(j)) && s.lw(j-1) != "to" {
			return false
		}
	}
	return true
}

// negotiationsIncluding reports whether the agreement word at token i is
// in a list after "negotiations, including" ("trade negotiations,
// including the X Agreement (XA), the Y Agreement, ..."), within eighty
// tokens and with no act of agreement between.
func (s *state) negotiationsIncluding(i int) bool {
	st := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= max(st+2, i-80); k-- {
		if agreementActs.has(s.lw(k)) {
			return false
		}
		if s.lw(k) == "including" && s.word(k-1) == "," {
			return negotiationNouns.has(s.lw(k - 2))
		}
	}
	return false
}

// negotiationNouns name a negotiation: "negotiations on", "talks for".
var negotiationNouns = set("negotiations", "negotiation", "talks")

// concludedWords end a negotiation: "concluded negotiations on".
var concludedWords = set("concluded", "concluding", "completed", "completing", "finalized", "finalised", "finished")

// passingPreps put a named agreement after them in passing: "aligned to",
// "consistent with", "under", "made in".
var passingPreps = set("to", "with", "under", "in", "of", "within", "toward", "towards", "from", "beyond")

// actNouns tell an act done to the text after "of": "the signing of the
// X Accord".
var actNouns = set("signing", "signature", "adoption", "conclusion", "ratification", "negotiation", "negotiations",
	"renewal", "extension", "entry", "implementation", "withdrawal", "accession")

// actParticiples tell an act done to the text named before them: "the X
// Accord, signed in 2010".
var actParticiples = set("signed", "concluded", "reached", "adopted", "ratified", "negotiated", "agreed", "brokered", "which", "that")

// signedTexts are the texts parties sign together: a law named after
// one of them ("signed an agreement to implement the law") is no object
// of the signing.
var signedTexts = set("agreement", "agreements", "memorandum", "memoranda", "memorandums", "mou", "mous", "treaty",
	"treaties", "accord", "accords", "pact", "pacts", "compact", "compacts", "protocol", "declaration", "charter",
	"convention", "arrangement", "arrangements", "contract", "contracts", "deal", "letter", "statement", "framework")

// signsALaw reports whether "signed" at token i signs a law: "into law"
// after it in its sentence ("signed the bill into law", "I have signed
// into law H.R. 1"), a law named as its object before any agreement's
// word ("signed the Inflation Reduction Act", "signed bipartisan
// legislation", "signed several new laws"), or in the passive as its
// subject ("the Violence Against Women Act was signed", "since the law
// was signed", "the CHIPS Act – signed by President X"). Not a treaty
// called an act: "the Final Act", "the Constitutive Act of the African
// Union" (an act of a body named after it, not of a year).
func (s *state) signsALaw(i int) bool {
	si := s.sentOf[i]
	end := s.sentTok[si][1]
	for k := i + 1; k < end && k <= i+40; k++ {
		if s.lw(k) == "into" && s.lw(k+1) == "law" {
			return true
		}
	}
	law := func(k int) bool {
		switch s.lw(k) {
		case "act", "acts":
			// a law's name: "the Inflation Reduction Act", "the Trade
			// Expansion Act of 1962"; not "the Final Act", "the
			// Constitutive Act of the African Union"
			if !text.IsCap(s.word(k)) || s.lw(k-1) == "final" || s.lw(k+1) == "of" && !isNumber(s.word(k+2)) {
				return false
			}
			return s.capLike(k-1) || s.word(k-1) == ")"
		case "law", "laws", "legislation", "bill", "bills":
			return !s.is(k+1, cLawModified)
		}
		return false
	}
	for k := i + 1; k < end && k <= i+20; k++ {
		if s.is(k, cSignedTexts) {
			break
		}
		if law(k) {
			return true
		}
		if w := s.word(k); s.toks[k].Kind == text.Punct && w != "-" && w != "’" && w != "'" && w != "(" && w != ")" && w != "." {
			break
		}
	}
	k := i - 1
	// "the Bipartisan Infrastructure Law that Biden signed", "the
	// legislation President X signed": a law told before its signer
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person || s.is(k, cPersonalPronouns) {
		if m != nil {
			k = m.a - 1
		} else {
			k--
		}
		for n := 0; n < 3 && k > s.sentTok[si][0] && (s.capLike(k) && !law(k) || s.lw(k) == "that" || s.lw(k) == "which"); n++ {
			k--
		}
		return law(k)
	}
	for k > s.sentTok[si][0] && (s.lw(k) == "was" || s.lw(k) == "were" || s.lw(k) == "been" || s.lw(k) == "being" || s.lw(k) == "is" || s.lw(k) == "has" || s.lw(k) == "had" || s.lw(k) == "–" || s.lw(k) == "—" || s.lw(k) == "," || s.lw(k) == "first" || s.lw(k) == "recently" || s.lw(k) == "originally") {
		k--
	}
	if law(k) {
		return true
	}
	// "Signed nearly one year ago, President Biden’s Bipartisan
	// Infrastructure Law has ...": the participle opening the sentence
	// tells of its subject after the comma
	if i == s.sentTok[si][0] {
		c := i + 1
		for c < end && c <= i+8 && s.word(c) != "," {
			c++
		}
		for k := c + 1; k < end && k <= c+8; k++ {
			if law(k) {
				return true
			}
			if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
				break
			}
		}
	}
	return false
}
