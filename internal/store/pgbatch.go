package store

// Writes sent as pgx batches on PostgreSQL. A story is about 170
// statements; most are writes whose results nothing waits for (name
// upserts, counters, rows of facts, reports moved between events). On
// PostgreSQL each statement is a round trip to the server, so such writes
// wait in the transaction (putTx.exec, putTx.write) and go together, as
// one pgx batch in one round trip, just before the next statement that
// reads (putTx.stmt, putTx.prep, putTx.sqltx) and before the story ends:
// every read still sees every write before it, in order. On SQLite
// (in-process, no round trips) writes run at once.

import (
	"database/sql"

	"github.com/jackc/pgx/v5"
)

// laterWrite is a write waiting for the next batch: its SQL (SQLite's
// dialect, as the store writes it) and its arguments.
type laterWrite struct {
	q    string
	args []any
}

// write runs a statement built at run time whose result is not needed:
// later on PostgreSQL (see above), at once on SQLite.
func (t *putTx) write(q string, args ...any) error {
	if t.conn != nil {
		t.later = append(t.later, laterWrite{q, args})
		return nil
	}
	_, err := t.run(q, args...)
	return err
}

// flush sends the writes waiting as one batch; its error is kept for
// flushed (a statement after a failed batch fails too: PostgreSQL
// aborted the transaction).
func (t *putTx) flush() {
	if len(t.later) == 0 || t.flushErr != nil {
		return
	}
	later := t.later
	t.later = t.later[:0]
	t.flushErr = t.conn.Raw(func(dc any) error {
		c := dc.(*pgConn).Conn.Conn()
		b := &pgx.Batch{}
		for _, w := range later {
			b.Queue(pgRewrite(w.q), pgBatchArgs(w.args)...)
		}
		return c.SendBatch(t.ctx, b).Close()
	})
}

// flushed sends the writes waiting and returns the error of the batches
// sent since the transaction began, if any.
func (t *putTx) flushed() error {
	t.flush()
	return t.flushErr
}

// sqltx is the transaction, for statements run on it directly, once the
// writes waiting are sent.
func (t *putTx) sqltx() *sql.Tx {
	t.flush()
	return t.tx
}

// end rolls back the transaction unless it committed, and gives its
// connection back.
func (t *putTx) end() {
	t.tx.Rollback()
	if t.conn != nil {
		t.conn.Close()
	}
}
