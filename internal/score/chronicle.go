package score

// Cross-story scoring: what the store makes of many stories together
// against a cross-story gold file (examples/chronicle/gold.json): how
// reports are joined into events (B-cubed F1 over reports) and how
// mentions are joined into entities (pairwise F1 over mentions).
//
// A gold report is {doc, evidence}: a phrase of the sentence that reports
// the event. A system report is mapped to it when both come from the same
// story and the system report's evidence sentence contains the phrase
// (compared with markup, entities and whitespace folded); when several
// system reports match, the one of the gold event's type is taken, then
// the shortest sentence. A gold report that no system report matches is
// its own cluster (it costs recall); system reports that match no gold
// report are not scored (the gold lists every event, so they are
// extraction errors, scored elsewhere).
//
// A gold mention is {doc, name}; it maps to the global entity of the story
// entity of that story having that name or alias. Office references ("the
// Secretary General of the Turkic Council") that no story entity has map,
// when ChronicleOptions.Offices is set, to the holder of the office at
// the story's publication (store.HolderAt).

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"regexp"
	"slices"
	"strings"

	"annals"
	"annals/internal/resolve"
	"annals/internal/store"
)

// ChronicleGold is a cross-story gold file.
type ChronicleGold struct {
	Stories []struct {
		Doc       string      `json:"doc"`
		Published annals.Date `json:"published"`
	} `json:"stories"`
	Copies   [][]string        `json:"copies"`
	Events   []ChronicleEvent  `json:"events"`
	Entities []ChronicleEntity `json:"entities"`
	Offices  []GoldOffice      `json:"offices"`
}

// ChronicleEvent is a true event and the reports that belong to it.
type ChronicleEvent struct {
	ID           string       `json:"id"`
	Type         string       `json:"type"`
	Date         annals.Date  `json:"date"`
	DateEnd      annals.Date  `json:"date_end"`
	Place        string       `json:"place"`
	Title        string       `json:"title"`
	Participants []string     `json:"participants"`
	Disagreement string       `json:"disagreement"`
	Status       string       `json:"status"`
	Reports      []GoldReport `json:"reports"`
}

// GoldReport cites the sentence of one story that reports an event.
type GoldReport struct {
	Doc      string `json:"doc"`
	Evidence string `json:"evidence"`
}

// ChronicleEntity is a true entity with its mentions across stories.
type ChronicleEntity struct {
	ID       string        `json:"id"`
	Type     string        `json:"type"`
	Name     string        `json:"name"`
	Mentions []GoldMention `json:"mentions"`
}

// GoldMention is one name of an entity as one story writes it.
type GoldMention struct {
	Doc  string `json:"doc"`
	Name string `json:"name"`
}

// GoldOffice lists the holders of an office over time.
type GoldOffice struct {
	Role    string `json:"role"`
	Org     string `json:"org"`
	Holders []struct {
		Person string      `json:"person"`
		From   annals.Date `json:"from"`
		To     annals.Date `json:"to"`
	} `json:"holders"`
}

// LoadChronicleGold reads a gold file.
func LoadChronicleGold(path string) (*ChronicleGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g ChronicleGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// PRF is a precision, a recall and their F1.
type PRF struct {
	P, R, F1 float64
}

func (m PRF) String() string { return fmt.Sprintf("P %.3f R %.3f F1 %.3f", m.P, m.R, m.F1) }

func prf(p, r float64) PRF {
	if p+r == 0 {
		return PRF{p, r, 0}
	}
	return PRF{p, r, 2 * p * r / (p + r)}
}

// BCubed scores a clustering of items (item -> system cluster) against
// the true one (item -> gold cluster), over the items of gold: for each
// item, precision is the share of its system cluster that shares its gold
// cluster, recall the share of its gold cluster that shares its system
// cluster; both are averaged over items.
func BCubed(gold, sys map[string]string) PRF {
	if len(gold) == 0 {
		return PRF{}
	}
	bySys, byGold := map[string][]string{}, map[string][]string{}
	for item, g := range gold {
		byGold[g] = append(byGold[g], item)
		bySys[sys[item]] = append(bySys[sys[item]], item)
	}
	var p, r float64
	for item, g := range gold {
		s := sys[item]
		both := 0
		for _, o := range bySys[s] {
			if gold[o] == g {
				both++
			}
		}
		p += float64(both) / float64(len(bySys[s]))
		r += float64(both) / float64(len(byGold[g]))
	}
	n := float64(len(gold))
	return prf(p/n, r/n)
}

// Pairwise scores a clustering by its pairs of items: a pair in one
// system cluster is right when it is in one gold cluster too.
func Pairwise(gold, sys map[string]string) PRF {
	items := make([]string, 0, len(gold))
	for item := range gold {
		items = append(items, item)
	}
	slices.Sort(items)
	var tp, fp, fn float64
	for i, a := range items {
		for _, b := range items[i+1:] {
			sg, ss := gold[a] == gold[b], sys[a] == sys[b]
			switch {
			case sg && ss:
				tp++
			case ss:
				fp++
			case sg:
				fn++
			}
		}
	}
	p, r := 1.0, 1.0
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	return prf(p, r)
}

// ChronicleOptions shape ScoreChronicle.
type ChronicleOptions struct {
	// Offices resolves gold mentions that are office references through
	// store.HolderAt.
	Offices bool
}

// ChronicleResult is what ScoreChronicle measured, with one line per error for people
// fixing them.
type ChronicleResult struct {
	Events   PRF // B-cubed over gold reports
	Entities PRF // pairwise over gold mentions
	// Unmatched gold reports and mentions, and wrongly joined or split
	// ones, as lines "E6 moratinos-alliance-2018.txt: ...".
	Misses []string
}

// ScoreChronicle measures the store against gold. stories maps each gold doc to
// the id of the stored story.
func ScoreChronicle(ctx context.Context, st store.Store, g *ChronicleGold, stories map[string]int64, opt ChronicleOptions) (*ChronicleResult, error) {
	res := &ChronicleResult{}

	reports := map[string][]sysReport{}
	docs := map[string]*annals.Document{}
	for doc, id := range stories {
		_, d, err := st.Story(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", doc, err)
		}
		docs[doc] = d
	}
	// Report -> event, through the events' report lists.
	eventOf := map[string]int64{} // "story\x00start\x00type\x00title" -> event
	seen := map[int64]bool{}
	err := st.EachEvent(ctx, store.EventFilter{}, func(e store.EventRow) error {
		if seen[e.ID] {
			return nil
		}
		seen[e.ID] = true
		d, err := st.Event(ctx, e.ID)
		if err != nil {
			return err
		}
		for _, r := range d.AllReports {
			eventOf[fmt.Sprintf("%d\x00%d\x00%s\x00%s", r.Citation.StoryID, r.Citation.Evidence.Start, r.Type, r.Title)] = e.ID
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for doc, d := range docs {
		for _, ev := range d.Events {
			reports[doc] = append(reports[doc], sysReport{
				event: eventOf[fmt.Sprintf("%d\x00%d\x00%s\x00%s", stories[doc], ev.Evidence.Start, ev.Type, ev.Title)],
				typ:   string(ev.Type),
				title: foldEvidence(string(ev.Title)),
				norm:  foldEvidence(ev.Evidence.Text),
			})
		}
	}
	gold, sys := map[string]string{}, map[string]string{}
	sysGold := map[int64]map[string]bool{}
	for _, ge := range g.Events {
		for i, gr := range ge.Reports {
			item := fmt.Sprintf("%s/%d", ge.ID, i)
			gold[item] = ge.ID
			want := foldEvidence(gr.Evidence)
			var best *sysReport
			for j := range reports[gr.Doc] {
				r := &reports[gr.Doc][j]
				if !strings.Contains(r.norm, want) {
					continue
				}
				if best == nil || r.rank(ge.Type, want) > best.rank(ge.Type, want) {
					best = r
				}
			}
			switch {
			case best == nil:
				sys[item] = "unmatched " + item
				res.Misses = append(res.Misses, fmt.Sprintf("%s %s: no %s reported in the sentence of %q", ge.ID, gr.Doc, ge.Type, gr.Evidence))
			case best.event == 0:
				sys[item] = "unmatched " + item
				res.Misses = append(res.Misses, fmt.Sprintf("%s %s: report of %q not in any event", ge.ID, gr.Doc, gr.Evidence))
			default:
				sys[item] = fmt.Sprint(best.event)
				if best.typ != ge.Type {
					res.Misses = append(res.Misses, fmt.Sprintf("%s %s: %q extracted as a %s, not a %s", ge.ID, gr.Doc, gr.Evidence, best.typ, ge.Type))
				}
				if sysGold[best.event] == nil {
					sysGold[best.event] = map[string]bool{}
				}
				sysGold[best.event][ge.ID] = true
			}
		}
	}
	res.Events = BCubed(gold, sys)
	for ev, gs := range sysGold {
		if len(gs) > 1 {
			res.Misses = append(res.Misses, fmt.Sprintf("event #%d joins gold events %s", ev, strings.Join(sortedSet(gs), ", ")))
		}
	}
	for _, ge := range g.Events {
		evs := map[string]bool{}
		for i := range ge.Reports {
			evs[sys[fmt.Sprintf("%s/%d", ge.ID, i)]] = true
		}
		if len(evs) > 1 {
			res.Misses = append(res.Misses, fmt.Sprintf("%s is split over %s", ge.ID, strings.Join(sortedSet(evs), ", ")))
		}
	}

	// Entities.
	gold, sys = map[string]string{}, map[string]string{}
	for _, ge := range g.Entities {
		for i, m := range ge.Mentions {
			item := fmt.Sprintf("%s/%d", ge.ID, i)
			gold[item] = ge.ID
			id, err := mentionEntity(ctx, st, docs[m.Doc], stories[m.Doc], m, opt)
			if err != nil {
				return nil, err
			}
			if id == 0 {
				sys[item] = "unmatched " + item
				res.Misses = append(res.Misses, fmt.Sprintf("%s %s: no entity named %q", ge.ID, m.Doc, m.Name))
				continue
			}
			sys[item] = fmt.Sprint(id)
		}
	}
	res.Entities = Pairwise(gold, sys)
	for _, ge := range g.Entities {
		ids := map[string]bool{}
		for i := range ge.Mentions {
			if s := sys[fmt.Sprintf("%s/%d", ge.ID, i)]; !strings.HasPrefix(s, "unmatched") {
				ids["#"+s] = true
			}
		}
		if len(ids) > 1 {
			res.Misses = append(res.Misses, fmt.Sprintf("%s %s is split over entities %s", ge.ID, ge.Name, strings.Join(sortedSet(ids), ", ")))
		}
	}
	slices.Sort(res.Misses)
	return res, nil
}

// sysReport is a system report as the mapping reads it.
type sysReport struct {
	event int64
	typ   string
	title string // folded
	norm  string // folded evidence sentence
}

// rank orders the system reports of one sentence as matches of a gold
// report: the gold event's type first, then the report whose title shares
// the most words with the gold evidence (one sentence can report several
// events), then the shortest sentence.
func (r *sysReport) rank(typ, evidence string) float64 {
	score := 0.0
	if r.typ == typ {
		score += 1000
	}
	ev := strings.Fields(evidence)
	for _, w := range strings.Fields(r.title) {
		if len(w) > 2 && slices.Contains(ev, w) {
			score += 10
		}
	}
	return score - float64(len(r.norm))/1000
}

// mentionEntity finds the global entity of a gold mention, 0 when none.
func mentionEntity(ctx context.Context, st store.Store, d *annals.Document, storyID int64, m GoldMention, opt ChronicleOptions) (int64, error) {
	if d == nil {
		return 0, nil
	}
	ids, err := st.StoryEntityIDs(ctx, storyID)
	if err != nil {
		return 0, err
	}
	want := resolve.Normalize(m.Name)
	bare := stripHonorific(want)
	for _, pass := range []func(string) bool{
		func(n string) bool { return resolve.Normalize(n) == want },
		func(n string) bool { return stripHonorific(resolve.Normalize(n)) == bare },
	} {
		for _, e := range d.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if pass(n) {
					return ids[e.ID], nil
				}
			}
		}
	}
	if !opt.Offices {
		return 0, nil
	}
	for _, sep := range []string{" of ", " for "} {
		i := strings.LastIndex(m.Name, sep)
		if i <= 0 {
			continue
		}
		role, org := m.Name[:i], m.Name[i+len(sep):]
		orgs, err := st.FindEntities(ctx, org)
		if err != nil || len(orgs) == 0 {
			return 0, err
		}
		h, err := st.HolderAt(ctx, role, orgs[0].ID, d.Published)
		if err != nil || h == nil {
			return 0, err
		}
		return h.Person.ID, nil
	}
	return 0, nil
}

var (
	tags   = regexp.MustCompile(`<[^>]*>`)
	marks  = regexp.MustCompile(`[*_\[\]` + "`" + `]|\]\([^)]*\)`)
	spaces = regexp.MustCompile(`\s+`)
)

// fold makes evidence comparable across formats: markup and HTML entities
// out, quotes and dashes plain, whitespace collapsed, case folded.
func foldEvidence(s string) string {
	s = html.UnescapeString(tags.ReplaceAllString(s, " "))
	s = marks.ReplaceAllString(s, "")
	s = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'", "–", "-", "—", "-", "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// stripHonorific drops a leading "mr", "ms", "mrs" or "dr" from a
// normalized name: "Mr. Sall" is the alias "Sall" a story entity holds.
func stripHonorific(n string) string {
	for _, h := range []string{"mr ", "ms ", "mrs ", "dr "} {
		if rest, ok := strings.CutPrefix(n, h); ok {
			return rest
		}
	}
	return n
}
