package extract

import (
	"fmt"
	"strings"

	"annals"
	"annals/internal/text"
)

// Foundings: a body is founded, established, created, formed, set up or
// inaugurated.
//
// The rule accepts an organization founded in the passive ("The African
// Union was launched in Durban", "the OAU, which had been founded in
// 1963"), founding an organization named right after ("came together to
// form the North Atlantic Treaty Organization", "the establishment of the
// OSCE", "established the Andean Council"), setting up a new body ("set up
// a fund", "created a task force", "the establishment of a new Financial
// Intermediary Fund"); a plan of work set up is a programme ("established
// a joint initiative"). It rejects founding, creating or forming anything
// else ("created jobs", "formed a view", "set out"), "set" without "up"
// and setting up what is no body ("set up a simple application process",
// "set up vaccination clinics").
var foundingWords = []string{
	"founded", "established", "created", "founding",
	"establishment", "inaugurated", "set",
	"establishing", "creating", "form",
	"formed", "formation",
}

// foundingAt returns the event type the founding word w at token i
// signals in its context, or "".
func (s *state) foundingAt(i int, w string) annals.EventType {
	t := annals.Founding
	next, prev := s.lw(i+1), s.lw(i-1)
	switch w {
	case "set":
		// "set up a trust fund", "set up task forces", "set up the
		// Blue-Green Investment Corporation": a body, not "set up a simple
		// application process", "set up vaccination clinics"
		if next != "up" {
			return ""
		}
		// "The monitoring committee was set up to deal with violations"
		passive := prev == "was" || prev == "were" || prev == "been" || prev == "be"
		if !s.setsUpABody(i+2) && !(passive && (s.subjectOrg(i) != nil || s.bodyBefore(i))) {
			return ""
		}
	case "form", "formed", "formation":
		// "came together to form the North Atlantic Treaty Organization",
		// "the formation of the OSCE": an organization named right after
		k := i + 1
		if next == "of" {
			k++
		}
		if s.lw(k) == "the" {
			k++
		}
		if m := s.mentAt(k); m == nil || m.ent.typ != annals.Org {
			return ""
		}
		return t
	case "founded", "established", "created", "inaugurated":
		passive := prev == "was" || prev == "were" || prev == "been"
		if passive && s.subjectOrg(i) != nil {
			return t
		}
		if _, body := s.foundedAside(i); body != nil {
			return t
		}
		// "established a fund for disaster recovery", "created a task force"
		if nt := s.newBody(i + 1); nt != "" {
			return nt
		}
		if !s.orgNear(i+1, 3) {
			return ""
		}
	case "founding", "establishment", "establishing", "creating":
		// "the establishment of the X", "the Charter establishing the X",
		// "the establishment of a new Financial Intermediary Fund"
		k := i + 1
		if next == "of" {
			k++
		}
		if nt := s.newBody(k); nt == annals.Founding {
			return nt
		}
		if s.lw(k) == "the" {
			k++
		}
		m := s.mentAt(k)
		if m == nil || m.ent.typ != annals.Org {
			return ""
		}
		// "all founding Corps members", "a founding NATO member": the
		// word qualifies the members
		if w == "founding" && next != "of" && s.modifiesNoun(m.b) {
			return ""
		}
		// "as a founding Board Member": the name is the member's office
		if w == "founding" && next != "of" && foundingOf.has(strings.ToLower(s.word(m.b-1))) {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// foundedAside reports a founding told in a participle set off right
// after the body's name, with its time: "The Australia-Japan Foundation,
// established in 1976, will fund ...", "the Colombo Plan (founded in
// 1951)", "the Mekong River Commission (MRC), created in 1995,", "the
// OAU, which had been founded in 1963,". It
// returns the token that ends the aside (its closing comma or
// parenthesis, or the sentence's end) and the body, or nil. A body named
// by a common noun ("The alliance, created in Brussels,") is not taken:
// which body the noun stands for is a guess.
func (s *state) foundedAside(i int) (int, *ent) {
	next := s.lw(i + 1)
	if next != "in" && next != "on" {
		return -1, nil
	}
	// (or the whole relative clause: "the Commission, which was created
	// in 1995, met ...", "which had been founded in 1963")
	o := i - 1
	if w := s.lw(o); w == "was" || w == "were" || w == "been" {
		if s.lw(o-1) == "had" {
			o--
		}
		if o--; s.lw(o) != "which" {
			return -1, nil
		}
		o--
	}
	prev := s.lw(o)
	if prev != "," && prev != "(" {
		return -1, nil
	}
	k := o - 1
	if s.word(k) == ")" && looksAcronym(s.word(k-1)) && s.word(k-2) == "(" {
		k -= 3
	}
	m := s.mentAt(k)
	if m == nil || m.b != k+1 || m.ent.typ != annals.Org {
		return -1, nil
	}
	si := s.sentOf[i]
	end := s.sentTok[si][1]
	for j := i + 1; j < end; j++ {
		if w := s.word(j); w == "," && s.dateAt(j) < 0 && prev == "," || w == ")" && prev == "(" {
			end = j
			break
		}
	}
	// (with its time: not "the Coalition, founded on a commitment to
	// ...")
	for j := i + 2; j < end; j++ {
		if s.dateAt(j) >= 0 {
			return end, m.ent
		}
	}
	return -1, nil
}

// foundingOf are what "founding" qualifies ("a founding Board Member",
// "the founding Partners"), not a body founded.
var foundingOf = set("member", "members", "partner", "partners", "state", "states", "signatory", "signatories",
	"donor", "donors", "contributor", "contributors", "director", "directors", "chair", "president")

// foundedLongAgo reports whether the founding at token i, told without a
// date, belongs to a past the story does not date, not to the day of the
// story: the verb "found" ("Weiss founded Weiss Realty", "He also founded
// the Coalition", "HBCUs were founded to educate ...", "the founding of
// X": news sets bodies up, launches or establishes them; a biography and
// history found them), or a sentence opened by a term of office gone by
// ("During his first term, X established Y").
func (s *state) foundedLongAgo(i, si int) bool {
	if w := s.lw(i); w == "founded" || w == "founding" {
		return true
	}
	a := s.sentTok[si][0]
	if w := s.lw(a); w != "during" && w != "in" {
		return false
	}
	switch s.lw(a + 1) {
	case "his", "her", "their", "my", "its", "our":
	default:
		return false
	}
	switch s.lw(a + 2) {
	case "first", "previous", "earlier", "prior", "former":
		return true
	}
	return false
}

// anniversaryOrdinals are anniversaries written in words.
var anniversaryOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
	"ninetieth": 90, "hundredth": 100, "centennial": 100, "bicentennial": 200}

// anniversaryYears returns N when the trigger at token i is told as what
// an "Nth anniversary of" marks ("this 65th anniversary of the founding
// of the Peace Corps", "the 75th anniversary of the signing of the
// Treaty"): the event is N years before the day the sentence gives.
func (s *state) anniversaryYears(i int) int {
	k := s.anniversaryAt(i)
	if k < 0 {
		return 0
	}
	w := s.lw(k - 1)
	if n, ok := anniversaryOrdinals[w]; ok {
		return n
	}
	n := 0
	for j, r := range w {
		if r < '0' || r > '9' {
			switch w[j:] {
			case "st", "nd", "rd", "th":
				return n
			}
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return 0
}

// anniversaryMonths returns the count of months of the anniversary the
// trigger at token i marks ("the six-month anniversary of the ceasefire
// agreement", "the 18-month anniversary"), or 0.
func (s *state) anniversaryMonths(i int) int {
	k := s.anniversaryAt(i)
	if k < 0 {
		return 0
	}
	w, c := s.lw(k-1), k-2
	if rest, ok := strings.CutSuffix(w, "-month"); ok {
		w, c = "month", -1
		if n := countWord(rest); n > 0 {
			return n
		}
	}
	if w != "month" {
		return 0
	}
	if s.lw(c) == "-" || s.lw(c) == "‑" {
		c--
	}
	return countWord(s.lw(c))
}

// countWord returns the count a word writes ("six", "18"), or 0.
func countWord(w string) int {
	if n, ok := smallNumbers[w]; ok {
		return n
	}
	if isNumber(w) && len(w) <= 3 {
		return atoi(w)
	}
	return 0
}

// monthsBefore returns the month n months before date d, or "" when d
// gives no month.
func monthsBefore(d annals.Date, n int) annals.Date {
	first, _, ok := d.Bounds()
	if !ok || d.Precision() == annals.Year {
		return ""
	}
	return annals.DateOf(first.AddDate(0, -n, 0), annals.Month)
}

// anniversaryAt returns the token of "anniversary" in "anniversary of"
// before the trigger at token i, or -1: right before it ("the 65th
// anniversary of the founding"), or before the name or description the
// trigger ends ("the 25th anniversary of the Good Friday Agreement", "the
// 251st anniversary of this legendary speech", "the anniversary of the
// signing of the Mutual Defense Treaty"): determiners, capitalized words,
// a year and at most two other words.
func (s *state) anniversaryAt(i int) int {
	if k := s.ownAnniversary(i); k >= 0 {
		return k
	}
	lower := 0
	for k, n := i-1, 0; k > 0 && n < 10; n++ {
		w := s.lw(k)
		switch {
		case w == "of" && s.lw(k-1) == "anniversary":
			return k - 1
		case w == "of" && triggers[s.lw(k-1)] != "" && !text.IsCap(s.word(k-1)):
			// "of the signing of": the act the anniversary marks
			k -= 2
			continue
		case anniversaryDets.has(w) || s.dateAt(k) >= 0 || text.IsCap(s.word(k)) && !notInAName.has(w):
		case s.toks[k].Kind != text.Word || triggers[w] != "" || notInAName.has(w):
			return -1
		case lower < 2:
			lower++
		default:
			return -1
		}
		k--
	}
	return -1
}

// ownAnniversary returns the token of "anniversary" in a clause after
// the trigger at token i that tells the anniversary of what it names:
// "the Free Trade Agreement (KORUS), which celebrated its 10th
// anniversary this year", "the Charter, which marks its 75th
// anniversary"; or -1.
func (s *state) ownAnniversary(i int) int {
	k := i + 1
	if s.lw(k) == "(" && s.lw(k+2) == ")" {
		k += 3 // "(KORUS)"
	}
	if s.lw(k) == "," {
		k++
	}
	if w := s.lw(k); w != "which" && w != "that" {
		return -1
	}
	k++
	if w := s.lw(k); w == "has" || w == "will" || w == "is" || w == "this" {
		k++ // "which will celebrate", "which this year marks"
	}
	switch s.lw(k) {
	case "celebrated", "celebrates", "celebrate", "celebrating", "marked", "marks", "mark", "marking", "commemorated", "commemorates":
	default:
		return -1
	}
	if s.lw(k+1) != "its" || s.lw(k+3) != "anniversary" {
		return -1
	}
	return k + 3
}

// markedDate reports whether the date at token k is in what an
// anniversary marks ("the twenty-second anniversary of the September 11,
// 2001 attacks") and the trigger at token i is not: the date of the
// thing marked, not of the event (a visit "to commemorate" it).
func (s *state) markedDate(k, i int) bool {
	j := k - 1
	if anniversaryDets.has(s.lw(j)) {
		j--
	}
	if s.lw(j) != "of" || s.lw(j-1) != "anniversary" {
		return false
	}
	return i < j || s.anniversaryAt(i) != j-1
}

// anniversaryDets open what an anniversary marks.
var anniversaryDets = set("the", "this", "that", "its", "their", "our", "his", "her")

// notInAName are words that end what an anniversary marks when read
// backwards from the trigger.
var notInAName = set("and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "since", "after", "before", "a", "an")

// yearsBefore returns date d moved n years back, at its precision, or ""
// when it leaves the calendar.
func yearsBefore(d annals.Date, n int) annals.Date {
	y := yearOf(d)
	if y-n < 1 {
		return ""
	}
	out := annals.Date(fmt.Sprintf("%04d", y-n) + string(d[4:]))
	if !out.Valid() {
		// 29 February of a year that has none
		return out[:7]
	}
	return out
}

// yearOf returns the year of date d, or 0 when d opens with no year.
func yearOf(d annals.Date) int {
	if len(d) < 4 {
		return 0
	}
	y := 0
	for _, r := range string(d[:4]) {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}

// bodyHeads are what is set up as a body of its own: a founding.
var bodyHeads = set("fund", "facility", "platform", "task", "taskforce", "office", "centre", "center",
	"network", "mechanism", "secretariat", "commission", "committee", "council", "agency", "institute",
	"observatory", "hub", "coalition", "alliance", "bank", "foundation", "board", "group")

// setUpBodies are bodies set up besides the heads of new bodies.
var setUpBodies = set("corporation", "parliament", "tribunal", "court", "authority", "government")

// bodyBefore reports whether a body is named as the subject of the passive
// verb at token i, in its clause: "The monitoring committee was set up".
func (s *state) bodyBefore(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-6; k-- {
		if w := s.lw(k); bodyHeads.has(w) || setUpBodies.has(w) {
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "-" {
			return false
		}
	}
	return false
}

// setsUpABody reports whether the object of "set up" at token k is a body:
// an organization named ("set up the Andean Council") or a noun phrase
// headed by a body ("a trust fund", "task forces", "a nuclear energy small
// group", "the Blue-Green Investment Corporation").
func (s *state) setsUpABody(k int) bool {
	switch s.lw(k) {
	case "a", "an", "the", "new", "its", "their":
		k++
	}
	if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
		return true
	}
	for j := k; j < len(s.toks) && j <= k+6; j++ {
		w := s.lw(j)
		if bodyHeads.has(w) || bodyHeads.has(strings.TrimSuffix(w, "s")) || setUpBodies.has(w) {
			return true
		}
		switch {
		case s.toks[j].Kind == text.Punct && s.word(j) != "-", w == "of", w == "for", w == "to", w == "that", w == "which", w == "with", w == "and", w == "in", w == "at":
			return false
		}
	}
	return false
}

// planHeads are what is launched as a programme of work.
var planHeads = set("initiative", "plan", "corridor", "partnership", "framework", "programme", "program",
	"project", "scheme", "strategy", "roadmap", "agenda", "compact")

// newBody reads the object at token k of a verb of setting up ("launched",
// "established", "the establishment of"): a new body ("a fund for disaster
// recovery", "a regional task force", "a new Financial Intermediary Fund")
// is a founding, a plan of work ("a joint initiative", "an action plan")
// a programme; "" for anything else. The object is indefinite or new
// ("a", "an", "new"): "the fund" is one the story knows already.
func (s *state) newBody(k int) annals.EventType {
	w := s.lw(k)
	if w != "a" && w != "an" && w != "new" && w != "two" && w != "three" {
		return ""
	}
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		w := s.lw(j)
		switch {
		case bodyHeads.has(w) && (w != "task" || s.lw(j+1) == "force"):
			return annals.Founding
		case w == "initiative" && s.lw(j+1) == "to":
			// "an initiative to ensure that the voices of moderation are
			// heard": a drive for a cause, a campaign
			return annals.Campaign
		case planHeads.has(w):
			return annals.Programme
		case s.toks[j].Kind == text.Punct && s.word(j) != "-", w == "of", w == "for", w == "on", w == "to", w == "with", w == "and":
			return ""
		}
	}
	return ""
}

// subjectOrg returns the organization a passive verb at token i is told of:
// "The African Union (AU) was launched", "the OAU, which had been
// founded", "since it was founded".
func (s *state) subjectOrg(i int) *ent {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.lw(k)
		if m := s.mentAt(k); m != nil {
			if m.ent.typ == annals.Org {
				return m.ent
			}
			return nil
		}
		switch w {
		case "was", "were", "been", "had", "has", "is", "which", "that", "(", ")", ",", "first", "originally", "formally", "officially", "later", "then", "jointly":
			continue
		case "it":
			return s.lastOrgBefore(k)
		case "organization", "organisation", "group", "bloc", "body", "alliance", "network", "union", "council", "forum":
			if s.lw(k-1) == "the" {
				if orgs := s.topOrgs(1); len(orgs) > 0 {
					return orgs[0]
				}
			}
			return nil
		}
		if s.toks[k].Kind == text.Word && looksAcronym(s.word(k)) {
			continue
		}
		return nil
	}
	return nil
}
