package extract

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// StageError says that one or more stages of an extraction failed: a bug in
// a rule met a sentence it was not written for. The document returned with
// it still holds what the other stages found, so the story is kept; the
// error names each failed stage and where it failed, for a one-line report.
type StageError struct {
	Failures []StageFailure
}

// StageFailure is one stage that failed.
type StageFailure struct {
	Stage string // "dates", "figures", "entities", "roles", "events" or "output"
	Where string // the source line of the failure, "roles.go:347"
	Cause string // what went wrong, "runtime error: index out of range [5] with length 5"
}

func (e *StageError) Error() string {
	parts := make([]string, len(e.Failures))
	for i, f := range e.Failures {
		parts[i] = fmt.Sprintf("%s stage failed at %s: %s", f.Stage, f.Where, f.Cause)
	}
	return "extraction incomplete: " + strings.Join(parts, "; ")
}

// stage runs one stage of the extraction; a panic inside it is recorded as
// a failure of that stage instead of costing the story.
func (s *state) stage(name string, run func()) {
	defer func() {
		if p := recover(); p != nil {
			s.failures = append(s.failures, StageFailure{Stage: name, Where: panicSite(), Cause: fmt.Sprint(p)})
		}
	}()
	run()
}

// panicSite returns file:line of the innermost frame of this module below
// the panic, or "unknown".
func panicSite() string {
	pc := make([]uintptr, 32)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "annals/") && !strings.HasSuffix(f.Function, ".stage.func1") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}
