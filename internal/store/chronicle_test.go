package store

import (
	"cmp"
	"context"
	"fmt"
	"testing"

	"annals"
)

// TestMergeSurvivesReingestion merges a weak "Sall" into "Ousmane Sall",
// then ingests a changed version of the story: the rule joins them again.
func TestMergeSurvivesReingestion(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	put := func(st story) {
		a, d := st.build(t)
		if _, err := s.PutStory(ctx, a, d); err != nil {
			t.Fatal(err)
		}
	}
	put(story{path: "dakar.txt", published: "2023-06-07", title: "Accord", text: "Minister Ousmane Sall signed the accord.",
		ents: []ent{{typ: annals.Person, name: "Ousmane Sall"}}})
	weak := story{path: "asfo.md", published: "2023-06-12", title: "Data", text: "Mr. Sall praised the data.",
		ents: []ent{{typ: annals.Person, name: "Sall"}}}
	put(weak)
	full, sall := entityID(t, s, "Ousmane Sall"), entityID(t, s, "Sall")
	if full == sall {
		t.Fatal("a bare surname joined a full name without a rule")
	}
	rule, err := s.MergeEntities(ctx, sall, full)
	if err != nil {
		t.Fatal(err)
	}
	if rule.FromPath != "asfo.md" || rule.FromName != "sall" {
		t.Errorf("rule keyed by %q in %q, want the weak name in its story", rule.FromName, rule.FromPath)
	}
	weak.text = "Mr. Sall praised the data again."
	put(weak)
	es, err := s.FindEntities(ctx, "Sall")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].ID != full {
		t.Errorf("after re-ingestion, Sall is %+v, want only #%d", es, full)
	}
	if _, _, err := s.SplitEntity(ctx, full, []string{"asfo.md"}); err != nil {
		t.Fatal(err)
	}
	weak.text = "Mr. Sall praised the data a third time."
	put(weak)
	es, _ = s.FindEntities(ctx, "Sall")
	if len(es) != 1 || es[0].ID == full {
		t.Errorf("after split and re-ingestion, Sall is %+v, want one entity other than #%d", es, full)
	}
	if got := entityID(t, s, "Ousmane Sall"); got != full {
		t.Errorf("Ousmane Sall is #%d after the split, want #%d", got, full)
	}
}

// TestNamedEventsApart: two conferences of the same day and the same two
// bodies whose titles name two events ("the Caspian Energy Summit", "the
// Aral Water Forum") stay two, and a conference told without a name the
// same day joins one of them: stored after the first, it joins it; the
// second, stored last, links to it alone (its name clashes with the
// first's) and must see the first's name among the stored event's.
func TestNamedEventsApart(t *testing.T) {
	s, _ := openTemp(t)
	parts := []string{"Amber Council", "Birch Union"}
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}}
	for i, c := range []struct{ path, title, text string }{
		{"a.txt", "Caspian Energy Summit", "The Amber Council and the Birch Union held the Caspian Energy Summit on 3 May 2023."},
		{"b.txt", "", "The Amber Council and the Birch Union met at a conference on 3 May 2023."},
		{"c.txt", "Aral Water Forum", "The Amber Council and the Birch Union held the Aral Water Forum on 3 May 2023."},
	} {
		f := story{path: c.path, published: "2023-05-04", title: fmt.Sprint("Conference ", i), text: c.text, ents: ents,
			events: []ev{{typ: annals.Conference, date: "2023-05-03", parts: parts, title: c.title, evidence: c.text}}}
		st, doc := f.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
	event := map[string]int64{}
	rows, err := s.r.QueryContext(ctx, `SELECT s.path, r.event_id FROM reports r JOIN stories s ON s.id = r.story_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var path string
		var ev int64
		if err := rows.Scan(&path, &ev); err != nil {
			t.Fatal(err)
		}
		event[path] = ev
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(event) != 3 || event["a.txt"] == event["c.txt"] || event["b.txt"] != event["a.txt"] {
		t.Errorf("events by story %v: want a and b one event, c another", event)
	}
}

// eventsByPath reads the event of each stored story's report (one report
// a story).
func eventsByPath(t *testing.T, s *DB) map[string]int64 {
	t.Helper()
	event := map[string]int64{}
	rows, err := s.r.QueryContext(ctx, `SELECT s.path, r.event_id FROM reports r JOIN stories s ON s.id = r.story_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var path string
		var ev int64
		if err := rows.Scan(&path, &ev); err != nil {
			t.Fatal(err)
		}
		event[path] = ev
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return event
}

// TestVisitorsApart: the visits of two guests to one host on one day
// stay two events, and a report naming only the guest of the first
// joins it; the second guest's, stored last, links to the first's
// event through the host and must see its people among the stored
// event's (EventPeople).
func TestVisitorsApart(t *testing.T) {
	s, _ := openTemp(t)
	typ := map[string]annals.EntityType{"Veloria": annals.Place}
	for i, c := range []struct {
		path, text string
		parts      []string
	}{
		{"a.txt", "President Mara Odrina welcomed Prime Minister Jon Valk to Veloria on 12 October 2022.", []string{"Mara Odrina", "Jon Valk", "Veloria"}},
		{"b.txt", "Prime Minister Jon Valk visited Veloria on 12 October 2022.", []string{"Jon Valk", "Veloria"}},
		{"c.txt", "President Mara Odrina welcomed Prime Minister Tomas Sarro to Veloria on 12 October 2022.", []string{"Mara Odrina", "Tomas Sarro", "Veloria"}},
	} {
		var ents []ent
		for _, p := range c.parts {
			ents = append(ents, ent{typ: cmp.Or(typ[p], annals.Person), name: p})
		}
		f := story{path: c.path, published: "2022-10-13", title: fmt.Sprint("Visit ", i), text: c.text, ents: ents,
			events: []ev{{typ: annals.Visit, date: "2022-10-12", parts: c.parts, evidence: c.text}}}
		st, doc := f.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
	if event := eventsByPath(t, s); len(event) != 3 || event["a.txt"] == event["c.txt"] || event["b.txt"] != event["a.txt"] {
		t.Errorf("events by story %v: want a and b one visit, c another", event)
	}
}

// TestSeatEventsApart: "the White House" as the place and a party of
// two conferences of one month is no evidence that they are one; the
// United States is half a participant, as a place is.
func TestSeatEventsApart(t *testing.T) {
	s, _ := openTemp(t)
	for i, c := range []struct {
		path, text, date string
		parts            []string
	}{
		{"a.txt", "The White House and the Amber Council held a roundtable at the White House in May 2023.", "2023-05", []string{"White House", "Amber Council"}},
		{"b.txt", "The White House and the Birch Union held a forum at the White House on 19 May 2023.", "2023-05-19", []string{"White House", "Birch Union"}},
	} {
		var ents []ent
		for _, p := range c.parts {
			ents = append(ents, ent{typ: annals.Org, name: p})
		}
		f := story{path: c.path, published: "2023-05-20", title: fmt.Sprint("Conference ", i), text: c.text, ents: ents,
			events: []ev{{typ: annals.Conference, date: annals.Date(c.date), place: "White House", parts: c.parts, evidence: c.text}}}
		st, doc := f.build(t)
		putStored(t, s, []Put{{Story: st, Doc: doc}})
	}
	if event := eventsByPath(t, s); len(event) != 2 || event["a.txt"] == event["b.txt"] {
		t.Errorf("events by story %v: want two events", event)
	}
}
