package extract

import (
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
