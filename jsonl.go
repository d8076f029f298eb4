package annals

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends d as encoding/json writes it with HTML escaping off
// (json.Encoder.SetEscapeHTML(false)), without the newline Encode adds:
// the same bytes, written without reflection (`annals extract --format
// jsonl` writes a document per story, and encoding/json's reflection and
// the re-reading of each NullString's output were a fortieth of the
// extraction). A document that encoding/json refuses (a figure whose
// value is not a finite number) is written by encoding/json, which
// returns the error.
func (d *Document) AppendJSON(b []byte) ([]byte, error) {
	if !d.finite() {
		out, err := json.Marshal(d)
		if err != nil {
			return b, err
		}
		return append(b, out...), nil
	}
	b = append(b, `{"doc":`...)
	b = appendJSONString(b, d.Doc, false)
	b = append(b, `,"title":`...)
	b = appendNull(b, string(d.Title))
	b = append(b, `,"published":`...)
	b = appendNull(b, string(d.Published))
	b = append(b, `,"entities":`...)
	b = appendList(b, d.Entities, appendEntity)
	b = append(b, `,"roles":`...)
	b = appendList(b, d.Roles, appendRole)
	b = append(b, `,"figures":`...)
	b = appendList(b, d.Figures, appendFigure)
	b = append(b, `,"dates":`...)
	b = appendList(b, d.Dates, appendDateMention)
	b = append(b, `,"events":`...)
	b = appendList(b, d.Events, appendEvent)
	return append(b, '}'), nil
}

// finite reports whether every figure of d has a finite value.
func (d *Document) finite() bool {
	for i := range d.Figures {
		if !finite(d.Figures[i].Value) {
			return false
		}
	}
	for i := range d.Events {
		for j := range d.Events[i].Figures {
			if !finite(d.Events[i].Figures[j].Value) {
				return false
			}
		}
	}
	return true
}

func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// appendList appends s as a JSON array (null when nil), each element by
// each.
func appendList[T any](b []byte, s []T, each func([]byte, *T) []byte) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, &s[i])
	}
	return append(b, ']')
}

func appendStrings(b []byte, s *string) []byte { return appendJSONString(b, *s, false) }

func appendEntity(b []byte, e *Entity) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID, false)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, string(e.Type), false)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, e.Name, false)
	b = append(b, `,"aliases":`...)
	b = appendList(b, e.Aliases, appendStrings)
	b = append(b, `,"mentions":`...)
	b = appendList(b, e.Mentions, appendSpan)
	if e.Found != "" {
		b = append(b, `,"found":`...)
		b = appendJSONString(b, e.Found, false)
	}
	return append(b, '}')
}

func appendSpan(b []byte, s *Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, s.Text, false)
	return append(b, '}')
}

func appendRole(b []byte, r *Role) []byte {
	b = append(b, `{"person":`...)
	b = appendJSONString(b, r.Person, false)
	b = append(b, `,"role":`...)
	b = appendJSONString(b, r.Role, false)
	b = append(b, `,"org":`...)
	b = appendJSONString(b, r.Org, false)
	b = append(b, `,"from":`...)
	b = appendNull(b, string(r.From))
	b = append(b, `,"to":`...)
	b = appendNull(b, string(r.To))
	b = append(b, `,"evidence":`...)
	b = appendSpan(b, &r.Evidence)
	return append(b, '}')
}

func appendFigure(b []byte, f *Figure) []byte {
	b = append(b, `{"value":`...)
	b = appendFloat(b, f.Value)
	b = append(b, `,"unit":`...)
	b = appendJSONString(b, f.Unit, false)
	b = append(b, `,"qualifier":`...)
	b = appendNull(b, string(f.Qualifier))
	b = append(b, `,"text":`...)
	b = appendJSONString(b, f.Text, false)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	return append(b, '}')
}

func appendDateMention(b []byte, d *DateMention) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(d.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(d.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, d.Text, false)
	b = append(b, `,"value":`...)
	b = appendNull(b, string(d.Value))
	b = append(b, `,"value_end":`...)
	b = appendNull(b, string(d.ValueEnd))
	return append(b, '}')
}

func appendEvent(b []byte, e *Event) []byte {
	b = append(b, `{"type":`...)
	b = appendJSONString(b, string(e.Type), false)
	b = append(b, `,"title":`...)
	b = appendNull(b, string(e.Title))
	b = append(b, `,"date":`...)
	b = appendNull(b, string(e.Date))
	b = append(b, `,"date_end":`...)
	b = appendNull(b, string(e.DateEnd))
	b = append(b, `,"place":`...)
	b = appendNull(b, string(e.Place))
	b = append(b, `,"participants":`...)
	b = appendList(b, e.Participants, appendStrings)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(e.Status), false)
	b = append(b, `,"figures":`...)
	b = appendList(b, e.Figures, appendFigure)
	b = append(b, `,"evidence":`...)
	b = appendSpan(b, &e.Evidence)
	return append(b, '}')
}

// appendNull appends a NullString (or Date, DateValue) as its MarshalJSON
// writes it: null for the empty string, else the string as json.Marshal
// writes it, with HTML escaping (an encoder's SetEscapeHTML does not reach
// into a Marshaler's output).
func appendNull(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendJSONString(b, s, true)
}

// appendFloat appends f as encoding/json writes a float64 (f finite).
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json writes a string:
// '"' and '\\' escaped, control characters as \b \f \n \r \t or \u00XX,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and with html '<',
// '>' and '&' as \u003c, \u003e and \u0026.
func appendJSONString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
