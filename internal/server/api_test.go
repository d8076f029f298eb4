package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"annals/internal/store"
)

// apiCase is one request and what its answer must be: a status, and for a
// JSON answer, either an error mentioning Error or a check of the body.
type apiCase struct {
	name   string
	method string
	target string
	body   string
	header []string
	status int
	error  string // a substring of {"error": ...}
	check  func(t *testing.T, body map[string]any)
}

// count returns the length of the list at key.
func count(body map[string]any, key string) int {
	l, _ := body[key].([]any)
	return len(l)
}

func runAPICases(t *testing.T, h http.Handler, cases []apiCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			method := cmpOr(c.method, "GET")
			w := do(h, method, c.target, strings.NewReader(c.body), c.header...)
			if w.Code != c.status {
				t.Fatalf("%s %s: status %d, want %d: %s", method, c.target, w.Code, c.status, w.Body)
			}
			ct := w.Header().Get("Content-Type")
			if !strings.HasPrefix(ct, "application/json") {
				if c.error != "" || c.check != nil {
					t.Fatalf("Content-Type %q, want JSON", ct)
				}
				return
			}
			var body map[string]any
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("answer is not a JSON object: %v: %s", err, w.Body)
			}
			if w.Code >= 400 {
				msg, _ := body["error"].(string)
				if msg == "" || !strings.Contains(msg, c.error) {
					t.Errorf("error %q, want one mentioning %q", msg, c.error)
				}
			}
			if c.check != nil {
				c.check(t, body)
			}
		})
	}
}

var (
	apiOnce sync.Once
	apiSrv  *Server
	apiDB   *store.DB
	apiDir  string
)

// TestMain removes the example database that apiServer builds once for
// the whole test binary (it outlives every test, so no t.TempDir).
func TestMain(m *testing.M) {
	code := m.Run()
	if apiDB != nil {
		apiDB.Close()
	}
	if apiDir != "" {
		os.RemoveAll(apiDir)
	}
	os.Exit(code)
}

// apiServer is a server on the example database, built once for the
// read-only tests.
func apiServer(t *testing.T) (*Server, *store.DB) {
	apiOnce.Do(func() {
		// A database outliving one test: opened outside t's cleanup.
		dir, err := os.MkdirTemp("", "annals-api-")
		if err != nil {
			t.Fatal(err)
		}
		apiDir = dir
		st, err := store.Open(dir + "/annals.db")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range exampleFiles(t) {
			raw, _ := os.ReadFile(f)
			if _, err := Ingest(context.Background(), st, extractor(), f, raw, ""); err != nil {
				t.Fatal(err)
			}
		}
		apiDB = st
		apiSrv = newTestServer(t, st, "")
	})
	if apiSrv == nil {
		t.Fatal("no API server")
	}
	return apiSrv, apiDB
}

func entityNamed(t *testing.T, st store.Store, name string) int64 {
	t.Helper()
	es, err := st.FindEntities(context.Background(), name)
	if err != nil || len(es) == 0 {
		t.Fatalf("no entity %q: %v", name, err)
	}
	return es[0].ID
}

func TestAPIRead(t *testing.T) {
	s, st := apiServer(t)
	ots := entityNamed(t, st, "Organization of Turkic States")
	unaoc := entityNamed(t, st, "United Nations Alliance of Civilizations")
	cases := []apiCase{
		{name: "stories", target: "/api/stories?limit=5", status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "stories") != 5 || b["next"] == nil {
				t.Errorf("want 5 stories and a next page: %v", b)
			}
		}},
		{name: "stories last page", target: "/api/stories?limit=500", status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "stories") < 30 || b["next"] != nil {
				t.Errorf("want every story and no next page, got %d, next %v", count(b, "stories"), b["next"])
			}
		}},
		{name: "stories bad limit", target: "/api/stories?limit=0", status: 400, error: "limit"},
		{name: "stories huge limit", target: "/api/stories?limit=100000", status: 400, error: "limit"},
		{name: "stories bad offset", target: "/api/stories?offset=-3", status: 400, error: "offset"},
		{name: "story", target: "/api/stories/1", status: 200, check: func(t *testing.T, b map[string]any) {
			doc, _ := b["document"].(map[string]any)
			if b["text"] == "" || doc == nil || count(doc, "entities") == 0 || b["entity_ids"] == nil {
				t.Errorf("story without text, entities or ids: %v", b)
			}
		}},
		{name: "story unknown", target: "/api/stories/999999", status: 404, error: "not found"},
		{name: "story bad id", target: "/api/stories/abc", status: 400, error: "id"},
		{name: "story zero id", target: "/api/stories/0", status: 400, error: "id"},
		{name: "related", target: "/api/stories/1/related?limit=3", status: 200, check: func(t *testing.T, b map[string]any) {
			rel, _ := b["related"].([]any)
			if len(rel) == 0 || len(rel) > 3 {
				t.Fatalf("%d related stories", len(rel))
			}
			if r, _ := rel[0].(map[string]any); r["reason"] == "" || r["id"] == nil {
				t.Errorf("related story without reason: %v", r)
			}
		}},
		{name: "related unknown", target: "/api/stories/999999/related", status: 404, error: "not found"},
		{name: "entities", target: "/api/entities?type=ORG&limit=3", status: 200, check: func(t *testing.T, b map[string]any) {
			es, _ := b["entities"].([]any)
			if len(es) != 3 {
				t.Fatalf("%d entities", len(es))
			}
			for _, e := range es {
				if e.(map[string]any)["type"] != "ORG" {
					t.Errorf("not an ORG: %v", e)
				}
			}
		}},
		{name: "entities query", target: "/api/entities?q=turkic", status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "entities") == 0 {
				t.Error("no entity matches turkic")
			}
		}},
		{name: "entities bad type", target: "/api/entities?type=ANIMAL", status: 400, error: "entity type"},
		{name: "entity", target: fmt.Sprintf("/api/entities/%d", ots), status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "events") == 0 || count(b, "partners") == 0 || count(b, "stories") == 0 {
				t.Errorf("entity page lacks events, partners or stories")
			}
		}},
		{name: "entity unknown", target: "/api/entities/999999", status: 404, error: "not found"},
		{name: "events", target: "/api/events?limit=10", status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "events") != 10 || b["next"] == nil {
				t.Errorf("want 10 events and a next page")
			}
		}},
		{name: "events org with", target: fmt.Sprintf("/api/events?org=%d&with=%d&limit=500", ots, unaoc), status: 200, check: func(t *testing.T, b map[string]any) {
			evs, _ := b["events"].([]any)
			if len(evs) < 3 {
				t.Fatalf("only %d OTS-UNAOC events", len(evs))
			}
			for _, e := range evs {
				ids := map[float64]bool{}
				for _, p := range e.(map[string]any)["participants"].([]any) {
					ids[p.(map[string]any)["id"].(float64)] = true
				}
				if !ids[float64(ots)] || !ids[float64(unaoc)] {
					t.Errorf("event without both: %v", e)
				}
			}
		}},
		{name: "events org by name", target: "/api/events?org=OTS&type=agreement", status: 200, check: func(t *testing.T, b map[string]any) {
			for _, e := range b["events"].([]any) {
				if e.(map[string]any)["type"] != "agreement" {
					t.Errorf("not an agreement: %v", e)
				}
			}
		}},
		{name: "events date range", target: "/api/events?from=2016&to=2016-12", status: 200, check: func(t *testing.T, b map[string]any) {
			if count(b, "events") == 0 {
				t.Fatal("no events in 2016")
			}
			for _, e := range b["events"].([]any) {
				if d, _ := e.(map[string]any)["date"].(string); !strings.HasPrefix(d, "2016") {
					t.Errorf("event of %q in 2016", d)
				}
			}
		}},
		{name: "events bad date", target: "/api/events?from=2016-13-01", status: 400, error: "from"},
		{name: "events words for date", target: "/api/events?to=yesterday", status: 400, error: "to"},
		{name: "events reversed range", target: "/api/events?from=2019&to=2017", status: 400, error: "after"},
		{name: "events bad type", target: "/api/events?type=party", status: 400, error: "event type"},
		{name: "events unknown org", target: "/api/events?org=Nowhere+Society+Zzz", status: 404, error: "no entity"},
		{name: "events unknown org id", target: "/api/events?org=999999", status: 404, error: "no entity"},
		{name: "search", target: "/api/search?q=memorandum&limit=3", status: 200, check: func(t *testing.T, b map[string]any) {
			hits, _ := b["hits"].([]any)
			if len(hits) == 0 || len(hits) > 3 {
				t.Fatalf("%d hits", len(hits))
			}
			if sn := hits[0].(map[string]any)["snippet"].(string); !strings.Contains(strings.ToLower(sn), "**memorand") {
				t.Errorf("snippet without marked match: %q", sn)
			}
			f, _ := b["facets"].(map[string]any)
			if count(f, "type") == 0 || count(f, "org") == 0 || count(f, "year") == 0 {
				t.Errorf("facets missing: %v", f)
			}
		}},
		{name: "search facet narrows", target: "/api/search?q=Istanbul&facet=type:agreement&facet=year:2016", status: 200, check: func(t *testing.T, b map[string]any) {
			all := do(s, "GET", "/api/search?q=Istanbul", nil)
			var full map[string]any
			json.Unmarshal(all.Body.Bytes(), &full)
			if n, m := b["total"].(float64), full["total"].(float64); n == 0 || n >= m {
				t.Errorf("facets gave %v of %v hits", n, m)
			}
			for _, y := range b["facets"].(map[string]any)["year"].([]any) {
				if y.(map[string]any)["value"] != "2016" {
					t.Errorf("year facet outside the choice: %v", y)
				}
			}
		}},
		{name: "search facet by param", target: fmt.Sprintf("/api/search?q=Istanbul&org=%d", ots), status: 200, check: func(t *testing.T, b map[string]any) {
			if b["total"].(float64) == 0 {
				t.Error("no Istanbul story names the OTS")
			}
		}},
		{name: "search syntax error is not an error", target: "/api/search?q=%22unbalanced+AND", status: 200},
		{name: "search lone quote", target: "/api/search?q=%22", status: 200},
		{name: "search three quotes", target: "/api/search?q=%22%22%22", status: 200},
		{name: "search NUL", target: "/api/search?q=Istanbul%00", status: 200},
		{name: "search too long", target: "/api/search?q=" + strings.Repeat("a+OR+", 300) + "b", status: 400, error: "at most"},
		{name: "search too many words", target: "/api/search?q=" + strings.Repeat("a+", 40), status: 400, error: "words"},
		{name: "search empty", target: "/api/search?q=", status: 400, error: "q is empty"},
		{name: "search bad facet", target: "/api/search?q=x&facet=colour:red", status: 400, error: "facet"},
		{name: "search bad facet form", target: "/api/search?q=x&facet=type", status: 400, error: "KIND:VALUE"},
		{name: "search bad year", target: "/api/search?q=x&year=20x6", status: 400, error: "year"},
		{name: "stats", target: "/api/stats", status: 200, check: func(t *testing.T, b map[string]any) {
			if b["stories"].(float64) < 30 {
				t.Errorf("stats: %v", b)
			}
		}},
		{name: "openapi", target: "/api/openapi.json", status: 200, check: func(t *testing.T, b map[string]any) {
			paths, _ := b["paths"].(map[string]any)
			for _, p := range []string{"/api/stories", "/api/stories/{id}", "/api/stories/{id}/related", "/api/entities", "/api/entities/{id}",
				"/api/events", "/api/events.csv", "/api/events.ics", "/api/search"} {
				if paths[p] == nil {
					t.Errorf("OpenAPI lacks %s", p)
				}
			}
			if v, _ := b["openapi"].(string); !strings.HasPrefix(v, "3.") {
				t.Errorf("openapi %q", v)
			}
		}},
		{name: "unknown route", target: "/api/nothing", status: 404, error: "no such API route"},
		{name: "wrong method", method: "PUT", target: "/api/stories/1", status: 405},
	}
	runAPICases(t, s, cases)
}

func TestAPIExports(t *testing.T) {
	s, st := apiServer(t)
	ots := entityNamed(t, st, "Organization of Turkic States")
	q := fmt.Sprintf("?org=%d&from=2016&to=2018", ots)

	w := do(s, "GET", "/api/events.csv"+q, nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	recs, err := csv.NewReader(w.Body).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v", err)
	}
	jw := do(s, "GET", "/api/events"+q+"&limit=500", nil)
	var js struct{ Events []store.EventRow }
	json.Unmarshal(jw.Body.Bytes(), &js)
	if len(recs) != len(js.Events)+1 || len(recs) < 2 {
		t.Errorf("csv has %d rows for %d events", len(recs)-1, len(js.Events))
	}
	if recs[0][0] != "id" || !slices.Contains(recs[0], "evidence") || !slices.Contains(recs[0], "story_path") {
		t.Errorf("csv header %v", recs[0])
	}

	w = do(s, "GET", "/api/events.ics"+q, nil)
	ics := w.Body.String()
	if w.Code != 200 || !strings.HasPrefix(ics, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(ics, "END:VCALENDAR\r\n") {
		t.Fatalf("ics: %d %.80q", w.Code, ics)
	}
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != len(js.Events) {
		t.Errorf("ics has %d events for %d dated events", n, len(js.Events))
	}
	for _, line := range strings.Split(ics, "\r\n") {
		if len(line) > 75 {
			t.Errorf("ics line over 75 octets: %q", line)
		}
	}
	if w := do(s, "GET", "/api/events.ics?from=bad", nil); w.Code != 400 {
		t.Errorf("ics with a bad date: %d", w.Code)
	}
	if w := do(s, "GET", "/api/events.csv?type=bad", nil); w.Code != 400 {
		t.Errorf("csv with a bad type: %d", w.Code)
	}

	// Uncapped, streamed, paged only when asked; every row says how many
	// reports and sources the event has.
	all, _ := csv.NewReader(do(s, "GET", "/api/events.csv", nil).Body).ReadAll()
	var every int
	st.EachEvent(t.Context(), store.EventFilter{}, func(store.EventRow) error { every++; return nil })
	for _, c := range []struct {
		query string
		want  int
	}{{"", every}, {"?limit=2", 2}, {"?limit=2&offset=1", 2}, {fmt.Sprintf("?offset=%d", every-1), 1}} {
		recs, err := csv.NewReader(do(s, "GET", "/api/events.csv"+c.query, nil).Body).ReadAll()
		if err != nil || len(recs)-1 != c.want {
			t.Errorf("csv%s: %d rows (%v), want %d", c.query, len(recs)-1, err, c.want)
		}
	}
	col := slices.Index(all[0], "sources")
	if col < 0 || !slices.Contains(all[0], "disagreements") || !slices.Contains(all[0], "reports") {
		t.Fatalf("csv header %v: want reports, sources and disagreements", all[0])
	}
	for _, r := range all[1:] {
		if n, err := strconv.Atoi(r[col]); err != nil || n < 1 {
			t.Errorf("event %s: sources %q", r[0], r[col])
		}
	}
}

func TestAPIWrite(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	story := `{"name": "ots-baku-2024.txt", "published": "2024-05-02", "content": "OTS and UNAOC meet in Baku\n\nThe Organization of Turkic States (OTS) held talks with the United Nations Alliance of Civilizations (UNAOC) in Baku on 2 May 2024."}`
	var newID float64
	cases := []apiCase{
		{name: "post json", method: "POST", target: "/api/stories", body: story, header: []string{"Content-Type", "application/json"}, status: 201,
			check: func(t *testing.T, b map[string]any) {
				ss, _ := b["stories"].([]any)
				if len(ss) != 1 {
					t.Fatalf("stories: %v", b)
				}
				r := ss[0].(map[string]any)
				newID, _ = r["story_id"].(float64)
				if newID == 0 || r["events"].(float64) == 0 || !strings.HasPrefix(r["url"].(string), "/stories/") {
					t.Errorf("stored: %v", r)
				}
			}},
		{name: "post same again", method: "POST", target: "/api/stories", body: story, header: []string{"Content-Type", "application/json"}, status: 200,
			check: func(t *testing.T, b map[string]any) {
				if !b["stories"].([]any)[0].(map[string]any)["skipped"].(bool) {
					t.Error("same content not skipped")
				}
			}},
		{name: "malformed json", method: "POST", target: "/api/stories", body: `{"content": "x"`, header: []string{"Content-Type", "application/json"}, status: 400, error: "malformed JSON"},
		{name: "json unknown field", method: "POST", target: "/api/stories", body: `{"contents": "x"}`, header: []string{"Content-Type", "application/json"}, status: 400, error: "malformed JSON"},
		{name: "json two values", method: "POST", target: "/api/stories", body: `{"content": "a b c"} {}`, header: []string{"Content-Type", "application/json"}, status: 400, error: "more than one"},
		{name: "json empty content", method: "POST", target: "/api/stories", body: `{"content": "  "}`, header: []string{"Content-Type", "application/json"}, status: 400, error: "content is empty"},
		{name: "bad published", method: "POST", target: "/api/stories", body: `{"content": "The OTS met.", "published": "someday"}`, header: []string{"Content-Type", "application/json"}, status: 422, error: "not a date"},
		{name: "binary content", method: "POST", target: "/api/stories", body: `{"name": "x.txt", "content": "a\u0000b"}`, header: []string{"Content-Type", "application/json"}, status: 422, error: "binary"},
		{name: "unsupported file type", method: "POST", target: "/api/stories", body: `{"name": "x.pdf", "content": "hello"}`, header: []string{"Content-Type", "application/json"}, status: 422, error: "PDF"},
		{name: "no content type", method: "POST", target: "/api/stories", body: `hello`, status: 415, error: "Content-Type"},
		{name: "huge body", method: "POST", target: "/api/stories", body: `{"content": "` + strings.Repeat("a", 2<<20) + `"}`, header: []string{"Content-Type", "application/json"}, status: 413, error: "too large"},
		{name: "huge body elsewhere", method: "DELETE", target: "/api/stories/1", body: strings.Repeat("a", 200<<10), status: 204},
		{name: "delete unknown", method: "DELETE", target: "/api/stories/999999", status: 404, error: "not found"},
		{name: "delete bad id", method: "DELETE", target: "/api/stories/x", status: 400, error: "id"},
	}
	runAPICases(t, s, cases)
	if newID == 0 {
		t.Fatal("no story stored")
	}
	w := do(s, "GET", fmt.Sprintf("/api/stories/%d", int64(newID)), nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"published": "2024-05-02"`) {
		t.Errorf("stored story: %d %.300s", w.Code, w.Body)
	}

	// A multipart upload of two files.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for i, text := range []string{"# UNESCO and OTS sign accord\n\nUNESCO and the OTS signed an agreement in Paris on 4 June 2024.",
		"ASEAN meets EU\n\nThe Association of Southeast Asian Nations (ASEAN) met the European Union in Jakarta on 5 June 2024."} {
		fw, _ := mw.CreateFormFile("file", fmt.Sprintf("upload-%d.md", i))
		fw.Write([]byte(text))
	}
	mw.WriteField("published", "2024-06-06")
	mw.Close()
	w = do(s, "POST", "/api/stories", &buf, "Content-Type", mw.FormDataContentType())
	if w.Code != 201 || strings.Count(w.Body.String(), `"story_id"`) != 2 {
		t.Errorf("multipart upload: %d %s", w.Code, w.Body)
	}
}

// TestAddPage posts the upload form as a browser does and follows the
// redirect to the new story.
func TestAddPage(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	cases := []struct {
		name, text, published string
		status                int
		want                  string
	}{
		{"pasted", "Meridian Fund visits Suva\n\nThe Meridian Fund visited Suva on 3 April 2024.", "2024-04-04", 303, "/stories/"},
		{"empty", "   ", "", 400, "nothing to add"},
		{"bad date", "The OTS met the UNAOC.", "31/31/2020", 422, "not a date"},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("text", c.text)
		mw.WriteField("published", c.published)
		mw.Close()
		w := do(s, "POST", "/add", &buf, "Content-Type", mw.FormDataContentType(), "Sec-Fetch-Site", "same-origin")
		if w.Code != c.status {
			t.Errorf("%s: status %d, want %d: %.300s", c.name, w.Code, c.status, w.Body)
			continue
		}
		got := w.Header().Get("Location")
		if c.status != 303 {
			got = w.Body.String()
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: %q lacks %q", c.name, got, c.want)
		}
		if c.status == 303 {
			page := do(s, "GET", got, nil)
			if page.Code != 200 || !strings.Contains(page.Body.String(), "Meridian Fund visits Suva") {
				t.Errorf("%s: new story page %d", c.name, page.Code)
			}
		}
	}
}

// TestGracefulShutdown starts a real server, begins a slow upload, stops
// the server while the upload is in flight, and checks that the upload
// completes and is stored.
func TestGracefulShutdown(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- s.Listen(ctx, "127.0.0.1:0", 10*time.Second, func(a net.Addr) { addrc <- a.String() })
	}()
	addr := <-addrc

	body := `{"name": "slow.txt", "content": "The OTS met the UNAOC in Baku on 2 May 2024."}`
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/stories", pr)
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = int64(len(body))
	respc := make(chan *http.Response, 1)
	errc := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			errc <- err
			return
		}
		respc <- resp
	}()
	pw.Write([]byte(body[:10]))
	time.Sleep(100 * time.Millisecond) // the request is in flight
	cancel()                           // SIGTERM
	time.Sleep(100 * time.Millisecond)
	pw.Write([]byte(body[10:]))
	pw.Close()
	select {
	case resp := <-respc:
		if resp.StatusCode != 201 {
			t.Errorf("upload during shutdown: %d", resp.StatusCode)
		}
		resp.Body.Close()
	case err := <-errc:
		t.Fatalf("upload during shutdown failed: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("upload never answered")
	}
	if err := <-done; err != nil {
		t.Errorf("Listen: %v", err)
	}
	hits, _, _ := st.Search(context.Background(), "Baku", store.SearchOptions{Limit: 100})
	found := false
	for _, h := range hits {
		found = found || h.Path == "slow.txt"
	}
	if !found {
		t.Error("the upload in flight was not stored")
	}
	// And the server no longer accepts connections.
	if _, err := http.Get("http://" + addr + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}
