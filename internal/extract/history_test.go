package extract

import (
	"testing"

	"annals"
)

// TestHistoryToldOn checks that a sentence with no date of its own, told
// in the past, that goes on with a history its paragraph dated a year or
// more before the story gives its events no date, not the story's day
// (published 14 June 2024); and that news after a recent date, a present
// sentence, a name's year or a new paragraph keeps the story's day.
func TestHistoryToldOn(t *testing.T) {
	checkEventDates(t, "2024-06-14", []eventDateCase{
		{"later, after a day of 1775", "On June 14, 1775, the Continental Congress established the Army. Congress later appointed George Washington as the Commander in Chief.", annals.Appointment, ""},
		{"later, after a year", "In 1948, the General Assembly adopted the Universal Declaration of Human Rights. The Assembly later established the Human Rights Commission.", annals.Founding, ""},
		{"passive, then a visit", "The Organization was founded in 1945. Its first Secretary-General, Trygve Lie, was appointed by the General Assembly and visited Moscow to meet the Premier.", annals.Visit, ""},
		{"years ago", "Sixty years ago, President Kennedy signed the Limited Test Ban Treaty. He then traveled to Berlin, where he met Chancellor Adenauer.", annals.Visit, ""},
		{"two sentences on", "In 1983, the Ministers of Peru and Chile signed the Lima Accord. The accord ended a long dispute. The two ministers met again in Santiago to celebrate it.", annals.Meeting, ""},
		// unchanged: the present, a recent date, a name's year, a new
		// paragraph, a sentence of its own date
		{"the present after", "The committee last met in 2009 and is the mandated body. The ministers visited Geneva to revive it.", annals.Visit, "2024-06-14"},
		{"a name's year", "The Council welcomed the Prevention Act of 2009. The ministers met in Geneva to discuss it.", annals.Meeting, "2024-06-14"},
		{"a new paragraph", "In 1948, the General Assembly adopted the Declaration.\n\nThe ministers met in Geneva to discuss it.", annals.Meeting, "2024-06-14"},
		{"told in the present", "In 1948, the General Assembly adopted the Declaration. The ministers are meeting in Geneva to mark it.", annals.Meeting, "2024-06-14"},
		{"a year of its own", "In 1948, the General Assembly adopted the Declaration. In 1950, the Assembly established the Human Rights Commission.", annals.Founding, "1950"},
	})
}

// TestPluperfectWithAdverb checks that an event told in the past perfect
// with an adverb after "had" ("I had subsequently met with the heads of
// 13 companies", "had also been elected") takes no date, as "had met"
// does, not the story's day.
func TestPluperfectWithAdverb(t *testing.T) {
	checkEventDates(t, "2024-06-14", []eventDateCase{
		{"had subsequently met", "I had subsequently met with the heads of 13 drug companies.", annals.Meeting, ""},
		{"had already signed", "The Minister of Peru had already signed the Lima Accord with Chile.", annals.Agreement, ""},
		{"had also been appointed", "Mr. Lopez had also been appointed Ambassador to Chile by the President of Peru.", annals.Appointment, ""},
		// unchanged: "had met", the past, "has"
		{"had met", "The Minister of Peru had met the President of Chile in Lima.", annals.Meeting, ""},
		{"met", "The Minister of Peru subsequently met the President of Chile in Lima.", annals.Meeting, "2024-06-14"},
		{"has signed", "The Minister of Peru has already signed the Lima Accord with Chile.", annals.Agreement, "2024-06-14"},
	})
}

// TestCareerToldInPassing: an act a sentence sets in a career, a tenure
// or a life ("Early in her career, X wrote a letter", "visited the
// island early in her tenure"), or that a relative clause tells as what
// came later ("whom the Assembly later appointed"), has no date rather
// than the story's day; an act with a day of its own, or the career
// named far from the act, keeps its date.
func TestCareerToldInPassing(t *testing.T) {
	checkEventDates(t, "2025-03-12", []eventDateCase{
		{"early in her career", "Early in her career, Ana Ruiz wrote a letter to the Secretary-General of the Andean Council.", annals.Speech, ""},
		{"whom ... later appointed", "Its founders included Pedro Vidal—whom the Assembly later appointed as Secretary-General of the Andean Council—and Ana Ruiz.", annals.Appointment, ""},
		{"early in her tenure", "Minister Ana Ruiz visited the island early in her tenure.", annals.Visit, ""},
		{"throughout her career", "Throughout her career, Ana Ruiz has been elected to the board of the Andean Council three times.", annals.Appointment, ""},
		// guards
		{"guard: a day of its own", "Early in her career, Ana Ruiz visited Lima on 3 May 2001.", annals.Visit, "2001-05-03"},
		{"guard: the story's day", "Minister Ana Ruiz visited the island today.", annals.Visit, "2025-03-12"},
		{"guard: careers far from the act", "The Minister concluded her remarks by welcoming the graduates, whom she praised for their commitment to public service throughout their careers.", annals.Speech, "2025-03-12"},
	})
}
