package extract

import (
	"math"
	"slices"
	"strings"
	"testing"

	"annals/internal/text"
)

// TestLowerIs checks lowerIs against strings.ToLower, on words whose lower
// case is and is not the other word: ASCII, letters that lower-case to
// longer or shorter encodings, invalid UTF-8.
func TestLowerIs(t *testing.T) {
	words := []string{
		"", "a", "A", "Ban", "ban", "BAN", "bAn", "Ba", "Bann", "Ki-moon", "ki-moon",
		"Ärzte", "ärzte", "ÄRZTE", "İstanbul", "istanbul", "i̇stanbul", "KELVIN", "\u212Aelvin", "kelvin",
		"Σοφία", "σοφία", "ΣΟΦΊΑ", "\xff", "\xffa", "\ufffd", "\ufffdA", "a\xff", "Ⅸ", "ⅸ", "ǅ", "ǆ",
	}
	for _, w := range words {
		for _, lw := range words {
			if got, want := lowerIs(w, lw), strings.ToLower(w) == lw; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lw, got, want)
			}
		}
	}
}

// TestNameFields checks nameFields against strings.Fields with commas and
// periods read as spaces, as the parts of a name were split before.
func TestNameFields(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Joseph R. Biden, Jr.", []string{"Joseph", "R", "Biden", "Jr"}},
		{"  Ban\tKi-moon ", []string{"Ban", "Ki-moon"}},
		{"J.R.R. Tolkien", []string{"J", "R", "R", "Tolkien"}},
		{"", nil},
		{",.", nil},
		{"Ángela\u00a0Merkel", []string{"Ángela", "Merkel"}},
	} {
		var got []string
		for w := range nameFields(tc.name) {
			got = append(got, w)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.name, got, tc.want)
		}
		if old := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(tc.name)); !slices.Equal(old, got) && len(old)+len(got) > 0 {
			t.Errorf("%q: nameFields %q, Fields after partSeps %q", tc.name, got, old)
		}
	}
}

// TestSamePerson checks samePerson on pairs of names, against the
// definition it replaced (the name's parts in a list, the given names
// lower-cased in full).
func TestSamePerson(t *testing.T) {
	old := func(a, b string) bool {
		parts := func(n string) []string {
			var out []string
			for _, w := range strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(n)) {
				switch strings.ToLower(w) {
				case "jr", "sr", "ii", "iii", "iv":
					continue
				}
				out = append(out, w)
			}
			return out
		}
		fa, fb := parts(a), parts(b)
		if len(fa) < 2 || len(fb) < 2 || !strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1]) {
			return false
		}
		ga, gb := strings.ToLower(fa[0]), strings.ToLower(fb[0])
		n := min(len(ga), len(gb), 2)
		return ga[:n] == gb[:n] || len(ga) == 1 && ga[0] == gb[0] || len(gb) == 1 && gb[0] == ga[0]
	}
	names := []string{
		"Joe Biden", "Joseph R. Biden Jr.", "J. Biden", "Jill Biden", "Biden", "Joe Biden III",
		"Cathy Russell", "Catherine Russell", "C. Russell", "Ca Russell", "Jr. Russell", "III IV",
		"Ángela Merkel", "Ángel Merkel", "ángela MERKEL", "Áyla Merkel", "İlham Aliyev", "ilham Aliyev", "I. Aliyev",
		"Ban Ki-moon", "Ki-moon Ban", "\xffA Smith", "\xffB Smith", "É Smith", "é Smith", "", "Smith",
	}
	for _, a := range names {
		for _, b := range names {
			if got, want := samePerson(a, b), old(a, b); got != want {
				t.Errorf("samePerson(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestLowerASCII checks that a word of a text in ASCII, lower-cased as a
// slice of lowerASCII of the text, is strings.ToLower of the word.
func TestLowerASCII(t *testing.T) {
	for _, text := range []string{
		"", "A", "a", "The UN Security Council met in New York.", "ÄRZTE OHNE Grenzen and MSF",
		"İstanbul ISTANBUL \xffAB\xff CD", "ALL CAPS", "Ｆｕｌｌ WIDTH",
	} {
		lt := lowerASCII(text)
		if len(lt) != len(text) {
			t.Fatalf("%q: %d bytes, want %d", text, len(lt), len(text))
		}
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if w := text[i:j]; isASCII(w) && lt[i:j] != strings.ToLower(w) {
					t.Errorf("%q[%d:%d]: %q, want %q", text, i, j, lt[i:j], strings.ToLower(w))
				}
			}
		}
	}
}

// TestStateLower checks the state's lower against strings.ToLower on
// every slice of a story's text (a slice of the text lower-cased once
// where it is ASCII), on equal words that are copies, not slices, of it,
// and on a state with no lower-cased text.
func TestStateLower(t *testing.T) {
	for _, text := range []string{
		"", "A", "The UN Security Council met in New York.", "ÄRZTE OHNE Grenzen and MSF",
		"İstanbul ISTANBUL \xffAB\xff CD", "Ｆｕｌｌ WIDTH", "Photo: UNICEF/Ana Lopes",
	} {
		s := &state{text: text, lt: lowerASCII(text)}
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				w := text[i:j]
				if got := s.lower(w); got != strings.ToLower(w) {
					t.Errorf("%q[%d:%d]: %q, want %q", text, i, j, got, strings.ToLower(w))
				}
				c := strings.Clone(w)
				if got := s.lower(c); got != strings.ToLower(c) {
					t.Errorf("copy of %q[%d:%d]: %q, want %q", text, i, j, got, strings.ToLower(c))
				}
				if off, ok := s.offsetIn(w); w != "" && (!ok || off != i) {
					t.Errorf("%q[%d:%d]: offset %d, %v", text, i, j, off, ok)
				}
				if _, ok := s.offsetIn(c); ok && c != "" {
					t.Errorf("copy of %q[%d:%d] found in the text", text, i, j)
				}
			}
		}
		if got, want := (&state{text: text}).lower(text), strings.ToLower(text); got != want {
			t.Errorf("%q with no lower-cased text: %q, want %q", text, got, want)
		}
	}
}

// FuzzStateLower checks the state's lower against strings.ToLower on
// slices of any text.
func FuzzStateLower(f *testing.F) {
	f.Add("The UN Security Council", 4, 6)
	f.Add("İstanbul ISTANBUL \xffAB", 0, 9)
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		s := &state{text: text, lt: lowerASCII(text)}
		if i < 0 || j < i || j > len(text) {
			i, j = 0, len(text)
		}
		if got, want := s.lower(text[i:j]), strings.ToLower(text[i:j]); got != want {
			t.Fatalf("%q[%d:%d]: %q, want %q", text, i, j, got, want)
		}
	})
}

// TestLowerKey checks lowerKey against strings.ToLower of the word
// without the dropped bytes, and that it declines words that are not
// ASCII or too long for its buffer; and the suffix tests that use it
// against the copies they made before.
func TestLowerKey(t *testing.T) {
	for _, c := range []struct {
		w    string
		drop byte
		want string // "" : declined
	}{
		{"LLC", 0, "llc"},
		{"L.L.C.", '.', "llc"},
		{"L.L.C.", 0, "l.l.c."},
		{"GmbH", 0, "gmbh"},
		{"Co.", 0, "co."},
		{"inc", 0, "inc"},
		{"P.A.", '.', "pa"},
		{"", 0, ""},
		{"AG\xff", 0, ""},
		{"Société", 0, ""},
		{"\u212A", 0, ""}, // the Kelvin sign lower-cases to "k"
		{"Incorporated-Partnership", 0, ""},
	} {
		var buf [16]byte
		k, ok := lowerKey(buf[:], c.w, c.drop)
		switch {
		case c.want == "" && c.w != "" && ok:
			t.Errorf("lowerKey(%q, %q) = %q, want it declined", c.w, c.drop, k)
		case (c.want != "" || c.w == "") && (!ok || string(k) != c.want):
			t.Errorf("lowerKey(%q, %q) = %q, %v, want %q", c.w, c.drop, k, ok, c.want)
		}
		if ok && c.drop != 0 && string(k) != strings.ToLower(strings.ReplaceAll(c.w, string(c.drop), "")) {
			t.Errorf("lowerKey(%q, %q) = %q, not strings.ToLower", c.w, c.drop, k)
		}
	}
	for _, w := range []string{"Inc", "INC.", "Corp.", "co", "GMBH", "Ltd", "LLC", "L.L.C.", "LLP", "PLLC", "Chtd.", "P.A.",
		"\u212Ao", "Aß", "Ⱥb", "llc\xff", "Incorporated", "Smith", ""} {
		if got, want := companySuffix(w), companySuffixes.m[strings.TrimSuffix(strings.ToLower(w), ".")]; got != want {
			t.Errorf("companySuffix(%q) = %v, want %v", w, got, want)
		}
		for _, amp := range []bool{false, true} {
			lw := strings.ToLower(strings.ReplaceAll(w, ".", ""))
			if got, want := firmSuffix(w, amp), w == "P.A." || firmSuffixes.m[lw] && (amp || lw != "llc"); got != want {
				t.Errorf("firmSuffix(%q, %v) = %v, want %v", w, amp, got, want)
			}
		}
	}
}

// TestTitleKey checks titleKey against the lower case of the title's
// words joined by single spaces, on titles with and without its fast path.
func TestTitleKey(t *testing.T) {
	for _, title := range []string{
		"", " ", "Secretary of State", "secretary of state", "Secretary  of State", " Secretary of State",
		"Secretary of State ", "Secretary\tof State", "Secretary\nof\r\nState", "Président de la République",
		"Minister\u00a0of Finance", "Vice-President", "U.S. Trade Representative", "CEO", "a", "\xffX",
	} {
		want := strings.Join(strings.Fields(strings.ToLower(title)), " ")
		if got := titleKey(title); got != want {
			t.Errorf("titleKey(%q) = %q, want %q", title, got, want)
		}
		if got, want := collapsed(title), strings.Join(strings.Fields(title), " ") == title; got != want {
			t.Errorf("collapsed(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestLastTwoFields checks lastTwoFields and lowerInto against
// strings.Fields and strings.ToLower.
func TestLastTwoFields(t *testing.T) {
	for _, s := range []string{"", "  ", "Exchange", "New York Stock Exchange", " a\tb\nc ", "Bourse de Paris\u00a0Exchange",
		"İSTANBUL STOCK EXCHANGE", "x \xff", "Conference on Disarmament  "} {
		ws := strings.Fields(s)
		n, prev, last := lastTwoFields(s)
		wantPrev, wantLast := "", ""
		if len(ws) > 0 {
			wantLast = ws[len(ws)-1]
		}
		if len(ws) > 1 {
			wantPrev = ws[len(ws)-2]
		}
		if n != len(ws) || prev != wantPrev || last != wantLast {
			t.Errorf("lastTwoFields(%q) = %d, %q, %q, want %d, %q, %q", s, n, prev, last, len(ws), wantPrev, wantLast)
		}
		var buf [8]byte
		if got := lowerInto(buf[:], s); string(got) != strings.ToLower(s) {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
}

// TestTokenAccessors checks the per-token readers (word, lw, is, capLike,
// mentAt, atomIdx, dateAt) against the tokens' text, inside a story and
// at indices outside it (before the first token, at and far past the
// last, the most negative), where each gives its empty answer.
func TestTokenAccessors(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"one word", "Geneva"},
		{"sentence", "The Minister of Foreign Affairs of Chile met UNICEF officials in Geneva on 4 May 2021."},
		{"not ASCII", "Ärzte ohne Grenzen (MSF) opened a clinic in İzmir; see https://example.org/Clinic."},
	} {
		s := testState(t, "x.txt", tc.text)
		if len(s.wrd) != len(s.toks) || len(s.low) != len(s.toks) {
			t.Errorf("%s: %d words, %d lower-cased, want %d", tc.name, len(s.wrd), len(s.low), len(s.toks))
		}
		for i, tok := range s.toks {
			w := s.text[tok.Start:tok.End]
			if got := s.word(i); got != w {
				t.Errorf("%s: word(%d) = %q, want %q", tc.name, i, got, w)
			}
			if got := s.lw(i); got != strings.ToLower(w) {
				t.Errorf("%s: lw(%d) = %q, want %q", tc.name, i, got, strings.ToLower(w))
			}
			want := tok.Kind == text.Word && s.dateTok[i] < 0 && !s.inURL[i] && text.IsCap(w)
			if got := s.capLike(i); got != want {
				t.Errorf("%s: capLike(%d) (%q) = %v, want %v", tc.name, i, w, got, want)
			}
			if got := s.is(i, cTitleHeads); got != titleHeads.has(strings.ToLower(w)) {
				t.Errorf("%s: is(%d, title heads) (%q) = %v", tc.name, i, w, got)
			}
		}
		n := len(s.toks)
		for _, i := range []int{-1, -2, n, n + 1, n + 1000, math.MinInt, math.MaxInt} {
			if s.word(i) != "" || s.lw(i) != "" || s.capLike(i) || s.is(i, cTitleHeads) || s.mentAt(i) != nil || s.atomIdx(i) != -1 || s.dateAt(i) != -1 {
				t.Errorf("%s: token %d outside the story (of %d) answered", tc.name, i, n)
			}
		}
	}
}

// TestCapLikeAsMarked checks capLike against what it means (a word that
// begins with a capital, in no date and no web address) before the
// stages run and after each stage that marks dates (findDates) and web
// addresses (findEntities, markURLs), on made-up stories where capitals
// stand in dates ("Monday, 3 June"), in addresses ("www.Example.gov/
// Kyiv-Office") and in names beside them.
func TestCapLikeAsMarked(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"date", "On Monday, 3 June 2024, Minister Ana Reyes met the Director-General in Geneva."},
		{"address", "The Secretary wrote at https://www.Example.gov/Kyiv-Office/Plan.PDF and in Warsaw. See WWW.UN.ORG/News."},
		{"both", "Published 12 March 2023 at https://Example.org/March-Report; the March Report of the UN came out on Friday, 10 March."},
		{"none", "no capital here, not even a date or an address."},
	} {
		s := testState(t, "x.txt", tc.text)
		check := func(after string) {
			marked := 0
			for i, tok := range s.toks {
				w := s.text[tok.Start:tok.End]
				want := tok.Kind == text.Word && s.dateTok[i] < 0 && !s.inURL[i] && text.IsCap(w)
				if got := s.capLike(i); got != want {
					t.Errorf("%s, %s: capLike(%d) (%q) = %v, want %v", tc.name, after, i, w, got, want)
				}
				if text.IsCap(w) && (s.dateTok[i] >= 0 || s.inURL[i]) {
					marked++
				}
			}
			if after == "entities" && tc.name != "none" && marked == 0 {
				t.Errorf("%s: no capital in a date or an address: the case tells nothing", tc.name)
			}
		}
		check("new state")
		s.findDates()
		check("dates")
		s.findFigures()
		check("figures")
		s.findEntities()
		check("entities")
		s.release()
	}
}
