package extract

import "testing"

// TestBodyNamedByAListWord: a body whose name ends in the one common word
// the lists know another body by ("Congress", "Senate") is that body, not
// the other: "the African National Congress" is no "Congress" (which the
// lists read as the United States Congress); a legislature after a
// country's adjective is that country's ("the Peruvian Congress"). A law's
// name run into Congress and the word opening a committee's name stay
// Congress's and the Senate's.
func TestBodyNamedByAListWord(t *testing.T) {
	checkNames(t, []nameCase{
		// new: fail on the parent
		{text: "The African National Congress won the election in South Africa.", keep: "African National Congress", not: "Congress"},
		{text: "Members of the Indian National Congress protested in Delhi on Monday.", keep: "Indian National Congress", not: "Congress"},
		{text: "The Trades Union Congress called a strike in London.", keep: "Trades Union Congress", not: "Congress"},
		{text: "The World Uyghur Congress issued a statement on Friday.", keep: "World Uyghur Congress", not: "Congress"},
		{text: "The bill went to the Peruvian Congress in May.", keep: "Peruvian Congress", not: "Congress"},
		{text: "The Mexican Congress passed the reform.", keep: "Mexican Congress", not: "Congress"},
		{text: "She was elected to the Florida State Senate in 1992.", keep: "Florida State Senate", not: "Senate"},
		// guards: pass on both
		{text: "Thanks to the American Rescue Plan Congress and the Administration enacted in March, cities received aid.", keep: "Congress", not: "American Rescue Plan Congress"},
		{text: "The Senate Foreign Relations Committee held a hearing on Tuesday.", keep: "Senate Foreign Relations Committee"},
		{text: "The Congress passed the bill on Monday.", keep: "Congress"},
		{text: "The Philippine Senate approved the treaty on Monday.", keep: "Philippine Senate", not: "Senate"},
		{text: "The U.S. Congress approved the funds.", keep: "U.S. Congress"},
	})
}
