// Package annals is the domain of annals: a story and the facts read from it
// (entities, roles, figures, date expressions and events), each citing the
// span of the original file it came from.
//
// Data flows one way through the packages under internal/:
//
//	read (file -> text + byte map) -> text (sentences, tokens) -> gazetteer, extract
//	(annotations -> one Document of facts) -> resolve, store -> query -> server, cli
//
// This package imports nothing of ours; every other package may import it.
// The JSON form of Document is the output contract of `annals extract`
// (see ../shared/README.md): field names and nulls are part of the contract.
package annals

import (
	"encoding/json"
	"strings"
	"time"
)

// Span cites a piece of an original file: File[Start:End] == Text.
// Offsets are bytes into the file as read, not into the stripped text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// EntityType is the kind of a named entity.
type EntityType string

// The entity types.
const (
	Org    EntityType = "ORG"
	Person EntityType = "PERSON"
	Place  EntityType = "PLACE" // countries, cities, regions, seas, venues
)

// Entity is one real-world thing named in a story. Name is its fullest known
// form; Aliases are the other forms the text uses (acronyms, surnames,
// back-references such as "the Alliance").
type Entity struct {
	ID       string     `json:"id"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`
	Aliases  []string   `json:"aliases"`
	Mentions []Span     `json:"mentions"`
	// Ref is the key of the gazetteer entry the entity was matched to
	// (a Wikidata QID such as "Q1065", or "iso:TR"), empty when none.
	Ref string `json:"-"`
	// Former lists earlier names of the organization with the date they
	// were given up ("Turkic Council" until "2021"), from the gazetteer.
	Former []FormerName `json:"-"`
	// Found says which part of the extractor found the entity ("list",
	// "pattern" or "tagger"); set only when extraction is asked to
	// explain itself (annals extract --explain).
	Found string `json:"found,omitempty"`
}

// FormerName is a name an entity had until a date.
type FormerName struct {
	Name  string `json:"name"`
	Until Date   `json:"until"`
}

// Role is an office a person holds (or held) in an organization or a place:
// "Ban Ki-moon, Secretary-General of the United Nations".
type Role struct {
	Person   string `json:"person"`
	Role     string `json:"role"`
	Org      string `json:"org"`
	From     Date   `json:"from"`
	To       Date   `json:"to"`
	Evidence Span   `json:"evidence"`
}

// Figure is a count or an amount: "more than 300 young people" is
// {Value: 300, Unit: "young people", Qualifier: "more than"}.
// Money uses the ISO 4217 code as Unit, percentages the unit "percent".
type Figure struct {
	Value     float64    `json:"value"`
	Unit      string     `json:"unit"`
	Qualifier NullString `json:"qualifier"`
	Text      string     `json:"text"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
}

// DateMention is a date expression found in the text, with its value
// resolved at the text's precision; Value is empty when it cannot be
// resolved. ValueEnd ends a range of calendar dates.
type DateMention struct {
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Text     string    `json:"text"`
	Value    DateValue `json:"value"`
	ValueEnd Date      `json:"value_end"`
}

// EventType is the kind of an event.
type EventType string

// The event types of the contract.
const (
	Agreement   EventType = "agreement"
	Conference  EventType = "conference" // also forums and summits
	Meeting     EventType = "meeting"    // also ministerial meetings and talks
	Visit       EventType = "visit"
	Programme   EventType = "programme" // exchanges, trainings
	Speech      EventType = "speech"    // addresses, remarks, statements
	Appointment EventType = "appointment"
	Campaign    EventType = "campaign"
	Founding    EventType = "founding"
)

// EventTypes lists every event type in a stable order.
var EventTypes = []EventType{Agreement, Conference, Meeting, Visit, Programme, Speech, Appointment, Campaign, Founding}

// Status says whether an event happened or is planned, relative to the
// publication date of the story that reports it.
type Status string

// The event statuses.
const (
	Held    Status = "held"
	Planned Status = "planned"
)

// Event is something that happened (or will) between organizations and
// people: an agreement signed, a conference held, an appointment made.
// Participants name entities of the same Document by their Name.
type Event struct {
	Type         EventType  `json:"type"`
	Title        NullString `json:"title"`
	Date         Date       `json:"date"`
	DateEnd      Date       `json:"date_end"`
	Place        NullString `json:"place"`
	Participants []string   `json:"participants"`
	Status       Status     `json:"status"`
	Figures      []Figure   `json:"figures"`
	Evidence     Span       `json:"evidence"`
}

// Document is everything extracted from one story: the output contract of
// `annals extract --format jsonl`, one Document per line.
type Document struct {
	Doc       string        `json:"doc"`
	Title     NullString    `json:"title"`
	Published Date          `json:"published"`
	Entities  []Entity      `json:"entities"`
	Roles     []Role        `json:"roles"`
	Figures   []Figure      `json:"figures"`
	Dates     []DateMention `json:"dates"`
	Events    []Event       `json:"events"`
}

// Entity returns the entity of d with the given name, or nil.
func (d *Document) Entity(name string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].Name == name {
			return &d.Entities[i]
		}
	}
	return nil
}

// Story is a stored story: the original bytes and what was read from them.
type Story struct {
	ID        int64
	Path      string // as given when ingested
	Hash      string // hex SHA-256 of Raw
	Format    string // "text", "markdown" or "html"
	Title     string
	URL       string // where the story was published, "" if unknown
	Published Date
	Raw       []byte // the file as read; every Span indexes into it
	Text      string // the main text as read (paragraphs separated by blank lines)
	Ingested  time.Time
}

// NullString is a string that is JSON null when empty.
type NullString string

// MarshalJSON writes null for the empty string.
func (s NullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads a string or null.
func (s *NullString) UnmarshalJSON(b []byte) error {
	var p *string
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*s = ""
	if p != nil {
		*s = NullString(*p)
	}
	return nil
}

// Date is an ISO 8601 calendar date at the precision the text gives:
// "2005" (year), "2017-12" (month) or "2016-10-20" (day). The zero value
// means unknown and is JSON null.
type Date string

// Precision is how much of a Date is known.
type Precision int

// The precisions of a Date, from none to a day.
const (
	NoDate Precision = iota
	Year
	Month
	Day
)

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch len(d) {
	case 4:
		return Year
	case 7:
		return Month
	case 10:
		return Day
	}
	return NoDate
}

// Valid reports whether d is empty or a well-formed date at some precision.
// It reads the digits itself, as Bounds' time.Parse would (four digits of
// a year, a month 01-12, a day of that month), without building times:
// extraction asks it of every date it finds.
func (d Date) Valid() bool {
	if d == "" {
		return true
	}
	p := d.Precision()
	if p == NoDate || !digits(d[:4]) {
		return false
	}
	if p == Year {
		return true
	}
	if d[4] != '-' || !digits(d[5:7]) {
		return false
	}
	month := int(d[5]-'0')*10 + int(d[6]-'0')
	if month < 1 || month > 12 {
		return false
	}
	if p == Month {
		return true
	}
	if d[7] != '-' || !digits(d[8:10]) {
		return false
	}
	day := int(d[8]-'0')*10 + int(d[9]-'0')
	return day >= 1 && day <= daysIn(month, int(d[0]-'0')*1000+int(d[1]-'0')*100+int(d[2]-'0')*10+int(d[3]-'0'))
}

// digits reports whether s is made of ASCII digits only.
func digits(s Date) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// daysIn returns the number of days of a month (1-12) of a year of the
// Gregorian calendar, as the time package counts them.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Bounds returns the first and last day d covers: 2017-12 covers
// 2017-12-01 to 2017-12-31.
func (d Date) Bounds() (first, last time.Time, ok bool) {
	var layout string
	switch d.Precision() {
	case Year:
		layout = "2006"
	case Month:
		layout = "2006-01"
	case Day:
		layout = "2006-01-02"
	default:
		return first, last, false
	}
	t, err := time.Parse(layout, string(d))
	if err != nil {
		return first, last, false
	}
	switch d.Precision() {
	case Year:
		return t, t.AddDate(1, 0, -1), true
	case Month:
		return t, t.AddDate(0, 1, -1), true
	}
	return t, t, true
}

// Compatible reports whether d and e can denote the same time: one is a
// prefix of the other ("2016-10" and "2016-10-20"), or either is unknown.
func (d Date) Compatible(e Date) bool {
	if d == "" || e == "" {
		return true
	}
	return strings.HasPrefix(string(d), string(e)) || strings.HasPrefix(string(e), string(d))
}

// DateOf formats t at precision p.
func DateOf(t time.Time, p Precision) Date {
	switch p {
	case Year:
		return Date(t.Format("2006"))
	case Month:
		return Date(t.Format("2006-01"))
	case Day:
		return Date(t.Format("2006-01-02"))
	}
	return ""
}

// MarshalJSON writes null for the unknown date.
func (d Date) MarshalJSON() ([]byte, error) { return NullString(d).MarshalJSON() }

// UnmarshalJSON reads a date string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s NullString
	err := s.UnmarshalJSON(b)
	*d = Date(s)
	return err
}

// DateValue is the value of a date expression in the text: a calendar Date,
// or the TimeML (TIMEX3) value where the calendar has no place for the
// expression: an ISO week ("2019-W47") or its weekend ("2019-W47-WE"), a quarter or half ("1998-Q1",
// "1990-H1"), a season ("2012-SU", "SP", "FA", "WI"), a part of a day
// ("2000-01-05TNI": TMO, TAF, TEV, TNI), a decade ("197") or century ("19"),
// or PRESENT_REF, PAST_REF and FUTURE_REF. The zero value means unknown.
// Events are dated by calendar dates only: see Calendar.
type DateValue string

// The TimeML values of "now", "in the past" and "in the future".
const (
	PresentRef DateValue = "PRESENT_REF"
	PastRef    DateValue = "PAST_REF"
	FutureRef  DateValue = "FUTURE_REF"
)

// Valid reports whether v is empty or one of the forms of a DateValue.
func (v DateValue) Valid() bool {
	_, ok := v.parse()
	return ok
}

// Calendar returns the calendar date that holds all of v at the finest
// precision: a calendar date itself, the day of a part of a day, the month
// of a week that lies within one month and otherwise the year of its
// Thursday (the ISO week's year), the year of a quarter, half or season.
// Decades, centuries and the *_REF values have no calendar date: "".
func (v DateValue) Calendar() Date {
	c, _ := v.parse()
	return c
}

// parse returns the calendar date of v and whether v is well formed.
func (v DateValue) parse() (Date, bool) {
	s := string(v)
	switch {
	case s == "":
		return "", true
	case v == PresentRef || v == PastRef || v == FutureRef:
		return "", true
	case len(s) == 2 || len(s) == 3:
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return "", false
			}
		}
		return "", true
	}
	if d := Date(s); d.Precision() != NoDate && d.Valid() {
		return d, true
	}
	if len(s) < 7 || s[4] != '-' || !Date(s[:4]).Valid() || Date(s[:4]).Precision() != Year {
		return "", false
	}
	y, rest := Date(s[:4]), s[5:]
	switch rest {
	case "Q1", "Q2", "Q3", "Q4", "H1", "H2", "SP", "SU", "FA", "WI":
		return y, true
	}
	if len(s) == 13 && Date(s[:10]).Precision() == Day && Date(s[:10]).Valid() {
		switch s[10:] {
		case "TMO", "TAF", "TEV", "TNI":
			return Date(s[:10]), true
		}
		return "", false
	}
	if len(rest) == 6 && rest[3:] == "-WE" {
		c, ok := DateValue(s[:8]).parse()
		return c, ok
	}
	if len(rest) == 3 && rest[0] == 'W' && rest[1] >= '0' && rest[1] <= '5' && rest[2] >= '0' && rest[2] <= '9' {
		w := int(rest[1]-'0')*10 + int(rest[2]-'0')
		t, _ := time.Parse("2006", s[:4])
		// ISO week 1 holds the year's first Thursday.
		jan4 := t.AddDate(0, 0, 3)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if w < 1 || w > 53 || mon.AddDate(0, 0, 3).Year() != t.Year() {
			return "", false
		}
		sun := mon.AddDate(0, 0, 6)
		switch {
		case sun.Month() == mon.Month():
			return DateOf(mon, Month), true
		case sun.Year() != mon.Year():
			// 2020-W53 runs from December into January: no one month or
			// year holds it
			return "", true
		}
		return y, true
	}
	return "", false
}

// MarshalJSON writes null for the unknown value.
func (v DateValue) MarshalJSON() ([]byte, error) { return NullString(v).MarshalJSON() }

// UnmarshalJSON reads a value string or null.
func (v *DateValue) UnmarshalJSON(b []byte) error {
	var s NullString
	err := s.UnmarshalJSON(b)
	*v = DateValue(s)
	return err
}
