package read

import (
	"strings"
	"testing"
)

// TestUnwrap reads double-spaced hard-wrapped text, in plain text and
// Markdown, and checks which lines are joined into paragraphs.
func TestUnwrap(t *testing.T) {
	wrapped := strings.Join([]string{
		"The delegations of the two parliaments met for three days and",
		"agreed to report back to their parent bodies on the talks in San",
		"Francisco, in particular where joint efforts are likely to work.",
		"They discussed the financial situation and trade with the United",
		"States House of Representatives and the Council of the European",
		"Union, and invited a representative to the next meeting of the",
		"group.",
	}, "\n\n")
	roster := strings.Join([]string{
		"Joint Statement of the Delegations of the Two Parliaments Held in",
		"the Autumn",
		"Mia Hart, Chairwoman, United States Congress Delegation to the",
		"Dialogue",
		"Tom Reyes, Vice Chairman, United States Congress Delegation",
		"Anna Berg, MEP, Chairwoman, European Parliament Delegation",
		"Lena Voss, MEP, Vice Chairwoman, European Parliament Delegation",
		"We, the members of both delegations, met in Vienna for two days",
		"and agreed to meet again next year in the spring in Lisbon.",
	}, "\n\n")
	onePerLine := strings.Join([]string{
		"The ministers met in Geneva on Monday.",
		"They agreed to a new programme of work.",
		"The programme starts next year and runs for three years.",
		"A report will follow in the spring.",
		"The next meeting is in Oslo.",
		"Both sides welcomed the outcome.",
	}, "\n\n")
	// entries of a list one to a line, of a width, none ending a
	// sentence, none broken next to a word in lower case
	taskForce := strings.Join([]string{
		"Vice President Mia Hart, serving as the Chair of the Working Group",
		"Secretary of Labor, Tom Reyes, serving as the Vice-Chair of the Group",
		"The Administrator of the Environmental Protection Agency, Anna Berg",
		"The Administrator of the Small Business Administration, Lena Voss",
		"The Acting Director of the Office of Management and Budget, Ada Lim",
		"The Director of the National Economic Council, Brian Deese Walker",
	}, "\n\n")
	tests := []struct {
		name, text string
		want       []string // the paragraphs of the text
	}{
		{"wrapped", wrapped, []string{
			"The delegations of the two parliaments met for three days and agreed to report back to their parent bodies on the talks in San Francisco, in particular where joint efforts are likely to work.",
			"They discussed the financial situation and trade with the United States House of Representatives and the Council of the European Union, and invited a representative to the next meeting of the group.",
		}},
		{"list entries stay apart", roster, []string{
			"Joint Statement of the Delegations of the Two Parliaments Held in the Autumn",
			"Mia Hart, Chairwoman, United States Congress Delegation to the Dialogue",
			"Tom Reyes, Vice Chairman, United States Congress Delegation",
			"Anna Berg, MEP, Chairwoman, European Parliament Delegation",
			"Lena Voss, MEP, Vice Chairwoman, European Parliament Delegation",
			"We, the members of both delegations, met in Vienna for two days and agreed to meet again next year in the spring in Lisbon.",
		}},
		{"one sentence a line is not wrapped", onePerLine, strings.Split(onePerLine, "\n\n")},
		{"entries of a list broken between names are not wrapped", taskForce, strings.Split(taskForce, "\n\n")},
		{"too few lines to judge", "The delegations of the two parliaments met for three days and\n\nagreed to report back.", []string{
			"The delegations of the two parliaments met for three days and", "agreed to report back."}},
		{"single-spaced lines are one paragraph already", strings.ReplaceAll(wrapped, "\n\n", "\n"), []string{
			strings.ReplaceAll(wrapped, "\n\n", " ")}},
	}
	for _, tt := range tests {
		for _, ext := range []string{".txt", ".md"} {
			t.Run(tt.name+ext, func(t *testing.T) {
				d, err := Bytes("story"+ext, []byte(tt.text), Options{})
				if err != nil {
					t.Fatal(err)
				}
				checkMap(t, d)
				got := strings.Split(d.Text, "\n\n")
				if strings.Join(got, "|") != strings.Join(tt.want, "|") {
					t.Errorf("paragraphs:\n%q\nwant\n%q", got, tt.want)
				}
				// the space that joins two lines cites the blank lines
				// between them
				if i := strings.Index(d.Text, "San Francisco"); i >= 0 {
					s, _ := d.Span(i+3, i+4)
					if d.Raw[s] != '\n' {
						t.Errorf("joining space cites %q", d.Raw[s])
					}
				}
			})
		}
	}
}
