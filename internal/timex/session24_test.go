package timex

import "testing"

// TestWeekdayRanges checks ranges written with weekdays: a comma after
// the first day and a weekday before the second ("Monday, April 27,
// through Thursday, April 30, 2026": one range of that year, was the
// first day in the year nearest the reference date), and bare weekdays
// joined by "through" or a dash, whose end follows the start ("Tuesday
// through Thursday" was a Tuesday ahead and a Thursday behind).
func TestWeekdayRanges(t *testing.T) {
	findCases(t, "2019-10-05", []struct{ text, want string }{
		{"The King will make a State Visit on Monday, April 27, through Thursday, April 30, 2026.",
			"Monday, April 27, through Thursday, April 30, 2026=2026-04-27..2026-04-30"},
		{"Holiday tours range from Tuesday, December 3, 2024 to Saturday, December 21, 2024.",
			"Tuesday, December 3, 2024 to Saturday, December 21, 2024=2024-12-03..2024-12-21"},
		{"The visit runs April 27, through April 30, 2026.", "April 27, through April 30, 2026=2026-04-27..2026-04-30"},
		{"Tours will be available from 7:30 a.m. to 11:30 a.m. Tuesday through Thursday.",
			"Tuesday through Thursday=2019-10-08..2019-10-10"},
		{"The talks ran Monday-Friday.", "Monday-Friday=2019-09-30..2019-10-04"},
		{"The talks ran Thursday through Monday.", "Thursday through Monday=2019-10-03..2019-10-07"},
		{"The summit runs Monday through Thursday, October 10.", "Monday through Thursday, October 10=2019-10-07..2019-10-10"},
		{"Offices are open every Monday through Friday.", ""},
		// unchanged: a move, a comma that opens no range
		{"The vote was moved from Monday to Wednesday.", "Monday=2019-09-30; Wednesday=2019-10-02"},
		{"They met on April 27, to the delight of all.", "April 27=2019-04-27"},
	})
}

// TestWeekdayWithPartAndDate checks "Thursday morning, April 30": one
// day, the date's, in the year its weekday gives (was the weekday
// resolved alone and the date apart).
func TestWeekdayWithPartAndDate(t *testing.T) {
	findCases(t, "2025-09-19", []struct{ text, want string }{
		{"On Thursday morning, April 30, the President will greet Their Majesties.", "Thursday morning, April 30=2026-04-30"},
		// unchanged
		{"On Thursday morning, the President will greet them.", "Thursday morning=2025-09-25"},
	})
}

// TestWeekdayHabit checks a bare weekday before a plural noun of a habit
// ("Sunday services", "on Sunday mornings", "Monday and Tuesday nights"):
// no one day, not the latest Sunday.
func TestWeekdayHabit(t *testing.T) {
	findCases(t, "2023-06-02", []struct{ text, want string }{
		{"I last saw her this past January at Sunday services at Ebenezer Baptist Church.", "this past January=2023-01"},
		{"She serves as a greeter on Sunday mornings.", ""},
		{"Flights will leave on Monday and Tuesday nights from March 30.", "March 30=2024-03-30"},
		// unchanged: one day
		{"The Friday explosions killed two.", "Friday=2023-06-02"},
		{"She spoke on Sunday morning.", "Sunday morning=2023-05-28"},
		{"They met Monday and Tuesday.", "Monday=2023-05-29; Tuesday=2023-05-30"},
	})
}

// TestTitleCaseDeictic checks "Last Night", "This Week" in a title: a
// quoted one (the quotation mark before a word of the title, "“About
// Last Night.”") or one in title case ending after a capitalized
// preposition ("About Last Night" as a heading).
func TestTitleCaseDeictic(t *testing.T) {
	findCases(t, "2023-06-02", []struct{ text, want string }{
		{"She served as Host and Executive Producer of HBO Max’s “About Last Night.” In 2022, she wrote a book.", "2022=2022"},
		{"She hosted \"About Last Night\" on HBO.", ""},
		{"About Last Night\n\nThe President spoke about the economy.", ""},
		{"Remarks About Last Night: What We Learned", ""},
		// unchanged
		{"About last night, the President said nothing.", "last night=2023-06-01"},
		{"Statement After Last Night's Vote", "Last Night=2023-06-01"},
	})
}

// TestWeekdaysAheadAcrossSentences checks a schedule told a day a
// sentence: once a paragraph has told three days ahead in turn, a day
// that would fall before the last follows it ("On Friday he will
// return", read on a Friday after Monday to Thursday, is the next
// Friday, and the Monday after it the next week's; were the reference
// day and the first Monday).
func TestWeekdaysAheadAcrossSentences(t *testing.T) {
	findCases(t, "2023-06-02", []struct{ text, want string }{
		{"The President will travel to Ohio on Monday. On Tuesday, he will visit Texas. On Wednesday he will go to Utah. On Thursday, he will be in Idaho. On Friday he will return. On Monday, he will host the Prime Minister.",
			"Monday=2023-06-05; Tuesday=2023-06-06; Wednesday=2023-06-07; Thursday=2023-06-08; Friday=2023-06-09; Monday=2023-06-12"},
		// unchanged: two or three days, or another paragraph
		{"The envoy will visit Lima on Thursday. The board will meet Friday.", "Thursday=2023-06-08; Friday=2023-06-02"},
		{"The envoy will visit Lima on Wednesday. He will see Quito on Thursday. The board will meet Friday.",
			"Wednesday=2023-06-07; Thursday=2023-06-08; Friday=2023-06-02"},
		{"He will go to Ohio on Monday. On Tuesday, he will visit Texas. On Wednesday he will go to Utah.\n\nOn Monday, he will host the Prime Minister.",
			"Monday=2023-06-05; Tuesday=2023-06-06; Wednesday=2023-06-07; Monday=2023-06-05"},
	})
}

// TestHalfOfSomethingElse checks a quarter or half "of" something else
// than a year: no quarter of the reference year ("the second half of the
// 21st century", "the first half of its commitment" were 2019-H2 and
// 2019-H1); "of FY23" is that fiscal year's, and "the same period in
// FY22" the narrative's half in that year (was the narrative's own).
func TestHalfOfSomethingElse(t *testing.T) {
	findCases(t, "2019-08-11", []struct{ text, want string }{
		{"The pillars will define the second half of the 21st century.", "the 21st century= [20]"},
		{"Australia has delivered on the first half of its commitment.", ""},
		{"Our economy is growing at the fastest rate in the first half of a year in nearly 40 years.", ""},
		{"During the last half of the 2021-22 school year, schools reopened.", "2021-22=2021..2022"},
		{"Nearly 2,000 firearms were seized in the first half of FY23 – a 65.8% increase over the same period in FY22.",
			"the first half of FY23=2023 [2023-H1]; the same period in FY22=2022 [2022-H1]"},
		{"Sales rose in the second quarter. Profit fell from the same quarter of 1988.",
			"the second quarter=2019 [2019-Q2]; the same quarter of 1988=1988 [1988-Q2]"},
		{"Sales rose in the second quarter, up from the same period in the prior year.",
			"the second quarter=2019 [2019-Q2]; the same period in the prior year=2018 [2018-Q2]"},
		// unchanged
		{"It posted a net loss for the third quarter of $226.3 million.", "the third quarter=2019 [2019-Q3]"},
		{"Sales rose in the fourth quarter of last year.", "the fourth quarter of last year=2018 [2018-Q4]"},
		{"In the first half of the fiscal year sales rose.", "the first half=2019 [2019-H1]; the fiscal year=2019"},
		{"In the first half of 1990 sales rose.", "the first half of 1990=1990 [1990-H1]"},
	})
}

// TestOrSoAgo checks "a week or so ago", "a year or so ago": as long ago
// as written (were no date; TimeBank's WSJ910225-0066 marks "a week or so
// ago").
func TestOrSoAgo(t *testing.T) {
	findCases(t, "1991-02-25", []struct{ text, want string }{
		{"Then, a week or so ago, the general picked a night.", "a week or so ago=1991-02 [1991-W08]"},
		{"A year or so ago, he left.", "A year or so ago=1990"},
		{"Two weeks or so ago, he left.", "Two weeks or so ago=1991-02 [1991-W07]"},
		// unchanged
		{"It happened a week ago.", "a week ago=1991-02 [1991-W08]"},
		{"He stayed a week or so.", ""},
	})
}

// TestDeadlineWeekday checks a bare weekday after "by" or "until", a time
// of day maybe between: a deadline is ahead ("has given the relatives
// until 9 a.m. Tuesday", read on a Monday, was the Tuesday before), unless
// its clause tells the past with an auxiliary or a past verb that sets
// no deadline ("they had not found him", "stayed in Havana").
func TestDeadlineWeekday(t *testing.T) {
	findCases(t, "2000-04-03", []struct{ text, want string }{
		{"The INS has given the relatives until 9 a.m. Tuesday to sign a paper.", "Tuesday=2000-04-04"},
		{"INS extended its deadline until 9 a.m. EST Tuesday.", "Tuesday=2000-04-04"},
		{"The relatives must respond by Friday.", "Friday=2000-04-07"},
		{"Congress has until Friday to act.", "Friday=2000-04-07"},
		// the past
		{"Up until Thursday, however, they had not found him.", "Thursday=2000-03-30"},
		{"But it was not until Tuesday that Castro revealed it.", "Tuesday=2000-03-28"},
		{"He stayed in Havana until Tuesday.", "Tuesday=2000-03-28"},
		{"The members filed reports by Wednesday.", "Wednesday=2000-03-29"},
	})
}
