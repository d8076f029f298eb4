package timex

import textpkg "annals/internal/text"

// A lexEntry classifies a lower-cased word: a month or weekday name, a
// number word, an ordinal suffix or one of the keywords the patterns use.
// The zero entry is an ordinary word.
type lexEntry struct {
	class byte
	val   int8 // month 1-12, weekday 0-6 (Sunday 0), number, or keyword id
	tense int8 // a cue of the clause's tense: see tenseWords
	mod   byte // modParticiple or modNotPast: see tense.go
}

// Word classes.
const (
	clNone        byte = iota
	clMonth            // "October": val is the month
	clMonthAbbr        // "Oct", "Sept": a month only before "." or a number
	clWeekday          // "Tuesday": val is the time.Weekday
	clWeekdayAbbr      // "Tue", "Fri": a weekday only before a date ("Fri, 28 Sep 2012")
	clNumber           // "two", "a": val is the number (for "two years ago")
	clOrdinal          // "st", "nd", "rd", "th" after digits
	clKey              // keyword: val is one of the k* constants
	clOrdWord          // "first" to "fourth", "last": val is 1-4 (last is -1)
	clDecadeWord       // "nineties": val is the decade's digit
)

// Keywords.
const (
	kToday int8 = iota + 1
	kTonight
	kYesterday
	kTomorrow
	kThis
	kLast
	kNext
	kPast
	kComing
	kWeek
	kMonth
	kYear
	kDecade
	kDay
	kAgo
	kEarly
	kMid
	kLate
	kEarlier
	kLater
	kIn
	kOn
	kSince
	kUntil
	kBy
	kFrom
	kBetween
	kTo
	kThrough
	kAnd
	kOf
	kThe
	kEnd
	kBeginning
	kFY
	kS
	kDuring
	kBefore
	kAfter
	kRecent
	kAnnual
	kIdent  // a word that names an identifier before a number: "Resolution 1325"
	kSeason // "spring", "summer", "autumn", "fall", "winter": see seasonOf
	kWill   // "will", "shall": a weekday after it is in the future
	kNow    // "now"
	kCurrently
	kCurrent
	kRecently
	kFuture
	kRight
	kNear
	kThese
	kQuarter
	kHalf
	kFiscal
	kPeriod
	kLatest
	kThat
	kSame
	kIts
	kWeekend
	kCentury
	kPartDay // "morning", "afternoon", "evening", "night": see partOfDay
	kComparable
	kFuturish // "scheduled", "planned", "expected", "set": a later weekday is ahead
	kUntil2   // "soon", "early" in "as soon as", "as early as": see asSoonAs
	kFollowing
	kTerm    // "term": "the near term", "the short term"
	kSeveral // "several", "few": "several years ago"
	kHoliday // "Christmas", "Thanksgiving", "Election" (Day): see holidayDate
	kPrePost // "pre", "post" glued to a year: "post-1959"
	kThen    // "then": "until then", "by then"
)

// lexicon maps lower-cased words to their entries; the tokenizer reads
// them from lexTable (a word's index in lexEntries, see text.WordTable),
// made by init once lexicon is complete.
var (
	lexicon    = map[string]lexEntry{}
	lexTable   *textpkg.WordTable
	lexEntries []lexEntry
	lexShared  textpkg.Lexicon // lexTable's words in text.AppendLexWords
)

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		lexicon[m] = lexEntry{class: clMonth, val: int8(i + 1)}
		if len(m) > 3 {
			lexicon[m[:3]] = lexEntry{class: clMonthAbbr, val: int8(i + 1)}
		}
	}
	lexicon["sept"] = lexEntry{class: clMonthAbbr, val: 9}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		lexicon[d] = lexEntry{class: clWeekday, val: int8(i)}
	}
	for i, d := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		lexicon[d] = lexEntry{class: clWeekdayAbbr, val: int8(i)}
	}
	lexicon["tues"] = lexEntry{class: clWeekdayAbbr, val: 2}
	lexicon["thur"] = lexEntry{class: clWeekdayAbbr, val: 4}
	lexicon["thurs"] = lexEntry{class: clWeekdayAbbr, val: 4}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, n := range nums {
		lexicon[n] = lexEntry{class: clNumber, val: int8(i)}
	}
	lexicon["a"] = lexEntry{class: clNumber, val: 1}
	lexicon["an"] = lexEntry{class: clNumber, val: 1}
	lexicon["thirty"] = lexEntry{class: clNumber, val: 30}
	lexicon["forty"] = lexEntry{class: clNumber, val: 40}
	lexicon["fifty"] = lexEntry{class: clNumber, val: 50}
	lexicon["sixty"] = lexEntry{class: clNumber, val: 60}
	lexicon["seventy"] = lexEntry{class: clNumber, val: 70}
	lexicon["eighty"] = lexEntry{class: clNumber, val: 80}
	lexicon["ninety"] = lexEntry{class: clNumber, val: 90}
	for i, w := range []string{"first", "second", "third", "fourth"} {
		lexicon[w] = lexEntry{class: clOrdWord, val: int8(i + 1)}
	}
	for i, w := range []string{"", "", "twenties", "thirties", "forties", "fifties", "sixties",
		"seventies", "eighties", "nineties"} {
		if w != "" {
			lexicon[w] = lexEntry{class: clDecadeWord, val: int8(i)}
		}
	}
	for _, s := range []string{"st", "nd", "rd", "th"} {
		lexicon[s] = lexEntry{class: clOrdinal, val: 0}
	}
	keys := map[string]int8{
		"today": kToday, "tonight": kTonight, "yesterday": kYesterday, "tomorrow": kTomorrow,
		"this": kThis, "last": kLast, "next": kNext, "past": kPast, "coming": kComing,
		"previous": kPast, "week": kWeek, "weeks": kWeek, "month": kMonth, "months": kMonth,
		"year": kYear, "years": kYear, "decade": kDecade, "decades": kDecade, "day": kDay,
		"days": kDay, "ago": kAgo, "early": kEarly, "mid": kMid, "late": kLate,
		"earlier": kEarlier, "later": kLater, "in": kIn, "on": kOn, "since": kSince,
		"until": kUntil, "till": kUntil, "by": kBy, "from": kFrom, "between": kBetween,
		"to": kTo, "through": kThrough, "thru": kThrough, "and": kAnd, "of": kOf, "the": kThe,
		"end": kEnd, "beginning": kBeginning, "start": kBeginning, "middle": kBeginning,
		"fy": kFY, "s": kS, "during": kDuring, "before": kBefore, "after": kAfter,
		"recent": kRecent, "annual": kAnnual, "yearly": kAnnual,
		"will": kWill, "shall": kWill, "now": kNow, "currently": kCurrently, "presently": kCurrently,
		"nowadays": kCurrently, "current": kCurrent, "recently": kRecently, "future": kFuture,
		"right": kRight, "near": kNear, "these": kThese, "quarter": kQuarter, "quarters": kQuarter,
		"half": kHalf, "fiscal": kFiscal, "period": kPeriod, "latest": kLatest, "that": kThat,
		"same": kSame, "its": kIts, "weekend": kWeekend, "century": kCentury, "morning": kPartDay,
		"afternoon": kPartDay, "evening": kPartDay, "night": kPartDay, "comparable": kComparable,
		"corresponding": kComparable, "scheduled": kFuturish, "planned": kFuturish, "planning": kFuturish,
		"plans": kFuturish, "plan": kFuturish, "intend": kFuturish, "intends": kFuturish, "postponed": kFuturish, "delayed": kFuturish, "expected": kFuturish, "due": kFuturish, "soon": kUntil2,
		"following": kFollowing, "term": kTerm, "christmas": kHoliday, "thanksgiving": kHoliday, "easter": kHoliday, "halloween": kHoliday,
		"election": kHoliday, "labor": kHoliday, "memorial": kHoliday, "veterans": kHoliday, "several": kSeveral, "few": kSeveral, "pre": kPrePost, "post": kPrePost, "then": kThen, "spring": kSeason, "summer": kSeason, "autumn": kSeason, "fall": kSeason, "winter": kSeason,
	}
	for w, k := range keys {
		lexicon[w] = lexEntry{class: clKey, val: k}
	}
	// Words after which a number is an identifier, never a year:
	// "Resolution 2016", "No. 2019", "Article 1990", "Flight 1549".
	for _, w := range []string{"resolution", "resolutions", "res", "no", "nos", "number",
		"article", "articles", "rule", "chapter", "section", "paragraph", "para", "item",
		"room", "page", "pages", "flight", "route", "highway", "decision", "law", "bill",
		"code", "iso", "model", "unscr", "order", "file", "grant", "box", "suite", "floor",
		"building", "street", "avenue", "road", "apt", "unit", "ext", "tel", "phone", "fax",
		"annex", "table", "figure", "fig", "vol", "volume", "issue", "op", "opus", "boeing",
		"airbus", "channel", "version", "v", "doc", "document", "ref", "case", "cases", "id",
		"serial", "hr", "h", "s", "sr", "p", "pp", "part", "step", "phase", "level", "stage"} {
		if _, ok := lexicon[w]; !ok {
			lexicon[w] = lexEntry{class: clKey, val: kIdent}
		}
	}
	for w, v := range tenseWords {
		e := lexicon[w]
		e.tense = v
		lexicon[w] = e
	}
	for w, m := range tenseMods {
		e := lexicon[w]
		e.mod = m
		lexicon[w] = e
	}
	ids := make(map[string]int32, len(lexicon))
	for w, e := range lexicon {
		ids[w] = int32(len(lexEntries))
		lexEntries = append(lexEntries, e)
	}
	lexTable = textpkg.NewWordTable(ids)
	lexShared = textpkg.RegisterLexicon(ids)
}

// key reports whether t is the keyword k.
func (t *token) key(k int8) bool { return t.lex.class == clKey && t.lex.val == k }
