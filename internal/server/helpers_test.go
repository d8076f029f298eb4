package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"annals/internal/extract"
	"annals/internal/store"
)

// The test database is built through the real pipeline (read -> extract ->
// store.PutStory, as Ingest does) from the stories in ../../examples and
// ../../examples/chronicle.

var (
	sharedX    *extract.Extractor
	sharedXOne sync.Once
)

func extractor() *extract.Extractor {
	sharedXOne.Do(func() { sharedX = extract.New(nil) })
	return sharedX
}

// exampleFiles lists the example stories.
func exampleFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"../../examples", "../../examples/chronicle"} {
		for _, ext := range []string{"*.txt", "*.md", "*.html"} {
			m, _ := filepath.Glob(filepath.Join(dir, ext))
			for _, f := range m {
				if !strings.EqualFold(filepath.Base(f), "README.md") {
					files = append(files, f)
				}
			}
		}
	}
	if len(files) < 10 {
		t.Fatalf("found only %d example stories", len(files))
	}
	return files
}

// exampleDB opens a new database holding every example story.
func exampleDB(t testing.TB) *store.DB {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, f := range exampleFiles(t) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Ingest(context.Background(), st, extractor(), f, raw, ""); err != nil {
			t.Fatalf("ingest %s: %v", f, err)
		}
	}
	return st
}

// newTestServer returns a server on st with the given token.
func newTestServer(t testing.TB, st store.Store, token string) *Server {
	t.Helper()
	s, err := New(Options{Store: st, Token: token, Extractor: extractor(), MaxUpload: 1 << 20,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do runs one request against h and returns the recorder.
func do(h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:8080" // as a browser on this machine sends it; a Host header below overrides it
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			r.Host = header[i+1]
			continue
		}
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}
