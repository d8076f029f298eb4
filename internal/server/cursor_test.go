package server

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"annals/internal/store"
)

// TestCursorRoundTrip: a key's cursor reads back as the key, for the
// lists that give such keys, and as no cursor for the others.
func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []struct {
		k             store.Key
		event, story_ bool
	}{
		{store.Key{ID: 1}, true, true},
		{store.Key{ID: 1 << 62}, true, true},
		{store.Key{Lo: "2012-03-04", Hi: "2012-03-04", ID: 17}, true, false},
		{store.Key{Lo: "1969-12-31", Hi: "2014-01-31", ID: 9}, true, false},
		{store.Key{Lo: "2015-06-01", ID: 250}, false, true},
		{store.Key{Lo: "0001-01-01", ID: 3}, false, true},
	} {
		v := encodeCursor(c.k)
		if len(v) > maxCursor || strings.ContainsAny(v, "=+/&?#") {
			t.Errorf("%+v: cursor %q", c.k, v)
		}
		for _, kind := range []struct {
			kind cursorKind
			ok   bool
		}{{eventCursor, c.event}, {storyCursor, c.story_}} {
			got, err := decodeCursor("after", v, kind.kind)
			if kind.ok && (err != nil || got == nil || *got != c.k) {
				t.Errorf("%+v: %q read as %+v, %v", c.k, v, got, err)
			}
			if !kind.ok && !errors.Is(err, errQuery) {
				t.Errorf("%+v: %q of kind %d: %+v, %v; want an error", c.k, v, kind.kind, got, err)
			}
		}
	}
	if k, err := decodeCursor("after", "", eventCursor); k != nil || err != nil {
		t.Errorf("no cursor: %v, %v", k, err)
	}
}

// TestCursorMalformed: anything but a cursor is a 400 with one message.
func TestCursorMalformed(t *testing.T) {
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	good := encodeCursor(store.Key{Lo: "2012-03-04", Hi: "2012-03-05", ID: 5})
	for _, v := range []string{
		"x", "!!!!", "a.b.c", good + "=", good[:len(good)-1], good + "\n", strings.Repeat("A", 200),
		b64("20120304.20120305"), b64("20120304.20120305.5.6"), b64("2012030.20120305.5"), b64("20120304.2012030x.5"),
		b64("20120230.20120305.5"), b64("20120305.20120304.5"), b64("20120304..5"), b64(".20120304.5"),
		b64("20120304.20120305.0"), b64("20120304.20120305.-5"), b64("20120304.20120305.05"), b64("20120304.20120305.+5"),
		b64("20120304.20120305.99999999999999999999"), b64("..x"), b64(".."), base64.URLEncoding.EncodeToString([]byte("..55")),
		b64("2012-03-04.2012-03-05.5"),
	} {
		k, err := decodeCursor("after", v, eventCursor)
		if !errors.Is(err, errQuery) || k != nil || !strings.Contains(err.Error(), "is not a cursor of this list") {
			t.Errorf("%q: %+v, %v", v, k, err)
		}
	}
}

// FuzzDecodeCursor: the decoder never panics, and what it takes is a
// valid key whose cursor is the value read.
func FuzzDecodeCursor(f *testing.F) {
	for _, k := range []store.Key{{ID: 1}, {Lo: "2012-03-04", Hi: "2012-03-05", ID: 5}, {Lo: "2015-06-01", ID: 250}} {
		f.Add(encodeCursor(k))
	}
	for _, s := range []string{"", "x", "..5", "MjAxMjAzMDQuMjAxMjAzMDUuNQ", "MjAxMjAzMDQuMjAxMjAzMDUuNQ==", "\n\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, kind := range []cursorKind{eventCursor, storyCursor} {
			k, err := decodeCursor("after", v, kind)
			if err != nil {
				if k != nil || !errors.Is(err, errQuery) {
					t.Fatalf("%q: %+v, %v", v, k, err)
				}
				continue
			}
			if v == "" {
				if k != nil {
					t.Fatalf("no cursor read as %+v", k)
				}
				continue
			}
			if k.Check() != nil || encodeCursor(*k) != v {
				t.Fatalf("%q read as %+v (%v), whose cursor is %q", v, k, k.Check(), encodeCursor(*k))
			}
		}
	})
}

// TestCursorPaging: the lists of stories, of an entity's stories and of
// events, paged by their next links (cursors), list what the pages from
// offsets list; the next links carry a cursor; a malformed cursor is a
// 400 with its message on every list and page that takes one, and on
// the exports, which take none.
func TestCursorPaging(t *testing.T) {
	// (every ninth story undated: the lists' undated tail)
	st := synthStore(t, 120, func(i int) bool { return i%9 == 0 })
	ctx := context.Background()
	top, err := st.Entities(ctx, store.EntityFilter{Limit: 1})
	if err != nil || len(top) < 1 {
		t.Fatalf("entities %v %v", top, err)
	}
	a := top[0]
	h := newTestServer(t, st, "")

	// get answers the items of the list under key of the page at u, and
	// its next link.
	get := func(u, key string) ([]json.RawMessage, *string) {
		t.Helper()
		w := do(h, "GET", u, nil)
		var p map[string]json.RawMessage
		if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusOK {
			t.Fatalf("%s: %d %v %s", u, w.Code, err, w.Body)
		}
		var items []json.RawMessage
		var next *string
		if err := json.Unmarshal(p[key], &items); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(p["next"], &next); err != nil {
			t.Fatal(err)
		}
		return items, next
	}
	for _, l := range []struct{ path, key string }{
		{"/api/stories", "stories"},
		{fmt.Sprintf("/api/entities/%d/stories", a.ID), "stories"},
		{"/api/events", "events"},
		{fmt.Sprintf("/api/events?org=%d", a.ID), "events"},
	} {
		sep := "?"
		if strings.Contains(l.path, "?") {
			sep = "&"
		}
		all, _ := get(l.path+sep+"limit=500", l.key)
		if len(all) < 20 {
			t.Fatalf("%s: %d items", l.path, len(all))
		}
		for _, n := range []int{7, len(all)} {
			var paged []json.RawMessage
			u := fmt.Sprintf("%s%slimit=%d", l.path, sep, n)
			for pages := 0; ; pages++ {
				if pages > len(all)/n+1 {
					t.Fatalf("%s: the pages do not end", l.path)
				}
				items, next := get(u, l.key)
				off, _ := get(fmt.Sprintf("%s%slimit=%d&offset=%d", l.path, sep, n, len(paged)), l.key)
				if !reflect.DeepEqual(items, off) {
					t.Errorf("%s: page %d after the cursor is not the page from offset %d", u, pages+1, len(paged))
				}
				paged = append(paged, items...)
				if next == nil {
					break
				}
				if !strings.Contains(*next, "after=") || !strings.Contains(*next, fmt.Sprintf("offset=%d", len(paged))) {
					t.Errorf("%s: next %s: no cursor or offset", u, *next)
				}
				u = *next
			}
			if !reflect.DeepEqual(paged, all) {
				t.Errorf("%s, %d a page: %d items paged, %d listed, or in another order", l.path, n, len(paged), len(all))
			}
		}
	}

	bad := "MjAxMjAzMDQuLjU" // "20120304..5": an event's key with no last day
	for _, u := range []string{"/api/stories?after=x", fmt.Sprintf("/api/entities/%d/stories?after=%%21", a.ID), "/api/events?after=" + bad,
		"/api/events?after=" + strings.Repeat("A", 300), fmt.Sprintf("/api/entities/%d/stories?after=%s", a.ID, encodeCursor(store.Key{Lo: "2012-01-01", Hi: "2012-01-02", ID: 4}))} {
		w := do(h, "GET", u, nil)
		var e struct{ Error string }
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != http.StatusBadRequest || !strings.Contains(e.Error, "is not a cursor of this list") {
			t.Errorf("%s: %d %q", u, w.Code, w.Body)
		}
	}
	for _, u := range []string{"/timeline?after=x", fmt.Sprintf("/entities/%d?after=x", a.ID), fmt.Sprintf("/relations?a=%d&b=%d&after=x", a.ID, top[0].ID+1)} {
		if w := do(h, "GET", u, nil); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "is not a cursor of this list") {
			t.Errorf("%s: %d", u, w.Code)
		}
	}
	good := encodeCursor(store.Key{Lo: "2012-01-01", Hi: "2012-01-02", ID: 4})
	if w := do(h, "GET", "/api/events.csv?after="+good, nil); w.Code != http.StatusBadRequest {
		t.Errorf("export after a cursor: %d", w.Code)
	}
}
