package chronicle

import (
	"testing"

	"annals"
)

func TestDeriveFields(t *testing.T) {
	rep := func(story int64, path string, date annals.Date, place, title string) EventReport {
		lo, hi, _ := Interval(date, "")
		r := EventReport{ID: story, Source: story, Date: date, Place: place, Title: title, Status: "held", Lo: lo, Hi: hi}
		r.Cit.Path, r.Cit.StoryID = path, story
		return r
	}
	f := DeriveFields([]EventReport{rep(1, "a", "2016-10", "Istanbul", "memorandum"), rep(2, "b", "2016-10-20", "Istanbul", "Memorandum of Understanding"), rep(3, "c", "2016", "", "")})
	if f.Date != "2016-10-20" || f.Place != "Istanbul" || len(f.Notes) != 0 || f.Sources != 3 {
		t.Errorf("agreeing reports: %+v", f)
	}
	f = DeriveFields([]EventReport{rep(2, "b", "2018-11-20", "", ""), rep(1, "a", "2018-11-19", "", "")})
	if f.Date != "2018-11" || len(f.Notes) != 1 || f.Notes[0].Note != "reports disagree: 19 or 20 November 2018" || len(f.Notes[0].Values) != 2 {
		t.Errorf("disagreeing days: date %q, notes %+v", f.Date, f.Notes)
	}
	f = DeriveFields([]EventReport{rep(1, "a", "2022-09-22", "Nukus", ""), rep(2, "b", "2022-09", "Muynak", "")})
	if f.Place != "" || len(f.Notes) != 1 || f.Notes[0].Note != "reports disagree: Muynak or Nukus" {
		t.Errorf("disagreeing places: place %q, notes %+v", f.Place, f.Notes)
	}
}
