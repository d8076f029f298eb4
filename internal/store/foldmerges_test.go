package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"annals"
)

// TestFoldMerges: an event that gains reports in a settle (a story's
// report that meets two stored events, which merge into the older; the
// reports of a replaced story settled again) folds the reports it gains
// rather than being derived again from all its reports, and every row
// of the events, their reports, aggregates and participants, the
// entities and the events' counts is what deriving it from scratch
// wrote.
func TestFoldMerges(t *testing.T) {
	type counts struct{ merged, scratch, folded int64 }
	load := func(fold bool) (map[string][]string, counts) {
		foldMerges = fold
		defer func() { foldMerges = true }()
		s, _ := openTemp(t)
		mergeStories(t, s)
		checkAgainstPure(t, s)
		d := &s.derives
		return dumpEventRows(t, s), counts{d.merged.Load(), d.scratch.Load(), d.folded.Load()}
	}
	want, off := load(false)
	got, on := load(true)
	t.Logf("from scratch: %d events derived, %d folded; folding: %d derived, %d folded (%d merged)",
		off.scratch, off.folded, on.scratch, on.folded, on.merged)
	if on.merged < 10 || on.scratch >= off.scratch {
		t.Errorf("the stories made %d merges, and %d events derived from scratch against %d: the test tests nothing",
			on.merged, on.scratch, off.scratch)
	}
	compareEventRows(t, want, got, "folded")
}

// mergeStories stores made-up stories of meetings between a few
// organizations on a few days, in batches: a report that shares an
// organization and a day with two stored events joins them into one.
// Some stories are copies of another (sources count by copy group), and
// two replace a stored story (its reports are settled again).
func mergeStories(t *testing.T, s *DB) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 7))
	orgs := []string{"Amber Council", "Birch Union", "Cedar League", "Delta Forum", "Elm Alliance", "Fern Assembly", "Grove Authority",
		"Hazel Board", "Iris Commission", "Juniper Institute"}
	var days []annals.Date
	for d := range 12 {
		days = append(days, annals.Date(fmt.Sprintf("2021-03-%02d", 1+2*d)))
	}
	titles := []string{"", "the Spring Talks", "the Harbour Dialogue"}
	places := []string{"", "Geneva", "Nairobi"}
	var built []*annals.Story
	var docs []*annals.Document
	var batch []Put
	for i := range 150 {
		pub := days[rng.IntN(len(days))]
		f := story{path: fmt.Sprintf("m%03d.txt", i), published: pub, title: fmt.Sprint("Meeting ", i)}
		var text []string
		seen := map[string]bool{}
		for k := range 1 + rng.IntN(2) {
			a, b := orgs[rng.IntN(len(orgs))], orgs[rng.IntN(len(orgs))]
			if a == b {
				continue
			}
			e := ev{typ: annals.Meeting, date: pub, parts: []string{a, b}, title: titles[rng.IntN(len(titles))], place: places[rng.IntN(len(places))]}
			when := "today"
			if rng.IntN(10) == 0 {
				when = "this week" // not stated: a window around publication
			}
			e.evidence = fmt.Sprintf("The %s met the %s %s (%d).", a, b, when, k)
			if e.place != "" {
				e.evidence = fmt.Sprintf("The %s met the %s in %s %s (%d).", a, b, e.place, when, k)
				f.ents = append(f.ents, ent{typ: annals.Place, name: e.place})
			}
			text = append(text, e.evidence)
			for _, o := range []string{a, b} {
				if !seen[o] {
					seen[o] = true
					f.ents = append(f.ents, ent{typ: annals.Org, name: o})
				}
			}
			f.events = append(f.events, e)
		}
		f.text = strings.Join(text, " ")
		if i == 90 || i == 130 {
			f.path = built[i/3].Path // replaces a stored story
		}
		st, doc := f.build(t)
		if i%11 == 10 {
			st, doc = republished(built[i-4], docs[i-4])
		}
		built, docs = append(built, st), append(docs, doc)
		batch = append(batch, Put{Story: st, Doc: doc})
		if len(batch) == 25 {
			putStored(t, s, batch)
			batch = batch[:0]
		}
	}
	putStored(t, s, batch)
	// Copy groups that merge: a story copies two stories that are no
	// copies of each other and tell one event (its sources are counted
	// again, relabel), and that event is settled again by the date guard
	// (the story's report is a day after it and two days before another
	// event of the same two organizations).
	syl := []string{"ba", "de", "ki", "lo", "mu", "ne", "ro", "su"}
	words := func(p string, n int) string {
		var w []string
		for k := range n {
			w = append(w, p+syl[k%8]+syl[k/8])
		}
		return strings.Join(w, " ")
	}
	x, y, z := words("xylo", 20), words("yarrow", 40), words("zinnia", 20)
	met := "The Kestrel Board met the Linden Trust today."
	parts := []string{"Kestrel Board", "Linden Trust"}
	ents := []ent{{typ: annals.Org, name: "Kestrel Board"}, {typ: annals.Org, name: "Linden Trust"}}
	for i, f := range []story{
		{path: "r1.txt", published: "2021-05-02", text: x + " " + met + " " + y},
		{path: "r2.txt", published: "2021-05-02", text: y + " " + met + " " + z},
		{path: "r3.txt", published: "2021-05-05", text: "Three days later: " + met},
		{path: "r4.txt", published: "2021-05-03", text: x + " " + met + " " + y + " " + y + " " + met + " " + z},
	} {
		f.title, f.ents = fmt.Sprint("Talks ", i), ents
		f.events = []ev{{typ: annals.Meeting, date: f.published, parts: parts, evidence: met}}
		st, doc := f.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
}

// dumpEventRows is eventRows' tables, and the events' counts by type
// and year, of a store.
func dumpEventRows(t *testing.T, s *DB) map[string][]string {
	t.Helper()
	return tableRows(t, s, append(slices.Clone(eventTables), "event_years", "table_counts")...)
}

// TestUnmadeEvents: on SQLite a story's new reports wait for the settle
// on an event that is never written (freshEvent), and every row, the
// events' ids and counts by type and year among them, is what writing
// that event and deleting it wrote; a batch with a story that fails (its
// savepoint rolled back) too.
func TestUnmadeEvents(t *testing.T) {
	sqliteOnly(t)
	load := func(unmade bool) (map[string][]string, int64) {
		unmadeEvents = unmade
		defer func() { unmadeEvents = true }()
		s, _ := openTemp(t)
		mergeStories(t, s)
		// Batches with a story that fails after its reports were given
		// their event (an evidence span out of its text), rolled back to
		// its savepoint: before a story with events, the failing one
		// having written the event the reports wait on; after a story
		// that wrote it, and before one without events (the last batch:
		// nothing deletes it after).
		visit := func(i int, typ annals.EventType, fails bool) Put {
			text := fmt.Sprintf("The Amber Council visited the Birch Union today (%d).", i)
			f := story{path: fmt.Sprintf("v%d.txt", i), published: "2021-06-01", title: fmt.Sprint("Visit ", i), text: text,
				ents: []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}}
			if typ != "" {
				f.events = []ev{{typ: typ, date: "2021-06-01", parts: []string{"Amber Council", "Birch Union"}, evidence: text}}
			}
			st, doc := f.build(t)
			if fails {
				doc.Events[0].Evidence.End = len(st.Raw) + 10
			}
			return Put{Story: st, Doc: doc}
		}
		for _, batch := range [][]Put{
			{visit(3, "", false), visit(4, annals.Agreement, true), visit(5, annals.Agreement, false)},
			{visit(0, annals.Visit, false), visit(1, annals.Visit, true), visit(2, "", false)},
		} {
			_, errs, err := s.PutStories(ctx, batch)
			if err != nil || errs[0] != nil || errs[1] == nil || errs[2] != nil {
				t.Fatalf("batch: %v %v", err, errs)
			}
		}
		checkAgainstPure(t, s)
		return dumpEventRows(t, s), s.derives.deleted.Load()
	}
	want, wrote := load(false)
	got, unmade := load(true)
	t.Logf("%d events of stories written and deleted, %d not written", wrote, unmade)
	if wrote < 100 || unmade != wrote {
		t.Errorf("%d events of stories written and deleted, %d not written: the test tests nothing", wrote, unmade)
	}
	compareEventRows(t, want, got, "unmade")
}
