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
