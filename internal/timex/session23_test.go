package timex

import (
	"testing"

	"annals"
)

// findCases runs table cases of text read on ref against show's form.
func findCases(t *testing.T, ref annals.Date, tests []struct{ text, want string }) {
	t.Helper()
	for _, tc := range tests {
		if got := show(Find(tc.text, ref)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNotADate checks words that look like dates but name a title held
// then or a kind of thing: "then-Governor", "a Christmas tree".
func TestNotADate(t *testing.T) {
	findCases(t, "2021-03-10", []struct{ text, want string }{
		{"The board was set up in 2008 and chaired by then-Governor Lee Park.", "2008=2008"},
		{"The award went to the school chosen by then-Mayor Ruth Alvarez.", ""},
		{"They drove out to buy a Christmas tree for the ward.", ""},
		{"Two large Christmas trees stand by the door.", ""},
		{"Children took home Halloween tote bags and a Halloween book.", ""},
		{"Volunteers baked Halloween-themed treats and Easter candy.", ""},
		// still dates
		{"Until then, the bridge stays shut. In 2008 it opened; by then, traffic had doubled.", "2008=2008; then=2008"},
		{"The family gathered for Christmas at the farm.", "Christmas=2020-12-25"},
		{"The talks will resume after Thanksgiving.", "Thanksgiving=2021-11-25"},
		{"They met on Christmas Day to exchange gifts.", "Christmas Day=2020-12-25"},
		{"She preached on Thanksgiving—and then served lunch.", "Thanksgiving=2020-11-26"},
	})
}

// TestThisPast checks "this past" before a month, "weekend" or "month":
// the latest one before the reference day.
func TestThisPast(t *testing.T) {
	findCases(t, "2021-03-10", []struct{ text, want string }{
		{"I last saw her this past January at the church.", "this past January=2021-01"},
		{"This past December, the council voted.", "This past December=2020-12"},
		{"This past March, the plant closed.", "This past March=2020-03"},
		{"This past weekend, the mayor toured the site.", "This past weekend=2021-03 [2021-W09-WE]"},
		{"Sales rose this past month.", "this past month=2021-02"},
		// unchanged
		{"This past spring the river flooded.", "This past spring=2020 [2020-SP]"},
		{"This past Monday we met.", "This past Monday=2021-03-08"},
		{"Over this past year the team grew.", ""},
		{"In this past months of work, it grew.", ""},
	})
}

// TestRangeNearest checks a range of days or months without a year: with
// no tense, the range whose nearer end is nearest the reference date (the
// end alone had put "June 1 to September 15", read in March, a year back).
func TestRangeNearest(t *testing.T) {
	findCases(t, "2021-03-25", []struct{ text, want string }{
		{"The fuel cannot be sold from June 1 to September 15 in most states.", "June 1 to September 15=2021-06-01..2021-09-15"},
		{"The fair is open from March 20 to April 2 each day.", "March 20 to April 2=2021-03-20..2021-04-02"},
		{"The pool is open from May to July.", "May to July=2021-05..2021-07"},
		{"The office is open from February to April.", "February to April=2021-02..2021-04"},
		// a range ahead beyond four months, or one told in the past
		{"The camp runs from June to September.", "June to September=2020-06..2020-09"},
		{"Storms struck from October 2 to October 9, the agency said.", "October 2 to October 9=2020-10-02..2020-10-09"},
		{"The fair was open from June 1 to September 15.", "June 1 to September 15=2020-06-01..2020-09-15"},
		{"The fair will be open from November 1 to November 9.", "November 1 to November 9=2021-11-01..2021-11-09"},
	})
}

// TestClauseTense checks two cues of a clause's tense: a passive infinitive
// looks ahead ("to be published in early November"), and ", but" opens a
// clause whose auxiliary is not the date's ("was planned for early March,
// but no date was fixed").
func TestClauseTense(t *testing.T) {
	findCases(t, "1999-02-10", []struct{ text, want string }{
		{"He added that the rules to be published in early November will decide it.", "early November=1999-11"},
		{"She said the vote to be held in June would be close.", "June=1999-06"},
		{"The official said that the signing was planned for early March, but no exact date was fixed.", "early March=1999-03"},
		// the past
		{"The rules were published in early November.", "early November=1998-11"},
		{"The signing planned for March was canceled.", "March=1998-03"},
	})
}

// TestTensed checks that Expr.Tensed tells a year placed by the clause's
// own cue from one placed by nearness.
func TestTensed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"In May, the agency announced new rules.", true},
		{"The payments will begin in May.", true},
		{"The fair on May 3 drew crowds.", false}, // a day heeds only an auxiliary
		{"In 2019 the agency announced new rules.", false},
	}
	for _, tc := range tests {
		xs := Find(tc.text, "2019-01-03")
		if len(xs) != 1 {
			t.Errorf("%q: got %q", tc.text, show(xs))
			continue
		}
		if xs[0].Tensed != tc.want {
			t.Errorf("%q: Tensed %v, want %v", tc.text, xs[0].Tensed, tc.want)
		}
	}
}

// TestDayPhrases checks a second day "of last year" ("October 8th and 9th
// of last year": both last year's) and a day without a year that names a
// body ("the House January 6th Committee", "the March 23 Movement").
func TestDayPhrases(t *testing.T) {
	findCases(t, "2017-12-09", []struct{ text, want string }{
		{"Interviews ran over two days on October 8th and 9th of last year.", "October 8th=2016-10-08; 9th of last year=2016-10-09"},
		{"They met on May 3 or 4 this year.", "May 3=2017-05-03; 4 this year=2017-05-04"},
		{"He chaired the House January 6th Committee for two years.", ""},
		{"The March 23 Movement seized the town.", ""},
		{"She led The September 11 Fund after the attacks.", ""},
		// dates
		{"On June 5 Commission President Lee spoke.", "June 5=2017-06-05"},
		{"They will meet on April 24 and 25.", "April 24=2018-04-24; 25=2018-04-25"},
		{"The July 9 Executive Order took effect.", "July 9=2017-07-09"},
	})
}

// TestYearAgoOfLatest checks "last year" after "the latest quarter" or
// "the latest period" in its sentence: that quarter a year back, the
// figure compared; a decimal point ends no clause ("$1.76 billion").
func TestYearAgoOfLatest(t *testing.T) {
	findCases(t, "1989-11-02", []struct{ text, want string }{
		{"In the latest quarter, the unit had a $23 million loss, compared with earnings of $33 million last year.",
			"the latest quarter=1989 [1989-Q3]; last year=1988 [1988-Q3]"},
		{"Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
			"the latest period=1989 [1989-Q3]; last year=1988 [1988-Q3]"},
		// the year
		{"In the latest quarter, the unit lost $23 million. Last year it earned $5 million.",
			"the latest quarter=1989 [1989-Q3]; Last year=1988"},
		{"Profit rose last year.", "last year=1988"},
	})
}

// TestWeekdaysListedAhead checks bare weekdays listed ahead in one
// sentence: each follows the one before ("... Thursday will focus on
// power; and Friday will focus on air", read on a Friday, is the next
// Friday, not the reference day).
func TestWeekdaysListedAhead(t *testing.T) {
	findCases(t, "2023-06-02", []struct{ text, want string }{
		{"Tuesday will focus on water; Thursday will focus on power; and Friday will focus on air.",
			"Tuesday=2023-06-06; Thursday=2023-06-08; Friday=2023-06-09"},
		{"The envoy will visit Lima on Thursday and Quito on Friday.", "Thursday=2023-06-08; Friday=2023-06-09"},
		// the reference day itself, or another sentence
		{"The board will meet Friday.", "Friday=2023-06-02"},
		{"The envoy will visit Lima on Thursday. The board will meet Friday.", "Thursday=2023-06-08; Friday=2023-06-02"},
		{"The board met Thursday and voted Friday.", "Thursday=2023-06-01; Friday=2023-06-02"},
	})
}

// TestProclamationDay checks the date of a proclamation, all in words:
// "this sixth day of March, in the year of our Lord two thousand
// twenty-five" (was "March" of the reference year and "the year").
func TestProclamationDay(t *testing.T) {
	findCases(t, "2022-05-22", []struct{ text, want string }{
		{"I have hereunto set my hand this sixth day of March, in the year of our Lord two thousand twenty-five, and of the Independence the two hundred and forty-ninth.",
			"sixth day of March, in the year of our Lord two thousand twenty-five=2025-03-06"},
		{"I have hereunto set my hand this twenty-first day of October, in the year of our Lord two thousand twenty-four.",
			"twenty-first day of October, in the year of our Lord two thousand twenty-four=2024-10-21"},
		{"I have hereunto set my hand this thirtieth day of April, in the year of our Lord two thousand nine.",
			"thirtieth day of April, in the year of our Lord two thousand nine=2009-04-30"},
		// unchanged
		{"In the year two thousand twenty, it ended. Two thousand troops came.", "the year two thousand twenty=2020"},
	})
}

// TestListYear checks months listed up to one written with its year:
// they share it ("In March and April 2023", "in September and November
// of 2020"; the first had taken the year nearest the reference date).
func TestListYear(t *testing.T) {
	findCases(t, "2019-07-31", []struct{ text, want string }{
		{"In March and April 2023, the envoy traveled to Africa.", "March=2023-03; April 2023=2023-04"},
		{"I saw him in September and November of 2020.", "September=2020-09; November of 2020=2020-11"},
		{"Talks were held in May and September 2022.", "May=2022-05; September 2022=2022-09"},
		// unchanged
		{"In March, 2,000 people came.", "March=2019-03"},
		{"In May and June, prices fell.", "May=2019-05"},
	})
}

// TestYearsAgoPinned checks "n years ago" pinned to the reference day,
// week or month: one expression, that day, week or month n years back
// ("One year ago today" was a year and the reference day apart).
func TestYearsAgoPinned(t *testing.T) {
	findCases(t, "2020-07-08", []struct{ text, want string }{
		{"One year ago today, the court ruled.", "One year ago today=2019-07-08"},
		{"A year ago today it ended.", "A year ago today=2019-07-08"},
		{"It was this week fifty years ago when they were killed.", "this week fifty years ago=1970-07 [1970-W28]"},
		{"Ten years ago this month, they came.", "Ten years ago this month=2010-07"},
		{"It was this month ten years ago.", "this month ten years ago=2010-07"},
		// unchanged
		{"Two years ago today, we met.", "Two years ago today=2018-07-08"},
		{"This week, two years ago, it rained.", "This week=2020-07 [2020-W28]; two years ago=2018"},
		{"A year ago, it rained.", "A year ago=2019"},
	})
}

// TestThisWeekendPast checks "this weekend" told in the past on a
// weekday: the weekend just gone ("This weekend, I reached out to the
// Governor", read on a Thursday; was the weekend ahead).
func TestThisWeekendPast(t *testing.T) {
	findCases(t, "2024-10-31", []struct{ text, want string }{
		{"This weekend, I reached out to the Governor.", "This weekend=2024-10 [2024-W43-WE]"},
		{"We mourn the families who lost loved ones this weekend.", "this weekend=2024-10 [2024-W43-WE]"},
		// ahead, or no tense
		{"I will travel there this weekend.", "this weekend=2024-11 [2024-W44-WE]"},
		{"This weekend the team plays at home.", "This weekend=2024-11 [2024-W44-WE]"},
	})
	if got := show(Find("This weekend, I reached out to the Governor.", "2024-11-03")); got != "This weekend=2024-11 [2024-W44-WE]" {
		t.Errorf("read on a Sunday: got %q", got)
	}
}

// TestSchoolYearQuarter checks a quarter or half "of the academic year"
// or "of the school year": a term of school, no calendar quarter.
func TestSchoolYearQuarter(t *testing.T) {
	findCases(t, "2022-06-17", []struct{ text, want string }{
		{"Students returned in time for the fourth quarter of the academic year.", ""},
		{"In the first half of the school year, scores fell.", ""},
		// calendar quarters
		{"In the second quarter, profit rose.", "the second quarter=2022 [2022-Q2]"},
		{"Sales rose in the fourth quarter of 2021.", "the fourth quarter of 2021=2021 [2021-Q4]"},
	})
}
