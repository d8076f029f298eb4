// Package extract reads the facts of one story: it finds the organizations,
// people and places (gazetteers plus patterns), the dates and figures, the
// roles people hold and the events the story reports, and returns them as
// one annals.Document whose every fact cites the original bytes.
//
// The rules are hand-written for English news and press releases, and every
// decision can be traced to a rule: an entity is a gazetteer match, a
// "Full Name (ACRONYM)" definition, a capitalized phrase with an
// organizational head ("... Council"), a person introduced by a title or a
// given name, or a short back-reference ("the Alliance", "Mr. Ban") to one
// of those, or a name the trained tagger (package ner) finds and the
// rules miss (tagger.go); an event is a trigger word of its type in a
// sentence, with the date, place, participants, title and figures found
// around it.
//
// Extraction works on the text the reader produced (see package read) and
// converts offsets back to the original file only when it writes facts out.
package extract

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/numex"
	"annals/internal/read"
	"annals/internal/text"
	"annals/internal/timex"
)

// Options adjust one extraction.
type Options struct {
	// Published, when set, is the publication date of the story; it wins
	// over metadata and datelines and anchors relative dates.
	Published annals.Date
	// Explain records which part of the extractor found each entity
	// (annals.Entity.Found).
	Explain bool
	// NoTagger leaves out the names the trained tagger finds and the
	// rules miss (see tagger.go): the rules alone.
	NoTagger bool
}

// Extractor extracts facts with one gazetteer. It is safe for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
}

// New returns an Extractor using g, or the embedded gazetteer when g is nil.
func New(g *gazetteer.Gazetteer) *Extractor {
	if g == nil {
		g = gazetteer.Default()
	}
	return &Extractor{gaz: g}
}

// Extract reads the facts of the story d. It always returns a document:
// when a stage fails (a bug in a rule), the error is a *StageError naming
// it, and the document holds what the other stages found.
func (x *Extractor) Extract(d *read.Doc, opt Options) (*annals.Document, error) {
	return x.ExtractContext(context.Background(), d, opt)
}

// ExtractContext is Extract that gives up when ctx is done: a long story
// is read window by window (see windowSize), and ctx is checked before
// each; the error is then ctx's.
func (x *Extractor) ExtractContext(ctx context.Context, d *read.Doc, opt Options) (*annals.Document, error) {
	txt, m := d.Headline()
	if len(txt) > windowSize {
		return x.extractWindows(ctx, d, txt, m, opt)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return x.extract(d, txt, m, opt)
}

// extract reads the facts of txt (with its map m into d.Raw) in one pass
// of the stages.
func (x *Extractor) extract(d *read.Doc, txt string, m read.Offsets, opt Options) (*annals.Document, error) {
	s := newState(x, d, txt, m)
	defer s.release()
	s.published = opt.Published
	s.explain = opt.Explain
	s.noTagger = opt.NoTagger
	s.tagged = map[*ent]bool{}
	if s.published == "" {
		if v, _, ok := timex.Parse(d.Published, ""); ok {
			s.published = v
		}
	}
	s.stage("dates", s.findDates)
	s.stage("figures", s.findFigures)
	s.stage("entities", s.findEntities)
	s.stage("roles", func() { s.findHome(); s.findRoles() })
	s.stage("events", s.findEvents)
	var doc *annals.Document
	s.stage("output", func() { doc = s.document(); calendarOnly(doc) })
	if doc == nil {
		// the facts could not be written out: keep the story, without them
		doc = s.emptyDocument()
	}
	if len(s.failures) > 0 {
		return doc, &StageError{Failures: s.failures}
	}
	return doc, nil
}

// state is the working memory of one extraction.
type state struct {
	x    *Extractor
	tabs *tokTables // the arrays of the per-token tables, for release
	src  *read.Doc
	text string
	m    read.Offsets // text offset -> offset in src.Raw

	toks     []text.Token
	wrd      []string // token text (read by word)
	low      []string // lower-cased token text
	cls      []int32  // token -> index in wordClasses of its lower-cased text, 0 until is reads it
	nextHead []int32  // see hasHead; built on first use
	lt       string   // text with its ASCII capitals lower-cased (see lower)
	sents    []text.Sentence
	sentOf   []int    // token -> sentence
	sentTok  [][2]int // sentence -> token range

	// the names the story writes before a weapon's or a machine's word,
	// "Iron Dome" of "the Iron Dome system" (see systemName); built on
	// first use
	systemNames map[string]bool

	// the tagger sentence titleCaseSentence last read, and its answer
	titleCaseOf struct {
		first *ner.Token
		n     int
		is    bool
	}

	bodyStart int  // text offset where the body begins (after the headline paragraph)
	titleCase bool // the headline capitalizes (nearly) every word
	published annals.Date
	// written is the day the text was written: its dateline's, one to
	// three days before publication ("JAKARTA, 13 July 2023 –" published
	// on 14 July), else the publication day
	written   annals.Date
	dateline  int              // sentence index of the dateline, -1 if none
	home      *gazetteer.Entry // the country the story is written from, or nil
	homeByURL bool             // home was read from the publisher's address

	dates   []timex.Expr
	dateTok []int // token -> index in dates, -1
	figures []numex.Figure

	lowerSeen  *seenWords // words the text also writes in lower case
	lexCut     bool       // tabs.lexWords holds the story's (lexWords)
	lineStart  []bool     // token -> first of a line the writer ended on purpose (see lineBreaks)
	breaks     []int      // what lineBreaks returns, once breaksRead
	breaksRead bool
	quoteZone  []bool   // token -> inside a quoted title
	inURL      []bool   // token -> inside a web address (text.URLs)
	urls       [][2]int // the web addresses of the text (text.URLs), in order
	// capTok is capLike of each token, kept as the dates and the web
	// addresses are marked (capLike says why)
	capTok []bool

	ents    []*ent
	tokMent []*mention // token -> mention covering it
	titles  map[string]string

	atoms        []gazetteer.Match
	atomAt       []int           // token -> index in atoms, -1
	skipAtom     map[int]bool    // atoms a chunk read as part of another name
	definedAcr   map[string]bool // acronyms the story defines in brackets
	entByKey     map[string]*ent
	pendingAtom  []pendingMention
	personTitles []personTitle
	acronyms     map[string]*ent       // acronyms defined in the text
	ownAcronyms  map[string]bool       // acronyms the text defines for a body other than the lists' one
	initials     map[string]*ent       // organizations by the initials of their names (orgByInitials), built on first use
	titleOrgs    map[string][]*ent     // normalized title -> organizations written with it
	titleHolder  map[titleAt]*ent      // an office written with its holder: "Tony Allen, President of X"
	leaders      map[string][]*ent     // country name -> people written with one of its state offices (collectLeaders)
	faced        map[facedCountry]bool // people written facing a country or its leaders (facesCountry), built on first use
	callWordAt   int                   // 1 + the first token telling a call (firstCallWord); 0 until read
	appointing   bool                  // a role being added is given by an appointment (addAppointed)
	merged       map[*ent]*ent         // people merged into a fuller name
	inQuote      []bool                // token -> inside quotation marks
	appos        []bool                // token -> inside an apposition giving a person's office
	fieldSpans   [][2]int              // fields held in a body, no names (fieldInBody)

	roles        []role
	bioLast      *ent         // the subject of the last biography sentence
	bioLastAt    int          // the token that sentence starts at
	bioSents     map[int]*ent // sentence -> the person a biography sentence is about
	events       []*event
	sentTriggers []int // trigger tokens of the sentence being read
	// homeHomonyms holds the names of countries the story names only as
	// places of another country, by the story's places (see
	// storyOfPlaces): they take no part in its events
	homeHomonyms map[string]bool
	// forumNames are the tokens of "Forum" ending a name, read once a
	// story when a bare "the Forum" asks (forumBodyNamed)
	forumNames     []int
	forumNamesRead bool
	// genders holds the gender the story tells of each person it tells
	// one of (see readGenders), read on first use
	genders map[*ent]string

	failures []StageFailure // stages that failed, in order

	tagged map[*ent]bool // entities the trained tagger found (tagger.go)
	// employers are the organizations the tagger read as places that the
	// words around made bodies someone works at (tagger.go)
	employers map[*ent]bool
	firms     map[*ent]bool // firms named by their partners (firms.go)
	explain   bool
	noTagger  bool
}

// personTitle is a title written before a person's name.
type personTitle struct {
	person *ent
	title  string
	org    *ent
	a, b   int
	name   int // token where the name begins
}

func newState(x *Extractor, d *read.Doc, txt string, m read.Offsets) *state {
	s := &state{x: x, src: d, text: txt, m: m, dateline: -1}
	s.tabs = tokTablePool.Get().(*tokTables)
	tb := s.tabs
	tb.toks = text.AppendTokens(tb.toks[:0], txt)
	s.toks = tb.toks
	s.urls = text.URLs(txt)
	n := len(s.toks)
	s.wrd = grown(&tb.wrd, n)
	s.low = grown(&tb.low, n)
	s.cls = grown(&tb.cls, n)
	s.capTok = grown(&tb.capTok, n)
	s.lowerSeen = &tb.lowerSeen
	lt := lowerASCII(txt)
	s.lt = lt
	u := 0 // the first web address not ending before the token
	for i, t := range s.toks {
		w := txt[t.Start:t.End]
		s.wrd[i] = w
		if isASCII(w) {
			s.low[i] = lt[t.Start:t.End] // strings.ToLower(w), without a copy per word
		} else {
			s.low[i] = strings.ToLower(w)
		}
		// ("al-Sudani" is a name's word, not a common one); a web
		// address is not the story's prose: "www.nasa.gov" does not
		// write "NASA" in lower case
		for u < len(s.urls) && s.urls[u][1] <= t.Start {
			u++
		}
		if t.Kind != text.Word {
			continue
		}
		if text.IsCap(w) {
			s.capTok[i] = true // until a date or a web address covers it
		} else if !particleWord(w) && (u == len(s.urls) || t.Start < s.urls[u][0]) {
			s.lowerSeen.add(s.low[i])
		}
	}
	s.sents = text.Sentences(txt)
	s.sentOf = grown(&tb.sentOf, n)
	s.sentTok = make([][2]int, len(s.sents))
	k := 0
	for si, se := range s.sents {
		for k < len(s.toks) && s.toks[k].Start < se.Start {
			s.sentOf[k] = max(si-1, 0)
			k++
		}
		a := k
		for k < len(s.toks) && s.toks[k].Start < se.End {
			s.sentOf[k] = si
			k++
		}
		s.sentTok[si] = [2]int{a, k}
	}
	for ; k < len(s.toks); k++ {
		s.sentOf[k] = len(s.sents) - 1
	}
	title := d.Title
	if title == "" {
		// a text file's headline: a first paragraph that reads as one
		// ("Senegal signs catch-data accord with fisheries observatory")
		if first, _, ok := strings.Cut(txt, "\n\n"); ok && read.Headlike(first) && !endsWithDate(first) {
			title = first
		}
	}
	if title != "" && strings.HasPrefix(txt, title) {
		s.bodyStart = len(title)
		words, caps := 0, 0
		for _, w := range strings.Fields(title) {
			if len(w) > 3 {
				words++
				if text.IsCap(w) {
					caps++
				}
			}
		}
		s.titleCase = words >= 2 && caps*5 >= words*4
	}
	// every per-token table exists before any stage runs, so a stage that
	// fails leaves the later ones a consistent, if emptier, state
	s.tokMent = grown(&tb.tokMent, n)
	s.dateTok = grown(&tb.dateTok, n)
	s.atomAt = grown(&tb.atomAt, n)
	for i := range s.toks {
		s.dateTok[i] = -1
		s.atomAt[i] = -1
	}
	s.quoteZone = grown(&tb.quoteZone, n)
	s.inURL = grown(&tb.inURL, n)
	s.appos = grown(&tb.appos, n)
	s.inQuote = grown(&tb.inQuote, n)
	s.titles = map[string]string{}
	s.acronyms = map[string]*ent{}
	s.ownAcronyms = map[string]bool{}
	s.titleOrgs = map[string][]*ent{}
	clear(s.titleHolder)
	clear(s.leaders)
	s.merged = map[*ent]*ent{}
	return s
}

// tokTables are the per-token tables of a state, kept in tokTablePool
// for the next story once its extraction is done: they were a quarter of
// what extraction allocated.
type tokTables struct {
	toks                      []text.Token
	wrd, low                  []string
	cls                       []int32
	sentOf, dateTok, atomAt   []int
	tokMent                   []*mention
	quoteZone, appos, inQuote []bool
	inURL, capTok             []bool
	lowerSeen                 seenWords
	nextHead                  []int32
	lexWords                  []text.LexWord
}

var tokTablePool = sync.Pool{New: func() any { return new(tokTables) }}

// grown returns (*p)[:n] zeroed, growing *p when it is too short.
func grown[T any](p *[]T, n int) []T {
	if cap(*p) < n {
		*p = make([]T, n)
		return *p
	}
	*p = (*p)[:n]
	clear(*p)
	return *p
}

// release returns the state's tables to tokTablePool; the state must not
// be used afterwards. The tables of a long story (a window of one) are
// let go rather than kept.
func (s *state) release() {
	tb := s.tabs
	if tb == nil {
		return
	}
	s.tabs = nil
	if cap(tb.toks) > 1<<16 {
		return
	}
	clear(tb.wrd)
	clear(tb.low)
	clear(tb.tokMent)
	tb.lowerSeen.reset()
	tokTablePool.Put(tb)
}

// dateAt returns the index in s.dates of the date token i is part of, or -1
// (also for an i outside the story).
func (s *state) dateAt(i int) int {
	if uint(i) >= uint(len(s.dateTok)) {
		return -1
	}
	return s.dateTok[i]
}

// ofComplement returns the first token of the complement the word at
// token i takes with "of", past a "the": "Summit of the Americas" gives
// "Americas"; -1 when no "of" follows.
func (s *state) ofComplement(i int) int {
	if s.lw(i+1) != "of" {
		return -1
	}
	k := i + 2
	if s.lw(k) == "the" {
		k++
	}
	return k
}

// word returns the text of token i, "" out of range.
//
// The rules ask it about 16,000 times a story: it reads the token's text
// from s.wrd, cut once a story (newState), and an i outside the story is
// told by one unsigned comparison.
func (s *state) word(i int) string {
	if uint(i) >= uint(len(s.wrd)) {
		return ""
	}
	return s.wrd[i]
}

// paraBreak reports whether a blank line lies between tokens j and k
// (j < k): a paragraph ends between them.
func (s *state) paraBreak(j, k int) bool {
	return j < k && strings.Contains(s.text[s.toks[j].End:s.toks[k].Start], "\n\n")
}

// lw returns the lower-cased text of token i, "" out of range.
func (s *state) lw(i int) string {
	if uint(i) >= uint(len(s.low)) {
		return ""
	}
	return s.low[i]
}

// tokAt returns the index of the first token starting at or after off.
func (s *state) tokAt(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= off })
}

// tokEndAt returns the index just past the last token ending at or before off.
func (s *state) tokEndAt(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > off })
}

// span converts a text range to a citation of the original bytes.
func (s *state) span(start, end int) annals.Span {
	if start >= end || start < 0 || end > len(s.text) {
		return annals.Span{}
	}
	raw := s.src.Raw
	rs := s.m.At(start)
	last := s.m.At(end - 1)
	re := last + 1
	if last < len(raw) {
		if raw[last] == '&' {
			if k := strings.IndexByte(string(raw[last:min(len(raw), last+12)]), ';'); k > 0 {
				re = last + k + 1
			}
		} else {
			_, size := utf8.DecodeRune(raw[last:])
			re = last + size
		}
	}
	re = min(re, len(raw))
	if rs > re {
		rs = re
	}
	return annals.Span{Start: rs, End: re, Text: string(raw[rs:re])}
}

// clean returns a surface form for output: whitespace collapsed, a
// possessive "'s" dropped.
func clean(s string) string {
	if !collapsed(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	// "Orsted Offshore North America:** “Tonight ...": a colon glued to a
	// name's last word by emphasis the reader kept ends no name
	for len(s) > 1 && (s[len(s)-1] == ':' || s[len(s)-1] == ';') {
		s = s[:len(s)-1]
	}
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, p) && len(s) > len(p)+1 {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// collapsed reports whether s is its words joined by single spaces (as
// strings.Fields and strings.Join would write it), so that clean need
// not split it.
//
// It reads every evidence quote: ASCII a byte at a time, the rest of
// the text from its first other byte as runes.
func collapsed(s string) bool {
	space := true // at the start, a space would be leading
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return collapsedRunes(s[i:], space)
		case c == ' ':
			if space {
				return false
			}
			space = true
		case '\t' <= c && c <= '\r': // the other ASCII spaces (unicode.IsSpace)
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// collapsedRunes is collapsed of the rest s of a text, not empty, given
// whether what came before it ends in a space (or is empty).
func collapsedRunes(s string, space bool) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || space {
				return false
			}
			space = true
			continue
		}
		space = false
	}
	return !space
}

// sentenceSpan returns the text range of sentence si.
func (s *state) sentenceSpan(si int) (int, int) {
	return s.sents[si].Start, s.sents[si].End
}

// mentAt returns the mention covering token i, or nil (also out of range).
func (s *state) mentAt(i int) *mention {
	if uint(i) >= uint(len(s.tokMent)) {
		return nil
	}
	return s.tokMent[i]
}

// atomIdx returns the index of the gazetteer match covering token i, or -1.
func (s *state) atomIdx(i int) int {
	if uint(i) >= uint(len(s.atomAt)) {
		return -1
	}
	return s.atomAt[i]
}

// endsWithDate reports whether a line ends with a date: a byline or a
// dateline ("Mr. CARDIN — 9 December 2009"), not a headline.
func endsWithDate(line string) bool {
	ds := timex.Find(line, "")
	return len(ds) > 0 && strings.TrimSpace(line[ds[len(ds)-1].End:]) == ""
}
