package server

import (
	"fmt"
	"strings"
	"testing"

	"annals/internal/store"
)

// TestPagesShowReports checks that the story, timeline and entity pages
// and the events API say how many reports and sources each event has.
func TestPagesShowReports(t *testing.T) {
	s, st := apiServer(t)
	var ev store.EventRow
	st.EachEvent(t.Context(), store.EventFilter{}, func(e store.EventRow) error {
		if ev.ID == 0 && len(e.Participants) > 0 {
			ev = e
		}
		return nil
	})
	if ev.ID == 0 {
		t.Fatal("no event")
	}
	want := fmt.Sprintf("%d report", ev.Reports)
	for _, c := range []struct{ path, want string }{
		{fmt.Sprintf("/stories/%d", ev.Citation.StoryID), want},
		{"/timeline", want},
		{fmt.Sprintf("/entities/%d", ev.Participants[0].ID), want},
		{"/api/events", `"sources":`},
	} {
		w := do(s, "GET", c.path, nil)
		if w.Code != 200 || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("%s: %d, no %q", c.path, w.Code, c.want)
		}
		if strings.HasPrefix(c.path, "/api") {
			continue
		}
		if !strings.Contains(w.Body.String(), `class="meta evreports"`) {
			t.Errorf("%s: no report counts", c.path)
		}
	}
}
