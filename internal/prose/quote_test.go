package prose

import (
	"strings"
	"testing"
	"unicode/utf8"

	"annals"
	"annals/internal/store"
)

func TestEventQuote(t *testing.T) {
	long := "Leaders of the Turkic Council, meeting for their annual session after a long day of bilateral talks in the resort town, yesterday appointed Baghdad Amreyev, a career diplomat from Kazakhstan, as the organization's new Secretary General."
	tests := []struct {
		name  string
		e     store.EventRow
		text  string
		keep  string // must be in the quote
		front bool   // the quote starts with the sentence
	}{
		{"short sentence whole", store.EventRow{Type: annals.Meeting}, "They met in Riga.", "They met in Riga.", true},
		{"cut around the trigger", store.EventRow{Type: annals.Appointment}, long, "appointed Baghdad Amreyev", false},
		{"cut around the title", store.EventRow{Type: annals.Programme, Title: "Youth Dialogue Exchange Programme"},
			"After years of talks and many meetings between officials of both bodies in several capitals of the region, the Youth Dialogue Exchange Programme took place in Istanbul in December 2017.", "Youth Dialogue Exchange Programme", false},
		{"nothing to centre on: the opening", store.EventRow{Type: annals.Visit}, long, "Leaders of the Turkic Council", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := EventQuote(tc.e, store.Citation{Evidence: annals.Span{Text: tc.text}}, QuoteLen)
			if !strings.Contains(q, tc.keep) {
				t.Errorf("quote %q lacks %q", q, tc.keep)
			}
			if n := utf8.RuneCountInString(q); n > QuoteLen+2 {
				t.Errorf("quote %q is %d characters", q, n)
			}
			if strings.HasPrefix(q, "…") == tc.front {
				t.Errorf("quote %q: starts with the sentence = %v, want %v", q, !strings.HasPrefix(q, "…"), tc.front)
			}
			inner := strings.Trim(q, "…")
			if !strings.Contains(tc.text, inner) {
				t.Errorf("quote %q is not a piece of the sentence", q)
			}
			for _, w := range strings.Fields(inner) {
				if !strings.Contains(" "+tc.text+" ", " "+w+" ") && !strings.HasSuffix(tc.text, w) {
					t.Errorf("quote %q cuts the word %q", q, w)
				}
			}
		})
	}
}
