package store

// Reads of a page sent together. A page is 5 to 50 statements, many of
// which do not wait for each other's rows (a story's entities, roles,
// dates, reports and figures; an event page's participants, citations and
// disagreements). On PostgreSQL each statement is a round trip to the
// server, and on a busy machine each waits for the server's process to
// be scheduled, then for the client's: such statements go as one pgx
// batch, one round trip, and their rows are read in order. On SQLite
// (in-process) they run one after the other, as before.

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// pgBatchReads sends the reads of readTogether and readPlanned as
// batches on PostgreSQL; off, they run one by one as on SQLite (tests
// compare both ways).
var pgBatchReads = true

// pageRead is a statement of a page (SQLite's dialect, as the store
// writes them), its arguments, and what to do with each of its rows,
// given the row's Scan.
type pageRead struct {
	q    string
	args []any
	row  func(scan func(dest ...any) error) error
}

// readTogether runs reads, none of which needs another's rows, each
// row given to its read's row in the order of reads: on PostgreSQL in
// one round trip (a pgx batch on one reading connection), on SQLite one
// after the other on the reading pool. The rows are scanned by pgx on
// PostgreSQL, not by database/sql: a read's destinations are strings,
// integers, floats, byte slices and sql.Null* (no bool from an integer
// column).
func (s *DB) readTogether(ctx context.Context, reads ...pageRead) error {
	return s.readPlanned(ctx, "", reads...)
}

// readPlanned is readTogether in a read-only transaction that first runs
// plan (the engine's settings for the reads: planRead), all in one round
// trip on PostgreSQL; with no plan, the reads run as readTogether's.
func (s *DB) readPlanned(ctx context.Context, plan string, reads ...pageRead) error {
	return s.readPlannedAfter(ctx, nil, plan, reads...)
}

// readPlannedAfter is readPlanned after the reads before, which run
// outside its transaction (without plan), in the same round trip on
// PostgreSQL.
func (s *DB) readPlannedAfter(ctx context.Context, before []pageRead, plan string, reads ...pageRead) error {
	if s.d.name != "postgres" || !pgBatchReads {
		for _, rd := range before {
			if err := readRows(ctx, s.r, rd); err != nil {
				return s.wrap(err)
			}
		}
		return s.planRead(ctx, plan, func(r dbReader) error {
			for _, rd := range reads {
				if err := readRows(ctx, r, rd); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if len(reads) == 0 {
		if len(before) == 0 {
			return nil
		}
		reads, before, plan = before, nil, ""
	}
	if plan == "" {
		reads, before = append(before[:len(before):len(before)], reads...), nil
	}
	if plan == "" && len(reads) == 1 {
		return s.wrap(readRows(ctx, s.r, reads[0]))
	}
	conn, err := s.r.Conn(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c := dc.(*pgConn).Conn.Conn()
		err := sendReads(ctx, c, before, plan, reads)
		if err != nil && plan != "" {
			// a failed batch leaves its transaction open, aborted
			_, _ = c.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
		return s.wrap(err)
	})
}

// sendReads sends before and reads as one batch on c (reads in a
// transaction that first runs plan, when there is one) and reads their
// rows.
func sendReads(ctx context.Context, c *pgx.Conn, before []pageRead, plan string, reads []pageRead) error {
	b := &pgx.Batch{}
	for _, rd := range before {
		b.Queue(pgRewrite(rd.q), pgBatchArgs(rd.args)...)
	}
	if plan != "" {
		b.Queue("BEGIN READ ONLY")
		b.Queue(plan)
	}
	for _, rd := range reads {
		b.Queue(pgRewrite(rd.q), pgBatchArgs(rd.args)...)
	}
	if plan != "" {
		b.Queue("COMMIT")
	}
	br := c.SendBatch(ctx, b)
	if err := batchRows(br, before); err != nil {
		return err
	}
	if plan != "" {
		for range 2 { // BEGIN and the plan
			if _, err := br.Exec(); err != nil {
				br.Close()
				return err
			}
		}
	}
	if err := batchRows(br, reads); err != nil {
		return err
	}
	return br.Close()
}

// batchRows reads the rows of reads from br in order; on an error it
// closes br.
func batchRows(br pgx.BatchResults, reads []pageRead) error {
	for _, rd := range reads {
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return err
		}
		for rows.Next() {
			if err := rd.row(rows.Scan); err != nil {
				rows.Close()
				br.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			br.Close()
			return err
		}
	}
	return nil
}

// readRows runs one read on r.
func readRows(ctx context.Context, r dbReader, rd pageRead) error {
	rows, err := r.QueryContext(ctx, rd.q, rd.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rd.row(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// pgBatchArgs passes booleans as 0 and 1, as pgArgs does for the
// statements database/sql runs.
func pgBatchArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = pgValue(a)
	}
	return out
}
