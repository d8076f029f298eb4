package server

import (
	"strings"
	"testing"
)

// TestDNSRebinding: a page whose host name was re-pointed at 127.0.0.1
// reaches a loopback server with its own Host and Origin. Without a token
// the server answers only loopback host names; cross-site writes are
// refused whatever the token.
func TestDNSRebinding(t *testing.T) {
	st := exampleDB(t)
	open := newTestServer(t, st, "")
	guarded := newTestServer(t, st, "s3cret")
	body := func() *strings.Reader {
		return strings.NewReader(`{"name": "r.txt", "content": "The OTS met the UNAOC in Baku on 2 May 2019."}`)
	}
	json := []string{"Content-Type", "application/json"}
	auth := append(json[:2:2], "Authorization", "Bearer s3cret")
	cases := []struct {
		name   string
		s      *Server
		method string
		path   string
		header []string
		want   int
	}{
		{"foreign host reads", open, "GET", "/api/stories", []string{"Host", "evil.example:8080"}, 403},
		{"foreign host page", open, "GET", "/", []string{"Host", "evil.example:8080"}, 403},
		{"foreign host writes", open, "POST", "/api/stories", append(json, "Host", "evil.example:8080", "Origin", "http://evil.example:8080", "Sec-Fetch-Site", "same-origin"), 403},
		{"foreign host deletes", open, "DELETE", "/api/stories/1", []string{"Host", "evil.example:8080", "Origin", "http://evil.example:8080"}, 403},
		{"name under localhost", open, "GET", "/api/stories", []string{"Host", "app.localhost:8080"}, 200},
		{"localhost", open, "GET", "/api/stories", []string{"Host", "LOCALHOST:8080"}, 200},
		{"ipv6 loopback", open, "GET", "/api/stories", []string{"Host", "[::1]:8080"}, 200},
		{"127.0.0.2", open, "GET", "/api/stories", []string{"Host", "127.0.0.2"}, 200},
		{"loopback-looking name", open, "GET", "/api/stories", []string{"Host", "127.0.0.1.evil.example"}, 403},
		{"token serves any name", guarded, "GET", "/api/stories", []string{"Host", "annals.example.org"}, 200},
		{"null origin", guarded, "POST", "/api/stories", append(auth, "Origin", "null"), 403},
		{"null origin, no token", open, "POST", "/api/stories", append(json, "Origin", "null"), 403},
		{"other origin said same-origin", guarded, "POST", "/api/stories", append(auth, "Origin", "http://evil.example", "Sec-Fetch-Site", "same-origin"), 403},
		{"cross-site with token", guarded, "POST", "/api/stories", append(auth, "Sec-Fetch-Site", "cross-site"), 403},
		{"cross-site delete", guarded, "DELETE", "/api/stories/1", []string{"Authorization", "Bearer s3cret", "Origin", "http://evil.example"}, 403},
		{"own origin with token", guarded, "POST", "/api/stories", append(auth, "Origin", "http://127.0.0.1:8080", "Sec-Fetch-Site", "same-origin"), 201},
	}
	for _, c := range cases {
		var w = do(c.s, c.method, c.path, nil, c.header...)
		if c.method == "POST" {
			w = do(c.s, c.method, c.path, body(), c.header...)
		}
		if w.Code != c.want {
			t.Errorf("%s: status %d, want %d (%s)", c.name, w.Code, c.want, w.Body)
		}
	}
}
