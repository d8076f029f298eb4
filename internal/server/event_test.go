package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
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

// Searching an entity's name searches its other names too, and the page
// and the API say which.
func TestSearchExpandsNames(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	w := do(s, "GET", "/search?q=Turkic+Council", nil)
	body := w.Body.String()
	if w.Code != http.StatusOK || !strings.Contains(body, `id="also"`) || !strings.Contains(body, "<q>Organization of Turkic States</q>") {
		t.Errorf("search page does not say it searched the other names: %d\n%.2000s", w.Code, body)
	}
	w = do(s, "GET", "/api/search?q=Turkic+Council", nil)
	var res struct {
		Also  []string `json:"also"`
		Total int      `json:"total"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || len(res.Also) == 0 {
		t.Fatalf("api search: %v %+v", err, res)
	}
	var plain struct{ Total int }
	json.Unmarshal(do(s, "GET", "/api/search?q=T%C3%BCrkiye", nil).Body.Bytes(), &res)
	json.Unmarshal(do(s, "GET", "/api/search?q=%22T%C3%BCrkiye%22", nil).Body.Bytes(), &plain)
	if !slices.Contains(res.Also, "Turkey") || res.Total <= plain.Total {
		t.Errorf("the expanded search finds %d stories, the phrase alone %d", res.Total, plain.Total)
	}
}
