package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"annals/internal/ingest"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "ingest",
		usage:   "ingest [--db PATH] [--published DATE] [--gazetteer FILE] [--queue] PATH...",
		summary: "read stories from files and folders and store them with their facts",
		help: `Each PATH is a story file or a folder, read recursively for .txt, .md
and .html files. Every story is stored in one transaction with the facts
extracted from it; a story whose content is already stored is skipped, and a
file whose content changed replaces that story's facts.

On a terminal a progress bar shows the work; a summary closes it. A file that
cannot be read is reported on one line and the rest go on; the exit status
is 1 if any failed. The database is annals.db in the working directory
unless --db or $ANNALS_DB names another.

With --queue (PostgreSQL only) each story is put in the database's job
queue instead, with its bytes and stored name, for 'annals worker' processes
to read, extract and store (docs/scale.md).`,
		setup: setupIngest,
	})
}

// storyExts are the extensions ingest picks up inside folders.
var storyExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".xhtml": true}

// errNoStories is the error of a folder that holds no story file: a
// wrong folder named should not pass for an empty load.
var errNoStories = errors.New("no story files in this folder (.txt, .md, .html and their variants)")

func setupIngest(fset *flag.FlagSet, env *Env) func([]string) error {
	var ef extractFlags
	ef.declare(fset)
	db := dbFlag(fset, env)
	quiet := fset.Bool("quiet", false, "no progress bar")
	queued := fset.Bool("queue", false, "enqueue the stories for 'annals worker' instead of storing them (PostgreSQL only)")
	memLimit := fset.Int64("memory-limit", -1, "soft limit of the Go runtime's memory in `MiB` (0: none; by default 256, or a quarter of the machine's memory when less, unless $GOMEMLIMIT sets one)")
	return func(args []string) error {
		if len(args) == 0 {
			return usageError("no files or folders given")
		}
		if *queued {
			return enqueue(env, *db, ef.maxSize, args)
		}
		defer setMemoryLimit(memoryLimitFor(*memLimit, env.Getenv("GOMEMLIMIT"), machineMemory()))()
		x, opt, err := ef.extractor()
		if err != nil {
			return err
		}
		paths, names, bad := collectStoriesNamed(args, func(path string, err error) {
			fmt.Fprintf(env.Stderr, "annals ingest: %s: %s\n", path, errText(path, err))
		})
		st, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer st.Close()

		var bar *progressbar.ProgressBar
		if f, ok := env.Stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) && len(paths) > 1 {
			bar = progressbar.NewOptions(len(paths),
				progressbar.OptionSetWriter(env.Stderr),
				progressbar.OptionSetDescription("ingesting"),
				progressbar.OptionShowCount(),
				progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("stories"),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish())
		}
		var sum ingestSummary
		sum.failed = bad
		ctx := context.Background()
		before, err := st.Counts(ctx)
		if err != nil {
			return err
		}
		err = ingest.FilesNamed(ctx, st, paths, names, x, opt, ef.maxSize, func(r ingest.Stored) {
			if bar != nil {
				bar.Add(1)
			}
			sum.read++
			fail := func(msg string) {
				sum.failed++
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(env.Stderr, "annals ingest: %s: %s\n", r.Path, msg)
			}
			switch {
			case r.Err != nil:
				fail(errText(r.Path, r.Err))
				return
			case r.PutErr != nil:
				fail(fmt.Sprintf("not stored: %v", r.PutErr))
				return
			case r.Incomplete != nil:
				// stored with what the other stages found
				fail(fmt.Sprintf("stored, but %v", r.Incomplete))
			}
			switch {
			case r.Result.Skipped:
				sum.skipped++
			case r.Result.Replaced:
				sum.replaced++
			default:
				sum.stored++
			}
		})
		if err != nil {
			return err
		}
		if bar != nil {
			bar.Finish()
		}
		after, err := st.Counts(ctx)
		if err != nil {
			return err
		}
		sum.events = after.Events - before.Events
		sum.reports = after.Reports - before.Reports
		sum.entities = after.Entities - before.Entities
		fmt.Fprintln(env.Stdout, sum.String(store.Redact(*db)))
		if sum.failed > 0 {
			return errFailed
		}
		return nil
	}
}

// ingestSummary counts what one ingest did.
type ingestSummary struct {
	read, stored, replaced, skipped, failed int // read counts files tried
	// events, reports and entities are the net changes of the store:
	// one event reported by three stories counts once, with 3 reports.
	events, reports, entities int
}

func (s ingestSummary) String(db string) string {
	return fmt.Sprintf("%d stored, %d replaced, %d unchanged, %d failed; %s (%s) and %s added to %s",
		s.stored, s.replaced, s.skipped, s.failed, plural(s.events, "event", "events"), plural(s.reports, "report", "reports"), plural(s.entities, "entity", "entities"), db)
}

// notStory reports whether a file found in a folder is a project file
// rather than a story: README.md, LICENSE.txt, CHANGELOG.md and the like.
func notStory(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "NOTICE", "CONTRIBUTING", "AUTHORS", "COPYING", "INDEX", "TODO":
		return true
	}
	return false
}

// collectStories expands args into story files: files as given, folders
// walked recursively for story extensions (hidden folders skipped), in a
// stable order. Paths that cannot be read are reported and counted.
func collectStories(args []string, report func(string, error)) ([]string, int) {
	var out []string
	bad := 0
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			if os.IsNotExist(err) {
				err = fmt.Errorf("no such file or folder")
			}
			report(a, err)
			bad++
			continue
		}
		if !info.IsDir() {
			out = append(out, a)
			continue
		}
		// A folder named through a link is walked through it (WalkDir
		// itself does not follow a link at its root: it would find nothing).
		root := a
		if li, err := os.Lstat(a); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = a + string(filepath.Separator)
		}
		var found []string
		werr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(p, err)
				bad++
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !storyExts[strings.ToLower(filepath.Ext(p))] || notStory(d.Name()) {
				return nil
			}
			regular := d.Type().IsRegular()
			if d.Type()&fs.ModeSymlink != 0 {
				// a link to a story file counts; a link to a folder is not followed
				if info, err := os.Stat(p); err == nil {
					regular = info.Mode().IsRegular()
				}
			}
			if regular {
				found = append(found, p)
			}
			return nil
		})
		if werr != nil {
			report(a, werr)
			bad++
		} else if len(found) == 0 {
			report(a, errNoStories)
			bad++
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, bad
}

// collectStoriesNamed is collectStories with the name each story is
// stored under: its path as given when that is relative and inside the
// working folder ("examples/a.md"), else its path relative to the parent
// of the folder it was found in ("/home/me/news/2019/a.md" ingested as
// "/home/me/news" is "news/2019/a.md"), or a lone file's own name. No
// stored story names a folder of the machine that ingested it.
func collectStoriesNamed(args []string, report func(string, error)) (paths, names []string, bad int) {
	for _, a := range args {
		found, n := collectStories([]string{a}, report)
		bad += n
		for _, p := range found {
			paths = append(paths, p)
			names = append(names, storedName(a, p))
		}
	}
	return paths, names, bad
}

// storedName is the name a story found at path p under argument arg is
// stored under (see collectStoriesNamed).
func storedName(arg, p string) string {
	c := filepath.Clean(p)
	if !filepath.IsAbs(c) && c != ".." && !strings.HasPrefix(c, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(c)
	}
	if c == filepath.Clean(arg) {
		return filepath.Base(c)
	}
	root, err := filepath.Abs(arg)
	if err != nil {
		return filepath.Base(c)
	}
	abs, err := filepath.Abs(c)
	if err != nil {
		return filepath.Base(c)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.Base(c)
	}
	return filepath.ToSlash(filepath.Join(filepath.Base(root), rel))
}

var _ store.Store = (*store.DB)(nil)
