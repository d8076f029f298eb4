// Package server is the web application of annals: it serves the chronicle
// held in a store.Store as server-rendered HTML pages (home, story, entity,
// relations, timeline, search, add stories), as a JSON API described by an
// OpenAPI 3 document, and as CSV and iCalendar exports of events.
//
// The pages are html/template templates and the CSS and JavaScript are
// small embedded files (see assets/): nothing is loaded from elsewhere, and
// every page works without JavaScript, which only adds highlighting of an
// event's evidence and keyboard niceties.
//
// # Safety
//
// Story text is untrusted. It only ever reaches a page through
// html/template, which escapes it for the context it lands in, and the
// Content-Security-Policy forbids inline script, so even a missed escape
// could not run code. Request bodies are capped with http.MaxBytesReader.
// Writing (adding or deleting stories) requires the token given in
// Options.Token, compared in constant time, whenever one is set; Listen
// refuses to serve beyond the loopback interface without one. Form posts
// coming from another site are refused, so a page elsewhere cannot make a
// browser write to a local annals.
package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"annals/internal/extract"
	"annals/internal/store"
)

// DefaultMaxUpload is the largest request body accepted by the upload
// routes when Options.MaxUpload is 0; other requests get 64 KB.
const DefaultMaxUpload = 10 << 20

// maxSmallBody caps the body of requests that are not uploads.
const maxSmallBody = 64 << 10

// Options configure a Server.
type Options struct {
	// Store is the chronicle served. Required.
	Store store.Store
	// Token, when not empty, is required to write (add or delete stories):
	// as "Authorization: Bearer TOKEN", or as the form field "token" of the
	// upload page.
	Token string
	// Extractor reads the facts of uploaded stories; nil means
	// extract.New(nil), the embedded gazetteer.
	Extractor *extract.Extractor
	// MaxUpload caps the size of an upload request; 0 means DefaultMaxUpload.
	MaxUpload int64
	// Logger receives one line per failed request; nil means slog.Default().
	Logger *slog.Logger
}

// Server is the web application. It is an http.Handler; create it with New.
type Server struct {
	st        store.Store
	token     string
	x         *extract.Extractor
	maxUpload int64
	log       *slog.Logger
	mux       *http.ServeMux
	pages     *pages
	writeMu   sync.Mutex // serializes uploads: extraction is CPU-bound, the store has one writer
}

// New returns a Server for the options.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{st: opt.Store, token: opt.Token, x: opt.Extractor, maxUpload: opt.MaxUpload, log: opt.Logger}
	if s.x == nil {
		s.x = extract.New(nil)
	}
	if s.maxUpload <= 0 {
		s.maxUpload = DefaultMaxUpload
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = p
	s.routes()
	return s, nil
}

// routes registers every handler on s.mux. Patterns use the method and
// wildcard syntax of net/http (Go 1.22).
func (s *Server) routes() {
	m := http.NewServeMux()
	s.mux = m

	// Pages.
	m.HandleFunc("GET /{$}", s.home)
	m.HandleFunc("GET /stories/{id}", s.storyPage)
	m.HandleFunc("POST /stories/{id}/delete", s.write(s.deleteStoryForm))
	m.HandleFunc("GET /entities/{id}", s.entityPage)
	m.HandleFunc("GET /events/{id}", s.eventPage)
	m.HandleFunc("GET /relations", s.relationsPage)
	m.HandleFunc("GET /relations.md", s.relationsMarkdown)
	m.HandleFunc("GET /timeline", s.timelinePage)
	m.HandleFunc("GET /search", s.searchPage)
	m.HandleFunc("GET /add", s.addForm)
	m.HandleFunc("POST /add", s.write(s.addStories))
	m.HandleFunc("GET /upload", s.addForm) // the name people guess for the add page
	m.HandleFunc("POST /upload", s.write(s.addStories))
	m.Handle("GET /static/", staticHandler())
	m.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/icon.svg", http.StatusMovedPermanently)
	})

	// API.
	m.HandleFunc("GET /api/openapi.json", s.openAPI)
	m.HandleFunc("GET /api/stats", s.apiStats)
	m.HandleFunc("GET /api/stories", s.apiStories)
	m.HandleFunc("POST /api/stories", s.write(s.apiPostStory))
	m.HandleFunc("GET /api/stories/{id}", s.apiStory)
	m.HandleFunc("DELETE /api/stories/{id}", s.write(s.apiDeleteStory))
	m.HandleFunc("GET /api/stories/{id}/related", s.apiRelated)
	m.HandleFunc("GET /api/entities", s.apiEntities)
	m.HandleFunc("GET /api/entities/{id}", s.apiEntity)
	m.HandleFunc("GET /api/entities/{id}/stories", s.apiEntityStories)
	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/events/{id}", s.apiEvent)
	m.HandleFunc("GET /api/events.csv", s.apiEventsCSV)
	m.HandleFunc("GET /api/events.ics", s.apiEventsICS)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if allow := s.allowed(r); allow != "" {
			w.Header().Set("Allow", allow)
			apiError(w, http.StatusMethodNotAllowed, "%s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, allow)
			return
		}
		apiError(w, http.StatusNotFound, "no such API route: %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
	})
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if allow := s.allowed(r); allow != "" {
			w.Header().Set("Allow", allow)
			s.pageError(w, r, http.StatusMethodNotAllowed, r.Method+" is not allowed here.")
			return
		}
		s.pageError(w, r, http.StatusNotFound, "There is no page at this address.")
	})
}

// allowed lists the methods that have a route for r's path, other than the
// catch-all ones: the catch-alls answer 405 rather than 404 for those.
func (s *Server) allowed(r *http.Request) string {
	var ok []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := s.mux.Handler(r2); pattern != "/" && pattern != "/api/" {
			ok = append(ok, m)
		}
	}
	return strings.Join(ok, ", ")
}

// ServeHTTP sets the security headers every response carries, caps the
// request body, and dispatches to the routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// No inline script or style, nothing from elsewhere; images only from
	// here or data: URIs (none are used today); forms post only here.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	// same-origin, not no-referrer: with no-referrer a browser posts
	// forms with "Origin: null", which crossSite must refuse.
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if s.token == "" && !loopbackHost(r.Host) {
		// DNS rebinding: a page of evil.example whose name now points
		// at 127.0.0.1 reaches this server with Host: evil.example. A
		// server without a token answers only its loopback names.
		s.fail(w, r, strings.HasPrefix(r.URL.Path, "/api/"), http.StatusForbidden,
			"this server answers only to loopback host names (localhost, 127.0.0.1, [::1]); give it a --token to serve other names")
		return
	}
	limit := int64(maxSmallBody)
	if r.Method == http.MethodPost && (r.URL.Path == "/add" || r.URL.Path == "/api/stories") {
		limit = s.maxUpload
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
	}
	s.mux.ServeHTTP(w, r)
}

// write wraps a handler that changes the store: it checks the token (when
// one is set) and refuses form posts from other sites.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		api := strings.HasPrefix(r.URL.Path, "/api/")
		if crossSite(r) {
			s.fail(w, r, api, http.StatusForbidden, "cross-site requests may not write")
			return
		}
		if s.token != "" && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
			s.fail(w, r, api, http.StatusUnauthorized, "a valid token is required to write (Authorization: Bearer TOKEN, or the token field)")
			return
		}
		h(w, r)
	}
}

// authorized reports whether r carries the server's token, in the
// Authorization header or (for forms) in the "token" field. Comparison is
// in constant time so the token cannot be guessed byte by byte.
func (s *Server) authorized(r *http.Request) bool {
	given := ""
	if a := r.Header.Get("Authorization"); a != "" {
		scheme, tok, ok := strings.Cut(a, " ")
		if ok && strings.EqualFold(scheme, "Bearer") {
			given = strings.TrimSpace(tok)
		}
	} else if ct := r.Header.Get("Content-Type"); strings.HasPrefix(ct, "multipart/form-data") {
		// Reading one field of a multipart form parses the form: a
		// 10 MB upload is parsed once, here, and reused by the handler.
		if err := r.ParseMultipartForm(1 << 20); err == nil {
			given = r.FormValue("token")
		}
	} else if strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
		given = r.PostFormValue("token")
	}
	return given != "" && subtle.ConstantTimeCompare([]byte(given), []byte(s.token)) == 1
}

// crossSite reports whether a browser says r comes from another site:
// Sec-Fetch-Site says so, or the Origin is "null" (a sandboxed frame, a
// file) or not this server's own. Clients that send neither (curl,
// scripts) are not browsers.
func crossSite(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		return true
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return false
	}
	u, err := url.Parse(o)
	return err != nil || u.Host == "" || !strings.EqualFold(u.Host, r.Host)
}

// loopbackHost reports whether the Host header names this machine's
// loopback interface: localhost (or a name under .localhost), 127.0.0.0/8
// or ::1, with or without a port.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// fail answers an error as JSON for the API and as a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, status int, msg string) {
	if api {
		apiError(w, status, "%s", msg)
		return
	}
	s.pageError(w, r, status, msg)
}

// IsLoopback reports whether addr ("host:port") listens only on the
// loopback interface: 127.0.0.0/8, ::1 or "localhost". An empty host
// (":8080") listens on every interface and is not loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(strings.Trim(host, "[]"))
	return err == nil && ip.IsLoopback()
}

// CheckListen says whether the server may listen on addr with token: an
// address beyond loopback needs a token, or anyone who can reach it could
// write to the chronicle.
func CheckListen(addr, token string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("address %q: want HOST:PORT, e.g. 127.0.0.1:8080", addr)
	}
	if !IsLoopback(addr) && token == "" {
		return fmt.Errorf("refusing to listen on %s without a token: give --token or $ANNALS_TOKEN (or listen on 127.0.0.1)", addr)
	}
	return nil
}

// Listen serves s on addr until ctx is done, then shuts down gracefully:
// the listener closes at once and requests in flight (an upload being
// stored) are given up to grace to finish. It returns nil after a clean
// shutdown. ready, when not nil, is called with the bound address once the
// server accepts connections (useful with port 0).
func (s *Server) Listen(ctx context.Context, addr string, grace time.Duration, ready func(net.Addr)) error {
	if err := CheckListen(addr, s.token); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // a 10 MB upload on a slow link
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
