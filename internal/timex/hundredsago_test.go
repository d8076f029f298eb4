package timex

import "testing"

// TestHundredsOfYearsAgo checks a count of years spelled with "hundred"
// ("Two hundred and forty-nine years ago"): it had been read from its
// last word ("forty-nine years ago", 1975 read in 2024).
func TestHundredsOfYearsAgo(t *testing.T) {
	findCases(t, "2024-06-14", []struct{ text, want string }{
		{"Two hundred and forty-nine years ago, the Continental Congress created the Army.", "Two hundred and forty-nine years ago=1775"},
		{"Two hundred forty-nine years ago, the Congress met.", "Two hundred forty-nine years ago=1775"},
		{"One hundred and fifty years ago, the Union was founded.", "One hundred and fifty years ago=1874"},
		{"A hundred years ago, the League met.", "A hundred years ago=1924"},
		{"Three hundred years ago the town was founded.", "Three hundred years ago=1724"},
		// unchanged
		{"Forty-nine years ago, the Congress met.", "Forty-nine years ago=1975"},
		{"The company sold two hundred cars two years ago.", "two years ago=2022"},
	})
}
