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
		s.SetPrefilter(on)
		ingestAll(t, s, paths)
		chron[i] = storetest.Chronicle(t, s)
		s.Close()
	}
	storetest.Compare(t, fmt.Sprintf("%d stories, with and without the prefilter", len(paths)), chron[0], chron[1])
}

// TestLookAheadKeepsTheChronicle ingests the same real-like stories with
// the look-ahead of SQLite batches (the candidate look-ups read beside
// the writer, store/lookahead.go) and without it: the chronicles are
// equal, ids included, and the look-ahead answered most look-ups.
func TestLookAheadKeepsTheChronicle(t *testing.T) {
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
		s.SetLookAhead(on)
		ingestAll(t, s, paths)
		chron[i] = storetest.Chronicle(t, s)
		t.Logf("look-ahead %v: %s", on, s.LookAheadStats())
		s.Close()
	}
	storetest.Compare(t, fmt.Sprintf("%d stories, with and without the look-ahead", len(paths)), chron[0], chron[1])
}
