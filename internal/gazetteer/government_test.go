package gazetteer

import "testing"

func TestGovernmentOf(t *testing.T) {
	for _, tc := range []struct {
		iso  string
		want Government
	}{
		{"US", Presidential}, {"id", Presidential}, {"GB", Monarchy}, {"JO", Monarchy},
		{"JP", Monarchy}, {"AE", Federation}, {"AU", Monarchy}, {"IL", Republic}, {"FR", OtherGovernment}, {"IT", OtherGovernment}, {"", OtherGovernment},
	} {
		if got := GovernmentOf(tc.iso); got != tc.want {
			t.Errorf("GovernmentOf(%q) = %d, want %d", tc.iso, got, tc.want)
		}
	}
}

func TestReadGovernments(t *testing.T) {
	for _, bad := range []string{"USA\tpresidential", "US presidential", "US\tempire", "US\tpresidential\tministers"} {
		if _, _, err := readGovernments(bad); err == nil {
			t.Errorf("readGovernments(%q): no error", bad)
		}
	}
	m, sec, err := readGovernments("# comment\n\nNO\tmonarchy\nPH\tpresidential\tsecretaries\nMX\tpresidential\tboth\n")
	if err != nil || m["NO"] != Monarchy || m["PH"] != Presidential || len(m) != 3 || sec["PH"] != "secretaries" || sec["MX"] != "both" || len(sec) != 2 {
		t.Errorf("readGovernments: %v, %v, %v", m, sec, err)
	}
}

func TestNamesSecretaries(t *testing.T) {
	for iso, want := range map[string]bool{"US": true, "PH": true, "mx": true, "GB": false, "": false} {
		if got := NamesSecretaries(iso); got != want {
			t.Errorf("NamesSecretaries(%q) = %v", iso, got)
		}
	}
}

func TestHasSecretaries(t *testing.T) {
	for iso, want := range map[string]bool{"US": true, "us": true, "PH": true, "GB": false, "JP": false, "MX": false, "": false} {
		if got := HasSecretaries(iso); got != want {
			t.Errorf("HasSecretaries(%q) = %v, want %v", iso, got, want)
		}
	}
}
