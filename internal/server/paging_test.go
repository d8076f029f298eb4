package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"annals/internal/store"
)

// TestPaging: the lists of the entity page, its API and the relations
// page are pages with links to the next, and following them lists every
// item once.
func TestPaging(t *testing.T) {
	st := synthStore(t, 250, nil)
	ctx := context.Background()
	top, err := st.Entities(ctx, store.EntityFilter{Limit: 2})
	if err != nil || len(top) < 2 {
		t.Fatalf("entities %v %v", top, err)
	}
	a, b := top[0], top[1]
	if a.Stories <= store.EntityStories {
		t.Fatalf("the top entity is in %d stories, want more than a page", a.Stories)
	}
	h := newTestServer(t, st, "")

	// The API: the entity's first page, then its stories page by page.
	w := do(h, "GET", fmt.Sprintf("/api/entities/%d", a.ID), nil)
	var page struct {
		Stories     []store.StoryRef `json:"stories"`
		MoreStories bool             `json:"more_stories"`
		StoriesNext *string          `json:"stories_next"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != http.StatusOK {
		t.Fatalf("%d %v", w.Code, err)
	}
	if len(page.Stories) != store.EntityStories || !page.MoreStories || page.StoriesNext == nil {
		t.Fatalf("first page: %d stories, more %v, next %v", len(page.Stories), page.MoreStories, page.StoriesNext)
	}
	seen := map[int64]bool{}
	for _, r := range page.Stories {
		seen[r.ID] = true
	}
	next := *page.StoriesNext
	for pages := 0; next != ""; pages++ {
		if pages > 20 {
			t.Fatal("the pages do not end")
		}
		w := do(h, "GET", next, nil)
		var p struct {
			Stories []store.StoryRef `json:"stories"`
			Next    *string          `json:"next"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusOK {
			t.Fatalf("%s: %d %v", next, w.Code, err)
		}
		for _, r := range p.Stories {
			if seen[r.ID] {
				t.Errorf("%s: story %d listed twice", next, r.ID)
			}
			seen[r.ID] = true
		}
		next = ""
		if p.Next != nil {
			next = *p.Next
		}
	}
	if len(seen) != a.Stories {
		t.Errorf("pages list %d stories, the entity is in %d", len(seen), a.Stories)
	}

	// The page: the stories list links to the next page, after the
	// cursor of its last story, which links back; the next page is the
	// page from its offset (an old link).
	body := do(h, "GET", fmt.Sprintf("/entities/%d", a.ID), nil).Body.String()
	last := page.Stories[len(page.Stories)-1]
	cursor := encodeCursor(store.StoryKey(last.ID, last.Published))
	older := fmt.Sprintf(`href="/entities/%d?stories=%d&amp;after=%s#entity-stories"`, a.ID, store.EntityStories, cursor)
	if !strings.Contains(body, older) || !strings.Contains(body, "Older stories") {
		t.Errorf("entity page: no link to older stories (%s)", older)
	}
	byCursor := do(h, "GET", fmt.Sprintf("/entities/%d?stories=%d&after=%s", a.ID, store.EntityStories, cursor), nil).Body.String()
	body = do(h, "GET", fmt.Sprintf("/entities/%d?stories=%d", a.ID, store.EntityStories), nil).Body.String()
	if !strings.Contains(body, fmt.Sprintf(`href="/entities/%d?stories=0#entity-stories"`, a.ID)) ||
		!strings.Contains(body, fmt.Sprintf("Stories %d–", store.EntityStories+1)) {
		t.Errorf("second page of stories: no link back or no range")
	}
	if byCursor != body {
		t.Errorf("second page of stories: after the cursor, another page than from the offset")
	}
	if w := do(h, "GET", fmt.Sprintf("/entities/%d?after=x", a.ID), nil); w.Code != http.StatusBadRequest {
		t.Errorf("after=x: %d", w.Code)
	}
	for _, u := range []string{"/entities/%d?before=x", "/entities/%d?before=" + cursor + "&after=" + cursor} {
		if w := do(h, "GET", fmt.Sprintf(u, a.ID), nil); w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d", u, w.Code)
		}
	}

	// Every page of stories by its older link, then back by its newer
	// link (before the cursor of its first story): each page is the
	// page from its offset.
	link := func(body, rel string) string {
		m := regexp.MustCompile(`rel="` + rel + `" href="([^"]*)"`).FindStringSubmatch(body)
		if m == nil {
			return ""
		}
		u, _, _ := strings.Cut(strings.ReplaceAll(m[1], "&amp;", "&"), "#") // as a browser asks for it
		return u
	}
	var forward []string
	u := fmt.Sprintf("/entities/%d", a.ID)
	for from := 0; u != ""; from += store.EntityStories {
		if from > a.Stories {
			t.Fatal("the older links do not end")
		}
		body := do(h, "GET", u, nil).Body.String()
		if byOffset := do(h, "GET", fmt.Sprintf("/entities/%d?stories=%d", a.ID, from), nil).Body.String(); from > 0 && body != byOffset {
			t.Errorf("%s: another page than from offset %d", u, from)
		}
		forward = append(forward, body)
		u = link(body, "next")
	}
	if len(forward) < 3 {
		t.Fatalf("%d pages of stories, want 3 or more", len(forward))
	}
	u = link(forward[len(forward)-1], "prev")
	for i := len(forward) - 2; i >= 0; i-- {
		if !strings.Contains(u, "before=") && i > 0 {
			t.Errorf("newer link %s: no cursor", u)
		}
		body := do(h, "GET", u, nil).Body.String()
		if body != forward[i] {
			t.Errorf("%s: page %d back is not the page forward", u, i+1)
		}
		u = link(body, "prev")
	}
	if u != "" {
		t.Errorf("the first page links to newer stories: %s", u)
	}
	if w := do(h, "GET", fmt.Sprintf("/entities/%d?stories=x", a.ID), nil); w.Code != http.StatusBadRequest {
		t.Errorf("stories=x: %d", w.Code)
	}

	// The relations page, two events a page.
	defer func(n int) { relationsLimit = n }(relationsLimit)
	relationsLimit = 2
	shared, keys, err := st.TimelinePage(ctx, store.EventFilter{Org: a.ID, With: b.ID, Limit: 10})
	if err != nil || len(shared) < 3 {
		t.Fatalf("%s and %s share %d events (%v), want 3", a.Name, b.Name, len(shared), err)
	}
	body = do(h, "GET", fmt.Sprintf("/relations?a=%d&b=%d", a.ID, b.ID), nil).Body.String()
	cursor = encodeCursor(keys[1])
	if !strings.Contains(body, fmt.Sprintf(`href="/relations?a=%d&amp;after=%s&amp;b=%d&amp;offset=2"`, a.ID, cursor, b.ID)) || !strings.Contains(body, "Events 1–2") {
		t.Errorf("relations: no link to the next page")
	}
	byCursor = do(h, "GET", fmt.Sprintf("/relations?a=%d&b=%d&offset=2&after=%s", a.ID, b.ID, cursor), nil).Body.String()
	body = do(h, "GET", fmt.Sprintf("/relations?a=%d&b=%d&offset=2", a.ID, b.ID), nil).Body.String()
	if !strings.Contains(body, fmt.Sprintf(`href="/relations?a=%d&amp;b=%d"`, a.ID, b.ID)) || !strings.Contains(body, "Events 3–4") {
		t.Errorf("relations, second page: no link back")
	}
	if byCursor != body {
		t.Errorf("relations, second page: after the cursor, another page than from the offset")
	}
}

// synthStore opens a store in a temporary folder, closed when the test
// ends, holding n synthetic stories (see synth); undated, when not nil,
// says which of them carry no publication date.
func synthStore(t *testing.T, n int, undated func(i int) bool) *store.DB {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := newSynth()
	var batch []store.Put
	for i := range n {
		s, d := c.story(i)
		if undated != nil && undated(i) {
			s.Published, d.Published = "", ""
		}
		batch = append(batch, store.Put{Story: s, Doc: d})
	}
	if _, _, err := st.PutStories(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestPrevCursors: the timeline page (with and without entities, a
// range, a type) and the relations page, walked by their next links to
// the last page and back by their previous links, which carry a cursor
// (before=, read backwards from the first event shown) past the second
// page: each page back is the page forward and the page from its
// offset, the first page links to none before it, and following the
// links lists every event once, in the order of one read of them all.
func TestPrevCursors(t *testing.T) {
	st := synthStore(t, 250, func(i int) bool { return i%9 == 0 })
	ctx := context.Background()
	top, err := st.Entities(ctx, store.EntityFilter{Limit: 2})
	if err != nil || len(top) < 2 {
		t.Fatalf("entities %v %v", top, err)
	}
	a, b := top[0], top[1]
	h := newTestServer(t, st, "")
	defer func(n int) { relationsLimit = n }(relationsLimit)
	relationsLimit = 2
	link := func(body, rel string) string {
		m := regexp.MustCompile(`rel="` + rel + `" href="([^"]*)"`).FindStringSubmatch(body)
		if m == nil {
			return ""
		}
		return strings.ReplaceAll(m[1], "&amp;", "&")
	}
	eventIDs := regexp.MustCompile(`href="/events/(\d+)"`)
	for _, c := range []struct {
		start  string
		filter store.EventFilter
		limit  int
	}{
		{"/timeline?limit=7", store.EventFilter{}, 7},
		{"/timeline?limit=5&type=meeting", store.EventFilter{Type: "meeting"}, 5},
		{fmt.Sprintf("/timeline?limit=3&org=%d", a.ID), store.EventFilter{Org: a.ID}, 3},
		{fmt.Sprintf("/timeline?limit=2&org=%d&from=2011-06-15&to=2013", a.ID), store.EventFilter{Org: a.ID, From: "2011-06-15", To: "2013"}, 2},
		{fmt.Sprintf("/relations?a=%d&b=%d", a.ID, b.ID), store.EventFilter{Org: a.ID, With: b.ID}, 2},
	} {
		all := c.filter
		all.Limit = 1 << 20
		want, err := st.Timeline(ctx, all)
		if err != nil || len(want) < 3*c.limit {
			t.Fatalf("%s: %d events (%v), want 3 pages or more", c.start, len(want), err)
		}
		var forward []string
		var listed []string
		for u := c.start; u != ""; u = link(forward[len(forward)-1], "next") {
			if len(forward) > len(want)/c.limit+1 {
				t.Fatalf("%s: the next links do not end", c.start)
			}
			w := do(h, "GET", u, nil)
			if w.Code != http.StatusOK {
				t.Fatalf("%s: %d", u, w.Code)
			}
			forward = append(forward, w.Body.String())
			seen := map[string]bool{}
			for _, m := range eventIDs.FindAllStringSubmatch(w.Body.String(), -1) {
				if !seen[m[1]] {
					seen[m[1]] = true
					listed = append(listed, m[1])
				}
			}
		}
		var wantIDs []string
		for _, e := range want {
			wantIDs = append(wantIDs, fmt.Sprint(e.ID))
		}
		if strings.Join(listed, " ") != strings.Join(wantIDs, " ") {
			t.Errorf("%s: the pages list\n%v\nwant\n%v", c.start, listed, wantIDs)
		}
		u := link(forward[len(forward)-1], "prev")
		for i := len(forward) - 2; i >= 0; i-- {
			if i > 0 && !strings.Contains(u, "before=") {
				t.Errorf("%s: previous link %s: no cursor", c.start, u)
			}
			body := do(h, "GET", u, nil).Body.String()
			if body != forward[i] {
				t.Errorf("%s: %s, page %d back, is not the page forward", c.start, u, i+1)
			}
			sep := "&"
			if !strings.Contains(c.start, "?") {
				sep = "?"
			}
			if byOffset := do(h, "GET", fmt.Sprintf("%s%soffset=%d", c.start, sep, i*c.limit), nil).Body.String(); i > 0 && body != byOffset {
				t.Errorf("%s: %s, page %d back, is not the page from offset %d", c.start, u, i+1, i*c.limit)
			}
			u = link(body, "prev")
		}
		if u != "" {
			t.Errorf("%s: the first page links to a page before it: %s", c.start, u)
		}
	}
	// A cursor before the first events: the first page; a malformed
	// one, or two cursors, a 400.
	first, keys, err := st.TimelinePage(ctx, store.EventFilter{Limit: 7})
	if err != nil || len(first) < 7 {
		t.Fatalf("%d events, %v", len(first), err)
	}
	early := do(h, "GET", "/timeline?limit=7&offset=7&before="+encodeCursor(keys[3]), nil).Body.String()
	if early != do(h, "GET", "/timeline?limit=7", nil).Body.String() {
		t.Errorf("before the fourth event: not the first page")
	}
	for _, u := range []string{"/timeline?before=x", "/api/events?before=x", "/relations?a=1&b=2&before=x",
		"/timeline?before=" + encodeCursor(keys[3]) + "&after=" + encodeCursor(keys[3]), "/api/events.csv?before=" + encodeCursor(keys[3])} {
		if w := do(h, "GET", u, nil); w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d", u, w.Code)
		}
	}
	// The API: before a cursor, the page before it, whose next page is
	// after its last event.
	w := do(h, "GET", "/api/events?limit=3&offset=4&before="+encodeCursor(keys[6]), nil)
	var p struct {
		Events []store.EventRow `json:"events"`
		Offset int              `json:"offset"`
		Next   *string          `json:"next"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusOK {
		t.Fatalf("%d %v", w.Code, err)
	}
	if len(p.Events) != 3 || p.Events[0].ID != first[3].ID || p.Offset != 4 || p.Next == nil || strings.Contains(*p.Next, "before=") ||
		!strings.Contains(*p.Next, "after="+encodeCursor(keys[5])) {
		t.Errorf("/api/events before the seventh event: %d events, offset %d, next %v", len(p.Events), p.Offset, p.Next)
	}
}
