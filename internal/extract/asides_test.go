package extract

import (
	"testing"

	"annals"
)

// A participle set off after a name ("X, created in 1995, ...") tells
// the name's own past: a founding when the name is a body and the
// participle founds it, and in any case a date and place that are not
// the main clause's event's.

func TestFoundedAside(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "comma aside", pub: "2025-06-05", text: "The Australia-Japan Foundation, established in 1976, will fund 30 new research fellowships.",
			typ: annals.Founding, n: 1, date: "1976", part: "Australia-Japan Foundation"},
		{name: "parenthesis", pub: "2025-06-05", text: "The Colombo Plan (founded in 1951) held its annual meeting in Delhi on 3 June.",
			typ: annals.Founding, n: 1, date: "1951", part: "Colombo Plan"},
		{name: "after its acronym", pub: "2025-06-05", text: "The Mekong River Commission (MRC), created in 1995, signed an agreement with ASEAN on 2 June.",
			typ: annals.Founding, n: 1, date: "1995", part: "Mekong River Commission"},
		{name: "a common noun is no name", pub: "2025-06-05", text: "The alliance, created in Brussels, meets twice a year.",
			typ: annals.Founding, n: 0},
		{name: "no time", pub: "2025-06-05", text: "Today, 33 cities joined the Clean Buildings Coalition, founded on a commitment to cut emissions.",
			typ: annals.Founding, n: 0},
	})
}

func TestAsideDates(t *testing.T) {
	checkEventDates(t, "2025-06-05", []eventDateCase{
		{name: "main clause after the aside", text: "The Mekong River Commission, created in 1995, met ASEAN in Bangkok on 2 June.",
			typ: annals.Meeting, want: "2025-06-02"},
		{name: "after an acronym", text: "The Mekong River Commission (MRC), created in 1995, signed an agreement with ASEAN on 2 June.",
			typ: annals.Agreement, want: "2025-06-02"},
		{name: "the aside tells its name's event", text: "The two sides will implement the Trade and Investment Framework Agreement (TIFA), signed in 2002.",
			typ: annals.Agreement, want: "2002"},
		{name: "a complement between", text: "The Treaty would replace the extradition treaty between Norway and Ghana, signed at Accra on March 1, 1933.",
			typ: annals.Agreement, want: "1933-03-01"},
		{name: "the aside goes on after its date", text: "Both sides will implement the Statement of Intent on Technical Data Exchange, signed December 6, 2023, at the Defence Industrial Base Conference in Oslo.",
			typ: annals.Conference, want: "2023-12-06"},
	})
	checkEventPlaces(t, "2025-06-05", []placeCase{
		{name: "the aside's place", text: "The Mekong River Commission (MRC), created in 1995 in Vientiane, signed an agreement with ASEAN in Bangkok on 2 June.",
			typ: "agreement", place: "Bangkok"},
		{name: "the founding's place", text: "The Mekong River Commission (MRC), created in 1995 in Vientiane, signed an agreement with ASEAN in Bangkok on 2 June.",
			typ: "founding", place: "Vientiane"},
		{name: "a relative clause's founding", text: "The Mekong River Commission, which was created in 1995, signed an agreement with ASEAN in Bangkok on 2 June.",
			typ: "founding", place: ""},
	})
}

// TestAsideTreatiesApart: two named agreements of one sentence, each
// dated by its own aside, are two; an undated one to come that takes the
// date of a treaty signed long ago is held.
func TestAsideTreatiesApart(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "first", pub: "2025-06-05", text: "The new accord builds on the Treaty of Friendship and Cooperation, signed in 1966, and the Trade and Investment Framework Agreement, signed in 2002.",
			typ: annals.Agreement, n: -1, date: "1966"},
		{name: "second", pub: "2025-06-05", text: "The new accord builds on the Treaty of Friendship and Cooperation, signed in 1966, and the Trade and Investment Framework Agreement, signed in 2002.",
			typ: annals.Agreement, n: -1, date: "2002"},
	})
	d := run(t, "x.txt", "The Treaty would replace the extradition treaty between Norway and Ghana, signed at Accra on March 1, 1933.", "2022-03-02")
	for _, e := range d.Events {
		if e.Type == annals.Agreement && e.Date == "1933-03-01" && e.Status != annals.Held {
			t.Errorf("treaty of 1933 %s, want held", e.Status)
		}
	}
}
