package extract

import (
	"testing"

	"annals"
)

// TestSpanOfDays checks that a visit or gathering whose words count its
// days and whose sentence tells the day it opened or closed is held over
// those days (published on Wednesday 8 May 2024), and that one told on
// a day with no word of its opening or close keeps that day alone.
func TestSpanOfDays(t *testing.T) {
	checkEventRanges(t, "2024-05-08", []rangeCase{
		{"concluded on a day, then the visit", "The President of Ghana concluded on Thursday a four-day visit to Kenya.", annals.Visit, "2024-04-29", "2024-05-02"},
		{"ended, the day after the place", "The Foreign Minister of Peru ended a three-day visit to Spain yesterday.", annals.Visit, "2024-05-05", "2024-05-07"},
		{"a meeting opened", "The three-day meeting of the Council of Ministers of the African Union opened on Monday in Addis Ababa.", annals.Meeting, "2024-05-06", "2024-05-08"},
		{"starting tomorrow", "The Prime Minister of India will begin a two-day visit to France starting tomorrow.", annals.Visit, "2024-05-09", "2024-05-10"},
		{"opened, the place first", "The two-day conference on water security opened in Geneva on Tuesday, bringing together 200 experts.", annals.Conference, "2024-05-07", "2024-05-08"},
		{"arrived for a visit", "The President of Brazil arrived in Beijing on Monday for a three-day state visit.", annals.Visit, "2024-05-06", "2024-05-08"},
		{"a visit that began", "The Prime Minister of Japan is on a four-day visit to Australia that began on Sunday.", annals.Visit, "2024-05-05", "2024-05-08"},
		{"the visit ended on a day", "The four-day visit of the King of Jordan to Canada ended on Thursday.", annals.Visit, "2024-04-29", "2024-05-02"},
		{"digits, will open", "The 3-day summit of the Andean Community will open on 10 June in Lima.", annals.Conference, "2024-06-10", "2024-06-12"},
		{"the day first", "On Monday, the two-day meeting of the Board of Governors opened in Vienna.", annals.Meeting, "2024-05-06", "2024-05-07"},
		{"wrapped up", "The Secretary-General wrapped up a five-day visit to Chile on Friday.", annals.Visit, "2024-04-29", "2024-05-03"},
		// unchanged: no word of opening or close, a range already, both ends told, no count
		{"no cue", "The Foreign Minister of Chile paid a three-day visit to Peru on Monday.", annals.Visit, "2024-05-06", ""},
		{"a range already", "The Secretary-General of NATO paid a three-day visit to Poland from 12 to 14 March.", annals.Visit, "2024-03-12", "2024-03-14"},
		{"no count", "The meeting of the Board of Governors opened on Monday in Vienna.", annals.Meeting, "2024-05-06", ""},
		{"a close partner", "The Foreign Minister of Chile paid a three-day visit to Peru, a close partner, on Monday.", annals.Visit, "2024-05-06", ""},
		{"one day", "The one-day meeting of the Board of Governors opened on Monday in Vienna.", annals.Meeting, "2024-05-06", ""},
	})
}

// TestOpenAndCloseDays checks that a visit or gathering whose sentence
// tells the day it opened and the day it closes is held from the one to
// the other (published on Wednesday 11 March 2026), and that a close told
// of another thing, or more than a fortnight later, leaves its one day.
func TestOpenAndCloseDays(t *testing.T) {
	checkEventRanges(t, "2026-03-11", []rangeCase{
		{"opened, runs until", "The conference opened in Vienna on Monday and runs until Friday.", annals.Conference, "2026-03-09", "2026-03-13"},
		{"runs until, then opened", "The conference, which runs until Friday, opened on Monday in Vienna.", annals.Conference, "2026-03-09", "2026-03-13"},
		{"commences and concludes", "The meeting of the Council commences at the State Department on March 24 and concludes at the White House on March 25.", annals.Meeting, "2026-03-24", "2026-03-25"},
		{"opens and closes", "The forum opens in Geneva on Monday and closes on Wednesday.", annals.Conference, "2026-03-16", "2026-03-18"},
		{"a place with its country", "The summit opened in Nairobi, Kenya, on Monday and will run through Thursday.", annals.Conference, "2026-03-09", "2026-03-12"},
		{"arrived, will stay", "The President of Chile arrived in Madrid on Monday for a state visit and will stay until Thursday.", annals.Visit, "2026-03-09", "2026-03-12"},
		// unchanged: another thing closes, or months apart
		{"while another closes", "The conference opened on Monday, while the exhibition of the Agency closes on Friday.", annals.Conference, "2026-03-09", ""},
		{"other talks end", "The conference opened on Monday and the talks with Iran end on Friday.", annals.Conference, "2026-03-09", ""},
		{"months apart", "The conference opened on 2 March and runs until 30 April.", annals.Conference, "2026-03-02", ""},
	})
}
