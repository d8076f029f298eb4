package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"annals"
	"annals/internal/store"
)

// QuoteLen is the length, in characters, of a quote cut from an evidence
// sentence for lists and tables.
const QuoteLen = 110

// triggers are the word stems that state an event of each type; a quote
// is cut around the first of them when the event has no title in the
// sentence.
var triggers = map[annals.EventType][]string{
	annals.Agreement:   {"signed", "sign ", "signing", "agreement", "memorand", "accord", "treaty", "agreed"},
	annals.Conference:  {"conference", "summit", "forum", "congress", "convention", "assembly"},
	annals.Meeting:     {"met ", "meet", "talks", "consultation", "session"},
	annals.Visit:       {"visit", "travel"},
	annals.Programme:   {"programme", "program", "exchange", "training", "workshop", "course"},
	annals.Speech:      {"address", "speech", "remarks", "statement", "said", "spoke", "told"},
	annals.Appointment: {"appoint", "named", "elected", "designat", "chosen", "nominat", "took over", "took office", "succeed"},
	annals.Campaign:    {"campaign", "launch", "drive", "initiative"},
	annals.Founding:    {"founded", "established", "created", "set up", "launched", "founding"},
}

// EventQuote is the evidence of c cut to about n characters around what
// states the event e (its title as written, else the word that states an
// event of its type, else its place), so that a short quote keeps the
// fact it cites rather than the sentence's opening.
func EventQuote(e store.EventRow, c store.Citation, n int) string {
	text := OneLine(c.Evidence.Text)
	focus := []string{}
	if e.Title != "" {
		focus = append(focus, e.Title)
	}
	return Excerpt(text, n, append(focus, triggers[e.Type]...), []string{e.Place})
}

// Excerpt cuts s to about n characters, at word boundaries, keeping the
// earliest occurrence (case-insensitive) of the first group of focus
// strings that s contains, with about a third of the window before it.
// Cut ends are marked "…". s is returned whole when it fits.
func Excerpt(s string, n int, focus ...[]string) string {
	s = OneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	low := strings.ToLower(s)
	at := -1
	for _, group := range focus {
		for _, f := range group {
			f = strings.ToLower(strings.TrimSpace(f))
			if f == "" {
				continue
			}
			if i := strings.Index(low, f); i >= 0 && (at < 0 || i < at) && len(low) == len(s) {
				at = i
			}
		}
		if at >= 0 {
			break
		}
	}
	// byte offsets of the window; runes counted approximately by bytes
	// then fixed to rune and word boundaries
	start := 0
	if at > 0 {
		start = max(0, at-n/3)
	}
	end := min(len(s), start+n)
	if end == len(s) {
		start = max(0, end-n)
	}
	start, end = wordStart(s, start), wordEnd(s, end)
	out := strings.TrimSpace(s[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out = strings.TrimRight(out, ",;:–- ") + "…"
	}
	return out
}

// wordStart moves i forward to the start of a word (i itself when it is
// one).
func wordStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsSpace(r) {
		return i
	}
	if k := strings.IndexByte(s[i:], ' '); k >= 0 {
		return i + k + 1
	}
	return i
}

// wordEnd moves i back to the end of a word (i itself at the end of s).
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if s[i] == ' ' {
		return i
	}
	if k := strings.LastIndexByte(s[:i], ' '); k > 0 {
		return k
	}
	return i
}
