package server

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"annals"
	"annals/internal/store"
)

// Page latency on a 10,000-story database. The stories are synthetic
// press releases in the manner of the store's benchmark corpus (Zipf-skewed
// organizations and people, events reported by several stories), put
// through store.PutStory. The database is built once and kept in the
// temporary directory for later runs (delete annals-server-bench-*.db to
// rebuild). Each benchmark reports p50 and p99 in milliseconds of a whole
// request through the handler: routing, store queries, template.
//
//	go test -run '^$' -bench . -benchtime 400x ./internal/server

var (
	bOrgHeads  = []string{"Organization", "Council", "Alliance", "Commission", "Forum", "Union", "Fund", "Agency", "Institute", "Bank"}
	bOrgTopics = []string{"Turkic States", "Civilizations", "Water Cooperation", "Digital Trade", "Sahel Security", "Arctic Research",
		"Migration Studies", "Pacific Fisheries", "Andean Development", "Caspian Energy", "Maritime Safety", "Desert Agriculture",
		"Public Health", "Youth Empowerment", "Cultural Heritage", "Nuclear Safety", "Rail Transport", "Forest Protection"}
	bOrgAdjs = []string{"International", "Regional", "Global", "African", "Asian", "European", "Inter-American", "Nordic", "Mediterranean", "Eurasian", "Pacific", "Baltic"}
	bFirsts  = []string{"Amina", "Nassir", "Maria", "João", "Ngozi", "Kofi", "Helga", "Li", "Rashid", "Sofía", "Timur", "Olga", "Ibrahim", "Akira", "Fatou", "Leila", "Samuel", "Aigerim"}
	bLasts   = []string{"Amreyev", "Al-Nasser", "Sall", "Okonjo", "Mohammed", "Schmidt", "Wei", "Haddad", "Rojas", "Petrova", "Diallo", "Tanaka", "Ndiaye", "Karimova", "Mensah", "Moreno", "Costa", "Osei"}
	bCities  = []string{"Istanbul", "New York", "Geneva", "Nairobi", "Baku", "Astana", "Dakar", "Vienna", "Bangkok", "Lima", "Suva", "Addis Ababa", "Tashkent", "Brussels", "Jakarta", "Doha"}
	bFillers = []string{
		"The meeting reviewed the implementation of the joint work plan and agreed on next steps for the coming year.",
		"Participants stressed the importance of dialogue, mutual respect and understanding among cultures.",
		"Delegations from more than thirty countries attended the sessions, which were held over two days.",
		"The programme will train young leaders in mediation, intercultural communication and project management.",
		"Speakers highlighted the role of civil society, academia and the media in preventing violent extremism.",
		"A joint statement adopted at the end of the session called for more investment in climate adaptation.",
		"Experts discussed water management, renewable energy and sustainable transport corridors in the region.",
	}
	bPhrases = map[annals.EventType]string{
		annals.Agreement:  "%s signed a memorandum of understanding with %s in %s on %s.",
		annals.Conference: "%s and %s co-organized an international conference in %s on %s.",
		annals.Meeting:    "%s held talks with %s in %s on %s.",
		annals.Programme:  "%s and %s conducted a youth exchange programme in %s on %s.",
	}
	bTypes = []annals.EventType{annals.Agreement, annals.Conference, annals.Meeting, annals.Programme}
)

type bEvent struct {
	typ     annals.EventType
	date    annals.Date
	a, b, c int
	person  int
}

// synth generates synthetic stories deterministically.
type synth struct {
	orgs, acrs, people []string
	events             []bEvent
	rng                *rand.Rand
	zOrg, zPer, zEv    *rand.Zipf
}

func newSynth() *synth {
	c := &synth{rng: rand.New(rand.NewPCG(7, 11))}
	seen := map[string]bool{}
	for len(c.orgs) < 250 {
		n := bOrgAdjs[c.rng.IntN(len(bOrgAdjs))] + " " + bOrgHeads[c.rng.IntN(len(bOrgHeads))] + " for " + bOrgTopics[c.rng.IntN(len(bOrgTopics))]
		if seen[n] {
			continue
		}
		seen[n] = true
		var a strings.Builder
		for _, w := range strings.Fields(n) {
			if w != "for" {
				a.WriteByte(w[0])
			}
		}
		c.orgs = append(c.orgs, n)
		c.acrs = append(c.acrs, fmt.Sprintf("%s%d", a.String(), len(c.orgs)))
	}
	for len(c.people) < 300 {
		n := bFirsts[c.rng.IntN(len(bFirsts))] + " " + bLasts[c.rng.IntN(len(bLasts))]
		if !seen[n] {
			seen[n] = true
			c.people = append(c.people, n)
		}
	}
	c.zOrg = rand.NewZipf(c.rng, 1.2, 4, uint64(len(c.orgs)-1))
	c.zPer = rand.NewZipf(c.rng, 1.1, 4, uint64(len(c.people)-1))
	for range 3000 {
		e := bEvent{typ: bTypes[c.rng.IntN(len(bTypes))], a: int(c.zOrg.Uint64()), b: int(c.zOrg.Uint64()), c: c.rng.IntN(len(bCities)), person: int(c.zPer.Uint64())}
		if e.a == e.b {
			e.b = (e.b + 1) % len(c.orgs)
		}
		d := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c.rng.IntN(20*365))
		e.date = annals.DateOf(d, []annals.Precision{annals.Day, annals.Day, annals.Month, annals.Year}[c.rng.IntN(4)])
		c.events = append(c.events, e)
	}
	c.zEv = rand.NewZipf(c.rng, 1.05, 8, uint64(len(c.events)-1))
	return c
}

// story writes story i with its facts, every span citing the text.
func (c *synth) story(i int) (*annals.Story, *annals.Document) {
	var raw strings.Builder
	doc := &annals.Document{Roles: []annals.Role{}, Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}
	idx := map[string]int{}
	add := func(s string) annals.Span {
		st := raw.Len()
		raw.WriteString(s)
		return annals.Span{Start: st, End: raw.Len(), Text: s}
	}
	ent := func(t annals.EntityType, name, form string) {
		k, ok := idx[name]
		if !ok {
			k = len(doc.Entities)
			idx[name] = k
			doc.Entities = append(doc.Entities, annals.Entity{ID: fmt.Sprintf("e%d", k+1), Type: t, Name: name, Aliases: []string{}, Mentions: []annals.Span{}})
		}
		e := &doc.Entities[k]
		if form != name && !slices.Contains(e.Aliases, form) {
			e.Aliases = append(e.Aliases, form)
		}
		e.Mentions = append(e.Mentions, add(form))
	}
	main := c.events[c.zEv.Uint64()]
	title := fmt.Sprintf("%s and %s strengthen cooperation in %s", c.acrs[main.a], c.acrs[main.b], bCities[main.c])
	add(title + "\n\n")
	for k := range 1 + c.rng.IntN(3) {
		ev := main
		if k > 0 {
			ev = c.events[c.zEv.Uint64()]
		}
		start := raw.Len()
		parts := strings.SplitN(bPhrases[ev.typ], "%s", 5)
		add(parts[0])
		ent(annals.Org, c.orgs[ev.a], c.orgs[ev.a])
		add(" (")
		ent(annals.Org, c.orgs[ev.a], c.acrs[ev.a])
		add(")" + parts[1])
		ent(annals.Org, c.orgs[ev.b], c.orgs[ev.b])
		add(parts[2])
		ent(annals.Place, bCities[ev.c], bCities[ev.c])
		add(parts[3])
		ds := add(string(ev.date))
		add(parts[4])
		doc.Dates = append(doc.Dates, annals.DateMention{Start: ds.Start, End: ds.End, Text: ds.Text, Value: annals.DateValue(ev.date)})
		doc.Events = append(doc.Events, annals.Event{Type: ev.typ, Date: ev.date, Place: annals.NullString(bCities[ev.c]),
			Participants: []string{c.orgs[ev.a], c.orgs[ev.b]}, Status: annals.Held, Figures: []annals.Figure{},
			Evidence: annals.Span{Start: start, End: raw.Len(), Text: raw.String()[start:]}})
		add(" The Secretary General of the ")
		ent(annals.Org, c.orgs[ev.a], c.acrs[ev.a])
		add(", ")
		ent(annals.Person, c.people[ev.person], c.people[ev.person])
		add(", thanked the hosts.\n\n")
	}
	for range 4 + c.rng.IntN(8) {
		add(bFillers[c.rng.IntN(len(bFillers))] + " ")
		if c.rng.IntN(3) == 0 {
			o := int(c.zOrg.Uint64())
			add("Representatives of the ")
			ent(annals.Org, c.orgs[o], c.orgs[o])
			add(" also took part. ")
		}
	}
	text := raw.String()
	path := fmt.Sprintf("synthetic/%05d.txt", i)
	pub := annals.DateOf(time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c.rng.IntN(21*365)), annals.Day)
	doc.Doc, doc.Title, doc.Published = path, annals.NullString(title), pub
	return &annals.Story{Path: path, Format: "text", Title: title, Published: pub, Raw: []byte(text), Text: text[len(title)+2:]}, doc
}

var (
	benchOnce sync.Once
	benchSt   *store.DB
)

// benchStore opens the 10,000-story database, building it if needed.
func benchStore(b *testing.B) *store.DB {
	benchOnce.Do(func() {
		path := filepath.Join(os.TempDir(), "annals-server-bench-v1.db")
		if _, err := os.Stat(path); err != nil {
			tmp := path + ".building"
			os.Remove(tmp)
			st, err := store.Open(tmp)
			if err != nil {
				b.Fatal(err)
			}
			c := newSynth()
			start := time.Now()
			for i := range 10000 {
				s, d := c.story(i)
				if _, err := st.PutStory(context.Background(), s, d); err != nil {
					b.Fatalf("story %d: %v", i, err)
				}
			}
			st.Close()
			for _, suffix := range []string{"-wal", "-shm"} {
				os.Remove(tmp + suffix)
			}
			if err := os.Rename(tmp, path); err != nil {
				b.Fatal(err)
			}
			b.Logf("built 10,000 stories in %v", time.Since(start))
		}
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		benchSt = st
	})
	if benchSt == nil {
		b.Fatal("no benchmark database")
	}
	return benchSt
}

// latency requests target(i) b.N times and reports p50 and p99.
func latency(b *testing.B, h http.Handler, target func(i int) string) {
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		u := target(i)
		start := time.Now()
		w := do(h, "GET", u, nil)
		ds = append(ds, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatalf("%s: %d %.200s", u, w.Code, w.Body)
		}
	}
	b.StopTimer()
	slices.Sort(ds)
	q := func(p float64) float64 { return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))]) / 1e6 }
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

var benchQueries = []string{"youth exchange", "memorandum of understanding", "Istanbul", `"climate adaptation"`, "water OR energy",
	"Sahel Security", "talks", "hospitality", `unbalanced "quote`, "Nairobi conference", "mediat*", "civil society media",
	"Geneva", "Caspian Energy", "Digital Trade agreement", "Suva", "Pacific Fisheries", "renewable", "statement", "Baku programme"}

// BenchmarkSearchPage is the search page with facets (nothing is cached:
// each request ranks, narrows and counts afresh).
func BenchmarkSearchPage(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(i int) string { return "/search?q=" + url.QueryEscape(benchQueries[i%len(benchQueries)]) })
}

// BenchmarkSearchFacet narrows searches by a year facet.
func BenchmarkSearchFacet(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(i int) string {
		return fmt.Sprintf("/search?q=%s&year=%d", url.QueryEscape(benchQueries[i%len(benchQueries)]), 2006+i%18)
	})
}

// BenchmarkSearchAPI is /api/search (JSON, facets).
func BenchmarkSearchAPI(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(i int) string { return "/api/search?q=" + url.QueryEscape(benchQueries[i%len(benchQueries)]) })
}

// BenchmarkStoryPage is the story page: story, highlights, events,
// related stories.
func BenchmarkStoryPage(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(i int) string { return fmt.Sprintf("/stories/%d", i*7919%10000+1) })
}

// BenchmarkEntityPage is the entity page of the organizations, most
// prominent first (the largest pages).
func BenchmarkEntityPage(b *testing.B) {
	st := benchStore(b)
	s := newTestServer(b, st, "")
	orgs, err := st.Entities(context.Background(), store.EntityFilter{Type: annals.Org, Limit: 200})
	if err != nil || len(orgs) == 0 {
		b.Fatal(err)
	}
	latency(b, s, func(i int) string { return fmt.Sprintf("/entities/%d", orgs[i%len(orgs)].ID) })
}

// BenchmarkHome is the home page (counts, latest stories, top entities).
func BenchmarkHome(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(int) string { return "/" })
}

// BenchmarkTimelinePage is the timeline filtered by type and year.
func BenchmarkTimelinePage(b *testing.B) {
	s := newTestServer(b, benchStore(b), "")
	latency(b, s, func(i int) string {
		return fmt.Sprintf("/timeline?type=%s&from=%d&to=%d", bTypes[i%len(bTypes)], 2006+i%15, 2007+i%15)
	})
}
