package store

import (
	"strings"
	"testing"
)

// TestPGRewriteOrFail: the writer's UPDATE OR FAIL (orFail, SQLite's
// conflict clause that spares a statement journal) is a plain UPDATE on
// PostgreSQL, each statement's placeholders numbered as before.
func TestPGRewriteOrFail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`UPDATE OR FAIL events SET title = ?, date = ? WHERE id = ?`, `UPDATE events SET title = $1, date = $2 WHERE id = $3`},
		{`UPDATE OR FAIL entities SET stories = stories + v.column2 FROM (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) AS v WHERE entities.id = v.column1`,
			`UPDATE entities SET stories = stories + v.column2 FROM (VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT))) AS v WHERE entities.id = v.column1`},
		{`UPDATE events SET reports = ? WHERE id = ?`, `UPDATE events SET reports = $1 WHERE id = $2`},
	} {
		if got := pgRewrite(c.in); got != c.want {
			t.Errorf("pgRewrite(%q)\n= %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, q := range []string{renameEntities, renameEntity} {
		if got := pgRewrite(q); strings.Contains(got, "OR FAIL") {
			t.Errorf("pgRewrite(%q) = %q: SQLite's conflict clause left", q, got)
		}
	}
}
