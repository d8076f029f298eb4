// Package storetest is what tests compare two stores by: every query's
// answer, as JSON (Chronicle), and the queries whose answers differ
// (Compare), as the cross-engine and queue tests do.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"annals/internal/store"
)

// Chronicle is what a store answers, query by query, as JSON: stats,
// the whole timeline, every event with its reports, every entity's page,
// the relations of the most prominent organizations two by two, every
// story with its facts and events, the list of stories, and searches
// (result sets: the engines rank differently).
func Chronicle(t *testing.T, s store.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	put := func(key string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		b, _ := json.Marshal(v)
		out[key] = string(b)
	}
	stats, err := s.Stats(ctx)
	put("stats", stats, err)
	tl, err := s.Timeline(ctx, store.EventFilter{Limit: 1 << 30})
	put("timeline", tl, err)
	for _, e := range tl {
		d, err := s.Event(ctx, e.ID)
		put(fmt.Sprint("event ", e.ID), d, err)
	}
	ents, err := s.Entities(ctx, store.EntityFilter{Limit: 1 << 30})
	put("entities", ents, err)
	var orgs []int64
	for _, e := range ents {
		p, err := s.EntityPage(ctx, e.ID)
		put(fmt.Sprint("entity ", e.ID), p, err)
		if e.Type == "ORG" && len(orgs) < 8 {
			orgs = append(orgs, e.ID)
		}
	}
	for _, a := range orgs {
		for _, b := range orgs {
			if a < b {
				rel, err := s.Timeline(ctx, store.EventFilter{Org: a, With: b, Limit: 1 << 30})
				put(fmt.Sprint("relations ", a, " ", b), rel, err)
			}
		}
	}
	list, err := s.Stories(ctx, 1<<30, 0)
	for i := range list {
		list[i].Ingested = time.Time{}
	}
	put("stories", list, err)
	for _, st := range list {
		story, doc, err := s.Story(ctx, st.ID)
		if err == nil {
			story.Ingested = time.Time{}
		}
		put(fmt.Sprint("story ", st.ID), []any{story, doc}, err)
		evs, err := s.StoryEvents(ctx, st.ID)
		put(fmt.Sprint("story events ", st.ID), evs, err)
	}
	// Queries both engines read alike. They differ on purpose elsewhere:
	// FTS5 stems with Porter, PostgreSQL with Snowball's English
	// ("generation" is "gener" to one, "generat" to the other), splits
	// hyphenated words otherwise (phrases across them), and only
	// PostgreSQL reads "-word" as NOT (docs/postgres.md).
	for _, q := range []string{"water", "secretary", "agreement OR memorandum", "Tedros", "UNESCO", "signed", "president", "Baku OR Istanbul OR Lima"} {
		hits, total, err := s.Search(ctx, q, store.SearchOptions{Limit: 1 << 20})
		var paths []string
		for _, h := range hits {
			paths = append(paths, h.Path)
		}
		slices.Sort(paths)
		put("search "+q, []any{total, paths}, err)
	}
	return out
}

// Compare reports the queries whose answers differ between a (SQLite's)
// and b (PostgreSQL's).
func Compare(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	diff := 0
	for _, k := range keys {
		if a[k] != b[k] {
			diff++
			if diff <= 5 {
				t.Errorf("%s: %s differs:\nSQLite:     %.2000s\nPostgreSQL: %.2000s", what, k, a[k], b[k])
			}
		}
	}
	if len(a) != len(b) {
		t.Errorf("%s: %d answers on SQLite, %d on PostgreSQL", what, len(a), len(b))
	}
	t.Logf("%s: %d answers compared, %d differ", what, len(a), diff)
}

// Canon is the chronicle a store holds, without its ids: what must be
// equal whatever order the stories were stored in and however many
// workers stored them, when ids differ. An entity is known by the story
// entities it resolves (story path and local id), an event by its reports
// (story path, evidence offset and type); each maps to its fields, with
// the entities and stories it refers to named the same way:
//
//   - "entity " + key: type, name, aliases, mention, story and event
//     counts, names, offices held and held in it;
//   - "event " + key: type, title, dates, place, status, counts,
//     participants, the citation and the disagreements;
//   - "story " + path: the story's copy-of and its roles as resolved.
func Canon(t *testing.T, s store.Store) map[string]string {
	t.Helper()
	return CanonRenamed(t, s, nil)
}

// CanonRenamed is Canon with the stories at the paths of rename's keys
// named by its values (two byte-identical files: the one stored first is
// kept, under its path).
func CanonRenamed(t *testing.T, s store.Store, rename map[string]string) map[string]string {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.Stories(ctx, 1<<30, 0)
	must(err)
	path := map[int64]string{}
	for i, st := range list {
		if to, ok := rename[st.Path]; ok {
			list[i].Path = to
		}
		path[st.ID] = list[i].Path
	}
	members := map[int64][]string{}
	for _, st := range list {
		ids, err := s.StoryEntityIDs(ctx, st.ID)
		must(err)
		for local, g := range ids {
			members[g] = append(members[g], st.Path+"#"+local)
		}
	}
	ent := func(id int64) string {
		if id == 0 {
			return ""
		}
		m := members[id]
		if m == nil {
			return fmt.Sprint("entity without stories ", id)
		}
		slices.Sort(m)
		if len(m) > 3 {
			return fmt.Sprint(m[:3], "+", len(m)-3)
		}
		return fmt.Sprint(m)
	}
	ref := func(r store.Ref) string { return fmt.Sprintf("%s %q %s", r.Type, r.Name, ent(r.ID)) }
	cite := func(c store.Citation) string {
		return fmt.Sprintf("%s@%d-%d", path[c.StoryID], c.Evidence.Start, c.Evidence.End)
	}
	roles := func(rs []store.RoleRow) []string {
		var out []string
		for _, r := range rs {
			var cs []string
			for _, c := range r.Citations {
				cs = append(cs, cite(c))
			}
			slices.Sort(cs)
			out = append(out, fmt.Sprintf("%s | %s | %s | %s-%s as of %s %v %s", ref(r.Person), r.Role, ref(r.Org), r.From, r.To, r.AsOf, cs, r.Inferred))
		}
		slices.Sort(out)
		return out
	}
	out := map[string]string{}
	put := func(key string, v any) {
		b, _ := json.Marshal(v)
		if _, dup := out[key]; dup {
			out[key] += " AND " + string(b)
			return
		}
		out[key] = string(b)
	}
	ents, err := s.Entities(ctx, store.EntityFilter{Limit: 1 << 30})
	must(err)
	for _, e := range ents {
		p, err := s.EntityPage(ctx, e.ID)
		must(err)
		var names []string
		for _, n := range p.Names {
			names = append(names, fmt.Sprintf("%+v", n))
		}
		slices.Sort(names)
		put("entity "+ent(e.ID), []any{e.Type, e.Name, e.Aliases, e.Mentions, e.Stories, e.Events, names, roles(p.Roles), roles(p.Officers)})
	}
	tl, err := s.Timeline(ctx, store.EventFilter{Limit: 1 << 30})
	must(err)
	for _, e := range tl {
		d, err := s.Event(ctx, e.ID)
		must(err)
		var reps []string
		for _, r := range d.AllReports {
			reps = append(reps, fmt.Sprintf("%s:%s", cite(r.Citation), r.Type))
		}
		slices.Sort(reps)
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, ref(p))
		}
		slices.Sort(parts)
		var notes []string
		for _, n := range e.Disagreements {
			var vs []string
			for _, v := range n.Values {
				var cs []string
				for _, c := range v.Citations {
					cs = append(cs, cite(c))
				}
				slices.Sort(cs)
				vs = append(vs, fmt.Sprint(v.Value, cs))
			}
			notes = append(notes, fmt.Sprint(n.Field, n.Note, vs))
		}
		put("event "+strings.Join(reps, " "), []any{e.Type, e.Title, e.Date, e.DateEnd, e.Place, ent(e.PlaceID), e.Status,
			e.Reports, e.Sources, parts, cite(e.Citation), notes})
	}
	for _, st := range list {
		_, doc, err := s.Story(ctx, st.ID)
		must(err)
		put("story "+st.Path, []any{path[st.CopyOf], len(doc.Entities), len(doc.Events), len(doc.Roles)})
	}
	return out
}

// CompareCanon reports the keys of two Canon forms that differ, and
// returns how many do.
func CompareCanon(t *testing.T, what string, a, b map[string]string) int {
	t.Helper()
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	// stories first: a story missing explains the rest
	slices.SortFunc(sorted, func(x, y string) int {
		if sx, sy := strings.HasPrefix(x, "story "), strings.HasPrefix(y, "story "); sx != sy {
			if sx {
				return -1
			}
			return 1
		}
		return strings.Compare(x, y)
	})
	diff := 0
	for _, k := range sorted {
		if a[k] != b[k] {
			diff++
			if diff <= 8 {
				t.Errorf("%s: %.300s differs:\nfirst:  %.1500s\nsecond: %.1500s", what, k, a[k], b[k])
			}
		}
	}
	t.Logf("%s: %d facts compared, %d differ", what, len(sorted), diff)
	return diff
}
