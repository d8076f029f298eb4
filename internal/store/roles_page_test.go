package store

import (
	"fmt"
	"reflect"
	"testing"
)

// An entity in more role reports than an entity page groups, in more
// offices than it keeps: latestRoles groups only the reports of the
// offices it keeps, and gives them as grouping all the latest reports and
// keeping the last would.
func TestLatestRoles(t *testing.T) {
	s, _ := filled(t)
	org := entityID(t, s, "OTS")
	var person int64
	if err := s.r.QueryRow(`SELECT id FROM entities WHERE type = 'PERSON' ORDER BY id LIMIT 1`).Scan(&person); err != nil {
		t.Fatal(err)
	}
	var stories []int64
	rows, err := s.r.Query(`SELECT id FROM stories ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		stories = append(stories, id)
	}
	rows.Close()
	dates := []string{"", "2019", "2019-11", "2019-11-05", "2020-02-01", "2018-03"}
	for _, tc := range []struct {
		name string
		n    int // reports added
	}{{"few", 40}, {"many", 2 * entityRoleRows}} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.w.Exec(`DELETE FROM roles WHERE ord >= 1000`); err != nil {
				t.Fatal(err)
			}
			for k := range tc.n {
				// Offices of the organization held by people as written
				// (some in two spellings), and offices the person holds
				// in organizations as written; reports of one office
				// far apart, starts tied and unknown.
				who := fmt.Sprintf("Holder %d", k%(tc.n/3+1))
				if k%7 == 0 {
					who = fmt.Sprintf("HOLDER %d", k%(tc.n/3+1))
				}
				if _, err := s.w.Exec(`INSERT INTO roles (story_id, ord, person, person_id, role, role_norm, org, org_id,
					date_from, date_to, ev_start, ev_end, ev_text) VALUES (?, ?, ?, NULL, 'Director', ?, 'OTS', ?, ?, ?, 0, 0, '')`,
					stories[k%len(stories)], 1000+2*k, who, fmt.Sprint("director ", k%3), org, dates[k*13%len(dates)], dates[k*17%len(dates)]); err != nil {
					t.Fatal(err)
				}
				if _, err := s.w.Exec(`INSERT INTO roles (story_id, ord, person, person_id, role, role_norm, org, org_id,
					date_from, date_to, ev_start, ev_end, ev_text) VALUES (?, ?, 'P', ?, 'Envoy', 'envoy', ?, NULL, ?, '', 0, 0, '')`,
					stories[k%len(stories)], 1001+2*k, person, fmt.Sprint("Mission ", k%(tc.n/4+1)), dates[k*5%len(dates)]); err != nil {
					t.Fatal(err)
				}
			}
			for _, c := range []struct {
				col string
				id  int64
			}{{"org_id", org}, {"person_id", person}} {
				all, err := s.groupRoles(ctx, storyVersions{}, `r.id IN (SELECT id FROM roles WHERE `+c.col+` = ? ORDER BY id DESC LIMIT `+fmt.Sprint(entityRoleRows)+`)`, c.id)
				if err != nil {
					t.Fatal(err)
				}
				want := all[max(0, len(all)-entityRoles):]
				got, err := s.latestRoles(ctx, storyVersions{}, c.col, c.id)
				if err != nil {
					t.Fatal(err)
				}
				if tc.n > entityRoles && len(all) <= entityRoles {
					t.Fatalf("%s: %d offices, want more than %d", c.col, len(all), entityRoles)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: latestRoles gives %d offices, grouping all %d:\n%+v\nwant\n%+v", c.col, len(got), len(want), got, want)
				}
			}
		})
	}
}
