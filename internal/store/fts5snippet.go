package store

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// annals_snippet is FTS5's snippet() made in Go, an FTS5 auxiliary
// function registered beside annals_bm25 (registerRank) and called as
// snippet() is: annals_snippet(stories_fts, column, open, close,
// ellipsis, tokens). It gives the same text as snippet(), byte for byte,
// for less work: snippet() tokenizes the column twice through the
// table's tokenizer (once to find where sentences start, once to copy
// the text around the best window), and the tokenizer stems every token
// (porter), about 150 us a story of CPU. Only where tokens start and end
// matters to a snippet, so annals_snippet finds the tokens once, itself
// (snippetTokens: the unicode61 tokenizer's boundaries, each character
// outside ASCII classed once by asking the table's own tokenizer), and
// checks that it found as many as the index holds for that column
// (xColumnSize); if not, or the text is not valid UTF-8, it takes the
// tokens from the table's tokenizer (once).
const snippetFunc = "annals_snippet"

// ftsFuncs is a statement of the SQLite dialect as the connections can
// run it: with snippet() for annals_snippet where the driver's
// connections could not take the functions of fts5rank.go.
func ftsFuncs(q string) string {
	if rankSupported.Load() {
		return q
	}
	return strings.ReplaceAll(q, snippetFunc+"(", "snippet(")
}

// The classes of a character for the unicode61 tokenizer: in a token, a
// diacritic (continues a token, starts none), or a separator.
const (
	classUnknown = iota
	classToken
	classDiacritic
	classSeparator
)

// runeClasses caches the class of each character outside ASCII met so far
// (the same on every connection: the table's tokenizer is fixed by the
// schema).
var runeClasses sync.Map // rune -> int

// asciiToken: unicode61's token characters in ASCII, letters and digits.
var asciiToken = func() (t [128]bool) {
	for c := range 128 {
		t[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// tokenSpan is a token's byte offsets in the column text.
type tokenSpan struct{ start, end int32 }

// tokenCollectors hands xTokenize callbacks their Go state: the pointer
// FTS5 passes back is a key of this map.
var (
	tokenCollectors sync.Map // uintptr -> *[]tokenSpan
	collectorKey    atomic.Uintptr
)

// collectToken is the xTokenize callback appending each token's offsets
// (colocated tokens, which no tokenizer of this schema makes, skipped as
// snippet() skips them).
func collectToken(tls *libc.TLS, key uintptr, flags int32, token uintptr, n, start, end int32) int32 {
	if flags&sqlite3.FTS5_TOKEN_COLOCATED != 0 {
		return sqlite3.SQLITE_OK
	}
	v, ok := tokenCollectors.Load(key)
	if !ok {
		return sqlite3.SQLITE_ERROR
	}
	spans := v.(*[]tokenSpan)
	*spans = append(*spans, tokenSpan{start, end})
	return sqlite3.SQLITE_OK
}

// apiTokens tokenizes text (C memory, n bytes) with the table's tokenizer.
func apiTokens(tls *libc.TLS, api, fts, text uintptr, n int32, spans []tokenSpan) ([]tokenSpan, int32) {
	key := collectorKey.Add(1)
	tokenCollectors.Store(key, &spans)
	defer tokenCollectors.Delete(key)
	tokenize := cmem[sqlite3.Fts5ExtensionApi](api).FxTokenize
	rc := (*(*func(*libc.TLS, uintptr, uintptr, int32, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{tokenize})))(tls, fts, text, n, key, cFunc(collectToken))
	return spans, rc
}

// runeClass is the class of r (outside ASCII) for the table's tokenizer:
// r alone makes one token (a token character) or none; between two
// letters, it makes one (a diacritic, or a token character) or two (a
// separator).
func runeClass(tls *libc.TLS, api, fts uintptr, r rune) (int, int32) {
	if v, ok := runeClasses.Load(r); ok {
		return v.(int), sqlite3.SQLITE_OK
	}
	probe := func(s string) (int, int32) {
		p := sqlite3.Xsqlite3_malloc64(tls, uint64(len(s)))
		if p == 0 {
			return 0, sqlite3.SQLITE_NOMEM
		}
		defer sqlite3.Xsqlite3_free(tls, p)
		copy(unsafe.Slice(cmem[byte](p), len(s)), s)
		spans, rc := apiTokens(tls, api, fts, p, int32(len(s)), nil)
		return len(spans), rc
	}
	alone, rc := probe(string(r))
	if rc != sqlite3.SQLITE_OK {
		return 0, rc
	}
	between, rc := probe("a" + string(r) + "a")
	if rc != sqlite3.SQLITE_OK {
		return 0, rc
	}
	class := classSeparator
	switch {
	case alone == 1 && between == 1:
		class = classToken
	case alone == 0 && between == 1:
		class = classDiacritic
	case alone == 0 && between == 2:
	default:
		return classUnknown, sqlite3.SQLITE_OK // not a tokenizer snippetTokens knows
	}
	runeClasses.Store(r, class)
	return class, sqlite3.SQLITE_OK
}

// snippetTokens finds the tokens of text as the unicode61 tokenizer
// does: a token starts at a token character and runs over token
// characters and diacritics. ok is false when text is not valid UTF-8 or
// holds a character whose class is not known.
func snippetTokens(tls *libc.TLS, api, fts uintptr, text []byte, spans []tokenSpan) ([]tokenSpan, bool, int32) {
	if !utf8.Valid(text) {
		return spans, false, sqlite3.SQLITE_OK
	}
	in := false
	var start int
	for i := 0; i < len(text); {
		c := text[i]
		class, size := classSeparator, 1
		if c < utf8.RuneSelf {
			if asciiToken[c] {
				class = classToken
			}
		} else {
			var r rune
			r, size = utf8.DecodeRune(text[i:])
			var rc int32
			if class, rc = runeClass(tls, api, fts, r); rc != sqlite3.SQLITE_OK {
				return spans, false, rc
			}
			if class == classUnknown {
				return spans, false, sqlite3.SQLITE_OK
			}
		}
		switch {
		case class == classToken || class == classDiacritic && in:
			if !in {
				in, start = true, i
			}
		case in:
			spans = append(spans, tokenSpan{int32(start), int32(i)})
			in = false
		}
		i += size
	}
	if in {
		spans = append(spans, tokenSpan{int32(start), int32(len(text))})
	}
	return spans, true, sqlite3.SQLITE_OK
}

// The further calls of the Fts5ExtensionApi annals_snippet makes.
func apiColumnCount(tls *libc.TLS, api, fts uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxColumnCount})))(tls, fts)
}

func apiPhraseSize(tls *libc.TLS, api, fts uintptr, i int32) int32 {
	return (*(*func(*libc.TLS, uintptr, int32) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxPhraseSize})))(tls, fts, i)
}

func apiColumnText(tls *libc.TLS, api, fts uintptr, col int32, text, n uintptr) int32 {
	return (*(*func(*libc.TLS, uintptr, int32, uintptr, uintptr) int32)(unsafe.Pointer(&struct{ uintptr }{cmem[sqlite3.Fts5ExtensionApi](api).FxColumnText})))(tls, fts, col, text, n)
}

// phraseInst is a phrase instance of the row (xInst).
type phraseInst struct{ phrase, col, off int32 }

// valueText is an argument's text up to its first NUL ("" for NULL), as C
// reads it.
func valueText(tls *libc.TLS, v uintptr) []byte {
	p := sqlite3.Xsqlite3_value_text(tls, v)
	if p == 0 {
		return nil
	}
	n := sqlite3.Xsqlite3_value_bytes(tls, v)
	b := unsafe.Slice(cmem[byte](p), n)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return bytes.Clone(b)
}

// snippetFunction is FTS5's snippet(): the window of tokens of a column that
// scores best (each phrase 1,000 the first time, 1 after; a window
// starting a sentence 100 more, the text's start 120), its matches
// highlighted, an ellipsis where the text goes on.
func snippetFunction(tls *libc.TLS, api, fts, ctx uintptr, nVal int32, apVal uintptr) {
	rc := snippetRun(tls, api, fts, ctx, nVal, apVal)
	if rc != sqlite3.SQLITE_OK {
		sqlite3.Xsqlite3_result_error_code(tls, ctx, rc)
	}
}

func snippetRun(tls *libc.TLS, api, fts, ctx uintptr, nVal int32, apVal uintptr) int32 {
	if nVal != 5 {
		return sqlite3.SQLITE_ERROR
	}
	arg := func(i int) uintptr { return *cmem[uintptr](apVal + uintptr(i)*8) }
	iCol := sqlite3.Xsqlite3_value_int(tls, arg(0))
	open, close := valueText(tls, arg(1)), valueText(tls, arg(2))
	ellips := valueText(tls, arg(3))
	nToken := sqlite3.Xsqlite3_value_int(tls, arg(4))

	nCol := apiColumnCount(tls, api, fts)
	bp := tls.Alloc(32)
	defer tls.Free(32)
	*cmem[int32](bp) = 0
	rc := apiInstCount(tls, api, fts, bp)
	if rc != sqlite3.SQLITE_OK {
		return rc
	}
	nInst := *cmem[int32](bp)
	insts := make([]phraseInst, nInst)
	for i := range nInst {
		if rc = apiInst(tls, api, fts, i, bp, bp+4, bp+8); rc != sqlite3.SQLITE_OK {
			return rc
		}
		insts[i] = phraseInst{*cmem[int32](bp), *cmem[int32](bp + 4), *cmem[int32](bp + 8)}
	}
	nPhrase := apiPhraseCount(tls, api, fts)
	sizes := make([]int32, nPhrase)
	for i := range nPhrase {
		sizes[i] = apiPhraseSize(tls, api, fts, i)
	}
	seen := make([]bool, nPhrase)
	// score is fts5SnippetScore: the score of the window of nToken
	// tokens from pos, and where a window around its matches would start.
	score := func(nDocsize, col, pos int32) (int, int32) {
		clear(seen)
		n, first, last := 0, int32(-1), int32(0)
		end := int64(pos) + int64(nToken)
		for _, in := range insts {
			if in.col == col && in.off >= pos && int64(in.off) < end {
				if seen[in.phrase] {
					n++
				} else {
					n += 1000
				}
				seen[in.phrase] = true
				if first < 0 {
					first = in.off
				}
				last = in.off + sizes[in.phrase]
			}
		}
		adj := int64(first) - (int64(nToken)-int64(last-first))/2
		if adj+int64(nToken) > int64(nDocsize) {
			adj = int64(nDocsize) - int64(nToken)
		}
		if adj < 0 {
			adj = 0
		}
		return n, int32(adj)
	}

	// The column's text and tokens, read once for the column.
	var text []byte
	var spans []tokenSpan
	textCol := int32(-1)
	columnTokens := func(col int32) int32 {
		if textCol == col {
			return sqlite3.SQLITE_OK
		}
		*cmem[uintptr](bp) = 0
		*cmem[int32](bp + 8) = 0
		if rc := apiColumnText(tls, api, fts, col, bp, bp+8); rc != sqlite3.SQLITE_OK {
			return rc
		}
		p, n := *cmem[uintptr](bp), *cmem[int32](bp + 8)
		text = nil
		if p != 0 {
			text = unsafe.Slice(cmem[byte](p), n)
		}
		*cmem[int32](bp + 12) = 0
		if rc := apiColumnSize(tls, api, fts, col, bp+12); rc != sqlite3.SQLITE_OK {
			return rc
		}
		size := *cmem[int32](bp + 12)
		var ok bool
		var rc int32
		spans, ok, rc = snippetTokens(tls, api, fts, text, spans[:0])
		if rc != sqlite3.SQLITE_OK {
			return rc
		}
		if !ok || int32(len(spans)) != size {
			if spans, rc = apiTokens(tls, api, fts, p, n, spans[:0]); rc != sqlite3.SQLITE_OK {
				return rc
			}
		}
		textCol = col
		return sqlite3.SQLITE_OK
	}

	bestCol := max(iCol, 0)
	var bestStart int32
	bestScore := 0
	var colSize int32
	var firsts []int32
	for i := range nCol {
		if iCol >= 0 && iCol != i {
			continue
		}
		if rc := columnTokens(i); rc != sqlite3.SQLITE_OK {
			return rc
		}
		// Where sentences start: the first token, and each token after
		// a '.' or ':' (spaces between).
		firsts = firsts[:0]
		for k, sp := range spans {
			if k == 0 {
				firsts = append(firsts, 0)
				continue
			}
			j := sp.start - 1
			var c byte
			for ; j >= 0; j-- {
				c = text[j]
				if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
					break
				}
			}
			if j != sp.start-1 && (c == '.' || c == ':') {
				firsts = append(firsts, int32(k))
			}
		}
		*cmem[int32](bp + 16) = 0
		if rc := apiColumnSize(tls, api, fts, i, bp+16); rc != sqlite3.SQLITE_OK {
			return rc
		}
		nDocsize := *cmem[int32](bp + 16)
		for _, in := range insts {
			if in.col != i {
				continue
			}
			if in.off > nDocsize {
				return sqlite3.SQLITE_CORRUPT_VTAB
			}
			n, adj := score(nDocsize, i, in.off)
			if n > bestScore {
				bestScore, bestCol, bestStart, colSize = n, i, adj, nDocsize
			}
			if len(firsts) > 0 && nDocsize > nToken {
				jj := 0
				for ; jj < len(firsts)-1; jj++ {
					if firsts[jj+1] > in.off {
						break
					}
				}
				if firsts[jj] < in.off {
					n, _ := score(nDocsize, i, firsts[jj])
					if firsts[jj] == 0 {
						n += 120
					} else {
						n += 100
					}
					if n > bestScore {
						bestScore, bestCol, bestStart, colSize = n, i, firsts[jj], nDocsize
					}
				}
			}
		}
	}
	if rc := columnTokens(bestCol); rc != sqlite3.SQLITE_OK {
		return rc
	}
	if colSize == 0 {
		*cmem[int32](bp + 16) = 0
		if rc := apiColumnSize(tls, api, fts, bestCol, bp+16); rc != sqlite3.SQLITE_OK {
			return rc
		}
		colSize = *cmem[int32](bp + 16)
	}
	if text == nil { // no text: snippet() returns NULL
		sqlite3.Xsqlite3_result_null(tls, ctx)
		return sqlite3.SQLITE_OK
	}
	out := highlight(text, spans, insts, sizes, bestCol, bestStart, bestStart+nToken-1, colSize, open, close, ellips)
	// The text up to its first NUL, as snippet() returns it.
	if i := bytes.IndexByte(out, 0); i >= 0 {
		out = out[:i]
	}
	p := sqlite3.Xsqlite3_malloc64(tls, uint64(len(out)+1))
	if p == 0 {
		return sqlite3.SQLITE_NOMEM
	}
	copy(unsafe.Slice(cmem[byte](p), len(out)), out)
	sqlite3.Xsqlite3_result_text(tls, ctx, p, int32(len(out)), cFunc(sqlite3.Xsqlite3_free))
	return sqlite3.SQLITE_OK
}

// highlight is the second half of FTS5's snippet(): the tokens from
// rangeStart to rangeEnd of text copied, each coalesced run of phrase
// instances between open and close (fts5HighlightCb), ellipses where the
// text was cut.
func highlight(text []byte, spans []tokenSpan, insts []phraseInst, sizes []int32, col, rangeStart, rangeEnd, colSize int32, open, close, ellips []byte) []byte {
	var out []byte
	app := func(b []byte) { // as "%.*s": up to a NUL
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		out = append(out, b...)
	}
	// The coalesced phrase instances of the column (CInstIter).
	next := 0
	iStart, iEnd := int32(-1), int32(-1)
	advance := func() {
		iStart, iEnd = -1, -1
		for next < len(insts) {
			in := insts[next]
			if in.col == col {
				end := in.off - 1 + sizes[in.phrase]
				if iStart < 0 {
					iStart, iEnd = in.off, end
				} else if in.off <= iEnd {
					if end > iEnd {
						iEnd = end
					}
				} else {
					break
				}
			}
			next++
		}
	}
	advance()
	if rangeStart > 0 {
		app(ellips)
	}
	for iStart >= 0 && iStart < rangeStart {
		advance()
	}
	off := int32(0)
	bOpen := false
	piece := func(from, to int32) {
		if to < from { // a negative length: C's strlen of the rest
			app(text[from:])
			return
		}
		app(text[from:to])
	}
	for pos, sp := range spans {
		iPos := int32(pos)
		if iPos < rangeStart || iPos > rangeEnd {
			continue
		}
		if rangeStart != 0 && iPos == rangeStart {
			off = sp.start
		}
		if bOpen && (iPos <= iStart || iStart < 0) && sp.start > off {
			app(close)
			bOpen = false
		}
		if iPos == iStart && !bOpen {
			piece(off, sp.start)
			app(open)
			off = sp.start
			bOpen = true
		}
		if iPos == iEnd {
			if !bOpen {
				app(open)
				bOpen = true
			}
			piece(off, sp.end)
			off = sp.end
			advance()
		}
		if iPos == rangeEnd {
			if bOpen {
				if iStart >= 0 && iPos >= iStart {
					piece(off, sp.end)
					off = sp.end
				}
				app(close)
				bOpen = false
			}
			piece(off, sp.end)
			off = sp.end
		}
	}
	if bOpen {
		app(close)
	}
	if rangeEnd >= colSize-1 {
		piece(off, int32(len(text)))
	} else {
		app(ellips)
	}
	return out
}
