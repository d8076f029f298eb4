package store

import (
	"context"
	"reflect"
	"testing"
)

// TestTitleMaxDF checks the bound on a title word's document frequency:
// a tenth of the stories, at least 50, at most titleDFCap, so that the
// count of a word reads a bounded part of its list.
func TestTitleMaxDF(t *testing.T) {
	for _, c := range []struct{ stories, want int }{
		{0, 50}, {100, 50}, {499, 50}, {2000, 200}, {5000, 500}, {5009, 500}, {98685, 500}, {1000000, 500},
	} {
		if got := titleMaxDF(c.stories); got != c.want {
			t.Errorf("titleMaxDF(%d) = %d, want %d", c.stories, got, c.want)
		}
	}
}

// TestTitleWordsCountedOnce checks that related stories count a title
// word's stories once until the store changes: the second showing of a
// story's related stories counts nothing (a broken count statement is
// not run), a new story makes them count again.
func TestTitleWordsCountedOnce(t *testing.T) {
	s, ids := filled(t)
	ctx := context.Background()
	id := ids[relations.path]
	want, err := s.Related(ctx, id, 5)
	if err != nil {
		t.Fatal(err)
	}
	d := *s.d
	good := s.d
	d.fts.df = `SELECT count(*) FROM no_such_table WHERE ? <> '' AND ? > 0`
	s.d = &d
	got, err := s.Related(ctx, id, 5)
	if err != nil {
		t.Fatalf("Related counted the title's words again: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Related = %+v, want %+v", got, want)
	}
	extra := banHails
	extra.path = "another.txt"
	extra.title = "Relations between the OTS and the Secretary-General"
	st, doc := extra.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Related(ctx, id, 5); err == nil {
		t.Error("Related did not count the title's words again after a new story")
	}
	s.d = good
	got, err = s.Related(ctx, id, 5)
	if err != nil || len(got) != len(want)+1 {
		t.Errorf("Related after a new story = %+v, %v; want %d stories", got, err, len(want)+1)
	}
}
