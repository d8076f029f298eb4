package chronicle

// One event, many reports: when two stories report the same real event.
//
// Every extracted event is stored as a report. Two reports are linked when
// Link holds for the pair alone (same type, a shared
// participant, compatible dates, no conflicting edition number, and
// enough agreement on date, title, place and participants). An event is a
// connected component of linked reports. Because the rule looks at two
// reports and nothing else, the components do not depend on the order in
// which stories arrive: ingesting the same stories in any order gives the
// same events, and removing a story gives the events the other stories
// would have made without it.
//
// Candidates come from an index, never from all reports: report_keys holds
// one row per (participant or place, type, month or year bucket) of each
// report, and a report is only compared with the reports sharing one of
// its rows (its months also look up their year, its years their months).
// The rule only links reports that share such a row, so the index finds
// every pair the rule would link.

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"annals"
	"annals/internal/resolve"
)

// Report is what the linking rule reads of a stored report.
type Report struct {
	ID, Event, Story int64
	Type             string
	Parts            []int64 // global ids of the participants, sorted
	// Places are the participants that are places (countries, cities)
	// or seats of government ("the White House": Seat), sorted: a shared
	// place is half the evidence a shared organization or person is
	// ("the United States" takes part in most events a White House
	// release tells).
	Places []int64
	// Seats are the Places that are seats of government ("the White
	// House": Seat), sorted: shared by two reports held at places that
	// disagree (placesAgree), they count nothing (seatShared).
	Seats     []int64
	Place     int64 // global id of the place, 0 when none
	PlaceNorm string
	Date      annals.Date
	Lo, Hi    string // the days the report allows; "" when undated
	Weak      bool   // the date was not stated in the sentence
	Title     []string
	Ord       int // edition number in the title ("6th ... Forum"), 0 when none
	// Name is the event its title names, if any (TitleName): two
	// reports of names that share no word are two events.
	Name Name
	// People are the people a visit, an appointment or a meeting told
	// without a name names (People of the participants that are persons;
	// nil for other reports: TellsPeople): two reports naming other
	// people tell two events (peopleClash).
	People []string
	Path   string
	Seq    int  // its order among its story's reports
	IsNew  bool // its link says it made a new event

	spec    []string // specific(Title), once computed
	hasSpec bool
	// countryCode is the country of a visit's place (country), once
	// computed.
	countryCode string
	hasCountry  bool
}

// specificTitle is specific(r.Title), computed once per report: Link
// compares a report with hundreds of candidates.
func (r *Report) specificTitle() []string {
	if !r.hasSpec {
		r.spec, r.hasSpec = specific(r.Title), true
	}
	return r.spec
}

// LinkThreshold is the score two reports need to be one event; see link.
const LinkThreshold = 2.5

// MaxCandidates bounds the reports one report is compared with. A bucket
// of one entity, type and month holding more is exceptional (a daily
// briefing series); the newest candidates are kept.
const MaxCandidates = 400

// Link decides whether a and b report the same real event, and says why.
//
// Hard rules: the same type; when both name participants, at least one
// shared participant (else a shared place and similar titles); dates that
// overlap at their precisions, or, for two stated days at most two days
// apart, a disagreement when the reports share two participants or more;
// no conflicting edition numbers ("5th" and "6th Caravan Cities Forum" are
// two events), no titles naming two events ("Tribal Nations Summit" and
// "North American Leaders' Summit", "Caspian Baku Summit" and "Caspian
// Astana Summit": Name.Clash), no visits of two visitors, appointments
// of two appointees or meetings told without a name of two guests (each
// names a person the other does not: peopleClash, TellsPeople), no gathering told without a name joined to a named
// one held elsewhere through participants that do not agree
// (untitledApart: "the summit" naming the President and his country is
// not every summit of the month). Reports that give no
// date of their own never link through the date they lack: two undated
// reports link only inside one story (a headline and its body), and two
// reports dated only by their stories'
// publication (weak) only when those were published within a week of each
// other, so that undated reports never chain a year of "bilateral
// meetings" into one event.
//
// Then a score: one point per shared participant (a half for a place,
// nothing for a seat of government when the two were held at places
// that disagree: seatShared; three at most), two for
// the same stated day, one for overlapping stated dates (a half when one
// of them is only a year), one for a two-day disagreement, a half for a
// date inferred from the publication date, two for the same edition
// number, up to two for similar titles (word overlap of their specific
// words: "bilateral meeting" or "press conference" names no event, nor
// does "White House"), one for the same place (not a seat of government
// such as "the White House": seats.go), a half for two reports of one
// story (a headline and its body). Linked from LinkThreshold (2.5) up: two shared participants
// and overlapping dates are enough, one participant needs the same day or
// a similar title as well.
func Link(a, b *Report) (bool, string) {
	why := linkWhy(a, b)
	return why != "", why
}

// linkWhy is why a and b link ("shares 2 participants; same date
// 2021-03-01 (score 4.0)"), "" when they do not.
func linkWhy(a, b *Report) string {
	var why []string
	if ok, score := linkScore(a, b, &why); ok {
		return strings.Join(why, "; ") + fmt.Sprintf(" (score %.1f)", score)
	}
	return ""
}

// linkScore is Link with the score and without the reason, unless why is
// not nil: then it appends the reason's parts to *why. Settle asks for
// the reasons of the few links it keeps only.
func linkScore(a, b *Report, why *[]string) (bool, float64) {
	if a.Type != b.Type {
		return false, 0
	}
	if a.Ord > 0 && b.Ord > 0 && a.Ord != b.Ord || a.Name.Clash(b.Name) || TellsPeople(a.Type, a.Name) && TellsPeople(b.Type, b.Name) && peopleClash(a.People, b.People) {
		return false, 0
	}
	if a.Type == string(annals.Visit) && tripsApart(a, b) {
		return false, 0
	}
	shared := sharedIDs(a.Parts, b.Parts)
	if nobodyApart(a, b, shared) {
		return false, 0
	}
	title := Jaccard(a.specificTitle(), b.specificTitle())
	aPlace, aNorm := seatPlace(a)
	bPlace, bNorm := seatPlace(b)
	score, w := 0.0, 0.0
	if len(a.Parts) > 0 && len(b.Parts) > 0 {
		if len(shared) == 0 {
			return false, 0
		}
		for _, p := range shared {
			if seatShared(a, b, p) {
				continue
			}
			if _, place := slices.BinarySearch(a.Places, p); place {
				w += 0.5
			} else if _, place := slices.BinarySearch(b.Places, p); place {
				w += 0.5
			} else {
				w++
			}
		}
		score += min(w, 3)
		if why != nil {
			*why = append(*why, "shares "+Plural(len(shared), "participant"))
		}
	} else {
		if ap, bp := aPlace, bPlace; ap == 0 || ap != bp || title < 0.5 {
			if !(ap == 0 && bp == 0 && len(a.Parts) == 0 && len(b.Parts) == 0 && title >= 0.5) {
				return false, 0
			}
		}
	}
	switch rel, gap := DateRelation(a, b); rel {
	case DateNone:
		return false, 0
	case DateSameDay:
		score += 2
		if why != nil {
			*why = append(*why, "same date "+string(cmp.Or(a.Date, b.Date)))
		}
	case DateOverlap:
		if a.Date.Precision() == annals.Year || b.Date.Precision() == annals.Year {
			score += 0.5
		} else {
			score++
		}
		if why != nil {
			*why = append(*why, "dates agree ("+string(a.Date)+" and "+string(b.Date)+")")
		}
	case DateNear:
		if len(shared) < 2 {
			return false, 0
		}
		score++
		if why != nil {
			*why = append(*why, fmt.Sprintf("dates %d day%s apart (%s and %s)", gap, map[bool]string{true: "", false: "s"}[gap == 1], a.Date, b.Date))
		}
	case DateWeak:
		if a.Weak && b.Weak && a.Story != b.Story && DaysBetween(a.Hi, b.Hi) > weakGap && DaysBetween(a.Lo, b.Lo) > weakGap {
			return false, 0
		}
		score += 0.5
		if why != nil {
			*why = append(*why, "date inferred from publication")
		}
	case DateUnknown:
		if a.Story != b.Story {
			return false, 0
		}
		if why != nil {
			*why = append(*why, "both undated")
		}
	}
	if a.Ord > 0 && a.Ord == b.Ord {
		score += 2
		if why != nil {
			*why = append(*why, "same edition ("+ordinalString(a.Ord)+")")
		}
	}
	if title > 0 {
		score += 2 * title
		if why != nil {
			*why = append(*why, fmt.Sprintf("title similarity %.2f", title))
		}
	}
	if a.Story == b.Story {
		score += 0.5
		if why != nil {
			*why = append(*why, "same story")
		}
	}
	if aPlace != 0 && aPlace == bPlace || aPlace == 0 && bPlace == 0 && aNorm != "" && aNorm == bNorm {
		score++
		if why != nil {
			*why = append(*why, "same place")
		}
	}
	if score < LinkThreshold {
		return false, 0
	}
	if a.Story != b.Story && untitledApart(a, b, shared, w, aPlace, bPlace, aNorm, bNorm) {
		return false, 0
	}
	return true, score
}

// untitledApart says whether a gathering told without a name ("the
// summit", "a half-day forum") and one with a name ("the Tidewater
// Summit") are kept apart: the untitled one joins the named one only when
// they were held at the same place, or when their participants agree
// (two shared at least, a place counting a half, and none of the
// untitled one's participants but places missing from the named one's).
// The President and his country at a month's summit are in every
// summit of that month: "the summit" of a release naming them is not
// the named summit of another place or series.
func untitledApart(a, b *Report, shared []int64, w float64, aPlace, bPlace int64, aNorm, bNorm string) bool {
	if a.Type != string(annals.Conference) && a.Type != string(annals.Meeting) || a.Name.Named() == b.Name.Named() {
		return false
	}
	if aPlace != 0 && aPlace == bPlace || aPlace == 0 && bPlace == 0 && aNorm != "" && aNorm == bNorm {
		return false
	}
	if w < 2 {
		return true
	}
	u := a
	if a.Name.Named() {
		u = b
	}
	for _, p := range u.Parts {
		if _, place := slices.BinarySearch(u.Places, p); !place && !slices.Contains(shared, p) {
			return true
		}
	}
	return false
}

// Linkable says whether a report can link to any other: the rule wants a
// shared participant or, without participants, a similar title, so a
// report with neither ("the delegation met in Nukus") is an event of its
// own. It is neither indexed nor looked up.
func Linkable(parts []int64, titleWords []string) bool {
	return len(parts) > 0 || len(specific(titleWords)) > 0
}

// weakGap is how many days apart two stories may be published for their
// undated reports of an event to be one: news of the same week.
const weakGap = 7

// genericTitle are title words that name a kind of event, not an event:
// "the bilateral meeting", "a joint press conference", "the signing
// ceremony".
var genericTitle = map[string]bool{
	"meeting": true, "meetings": true, "bilateral": true, "multilateral": true, "talks": true, "summit": true, "conference": true,
	"visit": true, "visits": true, "call": true, "phone": true, "telephone": true, "video": true, "virtual": true, "session": true,
	"sessions": true, "press": true, "briefing": true, "statement": true, "remarks": true, "speech": true, "address": true,
	"agreement": true, "signing": true, "ceremony": true, "dialogue": true, "consultations": true, "official": true, "state": true,
	"working": true, "joint": true, "high": true, "level": true, "ministerial": true, "annual": true, "leaders": true,
	"trip": true, "tour": true, "event": true, "events": true, "roundtable": true, "reception": true, "dinner": true, "lunch": true,
	"luncheon": true, "breakfast": true, "interview": true, "announcement": true, "declaration": true, "discussion": true,
	"discussions": true, "hearing": true, "program": true, "programme": true, "initiative": true, "campaign": true,
	"appointment": true, "nomination": true, "election": true, "memorandum": true, "understanding": true, "communique": true,
	"forum": true, "first": true, "second": true, "today": true, "recent": true, "upcoming": true, "historic": true,
}

// specific are the words of a title that are not generic, nor the name
// of a seat of government ("White House": see seats.go).
func specific(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		if n := seatAt(words, i); n > 0 {
			i += n - 1
			continue
		}
		if !genericTitle[words[i]] {
			out = append(out, words[i])
		}
	}
	return out
}

// The ways two reports' dates relate.
const (
	DateNone    = iota // incompatible
	DateSameDay        // both stated, the same day or days
	DateOverlap        // both stated, overlapping at their precisions
	DateNear           // both stated days, at most two days apart
	DateWeak           // overlapping, one inferred from publication
	DateUnknown        // both unknown
)

// DateRelation relates the dates of two reports; gap is the distance in
// days for dateNear.
func DateRelation(a, b *Report) (rel, gap int) {
	switch {
	case a.Lo == "" && b.Lo == "":
		return DateUnknown, 0
	case a.Lo == "" || b.Lo == "":
		return DateNone, 0
	}
	overlap := a.Lo <= b.Hi && b.Lo <= a.Hi
	switch {
	case overlap && (a.Weak || b.Weak):
		return DateWeak, 0
	case overlap && a.Lo == b.Lo && a.Hi == b.Hi && a.Date.Precision() == annals.Day && b.Date.Precision() == annals.Day:
		return DateSameDay, 0
	case overlap:
		return DateOverlap, 0
	case a.Weak || b.Weak || a.Date.Precision() != annals.Day || b.Date.Precision() != annals.Day:
		return DateNone, 0
	}
	d := DaysBetween(a.Lo, b.Lo)
	if d <= 2 {
		return DateNear, d
	}
	return DateNone, 0
}

func DaysBetween(x, y string) int {
	tx, err1 := time.Parse(time.DateOnly, x)
	ty, err2 := time.Parse(time.DateOnly, y)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(tx.Sub(ty).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func sharedIDs(a, b []int64) []int64 {
	var out []int64
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			out = append(out, x)
		}
	}
	return out
}

func Plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + one + "s"
}

// ReportWindow is the interval of days a report allows. A stated date
// allows the days it covers (to its end date). A date that the sentence
// does not state (the extraction fell back to the publication date, or
// found none) is weak: a held event happened in the three months before
// publication (from the first day of the month three months back: news
// tells recent events), a planned one within a year after it. Without a
// publication date an unstated date counts as stated.
func ReportWindow(date, end annals.Date, status annals.Status, pub annals.Date, stated bool) (lo, hi string, weak bool) {
	pl, ph, ok := pub.Bounds()
	if ok && (date == "" || date == pub && !stated) {
		if status == annals.Planned {
			return pl.Format(time.DateOnly), ph.AddDate(1, 0, 0).Format(time.DateOnly), true
		}
		first := time.Date(pl.Year(), pl.Month()-3, 1, 0, 0, 0, 0, time.UTC)
		return first.Format(time.DateOnly), ph.Format(time.DateOnly), true
	}
	l, h, _ := Interval(date, end)
	return l, h, false
}

// PlaceStated reports whether the event's evidence sentence names its
// place (a mention of the place entity inside the sentence, or the place
// as written): only then does the report say where the event was.
func PlaceStated(doc *annals.Document, ev *annals.Event) bool {
	if ev.Place == "" {
		return true
	}
	if e := doc.Entity(string(ev.Place)); e != nil {
		for _, m := range e.Mentions {
			if m.Start >= ev.Evidence.Start && m.End <= ev.Evidence.End {
				return true
			}
		}
	}
	return strings.Contains(strings.ToLower(ev.Evidence.Text), strings.ToLower(string(ev.Place)))
}

// DateStated reports whether a date mention inside the event's evidence
// sentence gives the event's date.
func DateStated(doc *annals.Document, ev *annals.Event) bool {
	for _, d := range doc.Dates {
		if v := d.Value.Calendar(); d.Start >= ev.Evidence.Start && d.End <= ev.Evidence.End && v != "" &&
			(v.Compatible(ev.Date) || d.ValueEnd != "" && d.ValueEnd.Compatible(ev.Date)) {
			return true
		}
	}
	return false
}

// Buckets are the index buckets of a report's interval: its months
// ("2016-10"), or its years ("2016") for a year-precision date or an
// interval of more than two years; "" when undated.
func Buckets(lo, hi string, prec annals.Precision) []string {
	if lo == "" {
		return []string{""}
	}
	l, err1 := time.Parse(time.DateOnly, lo)
	h, err2 := time.Parse(time.DateOnly, hi)
	if err1 != nil || err2 != nil {
		return []string{""}
	}
	months := (h.Year()-l.Year())*12 + int(h.Month()) - int(l.Month()) + 1
	var out []string
	if prec == annals.Year || months > 24 {
		for y := l.Year(); y <= h.Year() && len(out) < 10; y++ {
			out = append(out, strconv.Itoa(y))
		}
		return out
	}
	for m := time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(h); m = m.AddDate(0, 1, 0) {
		out = append(out, m.Format("2006-01"))
	}
	return out
}

// LookupBuckets are the buckets a report looks candidates up in: its own,
// the years of its months and the months of its years, so that a month
// finds the year-precision reports of its year and the other way round.
func LookupBuckets(own []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(b string) {
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	for _, b := range own {
		add(b)
		switch len(b) {
		case 7:
			add(b[:4])
		case 4:
			for m := 1; m <= 12; m++ {
				add(fmt.Sprintf("%s-%02d", b, m))
			}
		}
	}
	return out
}

// KeyEntities are the entities a report is indexed under: its
// participants and its place, or 0 when it has neither.
func KeyEntities(parts []int64, place int64) []int64 {
	out := slices.Clone(parts)
	if place != 0 && !slices.Contains(out, place) {
		out = append(out, place)
	}
	if len(out) == 0 {
		out = []int64{0}
	}
	return out
}

// titleStop are words that say nothing about which event a title names.
var titleStop = map[string]bool{
	"the": true, "of": true, "on": true, "a": true, "an": true, "and": true, "in": true, "for": true,
	"to": true, "its": true, "their": true, "with": true, "at": true, "by": true, "s": true, "this": true,
	"that": true, "year": true, "last": true, "next": true, "new": true,
}

// ordinals maps ordinal words to numbers, for edition numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// ordinalNumber reads "6th", "21st" or "sixth" as 6 or 21; 0 otherwise.
func ordinalNumber(w string) int {
	if n, ok := ordinals[w]; ok {
		return n
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(w, suf); ok && num != "" {
			if n, err := strconv.Atoi(num); err == nil && n > 0 && n < 1000 {
				return n
			}
		}
	}
	return 0
}

func ordinalString(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// TitleTokens are the words of a title that tell events apart, normalized
// (case, diacritics), ordinals written as numbers ("sixth" and "6th" are
// "6"), and the edition number when the title has one. "First" is not an
// edition: "first meeting" is a description, not a number.
func TitleTokens(title string) (words []string, ord int) {
	for _, w := range strings.FieldsFunc(resolve.Normalize(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if titleStop[w] {
			continue
		}
		if n := ordinalNumber(w); n > 0 {
			if ord == 0 && n > 1 {
				ord = n
			}
			w = strconv.Itoa(n)
		}
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words, ord
}

// Jaccard is the word overlap of two titles: shared words over all words.
func Jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

func IDList(ids []int64) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	return b.String()
}

func ParseIDs(s string) []int64 {
	if s == "" {
		return nil
	}
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

// FeatureKey identifies what the linking rule reads of a report (type,
// participants, place, dates, title): two reports with the same key link
// to any third report alike (but for the half point of a shared story).
func FeatureKey(typ, parts string, placeID int64, place string, date annals.Date, lo, hi string, weak bool, title string) string {
	h := fnv.New64a()
	for _, f := range []string{typ, parts, strconv.FormatInt(placeID, 10), resolve.Normalize(place), string(date), lo, hi,
		strconv.FormatBool(weak), resolve.Normalize(title)} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return strconv.FormatUint(h.Sum64(), 16)
}

// Interval returns the first and last day covered by a date and its
// optional end date, as ISO strings; ok is false when the date is unknown.
func Interval(d, end annals.Date) (lo, hi string, ok bool) {
	first, last, ok := d.Bounds()
	if !ok {
		return "", "", false
	}
	if _, l, ok := end.Bounds(); ok && l.After(last) {
		last = l
	}
	return first.Format(time.DateOnly), last.Format(time.DateOnly), true
}

// TitleWords are the words of a title that tell events apart (TitleTokens
// without the edition number).
func TitleWords(title string) []string {
	w, _ := TitleTokens(title)
	return w
}
