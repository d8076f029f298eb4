package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"annals"
	"annals/internal/prose"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "show",
		usage:   "show NAME [--format text|json] [--db PATH]",
		summary: "show an entity's page, or the holders of an office",
		help: `
NAME is any name, alias, acronym or former name of an entity ("#12" for
entity 12). The page lists its names (former names with the date they
were given up), the offices it held or that are held in it, its events,
the stories that mention it, the entities it appears with most and the
organizations it has events with.

When NAME is an office rather than an entity ("Secretary-General", "High
Representative", "Secretary General of the OTS"), show lists its holders
in date order with their dates and citations.`,
		setup: setupShow,
	})
}

// officeOutput is the JSON of `annals show` for an office.
type officeOutput struct {
	Kind    string          `json:"kind"` // "office"
	Role    string          `json:"role"`
	Org     string          `json:"org"`
	Holders []store.RoleRow `json:"holders"`
}

// entityOutput is the JSON of `annals show` for an entity.
type entityOutput struct {
	Kind string            `json:"kind"` // "entity"
	Page *store.EntityPage `json:"page"`
}

func setupShow(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	format := fs.String("format", "text", "output format: text or json")
	return func(args []string) error {
		if err := formatFlag(*format, "text", "json"); err != nil {
			return err
		}
		name := strings.Join(args, " ")
		if strings.TrimSpace(name) == "" {
			return usageError("no NAME given")
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx := context.Background()

		// An office: when no entity has this as a strong name.
		found, err := s.FindEntities(ctx, name)
		if err != nil {
			return err
		}
		strong := len(found) > 0 && found[0].Matched != store.MatchWeak || strings.HasPrefix(name, "#")
		if !strong {
			role, org, holders, err := office(ctx, s, name)
			if err != nil {
				return err
			}
			if len(holders) > 0 {
				if *format == "json" {
					return writeJSON(env.Stdout, officeOutput{Kind: "office", Role: role, Org: org, Holders: holders})
				}
				writeOfficeText(env.Stdout, role, org, holders)
				return nil
			}
		}
		e, err := pickEntity(ctx, s, name, "")
		if err != nil {
			return err
		}
		page, err := s.EntityPage(ctx, e.ID)
		if err != nil {
			return err
		}
		if *format == "json" {
			return writeJSON(env.Stdout, entityOutput{Kind: "entity", Page: page})
		}
		writeEntityText(env.Stdout, page)
		return nil
	}
}

// office looks name up as an office: "High Representative", or "ROLE of
// ORG" / "ROLE for ORG" ("Secretary General of the OTS").
func office(ctx context.Context, s store.Store, name string) (role, org string, holders []store.RoleRow, err error) {
	if holders, err = s.RoleHolders(ctx, name, ""); err != nil || len(holders) > 0 {
		return name, "", holders, err
	}
	for _, sep := range []string{" of ", " for ", " at ", " in "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			role, org = name[:i], name[i+len(sep):]
			if holders, err = s.RoleHolders(ctx, role, org); err != nil || len(holders) > 0 {
				return role, org, holders, err
			}
		}
	}
	return name, "", nil, nil
}

func writeOfficeText(w io.Writer, role, org string, holders []store.RoleRow) {
	title := role
	if org != "" {
		title += " of " + org
	}
	fmt.Fprintf(w, "%s: %s\n\n", title, plural(len(holders), "holder", "holders"))
	writeRolesText(w, holders, true)
}

// writeRolesText lists offices: dates, person (or role), organization,
// and the first citation.
func writeRolesText(w io.Writer, rows []store.RoleRow, byPerson bool) {
	for _, r := range rows {
		when := string(r.From) + " –"
		if r.From == "" && r.AsOf != "" {
			when = "as of " + string(r.AsOf) + " –"
		}
		if r.To != "" {
			when += " " + string(r.To)
		}
		if r.From == "" && r.To == "" {
			when = "as of " + string(r.AsOf)
			if r.AsOf == "" {
				when = "undated"
			}
		}
		who := r.Role
		if r.Org.Name != "" {
			who += ", " + r.Org.Name
		}
		if byPerson {
			who = r.Person.Name + " (" + who + ")"
		}
		fmt.Fprintf(w, "  %-24s %s\n", when, who)
		for i, c := range r.Citations {
			if i == 2 {
				fmt.Fprintf(w, "  %-24s (+%d more)\n", "", len(r.Citations)-i)
				break
			}
			fmt.Fprintf(w, "  %-24s %s\n", "", cite(c, prose.Excerpt(c.Evidence.Text, prose.QuoteLen, []string{r.Person.Name})))
		}
	}
}

func writeEntityText(w io.Writer, p *store.EntityPage) {
	e := p.Entity
	fmt.Fprintf(w, "%s  (%s #%d)\n", e.Name, e.Type, e.ID)
	fmt.Fprintf(w, "%s, %s, %s\n", plural(e.Stories, "story", "stories"), plural(e.Mentions, "mention", "mentions"), plural(e.Events, "event", "events"))

	if len(p.Names) > 1 {
		fmt.Fprintln(w, "\nNames")
		tw := newTable(w)
		for _, n := range p.Names {
			note := plural(n.Seen, "story", "stories")
			if n.Until != "" {
				note = "until " + string(n.Until) + ", " + note
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", n.Name, n.Kind, note)
		}
		tw.Flush()
	}
	if len(p.Roles) > 0 {
		fmt.Fprintln(w, "\nOffices held")
		writeRolesText(w, p.Roles, false)
	}
	if len(p.Officers) > 0 {
		fmt.Fprintln(w, "\nOffice holders")
		writeRolesText(w, p.Officers, true)
	}
	if len(p.Events) > 0 {
		fmt.Fprintf(w, "\nEvents\n")
		var buf strings.Builder
		writeTimelineText(&buf, p.Events)
		for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
			if line != "" && !strings.HasSuffix(line, " events") && !strings.HasSuffix(line, " event") {
				fmt.Fprintln(w, "  "+line)
			}
		}
	}
	if len(p.Partners) > 0 {
		fmt.Fprintln(w, "\nPartners")
		tw := newTable(w)
		for _, pa := range p.Partners {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", pa.Name, plural(pa.Events, "event", "events"), isoSpan(pa.First, pa.Last))
		}
		tw.Flush()
	}
	if len(p.Stories) > 0 {
		fmt.Fprintln(w, "\nStories")
		tw := newTable(w)
		for _, s := range p.Stories {
			pub := string(s.Published)
			if pub == "" {
				pub = "undated"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", pub, clip(s.Title, 70), s.Path, plural(s.Mentions, "mention", "mentions"))
		}
		tw.Flush()
		if e.Stories > len(p.Stories) {
			fmt.Fprintf(w, "  … and %d more\n", e.Stories-len(p.Stories))
		}
	}
	if len(p.Cooccurring) > 0 {
		var with []string
		for _, c := range p.Cooccurring {
			with = append(with, fmt.Sprintf("%s (%d)", c.Name, c.Stories))
		}
		fmt.Fprintf(w, "\nAppears with\n  %s\n", strings.Join(with, ", "))
	}
}

// isoSpan writes "2015-05 – 2019-09-27", or one date when both agree.
func isoSpan(first, last annals.Date) string {
	if first == last {
		return string(first)
	}
	return string(first) + " – " + string(last)
}
