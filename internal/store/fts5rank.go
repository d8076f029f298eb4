package store

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"

	"modernc.org/libc"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// annals_bm25 is FTS5's bm25 with each phrase's document frequency given
// by the caller: an FTS5 auxiliary function registered on every SQLite
// connection (registerRank), used as `rank MATCH 'annals_bm25(5.0, 1.0,
// n1, n2, ...)'`. Its arguments are the weights of the two columns (title,
// text) and, for each phrase of the query in order, the number of stories
// holding it.
//
// FTS5's bm25 weighs each phrase by its IDF, log((N - n + 0.5) / (n +
// 0.5)), and finds n by running the phrase over the whole index on every
// statement (xQueryPhrase): a walk of the word's list through every story
// holding it (`climate`, a third of the stories, about 7 ms of CPU at
// 232,003 stories), though the search already knows n, counted and cached
// as the matches of that phrase (matchCount). Given n, annals_bm25 computes
// the same score as bm25, in the same order of operations: the same
// results, the same order, the same scores. Given no counts, or not one a
// phrase, it counts them as bm25 does.
const rankFunc = "annals_bm25"

// rankSupported says whether the SQLite driver's connections take
// annals_bm25: set when a connection registered it (the driver's
// connection type must carry its sqlite3 handle where connHandle reads
// it). Otherwise searches rank by bm25 itself.
var rankSupported atomic.Bool

func init() {
	sqlite.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, _ string) error {
		db, ok := connHandle(c)
		if !ok {
			return nil
		}
		ok, err := registerRank(db)
		if err != nil {
			return fmt.Errorf("registering %s: %w", rankFunc, err)
		}
		if ok {
			rankSupported.Store(true)
		}
		return nil
	})
}

// connHandle reads the sqlite3 pointer of a driver connection of
// modernc.org/sqlite (its unexported field db).
func connHandle(c any) (uintptr, bool) {
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return 0, false
	}
	f := v.Elem().FieldByName("db")
	if !f.IsValid() || f.Kind() != reflect.Uintptr || f.Uint() == 0 {
		return 0, false
	}
	return uintptr(f.Uint()), true
}

// registerRank registers annals_bm25 and annals_snippet on the connection db: the fts5_api
// pointer is asked for with `SELECT fts5(?1)` (sqlite3_bind_pointer), and
// its xCreateFunction called. It registers nothing on a connection that
// cannot read its file (not a database: Open says so), which runs no
// search either.
func registerRank(db uintptr) (bool, error) {
	tls := libc.NewTLS()
	defer tls.Close()
	query, err := libc.CString("SELECT fts5(?1)")
	if err != nil {
		return false, err
	}
	defer libc.Xfree(tls, query)
	ptrType, err := libc.CString("fts5_api_ptr")
	if err != nil {
		return false, err
	}
	defer libc.Xfree(tls, ptrType)
	name, err := libc.CString(rankFunc)
	if err != nil {
		return false, err
	}
	defer libc.Xfree(tls, name)
	out := tls.Alloc(16) // the statement, then the fts5_api pointer
	defer tls.Free(16)
	*cmem[uintptr](out) = 0
	*cmem[uintptr](out + 8) = 0
	if rc := sqlite3.Xsqlite3_prepare_v2(tls, db, query, -1, out, 0); rc != sqlite3.SQLITE_OK {
		return false, nil
	}
	stmt := *cmem[uintptr](out)
	rc := sqlite3.Xsqlite3_bind_pointer(tls, stmt, 1, out+8, ptrType, 0)
	if rc == sqlite3.SQLITE_OK {
		rc = sqlite3.Xsqlite3_step(tls, stmt)
		if rc == sqlite3.SQLITE_ROW {
			rc = sqlite3.SQLITE_OK
		}
	}
	sqlite3.Xsqlite3_finalize(tls, stmt)
	if rc != sqlite3.SQLITE_OK {
		return false, fmt.Errorf("fts5(): code %d", rc)
	}
	api := *cmem[uintptr](out + 8)
	if api == 0 {
		return false, errors.New("no fts5_api")
	}
	create := cmem[sqlite3.Tfts5_api](api).FxCreateFunction
	// The connection's story lengths (fts5lengths.go) are the rank
	// function's user data, dropped when FTS5 lets the function go.
	lengths := newConnLengths(db)
	rc = (*(*func(*libc.TLS, uintptr, uintptr, uintptr, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{create})))(tls, api, name, lengths, cFunc(rankBM25), cFunc(dropConnLengths))
	if rc != sqlite3.SQLITE_OK {
		dropConnLengths(tls, lengths)
		return false, fmt.Errorf("xCreateFunction: code %d", rc)
	}
	snippetName, err := libc.CString(snippetFunc)
	if err != nil {
		return false, err
	}
	defer libc.Xfree(tls, snippetName)
	rc = (*(*func(*libc.TLS, uintptr, uintptr, uintptr, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{create})))(tls, api, snippetName, 0, cFunc(snippetFunction), 0)
	if rc != sqlite3.SQLITE_OK {
		return false, fmt.Errorf("xCreateFunction(%s): code %d", snippetFunc, rc)
	}
	return true, nil
}

// cFunc is the C function pointer of a Go function, as the transpiled
// SQLite calls them (a pointer to the function value).
func cFunc[T any](f T) uintptr { return *(*uintptr)(unsafe.Pointer(&struct{ f T }{f})) }

// cmem is the C memory at address p, seen as a T.
func cmem[T any](p uintptr) *T { return *(**T)(unsafe.Pointer(&p)) }

// The calls of the Fts5ExtensionApi annals_bm25 makes.
func apiInstCount(tls *libc.TLS, api, fts, n uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxInstCount})))(tls, fts, n)
}

func apiInst(tls *libc.TLS, api, fts uintptr, i int32, phrase, col, off uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, int32, uintptr, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxInst})))(tls, fts, i, phrase, col, off)
}

func apiColumnSize(tls *libc.TLS, api, fts uintptr, col int32, n uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, int32, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxColumnSize})))(tls, fts, col, n)
}

func apiPhraseCount(tls *libc.TLS, api, fts uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxPhraseCount})))(tls, fts)
}

func apiRowCount(tls *libc.TLS, api, fts, n uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxRowCount})))(tls, fts, n)
}

func apiColumnTotalSize(tls *libc.TLS, api, fts uintptr, col int32, n uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, int32, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxColumnTotalSize})))(tls, fts, col, n)
}

func apiQueryPhrase(tls *libc.TLS, api, fts uintptr, i int32, data, cb uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, int32, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxQueryPhrase})))(tls, fts, i, data, cb)
}

func apiGetAuxdata(tls *libc.TLS, api, fts uintptr) uintptr {
	return (*(*func(*libc.TLS, uintptr, int32) uintptr)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxGetAuxdata})))(tls, fts, 0)
}

func apiSetAuxdata(tls *libc.TLS, api, fts, p, free uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxSetAuxdata})))(tls, fts, p, free)
}

// countHit is the xQueryPhrase callback counting a phrase's rows (FTS5's
// fts5CountCb).
func countHit(tls *libc.TLS, api, fts, data uintptr) int32 {
	*cmem[int64](data)++
	return sqlite3.SQLITE_OK
}

// rankData is what annals_bm25 computes once a statement (FTS5's
// Fts5Bm25Data), kept in C memory as the statement's auxiliary data:
// the phrase count, the average row length, then each phrase's IDF and
// frequency.
const (
	rankDataPhrases = 0  // int32
	rankDataAvgdl   = 8  // float64
	rankDataIDF     = 16 // float64 a phrase, then the frequencies
)

// rankData reads or computes the statement's rankData; first says it was
// computed now, at the statement's first row.
func rankData(tls *libc.TLS, api, fts uintptr, nVal int32, apVal uintptr) (_ uintptr, _ int32, first bool) {
	if p := apiGetAuxdata(tls, api, fts); p != 0 {
		return p, sqlite3.SQLITE_OK, false
	}
	bp := tls.Alloc(24)
	defer tls.Free(24)
	*cmem[int64](bp) = 0
	*cmem[int64](bp + 8) = 0
	phrases := apiPhraseCount(tls, api, fts)
	p := sqlite3.Xsqlite3_malloc64(tls, uint64(rankDataIDF+16*int(phrases)))
	if p == 0 {
		return 0, sqlite3.SQLITE_NOMEM, false
	}
	*cmem[int32](p + rankDataPhrases) = phrases
	rc := apiRowCount(tls, api, fts, bp)
	if rc == sqlite3.SQLITE_OK {
		rc = apiColumnTotalSize(tls, api, fts, -1, bp+8)
	}
	rows := *cmem[int64](bp)
	if rc == sqlite3.SQLITE_OK {
		*cmem[float64](p + rankDataAvgdl) = float64(*cmem[int64](bp + 8)) / float64(rows)
	}
	// The counts given: the arguments after the two weights, one a
	// phrase.
	given := nVal-2 == phrases
	for i := int32(0); rc == sqlite3.SQLITE_OK && i < phrases; i++ {
		var hits int64
		if given {
			hits = sqlite3.Xsqlite3_value_int64(tls, *cmem[uintptr](apVal + uintptr(2+i)*8))
		} else {
			*cmem[int64](bp + 16) = 0
			rc = apiQueryPhrase(tls, api, fts, i, bp+16, cFunc(countHit))
			hits = *cmem[int64](bp + 16)
		}
		if rc == sqlite3.SQLITE_OK {
			idf := libc.Xlog(tls, (float64(rows-hits)+0.5)/(float64(hits)+0.5))
			if idf <= 0 {
				idf = 1e-06
			}
			*cmem[float64](p + rankDataIDF + uintptr(i)*8) = idf
		}
	}
	if rc == sqlite3.SQLITE_OK {
		rc = apiSetAuxdata(tls, api, fts, p, cFunc(sqlite3.Xsqlite3_free))
		if rc == sqlite3.SQLITE_OK {
			return p, rc, true
		}
		return 0, rc, false // xSetAuxdata freed p
	}
	sqlite3.Xsqlite3_free(tls, p)
	return 0, rc, false
}

// rankBM25 is annals_bm25 (FTS5's fts5Bm25Function with the IDFs of
// rankData).
func rankBM25(tls *libc.TLS, api, fts, ctx uintptr, nVal int32, apVal uintptr) {
	const k1, b = 1.2, 0.75
	p, rc, first := rankData(tls, api, fts, nVal, apVal)
	if rc != sqlite3.SQLITE_OK {
		sqlite3.Xsqlite3_result_error_code(tls, ctx, rc)
		return
	}
	lengths := lengthsOf(tls, api, fts, first)
	phrases := *cmem[int32](p + rankDataPhrases)
	avgdl := *cmem[float64](p + rankDataAvgdl)
	idf := unsafe.Slice(cmem[float64](p+rankDataIDF), phrases)
	freq := unsafe.Slice(cmem[float64](p+rankDataIDF+uintptr(phrases)*8), phrases)
	clear(freq)
	bp := tls.Alloc(24)
	defer tls.Free(24)
	*cmem[int32](bp) = 0
	rc = apiInstCount(tls, api, fts, bp)
	n := *cmem[int32](bp)
	for i := int32(0); rc == sqlite3.SQLITE_OK && i < n; i++ {
		rc = apiInst(tls, api, fts, i, bp+4, bp+8, bp+12)
		if rc == sqlite3.SQLITE_OK {
			ip, ic := *cmem[int32](bp + 4), *cmem[int32](bp + 8)
			w := 1.0
			if nVal > ic {
				w = sqlite3.Xsqlite3_value_double(tls, *cmem[uintptr](apVal + uintptr(ic)*8))
			}
			freq[ip] += w
		}
	}
	var D float64
	if rc == sqlite3.SQLITE_OK {
		var n int32
		n, rc = lengths.length(tls, api, fts, bp+16)
		D = float64(n)
	}
	if rc != sqlite3.SQLITE_OK {
		sqlite3.Xsqlite3_result_error_code(tls, ctx, rc)
		return
	}
	score := 0.0
	for i := range phrases {
		// The conversions round as the transpiled C does (no fused
		// operations), for the same scores to the last bit.
		score = score + float64(idf[i]*(float64(freq[i]*(k1+1))/(freq[i]+float64(k1*(1-b+float64(b*D)/avgdl)))))
	}
	sqlite3.Xsqlite3_result_double(tls, ctx, -1*score)
}

// rankSpec is the value of `rank MATCH ?` ranking a query whose phrases
// are in counts[i] stories each: annals_bm25 given the counts, or bm25 as
// configured when none are known.
func rankSpec(counts []int) string {
	if !rankSupported.Load() || len(counts) == 0 {
		return "bm25(5.0, 1.0)"
	}
	var b strings.Builder
	b.WriteString(rankFunc + "(5.0, 1.0")
	for _, n := range counts {
		b.WriteString(", ")
		b.WriteString(strconv.Itoa(n))
	}
	b.WriteString(")")
	return b.String()
}
