package extract

import (
	"context"
	"errors"
	"fmt"

	"annals"
	"annals/internal/read"
	"annals/internal/text"
)

// windowSize bounds the text one extraction pass holds, in bytes. Some
// rules compare each name with the names before it, which is quadratic in
// a text; a story longer than this (a dump of many stories, a hostile
// file) is read window by window, cut at paragraph breaks, so time and
// memory stay linear. Real stories are far shorter and read whole.
const windowSize = 64 << 10

// extractWindows extracts txt window by window and joins the documents:
// an entity named alike (same type and name) in two windows is one entity.
// The publication date found in the first window anchors the others.
func (x *Extractor) extractWindows(ctx context.Context, d *read.Doc, txt string, m read.Offsets, opt Options) (*annals.Document, error) {
	var out *annals.Document
	var failures []StageFailure
	byKey := map[string]int{}
	for _, w := range text.Windows(txt, windowSize) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, err := x.extract(d, txt[w.Start:w.End], m.Window(w.Start, w.End), opt)
		var se *StageError
		if errors.As(err, &se) {
			failures = append(failures, se.Failures...)
		} else if err != nil {
			return nil, err
		}
		if out == nil {
			out = doc
			if opt.Published == "" {
				opt.Published = doc.Published
			}
			for i, e := range out.Entities {
				byKey[entityKey(e)] = i
			}
			continue
		}
		for _, e := range doc.Entities {
			k := entityKey(e)
			i, ok := byKey[k]
			if !ok {
				e.ID = fmt.Sprintf("e%d", len(out.Entities)+1)
				byKey[k] = len(out.Entities)
				out.Entities = append(out.Entities, e)
				continue
			}
			o := &out.Entities[i]
			o.Mentions = append(o.Mentions, e.Mentions...)
			for _, a := range e.Aliases {
				if !contains(o.Aliases, a) {
					o.Aliases = append(o.Aliases, a)
				}
			}
			if o.Ref == "" {
				o.Ref, o.Former = e.Ref, e.Former
			}
		}
		out.Roles = append(out.Roles, doc.Roles...)
		out.Figures = append(out.Figures, doc.Figures...)
		out.Dates = append(out.Dates, doc.Dates...)
		out.Events = append(out.Events, doc.Events...)
	}
	if out == nil {
		out = (&state{src: d, published: opt.Published}).emptyDocument()
	}
	if len(failures) > 0 {
		return out, &StageError{Failures: failures}
	}
	return out, nil
}

func entityKey(e annals.Entity) string { return string(e.Type) + "\x00" + e.Name }
