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
	cProgrammeActs
	cHeldProgrammes
	cGivingVerbs
	cProgrammeNames
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
	cStateRelations
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
	cMeansPreps
	cMemberWords
	cMeetingVerbs
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
	cRankWords
	cSignedTexts
	cSettingPreps
	cPeoplePortfolios
	cSchoolHeads
	cCountryQualified
	cSkinColours
	cDeityWords
	cGreekLetters
	cLatinHonours
	cSystemWords
	cPassingAdjectives
	cPassingHeads
	cPassingParticiples
	cAppositiveBodies
	cPressNouns
	cHeadingVerbs
	cNotHeadingVerbs
	cAlsoGatherings
	cSurpassVerbs
	cJointVerbs
	cPresentCues
	cPluperfectAdverbs
)

var classSets = [...]map[string]bool{
	cAlsoGatherings:     alsoGatherings.m,
	cSurpassVerbs:       surpassVerbs.m,
	cJointVerbs:         jointVerbs.m,
	cHeadingVerbs:       headingVerbs.m,
	cNotHeadingVerbs:    notHeadingVerbs.m,
	cPassingAdjectives:  passingAdjectives.m,
	cPassingHeads:       passingHeads.m,
	cPassingParticiples: passingParticiples.m,
	cTitleHeads:         titleHeads.m,
	cRankWords:          rankWords.m,
	cPeoplePortfolios:   peoplePortfolios.m,
	cSchoolHeads:        schoolHeads.m,
	cTitleModifiers:     titleModifiers.m,
	cOrgHeads:           orgHeads.m,
	cHonorifics:         honorifics.m,
	cPortfolioWords:     portfolioWords.m,
	cNameParticles:      nameParticles.m,
	cSentenceOpeners:    sentenceOpeners.m,
	cAdoptVerbs:         adoptVerbs.m,
	cDocumentHeads:      documentHeads.m,
	cEventHeads:         eventHeads.m,
	cEventNouns:         eventNouns.m,
	cOrdinalWords:       ordinalWords.m,
	cStrictBodyHeads:    strictBodyHeads.m,
	cApposHeads:         apposHeads.m,
	cGoalNouns:          goalNouns.m,
	cLegalTexts:         legalTexts.m,
	cPersonalPronouns:   personalPronouns.m,
	cPlaceHeads:         placeHeads.m,
	cPlaceNouns:         placeNouns.m,
	cBackDeterminers:    backDeterminers.m,
	cBackrefHeads:       backrefHeads.m,
	cBioSkips:           bioSkips.m,
	cCircumstance:       circumstance.m,
	cClauseWords:        clauseWords.m,
	cConnectors:         connectors.m,
	cPluralPersonTitles: pluralPersonTitles.m,
	cProgrammeHeads:     programmeHeads.m,
	cReportNouns:        reportNouns.m,
	cTitleSurnames:      titleSurnames.m,
	cTownWords:          townWords.m,
	cAsideOpeners:       asideOpeners.m,
	cBaseVerbs:          baseVerbs.m,
	cBioVerbs:           bioVerbs.m,
	cBodyWords:          bodyWords.m,
	cCompassWords:       compassWords.m,
	cComplementEnds:     complementEnds.m,
	cCourseVerbs:        courseVerbs.m,
	cDiplomaticPosts:    diplomaticPosts.m,
	cForceCampaigns:     forceCampaigns.m,
	cFunctionWords:      functionWords.m,
	cGatheringHeads:     gatheringHeads.m,
	cHeadlineVerbs:      headlineVerbs.m,
	cIntentVerbs:        intentVerbs.m,
	cMeetVerbs:          meetVerbs.m,
	cMinistryHeads:      ministryHeads.m,
	cNameSuffixes:       nameSuffixes.m,
	cNamingWords:        namingWords.m,
	cOrgNouns:           orgNouns.m,
	cPointVerbs:         pointVerbs.m,
	cPositionNouns:      positionNouns.m,
	cProgrammeVerbs:     programmeVerbs.m,
	cProgrammeActs:      programmeActs.m,
	cHeldProgrammes:     heldProgrammes.m,
	cGivingVerbs:        givingVerbs.m,
	cProgrammeNames:     programmeNames.m,
	cSpeechVerbs:        speechVerbs.m,
	cStormWords:         stormWords.m,
	cStreetWords:        streetWords.m,
	cThingsArriving:     thingsArriving.m,
	cVisitVerbs:         visitVerbs.m,
	cActNouns:           actNouns.m,
	cActParticiples:     actParticiples.m,
	cAroundVerbs:        aroundVerbs,
	cAuxiliaries:        auxiliaries.m,
	cAwardHeads:         awardHeads.m,
	cAwardWords:         awardWords.m,
	cBoardMembers:       boardMembers.m,
	cCareerVerbs:        careerVerbs.m,
	cChorusNouns:        chorusNouns.m,
	cClauseOfTime:       clauseOfTime.m,
	cCollectiveNouns:    collectiveNouns.m,
	cCompanyOffices:     companyOffices.m,
	cCompanySuffixes:    companySuffixes.m,
	cConferenceMembers:  conferenceMembers.m,
	cContrastOpeners:    contrastOpeners.m,
	cConvenerVerbs:      convenerVerbs.m,
	cCourseArticles:     courseArticles.m,
	cCreedWords:         creedWords.m,
	cDealWords:          dealWords.m,
	cDegreeWords:        degreeWords.m,
	cDemandVerbs:        demandVerbs.m,
	cDesignatedPlaces:   designatedPlaces.m,
	cDispositions:       dispositions.m,
	cFeasts:             feasts.m,
	cStateRelations:     stateRelations.m,
	cFirstPersonVerbs:   firstPersonVerbs.m,
	cFrontedOpeners:     frontedOpeners.m,
	cGatheringNouns:     gatheringNouns.m,
	cGenericSiteWords:   genericSiteWords.m,
	cHistoryEvents:      historyEvents.m,
	cHostedPeople:       hostedPeople.m,
	cHostedSeats:        hostedSeats.m,
	cInteractionWords:   interactionWords.m,
	cKin:                kin.m,
	cKinWords:           kinWords.m,
	cLawModified:        lawModified.m,
	cSignedTexts:        signedTexts.m,
	cSettingPreps:       settingPreps.m,
	cCountryQualified:   countryQualified.m,
	cLeaderNouns:        leaderNouns.m,
	cListEnds:           listEnds.m,
	cMarketWords:        marketWords.m,
	cMeansDeterminers:   meansDeterminers.m,
	cMeansPreps:         meansPreps.m,
	cMemberWords:        memberWords.m,
	cMeetingVerbs:       meetingVerbs.m,
	cMembersIntro:       membersIntro.m,
	cMilitaryRanks:      militaryRanks.m,
	cMunicipalNouns:     municipalNouns.m,
	cNotAppointmentDate: notAppointmentDate.m,
	cNotNameOpeners:     notNameOpeners.m,
	cObjectGlue:         objectGlue.m,
	cObjectPreps:        objectPreps.m,
	cOrganHeads:         organHeads.m,
	cOtherHeads:         otherHeads.m,
	cParticipationVerbs: participationVerbs.m,
	cPassingPreps:       passingPreps.m,
	cPassiveAdverbs:     passiveAdverbs.m,
	cPassiveBe:          passiveBe.m,
	cPeopleMet:          peopleMet.m,
	cPersonNouns:        personNouns.m,
	cPersonTrailers:     personTrailers.m,
	cProgrammeParts:     programmeParts.m,
	cQuadrants:          quadrants.m,
	cRegionAdjectives:   regionAdjectives.m,
	cRelativeOpeners:    relativeOpeners.m,
	cReportVerbs:        reportVerbs.m,
	cSiteHeads:          siteHeads.m,
	cSpeakerSkip:        speakerSkip.m,
	cStateBodyNouns:     stateBodyNouns.m,
	cStatementVerbs:     statementVerbs.m,
	cStopAfterTitle:     stopAfterTitle.m,
	cSubordinators:      subordinators.m,
	cTaggerOrgHeads:     taggerOrgHeads.m,
	cTailEnds:           tailEnds.m,
	cTellingVerbs:       tellingVerbs.m,
	cThingsVisiting:     thingsVisiting.m,
	cTitleStops:         titleStops.m,
	cTopicNouns:         topicNouns.m,
	cTopicWords:         topicWords.m,
	cTripNouns:          tripNouns.m,
	cVisitingThings:     visitingThings.m,
	cVotedOffices:       votedOffices.m,
	cWeakHeads:          weakHeads.m,
	cWebPages:           webPages.m,
	cSkinColours:        skinColours.m,
	cDeityWords:         deityWords.m,
	cGreekLetters:       greekLetters.m,
	cLatinHonours:       latinHonours.m,
	cSystemWords:        systemWords.m,
	cAppositiveBodies:   appositiveBodies.m,
	cPressNouns:         pressNouns.m,
	cPresentCues:        presentCues.m,
	cPluperfectAdverbs:  pluperfectAdverbs.m,
}

// classWords is the number of 64-bit words of a set of classes.
const classWords = (len(classSets) + 63) / 64

// classBits is a set of word classes.
type classBits [classWords]uint64

// wordClasses holds, at index id, the classes of the word
// classTable gives id; index 1 is a word of no class, and 0 stands for
// a token not looked up yet.
var wordClasses []classBits

// classTable maps each word of a class's list to its index in
// wordClasses.
var classTable = func() *text.WordTable {
	ids := map[string]int32{}
	wordClasses = []classBits{{}, {}}
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
	if id, ok := classTable.GetString(w); ok {
		return id
	}
	return 1
}

// is reports whether the lower-cased token i is a word of class c, as
// c's list read by s.lw(i) would: false out of the story. A token is
// looked up the first time a rule asks (most tokens of running text
// are never asked).
func (s *state) is(i int, c wordClass) bool {
	if uint(i) >= uint(len(s.cls)) {
		return false
	}
	id := s.cls[i]
	if id == 0 {
		id = classOf(s.low[i])
		s.cls[i] = id
	}
	return wordClasses[id][c/64]&(1<<(c%64)) != 0
}
