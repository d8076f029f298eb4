package store

import (
	"fmt"
	"slices"
	"testing"

	"annals"
	"annals/internal/resolve"
	"annals/internal/store/pgtest"
)

// nameForms are forms of one name as stories write them, the best last.
var nameForms = []string{"White House.", "The White House", "White House—", "WHITE HOUSE", "White House"}

// putForms stores one story per form, in the order given.
func putForms(t *testing.T, s *DB, forms []string, from int) {
	t.Helper()
	for k, form := range forms {
		st, doc := story{path: fmt.Sprintf("forms/%d.txt", from+k), published: annals.Date(fmt.Sprintf("2024-01-%02d", from+k+1)),
			title: "Statement " + fmt.Sprint(from+k), text: "A statement by the " + form + " on the budget.",
			ents: []ent{{typ: annals.Org, name: form}}}.build(t)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
}

// shownAs fails unless the one entity stored is shown as want.
func shownAs(t *testing.T, s *DB, want, when string) {
	t.Helper()
	es, err := s.Entities(ctx, EntityFilter{Type: annals.Org})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Name != want {
		var got []string
		for _, e := range es {
			got = append(got, e.Name)
		}
		t.Errorf("%s: entities %q, want one shown as %q", when, got, want)
	}
}

// TestNameForms: an entity is shown under the best written form of its
// name among the forms seen (resolve.Better), whatever the order of the
// stories; a sentence's period, an article, a dash or capitals do not
// win because they sort after the plain form.
func TestNameForms(t *testing.T) {
	orders := [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 4, 0, 3, 1}}
	for _, order := range orders {
		s, _ := openTemp(t)
		var forms []string
		for _, i := range order {
			forms = append(forms, nameForms[i])
		}
		putForms(t, s, forms, 0)
		shownAs(t, s, "White House", fmt.Sprint("order ", order))
	}
	// a blemished form of another norm is kept, not listed as another name
	s, _ := openTemp(t)
	st, doc := story{path: "forms/aka.txt", published: "2024-03-01", title: "Aka", text: "The White House, or the **White House, spoke; the WH too.",
		ents: []ent{{typ: annals.Org, name: "White House", aliases: []string{"**White House", "WH"}}}}.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	es, err := s.Entities(ctx, EntityFilter{Type: annals.Org})
	if err != nil || len(es) != 1 || !slices.Equal(es[0].Aliases, []string{"WH"}) {
		t.Errorf("entities %+v, %v: want the White House also known as WH only", es, err)
	}
}

// putJapan stores a story naming Japan, also as Nippon.
func putJapan(t *testing.T, s *DB) {
	t.Helper()
	st, doc := story{path: "forms/japan.txt", published: "2024-02-01", title: "Visit",
		text: "The minister visited Japan, Nippon to its people.", ents: []ent{{typ: annals.Place, name: "Japan", aliases: []string{"Nippon"}}}}.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateNameForms: a store of SQLite schema v13 (PostgreSQL v10)
// kept the greatest form in byte order; migrated, it ranks that form,
// and the better form takes its place when next seen. A name an older
// resolve took for an acronym because a story shouted it ("JAPAN") is a
// name again, and its entity is shown under it, not under another name.
func TestMigrateNameForms(t *testing.T) {
	check := func(t *testing.T, s *DB) {
		var shown string
		if err := s.r.QueryRow(`SELECT e.name FROM entities e JOIN entity_names n ON n.entity_id = e.id WHERE n.norm = 'japan'`).Scan(&shown); err != nil || shown != "Japan" {
			t.Errorf("Japan shown as %q (%v) after the migration", shown, err)
		}
		var n int
		if err := s.r.QueryRow(`SELECT form_rank FROM entity_names WHERE norm = 'white house'`).Scan(&n); err != nil || n != resolve.FormRank("White House.", resolve.Name)+doubted {
			t.Errorf("rank of the kept form after the migration = %d, %v; want %d", n, err, resolve.FormRank("White House.", resolve.Name)+doubted)
		}
		shownAs(t, s, "White House.", "migrated")
		putForms(t, s, nameForms[4:], 10)
		shownAs(t, s, "White House", "seen again")
	}
	// The old rule's choice, written as the old code wrote it.
	const old = `UPDATE entity_names SET name = 'White House.' WHERE norm = 'white house'`
	const oldEntity = `UPDATE entities SET name = 'White House.' WHERE type = 'ORG'`
	// what a story with "JAPAN" made of Japan
	const shouted, shoutedEntity = `UPDATE entity_names SET kind = 'acronym' WHERE norm = 'japan'`, `UPDATE entities SET name = 'Nippon' WHERE type = 'PLACE'`
	t.Run("sqlite", func(t *testing.T) {
		sqliteOnly(t)
		s, path := openTemp(t)
		putForms(t, s, nameForms[:1], 0)
		putJapan(t, s)
		s.Close()
		check(t, reopenSQLite(t, path, append(slices.Clone(beforeV16), `ALTER TABLE entity_names DROP COLUMN form_rank`, old, oldEntity, shouted, shoutedEntity, `PRAGMA user_version = 13`)...))
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		s, err := OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		putForms(t, s, nameForms[:1], 0)
		putJapan(t, s)
		s.Close()
		check(t, reopenPostgres(t, dsn, `ALTER TABLE entity_names DROP COLUMN form_rank`, old, oldEntity, shouted, shoutedEntity, `UPDATE annals_schema SET version = 10`))
	})
}

// TestMiscapitalizedForms: of two forms of a name that differ only in
// capitals, the one the gazetteer writes is shown (resolve.Miscapitalized),
// whatever the order of the stories, though the other sorts first in
// byte order ("United StateS", a typo, before "United States"); a name
// the gazetteer does not know keeps the first in byte order.
func TestMiscapitalizedForms(t *testing.T) {
	tests := []struct {
		forms []string
		want  string
	}{
		{[]string{"United StateS", "United States"}, "United States"},
		{[]string{"EUROPEAN Union", "European Union"}, "European Union"},
		{[]string{"African UNion", "African Union", "African union"}, "African Union"},
		// guards: not the gazetteer's, byte order as before
		{[]string{"Silk Road Towns association", "Silk Road Towns Association"}, "Silk Road Towns Association"},
		{[]string{"The United States", "United States"}, "United States"},
	}
	for _, tt := range tests {
		back := slices.Clone(tt.forms)
		slices.Reverse(back)
		for _, order := range [][]string{tt.forms, back} {
			s, _ := openTemp(t)
			putForms(t, s, order, 0)
			shownAs(t, s, tt.want, fmt.Sprint("order ", order))
		}
	}
}

// TestMigrateMiscapitalized: a store of SQLite schema v21 (PostgreSQL
// v19) that kept a miscapitalized form ranked as any other gives it the
// blemish when migrated, and the gazetteer's form takes its place when
// next seen; other forms keep their ranks.
func TestMigrateMiscapitalized(t *testing.T) {
	// the typo kept with the rank the old rule gave it
	oldRank := resolve.FormRank("United StateS", resolve.Name) - 64
	old := fmt.Sprintf(`UPDATE entity_names SET form_rank = %d WHERE name = 'United StateS'`, oldRank)
	check := func(t *testing.T, s *DB) {
		var n int
		if err := s.r.QueryRow(`SELECT form_rank FROM entity_names WHERE name = 'United StateS'`).Scan(&n); err != nil || n != oldRank+64 {
			t.Errorf("rank of the kept form after the migration = %d, %v; want %d", n, err, oldRank+64)
		}
		if err := s.r.QueryRow(`SELECT form_rank FROM entity_names WHERE name = 'White House'`).Scan(&n); err != nil || n != resolve.FormRank("White House", resolve.Name) {
			t.Errorf("rank of another form after the migration = %d, %v; want it kept", n, err)
		}
		putForms(t, s, []string{"United States"}, 10)
		es, err := s.Entities(ctx, EntityFilter{Type: annals.Org})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range es {
			got = append(got, e.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, []string{"United States", "White House"}) {
			t.Errorf("entities %q after the gazetteer's form was seen, want United States and White House", got)
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		sqliteOnly(t)
		s, path := openTemp(t)
		putForms(t, s, []string{"United StateS", "White House"}, 0)
		s.Close()
		check(t, reopenSQLite(t, path, old, `PRAGMA user_version = 21`))
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		s, err := OpenPostgres(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		putForms(t, s, []string{"United StateS", "White House"}, 0)
		s.Close()
		check(t, reopenPostgres(t, dsn, old, `UPDATE annals_schema SET version = 19`))
	})
}
