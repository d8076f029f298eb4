package extract

import (
	"testing"

	"annals"
)

// TestKindOfSchoolOrFund: a kind of school or fund written in capitals
// ("finish High School", "a Middle School in Ohio", "the General Fund")
// is no body; a school or a fund with a name of its own ("Lincoln High
// School", "Yale Law School") still is.
func TestKindOfSchoolOrFund(t *testing.T) {
	checkNotOfType(t, annals.Org, []string{
		"The Treasury is responsible for safeguarding the General Fund but lacks controls.",
		"Students who finish High School earn more. She taught at a Middle School in Ohio.",
		"Prior to joining the Law School in 2002, Ana Ruiz clerked for a judge.",
		"High School, Track 2: a low-cost framework for navigation.",
	}, "General Fund", "High School", "Middle School", "Law School")
	checkNames(t, []nameCase{
		{"Students at Lincoln High School met the mayor.", "Lincoln High School", "High School"},
		{"She holds a degree from Yale Law School.", "Yale Law School", "Law School"},
		{"The Global Fund to Fight AIDS, Tuberculosis and Malaria met.", "Global Fund to Fight AIDS, Tuberculosis and Malaria", "General Fund"},
	})
}
