package chronicle

// Related stories: which stories to read next after one.

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// StoryEntity is an entity of the story related stories are ranked for.
type StoryEntity struct {
	ID      int64
	Stories int    // stories naming it: its document frequency
	Short   string // its acronym, else its name, for reasons
}

// RelatedBudget is about how many story links the candidate pool of
// Related reads: candidates come from the rarer entities until it is
// spent, common entities add to scores but not to the pool.
const RelatedBudget = 600

// RelatedPool picks the entities (given rarest first) whose stories are
// the candidates: the rarer ones, until RelatedBudget story links.
func RelatedPool(ents []StoryEntity) []int64 {
	var pool []int64
	budget := 0
	for _, e := range ents {
		if len(pool) > 0 && budget+e.Stories > RelatedBudget {
			break
		}
		pool = append(pool, e.ID)
		budget += e.Stories
	}
	return pool
}

// StoryPair is a fact another story shares with the ranked one: an event
// (Type set) or an entity (Entity set).
type StoryPair struct {
	Story  int64
	Type   string
	Entity int64
}

// TextHit is a story found by the ranked story's rarer title words, with
// its full-text rank (bm25 as SQLite gives it: more negative is better).
type TextHit struct {
	Story int64
	Rank  float64
}

// Ranked is a related story, its score and why.
type Ranked struct {
	Story  int64
	Score  float64
	Reason string // "shares UNAOC, Al-Nasser; same conference"
}

// RankRelated ranks other stories for a story among total stories: each
// shared entity adds its inverse document frequency (a rare entity counts
// more than the United Nations), each shared event 3, and similar text up
// to 2 (the best hit 2, the others in proportion of their rank). pool are
// the candidates from the rarer entities (RelatedPool); events, text and
// shared are the story's shared events, text hits (best first) and shared
// entities. The best limit are returned, best first (then the newest id).
func RankRelated(total int, ents []StoryEntity, pool []int64, events []StoryPair, text []TextHit, shared []StoryPair, limit int) []Ranked {
	type cand struct {
		score  float64
		shared []int64
		events []string
		text   bool
	}
	idf := map[int64]float64{}
	short := map[int64]string{}
	for _, e := range ents {
		idf[e.ID] = math.Log(float64(total+1) / float64(max(e.Stories, 1)))
		short[e.ID] = e.Short
	}
	cands := map[int64]*cand{}
	get := func(id int64) *cand {
		c := cands[id]
		if c == nil {
			c = &cand{}
			cands[id] = c
		}
		return c
	}
	for _, id := range pool {
		get(id)
	}
	for _, e := range events {
		c := get(e.Story)
		c.score += 3
		c.events = append(c.events, e.Type)
	}
	var best float64
	for _, h := range text {
		if best == 0 {
			best = h.Rank // the most negative is the best
		}
		c := get(h.Story)
		c.text = true
		if best < 0 {
			c.score += 2 * h.Rank / best
		}
	}
	for _, s := range shared {
		if w, ok := idf[s.Entity]; ok {
			if c := cands[s.Story]; c != nil {
				c.shared = append(c.shared, s.Entity)
				c.score += w
			}
		}
	}
	ids := make([]int64, 0, len(cands))
	for id := range cands {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		return cmp.Or(cmp.Compare(cands[b].score, cands[a].score), cmp.Compare(b, a))
	})
	ids = ids[:min(limit, len(ids))]
	out := make([]Ranked, 0, len(ids))
	for _, id := range ids {
		c := cands[id]
		slices.SortFunc(c.shared, func(a, b int64) int { return cmp.Compare(idf[b], idf[a]) })
		var parts []string
		if len(c.shared) > 0 {
			var names []string
			for _, e := range c.shared[:min(3, len(c.shared))] {
				names = append(names, short[e])
			}
			if len(c.shared) > 3 {
				names = append(names, fmt.Sprintf("%d more", len(c.shared)-3))
			}
			parts = append(parts, "shares "+strings.Join(names, ", "))
		}
		if len(c.events) > 0 {
			parts = append(parts, "same "+c.events[0])
		}
		if c.text && len(parts) == 0 {
			parts = append(parts, "similar text")
		}
		out = append(out, Ranked{Story: id, Score: math.Round(c.score*1000) / 1000, Reason: strings.Join(parts, "; ")})
	}
	return out
}
