package store

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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

// zSmall is the size under which a body without sentences is coded by
// zEnc, whose window is this size, and from which by zEncLarge, whose
// window is 8 MB. zstd codes an input smaller than both windows alike
// (the same matches, the same frame header), so the bodies are those the
// 8 MB window alone gave; but an encoder keeps a history buffer of twice
// its window, and two of 16 MB were a third of an ingest's live heap
// (docs/performance.md, "The writer at 100,000 stories (session 32)").
const zSmall = 1 << 20

var (
	zOnce      sync.Once
	zEnc       *zstd.Encoder // bodies without sentences under zSmall bytes
	zDec       *zstd.Decoder
	zLargeOnce sync.Once
	zLarge     *zstd.Encoder // the others (zEncLarge)
)

// bodyEncoder is the encoder of zstd's whole-input coding (EncodeAll)
// of the bodies without sentences: a window of window bytes, two at
// once. lowMem sizes its history buffer to the window and a block.
func bodyEncoder(window int, lowMem bool) *zstd.Encoder {
	e, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(2),
		zstd.WithWindowSize(window), zstd.WithLowerEncoderMem(lowMem))
	if err != nil {
		panic(err)
	}
	return e
}

// zEncLarge is the encoder of bodies without sentences of zSmall bytes
// or more, made the first time one comes.
func zEncLarge() *zstd.Encoder {
	zLargeOnce.Do(func() { zLarge = bodyEncoder(8<<20, false) })
	return zLarge
}

func zInit() {
	zOnce.Do(func() {
		zEnc = bodyEncoder(zSmall, true)
		var err error
		zDec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(2), zstd.WithDecoderMaxMemory(maxBody))
		if err != nil {
			panic(err)
		}
	})
}

// packBody makes the body column of a story; sents are the evidence
// sentences of its reports and roles that refer to its bytes
// (docSentences), carried ahead of the original and the text.
func packBody(raw []byte, text string, sents []evSentence) []byte {
	zInit()
	plain := make([]byte, 0, binary.MaxVarintLen64+len(raw)+len(text))
	plain = binary.AppendUvarint(plain, uint64(len(raw)))
	plain = append(plain, raw...)
	plain = append(plain, text...)
	if len(sents) == 0 {
		enc := zEnc
		if len(plain) >= zSmall {
			enc = zEncLarge()
		}
		return enc.EncodeAll(plain, make([]byte, 0, len(plain)/3+64))
	}
	head := packSentences(sents)
	e := streamEncoder()
	defer releaseEncoder(e)
	out := bytes.NewBuffer(make([]byte, 0, len(plain)/3+len(head)/2+64))
	e.ResetContentSize(out, int64(len(head)+len(plain)))
	// The sentences end the frame's first block (Flush), which can be
	// decoded alone; the original and the text follow in the next
	// blocks, where the sentences they repeat cost a reference each.
	_, err := e.Write(head)
	if err == nil {
		err = e.Flush()
	}
	if err == nil {
		_, err = e.Write(plain)
	}
	if err == nil {
		err = e.Close()
	}
	e.Reset(nil)
	if err != nil { // writing to memory does not fail
		panic(err)
	}
	return out.Bytes()
}

var errBody = errors.New("damaged story body")

// unpackBody reads a body column back into the original and the text.
func unpackBody(body []byte) ([]byte, string, error) {
	zInit()
	plain, err := zDec.DecodeAll(body, nil)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", errBody, err)
	}
	return splitPlain(plain)
}

// splitPlain reads the original and the text out of a body's plain
// content, past the sentences it may carry.
func splitPlain(plain []byte) ([]byte, string, error) {
	if bytes.HasPrefix(plain, sentenceMark) {
		n, k := binary.Uvarint(plain[len(sentenceMark):])
		if k <= 0 || n > uint64(len(plain)-len(sentenceMark)-k) {
			return nil, "", errBody
		}
		plain = plain[len(sentenceMark)+k+int(n):]
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

// Evidence sentences in the body. A body whose story's reports or roles
// cite sentences by reference to its bytes (below, evPacker) carries
// those sentences ahead of the original and the text, in the first block
// of its zstd frame: sentenceMark, the length of the sentences' coding as
// a uvarint, then the coding (packSentences). That block is decoded
// alone (bodySentences), so a page citing a story reads its sentences
// without unpacking the story (about 1 KB decoded instead of 10 KB for a
// generated story of 5 KB; 15 us of CPU instead of 35-60). The original
// repeats the sentences, so zstd codes them once: bodies grow by 134
// bytes (6%), where the sentences compressed apart took 520
// (docs/performance.md). Bodies without the mark (stored before, or of
// stories citing no sentence of their own) are read as before.
//
// sentenceMark is a uvarint 0 written in two bytes, which
// binary.AppendUvarint (the length of the original, what a body without
// sentences begins with) never writes, and the coding's version.
var sentenceMark = []byte{0x80, 0x00, 0x01}

// evSentence is an evidence sentence that refers to its story's bytes:
// its key as stored (the span and evPacker's code) and the sentence.
type evSentence struct {
	key  evKey
	text string
}

// docSentences are the evidence sentences of doc's roles and events
// that evPacker codes as references to the story's bytes (raw, text),
// each key once, in order.
func docSentences(raw []byte, text string, doc *annals.Document) []evSentence {
	if doc == nil {
		return nil
	}
	p := &evPacker{raw: raw, text: text}
	var out []evSentence
	seen := map[evKey]bool{}
	add := func(ev annals.Span) {
		code := p.pack(ev.Start, ev.End, ev.Text)
		if code != "" && !strings.HasPrefix(code, evInText) {
			return // the row holds the sentence itself
		}
		k := evKey{ev.Start, ev.End, code}
		if !seen[k] {
			seen[k] = true
			out = append(out, evSentence{k, ev.Text})
		}
	}
	for _, r := range doc.Roles {
		add(r.Evidence)
	}
	for _, e := range doc.Events {
		add(e.Evidence)
	}
	return out
}

// packSentences codes sents after sentenceMark: the number of distinct
// sentences, each as its length and bytes, then for each key its start,
// length, code (length and bytes) and the index of its sentence.
func packSentences(sents []evSentence) []byte {
	var texts []string
	index := map[string]int{}
	for _, s := range sents {
		if _, ok := index[s.text]; !ok {
			index[s.text] = len(texts)
			texts = append(texts, s.text)
		}
	}
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(texts)))
	for _, t := range texts {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	for _, s := range sents {
		b = binary.AppendUvarint(b, uint64(s.key.start))
		b = binary.AppendUvarint(b, uint64(s.key.end-s.key.start))
		b = binary.AppendUvarint(b, uint64(len(s.key.code)))
		b = append(b, s.key.code...)
		b = binary.AppendUvarint(b, uint64(index[s.text]))
	}
	head := append(slices.Clip(sentenceMark), binary.AppendUvarint(nil, uint64(len(b)))...)
	return append(head, b...)
}

// unpackSentences reads packSentences's coding (past the mark and the
// length) back. The sentences and codes are cut from one string of the
// coding (one allocation, not one each: a page cites a story or two in
// each of hundreds); sentenceCache.put copies what it keeps.
func unpackSentences(b []byte) (map[evKey]string, error) {
	all := string(b)
	next := func() (int, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > uint64(maxBody) {
			return 0, false
		}
		b = b[k:]
		return int(v), true
	}
	bytesOf := func() (string, bool) {
		n, ok := next()
		if !ok || n > len(b) {
			return "", false
		}
		at := len(all) - len(b)
		b = b[n:]
		return all[at : at+n], true
	}
	n, ok := next()
	if !ok || n > len(b) {
		return nil, errBody
	}
	texts := make([]string, n)
	for i := range texts {
		if texts[i], ok = bytesOf(); !ok {
			return nil, errBody
		}
	}
	out := make(map[evKey]string, n)
	for len(b) > 0 {
		start, ok1 := next()
		length, ok2 := next()
		code, ok3 := bytesOf()
		i, ok4 := next()
		if !ok1 || !ok2 || !ok3 || !ok4 || i >= len(texts) {
			return nil, errBody
		}
		out[evKey{start, start + length, code}] = texts[i]
	}
	return out, nil
}

// bodySentences reads the evidence sentences body carries (packBody),
// decoding only the first block of its frame. A body carrying none is
// unpacked whole instead: plain is then its plain content (splitPlain).
func bodySentences(body []byte) (sents map[evKey]string, plain []byte, err error) {
	zInit()
	d := streamDecoders.Get().(*zstd.Decoder)
	defer streamDecoders.Put(d)
	defer d.Reset(nil)
	// Not a *bytes.Reader, which the decoder would decode whole at once.
	if err := d.Reset(struct{ io.Reader }{bytes.NewReader(body)}); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errBody, err)
	}
	head := make([]byte, len(sentenceMark), 64)
	if _, err := io.ReadFull(d, head); err != nil {
		// Plain content shorter than the mark, or a damaged or cut body.
		plain, err := zDec.DecodeAll(body, nil)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: %v", errBody, err)
		}
		return nil, plain, nil
	}
	if !bytes.Equal(head, sentenceMark) {
		rest, err := io.ReadAll(d)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: %v", errBody, err)
		}
		return nil, append(head, rest...), nil
	}
	// The coding's length, a byte at a time: no byte past it is asked
	// for, so the blocks after the first are not decoded.
	var n uint64
	for shift := 0; ; shift += 7 {
		var c [1]byte
		if _, err := io.ReadFull(d, c[:]); err != nil || shift > 56 {
			return nil, nil, errBody
		}
		n |= uint64(c[0]&0x7f) << shift
		if c[0] < 0x80 {
			break
		}
	}
	if n > uint64(len(body))*64+1024 { // zstd expands at most so much here
		return nil, nil, errBody
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d, b); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errBody, err)
	}
	sents, err = unpackSentences(b)
	return sents, nil, err
}

// streamEncoders write bodies carrying sentences (packBody): zstd's
// streaming encoder, which ends a block where it is flushed. Its window
// (1 MB) holds a story; a larger story is coded in windows of 1 MB. Up to
// one an available core is kept: making one (its tables, 5 MB) costs
// more than coding a story, and a sync.Pool drops them at every
// collection.
var streamEncoders = make(chan *zstd.Encoder, runtime.GOMAXPROCS(0))

// streamEncoder takes an encoder from streamEncoders, or makes one.
func streamEncoder() *zstd.Encoder {
	select {
	case e := <-streamEncoders:
		return e
	default:
	}
	e, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(1),
		zstd.WithWindowSize(1<<20), zstd.WithLowerEncoderMem(true))
	if err != nil {
		panic(err)
	}
	return e
}

// releaseEncoder gives e back to streamEncoders, or drops it.
func releaseEncoder(e *zstd.Encoder) {
	select {
	case streamEncoders <- e:
	default:
	}
}

var (
	// streamDecoders read the first block of a body (bodySentences).
	streamDecoders = sync.Pool{New: func() any {
		d, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxBody))
		if err != nil {
			panic(err)
		}
		return d
	}}
)

// The SQL function of the SQLite schema annals_text(body), the text of a
// story: the view stories_text, which the full-text index reads (for the
// snippets of a page of hits).
func init() {
	err := sqlite.RegisterDeterministicScalarFunction("annals_text", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		b, ok := args[0].([]byte)
		if !ok {
			return "", nil
		}
		if text, ok := texts.get(b); ok {
			return text, nil
		}
		text, err := bodyText(b)
		if err == nil {
			texts.add(b, text)
		}
		return text, err
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
	type story struct {
		id   int64
		raw  []byte
		text string
	}
	scan := func(rows *sql.Rows) (st story, id int64, err error) {
		err = rows.Scan(&st.id, &st.raw, &st.text)
		return st, st.id, err
	}
	return pages(ctx, tx, `SELECT id, raw, text FROM stories WHERE id > ? ORDER BY id LIMIT 500`, scan, func(batch []story) error {
		for _, st := range batch {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET body = ? WHERE id = ?`, packBody(st.raw, st.text, nil), st.id); err != nil {
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
		return nil
	})
}

// Evidence sentences. The sentence a report or a role is cited by is
// nearly always the story's own words: the original's bytes at its span
// (Markdown, text), or the read text's (HTML, or Markdown whose sentence
// carries a link or emphasis), with each run of white space made one
// space (package extract, quote). reports.ev_text and roles.ev_text keep
// it as a reference to those bytes, unpacked against the story's body
// when read:
//
//   - "": the original's bytes at the evidence span, white space folded;
//   - "\x02" + start + " " + length (decimal): the read text's bytes at
//     that range, white space folded;
//   - anything else: the sentence itself, after "\x01" when it is empty
//     or begins with \x01 or \x02.
//
// Every form is checked when packed, so unpacking gives back exactly the
// sentence given. Where 1.2 KB a story held the sentences, the references
// take a few bytes each (docs/performance.md).
const (
	evLiteral = "\x01"
	evInText  = "\x02"
)

// evPacker packs the evidence sentences of one story.
type evPacker struct {
	raw  []byte
	text string
	// the read text with white space folded, and the offset in text of
	// each of its bytes; made when a sentence first needs them
	folded string
	at     []int32
}

// pack codes sentence ev, cited at the span [start, end) of the original.
func (p *evPacker) pack(start, end int, ev string) string {
	if start >= 0 && start <= end && end <= len(p.raw) && foldedEqual(p.raw[start:end], ev) {
		return ""
	}
	if ev != "" {
		if p.at == nil {
			p.fold()
		}
		if i := strings.Index(p.folded, ev); i >= 0 {
			a, b := int(p.at[i]), int(p.at[i+len(ev)-1])+1
			if foldedEqual([]byte(p.text[a:b]), ev) {
				return evInText + strconv.Itoa(a) + " " + strconv.Itoa(b-a)
			}
		}
	}
	if ev == "" || strings.HasPrefix(ev, evLiteral) || strings.HasPrefix(ev, evInText) {
		return evLiteral + ev
	}
	return ev
}

// fold makes p.folded and p.at: the text's fields, one space between two.
func (p *evPacker) fold() {
	folded := make([]byte, 0, len(p.text))
	p.at = make([]int32, 0, len(p.text))
	space := false
	for i, r := range p.text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(folded) > 0 {
			folded = append(folded, ' ')
			p.at = append(p.at, int32(i-1))
		}
		space = false
		_, n := utf8.DecodeRuneInString(p.text[i:])
		for k := range n {
			folded = append(folded, p.text[i+k])
			p.at = append(p.at, int32(i+k))
		}
	}
	p.folded = string(folded)
}

// unpackEvidence reads pack's code back, for a sentence cited at [start,
// end) of the original raw whose read text is text.
func unpackEvidence(raw []byte, text string, start, end int, code string) (string, error) {
	switch {
	case code == "":
		if start < 0 || start > end || end > len(raw) {
			return "", errBody
		}
		return foldSpace(raw[start:end]), nil
	case strings.HasPrefix(code, evLiteral):
		return code[len(evLiteral):], nil
	case strings.HasPrefix(code, evInText):
		a, n, ok := strings.Cut(code[len(evInText):], " ")
		i, err1 := strconv.Atoi(a)
		k, err2 := strconv.Atoi(n)
		if !ok || err1 != nil || err2 != nil || i < 0 || k < 0 || k > len(text)-i {
			return "", errBody
		}
		return foldSpace([]byte(text[i : i+k])), nil
	}
	return code, nil
}

// foldSpace is strings.Join(strings.Fields(s), " ").
func foldSpace(b []byte) string {
	return strings.Join(strings.Fields(string(b)), " ")
}

// foldedEqual says whether foldSpace(b) == want, without building it.
func foldedEqual(b []byte, want string) bool {
	j, i := 0, 0
	for i < len(b) {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if j > 0 {
			if j >= len(want) || want[j] != ' ' {
				return false
			}
			j++
		}
		k := i + n
		for k < len(b) {
			r, n := rune(b[k]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(b[k:])
			}
			if unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if len(want)-j < k-i || string(b[i:k]) != want[j:j+k-i] {
			return false
		}
		j += k - i
		i = k
	}
	return j == len(want)
}

// evRef is an evidence sentence read from a row, its Text still pack's
// code, with the story it cites.
type evRef struct {
	story int64
	ev    *annals.Span
}

// storyVersions maps a story id to its version (storyVersion) as read
// with the rows citing it.
type storyVersions map[int64]string

// storyVersionSQL are the columns of a story row (alias s) that tell one
// stored version of it from another (storyVersion): its content hash,
// when it was stored, and the last four bytes of its body, zstd's
// checksum of the original and the read text together. A story replaced
// has other content, so another hash; one deleted and stored again with
// another read text (Story.Text is the caller's) has another checksum.
const storyVersionSQL = `s.hash, s.ingested, ` + storyBodySum

// storyBodySum is the last four bytes of a story's body (alias s). On
// PostgreSQL the statements read them from the row (stories.body_sum,
// schema v19, pgRewrite), where the expression read the body's last
// TOAST chunk for each row: a body is 2 KB and more, out of line.
const storyBodySum = `substr(s.body, length(s.body) - 3)`

// storyVersion is a story's version, scanned from storyVersionSQL.
type storyVersion struct {
	hash, ingested string
	sum            []byte
}

func (v *storyVersion) String() string { return v.hash + " " + v.ingested + " " + string(v.sum) }

// add records the version of story id.
func (vs storyVersions) add(id int64, v *storyVersion) { vs[id] = v.String() }

// unpackEvidence replaces the code in the Text of each evidence by its
// sentence, reading the body of each story some of them refer to once.
// A sentence unpacked before from the same version of its story (versions,
// as read with refs' rows; nil for none) is taken from the cache of
// sentences and its story's body is not read; else from the sentences
// its body carries, else from the body unpacked. A story deleted since
// its rows were read leaves its sentences empty.
func (s *DB) unpackEvidence(ctx context.Context, refs []evRef, versions storyVersions) error {
	var ids []int64
	seen := map[int64]bool{}
	need := make([]bool, len(refs))
	for i, r := range refs {
		if c := r.ev.Text; c == "" || strings.HasPrefix(c, evInText) {
			if v := versions[r.story]; v != "" {
				if text, ok := s.sentences.get(r.story, v, evKey{r.ev.Start, r.ev.End, c}); ok {
					r.ev.Text = text
					continue
				}
			}
			need[i] = true
			if !seen[r.story] {
				seen[r.story] = true
				ids = append(ids, r.story)
			}
		} else if strings.HasPrefix(c, evLiteral) {
			r.ev.Text = c[len(evLiteral):]
		}
	}
	if len(ids) == 0 {
		return nil
	}
	type story struct {
		sents   map[evKey]string // the sentences the body carries
		body    []byte
		version string
		// the original and the text, unpacked when a sentence is not
		// among sents
		raw      []byte
		text     string
		unpacked bool
	}
	bodies := make(map[int64]*story, len(ids))
	for chunk := range slices.Chunk(ids, 500) {
		rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.body, `+storyVersionSQL+` FROM stories s WHERE s.id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return s.wrap(err)
		}
		for rows.Next() {
			var id int64
			var v storyVersion
			b := &story{}
			if err := rows.Scan(&id, &b.body, &v.hash, &v.ingested, &v.sum); err != nil {
				rows.Close()
				return err
			}
			b.version = v.String()
			bodies[id] = b
			if b.raw, b.text, b.unpacked = s.bodies.get(id, b.body); b.unpacked {
				continue
			}
			sents, plain, err := bodySentences(b.body)
			if err == nil && sents == nil { // a body without sentences
				if b.raw, b.text, err = splitPlain(plain); err == nil {
					b.unpacked = true
					s.bodies.put(id, b.body, b.raw, b.text)
				}
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("%s: story %d: %w", s.path, id, err)
			}
			b.sents = sents
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
	}
	for i, r := range refs {
		if !need[i] {
			continue
		}
		b, ok := bodies[r.story]
		if !ok {
			r.ev.Text = ""
			continue
		}
		k := evKey{r.ev.Start, r.ev.End, r.ev.Text}
		text, ok := b.sents[k]
		if !ok {
			if !b.unpacked {
				raw, t, err := s.bodies.unpack(r.story, b.body)
				if err != nil {
					return fmt.Errorf("%s: story %d: %w", s.path, r.story, err)
				}
				b.raw, b.text, b.unpacked = raw, t, true
			}
			var err error
			if text, err = unpackEvidence(b.raw, b.text, r.ev.Start, r.ev.End, r.ev.Text); err != nil {
				return fmt.Errorf("%s: story %d: evidence at [%d:%d]: %w", s.path, r.story, r.ev.Start, r.ev.End, err)
			}
		}
		r.ev.Text = text
		// Cached only when the body read is of the version the rows
		// were read with (a story replaced in between is not).
		if v := versions[r.story]; v != "" && v == b.version {
			s.sentences.put(r.story, v, k, text)
		}
	}
	return nil
}

// sentenceCache keeps evidence sentences unpacked, by story and its
// version (storyVersions): a page shown again (the first page of the
// timeline, the relations of two prominent entities, which cite 800
// stories) reads and unpacks no story body. A story replaced since has
// another version, and its sentences are unpacked again.
type sentenceCache struct {
	mu sync.Mutex
	m  map[int64]*storySentences
}

type storySentences struct {
	version   string
	sentences map[evKey]string
}

// evKey is an evidence as stored: its span and pack's code.
type evKey struct {
	start, end int
	code       string
}

// sentenceCacheStories bounds the stories whose sentences are kept
// (about 600 bytes each: the version and one or two sentences).
const sentenceCacheStories = 16384

// get returns the sentence of evidence k of the version of story id.
func (c *sentenceCache) get(id int64, version string, k evKey) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.m[id]
	if e == nil || e.version != version {
		return "", false
	}
	text, ok := e.sentences[k]
	return text, ok
}

// put keeps text as the sentence of evidence k of the version of story
// id; the sentences of another version of it are dropped.
func (c *sentenceCache) put(id int64, version string, k evKey, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[int64]*storySentences{}
	}
	e := c.m[id]
	if e == nil || e.version != version {
		if e == nil && len(c.m) >= sentenceCacheStories {
			for k := range c.m { // a quarter out, at random
				delete(c.m, k)
				if len(c.m) < sentenceCacheStories*3/4 {
					break
				}
			}
		}
		e = &storySentences{version: version, sentences: map[evKey]string{}}
		c.m[id] = e
	}
	e.sentences[evKey{k.start, k.end, strings.Clone(k.code)}] = strings.Clone(text) // not the coding they may be cut from
}

// storyBody is a stored story's packed body, as a migration reads it.
type storyBody struct {
	id   int64
	body []byte
}

// bodyPages hands the stored stories' bodies to do, five hundred at a
// time in the order of their ids, for a migration's data step (pages).
func bodyPages(ctx context.Context, tx *sql.Tx, do func([]storyBody) error) error {
	scan := func(rows *sql.Rows) (st storyBody, id int64, err error) {
		err = rows.Scan(&st.id, &st.body)
		return st, st.id, err
	}
	return pages(ctx, tx, `SELECT id, body FROM stories WHERE id > ? ORDER BY id LIMIT 500`, scan, do)
}

// packEvidenceAll is the data step of schema v8 (SQLite) and v5
// (PostgreSQL): the evidence sentences of every report and role coded as
// references to their story's bytes (evPacker), five hundred stories at
// a time.
func packEvidenceAll(ctx context.Context, tx *sql.Tx) error {
	return bodyPages(ctx, tx, func(batch []storyBody) error {
		for _, st := range batch {
			raw, text, err := unpackBody(st.body)
			if err != nil {
				return fmt.Errorf("story %d: %w", st.id, err)
			}
			p := &evPacker{raw: raw, text: text}
			for _, table := range []string{"reports", "roles"} {
				if err := packEvidenceRows(ctx, tx, table, st.id, p); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// packSentencesAll is the data step of schema v15 (SQLite) and v12
// (PostgreSQL): the body of each story whose reports or roles cite its
// bytes packed again with those sentences (packBody), five hundred
// stories at a time. A body carrying sentences already is left as it is.
func packSentencesAll(ctx context.Context, tx *sql.Tx) error {
	return bodyPages(ctx, tx, func(batch []storyBody) error {
		// The batch's evidence that refers to its stories' bytes, in the
		// order ingest packs it: roles, then reports.
		keys := map[int64][]evKey{}
		for _, table := range []string{"roles", "reports"} {
			rows, err := tx.QueryContext(ctx, `SELECT story_id, ev_start, ev_end, ev_text FROM `+table+`
				WHERE story_id BETWEEN ? AND ? ORDER BY story_id, ord`, batch[0].id, batch[len(batch)-1].id)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id int64
				var k evKey
				if err := rows.Scan(&id, &k.start, &k.end, &k.code); err != nil {
					rows.Close()
					return err
				}
				if k.code == "" || strings.HasPrefix(k.code, evInText) {
					keys[id] = append(keys[id], k)
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		for _, st := range batch {
			if len(keys[st.id]) == 0 {
				continue
			}
			sents, plain, err := bodySentences(st.body)
			if err != nil {
				return fmt.Errorf("story %d: %w", st.id, err)
			}
			if sents != nil {
				continue
			}
			raw, text, err := splitPlain(plain)
			if err != nil {
				return fmt.Errorf("story %d: %w", st.id, err)
			}
			var evs []evSentence
			seen := map[evKey]bool{}
			for _, k := range keys[st.id] {
				if seen[k] {
					continue
				}
				seen[k] = true
				text, err := unpackEvidence(raw, text, k.start, k.end, k.code)
				if err != nil {
					return fmt.Errorf("story %d: evidence at [%d:%d]: %w", st.id, k.start, k.end, err)
				}
				evs = append(evs, evSentence{k, text})
			}
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET body = ? WHERE id = ?`, packBody(raw, text, evs), st.id); err != nil {
				return err
			}
		}
		return nil
	})
}

// packEvidenceRows codes the evidence of the rows of table (reports or
// roles) of one story.
func packEvidenceRows(ctx context.Context, tx *sql.Tx, table string, story int64, p *evPacker) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, ev_start, ev_end, ev_text FROM `+table+` WHERE story_id = ?`, story)
	if err != nil {
		return err
	}
	type row struct {
		id   int64
		code string
	}
	var changed []row
	for rows.Next() {
		var id int64
		var ev annals.Span
		if err := rows.Scan(&id, &ev.Start, &ev.End, &ev.Text); err != nil {
			rows.Close()
			return err
		}
		if code := p.pack(ev.Start, ev.End, ev.Text); code != ev.Text {
			changed = append(changed, row{id, code})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range changed {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET ev_text = ? WHERE id = ?`, r.code, r.id); err != nil {
			return err
		}
	}
	return nil
}

// bodyCache keeps the stories unpacked last for their evidence, each with
// the body it was unpacked from: unpacking one takes about 20 µs of CPU,
// a page of 100 events as many (docs/performance.md), and a page shown
// again (the first page of the timeline) unpacks nothing. A story
// replaced since, by this process or another, has another body and is
// unpacked again.
type bodyCache struct {
	mu sync.Mutex
	m  map[int64]cachedBody
}

type cachedBody struct {
	body, raw []byte
	text      string
}

// bodyCacheSize bounds the stories kept (about 17 KB each for stories of
// 5 KB).
const bodyCacheSize = 512

// unpack is unpackBody of story id's body, from the cache when it holds
// the same body.
func (c *bodyCache) unpack(id int64, body []byte) ([]byte, string, error) {
	if raw, text, ok := c.get(id, body); ok {
		return raw, text, nil
	}
	raw, text, err := unpackBody(body)
	if err != nil {
		return nil, "", err
	}
	c.put(id, body, raw, text)
	return raw, text, nil
}

// get returns the original and the text of story id when the cache holds
// them unpacked from body.
func (c *bodyCache) get(id int64, body []byte) ([]byte, string, bool) {
	c.mu.Lock()
	e, ok := c.m[id]
	c.mu.Unlock()
	if ok && bytes.Equal(e.body, body) {
		return e.raw, e.text, true
	}
	return nil, "", false
}

// put keeps raw and text, unpacked from body, as story id's.
func (c *bodyCache) put(id int64, body, raw []byte, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[int64]cachedBody{}
	}
	if len(c.m) >= bodyCacheSize {
		for k := range c.m { // a quarter out, at random
			delete(c.m, k)
			if len(c.m) < bodyCacheSize*3/4 {
				break
			}
		}
	}
	c.m[id] = cachedBody{slices.Clone(body), raw, text}
}

// texts keeps the texts annals_text unpacked last, by the body they were
// unpacked from (the key is the body itself: a text is found again only
// for the same bytes), so that the snippets of a page shown again, or of
// hits shown in another search, unpack nothing (35 us a hit of about 13
// KB). Two generations of up to textCacheSize/2 each: about 4 MB with
// generated stories.
var texts = textCache{cur: map[string]string{}, old: map[string]string{}}

const textCacheSize = 256

type textCache struct {
	mu       sync.Mutex
	cur, old map[string]string
}

func (c *textCache) get(body []byte) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t, ok := c.cur[string(body)]; ok {
		return t, true
	}
	t, ok := c.old[string(body)]
	if ok {
		c.put(string(body), t)
	}
	return t, ok
}

func (c *textCache) add(body []byte, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.put(string(body), text)
}

// put keeps text under body; the caller holds mu.
func (c *textCache) put(body, text string) {
	if len(c.cur) >= textCacheSize/2 {
		c.old, c.cur = c.cur, make(map[string]string, textCacheSize/2)
	}
	c.cur[body] = text
}
