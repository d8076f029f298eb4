package store

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"annals"
)

// headWords are words and the bounds headWordPositions gives them.
var headWords = []struct {
	word        string
	least, most int
}{
	{"word", 1, 1},
	{"“Yes,”", 1, 11}, // one run in C locale, split by the quotes in another
	{"-5", 1, 1},
	{"Secretary-General", 1, 7}, // secretary-general, secretary, general
	{"COVID-19,", 1, 9},         // covid-19, covid, 19
	{"2,000", 1, 7},             // 2, 000
	{"https://www.whitehouse.gov/briefing-room/", 0, 25},
	{"&amp;", 0, 1},       // an entity takes no position
	{"—", 0, 5},           // a word in C locale, nothing in another
	{"President’s", 1, 5}, // one word in C locale, two in another
	{"...", 0, 3},         // ".." is a path
	{"disasters..", 1, 5}, // a word and a path ".."
	{"~a", 1, 5},          // a path
	{"(word);", 1, 1},
}

// TestHeadlineWindow checks the words headlineWindow keeps around a
// first match: a margin before it and after it in the parser's
// positions, the most a word may take counted before, the fewest after,
// and the whole text (ok false) where it holds no more.
func TestHeadlineWindow(t *testing.T) {
	words := make([]string, 300)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i+1)
	}
	text := strings.Join(words, " ")
	// word i (1-based) is position i; a plain word takes one
	w, ok := headlineWindow(text, 150, 150)
	if !ok {
		t.Fatal("no window of 300 words")
	}
	fields := strings.Fields(w)
	if first, last := fields[0], fields[len(fields)-1]; first != "w110" || last != "w230" {
		t.Errorf("window %s ... %s, want w110 (40 positions before w150) ... w230 (80 after)", first, last)
	}
	if w, ok := headlineWindow(text, 270, 270); !ok || !strings.HasPrefix(w, "w230 ") || !strings.HasSuffix(w, " w300") {
		t.Errorf("headlineWindow(..., 270) = %.20q ... %t, want w230 to the end", w, ok)
	}
	for _, c := range []struct {
		text  string
		first int
	}{
		{text, 0},                    // no match in the text
		{"a b c", 2},                 // short
		{"<b>" + text + "</b>", 150}, // a tag may cross white space
	} {
		if w, ok := headlineWindow(c.text, c.first, c.first); ok {
			t.Errorf("headlineWindow(%.20q..., %d) = %.40q..., want the whole text", c.text, c.first, w)
		}
	}
	// the covers of several words: from 40 positions before the first
	// start to 80 after the last end
	if w, ok := headlineWindow(text, 120, 160); !ok || strings.Fields(w)[0] != "w80" || strings.Fields(w)[len(strings.Fields(w))-1] != "w240" {
		t.Errorf("headlineWindow(..., 120, 160) = %.20q ... %t, want w80 to w240", w, ok)
	}
	if w, ok := headlineWindow(text, 30, 260); ok {
		t.Errorf("headlineWindow(..., 30, 260) = %.20q ..., want the whole text", w)
	}
	for _, c := range headWords {
		if l, m := headWordPositions(c.word); l != c.least || m != c.most {
			t.Errorf("headWordPositions(%q) = %d, %d; want %d, %d", c.word, l, m, c.least, c.most)
		}
	}
}

// TestHeadWordPositionsParser checks headWordPositions' bounds against
// PostgreSQL's parser (ts_debug: the tokens given a lexeme) on the words
// of headWords and more.
func TestHeadWordPositionsParser(t *testing.T) {
	if !onPostgres() {
		t.Skip("PostgreSQL's parser")
	}
	s, _ := openTemp(t)
	words := []string{"end..", "..", "a/b", "/usr/local", "x.txt", "U.S.", "e.g.", "a@b.org", "1.2.3", "-1.5e3", "café", "naïve-ish",
		"“quoted”", "don't", "(Secretary-General)", "$1,250,000", "12:30", "#tag", "http://", "www.example.org.", "A-1-B", "__init__", "~/x", "<b>"}
	for _, c := range headWords {
		words = append(words, c.word)
	}
	for _, w := range words {
		var n int
		if err := s.r.QueryRowContext(context.Background(), `SELECT count(*) FROM ts_debug('annals', ?) WHERE lexemes IS NOT NULL`, w).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if l, m := headWordPositions(w); n < l || n > m {
			t.Errorf("%q: %d positions, outside headWordPositions' %d to %d", w, n, l, m)
		}
	}
}

// snippetTexts are made-up texts whose snippets test the windows: the
// match deep in a long text, after compounds, addresses, figures and
// quotes that take more positions than words, and near the start.
func snippetTexts() []string {
	var long strings.Builder
	for i := range 120 {
		fmt.Fprintf(&long, "The co-chairs of panel %d met in Geneva on 12 May 2023 to review the programme’s budget of $1,250,000 (see https://www.example.org/panel-%d/budget). ", i, i)
		if i%40 == 39 {
			long.WriteString("\n\n")
		}
	}
	long.WriteString("Then the hydrogen strategy was adopted by the Secretary-General, who called hydrogen the fuel of the next decade. ")
	for i := range 30 {
		fmt.Fprintf(&long, "Delegates from %d states — and observers — answered “yes” in round %d. ", 100+i, i)
	}
	return []string{
		long.String(),
		"Hydrogen first: the hydrogen council met in Rotterdam. " + strings.Repeat("Nothing else was said about the harbour and its ships. ", 80),
		strings.Repeat("Ministers discussed water, wind and solar power at length. ", 60) + "A last sentence names hydrogen-powered ferries once.",
		"The hydrogen strategy was adopted by the council in Geneva, and the council's co-chairs signed it. " +
			strings.Repeat("Other delegates then discussed the budget of the panel at length. ", 100) + "The strategy was praised by all.",
		// two words some 130 positions apart, more than 240 of the
		// parser's tokens: within a cover's length by positions, no
		// cover by tokens (the text's first words are its snippet)
		strings.Repeat("Observers met again. ", 60) + "The glacier survey began, " + strings.Repeat("then, ", 125) +
			"and the moraine was mapped. " + strings.Repeat("Nothing more was found. ", 40),
	}
}

// TestSnippetWindowsSame checks on PostgreSQL that a search's snippets
// made from the words around the first match (a query of one lexeme) or
// around the covers (of several, all required) are the snippets of the
// whole texts, and that those of other queries (a phrase, "or") are.
func TestSnippetWindowsSame(t *testing.T) {
	if !onPostgres() {
		t.Skip("PostgreSQL's snippets (ts_headline)")
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	for i, text := range snippetTexts() {
		st := &annals.Story{Path: fmt.Sprintf("window-%d.txt", i), Title: fmt.Sprintf("Hydrogen story %d", i), Text: text, Raw: []byte(text), Published: "2024-01-02"}
		if _, err := s.PutStory(ctx, st, &annals.Document{}); err != nil {
			t.Fatal(err)
		}
	}
	headlineWindowCount = new(atomic.Int64)
	defer func() { headlineWindows, headlineWindowCount = true, nil }()
	several := int64(0)
	for _, q := range []string{"hydrogen", "Secretary", "ferries", "Geneva", "panel", "“yes”", "hydrogen strategy", "\"hydrogen council\"", "budget", "rotterdam",
		"panel budget", "hydrogen Geneva", "council Rotterdam", "ministers hydrogen", "yes round", "ferries wind solar", "hydrogen or ferries",
		"council Geneva", "strategy adopted", "co-chairs council", "strategy praised", "delegates budget", "hydrogen strategy council",
		"glacier moraine", "glacier survey", "moraine mapped", "survey found"} {
		var got [2][]SearchHit
		before := headlineWindowCount.Load()
		for k, on := range []bool{false, true} {
			headlineWindows = on
			hits, _, err := s.Search(ctx, q, SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got[k] = hits
		}
		if strings.Contains(q, " ") {
			several += headlineWindowCount.Load() - before
		}
		if len(got[0]) == 0 {
			t.Errorf("%q: no hits", q)
		}
		for i := range got[0] {
			if got[0][i].Snippet != got[1][i].Snippet {
				t.Errorf("%q, story %d: windowed snippet %q, want %q", q, got[0][i].StoryID, got[1][i].Snippet, got[0][i].Snippet)
			}
		}
	}
	var version int
	if err := s.r.QueryRowContext(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version >= 160000 {
		several = 5 // PostgreSQL 16 finds other covers: several words are headlined whole
	}
	if n := headlineWindowCount.Load(); n < 10 || several < 5 {
		t.Errorf("%d snippets made from windows, %d of queries of several words; want 10 or more, 5 or more", n, several)
	}
}

// TestSnippetWindowsOnPerfDB compares, on the PostgreSQL database
// $ANNALS_PERF_DB names, the snippets of the words of 100 stories'
// titles (with $ANNALS_PERF_PAIRS set, of two words side by side in
// them) made from the words around the first match or the covers
// (headlineWindow) and from the whole texts: it logs how many differ,
// and the first of them (docs/scale.md, sessions 26 and 27).
func TestSnippetWindowsOnPerfDB(t *testing.T) {
	if !IsPostgres(os.Getenv("ANNALS_PERF_DB")) {
		t.Skip("$ANNALS_PERF_DB names no PostgreSQL database")
	}
	ctx := context.Background()
	s, _, list := perfSample(t, 0)
	headlineWindowCount = new(atomic.Int64)
	defer func() { headlineWindows, headlineWindowCount = true, nil }()
	words := map[string]bool{}
	var queries []string
	letters := regexp.MustCompile(`^[A-Za-z][a-z]{2,}$`)
	pairs := os.Getenv("ANNALS_PERF_PAIRS") != ""
	for i := 0; i < len(list) && len(queries) < 300; i += max(1, len(list)/100) {
		var last string
		for _, w := range strings.Fields(list[i].Title) {
			w = strings.Trim(w, ",.:;'\"()")
			if !letters.MatchString(w) {
				last = ""
				continue
			}
			q := w
			if pairs {
				// two words of a title side by side
				q, last = last+" "+w, w
				if !strings.Contains(q[1:], " ") {
					continue
				}
			}
			if !words[strings.ToLower(q)] {
				words[strings.ToLower(q)] = true
				queries = append(queries, q)
			}
		}
	}
	hits, same := 0, 0
	shown := 0
	var windows int64
	var ds [2][]time.Duration
	for n, q := range queries {
		if _, _, err := s.Search(ctx, q, SearchOptions{}); err != nil { // counted and cached
			t.Fatal(err)
		}
		var got [2][]SearchHit
		for j := range 2 {
			k := (j + n) % 2 // whole, window; then window, whole
			headlineWindows = k == 1
			before := headlineWindowCount.Load()
			start := time.Now()
			h, _, err := s.Search(ctx, q, SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			ds[k] = append(ds[k], time.Since(start))
			got[k] = h
			windows += headlineWindowCount.Load() - before
		}
		for i := range got[0] {
			hits++
			if got[0][i].Snippet == got[1][i].Snippet {
				same++
			} else if shown < 5 {
				shown++
				t.Logf("%q, story %d:\n  whole:  %q\n  window: %q", q, got[0][i].StoryID, got[0][i].Snippet, got[1][i].Snippet)
			}
		}
	}
	t.Logf("%d queries, %d hits (%d made from windows), %d snippets the same, %d differ", len(queries), hits, windows, same, hits-same)
	for k, way := range []string{"whole texts", "windows"} {
		slices.Sort(ds[k])
		d := ds[k]
		t.Logf("search with snippets of %-11s p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f ms, min %6.2f ms", way, ms(d[len(d)/2]), ms(d[len(d)*9/10]), ms(d[len(d)*99/100]), ms(d[0]))
	}
}

// TestTermsCovers: a position at or before the start and one at or after
// the end of every cover ts_headline may find, from the positions of the
// words of a query all required: a cover starts at any match and ends
// where every word has matched, if that is within 240 positions; none
// when the vector may have lost positions.
func TestTermsCovers(t *testing.T) {
	for _, c := range []struct {
		terms      string
		start, end int
		ok         bool
	}{
		// covers [1, 7], [5, 7], [7, 9]; none from 9
		{`[["a", [1, 5, 9], 3], ["b", [7], 1]]`, 1, 9, true},
		{`[["b", [7], 1], ["a", [1, 5, 9], 3]]`, 1, 9, true},
		// [3, 4] and [300, 400]; [4, 400] is too long
		{`[["a", [3, 400], 2], ["b", [4, 300], 2]]`, 3, 400, true},
		// [300, 600] and [4, 600] too long
		{`[["a", [3, 600], 2], ["b", [4, 300], 2]]`, 3, 4, true},
		// a cover deep in the text: [500, 510]; [20, 500] too long, none
		// from 510
		{`[["a", [20, 510, 520], 3], ["b", [500], 1]]`, 500, 510, true},
		// one word: each match a cover
		{`[["a", [4, 8], 2]]`, 4, 8, true},
		{`[["a", [40, 80], 2]]`, 40, 80, true},
		// a word twice
		{`[["a", [4, 8], 2], ["a", [4, 8], 2]]`, 4, 8, true},
		// no cover: the text's first words
		{`[["a", [10], 1], ["b", [300], 1]]`, 1, 1, true},
		{`[["a", [4, 8], 3], ["b", [], 1]]`, 1, 1, true},
		{`[["a", [40, 80], 2], ["b", [], 0]]`, 1, 1, true},
		// 256 positions in the vector: some may be lost
		{`[["a", [4, 8], 256], ["b", [6], 1]]`, 0, 0, false},
		// at the last position a vector holds
		{`[["a", [4, 16382], 2], ["b", [6], 1]]`, 0, 0, false},
		{``, 0, 0, false},
		{`not json`, 0, 0, false},
	} {
		if start, end, ok := termsCovers(c.terms); start != c.start || end != c.end || ok != c.ok {
			t.Errorf("termsCovers(%s) = %d, %d, %t; want %d, %d, %t", c.terms, start, end, ok, c.start, c.end, c.ok)
		}
	}
}
