package prose

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"annals/internal/store"
)

// Sentence is one sentence of a chronicle and the footnote citing it.
type Sentence struct {
	Text     string // the sentence, plain text
	Note     int    // footnote number, 1-based
	Event    store.EventRow
	Citation store.Citation
}

// Prose turns events into sentences, footnoted 1, 2, … in their order.
func Prose(rows []store.EventRow) []Sentence {
	out := make([]Sentence, 0, len(rows))
	for i, e := range rows {
		out = append(out, Sentence{Text: EventSentence(e), Note: i + 1, Event: e, Citation: e.Citation})
	}
	return out
}

// Source names the story a citation comes from: its title, or its path
// when it has none.
func Source(c store.Citation) string {
	if t := OneLine(c.Title); t != "" {
		return t
	}
	return c.Path
}

// Footnote writes the Markdown text of an event's footnote (without the
// "[^1]: "): the story (a link to base/stories/ID when base is given), its
// publication date, a link to the original when its address is known, the
// sentence quoted,
// and, when there are several, the reports and independent sources, then
// any disagreements among them:
//
//	*Relations between the OTS and the UNAOC* (20 October 2016, [original](https://…)): “The OTS and …”
func Footnote(e store.EventRow, base string) string {
	c := e.Citation
	src := "*" + MDEscape(Source(c)) + "*"
	if base != "" && c.StoryID != 0 {
		src = "[" + src + "](" + strings.TrimRight(base, "/") + "/stories/" + strconv.FormatInt(c.StoryID, 10) + ")"
	}
	about := []string{cmp.Or(HumanDate(c.Published, ""), "undated")}
	if c.URL != "" {
		about = append(about, "[original]("+mdURL(c.URL)+")")
	}
	note := fmt.Sprintf("%s (%s): “%s”", src, strings.Join(about, ", "), MDEscape(c.Evidence.Text))
	if e.Reports > 1 {
		note += fmt.Sprintf(" Reported %d times by %s (annals event %d).", e.Reports,
			Plural(e.Sources, "independent source", "independent sources"), e.ID)
	}
	if n := DisagreementNotes(e); n != "" {
		note += " " + MDEscape(UpperFirst(n)) + "."
	}
	return note
}

// mdURL escapes an address for a Markdown link destination.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

// Markdown writes a chronicle of events as Markdown: a title naming what
// it is about ("A and B: a chronicle"), the events' sentences under their
// years, each footnoted ([^1]) to its source sentence. base is the URL of
// the server ("http://127.0.0.1:8080") for links to the stories, "" for
// none. Text from stories is escaped: it cannot add markup.
func Markdown(about []string, rows []store.EventRow, base string) string {
	var sb strings.Builder
	title := "Chronicle"
	if len(about) > 0 {
		var names []string
		for _, a := range about {
			names = append(names, MDEscape(a))
		}
		title = JoinAnd(names) + ": a chronicle"
	}
	fmt.Fprintf(&sb, "# %s\n\n", title)
	if len(rows) == 0 {
		sb.WriteString("No events are recorded.\n")
		return sb.String()
	}
	fmt.Fprintf(&sb, "%s, from the stories held by annals. Each sentence cites its source.\n\n",
		UpperFirst(Plural(len(rows), "event", "events")))
	prose := Prose(rows)
	year := ""
	for _, s := range prose {
		y := "Undated"
		if first, _, ok := s.Event.Date.Bounds(); ok {
			y = strconv.Itoa(first.Year())
		}
		if y != year {
			fmt.Fprintf(&sb, "## %s\n\n", y)
			year = y
		}
		fmt.Fprintf(&sb, "%s[^%d]\n\n", MDEscape(s.Text), s.Note)
	}
	for _, s := range prose {
		fmt.Fprintf(&sb, "[^%d]: %s\n", s.Note, Footnote(s.Event, base))
	}
	return sb.String()
}

// mdEscaper escapes the characters that start Markdown or HTML markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "#", `\#`, "|", `\|`, "~", `\~`)

// MDEscape keeps text from story sources from being read as Markdown or
// HTML: it puts it on one line and escapes the characters that start
// markup.
func MDEscape(s string) string { return mdEscaper.Replace(OneLine(s)) }
