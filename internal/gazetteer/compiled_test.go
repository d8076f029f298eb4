package gazetteer

import (
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"
)

var updateCompiled = flag.Bool("update-compiled", false, "write compiled.bin from the lists")

// TestCompiledFile checks that compiled.bin is what the embedded lists
// make with this package's code; with -update-compiled (go generate) it
// writes the file.
func TestCompiledFile(t *testing.T) {
	b := fromLists().appendCompiled(nil, listsSum())
	if *updateCompiled {
		if err := os.WriteFile("compiled.bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err := CheckCompiled(); err != nil {
		t.Fatal(err)
	}
}

// TestCompiledGazetteer checks that the gazetteer read from the compiled
// file is the one built from the lists: the same name index, trie and
// word ids, and the same matches in news text as written, in lower case
// and in capitals.
func TestCompiledGazetteer(t *testing.T) {
	want := fromLists()
	got := collect(listEntries())
	if err := got.readCompiled(compiledFile, listsSum()); err != nil {
		t.Fatal(err)
	}
	place := func(g *Gazetteer) map[*Entry]int {
		m := map[*Entry]int{}
		for i, e := range g.entries {
			m[e] = i
		}
		return m
	}
	gp, wp := place(got), place(want)
	if len(got.byName) != len(want.byName) || len(got.edges) != len(want.edges) || len(got.outs) != len(want.outs) {
		t.Fatalf("%d names, %d edges, %d nodes; want %d, %d, %d", len(got.byName), len(got.edges), len(got.outs), len(want.byName), len(want.edges), len(want.outs))
	}
	for k, wes := range want.byName {
		ges := got.byName[k]
		if len(ges) != len(wes) {
			t.Fatalf("%q: %d entries, want %d", k, len(ges), len(wes))
		}
		for i := range wes {
			if gp[ges[i]] != wp[wes[i]] {
				t.Fatalf("%q: entry %d is %s, want %s", k, i, ges[i].Key, wes[i].Key)
			}
		}
	}
	for k, c := range want.edges {
		if got.edges[k] != c {
			t.Fatalf("edge %x: %d, want %d", k, got.edges[k], c)
		}
	}
	for i, wos := range want.outs {
		gos := got.outs[i]
		if len(gos) != len(wos) {
			t.Fatalf("node %d: %d outs, want %d", i, len(gos), len(wos))
		}
		for j, o := range wos {
			if g := gos[j]; gp[g.e] != wp[o.e] || g.demonym != o.demonym || g.acronym != o.acronym {
				t.Fatalf("node %d out %d: %+v, want %+v", i, j, g, o)
			}
		}
	}
	if !reflect.DeepEqual(got.exact, want.exact) {
		t.Fatal("exact forms differ")
	}
	for w, id := range want.vocab {
		for _, x := range []string{w, w + "x", w[:len(w)/2]} {
			gid, gok := got.ids.GetString(x)
			wid, wok := want.ids.GetString(x)
			if gid != wid || gok != wok {
				t.Fatalf("%q (of %q, %d): id %d %v, want %d %v", x, w, id, gid, gok, wid, wok)
			}
			_, gok = got.lowStarts.GetString(x)
			_, wok = want.lowStarts.GetString(x)
			if gok != wok {
				t.Fatalf("%q: begins a name in any case %v, want %v", x, gok, wok)
			}
		}
	}
	news := newsText(200_000)
	for i, s := range []string{news, strings.ToLower(news), strings.ToUpper(news[:50_000]), "the bank of england said. of the united nations, and the u.n. (un) met in d.c.; 9/11 & G20 iPhone"} {
		gm, wm := got.Match(s), want.Match(s)
		if len(gm) != len(wm) || i == 0 && len(wm) == 0 {
			t.Fatalf("%d matches, want %d", len(gm), len(wm))
		}
		for i := range wm {
			g, w := gm[i], wm[i]
			if g.Start != w.Start || g.End != w.End || gp[g.Entry] != wp[w.Entry] || g.Demonym != w.Demonym || g.Acronym != w.Acronym {
				t.Fatalf("match %d: %+v, want %+v", i, g, w)
			}
		}
	}
}

// TestCompiledRefused checks that a compiled file made from other lists,
// cut short, grown or not a compiled file at all is refused (Default then
// builds the index from the lists).
func TestCompiledRefused(t *testing.T) {
	sum := listsSum()
	for _, c := range []struct {
		name string
		file string
		sum  uint32
	}{
		{"other lists", compiledFile, sum + 1},
		{"cut short", compiledFile[:len(compiledFile)-3], sum},
		{"cut in its header", compiledFile[:len(compiledMagic)+2], sum},
		{"grown", compiledFile + "\x00", sum},
		{"another format", strings.Replace(compiledFile, "index 1", "index 0", 1), sum},
		{"empty", "", sum},
	} {
		g := collect(listEntries())
		if err := g.readCompiled(c.file, c.sum); err == nil {
			t.Errorf("%s: read", c.name)
		}
	}
	g := collect(listEntries())
	if err := g.readCompiled(compiledFile, sum); err != nil {
		t.Errorf("the file as it is: %v", err)
	}
}
