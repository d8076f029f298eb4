package extract

import (
	"strings"

	"annals"
)

// Appointments: a person takes, is given or leaves an office — appointed,
// elected, nominated, sworn in, succeeds, takes office, steps down.
//
// The rule accepts "was appointed", "elected", "intent to nominate Dr. Ana
// Ruiz as ...", "appoints Mr. Kalu", "the nomination of X", "will become
// PPO's new Director", "X succeeds Y", "took office", "took over as
// Secretary-General", "assumed the presidency", "will step down", "will
// hand over to X", "the election of", the extension of a mandate, and an
// office given by a vote ("voted in favor of Kazakhstan's chairmanship").
// It rejects naming, becoming or replacing that is not of a person or an
// office ("named after", "became a member", "the new Council replaces the
// Dialogue"), a time counted from taking office ("Since President Biden
// took office", "upon taking office"), "the election results" (a noun the
// election qualifies) and a vote on anything but an office.
var appointmentWords = []string{
	"appointed", "designated", "elected", "appointment", "replaces", "succeeds",
	"resign", "resigned", "sworn", "nominated", "re-elected", "reappointed", "election",
	"candidacy", "extension", "named", "step", "took", "take", "replaced", "succeeded",
	"assumed", "assumes", "nominate", "nominates", "nomination", "appoint",
	"appoints", "designate", "become", "becomes", "became", "succeed",
	"takes", "taking", "hand", "hands", "handed", "voted",
}

// appointmentAt returns the event type the appointment word w at token i
// signals in its context, or "".
func (s *state) appointmentAt(i int, w string) annals.EventType {
	t := annals.Appointment
	next, prev := s.lw(i+1), s.lw(i-1)
	switch w {
	case "voted":
		// "all 56 member States voted in favor of Kazakhstan's
		// chairmanship": an office given by a vote
		if !s.votesForAnOffice(i) {
			return ""
		}
		return t
	case "assumed", "assumes":
		ok := false
		for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
			switch s.lw(k) {
			case "role", "office", "post", "position", "duties", "presidency", "chairmanship", "functions", "mandate":
				ok = true
			}
		}
		if !ok {
			return ""
		}
	case "named", "nominate", "nominates", "appoint", "appoints", "designate":
		// "intent to nominate Dr. Ana Ruiz as ...", "appoints Mr. Kalu",
		// "his intent to appoint her as the next Executive Director"
		if s.personAfter(i+1, 4) == nil && !((next == "her" || next == "him") && s.lw(i+2) == "as") {
			return ""
		}
	case "nomination":
		// "the nomination of Ana Ruiz", "her nomination as ..."
		if !(next == "of" && s.personAfter(i+2, 4) != nil) && !(next == "as" && (prev == "his" || prev == "her")) {
			return ""
		}
	case "become", "becomes", "became":
		// "will become PPO’s new Director", "became president of the
		// Commission": taking an office, not any change of state
		if !s.officeAfter(i + 1) {
			return ""
		}
	case "step":
		if next != "down" {
			return ""
		}
	case "replaces", "replaced", "succeeds", "succeeded", "succeed":
		// a person taking over from a person, not "the new Council replaces
		// the Dialogue"
		if s.personBefore(i, 3) == nil && s.personAfter(i+1, 4) == nil {
			return ""
		}
	case "took", "take", "takes", "taking":
		// "took office", "took up office", "took over as Secretary-General"
		if next != "office" && !(next == "up" && s.lw(i+2) == "office") && !(next == "over" && (s.lw(i+2) == "as" || s.lw(i+2) == "from")) {
			return ""
		}
		// "Since President Biden took office, ...", "Immediately upon
		// taking office": a time the sentence counts from, no event
		if s.sinceClause(i) || s.lw(i-1) == "upon" || s.lw(i-2) == "upon" {
			return ""
		}
	case "hand", "hands", "handed":
		// "will hand over to X"
		if next != "over" || s.personAfter(i+2, 4) == nil && s.lw(i+2) != "to" {
			return ""
		}
	case "election":
		if next != "of" && prev != "the" && prev != "upcoming" {
			return ""
		}
		// "the election results", "election observers": a noun the
		// election qualifies, not an appointment told again
		if electionNouns[next] {
			return ""
		}
	case "extension":
		if next != "of" && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// officeAfter reports whether an office follows token i within a few
// words: "the new Director", "PPO’s next Secretary-General", "its chair".
func (s *state) officeAfter(i int) bool {
	for k := i; k < len(s.toks) && k < i+6; k++ {
		w := s.lw(k)
		if titleHeads[w] && !titleModifiers[w] && w != "general" && w != "leader" && w != "expert" && w != "diplomat" && w != "economist" {
			return true
		}
		switch {
		case w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" || w == "new" || w == "next" || w == "first" || titleModifiers[w]:
		case w == "’" || w == "'" || w == "s" || w == "’s" || w == "'s":
		case s.mentAt(k) != nil && s.mentAt(k).ent.typ == annals.Org, s.capLike(k):
			// the organization, named or not yet known: "PPO’s new Director"
		default:
			return false
		}
	}
	return false
}

// electionNouns follow "election" when it qualifies them.
var electionNouns = set("results", "result", "observers", "observer", "monitors", "monitoring", "commission",
	"committee", "fraud", "day", "law", "laws", "campaign", "process", "officials", "violence", "irregularities")
