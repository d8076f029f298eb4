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
	for _, bad := range []string{"USA\tpresidential", "US presidential", "US\tempire"} {
		if _, err := readGovernments(bad); err == nil {
			t.Errorf("readGovernments(%q): no error", bad)
		}
	}
	m, err := readGovernments("# comment\n\nNO\tmonarchy\n")
	if err != nil || m["NO"] != Monarchy || len(m) != 1 {
		t.Errorf("readGovernments: %v, %v", m, err)
	}
}
