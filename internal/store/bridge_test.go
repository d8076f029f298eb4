package store

import (
	"context"
	"testing"

	"annals"
	"annals/internal/chronicle"
)

// TestBridgeMovesTheStorysOwnReports: a story that shows two stored
// entities to be one (a bridge: its "School of Advanced Studies", known
// by that name, is also "SAS", the acronym of the stored "Hopkins School
// of Advanced Studies") and names the other one too moves the other
// into the first; its own reports and roles, written after the move,
// name the first. They named the entity moved, left without names or
// stories, and the events of the story kept it as a participant (found
// in 30,000 generated stories: "Johns Hopkins School of Advanced
// International Studies" and "SAIS", docs/scale.md, session 23).
func TestBridgeMovesTheStorysOwnReports(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	school := ent{typ: annals.Org, name: "School of Advanced Studies"}
	hopkins := ent{typ: annals.Org, name: "Hopkins School of Advanced Studies", aliases: []string{"SAS"}}
	ban := ent{typ: annals.Person, name: "Ban Ki-moon", aliases: []string{"Ban"}}
	stories := []story{
		{path: "a.txt", published: "2021-03-01", title: "A lecture",
			text: "Ban Ki-moon spoke at the School of Advanced Studies today.",
			ents: []ent{ban, school},
			events: []ev{{typ: annals.Speech, date: "2021-03-01", parts: []string{"Ban Ki-moon", "School of Advanced Studies"},
				evidence: "Ban Ki-moon spoke at the School of Advanced Studies today."}}},
		{path: "b.txt", published: "2021-05-01", title: "A meeting",
			text: "Ban Ki-moon met the dean of the Hopkins School of Advanced Studies (SAS) today.",
			ents: []ent{ban, hopkins},
			events: []ev{{typ: annals.Meeting, date: "2021-05-01", parts: []string{"Ban Ki-moon", "Hopkins School of Advanced Studies"},
				evidence: "Ban Ki-moon met the dean of the Hopkins School of Advanced Studies (SAS) today."}}},
		{path: "c.txt", published: "2022-07-01", title: "A new institute",
			text: "The School of Advanced Studies (SAS) and the Hopkins School of Advanced Studies founded an institute today.",
			ents: []ent{{typ: annals.Org, name: "School of Advanced Studies", aliases: []string{"SAS"}}, {typ: annals.Org, name: "Hopkins School of Advanced Studies"}},
			events: []ev{{typ: annals.Founding, date: "2022-07-01", parts: []string{"School of Advanced Studies", "Hopkins School of Advanced Studies"},
				evidence: "The School of Advanced Studies (SAS) and the Hopkins School of Advanced Studies founded an institute today."}}},
	}
	for _, f := range stories {
		st, doc := f.build(t)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := s.Entities(ctx, EntityFilter{Type: annals.Org, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 {
		t.Fatalf("%d organizations, want the two made one by the last story: %+v", len(ents), ents)
	}
	// Every entity an event or a report names has a story naming it.
	for _, q := range []string{
		`SELECT count(*) FROM event_participants p WHERE NOT EXISTS (SELECT 1 FROM story_entities se WHERE se.entity_id = p.entity_id)`,
		`SELECT count(*) FROM roles r WHERE r.org_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_entities se WHERE se.entity_id = r.org_id)`,
		`SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM story_entities se WHERE se.entity_id = e.id)`,
	} {
		var n int
		if err := s.r.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d rows: %s", n, q)
		}
	}
	reps, err := s.ids(ctx, `SELECT id FROM reports`)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, part_ids FROM reports`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var parts string
		if err := rows.Scan(&id, &parts); err != nil {
			t.Fatal(err)
		}
		for _, p := range chronicle.ParseIDs(parts) {
			var n int
			if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM story_entities WHERE entity_id = ?`, p).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Errorf("report %d (of %d) names entity %d, which no story names", id, len(reps), p)
			}
		}
	}
}
