package store

import (
	"context"
	"database/sql"

	"annals/internal/resolve"
)

// An entity's names are kept one row per normalized name (entity_names):
// "United States", "United States." and "the United States" are one row,
// shown under one written form. The row keeps the form of the lowest kind
// rank it was seen as (resolve.Kind.Rank), then the better form
// (resolve.Better: the fewest resolve.Blemishes, then the first in byte
// order), so that the form shown depends on the forms seen and not on the
// order the stories came in, on every engine and in parallel writers'
// folds (pgpending.go) alike. The row keeps its form's blemishes, so that
// the next form seen is compared in SQL.

// keepForm is the part of an upsert of entity_names (as n, the new row as
// excluded) that keeps the kind, form and blemishes of the better of the
// two. Every SET expression reads the row as it was.
var keepForm = func() string {
	lower := kindRank("excluded.kind") + ` < ` + kindRank("n.kind")
	takes := `(` + lower + ` OR ` + kindRank("excluded.kind") + ` = ` + kindRank("n.kind") +
		` AND (excluded.blemishes < n.blemishes OR excluded.blemishes = n.blemishes AND excluded.name < n.name))`
	return `kind = CASE WHEN ` + lower + ` THEN excluded.kind ELSE n.kind END,
	name = CASE WHEN ` + takes + ` THEN excluded.name ELSE n.name END,
	blemishes = CASE WHEN ` + takes + ` THEN excluded.blemishes ELSE n.blemishes END`
}()

// schemaV14 keeps the blemishes of each name's written form: before it,
// a row kept the greatest form in byte order, which put "United States."
// before "United States", "White-House" before "White House" and "The
// Biden-Harris Administration" before "Biden-Harris Administration". The
// forms already kept are counted (fillBlemishes) and give way to a better
// form the next time one is seen.
const schemaV14 = `ALTER TABLE entity_names ADD COLUMN blemishes INTEGER NOT NULL DEFAULT 0;`

// pgSchemaV11 is SQLite's schema v14.
const pgSchemaV11 = `ALTER TABLE entity_names ADD COLUMN IF NOT EXISTS blemishes BIGINT NOT NULL DEFAULT 0;`

// fillBlemishes counts the blemishes of the forms stored (schemaV14). The
// rows are read whole before any is written; only the few with blemishes
// are.
func fillBlemishes(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id   int64
		norm string
		n    int
	}
	rows, err := tx.QueryContext(ctx, `SELECT entity_id, norm, name FROM entity_names`)
	if err != nil {
		return err
	}
	var todo []row
	for rows.Next() {
		var r row
		var name string
		if err := rows.Scan(&r.id, &r.norm, &name); err != nil {
			rows.Close()
			return err
		}
		if r.n = resolve.Blemishes(name); r.n > 0 {
			todo = append(todo, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range todo {
		if _, err := tx.ExecContext(ctx, `UPDATE entity_names SET blemishes = ? WHERE entity_id = ? AND norm = ?`, r.n, r.id, r.norm); err != nil {
			return err
		}
	}
	return nil
}
