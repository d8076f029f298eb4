package extract

import (
	"testing"

	"annals"
)

// TestClipDates checks the relative dates of a quoted press clip: a
// paragraph that cites its source with a date ("[Tweet, 3/1/22]") or that
// opens with an outlet's name and a link to the article whose address
// holds its date resolves them against that date, not the story's (was
// the story's: "said Tuesday" in a clip of 5 September 2023 was a Tuesday
// of the story's week).
func TestClipDates(t *testing.T) {
	tests := []struct{ name, text, pub, want string }{
		{"a.md", "Daily Ledger:** [**Loan plan draws 4 million**](https://www.example-ledger.com/news/2023/09/05/loan-plan/) More than 4 million borrowers enrolled, the agency said Tuesday.\n",
			"2023-12-14", "Tuesday=2023-09-05"},
		{"b.md", "Harbor Voters:** “Tonight, the President laid out his plan.” \\[[Tweet](https://twitter.com/x/status/1), 2/7/23\\]\n",
			"2024-05-10", "Tonight=2023-02-07"},
		{"c.md", "New York Herald: **Minister Touts Growth** \\[Ann Lee, 7/12/23\\] In a speech in Boston on Wednesday, the minister said growth was strong.\n",
			"2019-03-13", "Wednesday=2023-07-12"},
		{"g.md", "City Times:** [**City to work with the agency on housing**](https://www.example-times.com/politics/ct-city-housing-20230518-o5o4lgofjbf/) The mayor said Thursday the city would join.\n",
			"2024-12-10", "Thursday=2023-05-18"},
		{"i.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/15/23\\] Jan Roe, Cities: “Today marks a year since the law passed; costs rose in June.” \\[Statement, 8/16/23\\]\n",
			"2021-05-03", "Today=2023-08-15; Today=2023-08-16; June=2023-06"},
		// unchanged: no clip, an undated link, a link that opens no clip, a
		// number too long to be a date
		{"h.md", "City Times:** [**City to work with the agency on housing**](https://www.example-times.com/stories/202305180097) The mayor said Thursday the city would join.\n",
			"2024-12-10", "Thursday=2024-12-05"},
		{"f.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\] Jan Roe, Cities: “Costs fell today.” \\[Statement, 8/16/23\\]\n",
			"2019-03-02", "Today=2013-08-16; today=2023-08-16"},
		{"d.md", "The ministry said Tuesday that 4 million borrowers enrolled.\n", "2023-12-14", "Tuesday=2023-12-12"},
		{"e.md", "Daily Ledger:** [**Loan plan draws 4 million**](https://www.example-ledger.com/news/loan-plan/) More than 4 million enrolled, the agency said Tuesday.\n",
			"2023-12-14", "Tuesday=2023-12-12"},
		{"f.md", "The meeting follows several others, [including last week](https://example.gov/news/2023/12/07/readout/), on prices.\n",
			"2024-03-20", "last week=2024-W11"},
	}
	for _, tc := range tests {
		d := run(t, tc.name, tc.text, annals.Date(tc.pub))
		if g := dateValues(d); g != tc.want {
			t.Errorf("%q: dates %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestClipYearTypo checks a clip's citation whose two-digit year slips in
// its tens digit ("[Statement, 8/16/13]" among clips of 8/16/23): read with
// the tens digit of the story's year it falls in the two months up to the
// story, or read with that of the story's other citations within a
// month of more of them (two at least) than as written, it is of that year
// (was 2013: "Today" was 16 August 2013). A year that lands nowhere near
// stands, and so does one of two citations that disagree.
func TestClipYearTypo(t *testing.T) {
	tests := []struct{ name, text, pub, want string }{
		{"a.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\]\n", "2023-08-18", "Today=2023-08-16"},
		{"b.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\] Jan Roe, Cities: “Costs fell.” \\[Statement, 8/16/23\\]\n\nLeague:** “The law is a year old today.” \\[Tweet, 8/15/23\\]\n",
			"2019-03-02", "Today=2023-08-16; today=2023-08-15"},
		// unchanged
		{"c.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\]\n", "2023-12-18", "Today=2013-08-16"},
		{"f.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\] Jan Roe, Cities: “Costs fell today.” \\[Statement, 8/16/23\\]\n",
			"2019-03-02", "Today=2013-08-16; today=2023-08-16"},
		{"d.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/13\\] Jan Roe, Cities: “Costs fell.” \\[Statement, 2/16/23\\]\n",
			"2019-03-02", "Today=2013-08-16"},
		{"e.md", "Mayors:** “Today we celebrate the law.” \\[Statement, 8/16/22\\]\n", "2023-08-18", "Today=2022-08-16"},
	}
	for _, tc := range tests {
		d := run(t, tc.name, tc.text, annals.Date(tc.pub))
		if g := dateValues(d); g != tc.want {
			t.Errorf("%q: dates %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestClipBodyDate checks the paragraph after a clip's header alone in
// its paragraph (an outlet's name and the headline, no quotation, ending
// with the citation): the article's excerpt, whose relative dates resolve
// against the citation (were the story's: "on Wednesday" of a clip of
// 14 September 2022 was a Wednesday of the story's week).
func TestClipBodyDate(t *testing.T) {
	tests := []struct{ name, text, pub, want string }{
		{"a.md", "Daily Ledger:** [**President tours auto show**](https://example.com/a) \\[Jan Roe, 9/14/22\\]\n\nThe President toured the auto show in Detroit on Wednesday and announced new grants.\n",
			"2019-06-05", "Wednesday=2022-09-14"},
		{"b.md", "City Times: **Minister to visit port this week** \\[Ann Lee, 1/1/23\\]\n\nThe minister will visit the port on Wednesday.\n",
			"2023-04-06", "this week=2022-W52; Wednesday=2023-01-04"},
		// unchanged: a quotation is no headline; no header before
		{"c.md", "Mayor Ann Lee:** “We are grateful.” \\[Statement, 9/14/22\\]\n\nThe President toured the auto show in Detroit on Wednesday.\n",
			"2019-06-06", "Wednesday=2019-06-05"},
		{"d.md", "The agency released its report.\n\nThe President toured the auto show in Detroit on Wednesday.\n",
			"2019-06-06", "Wednesday=2019-06-05"},
	}
	for _, tc := range tests {
		d := run(t, tc.name, tc.text, annals.Date(tc.pub))
		if g := dateValues(d); g != tc.want {
			t.Errorf("%q: dates %q, want %q", tc.text, g, tc.want)
		}
	}
}
