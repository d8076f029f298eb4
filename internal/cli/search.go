package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "search",
		usage:   "search QUERY... [--limit N] [--offset N] [--format text|json] [--db PATH]",
		summary: "full-text search over stored stories, ranked, with highlighted snippets",
		help: `
Searches the titles and texts of stored stories (words match their
inflections: "sign" finds "signed" and "signing"; accents do not matter)
and lists them best first, each with a snippet where the matches are
highlighted. The query may use "exact phrases", OR, NOT and prefix*;
anything else is searched as plain words. Words found in most stories
("the") rank nothing: a query matching more than 2,000 stories and at
least half of them, with no OR, lists them newest first.`,
		setup: setupSearch,
	})
}

func setupSearch(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	limitN := fs.Int("limit", 10, "most stories to list")
	offset := fs.Int("offset", 0, "stories to skip")
	format := fs.String("format", "text", "output format: text or json")
	return func(args []string) error {
		if err := formatFlag(*format, "text", "json"); err != nil {
			return err
		}
		query := strings.TrimSpace(strings.Join(args, " "))
		if query == "" {
			return usageError("no QUERY given")
		}
		if *limitN <= 0 || *offset < 0 {
			return usageError("--limit must be positive and --offset not negative")
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		opt := store.SearchOptions{Limit: *limitN, Offset: *offset}
		if *format == "text" && isTerminal(env.Stdout) {
			opt.Open, opt.Close = "\x1b[1m", "\x1b[0m"
		}
		match, also, err := s.ExpandQuery(context.Background(), query)
		if err != nil {
			return err
		}
		hits, total, err := s.Search(context.Background(), match, opt)
		if err != nil {
			return err
		}
		if also == nil {
			also = []string{}
		}
		if *format == "json" {
			return writeJSON(env.Stdout, struct {
				Query string            `json:"query"`
				Also  []string          `json:"also"` // other names of the entity the query names, searched too
				Total int               `json:"total"`
				Hits  []store.SearchHit `json:"hits"`
			}{query, also, total, hits})
		}
		if len(also) > 0 {
			fmt.Fprintf(env.Stdout, "Also searching the other names of %q: %s.\n", query, strings.Join(also, ", "))
		}
		writeSearchText(env.Stdout, query, total, *offset, hits)
		return nil
	}
}

func writeSearchText(w io.Writer, query string, total, offset int, hits []store.SearchHit) {
	if total == 0 {
		fmt.Fprintf(w, "No story matches %q.\n", query)
		return
	}
	verb := "match"
	if total == 1 {
		verb = "matches"
	}
	fmt.Fprintf(w, "%s %s %q", plural(total, "story", "stories"), verb, query)
	if len(hits) < total {
		fmt.Fprintf(w, " (showing %d–%d)", offset+1, offset+len(hits))
	}
	fmt.Fprintln(w)
	for i, h := range hits {
		pub := string(h.Published)
		if pub == "" {
			pub = "undated"
		}
		title := h.Title
		if title == "" {
			title = h.Path
		}
		fmt.Fprintf(w, "\n%3d. %s\n     %s · %s · story #%d\n     %s\n", offset+i+1, title, pub, h.Path, h.StoryID,
			strings.Join(strings.Fields(h.Snippet), " "))
	}
}
