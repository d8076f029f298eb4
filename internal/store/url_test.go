package store

import "testing"

// The story's original address is kept and given with every citation.
func TestStoryURLOnCitations(t *testing.T) {
	s, _ := openTemp(t)
	st, doc := relations.build(t)
	st.URL = "https://example.org/news/ots-unaoc"
	res, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := s.Story(ctx, res.StoryID)
	if err != nil || got.URL != st.URL {
		t.Fatalf("Story().URL = %q, %v; want %q", got.URL, err, st.URL)
	}
	evs, err := s.Timeline(ctx, EventFilter{})
	if err != nil || len(evs) == 0 {
		t.Fatalf("Timeline: %d events, %v", len(evs), err)
	}
	for _, e := range evs {
		if e.Citation.URL != st.URL {
			t.Errorf("event %d cites %q, want the story's URL", e.ID, e.Citation.URL)
		}
		d, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range d.AllReports {
			if r.Citation.URL != st.URL {
				t.Errorf("report %d cites %q, want the story's URL", r.ID, r.Citation.URL)
			}
		}
	}
}
