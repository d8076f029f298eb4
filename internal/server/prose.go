package server

import (
	"fmt"
	"strconv"
	"strings"

	"annals"
	"annals/internal/store"
)

// The relations page tells the chronicle of two entities as prose: one
// sentence per event, in date order, each with a footnote citing the
// sentence of the story it was read from. The prose is generated from the
// event's type, date, participants, title and place by fixed patterns, so
// that every claim in it can be traced to its footnote.

// Sentence is one sentence of generated prose and the footnote citing it.
type Sentence struct {
	Text     string
	Note     int // footnote number, 1-based
	Event    store.EventRow
	Citation store.Citation
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// humanDate writes a date for prose: "20 October 2016", "October 2016",
// "2016"; with an end, "20–21 October 2016"; "" when unknown.
func humanDate(d, end annals.Date) string {
	one := func(d annals.Date) (day, month, year string) {
		first, _, ok := d.Bounds()
		if !ok {
			return "", "", ""
		}
		year = strconv.Itoa(first.Year())
		if d.Precision() >= annals.Month {
			month = monthNames[first.Month()-1]
		}
		if d.Precision() == annals.Day {
			day = strconv.Itoa(first.Day())
		}
		return
	}
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " ")
	}
	d1, m1, y1 := one(d)
	if y1 == "" {
		return ""
	}
	d2, m2, y2 := one(end)
	switch {
	case y2 == "" || end == d:
		return join(d1, m1, y1)
	case y1 == y2 && m1 == m2 && d1 != "" && d2 != "":
		return join(d1+"–"+d2, m1, y1)
	case y1 == y2 && d1 == "" && d2 == "" && m1 != "":
		return join(m1+"–"+m2, y1)
	}
	return join(d1, m1, y1) + " – " + join(d2, m2, y2)
}

// when opens a sentence with its date: "On 20 October 2016", "In October
// 2016", "At an unknown date".
func when(d, end annals.Date) string {
	h := humanDate(d, end)
	switch {
	case h == "":
		return "At a date the sources do not give"
	case d.Precision() == annals.Day:
		return "On " + h
	}
	return "In " + h
}

// listNames joins names as English does: "A", "A and B", "A, B and C".
func listNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// trimDangling drops function words left at the end of a title cut short
// ("Memorandum of Understanding on").
func trimDangling(t string) string {
	for {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 {
			return t
		}
		switch strings.ToLower(t[i+1:]) {
		case "on", "of", "in", "at", "for", "and", "the", "to", "with", "a", "an":
			t = t[:i]
		default:
			return t
		}
	}
}

// withArticle puts "the" before the name of an organization written out
// in words ("the United Nations"), not before an acronym ("UNESCO"), a
// person or a place.
func withArticle(r store.Ref) string {
	if r.Type != annals.Org || !strings.Contains(r.Name, " ") || strings.HasPrefix(r.Name, "The ") {
		return r.Name
	}
	return "the " + r.Name
}

// eventSentence writes one event as a sentence, without the footnote.
func eventSentence(e store.EventRow) string {
	var names []string
	for _, p := range e.Participants {
		if p.Type != annals.Place {
			names = append(names, withArticle(p))
		}
	}
	who := listNames(names)
	if who == "" {
		who = "the parties"
	}
	title := trimDangling(e.Title)
	obj := func(def string) string {
		if title != "" {
			return "the " + title
		}
		return def
	}
	var what string
	switch e.Type {
	case annals.Agreement:
		what = who + " signed " + obj("an agreement")
	case annals.Conference:
		what = who + " took part in " + obj("a conference")
	case annals.Meeting:
		what = who + " met"
		if title != "" {
			what += " at the " + title
		}
	case annals.Visit:
		what = who + " took part in " + obj("a visit")
	case annals.Programme:
		what = who + " took part in " + obj("a programme")
	case annals.Speech:
		what = who + " spoke"
		if title != "" {
			what += " at the " + title
		}
	case annals.Appointment:
		what = "an appointment concerning " + who + " was announced"
	case annals.Campaign:
		what = who + " took part in " + obj("a campaign")
	case annals.Founding:
		what = "the founding of " + cmpOr(title, who) + " was reported"
	default:
		what = who + " took part in an event of type " + string(e.Type)
	}
	if e.Place != "" {
		what += " in " + e.Place
	}
	if e.Status == annals.Planned {
		what += " (planned at the time of the report)"
	}
	return when(e.Date, e.DateEnd) + ", " + what + "."
}

// chronicleProse turns events into sentences with footnotes.
func chronicleProse(rows []store.EventRow) []Sentence {
	out := make([]Sentence, 0, len(rows))
	for i, e := range rows {
		out = append(out, Sentence{Text: eventSentence(e), Note: i + 1, Event: e, Citation: e.Citation})
	}
	return out
}

// chronicleMarkdown writes the chronicle of a and b as Markdown with
// footnotes ([^1]) to each source sentence; base is the URL of the server
// ("http://127.0.0.1:8080") for links to the stories.
func chronicleMarkdown(a, b store.EntitySummary, rows []store.EventRow, base string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s and %s: a chronicle\n\n", mdEscape(a.Name), mdEscape(b.Name))
	if len(rows) == 0 {
		sb.WriteString("No event with both is recorded.\n")
		return sb.String()
	}
	fmt.Fprintf(&sb, "%d events, from the stories held by annals. Each sentence cites its source.\n\n", len(rows))
	year := ""
	for _, s := range chronicleProse(rows) {
		y := "Undated"
		if len(s.Event.Date) >= 4 {
			y = string(s.Event.Date[:4])
		}
		if y != year {
			fmt.Fprintf(&sb, "## %s\n\n", y)
			year = y
		}
		fmt.Fprintf(&sb, "%s[^%d]\n\n", mdEscape(s.Text), s.Note)
	}
	for _, s := range chronicleProse(rows) {
		c := s.Citation
		src := mdEscape(cmpOr(c.Title, c.Path))
		if c.StoryID != 0 {
			src = fmt.Sprintf("[%s](%s/stories/%d)", src, base, c.StoryID)
		}
		if c.Published != "" {
			src += ", " + string(c.Published)
		}
		fmt.Fprintf(&sb, "[^%d]: “%s” — %s\n", s.Note, mdEscape(oneLine(c.Evidence.Text)), src)
	}
	return sb.String()
}

// mdEscape keeps text from story sources from being read as Markdown or
// HTML: it escapes the characters that start markup.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
		"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`).Replace(oneLine(s))
}

// oneLine collapses whitespace, newlines included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
