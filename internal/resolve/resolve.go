// Package resolve decides which global entity a story's entity is: the same
// organization, person or place seen in another story under the same or
// another name. It is a pure function over a small Lookup interface, so the
// rules can be tested without a database; package store supplies the lookup.
//
// A story's entity (type, name, aliases, gazetteer Ref, former names)
// resolves to an existing global entity by, in order:
//
//  1. the same Ref: the gazetteer matched both to one entry (a Wikidata QID
//     such as "Q1065", or "iso:TR");
//  2. the same type and a shared strong name, compared after Normalize,
//     unless both carry different Refs (two gazetteer entries are two
//     things). When the strong names point at several global entities, the
//     one sharing the most names wins, then the oldest (lowest id).
//
// Otherwise a new global entity is made. The names of a global entity
// accumulate: every name a story used for it is recorded with how it was
// seen (Kind) and whether it is strong.
//
// Strong names are the ones specific enough to identify a thing across
// stories: full names of persons (two or more words once honorifics and
// titles are set aside: "Ban Ki-moon", not "Mr. Ban"); names of
// organizations of two or more words ("Alliance of Civilizations") but
// those of generic words only ("Task Force", "Working Group", "National
// Assembly", "Interagency Working Group", "White House Office": many
// bodies' names) and the short forms a story gives its fuller name
// ("Supreme Court" of "Michigan Supreme Court", "IWG" of "Interagency
// Working Group on Coal": shortForm),
// acronyms ("UNAOC", "U.N."), single-word names that are not a generic head
// noun ("Interpol", but not "Alliance", "Secretariat", "Embassy",
// "Coalition" or "Academy"); place
// names (but "the House", "the Court" read as places: a back-reference);
// and former names from the gazetteer ("Turkic Council"). Weak names, such
// as a bare surname ("Ban", "Mr. Sall") or a back-reference ("the
// Alliance", "the Secretariat"), are kept as names but never join stories
// on their own: two different people called "Mr. Sall" stay apart.
package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"annals"
)

// Kind says how a name of an entity was seen.
type Kind string

// The kinds of names, from the most to the least authoritative when one
// normalized name was seen in several ways.
const (
	Former  Kind = "former"  // an earlier name, given up at Until
	Acronym Kind = "acronym" // a name or alias written as an acronym
	Name    Kind = "name"    // the fullest form a story used
	Alias   Kind = "alias"   // any other alias: surname, short form, back-reference
)

// Rank orders kinds: when a name is seen as two kinds, the lower rank is kept.
func (k Kind) Rank() int {
	switch k {
	case Former:
		return 0
	case Acronym:
		return 1
	case Name:
		return 2
	}
	return 3
}

// EntityName is one name of an entity as a story gave it.
type EntityName struct {
	Text   string      // as written: "U.N.", "Turkic Council"
	Norm   string      // Normalize(Text): the key names are compared by
	Kind   Kind        // how it was seen
	Strong bool        // whether it may join stories on its own
	Until  annals.Date // for Former names: when the name was given up
}

// Names lists the names of e, its Name first, then its aliases and former
// names, each classified (a name written as an acronym is an Acronym); names that normalize alike are listed once, in
// the most authoritative kind (see Kind.Rank). Empty names are skipped.
func Names(e *annals.Entity) []EntityName {
	var out []EntityName
	var words []string // the words of e.Name, once needed
	nameWords := func() []string {
		if words == nil {
			words = strings.Fields(Normalize(e.Name))
		}
		return words
	}
	add := func(text string, k Kind, until annals.Date) {
		n := Normalize(text)
		if n == "" {
			return
		}
		strong := k == Former || isStrong(e.Type, text, n)
		if strong && e.Type == annals.Org && k != Name && k != Former && shortForm(nameWords(), n, k == Acronym) {
			strong = false // "Supreme Court" of "Michigan Supreme Court": many bodies' short form
		}
		if !strong && k != Name && CommonNoun(e.Type, text) {
			return // a back-reference inside the story, no name across stories
		}
		for i := range out {
			if out[i].Norm == n {
				if k.Rank() < out[i].Kind.Rank() {
					out[i].Kind, out[i].Until = k, until
				}
				out[i].Strong = out[i].Strong || strong
				return
			}
		}
		out = append(out, EntityName{Text: strings.TrimSpace(text), Norm: n, Kind: k, Strong: strong, Until: until})
	}
	// a name the story also writes other than in capitals is no acronym
	// where it is in capitals: "JAPAN" in a headline is Japan shouted
	var plain map[string]bool
	kind := func(text string, k Kind) Kind {
		if !IsAcronym(text) {
			return k
		}
		if plain == nil {
			plain = map[string]bool{}
			for _, t := range append([]string{e.Name}, e.Aliases...) {
				if !WrittenAsAcronym(t) {
					plain[Normalize(t)] = true
				}
			}
		}
		if plain[Normalize(text)] {
			return k
		}
		return Acronym
	}
	add(e.Name, kind(e.Name, Name), "")
	for _, a := range e.Aliases {
		add(a, kind(a, Alias), "")
	}
	for _, f := range e.Former {
		add(f.Name, Former, f.Until)
	}
	return out
}

// Candidate is a global entity that holds a name being looked up.
type Candidate struct {
	ID  int64
	Ref string // the entity's gazetteer key, empty when none
}

// Lookup is what Resolve needs to know about the global entities so far.
type Lookup interface {
	// ByRef returns the global entity with gazetteer key ref, if any.
	ByRef(ref string) (id int64, ok bool, err error)
	// ByName returns the global entities of type t that hold the strong
	// normalized name norm.
	ByName(t annals.EntityType, norm string) ([]Candidate, error)
}

// Result is the outcome of Resolve.
type Result struct {
	ID     int64        // the global entity, 0 when New
	New    bool         // no global entity matched: the caller creates one
	Names  []EntityName // the names the story used, to record on the entity
	Reason string       // why it matched: `ref Q1065`, `name "unaoc"`
	// Also lists other global entities this story shows to be the same
	// thing: they share a strong name with it (its current name in one
	// story, its former name in another) and no conflicting Ref. The caller
	// merges them into ID (or into the new entity), so that the entities
	// found do not depend on the order stories arrive in.
	Also []int64
}

// Resolve finds the global entity that e is, by the rules in the package
// comment. It never creates anything: on Result.New the caller stores a new
// entity with Result.Names.
func Resolve(l Lookup, e *annals.Entity) (Result, error) {
	return ResolveNames(l, e, Names(e))
}

// ResolveNames is Resolve of e whose names are names, Names(e) computed
// before (by a writer, outside its transaction); Result.Names is names.
func ResolveNames(l Lookup, e *annals.Entity, names []EntityName) (Result, error) {
	r := Result{Names: names}
	if e.Ref != "" {
		id, ok, err := l.ByRef(e.Ref)
		if err != nil {
			return r, err
		}
		if ok {
			r.ID, r.Reason = id, "ref "+e.Ref
			also, err := bridged(l, e, r.Names, id)
			r.Also = also
			return r, err
		}
	}
	type score struct {
		hits  int
		first string
		ref   string
	}
	scores := map[int64]*score{}
	for _, n := range r.Names {
		if !n.Strong {
			continue
		}
		cands, err := l.ByName(e.Type, n.Norm)
		if err != nil {
			return r, err
		}
		for _, c := range cands {
			if e.Ref != "" && c.Ref != "" && c.Ref != e.Ref {
				continue
			}
			s := scores[c.ID]
			if s == nil {
				s = &score{first: n.Norm, ref: c.Ref}
				scores[c.ID] = s
			}
			s.hits++
		}
	}
	var best int64
	for id, s := range scores {
		if best == 0 || s.hits > scores[best].hits || s.hits == scores[best].hits && id < best {
			best = id
		}
	}
	if best == 0 {
		r.New = true
		return r, nil
	}
	r.ID, r.Reason = best, "name \""+scores[best].first+"\""
	for id, sc := range scores {
		// two gazetteer entries are two things, whatever names they share
		if id != best && (sc.ref == "" || scores[best].ref == "" || sc.ref == scores[best].ref) {
			r.Also = append(r.Also, id)
		}
	}
	slices.Sort(r.Also)
	return r, nil
}

// bridged returns the global entities other than id that share a strong
// name with e and carry no Ref, or e's own Ref: an entity seen first
// under a name the gazetteer does not know ("Silk Road Towns Association")
// is the one a later story gives that name as a former name of.
func bridged(l Lookup, e *annals.Entity, names []EntityName, id int64) ([]int64, error) {
	seen := map[int64]bool{id: true}
	var out []int64
	for _, n := range names {
		if !n.Strong {
			continue
		}
		cands, err := l.ByName(e.Type, n.Norm)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			if seen[c.ID] || c.Ref != "" && c.Ref != e.Ref {
				continue
			}
			seen[c.ID] = true
			out = append(out, c.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Normalize returns the key names are compared by: case and diacritics
// folded ("Côte d’Ivoire" and "cote d'ivoire" agree), apostrophes unified
// to ', hyphens and dashes turned into spaces ("Secretary-General" and
// "Secretary General" agree), dots dropped ("U.N." is "un"), a leading
// "the" dropped, and runs of spaces collapsed.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drops leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			continue
		case isApostrophe(r):
			r = '\''
		case isDash(r), unicode.IsSpace(r), r == '_':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		space = false
	}
	out := strings.TrimRight(b.String(), " ")
	if rest, ok := strings.CutPrefix(out, "the "); ok {
		out = rest
	}
	return out
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '´', 'ʼ', '′':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// IsAcronym reports whether s is written as an acronym: one word of at
// least two capitals, dots allowed ("U.N."), more capitals than small
// letters ("UNAOC", "OSCE", "UNESCO"; not "Alliance" or "Ms"), or a
// capital with digits ("G20").
func IsAcronym(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t") {
		return false
	}
	upper, lower, digits := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digits++
		case r == '.', r == '&', isDash(r):
		default:
			return false
		}
	}
	return upper > lower && (upper >= 2 || upper == 1 && digits > 0 && lower == 0)
}

// WrittenAsAcronym reports whether s is an acronym, with or without an
// article: "the U.N." is, "Japan" and "the Alliance" are not.
func WrittenAsAcronym(s string) bool {
	s = strings.TrimSpace(s)
	for _, a := range []string{"the ", "The ", "THE "} {
		s = strings.TrimPrefix(s, a)
	}
	return IsAcronym(s)
}

// honorifics are set aside before counting the words of a person's name.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "madam": true, "mme": true, "m": true,
	"he": true, "h e": true, "president": true, "minister": true, "ambassador": true,
	"secretary": true, "general": true, "representative": true, "high": true,
	"chair": true, "chairman": true, "chairperson": true, "director": true,
	"king": true, "queen": true, "prince": true, "princess": true, "sheikh": true,
	"senator": true, "governor": true, "mayor": true, "judge": true, "rev": true,
}

// generic heads are single words that name an organization only by
// back-reference ("the Alliance", "the Council").
var generic = map[string]bool{
	"alliance": true, "assembly": true, "agency": true, "association": true,
	"authority": true, "bank": true, "board": true, "bureau": true, "centre": true,
	"center": true, "commission": true, "committee": true, "conference": true,
	"congress": true, "council": true, "court": true, "department": true,
	"foundation": true, "forum": true, "fund": true, "government": true,
	"group": true, "institute": true, "league": true, "ministry": true,
	"mission": true, "office": true, "organization": true, "organisation": true,
	"parliament": true, "partnership": true, "programme": true, "program": true,
	"secretariat": true, "service": true, "society": true, "summit": true,
	"tribunal": true, "union": true, "university": true, "network": true,
	"initiative": true, "panel": true, "body": true, "team": true,
	"embassy": true, "consulate": true, "administration": true,
	"coalition": true, "academy": true, "federation": true, "corporation": true,
	"company": true, "caucus": true, "consortium": true, "directorate": true,
	"division": true, "unit": true, "cabinet": true, "delegation": true,
	"school": true, "college": true, "corps": true, "club": true,
}

// placeHeads are the words a story's "the House", "the Chamber" refer
// back by to a building or a body it named, when the words are read as
// a place: with "the" and alone, they name no place across stories (nor
// does a generic head: "the Court", "the Administration").
var placeHeads = map[string]bool{"house": true, "chamber": true, "palace": true, "building": true, "hall": true}

// genericModifiers qualify a generic head without naming a body: "Task
// Force", "Working Group", "Steering Committee", "Executive Board",
// "National Assembly" are bodies of many organizations and countries.
var genericModifiers = map[string]bool{
	"task": true, "force": true, "working": true, "steering": true, "executive": true,
	"advisory": true, "joint": true, "special": true, "general": true, "national": true,
	"technical": true, "governing": true, "coordinating": true, "standing": true,
	"interim": true, "permanent": true, "regional": true, "central": true,
	"federal": true, "local": true, "high": true, "level": true, "of": true, "and": true,
	"directors": true, "trustees": true, "governors": true, "management": true,
	"interagency": true, "inter": true, "intergovernmental": true, "interministerial": true,
	"interdepartmental": true, "ministerial": true, "combined": true, "presidential": true,
	"expert": true, "select": true,
	"white": true, "house": true, // "White House Office", "House Select Committee"
}

// genericWords reports whether every word of a name of two or more words
// is a generic head or a word qualifying one ("Task Force", "Working
// Group", "Board of Directors"): a name many bodies share, which joins no
// stories on its own (a story's "the Task Force" of its "Energy
// Transformation Task Force" is not every task force stored).
func genericWords(words []string) bool {
	head := false
	for _, w := range words {
		switch {
		case generic[w]:
			head = true
		case !genericModifiers[w]:
			return false
		}
	}
	return head || words[len(words)-1] == "force"
}

// countryWords are the words of a designation of a country or of the
// United Nations that a body's name is often told without: "U.S.
// Supreme Court" is the "Supreme Court" of a U.S. release, the "UN
// Security Council" the "Security Council" of a UN one.
var countryWords = map[string]bool{
	"us": true, "u": true, "s": true, "usa": true, "united": true, "states": true, "america": true,
	"un": true, "nations": true, "uk": true, "kingdom": true,
}

// shortForm reports whether an organization's alias (norm, normalized)
// is a short form that a story's fuller name (name, its words
// normalized) gives it but that names other bodies as well: the name's
// last words ending in a generic head, less words that make it specific
// ("Supreme Court" of "Michigan Supreme Court", "Foreign Service" of
// "School of Foreign Service", "Emergency Management Agency" of "Federal
// Emergency Management Agency"), or an acronym of generic words of the
// name ("IWG" of "Interagency Working Group on Coal Communities"), or
// an acronym of two letters the name cannot stand for ("MD" of "Bowie
// State University", a dateline's state read as its acronym). Such
// an alias refers back to the fuller name inside the story; across
// stories it would join every body of that short form. A country's
// designation left out keeps the alias ("Supreme Court" of "U.S. Supreme
// Court"; "Domestic Policy Council" of "White House Domestic Policy
// Council", a government's seat), and so does a name of two bodies ("Federal Trade Commission"
// of "Department of Justice and Federal Trade Commission").
func shortForm(name []string, norm string, acronym bool) bool {
	if acronym {
		return genericInitials(name, norm) || len(name) > 1 && utf8.RuneCountInString(norm) <= 2 && !abbreviates(name, norm)
	}
	words := strings.Fields(norm)
	if len(words) == 0 || len(words) >= len(name) || !generic[words[len(words)-1]] || !slices.Equal(words, name[len(name)-len(words):]) {
		return false
	}
	dropped := name[:len(name)-len(words)]
	country := true
	for i, w := range dropped {
		if w == "and" || w == "&" {
			return false
		}
		// "White House Domestic Policy Council" is the government's own
		seat := w == "white" && i+1 < len(dropped) && dropped[i+1] == "house" || w == "house" && i > 0 && dropped[i-1] == "white"
		country = country && (countryWords[w] || seat)
	}
	return !country
}

// abbreviates reports whether an acronym (normalized) may stand for a
// name of two or more words (normalized): its first letter begins one
// of the name's words and its other letters follow in order in the
// words from there ("nato", "dod" of "department of defense", "unicef"
// of "united nations children's fund"; not "va" of "norfolk state
// university", a story's "Norfolk, VA", nor "usitc" of a truncated
// "trade commission"). Digits and other signs are not read ("g7").
// Only acronyms of two letters are read so: a longer one a name cannot
// stand for is mostly that body's own, its name cut short by the story
// ("PCAST" of "Council of Advisors on Science and Technology").
func abbreviates(name []string, acr string) bool {
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) == 0 {
		return true
	}
	for i, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); r != letters[0] {
			continue
		}
		k := 1
		for n, w := range name[i:] {
			for j, r := range w {
				if (n > 0 || j > 0) && k < len(letters) && r == letters[k] {
					k++
				}
			}
		}
		return k == len(letters)
	}
	return false
}

// genericInitials reports whether an acronym (normalized, "iwg") is the
// initials of two or more words of name in a row that are all generic
// ("Interagency Working Group", "Joint Task Force": genericWords).
func genericInitials(name []string, acr string) bool {
	for i := range name {
		if i+len(acr) > len(name) || len(acr) < 2 {
			return false
		}
		run := name[i : i+len(acr)]
		match := true
		for j, w := range run {
			if w == "" || w[0] != acr[j] {
				match = false
				break
			}
		}
		if match && genericWords(run) {
			return true
		}
	}
	return false
}

// isStrong applies the strength rules of the package comment to one name
// (text as written, n normalized).
func isStrong(t annals.EntityType, text, n string) bool {
	words := strings.Fields(n)
	if len(words) == 0 {
		return false
	}
	switch t {
	case annals.Person:
		full := 0
		for _, w := range words {
			if !honorifics[w] {
				full++
			}
		}
		return full >= 2
	case annals.Org:
		bare, hadThe := dropThe(text)
		if IsAcronym(bare) {
			return true
		}
		if len(words) >= 2 {
			return !genericWords(words)
		}
		return !hadThe && !generic[words[0]] && startsUpper(bare)
	default: // places and anything else
		bare, hadThe := dropThe(text)
		if hadThe && len(words) == 1 && (generic[words[0]] || placeHeads[words[0]]) {
			return false // "the House", "the Court": a back-reference
		}
		return startsUpper(bare)
	}
}

// CommonNoun reports whether text, as a name of an organization or a
// place, is a bare common noun: one generic head noun, with or without "the"
// ("Council", "the Organization", "the Alliance"). Such a word refers back
// to an organization inside one story; it is never stored as one of its
// names, so that no other story's "the Council" reads as that
// organization.
//
// A place is named so only with "the": "the House", "the Court" (read
// as places) refer back too, where "Union" or "Center" may be a town's
// name.
func CommonNoun(t annals.EntityType, text string) bool {
	bare, hadThe := dropThe(text)
	words := strings.Fields(Normalize(bare))
	switch t {
	case annals.Org:
		return len(words) == 1 && generic[words[0]]
	case annals.Place:
		return hadThe && len(words) == 1 && (generic[words[0]] || placeHeads[words[0]])
	}
	return false
}

// dropThe trims s and removes a leading "the " in any case.
func dropThe(s string) (rest string, had bool) {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:]), true
	}
	return s, false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}
