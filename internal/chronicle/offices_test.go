package chronicle

import (
	"fmt"
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

// A report names a place only when its own sentence does.
func TestPlaceStated(t *testing.T) {
	doc := &annals.Document{Entities: []annals.Entity{{Name: "Baku", Type: annals.Place, Mentions: []annals.Span{{Start: 40, End: 44, Text: "Baku"}}},
		{Name: "Nakhchivan", Type: annals.Place, Mentions: []annals.Span{{Start: 5, End: 15, Text: "Nakhchivan"}}}}}
	sentence := annals.Span{Start: 30, End: 90, Text: "Leaders met in Baku on 15 October 2019."}
	for _, c := range []struct {
		place string
		want  bool
	}{{"", true}, {"Baku", true}, {"Nakhchivan", false}, {"Istanbul", false}} {
		ev := &annals.Event{Place: annals.NullString(c.place), Evidence: sentence}
		if got := PlaceStated(doc, ev); got != c.want {
			t.Errorf("PlaceStated(%q) = %v, want %v", c.place, got, c.want)
		}
	}
}

// Dates no sentence states (taken from publications) never make a
// disagreement; stated ones that differ do.
func TestDisagreementsOnlyFromStatedDates(t *testing.T) {
	row := func(weak bool, d annals.Date) DateRow {
		lo, hi, _ := Interval(d, "")
		return DateRow{DateKey: DateKey{Weak: weak, Date: d}, N: 1, LoMax: lo, HiMin: hi, LoMin: lo, HiMax: hi}
	}
	if f := FieldsFrom(nil, []DateRow{row(true, "2018-01-15"), row(true, "2018-02-20")}, nil); len(f.Stored) != 0 {
		t.Errorf("publication dates disagree: %+v", f.Stored)
	}
	if f := FieldsFrom(nil, []DateRow{row(false, "2018-11-19"), row(false, "2018-11-20")}, nil); len(f.Stored) != 1 {
		t.Errorf("stated dates 19 and 20 November: %+v, want one disagreement", f.Stored)
	}
}

// An event no report's sentence dates stays undated: the publication
// date a report was given only lets it join the event it retells.
func TestPublicationNeverDatesAnEvent(t *testing.T) {
	row := func(weak bool, d annals.Date) DateRow {
		lo, hi, _ := Interval(d, "")
		return DateRow{DateKey: DateKey{Weak: weak, Date: d}, N: 1, LoMax: lo, HiMin: hi, LoMin: lo, HiMax: hi}
	}
	if f := FieldsFrom(nil, []DateRow{row(true, "2018-01-15")}, nil); f.Date != "" {
		t.Errorf("a publication date dates the event: %q", f.Date)
	}
	if f := FieldsFrom(nil, []DateRow{row(true, "2018-01-15"), row(false, "2017-12")}, nil); f.Date != "2017-12" || len(f.Stored) != 0 {
		t.Errorf("retelling of the December 2017 event: %q %+v, want 2017-12 and no disagreement", f.Date, f.Stored)
	}
}

// TestOnePlaceTwoKeys checks that a place written alike by two reports,
// one resolved to an entity and one not (or to two entities of one name),
// is one place, not a disagreement; two different places still disagree.
func TestOnePlaceTwoKeys(t *testing.T) {
	f := FieldsFrom(nil, nil, []PlaceRow{
		{Key: "#7", Name: "Khiva", ID: 7, N: 2},
		{Key: "khiva", Name: "Khiva", N: 1},
		{Key: "#9", Name: "Khiva", ID: 9, N: 1},
	})
	if len(f.Stored) != 0 || f.Place != "Khiva" || f.PlaceID != 7 {
		t.Errorf("place %q (%d), notes %+v; want Khiva (7) and no disagreement", f.Place, f.PlaceID, f.Stored)
	}
	f = FieldsFrom(nil, nil, []PlaceRow{{Key: "#7", Name: "Baku", ID: 7, N: 2}, {Key: "#8", Name: "Nakhchivan", ID: 8, N: 1}})
	if len(f.Stored) != 1 || f.Place != "Baku" {
		t.Errorf("place %q, notes %+v; want Baku and one disagreement", f.Place, f.Stored)
	}
}

// TestVenueAndTown checks that a venue and a town never disagree, while
// two towns do.
func TestVenueAndTown(t *testing.T) {
	f := FieldsFrom(nil, nil, []PlaceRow{{Key: "#1", Name: "New York", ID: 1, N: 2}, {Key: "#2", Name: "United Nations Headquarters", ID: 2, N: 1}})
	if len(f.Stored) != 0 || f.Place != "New York" {
		t.Errorf("place %q, notes %+v; want New York and no disagreement", f.Place, f.Stored)
	}
	f = FieldsFrom(nil, nil, []PlaceRow{{Key: "#1", Name: "Muynak", ID: 1, N: 1}, {Key: "#2", Name: "Nukus", ID: 2, N: 1}, {Key: "#3", Name: "Palais des Nations", ID: 3, N: 1}})
	if len(f.Stored) != 1 || len(f.Stored[0].Values) != 2 {
		t.Errorf("notes %+v; want Muynak or Nukus", f.Stored)
	}
}

// Reports are one office by entity where there is one (whatever the name
// as written), else by the name as written, normalized.
func TestGroupRolesKeys(t *testing.T) {
	org := Ref{ID: 9, Name: "OTS", Type: annals.Org}
	rep := func(pid int64, person string, oid int64, orgText string) RoleReport {
		r := RoleReport{RoleRow: RoleRow{Person: Ref{ID: pid, Name: person, Type: annals.Person}}, PersonText: person, OrgText: orgText, RoleNorm: "director"}
		if oid != 0 {
			r.Org = org
		}
		return r
	}
	for _, tc := range []struct {
		name string
		reps []RoleReport
		want int
	}{
		{"one person, two spellings", []RoleReport{rep(1, "Ann Lee", 9, "OTS"), rep(1, "A. Lee", 9, "the OTS")}, 1},
		{"two people, one spelling", []RoleReport{rep(1, "Ann Lee", 9, "OTS"), rep(2, "Ann Lee", 9, "OTS")}, 2},
		{"names as written, normalized", []RoleReport{rep(0, "Ann Lee", 0, "Office of Tests"), rep(0, "ANN LEE", 0, "office of tests")}, 1},
		{"names as written, different", []RoleReport{rep(0, "Ann Lee", 0, "Office of Tests"), rep(0, "Bo Ray", 0, "Office of Tests")}, 2},
		{"an entity and a name as written", []RoleReport{rep(1, "Ann Lee", 9, "OTS"), rep(0, "Ann Lee", 9, "OTS")}, 2},
	} {
		if got := GroupRoles(tc.reps); len(got) != tc.want {
			t.Errorf("%s: %d rows, want %d: %+v", tc.name, len(got), tc.want, got)
		}
	}
}

// BenchmarkGroupRoles groups the 500 latest role reports of an
// organization, its people mostly entities.
func BenchmarkGroupRoles(b *testing.B) {
	org := Ref{ID: 9, Name: "Organization of Turkic States", Type: annals.Org}
	var reps []RoleReport
	for k := range 500 {
		r := RoleReport{PersonText: fmt.Sprintf("Ambassador Extraordinary Holder Number %d", k%200), OrgText: "the Organization of Turkic States",
			RoleNorm: []string{"secretary general", "deputy director", "ambassador"}[k%3]}
		r.Org = org
		if k%10 != 0 {
			r.Person = Ref{ID: int64(100 + k%200), Name: r.PersonText, Type: annals.Person}
		}
		r.Citation.Published = annals.Date(fmt.Sprintf("2019-%02d-%02d", 1+k%12, 1+k%28))
		reps = append(reps, r)
	}
	b.ReportAllocs()
	for b.Loop() {
		GroupRoles(reps)
	}
}
