package extract

import (
	"testing"

	"annals"
)

// TestDateOfANoun checks that a date written between a determiner or a
// possessive and another noun than the event's ("the President’s January
// 2021 Executive Order", "the 2024-25 flu season", "the Clean Air Act of
// 1990", "a 1950s-era power plant") dates that noun, not the event; while a date of the event's own
// noun, of what the event makes or acts on, or of the gathering it
// happens at still dates it.
func TestDateOfANoun(t *testing.T) {
	checkEvents(t, "2024-07-15", []eventCase{
		{"a month-year before an order", "On the call, Minister Ana Ruiz met with farmers and tied the programme back to the President’s January 2021 Executive Order on climate.", annals.Meeting, "2024-07-15", "Ana Ruiz"},
		{"a month-year before a report", "Minister Ana Ruiz met with the farmers of the region to discuss the Council’s March 2023 report on drought.", annals.Meeting, "2024-07-15", "Ana Ruiz"},
		{"a span of years before a season", "Minister Ana Ruiz met with health officials to plan for the 2024-25 flu season.", annals.Meeting, "2024-07-15", "Ana Ruiz"},
		{"a law's year", "The Ministry of Justice took part in a virtual meeting at the OSCE, where it highlighted the Hate Crimes Prevention Act of 2009.", annals.Meeting, "2024-07-15", "Ministry of Justice"},
		{"a law's year after the object", "Minister Ana Ruiz met with health officials to discuss the Clean Air Act of 1990.", annals.Meeting, "2024-07-15", "Ana Ruiz"},
		{"a decade as a compound adjective", "Minister Ana Ruiz met with the workers of a 1950s-era coal-burning power plant.", annals.Meeting, "2024-07-15", "Ana Ruiz"},
		// unchanged: the date of the event's gathering, of its own noun,
		// of what it makes or acts on, of the law that makes it
		{"the gathering's day", "The leaders signed the Declaration on Water at the 12 March 2023 Summit in Rome.", annals.Agreement, "2023-03-12", ""},
		{"what the signing makes", "The Minister welcomed the signing of the June 2024 Memorandum of Understanding between the Agency and UNESCO.", annals.Agreement, "2024-06", ""},
		{"the event's own compound noun", "The two countries signed the October 2022 Israel-Lebanon maritime boundary agreement in Naqoura.", annals.Agreement, "2022-10", ""},
		{"what the noun acts on", "These actions build on UNICEF’s February 2021 launch of the Youth Protection Programme.", annals.Programme, "2021-02", ""},
	})
}
