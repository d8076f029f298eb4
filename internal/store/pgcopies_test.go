package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/store"
	"annals/internal/store/pgtest"
	"annals/internal/store/storetest"
)

// copyStory is a story of TestParallelCopyGroups.
type copyStory struct {
	st  *annals.Story
	doc *annals.Document
}

// copyFamily makes family g of near-copies, each reporting the same
// meeting: two groups of two copies each, the one of text P+Q, the other
// of Q+R (under the copy threshold apart), a story of P+Q+R, a copy of
// both, published after them, that merges the groups, and a story of P+Q
// published before them all, that comes before the first group's
// original.
func copyFamily(g int) []copyStory {
	words := func(what string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, " %s%dw%d", what, g, i)
		}
		return b.String()
	}
	p, q, r := words("p", 20), words("q", 30), words("r", 20)
	orgs := []string{fmt.Sprintf("Alpha Council %d", g), fmt.Sprintf("Beta Union %d", g)}
	make1 := func(path, pub, filler string) copyStory {
		sentence := fmt.Sprintf("%s and %s met in Lima on 9 March 2010.", orgs[0], orgs[1])
		text := sentence + filler
		doc := &annals.Document{Doc: path, Published: annals.Date(pub), Entities: []annals.Entity{}, Roles: []annals.Role{},
			Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}
		for i, name := range append(orgs, "Lima") {
			typ := annals.Org
			if name == "Lima" {
				typ = annals.Place
			}
			at := strings.Index(text, name)
			doc.Entities = append(doc.Entities, annals.Entity{ID: fmt.Sprintf("e%d", i+1), Type: typ, Name: name, Aliases: []string{},
				Mentions: []annals.Span{{Start: at, End: at + len(name), Text: name}}})
		}
		doc.Events = append(doc.Events, annals.Event{Type: annals.Meeting, Date: "2010-03-09", Place: "Lima",
			Participants: orgs, Status: annals.Held, Figures: []annals.Figure{},
			Evidence: annals.Span{Start: 0, End: len(sentence), Text: sentence}})
		return copyStory{&annals.Story{Path: path, Format: "text", Raw: []byte(text), Text: text, Published: annals.Date(pub)}, doc}
	}
	dir := fmt.Sprintf("f%d/", g)
	return []copyStory{
		make1(dir+"l1.txt", "2010-03-10", p+q),
		make1(dir+"l2.txt", "2010-03-12", p+q+" again"),
		make1(dir+"r1.txt", "2010-03-11", q+r),
		make1(dir+"r2.txt", "2010-03-13", q+r+" again"),
		make1(dir+"x.txt", "2010-03-14", p+q+r),
		make1(dir+"e.txt", "2010-03-01", p+q+" first"),
	}
}

// putStories stores the stories of order into s with that many writers
// storing at once.
func putStories(ctx context.Context, t *testing.T, s store.Store, order []copyStory, writers int) {
	t.Helper()
	work := make(chan copyStory)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				if _, err := s.PutStory(ctx, c.st, c.doc); err != nil {
					t.Error(c.st.Path, err)
				}
			}
		}()
	}
	for _, c := range order {
		work <- c
	}
	close(work)
	wg.Wait()
}

// sqliteCanon stores set one story at a time into a new SQLite store and
// returns its chronicle in canonical form: what every PostgreSQL load of
// the same stories must equal.
func sqliteCanon(ctx context.Context, t *testing.T, set []copyStory) map[string]string {
	t.Helper()
	lite, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	putStories(ctx, t, lite, set, 1)
	return storetest.Canon(t, lite)
}

// compareSerialPostgres stores set one story at a time into a PostgreSQL
// store and compares its chronicle with want.
func compareSerialPostgres(ctx context.Context, t *testing.T, set []copyStory, want map[string]string) {
	t.Helper()
	serial, err := store.OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer serial.Close()
	putStories(ctx, t, serial, set, 1)
	storetest.CompareCanon(t, "one serial store on PostgreSQL", want, storetest.Canon(t, serial))
}

// TestParallelCopyGroups: near-copies stored by parallel writers at once,
// among them copies that merge two copy groups and copies published before
// their group's original, are stored in parallel (none of their batches
// goes serial for it) and leave the chronicle that one serial store
// leaves, on PostgreSQL and on SQLite: the same groups under the same
// originals, the events counting the same sources.
func TestParallelCopyGroups(t *testing.T) {
	pgtest.DSN(t) // skips without PostgreSQL
	if os.Getenv("ANNALS_TEST_STORE") == "postgres" {
		t.Skip("run once, with the store's tests on SQLite: it opens its stores on both engines")
	}
	ctx := context.Background()
	var set []copyStory
	for g := range 6 {
		set = append(set, copyFamily(g)...)
	}
	// what the stories are to each other
	sim := func(a, b int) float64 {
		return chronicle.Similarity(chronicle.Signature(set[a].st.Text), chronicle.Signature(set[b].st.Text))
	}
	for _, c := range []struct {
		a, b int
		copy bool
	}{{0, 1, true}, {2, 3, true}, {0, 2, false}, {1, 3, false}, {4, 0, true}, {4, 2, true}, {5, 0, true}, {5, 2, false}} {
		if s := sim(c.a, c.b); (s >= chronicle.CopyThreshold) != c.copy {
			t.Fatalf("%s and %s: similarity %.2f, want a copy %v", set[c.a].st.Path, set[c.b].st.Path, s, c.copy)
		}
	}
	want := sqliteCanon(ctx, t, set)
	// the groups merged, under the story published first
	for g := range 6 {
		for _, m := range []string{"l1", "l2", "r1", "r2", "x"} {
			if got := want[fmt.Sprintf("story f%d/%s.txt", g, m)]; !strings.HasPrefix(got, fmt.Sprintf(`["f%d/e.txt"`, g)) {
				t.Fatalf("f%d/%s.txt on SQLite: %s, want a copy of f%d/e.txt", g, m, got, g)
			}
		}
	}
	compareSerialPostgres(ctx, t, set, want)

	// shuffled whole, then family by family (the writers storing one
	// family's stories at once)
	for round := range 4 {
		order := familyOrder(set, round, 7, nil)
		why := putParallel(ctx, t, round, order, want, 0)
		// Nothing here replaces a story, moves an entity by a rule or
		// bridges a much-named one: a batch stored serially for any
		// cause but PostgreSQL's aborts (SerialRetries) went serial for
		// its copies.
		for cause, n := range why {
			if cause != store.SerialRetries && n > 0 {
				t.Errorf("order %d: %d batches of copies stored serially (%s)", round+1, n, cause)
			}
		}
	}
}

// familyOrder returns the stories of set, families of six in a row,
// each family shuffled with the random source of round and seed, then,
// in even rounds, all of them shuffled again; in rounds 2 and 3 the story
// last picks (when last is not nil) ends its family.
func familyOrder(set []copyStory, round int, seed uint64, last func(copyStory) bool) []copyStory {
	rng := rand.New(rand.NewPCG(uint64(round), seed))
	var order []copyStory
	for g := 0; g < len(set); g += 6 {
		family := append([]copyStory(nil), set[g:g+6]...)
		rng.Shuffle(len(family), func(i, j int) { family[i], family[j] = family[j], family[i] })
		if round >= 2 && last != nil {
			for i, c := range family {
				if last(c) {
					family[i], family[len(family)-1] = family[len(family)-1], family[i]
				}
			}
		}
		order = append(order, family...)
	}
	if round%2 == 0 {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return order
}

// putParallel stores order with four writers at once into a new
// PostgreSQL store (folding counts every foldEvery when it is not 0),
// checks that its chronicle is want and returns why batches of it were
// stored serially (SerialReasons).
func putParallel(ctx context.Context, t *testing.T, round int, order []copyStory, want map[string]string, foldEvery time.Duration) map[string]int64 {
	t.Helper()
	par, err := store.OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer par.Close()
	par.SetParallel(4)
	if foldEvery != 0 {
		par.SetFoldEvery(foldEvery)
	}
	putStories(ctx, t, par, order, 4)
	if err := par.Fold(ctx); err != nil {
		t.Fatal(err)
	}
	storetest.CompareCanon(t, fmt.Sprintf("order %d, 4 writers", round+1), want, storetest.Canon(t, par))
	retried, serialized := par.ParallelStats()
	why := par.SerialReasons()
	t.Logf("order %d: %d batches stored again after a deadlock or conflict, %d serially %v", round+1, retried, serialized, why)
	return why
}
