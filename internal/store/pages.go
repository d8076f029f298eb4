package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strconv"

	"annals"
)

// This file holds the parts of the entity page that count: the entities
// named with it and the organizations it has events with. Each reads
// its rows in one statement and counts them here, where the engine
// grouped and sorted thousands of rows (docs/performance.md, "The entity
// page counts in Go").

// entityRef is an entity as the page's lists show it, with its
// prominence for their ties.
type entityRef struct {
	Ref
	stories int
}

// entityRefs reads the entities ids (unknown ids are left out), their
// names and types only (stories 0): the lists of a page name a thousand
// entities and more (the participants of a year's 300 events of the most
// prominent entity at 296,083 stories: 1,678), and each was looked up
// in two tables.
func (s *DB) entityRefs(ctx context.Context, ids []int64, into map[int64]entityRef) error {
	return s.readEntityRefs(ctx, `SELECT e.id, e.name, e.type, 0 FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`, ids, into)
}

// rankedEntityRefs is entityRefs with each entity's number of stories,
// for the ties of a list ranked by prominence.
func (s *DB) rankedEntityRefs(ctx context.Context, ids []int64, into map[int64]entityRef) error {
	return s.readEntityRefs(ctx, `SELECT e.id, e.name, e.type, c.stories FROM entities e JOIN entity_counts c ON c.id = e.id WHERE e.id IN (SELECT value FROM json_each(?))`, ids, into)
}

// readEntityRefs reads the entities ids by q (their id, name, type and
// stories, given the ids as a JSON list) into into.
func (s *DB) readEntityRefs(ctx context.Context, q string, ids []int64, into map[int64]entityRef) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := s.r.QueryContext(ctx, q, jsonIDs(ids))
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e entityRef
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.stories); err != nil {
			return err
		}
		into[e.ID] = e
	}
	return s.wrap(rows.Err())
}

// parseIDList appends to dst the integers of an idList ("3,17,5").
func parseIDList(b []byte, dst []int64) ([]int64, error) {
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != ',' {
			i++
		}
		n, err := strconv.ParseInt(string(b[:i]), 10, 64)
		if err != nil {
			return dst, err
		}
		dst = append(dst, n)
		if i < len(b) {
			i++
		}
		b = b[i:]
	}
	return dst, nil
}

// cooccurring lists the entities named with entity id most, over its
// latest entityCoStories stories (newest first, as its first page of
// stories: a walk of its index by day of publication, schemaV18; by id
// before it): the 20 named in the most of
// them, ties by prominence (stories naming them, then id). Each story's
// entities come as one list, its row of story_entity_sets (schema v20,
// PostgreSQL's v18), where they were its 20 to 50 entries of the
// covering story index, counted once a story here (docs/scale.md,
// session 29); only the entities counted at least as often as the
// twentieth are read.
func (s *DB) cooccurring(ctx context.Context, id int64) ([]Cooccurrence, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT (SELECT `+s.d.entitySet+` FROM story_entity_sets o WHERE o.story_id = mine.story_id)
		FROM (SELECT story_id FROM story_entities WHERE entity_id = ?1
			GROUP BY pub_day, story_id ORDER BY pub_day DESC NULLS LAST, story_id DESC LIMIT `+strconv.Itoa(entityCoStories)+`) mine`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	counts := map[int64]int{}
	var list []int64
	for rows.Next() {
		var b sql.RawBytes
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return nil, err
		}
		if list, err = parseIDList(b, list[:0]); err != nil {
			rows.Close()
			return nil, err
		}
		slices.Sort(list)
		for _, e := range slices.Compact(list) {
			if e != id {
				counts[e]++
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// Those counted at least as often as the twentieth.
	ns := make([]int, 0, len(counts))
	for _, n := range counts {
		ns = append(ns, n)
	}
	least := 0
	if len(ns) >= 20 {
		slices.SortFunc(ns, func(a, b int) int { return cmp.Compare(b, a) })
		least = ns[19]
	}
	var ids []int64
	for e, n := range counts {
		if n >= least {
			ids = append(ids, e)
		}
	}
	refs := make(map[int64]entityRef, len(ids))
	if err := s.rankedEntityRefs(ctx, ids, refs); err != nil {
		return nil, err
	}
	out := make([]Cooccurrence, 0, len(refs))
	for _, e := range refs {
		out = append(out, Cooccurrence{Ref: e.Ref, Stories: counts[e.ID]})
	}
	slices.SortFunc(out, func(a, b Cooccurrence) int {
		return cmp.Or(cmp.Compare(b.Stories, a.Stories), cmp.Compare(refs[b.ID].stories, refs[a.ID].stories), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), 20)], nil
}

// partnerTally is what the partners list says of one participant.
type partnerTally struct {
	n           int
	first, last annals.Date
}

// countPartners counts, over events (their dates as dates) and their
// participants (parts), the events each participant other than id takes
// part in, and its first and last dates: the earliest date given, the
// latest end (or date, for an event without one).
func countPartners(id int64, dates map[int64][2]annals.Date, parts map[int64][]int64) map[int64]*partnerTally {
	out := map[int64]*partnerTally{}
	for ev, d := range dates {
		date, end := d[0], d[1]
		if end == "" {
			end = date
		}
		for _, p := range parts[ev] {
			if p == id {
				continue
			}
			t := out[p]
			if t == nil {
				t = &partnerTally{}
				out[p] = t
			}
			t.n++
			if date != "" && (t.first == "" || date < t.first) {
				t.first = date
			}
			if end > t.last {
				t.last = end
			}
		}
	}
	return out
}

// partners lists the organizations among tallies, the 50 with the most
// events (ties by id), reading the entities in the order of their counts
// until 50 are organizations; refs holds the entities read before, and
// gets those read here.
func (s *DB) partners(ctx context.Context, tallies map[int64]*partnerTally, refs map[int64]entityRef) ([]Partner, error) {
	ids := make([]int64, 0, len(tallies))
	for e := range tallies {
		ids = append(ids, e)
	}
	slices.SortFunc(ids, func(a, b int64) int { return cmp.Or(cmp.Compare(tallies[b].n, tallies[a].n), cmp.Compare(a, b)) })
	out := []Partner{}
	for i := 0; i < len(ids) && len(out) < 50; {
		// The next ids not read yet, a hundred at a time.
		var need []int64
		for j := i; j < len(ids) && len(need) < 100; j++ {
			if _, ok := refs[ids[j]]; !ok {
				need = append(need, ids[j])
			}
		}
		if err := s.entityRefs(ctx, need, refs); err != nil {
			return nil, err
		}
		for ; i < len(ids) && len(out) < 50; i++ {
			e, ok := refs[ids[i]]
			if !ok {
				if slices.Contains(need, ids[i]) {
					continue // no such entity
				}
				break // not read yet
			}
			if e.Type == annals.Org {
				t := tallies[e.ID]
				out = append(out, Partner{Ref: e.Ref, Events: t.n, First: t.first, Last: t.last})
			}
		}
	}
	return out, nil
}
