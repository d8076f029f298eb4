// Package prose is the layer between the store and the views. Its one job
// is to turn store query results into chronicles people read: prose
// sentences with footnotes, Markdown, human dates. The command line and
// the web application both write their chronicles with it, so that an
// event reads the same wherever it is shown.
//
// The prose is generated from an event's type, date, participants, title
// and place by fixed patterns, so that every claim in it can be traced to
// its footnote, which quotes the sentence of the story it was read from.
package prose

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
	"annals/internal/store"
)

// HumanDate writes a date (and its end) for prose: "20 October 2016",
// "20–21 October 2016", "30 October – 2 November 2016", "December 2017",
// "November–December 2017", "2005", "2005 – 2006"; "" when unknown.
func HumanDate(d, end annals.Date) string { return chronicle.HumanDate(d, end) }

// words joins the parts that are not empty with spaces.
func words(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// DateLead opens a sentence with its date: "On 20 October 2016", "From 20
// to 21 October 2016", "In December 2017", "In November–December 2017",
// "From 2005 to 2006"; "" when the date is unknown.
func DateLead(d, end annals.Date) string {
	h := HumanDate(d, end)
	switch {
	case h == "":
		return ""
	case strings.Contains(h, " – "):
		return "From " + strings.Replace(h, " – ", " to ", 1)
	case strings.Contains(h, "–") && d.Precision() == annals.Day:
		return "From " + strings.Replace(h, "–", " to ", 1)
	case d.Precision() == annals.Day:
		return "On " + h
	}
	return "In " + h
}

// verbs gives, per event type, the predicate of a held and of a planned
// event; %s is the event's object: its title, or the noun phrase given.
var verbs = map[annals.EventType]struct{ held, planned, object string }{
	annals.Agreement:  {"signed %s", "were to sign %s", "an agreement"},
	annals.Conference: {"took part in %s", "were to take part in %s", "a conference"},
	annals.Meeting:    {"met", "were to meet", ""},
	annals.Visit:      {"took part in %s", "were to take part in %s", "a visit"},
	annals.Programme:  {"conducted %s", "were to conduct %s", "a programme"},
	annals.Speech:     {"delivered %s", "were to deliver %s", "an address"},
	annals.Campaign:   {"launched %s", "were to launch %s", "a campaign"},
	annals.Founding:   {"founded %s", "were to found %s", "a new body"},
}

// Distinct are participants as a page names them: each name of a type
// once, at its first place. The store keeps a story's own entity for a
// name it cannot tell apart ("Biden" in a story naming Jill Biden too),
// so that an event told by eight stories may hold eight "Biden"s: one
// name, eight links to the same words. (The event's participants keep
// them all.)
func Distinct(parts []store.Ref) []store.Ref {
	out := make([]store.Ref, 0, len(parts))
	seen := make(map[store.Ref]bool, len(parts))
	for _, p := range parts {
		if k := (store.Ref{Name: p.Name, Type: p.Type}); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// EventSentence writes one event as a sentence, without its footnote: "On
// 20 October 2016, in Istanbul, the Organization of Turkic States and the
// United Nations Alliance of Civilizations signed a Memorandum of
// Understanding."
func EventSentence(e store.EventRow) string {
	var lead []string
	if d := DateLead(e.Date, e.DateEnd); d != "" {
		lead = append(lead, d)
	}
	if e.Place != "" {
		lead = append(lead, "in "+e.Place)
	}
	var who []string
	for _, p := range Distinct(e.Participants) {
		if p.Type != annals.Place { // where it was is said by the place
			who = append(who, WithArticle(p))
		}
	}
	title := TrimDangling(strings.TrimSpace(e.Title))
	planned := e.Status == annals.Planned
	var clause string
	switch {
	case e.Type == annals.Appointment:
		// Who appointed whom is not known from the participants alone.
		clause = "an appointment"
		if len(who) > 0 {
			clause += " concerning " + JoinAnd(who)
		}
		if planned {
			clause += " was to be made"
		} else {
			clause += " was announced"
		}
	case e.Type == annals.Founding && len(who) == 0 && title != "":
		clause = "the " + title + " was founded"
		if planned {
			clause = "the " + title + " was to be founded"
		}
	default:
		subject := JoinAnd(who)
		if subject == "" {
			subject = "participants not named in the source"
		}
		v, ok := verbs[e.Type]
		if !ok {
			v.held, v.planned, v.object = "took part in %s", "were to take part in %s", Article(string(e.Type))+" "+string(e.Type)
		}
		object := v.object
		if title != "" {
			object = titled(e.Type, title)
		}
		pred := v.held
		if planned {
			pred = v.planned
			if len(who) == 1 {
				pred = strings.Replace(pred, "were to", "was to", 1)
			}
		}
		if strings.Contains(pred, "%s") {
			pred = fmt.Sprintf(pred, object)
		} else if title != "" {
			pred += " at " + object
		}
		clause = subject + " " + pred
	}
	if len(lead) > 0 {
		clause = strings.Join(lead, ", ") + ", " + clause
	}
	return UpperFirst(clause) + "."
}

// titled names an event by its title: "a Memorandum of Understanding",
// "the Youth Dialogue Exchange Program", "the conference “Role of Youth”".
func titled(t annals.EventType, title string) string {
	switch t {
	case annals.Agreement:
		if strings.HasPrefix(strings.ToLower(title), "the ") {
			return title
		}
		return Article(title) + " " + title
	case annals.Programme, annals.Campaign, annals.Founding:
		if strings.HasPrefix(strings.ToLower(title), "the ") {
			return title
		}
		return "the " + title
	}
	return "the " + string(t) + " “" + title + "”"
}

// TrimDangling drops the function words left at the end of a title cut
// short ("Memorandum of Understanding on").
func TrimDangling(t string) string {
	for {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 {
			return t
		}
		switch strings.ToLower(t[i+1:]) {
		case "on", "of", "in", "at", "for", "and", "the", "to", "with", "a", "an":
			t = strings.TrimRight(t[:i], " ")
		default:
			return t
		}
	}
}

// Article is "an" before a vowel (by the first letter), else "a".
func Article(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an"
	}
	return "a"
}

// WithArticle writes an entity as prose: an organization named in words
// takes "the" ("the United Nations"); an acronym ("UNESCO"), a name that
// has its article already, a person or a place does not.
func WithArticle(p store.Ref) string {
	if p.Type == annals.Org && strings.Contains(p.Name, " ") && !resolve.IsAcronym(p.Name) &&
		!strings.HasPrefix(strings.ToLower(p.Name), "the ") {
		return "the " + p.Name
	}
	return p.Name
}

// JoinAnd joins names as English does: "A", "A and B", "A, B and C".
func JoinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// UpperFirst writes the first letter of s as a capital.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// DisagreementNotes joins the notes of an event's disagreements with "; ".
func DisagreementNotes(e store.EventRow) string {
	var notes []string
	for _, d := range e.Disagreements {
		notes = append(notes, d.Note)
	}
	return strings.Join(notes, "; ")
}

// Plural writes a count and its noun: "1 story", "2 stories".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// OneLine collapses whitespace, newlines included, to single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
