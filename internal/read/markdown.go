package read

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser parses CommonMark with the GitHub tables and strikethrough,
// its delimiters of emphasis and strikethrough scanned through mdDelims
// (ahead of goldmark's own parsers of them, which it leaves nothing to).
var mdParser = func() parser.Parser {
	p := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
	p.AddOptions(parser.WithInlineParsers(
		util.Prioritized(mdDelims{parser.NewEmphasisParser()}, 499),
		util.Prioritized(mdDelims{extension.NewStrikethroughParser()}, 499)))
	return p
}()

// mdParse parses a Markdown body.
func mdParse(src []byte) ast.Node {
	return mdParser.Parse(text.NewReader(src), parser.WithContext(&mdContext{Context: parser.NewContext()}))
}

// mdMaxDelims bounds the delimiters waiting in a block (those that may
// still open or close emphasis): goldmark looks for a closer's opener
// through every delimiter before it (yuin/goldmark#555), so a paragraph of
// n unmatched ones ("_a* _a* ...") took time in n² (64 KB 0.9 s, 128 KB
// 5.7 s, 256 KB 22 s). A delimiter met when as many wait is text, as a
// delimiter matched by none is: a closer looks through at most
// mdMaxDelims, and a block of n bytes costs at most n × mdMaxDelims
// steps. Stories hold far fewer (at most 22 in a block of 4,070
// documents: dev, dev2, the examples, docs and 4,000 generated stories)
// and read as goldmark reads them (FuzzMarkdownDelims). The reader
// without the tree keeps the same bound (mdFast.delimiter; FuzzMarkdownFast
// compares the two with a bound of 3).
var mdMaxDelims = 256

// mdContext is goldmark's parse context, counting the delimiters in its
// list. A delimiter that can neither open nor close (inside a word, "a_b")
// is left out of the list, as is one over mdMaxDelims: mdDelims makes it
// text. Leaving out the first changes nothing: goldmark only ever turns it
// into text, and the delimiters before and after it are matched as they
// were.
type mdContext struct {
	parser.Context
	n       int               // delimiters in the list
	dropped *parser.Delimiter // the delimiter last left out, for mdDelims
	most    int               // the most ever in the list (tests)
}

func (c *mdContext) PushDelimiter(d *parser.Delimiter) {
	if c.LastDelimiter() == nil {
		c.n = 0 // a guard: FuzzMarkdownDelims checks the count
	}
	if !d.CanOpen && !d.CanClose || c.n >= mdMaxDelims {
		c.dropped = d
		return
	}
	c.n++
	c.most = max(c.most, c.n)
	c.Context.PushDelimiter(d)
}

func (c *mdContext) RemoveDelimiter(d *parser.Delimiter) {
	c.n--
	c.Context.RemoveDelimiter(d)
}

// ClearDelimiters is goldmark's, removing through RemoveDelimiter above.
func (c *mdContext) ClearDelimiters(bottom ast.Node) {
	if c.LastDelimiter() == nil {
		return
	}
	for n := ast.Node(c.LastDelimiter()); n != nil && n != bottom; {
		prev := n.PreviousSibling()
		if d, ok := n.(*parser.Delimiter); ok {
			c.RemoveDelimiter(d)
		}
		n = prev
	}
}

// mdDelims scans delimiters with goldmark's parser of them; a delimiter
// the context left out of its list is returned as text.
type mdDelims struct{ parser.InlineParser }

func (m mdDelims) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	n := m.InlineParser.Parse(parent, block, pc)
	if c, ok := pc.(*mdContext); ok && n != nil && n == ast.Node(c.dropped) {
		t := ast.NewTextSegment(c.dropped.Segment)
		c.dropped = nil
		return t
	}
	return n
}

// readMarkdown reads Markdown: front matter as metadata, then the body
// through goldmark's syntax tree, whose text segments point into the
// source.
func readMarkdown(d *Doc, start int) error {
	body, fields, hasFM := frontMatter(d.Raw, start)
	if hasFM {
		if p := fieldValue(fields, "title", "headline", "og:title"); p != nil {
			setTitleKeeping(d, p, plainTitle(p.text))
		}
		for _, k := range []string{"source_url", "url", "canonical_url", "canonical", "permalink", "link", "source", "original_url"} {
			if p := fieldValue(fields, k); p != nil {
				if u := webURL(string(p.text)); u != "" {
					d.URL = u
					break
				}
			}
		}
		for _, k := range []string{"date", "published_time", "published", "pubdate", "publishdate", "publish_date", "date_published", "datepublished", "created"} {
			if p := fieldValue(fields, k); p != nil {
				if date := normDate(string(p.text)); date != "" {
					d.Published = date
					break
				}
			}
		}
	}
	src := d.Raw[body:]
	w := &mdWalker{raw: d.Raw, src: src, base: body}
	if !mdFastOn || !w.fast() {
		w.block(mdParse(src))
	}
	w.b.close()
	paras := unwrap(d.Raw, trimNavigation(w.b.paras))
	if d.Title == "" && len(paras) > 0 && paras[0].heading > 0 {
		setTitle(d, paras[0], 0, len(paras[0].text))
	}
	finish(d, paras)
	if d.Text == "" {
		return errorf(ErrEmpty, "empty file (no text after the front matter)")
	}
	return nil
}

// mdWalker feeds the goldmark tree of src (which starts at raw[base]) to a
// builder.
type mdWalker struct {
	raw, src []byte
	base     int
	b        builder
}

// block walks a block node: each heading, paragraph, list item paragraph
// and table cell becomes a paragraph of its own.
func (w *mdWalker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		p := w.b.open()
		p.heading = n.Level
		p.reserve(n.Lines())
		w.inlines(n, false, false)
		w.b.close()
	case *ast.Paragraph, *ast.TextBlock:
		p := w.b.open()
		_, p.item = n.Parent().(*ast.ListItem)
		p.reserve(n.Lines())
		w.inlines(n, false, false)
		w.b.close()
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		// Indented "code" in scraped Markdown is usually indented prose:
		// read its lines as plain text.
		w.b.close()
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			textLines(&w.b, w.raw, w.base+seg.Start, w.base+seg.Stop)
		}
		w.b.close()
	case *ast.HTMLBlock:
		w.b.close()
		if n.HTMLBlockType == ast.HTMLBlockType2 {
			return // a comment
		}
		lines := n.Lines()
		if lines.Len() > 0 {
			a := w.base + lines.At(0).Start
			z := w.base + lines.At(lines.Len()-1).Stop
			htmlFragment(&w.b, w.raw, a, z)
		}
		w.b.close()
	case *ast.ThematicBreak:
		w.b.close()
	case *east.TableCell:
		w.b.open()
		w.inlines(n, false, false)
		w.b.close()
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() == ast.TypeInline {
				w.inline(c, false, false)
			} else {
				w.block(c)
			}
		}
	}
}

func (w *mdWalker) inlines(n ast.Node, link, code bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.inline(c, link, code)
	}
}

// inline walks an inline node: markup is dropped, link text kept, images
// dropped, code spans kept verbatim.
func (w *mdWalker) inline(n ast.Node, link, code bool) {
	switch n := n.(type) {
	case *ast.Text:
		a, z := w.base+n.Segment.Start, w.base+n.Segment.Stop
		if code || n.IsRaw() {
			w.b.raw(w.raw, a, z, link, code)
		} else {
			w.text(a, z, link)
		}
		if n.SoftLineBreak() || n.HardLineBreak() {
			w.b.space(z, z+1)
		}
	case *ast.String:
		// Produced by extensions only; it has no source segment.
	case *ast.CodeSpan:
		w.inlines(n, link, true)
	case *ast.Link:
		w.inlines(n, true, code)
	case *ast.Image, *ast.AutoLink:
		// Images are not text; a bare URL is not story text either.
	case *ast.RawHTML:
		// Inline tags (<sup>, <span>) join the text around them; a tag
		// that breaks lines (<br>, <p>) is a space.
		segs := n.Segments
		if segs.Len() > 0 {
			s := segs.At(0)
			if breaksLine(w.raw[w.base+s.Start : w.base+s.Stop]) {
				w.b.space(w.base+s.Start, w.base+s.Start)
			}
		}
	case *east.Strikethrough, *ast.Emphasis:
		w.inlines(n, link, code)
	default:
		w.inlines(n, link, code)
	}
}

// text writes Markdown text raw[a:z], decoding backslash escapes and
// character references, and dropping asterisks: an asterisk that is not
// escaped is a delimiter of emphasis that the parser paired with none
// (every other one is markup already gone), the closing marks of a bold
// run-in heading whose opening ones the scrape lost ("Expand Access
// Under the Act.** The Departments proposed ...", "Key outcomes:**"), a
// stray "**" after a word: markup, as in a title (plainTitle); but see
// runInEnd. The characters between them are written in one run: the text
// is valid UTF-8 (Bytes reads no other Markdown), so a run is read as its
// characters one by one would be, and no byte of a character of more
// than one is a '\\', an '&' or a '*'.
func (w *mdWalker) text(a, z int, link bool) {
	raw := w.raw
	run := a // the first character not written yet
	// the next '\\', '&' and '*' at or after i (z when none), each
	// looked up again only once passed
	bs, amp, star := nextByte(raw, a, z, '\\'), nextByte(raw, a, z, '&'), nextByte(raw, a, z, '*')
	for {
		i := min(bs, amp, star)
		if i >= z {
			break
		}
		switch c := raw[i]; {
		case c == '\\' && i+1 < z && isASCIIPunct(raw[i+1]):
			w.b.raw(raw, run, i, link, false)
			w.b.decoded(string(raw[i+1]), i, i+2, link, false)
			i += 2
			run = i
		case c == '*':
			j := i + 1
			for j < z && raw[j] == '*' {
				j++
			}
			w.b.raw(raw, run, i, link, false)
			run = j
			if w.runInEnd(i) {
				run = i // kept: written with what follows
			}
			i = j
		case c == '&':
			if s, n := entityAt(raw, i, z, true); n > 0 {
				w.b.raw(raw, run, i, link, false)
				w.b.decoded(s, i, i+n, link, false)
				i += n
				run = i
			} else {
				i++
			}
		default:
			i++
		}
		if bs < i {
			bs = nextByte(raw, i, z, '\\')
		}
		if amp < i {
			amp = nextByte(raw, i, z, '&')
		}
		if star < i {
			star = nextByte(raw, i, z, '*')
		}
	}
	w.b.raw(raw, run, z, link, false)
}

// runInEnd reports whether the asterisks around raw[i], paired with none,
// stand between a run-in heading that ends without a full stop and its
// body: a word before them, a capital after them, a space on one side or
// both ("Connecticut** Scott J. Soares is the owner ...", "Sweden
// **Erik D. Ramanathan is ...", "FIRE MANAGEMENT ** The Office ..."). They
// are kept there, a mark between two runs of capitalized words that would
// read as one name without it; everywhere else they are dropped. After a
// full stop or a colon the sentence splitter and the readers of a
// heading's label tell heading and body apart without them.
func (w *mdWalker) runInEnd(i int) bool {
	raw := w.raw
	k := i
	for k > 0 && raw[k-1] == '*' {
		k--
	}
	for i+1 < len(raw) && raw[i+1] == '*' {
		i++
	}
	// (the capital may open bold text: "Elected Officials** **Arizona
	// Governor X:**"; a few characters only, so that a text of "* * * *"
	// is not read again from every mark)
	j := i + 1
	for j < len(raw) && j <= i+8 && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '*') {
		j++
	}
	spaced := j > i+1 && raw[i+1] != '*' || k > 0 && (raw[k-1] == ' ' || raw[k-1] == '\t')
	if !spaced || j >= len(raw) || raw[j] < 'A' || raw[j] > 'Z' {
		return false
	}
	// the character written before the run (and before those of it
	// written already)
	p := w.b.cur
	if p == nil {
		return false
	}
	n := len(p.text)
	for n > 0 && p.text[n-1] == '*' {
		n--
	}
	if n == 0 {
		return false
	}
	switch p.text[n-1] {
	case '.', '!', '?', ':', ';', ',', '(', '-', '&', '/':
		return false
	}
	return true
}

// nextByte returns the offset of the first c in raw[i:z], or z.
func nextByte(raw []byte, i, z int, c byte) int {
	if k := bytes.IndexByte(raw[i:z], c); k >= 0 {
		return i + k
	}
	return z
}

// reserve makes room in a new paragraph for the text of its source lines,
// which it holds at most once markup is dropped: one allocation instead of
// doublings (the map's runs grow as they come, see reserveSpan).
func (p *para) reserve(lines *text.Segments) {
	if lines.Len() == 0 {
		return
	}
	p.reserveSpan(lines.At(lines.Len()-1).Stop - lines.At(0).Start)
}

// reserveSpan makes room for the text of n source bytes. The map starts
// in the paragraph's own two runs: most paragraphs need one (79% of those
// of 1,000 generated stories, 4% two), few more than eight, where a run
// for every eight bytes reserved 30 times the runs used.
func (p *para) reserveSpan(n int) {
	if n <= 0 || n > 1<<20 {
		return
	}
	p.text = make([]byte, 0, n)
	p.m = p.inline[:0]
}

// trailing returns the number of continuation bytes of the UTF-8 sequence
// that starts with c.
func trailing(c byte) int {
	switch {
	case c >= 0xF0:
		return 3
	case c >= 0xE0:
		return 2
	case c >= 0xC0:
		return 1
	}
	return 0
}

// hexID matches an identifier such as a commit or content hash.
var hexID = regexp.MustCompile(`^[0-9a-fA-F]{7,64}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// trimNavigation drops what is not story text: identifiers (a paragraph
// that is only a code span holding a hash), link-only paragraphs before
// the first text, and at the end link-only paragraphs and lists, the
// headings they sat under, and marks without words ("###", "* * *").
// When that would leave nothing, it keeps everything.
func trimNavigation(paras []*para) []*para {
	kept := paras[:0:0]
	for _, p := range paras {
		if p.words > 0 && p.codeWords == p.words && hexID.Match(p.text) {
			continue
		}
		kept = append(kept, p)
	}
	navLike := func(p *para) bool { return p.words == 0 || p.linkWords == p.words }
	first := 0
	for first < len(kept) && navLike(kept[first]) && kept[first].heading == 0 {
		first++
	}
	last := len(kept)
	for last > first {
		p := kept[last-1]
		if navLike(p) || (p.heading > 0 && last < len(kept)) {
			last--
			continue
		}
		break
	}
	if last <= first {
		return paras
	}
	return kept[first:last]
}

// breaksLine reports whether the raw inline HTML tag t (such as "<br/>"
// or "</p>") stands for a line break or a block boundary.
func breaksLine(t []byte) bool {
	i := 1
	if i < len(t) && t[i] == '/' {
		i++
	}
	j := i
	for j < len(t) && isAlnum(t[j]) {
		j++
	}
	return blocks[strings.ToLower(string(t[i:j]))]
}
