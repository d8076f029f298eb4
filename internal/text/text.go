// Package text splits plain text into sentences and tokens, keeping byte
// offsets so that every later annotation can cite the text it came from.
//
// The rules are written for English news: a period ends a sentence unless it
// belongs to an abbreviation ("Mr.", "U.N.", "Sept."), an initial ("Joseph R.
// Biden") or a number ("3.5"), and blank lines always end one.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence of a text: Text[Start:End], without surrounding space.
type Sentence struct {
	Start, End int
}

// abbreviations end with a period that does not end a sentence when a
// capitalized word follows. Lower-cased, without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true,
	"cmdr": true, "adm": true, "sgt": true, "rev": true, "hon": true, "amb": true, "pres": true,
	"messrs": true, "mme": true, "mlle": true, "sec": true, "dept": true, "no": true, "nos": true,
	"vol": true, "art": true, "para": true, "fig": true, "ref": true, "approx": true, "est": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "vs": true, "v": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"e.g": true, "i.e": true, "cf": true, "al": true, "ca": true, "c": true, "op": true, "ed": true, "eds": true,
	"h.e": true, "u.n": true, "u.s": true, "u.k": true, "e.u": true, "u.s.a": true, "a.m": true, "p.m": true,
	"mt": true, "ft": true, "pt": true, "ave": true, "blvd": true, "rd": true,
}

// sentenceEndingAbbrevs may end a sentence even before a capital letter,
// because they often stand at the end of one ("... in the U.S. The next ...").
var sentenceEndingAbbrevs = map[string]bool{"u.s": true, "u.k": true, "u.n": true, "e.u": true, "inc": true, "ltd": true, "co": true, "a.m": true, "p.m": true, "etc": true}

// firmSuffixes are the dotted suffixes of partnerships' names, written
// without their last period: "L.L.P.", "L.L.C.".
var firmSuffixes = map[string]bool{"l.l.p": true, "l.l.l.p": true, "l.l.c": true, "p.l.l.c": true, "a.p.l.c": true}

// Sentences splits text into sentences. Paragraph breaks (a blank line)
// always end a sentence; so does a single line break after a line that
// looks like a heading or a dateline with no final punctuation only when
// the text has no blank lines at all is NOT assumed: single newlines are
// treated as spaces.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if e-start > MaxSentence {
			// a run-on "sentence" (a list without periods, a table, a
			// hostile file): cut it so that work per sentence is bounded
			out = appendPieces(out, text, start, e)
		} else if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	n := len(text)
	for i := 0; i < n; {
		if start >= 0 {
			// inside a sentence only line ends and terminators matter:
			// skip to the next byte that may begin one ('…' begins with
			// 0xE2, a byte no other character has inside it)
			for i < n && !mayEnd[text[i]] {
				i++
			}
			if i == n {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			start = i
		}
		switch {
		case r == '\n':
			// a blank line ends the sentence
			j := i + 1
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < n && text[j] == '\n' && !continues(text, start, i) {
				emit(i)
				i = j + 1
				continue
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + size
			// swallow repeated terminators and closing quotes/brackets,
			// and the closing marks of emphasis whose opening marks the
			// reader did not pair: a bold run-in heading ("Expand Access
			// Under the Act.** The Departments proposed ...") ends there
			for end < n {
				c, cs := utf8.DecodeRuneInString(text[end:])
				if c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '*' || c == '_' {
					end += cs
					continue
				}
				break
			}
			if isBoundary(text, start, i, end, r) {
				emit(end)
				i = end
				continue
			}
			i = end
			continue
		}
		i += size
	}
	emit(n)
	return out
}

// mayEnd holds the bytes that may begin a line end or a terminator.
var mayEnd = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// continues reports whether the sentence that began at start goes on past
// the blank line at text[i]: it ends with no final punctuation, in a word
// or a comma, and the next paragraph opens in lower case. Documents
// inserted in a record or pasted from a PDF break sentences with blank
// lines ("we met in Madrid on 3-6 June 2010 we\n\nreasserted the ...").
// A heading ends without punctuation too, but the paragraph after it opens
// with a capital.
func continues(text string, start, i int) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[start:i], unicode.IsSpace))
	if !unicode.IsLetter(last) && last != ',' {
		return false
	}
	rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(first)
}

// MaxSentence is the longest sentence Sentences returns, in bytes; a
// longer run is cut at a clause break (";", ",") or a space. Real
// sentences are far shorter.
const MaxSentence = 2048

// appendPieces appends text[a:z] cut into pieces of at most MaxSentence
// bytes, each without surrounding space.
func appendPieces(out []Sentence, text string, a, z int) []Sentence {
	for _, w := range Windows(text[a:z], MaxSentence) {
		p := strings.TrimFunc(text[a+w.Start:a+w.End], unicode.IsSpace)
		if p == "" {
			continue
		}
		s := a + w.Start + strings.Index(text[a+w.Start:a+w.End], p)
		out = append(out, Sentence{s, s + len(p)})
	}
	return out
}

// isBoundary decides whether the terminator at text[i] (ending at end,
// including closing quotes) ends the sentence that began at start.
func isBoundary(text string, start, i, end int, term rune) bool {
	n := len(text)
	// must be followed by space (or the end of text)
	if end < n {
		c, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(c) {
			return false
		}
	} else {
		return true
	}
	// next word
	j := end
	for j < n {
		c, cs := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(c) {
			break
		}
		j += cs
	}
	if j >= n {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	nextUpper := unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'([«—–-*#", next)
	if term == '…' || (term == '.' && strings.HasPrefix(text[i:], "...")) {
		// an ellipsis ends a sentence only before a capital
		return unicode.IsUpper(next) || strings.ContainsRune("\"“", next)
	}
	if term != '.' {
		return nextUpper || !unicode.IsLower(next)
	}
	if !nextUpper {
		return false
	}
	// the word before the period
	w := i
	for w > start {
		c, cs := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(c) || c == '(' || c == '"' || c == '“' || c == '[' {
			break
		}
		w -= cs
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	lw := strings.ToLower(strings.Trim(word, "'’\""))
	if abbreviations[lw] {
		if sentenceEndingAbbrevs[lw] {
			// "in the U.S. The next" ends; "U.S. President" does not
			return !startsTitleOrName(text[j:])
		}
		return false
	}
	// a dotted acronym ending a hyphened name ("the ASEAN-U.S. Special
	// Summit", "an India-U.S. Defense dialogue") reads as the acronym alone
	if k := strings.LastIndexAny(lw, "-–—"); k >= 0 {
		if tail := strings.TrimLeft(lw[k:], "-–—"); sentenceEndingAbbrevs[tail] || isDotted(tail) {
			return !startsTitleOrName(text[j:])
		}
	}
	// an initial: a single capital letter ("Joseph R. Biden")
	if utf8.RuneCountInString(word) == 1 {
		c, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(c) {
			return false
		}
	}
	// the dotted suffix of a firm closes its name, and a capital after it
	// opens a sentence: "an associate at Thelen & Priest L.L.P. Judge Lee
	// served"
	if firmSuffixes[lw] {
		return true
	}
	// dotted acronyms ("U.N.", "D.C.") followed by a capitalized word that
	// is not a sentence opener stay inside the sentence
	if strings.Count(word, ".") >= 1 && isDotted(word) {
		return !startsTitleOrName(text[j:])
	}
	return true
}

// isDotted reports whether w looks like "U.N" or "D.C" (letters separated by periods).
func isDotted(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// startsTitleOrName reports whether s begins with a word that commonly
// follows "U.S." or "U.N." inside a sentence (an office or an agency name),
// rather than a sentence opener such as "The" or "It".
func startsTitleOrName(s string) bool {
	w := s
	if k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); k >= 0 {
		w = s[:k]
	}
	switch strings.ToLower(w) {
	case "the", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "in", "on", "at", "but", "and", "a", "an", "his", "her", "its", "their", "our", "as", "if", "when", "after", "before", "while", "since", "for", "there", "what", "who", "how", "why", "mr", "ms", "mrs", "dr":
		return false
	}
	return w != ""
}
