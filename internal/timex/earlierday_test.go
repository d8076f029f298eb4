package timex

import "testing"

// TestEarlierOnWeekday checks a bare weekday after "earlier" or "earlier
// on": a day gone by, whatever the clause goes on to plan ("GlobalWafers
// announced plans earlier on Monday to build a plant", read on a
// Wednesday, was the Monday ahead).
func TestEarlierOnWeekday(t *testing.T) {
	findCases(t, "2019-02-13", []struct{ text, want string }{ // a Wednesday
		{"The company announced plans earlier on Monday to build a plant in Texas.", "Monday=2019-02-11"},
		{"The firm said earlier Monday it is planning to expand.", "Monday=2019-02-11"},
		// unchanged
		{"The company plans to open the plant on Monday.", "Monday=2019-02-18"},
		{"The company opened the plant on Monday.", "Monday=2019-02-11"},
	})
}
