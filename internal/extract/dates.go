package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"annals"
	"annals/internal/numex"
	"annals/internal/text"
	"annals/internal/timex"
)

// findDates finds every date expression. When the story has no publication
// date yet, a dateline supplies one: a full date that opens one of the first
// paragraphs ("28 September 2012 – Secretary-General ...", "GENEVA, 5 May
// 2020 -") or that ends a short byline ("Mr. CARDIN — 9 December 2009").
// Relative dates are then resolved against it.
func (s *state) findDates() {
	first := timex.FindWords(s.text, s.published, s.lexWords())
	if s.published == "" {
		if v, si := s.findDateline(first); v != "" {
			s.published = v
			s.dateline = si
			first = timex.FindWords(s.text, s.published, s.lexWords())
		}
	} else if v, si := s.findDateline(first); si >= 0 {
		s.dateline = si
		// "JAKARTA, 13 July 2023 – The meeting concluded today", published
		// on 14 July: the text's "today" is its dateline's day
		if datelineBefore(v, s.published) {
			first = timex.FindWords(s.text, v, s.lexWords())
			s.written = v
		}
	}
	if s.written == "" {
		s.written = s.published
	}
	xs := s.anchorYears(s.dropNameYears(s.dropInURLs(first)))
	s.clipDates(xs) // after anchorYears, which places months by the story's date
	s.dates = s.widenApprox(keepCalendar(xs))
	for di, d := range s.dates {
		for k := s.tokAt(d.Start); k < len(s.toks) && s.toks[k].Start < d.End; k++ {
			s.dateTok[k] = di
			s.capTok[k] = false
		}
	}
}

// aroundVerbs are the verbs "around" follows as a particle, not as a
// word of approximation ("to get around Wednesday's ruling").
var aroundVerbs = map[string]bool{"get": true, "gets": true, "got": true, "getting": true, "gotten": true,
	"come": true, "comes": true, "came": true, "coming": true, "turn": true, "turned": true, "turning": true}

// widenApprox takes into a date the words that bound it loosely, as
// TimeML spans do: "around" before it ("around Nov. 1", "around year
// end") and "or later", "or earlier", "and beyond" after it ("1994 or
// later", "1990 and beyond"). The value is the date's.
func (s *state) widenApprox(exprs []timex.Expr) []timex.Expr {
	for i := range exprs {
		e := &exprs[i]
		k := s.tokAt(e.Start)
		if k > 0 && k < len(s.toks) && s.toks[k].Start == e.Start && s.lw(k-1) == "around" && !s.paraBreak(k-1, k) &&
			(k < 2 || !s.is(k-2, cAroundVerbs)) && !hasAnyPrefix(s.text[e.End:], "'s", "’s") && (i == 0 || exprs[i-1].End <= s.toks[k-1].Start) &&
			!s.beforeNoun(e.End) {
			e.Start = s.toks[k-1].Start
		}
		j := s.tokEndAt(e.End)
		if j+1 < len(s.toks) && s.toks[j].Start > e.End && !s.paraBreak(j-1, j) &&
			(s.lw(j) == "or" && (s.lw(j+1) == "later" || s.lw(j+1) == "earlier") || s.lw(j) == "and" && s.lw(j+1) == "beyond") &&
			(j+2 == len(s.toks) || s.toks[j+2].Kind != text.Word) && (i+1 == len(exprs) || exprs[i+1].Start >= s.toks[j+1].End) {
			e.End = s.toks[j+1].End
		}
		e.Text = s.text[e.Start:e.End]
	}
	return exprs
}

// beforeNoun reports whether the date ending at off qualifies a noun after
// it ("around its 21st century average": around the average, not the
// century): a lower-case word follows that is no preposition or
// conjunction.
func (s *state) beforeNoun(off int) bool {
	j := s.tokEndAt(off)
	if j >= len(s.toks) || s.toks[j].Kind != text.Word || s.paraBreak(j-1, j) {
		return false
	}
	w := s.word(j)
	if w != s.lw(j) {
		return false
	}
	switch w {
	case "and", "or", "but", "to", "in", "at", "on", "for", "with", "by", "from", "when", "as", "if", "the", "a", "that", "this":
		return false
	}
	return true
}

// clipCite is a clip's citation with its date: "[Tweet, 3/1/22]",
// "[Alan Rappeport, 7/12/23]".
var clipCite = regexp.MustCompile(`\[[^\[\]\n]{1,80}, (\d{1,2})/(\d{1,2})/(\d\d|\d{4})\]`)

// clipLink is the link to the article right after an outlet's name
// ("Pittsburgh Post-Gazette:** [**Headline**](https://...)"), and
// urlDate the article's date in its address (".../2023/09/05/...",
// "...-initiative-20230518-...").
var (
	clipLink = regexp.MustCompile(`^[\s*_]*\[[^\]\n]{3,300}\]\((https?://[^)\s]+)\)`)
	urlDate  = regexp.MustCompile(`(?:/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)|[/-]((?:19|20)\d\d)([01]\d)([0-3]\d))(?:[/-]|\.|$)`)
)

// clipDates resolves the relative dates of a quoted press clip against
// the clip's own date, not the story's: a paragraph that cites its
// source with a date ("... #SOTU” [Tweet, 3/1/22]") or that opens with
// an outlet's name and a link to the article whose address holds its
// date ("Pittsburgh Post-Gazette: Latest federal student loan program
// ...", linked to ".../2023/09/05/...": "said Tuesday" is 5 September
// 2023).
func (s *state) clipDates(exprs []timex.Expr) {
	ps, pe := -1, -1
	var subs map[annals.Date][]timex.Expr // the paragraph read with each clip date
	var cited []time.Time                 // the story's citation dates as written, read once
	for i := range exprs {
		e := &exprs[i]
		if !e.Relative {
			continue
		}
		if e.Start >= pe {
			ps = strings.LastIndex(s.text[:e.Start], "\n\n") + 1
			if ps > 0 {
				ps++
			}
			pe = strings.Index(s.text[e.End:], "\n\n")
			if pe < 0 {
				pe = len(s.text)
			} else {
				pe += e.End
			}
			subs = nil
		}
		c := s.clipDate(ps, pe, e.Start, &cited)
		if c == "" {
			continue
		}
		sub, ok := subs[c]
		if !ok {
			sub = timex.Find(s.text[ps:pe], c)
			if subs == nil {
				subs = map[annals.Date][]timex.Expr{}
			}
			subs[c] = sub
		}
		for _, n := range sub {
			if n.Start+ps == e.Start && n.End+ps == e.End {
				n.Start, n.End = e.Start, e.End
				*e = n
				break
			}
		}
	}
}

// clipDate returns the date of the clip that the paragraph text[ps:pe]
// quotes at offset off, or "" (see clipDates): the first citation after
// off (a quote's citation follows it), else the last one before; else
// the date of the article the paragraph links after its outlet's name.
func (s *state) clipDate(ps, pe, off int, cited *[]time.Time) annals.Date {
	para := s.text[ps:pe]
	var cite []string
	for _, m := range clipCite.FindAllStringSubmatchIndex(para, -1) {
		cite = []string{para[m[2]:m[3]], para[m[4]:m[5]], para[m[6]:m[7]]}
		if ps+m[0] >= off {
			break
		}
	}
	if cite != nil {
		y := atoi(cite[2])
		if y < 100 {
			if *cited == nil {
				*cited = s.citedDates()
			}
			y = s.clipYearTypo(2000+y, atoi(cite[0]), atoi(cite[1]), *cited)
		}
		return calendarDate(y, atoi(cite[0]), atoi(cite[1]))
	}
	// "Outlet:" and the link to the article right after it
	c := strings.IndexByte(para, ':')
	if c < 2 || c > 80 || strings.ContainsAny(para[:c], ".!?\n") {
		return s.clipBodyDate(ps, cited)
	}
	raw := s.src.Raw
	rc, re := s.m.At(ps+c), s.m.At(pe-1)+1
	if rc >= re || re > len(raw) || raw[rc] != ':' {
		return ""
	}
	m := clipLink.FindSubmatch(raw[rc+1 : re])
	if m == nil {
		return ""
	}
	d := urlDate.FindSubmatch(m[1])
	if d == nil {
		return ""
	}
	if len(d[1]) == 0 {
		d = d[3:] // "...-initiative-20230518-o5o4...": the date written without separators
	}
	return calendarDate(atoi(string(d[1])), atoi(string(d[2])), atoi(string(d[3])))
}

// clipBodyDate returns the date of the clip whose header is the paragraph
// before the one at ps, or "": a header alone in its paragraph, an
// outlet's name and the article's headline with no quotation, ending with
// its citation ("CNN: Biden will promote bipartisanship as he returns to a
// changed Washington [Kevin Liptak, 1/1/23]"), and the article's excerpt in
// the paragraph after it ("Wednesday's event in Kentucky, which will
// include ...": 4 January 2023).
func (s *state) clipBodyDate(ps int, cited *[]time.Time) annals.Date {
	if ps < 2 || s.text[ps-2:ps] != "\n\n" {
		return ""
	}
	hs := strings.LastIndex(s.text[:ps-2], "\n\n") + 2
	head := strings.TrimRight(s.text[hs:ps-2], " \n")
	c := strings.IndexByte(head, ':')
	if len(head) > 400 || c < 2 || c > 80 || strings.ContainsAny(head[:c], ".!?\n") || strings.ContainsAny(head, "“”\"") {
		return ""
	}
	m := clipCite.FindStringSubmatchIndex(head)
	if m == nil || m[1] != len(head) {
		return ""
	}
	y := atoi(head[m[6]:m[7]])
	if y < 100 {
		if *cited == nil {
			*cited = s.citedDates()
		}
		y = s.clipYearTypo(2000+y, atoi(head[m[2]:m[3]]), atoi(head[m[4]:m[5]]), *cited)
	}
	return calendarDate(y, atoi(head[m[2]:m[3]]), atoi(head[m[4]:m[5]]))
}

// clipYearTypo returns the year of a clip's citation written with two
// digits ("[Statement, 8/16/13]"), mended when it is a slip of the tens
// digit: y, m, d is the citation as read, cited the dates of the story's
// citations. Read with the tens digit of the story's year it falls in the
// two months up to the story's date; or read with the tens digit of other
// citations it falls within a month of more of them (two at least) than
// it does as written: a clip among clips of 8/15/23 to 8/17/23 is of 2023,
// not 2013 (one clip against one other tells nothing).
// Otherwise y stands.
func (s *state) clipYearTypo(y, m, d int, cited []time.Time) int {
	day := func(y int) (time.Time, bool) {
		t, err := time.Parse("2006-01-02", string(calendarDate(y, m, d)))
		return t, err == nil
	}
	near := func(t time.Time) int {
		n := 0
		for _, c := range cited {
			if !c.Before(t.AddDate(0, 0, -31)) && !c.After(t.AddDate(0, 0, 31)) {
				n++
			}
		}
		return n
	}
	as, ok := day(y)
	if !ok {
		return y
	}
	if pub, err := time.Parse("2006-01-02", string(s.published)); err == nil {
		if c := pub.Year()/10*10 + y%10; c != y && c/100 == y/100 {
			if t, ok := day(c); ok && !t.Before(pub.AddDate(0, 0, -61)) && !t.After(pub) {
				return c
			}
		}
	}
	best, most := y, near(as)-1 // (not counting itself)
	for _, c := range cited {
		cy := c.Year()/10*10 + y%10
		if cy == y || cy/100 != y/100 {
			continue
		}
		if t, ok := day(cy); ok {
			if n := near(t); n > most && n >= 2 {
				best, most = cy, n
			}
		}
	}
	return best
}

// citedDates returns the dates of the story's citations of clips as
// written ("[Tweet, 3/1/22]").
func (s *state) citedDates() []time.Time {
	out := []time.Time{}
	for _, m := range clipCite.FindAllStringSubmatch(s.text, -1) {
		y := atoi(m[3])
		if y < 100 {
			y += 2000
		}
		if t, err := time.Parse("2006-01-02", string(calendarDate(y, atoi(m[1]), atoi(m[2])))); err == nil {
			out = append(out, t)
		}
	}
	return out
}

// calendarDate returns the day y-m-d, or "" when there is no such day.
func calendarDate(y, m, d int) annals.Date {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || y > 2100 || t.Month() != time.Month(m) || t.Day() != d {
		return ""
	}
	return annals.DateOf(t, annals.Day)
}

// atoi is the value of a run of ASCII digits.
func atoi(w string) int {
	n := 0
	for _, c := range w {
		n = n*10 + int(c-'0')
	}
	return n
}

// datelineBefore reports whether the dateline's day v is one to three
// days before the publication day pub: the text was written on v and
// published later, and its relative dates count from v.
func datelineBefore(v, pub annals.Date) bool {
	if v.Precision() != annals.Day || pub.Precision() != annals.Day {
		return false
	}
	a, _, ok1 := v.Bounds()
	b, _, ok2 := pub.Bounds()
	if !ok1 || !ok2 {
		return false
	}
	d := b.Sub(a).Hours() / 24
	return d >= 1 && d <= 3
}

// findDateline returns the dateline date and its sentence index.
func (s *state) findDateline(exprs []timex.Expr) (annals.Date, int) {
	// paragraphs of the first 600 bytes of the body
	limit := s.bodyStart + 600
	for _, e := range exprs {
		if e.Start > limit {
			break
		}
		if e.Value.Precision() != annals.Day || e.Relative || e.Start < s.bodyStart {
			continue
		}
		ps := strings.LastIndex(s.text[:e.Start], "\n\n")
		ps++
		if ps == 0 {
			ps = 0
		}
		pe := strings.Index(s.text[e.End:], "\n\n")
		if pe < 0 {
			pe = len(s.text)
		} else {
			pe += e.End
		}
		// emphasis marks around a date line ("'''December 22, 2004'''",
		// "**12 May 2020**") are markup, not text
		before := strings.TrimRight(strings.TrimSpace(s.text[ps:e.Start]), "'*_")
		after := strings.TrimLeft(strings.TrimSpace(s.text[e.End:pe]), "'*_")
		si := s.sentenceAt(e.Start)
		// "28 September 2012 – text", "GENEVA, 28 September 2012 - text",
		// "(Reuters) 28 September 2012:": the date opens the paragraph
		// periods are allowed in a place written in capitals ("MOBILE, Ala.,")
		capsLead := before != "" && strings.ToUpper(strings.Fields(before)[0]) == strings.Fields(before)[0]
		if len(before) <= 40 && !strings.ContainsAny(before, "!?") && (capsLead || !strings.Contains(before, ".")) {
			dash := after == "" || hasAnyPrefix(after, "–", "—", "-", ":", "|", "(") ||
				// "Bangkok, 5 May 2016. The Forum concluded today": a place
				// and its comma, the date and a full stop
				strings.HasPrefix(after, ". ") && strings.HasSuffix(before, ",") && capWords(before, 3)
			lead := before == "" || strings.HasSuffix(before, ",") || hasAnySuffix(before, "—", "–", "-") || strings.ToUpper(before) == before
			if dash && lead {
				return e.Value, si
			}
		}
		// a short byline paragraph ending with the date
		if after == "" && pe-ps <= 100 {
			return e.Value, si
		}
	}
	return "", -1
}

// capWords reports whether s is one to n words, each capitalized: a
// place before a dateline's comma ("Bangkok,", "New York,").
func capWords(s string, n int) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > n {
		return false
	}
	for _, w := range ws {
		if !text.IsCap(w) {
			return false
		}
	}
	return true
}

// sentenceAt returns the index of the sentence containing text offset off.
func (s *state) sentenceAt(off int) int {
	for i, se := range s.sents {
		if off < se.End {
			return i
		}
	}
	return len(s.sents) - 1
}

// findFigures finds counts and amounts, skipping date expressions.
func (s *state) findFigures() {
	skip := func(start, end int) bool {
		if inSpans(s.urls, start, end) {
			return true
		}
		for _, d := range s.dates {
			if d.Start < end && start < d.End {
				return true
			}
			if d.Start >= end {
				break
			}
		}
		return false
	}
	s.figures = numex.FindWords(s.text, skip, s.lexWords())
}

// lexWords returns the story's words with their ids in the lexicons of
// the date and figure scanners (text.AppendLexWords), cut once for both.
func (s *state) lexWords() []text.LexWord {
	if !s.lexCut {
		s.tabs.lexWords = text.AppendLexWords(s.tabs.lexWords, s.text)
		s.lexCut = true
	}
	return s.tabs.lexWords
}

// dropInURLs removes the dates written inside web addresses
// ("/briefing-room/2023/04/28/fact-sheet-on-May-5/"): a path's numbers
// date the page, not the story's facts, and a word of its slug is no
// date of the story ("May" of "on-May-5" read as a month).
func (s *state) dropInURLs(xs []timex.Expr) []timex.Expr {
	if len(s.urls) == 0 {
		return xs
	}
	out := xs[:0]
	for _, x := range xs {
		if !inSpans(s.urls, x.Start, x.End) {
			out = append(out, x)
		}
	}
	return out
}

// inSpans reports whether [start, end) overlaps one of spans, which are in
// order and apart.
func inSpans(spans [][2]int, start, end int) bool {
	i, _ := slices.BinarySearchFunc(spans, start, func(sp [2]int, t int) int { return cmp.Compare(sp[1], t+1) })
	return i < len(spans) && spans[i][0] < end
}

// outFigure converts a figure to the contract's form.
func (s *state) outFigure(f numex.Figure) annals.Figure {
	sp := s.span(f.Start, f.End)
	return annals.Figure{
		Value:     f.Value,
		Unit:      clean(f.Unit),
		Qualifier: annals.NullString(f.Qualifier),
		Text:      sp.Text,
		Start:     sp.Start,
		End:       sp.End,
	}
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// dropNameYears removes bare years that are part of a name: "Agenda 2063",
// "Vision 2030", "Expo 2020" (a capitalized word other than a month right
// before the year, not at the start of a sentence).
func (s *state) dropNameYears(exprs []timex.Expr) []timex.Expr {
	out := exprs[:0]
	for _, e := range exprs {
		if e.Value.Precision() == annals.Year && e.ValueEnd == "" && len(strings.TrimSpace(e.Text)) == 4 {
			k := s.tokAt(e.Start)
			// (not after a capitalized word of the clause, "Education:
			// In 2023, the Department ...", "Since 2021, ...": a heading
			// or a colon before it is no name)
			if k > 0 && s.toks[k-1].End == e.Start-1 && text.IsCap(s.word(k-1)) && !monthWord(s.lw(k-1)) && !s.sentenceStart(k-1) &&
				!possessive(s.lw(k-1)) && !s.is(k-1, cSentenceOpeners) {
				continue
			}
			// "the 2030 Agenda for Sustainable Development"
			if kb := s.tokEndAt(e.End); kb < len(s.toks) && text.IsCap(s.word(kb)) && s.is(kb, cProgrammeHeads) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// possessive reports whether a word ends with "'s": a year after it
// ("Navigation Mixte's 1989 profit") is the owner's year, not a name's.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

// anchorYears re-reads dates written without a year ("in October", "on 5
// May") against the year the story last named, when that year differs from
// the publication year: a relations page or a feature that tells of 2016
// means October 2016 by "in October", not October of the year it was
// published. In a dated story the scanner has taken the month nearest the
// publication; a later month told in the past tense ("met in October",
// read in September) is last year's, an earlier month told in the future
// ("will fly in December", read in March) next year's.
// Dates relative to the publication ("last week", "yesterday") are left
// alone.
func (s *state) anchorYears(exprs []timex.Expr) []timex.Expr {
	year := ""
	for i := range exprs {
		e := &exprs[i]
		if i > 0 && s.andDayOf(exprs[i-1], *e) {
			// "met on July 25 and 26": the bare day is in its partner's
			// year, which the tense may have moved
			if p := exprs[i-1].Value; p[:4] != e.Value[:4] {
				setYear(e, atoi4(string(p[:4])))
			}
			continue
		}
		hasYear := yearIn(e.Text)
		if hasYear && e.Value != "" && (s.dateline < 0 || s.sentenceAt(e.Start) != s.dateline) {
			year = string(e.Value[:4])
			continue
		}
		if hasYear || e.Value == "" || !e.Relative || !monthIn(e.Text) || len(e.Value) < 7 || e.Kind == timex.Season || deicticText(e.Text) {
			// (not Relative: a list gave the year, "in March and April 2023")
			continue
		}
		if y := s.nameYear(exprs, e); y > 0 {
			// "the 2021 Summit of the Americas ... in September": the
			// event's own name gives the month's year
			if y != atoi4(string(e.Value[:4])) {
				setYear(e, y)
			}
			continue
		}
		if s.published != "" {
			y := atoi4(string(e.Value[:4]))
			switch {
			case laterThan(e.Value, s.published) && s.pastNear(e.Start, e.End):
				setYear(e, y-1)
			case laterThan(s.published, e.Value) && !annals.Date(s.published).Compatible(e.Value) && s.lookingForward(s.tokAt(e.Start)):
				// "We look forward to the outcomes of the Conference on
				// October 25", "The Quad looks forward to the Fellowship
				// Summit in October", read in March: the one to come
				setYear(e, y+1)
			case (e.Kind == timex.Day || e.Kind == timex.Range) && !e.Tensed && laterThan(s.published, e.Value) && !annals.Date(s.published).Compatible(e.Value) &&
				farBefore(e.Value, s.published) && s.willNear(e.Start):
				// "President X and First Lady Y will travel to Rome, Italy
				// for the G20 Leaders' Summit on October 30-31", read in
				// March: the scanner reads the auxiliary only within a
				// dozen tokens, names counted, and took the nearer past
				setYear(e, y+1)
			case e.Kind == timex.Month && laterThan(s.published, e.Value) && !annals.Date(s.published).Compatible(e.Value) && s.aheadOf(s.tokAt(e.Start)):
				// "discussed the agenda in advance of the October
				// Conference", read in February: the October to come
				setYear(e, y+1)
			case e.Kind == timex.Month && !e.Tensed && laterThan(s.published, e.Value) && !annals.Date(s.published).Compatible(e.Value) &&
				s.futureSentence(e.Start) && !s.pastNear(e.Start, e.End):
				// "will fly in December", read in March; not when the
				// month's own clause told its tense ("In May, the Food and
				// Drug Administration (FDA) announced ..., and Acme will
				// import": the "will" is another clause's)
				setYear(e, y+1)
			}
			continue
		}
		if year == "" || string(e.Value[:4]) == year {
			continue
		}
		setYear(e, atoi4(year))
	}
	return exprs
}

// nameYear returns the year of a gathering's name before the date e in its
// sentence ("the 2021 Summit of the Americas", "the 2023 WBG and IMF
// Annual Meetings": a bare year after a determiner, before capitalized
// words up to a conference's or meeting's word), or 0.
func (s *state) nameYear(exprs []timex.Expr, e *timex.Expr) int {
	si := s.sentenceAt(e.Start)
	for _, x := range exprs {
		if x.Value.Precision() != annals.Year || x.ValueEnd != "" || len(strings.TrimSpace(x.Text)) != 4 || s.sentenceAt(x.Start) != si {
			continue
		}
		// (a gathering's name before the month: "On December 13, X signed
		// the Accords, grounded in the 1967 Outer Space Treaty" is no
		// December of 1967)
		if k := s.tokAt(x.Start); x.End <= e.Start && s.nameYearAt(k) && s.gatheringName(k) {
			return atoi4(string(x.Value[:4]))
		}
	}
	return 0
}

// nameYearAt reports whether the year at token k opens an event's name:
// "the" (or a possessive) before it, then capitalized words, "and",
// "of", "for" or "on" between them, up to a capitalized event word ("the
// 2021 Summit", "the 2023 WBG and IMF Annual Meetings", "the 2025 Paris
// Nutrition for Growth Summit").
func (s *state) nameYearAt(k int) bool {
	if k <= 0 || k >= len(s.toks) {
		return false
	}
	if w := s.lw(k - 1); w != "the" && w != "this" && w != "its" && w != "their" && !possessive(w) {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+7; n++ {
		if s.toks[n].Kind != text.Word || s.paraBreak(n-1, n) {
			return false
		}
		w := s.word(n)
		if !text.IsCap(w) {
			if w == "and" || w == "of" || w == "for" || w == "on" {
				continue
			}
			return false
		}
		if triggers[s.lw(n)] != "" {
			return true
		}
	}
	return false
}

// gatheringName reports whether the name the year at token k opens ends
// with a conference's or a meeting's word ("Summit", "Meetings").
func (s *state) gatheringName(k int) bool {
	for n := k + 1; n < len(s.toks) && n <= k+7; n++ {
		if t := triggers[s.lw(n)]; t != "" && text.IsCap(s.word(n)) {
			return t == annals.Conference || t == annals.Meeting
		}
	}
	return false
}

// setYear moves a date without a year of its own to year y, when that
// gives a real date.
func setYear(e *timex.Expr, y int) {
	ys := fmt.Sprintf("%04d", y)
	v := annals.Date(ys + string(e.Value[4:]))
	if y <= 0 || y > 9999 || !v.Valid() {
		return
	}
	old := e.Value[:4]
	e.Value = v
	if strings.HasPrefix(string(e.Timex), string(old)) {
		e.Timex = annals.DateValue(ys + string(e.Timex[4:]))
	}
	if len(e.ValueEnd) >= 7 {
		e.ValueEnd = annals.Date(ys + string(e.ValueEnd[4:]))
		if end := e.ValueEnd; !end.Valid() || laterThan(e.Value, end) {
			e.ValueEnd = annals.Date(fmt.Sprintf("%04d", y+1) + string(end[4:]))
		}
		e.TimexEnd = e.ValueEnd
	}
}

func atoi4(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// aheadOf reports whether the date at token k names a gathering still to
// come, whatever the tense of the verb before: "discussed preparations for
// the July 9-11 NATO Summit", "ahead of the June Summit", "in the run-up
// to the 5 May election" (a determiner before it, a phrase that looks
// ahead before that).
func (s *state) aheadOf(k int) bool {
	if w := s.lw(k - 1); w != "the" && w != "this" {
		return false
	}
	switch p := s.lw(k - 2); p {
	case "for":
		switch s.lw(k - 3) {
		case "preparations", "preparation", "prepare", "prepares", "preparing", "prepared", "ready", "readiness", "plans", "planning":
			return true
		}
	case "of":
		return s.lw(k-3) == "ahead" || s.lw(k-3) == "advance" && s.lw(k-4) == "in"
	case "to":
		switch s.lw(k - 3) {
		case "forward", "run-up", "lead-up", "leadup":
			return true
		case "up":
			return s.lw(k-4) == "-" && (s.lw(k-5) == "run" || s.lw(k-5) == "lead")
		}
	}
	return false
}

// pastNear reports whether a date at text offset off is told in the past
// tense: the nearest verb before it, in the few words of its clause, is in
// the past ("was", "bought", "changed ... in December") or "since" leads to
// it; with none before it, the words right after it ("In January, the
// company brought in"). A deadline ("by", "until", "to" before the date,
// "deadline" after it) and a verb looking ahead ("will", "is", "to admit")
// say no.
func (s *state) pastNear(off, end int) bool {
	k := s.tokAt(off)
	if k >= len(s.toks) || k == 0 {
		return false
	}
	switch s.lw(k - 1) {
	case "by", "until", "till", "to", "through", "before", "effective", "payable":
		return false
	}
	if s.aheadOf(k) {
		return false
	}
	si := s.sentOf[k]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	ke := s.tokEndAt(end)
	if ke < b && (s.lw(ke) == "deadline" || s.lw(ke) == "target") {
		return false
	}
	// a date opening a clause told after "that" ("announced that on
	// September 15, the President will host the Summit"): the clause's
	// own verb, after it, tells its tense, not the telling's before it
	opener := s.lw(k-1) == "that" || k > 1 && s.lw(k-2) == "that" && (s.lw(k-1) == "on" || s.lw(k-1) == "in" || s.lw(k-1) == "from")
	// (a name's words do not count: "made during the North American
	// Leaders’ Summit on January 9-10", "On April 26-28, the Department of
	// State and the City of Denver hosted")
	for j, n := k-1, 0; j >= a && n < 8 && !opener; j-- {
		if v := s.tense(j); v != 0 {
			return v < 0
		}
		if !s.nameWordAt(j) {
			n++
		}
	}
	reach := 6
	if opener {
		reach = pastAfter
	}
	if k == a || k > a && (s.lw(k-1) == "on" || s.lw(k-1) == "in" || s.lw(k-1) == "from" || s.lw(k-1) == "between") &&
		(k-1 == a || s.lw(k-2) == ":" || s.lw(k-2) == "*" && s.lw(k-3) == ":") {
		// the date opens its sentence, or the text after a heading
		// ("**Clean Water Partnership**: On December 7th, the Republic
		// and ... signed")
		reach = pastAfter
	}
	for j, n := ke, 0; j < b && n < reach; j++ {
		if j > ke && (s.lw(j) == ";" || s.lw(j) == ":") {
			break
		}
		if v := s.tense(j); v != 0 {
			return v < 0
		}
		if !s.nameWordAt(j) {
			n++
		}
	}
	return false
}

// nameWordAt reports whether token j is a capitalized word or the mark
// of a possessive ("Leaders’", "Biden's"): a name's, which pastNear reads
// past without counting.
func (s *state) nameWordAt(j int) bool {
	switch w := s.word(j); {
	case monthWord(s.lw(j)):
		return false // "since January 2007 and whose term ends on 30 June"
	case s.toks[j].Kind == text.Word && text.IsCap(w):
		return true
	case w == ",":
		// a list of names: "Deputy Minister Anna Berg, Deputy Secretary
		// Tom Vale, and ..."
		return j > 0 && j+1 < len(s.toks) && s.capLike(j-1) && (s.capLike(j+1) || s.lw(j+1) == "and" && s.capLike(j+2))
	case w == "'" || w == "’":
		return j > 0 && s.toks[j-1].End == s.toks[j].Start
	case w == "s":
		return j > 0 && s.toks[j-1].End == s.toks[j].Start && apostrophe(s.word(j-1))
	}
	return false
}

// pastAfter is how many tokens after a date that opens its sentence
// ("On October 2,") pastNear reads for the verb, where it reads six after
// any other: a subject of a title and a name may stand between them ("On
// October 2, National Security Advisor Jake Sullivan spoke with ...").
const pastAfter = 10

// tense classifies token j as a verb in the past (-1), one looking ahead
// or in the present (1), or neither (0).
func (s *state) tense(j int) int {
	w := s.lw(j)
	switch w {
	case "since", "was", "were", "had", "did", "ago":
		return -1
	case "met", "held", "took", "began", "came", "went", "saw", "made",
		"bought", "sold", "brought", "paid", "won", "lost", "rose", "fell", "became", "left", "gave", "signed",
		"told", "spoke", "wrote", "sent", "flew", "chose", "spent", "stood", "heard":
		if j > 0 {
			switch s.lw(j - 1) {
			case "be", "being", "is", "are", "will", "to":
				return 1 // "would still be held on April 24"
			}
		}
		return -1
	case "will", "shall", "would", "is", "are", "be", "scheduled", "upcoming", "expected", "expects", "forthcoming",
		"plans", "planned", "intends", "next", "when", "if", "due", "deadline":
		return 1
	case "opens", "begins", "starts", "ends", "closes", "concludes", "runs", "lasts", "continues", "resumes",
		"convenes", "meets", "expires":
		// the present of a schedule: "the Forum, which was founded in
		// 1990, opens on 3 September", "the summit ends on 14 September"
		// tell what is to come, whatever verb comes before
		return 1
	case "takes":
		if s.lw(j+1) == "place" {
			return 1 // "the summit takes place on 3 September"
		}
	case "to":
		if j == s.sentTok[s.sentOf[j]][0] || s.toks[j-1].Kind == text.Punct {
			return 0 // "To celebrate the Day on February 1, HHS released": a purpose
		}
		if n := j + 1; n < len(s.toks) && s.toks[n].Kind == text.Word && !text.IsCap(s.word(n)) {
			switch s.lw(n) {
			case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some":
				return 0
			}
			return 1 // "to admit": an infinitive
		}
		return 0
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastED[w] && s.toks[j].Kind == text.Word && j > 0 &&
		// (not "followed by a Celebration at the White House on March
		// 17": what comes after, whatever the clause's tense)
		!((w == "followed" || w == "preceded") && s.lw(j+1) == "by") {
		p := j - 1
		if w := s.lw(p); len(w) > 4 && strings.HasSuffix(w, "ly") && p > 0 {
			p-- // "will be prominently featured"
		}
		switch s.lw(p) {
		case "the", "a", "an", "its", "their", "his", "her", "be", "been", "being", "is", "are", "to", "was", "were",
			"will", "would", "shall", "should", "could", "can", "may", "might", "must":
			return 0
		}
		return -1
	}
	return 0
}

// notPastED are words in -ed that are no past tense: verbs in -eed
// ("will succeed") and words news uses as adjectives before a noun
// ("preferred shares", "listed companies").
var notPastED = map[string]bool{"succeed": true, "proceed": true, "exceed": true, "indeed": true, "speed": true,
	"preferred": true, "limited": true, "united": true, "related": true,
	"based": true, "listed": true, "unspecified": true, "proposed": true, "so-called": true, "detailed": true,
	"combined": true, "advanced": true, "estimated": true, "unidentified": true, "armed": true}

// deicticText reports whether a date expression names its own direction
// ("last April", "next March", "this May") or a weekday that fixed its
// year ("Saturday, April 25").
func deicticText(t string) bool {
	for _, p := range []string{"last ", "Last ", "next ", "Next ", "this ", "This ",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// futureSentence reports whether the sentence around text offset off is
// told in the future tense.
func (s *state) futureSentence(off int) bool {
	k := s.tokAt(off)
	if k >= len(s.toks) {
		return false
	}
	si := s.sentOf[k]
	for j := s.sentTok[si][0]; j < s.sentTok[si][1]; j++ {
		switch s.lw(j) {
		case "will", "shall", "scheduled", "upcoming", "planned", "expected", "next", "forthcoming", "would", "plans", "intends":
			return true
		}
	}
	return false
}

// yearIn reports whether s holds a four-digit number.
func yearIn(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// monthIn reports whether s names a month.
func monthIn(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' }) {
		if monthWord(w) && w != "may" || w == "may" && s != "may" {
			return true
		}
	}
	return false
}

// pairedDays returns the two days of a gathering told as a day and the
// next joined by "and", when the date s.dates[di] is one of them: "on 25
// and 26 July", "on July 25 and 26", "on Friday, December 8 and Saturday,
// December 9" (each day keeps the year its own words gave it). The scanner
// reads them as two dates, or one and a bare number, as TimeML annotates
// them; an event told on both is held from the first to the second. Days
// that are not consecutive ("flights on September 7 and 16") are two
// dates, not a range.
func (s *state) pairedDays(di int) (from, to annals.Date, ok bool) {
	d := s.dates[di]
	if d.ValueEnd != "" || d.Value.Precision() != annals.Day {
		return "", "", false
	}
	// two dates: "July 25 and 26", "Friday, December 8 and Saturday,
	// December 9"
	if di+1 < len(s.dates) && s.text[d.End:s.dates[di+1].Start] == " and " {
		if e := s.dates[di+1]; e.ValueEnd == "" && nextDay(d.Value, e.Value) {
			return d.Value, e.Value, true
		}
	}
	if di > 0 && s.text[s.dates[di-1].End:d.Start] == " and " {
		if e := s.dates[di-1]; e.ValueEnd == "" && nextDay(e.Value, d.Value) {
			return e.Value, d.Value, true
		}
	}
	k, ke := s.tokAt(d.Start), s.tokEndAt(d.End)
	if n := dayNumber(s.word(k)); n > 0 && k >= 2 && s.lw(k-1) == "and" && s.toks[k-2].Kind == text.Number && s.dateAt(k-2) < 0 {
		// "on 25 and 26 July", "the 25th and 26th of July"
		if m := dayNumber(s.word(k - 2)); m > 0 && m == n-1 {
			first := annals.Date(string(d.Value[:8]) + fmt.Sprintf("%02d", m))
			return first, d.Value, true
		}
	}
	if ke+1 < len(s.toks) && s.lw(ke) == "and" && s.toks[ke+1].Kind == text.Number && s.dateAt(ke+1) < 0 && bareDayEnds(s, ke+2) {
		// "on July 25th and 26th", "on September 4 and 5 to coordinate"
		if m := dayNumber(s.word(ke + 1)); m > 0 {
			if next := annals.Date(string(d.Value[:8]) + fmt.Sprintf("%02d", m)); next.Valid() && nextDay(d.Value, next) {
				return d.Value, next, true
			}
		}
	}
	return "", "", false
}

// bareDayEnds reports whether the token at j can follow a bare day of the
// month closing a date: the end, a mark, or a function word ("on July 25
// and 26 to discuss"), not a noun it counts ("July 25 and 26 delegates").
func bareDayEnds(s *state, j int) bool {
	if j >= len(s.toks) || s.sentOf[j] != s.sentOf[j-1] {
		return true
	}
	switch s.toks[j].Kind {
	case text.Punct:
		return true
	case text.Word:
		return functionWords.has(s.lw(j))
	}
	return false
}

// dayNumber is the day of the month a token writes ("25", "25th"), or 0.
func dayNumber(w string) int {
	w = strings.TrimRight(w, "stndrh")
	if len(w) == 0 || len(w) > 2 || !isNumber(w) {
		return 0
	}
	if n := atoi(w); n >= 1 && n <= 31 {
		return n
	}
	return 0
}

// nextDay reports whether the day b is the day after a.
func nextDay(a, b annals.Date) bool {
	if a.Precision() != annals.Day || b.Precision() != annals.Day {
		return false
	}
	ta, _, ok1 := a.Bounds()
	tb, _, ok2 := b.Bounds()
	return ok1 && ok2 && ta.AddDate(0, 0, 1).Equal(tb)
}

// andDayOf reports whether e is a bare day of the month told after the
// day p by "and" or "or" ("July 25 and 26", "May 3 or 4"): the scanner
// gives it p's month and year.
func (s *state) andDayOf(p, e timex.Expr) bool {
	if e.Kind != timex.Day || e.ValueEnd != "" || dayNumber(e.Text) == 0 || p.Kind != timex.Day || p.ValueEnd != "" ||
		p.Value.Precision() != annals.Day || e.Value.Precision() != annals.Day || p.Value[4:7] != e.Value[4:7] {
		return false
	}
	gap := s.text[p.End:e.Start]
	return gap == " and " || gap == " or "
}

// lookingForward reports whether the date at token k is told after "look
// forward to" in the present ("we look forward to", "the Quad looks
// forward to", "looking forward to"), in its clause and at most fifteen
// words before it, no verb of the past between: what one looks forward
// to is still to come.
func (s *state) lookingForward(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	a := s.sentTok[s.sentOf[k]][0]
	for j := k - 1; j > a && j >= k-15; j-- {
		if s.tense(j) < 0 {
			return false // "look forward to building on the summit held on October 25"
		}
		switch s.lw(j) {
		case ";", ":":
			return false
		case "forward":
			switch s.lw(j - 1) {
			case "look", "looks", "looking":
				return s.lw(j+1) == "to" && s.lw(j-2) != "not" && s.lw(j-2) != "did"
			}
		}
	}
	return false
}

// willNear reports whether the nearest verb before the date at text
// offset off, in the ten words of its clause before it (a name's words
// and marks not counted), is an auxiliary of the future:
// "will travel to Rome, Italy for the G20 Leaders' Summit on October
// 30-31". A deadline before the date ("by", "until") says no.
func (s *state) willNear(off int) bool {
	k := s.tokAt(off)
	if k >= len(s.toks) || k == 0 {
		return false
	}
	switch s.lw(k - 1) {
	case "by", "until", "till", "through", "before", "since":
		return false
	}
	a := s.sentTok[s.sentOf[k]][0]
	for j, n := k-1, 0; j >= a && n < 10; j-- {
		switch s.lw(j) {
		case ";", ":":
			return false
		case "will", "shall":
			return true
		}
		if s.tense(j) != 0 {
			return false
		}
		if !s.nameWordAt(j) && s.toks[j].Kind != text.Punct {
			n++
		}
	}
	return false
}

// farBefore reports whether the day d is more than two weeks before the
// day pub (the scanner heeds an auxiliary only then, too).
func farBefore(d, pub annals.Date) bool {
	a, _, ok1 := d.Bounds()
	b, _, ok2 := pub.Bounds()
	return ok1 && ok2 && b.Sub(a) > 14*24*time.Hour
}

// toldAhead reports whether the trigger at token i, after the date of a
// telling at token k ("said yesterday", "announced on Monday"), is told
// as an act to come: a "will", "would" or "shall" between them, in the
// clause the telling opens (no full stop, semicolon or second date).
func (s *state) toldAhead(k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch s.lw(j) {
		case "will", "would", "shall":
			return true
		case ";", ".":
			return false
		}
		if s.dateAt(j) >= 0 && s.dateAt(j) != s.dateAt(k) {
			return false
		}
	}
	return false
}
