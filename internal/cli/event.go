package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"annals"
	"annals/internal/prose"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "event",
		usage:   "event ID [--format text|json] [--db PATH]",
		summary: "show one event with all its reports, their citations and why each was joined",
		help: `
ID is an event id as timeline and export print it ("12" or "#12"). The
event is shown with its fields as derived from all its reports, the
disagreements between reports (each value with its citations), and every
report: the story, the sentence, what that report says (date, place,
title), whether its story is a copy of another, and why it was joined
to this event.`,
		setup: setupEvent,
	})
}

func setupEvent(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	format := fs.String("format", "text", "output format: text or json")
	return func(args []string) error {
		if err := formatFlag(*format, "text", "json"); err != nil {
			return err
		}
		if len(args) != 1 {
			return usageError("give one event ID")
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(args[0], "#"), 10, 64)
		if err != nil || id <= 0 {
			return usageError("%q is not an event id", args[0])
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		d, err := s.Event(context.Background(), id)
		if err != nil {
			return err
		}
		if *format == "json" {
			return writeJSON(env.Stdout, d)
		}
		writeEventText(env.Stdout, d)
		return nil
	}
}

func writeEventText(w io.Writer, d *store.EventDetail) {
	e := d.EventRow
	fmt.Fprintf(w, "Event #%d: %s\n", e.ID, prose.EventSentence(e))
	fmt.Fprintf(w, "  type     %s (%s)\n", e.Type, e.Status)
	fmt.Fprintf(w, "  date     %s\n", isoRange(e.Date, e.DateEnd))
	if e.Title != "" {
		fmt.Fprintf(w, "  title    %s\n", e.Title)
	}
	if e.Place != "" {
		fmt.Fprintf(w, "  place    %s\n", e.Place)
	}
	if len(e.Participants) > 0 {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, fmt.Sprintf("%s (#%d)", p.Name, p.ID))
		}
		fmt.Fprintf(w, "  with     %s\n", strings.Join(ps, "; "))
	}
	fmt.Fprintf(w, "  reports  %d from %s\n", e.Reports, plural(e.Sources, "independent source", "independent sources"))
	for _, dis := range e.Disagreements {
		fmt.Fprintf(w, "\n  %s\n", prose.UpperFirst(dis.Note))
		for _, v := range dis.Values {
			for _, c := range v.Citations {
				fmt.Fprintf(w, "    %-22s %s\n", v.Value, cite(c, prose.EventQuote(e, c, prose.QuoteLen)))
			}
		}
	}
	fmt.Fprintln(w, "\nReports")
	for i, r := range d.AllReports {
		c := r.Citation
		pub := string(c.Published)
		if pub == "" {
			pub = "undated"
		}
		fmt.Fprintf(w, "%2d. %s (%s, story #%d)", i+1, prose.Source(c), pub, c.StoryID)
		if c.URL != "" {
			fmt.Fprintf(w, " <%s>", c.URL)
		}
		if r.CopyOf != 0 {
			fmt.Fprintf(w, " copy of story #%d, not an independent source", r.CopyOf)
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "    “%s” [bytes %d-%d]\n", clip(c.Evidence.Text, 300), c.Evidence.Start, c.Evidence.End)
		says := []string{string(r.Type)}
		if r.Date != "" {
			d := isoRange(r.Date, r.DateEnd)
			if r.DateInferred {
				d += " (not stated: the story's date)"
			}
			says = append(says, d)
		}
		if r.Place != "" {
			says = append(says, "in "+r.Place)
		}
		if r.Title != "" {
			says = append(says, "“"+r.Title+"”")
		}
		if r.Status == annals.Planned {
			says = append(says, "planned")
		}
		fmt.Fprintf(w, "    says: %s\n", strings.Join(says, ", "))
		fmt.Fprintf(w, "    joined: %s\n", r.Link)
	}
}
