package gazetteer

import "testing"

// TestGenericOrganName: "Council of Ministers" names the cabinet of many
// states and the organ of many organizations; only the whole name is the
// EU's Council.
func TestGenericOrganName(t *testing.T) {
	g := Default()
	tests := []struct {
		text, key string
		want      bool
	}{
		{"The Council of Ministers appointed a new Secretary General.", "Q8896", false},
		{"The Council of Ministers of the European Union adopted the rules.", "Q8896", true},
		{"The Council of the EU adopted the rules.", "Q8896", true},
	}
	for _, tc := range tests {
		got := false
		for _, m := range g.Match(tc.text) {
			got = got || m.Entry.Key == tc.key
		}
		if got != tc.want {
			t.Errorf("%q: %s matched %v, want %v", tc.text, tc.key, got, tc.want)
		}
	}
}
