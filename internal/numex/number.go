package numex

import (
	"math"
	"strconv"
	"strings"
)

// num is a number phrase parsed from tokens [start, end).
type num struct {
	value      float64
	start, end int  // token indices
	words      bool // written in words, at least in part: "five", "3 million"
	scaled     bool // has a scale word or suffix: "million", "bn", "dozen"
	bare       bool // a plain integer of digits without separators: may be a year or an identifier
	one        bool // the word "one" alone: a pronoun more often than a count
}

// parseNum reads a number phrase at token i: digits with optional scale
// words ("3 million", "1.5 billion", "2 dozen") or glued suffixes ("1.2bn",
// and with money "$3m"), or number words ("five hundred", "twenty-five",
// "two hundred and fifty", "a dozen", "half a million"). A scale word
// without a multiplier ("million", "hundreds") is vague and not a number.
func (s *scanner) parseNum(i int, money bool) (n num, ok bool) {
	t := s.at(i)
	if t == nil {
		return n, false
	}
	n.start = i
	switch {
	case t.kind == tokNum:
		mant := s.text[t.start:t.end]
		if t.grouped {
			mant = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' || r == '.' {
					return r
				}
				return -1
			}, mant)
		}
		exp, factor := 0, 1.0
		j := i + 1
		if x := s.at(j); x != nil && x.gap == gapNone && x.lex.class == clSuffix {
			w := s.lower(x)
			if money || w != "m" && w != "k" && w != "b" {
				exp += x.lex.val
				j++
				n.scaled = true
			}
		}
		if !n.scaled {
			last := 100
			for {
				x := s.next(j)
				if x == nil || x.gap == gapNone || (x.lex.class != clScale && x.lex.class != clHundred && x.lex.class != clDozen) || s.plural(x) {
					break
				}
				if x.lex.class == clDozen {
					factor *= 12
				} else {
					if x.lex.val >= last {
						break
					}
					last = x.lex.val
					exp += x.lex.val
				}
				n.scaled, n.words = true, true
				j++
			}
		}
		v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp), 64)
		if err != nil || math.IsInf(v, 0) {
			return n, false
		}
		n.value = v * factor
		n.end = j
		n.bare = !t.grouped && !t.decimal && !n.scaled
		return n, true
	case t.kind == tokWord:
		return s.parseWords(i)
	}
	return n, false
}

// parseWords reads a number written in words at i.
func (s *scanner) parseWords(i int) (n num, ok bool) {
	n.start, n.words = i, true
	t := s.at(i)
	j := i
	switch t.lex.class {
	case clA, clHalf:
		// "a dozen", "a hundred", "an estimated"? no: "a" must precede a scale.
		half := t.lex.class == clHalf
		j++
		if half {
			if x := s.next(j); x == nil || x.lex.class != clA {
				return n, false
			}
			j++
		}
		x := s.next(j)
		if x == nil || s.plural(x) {
			return n, false
		}
		switch x.lex.class {
		case clDozen:
			n.value = 12
		case clHundred, clScale:
			n.value = math.Pow(10, float64(x.lex.val))
		default:
			return n, false
		}
		if half {
			n.value /= 2
		}
		n.scaled = true
		j++
		// "a hundred thousand", "half a million"
		for {
			y := s.next(j)
			if y == nil || y.lex.class != clScale || s.plural(y) {
				break
			}
			n.value *= math.Pow(10, float64(y.lex.val))
			j++
		}
		n.end = j
		return n, true
	case clDigit, clTens:
	default:
		return n, false
	}
	total, cur := 0.0, 0.0
	last := -1 // class of the last word taken
	for {
		x := s.next(j)
		if x == nil || (j > i && x.gap == gapPara) {
			break
		}
		c := x.lex.class
		switch {
		case c == clDigit && (last == -1 || last == int(clHundred) || last == int(clScale) || last == int(clTens) && s.toks[j-1].kind == tokPunct):
			cur += float64(x.lex.val)
		case c == clTens && (last == -1 || last == int(clHundred) || last == int(clScale)):
			cur += float64(x.lex.val)
			// "twenty-five"
			if d := s.at(j + 1); d != nil && d.gap == gapNone && s.isDash(d) {
				if e := s.at(j + 2); e != nil && e.gap == gapNone && e.lex.class == clDigit && e.lex.val > 0 && e.lex.val < 10 {
					cur += float64(e.lex.val)
					j += 2
				}
			}
		case c == clHundred && (last == int(clDigit) || last == int(clTens)) && !s.plural(x):
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			n.scaled = true
		case c == clScale && last != -1 && last != int(clScale) && !s.plural(x):
			if cur == 0 {
				cur = 1
			}
			total += cur * math.Pow(10, float64(x.lex.val))
			cur = 0
			n.scaled = true
		case c == clDozen && (last == int(clDigit) || last == int(clTens)) && !s.plural(x):
			cur *= 12
			n.scaled = true
		case last == int(clHundred) || last == int(clScale):
			// "two hundred and fifty"
			if s.lower(x) == "and" {
				if y := s.next(j + 1); y != nil && (y.lex.class == clDigit || y.lex.class == clTens) {
					j++
					continue
				}
			}
			c = 255
		default:
			c = 255
		}
		if c == 255 {
			break
		}
		last = int(c)
		j++
	}
	if j == i {
		return n, false
	}
	n.value = total + cur
	n.end = j
	n.one = n.end == i+1 && t.lex.class == clDigit && t.lex.val <= 1
	return n, n.value > 0 || n.end > i+1
}

// ParseNumber reads s as one number phrase: "3 million", "three",
// "twenty-five", "1,200", "1.2bn", "a dozen", "half a million". Vague
// amounts ("hundreds", "billions", "dozens") and anything with words left
// over are not numbers.
func ParseNumber(s string) (float64, bool) {
	sc := scanner{text: s, toks: tokenize(s)}
	if len(sc.toks) == 0 {
		return 0, false
	}
	n, ok := sc.parseNum(0, true)
	if !ok || n.end != len(sc.toks) {
		return 0, false
	}
	return n.value, true
}
