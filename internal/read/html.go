package read

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Reading HTML takes four steps.
//
//  1. The tokenizer walks the original bytes. Every text token is decoded
//     (entities, CRLF) into one stream of text, with the span of Raw that
//     each stream byte came from. Metadata (title, dates) is read on the way.
//  2. The same bytes are parsed into a tree. Each text node of the tree is
//     found in the stream (in document order, so the search rarely moves
//     far) and tagged with an attribute holding its stream offset; the
//     attribute survives readability's cloning of the tree.
//  3. Readability chooses the main content, a new tree made of (clones
//     of) our text nodes.
//  4. Its text nodes are written out through their tags, so each byte maps
//     back to Raw. Block elements and <br> end paragraphs.

// tagKey is the attribute that carries a text node's stream offset.
const tagKey = "data-annals-at"

// stream is the decoded text of all text tokens of a page, in order.
type stream struct {
	text []byte
	m    runs // the span of Raw each byte of text came from
	hint int  // last run looked up in m
}

func (s *stream) add(enc []byte, src, end int, exact bool) {
	for k, c := range enc {
		if exact {
			s.m.add(len(s.text), src+k, src+k+1)
		} else {
			s.m.add(len(s.text), src, end)
		}
		s.text = append(s.text, c)
	}
}

// srcAt and endAt return the span of Raw that stream byte i came from.
func (s *stream) srcAt(i int) int { src, _ := s.m.lookup(i, &s.hint); return src }
func (s *stream) endAt(i int) int { _, end := s.m.lookup(i, &s.hint); return end }

// char writes the rune r, the n stream bytes at i, to b.
func (s *stream) char(b *builder, r rune, i, n int) {
	src, end := s.srcAt(i), s.endAt(i+n-1)
	b.char(r, s.text[i:i+n], src, end, end-src == n, false, false)
}

// decode appends the text token raw[a:z] to the stream as the tokenizer
// decodes it: CR LF and CR become LF, and with entities, character
// references are decoded.
func (s *stream) decode(raw []byte, a, z int, entities bool) {
	for i := a; i < z; {
		c := raw[i]
		switch {
		case c == '\r':
			n := 1
			if i+1 < z && raw[i+1] == '\n' {
				n = 2
			}
			s.add([]byte{'\n'}, i, i+n, false)
			i += n
			continue
		case c == '&' && entities:
			if e, n := entityAt(raw, i, z, false); n > 0 {
				s.add([]byte(e), i, i+n, false)
				i += n
				continue
			}
		}
		n := 1 + trailing(c)
		if i+n > z {
			n = z - i
		}
		s.add(raw[i:i+n], i, i+n, true)
		i += n
	}
}

// page is what the token pass learns about a page.
type page struct {
	st stream

	title            [2]int // stream range of the first <title>, or -1
	h1               [2]int // stream range of the first <h1>, or -1
	ogTitle          *para
	siteName         string
	canonical, ogURL string
	dates            [4]string // candidate dates by rank, best first
	jsonLD           []string
	desc             string // the page's own summary (og:description, description)

	// For pages the parser refuses (nested beyond its depth): stream
	// ranges of text that is not shown (scripts, styles, the title) and
	// stream offsets where a block element starts or ends.
	hidden [][2]int
	breaks []int
}

// readHTML reads an HTML page.
func readHTML(d *Doc, start int) error {
	raw := d.Raw
	pg := scan(raw, start)

	var b builder
	content := false
	tree, err := html.Parse(bytes.NewReader(raw[start:]))
	if err != nil {
		// too deep for the parser ("open stack of elements exceeds 512
		// nodes"): the text of the page, straight from its tokens
		pg.writeFlat(&b)
	}
	if err == nil {
		tagTree(tree, &pg.st)
		if art := mainContent(tree); art != nil {
			w := &htmlWriter{b: &b, st: &pg.st}
			w.node(art)
			b.close()
			content = len(b.paras) > 0
			if content {
				b.paras = withStandfirst(tree, &pg.st, pg.desc, b.paras)
			}
		}
		if !content {
			b = builder{}
			if body := findElement(tree, "body"); body != nil {
				w := &htmlWriter{b: &b, st: &pg.st, fallback: true}
				w.node(body)
				b.close()
			}
		}
	}
	pg.setTitle(d)
	pg.setPublished(d)
	d.URL = cmpOr(pg.canonical, pg.ogURL)
	pg.st = stream{} // written out: let it go before the text is joined
	finish(d, b.paras)
	if d.Text == "" {
		return errorf(ErrEmpty, "no text in the page")
	}
	return nil
}

// scan tokenizes raw[start:], building the text stream and reading the
// metadata.
func scan(raw []byte, start int) *page {
	pg := &page{title: [2]int{-1, -1}, h1: [2]int{-1, -1}}
	z := html.NewTokenizer(bytes.NewReader(raw[start:]))
	pos := start
	var rawTag string // the element whose raw text the next token is
	inTitle, inH1, inLD := false, false, false
	svg, article := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tokRaw := z.Raw()
		a, e := pos, pos+len(tokRaw)
		pos = e
		switch tt {
		case html.TextToken:
			at := len(pg.st.text)
			want := z.Text()
			entities := rawTag != "plaintext"
			pg.st.decode(raw, a, e, entities)
			if !bytes.Equal(pg.st.text[at:], want) {
				pg.st.truncate(at)
				pg.st.decode(raw, a, e, !entities)
				if !bytes.Equal(pg.st.text[at:], want) {
					pg.st.truncate(at)
					pg.st.spread(want, a, e)
				}
			}
			if inTitle && pg.title[0] < 0 {
				pg.title = [2]int{at, len(pg.st.text)}
			}
			if rawTag != "" || inTitle {
				pg.hidden = append(pg.hidden, [2]int{at, len(pg.st.text)})
			}
			if inLD {
				pg.jsonLD = append(pg.jsonLD, string(want))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			attrs := map[string]string{}
			if tt != html.EndTagToken {
				for {
					k, v, more := z.TagAttr()
					attrs[string(k)] = string(v)
					if !more {
						break
					}
				}
			}
			end := tt == html.EndTagToken
			if blocks[tag] || tag == "br" {
				pg.breaks = append(pg.breaks, len(pg.st.text))
			}
			rawTag = ""
			switch tag {
			case "svg", "math":
				if tt == html.StartTagToken {
					svg++
				} else if end && svg > 0 {
					svg--
				}
			case "title":
				inTitle = !end && tt == html.StartTagToken && svg == 0
			case "h1":
				if !end && pg.h1[0] < 0 {
					pg.h1[0] = len(pg.st.text)
					inH1 = true
				} else if end && inH1 {
					pg.h1[1] = len(pg.st.text)
					inH1 = false
				}
			case "article":
				if tt == html.StartTagToken {
					article++
				} else if end && article > 0 {
					article--
				}
			case "meta":
				pg.meta(raw, a, e, attrs)
			case "link":
				if pg.canonical == "" && hasWord(strings.ToLower(attrs["rel"]), "canonical") {
					pg.canonical = webURL(attrs["href"])
				}
			case "time":
				if dt := attrs["datetime"]; dt != "" {
					if _, ok := attrs["pubdate"]; ok || strings.EqualFold(attrs["itemprop"], "datePublished") {
						pg.date(1, dt)
					} else if article > 0 {
						pg.date(3, dt)
					}
				}
			case "script":
				inLD = !end && strings.Contains(strings.ToLower(attrs["type"]), "ld+json")
			}
			if tt == html.StartTagToken {
				switch tag {
				case "title", "textarea":
					rawTag = tag
				case "style", "xmp", "iframe", "noembed", "noframes", "script", "noscript", "plaintext":
					rawTag = "plaintext"
				}
			}
		}
	}
	if pg.h1[0] >= 0 && pg.h1[1] < 0 {
		pg.h1[1] = len(pg.st.text)
	}
	return pg
}

func (s *stream) truncate(n int) {
	s.text = s.text[:n]
	s.m.truncate(n)
}

// spread appends text that could not be decoded byte for byte, spreading
// raw[a:z] over it in proportion.
func (s *stream) spread(text []byte, a, z int) {
	n := len(text)
	for k, c := range text {
		s.m.add(len(s.text), a+k*(z-a)/max(n, 1), a+(k+1)*(z-a)/max(n, 1))
		s.text = append(s.text, c)
	}
}

// meta reads a <meta> tag whose raw form is raw[a:e].
func (pg *page) meta(raw []byte, a, e int, attrs map[string]string) {
	key := strings.ToLower(attrs["property"])
	if key == "" {
		key = strings.ToLower(attrs["name"])
	}
	if key == "" {
		key = strings.ToLower(attrs["itemprop"])
	}
	content := attrs["content"]
	if key == "" || content == "" {
		return
	}
	switch key {
	case "og:title":
		if pg.ogTitle == nil {
			if va, vz, ok := attrValue(raw, a, e, "content"); ok {
				var b builder
				p := b.open()
				var st stream
				st.decode(raw, va, vz, true)
				for i := 0; i < len(st.text); {
					r, n := utf8.DecodeRune(st.text[i:])
					st.char(&b, r, i, n)
					i += n
				}
				pg.ogTitle = p
			}
		}
	case "og:description", "description", "twitter:description":
		if pg.desc == "" {
			pg.desc = content
		}
	case "og:url":
		if pg.ogURL == "" {
			pg.ogURL = webURL(content)
		}
	case "og:site_name", "application-name":
		if pg.siteName == "" {
			pg.siteName = content
		}
	case "article:published_time", "datepublished", "og:article:published_time", "article.published":
		pg.date(0, content)
	case "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
		"dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
		"citation_publication_date", "citation_date", "og:published_time", "article:published",
		"originalpublicationdate", "datecreated", "publication_date", "release_date":
		pg.date(2, content)
	}
}

// date records a candidate publication date of the given rank (0 best).
func (pg *page) date(rank int, s string) {
	if pg.dates[rank] == "" {
		pg.dates[rank] = normDate(s)
	}
}

// attrValue finds the value of attribute name in the raw tag raw[a:e] and
// returns its span (without quotes).
func attrValue(raw []byte, a, e int, name string) (int, int, bool) {
	i := a + 1
	for i < e && !isTagSpace(raw[i]) && raw[i] != '>' && raw[i] != '/' {
		i++ // the tag name
	}
	for i < e {
		for i < e && (isTagSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		ks := i
		for i < e && !isTagSpace(raw[i]) && raw[i] != '=' && raw[i] != '>' && raw[i] != '/' {
			i++
		}
		if i == ks {
			return 0, 0, false
		}
		key := strings.ToLower(string(raw[ks:i]))
		for i < e && isTagSpace(raw[i]) {
			i++
		}
		if i >= e || raw[i] != '=' {
			continue
		}
		i++
		for i < e && isTagSpace(raw[i]) {
			i++
		}
		var va, vz int
		if i < e && (raw[i] == '"' || raw[i] == '\'') {
			q := raw[i]
			va = i + 1
			j := bytes.IndexByte(raw[va:e], q)
			if j < 0 {
				return 0, 0, false
			}
			vz = va + j
			i = vz + 1
		} else {
			va = i
			for i < e && !isTagSpace(raw[i]) && raw[i] != '>' {
				i++
			}
			vz = i
		}
		if key == name {
			return va, vz, true
		}
	}
	return 0, 0, false
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// setTitle chooses the title: og:title, else <title>, else the first <h1>,
// without a trailing (or leading) site name.
func (pg *page) setTitle(d *Doc) {
	p := pg.ogTitle
	if p == nil || len(p.text) == 0 {
		p = pg.streamPara(pg.title)
	}
	if p == nil || len(p.text) == 0 {
		p = pg.streamPara(pg.h1)
	}
	if p == nil || len(p.text) == 0 {
		return
	}
	a, z := stripSite(string(p.text), pg.siteName)
	setTitle(d, p, a, z)
}

// streamPara builds a collapsed paragraph from the stream range r.
func (pg *page) streamPara(r [2]int) *para {
	if r[0] < 0 || r[1] <= r[0] {
		return nil
	}
	var b builder
	p := b.open()
	st := &pg.st
	for i := r[0]; i < r[1]; {
		c, n := utf8.DecodeRune(st.text[i:r[1]])
		st.char(&b, c, i, n)
		i += n
	}
	return p
}

// stripSite returns the range of title t without a site name: "Story |
// Site" gives "Story". A suffix is removed when it equals the site name,
// or when it is short, capitalized or a domain, after a longer title.
func stripSite(t, site string) (int, int) {
	a, z := 0, len(t)
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » "} {
		k := strings.LastIndex(t, sep)
		if k <= 0 {
			continue
		}
		pre, suf := t[:k], t[k+len(sep):]
		if site != "" && sameWords(suf, site) || looksLikeSite(suf, sep) && len(strings.Fields(pre)) >= 3 {
			return a, k
		}
		if j := strings.Index(t, sep); site != "" && sameWords(t[:j], site) {
			return j + len(sep), z
		}
	}
	return a, z
}

// looksLikeSite reports whether s reads like a site name: at most four
// words, each capitalized (or a domain name).
func looksLikeSite(s, sep string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		return true
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') && r < utf8.RuneSelf {
			return false
		}
	}
	return sep != " - " || len(words) <= 3
}

// setPublished chooses the best-ranked metadata date, looking in JSON-LD
// when the meta tags have no article date.
func (pg *page) setPublished(d *Doc) {
	if pg.dates[0] == "" {
		for _, s := range pg.jsonLD {
			var v any
			if json.Unmarshal([]byte(s), &v) == nil {
				if dp := findKey(v, "datePublished", 0); dp != "" {
					pg.dates[0] = normDate(dp)
					break
				}
			}
		}
	}
	for _, s := range pg.dates {
		if s != "" {
			d.Published = s
			return
		}
	}
}

// findKey returns the first string value of key in a decoded JSON value.
func findKey(v any, key string, depth int) string {
	if depth > 20 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok && s != "" {
			return s
		}
		for _, x := range v {
			if s := findKey(x, key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, x := range v {
			if s := findKey(x, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// tagTree finds each text node of the parsed tree in the stream and tags
// it with its stream offset. Nodes come in document order, so the search
// starts where the previous node ended; a node not found there (moved by
// the parser, as text in a table is) is searched from the start.
func tagTree(root *html.Node, st *stream) {
	cursor := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && c.Data != "" {
				at := locate(st.text, c.Data, cursor)
				if at >= 0 {
					c.Attr = append(c.Attr, html.Attribute{Key: tagKey, Val: strconv.Itoa(at)})
					if at >= cursor {
						cursor = at + len(c.Data)
					}
				}
			}
			walk(c)
		}
	}
	walk(root)
}

// locate finds s in text at or after from, else anywhere; -1 if absent.
func locate(text []byte, s string, from int) int {
	from = min(from, len(text))
	if i := bytes.Index(text[from:], []byte(s)); i >= 0 {
		return from + i
	}
	if i := bytes.Index(text[:min(len(text), from+len(s))], []byte(s)); i >= 0 {
		return i
	}
	return -1
}

// mainContent runs readability on a copy of the tree and returns the
// article's root, or nil. A panic inside readability counts as no article.
func mainContent(tree *html.Node) (art *html.Node) {
	defer func() {
		if recover() != nil {
			art = nil
		}
	}()
	p := readability.NewParser()
	base, _ := url.Parse("http://localhost/")
	a, err := p.ParseDocument(tree, base)
	if err != nil {
		return nil
	}
	return a.Node
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// htmlWriter writes the text of a (readability) tree to a builder.
type htmlWriter struct {
	b        *builder
	st       *stream
	fallback bool // reading the whole body: skip navigation elements too
	cursor   int  // stream offset after the last text written
}

// blocks are the elements that end a paragraph.
var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "br": true,
	"caption": true, "center": true, "dd": true, "details": true, "dialog": true, "dir": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "header": true, "hgroup": true, "hr": true, "html": true, "li": true,
	"main": true, "menu": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "td": true, "tfoot": true,
	"th": true, "thead": true, "tr": true, "ul": true, "option": true, "legend": true,
}

// skipped are elements whose text is never story text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"math": true, "head": true, "title": true, "iframe": true, "object": true,
	"button": true, "select": true, "textarea": true, "canvas": true,
}

// navigation is skipped only when falling back to the whole body.
var navigation = map[string]bool{
	"nav": true, "header": true, "footer": true, "aside": true, "form": true, "menu": true, "dialog": true,
}

func (w *htmlWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n)
		return
	case html.ElementNode:
		if skipped[n.Data] || w.fallback && navigation[n.Data] {
			return
		}
		if n.Data == "pre" {
			w.b.close()
			w.pre(n)
			w.b.close()
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.Data]
	if block {
		w.b.close()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if block {
		w.b.close()
	}
}

// pre writes preformatted text: each line a paragraph of its own.
func (w *htmlWriter) pre(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			w.text(c)
		} else {
			w.pre(c)
		}
	}
}

// text writes a text node through its tag. A node without a tag (created
// by readability) is searched for in the stream near the last one.
func (w *htmlWriter) text(n *html.Node) {
	at := -1
	for _, a := range n.Attr {
		if a.Key == tagKey {
			at, _ = strconv.Atoi(a.Val)
		}
	}
	st := w.st
	if at < 0 || at+len(n.Data) > len(st.text) || string(st.text[at:at+len(n.Data)]) != n.Data {
		at = locate(st.text, n.Data, w.cursor)
	}
	inPre := false
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "pre" {
			inPre = true
			break
		}
	}
	data := n.Data
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRuneInString(data[i:])
		if inPre && r == '\n' {
			w.b.close()
			i += size
			continue
		}
		var src, end int
		exact := false
		if at >= 0 {
			src, end = st.srcAt(at+i), st.endAt(at+i+size-1)
			exact = end-src == size
		} else {
			src, end = w.lastEnd(), w.lastEnd()
		}
		w.b.char(r, []byte(data[i:i+size]), src, end, exact, false, false)
		i += size
	}
	if at >= 0 {
		w.cursor = at + len(data)
	}
}

// lastEnd is the source offset after the last text written.
func (w *htmlWriter) lastEnd() int {
	if w.cursor > 0 && w.cursor <= len(w.st.text) {
		return w.st.endAt(w.cursor - 1)
	}
	return 0
}

// htmlFragment writes the text of the HTML fragment raw[a:z] (a Markdown
// HTML block) to b: tags are dropped, block elements end paragraphs,
// scripts and styles are skipped.
func htmlFragment(b *builder, raw []byte, a, z int) {
	t := html.NewTokenizer(io.LimitReader(bytes.NewReader(raw[a:z]), int64(z-a)))
	pos := a
	skip := 0
	for {
		tt := t.Next()
		if tt == html.ErrorToken {
			return
		}
		tr := t.Raw()
		s, e := pos, pos+len(tr)
		pos = e
		switch tt {
		case html.TextToken:
			if skip > 0 {
				continue
			}
			var st stream
			st.decode(raw, s, e, true)
			for i := 0; i < len(st.text); {
				r, n := utf8.DecodeRune(st.text[i:])
				st.char(b, r, i, n)
				i += n
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := t.TagName()
			tag := string(name)
			if skipped[tag] && tag != "title" {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if blocks[tag] {
				b.close()
			}
		}
	}
}

// withStandfirst puts the page's lede before the article's paragraphs
// when readability left it out: many news and press pages print their
// summary ("On Friday, Parliament adopted ...") in a block of its own above
// the body, and repeat it as the page's description. The lede is the
// element whose text is that description, before the article in the page.
func withStandfirst(tree *html.Node, st *stream, desc string, paras []*para) []*para {
	want := strings.Join(strings.Fields(desc), " ")
	if len(want) < 40 {
		return paras
	}
	for _, p := range paras {
		if strings.Contains(strings.Join(strings.Fields(string(p.text)), " "), want) {
			return paras // the article has it
		}
	}
	lede := findText(tree, want)
	if lede == nil {
		return paras
	}
	var b builder
	w := &htmlWriter{b: &b, st: st}
	w.node(lede.Parent)
	b.close()
	if len(b.paras) == 0 || len(b.paras[0].m) == 0 || len(paras[0].m) == 0 || b.paras[0].m[0].src >= paras[0].m[0].src {
		return paras
	}
	return append(b.paras, paras...)
}

// findText returns the first text node of the page (outside its head,
// scripts and styles) whose whitespace-collapsed text is want.
func findText(n *html.Node, want string) *html.Node {
	if n.Type == html.ElementNode && (skipped[n.Data] || n.Data == "head") {
		return nil
	}
	if n.Type == html.TextNode && n.Parent != nil && strings.Join(strings.Fields(n.Data), " ") == want {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findText(c, want); f != nil {
			return f
		}
	}
	return nil
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// writeFlat writes every shown text token of the page to b, in order,
// with a paragraph break at each block element: the reading of a page the
// parser cannot build a tree of.
func (pg *page) writeFlat(b *builder) {
	st := &pg.st
	hidden, breaks := pg.hidden, pg.breaks
	for i := 0; i < len(st.text); {
		for len(breaks) > 0 && breaks[0] <= i {
			b.close()
			breaks = breaks[1:]
		}
		for len(hidden) > 0 && hidden[0][1] <= i {
			hidden = hidden[1:]
		}
		if len(hidden) > 0 && hidden[0][0] <= i {
			i = hidden[0][1]
			continue
		}
		r, n := utf8.DecodeRune(st.text[i:])
		st.char(b, r, i, n)
		i += n
	}
	b.close()
}
