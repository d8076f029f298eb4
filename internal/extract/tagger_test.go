package extract

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"annals"
	"annals/internal/ner"
	"annals/internal/read"
)

// The tagger adds the people no title or list announces, and --explain
// says who found each entity.
func TestTaggerAddsNames(t *testing.T) {
	tests := []struct {
		text  string
		typ   annals.EntityType
		name  string
		found string
	}{
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Person, "Tarvo Kessler", foundTagger},
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Person, "Ilmar Ruus", foundTagger},
		{"Tarvo Kessler and Ilmar Ruus signed the agreement in Geneva on Monday.", annals.Place, "Geneva", foundList},
		{"The talks were chaired by Secretary-General Ban Ki-moon in New York.", annals.Person, "Ban Ki-moon", ""},
	}
	for _, tc := range tests {
		d, err := read.Bytes("t.txt", []byte(tc.text), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(nil).Extract(d, Options{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		var got *annals.Entity
		for i, e := range doc.Entities {
			if e.Type == tc.typ && e.Name == tc.name {
				got = &doc.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.typ, tc.name, doc.Entities)
			continue
		}
		if tc.found != "" && got.Found != tc.found {
			t.Errorf("%q: %q found by %q, want %q", tc.text, tc.name, got.Found, tc.found)
		}
	}
}

func TestHardBreaks(t *testing.T) {
	tests := []struct {
		text string
		want int // number of hard line breaks
	}{
		// one sentence a line, as CoNLL documents are written
		{"SOCCER - RESULTS .\nLONDON 1996-08-30\nThe club said on Friday that the match in Manchester would go ahead .", 2},
		// a paragraph wrapped at a fixed width
		{"The Commission on Security and Cooperation in\nEurope met in Vienna on Tuesday to discuss the\nsituation in the region with the delegations.", 0},
	}
	for _, tc := range tests {
		if got := hardBreaks(tc.text); len(got) != tc.want {
			t.Errorf("%q: %d hard breaks (%v), want %d", tc.text, len(got), got, tc.want)
		}
	}
}

// BenchmarkExtractCPU is BenchmarkExtract reported per CPU-second, which
// stays meaningful on a machine shared with other work; the target is
// 3 MB/cpu-s.
func BenchmarkExtractCPU(b *testing.B)       { benchExtractCPU(b, false) }
func BenchmarkExtractTaggerCPU(b *testing.B) { benchExtractCPU(b, true) }

func benchExtractCPU(b *testing.B, tagger bool) {
	docs := benchStories(b)
	x := New(nil)
	total := 0
	for _, d := range docs {
		t, _ := d.Headline()
		total += len(t)
	}
	b.SetBytes(int64(total))
	for _, d := range docs { // load the model and warm the caches
		x.Extract(d, Options{NoTagger: !tagger})
	}
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d, Options{NoTagger: !tagger})
		}
	}
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestTitleCaseSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Statement from President Joe Biden Welcoming Finland to NATO", false},
		{"Forced Diversion of Ryanair Flight and Continuing Attack", true},
		{"Leicestershire 15 8 2 5 0 242", false},
		{"Paul Anders met the minister in Kessra on Tuesday", false},
		{"CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", false},
	}
	for _, tc := range tests {
		var ts taggerSentence
		for _, w := range strings.Fields(tc.text) {
			ts.words = append(ts.words, ner.Token{Word: w})
		}
		if got := titleCaseSentence(ts); got != tc.want {
			t.Errorf("%q: title case %v, want %v", tc.text, got, tc.want)
		}
	}
}
