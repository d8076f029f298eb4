package extract

import "testing"

// TestCommuniquesAreNoNames: a communiqué is a text a meeting adopts or
// issues, named after the meeting or the city ("the Joint Communiqué of the
// 57th AMM", "the Aqaba Communiqué"): no person, body or place; the city
// in its name stays a place.
func TestCommuniquesAreNoNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Ministers adopted the Joint Communiqué of the meeting.", "", "Joint Communiqué"},
		{"The Joint Communique reaffirms the centrality of the region.", "", "Joint Communique"},
		{"The leaders issued the Tartu Communiqué on Tuesday.", "", "Tartu Communiqué"},
		{"The leaders issued the Jeddah Communique on Tuesday.", "Jeddah", "Jeddah Communique"},
	})
}

// TestLaoPDR: "the Lao PDR", as ASEAN and the United Nations write
// Laos, is the country, not a person named "Pdr".
func TestLaoPDR(t *testing.T) {
	checkNames(t, []nameCase{
		{"The meeting was chaired by Saleumxay Kommasith, Minister of Foreign Affairs of the Lao PDR.", "Laos", "Pdr"},
	})
	checkRoles(t, []roleCase{
		{name: "office of the Lao PDR", text: "The meeting was chaired by Saleumxay Kommasith, Minister of Foreign Affairs of the Lao PDR.",
			want: []roleWant{{"Saleumxay Kommasith", "Minister of Foreign Affairs", "Laos"}}, not: []roleWant{{"Pdr", "", ""}}},
	})
}
