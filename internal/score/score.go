// Package score measures annals against hand-made gold annotations: the
// extraction of each story (this file) and the chronicle the store makes
// of many stories together (chronicle.go).
//
// Extraction is scored with
// the rules of the project's scorer (shared/tools/score.py): entities match
// by type and any shared name, events by type, date (at the gold's
// precision) and one shared participant, roles by person, organization and
// role words, figures by value and unit. Tests use it to hold extraction to
// a quality bar on the project's own examples.
package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"annals"
)

// Gold is the hand annotation of one story.
type Gold struct {
	Doc              string       `json:"doc"`
	Published        annals.Date  `json:"published"`
	Entities         []GoldEntity `json:"entities"`
	OptionalEntities []GoldEntity `json:"optional_entities"`
	Roles            []GoldRole   `json:"roles"`
	Figures          []GoldFigure `json:"figures"`
	Events           []GoldEvent  `json:"events"`
	OptionalEvents   []GoldEvent  `json:"optional_events"`
}

// GoldEntity is an entity of a gold file.
type GoldEntity struct {
	Type    annals.EntityType `json:"type"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases"`
}

// GoldRole is a role of a gold file.
type GoldRole struct {
	Person, Role, Org string
}

// GoldFigure is a figure of a gold file.
type GoldFigure struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// GoldEvent is an event of a gold file.
type GoldEvent struct {
	Type              annals.EventType `json:"type"`
	Date              string           `json:"date"`
	Place             string           `json:"place"`
	PlaceAlternatives []string         `json:"place_alternatives"`
	Participants      []string         `json:"participants"`
}

// LoadGold reads every *.json gold file of dir, keyed by the base name of its doc.
func LoadGold(dir string) (map[string]*Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	out := map[string]*Gold{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out[filepath.Base(g.Doc)] = &g
	}
	return out, nil
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)

// Norm is the comparison form of a name: lower case, punctuation as
// spaces, no leading "the".
func Norm(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	s = nonWord.ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

func names(name string, aliases []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{name}, aliases...) {
		if k := Norm(n); k != "" {
			out[k] = true
		}
	}
	return out
}

func meets(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Count is true positives, system items and gold items of one kind.
type Count struct{ TP, Sys, Gold int }

// F1 is the harmonic mean of precision and recall, with the scorer's
// conventions for empty sets.
func (c Count) F1() float64 {
	p := 0.0
	switch {
	case c.Sys > 0:
		p = float64(c.TP) / float64(c.Sys)
	case c.Gold == 0:
		p = 1
	}
	r := 1.0
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Count) add(o Count) { c.TP += o.TP; c.Sys += o.Sys; c.Gold += o.Gold }

// Report is the score of a set of documents.
type Report struct {
	Entities, Events, Roles, Figures, Participants Count
	Misses                                         []string // what went wrong, for people
}

// Overall is the mean F1 of entities, events, roles and figures.
func (r *Report) Overall() float64 {
	return (r.Entities.F1() + r.Events.F1() + r.Roles.F1() + r.Figures.F1()) / 4
}

// String prints the report like score.py does.
func (r *Report) String() string {
	var b strings.Builder
	for _, x := range []struct {
		name string
		c    Count
	}{{"entities", r.Entities}, {"events", r.Events}, {"roles", r.Roles}, {"figures", r.Figures}, {"event participants", r.Participants}} {
		fmt.Fprintf(&b, "%-20s tp=%d sys=%d gold=%d F1=%.3f\n", x.name, x.c.TP, x.c.Sys, x.c.Gold, x.c.F1())
	}
	fmt.Fprintf(&b, "overall F1 %.3f\n", r.Overall())
	return b.String()
}

// Score scores predicted documents against gold, matching documents by the
// base name of doc. A gold document with no prediction scores as empty.
func Score(gold map[string]*Gold, preds []*annals.Document) *Report {
	byName := map[string]*annals.Document{}
	for _, p := range preds {
		byName[filepath.Base(p.Doc)] = p
	}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	r := &Report{}
	for _, k := range keys {
		p := byName[k]
		if p == nil {
			p = &annals.Document{}
		}
		scoreDoc(k, gold[k], p, r)
	}
	return r
}

// resolver maps a name in an event or role to the gold entities it denotes.
type resolver struct{ ents []GoldEntity }

func (rs resolver) keys(name string) map[string]bool {
	n := Norm(name)
	out := map[string]bool{}
	for i, e := range rs.ents {
		if names(e.Name, e.Aliases)[n] {
			out[fmt.Sprint(i)] = true
		}
	}
	if len(out) == 0 {
		out["raw:"+n] = true
	}
	return out
}

func (rs resolver) keySet(list []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range list {
		for k := range rs.keys(n) {
			out[k] = true
		}
	}
	return out
}

func scoreDoc(name string, g *Gold, p *annals.Document, r *Report) {
	miss := func(format string, a ...any) { r.Misses = append(r.Misses, name+": "+fmt.Sprintf(format, a...)) }
	rs := resolver{append(append([]GoldEntity{}, g.Entities...), g.OptionalEntities...)}

	// entities: each gold entity matched once; duplicates are false positives
	all := rs.ents
	used := map[int]bool{}
	matchedReq, optUsed := 0, 0
	sysEnts := 0
	for _, se := range p.Entities {
		if se.Type != annals.Org && se.Type != annals.Person && se.Type != annals.Place {
			continue
		}
		sysEnts++
		hit := -1
		sn := names(se.Name, se.Aliases)
		for gi, ge := range all {
			if used[gi] || ge.Type != se.Type {
				continue
			}
			if meets(names(ge.Name, ge.Aliases), sn) {
				hit = gi
				break
			}
		}
		if hit < 0 {
			miss("entity FP: %s %q", se.Type, se.Name)
			continue
		}
		used[hit] = true
		if hit < len(g.Entities) {
			matchedReq++
		} else {
			optUsed++
		}
	}
	for gi, ge := range g.Entities {
		if !used[gi] {
			miss("entity FN: %s %q", ge.Type, ge.Name)
		}
	}
	r.Entities.add(Count{matchedReq, sysEnts - optUsed, len(g.Entities)})

	// events
	gevs := append(append([]GoldEvent{}, g.Events...), g.OptionalEvents...)
	usedS := map[int]bool{}
	matched, optHits := 0, 0
	var part Count
	for gi, ge := range gevs {
		gparts := rs.keySet(ge.Participants)
		best := -1
		var bestParts map[string]bool
		for si, se := range p.Events {
			if usedS[si] || se.Type != ge.Type || !(ge.Date == "" || se.Date != "" && strings.HasPrefix(string(se.Date), ge.Date)) {
				continue
			}
			sparts := rs.keySet(se.Participants)
			if len(gparts) > 0 && !meets(gparts, sparts) {
				continue
			}
			best, bestParts = si, sparts
			break
		}
		if best < 0 {
			if gi < len(g.Events) {
				miss("event FN: %s %s", ge.Type, ge.Date)
			}
			continue
		}
		usedS[best] = true
		if gi >= len(g.Events) {
			optHits++
			continue
		}
		matched++
		tp := 0
		for k := range gparts {
			if bestParts[k] {
				tp++
			}
		}
		part.add(Count{tp, len(bestParts), len(gparts)})
	}
	for si, se := range p.Events {
		if !usedS[si] {
			miss("event FP: %s %s %q", se.Type, se.Date, se.Title)
		}
	}
	r.Events.add(Count{matched, len(p.Events) - optHits, len(g.Events)})
	r.Participants.add(part)

	// roles
	usedR := map[int]bool{}
	rtp := 0
	for _, gr := range g.Roles {
		found := false
		for si, sr := range p.Roles {
			if usedR[si] {
				continue
			}
			if meets(rs.keys(gr.Person), rs.keys(sr.Person)) && meets(rs.keys(gr.Org), rs.keys(sr.Org)) &&
				strings.Contains(strings.ReplaceAll(Norm(sr.Role), "-", " "), strings.ReplaceAll(Norm(gr.Role), "-", " ")) {
				usedR[si] = true
				rtp++
				found = true
				break
			}
		}
		if !found {
			miss("role FN: %s / %s / %s", gr.Person, gr.Role, gr.Org)
		}
	}
	r.Roles.add(Count{rtp, len(p.Roles), len(g.Roles)})

	// figures
	usedF := map[int]bool{}
	ftp := 0
	for _, gf := range g.Figures {
		found := false
		gu := strings.TrimRight(Norm(gf.Unit), "s")
		for si, sf := range p.Figures {
			if usedF[si] || sf.Value != gf.Value || gu == "" || !strings.Contains(Norm(sf.Unit), gu) {
				continue
			}
			usedF[si] = true
			ftp++
			found = true
			break
		}
		if !found {
			miss("figure FN: %v %s", gf.Value, gf.Unit)
		}
	}
	r.Figures.add(Count{ftp, len(p.Figures), len(g.Figures)})
}
