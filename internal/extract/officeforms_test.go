package extract

import (
	"testing"

	"annals"
)

// TestOneOfficeTwoWays: a surname written after one form of an office is
// the person named in full after another form of the same office
// ("Minister of Foreign Affairs X", then "Foreign Minister Y"); two
// different offices held at once by one person each stay two people.
func TestOneOfficeTwoWays(t *testing.T) {
	checkNames(t, []nameCase{
		{"Norway's Minister of Foreign Affairs, Espen Barth Eide, visited Accra. Later, Foreign Minister Eide met officials.", "Espen Barth Eide", "Eide"},
		{"Peru's Foreign Minister, Elmer Schialer Salcedo, arrived in Lima. Minister of Foreign Affairs Schialer then spoke.", "Elmer Schialer Salcedo", "Schialer"},
		{"The Foreign Minister, Ana Lindqvist, spoke first. Minister for Foreign Affairs Lindqvist later signed it.", "Ana Lindqvist", "Lindqvist"},
	})
	checkNames(t, []nameCase{
		// the president is not the foreign minister of the same surname
		{"Foreign Minister Maria Okafor met the press. Later, President Okafor signed the decree.", "Okafor", ""},
	})
}

// TestOtherSideDemonym: a demonym before "counterpart", "delegation" or
// "hosts" names the side someone meets, never the country of their office;
// a delegation led is the leader's own.
func TestOtherSideDemonym(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "counterpart", text: "ACCRA, 14 November 2024 – During the visit, Foreign Minister Eide and his Ghanaian counterpart, Shirley Botchwey, co-chaired the session.",
			not: []roleWant{{"Eide", "Foreign Minister", "Ghana"}}},
		{name: "counterpart without name", text: "Foreign Minister Halvorsen and his Ghanaian counterpart co-chaired the session.",
			not: []roleWant{{"Halvorsen", "Foreign Minister", "Ghana"}}},
		{name: "delegation met", text: "Foreign Minister Halvorsen met the Ghanaian delegation on Tuesday.",
			not: []roleWant{{"Halvorsen", "Foreign Minister", "Ghana"}}},
		{name: "hosts thanked", text: "Prime Minister Halvorsen thanked his Kenyan hosts for the welcome.",
			not: []roleWant{{"Halvorsen", "Prime Minister", "Kenya"}}},
		{name: "delegation led", text: "Foreign Minister Halvorsen led the Norwegian delegation.",
			want: []roleWant{{"Halvorsen", "Foreign Minister", "Norway"}}},
	})
}

// TestTheMinisterOfAffairs: "the Minister" names the one person the story
// gives an office that opens with that word before "of" or "for"
// ("Minister of Foreign Affairs", "Secretary of Commerce"), as it names
// the holder of one that ends with it ("Foreign Minister").
func TestTheMinisterOfAffairs(t *testing.T) {
	checkParts(t, "2024-11-15", []partCase{
		{"minister of", "Norway's Minister of Foreign Affairs, Espen Barth Eide, arrived in Ghana on Tuesday. The Minister was received by President John Mensah at the Jubilee House on Wednesday.",
			annals.Meeting, []string{"Espen Barth Eide", "John Mensah"}, nil},
		{"secretary of", "Peru's Secretary of Trade, Ana Ruiz, arrived in Chile on Tuesday. On Wednesday, the Secretary met Chile's President, Pablo Soto, in Santiago.",
			annals.Meeting, []string{"Ana Ruiz", "Pablo Soto"}, nil},
		{"guard: two holders", "Peru's Minister of Trade, Ana Ruiz, and Peru's Minister of Health, Luis Vega, arrived in Chile. On Wednesday, the Minister met President Pablo Soto in Santiago.",
			annals.Meeting, []string{"Pablo Soto"}, []string{"Ana Ruiz", "Luis Vega"}},
	})
}

// TestOfficeOfBodyBeforeHonorific: "Secretary-General of ASEAN Dr. X":
// an honorific between the office's body and the name keeps the office.
func TestOfficeOfBodyBeforeHonorific(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of an acronym, Dr.", text: "Secretary-General of ASEAN Dr. Maria Santos briefed the Ministers.",
			want: []roleWant{{"Maria Santos", "Secretary-General", "ASEAN"}}},
		{name: "of the body, Dr without a period", text: "Director-General of the WHO Dr Maria Santos spoke at the session.",
			want: []roleWant{{"Maria Santos", "Director-General", "WHO"}}},
		{name: "of a place, Mr.", text: "Ambassador of Peru Mr. Luis Vega presented his credentials.",
			want: []roleWant{{"Luis Vega", "Ambassador", "Peru"}}},
		{name: "guard: no honorific", text: "President of the WHO Maria Santos spoke at the session.",
			want: []roleWant{{"Maria Santos", "President", "WHO"}}},
	})
}

// TestOfficeOfBodyBeforeName: "Secretary-General of ASEAN X Y Z": the
// word right after the office's body opens the holder's name, though the
// tagger reads it with the body ("ASEAN X") and is sure of "Y Z" alone.
// Made-up people.
func TestOfficeOfBodyBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of an acronym", text: "Secretary-General of ASEAN Kao Kim Vannak opened the session.",
			want: []roleWant{{"Kao Kim Vannak", "Secretary-General", "ASEAN"}}},
		{name: "of the body", text: "Director-General of the WHO Kao Maria Santos spoke at the session.",
			want: []roleWant{{"Kao Maria Santos", "Director-General", "WHO"}}},
		{name: "two-word title", text: "Executive Secretary of SADC Lamb John Dube opened the Summit.",
			want: []roleWant{{"Lamb John Dube", "Executive Secretary", "SADC"}}},
		{name: "three words", text: "Secretary-General of ASEAN Meas Kim Sothea briefed the Ministers on Monday.",
			want: []roleWant{{"Meas Kim Sothea", "Secretary-General", "ASEAN"}}},
		{name: "guard: two words", text: "Secretary-General of ASEAN Maria Santos briefed the Ministers.",
			want: []roleWant{{"Maria Santos", "Secretary-General", "ASEAN"}}},
	})
	checkNames(t, []nameCase{
		{"Secretary-General of ASEAN Kao Kim Vannak opened the session.", "Kao Kim Vannak", "Kim Vannak"},
		// the tagger's sure name still trims a title the rules ran over
		{"Cofinec CEO Stephen Frater told reporters the deal was done.", "Stephen Frater", "Cofinec CEO Stephen Frater"},
	})
}

// TestSpousesOffices: "Second Gentleman" and "First Gentleman" are
// offices before a name the tagger reads, as "First Lady" is: no part of
// the person's name, and no body's name with it; "gentleman" in lower
// case is no office.
func TestSpousesOffices(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "second gentleman in a list of travellers",
			text: "The Vice President will travel to Austin, Texas, Second Gentleman Douglas Weiss will travel to Tulsa, Oklahoma, and Secretary of Labor Ann Lee will travel to Denver.",
			want: []typedName{{annals.Person, "Douglas Weiss"}, {annals.Person, "Ann Lee"}},
			not:  []typedName{{annals.Org, "Second Gentleman Douglas Weiss"}}},
		{name: "second gentleman opening a sentence",
			text: "Second Gentleman Weiss visited Boise on Monday.",
			want: []typedName{{annals.Person, "Weiss"}},
			not:  []typedName{{annals.Person, "Gentleman Weiss"}}},
		// guards
		{name: "second lady",
			text: "Second Lady Karen Hale visited Boise on Monday.",
			want: []typedName{{annals.Person, "Karen Hale"}}},
		{name: "gentleman in lower case",
			text: "He is a true gentleman and a scholar, said Ann Lee.",
			want: []typedName{{annals.Person, "Ann Lee"}}},
	})
}

// TestClassesOfRanks: a rank's class ("First Class", "Second Class") ends
// the rank, and the person is the name after it, not "Class Dunlow" nor
// a body "Aviation Survival Technician Second Class Zane Lott"; a unit
// is no person ("Company E", "7th Cavalry Regiment"); the class of a
// career diplomat's rank ("Class of Minister-Counselor") is no body.
func TestClassesOfRanks(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "sergeant first class, then the surname",
			text: "Sergeant First Class Mark Dunlow will receive the Medal of Honor. Sergeant First Class Dunlow served in Iraq.",
			want: []typedName{{annals.Person, "Mark Dunlow"}},
			not:  []typedName{{annals.Person, "Class Dunlow"}}},
		{name: "technician second class",
			text: "The President called Lieutenant Commander Amy Hollis and Aviation Survival Technician Second Class Zane Lott to thank them.",
			want: []typedName{{annals.Person, "Amy Hollis"}, {annals.Person, "Zane Lott"}},
			not:  []typedName{{annals.Org, "Aviation Survival Technician Second Class Zane Lott"}}},
		{name: "a company of a battalion",
			text: "He was first assigned to Company E, 2nd Battalion, 7th Cavalry Regiment, 1st Cavalry Division, at Fort Hood.",
			want: []typedName{{annals.Place, "Fort Hood"}},
			not:  []typedName{{annals.Person, "Company E"}}},
		{name: "class of a foreign service rank",
			text: "Meredith Olsen, of Florida, to be an Assistant Secretary of the Navy, vice Carl Dunn.\n\nMarta Bloom Keane, of New Jersey, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, to be Director General of the Foreign Service, vice Carol Reyes.",
			want: []typedName{{annals.Person, "Marta Bloom Keane"}, {annals.Org, "Senior Foreign Service"}},
			not:  []typedName{{annals.Org, "Class of Minister-Counselor"}}},
		// guards
		{name: "petty officer second class",
			text: "Petty Officer Second Class John Yates attended the ceremony in Norfolk.",
			want: []typedName{{annals.Person, "John Yates"}}},
		{name: "first class mail",
			text: "The letters went by First Class Mail to Boston on Monday.",
			want: []typedName{{annals.Place, "Boston"}},
			not:  []typedName{{annals.Person, "Mail"}}},
		{name: "a surname that is a unit's word",
			text: "Jamie Fleet, a trader in London, said the market had turned.",
			want: []typedName{{annals.Person, "Jamie Fleet"}}},
	})
}
