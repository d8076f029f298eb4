package server

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"annals/internal/store"
)

// A cursor is the after= parameter of a next page: where the page before
// ended (the sort key of its last row, store.Key), so that the next page
// is read from there, at the same cost at any depth, where offset= reads
// and skips every row before it. It is opaque to clients: the URL-safe
// base64 (unpadded) of "LO.HI.ID", days as YYYYMMDD, empty when unknown.

// cursorKind says which keys a list gives: an event's has both days or
// neither, a story's its first day or none, and no last day.
type cursorKind int

const (
	eventCursor cursorKind = iota
	storyCursor
)

// maxCursor bounds the length of an after= value (a key is at most 40).
const maxCursor = 64

// encodeCursor is the after= value of the page after the row of key k.
func encodeCursor(k store.Key) string {
	day := func(d string) string { return strings.ReplaceAll(d, "-", "") }
	return base64.RawURLEncoding.EncodeToString([]byte(day(k.Lo) + "." + day(k.Hi) + "." + strconv.FormatInt(k.ID, 10)))
}

// cursorParts reads the value v of a cursor parameter as the parts of the
// key it encodes (URL-safe base64, unpadded, of parts joined by dots), or
// reports that it is none.
func cursorParts(v string) ([]string, bool) {
	if len(v) > maxCursor {
		return nil, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(v)
	if err != nil {
		return nil, false
	}
	return strings.Split(string(raw), "."), true
}

// notACursor is the 400 error of a value v of cursor parameter name that
// no page of the list gave, shown cut to a cursor's length.
func notACursor(name, v string) error {
	shown := v
	if len(shown) > maxCursor {
		shown = shown[:maxCursor] + "..."
	}
	return queryError("%s %q is not a cursor of this list (follow the next link of an answer, or page with offset)", name, shown)
}

// decodeCursor reads the value v of cursor parameter name (after=,
// before=) of a list of kind: nil when v is empty, a 400 error when it is
// no cursor such a list gives.
func decodeCursor(name, v string, kind cursorKind) (*store.Key, error) {
	if v == "" {
		return nil, nil
	}
	bad := func() (*store.Key, error) { return nil, notACursor(name, v) }
	parts, ok := cursorParts(v)
	if !ok || len(parts) != 3 {
		return bad()
	}
	var k store.Key
	for i, p := range parts[:2] {
		if p == "" {
			continue
		}
		if len(p) != 8 || strings.Trim(p, "0123456789") != "" {
			return bad()
		}
		d := p[:4] + "-" + p[4:6] + "-" + p[6:]
		if i == 0 {
			k.Lo = d
		} else {
			k.Hi = d
		}
	}
	// the id as encodeCursor writes it: digits, no sign, no leading zero
	id, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || strconv.FormatInt(id, 10) != parts[2] {
		return bad()
	}
	k.ID = id
	if k.Check() != nil || kind == eventCursor && (k.Lo == "") != (k.Hi == "") || kind == storyCursor && k.Hi != "" {
		return bad()
	}
	// one cursor a key (base64 ignores line breaks and may not check
	// the bits after the last byte)
	if encodeCursor(k) != v {
		return bad()
	}
	return &k, nil
}

// The cursor of the list of entities (by prominence) is the URL-safe
// base64 (unpadded) of "e.STORIES.MENTIONS.ID", the entity's key
// (store.EntityKey): four parts, so that it is no cursor of the other
// lists, nor theirs one of it.

// encodeEntityCursor is the after= (or before=) value of the page after
// (before) the entity of key k.
func encodeEntityCursor(k store.EntityKey) string {
	return base64.RawURLEncoding.EncodeToString([]byte("e." + strconv.Itoa(k.Stories) + "." + strconv.Itoa(k.Mentions) + "." + strconv.FormatInt(k.ID, 10)))
}

// decodeEntityCursor reads the value v of cursor parameter name of the
// list of entities: nil when v is empty, a 400 error when it is no
// cursor that list gives.
func decodeEntityCursor(name, v string) (*store.EntityKey, error) {
	if v == "" {
		return nil, nil
	}
	bad := func() (*store.EntityKey, error) { return nil, notACursor(name, v) }
	parts, ok := cursorParts(v)
	if !ok || len(parts) != 4 || parts[0] != "e" {
		return bad()
	}
	var n [3]int64
	for i, p := range parts[1:] {
		// digits, no sign, no leading zero, as encodeEntityCursor writes
		var err error
		if n[i], err = strconv.ParseInt(p, 10, 64); err != nil || strconv.FormatInt(n[i], 10) != p || n[i] > 1<<50 {
			return bad()
		}
	}
	k := store.EntityKey{Stories: int(n[0]), Mentions: int(n[1]), ID: n[2]}
	if k.Check() != nil || encodeEntityCursor(k) != v {
		return bad()
	}
	return &k, nil
}

// cursorURL is the URL of the page after the row of key k: r's path and
// parameters with after= its cursor, offset= the number of rows before
// it (for the answer's offset, which the page does not read) and limit.
func cursorURL(r *url.URL, k store.Key, limit, offset int) *string {
	q := r.Query()
	q.Set("limit", strconv.Itoa(limit))
	q.Set("offset", strconv.Itoa(offset))
	q.Set("after", encodeCursor(k))
	q.Del("before")
	u := r.Path + "?" + q.Encode()
	return &u
}

// keyPaging is paging with the cursor of a list of kind (nil if none).
func keyPaging(q url.Values, def int, kind cursorKind) (limit, offset int, after *store.Key, err error) {
	if limit, offset, err = paging(q, def); err != nil {
		return 0, 0, nil, err
	}
	after, err = decodeCursor("after", q.Get("after"), kind)
	return limit, offset, after, err
}

// cursorNext is the URL of the page after one of limit rows at offset
// read with one row more (keys: the keys of the rows read), or nil when
// there is none.
func cursorNext(r *http.Request, keys []store.Key, limit, offset int) *string {
	if len(keys) <= limit {
		return nil
	}
	return cursorURL(r.URL, keys[limit-1], limit, offset+limit)
}

// beforeCursor makes a page of limit rows (with their keys) of a list
// read before a cursor (before=) with one row more, the page at offset as
// its link numbers it: with the row more there is a page before it (the
// row is dropped; offset at least 1), without it the page is the first
// (offset 0); either way the cursor's row follows it. With fewer than
// limit rows before the cursor, ok is false: the first page is shown
// instead.
func beforeCursor[T, K any](rows []T, keys []K, limit, offset int) (_ []T, _ []K, off int, ok bool) {
	switch {
	case len(rows) > limit:
		return rows[1:], keys[1:], max(offset, 1), true
	case len(rows) == limit && limit > 0:
		return rows, keys, 0, true
	}
	return rows, keys, 0, false
}
