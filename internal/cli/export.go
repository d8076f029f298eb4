package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"

	"annals"
	"annals/internal/export"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "export",
		usage:   "export --format csv|jsonl|ics|plover|timelinejs [--org NAME] [--person NAME] [--with NAME] [--type T] [--place NAME] [--from DATE] [--to DATE] [--db PATH]",
		summary: "write every event a query selects in a format other tools read",
		help: `
Export writes all the events the filters select (the filters of 'annals
timeline'), with no limit, streamed: memory stays constant however many
events there are. Formats (docs/exports.md describes each field):

  csv         one row per event, with its reports, sources, citation and
              disagreements
  jsonl       one JSON event per line, as in 'annals timeline --format json'
  ics         iCalendar (RFC 5545): one VEVENT per dated event
  plover      PLOVER event records (JSON lines): event category, actors,
              date, location, source sentence and story
  timelinejs  a TimelineJS 3 JSON file: a curated chronicle such as
              'export --format timelinejs --org A --with B'`,
		setup: setupExport,
	})
}

// filterFlags are the event filters shared by timeline and export.
type filterFlags struct {
	org, person, with, typ, place, from, to *string
}

func declareFilters(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		org:    fs.String("org", "", "an organization taking part"),
		person: fs.String("person", "", "a person taking part"),
		with:   fs.String("with", "", "another entity taking part"),
		typ:    fs.String("type", "", "event type"),
		place:  fs.String("place", "", "place of the event"),
		from:   fs.String("from", "", "first date (YYYY, YYYY-MM or YYYY-MM-DD)"),
		to:     fs.String("to", "", "last date (YYYY, YYYY-MM or YYYY-MM-DD)"),
	}
}

// check reports a usage error in the filter flags, before any database
// is opened.
func (ff *filterFlags) check() error {
	_, err := ff.plain()
	return err
}

// plain returns the filter the flags give without entity names resolved.
func (ff *filterFlags) plain() (f store.EventFilter, err error) {
	f = store.EventFilter{Type: annals.EventType(*ff.typ), Place: *ff.place}
	if *ff.typ != "" && !isEventType(f.Type) {
		return f, usageError("unknown event type %q (want one of %s)", *ff.typ, eventTypeList())
	}
	if f.From, err = dateFlag("from", *ff.from); err != nil {
		return f, err
	}
	if f.To, err = dateFlag("to", *ff.to); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" {
		lo, _, _ := f.From.Bounds()
		_, hi, _ := f.To.Bounds()
		if hi.Before(lo) {
			return f, usageError("--from %s is after --to %s", f.From, f.To)
		}
	}
	return f, nil
}

// filter checks the flags and resolves the entity names; names are the
// names of the entities the filter is about.
func (ff *filterFlags) filter(ctx context.Context, s store.Store) (f store.EventFilter, names []string, err error) {
	if f, err = ff.plain(); err != nil {
		return f, nil, err
	}
	for _, q := range []struct {
		val string
		typ annals.EntityType
		dst *int64
	}{{*ff.org, annals.Org, &f.Org}, {*ff.person, annals.Person, &f.Person}, {*ff.with, "", &f.With}} {
		if q.val == "" {
			continue
		}
		e, err := pickEntity(ctx, s, q.val, q.typ)
		if err != nil {
			return f, nil, err
		}
		*q.dst = e.ID
		names = append(names, e.Name)
	}
	return f, names, nil
}

func setupExport(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	ff := declareFilters(fs)
	format := fs.String("format", "", "csv, jsonl, ics, plover or timelinejs (required)")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("unexpected argument %q (filters are flags: --org NAME ...)", args[0])
		}
		if *format == "" {
			return usageError("--format is required (csv, jsonl, ics, plover or timelinejs)")
		}
		if err := formatFlag(*format, "csv", "jsonl", "ics", "plover", "timelinejs"); err != nil {
			return err
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
		f, names, err := ff.filter(ctx, s)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(env.Stdout, 64<<10)
		x := export.New(*format, w, export.Options{About: names})
		if err := x.Begin(); err != nil {
			return err
		}
		if err := s.EachEvent(ctx, f, x.Event); err != nil {
			return err
		}
		if err := x.End(); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if sk, ok := x.(export.Skipper); ok {
			if total, why := skippedNote(sk.Skipped()); total > 0 {
				fmt.Fprintf(env.Stderr, "annals export: %s left out of the %s file: %s\n", plural(total, "event", "events"), *format, why)
			}
		}
		return nil
	}
}

// skippedNote sums up the events an export left out: 5, "3 with no
// PLOVER category; 2 planned".
func skippedNote(by map[string]int) (int, string) {
	total := 0
	var reasons []string
	for why, n := range by {
		total += n
		reasons = append(reasons, fmt.Sprintf("%d %s", n, why))
	}
	sort.Strings(reasons)
	return total, strings.Join(reasons, "; ")
}
