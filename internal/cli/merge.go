package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "merge",
		usage:   "merge A B [--db PATH]",
		summary: "correct the store: entity A is entity B (kept at later ingestions)",
		help: `
A and B name entities as 'annals show' does (any name, or "#12"). Everything
said of A is then said of B: names, mentions, roles, events (events that
become one are merged). The correction is stored as a rule keyed by A's
name (or, when A has only weak names such as "Mr. Sall", by its name in
each of its stories) and applied again whenever those stories are
ingested. 'annals rules' lists the rules.`,
		setup: setupMerge,
	})
	register(&command{
		name:    "split",
		usage:   "split A --story PATH [--story PATH...] [--db PATH]",
		summary: "correct the store: A as named in these stories is another entity",
		help: `
The mentions of entity A in the given stories (paths as ingested, see
'annals show A') become a new entity, kept apart from A at later
ingestions of those stories: two people called "Mr. Sall" stay two.`,
		setup: setupSplit,
	})
	register(&command{
		name:    "rules",
		usage:   "rules [--delete ID] [--format text|json] [--db PATH]",
		summary: "list (or delete) the corrections made with merge and split",
		setup:   setupRules,
	})
}

func setupMerge(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	return func(args []string) error {
		if len(args) != 2 {
			return usageError("give two entities: merge A B")
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()
		a, err := pickEntity(ctx, s, args[0], "")
		if err != nil {
			return err
		}
		b, err := pickEntity(ctx, s, args[1], "")
		if err != nil {
			return err
		}
		if a.ID == b.ID {
			return fmt.Errorf("cannot merge an entity with itself (%q and %q are both #%d %s)", args[0], args[1], a.ID, a.Name)
		}
		rule, err := s.MergeEntities(ctx, a.ID, b.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Merged #%d %s into #%d %s (rule #%d: %s).\n", a.ID, a.Name, b.ID, b.Name, rule.ID, rule.Note)
		return nil
	}
}

// multiFlag collects a repeated string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func setupSplit(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	var stories multiFlag
	fs.Var(&stories, "story", "a story (path as ingested) whose mentions are split off; repeatable")
	return func(args []string) error {
		if len(args) != 1 {
			return usageError("give one entity: split A --story PATH")
		}
		if len(stories) == 0 {
			return usageError("give the stories to split off with --story PATH")
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()
		a, err := pickEntity(ctx, s, args[0], "")
		if err != nil {
			return err
		}
		rule, id, err := s.SplitEntity(ctx, a.ID, stories)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Split %s in %s off #%d %s as #%d (rule #%d).\n", a.Name, strings.Join(stories, ", "), a.ID, a.Name, id, rule.ID)
		return nil
	}
}

func setupRules(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	del := fs.Int64("delete", 0, "delete the rule with this id (the store changes back when its stories are ingested again)")
	format := fs.String("format", "text", "output format: text or json")
	return func(args []string) error {
		if err := formatFlag(*format, "text", "json"); err != nil {
			return err
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()
		if *del != 0 {
			if err := s.DeleteRule(ctx, *del); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "Deleted rule #%d.\n", *del)
			return nil
		}
		rules, err := s.Rules(ctx)
		if err != nil {
			return err
		}
		if *format == "json" {
			return writeJSON(env.Stdout, struct {
				Rules []store.Rule `json:"rules"`
			}{rules})
		}
		if len(rules) == 0 {
			fmt.Fprintln(env.Stdout, "No rules.")
			return nil
		}
		tw := newTable(env.Stdout)
		for _, r := range rules {
			where := r.FromPath
			if where == "" {
				where = "any story"
			}
			fmt.Fprintf(tw, "#%s\t%s\t%s\t%q in %s\t%s\n", strconv.FormatInt(r.ID, 10), r.Kind, r.Type, r.FromName, where, r.Note)
		}
		return tw.Flush()
	}
}
