package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"strings"

	"annals"
	"annals/internal/extract"
	"annals/internal/ingest"
	"annals/internal/read"
	"annals/internal/store"
	"annals/internal/timex"
)

// errBadInput marks ingest errors caused by what was sent (not a story,
// a malformed date), answered with 400 or 422 rather than 500.
var errBadInput = errors.New("bad input")

// Ingest reads one story sent as name and raw, extracts its facts and
// stores it: the same pipeline as `annals ingest` (package ingest), for
// one story. published, when not
// empty, is the publication date (YYYY, YYYY-MM or YYYY-MM-DD, or any date
// timex understands) and wins over the story's own metadata.
//
// name is only used to pick the format (.txt, .md, .html; others are
// sniffed) and as the story's path; it is cleaned of directories.
func Ingest(ctx context.Context, st store.Store, x *extract.Extractor, name string, raw []byte, published string) (store.PutResult, error) {
	story, facts, err := prepare(ctx, x, name, raw, published)
	if err != nil {
		return store.PutResult{}, err
	}
	return put(ctx, st, story, facts)
}

// prepare reads and extracts one story: the long part of an ingest, which
// holds no lock and stops when ctx is done.
func prepare(ctx context.Context, x *extract.Extractor, name string, raw []byte, published string) (*annals.Story, *annals.Document, error) {
	name = cleanName(name)
	var opt extract.Options
	if published = strings.TrimSpace(published); published != "" {
		v, _, ok := timex.Parse(published, "")
		if !ok || !v.Valid() {
			return nil, nil, fmt.Errorf("%w: publication date %q is not a date (want YYYY-MM-DD)", errBadInput, published)
		}
		opt.Published = v
	}
	doc, err := read.Bytes(name, raw, read.Options{MaxSize: int64(len(raw)) + 1})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", errBadInput, name, err)
	}
	facts, err := extractSafely(ctx, x, doc, opt)
	if err != nil {
		return nil, nil, err
	}
	return ingest.Story(name, doc, facts), facts, nil
}

// put stores a prepared story.
func put(ctx context.Context, st store.Store, story *annals.Story, facts *annals.Document) (store.PutResult, error) {
	res, err := st.PutStory(ctx, story, facts)
	if errors.Is(err, store.ErrInvalid) {
		return res, fmt.Errorf("%w: %v", errBadInput, err)
	}
	return res, err
}

// extractSafely runs the extractor. A stage that fails costs only its own
// facts: the story is stored with what the other stages found and the
// failure goes to the server log.
//
// When ctx is done (the client left), extraction stops and nothing is
// stored.
func extractSafely(ctx context.Context, x *extract.Extractor, doc *read.Doc, opt extract.Options) (*annals.Document, error) {
	out, err := x.ExtractContext(ctx, doc, opt)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		slog.Warn("extraction incomplete; story stored with what the other stages found", "story", doc.Path, "err", err)
	}
	out.Doc = doc.Path
	return out, nil
}

// cleanName keeps the base name of an uploaded file ("C:\a\b.md" and
// "../b.md" are "b.md"), so a story's path never points outside.
func cleanName(name string) string {
	name = strings.ReplaceAll(strings.TrimSpace(name), `\`, "/")
	name = path.Base(name)
	if name == "." || name == "/" || name == "" {
		name = "pasted.txt"
	}
	return name
}
