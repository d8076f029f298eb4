package extract

import (
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/ner"
	"annals/internal/text"
)

// Firms named by their partners.
//
// A law firm, an accountancy or a consultancy is often named by the
// surnames of its partners set off by commas, the last joined by "&" or
// "and", and closed by the suffix of a partnership: "Fried, Frank, Harris,
// Shriver & Jacobson LLP", "Gibson, Dunn & Crutcher, LLP", "Cohen, Weiss,
// and Simon LLP", "Moore, Walters & Thompson, A.P.L.C.". Read a comma at a
// time, each surname would be a person or a place of its own ("Fried" the
// town, "Dunn" a person), so the whole name is read first, as one
// organization, before the chunks and the tagger see its words.
//
// The suffix is what tells a firm from a list ("Sports, Fitness &
// Nutrition", "Trinidad & Tobago"). Without it, the name is a firm only
// where an employer is written, after "at" ("an associate at Skadden,
// Arps, Slate, Meagher & Flom"), with "&", and when no word of it is a
// name the lists know and most are no common words.

// firmSuffixes close the name of a partnership or a professional
// corporation, written without periods and in lower case: "LLP",
// "L.L.P.", "P.C.", "PLLC", "A.P.L.C.".
var firmSuffixes = set("llp", "lllp", "llc", "pc", "pllc", "aplc", "apc", "lp", "chtd")

// firmSuffix reports whether w is a firm's suffix. "LLC" closes a
// company's name as well as a firm's: it counts after "&" only, since
// "Google, Amazon and Acme LLC" is a list. "P.A." counts with its periods
// only ("PA" is Pennsylvania).
func firmSuffix(w string, amp bool) bool {
	if w == "P.A." {
		return true
	}
	var buf [16]byte
	if k, ok := lowerKey(buf[:], w, '.'); ok {
		return firmSuffixes.has(string(k)) && (amp || string(k) != "llc")
	}
	lw := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	return firmSuffixes.has(lw) && (amp || lw != "llc")
}

// firmNames finds the firms named by their partners (see above), adds
// each as an organization and returns their token ranges in text order.
func (s *state) firmNames() [][2]int {
	var out [][2]int
	for k := 2; k+1 < len(s.toks); k++ {
		amp := s.word(k) == "&"
		if !amp && s.lw(k) != "and" {
			continue
		}
		// the last partner: one or two words ("& Associates", "& Van Dyke")
		end := k + 1
		for end < len(s.toks) && end-k <= 2 && s.firmWord(end, k+1) && !firmSuffix(s.word(end), amp) {
			end++
		}
		if end == k+1 || companySuffix(s.word(end-1)) {
			// "Goldman, Sachs & Co.": a company's name, read with its suffix
			// by the tagger
			continue
		}
		b := end
		if s.word(b) == "," {
			b++
		}
		suffixed := firmSuffix(s.word(b), amp)
		if suffixed {
			b++
		} else {
			b = end
		}
		// the partners before: parts of one to three words set off by
		// commas, the comma before "&" or "and" optional
		i := k
		if s.word(i-1) == "," {
			i--
		}
		parts, commas, words := 0, 0, 0
		for {
			p := i
			for p > 0 && i-p < 3 && s.firmWord(p-1, p-1) {
				p--
			}
			if p == i || s.firmWord(p-1, p-1) {
				// no part, or a longer run of capitals: a name of its own
				// ("the Department of Sports, Fitness & Nutrition")
				parts = 0
				break
			}
			parts++
			words += i - p
			i = p
			if s.word(i-1) != "," || !s.firmWord(i-2, i-2) {
				break
			}
			i--
			commas++
		}
		if parts < 2 || commas < 1 {
			continue
		}
		if !suffixed && !(amp && end == k+2 && words == parts && s.lw(i-1) == "at" && !s.capLike(end) && s.plainPartners(i, end)) {
			continue
		}
		if s.covered(i, b) {
			continue
		}
		nameEnd := end
		if suffixed && s.word(end) != "," {
			nameEnd = b // "Davis Polk & Wardwell LLP" keeps its suffix
		}
		name := clean(s.text[s.toks[i].Start:s.toks[nameEnd-1].End])
		e := s.entity("org:"+gazetteer.Normalize(name), annals.Org, name, nil)
		if e.typ != annals.Org {
			continue
		}
		s.addMention(e, i, b, s.toks[i].Start, s.toks[b-1].End, mName)
		if s.firms == nil {
			s.firms = map[*ent]bool{}
		}
		s.firms[e] = true
		out = append(out, [2]int{i, b})
		k = b - 1
	}
	return out
}

// firmWord reports whether token k can be a word of a partner's name in
// a firm's name that opens at token first: a capitalized word of the same
// sentence and line, not a connector ("of", "the").
func (s *state) firmWord(k, first int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].Kind != text.Word || s.inURL[k] || s.dateAt(k) >= 0 {
		return false
	}
	if k > first && s.lineStart[k] || s.sentOf[k] != s.sentOf[first] {
		return false
	}
	w := s.word(k)
	return text.IsCap(w) && !s.connectorAt(k) && !isPossessive(w)
}

// plainPartners reports whether the words of [a,b), one partner each
// with the "&" and the commas between them, read as surnames: no name a
// list knows ("Milwaukee, Wisconsin & ..."), no title or body's head
// ("Cole, President & Chair"), and most of them no common word.
func (s *state) plainPartners(a, b int) bool {
	common, n := 0, 0
	for k := a; k < b; k++ {
		if s.toks[k].Kind != text.Word {
			continue
		}
		n++
		lw := s.lw(k)
		if s.atomIdx(k) >= 0 || titleHeads.has(lw) || orgHeads.has(lw) {
			return false
		}
		if ner.CommonWord(lw) {
			common++
		}
	}
	return 2*common < n
}
