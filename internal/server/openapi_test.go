package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"annals/internal/store"
)

// The OpenAPI document is valid OpenAPI 3 (kin-openapi's validator: unique
// operationIds among the rest), declares every operation the server
// answers, and every live response of the API, errors included,
// validates against the schema the document declares for it.
func TestOpenAPIConformance(t *testing.T) {
	ctx := context.Background()
	// iCalendar is text: its own rules are checked in package export.
	openapi3filter.RegisterBodyDecoder("text/calendar", func(r io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		b, err := io.ReadAll(r)
		return string(b), err
	})
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPIDoc)
	if err != nil {
		t.Fatalf("the document does not load: %v", err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("the document is not valid OpenAPI: %v", err)
	}
	ids := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" {
				t.Errorf("%s %s has no operationId", method, path)
			}
			if other, ok := ids[op.OperationID]; ok {
				t.Errorf("operationId %q of %s %s is also %s's", op.OperationID, method, path, other)
			}
			ids[op.OperationID] = method + " " + path
			if _, ok := op.Responses.Map()["200"]; !ok && op.Responses.Map()["201"] == nil && op.Responses.Map()["204"] == nil {
				t.Errorf("%s %s declares no success response", method, path)
			}
		}
	}

	st := exampleDB(t)
	s := newTestServer(t, st, "")
	ots := entityNamed(t, st, "Organization of Turkic States")
	evs, err := st.Timeline(ctx, store.EventFilter{Org: ots, Limit: 1})
	if err != nil || len(evs) == 0 {
		t.Fatalf("no event of the OTS: %v", err)
	}
	story := `{"name": "ots-baku-2024.txt", "published": "2024-05-02", "content": "OTS and UNAOC meet in Baku\n\nThe Organization of Turkic States (OTS) held talks with the United Nations Alliance of Civilizations (UNAOC) in Baku on 2 May 2024."}`
	jsonCT := []string{"Content-Type", "application/json"}
	reqs := []struct {
		method, target, body string
		header               []string
	}{
		{"GET", "/api/openapi.json", "", nil},
		{"GET", "/api/stats", "", nil},
		{"GET", "/api/stories?limit=3", "", nil},
		{"GET", "/api/stories?limit=x", "", nil},
		{"GET", "/api/stories/1", "", nil},
		{"GET", "/api/stories/999999", "", nil},
		{"GET", "/api/stories/x", "", nil},
		{"GET", "/api/stories/1/related", "", nil},
		{"GET", "/api/stories/999999/related", "", nil},
		{"GET", "/api/entities?limit=5", "", nil},
		{"GET", "/api/entities?type=ANIMAL", "", nil},
		{"GET", fmt.Sprintf("/api/entities/%d", ots), "", nil},
		{"GET", "/api/entities/999999", "", nil},
		{"GET", fmt.Sprintf("/api/entities/%d/stories?limit=2", ots), "", nil},
		{"GET", "/api/entities/999999/stories", "", nil},
		{"GET", fmt.Sprintf("/api/entities/%d/stories?offset=-1", ots), "", nil},
		{"GET", "/api/events?limit=50", "", nil},
		{"GET", fmt.Sprintf("/api/events?org=%d&from=2016&to=2019", ots), "", nil},
		{"GET", "/api/events?from=2019-02-30", "", nil},
		{"GET", "/api/events?org=NOBODY-AT-ALL", "", nil},
		{"GET", fmt.Sprintf("/api/events/%d", evs[0].ID), "", nil},
		{"GET", "/api/events/999999", "", nil},
		{"GET", "/api/events.csv?limit=5", "", nil},
		{"GET", "/api/events.csv?type=party", "", nil},
		{"GET", "/api/events.ics?limit=5", "", nil},
		{"GET", "/api/search?q=Istanbul&limit=3", "", nil},
		{"GET", "/api/search?q=", "", nil},
		{"POST", "/api/stories", story, jsonCT},
		{"POST", "/api/stories", story, jsonCT},
		{"POST", "/api/stories", `{"content": "x"`, jsonCT},
		{"POST", "/api/stories", `{"content": "The OTS met.", "published": "someday"}`, jsonCT},
		{"POST", "/api/stories", "hello", nil},
		{"DELETE", "/api/stories/2", "", nil},
		{"DELETE", "/api/stories/999999", "", nil},
	}
	seen := map[string]bool{}
	for _, rq := range reqs {
		name := rq.method + " " + rq.target
		req := httptest.NewRequest(rq.method, rq.target, strings.NewReader(rq.body))
		req.Host = "127.0.0.1:8080"
		for i := 0; i+1 < len(rq.header); i += 2 {
			req.Header.Set(rq.header[i], rq.header[i+1])
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		route, params := findRoute(doc, rq.method, req.URL.Path)
		if route == nil {
			t.Errorf("%s: no operation in the document", name)
			continue
		}
		seen[route.Method+" "+route.Path] = true
		in := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
			Status:                 w.Code,
			Header:                 w.Header(),
			Body:                   io.NopCloser(bytes.NewReader(w.Body.Bytes())),
			Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
		}
		if err := openapi3filter.ValidateResponse(ctx, in); err != nil {
			t.Errorf("%s: %d response does not validate: %v\n%.400s", name, w.Code, err, w.Body.String())
		}
	}
	var missing []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if !seen[method+" "+path] {
				missing = append(missing, method+" "+path)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("operations not exercised: %v", missing)
	}
}

// findRoute finds the operation of the document for method and path,
// with the values of its path parameters.
func findRoute(doc *openapi3.T, method, path string) (*routers.Route, map[string]string) {
	for tmpl, item := range doc.Paths.Map() {
		op := item.GetOperation(method)
		if op == nil {
			continue
		}
		want, got := strings.Split(tmpl, "/"), strings.Split(path, "/")
		if len(want) != len(got) {
			continue
		}
		params := map[string]string{}
		ok := true
		for i := range want {
			if strings.HasPrefix(want[i], "{") && strings.HasSuffix(want[i], "}") {
				params[strings.Trim(want[i], "{}")] = got[i]
			} else if want[i] != got[i] {
				ok = false
				break
			}
		}
		if ok {
			return &routers.Route{Spec: doc, Path: tmpl, PathItem: item, Method: method, Operation: op}, params
		}
	}
	return nil, nil
}
