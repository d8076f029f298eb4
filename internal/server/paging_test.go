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
