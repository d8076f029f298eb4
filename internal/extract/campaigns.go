package extract

import (
	"annals"
	"annals/internal/text"
)

// Campaigns: a drive for a cause launched — a campaign, a drive, an
// appeal, an initiative to do something.
//
// The rule accepts "launched a campaign", "the X Campaign", a quoted name
// launched (launched "A Shelf in Every Village"), and an initiative to act
// ("an initiative to ensure that ..."). The verb "launch" also tells other
// families: a programme launched ("launched a training programme", "a
// joint initiative"), a body launched ("launched a regional task force",
// "The African Union was launched in Durban": a founding). It rejects a
// campaign named as where an office was held or work done ("served as
// Vice Chair of the Biden-Harris Campaign", "Deputy Field Director for the
// 2008 campaign", "worked on political campaigns"), "campaign" qualifying
// another noun ("his campaign promise", "campaign finance", "the campaign
// trail") and a launch of anything else ("launched an attack", "launched
// a website").
var campaignWords = []string{
	"campaign", "campaigns", "launched", "launches", "launch", "launching",
}

// campaignAt returns the event type the campaign word w at token i
// signals in its context, or "".
func (s *state) campaignAt(i int, w string) annals.EventType {
	t := annals.Campaign
	if s.officeHeldAt(i) || (w == "campaign" || w == "campaigns") && s.workedOnCampaign(i) {
		// "served as Vice Chair of the Biden-Harris Campaign", "Deputy
		// Field Director in Georgia for the Obama-Biden 2008 campaign":
		// where an office was held, not an event
		return ""
	}
	if s.officeNamedBy(i) {
		// "Program Manager", "Campaign Senior Director": an office
		return ""
	}
	next, prev := s.lw(i+1), s.lw(i-1)
	if (w == "campaign" || w == "campaigns") && !text.IsCap(s.word(i)) && campaignModified.has(next) {
		// "his campaign promise", "campaign finance reform", "on the
		// campaign trail": the word qualifies another, no campaign told
		return ""
	}
	if (w == "campaign" || w == "campaigns") && s.campaignOfForce(i) {
		// "Israel’s military campaign in Gaza", "a systematic campaign of
		// slaughter", "the pressure campaign he put on officials": force
		// or coercion, no drive for a cause
		return ""
	}
	switch w {
	case "launched", "launches", "launch", "launching":
		// "the Space Launch System rocket", "United Launch Alliance": a
		// word inside a name launches nothing (but a Title Case headline
		// read as one name still does: "USAID Is Investing $1.9 Million to
		// Launch the Alliance of ...")
		if m := s.mentAt(i); m != nil && m.a < i && next != "the" && next != "a" && next != "an" {
			return ""
		}
		// a quoted name launched is a campaign: launched "A Shelf in Every Village"
		if s.quoteZone[min(i+2, len(s.toks)-1)] && (next == "“" || next == "\"" || next == "the" || next == "a") {
			return annals.Campaign
		}
		// "launched an initiative/campaign" is a campaign; "X was launched" a founding
		for k := i + 1; k <= i+3 && k < len(s.toks); k++ {
			switch s.lw(k) {
			case "campaign", "campaigns", "drive", "appeal":
				return annals.Campaign
			case "program", "programme", "project", "exchange", "training":
				return annals.Programme
			}
		}
		if t := s.newBody(i + 1); t != "" {
			return t
		}
		// (the passive only: "it was launching an investigation" is done
		// by the subject, founds nothing)
		if w == "launched" && (prev == "was" || prev == "were") && s.subjectOrg(i) != nil {
			return annals.Founding
		}
		if m := s.mentAt(i + 1); m != nil && m.ent.typ == annals.Org || (next == "the" && s.mentAt(i+2) != nil && s.mentAt(i+2).ent.typ == annals.Org) {
			return annals.Founding
		}
		return ""
	}
	return s.notANameWord(i, t)
}

// campaignModified are the nouns "campaign" qualifies: "campaign
// promise", "campaign finance", "campaign trail".
var campaignModified = set("promise", "promises", "pledge", "pledges", "finance", "financing", "contributions",
	"contribution", "trail", "trails", "rally", "rallies", "event", "events", "stop", "stops", "ad", "ads",
	"advertising", "advertisements", "spending", "funds", "donors", "donations", "staff", "staffer", "staffers",
	"season", "cycle", "cycles", "headquarters", "literature", "slogan", "slogans", "commitment",
	"commitments", "experience", "veteran", "veterans", "rv", "bus", "plane", "website", "speech", "speeches",
	"manager", "managers", "workers", "volunteers", "office", "offices", "debt", "law", "laws", "violations")

// launchVerbs start a campaign.
var launchVerbs = set("launched", "launch", "launches", "launching", "initiated", "started", "began", "announced", "unveiled")

// workVerbs tell a career: "served on the campaign", "worked for".
var workVerbs = set("served", "serving", "worked", "working", "volunteered", "volunteering", "chaired", "managed", "joined")

// workedOnCampaign reports whether the campaign at token i is where
// someone worked, told in the same clause: an office or a verb of work
// before it ("Deputy Communications Director for Press on the
// Biden-Harris campaign", "served on the 2008 campaign", "chaired
// Hillary Clinton's campaign for president").
func (s *state) workedOnCampaign(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-10; k-- {
		w := s.lw(k)
		if launchVerbs.has(w) {
			// "Secretary Cardona launched a social media campaign"
			return false
		}
		// an office, not one before its holder's name ("President Obama's
		// Doing Business in Africa Campaign")
		if workVerbs.has(w) || titleHeads.has(w) && !titleModifiers.has(w) && w != "general" && w != "leader" && !s.capLike(k+1) {
			return true
		}
		if s.toks[k].Kind == text.Punct && w != "-" && w != "’" && w != "'" {
			return false
		}
	}
	return false
}

// campaignOfForce reports whether the campaign at token i is one of force
// or coercion, by a word of up to three before it ("military campaign",
// "brutal and systematic campaign", "bombing campaign") or after "of"
// ("campaign of slaughter", "campaign of intimidation").
func (s *state) campaignOfForce(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.is(k, cForceCampaigns) {
			return true
		}
		if s.toks[k].Kind != text.Word {
			break
		}
	}
	return s.lw(i+1) == "of" && s.is(i+2, cForceCampaigns)
}

// forceCampaigns tell a campaign of force or coercion.
var forceCampaigns = set("military", "bombing", "air", "missile", "drone", "slaughter", "terror", "terrorist", "intimidation",
	"harassment", "pressure", "killing", "killings", "violence", "violent", "repression", "retaliation", "genocide",
	"genocidal", "extermination", "starvation", "persecution", "brutal", "assassination", "assassinations", "sabotage")
