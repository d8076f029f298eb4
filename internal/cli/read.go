package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"annals"
	"annals/internal/read"
)

func init() {
	register(&command{
		name:    "read",
		usage:   "read [--format jsonl|text] [--max-size BYTES] FILE|FOLDER...",
		summary: "show what annals reads from each file: title, date and main text",
		help: `
For each file, print what the reader takes from it before any extraction:
the title, the publication date found in its metadata, and the main text
(for HTML, the article without navigation, ads or footers; for Markdown,
the text without markup or front matter), as plain paragraphs separated
by blank lines.

With --format jsonl (the default), each file is one line:
  {"doc": "PATH", "title": "...", "published": "YYYY-MM-DD", "text": "..."}
where title and published are null when unknown. With --format text, each
file is a short header followed by its text.

A file that cannot be read is reported on its own line and the others are
still read; the exit status is then 1.`,
		setup: setupRead,
	})
}

// readRecord is one line of `annals read --format jsonl`.
type readRecord struct {
	Doc       string            `json:"doc"`
	Title     annals.NullString `json:"title"`
	Published annals.NullString `json:"published"`
	Text      string            `json:"text"`
}

func setupRead(fs *flag.FlagSet, env *Env) func([]string) error {
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	maxSize := fs.Int64("max-size", read.DefaultMaxSize, "largest file to read, in bytes")
	return func(args []string) error {
		if *format != "jsonl" && *format != "text" {
			return usageError("unknown format %q (want jsonl or text)", *format)
		}
		if *maxSize <= 0 {
			return usageError("--max-size must be positive")
		}
		if len(args) == 0 {
			return usageError("no files or folders given")
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		paths, bad := collectStories(args, func(path string, err error) {
			fmt.Fprintf(env.Stderr, "annals read: %s: %s\n", path, errText(path, err))
		})
		failed := bad > 0
		for i, path := range paths {
			d, err := read.File(path, read.Options{MaxSize: *maxSize})
			if err != nil {
				fmt.Fprintf(env.Stderr, "annals read: %s: %v\n", path, err)
				failed = true
				continue
			}
			if *format == "jsonl" {
				rec := readRecord{Doc: path, Title: annals.NullString(d.Title), Published: annals.NullString(d.Published), Text: d.Text}
				if err := enc.Encode(rec); err != nil {
					return err
				}
				continue
			}
			if i > 0 {
				fmt.Fprintln(env.Stdout)
			}
			writeReadText(env, path, d)
		}
		if failed {
			return errFailed
		}
		return nil
	}
}

// writeReadText prints one document for people: a header, then the text.
func writeReadText(env *Env, path string, d *read.Doc) {
	w := env.Stdout
	fmt.Fprintf(w, "== %s (%s, %d bytes)\n", path, d.Format, len(d.Raw))
	orNone := func(s string) string {
		if s == "" {
			return "(none)"
		}
		return s
	}
	fmt.Fprintf(w, "Title:     %s\n", orNone(d.Title))
	fmt.Fprintf(w, "Published: %s\n", orNone(d.Published))
	fmt.Fprintf(w, "Text:      %s, %s\n\n", readPlural(strings.Count(d.Text, "\n\n")+1, "paragraph"), readPlural(len(strings.Fields(d.Text)), "word"))
	fmt.Fprintln(w, d.Text)
}

// readPlural writes "1 word", "2 words".
func readPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
