package extract

import (
	"strings"
	"testing"
)

// Evidence quotes what the reader read (no markup), while its offsets
// still cite the original file.
func TestEvidenceQuotesTheReadText(t *testing.T) {
	tests := []struct{ name, file, body string }{
		{"markdown", "x.md", "**ISTANBUL, 15 January 2018** - The **Turkic Council** and the [United Nations Alliance of Civilizations](#) signed a *Memorandum of Understanding* on 20 October 2016 in Istanbul.\n"},
		{"html", "x.html", "<html><body><article><p>The Turkic Council &amp; the <a href=\"/x\">United Nations Alliance of Civilizations</a> signed a <b>Memorandum of Understanding</b> on 20 October 2016 in Istanbul.</p><p>The two organizations agreed to hold a youth conference in the same city the next year with more than 300 participants.</p></article></body></html>"},
		{"hard-wrapped text", "x.txt", "The Turkic Council and the United Nations Alliance\nof Civilizations signed a Memorandum of Understanding\non 20 October 2016 in Istanbul.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, tc.file, tc.body, "2018-01-15")
			if len(d.Events) == 0 {
				t.Fatal("no events")
			}
			for _, e := range d.Events {
				q := e.Evidence.Text
				for _, bad := range []string{"**", "](", "<", "&amp;", "\n", "*M"} {
					if strings.Contains(q, bad) {
						t.Errorf("quote %q holds %q", q, bad)
					}
				}
				if e.Evidence.Start >= e.Evidence.End || e.Evidence.End > len(tc.body) {
					t.Fatalf("span %d-%d outside the file", e.Evidence.Start, e.Evidence.End)
				}
				raw := tc.body[e.Evidence.Start:e.Evidence.End]
				// every word of the quote is in the cited bytes
				for _, w := range strings.Fields(q) {
					w = strings.Trim(w, ".,&")
					if w != "" && !strings.Contains(raw, w) {
						t.Errorf("quote word %q not in the cited bytes %q", w, raw)
					}
				}
			}
		})
	}
}
