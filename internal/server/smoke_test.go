package server

import (
	"net/http"
	"testing"
)

func TestSmokePages(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	for _, u := range []string{"/", "/stories/1", "/stories/5", "/entities/1", "/entities/2", "/timeline", "/search?q=forum", "/relations?a=1&b=2", "/add", "/upload", "/api/stories", "/api/events?limit=2", "/api/search?q=forum&limit=2"} {
		w := do(s, "GET", u, nil)
		if w.Code != http.StatusOK {
			t.Errorf("%s: %d %s", u, w.Code, w.Body.String())
		}
		t.Logf("%s: %d bytes", u, w.Body.Len())
	}
}
