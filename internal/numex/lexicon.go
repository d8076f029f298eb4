package numex

import textpkg "annals/internal/text"

// A lexEntry says what a lower-cased word can be: a number word, a
// currency, and any of a set of flags used by the unit and filter rules.
type lexEntry struct {
	class byte   // one of the cl* constants
	val   int    // the number of a number word, the exponent of a scale
	code  string // ISO 4217 code of a currency word or symbol
	flags uint16
}

// Classes of words.
const (
	clNone     byte = iota
	clDigit         // "one" to "nineteen": val is the number
	clTens          // "twenty" to "ninety"
	clHundred       // "hundred"
	clScale         // "thousand", "million", "billion", "trillion": val is the exponent
	clDozen         // "dozen"
	clA             // "a", "an": one, but only before a scale or "dozen"
	clHalf          // "half", as in "half a million"
	clSuffix        // "m", "bn", "k" glued to digits: val is the exponent
	clOrdinal       // "st", "nd", "rd", "th" glued to digits
	clCurrency      // "dollars", "euros", "yen": code is the ISO 4217 code
	clCode          // "USD", "EUR": an ISO 4217 code written as such
	clPercent       // "percent", "pct"
)

// Flags of words.
const (
	fStop     uint16 = 1 << iota // ends a unit noun phrase: prepositions, conjunctions, verbs...
	fPrep                        // a preposition: after a bare number it may elide the unit
	fDatePrep                    // introduces years: "in 2016", "since 2005"
	fTime                        // a unit of time: counts of it are durations
	fIdent                       // names an identifier before a number: "Resolution 1325"
	fDet                         // a determiner or possessive
	fVague                       // "several", "many": "several million" is not a figure
	fFunc                        // may start a sentence before a number: "In", "Some", "About"
	fMore                        // "more", "fewer": dropped from the front of a unit
	fNotCount                    // "times", "fold": a number before it is no count
)

// lexicon is built by init; lexTable and lexPtr are what the tokenizer
// uses: a word's index in lexPtr (a table read per word token, see
// text.WordTable), so that a token carries a pointer rather than a copy of
// its entry.
var (
	lexicon   = map[string]lexEntry{}
	lexTable  *textpkg.WordTable
	lexPtr    []*lexEntry
	noEntry   lexEntry
	lexShared textpkg.Lexicon // lexTable's words in text.AppendLexWords
)

func addFlags(flags uint16, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		e.flags |= flags
		lexicon[w] = e
	}
}

func init() {
	digits := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"}
	for i, w := range digits {
		lexicon[w] = lexEntry{class: clDigit, val: i}
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		lexicon[w] = lexEntry{class: clTens, val: 20 + 10*i}
	}
	lexicon["hundred"] = lexEntry{class: clHundred, val: 2}
	for w, e := range map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12} {
		lexicon[w] = lexEntry{class: clScale, val: e}
	}
	lexicon["dozen"] = lexEntry{class: clDozen, val: 12}
	lexicon["a"] = lexEntry{class: clA, val: 1}
	lexicon["an"] = lexEntry{class: clA, val: 1}
	lexicon["half"] = lexEntry{class: clHalf}
	for w, e := range map[string]int{"k": 3, "m": 6, "mn": 6, "mln": 6, "bn": 9, "b": 9, "tn": 12, "trn": 12} {
		lexicon[w] = lexEntry{class: clSuffix, val: e}
	}
	for _, w := range []string{"st", "nd", "rd", "th"} {
		lexicon[w] = lexEntry{class: clOrdinal}
	}
	for w, c := range map[string]string{
		"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
		"pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
		"franc": "CHF", "francs": "CHF", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
		"roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY",
		"rand": "ZAR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
		"shekel": "ILS", "shekels": "ILS", "naira": "NGN", "real": "BRL", "reais": "BRL",
	} {
		lexicon[w] = lexEntry{class: clCurrency, code: c}
	}
	for _, c := range []string{"usd", "eur", "gbp", "chf", "jpy", "cny", "rmb", "try", "rub", "inr",
		"aud", "cad", "nzd", "hkd", "sgd", "brl", "zar", "krw", "sek", "nok", "dkk", "mxn", "sar", "aed"} {
		code := toUpper(c)
		if c == "rmb" {
			code = "CNY"
		}
		e := lexicon[c]
		if e.class == clNone {
			lexicon[c] = lexEntry{class: clCode, code: code}
		}
	}
	lexicon["percent"] = lexEntry{class: clPercent}
	lexicon["pct"] = lexEntry{class: clPercent}

	preps := []string{"of", "in", "on", "at", "from", "to", "for", "with", "by", "about", "against",
		"between", "into", "through", "during", "before", "after", "above", "below", "under", "over",
		"among", "across", "per", "via", "since", "until", "within", "without", "including", "like",
		"near", "toward", "towards", "upon", "around", "amid", "despite", "except", "throughout",
		"beyond", "inside", "outside", "onto", "versus", "till", "out"}
	addFlags(fStop|fPrep, preps...)
	addFlags(fStop, "and", "or", "but", "nor", "so", "yet", "while", "whereas", "because", "although",
		"though", "if", "than", "as", "that", "which", "who", "whom", "whose", "where", "when",
		"the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "it",
		"they", "them", "he", "she", "we", "you", "i", "each", "every", "all", "both", "some", "any",
		"no", "not", "such", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
		"do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
		"must", "said", "say", "says", "also", "already", "still", "now", "only", "just", "even",
		"ever", "very", "too", "then", "there", "here", "respectively", "altogether", "alone",
		"ago", "more", "less", "most", "least", "a", "an", "total", "worldwide", "annually",
		"apiece", "each", "remain", "remained", "remains", "became", "become", "got", "get", "whom",
		"percent", "cent", "plus", "minus", "times", "fold", "what", "how", "why", "s", "t")
	addFlags(fDatePrep, "in", "since", "by", "until", "till", "from", "during", "before", "after",
		"between", "through", "of", "to", "and", "early", "late", "mid", "year", "fiscal", "circa")
	addFlags(fTime, "year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
		"hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century",
		"centuries", "night", "nights", "weekend", "weekends", "morning", "mornings", "evening",
		"evenings", "afternoon", "afternoons", "quarter", "quarters", "semester", "semesters",
		"millennium", "millennia", "yr", "yrs", "hrs", "mins", "am", "pm", "o")
	addFlags(fIdent, "resolution", "resolutions", "res", "article", "articles", "art", "paragraph",
		"para", "section", "chapter", "item", "no", "nos", "number", "room", "page", "pages", "rule",
		"annex", "flight", "route", "phase", "level", "grade", "category", "model", "version", "unscr",
		"decision", "law", "bill", "act", "aged", "age", "ages", "vol", "volume", "issue", "box",
		"suite", "floor", "gate", "platform", "line", "lines", "amendment", "protocol", "division",
		"brigade", "battalion", "regiment", "district", "zone", "region", "sector", "ward", "step",
		"stage", "class", "size", "score", "rank", "ranked", "top", "tier", "type", "form", "file",
		"case", "code", "schedule", "clause", "figure", "table", "appendix", "exhibit", "lot",
		"serial", "id", "op", "p", "pp", "s", "h", "hr", "sr", "cop", "covid", "g", "p")
	addFlags(fDet, "the", "these", "those", "its", "their", "his", "her", "our", "my", "your",
		"all", "this", "that")
	addFlags(fVague, "several", "many", "few", "tens", "hundreds", "thousands", "millions",
		"billions", "dozens", "scores", "multiple", "numerous", "countless", "some")
	addFlags(fFunc, "in", "some", "about", "over", "nearly", "almost", "approximately", "around",
		"roughly", "more", "than", "the", "and", "with", "for", "of", "to", "by", "from", "only",
		"all", "at", "up", "least", "just", "another", "those", "these", "its", "their", "his",
		"her", "our", "estimated", "an", "a", "fewer", "less", "under", "close", "well", "as",
		"upwards", "but", "since", "after", "before", "during", "until", "when", "while", "if",
		"another", "some", "nearly", "exactly", "precisely", "barely", "nearly", "total", "including",
		"among", "between", "on", "within", "on", "per", "today", "yesterday", "now", "then",
		"still", "also", "already", "even", "however", "meanwhile", "yet", "so", "thus", "last",
		"this", "that", "what", "by", "circa", "approx", "excess", "further", "additional", "record")
	addFlags(fMore, "more", "fewer", "less", "additional", "extra", "other", "further")
	addFlags(fNotCount, "times", "fold", "percentile", "th", "st", "nd", "rd")
	ids := make(map[string]int32, len(lexicon))
	for w, e := range lexicon {
		e := e
		ids[w] = int32(len(lexPtr))
		lexPtr = append(lexPtr, &e)
	}
	lexTable = textpkg.NewWordTable(ids)
	lexShared = textpkg.RegisterLexicon(ids)
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// qualifiers are the words that qualify an amount, as written before it.
var qualifiers = map[string]bool{
	"more than": true, "over": true, "about": true, "around": true, "approximately": true,
	"nearly": true, "almost": true, "up to": true, "at least": true, "some": true,
	"fewer than": true, "less than": true, "roughly": true, "an estimated": true, "estimated": true,
	"close to": true, "well over": true, "just over": true, "just under": true, "under": true,
	"as many as": true, "as much as": true, "upwards of": true, "upward of": true,
	"in excess of": true, "at most": true, "no fewer than": true, "no less than": true,
	"no more than": true, "not more than": true, "not less than": true, "only": true, "just": true,
	"approx": true, "circa": true, "exactly": true, "precisely": true, "barely": true,
	"well above": true, "above": true, "below": true, "well below": true, "nearly half": false,
	"some estimated": true, "more than an estimated": true, "over an estimated": true,
	"almost exactly": true, "slightly more than": true, "slightly less than": true,
	"a little over": true, "a little more than": true, "little more than": true, "upwards": false,
}
