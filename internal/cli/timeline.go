package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"annals"
	"annals/internal/export"
	"annals/internal/prose"
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
	ff := declareFilters(fs)
	limitN := fs.Int("limit", 1000, "most events to list")
	format := fs.String("format", "text", "output format: text, json, csv or md")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("unexpected argument %q (filters are flags: --org NAME ...)", args[0])
		}
		if err := formatFlag(*format, "text", "json", "csv", "md"); err != nil {
			return err
		}
		if *limitN <= 0 {
			return usageError("--limit must be positive")
		}
		if err := ff.check(); err != nil {
			return err
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()
		f, names, err := ff.filter(ctx, s) // names: the entities the chronicle is about
		if err != nil {
			return err
		}
		f.Limit = *limitN
		f.AllCitations = true // the exports and --format json cite every report
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

// cite formats a citation for text output: the story's title (never its
// path when it has one), its original address, and the quote:
// — Story title <https://…>: “sentence…”.
func cite(c store.Citation, quote string) string {
	src := prose.Source(c)
	if c.URL != "" {
		src += " <" + c.URL + ">"
	}
	return "— " + src + ": “" + quote + "”"
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
		line := pad + cite(r.Citation, prose.EventQuote(r, r.Citation, prose.QuoteLen))
		if r.Reports > 1 {
			line += fmt.Sprintf(" (%d reports, %s; annals event %d)", r.Reports, plural(r.Sources, "source", "sources"), r.ID)
		}
		fmt.Fprintln(w, line)
		for _, d := range r.Disagreements {
			fmt.Fprintln(w, pad+"! "+prose.UpperFirst(d.Note))
		}
	}
	fmt.Fprintf(w, "\n%s\n", plural(len(rows), "event", "events"))
}

// writeTimelineCSV writes one row per event, as annals export --format
// csv does (docs/exports.md).
func writeTimelineCSV(w io.Writer, rows []store.EventRow) error {
	return export.Write("csv", w, rows, export.Options{})
}

// writeChronicle writes events as Markdown prose, one sentence per event,
// each footnoted to the story and sentence it comes from.
func writeChronicle(w io.Writer, about []string, rows []store.EventRow) error {
	_, err := io.WriteString(w, prose.Markdown(about, rows, ""))
	return err
}

// newTable returns a tabwriter for aligned columns.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}
