package server

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// evilStory is a story whose text tries every way out of its place:
// script, event handlers, attribute and comment breaking, javascript: URLs,
// and the snippet markers the search page uses.
const evilStory = `The Alliance of Civilizations <script>window.__pwned = true</script> met in Geneva

The United Nations Alliance of Civilizations (UNAOC) held talks with the Organization of Turkic States (OTS) in Geneva on 3 May 2019 "><img src=x onerror="window.__pwned=true"> and '><svg onload=window.__pwned=true>.
A delegate wrote </p></span></a><script>window.__pwned=true</script> and <b>bold</b> and <!-- comment --> and javascript:window.__pwned=true and ` + "\uE000marked\uE001" + ` {{.Secret}} ]]> &amp; &lt;script&gt;.

The Alliance onerror said "</textarea><script>window.__pwned=true</script>".`

// TestUntrustedStoryIsEscaped stores evilStory and checks that every page
// showing it writes its markup as text.
func TestUntrustedStoryIsEscaped(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	res, err := Ingest(context.Background(), st, extractor(), "evil.txt", []byte(evilStory), "2019-05-03")
	if err != nil {
		t.Fatal(err)
	}
	pages := []string{
		fmt.Sprintf("/stories/%d", res.StoryID),
		"/search?q=Alliance",
		"/search?q=onerror",
		"/",
		"/timeline",
		fmt.Sprintf("/api/stories/%d", res.StoryID),
	}
	scriptTag := regexp.MustCompile(`(?i)<script[^>]*>[^<]*</script>`)
	for _, u := range pages {
		w := do(s, "GET", u, nil)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: status %d", u, w.Code)
		}
		body := w.Body.String()
		for _, m := range scriptTag.FindAllString(body, -1) {
			if m != `<script src="/static/app.js" defer></script>` {
				t.Errorf("%s: a script element from the story: %s", u, m)
			}
		}
		for _, bad := range []string{"<img src=x", "<svg onload", "<b>bold</b>", "<!-- comment -->", "</textarea><script>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: markup from the story is live: %q", u, bad)
			}
		}
		if strings.HasPrefix(u, "/api/") {
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("%s: Content-Type %q", u, ct)
			}
			continue
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: weak CSP %q", u, csp)
		}
	}
	// The story page shows the markup as text.
	w := do(s, "GET", fmt.Sprintf("/stories/%d", res.StoryID), nil)
	if !strings.Contains(w.Body.String(), "&lt;script&gt;window.__pwned") {
		t.Error("the story's <script> is not shown as text")
	}
}

func TestSecurityHeaders(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	for _, u := range []string{"/", "/api/stories", "/static/app.css", "/nowhere", "/api/nowhere"} {
		w := do(s, "GET", u, nil)
		h := w.Header()
		for k, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "same-origin",
			"X-Frame-Options":        "DENY",
		} {
			if got := h.Get(k); got != want {
				t.Errorf("%s: %s = %q, want %q", u, k, got, want)
			}
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: CSP %q", u, h.Get("Content-Security-Policy"))
		}
	}
}

// TestTokenGuardsWrites checks that with a token set, writes need it (in
// the header or the form) and reads do not.
func TestTokenGuardsWrites(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "s3cret")
	body := `{"name": "t.txt", "content": "The OTS met the UNAOC in Baku on 2 May 2019."}`
	cases := []struct {
		name   string
		header []string
		want   int
	}{
		{"no token", []string{"Content-Type", "application/json"}, 401},
		{"wrong token", []string{"Content-Type", "application/json", "Authorization", "Bearer nope"}, 401},
		{"wrong scheme", []string{"Content-Type", "application/json", "Authorization", "Basic s3cret"}, 401},
		{"prefix of token", []string{"Content-Type", "application/json", "Authorization", "Bearer s3cre"}, 401},
		{"cross-site", []string{"Content-Type", "application/json", "Authorization", "Bearer s3cret", "Sec-Fetch-Site", "cross-site"}, 403},
		{"other origin", []string{"Content-Type", "application/json", "Authorization", "Bearer s3cret", "Origin", "http://evil.example"}, 403},
		{"good token", []string{"Content-Type", "application/json", "Authorization", "Bearer s3cret"}, 201},
	}
	for _, c := range cases {
		w := do(s, "POST", "/api/stories", strings.NewReader(body), c.header...)
		if w.Code != c.want {
			t.Errorf("%s: status %d, want %d (%s)", c.name, w.Code, c.want, w.Body)
		}
	}
	// The upload form sends the token as a field.
	form := "text=The+OTS+met+the+UNAOC+in+Ankara+on+5+May+2019.&token="
	if w := do(s, "POST", "/add", strings.NewReader(form+"bad"), "Content-Type", "application/x-www-form-urlencoded"); w.Code != 401 {
		t.Errorf("form with a bad token: %d", w.Code)
	}
	if w := do(s, "POST", "/add", strings.NewReader(form+"s3cret"), "Content-Type", "application/x-www-form-urlencoded"); w.Code != http.StatusSeeOther {
		t.Errorf("form with the token: %d %s", w.Code, w.Body)
	}
	// Deleting needs it too; reading does not.
	if w := do(s, "DELETE", "/api/stories/1", nil); w.Code != 401 {
		t.Errorf("delete without token: %d", w.Code)
	}
	if w := do(s, "GET", "/api/stories/1", nil); w.Code != 200 {
		t.Errorf("read without token: %d", w.Code)
	}
	if w := do(s, "DELETE", "/api/stories/1", nil, "Authorization", "Bearer s3cret"); w.Code != 204 {
		t.Errorf("delete with token: %d %s", w.Code, w.Body)
	}
	if w := do(s, "GET", "/api/stories/1", nil); w.Code != 404 {
		t.Errorf("deleted story: %d", w.Code)
	}
}

func TestCheckListen(t *testing.T) {
	cases := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"127.0.0.2:0", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.5:8080", "", false},
		{"[::]:8080", "", false},
		{"0.0.0.0:8080", "t", true},
		{":8080", "t", true},
		{"nonsense", "t", false},
	}
	for _, c := range cases {
		err := CheckListen(c.addr, c.token)
		if (err == nil) != c.ok {
			t.Errorf("CheckListen(%q, %q) = %v, want ok %v", c.addr, c.token, err, c.ok)
		}
	}
}
