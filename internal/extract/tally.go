package extract

import (
	"strings"

	"annals/internal/text"
)

// Tallies: "The Agency has signed 40 agreements with partners", "the
// President has nominated a total of 154 judges", "56 nations have signed
// the Declaration". A verb in the present perfect with a count of what it
// did tells many acts over a time up to the story, which the story does
// not date: none of them happened on the story's day, and the event gets
// no date rather than that day.

// perfectAdverbs may stand between "has" and its participle in a tally
// ("has also awarded", "have already signed"). ("just" and "recently"
// tell one act of the last days: "has just signed 3 agreements".)
var perfectAdverbs = set("also", "already", "now", "so", "far", "thus", "collectively", "together", "jointly", "since", "successfully")

// tallyVerb returns the token of the participle of the present perfect
// that tells the event at trigger i, or -1: the trigger itself ("has
// signed", "have also met"), or the verb whose object the trigger's noun
// is, a few words before it with no punctuation between ("has signed 40
// agreements", "has held 12 grant workshops").
func (s *state) tallyVerb(i, a int) int {
	for v := i; v >= a && v >= i-5; v-- {
		if v < i && s.toks[v].Kind == text.Punct {
			return -1
		}
		if s.toks[v].Kind != text.Word {
			continue
		}
		k := v - 1
		for k >= a && k > v-4 && perfectAdverbs.has(s.lw(k)) {
			k--
		}
		if k >= a && k < v {
			w := s.lw(k)
			if (w == "has" || w == "have" || contractionTail(w) == "ve") && participle(s.lw(v)) {
				return v
			}
		}
	}
	return -1
}

// participle reports whether w looks like a past participle: a word in
// "-ed" or one of the irregular ones of what events tell.
func participle(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return !notPastED[w]
	}
	switch w {
	case "met", "held", "made", "sent", "built", "given", "brought", "spent", "won", "taken", "led", "paid", "sold", "undertaken", "begun", "written", "spoken":
		return true
	}
	return false
}

// tallied reports whether the event at trigger i, in sentence tokens
// [a,b), is told as a tally (see Tallies): its verb in the present
// perfect with a count of two or more right after it ("has signed 40 agreements", "has nominated a total of 154
// individuals", "has funded over 800 projects") or as the subject right
// before the auxiliary ("56 nations have signed"). A sum of money counts
// what was spent over time the same way ("has invested $28 million in
// 25 states").
func (s *state) tallied(i, a, b int) bool {
	v := s.tallyVerb(i, a)
	if v < 0 {
		return false
	}
	aux := v - 1
	for perfectAdverbs.has(s.lw(aux)) {
		aux--
	}
	for _, f := range s.figures {
		k := s.tokAt(f.Start)
		if k >= b {
			break
		}
		if f.Value < 2 || f.Unit == "percent" {
			continue
		}
		if k > v && k <= v+4 && s.countFollows(v, k) {
			return true
		}
		// the subject counted: "56 nations have signed"
		if ke := s.tokEndAt(f.End); ke == aux && k >= a && !isCurrencyCode(f.Unit) {
			return true
		}
	}
	return false
}

// tallyLinks are the words that may stand between a tally's verb and
// its count: "has nominated a total of 154", "have signed on to 12". Any
// other word, a clause's ("has announced that 38 communities have
// joined", "has announced it will invest $15 billion"), makes the count
// another verb's.
var tallyLinks = set("a", "an", "total", "of", "up", "on", "out", "to", "with", "another", "additional")

// countFollows reports whether only tallyLinks stand between the verb at
// token v and the count at token k (v < k).
func (s *state) countFollows(v, k int) bool {
	for n := v + 1; n < k; n++ {
		if !tallyLinks.has(s.lw(n)) {
			return false
		}
	}
	return true
}
