package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"annals/internal/gazetteer"
	"annals/internal/text"

	"annals"
)

// document writes the facts found in the contract's form, with every
// offset converted to the original file.
func (s *state) document() *annals.Document {
	d := s.emptyDocument()
	// entities in order of first mention
	ents := append([]*ent(nil), s.ents...)
	// (slices.SortFunc is the algorithm of sort.Slice, generated from the
	// same source, so mentions that start together keep the order they
	// had; it allocates nothing where sort.Slice allocated twice a call)
	for _, e := range ents {
		slices.SortFunc(e.ments, func(a, b *mention) int { return cmp.Compare(a.start, b.start) })
	}
	slices.SortStableFunc(ents, func(a, b *ent) int { return cmp.Compare(a.ments[0].start, b.ments[0].start) })
	kept := ents[:0]
	for _, e := range ents {
		if !titleOnly(e) {
			kept = append(kept, e)
		}
	}
	ents = kept
	// each list made at its final size (at most, for roles and events):
	// appending grew them from nothing, a copy at each doubling
	d.Entities = make([]annals.Entity, 0, len(ents))
	d.Roles = make([]annals.Role, 0, len(s.roles))
	d.Figures = make([]annals.Figure, 0, len(s.figures))
	d.Dates = make([]annals.DateMention, 0, len(s.dates))
	d.Events = make([]annals.Event, 0, len(s.events))
	for i, e := range ents {
		out := annals.Entity{ID: "e" + strconv.Itoa(i+1), Type: e.typ, Name: s.displayName(e), Aliases: []string{}, Mentions: make([]annals.Span, 0, len(e.ments))}
		if s.explain {
			out.Found = s.foundBy(e)
		}
		if e.entry != nil {
			out.Ref = e.entry.Key
			out.Former = append(out.Former, e.entry.Former...)
		}
		out.Former = append(out.Former, e.former...)
		if out.Name != e.name {
			out.Aliases = append(out.Aliases, e.name)
		}
		for _, f := range e.forms {
			if f != out.Name && !contains(out.Aliases, f) {
				out.Aliases = append(out.Aliases, f)
			}
		}
		for _, m := range e.ments {
			out.Mentions = append(out.Mentions, s.span(m.start, m.end))
		}
		d.Entities = append(d.Entities, out)
	}
	short := s.shortRoles()
	for i, r := range s.roles {
		p := s.resolveEnt(r.person)
		if titleOnly(p) || short[i] {
			continue
		}
		org := r.orgName
		if r.org != nil {
			org = s.displayName(s.resolveEnt(r.org))
		}
		a, b := s.sentenceSpan(r.sent)
		d.Roles = append(d.Roles, annals.Role{Person: s.displayName(p), Role: r.title, Org: org, From: r.from, To: r.to, Evidence: s.quote(a, b)})
	}
	for _, f := range s.figures {
		d.Figures = append(d.Figures, s.outFigure(f))
	}
	for _, x := range s.dates {
		sp := s.span(x.Start, x.End)
		d.Dates = append(d.Dates, annals.DateMention{Start: sp.Start, End: sp.End, Text: sp.Text, Value: x.Timex, ValueEnd: x.TimexEnd})
	}
	for _, ev := range s.events {
		a, b := s.sentenceSpan(ev.sent)
		out := annals.Event{
			Type:         ev.typ,
			Title:        annals.NullString(ev.title),
			Date:         ev.date,
			DateEnd:      ev.dateEnd,
			Place:        annals.NullString(ev.place),
			Participants: []string{},
			Status:       ev.status,
			Figures:      []annals.Figure{},
			Evidence:     s.quote(a, b),
		}
		for _, p := range ev.parts {
			r := s.resolveEnt(p)
			if titleOnly(r) {
				continue
			}
			n := s.displayName(r)
			if ev.itself(r, n) {
				continue
			}
			if !contains(out.Participants, n) {
				out.Participants = append(out.Participants, n)
			}
		}
		for _, fi := range ev.figures {
			out.Figures = append(out.Figures, s.outFigure(s.figures[fi]))
		}
		d.Events = append(d.Events, out)
	}
	return d
}

// quote cites a sentence: its span of the original file, with the text
// as the reader reads it (no Markdown markers, link targets, tags or
// character entities), whitespace collapsed. The reader writes most
// sentences collapsed already, and those are cited as they stand, not
// split into words and joined again.
func (s *state) quote(start, end int) annals.Span {
	sp := s.span(start, end)
	if sp.End > sp.Start {
		sp.Text = s.text[start:end]
		if !collapsed(sp.Text) {
			sp.Text = strings.Join(strings.Fields(sp.Text), " ")
		}
	}
	return sp
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// displayName is the name an entity is written under: the fullest form the
// story itself writes. For an entity the gazetteer knows, that is its
// canonical name when the story writes it (or a full form nearly as long:
// "Organization for Security and Cooperation in Europe" for the canonical
// "... Co-operation ...", "Turkey" for "Türkiye"); when the story never
// writes the canonical name, the longest form it does write ("U.N.", "NSC",
// "Helsinki Commission"), full names before acronyms before short
// references, but never a longer phrase ("Sahel region" for "Sahel") or a
// former name, nor a demonym ("Thai" is no name of Thailand). A story
// that writes only a longer name of the entity's own
// ("People's Republic of China") and short forms ("PRC") gets the canonical
// name ("China").
func (s *state) displayName(e *ent) string {
	if e.entry == nil {
		return e.name
	}
	var best [3]string // per mention kind
	official := false  // the story writes a longer name of the entry's own
	canonical := false
	for _, m := range e.ments {
		f := clean(s.text[m.start:m.end])
		if m.kind == mItem {
			continue // "State" of "the Departments of State and Defense"
		}
		if m.kind == mName && text.IsAllCaps(f) && (len(f) > 4 || f != e.name && strings.EqualFold(f, e.name)) {
			continue // a heading or a dateline in capitals ("SUVA, 24 June")
		}
		if slices.Contains(e.entry.Demonyms, f) && !slices.Contains(e.entry.Names, f) {
			continue // "Thai companies" writes no name of Thailand
		}
		if e.entry.Kind == gazetteer.Country && strings.HasPrefix(e.name, f+" ") {
			continue // "the Saudi Foreign Minister": the first word of "Saudi Arabia" names no country alone
		}
		if f == e.name {
			canonical = true
		}
		if len(f) <= len(best[m.kind]) || isFormer(e.entry, f) {
			continue
		}
		if len(f)*4 <= len(e.name)*5 {
			best[m.kind] = f
		} else if m.kind == mName && !official && slices.Contains(s.x.gaz.Lookup(f), e.entry) {
			official = true
		}
	}
	if !canonical && best[mName] == "" && official {
		return e.name
	}
	if canonical && best[mName] == e.name {
		return e.name
	}
	if b := best[mName]; b != "" {
		// nearly as long as the canonical name, or the canonical name is
		// not written at all
		if !canonical || e.entry.Kind == gazetteer.Country || len(b)*5 >= len(e.name)*4 {
			return b
		}
		return e.name
	}
	if canonical {
		return e.name
	}
	for _, b := range best[1:] {
		if b != "" && gazetteer.Normalize(b) != "" {
			return b
		}
	}
	return e.name
}

// emptyDocument returns the story's document with no facts yet.
func (s *state) emptyDocument() *annals.Document {
	return &annals.Document{
		Doc:       s.src.Path,
		Title:     annals.NullString(s.src.Title),
		Published: s.published,
		Entities:  []annals.Entity{},
		Roles:     []annals.Role{},
		Figures:   []annals.Figure{},
		Dates:     []annals.DateMention{},
		Events:    []annals.Event{},
	}
}

// isFormer reports whether f is a former name of the entry.
func isFormer(en *gazetteer.Entry, f string) bool {
	for _, x := range en.Former {
		if gazetteer.Normalize(x.Name) == gazetteer.Normalize(f) {
			return true
		}
	}
	return false
}

// titleOnly reports whether e is a person named by title words alone
// ("President", "Vice President"): an office some rule took for a name.
// Such a person is written nowhere: not as an entity, a role holder or a
// participant.
func titleOnly(e *ent) bool {
	if e == nil || e.typ != annals.Person {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(e.name)) {
		// ("National Security Advisors": an office of many)
		if !officeWords.has(w) && !honorifics.has(strings.TrimSuffix(w, ".")) && !officeWords.has(singularWord(w)) {
			return false
		}
		n++
	}
	return n > 0
}

// officeWords name offices and are nobody's surname (unlike King, Bishop,
// Dean or Judge).
var officeWords = set("president", "vice", "vice-president", "secretary", "secretary-general", "minister",
	"director", "director-general", "chairman", "chairwoman", "chair", "chairperson", "ambassador",
	"commissioner", "spokesperson", "spokesman", "spokeswoman", "envoy", "representative", "deputy",
	"chief", "governor", "senator", "mayor", "premier", "chancellor", "advisor", "adviser", "coordinator",
	"high", "special", "foreign", "prime", "principal", "executive", "acting", "interim", "national",
	"security", "assistant", "under", "first", "lady")

// singularWord returns the plural word w in the singular ("advisors",
// "secretaries"), or "" when w is no plural.
func singularWord(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return ""
}

// shortRoles marks the roles that only repeat another role of the same
// person at the same organization in short: "Foreign Minister of
// Azerbaijan Jeyhun Bayramov ... talks with Minister Bayramov" holds one
// office, the Foreign Minister's, not a second one of "Minister". Only a
// portfolio's word shortens so: a bare "Director" beside "Deputy
// Director" of the same body is another office, held at another time.
func (s *state) shortRoles() map[int]bool {
	var out map[int]bool
	if len(s.roles) < 2 {
		return nil
	}
	byPerson := make(map[*ent][]int, len(s.roles))
	for i := range s.roles {
		p := s.resolveEnt(s.roles[i].person)
		byPerson[p] = append(byPerson[p], i)
	}
	for _, idx := range byPerson {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			r := &s.roles[i]
			if !shortPortfolios.has(s.lower(r.title)) {
				continue
			}
			for _, j := range idx {
				if j != i && s.sameOrg(r, &s.roles[j]) && portfolioOf(s.lower(s.roles[j].title), s.lower(r.title)) {
					if out == nil {
						out = map[int]bool{}
					}
					out[i] = true
					break
				}
			}
		}
	}
	return out
}

// shortPortfolios are the offices a story writes in short after giving
// their portfolio once: "Minister X" for "Foreign Minister X".
var shortPortfolios = set("minister", "secretary")

// sameOrg reports whether two roles are held at one organization.
func (s *state) sameOrg(a, b *role) bool {
	if a.org != nil || b.org != nil {
		return a.org != nil && b.org != nil && s.resolveEnt(a.org) == s.resolveEnt(b.org)
	}
	return a.orgName != "" && strings.EqualFold(a.orgName, b.orgName)
}

// portfolioOf reports whether the title long is the office short with a
// portfolio: "foreign minister", "minister of foreign affairs",
// "secretary of state"; not a rank below or beside it ("deputy
// minister", "vice minister", "minister of state", "prime minister").
func portfolioOf(long, short string) bool {
	if long == short {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(long, "-", " "))
	if !slices.Contains(words, short) {
		return false
	}
	for _, w := range words {
		if rankModifiers.has(w) || w == "vice" || w == "under" || w == "prime" || w == "first" || w == "chief" || w == "permanent" || w == "parliamentary" || w == "junior" || w == "former" || w == "nominee" || w == "general" || w == "press" {
			return false
		}
	}
	return !strings.HasSuffix(long, " of state") || short == "secretary"
}
