package store

import (
	"context"
	"errors"
	"testing"

	"annals"
)

// TestPutStoriesBatch stores a batch with a bad story in the middle: the
// others are stored as PutStory stores them one by one, the bad one is
// rolled back alone, and a story repeated in the batch is skipped. Some
// stories come prepared (Prepare), two with what another story's bytes
// prepared, which must be ignored.
func TestPutStoriesBatch(t *testing.T) {
	one, _ := openTemp(t)
	many, _ := openTemp(t)
	c := newCorpus(3)
	var batch []Put
	for i := range 40 {
		st, doc := c.story(i)
		p := Put{Story: st, Doc: doc}
		switch {
		case i%2 == 0:
			p.Pre = Prepare(st.Raw, st.Text, doc)
		case i == 7 || i == 9:
			p.Pre = Prepare(batch[i-1].Story.Raw, batch[i-1].Story.Text, batch[i-1].Doc)
		}
		batch = append(batch, p)
	}
	bad, badDoc := c.story(40)
	badDoc.Events = append(badDoc.Events, annals.Event{Type: annals.Meeting, Evidence: annals.Span{Start: 1, End: len(bad.Raw) + 10}})
	batch = append(batch[:20], append([]Put{{Story: bad, Doc: badDoc}}, batch[20:]...)...)
	again := *batch[3].Story
	batch = append(batch, Put{Story: &again, Doc: batch[3].Doc})

	res, errs, err := many.PutStories(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range batch {
		switch {
		case i == 20:
			if !errors.Is(errs[i], ErrInvalid) {
				t.Errorf("bad story: %v", errs[i])
			}
			continue
		case i == len(batch)-1:
			if errs[i] != nil || !res[i].Skipped {
				t.Errorf("repeated story: %+v %v", res[i], errs[i])
			}
			continue
		case errs[i] != nil || res[i].StoryID == 0:
			t.Errorf("story %d: %+v %v", i, res[i], errs[i])
		}
		if _, err := one.PutStory(context.Background(), p.Story, p.Doc); err != nil {
			t.Fatal(err)
		}
	}
	a, b := eventsSnapshot(t, one), eventsSnapshot(t, many)
	if len(a) != len(b) || len(a) == 0 {
		t.Fatalf("%d events one by one, %d in a batch", len(a), len(b))
	}
	for id, want := range a {
		if b[id] != want {
			t.Errorf("event %d:\none by one %s\nin a batch %s", id, want, b[id])
		}
	}
	st, err := many.Stats(ctx)
	if err != nil || st.Stories != 40 {
		t.Errorf("stats %+v %v", st, err)
	}
	for _, i := range []int{6, 7, 8, 9} { // prepared rightly, wrongly
		got, _, err := many.Story(ctx, res[i].StoryID)
		if err != nil {
			t.Errorf("story %d: %v", i, err)
		} else if got.Text != batch[i].Story.Text || string(got.Raw) != string(batch[i].Story.Raw) {
			t.Errorf("story %d stored as %q", i, got.Text[:min(len(got.Text), 60)])
		}
	}
}
