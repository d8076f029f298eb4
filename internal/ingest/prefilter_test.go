package ingest

import (
	"fmt"
	"path/filepath"
	"testing"

	"annals/internal/store"
	"annals/internal/store/storetest"
)

// TestPrefilterKeepsTheChronicle ingests the same real-like stories with
// the candidate prefilter (chronicle.MayLink) and without it: the
// prefilter only drops candidates the linking rule would refuse, so the
// chronicles are equal, ids included.
func TestPrefilterKeepsTheChronicle(t *testing.T) {
	sameWithAndWithout(t, "the prefilter", (*store.DB).SetPrefilter, nil)
}

// TestLookAheadKeepsTheChronicle ingests the same real-like stories with
// the look-ahead of SQLite batches (the candidate look-ups read beside
// the writer, store/lookahead.go) and without it: the chronicles are
// equal, ids included; it logs how many look-ups the look-ahead answered.
func TestLookAheadKeepsTheChronicle(t *testing.T) {
	sameWithAndWithout(t, "the look-ahead", (*store.DB).SetLookAhead, func(s *store.DB, on bool) {
		t.Logf("look-ahead %v: %s", on, s.LookAheadStats())
	})
}

// sameWithAndWithout ingests the same real-like stories into two new
// stores, one with a switch of the store on (set) and one with it off,
// calls after (if any) on each, and compares the two chronicles.
func sameWithAndWithout(t *testing.T, what string, set func(*store.DB, bool), after func(*store.DB, bool)) {
	t.Helper()
	n := 800
	if testing.Short() {
		n = 200
	}
	paths := engineStories(t, n)
	var chron [2]map[string]string
	for i, on := range []bool{true, false} {
		s, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
		if err != nil {
			t.Fatal(err)
		}
		set(s, on)
		ingestAll(t, s, paths)
		chron[i] = storetest.Chronicle(t, s)
		if after != nil {
			after(s, on)
		}
		s.Close()
	}
	storetest.Compare(t, fmt.Sprintf("%d stories, with and without %s", len(paths), what), chron[0], chron[1])
}
