package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/resolve"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "timeline",
		usage:   "timeline [--org NAME] [--person NAME] [--with NAME] [--type T] [--place NAME] [--from DATE] [--to DATE] [--limit N] [--format text|json|csv|md] [--db PATH]",
		summary: "list stored events in date order, each citing its source sentence",
		help: `
Events in date order (undated ones last), each with its participants and
the sentence of the story that reports it. Filters combine:

  --org NAME      an organization taking part (any name, acronym or former
                  name; "#12" for entity 12)
  --person NAME   a person taking part
  --with NAME     another entity taking part: "--org A --with B" is the
                  chronicle of the relations of A and B
  --type T        agreement, conference, meeting, visit, programme, speech,
                  appointment, campaign or founding
  --place NAME    where it took place
  --from, --to    YYYY, YYYY-MM or YYYY-MM-DD; an event is kept when its
                  dates overlap the range ("--to 2017" runs to 31 December)

--format md writes a chronicle to read: one sentence per event, each
footnoted to its source (story, date and the sentence quoted). json and
csv are for programs (see docs/cli-json.md).`,
		setup: setupTimeline,
	})
}

func setupTimeline(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	org := fs.String("org", "", "an organization taking part")
	person := fs.String("person", "", "a person taking part")
	with := fs.String("with", "", "another entity taking part")
	typ := fs.String("type", "", "event type")
	place := fs.String("place", "", "place of the event")
	from := fs.String("from", "", "first date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "last date (YYYY, YYYY-MM or YYYY-MM-DD)")
	limitN := fs.Int("limit", 1000, "most events to list")
	format := fs.String("format", "text", "output format: text, json, csv or md")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("unexpected argument %q (filters are flags: --org NAME ...)", args[0])
		}
		if err := formatFlag(*format, "text", "json", "csv", "md"); err != nil {
			return err
		}
		f := store.EventFilter{Type: annals.EventType(*typ), Place: *place, Limit: *limitN}
		if *typ != "" && !isEventType(f.Type) {
			return usageError("unknown event type %q (want one of %s)", *typ, eventTypeList())
		}
		if *limitN <= 0 {
			return usageError("--limit must be positive")
		}
		var err error
		if f.From, err = dateFlag("from", *from); err != nil {
			return err
		}
		if f.To, err = dateFlag("to", *to); err != nil {
			return err
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()
		var names []string // the entities the chronicle is about
		for _, q := range []struct {
			val string
			typ annals.EntityType
			dst *int64
		}{{*org, annals.Org, &f.Org}, {*person, annals.Person, &f.Person}, {*with, "", &f.With}} {
			if q.val == "" {
				continue
			}
			e, err := pickEntity(ctx, s, q.val, q.typ)
			if err != nil {
				return err
			}
			*q.dst = e.ID
			names = append(names, e.Name)
		}
		rows, err := s.Timeline(ctx, f)
		if err != nil {
			return err
		}
		switch *format {
		case "json":
			return writeJSON(env.Stdout, struct {
				Events []store.EventRow `json:"events"`
			}{nonNilRows(rows)})
		case "csv":
			return writeTimelineCSV(env.Stdout, rows)
		case "md":
			return writeChronicle(env.Stdout, names, rows)
		}
		writeTimelineText(env.Stdout, rows)
		return nil
	}
}

func isEventType(t annals.EventType) bool {
	for _, e := range annals.EventTypes {
		if e == t {
			return true
		}
	}
	return false
}

func eventTypeList() string {
	var s []string
	for _, e := range annals.EventTypes {
		s = append(s, string(e))
	}
	return strings.Join(s, ", ")
}

func nonNilRows(rows []store.EventRow) []store.EventRow {
	if rows == nil {
		return []store.EventRow{}
	}
	return rows
}

// writeJSON writes v as indented JSON, without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func participantNames(ps []store.Ref) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// cite formats a citation for text output: — story.md: “sentence…”.
func cite(c store.Citation, n int) string {
	return "— " + c.Path + ": “" + clip(c.Evidence.Text, n) + "”"
}

// writeTimelineText writes events as aligned blocks: date, type, title and
// place on the first line, participants and citation indented below.
func writeTimelineText(w io.Writer, rows []store.EventRow) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "No events.")
		return
	}
	width := len("undated")
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(isoRange(r.Date, r.DateEnd)))
	}
	pad := strings.Repeat(" ", width+2)
	for _, r := range rows {
		head := fmt.Sprintf("%-*s  %-11s", width, isoRange(r.Date, r.DateEnd), r.Type)
		var what []string
		if r.Title != "" {
			what = append(what, "“"+r.Title+"”")
		}
		if r.Place != "" {
			what = append(what, "in "+r.Place)
		}
		if r.Status == annals.Planned {
			what = append(what, "(planned)")
		}
		fmt.Fprintln(w, strings.TrimRight(head+" "+strings.Join(what, " "), " "))
		if len(r.Participants) > 0 {
			fmt.Fprintln(w, pad+strings.Join(participantNames(r.Participants), "; "))
		}
		line := pad + cite(r.Citation, 110)
		if r.Reports > 1 {
			line += fmt.Sprintf(" (%d reports, %s; annals event %d)", r.Reports, plural(r.Sources, "source", "sources"), r.ID)
		}
		fmt.Fprintln(w, line)
		for _, d := range r.Disagreements {
			fmt.Fprintln(w, pad+"! "+upperFirst(d.Note))
		}
	}
	fmt.Fprintf(w, "\n%s\n", plural(len(rows), "event", "events"))
}

// writeTimelineCSV writes one row per event; the columns are in docs/cli-json.md.
func writeTimelineCSV(w io.Writer, rows []store.EventRow) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "date", "date_end", "type", "title", "place", "status", "participants", "reports",
		"story_id", "story_path", "story_title", "published", "evidence", "evidence_start", "evidence_end", "sources", "disagreements"})
	for _, r := range rows {
		c := r.Citation
		cw.Write([]string{strconv.FormatInt(r.ID, 10), string(r.Date), string(r.DateEnd), string(r.Type), r.Title, r.Place,
			string(r.Status), strings.Join(participantNames(r.Participants), "; "), strconv.Itoa(r.Reports),
			strconv.FormatInt(c.StoryID, 10), c.Path, c.Title, string(c.Published), c.Evidence.Text,
			strconv.Itoa(c.Evidence.Start), strconv.Itoa(c.Evidence.End), strconv.Itoa(r.Sources), disagreementNotes(r)})
	}
	cw.Flush()
	return cw.Error()
}

// writeChronicle writes events as Markdown prose, one sentence per event,
// each footnoted to the story and sentence it comes from.
func writeChronicle(w io.Writer, about []string, rows []store.EventRow) error {
	title := "Chronicle"
	if len(about) > 0 {
		title = joinAnd(about) + ": a chronicle"
	}
	fmt.Fprintf(w, "# %s\n\n", title)
	if len(rows) == 0 {
		fmt.Fprintln(w, "No events are recorded.")
		return nil
	}
	var notes []string
	for i, r := range rows {
		fmt.Fprintf(w, "%s[^%d]\n\n", proseSentence(r), i+1)
		c := r.Citation
		src := c.Title
		if src == "" {
			src = c.Path
		}
		when := "undated"
		if c.Published != "" {
			when = humanDate(c.Published, "")
		}
		note := fmt.Sprintf("[^%d]: *%s* (%s, %s): “%s”", i+1, mdEscape(src), c.Path, when, mdEscape(strings.Join(strings.Fields(c.Evidence.Text), " ")))
		if r.Reports > 1 {
			note += fmt.Sprintf(" Reported %d times by %s (annals event %d).", r.Reports, plural(r.Sources, "independent source", "independent sources"), r.ID)
		}
		if n := disagreementNotes(r); n != "" {
			note += " " + upperFirst(n) + "."
		}
		notes = append(notes, note)
	}
	_, err := fmt.Fprintln(w, strings.Join(notes, "\n"))
	return err
}

// mdEscape keeps story text from being read as Markdown markup.
func mdEscape(s string) string {
	return strings.NewReplacer(`*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, "`", "\\`", `<`, `&lt;`).Replace(s)
}

// verbs gives, per event type, the predicate of a held and of a planned
// event; %s is the event's title (or the fallback noun phrase).
var verbs = map[annals.EventType]struct{ held, planned, object string }{
	annals.Agreement:   {"signed %s", "were to sign %s", "an agreement"},
	annals.Conference:  {"took part in %s", "were to take part in %s", "a conference"},
	annals.Meeting:     {"met", "were to meet", ""},
	annals.Visit:       {"took part in %s", "were to take part in %s", "a visit"},
	annals.Programme:   {"conducted %s", "were to conduct %s", "a programme"},
	annals.Speech:      {"delivered %s", "were to deliver %s", "an address"},
	annals.Appointment: {"took part in %s", "were to take part in %s", "an appointment"},
	annals.Campaign:    {"launched %s", "were to launch %s", "a campaign"},
	annals.Founding:    {"founded %s", "were to found %s", "a new body"},
}

// proseSentence generates one sentence for an event: "On 20 October 2016,
// in Istanbul, the Organization of Turkic States and the United Nations
// Alliance of Civilizations signed a Memorandum of Understanding."
func proseSentence(r store.EventRow) string {
	var lead []string
	if d := humanDate(r.Date, r.DateEnd); d != "" {
		prep := "On"
		if r.Date.Precision() != annals.Day {
			prep = "In"
		}
		if r.DateEnd != "" && r.DateEnd != r.Date && r.Date.Precision() == annals.Day {
			prep = "From"
			d = strings.Replace(d, " – ", " to ", 1)
			d = strings.Replace(d, "–", " to ", 1)
		}
		lead = append(lead, prep+" "+d)
	}
	if r.Place != "" {
		lead = append(lead, "in "+r.Place)
	}
	var who []string
	for _, p := range r.Participants {
		who = append(who, withArticle(p))
	}
	subject := joinAnd(who)
	if subject == "" {
		subject = "participants not named in the source"
	}
	v := verbs[r.Type]
	if v.held == "" {
		v.held, v.planned, v.object = "took part in %s", "were to take part in %s", "a "+string(r.Type)
	}
	object := v.object
	if r.Title != "" {
		object = titled(r.Type, r.Title)
	}
	pred := v.held
	if r.Status == annals.Planned {
		pred = v.planned
	}
	if len(who) == 1 && r.Status == annals.Planned {
		pred = strings.Replace(pred, "were to", "was to", 1)
	}
	if strings.Contains(pred, "%s") {
		pred = fmt.Sprintf(pred, object)
	} else if r.Title != "" {
		pred += " at " + object
	}
	sentence := subject + " " + pred
	if len(lead) > 0 {
		sentence = strings.Join(lead, ", ") + ", " + sentence
	}
	return upperFirst(sentence) + "."
}

// titled names an event by its title: a Memorandum of Understanding, the
// conference “Role of Youth…”.
func titled(t annals.EventType, title string) string {
	switch t {
	case annals.Agreement:
		if strings.HasPrefix(strings.ToLower(title), "the ") {
			return title
		}
		return article(title) + " " + title
	case annals.Programme, annals.Campaign:
		return "the " + title
	}
	return "the " + string(t) + " “" + title + "”"
}

// article is "an" before a vowel sound (by its first letter), else "a".
func article(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an"
	}
	return "a"
}

// withArticle writes an entity as prose: organizations with several words
// take "the" ("the United Nations"), acronyms and others do not.
func withArticle(p store.Ref) string {
	if p.Type == annals.Org && strings.Contains(p.Name, " ") && !resolve.IsAcronym(p.Name) &&
		!strings.HasPrefix(strings.ToLower(p.Name), "the ") {
		return "the " + p.Name
	}
	return p.Name
}

// joinAnd joins "A", "A and B", "A, B and C".
func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// newTable returns a tabwriter for aligned columns.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// disagreementNotes joins the notes of an event's disagreements.
func disagreementNotes(r store.EventRow) string {
	var notes []string
	for _, d := range r.Disagreements {
		notes = append(notes, d.Note)
	}
	return strings.Join(notes, "; ")
}
