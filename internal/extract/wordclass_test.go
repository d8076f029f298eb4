package extract

import (
	"strings"
	"testing"
)

// TestWordClassesAsLists checks s.is against the lists it stands for: for
// every token of made-up texts (capitals, curly quotes, hyphens, accents,
// punctuation, long words) and every class, s.is(k, c) is what
// classSets[c][s.lw(k)] reads, and false out of the story.
func TestWordClassesAsLists(t *testing.T) {
	texts := []string{
		"The Deputy Secretary-General of the Organization met President Ana de la Cruz in Geneva on Monday.",
		"“We signed the agreement,” said the Minister for Foreign Affairs; the Council adopted the resolution.",
		"Prime Minister Jean-Pierre Dupont’s visit to Côte d’Ivoire follows the summit of the African Union, and the ceremony at 10 Downing Street.",
		"THE AMBASSADOR AND THE CHIEF EXECUTIVE OFFICER ANNOUNCED A PROGRAMME; internationalization, counterterrorism!",
		"x",
	}
	// and every word of every list, capitalized, in one text
	var all []string
	for _, m := range classSets {
		for w := range m {
			all = append(all, strings.ToUpper(w[:1])+w[1:])
		}
	}
	texts = append(texts, strings.Join(all, " "))
	for _, body := range texts {
		s := testState(t, "x.txt", body)
		for k := -2; k < len(s.toks)+2; k++ {
			for c := range classSets {
				if got, want := s.is(k, wordClass(c)), classSets[c][s.lw(k)]; got != want {
					t.Errorf("token %d %q, class %d: is %v, the list reads %v", k, s.lw(k), c, got, want)
				}
			}
		}
		s.release()
	}
}
