package extract

import (
	"testing"

	"annals"
)

// TestTellingDayAhead: the day a telling is dated by ("said yesterday",
// "announced on Monday") is not the day of the act it tells to come ("it
// would host a conference"); an act told done keeps it.
func TestTellingDayAhead(t *testing.T) {
	checkEventDates(t, "2021-02-06", []eventDateCase{
		{"said yesterday it would host", "The Ministry said yesterday it would host a conference on water in Lima.", annals.Conference, "2021-02"},
		{"announced on a weekday that it will launch", "Acme Inc. announced on Monday that it will launch a new initiative to train farmers in Peru.", annals.Campaign, "2021-02"},
		{"announced yesterday it will launch", "Acme Inc. announced yesterday it will launch a new initiative to train farmers in Peru.", annals.Campaign, "2021-02"},
		{"guard: said yesterday it had hosted", "The Ministry said yesterday it had hosted a conference on water in Lima.", annals.Conference, "2021-02-05"},
		{"guard: the act's own date after", "The Ministry announced yesterday that it will host a conference on water in Lima on 3 May.", annals.Conference, "2021-05-03"},
		{"guard: announced with no date", "Acme Inc. announced it will launch a new initiative to train farmers in Peru.", annals.Campaign, "2021-02"},
	})
}
