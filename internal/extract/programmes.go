package extract

import (
	"annals"
	"annals/internal/text"
)

// Programmes: work carried out over time — programmes, exchanges,
// training, workshops, seminars, fellowships, courses, projects.
//
// The rule accepts a named programme ("the Youth Exchange Program", "the
// Fellowship Programme") and one told as carried out ("the programme was
// conducted in May"), a youth, student or cultural exchange, and training,
// a course or a project introduced as one ("a joint project", "the
// training on", "a course for"). It rejects a programme or campaign named
// as where an office was held ("served as Vice Chair of the X Campaign"),
// "exchange" of views or fire, "cross-cultural exchange", "the course of",
// a course as a direction ("set a course for", "stay the course"), a
// fellowship held in a career ("completed a fellowship in leadership"),
// "training course" (the course is the word that counts), a named
// programme through or under which something else is done ("invested $3
// billion through its ReConnect Program", "hired under the Skillbridge
// Program"), a named programme only mentioned (what something is part
// of, what money is for, what one is in or a graduate of, examples:
// "as part of the ReConnect Program", "$537 million for the COPS Hiring
// Program", "involved in the X Program", "programs such as the Fulbright
// Program") and a word of an organization's name ("World Food
// Programme").
var programmeWords = []string{
	"program", "programme", "exchange", "exchanges",
	"training", "workshop", "workshops", "seminar",
	"fellowship", "course", "project", "internship",
}

// programmeAt returns the event type the programme word w at token i
// signals in its context, or "".
func (s *state) programmeAt(i int, w string) annals.EventType {
	t := annals.Programme
	if (w == "program" || w == "programme") && (s.lw(i+1) == "year" || s.lw(i+1) == "years") {
		// "in Program Year 2021 (July 2021-June 2022)": a period of
		// funding, no programme
		return ""
	}
	if s.officeHeldAt(i) {
		// "served as Vice Chair of the Biden-Harris Campaign": where an
		// office was held, not an event
		return ""
	}
	if s.officeNamedBy(i) {
		// "Program Manager", "Campaign Senior Director": an office
		return ""
	}
	// "a Daytime Emmy Award for Outstanding Daytime Program", "awards
	// such as the Guggenheim Fellowship": an award's name, no programme run
	if (w == "program" || w == "programme" || w == "fellowship") && text.IsCap(s.word(i)) && s.awardBefore(i) {
		return ""
	}
	next, prev := s.lw(i+1), s.lw(i-1)
	switch w {
	case "exchange", "exchanges":
		if !text.IsCap(s.word(i)) && !(next == "program" || next == "programme" || next == "programs" || prev == "youth" || prev == "student" || prev == "cultural" || prev == "cross-cultural") {
			return ""
		}
		if prev == "cross-cultural" {
			return ""
		}
	case "training", "course", "project":
		if !text.IsCap(s.word(i)) && !(prev == "a" || prev == "the" || prev == "joint" || prev == "first" || prev == "training" || next == "course" || next == "on" || next == "for" || next == "programme" || next == "program") {
			return ""
		}
		if w == "course" && next == "of" || w == "training" && next == "course" {
			return ""
		}
		// "The project is expected to save millions", "the costs of the
		// project": a project told before, referred back to, unless the
		// sentence tells it carried out ("the training was conducted in
		// May")
		if !text.IsCap(s.word(i)) && prev == "the" && next != "on" && next != "for" && next != "of" && next != "programme" && next != "program" &&
			!s.sentenceHas(i, carriedOutVerbs...) {
			return ""
		}
		// "set a course for", "chart a course from coal to clean", "stay
		// the course", "on a course for": a direction, no course taught
		if w == "course" && (courseVerbs.has(prev) || s.is(i-2, cCourseVerbs) || s.is(i-3, cCourseVerbs) && s.is(i-2, cCourseArticles) && isLowerWord(s.word(i-1))) {
			// (also over an adjective: "chart an unwavering course", "set
			// us on a strong course")
			return ""
		}
	case "fellowship", "internship":
		// "held a postdoctoral fellowship in materials analysis", "completed
		// a fellowship in executive leadership": one person's career
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if s.is(k, cCareerVerbs) {
				return ""
			}
		}
	case "program", "programme":
		// "its ballistic missile program", "an accredited undergraduate or
		// graduate program": arms developed or a course of study, no
		// programme of exchange or training carried out
		if !text.IsCap(s.word(i)) && (armsPrograms.has(prev) || studyPrograms.has(prev)) {
			return ""
		}
		// a named programme, or one told as carried out
		if !text.IsCap(s.word(i)) && !s.sentenceHas(i, carriedOutVerbs...) {
			return ""
		}
	}
	if text.IsCap(s.word(i)) && (s.programmeAsMeans(i) || s.programmeInPassing(i) || s.programmeWordOfOtherName(i) || !s.programmeActed(i)) {
		return ""
	}
	// "access to increased intelligence sharing and training on domestic
	// terrorism", "serve as a training tool", "internship opportunities",
	// "the outcomes from this workshop": training, a workshop, a seminar,
	// an internship or a project the sentence tells nobody holding,
	// running or starting is only named
	if !text.IsCap(s.word(i)) && s.is(i, cHeldProgrammes) && !s.programmeActed(i) && !s.sentenceHasClass(i, cGivingVerbs) {
		return ""
	}
	return s.notANameWord(i, t)
}

// carriedOutVerbs tell a programme carried out: "the programme was
// conducted in May", "launched the project".
var carriedOutVerbs = []string{"conducted", "organized", "organised", "held", "launched", "launching", "launches", "hosted",
	"implemented", "started", "run", "completed", "attended", "joined"}

// programmeActed reports whether the sentence of the programme word at
// token i tells a programme started, held or run: a verb of doing so
// ("launched the Youth Exchange Program", "the Fellowship Programme was
// held in May", "announced a $100 million Capital Readiness Program").
// A named programme the sentence tells nothing done to is only named
// there, whatever else the sentence tells of it: "expanding Supplemental
// Nutrition Assistance Program (SNAP) eligibility to more families", "The
// Title X Family Planning Program remains a critical part of the safety
// net", "a guide to applying for Nonprofit Security Grant Program
// funding" tell no programme of this story.
func (s *state) programmeActed(i int) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if s.inQuote[k] {
			continue
		}
		// "took place in Samarra in December 2017"
		if s.is(k, cProgrammeActs) || s.lw(k) == "place" && (s.lw(k-1) == "took" || s.lw(k-1) == "takes" || s.lw(k-1) == "take" || s.lw(k-1) == "taking") {
			return true
		}
	}
	return false
}

// programmeActs start, hold or run a programme, or make one known.
var programmeActs = set("conducted", "conducts", "conducting", "organized", "organised", "organizes", "organizing",
	"held", "holds", "hold", "holding", "launched", "launching", "launches", "launch", "hosted", "hosts", "host",
	"hosting", "implemented", "implements", "implementing", "started", "starts", "runs", "ran",
	"completed", "attended", "attend", "joined", "join", "created", "creates", "create", "creating", "established",
	"establishes", "establish", "establishing", "announced", "announces", "announce", "announcing", "unveiled",
	"unveils", "unveil", "introduced", "introduces", "introduce", "activated", "activates", "inaugurated", "began",
	"begins", "begin", "kicked", "opened", "opens", "sponsored",
	"organise", "organize", "piloting", "piloted", "train", "trains", "trained")

// heldProgrammes are programme words that tell an event only when held,
// run or started: "conducted trainings for 27,000 personnel", "held grant
// workshops", "launched the project".
var heldProgrammes = set("training", "workshop", "workshops", "seminar", "internship", "project")

// givingVerbs give or receive training, a workshop or a project, agree
// on one, convene or plan one: "Staff received training on", "will
// provide digital skills training for", "agreed on a joint project",
// "NOAA co-hosted a workshop", "we are planning a workshop".
var givingVerbs = set("received", "receive", "receives", "receiving", "provide", "provides", "provided", "providing",
	"gave", "give", "gives", "giving", "delivered", "deliver", "delivers", "delivering", "offered", "offer", "offers",
	"offering", "running", "agreed", "agree", "incorporating", "incorporate", "incorporates", "incorporated",
	"convened", "convening", "convenes", "convene", "co-hosted", "co-hosting", "co-hosts", "co-host", "co-organized",
	"co-sponsored", "led", "facilitated", "facilitating", "funded", "planning", "upcoming", "developed")

// sentenceHasClass reports whether the sentence of token i holds a word
// of class c outside quotations.
func (s *state) sentenceHasClass(i int, c wordClass) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if !s.inQuote[k] && s.is(k, c) {
			return true
		}
	}
	return false
}

// programmeWordOfOtherName reports whether the capitalized programme word
// at token i opens a name that ends with the head of another kind of
// thing: "Project Labor Agreements", "Community Project Grants", "the
// Securities Exchange Act", "the Employment and Training Administration",
// the sites where one runs ("AmeriCorps VISTA Project Sites"); "Project
// Homecoming", "the Youth Exchange Program" stay.
func (s *state) programmeWordOfOtherName(i int) bool {
	end := s.sentTok[s.sentOf[i]][1]
	e := i + 1
	for e < end && s.capLike(e) {
		e++
	}
	if e == i+1 {
		return false
	}
	return s.is(e-1, cOtherHeads)
}

// otherHeads end names of things that are no programme.
var otherHeads = set("agreement", "agreements", "act", "acts", "grant", "grants", "administration", "commission",
	"agency", "office", "center", "centre", "fund", "funds", "council", "board", "bureau", "department",
	"division", "committee", "law", "laws", "rule", "regulations", "award", "awards", "site", "sites")

// armsPrograms develop arms: "its ballistic missile program", "a nuclear
// weapons program".
var armsPrograms = set("missile", "missiles", "nuclear", "weapons", "weapon", "ballistic", "enrichment",
	"chemical", "biological", "rocket", "drone", "drones", "bomb", "arms")

// studyPrograms are courses of study one graduates from: "an accredited
// undergraduate or graduate program", "a doctoral program".
var studyPrograms = set("graduate", "undergraduate", "degree", "doctoral", "postgraduate", "post-graduate")

// courseVerbs take a course as a direction: "set a course", "stay the
// course", "on a course for".
// courseArticles stand between a verb of direction and an adjective
// before "course": "chart an unwavering course".
var courseArticles = set("a", "an", "the", "its", "our", "their", "his", "her", "this", "that")

var courseVerbs = set("set", "sets", "setting", "chart", "charts", "charted", "charting", "stay", "stays",
	"stayed", "staying", "change", "changed", "changing", "reverse", "reversed", "alter", "altered", "steer",
	"steered", "plot", "plotted", "on", "off")

// careerVerbs hold a fellowship or an internship as a step of a career.
var careerVerbs = set("held", "holds", "completed", "completing", "received", "receiving", "earned", "awarded", "did", "undertook")

// programmeAsMeans reports whether the capitalized programme word at token
// i ends a name that is the means of another action: the object of
// "through", "under" or "via" ("invested $3.9 billion through its
// ReConnect Program", "provided resources through the Title X Family
// Planning Program", "hired under the Skillbridge Program"). The
// programme is only named there; what is told is the investment or the
// hiring. A programme launched, held or run stays an event ("launched
// the Youth Exchange Program under the agreement").
func (s *state) programmeAsMeans(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	k := s.beforeProgrammeName(i)
	if !s.is(k, cMeansPreps) {
		return false
	}
	// "launched ... under the X Program" is not what "under" names here
	// when a verb of carrying the programme out governs it
	for j := k - 1; j >= start && j >= k-6; j-- {
		if s.is(j, cProgrammeVerbs) {
			return false
		}
	}
	return true
}

// beforeProgrammeName returns the token before the capitalized name the
// programme word at token i ends, and before the names listed before it
// ("through USDA’s Environmental Quality Incentives Program, Conservation
// Stewardship Program, and ..."), past their determiners and owners.
func (s *state) beforeProgrammeName(i int) int {
	start := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	// a name, and the names listed before it ("through USDA’s
	// Environmental Quality Incentives Program, Conservation Stewardship
	// Program, and ..."), back to the word before the first
	for n := 0; n < 6; n++ {
		end := k
		for k >= start && end-k < 12 && (s.capLike(k) || s.word(k) == "-" || s.word(k) == "–" || s.connectorAt(k) && s.capLike(k-1)) {
			if k == start && s.is(k, cMeansPreps) {
				// "Through the Fertilizer Production Expansion Program,
				// USDA has made ...": the sentence's first word, capitalized
				break
			}
			k--
		}
		for k >= start && end-k < 16 && (s.is(k, cMeansDeterminers) || isPossessive(s.lw(k)) && s.capLike(k)) {
			k--
		}
		if k == end {
			break
		}
		if s.lw(k) == "and" && s.lw(k-1) == "," {
			k--
		}
		if w := s.lw(k - 1); (s.lw(k) == "," || s.lw(k) == "and") && (w == "program" || w == "programme" || w == "programs") {
			k--
			continue
		}
		break
	}
	return k
}

// programmeInPassing reports whether the capitalized programme word at
// token i ends a name the sentence only mentions: what something is part
// of ("authorized as part of the Fryingpan-Arkansas Project", "as part of
// the fourth round of the ReConnect Program"), what money is for ("$4
// million for a Second Chance Re-Entry Employment Program", "funding for
// the National Family Caregiver Support Program"), what one is in or a
// graduate of ("involved in the El Pomar Emerging Leaders Program", "a
// graduate of the Executive Leadership Program", "an MA from the
// Cooperstown Graduate Program"), or examples of programmes ("programs
// such as the Fulbright Program"). A programme launched, held or run
// stays an event ("launched $4 million for the X Program").
func (s *state) programmeInPassing(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	k := s.beforeProgrammeName(i)
	// "the fourth round of the ReConnect Program": the round's frame
	if s.lw(k) == "of" && s.is(k-1, cProgrammeParts) {
		j := k - 2
		for j >= start && (s.lw(j) == "the" || s.lw(j) == "a" || isOrdinal(s.lw(j)) || s.is(j, cOrdinalWords) || s.lw(j) == "new" || s.lw(j) == "next" || s.lw(j) == "latest") {
			j--
		}
		if s.lw(j) == "of" {
			k = j
		}
	}
	p := s.lw(k - 1)
	passing := false
	switch s.lw(k) {
	case "of":
		passing = p == "part" || programmeAlumni.has(p)
	case "in":
		passing = programmeMembers.has(p)
	case "for":
		passing = fundingWords.has(p) || isNumber(p) || programmeMembers.has(p)
	case "from":
		passing = degreesHeld.has(p) || degreeWords.has(p)
	case "as":
		passing = p == "such" && (s.lw(k-2) == "programs" || s.lw(k-2) == "programmes")
	case "like":
		passing = p == "programs" || p == "programmes"
	}
	if !passing {
		return false
	}
	for j := k - 1; j >= start && j >= k-6; j-- {
		if s.is(j, cProgrammeVerbs) {
			return false
		}
	}
	return true
}

// programmeParts are parts of a programme's life: "the fourth round of".
var programmeParts = set("round", "rounds", "phase", "cohort", "tranche", "stage", "year")

// programmeAlumni are those who went through a programme: "a graduate of".
var programmeAlumni = set("graduate", "graduates", "alumnus", "alumna", "alumni", "alum", "veteran")

// programmeMembers take part in a programme, or may: "involved in",
// "enrolled in", "eligible for".
var programmeMembers = set("involved", "enrolled", "participating", "participated", "participate",
	"participants", "participant", "engaged", "eligible", "apply", "applied", "applicants", "enroll",
	"enrolling", "enrollment")

// fundingWords are money given for a programme: "$4 million for", "funding
// for".
var fundingWords = set("million", "billion", "thousand", "trillion", "funding", "funds", "resources", "grants",
	"grant", "appropriations", "dollars", "support")

// degreesHeld are degrees one holds from a programme: "an MA from".
var degreesHeld = set("ma", "ba", "bs", "ms", "mba", "mpa", "mph", "phd", "degree", "degrees", "diploma", "certificate", "doctorate", "masters", "master’s", "master's", "bachelor’s", "bachelor's")

// meansPreps name the means of another action: "through", "under",
// "via".
var meansPreps = set("through", "under", "via")

// meansDeterminers stand between "through" and a programme's name.
var meansDeterminers = set("the", "its", "their", "our", "his", "her", "a", "an", "this", "that", "new", "existing")

// programmeVerbs carry a programme out.
var programmeVerbs = set("conducted", "organized", "organised", "held", "launched", "launching", "launches",
	"launch", "hosted", "implemented", "started", "completed", "attended", "joined", "created", "established")

// awardBefore reports whether the capitalized name ending at token i
// follows an award's word in its sentence, within a few words: "Award for
// Outstanding Daytime Program", "awards such as the Guggenheim
// Fellowship", "recipient of the Smith Fellowship" (not a programme of
// awards, "the Congressional Award Program", "Honors Program", nor one
// awards fund).
func (s *state) awardBefore(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 2; k >= start && k >= i-12; k-- {
		w := s.lw(k)
		// (not "$12 million in new awards for the RMOMS Program": grants)
		if w == "recipient" || w == "recipients" || w == "won" || awardWords.has(w) && (s.lw(k+1) == "such" || s.lw(k+1) == "for" && text.IsCap(s.word(k))) {
			return true
		}
		if s.toks[k].Kind == text.Punct && w != "," && w != "-" && w != "’" && w != "'" {
			return false
		}
	}
	return false
}
