package store

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"annals"
)

// mergeMemEnv runs one case of TestMergeHoldsLittleMemory in a process
// of its own, where SQLite counts its memory (SQLITE_CONFIG_MEMSTATUS,
// off in the driver's build, is set before SQLite starts).
const mergeMemEnv = "ANNALS_TEST_MERGE_MEM"

// TestMergeHoldsLittleMemory: merging an organization named in many
// stories into another holds a few megabytes of SQLite's memory at
// most, however many stories name it. The rows of such an entity lie on
// a page each (the other entities of its stories between them), and one
// statement moving them all kept a copy of every page it changed until
// it ended, in memory (a merge of 4,464 rows of a 100,000-story file held
// some 170 MB for two seconds, docs/performance.md, session 32); moved a
// few hundred rows a statement, the copies are freed as each statement
// ends. After the merge every story names the entity merged into, in
// its rows and in its entity set. Each case runs in a process of its own.
func TestMergeHoldsLittleMemory(t *testing.T) {
	sqliteOnly(t)
	if n, err := strconv.Atoi(os.Getenv(mergeMemEnv)); err == nil {
		mergeMemory(t, n)
		return
	}
	if testing.Short() {
		t.Skip("a process of its own")
	}
	cases := []struct {
		name    string
		stories int
	}{
		{"an organization of 1,000 stories", 1000},
		{"guard: an organization of 60 stories", 60},
	}
	const maxHeld = 2 << 20 // bytes of SQLite's memory the merge may add
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestMergeHoldsLittleMemory$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), mergeMemEnv+"="+strconv.Itoa(c.stories))
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			_, after, ok := strings.Cut(string(out), "merge held ")
			if !ok {
				t.Fatalf("no measure: %s", out)
			}
			held, err := strconv.ParseInt(strings.Fields(after)[0], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d stories: the merge added %.1f MB of SQLite's memory at its largest", c.stories, float64(held)/(1<<20))
			if held > maxHeld {
				t.Errorf("the merge added %.1f MB of SQLite's memory at its largest, want at most %.1f", float64(held)/(1<<20), float64(maxHeld)/(1<<20))
			}
		})
	}
}

// mergeMemory stores n stories naming an organization among twelve
// others (with long names: a story's rows take most of a page), merges it into another and prints the most memory SQLite held
// during the merge beyond what it held before ("merge held N").
func mergeMemory(t *testing.T, n int) {
	tls := libc.NewTLS()
	defer tls.Close()
	va := libc.NewVaList(int32(1))
	rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_MEMSTATUS, va)
	libc.Xfree(tls, va)
	if rc != sqlite3.SQLITE_OK {
		t.Fatalf("SQLITE_CONFIG_MEMSTATUS: %d", rc)
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	group := ent{typ: annals.Org, name: "Baltic Fisheries Commission"}
	var batch []Put
	for i := range n {
		f := story{path: fmt.Sprintf("s%05d.txt", i), published: annals.Date(fmt.Sprintf("20%02d-%02d-%02d", 10+i/336, 1+i/28%12, 1+i%28)),
			title: fmt.Sprintf("Notes %d", i)}
		var text strings.Builder
		text.WriteString("The Baltic Fisheries Commission met.")
		f.ents = append(f.ents, group)
		// Other organizations of the story, between the group's rows.
		for j := range 12 {
			name := fmt.Sprintf("Regional Council of Province %d Number %d", i, j)
			text.WriteString(" " + name + " spoke on the long and detailed agenda of the season.")
			f.ents = append(f.ents, ent{typ: annals.Org, name: name, aliases: []string{
				name + " of the Northern and Western Coastal Districts", name + " for Fisheries, Forests and the Sea"}})
		}
		f.text = text.String()
		st, doc := f.build(t)
		batch = append(batch, Put{Story: st, Doc: doc})
		if len(batch) == 100 || i == n-1 {
			_, errs, err := s.PutStories(ctx, batch)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range errs {
				if e != nil {
					t.Fatal(e)
				}
			}
			batch = batch[:0]
		}
	}
	other := story{path: "other.txt", published: "2024-01-01", title: "Another body",
		text: "The Baltic Fisheries Council met.", ents: []ent{{typ: annals.Org, name: "Baltic Fisheries Council"}}}
	st, doc := other.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	from, into := entityID(t, s, "Baltic Fisheries Commission"), entityID(t, s, "Baltic Fisheries Council")
	before := sqlite3.Xsqlite3_memory_used(tls)
	if before == 0 {
		t.Fatal("SQLite counts no memory in use")
	}
	sqlite3.Xsqlite3_memory_highwater(tls, 1)
	if _, err := s.MergeEntities(ctx, from, into); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("merge held %d\n", sqlite3.Xsqlite3_memory_highwater(tls, 0)-before)
	var moved, left, sets int
	if err := s.r.QueryRowContext(ctx, `SELECT count(DISTINCT story_id) FROM story_entities WHERE entity_id = ?`, into).Scan(&moved); err != nil {
		t.Fatal(err)
	}
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM story_entities WHERE entity_id = ?`, from).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM story_entity_sets WHERE ','||entity_ids||',' LIKE ?`, fmt.Sprintf("%%,%d,%%", into)).Scan(&sets); err != nil {
		t.Fatal(err)
	}
	if moved != n+1 || left != 0 || sets != n+1 {
		t.Errorf("after the merge %d stories name the entity merged into (%d in their entity sets), %d rows the one merged; want %d, %d and 0",
			moved, sets, left, n+1, n+1)
	}
}
