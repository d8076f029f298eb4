package extract

import "testing"

// TestEdgesOfTheText: rules that look before or past a name find the
// start or the end of the text there ("... the counties of Bedford and
// Jackson-", "Putin’s", "named X" opening the text).
func TestEdgesOfTheText(t *testing.T) {
	for _, text := range []string{
		"Aid goes to the counties of Bedford and Jackson-",
		"Aid goes to the counties of Bedford, Clay and Jackson -",
		"The sanctions target Putin’s",
		"The sanctions target Putin's brutal",
		"Roe v.",
		"Thanks, Karine",
		"The Departments of Labor and",
		"Adams, Brown, and Clark Counties",
		"Director of the Domestic Policy Council Neera",
		"named Ann Vole, who fled",
		// the predecessor's name ends the text: heldTerm read the
		// sentence of the token past it (index out of range)
		"The Board appointed John Smith as Executive Director of the Jones Agency. He succeeds Mary Jones",
		// a body set off after a person and a title, and an Arabic name,
		// ending the text (setOffBodyList read the token past the comma)
		"Tom Reed, President, Mountain Hikers and Climbers,",
		"Tom Reed, President, Hikers, Climbers, and",
		"Sheikh Faris bin",
		"bin Hamad Al",
		"a partnership with",
		// a forum's acronym in brackets ending the text (forumBody read
		// the date of the token past it: index out of range)
		"Sung Yeon Park, National Asian Pacific Women’s Forum (NAPAWF)",
		"Sung Yeon Park, National Asian Pacific Women’s Forum",
	} {
		run(t, "x.txt", text, "")
	}
}
