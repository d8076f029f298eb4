package extract

import "time"

// History told on: a sentence with no date of its own, told in the past,
// that goes on with a past its paragraph dated just before, a year or
// more before the story ("On June 14, 1775, the Continental Congress
// established the Army. Congress later appointed George Washington as
// the Commander in Chief."; "In 1948, the General Assembly adopted the
// Declaration. The Assembly later established the Commission."), tells
// that history, not the news of the story's day: its events take no
// date rather than the story's. ("That year ..." takes the year told
// before: anaphoricDate.) A sentence that tells the present or what is
// to come ("is", "will", "today"), or whose paragraph's last date is
// recent or opens a state ("its first session since 2019"), is news.

// presentCues are the words by which a sentence tells the present or
// what lies ahead, not a past.
var presentCues = set("will", "shall", "is", "are", "am", "today", "tonight", "now", "currently", "tomorrow",
	"upcoming", "next", "continues", "remains")

// narrativeAhead are words the date reader counts as looking ahead that a
// history tells as well: "when he was nine", "to venture", "would go on
// to".
var narrativeAhead = set("to", "when", "if", "would", "be")

// historyTold reports whether the sentence si, whose event at trigger i
// has no date of its own, goes on with a history the one or two sentences
// before it in its paragraph dated a year or more before the story.
func (s *state) historyTold(i, si int) bool {
	if s.published == "" || si == 0 {
		return false
	}
	pub, _, ok := s.published.Bounds()
	if !ok {
		return false
	}
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for j := a; j < b; j++ {
		if s.dateAt(j) >= 0 || !s.quoteZone[j] && s.is(j, cPresentCues) {
			return false
		}
	}
	if !s.toldInPast(i, a, b) {
		return false
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		pa, pb := s.sentTok[p][0], s.sentTok[p][1]
		// (each sentence from the dated one on is told in the past: not
		// "The committee last met in 2009 and is the mandated entity",
		// nor after "Veterans face high risks of fraud")
		if pa >= pb || s.paraBreak(pb-1, s.sentTok[p+1][0]) || !s.pastSentence(pa, pb) {
			return false
		}
		for k := pb - 1; k >= pa; k-- {
			d := s.dateAt(k)
			if d < 0 || s.dates[d].Value == "" {
				continue
			}
			x := s.dates[d]
			v := x.Value
			if x.ValueEnd != "" {
				v = x.ValueEnd
			}
			_, last, ok := v.Bounds()
			k0 := s.tokAt(x.Start)
			// (not a name's year: "the Hate Crimes Prevention Act of
			// 2009")
			return ok && pub.Sub(last) > 365*24*time.Hour && !s.sinceDate(k0) && !(s.lw(k0-1) == "of" && s.capLike(k0-2)) && (k0 == pa || s.pastNear(x.Start, x.End))
		}
	}
	return false
}

// pastSentence reports whether tokens [a,b) are told in the past: a verb
// of the past, and no word of the present or of what lies ahead, outside
// quotes.
func (s *state) pastSentence(a, b int) bool {
	past := false
	for j := a; j < b; j++ {
		if s.quoteZone[j] || s.dateAt(j) >= 0 {
			continue
		}
		if s.is(j, cPresentCues) {
			return false
		}
		switch v := s.tense(j); {
		case v > 0 && !narrativeAhead.has(s.lw(j)):
			return false
		case v < 0:
			past = true
		}
	}
	return past
}

// toldInPast reports whether the event at trigger i of tokens [a,b) is
// told in the past: the trigger is a verb in the past ("appointed",
// "met"), or the nearest verb before it in its clause is ("was appointed
// by", "visited Moscow to meet"), or, with none before, the nearest after
// it, an auxiliary of the past ("The meeting was held in Paris").
func (s *state) toldInPast(i, a, b int) bool {
	if v := s.tense(i); v != 0 {
		return v < 0
	}
	for j := i - 1; j >= a && j >= i-8; j-- {
		if w := s.word(j); w == ";" || w == ":" {
			break
		}
		if s.lw(j) == "to" {
			continue // a purpose: "visited Moscow to meet Stalin"
		}
		if v := s.tense(j); v != 0 {
			return v < 0
		}
	}
	for j := i + 1; j < b && j <= i+4; j++ {
		// (after it, only an auxiliary: "focused on" after "provides a
		// course" is no past of the course's)
		if w := s.lw(j); w == "was" || w == "were" || w == "had" {
			return true
		}
	}
	return false
}

// pluperfectAdverbs are the adverbs that may stand between "had" and its
// participle: "had subsequently met", "had already signed".
var pluperfectAdverbs = set("already", "just", "also", "once", "then", "earlier", "previously", "subsequently",
	"recently", "first", "twice", "never", "personally", "jointly", "formally", "successfully")

// pluperfect reports whether the trigger at token i is told in the past
// perfect, a past before the story's news the story does not date: "had
// met", "had been appointed", "I had subsequently met with the heads of
// 13 companies", "had also been elected".
func (s *state) pluperfect(i int) bool {
	j := i - 1
	if s.lw(j) == "been" {
		j--
	}
	for n := 0; n < 2 && s.is(j, cPluperfectAdverbs); n++ {
		j--
	}
	if s.lw(j) == "been" && j == i-2 {
		j--
	}
	return s.lw(j) == "had"
}

// careerTold reports whether the event at trigger i of sentence [a,b) is
// a past told in passing: the sentence sets it in a career, a tenure or a
// life, opening the sentence or a few words after the trigger ("Early
// in her career, X wrote a letter", "Throughout her career Ms. X has
// been active ...", "visited the island early in his tenure"), or a
// relative clause tells it as what came later ("George Washington—whom
// Congress later appointed as the Commander in Chief"). Such an act has
// no date the story gives.
func (s *state) careerTold(i, a, b int) bool {
	for k := a; k+2 < b; k++ {
		if !careerSpans.has(s.lw(k+2)) || !s.is(k+1, cPersonalPronouns) && !possessivePronouns.has(s.lw(k+1)) {
			continue
		}
		// (opening the sentence, or a few words after the trigger: not
		// "welcoming her husband, whom she praised for promoting women
		// throughout their careers")
		switch w := s.lw(k); {
		case (w == "throughout" || w == "during") && (k == a || k > i && k-i <= 6):
			return true
		case w == "in" && k > a && (s.lw(k-1) == "early" || s.lw(k-1) == "earlier" || s.lw(k-1) == "later") && (k-1 == a || k-1 > i && k-1-i <= 6):
			return true
		}
	}
	// "whom Congress later appointed", "who later became"
	for k := i - 1; k >= a && k >= i-4; k-- {
		if s.lw(k) != "later" {
			continue
		}
		for r := k - 1; r >= a && r >= k-3; r-- {
			if w := s.lw(r); w == "whom" || w == "who" || w == "which" {
				return true
			}
		}
	}
	return false
}

// careerSpans are the spans of a person's past a sentence may set an act
// in: "early in her career", "throughout his tenure".
var careerSpans = set("career", "careers", "tenure", "life", "youth")

// possessivePronouns open a person's span: "her career".
var possessivePronouns = set("his", "her", "their", "my", "our", "your")
