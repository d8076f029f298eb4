package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"annals"
	"annals/internal/store/pgtest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// evRaw and evText: a Markdown story and its read text.
const (
	evRaw  = "# Talks\n\nThe UN and\nKenya met in **Nairobi** today.\n\nThey signed [an accord](https://example.org/a) on water.\n\nCafé\u00a0talks  went on. \x01Odd."
	evText = "Talks\n\nThe UN and\nKenya met in Nairobi today.\n\nThey signed an accord on water.\n\nCafé\u00a0talks  went on. \x01Odd."
)

func TestEvidenceRoundTrip(t *testing.T) {
	at := func(sub string) (int, int) {
		i := strings.Index(evRaw, sub)
		if i < 0 {
			t.Fatalf("%q not in the story", sub)
		}
		return i, i + len(sub)
	}
	for _, c := range []struct {
		name, in, text string // the span's bytes in the original, the sentence
		form           string // "raw", "text" or "literal"
	}{
		{"the original's bytes", "Talks", "Talks", "raw"},
		{"lines joined", "The UN and\nKenya met", "The UN and Kenya met", "raw"},
		{"markup dropped", "The UN and\nKenya met in **Nairobi** today.", "The UN and Kenya met in Nairobi today.", "text"},
		{"a link dropped", "They signed [an accord](https://example.org/a) on water.", "They signed an accord on water.", "text"},
		{"unicode white space", "Café\u00a0talks  went on.", "Café talks went on.", "raw"},
		{"not the story's words", "They signed", "They agreed", "literal"},
		{"empty, on an empty span", "", "", "raw"},
		{"empty, on words", "Talks", "", "literal"},
		{"beginning with the escape", "Talks", "\x01Talks", "literal"},
		{"beginning with the text mark", "Talks", "\x023 4", "literal"},
		{"white space kept", "Talks", " Talks", "literal"},
		{"a control byte of the story", "\x01Odd.", "\x01Odd.", "raw"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start, end := 3, 3
			if c.in != "" {
				start, end = at(c.in)
			}
			p := &evPacker{raw: []byte(evRaw), text: evText}
			code := p.pack(start, end, c.text)
			form := "literal"
			switch {
			case code == "":
				form = "raw"
			case strings.HasPrefix(code, evInText):
				form = "text"
			}
			if form != c.form {
				t.Errorf("packed as %s (%q), want %s", form, code, c.form)
			}
			got, err := unpackEvidence([]byte(evRaw), evText, start, end, code)
			if err != nil || got != c.text {
				t.Errorf("unpacked %q, %v; want %q", got, err, c.text)
			}
		})
	}
	// A span outside the original (PutStory refuses it) is not read.
	p := &evPacker{raw: []byte(evRaw), text: evText}
	if got, err := unpackEvidence([]byte(evRaw), evText, 5, 500, p.pack(5, 500, "on water.")); err != nil || got != "on water." {
		t.Errorf("outside the original: %q %v", got, err)
	}
	for _, bad := range []string{"\x02", "\x02x 1", "\x021 999", "\x02-1 2"} {
		if _, err := unpackEvidence([]byte(evRaw), evText, 0, 5, bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if _, err := unpackEvidence([]byte(evRaw), evText, 5, 500, ""); err == nil {
		t.Error("a span outside the original: no error")
	}
}

// TestFoldedEqual compares foldedEqual with foldSpace on random strings of
// words, white space (Unicode's too) and invalid bytes.
func TestFoldedEqual(t *testing.T) {
	parts := []string{" ", "  ", "\n", "\t", "\u00a0", "\u2003", "a", "bc", "é", "\xff", "\xe2\x80", "x y"}
	rng := rand.New(rand.NewPCG(1, 2))
	gen := func() string {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		return b.String()
	}
	equal := 0
	for range 20000 {
		s, w := gen(), gen()
		if rng.IntN(2) == 0 {
			w = foldSpace([]byte(s))
		}
		want := foldSpace([]byte(s)) == w
		if got := foldedEqual([]byte(s), w); got != want {
			t.Fatalf("foldedEqual(%q, %q) = %v", s, w, got)
		}
		if want {
			equal++
		}
	}
	if equal < 5000 {
		t.Errorf("only %d equal pairs", equal)
	}
}

// evStory is a story whose citations take every form of packEvidence.
func evStory() (*annals.Story, *annals.Document) {
	span := func(in, text string) annals.Span {
		i := strings.Index(evRaw, in)
		return annals.Span{Start: i, End: i + len(in), Text: text}
	}
	st := &annals.Story{Path: "talks.md", Format: "markdown", Title: "Talks", Raw: []byte(evRaw), Text: evText,
		Ingested: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	doc := &annals.Document{Doc: st.Path, Title: "Talks", Published: "2024-03-05",
		Entities: []annals.Entity{
			{ID: "e1", Type: annals.Org, Name: "United Nations", Aliases: []string{"UN"}, Mentions: []annals.Span{span("UN", "UN")}},
			{ID: "e2", Type: annals.Place, Name: "Kenya", Aliases: []string{}, Mentions: []annals.Span{span("Kenya", "Kenya")}},
			{ID: "e3", Type: annals.Person, Name: "Ann Odd", Aliases: []string{}, Mentions: []annals.Span{span("Odd", "Odd")}},
		},
		Roles: []annals.Role{
			{Person: "Ann Odd", Role: "envoy", Org: "United Nations", Evidence: span("They signed", "They agreed")},
			{Person: "Ann Odd", Role: "adviser", Org: "United Nations", Evidence: span("Talks", "")},
			{Person: "Ann Odd", Role: "chair", Org: "United Nations", Evidence: span("Café\u00a0talks  went on.", "Café talks went on.")},
		},
		Figures: []annals.Figure{}, Dates: []annals.DateMention{},
		Events: []annals.Event{
			{Type: annals.Meeting, Date: "2024-03-05", Participants: []string{"United Nations"}, Status: annals.Held, Figures: []annals.Figure{},
				Evidence: span("The UN and\nKenya met in **Nairobi** today.", "The UN and Kenya met in Nairobi today.")},
			{Type: annals.Agreement, Date: "2024-03-05", Participants: []string{"United Nations", "Kenya"}, Status: annals.Held, Figures: []annals.Figure{},
				Evidence: span("They signed [an accord](https://example.org/a) on water.", "They signed an accord on water.")},
			{Type: annals.Conference, Participants: []string{"United Nations"}, Status: annals.Held, Figures: []annals.Figure{},
				Evidence: span("Talks", "\x01Talks")},
			{Type: annals.Speech, Participants: []string{"Ann Odd"}, Status: annals.Held, Figures: []annals.Figure{},
				Evidence: span("\x01Odd.", "\x01Odd.")},
		},
	}
	return st, doc
}

// evidenceForms counts the forms of the stored evidence codes.
func evidenceForms(t *testing.T, s *DB) (raw, text, other int) {
	t.Helper()
	if err := s.r.QueryRow(`SELECT count(CASE WHEN ev_text = '' THEN 1 END), count(CASE WHEN ev_text LIKE ? THEN 1 END), count(*)
		FROM (SELECT ev_text FROM reports UNION ALL SELECT ev_text FROM roles) AS e`, evInText+"%").Scan(&raw, &text, &other); err != nil {
		t.Fatal(err)
	}
	return raw, text, other - raw - text
}

// TestEvidenceStored: the citations of every page give back the sentences
// stored, whatever form they were kept in.
func TestEvidenceStored(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	st, doc := evStory()
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, r := range doc.Roles {
		want[r.Evidence.Text] = true
	}
	for _, e := range doc.Events {
		want[e.Evidence.Text] = true
	}
	cites := citations(t, s)
	seen := map[string]bool{}
	for k, v := range cites {
		var start, end int
		var text string
		if _, err := fmt.Sscanf(v, "%d-%d %q", &start, &end, &text); err != nil {
			t.Fatalf("%s: %s: %v", k, v, err)
		}
		if !want[text] {
			t.Errorf("%s: %q is not a sentence stored", k, text)
		}
		seen[text] = true
	}
	for w := range want {
		if !seen[w] {
			t.Errorf("%q never shown", w)
		}
	}
	_, got, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got.Roles {
		if r.Evidence != doc.Roles[i].Evidence {
			t.Errorf("role %d: %+v, want %+v", i, r.Evidence, doc.Roles[i].Evidence)
		}
	}
	for i, e := range got.Events {
		if e.Evidence != doc.Events[i].Evidence {
			t.Errorf("event %d: %+v, want %+v", i, e.Evidence, doc.Events[i].Evidence)
		}
	}
	if raw, text, other := evidenceForms(t, s); raw != 2 || text != 2 || other != 3 {
		t.Errorf("forms stored: %d of the original, %d of the text, %d sentences; want 2, 2, 3", raw, text, other)
	}
}

// evidenceStories stores the story of every form and a few generated ones
// for the migration tests, then writes their evidence as schema v7 did
// (the sentences), and returns the citations shown before.
func evidenceStories(t *testing.T, s *DB) map[string]string {
	t.Helper()
	ctx := context.Background()
	st, doc := evStory()
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	c := newCorpus(11)
	for i := range 10 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	cites := citations(t, s)
	writeSentences(t, s)
	if raw, text, _ := evidenceForms(t, s); raw != 1 || text != 0 {
		t.Fatalf("after writing the sentences back: %d of the original (the empty one), %d of the text", raw, text)
	}
	return cites
}

// writeSentences writes the evidence sentences of every story into
// ev_text, as schema v7 kept them.
func writeSentences(t *testing.T, s *DB) {
	t.Helper()
	for l, doc := range storedDocs(t, s) {
		for i, r := range doc.Roles {
			if _, err := s.w.Exec(`UPDATE roles SET ev_text = ? WHERE story_id = ? AND ord = ?`, r.Evidence.Text, l.ID, i); err != nil {
				t.Fatal(err)
			}
		}
		for i, e := range doc.Events {
			if _, err := s.w.Exec(`UPDATE reports SET ev_text = ? WHERE story_id = ? AND ord = ?`, e.Evidence.Text, l.ID, i); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// checkEvidenceMigrated: the citations are those shown before, and the
// sentences are references again.
func checkEvidenceMigrated(t *testing.T, s *DB, cites map[string]string) {
	t.Helper()
	compareCitations(t, cites, citations(t, s))
	raw, text, other := evidenceForms(t, s)
	if raw < 10 || text != 2 || other != 3 {
		t.Errorf("after the migration: %d of the original, %d of the text, %d sentences", raw, text, other)
	}
}

// TestMigrateV8: a database of schema v7 (evidence sentences written out)
// opens as v8 with the same citations, kept as references.
func TestMigrateV8(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	cites := evidenceStories(t, s)
	for _, q := range append(slices.Clone(beforeV11), `ALTER TABLE report_keys DROP COLUMN story_id`, `ALTER TABLE report_keys DROP COLUMN tbits`, `ALTER TABLE report_keys DROP COLUMN sday`, // schema v9
		`ALTER TABLE report_keys DROP COLUMN role`, // schema v10
		`PRAGMA user_version = 7`) {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkEvidenceMigrated(t, s, cites)
}

// TestMigratePostgresV5: the same on PostgreSQL, from schema v4.
func TestMigratePostgresV5(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	s, err := OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	cites := evidenceStories(t, s)
	s.Close()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	if _, err := db.ExecContext(ctx, pgBeforeV21+`; `+pgBeforeV9+`; UPDATE annals_schema SET version = 4`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkEvidenceMigrated(t, s, cites)
}

// TestEvidenceAfterReplace: a story replaced by other words shows its new
// sentences on every page, though the old ones were read (and its body
// cached) before.
func TestEvidenceAfterReplace(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	st, doc := evStory()
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	before := citations(t, s)
	// The same story with "UN" written "EU" and "accord" "treaty": the
	// same offsets, other words.
	swap := strings.NewReplacer("UN", "EU", "accord", "treaty")
	st2, doc2 := evStory()
	st2.Raw, st2.Text, st2.Hash = []byte(swap.Replace(evRaw)), swap.Replace(evText), ""
	for i := range doc2.Events {
		doc2.Events[i].Evidence.Text = swap.Replace(doc2.Events[i].Evidence.Text)
	}
	doc2.Entities[0].Mentions[0].Text = "EU"
	if res, err := s.PutStory(ctx, st2, doc2); err != nil || !res.Replaced {
		t.Fatalf("%+v %v", res, err)
	}
	after := citations(t, s)
	changed := 0
	for k, v := range after {
		if strings.Contains(v, "UN ") || strings.Contains(v, "accord") {
			t.Errorf("%s: %s: the sentence before the story was replaced", k, v)
		}
		if v != before[k] {
			changed++
		}
	}
	if changed == 0 {
		t.Error("no citation changed")
	}
}

// TestEvidenceStoredAgain: a story deleted and stored again under the same
// id, with the same bytes and time of ingestion but another read text,
// shows the sentences of its new text, though the old ones were read (and
// cached) before.
func TestEvidenceStoredAgain(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	st, doc := evStory()
	res, err := s.PutStory(ctx, st, doc)
	if err != nil {
		t.Fatal(err)
	}
	before := citations(t, s)
	if err := s.DeleteStory(ctx, res.StoryID); err != nil {
		t.Fatal(err)
	}
	// The read text with "Nairobi" read "Mombasa": the same length, so
	// the same offsets in the text.
	swap := strings.NewReplacer("Nairobi", "Mombasa")
	st2, doc2 := evStory()
	st2.Text = swap.Replace(evText)
	for i := range doc2.Events {
		doc2.Events[i].Evidence.Text = swap.Replace(doc2.Events[i].Evidence.Text)
	}
	res2, err := s.PutStory(ctx, st2, doc2)
	if err != nil {
		t.Fatal(err)
	}
	if res2.StoryID != res.StoryID {
		t.Skipf("stored again as %d, not %d", res2.StoryID, res.StoryID)
	}
	after := citations(t, s)
	changed := 0
	for k, v := range after {
		if strings.Contains(v, "Nairobi") {
			t.Errorf("%s: %s: the sentence of the text before", k, v)
		}
		if v != before[k] {
			changed++
		}
	}
	if changed == 0 {
		t.Error("no citation changed")
	}
}

// bodiesUnpacked is the number of story bodies unpacked whole for their
// evidence and kept (the body cache).
func bodiesUnpacked(s *DB) int {
	s.bodies.mu.Lock()
	defer s.bodies.mu.Unlock()
	return len(s.bodies.m)
}

// TestEvidenceFromBody: the pages' citations read the sentences a body
// carries and unpack no body whole, and give the sentences stored.
func TestEvidenceFromBody(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	st, doc := evStory()
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	c := newCorpus(5)
	for i := range 8 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	carried := 0
	for l, doc := range storedDocs(t, s) {
		var body []byte
		if err := s.r.QueryRow(`SELECT body FROM stories WHERE id = ?`, l.ID).Scan(&body); err != nil {
			t.Fatal(err)
		}
		sents, _, err := bodySentences(body)
		if err != nil {
			t.Fatal(err)
		}
		stored, _, _ := s.Story(ctx, l.ID)
		if want := docSentences(stored.Raw, stored.Text, doc); len(want) != len(sents) {
			t.Errorf("%s: the body carries %d sentences, want %d", l.Path, len(sents), len(want))
		}
		if len(sents) > 0 {
			carried++
		}
	}
	if carried < 5 {
		t.Errorf("%d bodies carry sentences", carried)
	}
	cites := citations(t, s)
	if n := bodiesUnpacked(s); n != 0 {
		t.Errorf("%d bodies unpacked whole for their evidence", n)
	}
	s.sentences = sentenceCache{}
	compareCitations(t, cites, citations(t, s))
	// The literal sentences and those of the story's bytes, as stored.
	want := map[string]bool{}
	for _, r := range doc.Roles {
		want[r.Evidence.Text] = true
	}
	for _, e := range doc.Events {
		want[e.Evidence.Text] = true
	}
	for k, v := range cites {
		if !strings.HasPrefix(k, "story talks.md") {
			continue
		}
		var start, end int
		var text string
		if _, err := fmt.Sscanf(v, "%d-%d %q", &start, &end, &text); err != nil || !want[text] {
			t.Errorf("%s: %s (%v) is not a sentence stored", k, v, err)
		}
	}
}

// oldBodies writes every story's body without its sentences, as before
// schema v15 (SQLite) and v12 (PostgreSQL).
func oldBodies(t *testing.T, s *DB) {
	t.Helper()
	for l := range storedDocs(t, s) {
		st, _, err := s.Story(context.Background(), l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.w.Exec(`UPDATE stories SET body = ? WHERE id = ?`, packBody(st.Raw, st.Text, nil), l.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// checkSentencesMigrated: the bodies carry their sentences again, and the
// citations are those shown before, read without unpacking a body.
func checkSentencesMigrated(t *testing.T, s *DB, cites map[string]string) {
	t.Helper()
	n := 0
	for l := range storedDocs(t, s) {
		var body []byte
		if err := s.r.QueryRow(`SELECT body FROM stories WHERE id = ?`, l.ID).Scan(&body); err != nil {
			t.Fatal(err)
		}
		if sents, _, err := bodySentences(body); err != nil {
			t.Fatal(err)
		} else if sents != nil {
			n++
		}
	}
	if n < 5 {
		t.Errorf("%d bodies carry their sentences after the migration", n)
	}
	compareCitations(t, cites, citations(t, s))
	if n := bodiesUnpacked(s); n != 0 {
		t.Errorf("%d bodies unpacked whole for their evidence", n)
	}
}

// TestMigrateSentences: stories stored without their sentences in the
// body (schema v14, PostgreSQL v11) show the same citations before and
// after the migration, which packs the sentences into their bodies.
func TestMigrateSentences(t *testing.T) {
	for _, engine := range []string{"sqlite", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			var s *DB
			var dsn, path string
			if engine == "postgres" {
				dsn = pgtest.DSN(t)
				var err error
				if s, err = OpenPostgres(context.Background(), dsn); err != nil {
					t.Fatal(err)
				}
			} else {
				path = filepath.Join(t.TempDir(), "old.db")
				var err error
				if s, err = Open(path); err != nil {
					t.Fatal(err)
				}
			}
			ctx := context.Background()
			c := newCorpus(13)
			st, doc := evStory()
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
			for i := range 10 {
				st, doc := c.story(i)
				if _, err := s.PutStory(ctx, st, doc); err != nil {
					t.Fatal(err)
				}
			}
			oldBodies(t, s)
			cites := citations(t, s)
			if n := bodiesUnpacked(s); n == 0 {
				t.Error("old bodies: none unpacked for their evidence")
			}
			s.Close()
			if engine == "postgres" {
				s = reopenPostgres(t, dsn, `UPDATE annals_schema SET version = 11`)
			} else {
				s = reopenSQLite(t, path, append(slices.Clone(beforeV16), `PRAGMA user_version = 14`)...)
			}
			checkSentencesMigrated(t, s, cites)
		})
	}
}
