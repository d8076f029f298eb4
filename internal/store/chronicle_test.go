package store

import (
	"context"
	"strings"
	"testing"

	"annals"
)

func TestLink(t *testing.T) {
	story := int64(0)
	r := func(typ string, parts []int64, date annals.Date, lo, hi, title string, weak bool) *report {
		words, ord := titleTokens(title)
		story++ // every report from its own story
		return &report{typ: typ, parts: parts, date: date, lo: lo, hi: hi, weak: weak, title: words, ord: ord, story: story}
	}
	for _, c := range []struct {
		name string
		a, b *report
		want bool
	}{
		{"same day, one participant", r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{2, 9}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), true},
		{"month contains day, two participants", r("agreement", []int64{1, 2}, "2016-10", "2016-10-01", "2016-10-31", "", false),
			r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), true},
		{"other type", r("meeting", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), false},
		{"no shared participant", r("agreement", []int64{1}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), false},
		{"months apart", r("meeting", []int64{1, 2}, "2022-03-10", "2022-03-10", "2022-03-10", "", false),
			r("meeting", []int64{1, 2}, "2022-09-22", "2022-09-22", "2022-09-22", "", false), false},
		{"a day apart, two participants: a disagreement", r("appointment", []int64{1, 2}, "2018-11-19", "2018-11-19", "2018-11-19", "", false),
			r("appointment", []int64{1, 2}, "2018-11-20", "2018-11-20", "2018-11-20", "", false), true},
		{"a day apart, one participant", r("appointment", []int64{1}, "2018-11-19", "2018-11-19", "2018-11-19", "", false),
			r("appointment", []int64{1}, "2018-11-20", "2018-11-20", "2018-11-20", "", false), false},
		{"other edition", r("conference", []int64{1}, "2021", "2021-01-01", "2022-12-31", "5th Caravan Cities Forum", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "sixth Caravan Cities Forum", false), false},
		{"same edition, words and digits", r("conference", []int64{1}, "2022-05", "2022-05-01", "2022-05-31", "network's sixth forum", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "6th Caravan Cities Forum", false), true},
		{"one participant, month only", r("conference", []int64{1}, "2022-05", "2022-05-01", "2022-05-31", "", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "", false), false},
	} {
		if got, why := link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

func TestDeriveFields(t *testing.T) {
	rep := func(story int64, path string, date annals.Date, place, title string) eventReport {
		lo, hi := interval(date, "")
		r := eventReport{id: story, source: story, date: date, place: place, title: title, status: "held"}
		r.cit.Path, r.cit.StoryID = path, story
		if lo != nil {
			r.lo, r.hi = lo.(string), hi.(string)
		}
		return r
	}
	f := deriveFields([]eventReport{rep(1, "a", "2016-10", "Istanbul", "memorandum"), rep(2, "b", "2016-10-20", "Istanbul", "Memorandum of Understanding"), rep(3, "c", "2016", "", "")})
	if f.date != "2016-10-20" || f.place != "Istanbul" || len(f.notes) != 0 || f.sources != 3 {
		t.Errorf("agreeing reports: %+v", f)
	}
	f = deriveFields([]eventReport{rep(2, "b", "2018-11-20", "", ""), rep(1, "a", "2018-11-19", "", "")})
	if f.date != "2018-11" || len(f.notes) != 1 || f.notes[0].Note != "reports disagree: 19 or 20 November 2018" || len(f.notes[0].Values) != 2 {
		t.Errorf("disagreeing days: date %q, notes %+v", f.date, f.notes)
	}
	f = deriveFields([]eventReport{rep(1, "a", "2022-09-22", "Nukus", ""), rep(2, "b", "2022-09", "Muynak", "")})
	if f.place != "" || len(f.notes) != 1 || f.notes[0].Note != "reports disagree: Muynak or Nukus" {
		t.Errorf("disagreeing places: place %q, notes %+v", f.place, f.notes)
	}
}

func TestSignatureFindsCopies(t *testing.T) {
	base := strings.Repeat("The network held its sixth forum in Khiva with delegates from thirty one member cities and many mayors. ", 3)
	copyText := "Republished from the newsroom.\n\n" + strings.ReplaceAll(base, " with ", "\n with ") + " Subscribe | Archive"
	other := strings.Repeat("The foundation planted trees along the old shore line and trained volunteers in three districts this spring. ", 3)
	a, b, c := signature(base), signature(copyText), signature(other)
	if similarity(a, b) < copyThreshold {
		t.Errorf("copy similarity %.2f below %.2f", similarity(a, b), copyThreshold)
	}
	if similarity(a, c) >= copyThreshold {
		t.Errorf("different stories similarity %.2f", similarity(a, c))
	}
	if signature("too short to sign") != nil {
		t.Error("a short text got a signature")
	}
}

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
