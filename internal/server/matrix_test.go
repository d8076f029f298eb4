package server

import (
	"strings"
	"testing"

	"annals"
	"annals/internal/store"
)

// The home grid has a column for every year of the last matrixYears, gaps
// included, folds older years into "earlier", and its totals count all.
func TestTypeYearMatrix(t *testing.T) {
	tys := []store.TypeYear{
		{Type: annals.Founding, Year: "1963", Count: 1},
		{Type: annals.Founding, Year: "2009", Count: 2},
		{Type: annals.Agreement, Year: "2016", Count: 3},
		{Type: annals.Agreement, Year: "2024", Count: 1},
		{Type: annals.Agreement, Year: "", Count: 4},
	}
	cols, rows := typeYearMatrix(tys, 2026)
	var labels []string
	for _, c := range cols {
		labels = append(labels, c.Label)
	}
	want := "earlier 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 undated"
	if got := strings.Join(labels, " "); got != want {
		t.Errorf("columns %q, want %q", got, want)
	}
	totals := map[annals.EventType]int{}
	for _, r := range rows {
		totals[r.Type] = r.Total
		sum := 0
		for _, c := range r.Cells {
			sum += c.Count
		}
		if sum != r.Total {
			t.Errorf("%s: cells add up to %d, total %d", r.Type, sum, r.Total)
		}
	}
	if totals[annals.Founding] != 3 || totals[annals.Agreement] != 8 {
		t.Errorf("totals %v, want founding 3, agreement 8", totals)
	}
	if h := rows[len(rows)-1].Cells[0].Href; rows[len(rows)-1].Type != annals.Founding || h != "/timeline?type=founding&to=2010" {
		t.Errorf("earlier foundings link %q", h)
	}
	// few years: every one, no "earlier"
	cols, _ = typeYearMatrix([]store.TypeYear{{Type: annals.Visit, Year: "2019", Count: 1}, {Type: annals.Visit, Year: "2021", Count: 1}}, 2026)
	if len(cols) != 3 || cols[0].Label != "2019" || cols[1].Label != "2020" {
		t.Errorf("columns %+v, want 2019 2020 2021", cols)
	}
	// targets far ahead ("by 2050", "by 2100") fold into "later"; the grid
	// ends at the last year up to next year that holds events
	cols, rows = typeYearMatrix([]store.TypeYear{{Type: annals.Campaign, Year: "2019", Count: 2}, {Type: annals.Campaign, Year: "2024", Count: 1},
		{Type: annals.Campaign, Year: "2050", Count: 3}, {Type: annals.Campaign, Year: "2100", Count: 1}}, 2026)
	labels = labels[:0]
	for _, c := range cols {
		labels = append(labels, c.Label)
	}
	if got, want := strings.Join(labels, " "), "2019 2020 2021 2022 2023 2024 later"; got != want {
		t.Errorf("columns %q, want %q", got, want)
	}
	if c := rows[0].Cells[len(rows[0].Cells)-1]; c.Count != 4 || c.Href != "/timeline?type=campaign&from=2025" {
		t.Errorf("later cell %+v, want 4 events linked from 2025", c)
	}
	if rows[0].Total != 7 {
		t.Errorf("total %d, want 7", rows[0].Total)
	}
}
