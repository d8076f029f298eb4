package read

import "testing"

// TestStrayEmphasis: the asterisks of emphasis the Markdown parser paired
// with none (the closing marks of a run-in heading whose opening ones were
// lost, a stray "**") are markup, not text; escaped ones and those in code
// are text.
func TestStrayEmphasis(t *testing.T) {
	tests := []struct {
		name, raw, text string
	}{
		{"heading closed only", "Widen Access to Clean Water.** The agency proposed a rule on May 3.", "Widen Access to Clean Water. The agency proposed a rule on May 3."},
		{"colon heading closed only", "Key outcomes:** Ports reopened in Lima.", "Key outcomes: Ports reopened in Lima."},
		{"triple marks and a pair of spaces", "Ports Matter:*** ** Ports carry most goods.", "Ports Matter: Ports carry most goods."},
		{"bold full stop", "support for the region**.**", "support for the region."},
		{"mark after a word", "boost growth** in the region and a fund* for towns", "boost growth in the region and a fund for towns"},
		{"list item heading", "- Fund Rural Clinics.** The plan adds $2 million.", "Fund Rural Clinics. The plan adds $2 million."},
		{"guard: heading without a full stop keeps its mark", "Member, Advisory Board on Ports** Jane Roe has led the port since 2019.", "Member, Advisory Board on Ports** Jane Roe has led the port since 2019."},
		{"guard: mark opening the body", "Ambassador to the Kingdom of Spain **Jane Roe is a lawyer.", "Ambassador to the Kingdom of Spain **Jane Roe is a lawyer."},
		{"guard: spaced mark in capitals", "NEW PORT RULES ** The Office of Ports set rules.", "NEW PORT RULES ** The Office of Ports set rules."},
		{"guard: heading before a bold name", "Local Officials </u>** **Mayor Jane Roe:** We are proud.", "Local Officials ** Mayor Jane Roe: We are proud."},
		{"mark before a lower-case word", "Jane Roe** is the chair of the board.", "Jane Roe is the chair of the board."},
		{"mark after a full stop and a space", "the safest year. ** Over two million people voted.", "the safest year. Over two million people voted."},
		{"guard: paired bold", "**Open Markets.** Officials met in Lima.", "Open Markets. Officials met in Lima."},
		{"guard: escaped asterisks", "a \\*starred\\* word", "a *starred* word"},
		{"guard: code span", "run `x**y` now", "run x**y now"},
		{"guard: underscores", "_emphasis_ and snake_case", "emphasis and snake_case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Bytes("a.md", []byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, d)
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
		})
	}
}
