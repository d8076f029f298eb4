package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"annals"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "entities",
		usage:   "entities [--type ORG|PERSON|PLACE] [--query Q] [--limit N] [--format text|json] [--db PATH]",
		summary: "list stored organizations, people and places, most prominent first",
		help: `
Entities as resolved across stories (one row per real thing, whatever
names the stories used), sorted by the number of stories that name them,
then by mentions. --query keeps those with a name, alias, acronym or
former name containing Q (case and accents do not matter).`,
		setup: setupEntities,
	})
}

func setupEntities(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	typ := fs.String("type", "", "ORG, PERSON or PLACE")
	query := fs.String("query", "", "part of a name")
	limitN := fs.Int("limit", 50, "most entities to list")
	offset := fs.Int("offset", 0, "entities to skip")
	format := fs.String("format", "text", "output format: text or json")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("unexpected argument %q (use --query to filter by name)", args[0])
		}
		if err := formatFlag(*format, "text", "json"); err != nil {
			return err
		}
		t := annals.EntityType(strings.ToUpper(*typ))
		if t != "" && t != annals.Org && t != annals.Person && t != annals.Place {
			return usageError("unknown entity type %q (want ORG, PERSON or PLACE)", *typ)
		}
		if *limitN <= 0 || *offset < 0 {
			return usageError("--limit must be positive and --offset not negative")
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		es, err := s.Entities(context.Background(), store.EntityFilter{Type: t, Query: *query, Limit: *limitN, Offset: *offset})
		if err != nil {
			return err
		}
		if es == nil {
			es = []store.EntitySummary{}
		}
		if *format == "json" {
			return writeJSON(env.Stdout, struct {
				Entities []store.EntitySummary `json:"entities"`
			}{es})
		}
		writeEntitiesText(env.Stdout, es)
		return nil
	}
}

func writeEntitiesText(w io.Writer, es []store.EntitySummary) {
	if len(es) == 0 {
		fmt.Fprintln(w, "No entities.")
		return
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "ID\tTYPE\tNAME\tSTORIES\tMENTIONS\tEVENTS\tALSO KNOWN AS")
	for _, e := range es {
		fmt.Fprintf(tw, "#%d\t%s\t%s\t%d\t%d\t%d\t%s\n", e.ID, e.Type, e.Name, e.Stories, e.Mentions, e.Events, clip(strings.Join(e.Aliases, ", "), 60))
	}
	tw.Flush()
}
