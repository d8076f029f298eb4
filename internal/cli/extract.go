package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"annals"
	"annals/internal/extract"
	"annals/internal/gazetteer"
	"annals/internal/ingest"
	"annals/internal/ner"
	"annals/internal/timex"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "extract [--format jsonl|json|text] [--explain] [--tagger=false] [--published DATE] [--gazetteer FILE] FILE|FOLDER...",
		summary: "print the facts extracted from stories (entities, roles, dates, figures, events), storing nothing",
		help: `Each FILE is a story in plain text (.txt), Markdown (.md) or HTML (.html).
With --format jsonl (the default) each story is one JSON object per line, in
the contract described in docs/extract.md: entities, roles, figures, dates
and events, each citing byte offsets into the file. --format json prints one
indented array; --format text a summary for people. With --explain each
entity also says what found it ("found": "list", "pattern" or "tagger";
in brackets in the text format): a gazetteer list, a rule, or the trained
name tagger.

A file that cannot be read is reported on one line and skipped; the exit
status is 1 if any file failed.`,
		setup: setupExtract,
	})
}

// extractFlags are the flags shared by extract and ingest.
type extractFlags struct {
	tagger    bool
	published string
	gazetteer string
	maxSize   int64
}

func (f *extractFlags) declare(fs *flag.FlagSet) {
	fs.StringVar(&f.published, "published", "", "publication `DATE` of the stories (e.g. 2012-09-28); wins over metadata and datelines")
	fs.StringVar(&f.gazetteer, "gazetteer", "", "extra names from `FILE` (TSV: TYPE<TAB>NAME<TAB>ALIAS|ALIAS; see docs/gazetteer.md)")
	fs.Int64Var(&f.maxSize, "max-size", 10<<20, "skip files larger than `BYTES`")
	fs.BoolVar(&f.tagger, "tagger", true, "add the names of people and places the trained tagger finds and the rules miss; --tagger=false for the lists and rules alone (see docs/ner.md)")
}

// extractor builds the extractor and options the flags ask for.
func (f *extractFlags) extractor() (*extract.Extractor, extract.Options, error) {
	var opt extract.Options
	opt.NoTagger = !f.tagger
	if f.published != "" {
		v, _, ok := timex.Parse(f.published, "")
		if !ok {
			return nil, opt, usageError("--published %q is not a date (try 2012-09-28)", f.published)
		}
		opt.Published = v
	}
	// The tables every extraction reads are built now, with the collector
	// held off: all of them stay live, and the two collections that their
	// growth from an empty heap started (at 4 and 9 MB) freed nothing.
	// Under a memory limit (softMemoryLimit) the collector still runs
	// when the heap nears it. It resumes with its first goal a quarter
	// past the heap the tables take (resumeCollector).
	defer resumeCollector(debug.SetGCPercent(-1))
	g := gazetteer.Default()
	ner.LoadWordClasses()
	if f.tagger {
		ner.Default() // its error is the tagger stage's (extract.Extractor)
	}
	if f.gazetteer != "" {
		fh, err := os.Open(f.gazetteer)
		if err != nil {
			return nil, opt, fmt.Errorf("--gazetteer: %w", err)
		}
		defer fh.Close()
		extra, err := gazetteer.ParseUser(fh)
		if err != nil {
			return nil, opt, fmt.Errorf("%s: %w", f.gazetteer, err)
		}
		g = g.With(extra)
	}
	return extract.New(g), opt, nil
}

func setupExtract(fs *flag.FlagSet, env *Env) func([]string) error {
	var ef extractFlags
	ef.declare(fs)
	format := fs.String("format", "jsonl", "output `FORMAT`: jsonl, json or text")
	explain := fs.Bool("explain", false, "say for each entity what found it: a list (gazetteer), a pattern or the tagger")
	return func(args []string) error {
		if len(args) == 0 {
			return usageError("no files or folders given")
		}
		switch *format {
		case "jsonl", "json", "text":
		default:
			return usageError("unknown --format %q (want jsonl, json or text)", *format)
		}
		x, opt, err := ef.extractor()
		if err != nil {
			return err
		}
		opt.Explain = *explain
		paths, failed := collectStories(args, func(path string, err error) {
			fmt.Fprintf(env.Stderr, "annals extract: %s: %s\n", path, errText(path, err))
		})
		var all []*annals.Document
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		var line []byte // a jsonl line: what enc.Encode writes, without reflection
		ingest.ExtractAll(paths, x, opt, ef.maxSize, func(r ingest.Extracted) {
			if r.Err != nil {
				failed++
				fmt.Fprintf(env.Stderr, "annals extract: %s: %v\n", r.Path, errText(r.Path, r.Err))
				return
			}
			if r.Incomplete != nil {
				failed++
				fmt.Fprintf(env.Stderr, "annals extract: %s: %v\n", r.Path, r.Incomplete)
			}
			switch *format {
			case "jsonl":
				var err error
				if line, err = r.Facts.AppendJSON(line[:0]); err == nil {
					line = append(line, '\n')
					env.Stdout.Write(line)
				}
			case "json":
				all = append(all, r.Facts)
			case "text":
				writeSummary(env.Stdout, r.Facts)
			}
		})
		if *format == "json" {
			if all == nil {
				all = []*annals.Document{}
			}
			enc.SetIndent("", "  ")
			enc.Encode(all)
		}
		if failed > 0 {
			return errFailed
		}
		return nil
	}
}

// errText is the reason of a failure without the path repeated.
func errText(path string, err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, path+": ")
	if pe, ok := err.(*os.PathError); ok {
		msg = pe.Err.Error()
	}
	return msg
}

// writeSummary prints a document for people.
func writeSummary(w io.Writer, d *annals.Document) {
	title := string(d.Title)
	if title == "" {
		title = "(no title)"
	}
	pub := string(d.Published)
	if pub == "" {
		pub = "undated"
	}
	fmt.Fprintf(w, "%s\n  %s — %s\n", d.Doc, title, pub)
	byType := map[annals.EntityType][]string{}
	for _, e := range d.Entities {
		n := e.Name
		if len(e.Aliases) > 0 {
			n += " (" + strings.Join(e.Aliases, ", ") + ")"
		}
		if e.Found != "" {
			n += " [" + e.Found + "]"
		}
		byType[e.Type] = append(byType[e.Type], n)
	}
	for _, t := range []annals.EntityType{annals.Org, annals.Person, annals.Place} {
		if len(byType[t]) > 0 {
			fmt.Fprintf(w, "  %-8s %s\n", t, strings.Join(byType[t], "; "))
		}
	}
	for _, r := range d.Roles {
		span := ""
		if r.From != "" || r.To != "" {
			span = fmt.Sprintf(" [%s – %s]", orDash(r.From), orDash(r.To))
		}
		fmt.Fprintf(w, "  ROLE     %s: %s, %s%s\n", r.Person, r.Role, r.Org, span)
	}
	for _, f := range d.Figures {
		fmt.Fprintf(w, "  FIGURE   %s\n", f.Text)
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, "  EVENTS")
	}
	for _, e := range d.Events {
		date := string(e.Date)
		if e.DateEnd != "" {
			date += "/" + string(e.DateEnd)
		}
		if date == "" {
			date = "undated"
		}
		line := fmt.Sprintf("    %-21s %-11s", date, e.Type)
		if e.Title != "" {
			line += " “" + string(e.Title) + "”"
		}
		if e.Place != "" {
			line += " in " + string(e.Place)
		}
		if e.Status == annals.Planned {
			line += " (planned)"
		}
		fmt.Fprintln(w, line)
		if len(e.Participants) > 0 {
			fmt.Fprintf(w, "    %-33s with %s\n", "", strings.Join(e.Participants, ", "))
		}
		fmt.Fprintf(w, "    %-33s — “%s”\n", "", oneLine(e.Evidence.Text, 160))
	}
	fmt.Fprintln(w)
}

func orDash(d annals.Date) string {
	if d == "" {
		return "…"
	}
	return string(d)
}

// oneLine collapses s to one line of at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
