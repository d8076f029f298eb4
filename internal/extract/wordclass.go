package extract

import (
	"fmt"

	"annals/internal/text"
)

// A wordClass is one of the word lists the rules read by a token's
// lower-cased form (titleHeads[s.lw(k)]): s.is(k, cTitleHeads) answers
// the same from the token's classes, looked up once a story (newState)
// instead of hashing the word again for every list every time a rule
// asks (issue 14: the Go maps read by string were 15% of the rules'
// CPU). The lists stay the maps the rules read by other strings; none
// of them is written after the package is initialized.
type wordClass uint8

// The word lists with a class: every list of words (set, or a literal
// map of true values) read as X[s.lw(k)] somewhere.
const (
	cTitleHeads wordClass = iota
	cTitleModifiers
	cOrgHeads
	cHonorifics
	cPortfolioWords
	cNameParticles
	cSentenceOpeners
	cAdoptVerbs
	cDocumentHeads
	cEventHeads
	cEventNouns
	cOrdinalWords
	cStrictBodyHeads
	cApposHeads
	cGoalNouns
	cLegalTexts
	cPersonalPronouns
	cPlaceHeads
	cPlaceNouns
	cBackDeterminers
	cBackrefHeads
	cBioSkips
	cCircumstance
	cClauseWords
	cConnectors
	cPluralPersonTitles
	cProgrammeHeads
	cReportNouns
	cTitleSurnames
	cTownWords
	cAsideOpeners
	cBaseVerbs
	cBioVerbs
	cBodyWords
	cCompassWords
	cComplementEnds
	cCourseVerbs
	cDiplomaticPosts
	cForceCampaigns
	cFunctionWords
	cGatheringHeads
	cHeadlineVerbs
	cIntentVerbs
	cMeetVerbs
	cMinistryHeads
	cNameSuffixes
	cNamingWords
	cOrgNouns
	cPointVerbs
	cPositionNouns
	cProgrammeVerbs
	cSpeechVerbs
	cStormWords
	cStreetWords
	cThingsArriving
	cVisitVerbs
	cActNouns
	cActParticiples
	cAroundVerbs
	cAuxiliaries
	cAwardHeads
	cAwardWords
	cBoardMembers
	cCareerVerbs
	cChorusNouns
	cClauseOfTime
	cCollectiveNouns
	cCompanyOffices
	cCompanySuffixes
	cConferenceMembers
	cContrastOpeners
	cConvenerVerbs
	cCourseArticles
	cCreedWords
	cDealWords
	cDegreeWords
	cDemandVerbs
	cDesignatedPlaces
	cDispositions
	cFeasts
	cFirstPersonVerbs
	cFrontedOpeners
	cGatheringNouns
	cGenericSiteWords
	cHistoryEvents
	cHostedPeople
	cHostedSeats
	cInteractionWords
	cKin
	cKinWords
	cLawModified
	cLeaderNouns
	cListEnds
	cMarketWords
	cMeansDeterminers
	cMemberWords
	cMembersIntro
	cMilitaryRanks
	cMunicipalNouns
	cNotAppointmentDate
	cNotNameOpeners
	cObjectGlue
	cObjectPreps
	cOrganHeads
	cOtherHeads
	cParticipationVerbs
	cPassingPreps
	cPassiveAdverbs
	cPassiveBe
	cPeopleMet
	cPersonNouns
	cPersonTrailers
	cProgrammeParts
	cQuadrants
	cRegionAdjectives
	cRelativeOpeners
	cReportVerbs
	cSiteHeads
	cSpeakerSkip
	cStateBodyNouns
	cStatementVerbs
	cStopAfterTitle
	cSubordinators
	cTaggerOrgHeads
	cTailEnds
	cTellingVerbs
	cThingsVisiting
	cTitleStops
	cTopicNouns
	cTopicWords
	cTripNouns
	cVisitingThings
	cVotedOffices
	cWeakHeads
	cWebPages
)

var classSets = [...]map[string]bool{
	cTitleHeads:         titleHeads,
	cTitleModifiers:     titleModifiers,
	cOrgHeads:           orgHeads,
	cHonorifics:         honorifics,
	cPortfolioWords:     portfolioWords,
	cNameParticles:      nameParticles,
	cSentenceOpeners:    sentenceOpeners,
	cAdoptVerbs:         adoptVerbs,
	cDocumentHeads:      documentHeads,
	cEventHeads:         eventHeads,
	cEventNouns:         eventNouns,
	cOrdinalWords:       ordinalWords,
	cStrictBodyHeads:    strictBodyHeads,
	cApposHeads:         apposHeads,
	cGoalNouns:          goalNouns,
	cLegalTexts:         legalTexts,
	cPersonalPronouns:   personalPronouns,
	cPlaceHeads:         placeHeads,
	cPlaceNouns:         placeNouns,
	cBackDeterminers:    backDeterminers,
	cBackrefHeads:       backrefHeads,
	cBioSkips:           bioSkips,
	cCircumstance:       circumstance,
	cClauseWords:        clauseWords,
	cConnectors:         connectors,
	cPluralPersonTitles: pluralPersonTitles,
	cProgrammeHeads:     programmeHeads,
	cReportNouns:        reportNouns,
	cTitleSurnames:      titleSurnames,
	cTownWords:          townWords,
	cAsideOpeners:       asideOpeners,
	cBaseVerbs:          baseVerbs,
	cBioVerbs:           bioVerbs,
	cBodyWords:          bodyWords,
	cCompassWords:       compassWords,
	cComplementEnds:     complementEnds,
	cCourseVerbs:        courseVerbs,
	cDiplomaticPosts:    diplomaticPosts,
	cForceCampaigns:     forceCampaigns,
	cFunctionWords:      functionWords,
	cGatheringHeads:     gatheringHeads,
	cHeadlineVerbs:      headlineVerbs,
	cIntentVerbs:        intentVerbs,
	cMeetVerbs:          meetVerbs,
	cMinistryHeads:      ministryHeads,
	cNameSuffixes:       nameSuffixes,
	cNamingWords:        namingWords,
	cOrgNouns:           orgNouns,
	cPointVerbs:         pointVerbs,
	cPositionNouns:      positionNouns,
	cProgrammeVerbs:     programmeVerbs,
	cSpeechVerbs:        speechVerbs,
	cStormWords:         stormWords,
	cStreetWords:        streetWords,
	cThingsArriving:     thingsArriving,
	cVisitVerbs:         visitVerbs,
	cActNouns:           actNouns,
	cActParticiples:     actParticiples,
	cAroundVerbs:        aroundVerbs,
	cAuxiliaries:        auxiliaries,
	cAwardHeads:         awardHeads,
	cAwardWords:         awardWords,
	cBoardMembers:       boardMembers,
	cCareerVerbs:        careerVerbs,
	cChorusNouns:        chorusNouns,
	cClauseOfTime:       clauseOfTime,
	cCollectiveNouns:    collectiveNouns,
	cCompanyOffices:     companyOffices,
	cCompanySuffixes:    companySuffixes,
	cConferenceMembers:  conferenceMembers,
	cContrastOpeners:    contrastOpeners,
	cConvenerVerbs:      convenerVerbs,
	cCourseArticles:     courseArticles,
	cCreedWords:         creedWords,
	cDealWords:          dealWords,
	cDegreeWords:        degreeWords,
	cDemandVerbs:        demandVerbs,
	cDesignatedPlaces:   designatedPlaces,
	cDispositions:       dispositions,
	cFeasts:             feasts,
	cFirstPersonVerbs:   firstPersonVerbs,
	cFrontedOpeners:     frontedOpeners,
	cGatheringNouns:     gatheringNouns,
	cGenericSiteWords:   genericSiteWords,
	cHistoryEvents:      historyEvents,
	cHostedPeople:       hostedPeople,
	cHostedSeats:        hostedSeats,
	cInteractionWords:   interactionWords,
	cKin:                kin,
	cKinWords:           kinWords,
	cLawModified:        lawModified,
	cLeaderNouns:        leaderNouns,
	cListEnds:           listEnds,
	cMarketWords:        marketWords,
	cMeansDeterminers:   meansDeterminers,
	cMemberWords:        memberWords,
	cMembersIntro:       membersIntro,
	cMilitaryRanks:      militaryRanks,
	cMunicipalNouns:     municipalNouns,
	cNotAppointmentDate: notAppointmentDate,
	cNotNameOpeners:     notNameOpeners,
	cObjectGlue:         objectGlue,
	cObjectPreps:        objectPreps,
	cOrganHeads:         organHeads,
	cOtherHeads:         otherHeads,
	cParticipationVerbs: participationVerbs,
	cPassingPreps:       passingPreps,
	cPassiveAdverbs:     passiveAdverbs,
	cPassiveBe:          passiveBe,
	cPeopleMet:          peopleMet,
	cPersonNouns:        personNouns,
	cPersonTrailers:     personTrailers,
	cProgrammeParts:     programmeParts,
	cQuadrants:          quadrants,
	cRegionAdjectives:   regionAdjectives,
	cRelativeOpeners:    relativeOpeners,
	cReportVerbs:        reportVerbs,
	cSiteHeads:          siteHeads,
	cSpeakerSkip:        speakerSkip,
	cStateBodyNouns:     stateBodyNouns,
	cStatementVerbs:     statementVerbs,
	cStopAfterTitle:     stopAfterTitle,
	cSubordinators:      subordinators,
	cTaggerOrgHeads:     taggerOrgHeads,
	cTailEnds:           tailEnds,
	cTellingVerbs:       tellingVerbs,
	cThingsVisiting:     thingsVisiting,
	cTitleStops:         titleStops,
	cTopicNouns:         topicNouns,
	cTopicWords:         topicWords,
	cTripNouns:          tripNouns,
	cVisitingThings:     visitingThings,
	cVotedOffices:       votedOffices,
	cWeakHeads:          weakHeads,
	cWebPages:           webPages,
}

// classWords is the number of 64-bit words of a set of classes.
const classWords = (len(classSets) + 63) / 64

// classBits is a set of word classes.
type classBits [classWords]uint64

// wordClasses holds, at index id, the classes of the word
// classTable gives id (0: a word of no class).
var wordClasses []classBits

// classTable maps each word of a class's list to its index in
// wordClasses.
var classTable = func() *text.WordTable {
	ids := map[string]int32{}
	wordClasses = []classBits{{}}
	for c, m := range classSets {
		for w, in := range m {
			if !in {
				continue
			}
			if w == "" {
				// s.lw(k) out of the story is "", which no class holds
				panic(fmt.Sprintf("extract: word class %d holds the empty word", c))
			}
			id, ok := ids[w]
			if !ok {
				id = int32(len(wordClasses))
				ids[w] = id
				wordClasses = append(wordClasses, classBits{})
			}
			wordClasses[id][c/64] |= 1 << (c % 64)
		}
	}
	return text.NewWordTable(ids)
}()

// classOf returns the index in wordClasses of the lower-cased word w.
func classOf(w string) int32 {
	id, _ := classTable.GetString(w)
	return id
}

// is reports whether the lower-cased token i is a word of class c, as
// c's list read by s.lw(i) would: false out of the story.
func (s *state) is(i int, c wordClass) bool {
	if i < 0 || i >= len(s.cls) {
		return false
	}
	return wordClasses[s.cls[i]][c/64]&(1<<(c%64)) != 0
}
