package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"annals"
)

// disagreementText is an event's disagreements as a user reads them:
// each value, the paths and offsets of its citations, and how many
// reports giving it are left out.
func disagreementText(e EventRow) string {
	var out []string
	for _, d := range e.Disagreements {
		var vs []string
		for _, v := range d.Values {
			var cs []string
			for _, c := range v.Citations {
				cs = append(cs, fmt.Sprintf("%s@%d", c.Path, c.Evidence.Start))
			}
			vs = append(vs, fmt.Sprintf("%s=[%s]+%d", v.Value, strings.Join(cs, " "), v.More))
		}
		out = append(out, d.Field+": "+strings.Join(vs, "; "))
	}
	return strings.Join(out, " | ")
}

// forumTelling is one report of the Caspian Water Forum: the story's
// path, its publication day and the place it gives the forum.
type forumTelling struct {
	path, published, place string
}

// forumTellings tell the forum six times, stored out of publication
// order so that the first report of a value is not the first stored, and
// in two places.
var forumTellings = []forumTelling{
	{"e.txt", "2023-05-08", "Tashkent"},
	{"c.txt", "2023-05-06", "Almaty"},
	{"a.txt", "2023-05-04", "Tashkent"},
	{"f.txt", "2023-05-09", "Almaty"},
	{"b.txt", "2023-05-05", "Tashkent"},
	{"d.txt", "2023-05-07", "Almaty"},
}

// TestListCitesFirstReport: a list of events cites each value of a
// disagreement by its first report in citation order and counts the
// rest; the event page, the exports and a list asked for every citation
// cite them all; the same whether the event's reports came one story at a
// time, all at once or were derived again, and when its aggregates do not
// know the first reports (a file stored before they were kept).
func TestListCitesFirstReport(t *testing.T) {
	parts := []string{"Amber Council", "Birch Union"}
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}
	tells := forumTellings
	build := func(tl forumTelling) Put {
		text := "The Amber Council and the Birch Union held the Caspian Water Forum in " + tl.place + " on 3 May 2023."
		st, doc := story{path: tl.path, published: annals.Date(tl.published), title: "Forum " + tl.path, text: text, ents: ents,
			events: []ev{{typ: annals.Conference, date: "2023-05-03", place: tl.place, parts: parts, title: "Caspian Water Forum", evidence: text}}}.build(t)
		return Put{Story: st, Doc: doc}
	}
	const (
		list = "place: Almaty=[c.txt@13]+2; Tashkent=[a.txt@13]+2"
		all  = "place: Almaty=[c.txt@13 d.txt@13 f.txt@13]+0; Tashkent=[a.txt@13 b.txt@13 e.txt@13]+0"
	)
	check := func(t *testing.T, s *DB) {
		t.Helper()
		ctx := context.Background()
		tl, err := s.Timeline(ctx, EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(tl) != 1 {
			t.Fatalf("%d events, want one forum", len(tl))
		}
		cases := []struct {
			name, want string
			get        func() (EventRow, error)
		}{
			{"timeline", list, func() (EventRow, error) { return tl[0], nil }},
			{"timeline with every citation", all, func() (EventRow, error) {
				rs, err := s.Timeline(ctx, EventFilter{AllCitations: true})
				if err != nil || len(rs) != 1 {
					return EventRow{}, fmt.Errorf("%d events, %v", len(rs), err)
				}
				return rs[0], nil
			}},
			{"event page", all, func() (EventRow, error) {
				d, err := s.Event(ctx, tl[0].ID)
				if err != nil {
					return EventRow{}, err
				}
				return d.EventRow, nil
			}},
			{"entity page", list, func() (EventRow, error) {
				p, err := s.EntityPage(ctx, entityID(t, s, "Amber Council"))
				if err != nil || len(p.Events) != 1 {
					return EventRow{}, fmt.Errorf("%d events, %v", len(p.Events), err)
				}
				return p.Events[0], nil
			}},
			{"export", all, func() (EventRow, error) {
				var out []EventRow
				err := s.EachEvent(ctx, EventFilter{}, func(e EventRow) error { out = append(out, e); return nil })
				if err != nil || len(out) != 1 {
					return EventRow{}, fmt.Errorf("%d events, %v", len(out), err)
				}
				return out[0], nil
			}},
		}
		for _, c := range cases {
			e, err := c.get()
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
				continue
			}
			if got := disagreementText(e); got != c.want {
				t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
			}
			for _, d := range e.Disagreements {
				for _, v := range d.Values {
					for _, ci := range v.Citations {
						if ci.Evidence.Text == "" || ci.Title == "" {
							t.Errorf("%s: citation %+v without its sentence or title", c.name, ci)
						}
					}
				}
			}
		}
	}
	t.Run("one at a time", func(t *testing.T) {
		s, _ := openTemp(t)
		for _, tl := range tells {
			putStored(t, s, []Put{build(tl)})
		}
		check(t, s)
		rederiveEverything(t, s)
		check(t, s)
	})
	t.Run("at once", func(t *testing.T) {
		s, _ := openTemp(t)
		var batch []Put
		for _, tl := range tells {
			batch = append(batch, build(tl))
		}
		putStored(t, s, batch)
		check(t, s)
	})
}

// TestListCitesDateFirsts: the first report of each date an event's
// reports give is kept as reports are folded in, and a date row that
// does not know it (first_start -1, as a file migrated by dateFirsts
// leaves an event that disagreed on nothing) stays unknown as reports
// join, so that a list cites such an event from its reports; deriving
// the event again knows it.
func TestListCitesDateFirsts(t *testing.T) {
	parts := []string{"Amber Council", "Birch Union"}
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}
	put := func(t *testing.T, s *DB, path, published string) {
		text := "The Amber Council and the Birch Union held the Caspian Water Forum on 3 May 2023."
		st, doc := story{path: path, published: annals.Date(published), title: "Forum " + path, text: text, ents: ents,
			events: []ev{{typ: annals.Conference, date: "2023-05-03", parts: parts, title: "Caspian Water Forum", evidence: text}}}.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
	firsts := func(t *testing.T, s *DB) []string {
		t.Helper()
		rows, err := s.r.QueryContext(context.Background(), `SELECT date, n, first_pub, first_path, first_start FROM event_dates ORDER BY date`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var date, pub, path string
			var n, start int64
			if err := rows.Scan(&date, &n, &pub, &path, &start); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%s n=%d first=%s %s@%d", date, n, pub, path, start))
		}
		return out
	}
	cases := []struct {
		name    string
		unknown bool // the rows made unknown after the first story
		want    []string
	}{
		{"kept", false, []string{"2023-05-03 n=3 first=2023-05-04 a.txt@13"}},
		{"unknown stays unknown", true, []string{"2023-05-03 n=3 first= @-1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := openTemp(t)
			put(t, s, "c.txt", "2023-05-06")
			if c.unknown {
				if _, err := s.w.Exec(`UPDATE event_dates SET first_pub = '', first_path = '', first_start = -1`); err != nil {
					t.Fatal(err)
				}
			}
			put(t, s, "a.txt", "2023-05-04")
			put(t, s, "b.txt", "2023-05-05")
			if got := firsts(t, s); !slices.Equal(got, c.want) {
				t.Errorf("date rows %q, want %q", got, c.want)
			}
			rederiveEverything(t, s)
			if got, want := firsts(t, s), []string{"2023-05-03 n=3 first=2023-05-04 a.txt@13"}; !slices.Equal(got, want) {
				t.Errorf("derived again: date rows %q, want %q", got, want)
			}
		})
	}
}

// TestListCitesDateDisagreement: a list cites each date its reports
// disagree on by its first report, from the aggregates, or from the
// reports when the aggregates do not know it; the event page all.
func TestListCitesDateDisagreement(t *testing.T) {
	parts := []string{"Amber Council", "Birch Union"}
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}
	tells := []struct{ path, published, day string }{
		{"e.txt", "2023-05-28", "20"}, {"c.txt", "2023-05-26", "19"}, {"a.txt", "2023-05-24", "20"},
		{"d.txt", "2023-05-27", "19"}, {"b.txt", "2023-05-25", "19"},
	}
	const (
		list = "date: 2023-05-19=[b.txt@13]+2; 2023-05-20=[a.txt@13]+1"
		all  = "date: 2023-05-19=[b.txt@13 c.txt@13 d.txt@13]+0; 2023-05-20=[a.txt@13 e.txt@13]+0"
	)
	for _, unknown := range []bool{false, true} {
		t.Run(fmt.Sprint("unknown=", unknown), func(t *testing.T) {
			s, _ := openTemp(t)
			ctx := context.Background()
			for _, tl := range tells {
				text := "The Amber Council and the Birch Union held the Caspian Water Forum in Tashkent on " + tl.day + " May 2023."
				st, doc := story{path: tl.path, published: annals.Date(tl.published), title: "Forum " + tl.path, text: text, ents: ents,
					events: []ev{{typ: annals.Conference, date: annals.Date("2023-05-" + tl.day), place: "Tashkent", parts: parts, title: "Caspian Water Forum", evidence: text}}}.build(t)
				putStored(t, s, []Put{{Story: st, Doc: doc}})
			}
			if unknown {
				if _, err := s.w.Exec(`UPDATE event_dates SET first_pub = '', first_path = '', first_start = -1`); err != nil {
					t.Fatal(err)
				}
			}
			tl, err := s.Timeline(ctx, EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(tl) != 1 {
				t.Fatalf("%d events, want one forum", len(tl))
			}
			want := list
			if unknown {
				want = all
			}
			if got := disagreementText(tl[0]); got != want {
				t.Errorf("timeline:\n got %s\nwant %s", got, want)
			}
			d, err := s.Event(ctx, tl[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if got := disagreementText(d.EventRow); got != all {
				t.Errorf("event page:\n got %s\nwant %s", got, all)
			}
		})
	}
}

// TestMigrateDateFirsts: a file of version 23, whose date rows keep no
// first report, gains them for the events that disagree, and a list
// cites those events from them.
func TestMigrateDateFirsts(t *testing.T) {
	sqliteOnly(t)
	parts := []string{"Amber Council", "Birch Union"}
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}
	s, path := openTemp(t)
	for _, tl := range []struct{ path, published, day string }{
		{"c.txt", "2023-05-26", "19"}, {"a.txt", "2023-05-24", "20"}, {"b.txt", "2023-05-25", "19"},
	} {
		text := "The Amber Council and the Birch Union held the Caspian Water Forum in Tashkent on " + tl.day + " May 2023."
		st, doc := story{path: tl.path, published: annals.Date(tl.published), title: "Forum " + tl.path, text: text, ents: ents,
			events: []ev{{typ: annals.Conference, date: annals.Date("2023-05-" + tl.day), place: "Tashkent", parts: parts, title: "Caspian Water Forum", evidence: text}}}.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
	s.Close()
	s = reopenSQLite(t, path, `ALTER TABLE event_dates DROP COLUMN first_pub`, `ALTER TABLE event_dates DROP COLUMN first_path`,
		`ALTER TABLE event_dates DROP COLUMN first_start`, `PRAGMA user_version = 23`)
	rows, err := s.r.Query(`SELECT date, first_pub, first_path, first_start FROM event_dates ORDER BY date`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var date, pub, p string
		var start int
		if err := rows.Scan(&date, &pub, &p, &start); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %s@%d", date, pub, p, start))
	}
	rows.Close()
	if want := []string{"2023-05-19 2023-05-25 b.txt@13", "2023-05-20 2023-05-24 a.txt@13"}; !slices.Equal(got, want) {
		t.Errorf("date rows %q, want %q", got, want)
	}
	tl, err := s.Timeline(context.Background(), EventFilter{})
	if err != nil || len(tl) != 1 {
		t.Fatalf("%d events, %v", len(tl), err)
	}
	if got, want := disagreementText(tl[0]), "date: 2023-05-19=[b.txt@13]+1; 2023-05-20=[a.txt@13]+0"; got != want {
		t.Errorf("timeline:\n got %s\nwant %s", got, want)
	}
}
