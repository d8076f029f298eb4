package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestPronounOfTheStorysSubject covers a "he" or "she" whose person the
// nearest names do not give: the story's last person subject of the
// pronoun's gender, as the story tells it (an honorific, a title, a
// pronoun that stood for them right after), takes part; not the last
// person named. Each case names the event of its type at its place.
// Made-up sentences.
func TestPronounOfTheStorysSubject(t *testing.T) {
	cases := []struct {
		name, text string
		typ        annals.EventType
		place      string
		want, not  []string
	}{
		{"a fronted place in a new paragraph",
			"Ms. Lena Holm arrived in Astana on Wednesday.\n\nIn Bishkek, she held talks with Foreign Minister Tom Vale of Kyrgyzstan.",
			annals.Meeting, "Bishkek", []string{"Lena Holm", "Tom Vale"}, nil},
		{"a fronted day without a comma",
			"Ms. Lena Holm arrived in Astana on Wednesday, where she met President Tom Vale. On Thursday she travelled to Bishkek.",
			annals.Visit, "Bishkek", []string{"Lena Holm"}, []string{"Tom Vale"}},
		{"the last named is a man",
			"Minister Lena Holm of Denmark held talks in Bishkek on Thursday. She praised the ties between the two countries.\n\nMr. Tom Vale thanked the minister for her support. She also visited Osh on Friday.",
			annals.Visit, "Osh", []string{"Lena Holm"}, []string{"Tom Vale"}},
		{"a queen's trip",
			"Queen Ana of Norland met President Tom Vale in Lima on Monday. The President of the Senate, Jon Park, hosted a lunch.\n\nOn Tuesday, she will visit Geneva.",
			annals.Visit, "Geneva", []string{"Ana"}, []string{"Jon Park", "Tom Vale"}},
		// guards: the person named before in the paragraph; no gender
		// told, no one taken from another paragraph; a pronoun after a
		// sentence about someone the story names by an office alone
		// teaches no gender
		{"guard: the one named before",
			"Ms. Lena Holm arrived in Astana on Wednesday.\n\nMinister Ana Berg of Peru arrived in Bishkek. In Bishkek, she held talks with Foreign Minister Tom Vale of Kyrgyzstan.",
			annals.Meeting, "Bishkek", []string{"Ana Berg"}, []string{"Lena Holm"}},
		{"guard: no gender told",
			"Minister Lena Holm arrived in Astana on Wednesday.\n\nIn Bishkek, she held talks with Foreign Minister Tom Vale of Kyrgyzstan.",
			annals.Meeting, "Bishkek", []string{"Tom Vale"}, []string{"Lena Holm"}},
		{"guard: an office alone before the pronoun",
			"Tom Vale, Senior Director for Asia, National Security Council\n\nThe Vice President’s tour goes on. She has made 35 trips this year. In March, she traveled to Durham to announce new funds.",
			annals.Visit, "Durham", nil, []string{"Tom Vale"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-05-07")
			for _, e := range d.Events {
				if e.Type != tc.typ || string(e.Place) != tc.place {
					continue
				}
				for _, w := range tc.want {
					if !slices.Contains(e.Participants, w) {
						t.Errorf("%q: %s in %s %q lacks %q", tc.text, tc.typ, tc.place, e.Participants, w)
					}
				}
				for _, n := range tc.not {
					if slices.Contains(e.Participants, n) {
						t.Errorf("%q: %s in %s %q holds %q", tc.text, tc.typ, tc.place, e.Participants, n)
					}
				}
				return
			}
			t.Fatalf("%q: events %+v, want a %s in %s", tc.text, d.Events, tc.typ, tc.place)
		})
	}
}

// TestPronounAfterAFrontedYear: "he" or "she" after a fronted phrase
// whose date is written in figures ("In 2004, she founded ...", "In
// February 2021, he was appointed ...") is the subject, as after "Later,":
// the person the paragraph named before takes part. Made-up sentences.
func TestPronounAfterAFrontedYear(t *testing.T) {
	checkParts(t, "2024-05-07", []partCase{
		{"a year", "Ana Berg is a retired athlete and coach. In 2004, she founded the Lakes Youth Foundation.",
			annals.Founding, []string{"Ana Berg", "Lakes Youth Foundation"}, nil},
		{"a month and year", "Tom Vale is a lawyer from Lima. In February 2021, he was appointed to the Andean Water Council.",
			annals.Appointment, []string{"Tom Vale"}, nil},
		// guard: a body names who acts
		{"guard: a body after the year", "Ana Berg is a retired athlete and coach. In 2004, the Andean Council founded the Lakes Youth Foundation.",
			annals.Founding, []string{"Andean Council"}, []string{"Ana Berg"}},
	})
}

// TestPronounNotTheOneMetSetOff: the one met, named set off by a comma
// after a description the verb or a preposition takes ("met with her
// Peruvian counterpart, Y", "held talks with the Foreign Minister of Peru,
// Y"), is not the "he" or "she" of the sentence after: the one who met is.
// Made-up sentences.
func TestPronounNotTheOneMetSetOff(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"her counterpart, Y", "Foreign Minister Ana Berg met with her Peruvian counterpart, Tom Vale, on Monday. On Tuesday she travelled to Cusco.",
			annals.Visit, []string{"Ana Berg"}, []string{"Tom Vale"}},
		{"the minister of a country, Y", "Foreign Minister Ana Berg held talks with the Foreign Minister of Peru, Tom Vale, on Monday. Later, she travelled to Cusco.",
			annals.Visit, []string{"Ana Berg"}, []string{"Tom Vale"}},
		// guards: one set off after a verb of no meeting; one named as a
		// new holder
		{"guard: thanked the Director, Y", "Foreign Minister Ana Berg thanked the Director, Tom Vale. Later, he travelled to Cusco.",
			annals.Visit, []string{"Tom Vale"}, nil},
		{"guard: a chair named", "The Council named a new chair, Tom Vale, on Monday. On Tuesday he travelled to Cusco.",
			annals.Visit, []string{"Tom Vale"}, nil},
	})
}

// TestPronounAfterOfficeSubject: "He" after a sentence whose subject is
// named by an office alone ("In Lima, the Secretary General met with
// President X and Foreign Minister Y") is that office's one holder, not
// the last person the sentence met.
func TestPronounAfterOfficeSubject(t *testing.T) {
	visit := "OSCE Secretary General Tomas Brandt concluded on Friday a three-day official visit to Peru.\n\n"
	checkParts(t, "2026-05-22", []partCase{
		{name: "met with two", text: visit + "In Lima, the Secretary General met with President Ana Ruiz and Foreign Minister Carla Soto. He also met the Head of the UNDP Office, Paul Weiss.", typ: annals.Meeting, want: []string{"Tomas Brandt", "Ana Ruiz", "Carla Soto"}},
		{name: "met with one", text: visit + "In Lima, the Secretary General met with President Ana Ruiz. He also met the Head of the UNDP Office, Paul Weiss.", typ: annals.Meeting, want: []string{"Tomas Brandt", "Ana Ruiz"}},
	})
	// the second meeting: the Secretary General's, with no one of the first
	for _, tc := range []struct{ text string }{
		{visit + "In Lima, the Secretary General met with President Ana Ruiz and Foreign Minister Carla Soto. He also met the Head of the UNDP Office, Paul Weiss."},
		{visit + "In Lima, the Secretary General met with President Ana Ruiz. He also met the Head of the UNDP Office, Paul Weiss."},
	} {
		d := run(t, "x.txt", tc.text, "2026-05-22")
		found := false
		for _, e := range d.Events {
			if e.Type == annals.Meeting && has(e.Participants, "Paul Weiss") {
				found = true
				if !has(e.Participants, "Tomas Brandt") || has(e.Participants, "Ana Ruiz") || has(e.Participants, "Carla Soto") {
					t.Errorf("%q: second meeting's participants %q", tc.text, e.Participants)
				}
			}
		}
		if !found {
			t.Errorf("%q: no meeting with Paul Weiss in %+v", tc.text, d.Events)
		}
	}
}

// TestPronounNotTheListMet: the people a verb of meeting takes as a list,
// without "with" ("met President X, Prime Minister Y and Foreign Minister
// Z"), or a preposition's object after an abbreviated honorific
// ("accompanied by the Commissioner for Peace, Amb. Y"), are not the "He"
// or "She" of the sentence after: the one who met is (named, or by an
// office alone). Made-up sentences.
func TestPronounNotTheListMet(t *testing.T) {
	visit := "OSCE Secretary General Tomas Brandt concluded on Friday a three-day official visit to Peru.\n\n"
	met := "He also met the Head of the UNDP Office, Paul Weiss."
	checkParts(t, "2026-05-22", []partCase{
		{"an office met a list", visit + "In Lima, the Secretary General met President Ana Ruiz, Prime Minister Luis Prado and Foreign Minister Carla Soto. " + met,
			annals.Meeting, []string{"Tomas Brandt", "Ana Ruiz", "Luis Prado", "Carla Soto"}, nil},
		{"a name met a list", visit + "In Lima, Brandt met President Ana Ruiz, Prime Minister Luis Prado and Foreign Minister Carla Soto. " + met,
			annals.Meeting, []string{"Tomas Brandt", "Carla Soto"}, nil},
		{"a fronted pronoun", "Foreign Minister Tomas Brandt met President Ana Ruiz, Prime Minister Luis Prado and Foreign Minister Carla Soto on Monday. Later, he travelled to Cusco.",
			annals.Visit, []string{"Tomas Brandt"}, []string{"Carla Soto"}},
	})
	for _, tc := range []struct{ name, text string }{
		{"an office met a list", visit + "In Lima, the Secretary General met President Ana Ruiz, Prime Minister Luis Prado and Foreign Minister Carla Soto. " + met},
		{"a name met a list", visit + "In Lima, Brandt met President Ana Ruiz, Prime Minister Luis Prado and Foreign Minister Carla Soto. " + met},
		{"accompanied by Amb.", visit + "During the visit, Brandt was accompanied by the Commissioner for Peace and Security, Amb. Carla Soto. " + met},
		{"an office accompanied by Amb.", visit + "During the visit, the Secretary General was accompanied by the Commissioner for Peace and Security, Amb. Carla Soto. " + met},
		// guards: one met with "with", one named in full
		{"guard: met with", visit + "In Lima, the Secretary General met with President Ana Ruiz and Foreign Minister Carla Soto. " + met},
		{"guard: accompanied by Ambassador", visit + "During the visit, Brandt was accompanied by the Commissioner for Peace and Security, Ambassador Carla Soto. " + met},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2026-05-22")
			for _, e := range d.Events {
				if e.Type == annals.Meeting && has(e.Participants, "Paul Weiss") {
					if !has(e.Participants, "Tomas Brandt") || has(e.Participants, "Carla Soto") || has(e.Participants, "Luis Prado") {
						t.Errorf("%q: second meeting's participants %q", tc.text, e.Participants)
					}
					return
				}
			}
			t.Errorf("%q: no meeting with Paul Weiss in %+v", tc.text, d.Events)
		})
	}
}
