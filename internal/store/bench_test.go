package store

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"annals"
	"annals/internal/store/pgtest"
)

// The synthetic corpus: stories about a few hundred organizations, people
// and places, in the style of press releases, with events that repeat
// across stories (the same signing reported by several), so that the
// database has the shape of a real one: skewed entity frequencies, shared
// events, long texts.

var (
	orgHeads  = []string{"Organization", "Council", "Alliance", "Commission", "Forum", "Union", "Fund", "Agency", "Institute", "Bank"}
	orgTopics = []string{"Turkic States", "Civilizations", "Water Cooperation", "Digital Trade", "Sahel Security", "Arctic Research",
		"Migration Studies", "Pacific Fisheries", "Andean Development", "Caspian Energy", "Maritime Safety", "Desert Agriculture",
		"Public Health", "Youth Empowerment", "Cultural Heritage", "Nuclear Safety", "Rail Transport", "Forest Protection",
		"Disaster Relief", "Financial Inclusion", "Ocean Science", "Mountain Communities", "Refugee Education", "Clean Air"}
	orgAdjs = []string{"International", "Regional", "Global", "African", "Asian", "European", "Inter-American", "Nordic", "Mediterranean", "Islamic", "Eurasian", "Pacific", "Baltic"}
	firsts  = []string{"Amina", "Baghdad", "Nassir", "Maria", "João", "Ngozi", "Kofi", "Helga", "Li", "Rashid", "Sofía", "Timur", "Olga", "Ibrahim", "Akira", "Fatou", "Pieter", "Leila", "Samuel", "Aigerim", "Carlos", "Ayşe", "Jean-Pierre", "Mette"}
	lasts   = []string{"Amreyev", "Al-Nasser", "Sall", "Okonjo", "Guterres", "Mohammed", "Schmidt", "Wei", "Haddad", "Rojas", "Nazarbayev", "Petrova", "Diallo", "Tanaka", "Ndiaye", "de Vries", "Karimova", "Mensah", "Suleimenov", "Moreno", "Yılmaz", "Lefèvre", "Frederiksen", "Abdullah", "Costa", "Osei"}
	cities  = []string{"Istanbul", "New York", "Geneva", "Nairobi", "Baku", "Astana", "Dakar", "Vienna", "Bangkok", "Lima", "Suva", "Addis Ababa", "Tashkent", "Brussels", "Jakarta", "Montevideo", "Doha", "Oslo", "Manila", "Accra", "Samarkand", "Rabat", "Hanoi", "Tbilisi"}
	offices = []string{"Secretary General", "High Representative", "Executive Director", "President", "Director-General", "Special Envoy"}
	fillers = []string{
		"The meeting reviewed the implementation of the joint work plan and agreed on next steps for the coming year.",
		"Participants stressed the importance of dialogue, mutual respect and understanding among cultures and religions.",
		"Delegations from more than thirty countries attended the sessions, which were held over two days.",
		"The programme will train young leaders in mediation, intercultural communication and project management.",
		"Both sides reaffirmed their readiness to continue the cooperation on youth empowerment and education projects.",
		"Speakers highlighted the role of civil society, academia and the media in preventing violent extremism.",
		"A joint statement adopted at the end of the session called for more investment in climate adaptation.",
		"The secretariat presented a report on the results achieved since the previous ministerial meeting.",
		"Experts discussed water management, renewable energy and sustainable transport corridors in the region.",
		"The organizers thanked the host country for its hospitality and the excellent arrangements.",
	}
	eventPhrases = map[annals.EventType]string{
		annals.Agreement:  "%s signed a memorandum of understanding with %s in %s on %s.",
		annals.Conference: "%s and %s co-organized an international conference in %s on %s.",
		annals.Meeting:    "%s held talks with %s in %s on %s.",
		annals.Visit:      "%s paid an official visit to %s in %s on %s.",
		annals.Programme:  "%s and %s conducted a youth exchange programme in %s on %s.",
		annals.Speech:     "%s addressed the ministerial meeting of %s in %s on %s.",
	}
	evTypes = []annals.EventType{annals.Agreement, annals.Conference, annals.Meeting, annals.Visit, annals.Programme, annals.Speech}
)

type synOrg struct{ name, acronym string }

type synEvent struct {
	typ        annals.EventType
	date       annals.Date
	a, b, city int // a is an org; b an org (or a person for speeches)
	person     int
}

// corpus is a deterministic generator of synthetic stories.
type corpus struct {
	orgs    []synOrg
	people  []string
	events  []synEvent
	rng     *rand.Rand
	zipfOrg *rand.Zipf
	zipfPer *rand.Zipf
	zipfEv  *rand.Zipf
}

func newCorpus(seed uint64) *corpus {
	c := &corpus{rng: rand.New(rand.NewPCG(seed, 42))}
	seen := map[string]bool{}
	for len(c.orgs) < 300 {
		name := orgAdjs[c.rng.IntN(len(orgAdjs))] + " " + orgHeads[c.rng.IntN(len(orgHeads))] + " for " + orgTopics[c.rng.IntN(len(orgTopics))]
		if seen[name] {
			continue
		}
		seen[name] = true
		var acr strings.Builder
		for _, w := range strings.Fields(name) {
			if w != "for" && w != "of" {
				acr.WriteByte(w[0])
			}
		}
		c.orgs = append(c.orgs, synOrg{name, acr.String() + fmt.Sprint(len(c.orgs))})
	}
	for len(c.people) < 500 {
		name := firsts[c.rng.IntN(len(firsts))] + " " + lasts[c.rng.IntN(len(lasts))]
		if !seen[name] {
			seen[name] = true
			c.people = append(c.people, name)
		}
	}
	c.zipfOrg = rand.NewZipf(c.rng, 1.2, 4, uint64(len(c.orgs)-1))
	c.zipfPer = rand.NewZipf(c.rng, 1.1, 4, uint64(len(c.people)-1))
	for range 4000 {
		e := synEvent{typ: evTypes[c.rng.IntN(len(evTypes))], a: int(c.zipfOrg.Uint64()), b: int(c.zipfOrg.Uint64()),
			city: c.rng.IntN(len(cities)), person: int(c.zipfPer.Uint64())}
		if e.a == e.b {
			e.b = (e.b + 1) % len(c.orgs)
		}
		d := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c.rng.IntN(20*365))
		e.date = annals.DateOf(d, []annals.Precision{annals.Day, annals.Day, annals.Month, annals.Year}[c.rng.IntN(4)])
		c.events = append(c.events, e)
	}
	c.zipfEv = rand.NewZipf(c.rng, 1.05, 8, uint64(len(c.events)-1))
	return c
}

// builder writes a story's text while recording spans.
type builder struct {
	raw strings.Builder
	doc *annals.Document
	ent map[string]int // name -> index in doc.Entities
}

func (b *builder) add(s string) annals.Span {
	start := b.raw.Len()
	b.raw.WriteString(s)
	return annals.Span{Start: start, End: b.raw.Len(), Text: s}
}

// entity writes form (the name or an alias) of an entity and records the mention.
func (b *builder) entity(t annals.EntityType, name, form string, aliases ...string) {
	i, ok := b.ent[name]
	if !ok {
		i = len(b.doc.Entities)
		b.ent[name] = i
		b.doc.Entities = append(b.doc.Entities, annals.Entity{ID: fmt.Sprintf("e%d", i+1), Type: t, Name: name, Aliases: []string{}, Mentions: []annals.Span{}})
	}
	e := &b.doc.Entities[i]
	for _, a := range aliases {
		if !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	e.Mentions = append(e.Mentions, b.add(form))
}

// story generates story i.
func (c *corpus) story(i int) (*annals.Story, *annals.Document) {
	b := &builder{doc: &annals.Document{Roles: []annals.Role{}, Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}, ent: map[string]int{}}
	main := c.events[c.zipfEv.Uint64()]
	pub := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c.rng.IntN(21*365))
	oa, ob := c.orgs[main.a], c.orgs[main.b]
	title := fmt.Sprintf("%s and %s strengthen cooperation in %s", oa.acronym, ob.acronym, cities[main.city])
	b.add(title + "\n\n")
	nEvents := 1 + c.rng.IntN(3)
	for k := 0; k < nEvents; k++ {
		ev := main
		if k > 0 {
			ev = c.events[c.zipfEv.Uint64()]
		}
		a, o := c.orgs[ev.a], c.orgs[ev.b]
		start := b.raw.Len()
		phrase := eventPhrases[ev.typ]
		parts := strings.SplitN(phrase, "%s", 5)
		b.add(parts[0])
		b.entity(annals.Org, a.name, a.name, a.acronym)
		b.add(" (")
		b.entity(annals.Org, a.name, a.acronym, a.acronym)
		b.add(")" + parts[1])
		b.entity(annals.Org, o.name, o.name, o.acronym)
		b.add(parts[2])
		b.entity(annals.Place, cities[ev.city], cities[ev.city])
		b.add(parts[3])
		ds := b.add(string(ev.date))
		b.add(parts[4])
		b.doc.Dates = append(b.doc.Dates, annals.DateMention{Start: ds.Start, End: ds.End, Text: ds.Text, Value: annals.DateValue(ev.date)})
		evidence := annals.Span{Start: start, End: b.raw.Len(), Text: b.raw.String()[start:]}
		b.doc.Events = append(b.doc.Events, annals.Event{Type: ev.typ, Date: ev.date, Place: annals.NullString(cities[ev.city]),
			Participants: []string{a.name, o.name}, Status: annals.Held, Figures: []annals.Figure{}, Evidence: evidence})
		b.add(" ")
		// A role sentence about a person of the main organization.
		p := c.people[ev.person]
		surname := p[strings.IndexByte(p, ' ')+1:]
		rs := b.raw.Len()
		b.add("The ")
		office := offices[ev.person%len(offices)]
		b.add(office + " of the ")
		b.entity(annals.Org, a.name, a.acronym, a.acronym)
		b.add(", ")
		b.entity(annals.Person, p, p, surname)
		b.add(", said the partnership with the ")
		b.entity(annals.Org, o.name, o.acronym, o.acronym)
		b.add(" had grown stronger. Mr. ")
		b.entity(annals.Person, p, surname, surname)
		b.add(" thanked the hosts.")
		b.doc.Roles = append(b.doc.Roles, annals.Role{Person: p, Role: office, Org: a.name,
			Evidence: annals.Span{Start: rs, End: b.raw.Len(), Text: b.raw.String()[rs:]}})
		b.add("\n\n")
	}
	for range 4 + c.rng.IntN(8) {
		b.add(fillers[c.rng.IntN(len(fillers))] + " ")
		if c.rng.IntN(3) == 0 {
			o := c.orgs[c.zipfOrg.Uint64()]
			b.add("Representatives of the ")
			b.entity(annals.Org, o.name, o.name, o.acronym)
			b.add(" and of ")
			b.entity(annals.Place, cities[c.rng.IntN(len(cities))], cities[c.rng.IntN(len(cities))])
			b.add(" also took part. ")
		}
		if c.rng.IntN(4) == 0 {
			b.add("\n\n")
		}
	}
	raw := b.raw.String()
	// Entities whose form differs from the key were added by name; make
	// sure every mention cites the file.
	for _, e := range b.doc.Entities {
		for _, m := range e.Mentions {
			if raw[m.Start:m.End] != m.Text {
				panic("bad synthetic span")
			}
		}
	}
	path := fmt.Sprintf("synthetic/%05d.txt", i)
	b.doc.Doc, b.doc.Title, b.doc.Published = path, annals.NullString(title), annals.DateOf(pub, annals.Day)
	return &annals.Story{Path: path, Format: "text", Title: title, Published: b.doc.Published, Raw: []byte(raw), Text: raw[len(title)+2:]}, b.doc
}

// ingest puts n synthetic stories into s and returns the elapsed time and
// the peak of memory obtained from the OS (runtime.MemStats.Sys), sampled.
func ingest(tb testing.TB, s *DB, n int) (time.Duration, uint64) {
	c := newCorpus(1)
	var peak uint64
	var ms runtime.MemStats
	start := time.Now()
	for i := range n {
		st, doc := c.story(i)
		if _, err := s.PutStory(context.Background(), st, doc); err != nil {
			tb.Fatalf("story %d: %v", i, err)
		}
		if i%500 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.Sys)
		}
	}
	d := time.Since(start)
	runtime.ReadMemStats(&ms)
	return d, max(peak, ms.Sys)
}

func TestSyntheticStoriesAreValid(t *testing.T) {
	s, _ := openTemp(t)
	d, _ := ingest(t, s, 200)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stories != 200 || st.Events == 0 || st.Reports <= st.Events {
		t.Errorf("200 synthetic stories gave %+v; want repeated events", st)
	}
	t.Logf("200 stories in %v: %+v entities %d", d, st.Events, st.Entities)
}

// BenchmarkPutStory measures ingesting stories into a growing database.
func BenchmarkPutStory(b *testing.B) {
	s, _ := openTemp(b)
	c := newCorpus(1)
	stories := make([]*annals.Story, b.N)
	docs := make([]*annals.Document, b.N)
	for i := range b.N {
		stories[i], docs[i] = c.story(i)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.PutStory(context.Background(), stories[i], docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkIngest10k ingests 10,000 stories into a new database once per
// iteration and reports the rate and the peak memory taken from the OS.
// Run with -benchtime=1x.
func BenchmarkIngest10k(b *testing.B) {
	for range b.N {
		s, _ := openTemp(b)
		d, peak := ingest(b, s, 10000)
		b.ReportMetric(10000/d.Seconds(), "stories/s")
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	}
}

var (
	benchOnce sync.Once
	benchDB   *DB
	benchDir  string
)

// bigDB is a database of 10,000 synthetic stories, built once per test
// binary (about half a minute) and removed by TestMain. When
// $ANNALS_BENCH_DB names a file, the database is kept there and reused.
func bigDB(b *testing.B) *DB {
	benchOnce.Do(func() {
		path := os.Getenv("ANNALS_BENCH_DB")
		_, statErr := os.Stat(path)
		var err error
		if path == "" {
			if benchDir, err = os.MkdirTemp("", "annals-bench-"); err != nil {
				b.Fatal(err)
			}
			path = filepath.Join(benchDir, "annals.db")
		}
		if benchDB, err = Open(path); err != nil {
			b.Fatal(err)
		}
		if statErr == nil && benchDir == "" {
			return // reused
		}
		d, peak := ingest(b, benchDB, 10000)
		b.Logf("built 10,000 stories in %v (%.0f stories/s, peak %d MB)", d, 10000/d.Seconds(), peak>>20)
	})
	if benchDB == nil {
		b.Fatal("no benchmark database")
	}
	return benchDB
}

// TestMain runs the store's tests on SQLite, then, when
// $ANNALS_TEST_POSTGRES names a PostgreSQL server, all of them again on
// PostgreSQL (the test binary run again with ANNALS_TEST_STORE=postgres;
// see openTemp). Benchmarks run once, on SQLite.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDB != nil {
		benchDB.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	if code == 0 && !onPostgres() && os.Getenv(pgtest.Env) != "" && !benchmarking() {
		fmt.Println("the store's tests again, on PostgreSQL (ANNALS_TEST_STORE=postgres):")
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "ANNALS_TEST_STORE=postgres")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("on PostgreSQL:", err)
			code = 1
		}
	}
	os.Exit(code)
}

// benchmarking says whether the test binary was asked to run benchmarks.
func benchmarking() bool {
	f := flag.Lookup("test.bench")
	return f != nil && f.Value.String() != ""
}

// latencies runs op b.N times, cycling through n inputs, and reports p50
// and p99 in milliseconds.
func latencies(b *testing.B, n int, op func(i int) error) {
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		if err := op(i % n); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(ds)
	ms := func(q float64) float64 { return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))]) / 1e6 }
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
}

func BenchmarkSearch(b *testing.B) {
	s := bigDB(b)
	queries := []string{"youth exchange", "memorandum of understanding", "Istanbul", `"climate adaptation"`, "water OR energy",
		"Sahel Security", "talks", "hospitality", `unbalanced "quote`, "Nairobi conference", "mediat*", "civil society media"}
	latencies(b, len(queries), func(i int) error {
		_, _, err := s.Search(context.Background(), queries[i], SearchOptions{Limit: 20})
		return err
	})
}

func BenchmarkTimeline(b *testing.B) {
	s := bigDB(b)
	c := newCorpus(1)
	var filters []EventFilter
	for i := range 20 {
		a := entityIDOrZero(s, c.orgs[i*3].name)
		w := entityIDOrZero(s, c.orgs[i*3+1].name)
		filters = append(filters, EventFilter{Org: a, Limit: 100}, EventFilter{Org: a, With: w, Limit: 100},
			EventFilter{Type: evTypes[i%len(evTypes)], From: annals.Date(fmt.Sprint(2006 + i%15)), To: annals.Date(fmt.Sprint(2007 + i%15)), Limit: 100})
	}
	latencies(b, len(filters), func(i int) error {
		_, err := s.Timeline(context.Background(), filters[i])
		return err
	})
}

// BenchmarkStoryPage measures what a story page needs: the story with its
// facts, its entities' global ids and the related stories.
func BenchmarkStoryPage(b *testing.B) {
	s := bigDB(b)
	latencies(b, 10000, func(i int) error {
		id := int64(i*7919%10000 + 1)
		if _, _, err := s.Story(context.Background(), id); err != nil {
			return err
		}
		if _, err := s.StoryEntityIDs(context.Background(), id); err != nil {
			return err
		}
		_, err := s.Related(context.Background(), id, 10)
		return err
	})
}

func BenchmarkEntityPage(b *testing.B) {
	s := bigDB(b)
	latencies(b, 300, func(i int) error {
		es, err := s.Entities(context.Background(), EntityFilter{Type: annals.Org, Limit: 1, Offset: i})
		if err != nil || len(es) == 0 {
			return err
		}
		_, err = s.EntityPage(context.Background(), es[0].ID)
		return err
	})
}

func entityIDOrZero(s *DB, name string) int64 {
	es, _ := s.FindEntities(context.Background(), name)
	if len(es) == 0 {
		return 0
	}
	return es[0].ID
}
