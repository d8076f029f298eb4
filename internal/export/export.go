// Package export writes events in the formats other tools read: CSV,
// JSON lines, iCalendar, PLOVER and TimelineJS. It is the one place each
// format is written: the command line (annals export, annals timeline
// --format csv) and the web application (/api/events.csv, .ics) both use
// it, so a file reads the same wherever it came from (docs/exports.md).
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"annals"
	"annals/internal/prose"
	"annals/internal/store"
)

// Formats are the formats New writes.
var Formats = []string{"csv", "jsonl", "ics", "plover", "timelinejs"}

// Options shape a Writer.
type Options struct {
	// About names what the events are the chronicle of (TimelineJS title).
	About []string
	// Now is the DTSTAMP of iCalendar events; zero means the time New is
	// called.
	Now time.Time
}

// New returns the Writer of a format (one of Formats) to w; nil when the
// format is unknown.
func New(format string, w io.Writer, o Options) Writer {
	if o.Now.IsZero() {
		o.Now = time.Now().UTC()
	}
	switch format {
	case "csv":
		return newCSVExport(w)
	case "jsonl":
		return &jsonlExport{enc: newLineEncoder(w)}
	case "ics":
		return &icsExport{w: w, now: o.Now}
	case "plover":
		return &ploverExport{enc: newLineEncoder(w)}
	case "timelinejs":
		return &timelineJSExport{w: w, about: o.About}
	}
	return nil
}

// Write writes rows in format to w.
func Write(format string, w io.Writer, rows []store.EventRow, o Options) error {
	x := New(format, w, o)
	if x == nil {
		return fmt.Errorf("unknown export format %q", format)
	}
	if err := x.Begin(); err != nil {
		return err
	}
	for _, e := range rows {
		if err := x.Event(e); err != nil {
			return err
		}
	}
	return x.End()
}

// participantNames are the names of the participants, in order.
func participantNames(ps []store.Ref) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// Writer writes events one at a time: Begin once, Event for each event in
// the order they should appear, End once.
type Writer interface {
	Begin() error
	Event(store.EventRow) error
	End() error
}

func newLineEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// CSV.

// CSVColumns are the columns of the CSV export (docs/exports.md).
var CSVColumns = []string{"id", "date", "date_end", "type", "title", "place", "status", "participants", "participant_ids",
	"reports", "sources", "disagreements", "story_id", "story_path", "story_title", "published", "evidence", "evidence_start", "evidence_end"}

type csvExport struct{ cw *csv.Writer }

func newCSVExport(w io.Writer) *csvExport { return &csvExport{cw: csv.NewWriter(w)} }

func (x *csvExport) Begin() error { return x.cw.Write(CSVColumns) }

func (x *csvExport) Event(e store.EventRow) error {
	var ids []string
	for _, p := range e.Participants {
		ids = append(ids, strconv.FormatInt(p.ID, 10))
	}
	var notes []string
	for _, d := range e.Disagreements {
		notes = append(notes, d.Note)
	}
	c := e.Citation
	return x.cw.Write([]string{strconv.FormatInt(e.ID, 10), string(e.Date), string(e.DateEnd), string(e.Type), cell(e.Title), cell(e.Place),
		string(e.Status), cell(strings.Join(participantNames(e.Participants), "; ")), strings.Join(ids, ";"),
		strconv.Itoa(e.Reports), strconv.Itoa(e.Sources), cell(strings.Join(notes, "; ")),
		strconv.FormatInt(c.StoryID, 10), cell(c.Path), cell(c.Title), string(c.Published), cell(c.Evidence.Text),
		strconv.Itoa(c.Evidence.Start), strconv.Itoa(c.Evidence.End)})
}

func (x *csvExport) End() error { x.cw.Flush(); return x.cw.Error() }

// cell defuses spreadsheet formulas: story text is untrusted, and a cell
// starting with =, +, - or @ would be evaluated; it gets a leading '.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// JSON lines.

type jsonlExport struct{ enc *json.Encoder }

func (x *jsonlExport) Begin() error { return nil }

func (x *jsonlExport) Event(e store.EventRow) error { return x.enc.Encode(e) }

func (x *jsonlExport) End() error { return nil }

// iCalendar.

// icsExport writes RFC 5545: CRLF line ends, lines folded at 75 octets,
// TEXT values escaped, all-day events (DTSTART;VALUE=DATE, DTEND the day
// after the last), a UID per event and a DTSTAMP.
type icsExport struct {
	w   io.Writer
	now time.Time
}

func (x *icsExport) line(s string) error {
	_, err := io.WriteString(x.w, foldICS(s)+"\r\n")
	return err
}

func (x *icsExport) Begin() error {
	for _, l := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//annals//chronicle export//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"} {
		if err := x.line(l); err != nil {
			return err
		}
	}
	return nil
}

func (x *icsExport) Event(e store.EventRow) error {
	first, _, ok := e.Date.Bounds()
	if !ok {
		return nil // an undated event has no place in a calendar
	}
	_, last, _ := e.Date.Bounds()
	if _, l, ok := e.DateEnd.Bounds(); ok && l.After(last) {
		last = l
	}
	summary := strings.TrimSpace(string(e.Type) + ": " + cmpOr(e.Title, strings.Join(participantNames(e.Participants), ", ")))
	desc := fmt.Sprintf("%s. Participants: %s. Reports: %d from %d independent sources. Source: %s (%s): %s",
		strings.TrimSuffix(prose.EventSentence(e), "."), strings.Join(participantNames(e.Participants), "; "), e.Reports, e.Sources,
		e.Citation.Path, cmpOr(string(e.Citation.Published), "undated"), strings.Join(strings.Fields(e.Citation.Evidence.Text), " "))
	if e.Date.Precision() != annals.Day {
		desc = "Date known to the " + map[annals.Precision]string{annals.Year: "year", annals.Month: "month"}[e.Date.Precision()] + " only. " + desc
	}
	for _, d := range e.Disagreements {
		desc += " " + prose.UpperFirst(d.Note) + "."
	}
	lines := []string{
		"BEGIN:VEVENT",
		"UID:annals-event-" + strconv.FormatInt(e.ID, 10) + "@annals",
		"DTSTAMP:" + x.now.Format("20060102T150405Z"),
		"DTSTART;VALUE=DATE:" + first.Format("20060102"),
		"DTEND;VALUE=DATE:" + last.AddDate(0, 0, 1).Format("20060102"),
		"SUMMARY:" + escapeICS(summary),
		"DESCRIPTION:" + escapeICS(desc),
		"CATEGORIES:" + escapeICS(string(e.Type)),
	}
	if e.Place != "" {
		lines = append(lines, "LOCATION:"+escapeICS(e.Place))
	}
	if e.Status == annals.Planned {
		lines = append(lines, "STATUS:TENTATIVE")
	} else {
		lines = append(lines, "STATUS:CONFIRMED")
	}
	lines = append(lines, "END:VEVENT")
	for _, l := range lines {
		if err := x.line(l); err != nil {
			return err
		}
	}
	return nil
}

func (x *icsExport) End() error { return x.line("END:VCALENDAR") }

// escapeICS escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon,
// comma and newlines.
func escapeICS(s string) string {
	s = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
	return s
}

// foldICS folds a content line so that no line is longer than 75 octets,
// continuation lines starting with a space (RFC 5545 3.1), never cutting
// a UTF-8 character.
func foldICS(s string) string {
	if len(s) <= 75 {
		return s
	}
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	return b.String()
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// PLOVER.

// ploverCategory maps annals' event types to PLOVER event categories
// (PLOVER manual, openeventdata/PLOVER, chapter "Event Categories"), with
// the modes the manual gives them and the quad code. Types with no PLOVER
// category (speeches: PLOVER dropped CAMEO's MAKE PUBLIC STATEMENT;
// appointments, campaigns, foundings) are not coded.
var ploverCategory = map[annals.EventType]struct {
	event string
	mode  []string
	quad  int
}{
	annals.Agreement:  {"AGREE", nil, 1},
	annals.Meeting:    {"CONSULT", nil, 1},
	annals.Visit:      {"CONSULT", []string{"visit"}, 1},
	annals.Conference: {"CONSULT", []string{"multilateral"}, 1},
	annals.Programme:  {"COOPERATE", nil, 2},
}

// PloverCategories are the event categories of PLOVER 2.0; an event
// record's event list holds only these.
var PloverCategories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
	"DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// PloverNeedsRecipient are the categories whose records must name a
// recipient: cooperation, aid and sanctions are done to someone.
var PloverNeedsRecipient = map[string]bool{"COOPERATE": true, "AID": true, "SANCTION": true}

// ploverActor is a PLOVER actor object.
type ploverActor struct {
	ActorText      string `json:"actor_text"`
	IdentifierID   string `json:"identifier_id"` // "annals:12"
	IdentifierText string `json:"identifier_text"`
	AnnalsType     string `json:"annals_type"` // ORG or PERSON
}

// ploverRecord is one PLOVER 2.0 event record, annals' own fields beside.
type ploverRecord struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	EndDate   string          `json:"enddate,omitempty"`
	Actor     []ploverActor   `json:"actor"`
	Recipient []ploverActor   `json:"recipient"`
	Event     []string        `json:"event"`
	Mode      []string        `json:"mode"`
	Context   []string        `json:"context"`
	EventLoc  *ploverLocation `json:"event_loc,omitempty"`
	EventText []string        `json:"event_text"`
	QuadCode  int             `json:"quad_code"`
	Text      string          `json:"text"`
	TextInfo  ploverTextInfo  `json:"text_info"`
	CiteInfo  ploverCiteInfo  `json:"cite_info"`
	Coder     string          `json:"coder"`

	AnnalsID        int64                `json:"annals_id"`
	AnnalsType      annals.EventType     `json:"annals_type"`
	Reports         int                  `json:"reports"`
	Sources         int                  `json:"sources"`
	AnnalsDisagrees []store.Disagreement `json:"disagreements,omitempty"`
}

type ploverLocation struct {
	Name string `json:"name"`
}

type ploverTextInfo struct {
	Start int `json:"start"` // byte offsets into the story file
	End   int `json:"end"`
}

type ploverCiteInfo struct {
	Corpus   string `json:"corpus"`
	Citation string `json:"citation"` // the story's path
	URL      string `json:"url,omitempty"`
	Title    string `json:"title"`
	Coder    string `json:"coder"`
}

// ploverExport writes the events PLOVER can code and counts the others
// by reason (see Skipped).
type ploverExport struct {
	enc     *json.Encoder
	skipped map[string]int
}

func (x *ploverExport) Begin() error { return nil }

// ploverSkip reasons.
const (
	skipCategory  = "with no PLOVER category (speeches, appointments, campaigns, foundings)"
	skipPlanned   = "planned (not yet held)"
	skipDate      = "not dated to the day"
	skipActor     = "with no organization or person taking part"
	skipRecipient = "cooperation with no second party as recipient"
)

// plover codes e as a PLOVER record, or says why it cannot.
func plover(e store.EventRow) (ploverRecord, string) {
	cat, ok := ploverCategory[e.Type]
	if !ok {
		return ploverRecord{}, skipCategory
	}
	if e.Status == annals.Planned {
		return ploverRecord{}, skipPlanned
	}
	if e.Date.Precision() != annals.Day {
		return ploverRecord{}, skipDate // PLOVER's date is a day: never one made up
	}
	r := ploverRecord{
		ID: "annals-" + strconv.FormatInt(e.ID, 10), Date: string(e.Date),
		Actor: []ploverActor{}, Recipient: []ploverActor{}, Event: []string{cat.event}, Mode: append([]string{}, cat.mode...),
		Context: []string{}, EventText: []string{}, QuadCode: cat.quad,
		Text:     strings.Join(strings.Fields(e.Citation.Evidence.Text), " "),
		TextInfo: ploverTextInfo{Start: e.Citation.Evidence.Start, End: e.Citation.Evidence.End},
		CiteInfo: ploverCiteInfo{Corpus: "annals", Citation: e.Citation.Path, URL: e.Citation.URL, Title: e.Citation.Title, Coder: "annals"},
		Coder:    "annals", AnnalsID: e.ID, AnnalsType: e.Type, Reports: e.Reports, Sources: e.Sources, AnnalsDisagrees: e.Disagreements,
	}
	if e.DateEnd.Precision() == annals.Day && e.DateEnd != e.Date {
		r.EndDate = string(e.DateEnd)
	}
	if e.Title != "" {
		r.EventText = []string{e.Title}
	}
	if e.Place != "" {
		r.EventLoc = &ploverLocation{Name: e.Place}
	}
	var parties []ploverActor
	for _, p := range e.Participants {
		if p.Type == annals.Place {
			continue // a venue, not a party
		}
		parties = append(parties, ploverActor{ActorText: p.Name, IdentifierID: "annals:" + strconv.FormatInt(p.ID, 10), IdentifierText: p.Name, AnnalsType: string(p.Type)})
	}
	if len(parties) == 0 {
		return ploverRecord{}, skipActor
	}
	if PloverNeedsRecipient[cat.event] {
		// The first party named runs the programme; the others take part
		// in it.
		if len(parties) < 2 {
			return ploverRecord{}, skipRecipient
		}
		r.Actor, r.Recipient = parties[:1], parties[1:]
	} else {
		// Agreements, meetings, visits and conferences are reciprocal:
		// as the manual codes them, every party is an actor and there is
		// no recipient.
		r.Actor = parties
	}
	return r, ""
}

func (x *ploverExport) Event(e store.EventRow) error {
	r, why := plover(e)
	if why != "" {
		if x.skipped == nil {
			x.skipped = map[string]int{}
		}
		x.skipped[why]++
		return nil
	}
	return x.enc.Encode(r)
}

func (x *ploverExport) End() error { return nil }

// Skipped counts the events left out, by reason.
func (x *ploverExport) Skipped() map[string]int { return x.skipped }

// Skipper is a Writer that leaves out events its format cannot hold.
type Skipper interface {
	// Skipped counts the events left out so far, by reason.
	Skipped() map[string]int
}

// TimelineJS.

// timelineJSExport writes a TimelineJS 3 JSON file: a title slide and one
// slide per dated event, streamed.
type timelineJSExport struct {
	w     io.Writer
	about []string
	n     int
}

type tjsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tjsSlide struct {
	UniqueID  string   `json:"unique_id"`
	StartDate tjsDate  `json:"start_date"`
	EndDate   *tjsDate `json:"end_date,omitempty"`
	Text      tjsText  `json:"text"`
	Group     string   `json:"group"`
}

func tjs(d annals.Date) *tjsDate {
	t, _, ok := d.Bounds()
	if !ok {
		return nil
	}
	out := &tjsDate{Year: t.Year()}
	if d.Precision() >= annals.Month {
		out.Month = int(t.Month())
	}
	if d.Precision() == annals.Day {
		out.Day = t.Day()
	}
	return out
}

func (x *timelineJSExport) Begin() error {
	head := "Chronicle"
	if len(x.about) > 0 {
		head = prose.JoinAnd(x.about) + ": a chronicle"
	}
	title, _ := json.Marshal(map[string]tjsText{"text": {Headline: head, Text: "Events recorded by annals, each cited to its source."}})
	_, err := fmt.Fprintf(x.w, "{\"title\": %s,\n\"events\": [", title)
	return err
}

func (x *timelineJSExport) Event(e store.EventRow) error {
	start := tjs(e.Date)
	if start == nil {
		return nil
	}
	c := e.Citation
	text := htmlEscape(prose.EventSentence(e)) + "<br><small>" + htmlEscape(cmpOr(c.Title, c.Path)) + " (" + htmlEscape(cmpOr(string(c.Published), "undated")) +
		"): “" + htmlEscape(strings.Join(strings.Fields(c.Evidence.Text), " ")) + "”"
	if e.Reports > 1 {
		text += fmt.Sprintf(" — %d reports from %d sources", e.Reports, e.Sources)
	}
	text += "</small>"
	for _, d := range e.Disagreements {
		text += "<br><em>" + htmlEscape(prose.UpperFirst(d.Note)) + "</em>"
	}
	s := tjsSlide{UniqueID: "event-" + strconv.FormatInt(e.ID, 10), StartDate: *start, Group: string(e.Type),
		Text: tjsText{Headline: htmlEscape(cmpOr(e.Title, prose.UpperFirst(string(e.Type)))), Text: text}}
	if e.DateEnd != "" && e.DateEnd != e.Date {
		s.EndDate = tjs(e.DateEnd)
	}
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	sep := ",\n"
	if x.n == 0 {
		sep = "\n"
	}
	x.n++
	_, err = io.WriteString(x.w, sep+string(b))
	return err
}

func (x *timelineJSExport) End() error {
	_, err := io.WriteString(x.w, "\n]}\n")
	return err
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
