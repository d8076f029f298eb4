// Package chronicle_test measures annals on the cross-story test set of
// this folder: every story goes through the real pipeline (read.File,
// extract, store.PutStory) into a temporary database, and the events and
// entities the store makes are scored against gold.json.
package chronicle_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"annals"
	"annals/internal/extract"
	"annals/internal/read"
	"annals/internal/score"
	"annals/internal/store"
)

// bar is the quality bar of issue 5 for both scores.
const bar = 0.9

func loadGold(t *testing.T) *score.ChronicleGold {
	t.Helper()
	g, err := score.LoadChronicleGold("gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Stories) < 15 || len(g.Events) == 0 || len(g.Entities) == 0 {
		t.Fatalf("gold.json: %d stories, %d events, %d entities", len(g.Stories), len(g.Events), len(g.Entities))
	}
	return g
}

// story is one story read and extracted, ready to store.
type story struct {
	st  *annals.Story
	doc *annals.Document
}

// extractAll reads and extracts every gold story once.
func extractAll(t *testing.T, g *score.ChronicleGold) map[string]story {
	t.Helper()
	x := extract.New(nil)
	out := map[string]story{}
	for _, s := range g.Stories {
		d, err := read.File(s.Doc, read.Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.Doc, err)
		}
		doc, err := x.Extract(d, extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.Doc, err)
		}
		doc.Doc = s.Doc
		out[s.Doc] = story{
			st:  &annals.Story{Path: s.Doc, Format: string(d.Format), Title: cmpOr(d.Title, string(doc.Title)), Published: doc.Published, Raw: d.Raw, Text: d.Text},
			doc: doc,
		}
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// ingest stores the stories in the given order into a new database.
func ingest(t *testing.T, stories map[string]story, order []string) (*store.DB, map[string]int64) {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ids := map[string]int64{}
	for _, name := range order {
		x := stories[name]
		st := *x.st
		res, err := s.PutStory(context.Background(), &st, x.doc)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ids[name] = res.StoryID
	}
	return s, ids
}

func docs(g *score.ChronicleGold) []string {
	var out []string
	for _, s := range g.Stories {
		out = append(out, s.Doc)
	}
	return out
}

// TestChronicleQuality scores event clustering (B-cubed F1 over reports)
// and entity resolution (pairwise F1 over mentions) and fails below 0.9.
// With -v it lists every miss: the extraction failures that block the bar
// and the joins the store got wrong.
func TestChronicleQuality(t *testing.T) {
	g := loadGold(t)
	stories := extractAll(t, g)
	s, ids := ingest(t, stories, docs(g))
	ctx := context.Background()
	res, err := score.ScoreChronicle(ctx, s, g, ids, score.ChronicleOptions{Offices: true})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := score.ScoreChronicle(ctx, s, g, ids, score.ChronicleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("events (B-cubed over %d gold reports): %s", countReports(g), res.Events)
	t.Logf("entities (pairwise over gold mentions): %s; without office references: %s", res.Entities, plain.Entities)
	if testing.Verbose() || res.Events.F1 < bar || res.Entities.F1 < bar {
		t.Logf("misses:\n  %s", strings.Join(res.Misses, "\n  "))
	}
	if testing.Verbose() {
		logEvents(t, s)
	}
	if res.Events.F1 < bar {
		t.Errorf("event clustering B-cubed F1 %.3f below %.2f", res.Events.F1, bar)
	}
	if res.Entities.F1 < bar {
		t.Errorf("entity resolution pairwise F1 %.3f below %.2f", res.Entities.F1, bar)
	}
}

func countReports(g *score.ChronicleGold) int {
	n := 0
	for _, e := range g.Events {
		n += len(e.Reports)
	}
	return n
}

// TestChronicleOrderIndependent ingests the stories in shuffled orders and
// checks that the events are the same: the same reports together, and the
// same date, place, title, status, counts and disagreements.
func TestChronicleOrderIndependent(t *testing.T) {
	g := loadGold(t)
	stories := extractAll(t, g)
	order := docs(g)
	want := snapshot(t, stories, order)
	if len(want) == 0 {
		t.Fatal("no events")
	}
	for seed := range uint64(3) {
		shuffled := slices.Clone(order)
		rand.New(rand.NewPCG(seed, 42)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := snapshot(t, stories, shuffled)
		if diff := compare(want, got); diff != "" {
			t.Errorf("order %v gives other events:\n%s", shuffled, diff)
		}
	}
}

// TestChronicleCopies checks that the copy pair of gold.json is recognized
// and counted once among an event's sources.
func TestChronicleCopies(t *testing.T) {
	g := loadGold(t)
	stories := extractAll(t, g)
	s, ids := ingest(t, stories, docs(g))
	ctx := context.Background()
	list, err := s.Stories(ctx, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	copyOf := map[int64]int64{}
	for _, st := range list {
		copyOf[st.ID] = st.CopyOf
	}
	inCopies := map[string]bool{}
	for _, group := range g.Copies {
		orig := ids[group[0]]
		for _, c := range group[1:] {
			inCopies[c] = true
			if copyOf[ids[c]] != orig {
				t.Errorf("%s: copy_of %d, want %d (%s)", c, copyOf[ids[c]], orig, group[0])
			}
		}
		inCopies[group[0]] = true
		if copyOf[orig] != 0 {
			t.Errorf("%s is the original but has copy_of %d", group[0], copyOf[orig])
		}
	}
	for name, id := range ids {
		if !inCopies[name] && copyOf[id] != 0 {
			t.Errorf("%s is marked a copy of story %d", name, copyOf[id])
		}
	}
	// Every event reported by both stories of a copy pair counts them once.
	err = s.EachEvent(ctx, store.EventFilter{}, func(e store.EventRow) error {
		d, err := s.Event(ctx, e.ID)
		if err != nil {
			return err
		}
		srcs := map[int64]bool{}
		for _, r := range d.AllReports {
			srcs[cmpID(r.CopyOf, r.Citation.StoryID)] = true
		}
		if e.Sources != len(srcs) {
			t.Errorf("event #%d: %d sources, want %d", e.ID, e.Sources, len(srcs))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func cmpID(a, b int64) int64 {
	if a != 0 {
		return a
	}
	return b
}

// snapshot ingests in order and describes each event by its reports
// (story path and evidence offset) and its derived fields.
func snapshot(t *testing.T, stories map[string]story, order []string) map[string]string {
	t.Helper()
	s, _ := ingest(t, stories, order)
	ctx := context.Background()
	out := map[string]string{}
	err := s.EachEvent(ctx, store.EventFilter{}, func(e store.EventRow) error {
		d, err := s.Event(ctx, e.ID)
		if err != nil {
			return err
		}
		var reps []string
		for _, r := range d.AllReports {
			reps = append(reps, fmt.Sprintf("%s@%d:%s", r.Citation.Path, r.Citation.Evidence.Start, r.Type))
		}
		slices.Sort(reps)
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, p.Name)
		}
		slices.Sort(parts)
		var notes []string
		for _, n := range e.Disagreements {
			notes = append(notes, n.Note)
		}
		out[strings.Join(reps, " ")] = fmt.Sprintf("%s %s/%s %q %q %s reports=%d sources=%d parts=%v notes=%v",
			e.Type, e.Date, e.DateEnd, e.Place, e.Title, e.Status, e.Reports, e.Sources, parts, notes)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func compare(want, got map[string]string) string {
	var diff []string
	for k, w := range want {
		if g, ok := got[k]; !ok {
			diff = append(diff, "missing event of reports "+k+": "+w)
		} else if g != w {
			diff = append(diff, "event of reports "+k+":\n    want "+w+"\n    got  "+g)
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok {
			diff = append(diff, "extra event of reports "+k+": "+g)
		}
	}
	slices.Sort(diff)
	return strings.Join(diff, "\n")
}

// logEvents lists every stored event with its reports and link reasons.
func logEvents(t *testing.T, s *store.DB) {
	ctx := context.Background()
	var b strings.Builder
	err := s.EachEvent(ctx, store.EventFilter{}, func(e store.EventRow) error {
		d, err := s.Event(ctx, e.ID)
		if err != nil {
			return err
		}
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, p.Name)
		}
		fmt.Fprintf(&b, "#%d %s %s/%s %q in %q (%d reports, %d sources) %v\n", e.ID, e.Type, e.Date, e.DateEnd, e.Title, e.Place, e.Reports, e.Sources, parts)
		for _, r := range d.AllReports {
			fmt.Fprintf(&b, "    r%d %s %s/%s inferred=%v %q %v | %s | %s\n", r.ID, r.Citation.Path, r.Date, r.DateEnd, r.DateInferred, r.Title, r.Participants,
				clip(r.Citation.Evidence.Text), r.Link)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("events:\n%s", b.String())
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}
