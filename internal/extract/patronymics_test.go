package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestPatronymicNames: an Arabic name with "bin", "bint" or "ibn" is one
// person, however the tagger splits it ("Tamim bin Hamad Al Thani" read
// as "Tamim" and "Hamad Al Thani"), without the title before it, and
// "Faris bin Nasser" later is the same person as "Faris bin Nasser Al
// Rumaihi". Made-up people.
func TestPatronymicNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the people, all of them
	}{
		{"The leaders met on Monday.\n\nThe Amir of Qatar, Sheikh Faris bin Hamad Al Rumaihi, met President Tom Hale in Doha.\n",
			[]string{"Faris bin Hamad Al Rumaihi", "Tom Hale"}},
		{"The leaders met on Monday.\n\nPresident Tom Hale met today with His Highness Sheikh Faris bin Nasser Al Rumaihi, President of the United Arab Emirates, in Jeddah. President Hale offered his condolences to President Sheikh Faris bin Nasser on the loss of His Highness Sheikh Khalil bin Nasser al Rumaihi.\n",
			[]string{"Faris bin Nasser Al Rumaihi", "Khalil bin Nasser al Rumaihi", "Tom Hale"}},
		{"The leaders met on Monday.\n\nOn October 2, Advisor Jake Hale spoke with His Highness President Sheikh Faris bin Nasser Al Rumaihi of the United Arab Emirates.\n",
			[]string{"Faris bin Nasser Al Rumaihi", "Jake Hale"}},
		{"The leaders met on Monday.\n\nAdvisor Jake Hale spoke today with Khalid bin Faris Al Rumaihi, the Crown Prince of Abu Dhabi.\n",
			[]string{"Jake Hale", "Khalid bin Faris Al Rumaihi"}},
		{"The leaders met on Monday.\n\nPresident Tom Hale spoke today with His Majesty Qasim bin Tariq Al Busaidi, the Sultan of Oman.\n",
			[]string{"Qasim bin Tariq Al Busaidi", "Tom Hale"}},
		{"The leaders met on Monday.\n\nTom Hale met Ambassador Lina bint Sami, who spoke of Ali ibn Talal in Riyadh.\n",
			[]string{"Ali ibn Talal", "Lina bint Sami", "Tom Hale"}},
	} {
		d := run(t, "x.txt", c.text, "")
		got := entityNames(d, annals.Person)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n people %q\n want   %q", c.text, got, c.want)
		}
	}
}

// TestNameCutAtPlaceRejoined: a name the rules cut at a word the lists
// know as a place ("Lou Leon Tudela": "Lou" and "Leon Tudela") is one
// person when the tagger reads it whole and surely. Made-up people.
func TestNameCutAtPlaceRejoined(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the people, all of them
	}{
		{"Guam Governor Lou Leon Tudela said the funding helps.", []string{"Lou Leon Tudela"}},
	} {
		d := run(t, "x.txt", "The meeting was held on Monday.\n\n"+c.text+"\n", "")
		if got := entityNames(d, annals.Person); !slices.Equal(got, c.want) {
			t.Errorf("%q:\n people %q\n want   %q", c.text, got, c.want)
		}
	}
}
