// Package cli is the command line of annals: it parses flags, runs one
// subcommand and turns errors into one clear line and an exit status.
// Each subcommand lives in its own file and registers itself in init.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"strings"
	"time"
)

// Env is what a command may touch: its streams and the environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// command is one subcommand of annals.
type command struct {
	name    string
	usage   string // "extract [--format jsonl|json|text] FILE..."
	summary string // one line for the command list
	help    string // longer text shown by --help, may be empty
	// setup declares the flags on fs and returns the function that runs the
	// command with the remaining arguments.
	setup func(fs *flag.FlagSet, env *Env) func(args []string) error
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("cli: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// exitError carries an exit status without a message of its own: the
// command has already reported each failure on its own line.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// errFailed is returned by batch commands when some inputs failed.
var errFailed = exitError(1)

// Main runs annals with os.Args and exits.
func Main() {
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	if len(os.Args) > 1 && (os.Args[1] == "extract" || os.Args[1] == "read") {
		// only the commands that hold one story per worker and nothing
		// else: an ingest's batches, a server's or a worker's caches may
		// need more, and a live heap above the limit would keep the
		// collector running
		softMemoryLimit(env)
		// their heap in huge pages: a tenth of the CPU over 1,000
		// stories, a quarter of one small file's, went to page faults
		hugeHeap()
	}
	stop := cpuProfile(env)
	stopMem := memProfile(env, time.Second)
	code := Run(os.Args[1:], env)
	stopMem()
	stop()
	os.Exit(code)
}

// cpuProfile writes a CPU profile of the run to the file $ANNALS_CPUPROFILE
// names, if any (go tool pprof reads it; docs/performance.md); the
// returned function ends it.
func cpuProfile(env *Env) func() {
	path := env.Getenv("ANNALS_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals: cpu profile %s: %v\n", path, err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// memProfile writes a heap profile of the run to the file
// $ANNALS_MEMPROFILE names, if any, each time the live heap (as the last
// collection found it, read every tick) has grown a twentieth past the
// largest written: the file ends holding the heap at its largest, which
// is what a run's peak memory is made of (go tool pprof -sample_index
// inuse_space; docs/performance.md). The returned function stops the
// watch and writes the profile once more if the heap grew since.
func memProfile(env *Env, tick time.Duration) func() {
	path := env.Getenv("ANNALS_MEMPROFILE")
	if path == "" {
		return func() {}
	}
	var largest uint64
	write := func() {
		live := liveHeap()
		if live <= largest+largest/20 {
			return
		}
		if err := writeHeap(path); err != nil {
			fmt.Fprintf(env.Stderr, "annals: memory profile %s: %v\n", path, err)
			return
		}
		largest = live
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				write()
			case <-done:
				write()
				return
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// writeHeap writes the heap profile to path, whole or not at all (a
// file beside it renamed).
func writeHeap(path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	err = pprof.Lookup("heap").WriteTo(f, 0)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// memoryLimit is the soft limit of the Go heap set by softMemoryLimit.
const memoryLimit = 128 << 20

// softMemoryLimit asks the garbage collector to work harder when the heap
// nears memoryLimit, unless GOMEMLIMIT says otherwise. It is a soft limit
// and a complement: what a story costs is bounded by reading it compactly
// and extracting it window by window (docs/reliability.md); by default the
// collector lets the heap grow to twice what is live, and this keeps the
// peak of a 10 MB story with the tagger under 150 MB. Work that needs more
// still gets it (the collector then uses at most half the CPU).
func softMemoryLimit(env *Env) {
	if env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// Run runs the subcommand named by args[0] and returns the exit status:
// 0 on success, 1 when the work failed, 2 on a usage error.
func Run(args []string, env *Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printHelp(c, env)
				return 0
			}
		}
		printUsage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "annals: unknown command %q (run 'annals help' for the list)\n", args[0])
		return 2
	}
	fs := flag.NewFlagSet("annals "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := c.setup(fs, env)
	if err := fs.Parse(interleave(fs, args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printHelp(c, env)
			return 0
		}
		fmt.Fprintf(env.Stderr, "annals %s: %v (see 'annals %s --help')\n", c.name, err, c.name)
		return 2
	}
	err := run(fs.Args())
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return int(ee)
	case errors.Is(err, errUsage):
		msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": ")
		fmt.Fprintf(env.Stderr, "annals %s: %s (see 'annals %s --help')\n", c.name, msg, c.name)
		return 2
	default:
		fmt.Fprintf(env.Stderr, "annals %s: %v\n", c.name, err)
		return 1
	}
}

// errUsage marks errors in how a command was called.
var errUsage = errors.New("usage")

// usageError returns an error reported as a usage error (exit status 2).
func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
}

// interleave moves flags that follow positional arguments to the front, so
// that "annals ingest examples/ --db x.db" works like "--db x.db examples/".
// Everything after "--" stays positional.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, append([]string{"--"}, pos...)...)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "annals turns news stories and press releases about international organizations")
	fmt.Fprintln(w, "into a cited, searchable chronicle.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: annals COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'annals COMMAND --help' for the flags of a command.")
}

func printHelp(c *command, env *Env) {
	w := env.Stdout
	fmt.Fprintf(w, "Usage: annals %s\n\n%s\n", c.usage, sentence(c.summary))
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.help))
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	c.setup(fs, env)
	has := false
	fs.VisitAll(func(*flag.Flag) { has = true })
	if has {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// sentence writes a command summary as a sentence: capitalized, with a period.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
