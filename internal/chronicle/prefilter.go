package chronicle

// A prefilter for candidates: which reports found through the index can
// link at all.
//
// A report is looked up in report_keys under each of its key entities
// (participants and place) and buckets; in a large chronicle a very
// common participant (a country most releases name) makes that a long
// list: at 31,000 generated stories a lookup found 39 reports on average
// (1.3 at 1,000), and reading and testing them was most of the cost of
// storing a story. Most of them cannot link: the rule needs 2.5 points,
// and a report from another story, on no same stated day, with no
// specific title word or edition in common, scores at most one point per
// shared participant, one for overlapping dates and one for the same
// place: with one shared participant and another place, or none, that is
// 2 at most. MayLink states that bound; the store evaluates the same
// condition in SQL on the index rows, which say whether their entity is a
// participant or the place of their report, before it reads a candidate
// (candidates in cluster.go), so the candidates it drops are exactly ones
// Link would refuse, and the events do not change. At 100,000 stories
// that leaves 9.6 candidates a lookup (17.4 when any second shared key
// entity or a shared place let a report through).

import (
	"hash/fnv"
	"time"

	"annals"
)

// TitleBits is a 64-bit signature of the specific words of a title
// (title words as TitleTokens gives them): one bit per word. Two titles
// that share a specific word share a bit, so a zero AND of two signatures
// proves a title similarity of 0. An edition number is one of the words,
// so two titles of the same edition share a bit too.
func TitleBits(words []string) int64 {
	var bits uint64
	for _, w := range specific(words) {
		h := fnv.New64a()
		h.Write([]byte(w))
		bits |= 1 << (h.Sum64() % 64)
	}
	return int64(bits)
}

// DayKey is a number for the stated days of a report (its window lo..hi
// when the report states a day and not weak), 0 for any other: two
// reports of the same stated day (DateSameDay) have the same non-zero
// key.
func DayKey(date annals.Date, lo, hi string, weak bool) int64 {
	if weak || date.Precision() != annals.Day {
		return 0
	}
	l, err1 := time.Parse(time.DateOnly, lo)
	h, err2 := time.Parse(time.DateOnly, hi)
	if err1 != nil || err2 != nil {
		return 0
	}
	days := l.Unix() / 86400
	return (days+1<<20)<<20 | int64(h.Sub(l).Hours()/24)&(1<<20-1)
}

// MayLink reports whether b, found as a candidate of a (it shares one of
// a's key entities, KeyEntities), could link with a: it is false only
// when Link(a, b) is sure to be false.
//
// Without the same story, a shared title word or edition (TitleBits) or
// the same stated day, a pair scores at most one point per shared
// participant, one for overlapping dates and one for the same place: it
// needs two shared participants, or one and the same place, to reach
// LinkThreshold. A place that is no entity is compared by name, which
// the index does not hold: then every candidate may link.
func MayLink(a, b *Report) bool {
	switch {
	case a.Story == b.Story:
		return true
	case a.Place == 0 && a.PlaceNorm != "":
		return true
	case TitleBits(a.Title)&TitleBits(b.Title) != 0:
		return true
	}
	if n := len(sharedIDs(a.Parts, b.Parts)); n >= 2 || n == 1 && a.Place != 0 && a.Place == b.Place {
		return true
	}
	rel, _ := DateRelation(a, b)
	return rel == DateSameDay
}
