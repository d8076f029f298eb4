package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// Prepared is what storing a story computes from its bytes and its
// document alone: its packed body (with the evidence sentences the
// document cites of it), its MinHash signature and content hash, and the
// parts of its facts' rows that read nothing stored (storyFacts). Storing
// is done by one writer at a time, inside a transaction that holds locks
// on PostgreSQL; Prepare lets the goroutines that read and extract
// stories do this part of it while the writer stores the batch before.
type Prepared struct {
	raw   []byte
	text  string
	doc   *annals.Document
	body  []byte
	sig   []uint32
	hash  string      // the SHA-256 of raw, hex
	facts *storyFacts // for doc.Published
}

// storyFacts are the parts of a story's rows that insertFacts and the
// locks of a parallel batch compute from the story and its document
// alone, each slice in the document's order: a worker spent them inside
// its story transactions (docs/scale.md, session 37). Spans and dates are
// still checked where the rows are made; a part computed from one that
// does not check is not used.
type storyFacts struct {
	pub    annals.Date // the published date they were computed for
	ents   []entFacts
	roles  []roleFacts
	events []eventFacts
	bands  []int64 // the lock keys of the story's MinHash bands
}

// entFacts are an entity's: its names (resolve.Names) with their
// written forms' ranks (resolve.FormRank), its aliases and former names
// as stored (JSON), its mentions packed (packSpans; nil when one lies
// outside the file), and the lock keys of its strong names (nameKey).
type entFacts struct {
	names           []resolve.EntityName
	ranks           []int
	aliases, former string
	spans           []byte
	nameKeys        []int64
}

// roleFacts are a role's normalized title and packed evidence.
type roleFacts struct {
	norm, ev string
}

// eventFacts are a report's: the place its own sentence states ("" when
// it carries one over), its participants as stored (JSON), its window
// (chronicle.ReportWindow), its packed evidence and its title's words
// and signature.
type eventFacts struct {
	place  string
	names  string
	lo, hi string
	weak   bool
	ev     string
	title  []string
	tbits  int64
	dayKey int64
	stated bool // chronicle.DateStated
}

// Prepare computes what storing a story of these bytes (annals.Story's
// Raw and Text) and this document (the Put's Doc) needs of them alone.
func Prepare(raw []byte, text string, doc *annals.Document) *Prepared {
	sum := sha256.Sum256(raw)
	p := &Prepared{raw: raw, text: text, doc: doc, body: packBody(raw, text, docSentences(raw, text, doc)), sig: chronicle.Signature(text),
		hash: hex.EncodeToString(sum[:])}
	if doc != nil {
		p.facts = prepareFacts(raw, text, doc, doc.Published, p.sig)
	}
	return p
}

// prepareFacts computes the storyFacts of a story published pub.
func prepareFacts(raw []byte, text string, doc *annals.Document, pub annals.Date, sig []uint32) *storyFacts {
	f := &storyFacts{pub: pub, ents: make([]entFacts, len(doc.Entities)), roles: make([]roleFacts, len(doc.Roles)), events: make([]eventFacts, len(doc.Events))}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		ef := &f.ents[i]
		ef.names = resolve.Names(e)
		ef.ranks = make([]int, len(ef.names))
		for j, n := range ef.names {
			ef.ranks[j] = resolve.FormRank(n.Text, n.Kind)
			if n.Strong {
				ef.nameKeys = append(ef.nameKeys, nameKey(e.Type, n.Norm))
			}
		}
		aliases, _ := json.Marshal(nonNil(e.Aliases))
		former, _ := json.Marshal(nonNil(e.Former))
		ef.aliases, ef.former = string(aliases), string(former)
		inside := true
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End < m.Start || m.End > len(raw) {
				inside = false
			}
		}
		if inside {
			ef.spans = packSpans(raw, e.Mentions)
		}
	}
	evp := &evPacker{raw: raw, text: text}
	for i, r := range doc.Roles {
		f.roles[i] = roleFacts{norm: resolve.Normalize(r.Role), ev: evp.pack(r.Evidence.Start, r.Evidence.End, r.Evidence.Text)}
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		ef := &f.events[i]
		if chronicle.PlaceStated(doc, ev) {
			ef.place = string(ev.Place)
		}
		names, _ := json.Marshal(nonNil(ev.Participants))
		ef.names = string(names)
		ef.stated = chronicle.DateStated(doc, ev)
		ef.lo, ef.hi, ef.weak = chronicle.ReportWindow(ev.Date, ev.DateEnd, ev.Status, pub, ef.stated)
		ef.ev = evp.pack(ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Text)
		ef.title = titleWords(string(ev.Title))
		ef.tbits = chronicle.TitleBits(ef.title)
		ef.dayKey = chronicle.DayKey(ev.Date, ef.lo, ef.hi, ef.weak)
	}
	if sig != nil {
		for b, h := range chronicle.BandHashes(sig) {
			f.bands = append(f.bands, lockKey("band", strconv.Itoa(b), strconv.FormatInt(h, 10)))
		}
	}
	return f
}

// prepared returns p when it was prepared from st's bytes and doc, else
// Prepare of them.
func (p *Prepared) prepared(st *annals.Story, doc *annals.Document) *Prepared {
	if p.fits(st) && p.doc == doc {
		return p
	}
	return Prepare(st.Raw, st.Text, doc)
}

// signature is st's MinHash signature, from p when it fits.
func (p *Prepared) signature(st *annals.Story) []uint32 {
	if p.fits(st) {
		return p.sig
	}
	return chronicle.Signature(st.Text)
}

// fits says whether p was prepared from st's bytes.
func (p *Prepared) fits(st *annals.Story) bool {
	return p != nil && p.text == st.Text && bytes.Equal(p.raw, st.Raw)
}

// storyHash is the content hash of st: its Hash, else the one p holds
// when it fits, else the SHA-256 of Raw (storyHash).
func (p *Prepared) storyHash(st *annals.Story) string {
	if st.Hash == "" && p.fits(st) {
		return p.hash
	}
	return storyHash(st)
}

// factsOf are the storyFacts of st and doc published pub: p's when p
// was prepared from them for that date, else computed now.
func (p *Prepared) factsOf(st *annals.Story, doc *annals.Document, pub annals.Date) *storyFacts {
	if p.fits(st) && p.doc == doc && p.facts != nil && p.facts.pub == pub {
		return p.facts
	}
	return prepareFacts(st.Raw, st.Text, doc, pub, p.signature(st))
}

// rank is resolve.FormRank of n, the j-th name resolution gave the
// entity: prepared when it is the j-th of its names.
func (ef *entFacts) rank(j int, n resolve.EntityName) int {
	if j < len(ef.names) && ef.names[j].Text == n.Text && ef.names[j].Kind == n.Kind {
		return ef.ranks[j]
	}
	return resolve.FormRank(n.Text, n.Kind)
}
