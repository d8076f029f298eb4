package server

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestIngestStopsWhenClientLeaves: an upload whose request is cancelled
// (the client left) stops extracting and stores nothing.
func TestIngestStopsWhenClientLeaves(t *testing.T) {
	st := exampleDB(t)
	before, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	raw := []byte(strings.Repeat("The OSCE met UNESCO in Vienna on 5 May 2016.\n\n", 4000))
	if _, err := Ingest(ctx, st, extractor(), "long.txt", raw, ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled ingest: %v", err)
	}
	after, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Stories != before.Stories {
		t.Errorf("stories %d -> %d after a cancelled upload", before.Stories, after.Stories)
	}
}
