package store

import (
	"context"
	"strings"
	"testing"
)

// TestPostgresOfficesPlan: on PostgreSQL an entity's page reads its
// latest role rows, as the person and as the organization, by a walk of
// the entity's entries in the index of (person_id, id) or (org_id, id)
// from the newest, with no walk of the primary key testing every role
// row and no sort of the entity's rows: at 9,872 stories the offices of
// the most prominent organization walked the key through 1,371 rows for
// its 500, then read each again by the key (docs/scale.md, session 36).
// Also in a prepared statement's generic plan. The planner alone reads
// so few rows here with a bitmap scan and a sort: with those and the
// table's walk off, what is left shows whether an index gives the rows
// in order.
func TestPostgresOfficesPlan(t *testing.T) {
	if !onPostgres() {
		t.Skip("about PostgreSQL")
	}
	s, _ := filled(t)
	ctx := context.Background()
	if _, err := s.w.ExecContext(ctx, `ANALYZE roles`); err != nil {
		t.Fatal(err)
	}
	var person, org int64
	if err := s.r.QueryRowContext(ctx, `SELECT (SELECT person_id FROM roles WHERE person_id IS NOT NULL LIMIT 1),
		(SELECT org_id FROM roles WHERE org_id IS NOT NULL LIMIT 1)`).Scan(&person, &org); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		col, index string
		id         int64
	}{{"person_id", "roles_person_id", person}, {"org_id", "roles_org_id", org}} {
		for _, generic := range []bool{false, true} {
			var rr roleReports
			read := rr.readLatest(storyVersions{}, c.col, c.id)
			plans, err := plansWithoutScans(ctx, s, generic, func(r dbReader) error {
				rows, err := r.QueryContext(ctx, read.q, read.args...)
				if err != nil {
					return err
				}
				return rows.Close()
			})
			if err != nil || len(plans) != 1 {
				t.Fatalf("%s: %d plans, %v", c.col, len(plans), err)
			}
			_, plan, _ := strings.Cut(plans[0], "\n")
			if !strings.Contains(plan, "Index Scan Backward using "+c.index+" on roles") {
				t.Errorf("%s, generic %v: not read from the newest on %s:\n%s", c.col, generic, c.index, plan)
			}
			if strings.Contains(plan, "roles_pkey") {
				t.Errorf("%s, generic %v: the role rows read by their key:\n%s", c.col, generic, plan)
			}
		}
	}
}

// TestMigratePostgresV24: a database of schema v23 opens as v24, its
// role rows indexed by person and by organization in id order and the
// indexes by either alone gone, its entities' pages the same.
func TestMigratePostgresV24(t *testing.T) {
	ctx := context.Background()
	pages := func(s *DB) string {
		return entityPages(t, s, 0, func(_ int64, p *EntityPage) (any, error) { return []any{p.Roles, p.Officers}, nil })
	}
	var want string
	s := migrateFilledPostgres(t, func(s *DB) {
		for _, f := range fixtures {
			st, doc := f.build(t)
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
		}
		want = pages(s)
	}, `DROP INDEX roles_person_id`, `DROP INDEX roles_org_id`, `CREATE INDEX roles_person ON roles(person_id)`,
		`CREATE INDEX roles_org ON roles(org_id)`, `UPDATE annals_schema SET version = 23`)
	var indexes []string
	rows, err := s.r.QueryContext(ctx, `SELECT indexdef FROM pg_indexes WHERE tablename = 'roles' AND indexname LIKE 'roles\_%' ORDER BY indexname`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			t.Fatal(err)
		}
		_, d, _ = strings.Cut(d, " ON ")
		indexes = append(indexes, d)
	}
	rows.Close()
	if got, want := strings.Join(indexes, "; "), "public.roles USING btree (org_id, id); public.roles USING btree (person_id, id); "+
		"public.roles USING btree (id); public.roles USING btree (role_norm); public.roles USING btree (story_id, ord)"; got != want {
		t.Errorf("the role rows' indexes: %s\nwant %s", got, want)
	}
	if strings.Count(want, `"role"`) == 0 {
		t.Fatal("no office on the pages")
	}
	if got := pages(s); got != want {
		t.Errorf("the pages' offices differ after the migration:\n%.600s\nwant\n%.600s", got, want)
	}
}
