package extract

import (
	"annals"
	"annals/internal/text"
)

// Programmes: work carried out over time — programmes, exchanges,
// training, workshops, seminars, fellowships, courses, projects.
//
// The rule accepts a named programme ("the Youth Exchange Program", "the
// Fellowship Programme") and one told as carried out ("the programme was
// conducted in May"), a youth, student or cultural exchange, and training,
// a course or a project introduced as one ("a joint project", "the
// training on", "a course for"). It rejects a programme or campaign named
// as where an office was held ("served as Vice Chair of the X Campaign"),
// "exchange" of views or fire, "cross-cultural exchange", "the course of",
// a course as a direction ("set a course for", "stay the course"), a
// fellowship held in a career ("completed a fellowship in leadership"),
// "training course" (the course is the word that counts) and a word of an
// organization's name ("World Food Programme").
var programmeWords = []string{
	"program", "programme", "exchange", "exchanges",
	"training", "workshop", "workshops", "seminar",
	"fellowship", "course", "project", "internship",
}

// programmeAt returns the event type the programme word w at token i
// signals in its context, or "".
func (s *state) programmeAt(i int, w string) annals.EventType {
	t := annals.Programme
	if s.officeHeldAt(i) {
		// "served as Vice Chair of the Biden-Harris Campaign": where an
		// office was held, not an event
		return ""
	}
	if s.officeNamedBy(i) {
		// "Program Manager", "Campaign Senior Director": an office
		return ""
	}
	next, prev := s.lw(i+1), s.lw(i-1)
	switch w {
	case "exchange", "exchanges":
		if !text.IsCap(s.word(i)) && !(next == "program" || next == "programme" || next == "programs" || prev == "youth" || prev == "student" || prev == "cultural" || prev == "cross-cultural") {
			return ""
		}
		if prev == "cross-cultural" {
			return ""
		}
	case "training", "course", "project":
		if !text.IsCap(s.word(i)) && !(prev == "a" || prev == "the" || prev == "joint" || prev == "first" || prev == "training" || next == "course" || next == "on" || next == "for" || next == "programme" || next == "program") {
			return ""
		}
		if w == "course" && next == "of" || w == "training" && next == "course" {
			return ""
		}
		// "set a course for", "chart a course from coal to clean", "stay
		// the course", "on a course for": a direction, no course taught
		if w == "course" && (courseVerbs[prev] || courseVerbs[s.lw(i-2)]) {
			return ""
		}
	case "fellowship", "internship":
		// "held a postdoctoral fellowship in materials analysis", "completed
		// a fellowship in executive leadership": one person's career
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if careerVerbs[s.lw(k)] {
				return ""
			}
		}
	case "program", "programme":
		// a named programme, or one told as carried out
		if !text.IsCap(s.word(i)) && !s.sentenceHas(i, "conducted", "organized", "organised", "held", "launched", "launching", "launches", "hosted", "implemented", "started", "run", "completed", "attended", "joined") {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// courseVerbs take a course as a direction: "set a course", "stay the
// course", "on a course for".
var courseVerbs = set("set", "sets", "setting", "chart", "charts", "charted", "charting", "stay", "stays",
	"stayed", "staying", "change", "changed", "changing", "reverse", "reversed", "alter", "altered", "steer",
	"steered", "plot", "plotted", "on", "off")

// careerVerbs hold a fellowship or an internship as a step of a career.
var careerVerbs = set("held", "holds", "completed", "completing", "received", "receiving", "earned", "awarded", "did", "undertook")
