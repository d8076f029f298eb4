package timex

import "testing"

// TestCenturyInAName checks that a capital "Century" before a capitalized
// word is part of a name ("the 21st Century Cures Act", "21st Century
// Community Learning Centers", "Next Century Cities"): no century (was 20,
// 21), while a century
// before a common noun, a full stop or a lowercase "century" stays one.
func TestCenturyInAName(t *testing.T) {
	findCases(t, "2023-05-10", []struct{ text, want string }{
		{"In 2016, Congress passed the 21st Century Cures Act, which funded research.", "2016=2016"},
		{"The grants fund 21st Century Community Learning Centers in every state.", ""},
		{"Agencies must comply with the 21st Century IDEA Act by June.", "June=2023-06"},
		{"The studio was sold by 21st Century Fox.", ""},
		{"Senior Policy Counsel for Next Century Cities, Ryan Johnston, spoke.", ""},
		{"The group This Century Foundation gave grants.", ""},
		// still centuries
		{"Broadband is the infrastructure of the 21st Century. It matters.", "the 21st Century= [20]"},
		{"They met the needs of the 21st Century economy.", "the 21st Century= [20]"},
		{"The atrocities of the 20th century shaped the Charter.", "the 20th century= [19]"},
		{"It is the great test of the 21st century for America.", "the 21st century= [20]"},
		{"Growth this century matters.", "this century= [20]"},
	})
}
