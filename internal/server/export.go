package server

import (
	"bufio"
	"errors"
	"math"
	"net/http"
	"strings"

	"annals"
	"annals/internal/export"
	"annals/internal/store"
)

// Exports of an event query: the same parameters as /api/events, every
// matching event (no limit), streamed from store.EachEvent so that memory
// stays constant however many events match.

// streamEvents runs the query of r through EachEvent, calling start once
// before the first event (or after none), then each for every event. An
// error before anything was written is answered as a JSON error; after,
// the response is cut short and the error logged.
func (s *Server) streamEvents(w http.ResponseWriter, r *http.Request, start func(), each func(store.EventRow) error) bool {
	eq, err := s.parseEventQuery(r.Context(), r.URL.Query(), math.MaxInt32, math.MaxInt32)
	if err != nil {
		s.apiFail(w, r, err)
		return false
	}
	if eq.Filter.After != nil || eq.Filter.Before != nil {
		s.apiFail(w, r, queryError("after, before: the exports page with offset, not a cursor"))
		return false
	}
	// limit and offset, when given, page through the stream.
	n, skip, lim := 0, eq.Filter.Offset, eq.Filter.Limit
	started := false
	err = s.st.EachEvent(r.Context(), eq.Filter, func(e store.EventRow) error {
		if !started {
			started = true
			start()
		}
		if n++; n <= skip {
			return nil
		}
		if n > skip+lim {
			return errEnough
		}
		return each(e)
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	if err != nil {
		if !started {
			s.apiFail(w, r, err)
			return false
		}
		s.log.Warn("export cut short", "path", r.URL.Path, "err", err)
		return false
	}
	if !started {
		start()
	}
	return true
}

// errEnough stops a stream at its limit.
var errEnough = errors.New("limit reached")

// apiEventsCSV writes the events as CSV, one row per event, with the
// citation of its earliest report, its numbers of reports and distinct
// sources, and what its reports disagree on (export.CSVColumns).
func (s *Server) apiEventsCSV(w http.ResponseWriter, r *http.Request) {
	s.exportEvents(w, r, "csv", "text/csv; charset=utf-8", "annals-events.csv")
}

// apiEventsICS writes the events of known date as an iCalendar file
// (RFC 5545): all-day events spanning the date's precision (a month-only
// date covers the month), with the evidence in the description.
func (s *Server) apiEventsICS(w http.ResponseWriter, r *http.Request) {
	s.exportEvents(w, r, "ics", "text/calendar; charset=utf-8", "annals-events.ics")
}

// exportEvents streams the events of the query of r in an export format.
func (s *Server) exportEvents(w http.ResponseWriter, r *http.Request, format, contentType, filename string) {
	bw := bufio.NewWriterSize(w, 32<<10)
	x := export.New(format, bw, export.Options{})
	var err error
	ok := s.streamEvents(w, r, func() {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
		err = x.Begin()
	}, func(e store.EventRow) error {
		if err != nil {
			return err
		}
		return x.Event(e)
	})
	if ok && err == nil {
		err = x.End()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		s.log.Warn("export cut short", "path", r.URL.Path, "err", err)
	}
}

// eventSummary is a one-line title for an event: "Agreement: OTS, UNAOC".
func eventSummary(e store.EventRow) string {
	t := string(e.Type)
	if t != "" {
		t = strings.ToUpper(t[:1]) + t[1:]
	}
	if e.Title != "" {
		t += ": " + e.Title
	}
	var names []string
	for _, p := range e.Participants {
		if p.Type != annals.Place {
			names = append(names, p.Name)
		}
	}
	if len(names) > 0 {
		if e.Title != "" {
			t += " (" + strings.Join(names, ", ") + ")"
		} else {
			t += ": " + strings.Join(names, ", ")
		}
	}
	return t
}
