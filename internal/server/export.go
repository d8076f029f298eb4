package server

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"annals"
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

// plural writes "1 report", "3 reports".
func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + one + "s"
}

// csvHeader is the column list of the CSV export (docs/exports.md).
var csvHeader = []string{"id", "date", "date_end", "type", "status", "title", "place", "participants", "reports", "sources",
	"disagreements", "story_id", "story_title", "published", "evidence"}

// apiEventsCSV writes the events as CSV, one row per event, with the
// citation of its earliest report, its numbers of reports and distinct
// sources, and what its reports disagree on.
func (s *Server) apiEventsCSV(w http.ResponseWriter, r *http.Request) {
	cw := csv.NewWriter(w)
	if s.streamEvents(w, r, func() {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="annals-events.csv"`)
		cw.Write(csvHeader)
	}, func(e store.EventRow) error {
		return cw.Write(eventCSV(e))
	}) {
		cw.Flush()
	}
}

// eventCSV is the CSV row of an event.
func eventCSV(e store.EventRow) []string {
	var names, notes []string
	for _, p := range e.Participants {
		names = append(names, p.Name)
	}
	for _, d := range e.Disagreements {
		notes = append(notes, d.Note)
	}
	c := e.Citation
	return []string{strconv.FormatInt(e.ID, 10), string(e.Date), string(e.DateEnd), string(e.Type), string(e.Status),
		csvSafe(e.Title), csvSafe(e.Place), csvSafe(strings.Join(names, "; ")), strconv.Itoa(e.Reports), strconv.Itoa(e.Sources),
		csvSafe(strings.Join(notes, "; ")), strconv.FormatInt(c.StoryID, 10), csvSafe(c.Title), string(c.Published), csvSafe(c.Evidence.Text)}
}

// csvSafe defuses spreadsheet formulas: a cell that a spreadsheet would
// evaluate (starting with =, +, - or @) gets a leading apostrophe, since
// story text is untrusted.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// apiEventsICS writes the events of known date as an iCalendar file
// (RFC 5545): all-day events spanning the date's precision (a month-only
// date covers the month), with the evidence as description.
func (s *Server) apiEventsICS(w http.ResponseWriter, r *http.Request) {
	host := r.Host
	if host == "" {
		host = "annals.local"
	}
	now := time.Now().UTC()
	if s.streamEvents(w, r, func() {
		w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="annals-events.ics"`)
		io.WriteString(w, icsHeader)
	}, func(e store.EventRow) error {
		_, err := io.WriteString(w, eventICS(e, host, now))
		return err
	}) {
		io.WriteString(w, foldICS("END:VCALENDAR"))
	}
}

// icsHeader opens the VCALENDAR.
var icsHeader = foldICS("BEGIN:VCALENDAR") + foldICS("VERSION:2.0") + foldICS("PRODID:-//annals//events//EN") + foldICS("CALSCALE:GREGORIAN")

// eventsICS renders rows as a VCALENDAR. Undated events are left out.
func eventsICS(rows []store.EventRow, host string, now time.Time) string {
	var b strings.Builder
	b.WriteString(icsHeader)
	for _, e := range rows {
		b.WriteString(eventICS(e, host, now))
	}
	b.WriteString(foldICS("END:VCALENDAR"))
	return b.String()
}

// eventICS is the VEVENT of an event, "" when its date is unknown. The
// description holds the evidence, its source, the number of reports and
// sources, and what the reports disagree on.
func eventICS(e store.EventRow, host string, now time.Time) string {
	first, _, ok := e.Date.Bounds()
	if !ok {
		return ""
	}
	var b strings.Builder
	line := func(s string) { b.WriteString(foldICS(s)) }
	_, last, _ := e.Date.Bounds()
	if _, l, ok := e.DateEnd.Bounds(); ok && l.After(last) {
		last = l
	}
	line("BEGIN:VEVENT")
	line(fmt.Sprintf("UID:event-%d@%s", e.ID, host))
	line("DTSTAMP:" + now.Format("20060102T150405Z"))
	line("DTSTART;VALUE=DATE:" + first.Format("20060102"))
	line("DTEND;VALUE=DATE:" + last.AddDate(0, 0, 1).Format("20060102"))
	line("SUMMARY:" + icsText(eventSummary(e)))
	if e.Place != "" {
		line("LOCATION:" + icsText(e.Place))
	}
	desc := e.Citation.Evidence.Text
	if e.Citation.Title != "" {
		desc += "\n\nSource: " + e.Citation.Title
		if e.Citation.Published != "" {
			desc += " (" + string(e.Citation.Published) + ")"
		}
	}
	if e.Reports > 1 {
		desc += fmt.Sprintf("\n%s from %s", plural(e.Reports, "report"), plural(e.Sources, "source"))
	}
	for _, d := range e.Disagreements {
		desc += "\n" + d.Note
	}
	line("DESCRIPTION:" + icsText(desc))
	line("CATEGORIES:" + icsText(string(e.Type)))
	if e.Date.Precision() != annals.Day {
		line("X-ANNALS-PRECISION:" + map[annals.Precision]string{annals.Year: "year", annals.Month: "month"}[e.Date.Precision()])
	}
	line("END:VEVENT")
	return b.String()
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

// icsText escapes a TEXT value (RFC 5545 3.3.11).
func icsText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// foldICS ends a content line with CRLF, folding it at 75 octets without
// splitting a UTF-8 sequence.
func foldICS(s string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		size := 1
		for i+size < len(s) && s[i+size]&0xC0 == 0x80 {
			size++
		}
		if n+size > 75 {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteString(s[i : i+size])
		n += size
		i += size
	}
	b.WriteString("\r\n")
	return b.String()
}
