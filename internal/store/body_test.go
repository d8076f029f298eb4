package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"annals"
	"annals/internal/store/pgtest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

func TestBodyRoundTrip(t *testing.T) {
	for _, c := range []struct{ raw, text string }{
		{"", ""},
		{"# Title\n\nThe United Nations met.", "Title\n\nThe United Nations met."},
		{"<p>caf\u00e9 &amp; bar</p>", "caf\u00e9 & bar"},
		{strings.Repeat("long story text. ", 5000), strings.Repeat("long story text. ", 4999)},
	} {
		sents := []evSentence{{evKey{0, 3, ""}, "one"}, {evKey{4, 9, evInText + "1 2"}, "two"}, {evKey{0, 2, ""}, "one"}}
		for _, b := range [][]byte{packBody([]byte(c.raw), c.text, nil), packBody([]byte(c.raw), c.text, sents)} {
			raw, text, err := unpackBody(b)
			if err != nil || string(raw) != c.raw || text != c.text {
				t.Errorf("%.20q: got %.20q %.20q %v", c.raw, raw, text, err)
			}
		}
	}
	if _, _, err := unpackBody([]byte("not zstd")); err == nil {
		t.Error("a damaged body unpacked")
	}
}

// TestBodySentences: the evidence sentences a body carries are read
// from its first block alone, and a body carrying none gives its plain
// content instead.
func TestBodySentences(t *testing.T) {
	st, doc := evStory()
	sents := docSentences(st.Raw, st.Text, doc)
	want := map[evKey]string{}
	p := &evPacker{raw: st.Raw, text: st.Text}
	for _, ev := range []annals.Span{doc.Roles[0].Evidence, doc.Roles[1].Evidence, doc.Roles[2].Evidence,
		doc.Events[0].Evidence, doc.Events[1].Evidence, doc.Events[2].Evidence, doc.Events[3].Evidence} {
		if code := p.pack(ev.Start, ev.End, ev.Text); code == "" || strings.HasPrefix(code, evInText) {
			want[evKey{ev.Start, ev.End, code}] = ev.Text
		}
	}
	if len(want) != 4 || len(sents) != 4 {
		t.Fatalf("%d sentences of the story's bytes, want 4 (%v)", len(sents), want)
	}
	long := strings.Repeat("More words of the story follow here, each line a little different: ", 4000)
	longRaw := append(slices.Clone(st.Raw), long...)
	for _, c := range []struct {
		name string
		body []byte
		want map[evKey]string // nil: none carried
	}{
		{"carried", packBody(st.Raw, st.Text, sents), want},
		{"carried by a long story cut after its first block", func() []byte {
			b := packBody(longRaw, st.Text+long, sents)
			return b[:len(b)/2]
		}(), want},
		{"none", packBody(st.Raw, st.Text, nil), nil},
		{"none, no evidence", packBody(st.Raw, st.Text, docSentences(st.Raw, st.Text, &annals.Document{})), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, plain, err := bodySentences(c.body)
			if err != nil {
				t.Fatal(err)
			}
			if c.want == nil {
				raw, text, err := splitPlain(plain)
				if got != nil || err != nil || string(raw) != string(st.Raw) || text != st.Text {
					t.Errorf("got %v and %.20q %.20q %v, want the plain content", got, raw, text, err)
				}
				return
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	if _, _, err := unpackBody(func() []byte { b := packBody(longRaw, st.Text+long, sents); return b[:len(b)/2] }()); err == nil {
		t.Error("a body cut in half unpacked")
	}
	for _, bad := range [][]byte{[]byte("not zstd"), packBody(st.Raw, st.Text, sents)[:12], packBody(st.Raw, st.Text, nil)[:12],
		zEnc.EncodeAll(append(slices.Clone(sentenceMark), 5, 1), nil),
		zEnc.EncodeAll(append(slices.Clone(sentenceMark), 3, 1, 9, 'x'), nil)} {
		if _, _, err := bodySentences(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestSpansRoundTrip(t *testing.T) {
	raw := []byte("The United Nations and the U.N. met; UN &amp; WHO.")
	spans := []annals.Span{
		{Start: 4, End: 18, Text: "United Nations"},
		{Start: 27, End: 31, Text: "U.N."},
		{Start: 37, End: 48, Text: "UN & WHO"}, // text that is not the bytes at the span
		{Start: 0, End: 0, Text: ""},
	}
	got, err := unpackSpans(raw, packSpans(raw, spans))
	if err != nil || !slices.Equal(got, spans) {
		t.Errorf("got %v %v, want %v", got, err, spans)
	}
	if got, err := unpackSpans(raw, nil); err != nil || len(got) != 0 {
		t.Errorf("no spans: %v %v", got, err)
	}
	for _, bad := range [][]byte{{0x80}, {4, 200, 0}, {4, 2, 9, 'x'}} {
		if _, err := unpackSpans(raw, bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// TestMigrateV6: a database of schema v5 (raw and text columns, a
// mentions table) opens as v6 with its stories, mentions and search intact.
func TestMigrateV6(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:5] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
	}
	raw, text := oldRaw, oldText
	for _, q := range append([]string{fmt.Sprintf(`PRAGMA user_version = 5; PRAGMA application_id = %d`, applicationID),
		`INSERT INTO stories_fts (rowid, title, text) VALUES (1, 'Hydrogen hubs', ?2)`}, oldStoryRows...) {
		if _, err := db.Exec(q, []byte(raw), text); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkMigrated(t, s, raw, text)
}

// oldStoryRows are the rows of one story under the schema before v6
// (SQLite) or v3 (PostgreSQL), arguments raw and text.
var oldStoryRows = []string{
	`INSERT INTO stories (id, path, hash, format, title, published, pub_lo, raw, text, ingested) VALUES (1, 'a.md', 'h1', 'markdown', 'Hydrogen hubs', '2020-01-02', '2020-01-02', ?1, ?2, '2020-01-02T00:00:00Z')`,
	`INSERT INTO entities (id, type, name, stories, mentions) VALUES (1, 'ORG', 'United Nations', 1, 1), (2, 'PLACE', 'Kenya', 1, 1)`,
	`INSERT INTO story_entities (id, story_id, ord, local_id, entity_id, type, name, aliases, ref, former, mentions, reason)
			VALUES (1, 1, 0, 'e1', 1, 'ORG', 'United Nations', '[]', '', '[]', 1, 'new'), (2, 1, 1, 'e2', 2, 'PLACE', 'Kenya', '[]', '', '[]', 2, 'new')`,
	`INSERT INTO mentions (story_entity_id, start_at, end_at, text) VALUES (1, 21, 35, 'United Nations'), (2, 40, 45, 'Kenya'), (2, 40, 45, 'KENYA')`,
}

const oldRaw, oldText = "# Hydrogen hubs\n\nThe United Nations and Kenya signed a hydrogen agreement.",
	"Hydrogen hubs\n\nThe United Nations and Kenya signed a hydrogen agreement."

// checkMigrated checks the story of oldStoryRows in a migrated database.
func checkMigrated(t *testing.T, s *DB, raw, text string) {
	t.Helper()
	ctx := context.Background()
	st, doc, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if string(st.Raw) != raw || st.Text != text {
		t.Errorf("story %q %q", st.Raw, st.Text)
	}
	if len(doc.Entities) != 2 || !slices.Equal(doc.Entities[1].Mentions, []annals.Span{{Start: 40, End: 45, Text: "Kenya"}, {Start: 40, End: 45, Text: "KENYA"}}) ||
		!slices.Equal(doc.Entities[0].Mentions, []annals.Span{{Start: 21, End: 35, Text: "United Nations"}}) {
		t.Errorf("entities %+v", doc.Entities)
	}
	hits, total, err := s.Search(ctx, "hydrogen", SearchOptions{})
	if err != nil || total != 1 || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "**hydrogen**") {
		t.Errorf("search: %+v %d %v", hits, total, err)
	}
	// The index stays in step when the story is deleted.
	if err := s.DeleteStory(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, total, err := s.Search(ctx, "hydrogen", SearchOptions{}); err != nil || total != 0 {
		t.Errorf("after delete: %d %v", total, err)
	}
}

// TestMigratePostgresV3: the same on PostgreSQL, from schema v1 (through v2, identity columns).
func TestMigratePostgresV3(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	for _, q := range append([]string{`CREATE TABLE annals_schema (version INTEGER NOT NULL); INSERT INTO annals_schema VALUES (1)`, pgSchema(pgSchemaV1)}, oldStoryRows...) {
		var args []any
		if strings.Contains(q, "?") {
			args = []any{[]byte(oldRaw), oldText}
		}
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkMigrated(t, s, oldRaw, oldText)
}

// TestSentenceCache: a sentence is found for the version it was kept for
// only; another version of the story drops the sentences of the old one,
// and the cache keeps at most sentenceCacheStories stories.
func TestSentenceCache(t *testing.T) {
	var c sentenceCache
	k1, k2 := evKey{0, 5, ""}, evKey{6, 9, evInText + "3 4"}
	c.put(1, "v1", k1, "Talks")
	c.put(1, "v1", k2, "UN met")
	c.put(2, "v1", k1, "Other")
	for _, tc := range []struct {
		id      int64
		version string
		k       evKey
		want    string
		ok      bool
	}{
		{1, "v1", k1, "Talks", true},
		{1, "v1", k2, "UN met", true},
		{2, "v1", k1, "Other", true},
		{1, "v2", k1, "", false},
		{1, "v1", evKey{0, 5, evInText + "0 5"}, "", false},
		{3, "v1", k1, "", false},
	} {
		if got, ok := c.get(tc.id, tc.version, tc.k); got != tc.want || ok != tc.ok {
			t.Errorf("get(%d, %s, %v) = %q, %v; want %q, %v", tc.id, tc.version, tc.k, got, ok, tc.want, tc.ok)
		}
	}
	c.put(1, "v2", k1, "Talks again")
	if _, ok := c.get(1, "v1", k2); ok {
		t.Error("a sentence of the old version kept")
	}
	if got, ok := c.get(1, "v2", k1); !ok || got != "Talks again" {
		t.Errorf("new version: %q, %v", got, ok)
	}
	for id := range int64(3 * sentenceCacheStories) {
		c.put(id+10, "v", k1, "s")
		if n := len(c.m); n > sentenceCacheStories {
			t.Fatalf("%d stories kept", n)
		}
	}
	if got, ok := c.get(3*sentenceCacheStories+9, "v", k1); !ok || got != "s" {
		t.Errorf("the latest story: %q, %v", got, ok)
	}
}

// TestTextCache checks the texts annals_text keeps: each found again by
// its body's bytes alone (another body of the same text is another key,
// a body one byte off is none), the recent ones kept, at most
// textCacheSize in all.
func TestTextCache(t *testing.T) {
	c := textCache{cur: map[string]string{}, old: map[string]string{}}
	body := func(i int) []byte { return []byte(fmt.Sprintf("body %05d", i)) }
	for i := range 3 * textCacheSize {
		c.add(body(i), fmt.Sprint("text ", i))
		if n := len(c.cur) + len(c.old); n > textCacheSize {
			t.Fatalf("%d texts kept", n)
		}
	}
	for _, tc := range []struct {
		body []byte
		want string
		ok   bool
	}{
		{body(3*textCacheSize - 1), fmt.Sprint("text ", 3*textCacheSize-1), true},
		{body(3*textCacheSize - textCacheSize/2), fmt.Sprint("text ", 3*textCacheSize-textCacheSize/2), true},
		{body(0), "", false},
		{[]byte("body 0076"), "", false},
		{append(body(3*textCacheSize-1), 0), "", false},
	} {
		got, ok := c.get(tc.body)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%q: %q, %v; want %q, %v", tc.body, got, ok, tc.want, tc.ok)
		}
	}
}
