package extract

import (
	"strings"

	"annals"
)

// Visits: someone goes to a place, or is welcomed there.
//
// The rule accepts "visited Peru", "a visit to Washington", "an upcoming
// trip", "travelled to Lima", "arrived in Quito", "a tour of the region",
// and "welcome Foreign Minister X to the United States". It rejects a web
// address visited ("visit HealthCare.gov", "visit www.example.org"),
// travel or arrival anywhere but a named place, "tour" that is no tour of
// somewhere, and a welcome of no person to a place: "welcome Finland as
// NATO's 31st Ally" is an accession (an agreement), "The Council welcomed
// the decision" a statement.
var visitWords = []string{
	"visit", "visited", "visits", "visiting", "trip",
	"welcome", "welcomed", "welcomes", "welcoming",
	"travel", "travelled", "traveled", "tour", "arrived",
}

// visitAt returns the event type the visit word w at token i signals in
// its context, or "".
func (s *state) visitAt(i int, w string) annals.EventType {
	t := annals.Visit
	next, prev := s.lw(i+1), s.lw(i-1)
	// "please visit AI.gov", "visit www.example.gov to learn more": a web
	// address is visited, no place
	if i+1 < len(s.inURL) && s.inURL[i+1] || s.webAddressAt(i+1) {
		return ""
	}
	switch w {
	case "travel", "travelled", "traveled", "arrived":
		if next != "to" && next != "in" {
			return ""
		}
		if m := s.mentAt(i + 2); m == nil || m.ent.typ != annals.Place {
			return ""
		}
	case "tour":
		if next != "of" || prev != "a" && prev != "the" && prev != "his" && prev != "her" {
			return ""
		}
	case "welcome", "welcomed", "welcomes", "welcoming":
		// "welcome Finland as NATO's 31st Ally": a state joins a body
		if s.welcomesAMember(i) {
			return annals.Agreement
		}
		// "welcome Foreign Minister X to the United States"
		// otherwise "The Council welcomed the decision" is a statement
		p := s.personAfter(i+1, 6)
		if p == nil || s.lw(p.b) != "to" {
			return s.statementType(i)
		}
		k := p.b
		if m := s.mentAt(k + 1); m == nil || m.ent.typ != annals.Place {
			if m := s.mentAt(k + 2); m == nil || m.ent.typ != annals.Place || s.lw(k+1) != "the" {
				return s.statementType(i)
			}
		}
	}
	return s.notANameWord(i, t)
}

// webAddressAt reports whether token k is a web address written without
// its scheme: "AI.gov", "www.example.org/path".
func (s *state) webAddressAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := strings.ToLower(s.text[s.toks[k].Start:s.toks[k].End])
	if strings.HasPrefix(w, "www") {
		return true
	}
	// the word, a period and a top-level domain with no space between
	if k+2 < len(s.toks) && s.word(k+1) == "." && s.toks[k+1].Start == s.toks[k].End && s.toks[k+2].Start == s.toks[k+1].End {
		switch s.lw(k + 2) {
		case "gov", "com", "org", "net", "edu", "int", "mil":
			return true
		}
	}
	return false
}
