package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"annals"
	"annals/internal/store"
)

// Exports of an event query: the same parameters as /api/events, with a
// larger limit (default and maximum exportLimit).
const exportLimit = 10000

// apiEventsCSV writes the events as CSV, one row per event, with the
// citation of its earliest report.
func (s *Server) apiEventsCSV(w http.ResponseWriter, r *http.Request) {
	eq, err := s.parseEventQuery(r.Context(), r.URL.Query(), exportLimit, exportLimit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	rows, err := s.st.Timeline(r.Context(), eq.Filter)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="annals-events.csv"`)
	writeEventsCSV(w, rows)
}

// writeEventsCSV writes rows as CSV with a header line.
func writeEventsCSV(w http.ResponseWriter, rows []store.EventRow) {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "date", "date_end", "type", "status", "title", "place", "participants", "reports",
		"story_id", "story_title", "published", "evidence"})
	for _, e := range rows {
		var names []string
		for _, p := range e.Participants {
			names = append(names, p.Name)
		}
		c := e.Citation
		cw.Write([]string{strconv.FormatInt(e.ID, 10), string(e.Date), string(e.DateEnd), string(e.Type), string(e.Status),
			csvSafe(e.Title), csvSafe(e.Place), csvSafe(strings.Join(names, "; ")), strconv.Itoa(e.Reports),
			strconv.FormatInt(c.StoryID, 10), csvSafe(c.Title), string(c.Published), csvSafe(c.Evidence.Text)})
	}
	cw.Flush()
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
	eq, err := s.parseEventQuery(r.Context(), r.URL.Query(), exportLimit, exportLimit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	rows, err := s.st.Timeline(r.Context(), eq.Filter)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="annals-events.ics"`)
	host := r.Host
	if host == "" {
		host = "annals.local"
	}
	w.Write([]byte(eventsICS(rows, host, time.Now().UTC())))
}

// eventsICS renders rows as a VCALENDAR. Undated events are left out.
func eventsICS(rows []store.EventRow, host string, now time.Time) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(foldICS(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//annals//events//EN")
	line("CALSCALE:GREGORIAN")
	for _, e := range rows {
		first, _, ok := e.Date.Bounds()
		if !ok {
			continue
		}
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
		line("DESCRIPTION:" + icsText(desc))
		line("CATEGORIES:" + icsText(string(e.Type)))
		if e.Date.Precision() != annals.Day {
			line("X-ANNALS-PRECISION:" + map[annals.Precision]string{annals.Year: "year", annals.Month: "month"}[e.Date.Precision()])
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
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
