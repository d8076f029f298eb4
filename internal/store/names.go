package store

import (
	"context"
	"database/sql"
	"strings"

	"annals/internal/resolve"
)

// An entity's names are kept one row per normalized name (entity_names):
// "United States", "United States." and "the United States" are one row,
// shown under one written form. The row keeps the form of the lowest kind
// rank it was seen as (resolve.Kind.Rank), then the better form
// (resolve.Better: the lowest resolve.FormRank, then the first in byte
// order), so that the form shown depends on the forms seen and not on the
// order the stories came in, on every engine and in parallel writers'
// folds (pgpending.go) alike. The row keeps its form's rank, so that the
// next form seen is compared in SQL.

// keepForm is the part of an upsert of entity_names (as n, the new row as
// excluded) that keeps the kind, form and form rank of the better of the
// two. Every SET expression reads the row as it was.
var keepForm = func() string {
	lower := kindRank("excluded.kind") + ` < ` + kindRank("n.kind")
	takes := `(` + lower + ` OR ` + kindRank("excluded.kind") + ` = ` + kindRank("n.kind") +
		` AND (excluded.form_rank < n.form_rank OR excluded.form_rank = n.form_rank AND excluded.name < n.name))`
	return `kind = CASE WHEN ` + lower + ` THEN excluded.kind ELSE n.kind END,
	name = CASE WHEN ` + takes + ` THEN excluded.name ELSE n.name END,
	form_rank = CASE WHEN ` + takes + ` THEN excluded.form_rank ELSE n.form_rank END`
}()

// flushNames writes the names' upserts of the story being resolved
// (putTx.upserts), in order, in as few statements as insertRows would
// take: SQLite applies a statement's rows one after the other, each
// upserting over the rows before it, as one statement a row did (the
// names of two entities of a story resolved to one meet so). A story's
// 27 or so upserts are one statement, or a few when resolution asks the
// file for a name waiting (flushName); the rows' own work in the B-trees
// is most of their cost, and stays.
func (t *putTx) flushNames() error {
	const width, maxRows = 7, 100
	args := t.upserts
	for len(args) > 0 {
		n := min(len(args)/width, maxRows)
		q := upsertNameHead + strings.TrimSuffix(strings.Repeat(`(?, ?, ?, ?, ?, ?, 1, ?), `, n), ", ") + upsertNameTail
		if err := t.write(q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	t.upserts = t.upserts[:0]
	return nil
}

// flushName writes the names' upserts waiting when one of them is of
// name norm: the others do not change what the names of norm are.
func (t *putTx) flushName(norm string) error {
	for i := 1; i < len(t.upserts); i += 7 {
		if t.upserts[i] == norm {
			return t.flushNames()
		}
	}
	return nil
}

// schemaV14 keeps the rank of each name's written form: before it, a row
// kept the greatest form in byte order, which put "United States." before
// "United States", "White-House" (a web address's slug) before "White
// House" and "WHITE HOUSE" or "White House." before "White House". The
// forms already kept are ranked (fillFormRanks) as doubted: the first
// form seen after the upgrade that has no more blemishes takes the place
// of the old rule's choice, and the best form wins from then on.
const schemaV14 = `ALTER TABLE entity_names ADD COLUMN form_rank INTEGER NOT NULL DEFAULT 0;`

// pgSchemaV11 is SQLite's schema v14.
const pgSchemaV11 = `ALTER TABLE entity_names ADD COLUMN IF NOT EXISTS form_rank BIGINT NOT NULL DEFAULT 0;`

// doubted is what a form kept by the old rule adds to its rank.
const doubted = 64

// fillFormRanks ranks the forms stored (schemaV14) as doubted, a range of
// entities at a time, each range read whole before it is written. It
// also mends the kind of names an older resolve took for acronyms because
// a story wrote them in capitals ("JAPAN" in a headline made "Japan" an
// acronym, and the entity was then shown under its only other name,
// "Nippon"): a name kept as an acronym whose form is no acronym
// (resolve.WrittenAsAcronym) is a name, and its entity is named again.
func fillFormRanks(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id         int64
		norm, kind string
		rank       int
		shout      bool // kept as an acronym, written as a name
	}
	var top int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(entity_id), 0) FROM entity_names`).Scan(&top); err != nil {
		return err
	}
	const step = 20000
	for lo := int64(0); lo < top; lo += step {
		rows, err := tx.QueryContext(ctx, `SELECT entity_id, norm, name, kind FROM entity_names WHERE entity_id > ? AND entity_id <= ?`, lo, lo+step)
		if err != nil {
			return err
		}
		var todo []row
		for rows.Next() {
			var r row
			var name string
			if err := rows.Scan(&r.id, &r.norm, &name, &r.kind); err != nil {
				rows.Close()
				return err
			}
			r.shout = r.kind == string(resolve.Acronym) && !resolve.WrittenAsAcronym(name)
			if r.shout {
				r.kind = string(resolve.Name)
			}
			r.rank = resolve.FormRank(name, resolve.Kind(r.kind)) + doubted
			todo = append(todo, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range todo {
			if _, err := tx.ExecContext(ctx, `UPDATE entity_names SET form_rank = ?, kind = ? WHERE entity_id = ? AND norm = ?`, r.rank, r.kind, r.id, r.norm); err != nil {
				return err
			}
			if r.shout {
				if _, err := tx.ExecContext(ctx, renameEntity, r.id); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// markMiscapitalized ranks again the forms kept before a form written
// with other capitals than the gazetteer's counted a blemish
// (resolve.Miscapitalized; SQLite schema v22, PostgreSQL v20): each such
// form kept ("United StateS", a typo that sorted before the gazetteer's
// "United States") takes the blemish, a range of entities at a time, so
// that the gazetteer's form takes its place when next seen. No other
// rank changes, a doubted one (fillFormRanks) included.
func markMiscapitalized(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id   int64
		norm string
	}
	var top int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(entity_id), 0) FROM entity_names`).Scan(&top); err != nil {
		return err
	}
	const step = 20000
	for lo := int64(0); lo < top; lo += step {
		rows, err := tx.QueryContext(ctx, `SELECT entity_id, norm, name FROM entity_names WHERE entity_id > ? AND entity_id <= ?`, lo, lo+step)
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
			if resolve.Miscapitalized(name) {
				todo = append(todo, r)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range todo {
			if _, err := tx.ExecContext(ctx, `UPDATE entity_names SET form_rank = form_rank + 64 WHERE entity_id = ? AND norm = ?`, r.id, r.norm); err != nil {
				return err
			}
		}
	}
	return nil
}
