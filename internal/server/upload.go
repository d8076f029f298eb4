package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"strings"

	"annals/internal/store"
)

// The outcome of one uploaded file.
const (
	Stored    = "stored"    // a new story
	Replaced  = "replaced"  // replaced the story of the same name, as asked
	Unchanged = "unchanged" // the same content was already stored
	Rejected  = "rejected"  // not stored: Reason says why
)

// StoredStory is what an upload answers for each file: its outcome and,
// unless rejected, the story it is now. Path is the name it is stored
// under: the name sent, or a new one ("report-2.txt") when a different
// story already has that name and replacing was not asked for.
type StoredStory struct {
	store.PutResult
	Name    string `json:"name"`
	Path    string `json:"path,omitempty"`
	URL     string `json:"url,omitempty"`
	Outcome string `json:"outcome"`
	Reason  string `json:"reason,omitempty"`

	status int // of a rejection: 400, 413, 415 or 422
}

// UploadSummary counts the outcomes of one upload.
type UploadSummary struct {
	Stored    int `json:"stored"`
	Replaced  int `json:"replaced"`
	Unchanged int `json:"unchanged"`
	Rejected  int `json:"rejected"`
}

func summarize(out []StoredStory) UploadSummary {
	var s UploadSummary
	for _, o := range out {
		switch o.Outcome {
		case Stored:
			s.Stored++
		case Replaced:
			s.Replaced++
		case Unchanged:
			s.Unchanged++
		case Rejected:
			s.Rejected++
		}
	}
	return s
}

// addAll stores each upload and says what became of it. A file the
// client got wrong (not a story, a bad date) is rejected with its reason
// and the others are still stored; the error is for the server's own
// failures (the database, the client leaving).
func (s *Server) addAll(ctx context.Context, ups []upload, published string) ([]StoredStory, error) {
	out := make([]StoredStory, 0, len(ups))
	for _, u := range ups {
		o, err := s.addOne(ctx, u, cmpOr(u.published, published))
		if err != nil {
			if st := statusOf(err); st >= 500 {
				return out, err
			}
			o = StoredStory{Name: cleanName(u.name), Outcome: Rejected, Reason: plainReason(err), status: statusOf(err)}
		}
		out = append(out, o)
	}
	return out, nil
}

// plainReason is err's message without the category prefixes.
func plainReason(err error) string {
	msg := err.Error()
	for _, e := range []error{errQuery, errBadInput} {
		msg = strings.TrimPrefix(msg, e.Error()+": ")
	}
	return msg
}

// addOne reads and extracts one upload (outside the write lock), then
// stores it. Unless u.replace, a different story stored under the same
// name is kept and this one gets a free name beside it.
func (s *Server) addOne(ctx context.Context, u upload, published string) (StoredStory, error) {
	story, facts, err := prepare(ctx, s.x, u.name, u.raw, published)
	if err != nil {
		return StoredStory{}, err
	}
	o := StoredStory{Name: story.Path}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if !u.replace {
		sum := sha256.Sum256(story.Raw)
		p, err := freePath(ctx, s.st, story.Path, hex.EncodeToString(sum[:]))
		if err != nil {
			return o, err
		}
		story.Path, facts.Doc = p, p
	}
	res, err := put(ctx, s.st, story, facts)
	if err != nil {
		return o, err
	}
	if !res.Skipped {
		s.wrote()
	}
	o.PutResult, o.Path, o.URL = res, story.Path, fmt.Sprintf("/stories/%d", res.StoryID)
	switch {
	case res.Skipped:
		o.Outcome = Unchanged
	case res.Replaced:
		o.Outcome = Replaced
	default:
		o.Outcome = Stored
	}
	return o, nil
}

// freePath returns name when no story, or the story with content hash
// hash, is stored under it; otherwise the first free "stem-N.ext".
func freePath(ctx context.Context, st store.Store, name, hash string) (string, error) {
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	p := name
	for n := 2; ; n++ {
		h, err := st.PathHash(ctx, p)
		if errors.Is(err, store.ErrNotFound) || err == nil && h == hash {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		p = fmt.Sprintf("%s-%d%s", stem, n, ext)
	}
}

// formBool reads a checkbox or flag field: "1", "on", "true", "yes".
func formBool(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "on", "true", "yes":
		return true
	}
	return false
}
