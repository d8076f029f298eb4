package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annals"
	"annals/internal/read"
	"annals/internal/score"
)

// The quality bar of issue 2: overall F1 (mean of entities, events, roles
// and figures) of at least 0.85, and none of those four below 0.75.
const (
	barOverall = 0.85
	barMetric  = 0.75
)

// scoreDir extracts every story of dir (non-recursive) and scores it
// against the gold files of goldDir.
func scoreDir(t *testing.T, dir, goldDir string) *score.Report {
	t.Helper()
	gold, err := score.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatalf("no gold files in %s", goldDir)
	}
	x := New(nil)
	var docs []*annals.Document
	for name := range gold {
		d, err := read.File(filepath.Join(dir, name), read.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		doc, err := x.Extract(d, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		docs = append(docs, doc)
	}
	return score.Score(gold, docs)
}

func checkBar(t *testing.T, name string, r *score.Report) {
	t.Helper()
	t.Logf("%s:\n%s", name, r)
	if testing.Verbose() {
		t.Logf("misses:\n%s", strings.Join(r.Misses, "\n"))
	}
	if r.Overall() < barOverall {
		t.Errorf("%s: overall F1 %.3f below %.2f", name, r.Overall(), barOverall)
	}
	for _, m := range []struct {
		name string
		c    score.Count
	}{{"entities", r.Entities}, {"events", r.Events}, {"roles", r.Roles}, {"figures", r.Figures}} {
		if m.c.F1() < barMetric {
			t.Errorf("%s: %s F1 %.3f below %.2f", name, m.name, m.c.F1(), barMetric)
		}
	}
}

// TestExamplesQuality scores the project's own example stories
// (examples/, written for annals with hand-made gold in examples/gold).
func TestExamplesQuality(t *testing.T) {
	checkBar(t, "examples", scoreDir(t, "../../examples", "../../examples/gold"))
}

// TestSharedQuality scores the shared seeds and development set when the
// shared folder sits beside the repository (as in CI).
func TestSharedQuality(t *testing.T) {
	for _, set := range []struct{ stories, gold string }{
		{"../../../shared/seeds", "../../../shared/gold"},
		{"../../../shared/dev/stories", "../../../shared/dev/gold"},
	} {
		if _, err := os.Stat(set.gold); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("CI is set but there is no %s beside the repository", set.gold)
			}
			t.Skipf("no %s beside the repository", set.gold)
		}
		checkBar(t, set.stories, scoreDir(t, set.stories, set.gold))
	}
}
