package annals

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// encodingJSON is what json.Encoder writes for d with HTML escaping off,
// without its newline, or its error.
func encodingJSON(d *Document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// TestAppendJSON compares AppendJSON with encoding/json on documents
// made of the strings that encoding/json escapes (quotes, backslashes,
// control characters, HTML's <>&, invalid UTF-8, U+2028 and U+2029),
// nil and empty lists, and figures at the edges of its number formats.
func TestAppendJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"", "a", "Zoë", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f",
		"<", ">", "&", "\u2028", "\u2029", "\xff", "\xe2\x80", "é", "’", "日本", "\U0001F600", " ", "/"}
	str := func() string {
		var b strings.Builder
		for n := rng.IntN(6); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	strs := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{str(), str()}
	}
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 9.99e-7, 1e-7, 1.5e-10, 1e20, 1e21, 1.5e21, -2.5e300,
		5e-324, 123456789.125, 3.3e6, 1.0000000000000002, 100, 2.5e9}
	figure := func() Figure {
		return Figure{Value: values[rng.IntN(len(values))], Unit: str(), Qualifier: NullString(str()), Text: str(),
			Start: rng.IntN(1000), End: -rng.IntN(3)}
	}
	figures := func() []Figure {
		if rng.IntN(3) == 0 {
			return nil
		}
		out := []Figure{}
		for n := rng.IntN(3); n > 0; n-- {
			out = append(out, figure())
		}
		return out
	}
	span := func() Span { return Span{Start: rng.IntN(1 << 20), End: rng.IntN(10), Text: str()} }
	for i := 0; i < 3000; i++ {
		d := &Document{Doc: str(), Title: NullString(str()), Published: Date(str()), Figures: figures()}
		if rng.IntN(4) > 0 {
			d.Entities = []Entity{}
			for n := rng.IntN(3); n > 0; n-- {
				e := Entity{ID: str(), Type: EntityType(str()), Name: str(), Aliases: strs(), Found: str(), Ref: str()}
				if rng.IntN(2) == 0 {
					e.Mentions = []Span{span(), span()}
				}
				d.Entities = append(d.Entities, e)
			}
		}
		if rng.IntN(4) > 0 {
			d.Roles = []Role{{Person: str(), Role: str(), Org: str(), From: Date(str()), To: Date(str()), Evidence: span()}}
		}
		if rng.IntN(4) > 0 {
			d.Dates = []DateMention{{Start: 1, End: 2, Text: str(), Value: DateValue(str()), ValueEnd: Date(str())}}
		}
		if rng.IntN(4) > 0 {
			d.Events = []Event{{Type: EventType(str()), Title: NullString(str()), Date: Date(str()), DateEnd: Date(str()),
				Place: NullString(str()), Participants: strs(), Status: Status(str()), Figures: figures(), Evidence: span()}}
		}
		want, werr := encodingJSON(d)
		got, err := d.AppendJSON([]byte("x"))
		if werr != nil || err != nil {
			t.Fatalf("document %d: error %v, encoding/json's %v", i, err, werr)
		}
		if !bytes.Equal(got[1:], want) || got[0] != 'x' {
			t.Fatalf("document %d:\n got %s\nwant %s", i, got, want)
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		for _, d := range []*Document{{Figures: []Figure{{Value: v}}}, {Events: []Event{{Figures: []Figure{{Value: v}}}}}} {
			if _, werr := encodingJSON(d); werr == nil {
				t.Fatalf("encoding/json wrote %v", v)
			}
			if got, err := d.AppendJSON(nil); err == nil {
				t.Errorf("%v: no error, wrote %s", v, got)
			}
		}
	}
}
