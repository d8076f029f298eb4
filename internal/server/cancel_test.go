package server

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestIngestCalendarEdges: a story published on the calendar's last day
// that says "next month" is stored (its out-of-range date is dropped).
func TestIngestCalendarEdges(t *testing.T) {
	st := exampleDB(t)
	for _, c := range []struct{ text, published string }{
		{"The OSCE will meet UNESCO next month in Vienna.", "9999-12-31"},
		{"The OSCE met UNESCO on Tuesday in Vienna.", "0001-01-01"},
	} {
		res, err := Ingest(context.Background(), st, extractor(), "edge.txt", []byte(c.text), c.published)
		if err != nil || res.StoryID == 0 {
			t.Errorf("%q published %s: %+v, %v", c.text, c.published, res, err)
		}
	}
}

// TestHostileUploads posts the extraction reproducers (a lone U+02BC that
// once hung the server for good, a 40 KB sentence, dates at the ends of
// the calendar) and then an ordinary story: every upload is answered, and
// none blocks the next.
func TestHostileUploads(t *testing.T) {
	s := newTestServer(t, exampleDB(t), "")
	files, _ := filepath.Glob("../extract/testdata/hostile/*")
	if len(files) == 0 {
		t.Fatal("no reproducers")
	}
	files = append(files, "testdata/uploads/report-a.txt")
	for _, f := range files {
		body, ct := uploadForm(t, [][2]string{{filepath.Base(f), f}})
		done := make(chan int, 1)
		go func() { done <- do(s, "POST", "/api/stories", body, "Content-Type", ct).Code }()
		select {
		case code := <-done:
			if code >= 500 {
				t.Errorf("%s: status %d", f, code)
			}
		case <-time.After(60 * time.Second):
			panic("upload of " + f + " not answered after 60 s")
		}
	}
}
