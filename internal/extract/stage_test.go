package extract

import (
	"sort"
	"strings"
	"testing"

	"annals/internal/read"
)

// TestNoPanicOnCommonPhrasing runs sentences that once made a rule index
// past its sentence; each must extract without a stage failing.
func TestNoPanicOnCommonPhrasing(t *testing.T) {
	tests := []struct{ name, text, event string }{
		{"appointed as lower-case title", "She was appointed as director.", "appointment"},
		{"elected as chair", "Mr. Kalu was elected as chair of the board.", "appointment"},
		{"took over as head", "He took over as head.", "appointment"},
		{"named as deputy head", "Ana Ruiz was named as deputy head", ""},
		{"met, no final period", "The minister met the President", "meeting"},
		{"trigger last", "They met", ""},
		{"as at the end", "She was appointed as", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := read.Bytes("x.txt", []byte(tc.text), read.Options{})
			if err != nil {
				t.Fatal(err)
			}
			out, err := New(nil).Extract(d, Options{})
			if err != nil {
				t.Fatalf("%q: %v", tc.text, err)
			}
			if tc.event != "" && (len(out.Events) == 0 || string(out.Events[0].Type) != tc.event) {
				t.Errorf("%q: events %+v, want a %s", tc.text, out.Events, tc.event)
			}
		})
	}
}

// TestStageFailureKeepsTheRest checks that a failing stage is reported with
// its name and source line, and that later stages still run.
func TestStageFailureKeepsTheRest(t *testing.T) {
	s := testState(t, "x.txt", "The Council of Europe met in Strasbourg on 5 May 2021.")
	s.stage("dates", s.findDates)
	s.stage("figures", func() {
		var xs []int
		_ = xs[len(s.toks)] // a rule's bug
	})
	s.stage("entities", s.findEntities)
	s.stage("roles", s.findRoles)
	s.stage("events", s.findEvents)
	if len(s.failures) != 1 {
		t.Fatalf("failures = %+v, want one", s.failures)
	}
	f := s.failures[0]
	if f.Stage != "figures" || !strings.HasPrefix(f.Where, "stage_test.go:") || !strings.Contains(f.Cause, "index out of range") {
		t.Errorf("failure = %+v", f)
	}
	doc := s.document()
	if len(doc.Entities) == 0 || len(doc.Events) == 0 {
		t.Errorf("later stages lost: %d entities, %d events", len(doc.Entities), len(doc.Events))
	}
	msg := (&StageError{Failures: s.failures}).Error()
	if !strings.Contains(msg, "figures stage failed at stage_test.go:") {
		t.Errorf("message %q does not name the stage and place", msg)
	}
}

// lexiconWords are the words the event and role rules key on, sorted so
// that a fuzz input picks the same sentence on every run.
func lexiconWords() []string {
	seen := map[string]bool{}
	var ws []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			ws = append(ws, w)
		}
	}
	for w := range triggers {
		add(w)
	}
	for _, m := range []map[string]bool{titleHeads.m, titleModifiers.m, connectors.m, honorifics.m, appointVerbs.m, speechVerbs.m, eventHeads.m, orgHeads.m} {
		for w := range m {
			add(w)
		}
	}
	sort.Strings(ws)
	// names, capitals, punctuation and dates around them
	return append(ws, "as", "the", "President", "Secretary", "General", "Ana", "Ruiz", "UNESCO",
		"Council", "of", "Europe", ",", ".", "(", ")", "“", "”", "on", "5", "May", "2021", "in", "Paris", "and", "Mr.", "'s")
}

// FuzzEventSentences builds sentences from the trigger and title lexicons
// (each input byte picks a word, in either case), so the event and role
// rules meet every order of the words they look for.
func FuzzEventSentences(f *testing.F) {
	words := lexiconWords()
	f.Add([]byte{0, 1, 2, 3, 4, 5})
	f.Add([]byte{200, 17, 99, 3, 250, 8, 64})
	f.Add([]byte("appointed as director"))
	x := New(nil)
	f.Fuzz(func(t *testing.T, picks []byte) {
		if len(picks) > 64 {
			picks = picks[:64]
		}
		var b strings.Builder
		for i, p := range picks {
			w := words[int(p)%len(words)]
			if i == 0 || p&1 == 1 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		d, err := read.Bytes("x.txt", []byte(b.String()), read.Options{})
		if err != nil {
			return
		}
		if _, err := x.Extract(d, Options{}); err != nil {
			t.Fatalf("%q: %v", b.String(), err)
		}
	})
}
