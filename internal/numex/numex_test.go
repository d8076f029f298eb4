package numex

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"annals/internal/scantest"
)

// show formats figures as "text|value|unit|qualifier", with "$" after the
// unit for money and "%" for percentages.
func show(fs []Figure) string {
	var parts []string
	for _, f := range fs {
		u := f.Unit
		if f.Money {
			u += "$"
		}
		if f.Percent {
			u += "%"
		}
		parts = append(parts, f.Text+"|"+strconv.FormatFloat(f.Value, 'f', -1, 64)+"|"+u+"|"+f.Qualifier)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct{ text, want string }{
		// Counts.
		{"More than 300 young people and experts from 40 countries attended.",
			"More than 300 young people|300|young people|more than; 40 countries|40|countries|"},
		{"31 countries and 5 international organizations took part.",
			"31 countries|31|countries|; 5 international organizations|5|international organizations|"},
		{"the campaign engaged more than 3 million people", "more than 3 million people|3000000|people|more than"},
		{"took the lives of 37 \npeople, including 17 United Nations employees, and injured",
			"37 \npeople|37|people|; 17 United Nations employees|17|United Nations employees|"},
		{"Five\nhundred new cases were confirmed in Kirkuk.", "Five\nhundred new cases|500|new cases|"},
		{"there are 3,000 confirmed cases and 30,000 more Iraqis are infected",
			"3,000 confirmed cases|3000|confirmed cases|; 30,000 more Iraqis|30000|Iraqis|"},
		{"only 12 deaths so far", "only 12 deaths|12|deaths|only"},
		{"with some five Jewish Temples in Baku", "some five Jewish Temples|5|Jewish Temples|some"},
		{"already has approximately 860 troops deployed", "approximately 860 troops|860|troops|approximately"},
		{"two hundred volunteers and a dozen nurses", "two hundred volunteers|200|volunteers|; a dozen nurses|12|nurses|"},
		{"two hundred and fifty delegates", "two hundred and fifty delegates|250|delegates|"},
		{"twenty-five member states", "twenty-five member states|25|member states|"},
		{"half a million refugees", "half a million refugees|500000|refugees|"},
		{"an estimated 1.5 billion children", "an estimated 1.5 billion children|1500000000|children|an estimated"},
		{"up to 12,500 soldiers, at least 40 doctors and nearly 2,000 teachers",
			"up to 12,500 soldiers|12500|soldiers|up to; at least 40 doctors|40|doctors|at least; nearly 2,000 teachers|2000|teachers|nearly"},
		{"the 2016 people who signed", "2016 people|2016|people|"},
		{"will fund 30 new fellowships under its 2025 grants round", "30 new fellowships|30|new fellowships|"},
		{"their 2030 targets cover 40 countries", "40 countries|40|countries|"},
		{"its 2,025 grants", "2,025 grants|2025|grants|"},
		{"numerous international resolutions including five in the United Nations",
			"five|5|resolutions|"},

		// Money.
		{"pledged $45 million for relief", "$45 million|45000000|USD$|"},
		{"a budget of $102 million", "$102 million|102000000|USD$|"},
		{"about US$3.5bn in loans", "about US$3.5bn|3500000000|USD$|about"},
		{"€20 million and £5m and 300 euros", "€20 million|20000000|EUR$|; £5m|5000000|GBP$|; 300 euros|300|EUR$|"},
		{"10 million Swiss francs and 5,000 U.S. dollars", "10 million Swiss francs|10000000|CHF$|; 5,000 U.S. dollars|5000|USD$|"},
		{"USD 2 billion in aid", "USD 2 billion|2000000000|USD$|"},

		// Percentages.
		{"leaving 16 percent of Azerbaijan occupied", "16 percent|16|percent%|"},
		{"provide 70 \npercent of all the funding", "70 \npercent|70|percent%|"},
		{"rose by 3.5% and then 12 per cent", "3.5%|3.5|percent%|; 12 per cent|12|percent%|"},

		// A count written as a compound adjective: the council has 15 members.
		{"the 58-member Executive Board and a 40-nation coalition", "58-member|58|members|; 40-nation|40|nations|"},
		{"on the basis of a two-state solution and a 27-nation bloc", "27-nation|27|nations|"},
		{"we have 377 000 charging stations and 1\u00a0250\u00a0000 cars", "377 000 charging stations|377000|charging stations|; 1\u00a0250\u00a0000 cars|1250000|cars|"},
		{"adopted by 485 votes to 65 and 80 abstentions", "485 votes|485|votes|; 65|65|votes|; 80 abstentions|80|abstentions|"},
		{"in 2010 300 people and code 000 workers", "300 people|300|people|"},
		{"care from 8 weeks to 12 months and from 60 days to 12 months", ""},
		{"the five ASEAN member states signed", "five ASEAN member states|5|ASEAN member states|"},

		// Not figures.
		{"who led the initiative for five years", ""},
		{"a 20-year career and a 15-day mission", ""},
		{"the conflict has lasted nearly 20 years", ""},
		{"for an additional year, 18 years after", ""},
		{"five days later and 3 hours", ""},
		{"the 73rd session and the first meeting", ""},
		{"launched in 2005 and since 2016", ""},
		{"billions of dollars, hundreds of people and dozens of cases", ""},
		{"several million people", ""},
		{"one-third of the oil and half of the gas", ""},
		{"a 25-year-old man aged 30", ""},
		{"at 10:30 and at 3 p.m. and 5 pm", ""},
		{"the Group of 77 and the G20 and COVID-19 and the P5+1", ""},
		{"Resolution 1325 and resolution 2250 and UNSCR 2250 call for action", ""},
		{"Article 5 applies; Room 3 hosts; No. 10 agrees", ""},
		{"a Boeing 737 crashed", ""},
		{"1. This resolution\n2. That clause", ""},
		{"will not have lost 3, 4, or 5 years", ""},
		{"three times the amount", ""},
		{"one of the countries", ""},
		{"The vote was 14 to 1.", ""},
		{"between the two organizations and our two nations; The two discussed crises", ""},
		{"the 193 member states", "193 member states|193|member states|"},
		// A unit abbreviated where it is first written.
		{"from 155 billion cubic meters (bcm) in 2021 to around 80 bcm in 2022",
			"155 billion cubic meters|155000000000|cubic meters|; around 80 bcm|80000000000|cubic meters|around"},
		{"a corridor of 40 kilometers (km) and 12 km more", "40 kilometers|40|kilometers|"},
		{"we found 12 bcm of gas", ""},
		// A range counts from its lower bound.
		{"to an estimated 40 to 45 delegates", "an estimated 40 to 45 delegates|40|delegates|an estimated"},
		{"from 8 weeks to 12 months", ""},
		// A measure counts what its "of" names, when that ends the phrase.
		{"I have proposed two separate pieces of legislation.", "two separate pieces of legislation|2|separate pieces of legislation|"},
		{"nearly a million acres of public lands, and 500 tons of wheat",
			"nearly a million acres of public lands|1000000|acres of public lands|nearly; 500 tons of wheat|500|tons of wheat|"},
		{"25 million metric tons of greenhouse gas emissions", "25 million metric tons|25000000|metric tons|"},
		{"2,000 acres of pristine forest", "2,000 acres|2000|acres|"},
		{"20 metric tons of high-enriched uranium.", "20 metric tons of high-enriched uranium|20|metric tons of high-enriched uranium|"},
	}
	for _, tt := range tests {
		got := show(Find(tt.text, nil))
		if got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

func TestFindSkip(t *testing.T) {
	text := "On December 11 about 37 people died; 20 October 2016 saw 40 countries meet."
	// Pretend the caller found two date expressions.
	dates := [][2]int{{3, 14}, {37, 52}}
	skip := func(a, b int) bool {
		for _, d := range dates {
			if a < d[1] && d[0] < b {
				return true
			}
		}
		return false
	}
	got := show(Find(text, skip))
	want := "about 37 people|37|people|about; 40 countries|40|countries|"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"3 million", 3e6, true},
		{"three", 3, true},
		{"twenty-five", 25, true},
		{"1,200", 1200, true},
		{"1.2bn", 1.2e9, true},
		{"a dozen", 12, true},
		{"half a million", 5e5, true},
		{"Five hundred", 500, true},
		{"1.5 billion", 1.5e9, true},
		{"3.2 million", 3.2e6, true},
		{"two thousand three hundred and four", 2304, true},
		{"12,500", 12500, true},
		{"hundreds", 0, false},
		{"billions", 0, false},
		{"dozens", 0, false},
		{"million", 0, false},
		{"3 million people", 0, false},
		{"", 0, false},
		{"a", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func checkFigures(t *testing.T, text string, fs []Figure) {
	t.Helper()
	last := 0
	for _, f := range fs {
		if f.Start < last || f.End <= f.Start || f.End > len(text) || text[f.Start:f.End] != f.Text {
			t.Fatalf("bad span %+v after %d in %q", f, last, text)
		}
		last = f.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"More than 300 young people and experts from 40 countries", "$45 million", "US$3.5bn",
		"16 percent of", "twenty-five member states", "half a million", "1. list\n2. more",
		"five in the United Nations", "10 million Swiss francs", "5,000 U.S. dollars", "3,000,000.5%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFigures(t, text, Find(text, nil))
		checkFigures(t, text, Find(text, func(a, b int) bool { return a%3 == 0 }))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"3 million", "twenty-five", "1,200", "1.2bn", "a dozen", "half a million", "hundreds"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseNumber(s)
	})
}

func newsText(n int) string {
	parts := []string{
		"More than 300 young people and experts from 40 countries attended the 8th Global Forum on 19-20 November 2018. ",
		"The Council adopted resolution 2250 in 2015; the vote was 14 to 1. ",
		"Donors pledged $45 million and €20 million, about 16 percent of the appeal. ",
		"Five hundred new cases were confirmed in the last 5 days, and 12 deaths.\n\n",
		"The initiative, led for five years by a 20-year veteran, reached some 3 million people. ",
		"Officials said approximately 860 troops and 17 United Nations employees were deployed. ",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%13 == 0 {
			fmt.Fprintf(&b, "Item %d. ", i)
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := newsText(4 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text, nil)
	}
}

// TestLexTable checks the tokenizer's table against the lexicon it is
// made from: every word finds its own entry, other words none.
func TestLexTable(t *testing.T) {
	scantest.LexTable(t, lexicon, lexTable.Get, func(id int32) lexEntry { return *lexPtr[id] }, []string{"", "governments", "thousandth", "x", "milliona"})
}
