package extract

import "testing"

// TestPronounAntecedents: "he" or "she" opening a sentence of offices
// stands for the person the sentences before are about, not for a person
// they name as the object of that person's verb; one appointed or elected
// is whom the story goes on about. Made-up people.
func TestPronounAntecedents(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the object of a person's verb", text: "Ann Vole was Senior Advisor for Rural Affairs at the White House Domestic Policy Council, where she counseled President Tom Reed on rural policy. She served as the Director of the White House Rural Council and led the drought response.\n",
			want: []roleWant{{"Ann Vole", "Director", "White House Rural Council"}},
			not:  []roleWant{{"Tom Reed", "Director", "White House Rural Council"}}},
		{name: "one appointed", text: "In 2002, Mayor Tom Reed appointed Mr. Jon Brisk to serve as a commissioner of the city's pension fund. In 1999, he was appointed by the President to serve as the United States Representative to the 54th General Assembly.\n",
			want: []roleWant{{"Jon Brisk", "Representative", "United States"}},
			not:  []roleWant{{"Tom Reed", "Representative", "United States"}}},
		{name: "the object of a body's verb", text: "The Board elected Ann Vole in May. She served as the Director of the Rural Council from 2010 to 2014.\n",
			want: []roleWant{{"Ann Vole", "Director", "Rural Council"}}},
	})
}
