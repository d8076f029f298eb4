package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"annals/internal/read"
)

// TestLongStoryInWindows: a story longer than a window is read window by
// window; an entity named in every window is one entity with every
// mention, and every span cites the file.
func TestLongStoryInWindows(t *testing.T) {
	para := "The OSCE met UNESCO in Vienna on 5 May 2016 to sign an agreement.\n\n"
	n := 3*windowSize/len(para) + 1
	raw := []byte(strings.Repeat(para, n))
	d, err := read.Bytes("long.txt", raw, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New(nil).Extract(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range doc.Entities {
		if seen[e.Name] {
			t.Errorf("entity %q twice", e.Name)
		}
		seen[e.Name] = true
		for _, m := range e.Mentions {
			if string(raw[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v does not cite the file", m)
			}
		}
	}
	if e := doc.Entity("OSCE"); e == nil || len(e.Mentions) != n {
		t.Errorf("OSCE: %+v, want %d mentions", e, n)
	}
	if len(doc.Events) < 3 {
		t.Errorf("%d events, want one per window at least", len(doc.Events))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(nil).ExtractContext(ctx, d, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled extraction: %v", err)
	}
}

// TestHostileStories extracts the reproducers in testdata/hostile (a
// story that hung, a 40 KB sentence) within a bound that catches hangs.
func TestHostileStories(t *testing.T) {
	files, _ := filepath.Glob("testdata/hostile/*")
	if len(files) == 0 {
		t.Fatal("no reproducers")
	}
	x := New(nil)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := read.Bytes(f, raw, read.Options{})
		if err != nil {
			continue
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			if _, err := x.Extract(d, Options{}); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			panic("no progress after 60s: " + f)
		}
	}
}
