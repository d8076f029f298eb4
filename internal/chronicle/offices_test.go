package chronicle

import (
	"testing"

	"annals"
)

// A term never shows as zero-length or ending before it starts: such an
// end is dropped, stated or inferred, and the start kept.
func TestNoEmptyTerms(t *testing.T) {
	org := Ref{ID: 9, Name: "OTS", Type: annals.Org}
	p := func(id int64, name string) Ref { return Ref{ID: id, Name: name, Type: annals.Person} }
	tests := []struct {
		name     string
		rows     []RoleRow
		wantTo   []annals.Date
		inferred []string
	}{
		{"stated zero-length", []RoleRow{{Person: p(1, "A"), Org: org, From: "2019-11-05", To: "2019-11-05"}}, []annals.Date{""}, []string{""}},
		{"end before start", []RoleRow{{Person: p(1, "A"), Org: org, From: "2019-11-05", To: "2018"}}, []annals.Date{""}, []string{""}},
		{"same month, inferred", []RoleRow{{Person: p(1, "A"), Org: org, From: "2019-11"}, {Person: p(2, "B"), Org: org, From: "2019-11-20"}},
			[]annals.Date{"", ""}, []string{"", ""}},
		{"a real term", []RoleRow{{Person: p(1, "A"), Org: org, From: "2015-01-01"}, {Person: p(2, "B"), Org: org, From: "2019-11-20"}},
			[]annals.Date{"2019-11-20", ""}, []string{"to: when B took office", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Holders(tc.rows)
			for i, r := range got {
				if r.To != tc.wantTo[i] || r.Inferred != tc.inferred[i] {
					t.Errorf("holder %d: %s – %s (%q), want to %q (%q)", i, r.From, r.To, r.Inferred, tc.wantTo[i], tc.inferred[i])
				}
			}
		})
	}
	g := GroupRoles([]RoleReport{{RoleRow: RoleRow{Person: p(1, "A"), Org: org, From: "2019-11-05", To: "2019-11-05"}, RoleNorm: "secretary general"}})
	if len(g) != 1 || g[0].To != "" || g[0].From != "2019-11-05" {
		t.Errorf("GroupRoles keeps a zero-length term: %+v", g)
	}
}
