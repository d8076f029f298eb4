package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"annals"
	"annals/internal/prose"
	"annals/internal/store"
)

// defaultDB is the database used when neither --db nor $ANNALS_DB names one.
const defaultDB = "annals.db"

// dbFlag declares --db on fs. Its default is $ANNALS_DB, or annals.db in
// the working directory.
func dbFlag(fs *flag.FlagSet, env *Env) *string {
	def := defaultDB
	if env != nil && env.Getenv != nil {
		if v := env.Getenv("ANNALS_DB"); v != "" {
			def = v
		}
	}
	return fs.String("db", def, "the annals database: an SQLite file, or a postgres:// address (default: $ANNALS_DB, else annals.db)")
}

// openStore opens the database at path. With create false (the commands
// that only query), a missing database is an error rather than a new empty
// file. Errors read as one line: "annals.db: not an annals database (file
// is not a database)", "annals.db: database is locked by another process".
//
// A postgres:// address opens that PostgreSQL database instead (see
// store.OpenPostgres); its schema is created at the first open.
func openStore(path string, create bool) (*store.DB, error) {
	if store.IsPostgres(path) {
		return store.OpenPostgres(context.Background(), path)
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no database here (run 'annals ingest' first, or give --db or $ANNALS_DB)", path)
		}
	}
	s, err := store.Open(path)
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("%w (is another annals writing to it? try again when it is done)", err)
	}
	return s, err
}

// pickEntity finds the one entity called name (any name, alias, acronym
// or former name; "#12" names entity 12), of type t when t is not empty.
// When several entities match equally well, the error lists them.
func pickEntity(ctx context.Context, s store.Store, name string, t annals.EntityType) (store.EntitySummary, error) {
	if id, err := strconv.ParseInt(strings.TrimPrefix(name, "#"), 10, 64); err == nil && strings.HasPrefix(name, "#") {
		e, err := s.Entity(ctx, id)
		if err != nil {
			return store.EntitySummary{}, fmt.Errorf("no entity #%d", id)
		}
		return e, nil
	}
	all, err := s.FindEntities(ctx, name)
	if err != nil {
		return store.EntitySummary{}, err
	}
	var found []store.EntitySummary
	for _, e := range all {
		if t == "" || e.Type == t {
			found = append(found, e)
		}
	}
	what := "entity"
	switch t {
	case annals.Org:
		what = "organization"
	case annals.Person:
		what = "person"
	case annals.Place:
		what = "place"
	}
	if len(found) == 0 {
		if len(all) > 0 {
			return store.EntitySummary{}, fmt.Errorf("no %s named %q (but: %s)", what, name, candidates(all))
		}
		return store.EntitySummary{}, fmt.Errorf("no %s named %q (see 'annals entities --query')", what, name)
	}
	best := found[:1]
	for _, e := range found[1:] {
		if e.Matched == found[0].Matched {
			best = append(best, e)
		}
	}
	if len(best) > 1 {
		return store.EntitySummary{}, fmt.Errorf("%q is ambiguous: %s; name one by its id, e.g. %q", name, candidates(best), fmt.Sprintf("#%d", best[0].ID))
	}
	return best[0], nil
}

// candidates lists entities for an error line: "#10 Mr. Sall (PERSON, 1 story)".
func candidates(es []store.EntitySummary) string {
	var parts []string
	for i, e := range es {
		if i == 8 {
			parts = append(parts, fmt.Sprintf("and %d more", len(es)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("#%d %s (%s, %s)", e.ID, e.Name, e.Type, plural(e.Stories, "story", "stories")))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// dateFlag checks a --from or --to value: empty or YYYY, YYYY-MM or YYYY-MM-DD.
func dateFlag(name, v string) (annals.Date, error) {
	d := annals.Date(v)
	if v != "" && (d.Precision() == annals.NoDate || !d.Valid()) {
		return "", usageError("--%s %q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", name, v)
	}
	return d, nil
}

// formatFlag checks a --format value against the allowed ones.
func formatFlag(v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return usageError("unknown format %q (want %s)", v, strings.Join(allowed, ", "))
}

// isTerminal reports whether w is a terminal, for emphasis in text output.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// isoRange writes a date and its end as an abbreviated ISO 8601 interval:
// "2016-10-20/21", "2017-11/12", "2016/2017"; "undated" when unknown.
func isoRange(d, end annals.Date) string {
	if d == "" {
		return "undated"
	}
	if end == "" || end == d {
		return string(d)
	}
	if len(end) == len(d) {
		for _, cut := range []int{8, 5} { // same month, same year
			if len(d) > cut && d[:cut] == end[:cut] {
				return string(d) + "/" + string(end[cut:])
			}
		}
	}
	return string(d) + "/" + string(end)
}

// humanDate is prose.HumanDate, under the name this package's tests use.
var humanDate = prose.HumanDate

// clip shortens s to at most n runes, ending with "…" when cut, and puts
// it on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
