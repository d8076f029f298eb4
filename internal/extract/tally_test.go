package extract

import (
	"testing"

	"annals"
)

// TestTally checks that an event told in the present perfect with a count
// of what was done ("has signed 40 agreements", "56 nations have signed")
// gets no date: many acts up to the story, none of them on its day. One
// act, or a count told with a day, keeps its date.
func TestTally(t *testing.T) {
	checkEventDates(t, "2024-07-15", []eventDateCase{
		{"count after the verb", "The Agency has signed 40 agreements with partner countries since its founding.", annals.Agreement, ""},
		{"a total of", "The President has nominated a total of 154 individuals for federal judgeships.", annals.Appointment, ""},
		{"adverb between", "The Minister has also met with 30 mayors across the country.", annals.Meeting, ""},
		{"counted subject", "56 nations have signed the Political Declaration on the Use of Force.", annals.Agreement, ""},
		{"counted subject, adverb", "Nearly 200 mayors have now signed the Compact to Combat Hate.", annals.Agreement, ""},
		{"sum of money", "To date, the Department of Energy has announced over $5 billion in funding for 60 projects.", annals.Speech, ""},
		{"places visited", "Ministers of the Government have visited 26 countries in Africa.", annals.Visit, ""},
		// unchanged: one act, an act of the last days, a day told, a
		// count in what was said
		{"one agreement", "The Agency has signed an agreement with the Ministry of Health.", annals.Agreement, "2024-07-15"},
		{"just", "The President has just signed 3 agreements with the Republic of Ruritania.", annals.Agreement, "2024-07-15"},
		{"a day told", "The Ministers have signed 4 agreements in Geneva on 12 July.", annals.Agreement, "2024-07-12"},
		{"count in the content", "The Company has announced it will invest $15 billion in Japan.", annals.Speech, "2024-07-15"},
		{"simple past", "The Ministers signed 4 agreements in Geneva.", annals.Agreement, "2024-07-15"},
	})
}
