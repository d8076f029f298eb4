// Package numex finds figures in running text: counts ("more than 300
// young people"), amounts of money ("$102 million") and percentages ("16
// percent"), each with its value in full, its unit and its qualifier.
//
// Find scans a whole document in one pass over tokens (words, numbers with
// their thousands separators and decimals, single punctuation runes). At
// each number, written in digits or in words, it reads
//
//	[qualifier] [currency] number [scale] [currency | percent] [unit]
//
// and then decides whether the number is a figure at all. It is not when it
// is glued to letters or signs that make it part of a name or identifier
// ("G20", "COVID-19", "P5+1", "A4"), follows a word that introduces an
// identifier ("Resolution 1325", "Article 5", "Room 3", "No. 10", "Boeing
// 737", "Group of 77"), numbers a list ("1." at the start of a line), is an
// ordinal ("73rd"), a year ("in 2016"), a time of day ("10:30", "3 p.m."),
// a fraction ("one-third of"), a compound adjective ("20-year career"), a
// numeric range ("10-15"), or counts a unit of time ("for five years",
// "nearly 20 years": durations). Vague amounts ("hundreds of", "billions",
// "several million") are never numbers to begin with.
//
// A count needs a unit: the noun phrase after the number, read as
// adjectives and nouns up to its plural head ("300 young people and
// experts" gives "young people"; "17 United Nations employees" gives
// "United Nations employees"). When a number has no noun after it but a
// preposition ("five in the United Nations"), the unit is the plural noun
// mentioned last before it in the same sentence ("numerous international
// resolutions including five in the United Nations" gives "resolutions").
// A number with no unit at all is not a figure.
package numex

import (
	"math"
	"strings"
	"unicode"

	textpkg "annals/internal/text"
)

// Figure is one count, amount of money or percentage found in a text.
type Figure struct {
	Start, End int    // byte offsets: text[Start:End] == Text
	Text       string // the whole phrase: "more than 300 young people"
	// Value is the number in full: "3 million" is 3e6, "a dozen" 12,
	// "Five hundred" 500, "$102 million" 1.02e8, "12,500" 12500.
	Value float64
	// Unit is the counted noun phrase as written ("young people"); for
	// money the ISO 4217 code ("USD", "EUR", "GBP"...); "percent" for
	// percentages.
	Unit string
	// Qualifier is the hedge before the number, lower-cased ("more than",
	// "about", "up to", "some"), or "".
	Qualifier string
	Money     bool
	Percent   bool
}

// Find returns the figures of text in text order, without overlaps. skip,
// if not nil, reports spans the caller knows to be something else (date
// expressions): a number overlapping one is not a figure.
func Find(text string, skip func(start, end int) bool) []Figure {
	return FindWords(text, skip, nil)
}

// FindWords is Find given text's words with their ids
// (textpkg.AppendLexWords of text, or nil), which the dates' scanner
// reads too: they are not cut and looked up again.
func FindWords(text string, skip func(start, end int) bool, words []textpkg.LexWord) []Figure {
	buf := tokenPool.Get().(*[]token)
	defer putTokens(buf)
	*buf = tokenizeInto(*buf, text, words)
	s := scanner{text: text, toks: *buf, skip: skip}
	for i := 0; i < len(s.toks); {
		if j := s.figure(i); j > i {
			i = j
			continue
		}
		i++
	}
	return s.out
}

// scanner holds the state of one Find.
type scanner struct {
	text     string
	toks     []token
	skip     func(start, end int) bool
	out      []Figure
	consumed int // token index up to which figures have consumed tokens
	// abbrevs are the units the text defines an abbreviation for, by the
	// abbreviation lower-cased: "155 billion cubic meters (bcm)" makes
	// "80 bcm" 80 billion cubic meters.
	abbrevs map[string]abbrev
}

// abbrev is a unit a text abbreviates, with the scale the abbreviation
// includes ("bcm": 1e9 cubic meters).
type abbrev struct {
	unit  string
	scale float64
}

func (s *scanner) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// next returns token i unless a blank line comes before it.
func (s *scanner) next(i int) *token {
	t := s.at(i)
	if t == nil || t.gap == gapPara {
		return nil
	}
	return t
}

// prev returns the token before i unless a blank line separates them, or
// it was taken by an earlier figure.
func (s *scanner) prev(i int) *token {
	if i <= s.consumed || i >= len(s.toks)+1 || (i < len(s.toks) && s.toks[i].gap == gapPara) {
		return nil
	}
	return &s.toks[i-1]
}

func (s *scanner) str(t *token) string { return s.text[t.start:t.end] }

// lower returns the word lower-cased.
func (s *scanner) lower(t *token) string { return strings.ToLower(s.str(t)) }

func (s *scanner) isDash(t *token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch s.str(t) {
	case "-", "–", "—", "‐", "‑":
		return true
	}
	return false
}

// plural reports whether a word ends in "s": "millions", "hundreds".
func (s *scanner) plural(t *token) bool {
	return t.kind == tokWord && t.end-t.start > 2 && s.text[t.end-1]|0x20 == 's'
}

// symbols maps currency signs to ISO 4217 codes.
var symbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
	"₽": "RUB", "₺": "TRY", "₩": "KRW", "₪": "ILS", "₦": "NGN", "﹩": "USD", "＄": "USD"}

// dollarPrefixes maps the letters glued before "$" to the dollar they name.
var dollarPrefixes = map[string]string{"US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD",
	"C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "R": "BRL", "NT": "TWD", "MX": "MXN"}

// currencyAdjectives name whose dollar or franc is meant.
var currencyAdjectives = map[string]string{"us": "USD", "american": "USD", "australian": "AUD",
	"canadian": "CAD", "singapore": "SGD", "swiss": "CHF", "cfa": "XOF", "taiwan": "TWD",
	"jamaican": "JMD", "liberian": "LRD", "namibian": "NAD", "fijian": "FJD", "zimbabwean": "ZWL",
	"zealand": "NZD", "kong": "HKD", "hongkong": "HKD", "mexican": "MXN", "turkish": "TRY",
	"russian": "RUB", "indian": "INR", "chinese": "CNY", "japanese": "JPY", "british": "GBP",
	"egyptian": "EGP", "pakistani": "PKR", "south": "", "african": "ZAR"}

// figure tries to read a figure starting at token i and returns the index
// after it, or i.
func (s *scanner) figure(i int) int {
	t := &s.toks[i]
	start := i // first token of the figure, before any qualifier
	code := ""
	k := i
	switch t.kind {
	case tokPunct:
		c, ok := symbols[s.str(t)]
		if !ok {
			return i
		}
		code = c
		if s.str(t) == "$" && t.gap == gapNone && i > s.consumed {
			if p := s.prev(i); p != nil && p.kind == tokWord {
				if c2, ok := dollarPrefixes[s.str(p)]; ok {
					code, start = c2, i-1
				}
			}
		}
		k = i + 1
		if n := s.next(k); n == nil || n.gap > gapSpace {
			return i
		}
	case tokWord:
		switch {
		case t.lex.class == clCode && allUpper(s.str(t)):
			code = t.lex.code
			k = i + 1
		case s.str(t) == "Rs" || s.str(t) == "INR":
			code = "INR"
			k = i + 1
			if s.next(k) != nil && s.str(&s.toks[k]) == "." && s.toks[k].gap == gapNone {
				k++
			}
		case t.lex.class == clDigit || t.lex.class == clTens || t.lex.class == clA || t.lex.class == clHalf:
		default:
			return i
		}
		if code != "" {
			if n := s.next(k); n == nil || n.kind != tokNum || n.gap > gapSpace {
				return i
			}
		}
	}
	n, ok := s.parseNum(k, code != "")
	if !ok {
		return i
	}
	if s.skip != nil && s.skip(s.toks[n.start].start, s.toks[n.end-1].end) {
		return n.end
	}
	f := Figure{Value: n.value, Money: code != "", Unit: code}
	end := n.end // token index after the figure
	// "an estimated 40 to 45 bcm": a range of counts is its lower bound,
	// counting what the upper one counts
	if code == "" && !n.scaled {
		if x, y := s.at(end), s.at(end+1); x != nil && y != nil && x.kind == tokWord && s.lower(x) == "to" && x.gap == gapSpace && y.kind == tokNum && y.gap == gapSpace {
			if m, ok := s.parseNum(end+1, false); ok && !m.scaled && m.value > n.value {
				if z := s.at(m.end); z != nil && z.kind == tokWord && z.gap == gapSpace {
					end = m.end
				}
			}
		}
	}
	// What follows the number.
	if x := s.at(end); x != nil && x.gap == gapNone && code == "" {
		switch {
		case x.kind == tokPunct && s.str(x) == "%":
			f.Percent, f.Unit = true, "percent"
			end++
		case x.kind == tokWord:
			return n.end // "73rd", "5G", "1990s", "3km"
		case x.kind == tokPunct && s.isDash(x) && s.at(end+1) != nil && s.at(end+1).gap == gapNone && memberAdjectives[s.lower(s.at(end+1))] != "":
			// "the 58-member Executive Board", "a 40-nation coalition"; not
			// "a two-state solution", which names a design, not a count
			y := s.at(end + 1)
			if z := s.at(end + 2); z != nil && z.kind == tokWord && designNouns[s.lower(z)] {
				return end + 2
			}
			f.Unit = memberAdjectives[s.lower(y)]
			q, qs := s.qualifier(start)
			f.Qualifier, f.Start, f.End = q, s.toks[qs].start, y.end
			f.Text = s.text[f.Start:f.End]
			s.out = append(s.out, f)
			s.consumed = end + 2
			return end + 2
		case x.kind == tokPunct && (s.isDash(x) || s.str(x) == "/" || s.str(x) == ":" || s.str(x) == "+"):
			if y := s.at(end + 1); y != nil && y.gap == gapNone && (y.kind == tokNum || y.kind == tokWord) {
				// "20-year", "10-15", "3/4", "10:30", "5+1", "one-third"
				j := end + 2
				for j < len(s.toks) && s.toks[j].gap == gapNone && s.toks[j].kind != tokPunct {
					j++
				}
				return j
			}
		}
	}
	if !f.Percent && code == "" {
		if c, j := s.currencyAfter(end); c != "" {
			f.Money, f.Unit, end = true, c, j
		} else if j := s.percentAfter(end); j > end {
			f.Percent, f.Unit, end = true, "percent", j
		}
	}
	if !f.Money && !f.Percent {
		// "around 80 bcm": a unit the text abbreviated before
		if x := s.at(end); x != nil && x.kind == tokWord && x.gap == gapSpace && s.abbrevs != nil && !n.scaled {
			if ab, ok := s.abbrevs[s.lower(x)]; ok {
				f.Value *= ab.scale
				f.Unit = ab.unit
				return s.emit(f, start, end+1)
			}
		}
		if !s.countable(n, start) {
			return n.end
		}
		unit, j := s.unitAfter(end)
		if unit == "" {
			unit = s.tallyUnit(n)
		}
		if unit == "" {
			unit = s.elidedUnit(n)
		}
		if unit == "" {
			return n.end
		}
		// "the two organizations", "our two nations": a reference to parties
		// named before, not a count ("the five ASEAN member states" counts)
		if p := s.prev(start); p != nil && p.lex.flags&fDet != 0 && n.value < 10 && !n.scaled && (anaphoric[strings.ToLower(unit)] || !hasUpper(unit)) {
			return n.end
		}
		f.Unit, end = unit, j
	} else if n.one && !n.scaled {
		return n.end
	}
	if n.one && !n.scaled && !f.Money && !f.Percent {
		return n.end
	}
	s.defineAbbrev(n, f.Unit, end)
	return s.emit(f, start, end)
}

// emit adds the figure f read from token start to token end (exclusive),
// with the qualifier before it, and returns end.
func (s *scanner) emit(f Figure, start, end int) int {
	q, qs := s.qualifier(start)
	f.Qualifier = q
	f.Start = s.toks[qs].start
	f.End = s.toks[end-1].end
	f.Text = s.text[f.Start:f.End]
	s.out = append(s.out, f)
	s.consumed = end
	return end
}

// defineAbbrev reads an abbreviation in brackets right after a count's
// unit, "155 billion cubic meters (bcm)", whose letters are the initials
// of the unit's words, with the scale word's first when the number has one
// ("bcm": billion cubic meters); later "80 bcm" counts cubic meters.
func (s *scanner) defineAbbrev(n num, unit string, end int) {
	o, w, c := s.at(end), s.at(end+1), s.at(end+2)
	if o == nil || w == nil || c == nil || s.str(o) != "(" || w.kind != tokWord || w.gap != gapNone || s.str(c) != ")" || c.gap != gapNone {
		return
	}
	ab := s.lower(w)
	if len(ab) < 2 || len(ab) > 6 {
		return
	}
	var initials strings.Builder
	scale := 1.0
	if n.scaled && n.end > n.start {
		if t := &s.toks[n.end-1]; t.kind == tokWord && t.lex.class == clScale {
			initials.WriteByte(s.lower(t)[0])
			scale = math.Pow(10, float64(t.lex.val))
		}
	}
	for _, u := range strings.Fields(strings.ToLower(unit)) {
		initials.WriteByte(u[0])
	}
	if initials.String() != ab {
		return
	}
	if s.abbrevs == nil {
		s.abbrevs = map[string]abbrev{}
	}
	s.abbrevs[ab] = abbrev{unit: unit, scale: scale}
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// anaphoric are the plural nouns that, after "the two", "both" or "our
// three", refer back to parties already named rather than count them.
var anaphoric = map[string]bool{"organizations": true, "organisations": true, "sides": true, "bodies": true,
	"parties": true, "countries": true, "nations": true, "leaders": true, "groups": true, "institutions": true,
	"secretariats": true, "delegations": true, "governments": true, "presidents": true, "ministers": true,
	"men": true, "women": true, "companies": true, "agencies": true, "states": true, "teams": true, "sessions": true}

// memberAdjectives are the nouns of compound adjectives that count:
// "58-member", "40-nation".
var memberAdjectives = map[string]string{"member": "members", "nation": "nations", "country": "countries", "state": "states"}

// designNouns, after a member compound, make it the name of a design or
// plan rather than a count of members: "a two-state solution", "a
// one-country framework".
var designNouns = map[string]bool{"solution": true, "solutions": true, "approach": true, "model": true,
	"formula": true, "framework": true, "system": true, "policy": true, "principle": true, "vision": true}

// yearDeterminers, before a plain four-digit number of the years near
// ours, make it the year of what follows, not a count: "its 2025 grants
// round", "their 2030 targets" (a count of thousands is written with its
// separator: "its 2,025 grants").
var yearDeterminers = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true,
	"my": true, "your": true, "this": true}

// countable applies the filters that make a number without currency or
// percent no count: identifiers, list numbers, years, times of day, the
// pronoun "one".
func (s *scanner) countable(n num, start int) bool {
	t := &s.toks[n.start]
	if n.one {
		return false
	}
	// "000", "007": a code or the tail of a number, not a count
	if t.kind == tokNum && !t.decimal && t.end-t.start > 1 && s.text[t.start] == '0' {
		return false
	}
	p := s.prev(start)
	if p != nil && t.gap == gapNone {
		// Glued to what precedes: "G20", "COVID-19", "#5", "No.3".
		if p.kind == tokWord || s.isDash(p) || s.str(p) != "(" && s.str(p) != "\"" && s.str(p) != "“" && s.str(p) != "'" && s.str(p) != "‘" {
			return false
		}
	}
	if t.kind == tokNum && (start == 0 || t.gap >= gapLine) {
		// "1." or "2)" numbering a list at the start of a line.
		if x := s.at(n.end); x != nil && x.gap == gapNone && (s.str(x) == "." || s.str(x) == ")") {
			if y := s.at(n.end + 1); y == nil || y.gap != gapNone {
				return false
			}
		}
	}
	if p != nil && p.kind == tokWord {
		switch {
		case p.lex.flags&fIdent != 0:
			return false
		case p.upper && p.lex.flags&fFunc == 0 && p.lex.class == clNone && t.kind == tokNum:
			return false // "Boeing 737", "Kirkuk 5"
		case s.lower(p) == "of":
			if q := s.prev(start - 1); q != nil && q.kind == tokWord && q.upper && q.lex.flags&fFunc == 0 {
				return false // "Group of 77"
			}
		}
	}
	if p != nil && s.str(p) == "." && p.gap == gapNone {
		if q := s.prev(start - 1); q != nil && q.kind == tokWord && q.end-q.start <= 4 && q.upper {
			return false // "No. 10", "Res. 1325", "Art. 5"
		}
	}

	if p != nil && (s.str(p) == "#" || s.str(p) == "№") {
		return false
	}
	if n.bare && t.intDigits == 4 {
		v := n.value
		if v >= 1000 && v <= 2999 && p != nil && p.kind == tokWord && p.lex.flags&fDatePrep != 0 {
			return false // "in 2016", "since 2005"
		}
		if v >= 1900 && v <= 2100 && p != nil && p.kind == tokWord && yearDeterminers[s.lower(p)] {
			return false // "under its 2025 grants round", "our 2024 budget"
		}
	}
	// Times of day: "3 p.m.", "10 am", "5 o'clock".
	if x := s.next(n.end); x != nil && x.kind == tokWord {
		switch s.lower(x) {
		case "am", "pm", "gmt", "utc", "hrs", "h", "o":
			return false
		case "a", "p":
			if y := s.at(n.end + 1); y != nil && y.gap == gapNone && s.str(y) == "." {
				return false
			}
		}
	}
	return true
}

// currencyAfter reads a currency named after a number at i: "dollars",
// "U.S. dollars", "Swiss francs", "pounds sterling", "USD". It returns the
// code and the index after it, or "".
func (s *scanner) currencyAfter(i int) (string, int) {
	x := s.next(i)
	if x == nil || x.kind != tokWord {
		return "", i
	}
	if x.lex.class == clCode && allUpper(s.str(x)) {
		return x.lex.code, i + 1
	}
	// "U.S. dollars"
	if s.str(x) == "U" && s.at(i+1) != nil && s.str(&s.toks[i+1]) == "." && s.at(i+2) != nil && s.str(&s.toks[i+2]) == "S" {
		j := i + 3
		if s.at(j) != nil && s.str(&s.toks[j]) == "." {
			j++
		}
		if y := s.next(j); y != nil && y.lex.code == "USD" {
			return "USD", j + 1
		}
		return "", i
	}
	j := i
	adj := ""
	for k := 0; k < 2; k++ {
		y := s.next(j)
		if y == nil || y.kind != tokWord {
			break
		}
		c, ok := currencyAdjectives[s.lower(y)]
		if !ok {
			break
		}
		if c != "" {
			adj = c
		}
		j++
	}
	y := s.next(j)
	if y == nil || y.lex.class != clCurrency {
		return "", i
	}
	code := y.lex.code
	if adj != "" {
		code = adj
	}
	j++
	if z := s.next(j); code == "GBP" && z != nil && s.lower(z) == "sterling" {
		j++
	}
	return code, j
}

// percentAfter reads "%", "percent", "per cent" or "pct" at i.
func (s *scanner) percentAfter(i int) int {
	x := s.next(i)
	if x == nil {
		return i
	}
	switch {
	case x.kind == tokPunct && s.str(x) == "%":
		return i + 1
	case x.lex.class == clPercent:
		return i + 1
	case s.lower(x) == "per":
		if y := s.next(i + 1); y != nil && s.lower(y) == "cent" {
			return i + 2
		}
	}
	return i
}

// unitAfter reads the noun phrase a number counts, starting at i: words
// that are not function words, up to the first plural noun that is not
// itself followed by another plural noun. "more" and "fewer" in front are
// dropped ("30,000 more Iraqis" counts "Iraqis"). It returns "" when there
// is no plural head, or when the head is a unit of time (a duration) or a
// multiplier ("three times").
func (s *scanner) unitAfter(i int) (string, int) {
	j := i
	first := -1
	head := -1
	for n := 0; n < 6; n++ {
		x := s.next(j)
		if x == nil || x.kind != tokWord {
			break
		}
		if x.lex.flags&fMore != 0 && first == -1 {
			j++
			continue
		}
		if x.lex.flags&fStop != 0 || x.lex.class == clDigit || x.lex.class == clTens || x.lex.class == clScale {
			break
		}
		if first == -1 {
			first = j
		}
		// Hyphenated words: "war-affected", "peace-keeping".
		e := j + 1
		for e+1 < len(s.toks) && s.toks[e].gap == gapNone && s.isDash(&s.toks[e]) && s.toks[e+1].gap == gapNone && s.toks[e+1].kind == tokWord {
			e += 2
		}
		if countNoun(s.lower(&s.toks[e-1]), s.toks[e-1].upper) {
			head = e
			// Keep going only into another plural noun: "United Nations employees".
			y := s.next(e)
			if y == nil || y.kind != tokWord || y.lex.flags&fStop != 0 || !countNoun(s.lower(y), y.upper) {
				break
			}
		}
		j = e
	}
	if head == -1 || first == -1 {
		return "", i
	}
	h := &s.toks[head-1]
	if h.lex.flags&(fTime|fNotCount) != 0 {
		return "", i
	}
	// "two pieces of legislation", "500 tons of wheat": a measure counts
	// what follows its "of"
	if measureNouns[s.lower(h)] {
		if of := s.next(head); of != nil && s.lower(of) == "of" {
			// a noun, or an adjective and its noun ("of public lands"),
			// each whole with its hyphens ("of high-enriched uranium")
			e, noun := head+1, -1
			for n := 0; n < 2; n++ {
				x := s.next(e)
				if x == nil || x.kind != tokWord || x.upper || x.lex.flags&fStop != 0 || x.lex.class != clNone {
					break
				}
				w := s.lower(x)
				e++
				hyphens := false
				for e+1 < len(s.toks) && s.toks[e].gap == gapNone && s.isDash(&s.toks[e]) && s.toks[e+1].gap == gapNone && s.toks[e+1].kind == tokWord {
					e += 2
					hyphens = true
				}
				// a hyphenated word is an adjective too ("high-enriched")
				if !hyphens && !adjectiveLike(w) {
					noun = e
					break
				}
			}
			// an adjective with no noun after it ("of pristine"), or a noun
			// phrase that goes on ("of greenhouse gas emissions"), counts
			// nothing more than the measure
			if y := s.next(noun); noun > 0 && y != nil && y.kind == tokWord && y.lex.flags&fStop == 0 {
				noun = -1
			}
			if noun > 0 {
				return s.text[s.toks[first].start:s.toks[noun-1].end], noun
			}
		}
	}
	return s.text[s.toks[first].start:h.end], head
}

// adjectiveLike reports whether w reads as an adjective before a noun:
// "public", "clean", "roadless", "natural".
func adjectiveLike(w string) bool {
	switch w {
	case "clean", "new", "fresh", "raw", "crude", "high", "low", "safe", "special", "public", "private", "dry", "wet":
		return true
	}
	if len(w) > 4 && (strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || strings.HasSuffix(w, "ing")) {
		return true // "unused", "protected", "missing"
	}
	for _, suf := range []string{"ic", "al", "less", "ous", "ive", "ful", "ent", "ant", "able", "ible", "ary"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// measureNouns count what their "of" names: "pieces of legislation",
// "tons of food".
var measureNouns = map[string]bool{"pieces": true, "pairs": true, "sets": true, "kinds": true, "types": true,
	"sorts": true, "tons": true, "tonnes": true, "barrels": true, "gallons": true, "liters": true, "litres": true,
	"bottles": true, "bags": true, "boxes": true, "doses": true, "packages": true, "truckloads": true,
	"shipments": true, "rounds": true, "acres": true, "hectares": true, "cases": true, "courses": true}

// elidedUnit finds the unit of a number that a preposition follows
// ("including five in the United Nations"): the last lower-case plural
// noun before it in the same sentence, if any.
func (s *scanner) elidedUnit(n num) string {
	x := s.next(n.end)
	if x == nil || x.kind != tokWord || x.lex.flags&fPrep == 0 || s.lower(x) == "of" || s.lower(x) == "per" {
		return ""
	}
	if p := s.prev(n.start); p != nil && p.lex.flags&fDet != 0 {
		return "" // "the five in the room"
	}
	for k := n.start - 1; k >= 0 && k >= n.start-15; k-- {
		t := &s.toks[k]
		if s.toks[k+1].gap == gapPara {
			break
		}
		if t.kind == tokPunct {
			switch s.str(t) {
			case ".", "!", "?", ";", ":":
				return ""
			}
			continue
		}
		if t.kind == tokNum {
			return "" // an earlier number owns the noun: "40 countries, 5 in Africa"
		}
		if !t.upper && t.lex.flags&(fStop|fTime|fNotCount) == 0 && t.lex.class == clNone && countNoun(s.lower(t), false) {
			return s.str(t)
		}
	}
	return ""
}

// tallyUnit returns the unit of the count a tally sets a number against:
// "adopted by 485 votes to 65" (65 votes), "won 12 seats against 9".
func (s *scanner) tallyUnit(n num) string {
	if n.start < 3 {
		return ""
	}
	p, u, v := &s.toks[n.start-1], &s.toks[n.start-2], &s.toks[n.start-3]
	if p.kind != tokWord || u.kind != tokWord || v.kind != tokNum || s.toks[n.start].gap > gapSpace || p.gap > gapSpace || u.gap > gapSpace {
		return ""
	}
	if w := s.lower(p); w != "to" && w != "against" {
		return ""
	}
	// "from 8 weeks to 12 months": a number with a noun of its own
	if x := s.at(n.end); x != nil && x.kind == tokWord && x.lex.flags&(fFunc|fStop|fPrep) == 0 {
		return ""
	}
	if u.upper || !countNoun(s.lower(u), false) || !s.plural(u) {
		return ""
	}
	return s.str(u)
}

// countNoun reports whether a word looks like a plural noun a number can
// count: it ends in "s" (but not "ss", "us", "is"), or is an irregular
// plural or collective noun ("people", "children", "staff").
func countNoun(w string, upper bool) bool {
	switch w {
	case "people", "children", "men", "women", "staff", "personnel", "police", "youth",
		"cattle", "livestock", "sheep", "fish", "aircraft", "feet", "teeth", "geese", "mice",
		"persons", "data", "media", "clergy", "military", "militia", "crew", "faithful":
		return true
	}
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', '\'':
		return false // "class", "status"
	}
	if strings.HasSuffix(w, "sis") {
		return false // "basis", "crisis", "analysis"
	}
	switch w {
	case "was", "has", "does", "goes", "this", "thus", "always", "perhaps", "whereas",
		"afterwards", "towards", "besides", "says", "its", "plus", "also", "yes", "hers", "ours",
		"yours", "theirs", "whereabouts", "news", "politics", "economics", "physics", "ethics",
		"mathematics", "series", "species", "means", "overseas", "across", "less", "unless",
		"his", "is", "axis", "tennis", "whilst", "various", "numerous", "previous", "serious":
		return false
	}
	return true
}

// qualifier returns the hedge before token i ("more than", "about"),
// lower-cased, and the index of its first token (i when there is none).
func (s *scanner) qualifier(i int) (string, int) {
	best, bestStart := "", i
	words := make([]string, 0, 4)
	j := i
	for n := 0; n < 4; n++ {
		p := s.prev(j)
		if p == nil || p.kind != tokWord {
			break
		}
		words = append(words, s.lower(p))
		j--
		// words holds the phrase backwards; build it forwards.
		var b strings.Builder
		for k := len(words) - 1; k >= 0; k-- {
			b.WriteString(words[k])
			if k > 0 {
				b.WriteByte(' ')
			}
		}
		if qualifiers[b.String()] {
			best, bestStart = b.String(), j
		}
	}
	return best, bestStart
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 0
}
