package extract

import (
	"slices"
	"strings"

	"annals"
	"annals/internal/text"
)

// A run-in heading opens a paragraph of a fact sheet with what was done,
// in a few words and no subject, and the sentence after it tells it:
// "Launched an initiative to cut junk fees. In September 2022, the
// President announced an initiative to ..." (the bold of "**Launched an
// initiative to cut junk fees.**" is gone once read). The heading's event
// was dated by the story's day for want of a date of its own; the act is
// the one its body tells, dated as the body dates it, or not at all.

// maxHeadingTokens is the most tokens a run-in heading holds.
const maxHeadingTokens = 30

// runInHeading reports whether sentence si is a run-in heading whose
// event's trigger is token i: it opens its paragraph and the paragraph
// goes on after it, it is short and ends with a full stop, and it opens
// with a verb that has no subject ("Launched ...", "Establishing ...",
// "Hosting the First-Ever Meeting ..."), no comma or colon in it.
func (s *state) runInHeading(si, i int) bool {
	if si+1 >= len(s.sents) || si == 0 && s.bodyStart > 0 {
		return false
	}
	st, en := s.sents[si].Start, s.sents[si].End
	if si > 0 && !strings.Contains(s.text[s.sents[si-1].End:st], "\n") || strings.Contains(s.text[en:s.sents[si+1].Start], "\n") {
		return false
	}
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	if b-a > maxHeadingTokens || b-a < 3 || s.word(b-1) != "." {
		return false
	}
	for k := a; k < b; k++ {
		// "Meeting after the Summit in Vilnius, the leaders reconfirmed
		// ...": a clause before its subject; "Signing of the X: The
		// United States and Japan signed ...": the heading's body is in
		// its sentence
		if w := s.word(k); w == "," || w == ":" {
			return false
		}
	}
	if s.toks[a].Kind != text.Word || !text.IsCap(s.word(a)) || s.tokMent[a] != nil || s.is(a, cNotHeadingVerbs) {
		return false
	}
	w := s.lw(a)
	return s.is(a, cHeadingVerbs) || len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// notHeadingVerbs end in "-ing" or "-ed" and open sentences with a
// subject or a phrase of time: "Nothing is more ...", "During the visit".
var notHeadingVerbs = set("nothing", "something", "anything", "everything", "during", "morning", "evening", "according",
	"including", "regarding", "concerning", "following", "notwithstanding", "pending", "hundred", "hundreds")

// headingDates gives an event a run-in heading tells with no date of its
// own what the body sentence after it tells: the date, status, place and
// people of the body's event (of the heading's type first), or, when the
// body tells none, the date it writes, or no date ("Establishing a
// Center for X. The Budget provides funding for ..." is no act of the
// story's day).
func (s *state) headingDates() {
	var told map[int][]*event // sentence -> the events it tells
	for _, e := range s.events {
		if e.explicit || e.sent < 0 || e.sent+1 >= len(s.sents) || !s.runInHeading(e.sent, e.anchor) {
			continue
		}
		if told == nil {
			told = map[int][]*event{}
			for _, o := range s.events {
				told[o.sent] = append(told[o.sent], o)
			}
		}
		var body *event
		for _, o := range told[e.sent+1] {
			if body == nil || o.typ == e.typ && body.typ != e.typ {
				body = o
			}
		}
		if body != nil && e.status == annals.Planned && body.status == annals.Held {
			// "Preparing for a second Supply Chain Summit. In September
			// 2024, Commerce held its first Supply Chain Summit": what the
			// body tells done is not what the heading has to come
			continue
		}
		if body != nil {
			e.date, e.dateEnd, e.explicit, e.status = body.date, body.dateEnd, body.explicit, body.status
			if e.place == "" {
				e.place = body.place
			}
			if len(e.parts) == 0 {
				e.parts = append(e.parts, body.parts...)
			}
			continue
		}
		e.date, e.dateEnd = "", ""
		if d := s.frontedDate(e.sent + 1); d != "" {
			e.date, e.explicit = d, true
		}
	}
}

// frontedDate returns the calendar date (a year, a month or a day) that
// opens sentence si, dating its clause ("In January 2024, DoD began ...",
// "Last year, ..."), or "": a date further on may be another thing's
// ("critical to net zero by 2050").
func (s *state) frontedDate(si int) annals.Date {
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for _, d := range s.dates {
		k := s.tokAt(d.Start)
		if k < a {
			continue
		}
		if k > a+1 || k >= b || k == a+1 && s.lw(a) != "in" && s.lw(a) != "on" || s.quoteZone[k] || d.ValueEnd != "" {
			break
		}
		switch d.Value.Precision() {
		case annals.Year, annals.Month, annals.Day:
			return d.Value
		}
		break
	}
	return ""
}

// A heading set alone on its line inside a story (a section's "<h2>", a
// headline the reader did not take for the title) tells in a few words
// the event the paragraph under it tells: "Mission concludes visit to
// Moldova" over "A delegation of the Commission concluded on Thursday a
// four-day visit to Moldova." is one visit, told by the body, not a
// second one of the story's day.

// maxLineHeadingTokens is the most tokens a heading on its own line holds.
const maxLineHeadingTokens = 16

// lineHeading reports whether sentence si, not the headline, is a
// heading on its own line: a paragraph of its own, a few words opening with a capital and ending
// with no stop, followed by more text.
func (s *state) lineHeading(si int) bool {
	// (the headline is read apart: addEvent)
	if si+1 >= len(s.sents) || si == 0 && s.bodyStart > 0 {
		return false
	}
	st, en := s.sents[si].Start, s.sents[si].End
	if si > 0 && !strings.Contains(s.text[s.sents[si-1].End:st], "\n") || !strings.Contains(s.text[en:s.sents[si+1].Start], "\n") {
		return false
	}
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	if b-a < 3 || b-a > maxLineHeadingTokens || s.toks[a].Kind != text.Word || !text.IsCap(s.word(a)) {
		return false
	}
	switch s.word(b - 1) {
	case ".", "!", "?", ":", ";", ",", "\"", "”", "’", ")":
		return false
	}
	return true
}

// headingsJoined joins the event a heading on its own line tells with no
// date of its own to the event of its type the text under it tells
// first, before the next heading and within maxHeadingReach sentences:
// the body's evidence, date and title, with the heading's people and
// place where the body has none; not when the heading names someone the
// body does not, or another city or country, or when the body's event is
// one to come ("an upcoming visit") and the heading's done.
func (s *state) headingsJoined() {
	var gone map[*event]bool
	for _, e := range s.events {
		if e.explicit || e.sent < 0 || gone[e] || !s.lineHeading(e.sent) || s.runInHeading(e.sent, e.anchor) {
			continue
		}
		var body *event
		for _, o := range s.events {
			if o == e || gone[o] || o.typ != e.typ || o.sent <= e.sent || o.sent > e.sent+maxHeadingReach || s.headingBetween(e.sent, o.sent) {
				continue
			}
			if body == nil || o.sent < body.sent || o.sent == body.sent && o.anchor < body.anchor {
				body = o
			}
		}
		if body == nil || personApart(e, body) || s.citiesApart(e.place, body.place) || body.status == annals.Planned && e.status == annals.Held && s.futureMarked(body.anchor) {
			continue
		}
		title := body.title
		if e.borrowed {
			// (the people a heading naming no one took from the sentence
			// before, the section above, are not the body's)
			e.parts = nil
		}
		body.merge(e)
		if title != "" {
			body.title = title
		}
		if gone == nil {
			gone = map[*event]bool{}
		}
		gone[e] = true
	}
	if gone != nil {
		s.events = slices.DeleteFunc(s.events, func(e *event) bool { return gone[e] })
	}
}

// maxHeadingReach is how many sentences after a heading its event may be
// told by the body.
const maxHeadingReach = 4

// headingBetween reports whether a heading on its own line lies after
// sentence a and up to sentence b.
func (s *state) headingBetween(a, b int) bool {
	for si := a + 1; si <= b; si++ {
		if s.lineHeading(si) {
			return true
		}
	}
	return false
}
