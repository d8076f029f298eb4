package extract

import (
	"testing"

	"annals"
)

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

// TestDocumentsAreNoBodies: a framework, a strategy, a plan, a charter or
// a declaration named after its subject ("the Joint Framework for
// Enhanced Partnership in Peace and Security", "the Strategy for Regional
// Development") is a document: no organization, and no party to the
// agreement that adopts it; a body whose name's head is no document's
// keeps it ("the Alliance for Strategy Research").
func TestDocumentsAreNoBodies(t *testing.T) {
	checkNames(t, []nameCase{
		{"The two bodies signed the Joint Framework for Enhanced Partnership in Peace and Security on Monday.", "", "Joint Framework for Enhanced Partnership in Peace and Security"},
		{"The two bodies signed the Framework for Cooperation on Trade on Monday.", "", "Framework for Cooperation on Trade"},
		{"The ministers adopted the Strategy for Regional Development on Monday.", "", "Strategy for Regional Development"},
		{"The ministers adopted the Charter for Regional Peace and Security on Monday.", "", "Charter for Regional Peace and Security"},
		{"The ministers adopted the Action Plan for Fisheries Management on Monday.", "", "Action Plan for Fisheries Management"},
		// guard: a body's head before "for", a document's word after it
		{"The Alliance for Strategy Research met in Bonn on Monday.", "Alliance for Strategy Research", ""},
	})
	checkParts(t, "2024-03-04", []partCase{
		{name: "framework signed", text: "The Ministers of Kenya and Uganda signed the Framework for Cooperation on Trade in Nairobi on 4 March 2024.",
			typ: annals.Agreement, want: []string{"Kenya", "Uganda"}, not: []string{"Framework for Cooperation on Trade"}},
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
