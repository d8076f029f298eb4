package extract

import "testing"

// TestMonarchsAndHeirs: monarchs and heirs the leaders' list names are of
// their country whatever title news gives them ("King Akihito" of the
// list's emperor), and a king, emir or sultan it does not name is no guess
// of a country whose monarch in the story's year it names.
func TestMonarchsAndHeirs(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "an emperor news calls king", text: "Visit\n\nTOKYO, April 24, 2014 - President Obama met King Akihito at the Imperial Palace on Thursday.\n",
			want: []roleWant{{"Akihito", "King", "Japan"}}},
		{name: "emperor is a title", text: "Visit\n\nWASHINGTON, May 3, 2021 - The President spoke with Emperor Naruhito on Monday.\n",
			want: []roleWant{{"Naruhito", "Emperor", "Japan"}},
			not:  []roleWant{{"Emperor Naruhito", "Emperor", "Japan"}}},
		{name: "an heir with another country's king in the story", text: "Visit\n\nWASHINGTON, May 3, 2015 - Crown Prince Frederik met the President in Copenhagen last year. King Abdullah II of Jordan welcomed the Secretary of State.\n",
			want: []roleWant{{"Frederik", "Crown Prince", "Denmark"}, {"Abdullah II", "King", "Jordan"}},
			not:  []roleWant{{"Frederik", "Crown Prince", "Jordan"}}},
		{name: "a king not the most named country's", text: "---\ntitle: Talks\ndate: 2023-03-03\n---\n\nKing Tomas opened a school on Thursday.\n\nThe United Kingdom has built 40 schools in Jordan. The United Kingdom will build more.\n",
			not: []roleWant{{"Tomas", "King", "United Kingdom"}}},
		{name: "a king not the dateline country's", text: "Talks\n\nLONDON, March 3, 2023 - King Abdullah met Prime Minister Sunak on Thursday.\n",
			want: []roleWant{{"Sunak", "Prime Minister", "United Kingdom"}},
			not:  []roleWant{{"Abdullah", "King", "United Kingdom"}}},
		{name: "a queen consort stays her country's", text: "---\ntitle: Talks\ndate: 2023-03-03\n---\n\nQueen Rania opened a school on Thursday.\n\nJordan has built 40 schools since 2020.\n",
			want: []roleWant{{"Rania", "Queen", "Jordan"}}},
		{name: "a monarch of old with a listed monarch's given name", text: "Calendar\n\nLONDON, Aug. 31, 1996 - In 1714 the Treaty of Baden was signed between the Holy Roman Emperor Charles VI and France.\n",
			not: []roleWant{{"Charles", "Emperor", "United Kingdom"}, {"Charles VI", "Emperor", "United Kingdom"}}},
		{name: "two listed kings of one name", text: "Schools\n\nAMMAN, March 3, 2010 - King Abdullah opened a school on Thursday.\n",
			want: []roleWant{{"Abdullah", "King", "Jordan"}}},
		{name: "a king is not another of his name", text: "Crisis\n\nWASHINGTON, Aug. 15, 1990 - President Bush warned Saddam Hussein on Wednesday. Also today, King Hussein of Jordan arrived in Washington.\n",
			want: []roleWant{{"Hussein", "King", "Jordan"}},
			not:  []roleWant{{"Saddam Hussein", "King", "Jordan"}}},
		{name: "an ordinal counts holders", text: "Calendar\n\nLONDON, Aug. 31, 1996 - In 1822 Pedro I became first Emperor of Brazil.\n",
			want: []roleWant{{"Pedro I", "Emperor", "Brazil"}},
			not:  []roleWant{{"Pedro I", "first Emperor", "Brazil"}}},
	})
}

// TestListedForeignMinisters: a foreign minister written without a
// country is the country's the leaders' list gives him in the story's
// year, however the story writes the office.
func TestListedForeignMinisters(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "Africa", text: "Talks\n\nWASHINGTON, May 3, 2023 - The Secretary met Foreign Minister Bourita on Monday.\n",
			want: []roleWant{{"Bourita", "Foreign Minister", "Morocco"}}},
		{name: "Central Asia", text: "Talks\n\nGENEVA, May 3, 2019 - The Minister of Foreign Affairs Abdulaziz Kamilov spoke on Monday.\n",
			want: []roleWant{{"Abdulaziz Kamilov", "Minister of Foreign Affairs", "Uzbekistan"}}},
		{name: "Europe", text: "Talks\n\nBRUSSELS, May 3, 2024 - Foreign Minister Hadja Lahbib opened the meeting of the Council on Monday.\n",
			want: []roleWant{{"Hadja Lahbib", "Foreign Minister", "Belgium"}}},
	})
}

// TestListedHolderOfACountryWithoutTheOffice: a country that has no such
// office (a presidential republic's prime minister) read beside a holder
// the leaders' list names, in a list that lost its separators, gives way
// to the list's country.
func TestListedHolderOfACountryWithoutTheOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a list without separators", text: "---\ntitle: Forum\ndate: 2023-11-04\n---\n\nThis statement is made in the respect of the competences of the signatories.\n\nPrime Minister Mark Brown of Cook Islands President Louis Mapou of the Government of New Caledonia President Surangel S. Whipps, Jr. of the Republic of Palau Prime Minister James Marape of the Independent State of Papua New Guinea President David Kabua of the Republic of the Marshall Islands\n",
			want: []roleWant{{"James Marape", "Prime Minister", "Papua New Guinea"}},
			not:  []roleWant{{"James Marape", "Prime Minister", "Palau"}}},
	})
}
