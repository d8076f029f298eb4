package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"annals"

	"github.com/klauspost/compress/zstd"
	"modernc.org/sqlite"
)

// A story's original bytes and its read text are kept together in one
// column, stories.body: zstd of the length of the original as a uvarint,
// the original, then the text. The text repeats most of the original (a
// Markdown or text story nearly all of it, an HTML page its paragraphs),
// and zstd codes a repeat in a few bytes, so the text costs little over
// the compressed original: about 2.3 KB for a 7 KB story and its 6.5 KB
// text, where the two took 13.5 KB uncompressed (docs/performance.md).
//
// The full-text index reads the text through a view (stories_text on
// SQLite, with the function annals_text registered below); PostgreSQL's
// index is a column written with the story (postgres.go).

// maxBody bounds what unpacking a body may allocate.
const maxBody = 1 << 30

var (
	zOnce sync.Once
	zEnc  *zstd.Encoder
	zDec  *zstd.Decoder
)

func zInit() {
	zOnce.Do(func() {
		var err error
		zEnc, err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(2),
			zstd.WithWindowSize(8<<20))
		if err != nil {
			panic(err)
		}
		zDec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(2), zstd.WithDecoderMaxMemory(maxBody))
		if err != nil {
			panic(err)
		}
	})
}

// packBody makes the body column of a story.
func packBody(raw []byte, text string) []byte {
	zInit()
	plain := make([]byte, 0, binary.MaxVarintLen64+len(raw)+len(text))
	plain = binary.AppendUvarint(plain, uint64(len(raw)))
	plain = append(plain, raw...)
	plain = append(plain, text...)
	return zEnc.EncodeAll(plain, make([]byte, 0, len(plain)/3+64))
}

var errBody = errors.New("damaged story body")

// unpackBody reads a body column back into the original and the text.
func unpackBody(body []byte) ([]byte, string, error) {
	zInit()
	plain, err := zDec.DecodeAll(body, nil)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", errBody, err)
	}
	n, k := binary.Uvarint(plain)
	if k <= 0 || n > uint64(len(plain)-k) {
		return nil, "", errBody
	}
	raw := plain[k : k+int(n) : k+int(n)]
	return raw, string(plain[k+int(n):]), nil
}

// bodyText is the text of a body column.
func bodyText(body []byte) (string, error) {
	_, text, err := unpackBody(body)
	return text, err
}

// The SQL function of the SQLite schema annals_text(body), the text of a
// story: the view stories_text, which the full-text index reads.
func init() {
	err := sqlite.RegisterDeterministicScalarFunction("annals_text", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		b, ok := args[0].([]byte)
		if !ok {
			return "", nil
		}
		return bodyText(b)
	})
	if err != nil {
		panic(err)
	}
}

// The mentions of a story entity are kept in story_entities.spans: for
// each, its start and length as uvarints, then 0 when its text is the
// original's bytes at that span (nearly always), else 1 + the length of
// its text and the text. About 3 bytes a mention, where a row of a
// mentions table and its index took 45.

// packSpans codes the mentions of one story entity of a story whose
// original is raw; every span lies in raw (put.go checks).
func packSpans(raw []byte, spans []annals.Span) []byte {
	var b []byte
	for _, m := range spans {
		b = binary.AppendUvarint(b, uint64(m.Start))
		b = binary.AppendUvarint(b, uint64(m.End-m.Start))
		if m.Start >= 0 && m.End <= len(raw) && m.Start <= m.End && string(raw[m.Start:m.End]) == m.Text {
			b = append(b, 0)
			continue
		}
		b = binary.AppendUvarint(b, uint64(len(m.Text))+1)
		b = append(b, m.Text...)
	}
	return b
}

// unpackSpans reads packSpans's coding back.
func unpackSpans(raw []byte, b []byte) ([]annals.Span, error) {
	out := []annals.Span{}
	next := func() (int, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > uint64(len(raw))+maxBody {
			return 0, false
		}
		b = b[k:]
		return int(v), true
	}
	for len(b) > 0 {
		start, ok1 := next()
		n, ok2 := next()
		t, ok3 := next()
		if !ok1 || !ok2 || !ok3 {
			return nil, errBody
		}
		m := annals.Span{Start: start, End: start + n}
		if t == 0 {
			if m.End > len(raw) {
				return nil, errBody
			}
			m.Text = string(raw[m.Start:m.End])
		} else {
			if t-1 > len(b) {
				return nil, errBody
			}
			m.Text, b = string(b[:t-1]), b[t-1:]
		}
		out = append(out, m)
	}
	return out, nil
}

// packStories is the data step of schema v6 (SQLite) and v3
// (PostgreSQL): each story's raw and text into body, and the rows of the
// mentions table into story_entities.spans, five hundred stories at a
// time.
func packStories(ctx context.Context, tx *sql.Tx) error {
	var last int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, raw, text FROM stories WHERE id > ? ORDER BY id LIMIT 500`, last)
		if err != nil {
			return err
		}
		type story struct {
			id   int64
			raw  []byte
			text string
		}
		var batch []story
		for rows.Next() {
			var st story
			if err := rows.Scan(&st.id, &st.raw, &st.text); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, st)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, st := range batch {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET body = ? WHERE id = ?`, packBody(st.raw, st.text), st.id); err != nil {
				return err
			}
			rows, err := tx.QueryContext(ctx, `SELECT m.story_entity_id, m.start_at, m.end_at, m.text FROM mentions m
				JOIN story_entities se ON se.id = m.story_entity_id WHERE se.story_id = ? ORDER BY m.story_entity_id, m.rowid`, st.id)
			if err != nil {
				return err
			}
			spans := map[int64][]annals.Span{}
			var order []int64
			for rows.Next() {
				var se int64
				var m annals.Span
				if err := rows.Scan(&se, &m.Start, &m.End, &m.Text); err != nil {
					rows.Close()
					return err
				}
				if spans[se] == nil {
					order = append(order, se)
				}
				spans[se] = append(spans[se], m)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			for _, se := range order {
				if _, err := tx.ExecContext(ctx, `UPDATE story_entities SET spans = ? WHERE id = ?`, packSpans(st.raw, spans[se]), se); err != nil {
					return err
				}
			}
		}
		last = batch[len(batch)-1].id
	}
}
