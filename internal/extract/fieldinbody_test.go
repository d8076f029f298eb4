package extract

import (
	"testing"

	"annals"
)

// TestFieldHeldInBody: words with no head of a body's name before "in
// the" and a body named by its head and "of" are a field or a portfolio
// held in that body ("taught Medieval History in the Department of
// Classics", "Desk Officer for Chile in the Bureau of Western Hemisphere
// Affairs"): the body is named alone, the field is no name of any type,
// and an office's portfolio goes with the office. A place the lists know
// there is still a place; governments named there are still bodies.
// Made-up people.
func TestFieldHeldInBody(t *testing.T) {
	checkNames(t, []nameCase{
		{"Between tours, Dana Kolb taught Medieval History in the Department of Classics at the academy.", "Department of Classics", "Medieval History in the Department of Classics"},
		{"She served as a Desk Officer for Chile in the Bureau of Western Hemisphere Affairs.", "Bureau of Western Hemisphere Affairs", "Chile in the Bureau of Western Hemisphere Affairs"},
		{"She served as a Desk Officer for Chile in the Bureau of Western Hemisphere Affairs.", "Chile", ""},
		{"He was a Fellow in Ocean Policy in the Office of Science and Technology Policy.", "Office of Science and Technology Policy", "Ocean Policy in the Office of Science and Technology Policy"},
		{"He served in the Clinton-Gore and Bush-Cheney Administrations in the Department of Defense.", "Bush-Cheney Administrations", ""},
	})
	checkNotOfType(t, annals.Person, []string{
		"Her posts included Deputy Assistant Secretary of Defense for Near Eastern and South Asian Affairs in the Office of the Secretary of Defense; she also led the center.",
	}, "Near Eastern")
	checkNotOfType(t, annals.Org, []string{
		"Her posts included Deputy Assistant Secretary of Defense for Near Eastern and South Asian Affairs in the Office of the Secretary of Defense; she also led the center.",
	}, "South Asian Affairs", "Near Eastern and South Asian Affairs in the Office of the Secretary of Defense")
	checkRoles(t, []roleCase{
		{name: "a portfolio in a bureau", text: "Previously, Tom Wexler served as Director of Regional and Security Policy in the Bureau of East Asian and Pacific Affairs.",
			want: []roleWant{{"Tom Wexler", "Director of Regional and Security Policy", "Bureau of East Asian and Pacific Affairs"}},
			not:  []roleWant{{"Tom Wexler", "", "Regional and Security Policy"}}},
		{name: "a country desk", text: "Pamela Ruiz served as a Desk Officer for Chile in the Bureau of Western Hemisphere Affairs.",
			not: []roleWant{{"Pamela Ruiz", "", "Chile in the Bureau of Western Hemisphere Affairs"}}},
	})
}
