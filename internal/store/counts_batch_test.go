package store

import (
	"context"
	"strings"
	"testing"

	"annals"
)

// TestCountsBatch stores the same stories in batches, whose entities'
// counters are written once a batch (flushCounts), and one story a
// transaction: every row of the chronicle's tables is the same, with a
// story of a batch replaced by a later one of the same batch (its
// entities lose a story, and those left with none are deleted, before
// the batch's counters are written).
func TestCountsBatch(t *testing.T) {
	sqliteOnly(t)
	var dumps [2]map[string][]string
	for i, batched := range []bool{true, false} {
		s, _ := openTemp(t)
		c := newCorpus(14)
		var batch []Put
		flush := func() {
			if batched {
				putStored(t, s, batch)
			} else {
				for _, p := range batch {
					if _, err := s.PutStory(context.Background(), p.Story, p.Doc); err != nil {
						t.Fatal(err)
					}
				}
			}
			batch = batch[:0]
		}
		var sts []*annals.Story
		for j := range 160 {
			st, doc := c.story(j)
			if j%40 == 30 {
				st.Path = sts[j-3].Path // replaces a story of the same batch
			}
			sts = append(sts, st)
			batch = append(batch, Put{Story: st, Doc: doc})
			if len(batch) == 40 {
				flush()
			}
		}
		flush()
		dumps[i] = dumpRows(t, s)
		var counted int
		if err := s.r.QueryRow(`SELECT count(*) FROM entity_counts WHERE stories > 0`).Scan(&counted); err != nil || counted == 0 {
			t.Fatalf("no entity counts a story (%v)", err)
		}
		s.Close()
	}
	for table, rows := range dumps[1] {
		if got := dumps[0][table]; strings.Join(got, "\n") != strings.Join(rows, "\n") {
			t.Errorf("%s: %d rows in batches, %d a story at a time, not the same", table, len(got), len(rows))
		}
	}
}
