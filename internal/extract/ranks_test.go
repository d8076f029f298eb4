package extract

import (
	"testing"

	"annals"
)

// TestRankBeforeHead: a rank before a title's head is a word of the
// title ("Lieutenant Governor", "Lieutenant General"), read before a
// name, after a place and before the comma of an apposition; a post
// before a rank is the office ("Force Commander Major General X").
func TestRankBeforeHead(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "lieutenant governor of a state",
			text: "Lieutenant Governor Maria Costa of Vermont joined the meeting in Montpelier on Monday.",
			want: []roleWant{{"Maria Costa", "Lieutenant Governor", "Vermont"}},
			not:  []roleWant{{"Maria Costa", "Governor", ""}}},
		{name: "state before the rank",
			text: "Ohio Lieutenant Governor Daniel Brook spoke about the new jobs.",
			want: []roleWant{{"Daniel Brook", "Lieutenant Governor", "Ohio"}}},
		{name: "rank of a service",
			text: "Army Corps of Engineers Lieutenant General Peter Holm opened the dam.",
			want: []roleWant{{"Peter Holm", "Lieutenant General", "Army Corps of Engineers"}},
			not:  []roleWant{{"Peter Holm", "General", ""}}},
		{name: "post before the rank",
			text: "The minister met the Sahel Task Force Commander Major General Jean Morel on Tuesday.",
			want: []roleWant{{"Jean Morel", "Commander", "Sahel Task Force"}},
			not:  []roleWant{{"Jean Morel", "Commander Major General", ""}}},
	})
}

// TestCompoundHeads: a head written with a hyphen around another head
// is a head ("Vice-Rector", "Vice-Chancellor", "Chairperson-in-Office"),
// never a person's name.
func TestCompoundHeads(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "vice-rector after a comma",
			text: "Prof. Ayse Demir, Rector of Ankara University, and Mr. Kenji Mori, Vice-Rector for International Affairs at Kyoto University, signed the agreement.",
			want: []roleWant{{"Ayse Demir", "Rector", "Ankara University"}, {"Kenji Mori", "Vice-Rector for International Affairs", "Kyoto University"}}},
		{name: "vice-chancellor before a name",
			text: "Vice-Chancellor Maria Olsen of the University of Oslo welcomed the delegation.",
			want: []roleWant{{"Maria Olsen", "Vice-Chancellor", "University of Oslo"}}},
		{name: "chairperson-in-office",
			text: "OSCE Chairperson-in-Office Anna Lind opened the ministerial meeting in Vienna.",
			want: []roleWant{{"Anna Lind", "Chairperson-in-Office", "OSCE"}}},
	})
	d := run(t, "x.txt", "Mr. Kenji Mori, Vice-Rector for International Affairs at Kyoto University, signed the agreement.", "2023-03-14")
	if p := entityNames(d, annals.Person); has(p, "Vice-Rector") {
		t.Errorf("persons %q hold a title", p)
	}
}

// TestTitleOfBodyBeforeComma: "The OSCE Chairperson-in-Office, X," and
// "the French President, X,": the body or the country named before a
// title set off before a name is the office's.
func TestTitleOfBodyBeforeComma(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "organization",
			text: "The UN Secretary-General, António Guterres, said the talks would go on.",
			want: []roleWant{{"António Guterres", "Secretary-General", "UN"}}},
		{name: "organization, hyphenated head",
			text: "The OSCE Chairperson-in-Office, Anna Lind, opened the meeting.",
			want: []roleWant{{"Anna Lind", "Chairperson-in-Office", "OSCE"}}},
		{name: "demonym",
			text: "The Chinese Foreign Minister, Wang Yi, arrived in Jakarta on Sunday.",
			want: []roleWant{{"Wang Yi", "Foreign Minister", "China"}}},
		{name: "a country's office between",
			text: "The OSCE Chairperson-in-Office, Polish Foreign Minister Anna Lind, opened the meeting.",
			want: []roleWant{{"Anna Lind", "Chairperson-in-Office", "OSCE"}, {"Anna Lind", "Foreign Minister", "Poland"}}},
		{name: "a country's office between, country named",
			text: "The Chair of the African Union, Senegal President Amadou Diallo, opened the summit.",
			want: []roleWant{{"Amadou Diallo", "Chair", "African Union"}, {"Amadou Diallo", "President", "Senegal"}}},
		{name: "another office between is not a country's",
			text: "The UN Trade Representative, President Amadou Diallo, opened the summit.",
			not:  []roleWant{{"Amadou Diallo", "Trade Representative", ""}}},
		{name: "a country's office, the name not set off",
			text: "As the OSCE Chairperson-in-Office, Polish Foreign Minister Anna Lind opened the meeting.",
			want: []roleWant{{"Anna Lind", "Foreign Minister", "Poland"}}},
		{name: "a country's office after its title",
			text: "The OSCE Chairperson-in-Office, Foreign Minister of Poland Anna Lind, opened the meeting.",
			want: []roleWant{{"Anna Lind", "Chairperson-in-Office", "OSCE"}, {"Anna Lind", "Foreign Minister", "Poland"}}},
		{name: "a country's office after its title, with a portfolio",
			text: "The OSCE Chairperson-in-Office, Minister for Foreign Affairs of Poland Anna Lind, opened the meeting.",
			want: []roleWant{{"Anna Lind", "Chairperson-in-Office", "OSCE"}, {"Anna Lind", "Minister for Foreign Affairs", "Poland"}}},
		{name: "a country's office after its title, the name not set off",
			text: "At the OSCE, Foreign Minister of Poland Anna Lind opened the meeting.",
			want: []roleWant{{"Anna Lind", "Foreign Minister", "Poland"}}, not: []roleWant{{"Anna Lind", "", "OSCE"}}},
	})
}

// TestPronounNotANounsComplement: "he"/"she" does not stand for a
// person named after "of" ("the Administration of President X") or as
// the qualifier of a noun ("the X administration").
func TestPronounNotANounsComplement(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of",
			text: "Ms. Dana Holt has spent years in public service. She served in the Administration of President Obama as Staff Secretary. She had previously served as Director of the Center for Rural Policy.",
			want: []roleWant{{"Dana Holt", "Director", "Center for Rural Policy"}},
			not:  []roleWant{{"Obama", "Director", ""}}},
		{name: "qualifier of a noun",
			text: "Senator Tom Fielding served in the George W. Bush administration as a Deputy Assistant Secretary. He also serves as Chairman of the Institute for Civic Renewal.",
			want: []roleWant{{"Tom Fielding", "Chairman", "Institute for Civic Renewal"}},
			not:  []roleWant{{"George W. Bush", "Chairman", ""}}},
	})
}

// TestTitleBeforeCommaOfAnOpeningPhrase: a title ending an opening phrase
// is not the office of the subject after its comma.
func TestTitleBeforeCommaOfAnOpeningPhrase(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "opening phrase",
			text: "Following an assignment as the Special Advisor to the DIA Deputy Director, Ms. Dana Ortiz was detailed to the Trade Enforcement Center.",
			not:  []roleWant{{"Dana Ortiz", "Deputy Director", ""}}},
		{name: "apposition",
			text: "And the Treasury Secretary, Janet Yellen, described it yesterday as a victory.",
			want: []roleWant{{"Janet Yellen", "Secretary", "Treasury"}}},
	})
}

// TestSuccessorTakesPredecessorsOffice: the office handed over is the
// predecessor's, of the body the story names with it, not the appointing
// organ's.
func TestSuccessorTakesPredecessorsOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "succeeding",
			text: "The MoU was signed by BSEC Secretary General Michael Christos. The Council of Ministers appointed Ambassador Lazar Coman of Romania as the new Secretary General, succeeding Michael Christos, with effect from 1 January 2020.",
			want: []roleWant{{"Lazar Coman", "Secretary General", "BSEC"}},
			not:  []roleWant{{"Lazar Coman", "Secretary General", "Council of Ministers"}}},
		{name: "succeeds",
			text: "The MoU was signed by BSEC Secretary General Michael Christos. The Council of Ministers appointed Ambassador Lazar Coman as the new Secretary General. Coman succeeds Michael Christos.",
			want: []roleWant{{"Lazar Coman", "Secretary General", "BSEC"}},
			not:  []roleWant{{"Lazar Coman", "Secretary General", "Council of Ministers"}}},
	})
}

// TestAppointedPossessed: "appointed Ms. Keller's predecessor, Ms. Bregu,
// as his Special Envoy": the office is the possessed noun's person's, not
// the possessor's (Keller had been given it).
func TestAppointedPossessed(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the possessed noun's person",
			text: "UN Secretary-General António Guterres has appointed Ms. Keller's predecessor, Ms. Majlinda Breg, as his Special Envoy for the Western Balkans.",
			want: []roleWant{{"Majlinda Breg", "Special Envoy for the Western Balkans", "UN"}},
			not:  []roleWant{{"Keller", "Special Envoy for the Western Balkans", ""}}},
		{name: "no person set off: no one",
			text: "UN Secretary-General António Guterres has appointed Maria Keller's deputy as his Special Envoy for the Western Balkans.",
			not:  []roleWant{{"Maria Keller", "Special Envoy for the Western Balkans", ""}}},
		{name: "guard: the person appointed",
			text: "UN Secretary-General António Guterres has appointed Ms. Majlinda Breg as his Special Envoy for the Western Balkans.",
			want: []roleWant{{"Majlinda Breg", "Special Envoy for the Western Balkans", "UN"}}},
	})
}

// TestPossessorOfARelativeTakesNoPart: "appointed Ms. Keller's
// predecessor, Ms. Bregu, as ...": Keller takes no part in the
// appointment ("Biden's visit" is still Biden's).
func TestPossessorOfARelativeTakesNoPart(t *testing.T) {
	checkParts(t, "2025-08-04", []partCase{
		{"a predecessor",
			"UN Secretary-General António Guterres has appointed Ms. Keller's predecessor, Ms. Majlinda Breg, as his Special Envoy for the Western Balkans.",
			annals.Appointment, []string{"Majlinda Breg"}, []string{"Keller"}},
		{"guard: one's own visit",
			"President Tom Hale's visit to Lima took place on 2 August 2025.",
			annals.Visit, []string{"Tom Hale"}, nil},
	})
}
