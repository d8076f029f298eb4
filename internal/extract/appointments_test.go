package extract

import (
	"testing"

	"annals"
)

// TestAppointmentRule covers the appointment family: an appointment of
// "her", an office given by a vote, and taking office as the time a
// sentence counts from.
func TestAppointmentRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"appoint her as", "2023-04-04", "Paul Weiss has announced his intent to appoint her as the next Executive Director of the Andean Council.", annals.Appointment, -1, "", "Andean Council"},
		{"voted for a chairmanship", "2010-11-18", "All 56 member States unanimously voted in favor of Peru's chairmanship.", annals.Appointment, -1, "", "Peru"},
		{"voted on a bill", "2010-11-18", "The Senate voted on the bill.", "", 0, "", ""},
		{"since taking office", "2023-06-02", "Since President Ana Ruiz took office, companies have announced $11 billion in investments.", annals.Appointment, 0, "", ""},
		{"upon taking office", "2023-06-02", "Immediately upon taking office, President Ana Ruiz clarified the rules.", annals.Appointment, 0, "", ""},
		{"took office", "2023-06-02", "President Ana Ruiz took office on June 1, 2023.", annals.Appointment, 1, "2023-06-01", ""},
		{"became a member", "2023-06-02", "Peru became a member of the Andean Council in 1969.", annals.Appointment, 0, "", ""},
	})
}
