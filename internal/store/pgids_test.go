package store

import (
	"context"
	"slices"
	"testing"

	"annals/internal/store/pgtest"
)

// TestPostgresSequencesLookedUpOnce: a parallel writer's new ids come
// from the tables' identity sequences without looking each sequence up
// in the catalog for each id: newIDs once a statement, a new entity's,
// story's or event's row by the column's default (seqID).
// pg_get_serial_sequence read pg_depend's index for every id (some 10
// buffers; 0.3 ms a story at 10,000 stories: docs/scale.md, session 31).
// The ids are the sequence's next values, in order.
func TestPostgresSequencesLookedUpOnce(t *testing.T) {
	ctx := context.Background()
	s, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetParallel(1)
	tests := []struct {
		name    string
		n       int                             // ids taken
		take    func(t *putTx) ([]int64, error) // takes them
		maxScan int64                           // lookups of pg_depend allowed
	}{
		{"report ids", 50, func(t *putTx) ([]int64, error) { return t.newIDs("reports", 50) }, 1},
		{"story entity ids", 7, func(t *putTx) ([]int64, error) { return t.newIDs("story_entities", 7) }, 1},
		{"new entities", 20, func(t *putTx) ([]int64, error) {
			var ids []int64
			for i := range 20 {
				id, _, err := t.id(t.ins(t.stmts.insEntity, t.stmts.insEntityN), "ORG", "Body "+string(rune('A'+i)), nil, "")
				if err != nil {
					return nil, err
				}
				ids = append(ids, id)
			}
			return ids, nil
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := s.beginMode(ctx, true)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.end()
			scans := func() (n int64) {
				if err := tx.sqltx().QueryRowContext(ctx, `SELECT coalesce(sum(pg_stat_get_xact_numscans(indexrelid)), 0) FROM pg_index WHERE indrelid = 'pg_depend'::regclass`).Scan(&n); err != nil {
					t.Fatal(err)
				}
				return n
			}
			before := scans()
			ids, err := tt.take(tx)
			if err != nil {
				t.Fatal(err)
			}
			looked := scans() - before
			if len(ids) != tt.n || !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != tt.n || ids[len(ids)-1]-ids[0] != int64(tt.n-1) {
				t.Errorf("ids %v: want %d consecutive ids in order", ids, tt.n)
			}
			if looked > tt.maxScan {
				t.Errorf("%d lookups of pg_depend for %d ids, want at most %d", looked, tt.n, tt.maxScan)
			}
		})
	}
}
