package extract

import (
	"testing"

	"annals"
)

// TestProgrammeRule covers the programme family: exchanges, training and
// programmes named or told as carried out, and the same words naming no
// programme.
func TestProgrammeRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a programme named in an office's body", "2022-05-14", "Ana Ruiz was a Senior Fellow and Director of the Energy, Economics, and Security Program at the Center for a New Andean Security.", annals.Programme, 0, "", ""},
		{"a programme in an office's portfolio", "2020-12-08", "Paul Weiss, of Texas, to be Assistant Secretary of Labor for Veterans’ Employment and Training, vice Ana Ruiz.", annals.Programme, 0, "", ""},
		{"a student exchange", "2018-06-06", "The Andean Council and Peru agreed on a student exchange for 2019.", annals.Programme, 1, "", ""},
		{"an exchange of views", "2018-06-06", "The ministers held an exchange of views on trade.", annals.Programme, 0, "", ""},
		{"a stock exchange", "2018-06-06", "Shares of the company rose on the New York Stock Exchange on Monday.", annals.Programme, 0, "", ""},
		{"a programme held", "2018-06-06", "The Andean Council held a programme for young diplomats in Lima in May.", annals.Programme, 1, "", ""},
		{"a programme in general", "2018-06-06", "The programme helps young diplomats.", annals.Programme, 0, "", ""},
		{"in the course of", "2018-06-06", "In the course of the year, the Andean Council grew.", annals.Programme, 0, "", ""},
		{"Program Manager", "2018-06-06", "Previously, Ana Ruiz was Program Manager at the Lima Community Trust.", annals.Programme, 0, "", ""},
		{"Senior Program Officer", "2018-06-06", "Paul Weiss, Senior Water Program Manager, Andean Defense Fund: We are thrilled.", annals.Programme, 0, "", ""},
		{"Project Co-ordinator", "2023-04-14", "He held talks with the Foreign Minister and visited the OSCE Project Co-ordinator in Uzbekistan.", annals.Programme, 0, "", ""},
		{"set a course", "2018-06-06", "The partnership with Peru will chart a course from coal to clean energy.", annals.Programme, 0, "", ""},
		{"stay the course", "2018-06-06", "We just have to stay the course.", annals.Programme, 0, "", ""},
		{"a course for diplomats", "2018-06-06", "The Andean Council is providing a first-of-its-kind course for diplomats on water law.", annals.Programme, 1, "", ""},
		{"a co-director's programme", "2018-06-06", "Ana Ruiz is Co-Director of the Andean Malignancy Program at Lima University.", annals.Programme, 0, "", ""},
		{"a fellowship in a career", "2018-06-06", "She completed a fellowship in executive leadership at Lima University.", annals.Programme, 0, "", ""},
		{"a fellowship launched", "2018-06-06", "In May the Andean Council launched a 12-week paid fellowship program for veterans.", annals.Programme, 1, "", ""},
	})
}

// TestProgrammeAsMeans covers a named programme through or under which
// something else is done: the programme is named, no event of its own.
func TestProgrammeAsMeans(t *testing.T) {
	checkRules(t, []ruleCase{
		{"funds through a programme", "2022-05-14", "The Andean Council has invested $2 million in 40 wells through its Clean Water Access Program.", annals.Programme, 0, "", ""},
		{"hired under a programme", "2022-05-14", "Peru hired 300 nurses in Lima under the Rural Health Staffing Program.", annals.Programme, 0, "", ""},
		{"made available via a programme", "2022-05-14", "The ministry made $3 million available via the Andean River Restoration Program.", annals.Programme, 0, "", ""},
		{"a list after through", "2022-05-14", "Farmers in Peru can apply through the Andean Soil Health Program, Water Storage Program, and Seed Bank Program.", annals.Programme, 0, "", ""},
		{"guard: a programme launched", "2022-05-14", "On Monday the Andean Council launched the Rural Health Staffing Program in Lima.", annals.Programme, 1, "2022-05-09", "Andean Council"},
		{"guard: launched under a programme", "2022-05-14", "On Monday the Andean Council launched a pilot under the Rural Health Staffing Program in Lima.", annals.Programme, 1, "", ""},
	})
}

// TestProgrammeInPassing covers a named programme the sentence only
// mentions: what something is part of, what money is for, what one is in
// or a graduate of, examples of programmes.
func TestProgrammeInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"as part of a project", "2022-05-14", "The dam was authorized as part of the Rimac-Chillon Project in a law passed in 1962.", annals.Programme, 0, "", ""},
		{"as part of a round of a programme", "2022-05-14", "These investments include $260 million as part of the fourth round of the Rural Connect Program.", annals.Programme, 0, "", ""},
		{"money for a programme", "2022-05-14", "Lima will provide over $4 million for a Second Chance Employment Program for returning citizens.", annals.Programme, 0, "", ""},
		{"funding for a programme", "2022-05-14", "This funding for the National Caregiver Support Program will help families in Peru.", annals.Programme, 0, "", ""},
		{"involved in a programme", "2022-05-14", "Ana Ruiz is involved in the Andean Emerging Leaders Program and sits on two boards.", annals.Programme, 0, "", ""},
		{"a graduate of a programme", "2022-05-14", "Paul Weiss is a graduate of the Executive Leadership Program at Lima University.", annals.Programme, 0, "", ""},
		{"a degree from a programme", "2022-05-14", "He received his BA from Lima University and an MA from the Cusco Graduate Program in Peru.", annals.Programme, 0, "", ""},
		{"programs such as", "2022-05-14", "Both countries will boost exchanges through programs such as the Fulbright Program.", annals.Programme, 0, "", ""},
		{"guard: a programme launched with money", "2022-05-14", "On Monday the Andean Council launched $4 million for the Rural Health Staffing Program in Lima.", annals.Programme, 1, "2022-05-09", "Andean Council"},
		{"guard: a programme created", "2022-05-14", "On Monday the ministry created the Andean Youth Exchange Program.", annals.Programme, 1, "2022-05-09", ""},
	})
}

// TestProgrammeOfArmsOrStudy covers a programme of arms developed or a
// course of study: no programme event.
func TestProgrammeOfArmsOrStudy(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a missile program", "2022-05-14", "We condemn the continued development of its ballistic missile program, including through launches of missiles.", annals.Programme, 0, "", ""},
		{"a graduate program", "2022-05-14", "Applicants must have graduated from an accredited undergraduate or graduate program, and completed two years of work.", annals.Programme, 0, "", ""},
		{"guard: a training program launched", "2022-05-14", "On Monday the Andean Council launched a training program for nurses in Lima.", annals.Programme, 1, "2022-05-09", "Andean Council"},
	})
}

// TestProgrammeWordOfOtherName covers a programme word opening the name
// of another kind of thing.
func TestProgrammeWordOfOtherName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"Project Labor Agreements", "2022-05-14", "On Monday the ministry said it will require Project Labor Agreements on all large contracts in Lima.", annals.Programme, 0, "", ""},
		{"guard: Training Administration, an organization", "2022-05-14", "On Monday the Employment and Training Administration released new data on jobs in Lima.", annals.Programme, 0, "", ""},
		{"guard: Project Homecoming", "2022-05-14", "On Monday the Andean Council launched Project Homecoming in Lima.", annals.Programme, 1, "2022-05-09", "Andean Council"},
	})
}

// TestAwardNamedAProgram: a fellowship or programme named as an award
// someone received ("the recipient of the MacArthur Fellowship", "awards
// such as the Guggenheim Fellowship", "an Emmy Award for Outstanding
// Daytime Program") is no programme; a programme of awards, or one awards
// fund, is.
func TestAwardNamedAProgram(t *testing.T) {
	checkRules(t, []ruleCase{
		{"recipient of a fellowship", "2024-05-02", "She is the recipient of the Andean Fellowship, several Obie awards and two Drama Desk awards.", annals.Programme, 0, "", ""},
		{"awards such as", "2024-05-02", "Her work has been recognized with awards such as the Lima Fellowship and the Andean Research Fellowship.", annals.Programme, 0, "", ""},
		{"an award for a program", "2024-05-02", "Paul Weiss was the recipient of a Daytime Emmy Award for Outstanding Daytime Program in 2017.", annals.Programme, 0, "", ""},
		{"guard: awards for a program", "2024-05-02", "In May, the Andean Health Office announced $12 million in new awards for the Andean Rural Health Program.", annals.Programme, 1, "", ""},
	})
}

// TestProgramYear checks that "Program Year 2021" is a period of funding,
// no programme.
func TestProgramYear(t *testing.T) {
	checkRules(t, []ruleCase{
		{"program year", "2024-05-01", "The Andean Labor Office will make it an allowable grant activity in Program Year 2021 (July 2021-June 2022).", annals.Programme, 0, "", ""},
		{"for program year", "2024-05-01", "For Program Year 2022, the Andean Training Administration has committed to providing $5 million.", annals.Programme, 0, "", ""},
		{"a programme launched stays", "2024-05-01", "The Andean Labor Office launched the Andean Youth Training Program in 2022.", annals.Programme, 1, "2022", ""},
	})
}

// TestProjectReferredBack checks that "the project", "the training" or
// "the course" in lower case refers back to one the story told before:
// what it is expected to do, what it costs, what was said of it is no
// event of its own, unless the sentence tells it carried out.
func TestProjectReferredBack(t *testing.T) {
	checkRules(t, []ruleCase{
		{"the project expected", "2022-04-27", "The project is expected to save tens of millions of dollars in costs.", annals.Programme, 0, "", ""},
		{"the costs of the project", "2022-04-27", "Under the original plan, the costs of the project were to be funded by the Andean Council.", annals.Programme, 0, "", ""},
		{"the project hopes", "2022-04-27", "By 2025, the project hopes to place 550 teachers in rural schools of Peru.", annals.Programme, 0, "", ""},
		{"the project pipeline", "2022-04-27", "Together, the ministers of Peru and Chile identified ways to fill the project pipeline.", annals.Programme, 0, "", ""},
		{"the training pipeline", "2022-04-27", "The next cohort of 119 firms from Peru and Chile is in the training pipeline.", annals.Programme, 0, "", ""},
		// kept: carried out, or told by what it is on or of
		{"guard: the project launched", "2022-04-27", "In March the Andean Council launched the project in Lima.", annals.Programme, 1, "2022-03", "Andean Council"},
		{"guard: the training on", "2022-04-27", "The Andean Council gave the training on water law to 40 judges of Peru.", annals.Programme, 1, "", ""},
		{"guard: a joint project", "2022-04-27", "Peru and Chile agreed on a joint project to map the border.", annals.Programme, 1, "", ""},
	})
}

// TestCourseOfDirection covers a course of direction over an adjective:
// no course taught.
func TestCourseOfDirection(t *testing.T) {
	checkRules(t, []ruleCase{
		{"chart an adjective course", "2021-08-10", "To chart an unwavering course for stronger ties, Peru and Chile will seek to open ports.", annals.Programme, 0, "", ""},
		{"on a strong course", "2021-08-10", "We must refresh our strategy to set us on a strong course for the future.", annals.Programme, 0, "", ""},
	})
}

// TestProgrammeNamedOnly covers a named programme the sentence tells
// nothing done to (no verb of starting, holding or running one): named
// there only, no event; and one the sentence tells started or made known.
func TestProgrammeNamedOnly(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a programme qualifying another noun", "2022-05-14", "The ministry is expanding Andean Nutrition Assistance Program (ANAP) eligibility to more families in Peru.", annals.Programme, 0, "", ""},
		{"a programme as the subject of a state", "2022-05-14", "The Title IV Rural Water Program remains a critical part of the safety net in Peru.", annals.Programme, 0, "", ""},
		{"applying for a programme's funding", "2022-05-14", "This emphasis included promotion of a guide to applying for Andean Security Grant Program funding.", annals.Programme, 0, "", ""},
		{"a programme as its noun's modifier at the sentence's start", "2022-05-14", "Project sponsors can be public entities as well as private developers in Lima.", annals.Programme, 0, "", ""},
		{"under a programme at the sentence's start", "2022-05-14", "Under the Rural Health Staffing Program, the ministry established 12 clinics in Lima.", annals.Programme, 0, "", ""},
		{"guard: a programme announced", "2022-05-14", "On Monday the Andean Council announced a $100 million Capital Readiness Program for small firms in Lima.", annals.Programme, 1, "", "Andean Council"},
		{"guard: a programme activated", "2022-05-14", "On Monday the ministry activated the Emergency Prescription Assistance Program in Lima.", annals.Programme, 1, "2022-05-09", ""},
		{"guard: a programme held", "2022-05-14", "The Andean Youth Leaders Program was held in Lima on Monday.", annals.Programme, 1, "2022-05-09", ""},
	})
}

// TestTrainingNamedOnly covers training, a workshop, a seminar, an
// internship or a project the sentence tells nobody holding, giving,
// running or planning: named there only, no event.
func TestTrainingNamedOnly(t *testing.T) {
	checkRules(t, []ruleCase{
		{"access to training", "2022-05-14", "Police in Peru will have access to increased intelligence sharing and training on domestic terrorism.", annals.Programme, 0, "", ""},
		{"a training tool", "2022-05-14", "The solar panels in Lima serve as a training tool for the students.", annals.Programme, 0, "", ""},
		{"the outcomes of a workshop", "2022-05-14", "I look forward to hearing the outcomes from this workshop so we can shape policies in Peru.", annals.Programme, 0, "", ""},
		{"internship opportunities", "2022-05-14", "Increasing access to contracting, grant, employment, and internship opportunities at the Andean Council.", annals.Programme, 0, "", ""},
		{"training mandated", "2022-05-14", "The Andean Council now mandates annual overdose response training for all its employees.", annals.Programme, 0, "", ""},
		{"guard: a workshop co-hosted", "2022-05-14", "The Andean Council co-hosted a workshop on climate services in Lima in April.", annals.Programme, 1, "2022-04", "Andean Council"},
		{"guard: training conducted", "2022-05-14", "In 2021 the Andean Council conducted training for 2,000 judges in Peru.", annals.Programme, 1, "2021", "Andean Council"},
		{"guard: a workshop planned", "2022-05-14", "In this context, the Andean Council is planning a workshop with farmers in Lima.", annals.Programme, 1, "", "Andean Council"},
	})
}

// TestProgrammeCalledByName: "a programme called Peace Works", "The
// programme, known as the Support to Peace Architecture (SPA), will run"
// take the name given right after the noun as their title. Made-up
// sentences.
func TestProgrammeCalledByName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Union and the League on Monday launched a programme called Harbour Works to train port staff.", "Harbour Works"},
		{"The Union and the League on Monday launched a programme to support peace in the region.\n\nThe programme, known as the Support to Lakes Peace and Security Architecture (SLPSA), will run for four years.", "Support to Lakes Peace and Security Architecture"},
		{"The Union on Monday launched a training programme known as the Blue Skills Initiative.", "Blue Skills Initiative"},
	} {
		d := run(t, "x.txt", tc.text, "2022-03-15")
		got := ""
		for _, e := range d.Events {
			if e.Type == annals.Programme {
				got = string(e.Title)
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q: title %q, want %q (%v)", tc.text, got, tc.want, d.Events)
		}
	}
}
