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

// TestEventPageNamesPeople: on an event's page, each report of a visit,
// an appointment or a meeting told without a name says the people it
// names (the visitor and the host, the appointee, the two sides), each
// linked to the person's page, as the API's report "people" lists them;
// a report of another kind lists none. Made-up stories.
func TestEventPageNamesPeople(t *testing.T) {
	st, err := store.Open(t.TempDir() + "/annals.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for name, text := range map[string]string{
		"valk-welcomed.md": "---\ntitle: Veloria welcomes the President of Estland\ndate: 2022-10-12\n---\n" +
			"President Mara Odrina of Veloria welcomed President Jon Valk of Estland to Lerin on 12 October 2022 for an official visit.\n\n" +
			"The two leaders discussed trade and energy.\n",
		"valk-visits.md": "---\ntitle: Estland's President in Veloria\ndate: 2022-10-13\n---\n" +
			"President Jon Valk of Estland visited Lerin on 12 October 2022, where he met President Mara Odrina.\n",
	} {
		if _, err := Ingest(t.Context(), st, extractor(), name, []byte(text), ""); err != nil {
			t.Fatal(err)
		}
	}
	s := newTestServer(t, st, "")
	evs, err := st.Timeline(t.Context(), store.EventFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		typ  string
		want []string // the people each report names, sorted
	}{
		{"visit", []string{"Jon Valk", "Mara Odrina"}},
		{"meeting", []string{"Jon Valk", "Mara Odrina"}},
		{"speech", nil},
	} {
		found := false
		for _, e := range evs {
			if string(e.Type) != c.typ {
				continue
			}
			found = true
			w := do(s, "GET", fmt.Sprintf("/api/events/%d", e.ID), nil)
			var d store.EventDetail
			if err := json.Unmarshal(w.Body.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			page := do(s, "GET", fmt.Sprintf("/events/%d", e.ID), nil).Body.String()
			for _, r := range d.AllReports {
				var got []string
				for _, p := range r.People {
					got = append(got, p.Name)
					if link := fmt.Sprintf(`<a class="ent person" href="/entities/%d">%s</a>`, p.ID, p.Name); !strings.Contains(page, link) {
						t.Errorf("%s %d: the page does not name %s", c.typ, e.ID, link)
					}
				}
				slices.Sort(got)
				// a report may name fewer of them (the visit told by its visitor alone)
				for _, g := range got {
					if !slices.Contains(c.want, g) {
						t.Errorf("%s report %d names %v, want among %v", c.typ, r.ID, got, c.want)
					}
				}
				if len(c.want) > 0 && len(got) == 0 {
					t.Errorf("%s report %d names no one, want %v", c.typ, r.ID, c.want)
				}
			}
			if has := strings.Contains(page, ", naming "); has != (len(c.want) > 0) {
				t.Errorf("%s %d: the page says whom its reports name: %v", c.typ, e.ID, has)
			}
		}
		if !found {
			t.Errorf("no %s told", c.typ)
		}
	}
}
