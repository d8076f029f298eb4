// Package gazetteer finds the names of known countries, cities, regions and
// organizations in text: it holds the built-in list of places and
// international organizations (with acronyms, other names, former names and
// demonyms) and matches all of their surface forms in one pass over a text.
//
// The built-in gazetteer (Default) is compiled from openly licensed data
// (see data/README.md and the NOTICE file) and hand-written lists kept in
// manual/. A user gazetteer file (ParseUser) adds entries of its own.
//
// Matching works on words, not characters: text and names are split by the
// same scanner into tokens, and a trie over folded tokens finds the
// leftmost-longest name at each position. Case matters in the way news
// writing uses it:
//
//   - a capitalized word of a name matches only a capitalized or
//     all-capitals word of text ("Turkey" is not "turkey");
//   - lower-case function words ("of", "the", "and") match in any case;
//   - an acronym ("UN", "OSCE") matches only as written in capitals, with or
//     without dots ("U.N."); acronyms that are also English words ("US",
//     "WHO") do not match inside all-capitals headlines ("LET US");
//   - diacritics, apostrophes, hyphens and British spellings are folded
//     ("Turkiye" = "Türkiye", "Co-operation" = "Cooperation",
//     "Organisation" = "Organization"), and a line break is a space;
//   - a possessive "'s" is not part of a match ("OSCE's" matches "OSCE").
//
// A Gazetteer is immutable once built and safe for concurrent use.
package gazetteer

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"annals"
	"annals/internal/text"
)

// Kind is what sort of thing an entry is.
type Kind uint8

// The kinds of entries.
const (
	Country Kind = iota // a country or territory with an ISO 3166 code
	City                // a city or town
	Region              // a region, sea, ocean, sub-national or disputed place
	Org                 // an organization or one of its bodies
	Person              // a person (user gazetteer entries only)
)

var kindNames = [...]string{"country", "city", "region", "org", "person"}

// String returns the lower-case name of k, as used in the data files.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// parseKind is the inverse of Kind.String.
func parseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Entry is one known thing and every name it goes by.
type Entry struct {
	// Key is a stable unique key: the Wikidata QID when known ("Q1065"),
	// else "iso:TR", "city:<geonameid>", "org:<slug>", "region:<slug>" or
	// "user:<slug>".
	Key  string
	Type annals.EntityType // annals.Org, annals.Place or (user entries) annals.Person
	Kind Kind
	// Name is the canonical display name: the fullest common English form.
	Name string
	// Names lists every surface form matched: Name, official and other
	// names, acronyms and former names. Demonyms are kept apart.
	Names    []string
	Acronyms []string
	Former   []annals.FormerName
	Demonyms []string // countries only
	// Country is the ISO 3166 alpha-2 code of a country, or of the
	// country a city or region lies in.
	Country    string
	Population int    // cities
	Parent     string // Key of the parent organization of a body (UNGA -> UN)
	HQ         string // headquarters city of an organization; a country's capital
	Founded    int    // year an organization was founded

	user bool // from a user gazetteer: wins conflicts
}

// Gazetteer is a set of entries compiled for matching and lookup.
type Gazetteer struct {
	entries []*Entry
	byKey   map[string]*Entry
	byName  map[string][]*Entry
	byISO   map[string]*Entry // countries by ISO 3166 alpha-2 code

	// The matching trie. vocab maps a folded word to its token id (British
	// and American spellings share one id); exact maps the case-preserving
	// form of mixed-case acronym words ("IsDB"). edges maps (node, case
	// class, token id) to the child node.
	vocab map[string]int32
	ids   *text.WordTable // vocab as the matcher reads it, made once vocab is complete
	exact map[string]int32
	edges map[uint64]int32
	trie  edgeTable // edges as the matcher reads them (see edgeTable)
	outs  [][]out   // per node: the entries whose name ends here
	words map[string]bool

	// lowStarts holds the folded words that begin a name in any case (the
	// root's anyCase edges: a handful, against the 9,866 words of ids in
	// the built-in lists). A word of text without capitals starts no match
	// unless it is one of them, so most words of a text are turned away
	// by lowStarts' filter, without a lookup in ids.
	lowStarts *text.WordTable
}

// out is an entry a trie node names, and how.
type out struct {
	e       *Entry
	demonym bool
	acronym bool
}

// Case classes of a name word: what text words it accepts.
const (
	anyCase   = iota // "of": any case
	capCase          // "Turkey": capitalized or all-capitals
	upperCase        // "OSCE": all capitals only
	exactCase        // "IsDB": exactly as written, or all capitals
)

// The entry lists, embedded as strings: embed.FS.ReadFile would copy
// each one.
var (
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/cities.tsv
	citiesTSV string
	//go:embed data/orgs.tsv
	orgsTSV string
	//go:embed manual/places.tsv
	manualPlacesTSV string
	//go:embed manual/orgs.tsv
	manualOrgsTSV string
)

//go:embed manual/acronym-words.txt
var acronymWordsFile string

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the built-in gazetteer. It is built on first use and
// shared; it is safe for concurrent use.
//
// It is built once per process, so what building it allocates is memory
// the process touches for the first time (in a virtual machine, a page
// fault of several microseconds per 4 KB): the entries are read into one
// array made at its final size, and the gazetteer keeps them there. Its
// trie and name index are read from compiled.bin (see compiledFile).
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g := collect(listEntries())
		if g.readCompiled(compiledFile, listsSum()) != nil {
			g.index() // compiled.bin is out of date (TestCompiledFile says so)
		}
		defaultG = g
	})
	return defaultG
}

// fromLists is the built-in gazetteer as New makes it from the embedded
// lists, without the compiled file.
func fromLists() *Gazetteer { return build(listEntries()) }

// listEntries reads the embedded lists' entries.
func listEntries() []Entry {
	files := []struct{ name, text string }{
		{"data/countries.tsv", countriesTSV}, {"data/cities.tsv", citiesTSV}, {"data/orgs.tsv", orgsTSV},
		{"manual/places.tsv", manualPlacesTSV}, {"manual/orgs.tsv", manualOrgsTSV},
	}
	lines := 0
	for _, f := range files {
		lines += strings.Count(f.text, "\n") + 1
	}
	all := make([]Entry, 0, lines)
	for _, f := range files {
		var err error
		if all, err = parseData(all, f.text); err != nil {
			panic(fmt.Sprintf("gazetteer: %s: %v", f.name, err))
		}
	}
	return all
}

// parseData reads the entry format of data/*.tsv and manual/*.tsv: tab-
// separated kind, key, name, names, acronyms, former (Name@Year), demonyms,
// country, population, parent, hq, founded; lists joined by '|'; trailing
// empty fields may be left out; '#' lines are comments. An empty key
// becomes "<kind>:<slug of name>". The entries are appended to es.
func parseData(es []Entry, s string) ([]Entry, error) {
	for n := 0; s != ""; n++ {
		line := s
		if k := strings.IndexByte(s, '\n'); k >= 0 {
			line, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		// the first 12 tab-separated fields; missing ones are empty
		var f [12]string
		for k, more := 0, true; k < len(f) && more; k++ {
			f[k], line, more = strings.Cut(line, "\t")
		}
		kind, ok := parseKind(f[0])
		if !ok {
			return nil, fmt.Errorf("line %d: unknown kind %q", n+1, f[0])
		}
		e := Entry{Kind: kind, Key: f[1], Name: f[2], Country: f[7], Parent: f[9], HQ: f[10]}
		if e.Name == "" {
			return nil, fmt.Errorf("line %d: no name", n+1)
		}
		if e.Key == "" {
			e.Key = kind.String() + ":" + slug(e.Name)
		}
		e.Type = annals.Place
		if kind == Org {
			e.Type = annals.Org
		}
		e.Names = split(f[3])
		e.Acronyms = split(f[4])
		for _, fn := range split(f[5]) {
			name, year, _ := strings.Cut(fn, "@")
			e.Former = append(e.Former, annals.FormerName{Name: name, Until: annals.Date(year)})
		}
		e.Demonyms = split(f[6])
		if f[8] != "" { // Atoi of "" is 0 too, with an error made and dropped
			e.Population, _ = strconv.Atoi(f[8])
		}
		if f[11] != "" {
			e.Founded, _ = strconv.Atoi(f[11])
		}
		es = append(es, e)
	}
	return es, nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// slug makes a key from a name: folded words joined by '-'.
func slug(s string) string {
	return strings.ReplaceAll(Normalize(s), " ", "-")
}

// New compiles entries into a gazetteer. Entries with the same Key are
// merged: the later one's non-empty fields win and name lists are joined.
// Names is completed with Name, Acronyms and Former names.
func New(entries []Entry) *Gazetteer { return build(slices.Clone(entries)) }

// build is New of entries it may keep: the gazetteer's entries point into
// the array, and a merged entry is changed there.
func build(entries []Entry) *Gazetteer {
	g := collect(entries)
	g.index()
	return g
}

// collect is the first half of build: the entries merged by key and
// completed, by key and by country code. The trie and the name index are
// index's (or, for the built-in lists, the compiled file's).
func collect(entries []Entry) *Gazetteer {
	// The maps are made at about their final size (the embedded lists:
	// 5,570 entries, 10,470 names, 9,859 words, 15,515 trie edges), so
	// that they do not grow by doublings, each moving what it holds.
	n := len(entries)
	g := &Gazetteer{
		byKey: make(map[string]*Entry, n),
		byISO: map[string]*Entry{},
		words: acronymWords(),
	}
	g.entries = make([]*Entry, 0, n)
	for i := range entries {
		p := &entries[i]
		if old := g.byKey[p.Key]; old != nil {
			merge(old, p)
			continue
		}
		g.byKey[p.Key] = p
		g.entries = append(g.entries, p)
	}
	for _, e := range g.entries {
		complete(e)
		if e.Kind == Country && e.Country != "" && g.byISO[e.Country] == nil {
			g.byISO[e.Country] = e
		}
	}
	return g
}

// index builds the trie and the name index of g's entries: every name
// and demonym of each, in order.
func (g *Gazetteer) index() {
	n := len(g.entries)
	g.byName = make(map[string][]*Entry, 2*n)
	g.vocab = make(map[string]int32, 2*n)
	g.exact = map[string]int32{}
	g.edges = make(map[uint64]int32, 3*n)
	g.outs = make([][]out, 1, 3*n+1)
	var sc scratch
	for _, e := range g.entries {
		for _, n := range e.Names {
			acr := isAcronym(e, n)
			g.insert(n, out{e: e, acronym: acr}, &sc)
		}
		for _, d := range e.Demonyms {
			g.insert(d, out{e: e, demonym: true}, &sc)
			if strings.HasSuffix(d, "n") || strings.HasSuffix(d, "i") {
				g.insert(d+"s", out{e: e, demonym: true}, &sc)
			}
		}
	}
	// sorted in place: the map's slices keep their arrays and lengths
	for _, es := range g.byName {
		sortEntries(es)
	}
	for i := range g.outs {
		sortOuts(g.outs[i])
	}
	g.ids = text.NewWordTable(g.vocab)
	g.trie = newEdgeTable(g.edges)
	starts := map[string]int32{}
	for w, id := range g.vocab {
		if _, ok := g.edges[edgeKey(0, anyCase, id)]; ok {
			starts[w] = id
		}
	}
	g.lowStarts = text.NewWordTable(starts)
}

// With returns a copy of g with extra entries added; on a shared surface
// form the extra entries win. g is not changed.
func (g *Gazetteer) With(extra []Entry) *Gazetteer {
	all := make([]Entry, 0, len(g.entries)+len(extra))
	for _, e := range g.entries {
		c := *e
		all = append(all, c)
	}
	for _, e := range extra {
		e.user = true
		all = append(all, e)
	}
	return build(all)
}

// merge folds the later entry b into a.
func merge(a, b *Entry) {
	set := func(dst *string, src string) {
		if src != "" {
			*dst = src
		}
	}
	if b.Name != "" && b.Name != a.Name {
		a.Names = append(a.Names, a.Name)
		a.Name = b.Name
	}
	set(&a.Country, b.Country)
	set(&a.Parent, b.Parent)
	set(&a.HQ, b.HQ)
	if b.Population != 0 {
		a.Population = b.Population
	}
	if b.Founded != 0 {
		a.Founded = b.Founded
	}
	a.Names = append(a.Names, b.Names...)
	a.Acronyms = append(a.Acronyms, b.Acronyms...)
	a.Former = append(a.Former, b.Former...)
	a.Demonyms = append(a.Demonyms, b.Demonyms...)
	a.user = a.user || b.user
	if b.user {
		a.Type, a.Kind = b.Type, b.Kind
	}
}

// complete puts Name, Acronyms and Former names into Names, without
// duplicates (by exact string), Name first.
func complete(e *Entry) {
	n := 1 + len(e.Names) + len(e.Acronyms) + len(e.Former)
	names := make([]string, 0, n)
	var seen map[string]bool // for long lists; a short one is searched
	if n > 32 {
		seen = make(map[string]bool, n)
	}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		if seen != nil {
			if seen[s] {
				return
			}
			seen[s] = true
		} else if slices.Contains(names, s) {
			return
		}
		names = append(names, s)
	}
	add(e.Name)
	for _, n := range e.Names {
		add(n)
	}
	for _, n := range e.Acronyms {
		add(n)
	}
	for _, f := range e.Former {
		add(f.Name)
	}
	e.Names = names
}

// isAcronym reports whether name is used by e as an acronym: listed among
// its Acronyms, or a former name written in capitals ("OAU").
func isAcronym(e *Entry, name string) bool {
	for _, a := range e.Acronyms {
		if a == name {
			return true
		}
	}
	if strings.ContainsRune(name, ' ') {
		return false
	}
	letters := 0
	for _, r := range name {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// rank orders entries sharing a surface form: user entries first, then
// countries, organizations, regions and cities, then larger population.
func rank(e *Entry) int {
	r := 0
	if e.user {
		r += 1 << 40
	}
	switch e.Kind {
	case Country:
		r += 4 << 32
	case Org:
		r += 3 << 32
	case Region:
		r += 2 << 32
	case City:
		r += 1 << 32
	}
	return r + e.Population
}

// sortEntries and sortOuts sort stably by rank (slices.SortStableFunc
// allocates nothing; sort.SliceStable did per call).
func sortEntries(es []*Entry) {
	slices.SortStableFunc(es, func(a, b *Entry) int { return cmp.Compare(rank(b), rank(a)) })
}

func sortOuts(os []out) {
	slices.SortStableFunc(os, func(a, b out) int {
		if ra, rb := rank(a.e), rank(b.e); ra != rb {
			return cmp.Compare(rb, ra)
		}
		switch {
		case !a.demonym && b.demonym:
			return -1
		case a.demonym && !b.demonym:
			return 1
		}
		return 0
	})
}

// acronymWords reads the embedded list of acronyms that are also English
// words, as folded strings.
func acronymWords() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(acronymWordsFile))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && w[0] != '#' {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// Lookup returns the entries having the surface form name (compared after
// Normalize), best first: user entries, then countries, organizations,
// regions and cities. Demonyms are found too ("Turkish" gives Türkiye).
func (g *Gazetteer) Lookup(name string) []*Entry {
	var kb [128]byte
	return g.byName[string(appendNormalize(kb[:0], name))]
}

// Get returns the entry with the given key, or nil.
func (g *Gazetteer) Get(key string) *Entry { return g.byKey[key] }

// Country returns the country with ISO 3166 alpha-2 code iso ("US"), or nil.
func (g *Gazetteer) Country(iso string) *Entry { return g.byISO[strings.ToUpper(iso)] }

// Capital reports whether e is a city that is its country's capital (the
// country's HQ, see Entry): "Havana", "Washington, D.C.", not "Geneva".
func (g *Gazetteer) Capital(e *Entry) bool {
	if e == nil || e.Kind != City {
		return false
	}
	c := g.Country(e.Country)
	if c == nil || c.HQ == "" {
		return false
	}
	hq := Normalize(c.HQ)
	if Normalize(e.Name) == hq {
		return true
	}
	for _, n := range e.Names {
		if Normalize(n) == hq {
			return true
		}
	}
	return false
}

// Entries returns every entry, in load order. The slice is shared; do not
// modify it.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// ParseUser reads a user gazetteer file. Each line is
//
//	TYPE<TAB>NAME<TAB>ALIAS|ALIAS...
//
// where TYPE is ORG, PERSON or PLACE and the aliases are optional; blank
// lines and lines starting with '#' are ignored. The file is UTF-8. An
// alias written in capitals without spaces ("UNAOC") is also an acronym.
// Errors name the line number.
func ParseUser(r io.Reader) ([]Entry, error) {
	var es []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("gazetteer: line %d: want TYPE<TAB>NAME<TAB>ALIASES, got %d fields", n, len(f))
		}
		e := Entry{Name: strings.TrimSpace(f[1]), user: true}
		switch strings.ToUpper(strings.TrimSpace(f[0])) {
		case "ORG":
			e.Type, e.Kind = annals.Org, Org
		case "PERSON":
			e.Type, e.Kind = annals.Person, Person
		case "PLACE":
			e.Type, e.Kind = annals.Place, Region
		default:
			return nil, fmt.Errorf("gazetteer: line %d: type %q is not ORG, PERSON or PLACE", n, f[0])
		}
		if e.Name == "" || Normalize(e.Name) == "" {
			return nil, fmt.Errorf("gazetteer: line %d: empty name", n)
		}
		if len(f) == 3 {
			for _, a := range strings.Split(f[2], "|") {
				a = strings.TrimSpace(a)
				if a == "" {
					continue
				}
				e.Names = append(e.Names, a)
				if !strings.ContainsRune(a, ' ') && isAcronym(&Entry{}, a) {
					e.Acronyms = append(e.Acronyms, a)
				}
			}
		}
		e.Key = "user:" + slug(e.Name)
		es = append(es, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: line %d: %v", n+1, err)
	}
	return es, nil
}
