// Package read turns a story file (plain text, Markdown or HTML) into its
// main text, with a byte map from every byte of that text back to the bytes
// of the original file it came from.
//
// Everything downstream cites the original file, not the stripped text: an
// entity found at Text[i:j] is reported as Raw[Span(i, j)]. Reading therefore
// never rewrites the file; it decodes (entities, Markdown escapes, YAML
// escapes), drops markup and boilerplate, joins hard-wrapped lines and
// collapses whitespace, and remembers for each byte it writes where that
// byte came from.
//
// The three formats are read as follows.
//
//   - Plain text: paragraphs are separated by blank lines; a single line
//     break inside a paragraph is a hard wrap and becomes one space.
//   - Markdown: parsed with goldmark, whose syntax tree keeps source
//     offsets. Markup is stripped (links keep their text, images are
//     dropped), headings and list items become paragraphs of their own,
//     YAML or TOML front matter is read as metadata (title, date) and is
//     not text, and trailing navigation (link lists under a heading,
//     horizontal rules, end markers) is dropped.
//   - HTML: the main content is chosen by go-readability; its text is
//     aligned back onto the tokens of the original file, so that entities
//     such as &amp; map to their source. A page in which readability finds
//     nothing falls back to the text of the body.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format is the kind of a story file.
type Format string

// The formats read.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// DefaultMaxSize is the largest file read when Options.MaxSize is 0.
const DefaultMaxSize = 10 << 20

// Errors returned by File and Bytes. They are wrapped in plain words
// ("invalid UTF-8 at byte 12"); test them with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("file too large")
	ErrUnsupported = errors.New("unsupported file type")
)

// wrapped is an error with its own message that still matches a sentinel.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

func errorf(sentinel error, format string, a ...any) error {
	return &wrapped{msg: fmt.Sprintf(format, a...), err: sentinel}
}

// Options controls reading.
type Options struct {
	// MaxSize is the largest file read, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Doc is a story file as read: the original bytes, its metadata and its
// main text with a map back to the original.
type Doc struct {
	Path   string
	Format Format
	Raw    []byte // the file as read

	// Title is the headline: HTML og:title or <title>, the front matter
	// title, or a leading Markdown heading; "" if none. Whitespace is
	// collapsed and a no-break space is an ordinary space.
	Title string
	// TitleSpan is the byte range of the title's source in Raw, or
	// {-1, -1}. When the title was decoded (YAML escapes such as `\_`,
	// HTML entities), Raw[TitleSpan[0]:TitleSpan[1]] is the encoded form.
	TitleSpan [2]int

	// Published is the publication date from metadata as YYYY-MM-DD (or
	// YYYY-MM, YYYY when the metadata is that coarse); "" if none.
	Published string

	// URL is the address the page says it was published at: front matter
	// source_url (url, canonical_url, permalink, link), HTML <link
	// rel="canonical"> or og:url; "" if none or not an absolute http(s)
	// address. Extraction reads the publisher from it.
	URL string

	// Text is the main text: paragraphs separated by "\n\n", each on one
	// line with its whitespace collapsed to single spaces.
	Text string
	// Map has one entry per byte of Text plus one: Map.At(i) is the offset
	// in Raw of the source of Text[i], and Map.At(len(Text)) is the end of
	// the last mapped source. A byte decoded from an escape (&amp;, \_) maps
	// to the start of the escape; a space joining two lines maps to the line
	// break; the "\n\n" between paragraphs maps to the end of the previous
	// one. Map never decreases. It is kept as runs of bytes mapped alike,
	// not one offset per byte.
	Map Offsets

	headText string // Title, "\n\n" and Text, when the title is not Text's first paragraph; Text is its tail
	titleSrc []int  // per byte of Title, like Map
	titleEnd []int  // per byte of Title, like Map.End
}

// Span converts the text span Text[start:end] to the span of Raw it was
// read from, so that Raw[rawStart:rawEnd] is the original to cite. The raw
// span covers the source of the last text byte fully (all of a trailing
// "&amp;") but no markup after it (not the closing "**" of bold text).
// Offsets out of range are clamped.
func (d *Doc) Span(start, end int) (rawStart, rawEnd int) {
	return span(d.Map, len(d.Text), start, end)
}

func span(m Offsets, n, start, end int) (int, int) {
	if m.Len() != n+1 {
		return 0, 0
	}
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	rs := m.At(start)
	if end == start {
		return rs, rs
	}
	return rs, max(m.End(end-1), rs)
}

// TextOffset is the inverse of Map: the offset in Text of the first text
// byte whose source is at or after the raw offset raw, or len(Text) if
// there is none.
func (d *Doc) TextOffset(raw int) int {
	n := len(d.Text)
	if d.Map.Len() < n+1 {
		return n
	}
	return sort.Search(n, func(i int) bool { return d.Map.At(i) >= raw })
}

// Headline returns the text the extractor reads: the title as a paragraph
// of its own followed by Text, with the map of that string (same rules as
// Map). When there is no title, or the title is already the first
// paragraph of Text (a leading Markdown heading), it returns Text and Map.
//
// Title bytes map into TitleSpan: each byte maps to the start of the source
// it was decoded from, so a title read from YAML `Joe\_Biden` maps its
// space to the backslash. Use HeadlineSpan to turn a span of the headline
// text into a span of Raw.
func (d *Doc) Headline() (text string, m Offsets) {
	if d.Title == "" || len(d.titleSrc) != len(d.Title) || d.titleFirst() {
		return d.Text, d.Map
	}
	n := len(d.Title)
	text = d.headText
	if len(text) != n+2+len(d.Text) && !(d.Text == "" && text == d.Title) {
		// not read by finish: join them here
		text = d.Title
		if d.Text != "" {
			text += "\n\n" + d.Text
		}
	}
	var rs runs
	last := d.titleEnd[n-1]
	// The title usually precedes the text in Raw (front matter, <head>).
	// When it does not, its offsets are clamped so that m never decreases.
	limit := last
	if d.Map.Len() > 1 && d.Text != "" && d.Map.At(0) < limit {
		limit = d.Map.At(0)
	}
	for i := 0; i < n; i++ {
		rs.add(i, min(d.titleSrc[i], limit), min(d.titleEnd[i], max(limit, d.titleSrc[i])))
	}
	if d.Text == "" {
		return text, Offsets{runs: rs, n: n, last: min(last, limit)}
	}
	sep := min(last, limit)
	rs.add(n, sep, sep)
	rs.add(n+1, sep, sep)
	off := n + 2
	tm := d.Map
	h := -1
	for k := tm.runs.find(tm.off, &h); k < len(tm.runs); k++ {
		r := tm.runs[k]
		at := int(r.at) - tm.off
		if at < 0 { // a window starting inside the run
			if r.end < 0 {
				r.src -= int32(at)
			}
			at = 0
		}
		if at >= tm.n {
			break
		}
		r.at = int32(at + off)
		rs = append(rs, r)
	}
	return text, Offsets{runs: rs, n: off + tm.n, last: tm.last}
}

// HeadlineSpan is Span for the text returned by Headline.
func (d *Doc) HeadlineSpan(start, end int) (rawStart, rawEnd int) {
	text, m := d.Headline()
	return span(m, len(text), start, end)
}

// titleFirst reports whether the title is already the first paragraph.
func (d *Doc) titleFirst() bool {
	first, _, _ := strings.Cut(d.Text, "\n\n")
	return sameWords(first, d.Title)
}

// sameWords reports whether a and b are the same words, ignoring case,
// punctuation and spacing: their letters and digits, lower-cased rune by
// rune as strings.ToLower does, compared in place (no copy of either).
func sameWords(a, b string) bool {
	i, j := 0, 0
	any := false
	for {
		ra, na := nextWordRune(a, i)
		rb, nb := nextWordRune(b, j)
		if na < 0 || nb < 0 {
			return any && na < 0 && nb < 0
		}
		if ra != rb {
			return false
		}
		any = true
		i, j = na, nb
	}
}

// nextWordRune returns the first letter or digit of s at or after byte
// i, lower-cased (unicode.ToLower, an invalid byte read as
// utf8.RuneError as strings.ToLower writes it), and the byte after it;
// -1 when there is none.
func nextWordRune(s string, i int) (rune, int) {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if r = unicode.ToLower(r); isWordRune(r) {
			return r, i
		}
	}
	return 0, -1
}

// webURL returns s trimmed when it is an absolute http or https address,
// else "".
func webURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n<>\"") {
		return ""
	}
	return s
}

// File reads the file at path. It checks the size before reading, so a
// huge file costs nothing.
func File(path string, opt Options) (*Doc, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, plainOSError(err)
	}
	if fi.IsDir() {
		return nil, errors.New("is a directory, not a file")
	}
	if err := notRegular(fi.Mode()); err != nil {
		return nil, err
	}
	limit := opt.maxSize()
	if fi.Mode().IsRegular() && fi.Size() > limit {
		return nil, tooLarge(fi.Size(), limit)
	}
	if err := checkExt(path); err != nil {
		return nil, err
	}
	raw, err := readAll(path, fi.Size(), limit)
	if err != nil {
		return nil, err
	}
	return Bytes(path, raw, opt)
}

// readAll reads at most limit+1 bytes of the regular file at path, whose
// size was size when it was looked at, and refuses it when it holds more
// than limit bytes (it may have grown since).
func readAll(path string, size, limit int64) ([]byte, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, plainOSError(err)
	}
	defer f.close()
	// one allocation, not doublings; room for one byte more than the
	// size, so that a file that grew is noticed
	buf := make([]byte, 0, min(size, limit)+bytes.MinRead+1)
	for int64(len(buf)) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		want := min(int64(cap(buf)-len(buf)), limit+1-int64(len(buf)))
		n, err := f.read(buf[len(buf) : int64(len(buf))+want])
		if err != nil {
			return nil, plainOSError(&os.PathError{Op: "read", Path: path, Err: err})
		}
		buf = buf[:len(buf)+n]
		if n == 0 || int64(len(buf)) == size && int64(n) < want {
			// the end: nothing more, or a short read that ends where the
			// size said the file ends (what a regular file gives at its
			// end; a file that grew returns more), which spares the read
			// that would return nothing
			break
		}
	}
	if int64(len(buf)) > limit {
		return nil, errorf(ErrTooLarge, "file is over the %s limit", formatSize(limit))
	}
	return buf, nil
}

// notRegular refuses, at once, a name that is not a regular file: reading
// a named pipe waits for a writer forever, and a device (/dev/zero) never
// ends.
func notRegular(m os.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m&os.ModeNamedPipe != 0:
		return errors.New("is a named pipe (FIFO), not a file: save the story to a file first")
	case m&os.ModeDevice != 0 || m&os.ModeCharDevice != 0:
		return errors.New("is a device, not a file")
	case m&os.ModeSocket != 0:
		return errors.New("is a socket, not a file")
	}
	return errors.New("not a regular file")
}

// plainOSError turns *PathError into its reason alone: callers print the
// path themselves.
func plainOSError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, os.ErrNotExist):
			return errors.New("no such file")
		case errors.Is(err, os.ErrPermission):
			return errors.New("permission denied")
		}
		return pe.Err
	}
	return err
}

func tooLarge(size, max int64) error {
	return errorf(ErrTooLarge, "file is %s, over the %s limit", formatSize(size), formatSize(max))
}

// formatSize writes a byte count for people: "512 bytes", "12.3 KB",
// "10 MB" (1 MB = 2^20 bytes).
func formatSize(n int64) string {
	f := float64(n)
	var s string
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		s = fmt.Sprintf("%.1f KB", f/(1<<10))
	case n < 1<<30:
		s = fmt.Sprintf("%.1f MB", f/(1<<20))
	default:
		s = fmt.Sprintf("%.1f GB", f/(1<<30))
	}
	return strings.Replace(s, ".0 ", " ", 1)
}

// unsupported lists extensions of files that are not text.
var unsupported = map[string]string{
	".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument",
	".rtf": "RTF", ".xls": "Excel", ".xlsx": "Excel", ".ppt": "PowerPoint",
	".pptx": "PowerPoint", ".epub": "EPUB", ".png": "PNG image",
	".jpg": "JPEG image", ".jpeg": "JPEG image", ".gif": "GIF image",
	".webp": "WebP image", ".svg": "SVG image", ".zip": "zip archive",
	".gz": "gzip archive", ".tgz": "gzip archive", ".bz2": "bzip2 archive",
	".xz": "xz archive", ".7z": "7z archive", ".tar": "tar archive",
	".mp3": "audio", ".mp4": "video", ".exe": "executable",
}

func checkExt(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	if kind, ok := unsupported[ext]; ok {
		return errorf(ErrUnsupported, "%s files are not supported (only text, Markdown and HTML)", kind)
	}
	return nil
}

// Bytes reads data as the file named path. The format comes from the
// extension (.txt/.text, .md/.markdown, .html/.htm/.xhtml) or, for other
// names, is sniffed from the content. A UTF-8 byte order mark is skipped
// (offsets still count it). Text must be UTF-8, except that an HTML page
// in a single-byte charset (windows-1252, ISO 8859-x) is decoded; its
// spans then cite the original bytes in that charset.
func Bytes(path string, data []byte, opt Options) (*Doc, error) {
	if limit := opt.maxSize(); int64(len(data)) > limit {
		return nil, tooLarge(int64(len(data)), limit)
	}
	if err := checkExt(path); err != nil {
		return nil, err
	}
	if u, ok, err := fromUTF16(data); ok {
		if err != nil {
			return nil, err
		}
		data = u
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	if !utf8.Valid(data) {
		if formatOf(path, data) == HTML {
			if text, offs, ok := decodeHTML(data); ok {
				d, err := readUTF8(path, text)
				if err != nil {
					return nil, err
				}
				remap(d, offs)
				d.Raw = data
				return d, nil
			}
		}
		return nil, errorf(ErrInvalidUTF8, "invalid UTF-8 at byte %d", invalidAt(data))
	}
	return readUTF8(path, data)
}

// readUTF8 reads valid UTF-8 data.
func readUTF8(path string, data []byte) (*Doc, error) {
	body := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		body = 3
	}
	if len(bytes.TrimSpace(data[body:])) == 0 {
		return nil, ErrEmpty
	}
	d := &Doc{Path: path, Raw: data, TitleSpan: [2]int{-1, -1}, Format: formatOf(path, data[body:])}
	var err error
	switch d.Format {
	case Markdown:
		err = readMarkdown(d, body)
	case HTML:
		err = readHTML(d, body)
	default:
		readText(d, body)
	}
	if err != nil {
		return nil, err
	}
	if d.Text == "" && d.Title == "" {
		return nil, ErrEmpty
	}
	return d, nil
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// isBinary reports whether data looks like a binary file: a NUL byte or a
// known magic number near the start.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	for _, magic := range []string{"%PDF-", "PK\x03\x04", "\x89PNG", "GIF8", "\xff\xd8\xff", "\x1f\x8b"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	return false
}

func formatOf(path string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	}
	return sniff(data)
}

// sniff guesses the format of data from its content.
func sniff(data []byte) Format {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	t := bytes.TrimSpace(head)
	if bytes.HasPrefix(t, []byte("<")) {
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title", "<?xml"} {
			if bytes.Contains(head, []byte(tag)) {
				return HTML
			}
		}
	}
	if bytes.HasPrefix(t, []byte("---")) || bytes.HasPrefix(t, []byte("+++")) || bytes.HasPrefix(t, []byte("# ")) ||
		bytes.Contains(head, []byte("\n# ")) || bytes.Contains(head, []byte("\n## ")) || bytes.Contains(head, []byte("](")) ||
		bytes.Contains(head, []byte("**")) {
		return Markdown
	}
	return Text
}
