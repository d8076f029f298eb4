package server

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"annals"
	"annals/internal/read"
)

// The story page shows the text as read (package read), not the raw file:
// facts cite the raw file, so each span is mapped to the text with
// Doc.TextOffset. A span that does not land in the text (a mention in an
// HTML <title>) is left out.
//
// The text is cut into paragraphs, each paragraph into runs that are or
// are not the evidence of an event, and each run into parts that are plain
// or marked (an entity, a date, a figure). The template writes each part
// as escaped text in a <span> or <a>; it never sees markup from the story.

// Part is a piece of text, marked or not.
type Part struct {
	Text  string
	Kind  string // "", "org", "person", "place", "date", "figure"
	Href  string // entity page, for entities
	Title string // tooltip: the entity's name, the date's value
}

// Run is a stretch of a paragraph; Events lists the numbers (1-based) of
// the events whose evidence it is, "" when none.
type Run struct {
	Events string
	Parts  []Part
}

// Para is one paragraph.
type Para struct{ Runs []Run }

// mark is a span of the text to mark.
type mark struct {
	start, end int
	rank       int // entities win over dates, dates over figures
	part       Part
}

// textRange maps a raw span to the text, or ok false when the span's start
// does not land inside the text.
func textRange(d *read.Doc, start, end int) (a, b int, ok bool) {
	if start >= end {
		return 0, 0, false
	}
	a = d.TextOffset(start)
	b = d.TextOffset(end)
	if a >= len(d.Text) || a >= b || d.Map.At(a) >= end {
		return 0, 0, false
	}
	return a, b, true
}

// layout cuts the story text into paragraphs of runs of parts, marking the
// entities (linked by entityHref), dates and figures of doc, and the
// evidence of its events.
func layout(d *read.Doc, doc *annals.Document, entityHref func(localID string) string) []Para {
	var marks []mark
	for _, e := range doc.Entities {
		kind := strings.ToLower(string(e.Type))
		for _, m := range e.Mentions {
			if a, b, ok := textRange(d, m.Start, m.End); ok {
				marks = append(marks, mark{a, b, 0, Part{Kind: kind, Href: entityHref(e.ID), Title: e.Name + " · " + typeLabel(e.Type)}})
			}
		}
	}
	for _, dm := range doc.Dates {
		if a, b, ok := textRange(d, dm.Start, dm.End); ok {
			title := "date"
			if dm.Value != "" {
				title = "date: " + string(dm.Value)
				if dm.ValueEnd != "" && string(dm.ValueEnd) != string(dm.Value) {
					title += " – " + string(dm.ValueEnd)
				}
			}
			marks = append(marks, mark{a, b, 1, Part{Kind: "date", Title: title}})
		}
	}
	figs := slices.Clone(doc.Figures)
	for _, e := range doc.Events {
		figs = append(figs, e.Figures...)
	}
	for _, f := range figs {
		if a, b, ok := textRange(d, f.Start, f.End); ok {
			title := fmt.Sprintf("figure: %s %s", formatNumber(f.Value), f.Unit)
			if f.Qualifier != "" {
				title = fmt.Sprintf("figure: %s %s %s", f.Qualifier, formatNumber(f.Value), f.Unit)
			}
			marks = append(marks, mark{a, b, 2, Part{Kind: "figure", Title: title}})
		}
	}
	// Keep the best of overlapping marks: by rank, then the longest.
	slices.SortFunc(marks, func(x, y mark) int {
		return cmp.Or(cmp.Compare(x.rank, y.rank), cmp.Compare(y.end-y.start, x.end-x.start), cmp.Compare(x.start, y.start))
	})
	var kept []mark
	taken := make([]bool, len(d.Text))
	for _, m := range marks {
		free := true
		for i := m.start; i < m.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		kept = append(kept, m)
	}
	slices.SortFunc(kept, func(x, y mark) int { return cmp.Compare(x.start, y.start) })

	// Evidence: for each text byte, the events citing it.
	evAt := make([]string, len(d.Text))
	for i, e := range doc.Events {
		a, b, ok := textRange(d, e.Evidence.Start, e.Evidence.End)
		if !ok {
			continue
		}
		n := fmt.Sprint(i + 1)
		for k := a; k < b; k++ {
			if evAt[k] == "" {
				evAt[k] = n
			} else {
				evAt[k] += " " + n
			}
		}
	}

	// A mark is never cut: it takes the evidence of its first byte, and a
	// mark across a paragraph break is dropped.
	marks = kept[:0]
	for _, m := range kept {
		if strings.Contains(d.Text[m.start:m.end], "\n\n") {
			continue
		}
		for k := m.start + 1; k < m.end; k++ {
			evAt[k] = evAt[m.start]
		}
		marks = append(marks, m)
	}

	var paras []Para
	mi := 0
	for start := 0; start < len(d.Text); {
		end := strings.Index(d.Text[start:], "\n\n")
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		var p Para
		for i := start; i < end; {
			j := i
			for j < end && evAt[j] == evAt[i] {
				j++
			}
			run := Run{Events: evAt[i]}
			k := i
			for ; mi < len(marks) && marks[mi].start < j; mi++ {
				m := marks[mi]
				if m.start < k {
					continue
				}
				if m.start > k {
					run.Parts = append(run.Parts, Part{Text: d.Text[k:m.start]})
				}
				part := m.part
				part.Text = d.Text[m.start:m.end]
				run.Parts = append(run.Parts, part)
				k = m.end
			}
			if k < j {
				run.Parts = append(run.Parts, Part{Text: d.Text[k:j]})
			}
			p.Runs = append(p.Runs, run)
			i = j
		}
		paras = append(paras, p)
		start = end + 2
	}
	return paras
}

// formatNumber writes a figure's value without a needless fraction.
func formatNumber(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%g", v)
}

// typeLabel names an entity type for people.
func typeLabel(t annals.EntityType) string {
	switch t {
	case annals.Org:
		return "organization"
	case annals.Person:
		return "person"
	case annals.Place:
		return "place"
	}
	return strings.ToLower(string(t))
}
