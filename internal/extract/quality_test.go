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
	return scoreSets(t, [][2]string{{dir, goldDir}})
}

// scoreSets scores several story sets together, as one: each is a folder
// of stories and the folder of their gold files.
func scoreSets(t *testing.T, sets [][2]string) *score.Report {
	t.Helper()
	x := New(nil)
	all := map[string]*score.Gold{}
	var docs []*annals.Document
	for _, set := range sets {
		dir, goldDir := set[0], set[1]
		gold, err := score.LoadGold(goldDir)
		if err != nil {
			t.Fatal(err)
		}
		if len(gold) == 0 {
			t.Fatalf("no gold files in %s", goldDir)
		}
		for name, g := range gold {
			all[name] = g
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
	}
	return score.Score(all, docs)
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

// devFloors are the figures of the 42 development stories (shared/dev and
// shared/dev2 scored together) that extraction may not fall below. They
// rise as each class of error of issue 11 is fixed, towards the bar of
// 0.85 overall and 0.75 for events, roles and participants.
var devFloors = struct{ overall, entities, events, roles, figures, participants float64 }{
	overall: 0.92, entities: 0.96, events: 0.87, roles: 0.91, figures: 0.93, participants: 0.80,
}

// TestDevFloors scores shared/dev and shared/dev2 together against the
// floors, when the shared folder sits beside the repository.
func TestDevFloors(t *testing.T) {
	sets := [][2]string{
		{"../../../shared/dev/stories", "../../../shared/dev/gold"},
		{"../../../shared/dev2/stories", "../../../shared/dev2/gold"},
	}
	for _, set := range sets {
		if _, err := os.Stat(set[1]); err != nil {
			t.Skipf("no %s beside the repository", set[1])
		}
	}
	r := scoreSets(t, sets)
	t.Logf("dev + dev2:\n%s", r)
	f := devFloors
	for _, m := range []struct {
		name       string
		got, floor float64
	}{
		{"overall", r.Overall(), f.overall},
		{"entities", r.Entities.F1(), f.entities},
		{"events", r.Events.F1(), f.events},
		{"roles", r.Roles.F1(), f.roles},
		{"figures", r.Figures.F1(), f.figures},
		{"participants", r.Participants.F1(), f.participants},
	} {
		if m.got < m.floor {
			t.Errorf("dev + dev2: %s F1 %.3f fell below its floor %.2f", m.name, m.got, m.floor)
		}
	}
}
