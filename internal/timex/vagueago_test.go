package timex

import "testing"

// TestVagueAgo checks a past whose count the text leaves open ("a couple
// of days ago", "a few weeks ago", "several months ago"): the month that
// holds every day it may mean, else their year, else PAST_REF (it was no
// date, and an event told with it took the story's day); and a count of
// years past a hundred ("signed ... 249 years ago").
func TestVagueAgo(t *testing.T) {
	findCases(t, "2023-05-16", []struct{ text, want string }{
		{"What he said a couple of days ago was a statement.", "a couple of days ago=2023-05"},
		{"He spoke a few days ago in Geneva.", "a few days ago=2023-05"},
		{"They met several days ago.", "several days ago=2023-05"},
		{"The Board met a couple weeks ago.", "a couple weeks ago=2023"},
		{"The summit was just a couple of months ago.", "a couple of months ago=2023"},
		{"They signed the accord 249 years ago.", "249 years ago=1774"},
		{"It happened a couple of years ago.", "a couple of years ago= [PAST_REF]"},
		// unchanged: "several years ago", a count given
		{"They met several years ago.", "several years ago= [PAST_REF]"},
		{"They met two weeks ago.", "two weeks ago=2023-05 [2023-W18]"},
	})
	findCases(t, "2023-05-03", []struct{ text, want string }{
		{"He spoke a few days ago.", "a few days ago=2023"},
	})
	findCases(t, "2023-04-10", []struct{ text, want string }{
		{"The summit was a few months ago.", "a few months ago= [PAST_REF]"},
		{"The summit was a couple of months ago.", "a couple of months ago=2023"},
	})
}
