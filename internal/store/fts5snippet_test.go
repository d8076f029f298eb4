package store

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// snippetTable opens an SQLite connection with a full-text table of the
// stories' tokenizer, to compare annals_snippet with snippet() on any
// text.
func snippetTable(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open(driverName, "file:"+filepath.Join(t.TempDir(), "snippets.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')`); err != nil {
		t.Fatal(err)
	}
	if !rankSupported.Load() {
		t.Fatal(snippetFunc + " is not registered")
	}
	return db
}

// sameSnippets compares snippet() and annals_snippet on every row of t
// matching query, with the arguments the store uses and a few others.
func sameSnippets(t testing.TB, db *sql.DB, query string) int {
	t.Helper()
	n := 0
	for _, args := range [][]any{{1, "**", "**", "…", 24}, {1, "<b>", "</b>", "...", 5}, {-1, "[", "]", "", 10}, {0, "", "", "…", 1}} {
		rows, err := db.Query(`SELECT rowid, snippet(t, ?, ?, ?, ?, ?), annals_snippet(t, ?, ?, ?, ?, ?) FROM t WHERE t MATCH ?`,
			append(append(args, args...), query)...)
		if err != nil {
			return n // not a query FTS5 reads
		}
		for rows.Next() {
			var id int64
			var want, got sql.NullString
			if err := rows.Scan(&id, &want, &got); err != nil {
				t.Fatal(err)
			}
			if want != got {
				t.Errorf("%q %v row %d:\nsnippet()       %q\nannals_snippet  %q", query, args, id, want.String, got.String)
			}
			n++
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// TestSnippetSameAsFTS5 checks annals_snippet against snippet() on
// stories of the corpus and on texts of every kind of character: accents
// and combining marks, other scripts, punctuation outside ASCII,
// sentences, matches at the ends, overlapping phrases.
func TestSnippetSameAsFTS5(t *testing.T) {
	sqliteOnly(t)
	db := snippetTable(t)
	c := newCorpus(5)
	for i := range 150 {
		st, _ := c.story(i)
		if _, err := db.Exec(`INSERT INTO t (title, text) VALUES (?, ?)`, st.Title, st.Text); err != nil {
			t.Fatal(err)
		}
	}
	texts := []string{
		"Café déjà vu: the naïve coöperation of Zoë. Second sentence here. Third: a café again.",
		"Cafe\u0301 with a combining accent, and \u0301 alone, then cafe\u0301s.",
		"北京 talks: Beijing and Tōkyō; Москва and Київ. Ελλάδα — Greece’s “reform” plan…",
		"emoji 🙂 climate 🌍 change; climate-change climate_change climate2030 2030climate.",
		"climate",
		"",
		"   climate   ",
		"The end. climate",
		"climate change climate change climate. Change of climate: climate change!",
		strings.Repeat("word ", 60) + "climate " + strings.Repeat("filler ", 60) + ". climate change at the end.",
		"Zero\u200bwidth joiner\u200dhere and non\u00a0breaking spaces; tab\there\nnewline\r\nclimate.",
		"ﬁnance ligature, Ⅻ numeral, ² superscript, ½ fraction, ǅ titlecase, ß and ẞ.",
	}
	for _, text := range texts {
		if _, err := db.Exec(`INSERT INTO t (title, text) VALUES (?, ?)`, "climate title", text); err != nil {
			t.Fatal(err)
		}
	}
	queries := []string{"climate", "cooperation", "climate change", `"climate change"`, "clim*", "café", "cafe", "beijing",
		"москва", "ελλαδα", "greece", "reform", "title", "strengthen", "partnership", "grown stronger", "climate OR cooperation",
		"title:climate", "text:climate", "NEAR(climate change, 2)", "climate NOT change", "finance", "word climate", "zoe", "2030climate"}
	total := 0
	for _, q := range queries {
		total += sameSnippets(t, db, q)
	}
	if total < 500 {
		t.Errorf("%d snippets compared", total)
	}
}

// FuzzSnippet compares annals_snippet with snippet() on any text and a
// query of one of its words.
func FuzzSnippet(f *testing.F) {
	for _, s := range []string{"Café déjà vu. The end: climate", "a\u0301b c", "北京 talks", "x.  y: z", "\xff\xfe bad utf-8 climate", "nul\x00byte climate"} {
		f.Add(s, 0)
	}
	db := snippetTable(f)
	f.Fuzz(func(t *testing.T, text string, pick int) {
		if _, err := db.Exec(`DELETE FROM t`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO t (title, text) VALUES ('', ?)`, text); err != nil {
			t.Fatal(err)
		}
		words := strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r == utf8.RuneError })
		if len(words) == 0 {
			return
		}
		w := words[(pick%len(words)+len(words))%len(words)]
		sameSnippets(t, db, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	})
}
