package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annals"
	"annals/internal/read"
	"annals/internal/text"
)

// titledRun returns n bytes of titled people run on, a paragraph break
// every 40 of them when breaks is set: "Secretary of Agriculture Tom
// Vilsack, " repeated (same), or "Secretary of <portfolio> <given name>
// <surname>, " drawn from 12 portfolios, 48 given names and 54 surnames
// (mixed), so that many people share a given name or a surname, the
// shape that made resolving short references quadratic in a window.
func titledRun(n int, mixed, breaks bool) string {
	giv := strings.Fields("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Donna Andrew Emily Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie")
	sur := strings.Fields("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Brennan Castellano Whitfield")
	depts := []string{"Health and Human Services", "Energy", "Homeland Security", "Housing and Urban Development", "Veterans Affairs", "Agriculture", "Labor", "Transportation", "the Interior", "Commerce", "Education", "State"}
	var b strings.Builder
	b.WriteString("WASHINGTON, March 25, 2024\n\n")
	x := uint32(23) // a fixed pseudo-random sequence (xorshift)
	next := func(k int) int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x % uint32(k))
	}
	for i := 1; b.Len() < n; i++ {
		if mixed {
			fmt.Fprintf(&b, "Secretary of %s %s %s, ", depts[next(len(depts))], giv[next(len(giv))], sur[next(len(sur))])
		} else {
			b.WriteString("Secretary of Agriculture Tom Vilsack, ")
		}
		if breaks && i%40 == 0 {
			b.WriteString("and others met today.\n\n")
		}
	}
	return b.String()[:n]
}

// BenchmarkTitledRun extracts titled people run on ("Secretary of
// Agriculture Tom Vilsack, " repeated; people of shared given names and
// surnames under portfolios, with paragraph breaks and without) of 256 KB
// and 1 MB, with the rules alone and with the tagger. Short references are
// resolved through indexes built once a window, so the time per byte
// (MB/s) should stay flat from 256 KB to 1 MB; see docs/reliability.md.
//
//	go test ./internal/extract -run '^$' -bench BenchmarkTitledRun -benchtime 1x
func BenchmarkTitledRun(b *testing.B) {
	x := New(nil)
	for _, c := range []struct {
		name          string
		mixed, breaks bool
	}{{"same", false, false}, {"mixed", true, true}, {"mixed-run", true, false}} {
		for _, n := range []int{256 << 10, 1 << 20} {
			for _, tagger := range []bool{false, true} {
				name := fmt.Sprintf("%s/%dKB", c.name, n>>10)
				if !tagger {
					name += "/rules"
				}
				raw := []byte(titledRun(n, c.mixed, c.breaks))
				b.Run(name, func(b *testing.B) {
					b.SetBytes(int64(len(raw)))
					for b.Loop() {
						d, err := read.Bytes("run.txt", raw, read.Options{})
						if err != nil {
							b.Fatal(err)
						}
						x.Extract(d, Options{NoTagger: !tagger})
					}
				})
			}
		}
	}
}

// personByPartWalk is personByPart as it was before the index of full
// names: for a word of several full names, it walks every entity.
func (s *state) personByPartWalk(w string, byPart map[string][]partHit) *ent {
	var full, alone *ent
	nFull, nAlone := 0, 0
	for _, h := range byPart[s.lower(w)] {
		if h.full {
			full = h.e
			nFull++
		} else {
			alone = h.e
			nAlone++
		}
	}
	switch {
	case nFull == 1:
		return full
	case nFull > 1:
		var first *ent
		for _, e := range s.ents {
			if e.typ != annals.Person || len(e.ments) == 0 || !strings.Contains(e.name, " ") || !nameHasWord(e, s.lower(w)) {
				continue
			}
			if first == nil {
				first = e
			} else if !samePerson(first.name, e.name) {
				return nil
			}
		}
		return first
	case nFull == 0 && nAlone == 1:
		return alone
	}
	return nil
}

// TestPersonByPartSameAsWalk checks that resolving a word through the
// index of full names (and its answers remembered) gives the person the
// walk over every entity gave, for every word of made-up stories of
// shared surnames, hyphenated names and particles, and of the dev stories
// when they are beside the repository.
func TestPersonByPartSameAsWalk(t *testing.T) {
	texts := []string{
		"Cathy Russell and Catherine Russell met. Russell spoke. Then Tom Russell arrived and Russell left.",
		"Secretary-General Ban Ki-moon met Ban Soon-taek. Ki-moon and Ban spoke, and Soon-taek and Moon listened.",
		"Secretary of Labor Tom Smith, Secretary of Energy Ann Smith, Secretary of State Tom Jones, Smith, Tom and Jones met.",
		"President Joseph R. Biden Jr. and First Lady Jill Biden met Joe Biden. Biden and Jr. spoke; Joseph and Jill left.",
		"Sheikh Abdullah bin Zayed Al Nahyan met Sheikh Mohamed bin Zayed Al Nahyan. Zayed, Nahyan and Al Nahyan spoke.",
		"Ursula von der Leyen met Charles Michel and Michel Barnier. Leyen, Michel and Barnier spoke.",
		"Mary O'Neil-Smith met John Smith and Neil Young. O'Neil-Smith, Neil, Smith and Young spoke.",
	}
	if b, err := os.ReadFile("testdata/hostile/titled-run-shared-names.txt"); err == nil {
		texts = append(texts, string(b))
	}
	if files, _ := filepath.Glob("../../../shared/dev/stories/*"); len(files) > 0 {
		for _, p := range files[:min(len(files), 40)] {
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	checked, walked := 0, 0
	for _, body := range texts {
		s := testState(t, "x.txt", body)
		s.stage("dates", s.findDates)
		s.stage("entities", s.findEntities)
		byPart := s.peopleByPart()
		x := &partIndex{byPart: byPart}
		for i := range s.toks {
			w := s.word(i)
			if s.toks[i].Kind != text.Word || !text.IsCap(w) {
				continue
			}
			got, want := s.personByPart(w, x), s.personByPartWalk(w, byPart)
			if got != want {
				t.Errorf("%q in %.60q: index gives %v, walk %v", w, body, got, want)
			}
			checked++
		}
		if x.full != nil {
			walked++
		}
	}
	if walked == 0 {
		t.Error("no story named one word of several full names")
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
}
