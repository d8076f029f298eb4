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

// Near copies: a related story is shown as one text with another,
// although the store keeps them in two copy groups (CopyThreshold), when
// the estimated Jaccard similarity of their shingles (Similarity of their
// signatures) reaches NearCopy, or when it reaches nearPassage and most of
// the shorter story is in the other (NearContained of its shingles): a
// release re-published with a paragraph more or less, or one passage
// making up most of two stories.
const (
	NearCopy      = 0.5
	nearPassage   = 0.3
	NearContained = 0.75
)

// Shingles estimates how many shingles a signature was made of: each of
// its values is the least of the shingles' hashes under one function, and
// n uniform hashes have a least value near 1/(n+1) of the range (the
// maximum-likelihood estimate over the 128 functions; about 9% off).
func Shingles(sig []uint32) float64 {
	if len(sig) != mhHashes {
		return 0
	}
	var sum float64
	for _, v := range sig {
		sum -= math.Log1p(-(float64(v) + 0.5) / (1 << 32))
	}
	return mhHashes / sum
}

// nearCopy says whether two signatures of na and nb shingles (Shingles)
// are one text: similar (NearCopy), or one mostly inside the other.
func nearCopy(a, b []uint32, na, nb float64) bool {
	j := Similarity(a, b)
	if j >= NearCopy {
		return true
	}
	if j < nearPassage || na <= 0 || nb <= 0 {
		return false
	}
	// |A∩B| = J/(1+J) (|A|+|B|), over the shorter one
	return j/(1+j)*(na+nb)/min(na, nb) >= NearContained
}

// Folded is a related story shown for the ones that are one text with
// it: Also are the others, best first. Same is set when the text is the
// ranked story's own: its copies, published again elsewhere.
type Folded struct {
	Ranked
	Also []int64
	Same bool
}

// FoldCopies folds the ranked related stories (best first) of story self
// that are one text into one entry each, and returns the first limit
// entries: a story of the copy group of one shown before (group gives the
// original of each story's group; a story missing from it is its own), or
// whose signature (sigs, nil for short texts) is a near copy (NearCopy,
// NearContained) of the first story of an entry, is one of its Also. The stories of self's own
// group or near copies of self become one entry with Same set, where the
// first of them ranks. An entry is shown by the best ranked of its
// stories, or by its group's original when that is among them (the first
// published: the one to cite). Each story is compared with the shown
// ones through bands of two signature values, so that a long list is
// not compared pair by pair.
func FoldCopies(self int64, ranked []Ranked, group map[int64]int64, sigs map[int64][]uint32, limit int) []Folded {
	groupOf := func(id int64) int64 {
		if g, ok := group[id]; ok && g != 0 {
			return g
		}
		return id
	}
	type band struct {
		at   int
		a, b uint32
	}
	var (
		out     []Folded
		byGroup = map[int64]int{}  // a group's entry
		byBand  = map[band][]int{} // entries by their stories' bands
		repSig  [][]uint32         // the signature of each entry's first story
		repLen  []float64          // and its shingles (Shingles)
	)
	index := func(e int, sig []uint32) {
		if len(sig) != mhHashes {
			return
		}
		for i := 0; i+1 < len(sig); i += 2 {
			k := band{i, sig[i], sig[i+1]}
			if l := byBand[k]; len(l) == 0 || l[len(l)-1] != e {
				byBand[k] = append(l, e)
			}
		}
	}
	// near finds the entry holding a near copy of sig, -1 when none.
	near := func(sig []uint32, n float64) int {
		if len(sig) != mhHashes {
			return -1
		}
		best, bestSim := -1, 0.0
		var seen []int
		for i := 0; i+1 < len(sig); i += 2 {
			for _, e := range byBand[band{i, sig[i], sig[i+1]}] {
				if slices.Contains(seen, e) {
					continue
				}
				seen = append(seen, e)
				if s := Similarity(sig, repSig[e]); s > bestSim && nearCopy(sig, repSig[e], n, repLen[e]) {
					best, bestSim = e, s
				}
			}
		}
		return best
	}
	selfSig := sigs[self]
	selfLen := Shingles(selfSig)
	self = groupOf(self)
	selfEntry := -1
	for _, r := range ranked {
		g := groupOf(r.Story)
		sig := sigs[r.Story]
		n := Shingles(sig)
		e, ok := byGroup[g]
		if !ok {
			e = near(sig, n)
		}
		if e < 0 && (g == self || (len(selfSig) == mhHashes && len(sig) == mhHashes && nearCopy(sig, selfSig, n, selfLen))) {
			e = selfEntry
			if e < 0 && len(out) < limit {
				out = append(out, Folded{Ranked: r, Same: true})
				repSig, repLen = append(repSig, sig), append(repLen, n)
				e, selfEntry = len(out)-1, len(out)-1
				byGroup[g] = e
				index(e, sig)
				continue
			}
		}
		switch {
		case e >= 0:
			f := &out[e]
			if g == r.Story && groupOf(f.Story) == g && f.Story != g {
				// the group's original shows the entry
				f.Also = slices.Insert(f.Also, 0, f.Story)
				f.Story = r.Story
			} else {
				f.Also = append(f.Also, r.Story)
			}
			if _, ok := byGroup[g]; !ok {
				byGroup[g] = e
			}
		case len(out) < limit:
			out = append(out, Folded{Ranked: r})
			repSig, repLen = append(repSig, sig), append(repLen, n)
			e = len(out) - 1
			byGroup[g] = e
			index(e, sig)
		}
	}
	return out
}
