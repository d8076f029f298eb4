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
