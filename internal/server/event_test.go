package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"annals/internal/store"
)

// The event page shows every report with its quote, link and reason, and
// is linked from the timeline; the API has the same at /api/events/{id}.
func TestEventPage(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	evs, err := st.Timeline(context.Background(), store.EventFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var ev store.EventRow
	for _, e := range evs {
		if e.Reports > ev.Reports {
			ev = e
		}
	}
	if ev.Reports < 2 {
		t.Fatalf("no event with several reports among %d", len(evs))
	}
	w := do(s, "GET", fmt.Sprintf("/events/%d", ev.ID), nil)
	if w.Code != http.StatusOK {
		t.Fatalf("event page: %d %s", w.Code, w.Body)
	}
	body := w.Body.String()
	if n := strings.Count(body, `class="report"`); n != ev.Reports {
		t.Errorf("event page shows %d reports, want %d", n, ev.Reports)
	}
	for _, want := range []string{"joined:", "<q>", fmt.Sprintf(`href="/stories/%d"`, ev.Citation.StoryID), fmt.Sprintf(`/api/events/%d`, ev.ID)} {
		if !strings.Contains(body, want) {
			t.Errorf("event page lacks %q", want)
		}
	}
	if w := do(s, "GET", "/timeline", nil); !strings.Contains(w.Body.String(), fmt.Sprintf(`href="/events/%d"`, ev.ID)) {
		t.Error("the timeline does not link the event page")
	}
	if w := do(s, "GET", "/events/999999", nil); w.Code != http.StatusNotFound {
		t.Errorf("missing event: %d", w.Code)
	}

	w = do(s, "GET", fmt.Sprintf("/api/events/%d", ev.ID), nil)
	var got store.EventDetail
	if err := json.Unmarshal(w.Body.Bytes(), &got); w.Code != http.StatusOK || err != nil {
		t.Fatalf("api event: %d %v", w.Code, err)
	}
	if got.ID != ev.ID || len(got.AllReports) != ev.Reports {
		t.Errorf("api event %d with %d reports, want %d with %d", got.ID, len(got.AllReports), ev.ID, ev.Reports)
	}
	if w := do(s, "GET", "/api/events/999999", nil); w.Code != http.StatusNotFound {
		t.Errorf("api missing event: %d", w.Code)
	}
}
