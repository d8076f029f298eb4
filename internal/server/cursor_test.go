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

// TestEntityCursor: an entity's key reads back from its cursor; anything
// else, a cursor of another list among them, is a 400 with one message.
func TestEntityCursor(t *testing.T) {
	for _, k := range []store.EntityKey{{ID: 1}, {Stories: 50162, Mentions: 250988, ID: 19}, {Stories: 1, Mentions: 1, ID: 1 << 40}} {
		v := encodeEntityCursor(k)
		if len(v) > maxCursor || strings.ContainsAny(v, "=+/&?#") {
			t.Errorf("%+v: cursor %q", k, v)
		}
		if got, err := decodeEntityCursor("after", v); err != nil || got == nil || *got != k {
			t.Errorf("%+v: %q read as %+v, %v", k, v, got, err)
		}
		if got, err := decodeCursor("after", v, eventCursor); err == nil {
			t.Errorf("%+v: %q read as an event's key %+v", k, v, got)
		}
	}
	if k, err := decodeEntityCursor("after", ""); k != nil || err != nil {
		t.Errorf("no cursor: %v, %v", k, err)
	}
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for _, v := range []string{"x", "!!!!", b64("e.1.2"), b64("e.1.2.3.4"), b64("f.1.2.3"), b64("e.1.2.0"), b64("e.-1.2.3"), b64("e.01.2.3"),
		b64("e.1.+2.3"), b64("e.1.2.99999999999999999999"), b64("e.1125899906842625.2.3"), b64("e...3"), b64("1.2.3"), b64("e.1.2.3") + "=",
		encodeCursor(store.Key{ID: 3}), encodeCursor(store.Key{Lo: "2012-03-04", Hi: "2012-03-05", ID: 5}), strings.Repeat("A", 100)} {
		k, err := decodeEntityCursor("before", v)
		if !errors.Is(err, errQuery) || k != nil || !strings.Contains(err.Error(), "is not a cursor of this list") {
			t.Errorf("%q: %+v, %v", v, k, err)
		}
	}
}

// FuzzDecodeEntityCursor: the decoder never panics, and what it takes is
// a valid key whose cursor is the value read.
func FuzzDecodeEntityCursor(f *testing.F) {
	for _, k := range []store.EntityKey{{ID: 1}, {Stories: 50162, Mentions: 250988, ID: 19}} {
		f.Add(encodeEntityCursor(k))
	}
	for _, s := range []string{"", "x", "e.1.2.3", "ZS4xLjIuMw", "ZS4xLjIuMw==", encodeCursor(store.Key{ID: 3})} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		k, err := decodeEntityCursor("after", v)
		switch {
		case err != nil:
			if k != nil || !errors.Is(err, errQuery) {
				t.Fatalf("%q: %+v, %v", v, k, err)
			}
		case v == "":
			if k != nil {
				t.Fatalf("no cursor read as %+v", k)
			}
		case k.Check() != nil || encodeEntityCursor(*k) != v:
			t.Fatalf("%q read as %+v (%v), whose cursor is %q", v, k, k.Check(), encodeEntityCursor(*k))
		}
	})
}

// TestEntityListCursors: the list of entities (all, of a type, by a part
// of a name), walked by its next links to the end and back by its prev
// links, lists what the pages from offsets list and one read of it all;
// past the first page the links carry cursors; the first page has no
// prev link; two cursors, or a malformed one, are a 400.
func TestEntityListCursors(t *testing.T) {
	st := synthStore(t, 120, nil)
	h := newTestServer(t, st, "")
	type page struct {
		Entities   []json.RawMessage `json:"entities"`
		Offset     int               `json:"offset"`
		Next, Prev *string
	}
	get := func(u string) page {
		t.Helper()
		w := do(h, "GET", u, nil)
		var p page
		if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusOK {
			t.Fatalf("%s: %d %v %s", u, w.Code, err, w.Body)
		}
		return p
	}
	for _, path := range []string{"/api/entities?", "/api/entities?type=person&", "/api/entities?q=a&"} {
		all := get(path + "limit=500").Entities
		for _, n := range []int{3, 7, len(all)} {
			if len(all) < 3*n && n != len(all) {
				t.Fatalf("%s: %d entities", path, len(all))
			}
			var pages []page
			var paged []json.RawMessage
			for u := fmt.Sprintf("%slimit=%d", path, n); ; {
				if len(pages) > len(all)/n+1 {
					t.Fatalf("%s: the pages do not end", path)
				}
				p := get(u)
				if off := get(fmt.Sprintf("%slimit=%d&offset=%d", path, n, len(paged))); !reflect.DeepEqual(p.Entities, off.Entities) || p.Offset != len(paged) {
					t.Errorf("%s: page %d after the cursor is not the page from offset %d", u, len(pages)+1, len(paged))
				}
				pages = append(pages, p)
				paged = append(paged, p.Entities...)
				if p.Next == nil {
					break
				}
				if !strings.Contains(*p.Next, "after=") {
					t.Errorf("%s: next %s: no cursor", u, *p.Next)
				}
				u = *p.Next
			}
			if !reflect.DeepEqual(paged, all) {
				t.Errorf("%s, %d a page: %d entities paged, %d listed, or in another order", path, n, len(paged), len(all))
			}
			prev := pages[len(pages)-1].Prev
			for i := len(pages) - 2; i >= 0; i-- {
				if prev == nil {
					t.Fatalf("%s, %d a page: page %d has no prev link", path, n, i+2)
				}
				if i > 0 && !strings.Contains(*prev, "before=") {
					t.Errorf("%s: prev %s: no cursor", path, *prev)
				}
				p := get(*prev)
				if !reflect.DeepEqual(p, pages[i]) {
					t.Errorf("%s: %s, page %d back, is not the page forward", path, *prev, i+1)
				}
				prev = p.Prev
			}
			if prev != nil {
				t.Errorf("%s: the first page links to a page before it: %s", path, *prev)
			}
		}
	}
	k := encodeEntityCursor(store.EntityKey{Stories: 1, Mentions: 1, ID: 1})
	for _, u := range []string{"/api/entities?after=x", "/api/entities?before=" + encodeCursor(store.Key{ID: 3}), "/api/entities?after=" + k + "&before=" + k} {
		if w := do(h, "GET", u, nil); w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d", u, w.Code)
		}
	}
}

// TestBeforeCursor: a page read before a cursor with one row more is the
// page after that row (a page before it), the page itself (the first),
// or too short (the first page instead).
func TestBeforeCursor(t *testing.T) {
	for _, c := range []struct {
		rows, limit, offset int
		first, n, off       int
		ok                  bool
	}{
		{rows: 4, limit: 3, offset: 30, first: 1, n: 3, off: 30, ok: true},
		{rows: 4, limit: 3, offset: 0, first: 1, n: 3, off: 1, ok: true},
		{rows: 3, limit: 3, offset: 30, first: 0, n: 3, off: 0, ok: true},
		{rows: 2, limit: 3, offset: 30, ok: false},
		{rows: 0, limit: 3, offset: 30, ok: false},
	} {
		rows, keys := make([]int, c.rows), make([]string, c.rows)
		for i := range rows {
			rows[i], keys[i] = i, fmt.Sprint(i)
		}
		got, gotKeys, off, ok := beforeCursor(rows, keys, c.limit, c.offset)
		if ok != c.ok || !ok {
			if ok != c.ok || off != 0 {
				t.Errorf("%+v: ok %v, offset %d", c, ok, off)
			}
			continue
		}
		if len(got) != c.n || len(gotKeys) != c.n || got[0] != c.first || gotKeys[0] != fmt.Sprint(c.first) || off != c.off {
			t.Errorf("%+v: %v %v, offset %d", c, got, gotKeys, off)
		}
	}
}
