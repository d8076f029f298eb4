package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"annals"
	"annals/internal/store"
)

// Each export is checked against the rules of its format, on events built
// to break them (long and non-ASCII text, commas, quotes, line breaks,
// semicolons, backslashes, formula starts), and on the shipped example
// files in docs/examples, so that a regression fails CI.

func hostileRows() []store.EventRow {
	long := strings.Repeat("Ünïcödé, «quoted» \"text\"; with\\backslashes ", 8)
	cite := func(text string) store.Citation {
		return store.Citation{StoryID: 3, Path: "stories/a,b.md", Title: "=HYPERLINK(\"http://x\")", URL: "https://example.org/a?b=1&c=2",
			Published: "2016-10-21", Evidence: annals.Span{Start: 4, End: 4 + len(text), Text: text}}
	}
	ots := store.Ref{ID: 1, Name: "Organization of Turkic States", Type: annals.Org}
	unaoc := store.Ref{ID: 2, Name: "United Nations Alliance of Civilizations", Type: annals.Org}
	ist := store.Ref{ID: 3, Name: "Istanbul", Type: annals.Place}
	return []store.EventRow{
		{ID: 1, Type: annals.Agreement, Title: "=Memorandum, of \"Understanding\"", Date: "2016-10-20", Place: "Istanbul", Status: annals.Held,
			Participants: []store.Ref{ots, unaoc, ist}, Citation: cite(long), Reports: 2, Sources: 2,
			Disagreements: []store.Disagreement{{Field: "place", Note: "reports disagree: Baku or Nukus"}}},
		{ID: 2, Type: annals.Conference, Title: "+youth conference\non extremism", Date: "2016-10-20", DateEnd: "2016-10-21", Status: annals.Held,
			Participants: []store.Ref{ots, unaoc}, Citation: cite("-1 line\r\nbreak")},
		{ID: 3, Type: annals.Programme, Title: "@exchange", Date: "2017-12", Status: annals.Held, Participants: []store.Ref{ots, unaoc}, Citation: cite("\tTabbed")},
		{ID: 4, Type: annals.Programme, Title: "training", Date: "2018-02-03", Status: annals.Held, Participants: []store.Ref{unaoc, ots}, Citation: cite("They trained.")},
		{ID: 5, Type: annals.Programme, Title: "lonely programme", Date: "2018-02-03", Status: annals.Held, Participants: []store.Ref{ots, ist}, Citation: cite("Alone.")},
		{ID: 6, Type: annals.Speech, Date: "2019-01-01", Status: annals.Held, Participants: []store.Ref{ots}, Citation: cite("He spoke.")},
		{ID: 7, Type: annals.Meeting, Date: "2020", Status: annals.Planned, Participants: []store.Ref{ots}, Citation: cite("They will meet.")},
		{ID: 8, Type: annals.Visit, Status: annals.Held, Participants: []store.Ref{unaoc}, Citation: cite("An undated visit.")},
	}
}

func export(t *testing.T, format string, rows []store.EventRow) (string, Writer) {
	t.Helper()
	var b bytes.Buffer
	x := New(format, &b, Options{About: []string{"OTS", "UNAOC"}, Now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)})
	if err := x.Begin(); err != nil {
		t.Fatal(err)
	}
	for _, e := range rows {
		if err := x.Event(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.End(); err != nil {
		t.Fatal(err)
	}
	return b.String(), x
}

// validICS checks RFC 5545: CRLF line ends, lines of at most 75 octets
// folded with a leading space and never inside a character, the required
// calendar properties (VERSION, PRODID) and, in each VEVENT, UID, DTSTAMP
// and DTSTART; text values escaped; components balanced.
func validICS(s string) []string {
	var errs []string
	if !strings.HasSuffix(s, "\r\n") {
		errs = append(errs, "the file does not end with CRLF")
	}
	if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		errs = append(errs, "a bare LF or CR")
	}
	var lines []string // unfolded
	for i, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			errs = append(errs, fmt.Sprintf("line %d has %d octets", i+1, len(l)))
		}
		if !utf8.ValidString(l) {
			errs = append(errs, fmt.Sprintf("line %d splits a character", i+1))
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(lines) == 0 {
				errs = append(errs, "the file opens with a continuation line")
				continue
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	name := regexp.MustCompile(`^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:`)
	var stack []string
	props := map[string]bool{}
	for i, l := range lines {
		if !name.MatchString(l) {
			errs = append(errs, fmt.Sprintf("content line %d is not NAME:VALUE: %q", i+1, l))
			continue
		}
		key, val, _ := strings.Cut(l, ":")
		key, _, _ = strings.Cut(key, ";")
		switch key {
		case "BEGIN":
			stack = append(stack, val)
			props = map[string]bool{}
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != val {
				errs = append(errs, fmt.Sprintf("END:%s does not close %v", val, stack))
				continue
			}
			need := map[string][]string{"VEVENT": {"UID", "DTSTAMP", "DTSTART"}}[val]
			for _, p := range need {
				if !props[p] {
					errs = append(errs, fmt.Sprintf("a %s has no %s", val, p))
				}
			}
			stack = stack[:len(stack)-1]
		case "SUMMARY", "DESCRIPTION", "LOCATION":
			if regexp.MustCompile(`(^|[^\\])(\\\\)*[,;]`).MatchString(val) {
				errs = append(errs, fmt.Sprintf("%s has an unescaped , or ;: %q", key, val))
			}
			fallthrough
		default:
			props[key] = true
		}
		if i < 3 && len(stack) == 1 {
			props["cal:"+key] = true
		}
	}
	if len(stack) != 0 {
		errs = append(errs, fmt.Sprintf("unclosed %v", stack))
	}
	if !strings.HasPrefix(s, "BEGIN:VCALENDAR\r\n") || !strings.Contains(s, "\r\nVERSION:2.0\r\n") || !strings.Contains(s, "\r\nPRODID:") {
		errs = append(errs, "the calendar lacks BEGIN:VCALENDAR, VERSION:2.0 or PRODID")
	}
	return errs
}

// validCSV checks RFC 4180 (strict quoting, one header, rows as wide as
// it) and the formula-injection guard: no cell starts with = + - @ or a
// tab or carriage return.
func validCSV(s string) []string {
	var errs []string
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = 0 // every row as wide as the first
	recs, err := r.ReadAll()
	if err != nil {
		return []string{err.Error()}
	}
	if len(recs) == 0 || !slices.Equal(recs[0], CSVColumns) {
		errs = append(errs, "the header is not CSVColumns")
	}
	for i, rec := range recs {
		for j, c := range rec {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				errs = append(errs, fmt.Sprintf("row %d column %d starts a formula: %q", i+1, j+1, c))
			}
		}
	}
	return errs
}

// validPLOVER checks each record against the PLOVER 2.0 manual's JSON
// fields: an id (unique), a date YYYY-MM-DD, actor a non-empty list of
// actor objects (never CAMEO's source or target), recipient a list (not
// empty for COOPERATE, AID and SANCTION), event a non-empty list of PLOVER
// categories, mode and context lists.
func validPLOVER(s string) []string {
	var errs []string
	ids := map[string]bool{}
	for i, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			errs = append(errs, fmt.Sprintf("record %d: %v", i+1, err))
			continue
		}
		bad := func(f string, a ...any) { errs = append(errs, fmt.Sprintf("record %d: ", i+1)+fmt.Sprintf(f, a...)) }
		id, _ := r["id"].(string)
		if id == "" || ids[id] {
			bad("id %q missing or repeated", id)
		}
		ids[id] = true
		date, _ := r["date"].(string)
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			bad("date %q is not YYYY-MM-DD", date)
		}
		if e, ok := r["enddate"].(string); ok {
			if end, err := time.Parse(time.DateOnly, e); err != nil || e < date {
				bad("enddate %q before date or malformed (%v, %v)", e, end, err)
			}
		}
		for _, k := range []string{"source", "target"} {
			if _, ok := r[k]; ok {
				bad("has CAMEO's %q field", k)
			}
		}
		list := func(k string) ([]any, bool) {
			v, ok := r[k].([]any)
			if !ok {
				bad("%s is not a list: %v", k, r[k])
			}
			return v, ok
		}
		actors, _ := list("actor")
		if len(actors) == 0 {
			bad("no actor")
		}
		recips, _ := list("recipient")
		for _, a := range append(append([]any{}, actors...), recips...) {
			o, ok := a.(map[string]any)
			if txt, _ := o["actor_text"].(string); !ok || txt == "" {
				bad("actor object without actor_text: %v", a)
			}
		}
		events, _ := list("event")
		if len(events) == 0 {
			bad("empty event list")
		}
		for _, e := range events {
			c, _ := e.(string)
			if !slices.Contains(PloverCategories, c) {
				bad("event %v is not a PLOVER category", e)
			}
			if PloverNeedsRecipient[c] && len(recips) == 0 {
				bad("%s without a recipient", c)
			}
		}
		for _, k := range []string{"mode", "context"} {
			if vs, ok := list(k); ok {
				for _, v := range vs {
					if s, _ := v.(string); s == "" {
						bad("%s holds %v", k, v)
					}
				}
			}
		}
		if q, ok := r["quad_code"].(float64); ok && (q < 1 || q > 4) {
			bad("quad_code %v", q)
		}
	}
	return errs
}

// validTimelineJS checks the TimelineJS 3 JSON format: an events list,
// each slide with a start_date holding a numeric year (month 1-12, day
// 1-31 when given) and text with a headline or text; unique ids.
func validTimelineJS(s string) []string {
	var errs []string
	var tl struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
	}
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&tl); err != nil {
		return []string{err.Error()}
	}
	if tl.Events == nil {
		errs = append(errs, "no events list")
	}
	ids := map[string]bool{}
	date := func(i int, k string, v any) {
		d, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, fmt.Sprintf("slide %d: %s is not an object", i, k))
			return
		}
		y, ok := d["year"].(float64)
		if !ok || y != float64(int(y)) {
			errs = append(errs, fmt.Sprintf("slide %d: %s.year %v is not a number", i, k, d["year"]))
		}
		for f, hi := range map[string]float64{"month": 12, "day": 31} {
			if m, ok := d[f]; ok {
				if n, ok := m.(float64); !ok || n < 1 || n > hi {
					errs = append(errs, fmt.Sprintf("slide %d: %s.%s %v", i, k, f, m))
				}
			}
		}
	}
	for i, ev := range tl.Events {
		date(i, "start_date", ev["start_date"])
		if e, ok := ev["end_date"]; ok {
			date(i, "end_date", e)
		}
		txt, _ := ev["text"].(map[string]any)
		if h, t := txt["headline"], txt["text"]; h == nil && t == nil {
			errs = append(errs, fmt.Sprintf("slide %d has no text", i))
		}
		if id, ok := ev["unique_id"].(string); ok {
			if ids[id] {
				errs = append(errs, fmt.Sprintf("slide %d repeats id %s", i, id))
			}
			ids[id] = true
		}
	}
	return errs
}

func TestExportsValidate(t *testing.T) {
	rows := hostileRows()
	validators := map[string]func(string) []string{"ics": validICS, "csv": validCSV, "plover": validPLOVER, "timelinejs": validTimelineJS}
	for format, valid := range validators {
		out, x := export(t, format, rows)
		for _, e := range valid(out) {
			t.Errorf("%s: %s", format, e)
		}
		if format == "plover" {
			// coded: 1 (AGREE), 2 (CONSULT), 4 (COOPERATE, with a
			// recipient); left out: a month date, a programme with one
			// party, a speech, a planned meeting, an undated visit.
			if n := strings.Count(out, "\n"); n != 3 {
				t.Errorf("plover: %d records, want 3:\n%s", n, out)
			}
			total := 0
			for _, n := range x.(Skipper).Skipped() {
				total += n
			}
			if total != 5 {
				t.Errorf("plover: %d left out, want 5: %v", total, x.(Skipper).Skipped())
			}
		}
	}
	// the validators reject what they should
	broken := map[string]string{
		"ics":        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:a, b\r\nDTSTART:20160101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"csv":        strings.Join(CSVColumns, ",") + "\n=1" + strings.Repeat(",", len(CSVColumns)-1) + "\n",
		"plover":     `{"id":"a","date":"2016","source":[],"event":["SPEAK"],"mode":"visit"}` + "\n",
		"timelinejs": `{"events":[{"start_date":{"year":"2016"},"text":{}}]}`,
	}
	for format, in := range broken {
		if len(validators[format](in)) == 0 {
			t.Errorf("the %s validator accepts %q", format, in)
		}
	}
}

// The example files shipped in docs/examples pass the same checks.
func TestShippedExamplesValidate(t *testing.T) {
	files := map[string]func(string) []string{
		"chronicle.ics": validICS, "chronicle.csv": validCSV, "chronicle.plover.jsonl": validPLOVER, "ots-unaoc.timelinejs.json": validTimelineJS,
	}
	for name, valid := range files {
		b, err := os.ReadFile("../../docs/examples/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range valid(string(b)) {
			t.Errorf("docs/examples/%s: %s", name, e)
		}
	}
}
