package store

import (
	"fmt"
	"strings"
	"testing"

	"annals"
)

// nameCacheStories are stories whose resolution depends on what the
// stories before them in the same batch wrote: names (the UNAOC named by
// its full name after a story wrote "UNAOC"), refs set on an entity
// found by name (Alpha Organization takes Q71 from one story, so that a
// story giving it Q72 makes another entity and one giving Q71 under
// another name finds it by ref) and a merge (the OTS, whose former name
// is the Turkic Council of an earlier story: the two become one, and a
// later story naming the Turkic Council finds the OTS), and names
// dropped from an entity when a story is replaced (GG Holdings, a name of
// the Gamma Group in the story replaced, is the Delta Group's in the new
// one: a story naming GG Holdings and the Gamma Group then finds the
// Delta Group, the lower id of two entities each holding one of its
// names, not the Gamma Group holding both).
var nameCacheStories = []story{
	turkicCouncil,
	mouAgain,
	{
		path: "unaoc-full-name.txt", published: "2016-03-01",
		title: "The Alliance of Civilizations meets",
		text:  "The United Nations Alliance of Civilizations (UNAOC) met in New York.",
		ents:  []ent{{typ: annals.Org, name: "United Nations Alliance of Civilizations", aliases: []string{"UNAOC"}}, newYork},
	},
	{
		path: "alpha-plain.txt", published: "2016-04-01",
		title: "Alpha Organization", text: "The Alpha Organization opened an office.",
		ents: []ent{{typ: annals.Org, name: "Alpha Organization"}},
	},
	{
		path: "alpha-q71.txt", published: "2016-04-02",
		title: "Alpha Organization again", text: "The Alpha Organization opened a second office.",
		ents: []ent{{typ: annals.Org, name: "Alpha Organization", ref: "Q71"}},
	},
	{
		path: "alpha-q72.txt", published: "2016-04-03",
		title: "Another Alpha Organization", text: "Another Alpha Organization, in Baku, closed.",
		ents: []ent{{typ: annals.Org, name: "Alpha Organization", ref: "Q72"}, baku},
	},
	{
		path: "alpha-by-ref.txt", published: "2016-04-04",
		title: "Alpha Org", text: "Alpha Org, as it is now called, opened a third office.",
		ents: []ent{{typ: annals.Org, name: "Alpha Org", ref: "Q71"}},
	},
	relations,
	{
		path: "delta.txt", published: "2017-01-01",
		title: "Delta Group", text: "The Delta Group met.",
		ents: []ent{{typ: annals.Org, name: "Delta Group", ref: "Q81"}},
	},
	{
		path: "gamma.txt", published: "2017-01-02",
		title: "Gamma Group", text: "The Gamma Group, or GG Holdings, met.",
		ents: []ent{{typ: annals.Org, name: "Gamma Group", ref: "Q82", aliases: []string{"GG Holdings"}}},
	},
	{
		path: "gamma-again.txt", published: "2017-01-03",
		title: "Gamma Group again", text: "The Gamma Group met again.",
		ents: []ent{{typ: annals.Org, name: "Gamma Group", ref: "Q82"}},
	},
	{
		path: "gamma.txt", published: "2017-01-04", // replaces gamma.txt
		title: "Delta Group, or GG Holdings", text: "The Delta Group, or GG Holdings, met.",
		ents: []ent{{typ: annals.Org, name: "Delta Group", ref: "Q81", aliases: []string{"GG Holdings"}}},
	},
	{
		path: "gg-holdings.txt", published: "2017-01-05",
		title: "GG Holdings", text: "GG Holdings, of the Gamma Group, met.",
		ents: []ent{{typ: annals.Org, name: "GG Holdings", aliases: []string{"Gamma Group"}}},
	},
	{
		path: "turkic-council-again.txt", published: "2021-01-05",
		title: "The Turkic Council in Baku", text: "The Turkic Council met in Baku.",
		ents: []ent{{typ: annals.Org, name: "Turkic Council"}, baku},
	},
}

// TestNameCacheFollowsWrites stores nameCacheStories in one batch, then
// again story by story, with the cache of resolution's look-ups
// (namecache.go) answering and checked against the file at each answer
// (nameCheck), and without it: the rows are the same, and the cache
// answered.
func TestNameCacheFollowsWrites(t *testing.T) {
	sqliteOnly(t)
	defer func(v bool) { nameCheck = v }(nameCheck)
	for _, batched := range []bool{true, false} {
		var dumps [2]map[string][]string
		for i, on := range []bool{true, false} {
			nameCheck = on
			s, _ := openTemp(t)
			s.SetNameCache(on)
			var batch []Put
			for _, st := range nameCacheStories {
				story, doc := st.build(t)
				batch = append(batch, Put{Story: story, Doc: doc})
			}
			put := func(batch []Put) {
				putStored(t, s, batch)
			}
			if batched {
				put(batch)
			} else {
				for _, p := range batch {
					put([]Put{p})
				}
			}
			if on && (s.names == nil || s.names.size() == 0) {
				t.Errorf("batched %v: no name cache kept", batched)
			}
			dumps[i] = dumpRows(t, s)
			dumps[i]["stories_fts"] = dumpFTS(t, s)
			if !on {
				checkNameCacheStories(t, s)
			}
			s.Close()
		}
		for table, rows := range dumps[1] {
			if got := dumps[0][table]; strings.Join(got, "\n") != strings.Join(rows, "\n") {
				t.Errorf("batched %v: %s: %d rows with the name cache, %d without, not the same:\n%s\n--\n%s", batched, table, len(got), len(rows),
					strings.Join(got, "\n"), strings.Join(rows, "\n"))
			}
		}
	}
}

// checkNameCacheStories checks that the stories resolved as their
// comment says (so that the test compares what it means to).
func checkNameCacheStories(t *testing.T, s *DB) {
	t.Helper()
	ids := map[string][]string{}
	rows, err := s.r.Query(`SELECT name, entity_id FROM story_entities`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		var id int64
		if err := rows.Scan(&name, &id); err != nil {
			t.Fatal(err)
		}
		ids[name] = append(ids[name], fmt.Sprint(id))
	}
	rows.Close()
	same := func(a, b string) bool { return len(ids[a]) > 0 && ids[a][0] == ids[b][0] }
	if !same("UNAOC", "United Nations Alliance of Civilizations") {
		t.Errorf("the UNAOC's full name made another entity: %v", ids)
	}
	if a := ids["Alpha Organization"]; len(a) != 3 || a[0] != a[1] || a[2] == a[0] {
		t.Errorf("Alpha Organization: entities %v, want the first two one and the third another", a)
	}
	if !same("Alpha Org", "Alpha Organization") {
		t.Errorf("Alpha Org (Q71) did not find Alpha Organization by ref: %v", ids)
	}
	if gg := ids["GG Holdings"]; len(gg) != 1 || gg[0] != ids["Delta Group"][0] {
		t.Errorf("GG Holdings: entities %v, Delta Group %v, want one", gg, ids["Delta Group"])
	}
	if tc := ids["Turkic Council"]; len(tc) != 2 || tc[0] != tc[1] || tc[0] != ids["Organization of Turkic States"][0] {
		t.Errorf("Turkic Council: entities %v, OTS %v, want one", tc, ids["Organization of Turkic States"])
	}
}

// TestNameCacheBatches stores generated stories in batches with the name
// cache, checked against the file at each answer, and without it; a
// story replaced in the last batch empties it. The rows are the same.
func TestNameCacheBatches(t *testing.T) {
	sqliteOnly(t)
	defer func(v bool) { nameCheck = v }(nameCheck)
	var dumps [2]map[string][]string
	for i, on := range []bool{true, false} {
		nameCheck = on
		s, _ := openTemp(t)
		s.SetNameCache(on)
		c := newCorpus(12)
		var sts []*annals.Story
		var batch []Put
		flush := func() {
			putStored(t, s, batch)
			batch = batch[:0]
		}
		for j := range 200 {
			st, doc := c.story(j)
			sts = append(sts, st)
			batch = append(batch, Put{Story: st, Doc: doc})
			if len(batch) == 40 {
				flush()
			}
		}
		for j := range 20 {
			st, doc := c.story(300 + j)
			if j == 10 {
				st.Path = sts[7].Path // replaces a stored story
			}
			batch = append(batch, Put{Story: st, Doc: doc})
		}
		flush()
		dumps[i] = dumpRows(t, s)
		s.Close()
	}
	for table, rows := range dumps[1] {
		if got := dumps[0][table]; strings.Join(got, "\n") != strings.Join(rows, "\n") {
			t.Errorf("%s: %d rows with the name cache, %d without, not the same", table, len(got), len(rows))
		}
	}
}

// dumpFTS checks the text index (FTS5's integrity check, against the
// stories' texts) and returns its words: each word's stories, columns
// and places.
func dumpFTS(t *testing.T, s *DB) []string {
	t.Helper()
	if _, err := s.w.Exec(`INSERT INTO stories_fts (stories_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("text index: %v", err)
	}
	conn, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words USING fts5vocab(main, stories_fts, 'instance')`); err != nil {
		t.Fatal(err)
	}
	rows, err := conn.QueryContext(ctx, `SELECT term, doc, col, offset FROM temp.fts_words ORDER BY term, doc, col, offset`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var term, col string
		var doc, off int64
		if err := rows.Scan(&term, &doc, &col, &off); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(term, doc, col, off))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("text index: no words")
	}
	return out
}
