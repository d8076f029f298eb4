package timex

import (
	"testing"

	"annals"
)

// TestTimeML checks the expressions whose contract value is a TimeML form
// (shown in brackets after the calendar value that dates events), on
// made-up sentences.
func TestTimeML(t *testing.T) {
	const ref = annals.Date("2012-09-28") // a Friday in ISO week 39
	tests := []struct {
		text string
		ref  annals.Date
		want string
	}{
		// ISO weeks: the calendar value is the month holding the week.
		{"The envoy arrived this week.", ref, "this week=2012-09 [2012-W39]"},
		{"Talks stalled last week and resume next week.", ref, "last week=2012-09 [2012-W38]; next week=2012-10 [2012-W40]"},
		{"The board met earlier this week.", ref, "this week=2012-09 [2012-W39]"},
		{"Rebels took the town six weeks ago.", ref, "six weeks ago=2012-08 [2012-W33]"},
		{"Last week the fund paid out.", "2010-01-04", "Last week=2009-12 [2009-W53]"},

		// Weekends.
		{"Protests spread over the weekend.", ref, "the weekend=2012-09 [2012-W38-WE]"},
		{"Voting is set for this weekend.", ref, "this weekend=2012-09 [2012-W39-WE]"},
		{"Traders sold shares ahead of the weekend.", "1989-10-30", "the weekend=1989-11 [1989-W44-WE]"},
		{"Traders sold shares ahead of Tuesday's vote.", "1989-10-30", "Tuesday=1989-10-31"},
		{"Traders sold shares on Tuesday, ahead of the vote.", "1989-10-30", "Tuesday=1989-10-24"},

		// Quarters and halves: the calendar value is the year.
		{"Profit rose in the third quarter.", ref, "the third quarter=2012 [2012-Q3]"},
		{"Its third-quarter loss widened.", ref, "third-quarter=2012 [2012-Q3]"},
		{"Its fiscal second-quarter net fell, as in the fourth quarter of 1988.", ref, "fiscal second-quarter=2012 [2012-Q2]; the fourth quarter of 1988=1988 [1988-Q4]"},
		{"Sales fell in the fiscal first quarter.", ref, "the fiscal first quarter=2012 [2012-Q1]"},
		{"Output grew in the first half of 1990.", ref, "the first half of 1990=1990 [1990-H1]"},
		{"The 1988 second quarter was weak.", ref, "The 1988 second quarter=1988 [1988-Q2]"},
		{"It expects growth in this year's fourth quarter.", ref, "this year's fourth quarter=2012 [2012-Q4]"},
		{"Orders rose in the current quarter.", ref, "the current quarter=2012 [2012-Q3]"},
		{"Orders rose in the latest quarter.", ref, "the latest quarter=2012 [2012-Q2]"},
		// "the latest quarter" is the narrative's quarter when its results
		// were told in the past (a fiscal quarter), else the last completed.
		{"Acme reported a decline in fourth-quarter earnings. Sales in the latest period rose.", "1989-11-02",
			"fourth-quarter=1989 [1989-Q4]; the latest period=1989 [1989-Q4]"},
		{"Acme sees no change in fourth-quarter results. Sales in the latest quarter rose.", "1989-11-02",
			"fourth-quarter=1989 [1989-Q4]; the latest quarter=1989 [1989-Q3]"},
		// After a quarter told in the past, one named in a forecast is not
		// the story's quarter; another told in the past is.
		{"Acme posted a drop in third-quarter profit. Analysts expect the trend to continue into the fourth quarter. In the year-ago period, Acme earned $1 million.", "1989-10-26",
			"third-quarter=1989 [1989-Q3]; the fourth quarter=1989 [1989-Q4]; the year-ago period=1988 [1988-Q3]"},
		{"Acme posted a drop in third-quarter profit. In the second quarter, profit rose 5%. In the year-ago period, Acme earned $1 million.", "1989-10-26",
			"third-quarter=1989 [1989-Q3]; the second quarter=1989 [1989-Q2]; the year-ago period=1988 [1988-Q2]"},
		// "the quarter ended July 31" with no quarter named before: the
		// calendar quarter holding most of its three months.
		{"In the quarter ended July 31, Acme had 5.6 million shares out.", "1989-10-30",
			"the quarter=1989 [1989-Q2]; July 31=1989-07-31"},
		{"Net fell in the quarter ended Sept. 30.", "1989-10-30", "the quarter=1989 [1989-Q3]; Sept. 30=1989-09-30"},
		// A named quarter takes the year its end is written with.
		{"In the second quarter ended Oct. 31, 1988, Acme had a loss. Results for that quarter included a charge.", "1989-10-26",
			"the second quarter=1988 [1988-Q2]; Oct. 31, 1988=1988-10-31; that quarter=1988 [1988-Q2]"},
		{"In the second quarter ended Oct. 31, Acme had a loss.", "1989-11-26",
			"the second quarter=1989 [1989-Q2]; Oct. 31=1989-10-31"},
		// "ended" without a year: the end is past, the latest such day
		// (the quarter's and the day's).
		{"Acme had a loss in the second quarter ended Oct. 31. Results for that quarter included a charge.", "1989-10-27",
			"the second quarter=1988 [1988-Q2]; Oct. 31=1988-10-31; that quarter=1988 [1988-Q2]"},
		{"Acme had a loss in the second quarter ended Oct. 31.", "1989-10-31", "the second quarter=1989 [1989-Q2]; Oct. 31=1989-10-31"},
		{"Acme expects a loss in the second quarter ending Dec. 31.", "1989-10-27", "the second quarter=1989 [1989-Q2]; Dec. 31=1989-12-31"},
		// A quarter in apposition to one counted back restates it: the
		// first takes its number, the second its year.
		{"Acme expects a profit for the third quarter. In the comparable year-ago quarter, the second quarter ended Oct. 31, Acme had a loss.", "1989-10-27",
			"the third quarter=1989 [1989-Q3]; the comparable year-ago quarter=1988 [1988-Q2]; the second quarter=1988 [1988-Q2]; Oct. 31=1988-10-31"},
		{"Acme expects a profit for the third quarter. In the year-ago quarter, the fiscal second quarter, it lost money.", "1989-10-27",
			"the third quarter=1989 [1989-Q3]; the year-ago quarter=1988 [1988-Q2]; the fiscal second quarter=1988 [1988-Q2]"},
		{"Net rose in the third quarter, the second quarter and the first quarter of 1990.", "1989-10-27",
			"the third quarter=1989 [1989-Q3]; the second quarter=1989 [1989-Q2]; the first quarter of 1990=1990 [1990-Q1]"},
		{"Net rose in the third quarter. The year-ago quarter, the fourth quarter of 1987, was weak.", "1989-10-27",
			"the third quarter=1989 [1989-Q3]; The year-ago quarter=1987 [1987-Q4]; the fourth quarter of 1987=1987 [1987-Q4]"},
		{"Net fell in the quarter ending Jan. 31, 1990.", "1990-03-01", "the quarter=1989 [1989-Q4]; Jan. 31, 1990=1990-01-31"},
		{"Net fell in the quarter ended Dec. 31.", "1990-03-20", "the quarter=1989 [1989-Q4]; Dec. 31=1989-12-31"},
		{"Acme's second quarter was weak. Net fell in the quarter ended Oct. 31.", "1989-11-30",
			"second quarter=1989 [1989-Q2]; the quarter=1989 [1989-Q2]; Oct. 31=1989-10-31"},
		{"Net rose in the second quarter. The quarter was strong.", ref, "the second quarter=2012 [2012-Q2]; The quarter=2012 [2012-Q2]"},
		{"Net rose in the second quarter from $5 a year earlier.", ref, "the second quarter=2012 [2012-Q2]; a year earlier=2011 [2011-Q2]"},
		{"Net rose in the second quarter, up from the year-ago period.", ref, "the second quarter=2012 [2012-Q2]; the year-ago period=2011 [2011-Q2]"},
		{"Net in the second quarter beat year-earlier results.", ref, "the second quarter=2012 [2012-Q2]; year-earlier=2011 [2011-Q2]"},
		// "the same period" in a story that named no quarter is a period
		// of its own, no quarter; and it sets none for "a year ago".
		{"Rates rose 100% since January 2020 and fees 50% over the same period. One year ago, the President visited a farm.", ref,
			"January 2020=2020-01; One year ago=2011"},
		{"Lending is up 10% compared to the same period in the previous Administration.", ref, ""},
		{"Net rose in the second quarter, up from the same period a year ago.", ref,
			"the second quarter=2012 [2012-Q2]; the same period a year ago=2011 [2011-Q2]"},
		{"Half of the staff left.", ref, ""},
		{"The first half hour passed.", ref, ""},

		// Fiscal years: the year, with "fiscal year" and a two-digit
		// year after "FY" or an apostrophe (the century nearest ref).
		{"In Fiscal Year 2022 and fiscal year 2023, and in fiscal 1990, aid grew.", ref,
			"Fiscal Year 2022=2022; fiscal year 2023=2023; fiscal 1990=1990"},
		{"The FY22 budget and FY 21 funds; FY2024.", ref, "FY22=2022; FY 21=2021; FY2024=2024"},
		{"Sales in fiscal '90 and FY'89 fell.", "1989-10-26", "fiscal '90=1990; FY'89=1989"},
		{"Sales in FY99 fell.", ref, "FY99=1999"},
		{"It expects a loss in fiscal 1991's first quarter.", "1989-10-26", "fiscal 1991's first quarter=1991 [1991-Q1]"},
		{"FY 21.5 and fiscal year 22 and fiscal 12 percent.", ref, ""},
		// "the (fiscal) year ended/ending <day>": the year of its end.
		{"Net rose in the fiscal year ending June 30, 1990.", "1989-10-26", "the fiscal year=1990; June 30, 1990=1990-06-30"},
		{"Net rose in the fiscal year ended June 30.", "1989-03-26", "the fiscal year=1988; June 30=1988-06-30"},
		{"Net rose in the year ended Dec. 31, 1988.", "1989-10-26", "the year=1988; Dec. 31, 1988=1988-12-31"},

		// Seasons.
		{"The treaty was signed last fall.", ref, "last fall=2011 [2011-FA]"},
		{"Elections are due this summer.", ref, "this summer=2012 [2012-SU]"},
		{"Work resumes next spring.", ref, "next spring=2013 [2013-SP]"},
		{"Prices fell this past spring.", ref, "this past spring=2012 [2012-SP]"},
		{"It was built in the summer of 1998.", ref, "the summer of 1998=1998 [1998-SU]"},
		{"Troops will withdraw in the winter.", ref, "the winter=2012 [2012-WI]"},
		{"Prices fall when demand falls.", ref, ""},

		// Decades and centuries: no calendar date of their own beyond the
		// decade's years.
		{"Debt grew in the late 1970s.", ref, "the late 1970s=1970..1979 [197]"},
		{"Music of the nineties returned.", ref, "the nineties=1990..1999 [199]"},
		{"Tens of thousands fled.", ref, ""},
		{"The 20th century saw two wars.", ref, "The 20th century= [19]"},
		{"The 21st century began.", ref, "The 21st century= [20]"},

		// PRESENT_REF, PAST_REF, FUTURE_REF: no calendar value.
		{"The mission is now in its third year.", ref, "now= [PRESENT_REF]"},
		{"Right now, the talks are stuck.", ref, "Right now= [PRESENT_REF]"},
		{"Now that the vote is over, we rest.", ref, "Now= [PRESENT_REF]"}, // TimeML corpora value it
		{"The agency currently runs ten camps.", ref, "currently= [PRESENT_REF]"},
		{"The current crisis deepened.", ref, "current= [PRESENT_REF]"},
		{"Current Affairs Committee", ref, ""},
		{"These days the port is quiet.", ref, "These days= [PRESENT_REF]"},
		{"The minister recently resigned.", ref, "recently= [PAST_REF]"},
		{"Trade grew in recent years.", ref, "recent years= [PAST_REF]"},
		{"In the past, aid came late.", ref, "the past= [PAST_REF]"},
		// A stretch of the past or future whose length the text leaves
		// open is PAST_REF or FUTURE_REF; one it counts is a duration.
		{"Over the past few years aid fell.", ref, "the past few years= [PAST_REF]"},
		{"Sales slid over the last several quarters and in the last few months.", ref,
			"the last several quarters= [PAST_REF]; the last few months= [PAST_REF]"},
		{"Unlike in past years, aid came early.", ref, "past years= [PAST_REF]"},
		// "the past year" is the year before; lengthened, a duration.
		{"Exports fell over the past year.", ref, "the past year=2011"},
		{"Fighting eased over the past year and a half, and over the past year or so.", ref, ""},
		{"Over the past year and the next, prices rose.", ref, "the past year=2011"},
		{"Over the past two years and the last three months aid fell.", ref, ""},
		{"The past few were hard; the last few weeks' gains held.", ref, "the last few weeks= [PAST_REF]"},
		{"Previous few years were bad.", ref, ""},
		{"Talks resume in the coming weeks and coming months, in coming years.", ref,
			"the coming weeks= [FUTURE_REF]; coming months= [FUTURE_REF]; coming years= [FUTURE_REF]"},
		{"The coming week matters; the coming storm too.", ref, ""},
		// "soon" by a modal or "to" looks ahead; "as soon as", "soon
		// after", a bare "soon" and "would soon" (ahead of a past) do not.
		{"Prosecutors may soon seek an indictment; sales are expected to soon grow.", ref, "soon= [FUTURE_REF]; soon= [FUTURE_REF]"},
		{"Kellogg soon will begin selling boxes.", ref, "soon= [FUTURE_REF]"},
		{"He was soon released, soon after the vote, as soon as it ended.", ref, ""},
		{"It was a war that would soon engulf the region; rules to be applied soon.", ref, ""},
		{"Islam will one day be the second largest religion.", ref, "one day= [FUTURE_REF]"},
		{"He had been in the job one day; it will take one day.", ref, ""},
		{"Rates will soon", ref, "soon= [FUTURE_REF]"},
		{"Talks may resume in the near future.", ref, "the near future= [FUTURE_REF]"},
		{"Peace is the future.", ref, "the future= [FUTURE_REF]"},
		{"The future president spoke.", ref, ""},
		{"Rates will stay low in the near term and the short term.", ref, "the near term= [FUTURE_REF]; the short term= [FUTURE_REF]"},
		{"Profit may rise in coming quarters and future quarters.", ref, "coming quarters= [FUTURE_REF]; future quarters= [FUTURE_REF]"},
		{"Aid fell in recent weeks and months.", ref, "recent weeks and months= [PAST_REF]"},
		{"The firm was sold several years ago, and a few years ago it moved.", ref, "several years ago= [PAST_REF]; a few years ago= [PAST_REF]"},
		{"It was founded in nineteen ninety-six, not nineteen seventy.", ref, "nineteen ninety-six=1996; nineteen seventy=1970"},
		{"Nineteen delegates came.", ref, ""},

		// A span of months in a story of quarters turns "a year earlier"
		// and "the 1988 period" to years; a trailing "last year" or "a
		// year ago" moves the period it follows.
		{"Net rose in the third quarter. For the nine months, net fell from $5 a year earlier.", "1989-10-26", "the third quarter=1989 [1989-Q3]; a year earlier=1988"},
		{"Net rose in the third quarter. In the first nine months, net was $3, against $2 in the 1988 period. The year-ago results included a charge.", "1989-10-26", "the third quarter=1989 [1989-Q3]; the 1988 period=1988; year-ago=1988"},
		{"Net rose in the third quarter. For the nine months it fell. The year-ago quarter was weak.", "1989-10-26", "the third quarter=1989 [1989-Q3]; The year-ago quarter=1988 [1988-Q3]"},
		{"Net rose in the third quarter from $2 in the corresponding period last year.", "1989-10-26", "the third quarter=1989 [1989-Q3]; the corresponding period last year=1988 [1988-Q3]"},
		{"It lost $5 in the third quarter. For the quarter a year ago, it earned $3.", "1989-10-26", "the third quarter=1989 [1989-Q3]; the quarter a year ago=1988 [1988-Q3]"},
		{"Growth will lag through the first two quarters of 1990.", ref, "the first two quarters of 1990=1990 [1990-H1]"},
		{"Third-quarter net rose. After a flat second quarter, sales grew. The year-earlier period was weak.", "1989-11-01", "Third-quarter=1989 [1989-Q3]; second quarter=1989 [1989-Q2]; The year-earlier period=1988 [1988-Q3]"},
		{"It posted a third-quarter loss. A year earlier it earned $5.", "1989-11-01", "third-quarter=1989 [1989-Q3]; A year earlier=1988 [1988-Q3]"},
		{"Sales follow the trend of the last half of the '80s.", ref, "the last half of the '80s=1980..1989 [198]"},
		{"Sales in the latest fiscal year rose.", "1989-10-26", "the latest fiscal year=1988"},
		{"Unemployment stayed near its quarter-century low.", ref, ""},
		{"The quarter-to-quarter comparison improved.", ref, ""},

		// Anchored years and the narrative.
		{"Sales rose during the year.", ref, "the year=2012"},
		{"He joined in 2005 and left later that year.", ref, "2005=2005; later that year=2005"},
		{"The plant opened in 1990; two years earlier it was a field.", ref, "1990=1990; two years earlier=1988"},
		{"The International Year of Forests", ref, ""},

		// Month years by tense.
		{"The accord was signed last February.", "1998-03-10", "last February=1997-02"},
		{"The accord was signed last February.", "1998-09-10", "last February=1998-02"},
		{"The dividend is payable in February.", "1989-11-02", "February=1990-02"},
		{"The summit will open in April.", "1998-12-02", "April=1999-04"},
		{"The plant opened in October.", "2012-03-10", "October=2011-10"},
		{"It closed last April 20.", "1989-10-26", "April 20=1989-04-20"},
		{"It pays on Dec. 15.", "1989-11-02", "Dec. 15=1989-12-15"},

		// Holidays: the latest one, or the next when the clause looks ahead.
		{"Families met on Thanksgiving Day.", "2000-01-06", "Thanksgiving Day=1999-11-25"},
		{"He visited last Thanksgiving.", "2000-02-10", "last Thanksgiving=1999-11-25"},
		{"Voters went to the polls on Election Day.", "1998-10-26", "Election Day=1997-11-04"},
		{"Voters will go to the polls on Election Day.", "1998-10-26", "Election Day=1998-11-03"},
		{"Pilgrims came for Easter 2000 and Christmas Eve.", "2000-12-27", "Easter 2000=2000-04-23; Christmas Eve=2000-12-24"},
		{"Easter Island and the Labor Party", ref, ""},
		{"Violence is a theme of our campaign from now to Election Day.", "1998-10-26", "now= [PRESENT_REF]; Election Day=1998-11-03"},
		{"Crowds at Easter fill the square.", "2000-04-17", "Easter=2000-04-23"},
		{"Crowds at Easter filled the square.", "2000-04-17", "Easter=1999-04-04"},
		{"Crowds at Easter filled the square.", "2000-06-17", "Easter=2000-04-23"},
		{"Pilgrims prayed as Easter week began.", "2000-04-17", "Easter week=2000-04 [2000-W16]"},
		{"Shoppers will crowd the stores in Thanksgiving week.", "2000-11-01", "Thanksgiving week=2000-11 [2000-W47]"},

		// Weekdays: the past unless the clause looks ahead; a part of the
		// day widens the span and keeps the day.
		{"Rebels attacked on Tuesday.", ref, "Tuesday=2012-09-25"},
		{"The talks are scheduled to resume Tuesday.", ref, "Tuesday=2012-10-02"},
		{"The group could leave as soon as Tuesday.", ref, "Tuesday=2012-10-02"},
		{"Crowds gathered Wednesday night.", ref, "Wednesday night=2012-09-26"},
		{"Women's Day is this coming Sunday.", ref, "this coming Sunday=2012-09-30"},
		{"The presidents signed the plan Friday.", ref, "Friday=2012-09-28"},
		{"The summit will open Friday.", ref, "Friday=2012-09-28"},
		{"Talks are set to resume Monday in Belfast.", ref, "Monday=2012-10-01"},
		{"They meet again Monday, officials said.", ref, "Monday=2012-10-01"},
		{"They met again Monday, officials said.", ref, "Monday=2012-09-24"},
		{"On Tuesday, the league will publish its report.", ref, "Tuesday=2012-10-02"},
		{"On Tuesday, the league published its report.", ref, "Tuesday=2012-09-25"},
		{"He said he would appeal Wednesday's ruling.", ref, "Wednesday=2012-09-26"},
		{"A service planned for Saturday was canceled after the plans leaked.", ref, "Saturday=2012-09-22"},
		{"Protesters planned a march on Saturday and were planning to drive to the airport.", ref, "Saturday=2012-09-29"},
		{"On Tuesday, the National Action League plans to hold a news conference.", ref, "Tuesday=2012-10-02"},
		{"On Friday, when the envoy set aside vacation plans for the trip, the ministry was silent.", ref, "Friday=2012-09-28"},
		{"The envoys issued a statement Friday saying the pact will consolidate peace.", ref, "Friday=2012-09-28"},
		{"She is scheduled to spend five hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday.", ref, "Tuesday=2012-10-02"},

		// Parts of a day: the span takes the part, the value is the day
		// (no TMO, TAF, TEV or TNI: the contract has the calendar day).
		{"Shots rang out Sunday morning and again Sunday afternoon.", ref, "Sunday morning=2012-09-23; Sunday afternoon=2012-09-23"},
		{"The mayor will speak Monday evening.", ref, "Monday evening=2012-10-01"},
		{"The minister arrived this morning and leaves tonight.", ref, "this morning=2012-09-28; tonight=2012-09-28"},
		{"Fighting resumed last night after a calm yesterday afternoon.", ref, "last night=2012-09-27; yesterday afternoon=2012-09-27"},
		{"The vote is tomorrow morning.", ref, "tomorrow morning=2012-09-29"},
		{"Markets slid on Tuesday nights and weekday mornings.", ref, ""}, // a habit (session 24)
		{"The night was cold and the morning bright.", ref, ""},
		{"Shops reopened the day after Friday night's riot.", ref, "Friday night=2012-09-28"},
		{"Rain fell last evening but not this afternoon.", ref, "last evening=2012-09-27; this afternoon=2012-09-28"},
		{"Crowds gathered Wednesday night.", "", "Wednesday night="},

		// Days anchored to the narrative's last day.
		{"He was shot on Oct. 23, 1998. His name was crossed out that same day.", ref, "Oct. 23, 1998=1998-10-23; that same day=1998-10-23"},
		{"He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.", ref, "Oct. 23, 1998=1998-10-23; Earlier that day=1998-10-23"},
		{"The court met on Feb. 22, 2000. He appeared in court the next morning.", ref, "Feb. 22, 2000=2000-02-22; the next morning=2000-02-23"},
		{"Talks opened Monday and the next day the envoy left.", ref, "Monday=2012-09-24; the next day=2012-09-25"},
		{"He spoke Monday and arrived in Philadelphia later in the day.", ref, "Monday=2012-09-24; the day=2012-09-24"},
		{"The ministers met on 3 May 1999. That night, talks broke down.", ref, "3 May 1999=1999-05-03; That night=1999-05-03"},
		{"Two votes were held the same day.", ref, ""},
		{"The day before last Tuesday's hearing, he went home.", ref, "day before last Tuesday=2012-09-24"},
		{"Shops reopened the day after Christmas 2011.", ref, "day after Christmas 2011=2011-12-26"},
		{"He left the day before the vote.", ref, ""},
		{"Eight days after Oct. 12, the day before the plunge, the index fell.", "1989-10-30", "Oct. 12=1989-10-12; the day=1989-10-12"},
		{"In 1989, the day before the plunge, the index fell.", "1989-10-30", "1989=1989"},
		{"In March 1998 he resigned, and that day was sad.", ref, "March 1998=1998-03"},
		{"Prices rose on 3 May 1999 and fell the day before the vote.", ref, "3 May 1999=1999-05-03"},
		{"Monday was a great day for Poland, and that day will be remembered.", ref, "Monday=2012-09-24; that day=2012-09-24"},
		{"In Saudi Arabia, today is the eighth day of the operation.", ref, "today=2012-09-28; the eighth day=2012-09-28"},
		{"It's the second day of an offensive by the police.", ref, "the second day=2012-09-28"},
		{"This is the last day of the fair, and the 3rd day of rain.", ref, "the last day=2012-09-28"},
		{"He left on the second day of the talks.", ref, ""},
		{"The rights end on Nov. 30. Until then, the stock is convertible.", "1989-10-30", "Nov. 30=1989-11-30; then=1989-11-30"},
		{"By then the fund had closed; then it reopened.", ref, ""},
		{"It will seek financing at a later date.", ref, "a later date= [FUTURE_REF]"},
		{"The region was the staging ground for many disasters of this century.", "1999-03-12", "this century= [19]"},
		{"Exports will grow in the next century.", "1999-03-12", ""},

		// Bare months and days without a year: the tense of the clause.
		{"He stepped down as chairman and chief executive in January.", "1989-11-02", "January=1989-01"},
		{"He will succeed Mr. Davison Feb. 1, the bank said.", "1989-10-26", "Feb. 1=1990-02-01"},
		{"The company was founded Dec. 7.", "1989-10-26", "Dec. 7=1988-12-07"},
		{"The NATO summit is set for Washington in April.", "1999-03-12", "April=1999-04"},
		{"The trust changed to a calendar year in December.", "1989-10-27", "December=1988-12"},
		{"Ministers gathered in January this year and met again in June last year.", "1998-02-19", "January this year=1998-01; June last year=1997-06"},
		{"Members join in April next year.", "1998-12-03", "April next year=1999-04"},
		{"The government said the bid failed and gave the firm until mid-November to reply.", "1989-10-30", "mid-November=1989-11"},
		{"The government said the bid failed and gave the firm until early January to reply.", "1989-10-30", "early January=1990-01"},
		{"The bid failed in mid-November.", "1989-10-30", "mid-November=1988-11"},

		// Years in words and anchored units.
		{"Unemployment is to halve by the year two thousand.", ref, "the year two thousand=2000"},
		{"Two thousand troops were sent.", ref, ""},
		{"It snowed in the winter of nineteen ninety-four.", ref, "the winter of nineteen ninety-four=1994 [1994-WI]"},
		{"On May 22, 1995, he was promoted, and the following year he was posted to Bonn.", ref, "May 22, 1995=1995-05-22; the following year=1996"},
		{"The bid failed in March 1989. The following month, the company put itself up for sale.", ref, "March 1989=1989-03; The following month=1989-04"},
		{"Rates will stay low over the following year.", ref, ""},
		{"He moved to Bonn in 1996, and later that year to Rome.", ref, "1996=1996; later that year=1996"},
	}
	for _, tt := range tests {
		xs := Find(tt.text, tt.ref)
		if got := show(xs); got != tt.want {
			t.Errorf("Find(%q, %q)\n got %s\nwant %s", tt.text, tt.ref, got, tt.want)
		}
		for _, x := range xs {
			if !x.Timex.Valid() {
				t.Errorf("Find(%q): invalid TimeML value %q", tt.text, x.Timex)
			}
			if c := x.Timex.Calendar(); c != "" && !x.Value.Compatible(c) {
				t.Errorf("Find(%q): %q's calendar %q does not hold value %q", tt.text, x.Timex, c, x.Value)
			}
		}
	}
}

func TestDateValue(t *testing.T) {
	tests := []struct {
		v     annals.DateValue
		valid bool
		cal   annals.Date
	}{
		{"", true, ""},
		{"2012-09-28", true, "2012-09-28"},
		{"2012-09", true, "2012-09"},
		{"2012-W39", true, "2012-09"},
		{"2012-W40", true, "2012-10"}, // 1 to 7 October
		{"2012-W35", true, "2012"},    // 27 August to 2 September
		{"2009-W53", true, ""},        // 28 December 2009 to 3 January 2010: no one year holds it
		{"2010-W53", false, ""},
		{"2012-W38-WE", true, "2012-09"},
		{"1998-Q1", true, "1998"},
		{"1990-H2", true, "1990"},
		{"2012-SU", true, "2012"},
		{"2000-01-05TNI", true, "2000-01-05"},
		{"197", true, ""},
		{"19", true, ""},
		{"PRESENT_REF", true, ""},
		{"PAST_REF", true, ""},
		{"FUTURE_REF", true, ""},
		{"1998-Q5", false, ""},
		{"2012-13", false, ""},
		{"NOW", false, ""},
		{"1", false, ""},
	}
	for _, tt := range tests {
		if tt.valid != tt.v.Valid() || tt.v.Calendar() != tt.cal {
			t.Errorf("%q: Valid %v Calendar %q, want %v %q", tt.v, tt.v.Valid(), tt.v.Calendar(), tt.valid, tt.cal)
		}
	}
}

// TestTenseAndAnchors checks the rules that read a clause's tense, the
// present-age "today's" and months before a noun.
func TestTenseAndAnchors(t *testing.T) {
	tests := []struct {
		text string
		ref  annals.Date
		want string
	}{
		// An auxiliary within eight words after the date, counted in
		// words ("R." and "Jr." are no clause ends): ahead.
		{"On October 22, President Joseph R. Biden, Jr. will host the Prime Minister.", "2021-01-06", "October 22=2021-10-22"},
		{"Starting November 2, ED, CDC, and The Rockefeller Foundation will host a network.", "2024-03-13", "November 2=2024-11-02"},
		{"On October 22, the talks ended. The delegates said the ministers will meet again.", "2021-01-06", "October 22=2020-10-22"},
		{"The case is for today's youth what the blockade was for their parents.", "2000-01-07", ""},
		{"Today's World Bank vote is a milestone.", "2022-06-30", "Today=2022-06-30"},
		{"Police gathered evidence in the October slaying of the doctor.", "1999-04-19", "October=1998-10"},
		{"The May report was late.", "1999-04-19", ""},
		{"The bank agreed in June to buy Trustcorp.", "1989-11-01", "June=1989-06"},
		{"It will redeem Series H preferred shares on Oct. 31.", "1989-10-27", "Oct. 31=1989-10-31"},
		{"Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", "1989-10-26", "Feb. 1=1990-02-01"},
		{"Rates rose over the past year.", "1998-03-03", "the past year=1997"},
		{"Over the summer, rivals offered discounts.", "1989-10-26", "the summer=1989 [1989-SU]"},
		{"Demand was strong well into the summer.", "1989-10-26", "the summer=1989 [1989-SU]"},
		{"The job figures for January extended a surge.", "1998-02-06", "January=1998-01"},
		{"Orders for May Day rose.", "1998-02-06", ""},
		{"It would dilute earnings in both 1990 and 1991.", "1989-10-26", "1990=1990; 1991=1991"},
		{"It sent between 1500 and 2000 troops.", "1989-10-26", ""},
		{"The case may be heard the week of March 6.", "2000-02-24", "the week of March 6=2000-03 [2000-W10]"},
		{"The talks are going to resume Thursday.", "1998-10-26", "Thursday=1998-10-29"},
		{"Jobs will be cut by year end.", "1989-10-31", "year end=1989"},
		{"Rules should be in place by year's end.", "1989-10-31", "year's end=1989"},
		{"The index has risen since year-end.", "1989-10-31", "year-end=1988-12-31"},
		{"It posted year-end results.", "1989-10-31", ""},
		{"Now, he says, the plan has failed.", "1991-02-25", ""},
		{"Now officials are investigating.", "1998-02-27", "Now= [PRESENT_REF]"},
		{"The Times said in an editorial on Saturday, April 25: the court erred.", "1998-04-24", "Saturday, April 25=1998-04-25"},
		{"The Times said in an editorial on Friday, April 25: the court erred.", "1998-04-24", "Friday, April 25=1997-04-25"},
		{"Crane said that in the past it considered a bid.", "1989-11-01", "the past= [PAST_REF]"},

		// Abbreviations end no clause; "next to" is a place.
		{"In January, a week after the vote in Mobile, Ala., a bomb killed a guard.", "1998-10-25", "January=1998-01"},
		{"In January, a week after the 25th anniversary of the Smith vs. Jones ruling by the state's highest court, a bomb in Mobile killed a guard.", "1998-10-25", "January=1998-01"},
		{"Blasts next to the U.S. embassies on Friday killed 100.", "1998-08-09", "Friday=1998-08-07"},
		{"The father will leave at 4 a.m. Thursday.", "2000-04-05", "Thursday=2000-04-06"},
		{"Mr. Smith met Gen. Jones on Monday.", "2000-04-05", "Monday=2000-04-03"},

		// A scheduled event told in the present looks ahead, unless an
		// auxiliary or a determiner comes before the verb.
		{"He and the prime minister meet separately Monday with the envoy.", "1998-05-01", "Monday=1998-05-04"},
		{"The session opens Tuesday in Geneva.", "1998-05-01", "Tuesday=1998-05-05"},
		{"The envoy heads Tuesday to East Africa.", "1998-08-17", "Tuesday=1998-08-18"},
		{"The council convenes in March.", "1998-05-01", "March=1999-03"},
		{"The two did not meet Monday.", "1998-05-01", "Monday=1998-04-27"},
		{"They failed to meet Monday.", "1998-05-01", "Monday=1998-04-27"},
		{"The visits Monday drew crowds.", "1998-05-01", "Monday=1998-04-27"},

		// Names and titles that hold date words.
		{`Baker said on ABC's "This Week" that talks failed.`, "1991-02-25", ""},
		{"This is VOA Today.", "1998-03-31", ""},
		{"USA Today reported the deal.", "1998-03-31", ""},
		{"Talks Resume Today in Geneva", "1998-03-31", "Today=1998-03-31"},
		{"Today the talks resume.", "1998-03-31", "Today=1998-03-31"},
		{"If I were choosing the people of tomorrow, I would keep them.", "1989-11-02", ""},
		{"As of today, the fund is closed; the results of today's vote come later.", "1989-11-02", "today=1989-11-02; today=1989-11-02"},

		// A year glued to "pre" or "post".
		{"The post-1959 politics split families; pre-1990 levels returned.", "2000-02-24", "post-1959=1959; pre-1990=1990"},
		{"The post office opened.", "2000-02-24", ""},
	}
	for _, tt := range tests {
		if got := show(Find(tt.text, tt.ref)); got != tt.want {
			t.Errorf("Find(%q, %q)\n got %s\nwant %s", tt.text, tt.ref, got, tt.want)
		}
	}
}
