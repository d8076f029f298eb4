package store

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// Story lengths for annals_bm25, kept in memory by each connection.
//
// bm25 weighs a match by its story's length in tokens (titles and text),
// which FTS5 reads from its docsize table by a statement a candidate
// (xColumnSize): 1-2 us each, up to searchCap (2,000) a ranked search, a
// quarter of a search's CPU at 59,203 stories. annals_bm25 keeps each
// length it read, by story id, on the connection that read it, and reads
// it again only when the database changed since: FTS5 keeps no more than
// the lengths of the rows it returns, but a connection's data version
// (SQLITE_FCNTL_DATA_VERSION) changes whenever the file does, by this
// connection, another one or another process, as its next read
// transaction begins. A statement checks it once (rankData) and the
// connection's lengths are dropped when it moved, so a length is always
// the one the statement's own snapshot holds: the same scores to the bit.
//
// The lengths are per connection (each of the readers kept open warms
// its own), two bytes a story up to the highest id ranked: 2 MB a
// connection at a million stories. A story of 65,535 tokens or more, or
// an id past maxCachedLength, is read by xColumnSize each time.

// maxCachedLength bounds the story ids whose lengths a connection keeps.
const maxCachedLength = 1 << 23

// connLengths are the story lengths one connection read.
type connLengths struct {
	db      uintptr // the connection's sqlite3 handle
	mu      sync.Mutex
	version uint32 // the data version the lengths were read at
	lens    []uint16
}

var (
	lengthConns  sync.Map // id (the functions' user data) -> *connLengths
	lengthConnID atomic.Uintptr
	cachedLength = true // tests compare with xColumnSize alone
)

// newConnLengths keeps a connection's lengths; the id is the user data of
// its rank function, forgotten when the connection closes
// (dropConnLengths).
func newConnLengths(db uintptr) uintptr {
	id := lengthConnID.Add(1)
	lengthConns.Store(id, &connLengths{db: db})
	return id
}

// dropConnLengths is the rank function's destructor (FTS5 calls it when
// the connection closes).
func dropConnLengths(tls *libc.TLS, id uintptr) { lengthConns.Delete(id) }

// lengthsOf is the lengths of the connection running the statement fts
// belongs to, checked against the connection's data version (once a
// statement: rankData), or nil.
func lengthsOf(tls *libc.TLS, api, fts uintptr, check bool) *connLengths {
	if !cachedLength {
		return nil
	}
	v, ok := lengthConns.Load(apiUserData(tls, api, fts))
	if !ok {
		return nil
	}
	c := v.(*connLengths)
	if check {
		bp := tls.Alloc(8)
		defer tls.Free(8)
		*cmem[uint32](bp) = 0
		if sqlite3.Xsqlite3_file_control(tls, c.db, 0, sqlite3.SQLITE_FCNTL_DATA_VERSION, bp) != sqlite3.SQLITE_OK {
			return nil
		}
		c.mu.Lock()
		if version := *cmem[uint32](bp); version != c.version || c.lens == nil {
			c.version, c.lens = version, make([]uint16, 0, 1024)
		}
		c.mu.Unlock()
	}
	return c
}

// length returns story id's length in tokens, as xColumnSize(-1) gives
// it, read from c when known.
func (c *connLengths) length(tls *libc.TLS, api, fts uintptr, bp uintptr) (int32, int32) {
	var id int64
	if c != nil {
		id = apiRowid(tls, api, fts)
		c.mu.Lock()
		if id >= 0 && id < int64(len(c.lens)) && c.lens[id] != 0 {
			n := int32(c.lens[id]) - 1
			c.mu.Unlock()
			return n, sqlite3.SQLITE_OK
		}
		c.mu.Unlock()
	}
	rc := apiColumnSize(tls, api, fts, -1, bp)
	n := *cmem[int32](bp)
	if c != nil && rc == sqlite3.SQLITE_OK && id >= 0 && id < maxCachedLength && n >= 0 && n < 1<<16-1 {
		c.mu.Lock()
		if id >= int64(len(c.lens)) {
			c.lens = append(c.lens, make([]uint16, int(id)+1-len(c.lens))...)
		}
		c.lens[id] = uint16(n + 1)
		c.mu.Unlock()
	}
	return n, rc
}

func apiRowid(tls *libc.TLS, api, fts uintptr) int64 {
	return (*(*func(*libc.TLS, uintptr) int64)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxRowid})))(tls, fts)
}

func apiUserData(tls *libc.TLS, api, fts uintptr) uintptr {
	return (*(*func(*libc.TLS, uintptr) uintptr)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxUserData})))(tls, fts)
}
