package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestApproxDateSpans checks that a date's span takes the words that bound
// it loosely, as TimeML spans do: "around" before it and "or later", "or
// earlier", "and beyond" after it, with the date's value (was the date
// alone); "around" a noun the date qualifies, a particle "around" and "and
// later services" stay out.
func TestApproxDateSpans(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The sale is to be completed around Nov. 1, the company said.", "around Nov. 1=2023-11-01"},
		{"The merger is expected to close around year end.", "around year end=2023"},
		{"The plant will not be profitable until 1994 or later.", "1994 or later=1994"},
		{"We have much more to do in 2025 and beyond.", "2025 and beyond=2025"},
		{"It keeps filings from 2019 or earlier.", "2019 or earlier=2019"},
		// unchanged
		{"It keeps 2019 or later models.", "2019=2019"},
		{"Revenue returns to around its 21st century average.", "21st century=20"},
		{"Lawyers tried to get around Wednesday's ruling.", "Wednesday=2023-09-13"},
		{"The fees of October 1984 and later services rose.", "October 1984=1984-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, annals.Date("2023-09-14"))
		if g := dateValues(d); g != tc.want {
			t.Errorf("%q: dates %q, want %q", tc.text, g, tc.want)
		}
	}
}

// dateValues lists a story's dates as "text=value", joined by "; ".
func dateValues(d *annals.Document) string {
	var got []string
	for _, x := range d.Dates {
		got = append(got, x.Text+"="+string(x.Value))
	}
	return strings.Join(got, "; ")
}

// dateValue returns the value of the story's last date written as text,
// or "".
func dateValue(d *annals.Document, text string) string {
	got := ""
	for _, x := range d.Dates {
		if x.Text == text {
			got = string(x.Value)
		}
	}
	return got
}
