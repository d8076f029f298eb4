package gazetteer

import "testing"

func TestHolders(t *testing.T) {
	for _, tc := range []struct {
		name, office, country string
	}{
		{"Putin", "president", "RU"},
		{"Joseph R. Biden, Jr.", "president", "US"},
		{"Joe Biden", "vice president", "US"},
		{"Lula da Silva", "president", "BR"},
		{"Abdel Fattah el-Sisi", "president", "EG"},
		{"Erdogan", "prime minister", "TR"},
		{"Volodymyr Zelensky", "president", "UA"},
		{"Tedros", "director general", "Q7817"},
	} {
		found := false
		for _, h := range Holders(tc.name) {
			found = found || h.Office == tc.office && h.Of == tc.country
		}
		if !found {
			t.Errorf("Holders(%q) = %+v, want a %s of %s", tc.name, Holders(tc.name), tc.office, tc.country)
		}
	}
	// a name is matched whole: another Brown is not the Prime Minister
	for _, name := range []string{"Mark Brown", "Jonathan", "Biden Smith", "Elizabeth I", ""} {
		if hs := Holders(name); len(hs) != 0 {
			t.Errorf("Holders(%q) = %+v, want none", name, hs)
		}
	}
}

func TestReadLeaders(t *testing.T) {
	for _, bad := range []string{
		"U\tpresident\t2001\t2009\tBush",
		"US\tpresident\t2001\t2009",
		"US\tpresident\tsoon\t\tBush",
		"US\tpresident\t2009\t2001\tBush",
		"US\t\t2001\t2009\tBush",
		"US\tpresident\t2001\t2009\tBush|",
	} {
		if _, err := readLeaders(bad); err == nil {
			t.Errorf("readLeaders(%q): no error", bad)
		}
	}
	m, err := readLeaders("# comment\n\nXX\tking\t1990\t\tJohn Doe|Doe\n")
	if err != nil || len(m["doe"]) != 1 || m["john doe"][0] != (Holder{"XX", "king", 1990, 0}) {
		t.Errorf("readLeaders: %v, %v", m, err)
	}
}

// TestLeadersKnown: every country and organization the list names is one
// the gazetteer knows, so a listed holder's office always has its entry.
func TestLeadersKnown(t *testing.T) {
	g := Default()
	for name, hs := range leaders {
		for _, h := range hs {
			var e *Entry
			if len(h.Of) == 2 {
				e = g.Country(h.Of)
			} else {
				e = g.Get(h.Of)
			}
			if e == nil {
				t.Errorf("%q: %s of %q: no such country or organization", name, h.Office, h.Of)
			}
		}
	}
}

func TestHeldIn(t *testing.T) {
	for _, tc := range []struct {
		of, office string
		year       int
		want       bool
	}{
		{"US", "president", 2023, true},
		{"US", "president", 1862, true},
		{"US", "vice president", 1862, true},
		{"US", "vice president", 1947, false},
		{"US", "prime minister", 2023, false},
		{"XX", "president", 2023, false},
	} {
		if got := HeldIn(tc.of, tc.office, tc.year); got != tc.want {
			t.Errorf("HeldIn(%q, %q, %d) = %v", tc.of, tc.office, tc.year, got)
		}
	}
	for _, name := range []string{"George H.W. Bush", "George H. W. Bush", "Joseph R. Biden, Jr.", "Barack H. Obama"} {
		if len(Holders(name)) == 0 {
			t.Errorf("Holders(%q) = none", name)
		}
	}
}
