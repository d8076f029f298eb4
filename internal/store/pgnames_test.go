package store

import (
	"context"
	"fmt"
	"testing"

	"annals"
)

// TestResolveKnownNames: resolution finds what the transaction itself
// wrote before, in the story being resolved and in the batch's earlier
// stories, though on PostgreSQL its look-ups are read before the story's
// entities are resolved (prefetchNames): a key or name written since is
// asked again. Each case stores its batches in a new database, serially
// and (on PostgreSQL) in parallel, and counts the global entities the
// story entities of each name resolved to.
func TestResolveKnownNames(t *testing.T) {
	forum := ent{typ: annals.Org, name: "Blue Lake Forum", aliases: []string{"BLF"}}
	blf := ent{typ: annals.Org, name: "BLF"}
	council := ent{typ: annals.Org, name: "Amber Coast Council", ref: "Q99999901"}
	councilAgain := ent{typ: annals.Org, name: "ACC", ref: "Q99999901"}
	make := func(path string, ents ...ent) story {
		text := "A story about"
		for _, e := range ents {
			text += " " + e.name + ","
			for _, a := range e.aliases {
				text += " " + a + ","
			}
		}
		return story{path: path, published: "2020-01-02", title: "Notes " + path, text: text + " and others.", ents: ents}
	}
	for _, c := range []struct {
		name    string
		batches [][]story
		names   []string // story entity names that must be one global entity
	}{
		{"a name the story's first entity wrote", [][]story{{make("a.txt", forum, blf)}}, []string{"Blue Lake Forum", "BLF"}},
		{"a ref the story's first entity wrote", [][]story{{make("a.txt", council, councilAgain)}}, []string{"Amber Coast Council", "ACC"}},
		{"a name an earlier story of the batch wrote", [][]story{{make("a.txt", forum), make("b.txt", blf)}}, []string{"Blue Lake Forum", "BLF"}},
		{"a ref an earlier story of the batch wrote", [][]story{{make("a.txt", council), make("b.txt", councilAgain)}}, []string{"Amber Coast Council", "ACC"}},
		{"a name and a ref stored before", [][]story{{make("a.txt", forum, council)}, {make("b.txt", blf, councilAgain)}},
			[]string{"Blue Lake Forum", "BLF"}},
	} {
		for _, parallel := range []bool{false, true} {
			if parallel && !onPostgres() {
				continue
			}
			t.Run(fmt.Sprintf("%s/parallel=%v", c.name, parallel), func(t *testing.T) {
				ctx := context.Background()
				s, _ := openTemp(t)
				if parallel {
					s.SetParallel(2)
				}
				for _, b := range c.batches {
					var puts []Put
					for _, f := range b {
						st, doc := f.build(t)
						puts = append(puts, Put{Story: st, Doc: doc})
					}
					_, errs, err := s.PutStories(ctx, puts)
					if err != nil {
						t.Fatal(err)
					}
					for i, err := range errs {
						if err != nil {
							t.Fatalf("story %d: %v", i, err)
						}
					}
				}
				var n int
				args := []any{}
				for _, name := range c.names {
					args = append(args, name)
				}
				if err := s.r.QueryRowContext(ctx, `SELECT count(DISTINCT entity_id) FROM story_entities WHERE name IN (`+placeholders(len(c.names))+`)`, args...).Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != 1 {
					t.Errorf("%v resolved to %d entities, want 1", c.names, n)
				}
			})
		}
	}
}
