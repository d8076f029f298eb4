package store

import (
	"context"
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
