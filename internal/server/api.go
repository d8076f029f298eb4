package server

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"annals"
	"annals/internal/store"
)

// The JSON API. Every answer is a JSON object; every error is
// {"error": "message"} with a 4xx or 5xx status. Lists take limit (1-500)
// and offset, and carry "next", the URL of the next page, or null. The
// next page of the lists of stories, of an entity's stories, of entities
// and of events is after a cursor (after=, cursor.go), read at the same
// cost at any depth; offset is still taken. The list of entities also
// carries "prev", before a cursor (before=), which the events take too.

//go:embed assets/openapi.json
var openAPIDoc []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPIDoc)
}

// writeJSON answers v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		apiError(w, http.StatusInternalServerError, "encoding the answer: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// apiError answers {"error": message} with status.
func apiError(w http.ResponseWriter, status int, format string, a ...any) {
	b, _ := json.Marshal(map[string]string{"error": fmt.Sprintf(format, a...)})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// statusOf chooses the status for an error: the client's fault (400, 404,
// 413, 422) or ours (500, or 503 when the database is busy).
func statusOf(err error) int {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errQuery), errors.Is(err, store.ErrBadQuery):
		return http.StatusBadRequest
	case errors.Is(err, errUnsupportedMedia):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, errBadInput):
		return http.StatusUnprocessableEntity
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrLocked):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// apiFail answers err with its status; server errors are logged and
// answered without their details.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	msg := err.Error()
	if status == http.StatusRequestEntityTooLarge {
		msg = "request body too large"
	}
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		if status == http.StatusInternalServerError {
			msg = "internal error (see the server log)"
		}
	}
	apiError(w, status, "%s", msg)
}

// nextURL is the URL of the page after the one at offset, or nil.
func nextURL(r *http.Request, more bool, limit, offset int) *string {
	if !more {
		return nil
	}
	q := r.URL.Query()
	q.Set("limit", strconv.Itoa(limit))
	q.Set("offset", strconv.Itoa(offset+limit))
	u := r.URL.Path + "?" + q.Encode()
	return &u
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// apiStories lists stories, newest first.
func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, offset, after, err := keyPaging(r.URL.Query(), defaultLimit, storyCursor)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	list, keys, err := s.st.StoriesPage(r.Context(), store.Page{Limit: limit + 1, Offset: offset, After: after})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	next := cursorNext(r, keys, limit, offset)
	list = list[:min(len(list), limit)]
	writeJSON(w, http.StatusOK, map[string]any{"stories": list, "limit": limit, "offset": offset, "next": next})
}

// StoryJSON is a stored story as the API answers it.
type StoryJSON struct {
	ID        int64            `json:"id"`
	Path      string           `json:"path"`
	Title     string           `json:"title"`
	Published annals.Date      `json:"published"`
	Format    string           `json:"format"`
	Hash      string           `json:"hash"`
	Ingested  string           `json:"ingested"`
	Text      string           `json:"text"`
	URL       string           `json:"url"`
	Document  *annals.Document `json:"document"`
	// EntityIDs maps the document's entity ids ("e1") to global entity ids
	// (see /api/entities/{id}).
	EntityIDs map[string]int64 `json:"entity_ids"`
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	st, doc, err := s.st.Story(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	ids, err := s.st.StoryEntityIDs(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, StoryJSON{ID: st.ID, Path: st.Path, Title: st.Title, Published: st.Published, Format: st.Format,
		Hash: st.Hash, Ingested: st.Ingested.UTC().Format("2006-01-02T15:04:05Z"), Text: st.Text,
		URL: fmt.Sprintf("/stories/%d", st.ID), Document: doc, EntityIDs: ids})
}

func (s *Server) apiRelated(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	limit, _, err := paging(r.URL.Query(), 10)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	rel, err := s.st.Related(r.Context(), id, limit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if rel == nil {
		rel = []store.RelatedStory{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"story_id": id, "related": rel})
}

// PostedStory is the JSON body of POST /api/stories.
type PostedStory struct {
	// Name is the file name; its extension picks the format (.txt, .md,
	// .html). Default "pasted-HASH.txt".
	Name string `json:"name"`
	// Content is the story file itself.
	Content string `json:"content"`
	// Published is the publication date, optional.
	Published string `json:"published"`
	// Replace, when true, replaces the story stored under the same
	// name; otherwise a different story of that name is stored beside
	// it under a new name ("report-2.txt").
	Replace bool `json:"replace"`
}

// apiPostStory adds stories: one as JSON (PostedStory), or any number as
// multipart/form-data files in the field "file" (with optional
// "published" and "replace" fields). It answers each file's outcome (see
// StoredStory) with a summary: 201 when all were stored, 200 when all
// were already there, 207 when some were rejected and some not, and the
// first rejection's status when all were rejected.
func (s *Server) apiPostStory(w http.ResponseWriter, r *http.Request) {
	uploads, published, err := readUploads(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out, err := s.addAll(r.Context(), uploads, published)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	sum := summarize(out)
	body := map[string]any{"stories": out, "summary": sum}
	status := http.StatusCreated
	switch {
	case sum.Rejected == len(out):
		status = out[0].status
		body["error"] = out[0].Reason
	case sum.Rejected > 0:
		status = http.StatusMultiStatus
	case sum.Unchanged == len(out):
		status = http.StatusOK
	}
	writeJSON(w, status, body)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// upload is one story sent to be stored.
type upload struct {
	name, published string
	raw             []byte
	replace         bool // replace the story stored under the same name
}

// readUploads reads the stories of an add request: a JSON PostedStory, a
// multipart form (files in "file", pasted text in "text", and "published"),
// or a URL-encoded form ("text", "published").
func readUploads(r *http.Request) ([]upload, string, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var p PostedStory
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, "", err
			}
			return nil, "", queryError("malformed JSON: %v", err)
		}
		if dec.More() {
			return nil, "", queryError("malformed JSON: more than one value")
		}
		if strings.TrimSpace(p.Content) == "" {
			return nil, "", queryError("content is empty: send the story file as \"content\"")
		}
		if p.Name == "" {
			p.Name = pastedName(p.Content)
		}
		return []upload{{name: p.Name, raw: []byte(p.Content), published: p.Published, replace: p.Replace}}, "", nil
	case "multipart/form-data", "application/x-www-form-urlencoded":
		if ct == "multipart/form-data" {
			if err := r.ParseMultipartForm(1 << 20); err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					return nil, "", err
				}
				return nil, "", queryError("malformed form: %v", err)
			}
		} else if err := r.ParseForm(); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, "", err
			}
			return nil, "", queryError("malformed form: %v", err)
		}
		published := r.FormValue("published")
		replace := formBool(r.FormValue("replace"))
		var ups []upload
		if r.MultipartForm != nil {
			for _, fh := range r.MultipartForm.File["file"] {
				f, err := fh.Open()
				if err != nil {
					return nil, "", err
				}
				raw, err := io.ReadAll(f)
				f.Close()
				if err != nil {
					return nil, "", err
				}
				if len(raw) == 0 {
					continue // an empty file input
				}
				ups = append(ups, upload{name: fh.Filename, raw: raw, replace: replace})
			}
		}
		if text := r.FormValue("text"); strings.TrimSpace(text) != "" {
			name := r.FormValue("name")
			if name == "" {
				name = pastedName(text)
			}
			ups = append(ups, upload{name: name, raw: []byte(strings.ReplaceAll(text, "\r\n", "\n")), replace: replace})
		}
		if len(ups) == 0 {
			return nil, "", queryError("nothing to add: choose a file or paste a story")
		}
		return ups, published, nil
	}
	return nil, "", fmt.Errorf("%w: Content-Type %q: send application/json or multipart/form-data", errUnsupportedMedia, ct)
}

var errUnsupportedMedia = errors.New("unsupported media type")

// pastedName names pasted text by its content, so pasting the same text
// twice stores it once and two pastes never replace each other.
func pastedName(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "pasted-" + hex.EncodeToString(sum[:6]) + ".txt"
}

func (s *Server) apiDeleteStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if err := s.deleteStory(r.Context(), id); err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) deleteStory(ctx context.Context, id int64) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	err := s.st.DeleteStory(ctx, id)
	if err == nil {
		s.wrote()
	}
	return err
}

// wrote is called after each write: the one place to hook what a write
// must refresh (nothing now: facets are counted by the store).
func (s *Server) wrote() {}

// apiEntities lists entities by prominence: a page from an offset, or
// after or before a cursor (after=, before=: the key of an entity,
// decodeEntityCursor), read at the same cost at any depth; its next and
// prev links carry the cursors of its last and first entity.
func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := paging(q, defaultLimit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	t, err := parseEntityType(q.Get("type"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	f := store.EntityFilter{Type: t, Query: q.Get("q"), Limit: limit + 1, Offset: offset}
	if f.After, err = decodeEntityCursor("after", q.Get("after")); err == nil {
		f.Before, err = decodeEntityCursor("before", q.Get("before"))
	}
	if err == nil && f.After != nil && f.Before != nil {
		err = queryError("give after or before, not both")
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	list, keys, err := s.st.EntitiesPage(r.Context(), f)
	more := false
	if err == nil && f.Before != nil {
		// the page before the cursor (its entity follows: a next
		// page), or the first
		if list, keys, offset, more = beforeCursor(list, keys, limit, offset); !more {
			f.Before, f.Offset = nil, 0
			list, keys, err = s.st.EntitiesPage(r.Context(), f)
		}
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if f.Before == nil {
		more = len(list) > limit
	}
	list, keys = list[:min(len(list), limit)], keys[:min(len(keys), limit)]
	link := func(off int, name string, k *store.EntityKey) string {
		v := r.URL.Query()
		v.Del("after")
		v.Del("before")
		v.Set("limit", strconv.Itoa(limit))
		v.Set("offset", strconv.Itoa(off))
		if k != nil {
			v.Set(name, encodeEntityCursor(*k))
		}
		return r.URL.Path + "?" + v.Encode()
	}
	var next, prev *string
	if more && len(keys) > 0 {
		u := link(offset+limit, "after", &keys[len(keys)-1])
		next = &u
	}
	switch {
	case offset <= 0:
	case offset <= limit:
		u := link(0, "", nil)
		prev = &u
	case len(keys) > 0:
		u := link(offset-limit, "before", &keys[0])
		prev = &u
	default:
		u := link(offset-limit, "", nil)
		prev = &u
	}
	if list == nil {
		list = []store.EntitySummary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": list, "limit": limit, "offset": offset, "next": next, "prev": prev})
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	p, err := s.st.EntityPage(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := entityJSON{EntityPage: p}
	if p.MoreEvents {
		u := "/api/events?" + url.Values{entityEventParam(p.Entity): {entityEventValue(p.Entity)}}.Encode()
		out.EventsNext = &u
	}
	if p.MoreStories {
		last := p.Stories[len(p.Stories)-1]
		u := fmt.Sprintf("/api/entities/%d/stories?limit=%d&offset=%d&after=%s", id, store.EntityStories, store.EntityStories,
			encodeCursor(store.StoryKey(last.ID, last.Published)))
		out.StoriesNext = &u
	}
	writeJSON(w, http.StatusOK, out)
}

// entityJSON is an entity page as the API answers it: its lists are the
// newest (see store.EntityPage), with where the rest are.
type entityJSON struct {
	*store.EntityPage
	// EventsNext is the URL of all the entity's events (the paged event
	// list), null when the page lists them all.
	EventsNext *string `json:"events_next"`
	// StoriesNext is the URL of the next page of stories naming the
	// entity, null when the page lists them all.
	StoriesNext *string `json:"stories_next"`
}

// entityEventParam and entityEventValue select the events an entity takes
// part in, as its page lists them, in the event list and the timeline:
// person=ID, org=ID, or with=ID for a place.
func entityEventParam(e store.EntitySummary) string {
	switch e.Type {
	case annals.Person:
		return "person"
	case annals.Place:
		return "with"
	}
	return "org"
}

func entityEventValue(e store.EntitySummary) string { return strconv.FormatInt(e.ID, 10) }

// apiEntityStories pages through the stories naming an entity, newest
// first.
func (s *Server) apiEntityStories(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	limit, offset, after, err := keyPaging(r.URL.Query(), store.EntityStories, storyCursor)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	list, keys, err := s.st.EntityStoriesPage(r.Context(), id, store.Page{Limit: limit + 1, Offset: offset, After: after})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	next := cursorNext(r, keys, limit, offset)
	list = list[:min(len(list), limit)]
	writeJSON(w, http.StatusOK, map[string]any{"entity_id": id, "stories": list, "limit": limit, "offset": offset, "next": next})
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	eq, err := s.parseEventQuery(r.Context(), r.URL.Query(), defaultLimit, maxLimit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	rows, _, last, err := s.timeline(r.Context(), eq)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	var next *string
	if last != nil {
		next = cursorURL(r.URL, *last, eq.Limit, eq.Offset+eq.Limit)
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": rows, "limit": eq.Limit, "offset": eq.Offset, "next": next})
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := strings.TrimSpace(q.Get("q"))
	if query == "" {
		apiError(w, http.StatusBadRequest, "q is empty: give the words to search for")
		return
	}
	limit, offset, err := paging(q, 20)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	sel, err := parseFacets(q)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	res, err := s.search(r.Context(), query, sel, limit, offset, "**", "**")
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": res.Query, "also": res.Also, "total": res.Total, "hits": res.Hits, "facets": res.Facets,
		"limit": limit, "offset": offset, "next": nextURL(r, offset+limit < res.Total, limit, offset)})
}
