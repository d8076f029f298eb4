package extract

import (
	"net/url"
	"slices"
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// The home country of a story is the country it is written from: the
// country of its publisher's address (a government domain such as
// whitehouse.gov or gov.uk, or a country-code domain). An office of a state written
// without a country ("President Biden", "the Secretary of State") is the
// home country's when the story has one. A dateline tells where a
// reporter was ("GENEVA (Reuters) - President Biden ..."), not whom the
// story speaks for: it makes no home country. It does say, failing
// anything nearer, whose head of state "President X" is (datelineCountry).

// genericTLDs are country-code domains used worldwide as generic ones; they
// say nothing of a publisher's country.
var genericTLDs = set("io", "tv", "me", "co", "ai", "fm", "ly", "eu", "ws", "cc", "to", "nu", "gg", "am", "im", "la", "sh", "ac", "tk", "vc", "is", "ms", "xyz")

// urlCountry returns the ISO 3166 code of the country a publisher's
// address belongs to, or "" when it names none.
func urlCountry(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	tld := labels[len(labels)-1]
	switch {
	case tld == "gov" || tld == "mil":
		return "US"
	case len(tld) != 2 || genericTLDs.has(tld):
		return ""
	case tld == "uk":
		return "GB"
	}
	return strings.ToUpper(tld)
}

// findHome sets the story's home country (see above).
func (s *state) findHome() {
	iso := urlCountry(s.src.URL)
	s.homeByURL = iso != ""
	if iso == "" {
		return
	}
	s.home = s.x.gaz.Country(iso)
}

// homeOrg returns the home country as a role's organization: the story's
// entity for it when the story names it, else its name.
func (s *state) homeOrg() (*ent, string) {
	if s.home == nil {
		return nil, ""
	}
	if e := s.named(s.home.Key); e != nil {
		return e, ""
	}
	return nil, s.home.Name
}

// datelineCountry returns the country of the place a dateline opens the
// story with ("HAVANA (AP) --", "MIAMI --", "INDEPENDENCE, Mo. _"), when
// the story also names that country or the place is its capital: a
// reporter in a country writes its head of state without the country's
// name ("HAVANA (AP) -- President Fidel Castro", "WASHINGTON - President
// Biden"), and a reporter passing through ("GENEVA (Reuters) - President
// Biden") seldom names the country he is in. The story's entity, else the
// country's name when the story does not name it.
func (s *state) datelineCountry() (*ent, string) {
	iso, capital := "", false
	for k := 0; k < len(s.toks) && s.sentOf[k] <= 2 && iso == ""; k++ {
		// the dateline opens the story, a line or a paragraph after its
		// title
		if k > 0 && !s.lineStart[k] && !s.paraBreak(k-1, k) || !text.IsAllCaps(s.word(k)) {
			continue
		}
		ai := s.atomIdx(k)
		if ai < 0 || s.tokAt(s.atoms[ai].Start) != k {
			continue
		}
		// a place in capitals ("WASHINGTON, D.C.") and then the dateline's
		// mark
		e := s.tokEndAt(s.atoms[ai].End)
		if e-k > 6 || e >= len(s.toks) || !s.allCapsWords(k, e) {
			continue
		}
		switch s.word(e) {
		case ",", "(", "-", "–", "—", "_":
		default:
			continue
		}
		if en := s.atoms[ai].Entry; en.Type == annals.Place && (en.Kind == gazetteer.City || en.Kind == gazetteer.Country) {
			iso, capital = en.Country, s.x.gaz.Capital(en)
		}
	}
	if iso == "" {
		return nil, ""
	}
	c := s.x.gaz.Country(iso)
	if c == nil {
		return nil, ""
	}
	if e := s.named(c.Key); e != nil {
		return e, ""
	}
	if capital {
		return nil, c.Name
	}
	return nil, ""
}

// named returns the story's entity for the gazetteer entry keyed key when
// the story names it, else nil.
func (s *state) named(key string) *ent {
	for _, e := range s.ents {
		if e.entry != nil && e.entry.Key == key && len(e.ments) > 0 {
			return e
		}
	}
	return nil
}

// dominantCountry returns the country the story names most often, counting
// demonyms ("Ukrainian") and the bodies of its state ("the White House"),
// the first named on a tie: the entity when the story names the country,
// else the country's name.
func (s *state) dominantCountry() (*ent, string) {
	count := map[*gazetteer.Entry]int{}
	first := map[*gazetteer.Entry]int{}
	note := func(e *gazetteer.Entry, at int) {
		if e == nil || e.Kind != gazetteer.Country {
			return
		}
		if _, ok := first[e]; !ok {
			first[e] = at
		}
		count[e]++
	}
	for _, e := range s.ents {
		if e.entry == nil {
			continue
		}
		// a body of a country's state ("the White House", "Congress",
		// "the Kremlin") speaks of its country as its name does: a story
		// about what the White House did names the United States though it
		// may never write it
		en := e.entry
		if en.Kind == gazetteer.Org && en.Country != "" {
			en = s.x.gaz.Country(en.Country)
		}
		for _, m := range e.ments {
			note(en, m.start)
		}
	}
	for _, a := range s.atoms {
		// "Swiss Foreign Minister X" says whose minister X is, not what the
		// story is about
		if k := s.tokEndAt(a.End); a.Demonym && !(k < len(s.toks) && (s.is(k, cTitleHeads) || s.is(k, cTitleModifiers))) {
			note(a.Entry, a.Start)
		}
	}
	var best *gazetteer.Entry
	for e, n := range count {
		if best == nil || n > count[best] || n == count[best] && first[e] < first[best] {
			best = e
		}
	}
	if best == nil {
		return nil, ""
	}
	for _, e := range s.ents {
		if e.entry == best && len(e.ments) > 0 {
			return e, ""
		}
	}
	return nil, best.Name
}

// allCapsWords reports whether every word of tokens a to b is in capitals.
func (s *state) allCapsWords(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].Kind == text.Word && !text.IsAllCaps(s.word(k)) {
			return false
		}
	}
	return true
}

// knownHolder returns the country or organization whose office lt
// ("president", "prime minister", "secretary-general") the person p held
// by the gazetteer's list of heads of state and government and of
// international organizations (gazetteer.Holders), or nil: nil too when the
// name was more than one's and the story's year does not tell which
// ("Prime Minister Lee": Singapore's or South Korea's).
func (s *state) knownHolder(p *ent, lt string) *gazetteer.Entry {
	hs := gazetteer.Holders(s.resolveEnt(p).name)
	if len(hs) == 0 {
		return nil
	}
	year := yearOf(s.published)
	of, inYear := "", ""
	for _, h := range hs {
		// "Secretary Blinken", "Minister Jaishankar": the bare head of a
		// foreign minister's office, in the years the list gives him
		inTerm := year != 0 && h.From <= year && (h.To == 0 || year <= h.To)
		if !sameOffice(h.Office, lt) && !(inTerm && bareHeadOf(h.Office, lt)) {
			continue
		}
		// "the Holy Roman Emperor Charles VI" in a story of 1996, or in a
		// story of no date: a monarch's or an heir's given name is
		// another's before the reign the list gives (after it, the
		// title stays: "King Juan Carlos")
		if (year == 0 || year < h.From) && reigns(h.Office) {
			continue
		}
		switch {
		case of == "":
			of = h.Of
		case of != h.Of:
			of = "-"
		}
		if year != 0 && h.From <= year && (h.To == 0 || year <= h.To) {
			switch {
			case inYear == "":
				inYear = h.Of
			case inYear != h.Of:
				inYear = "-"
			}
		}
	}
	if of == "-" {
		of = inYear
	}
	switch {
	case of == "" || of == "-":
		return nil
	case len(of) == 2:
		return s.x.gaz.Country(of)
	}
	return s.x.gaz.Get(of)
}

// reigns reports whether the leaders' list's office is a monarch's or an
// heir's, held under a given name other monarchs bore before.
func reigns(office string) bool {
	f := officeForm(office)
	return f == "monarch" || strings.HasPrefix(f, "crown ")
}

// holderOrg returns the story's entity for the gazetteer entry e when the
// story names it, else e's name.
func (s *state) holderOrg(e *gazetteer.Entry) (*ent, string) {
	if o := s.named(e.Key); o != nil {
		return o, ""
	}
	return nil, e.Name
}

// sameOffice reports whether an office of the leaders' list is the office
// lt a story writes: a premier is a prime minister, an emperor, a king or
// an amir a monarch, a
// "Secretary-General" a secretary general, a "Minister of Foreign
// Affairs" or an "External Affairs Minister" a foreign minister, the
// "High Commissioner for Refugees" the list's high commissioner.
func sameOffice(office, lt string) bool {
	return officeForm(office) == officeForm(lt)
}

func officeForm(o string) string {
	o = strings.ReplaceAll(o, "-", " ")
	// a monarch the list calls emperor news may call king ("King
	// Akihito"), and a country's monarchs are one line of office
	if slices.Contains(monarchOffices, o) {
		return "monarch"
	}
	switch o {
	case "premier":
		return "prime minister"
	case "chair", "chairman", "chairwoman":
		return "chairperson"
	case "national security adviser", "assistant to the president for national security affairs":
		return "national security advisor"
	case "secretary of state for foreign and commonwealth affairs", "secretary of state for foreign, commonwealth and development affairs":
		return "foreign secretary"
	}
	// "High Representative for Foreign Affairs and Security Policy", "High
	// Commissioner for Human Rights": the office the list names by its head
	for _, head := range []string{"high representative", "high commissioner"} {
		if rest, ok := strings.CutPrefix(o, head+" "); ok && (strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "of ")) {
			return head
		}
	}
	if foreignMinister(o) {
		return "foreign minister"
	}
	return o
}

// foreignMinister reports whether the office o (lower case) is a country's
// minister of foreign affairs however written ("minister of foreign
// affairs", "minister for europe and foreign affairs", "external affairs
// minister", "secretary of foreign affairs"), not a deputy's or a junior
// minister's ("deputy foreign minister", "minister of state for foreign
// affairs").
func foreignMinister(o string) bool {
	if !strings.Contains(o, "foreign") && !strings.Contains(o, "external affairs") {
		return false
	}
	head := false
	for _, w := range strings.Fields(o) {
		switch w {
		case "minister":
			head = true
		case "deputy", "vice", "state", "assistant", "under", "junior", "prime", "former", "shadow", "parliamentary":
			return false
		}
	}
	return head || strings.HasPrefix(o, "secretary of foreign affairs")
}

// bareHeadOf reports whether lt is the bare head of the list's office: a
// "Minister" for a foreign minister, a "Secretary" for the United States'
// Secretary of State.
func bareHeadOf(office, lt string) bool {
	switch lt {
	case "minister":
		return office == "foreign minister"
	case "secretary":
		return office == "secretary of state"
	}
	return false
}
