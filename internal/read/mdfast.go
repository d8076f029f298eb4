package read

import (
	"bytes"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark/util"
)

// This file reads the Markdown most stories are written in without
// goldmark's syntax tree: paragraphs of text lines, ATX headings and list
// items of one line of text (bullets and numbers, nested by their items'
// indentation), whose inlines are emphasis, links with a plain
// destination, inline HTML tags, autolinks, backslash escapes and
// character references. It feeds the
// builder exactly the calls the walk of goldmark's tree (mdWalker.block)
// would, in the same order and with the same offsets, so the text, its map
// and the paragraphs are the same; the rules it follows are goldmark's
// (v1.8.7: its parseBlock, ScanDelimiter, ProcessDelimiters, link, raw HTML
// and autolink parsers, its list parser's continuation), not only
// CommonMark's. Anything else (an item of more lines, an empty one, or one
// holding another block, an item right after a paragraph's line, a line
// right after an item's that is not an item of the same kind or a list in
// it, items indented otherwise than at their parent's text, block quotes,
// code, tables, thematic breaks, setext headings, HTML blocks, images,
// link reference definitions, tabs, carriage returns, other indented
// lines, a link destination with spaces, parentheses, a title or escapes,
// a tag that may span lines) makes it give up before it changed the
// builder, and the document goes through goldmark. TestMarkdownFast,
// TestMarkdownFastListsRandom and FuzzMarkdownFast compare the two
// readers' paragraphs.

// mdFastOn turns the reader without the tree on (tests turn it off to
// compare).
var mdFastOn = true

// An mdItem is one inline piece of a block, in source order: text, a
// delimiter run (* or _), a link label opener ([), an inline HTML tag, an
// autolink or a line break. Offsets are in src.
type mdItem struct {
	kind  uint8
	link  bool  // inside a link's text
	char  byte  // a delimiter's character
	open  bool  // a delimiter can open
	close bool  // a delimiter can close
	hasLn bool  // a label: a link was made after it (a link holds no link)
	a, z  int32 // text: src[a:z]; delimiter: its run starts at a; label: a; tag: src[a:z]; break: at a
	// a delimiter's characters left and at first, and its neighbours in
	// the list of delimiters (-1 for none)
	length, orig int32
	prev, next   int32
	bottom       int32 // a label: the last delimiter when it was opened
}

const (
	mdText uint8 = iota
	mdDelim
	mdLabel
	mdTag
	mdAutoLink
	mdBreak
	mdNone // a link's label once the link is made
)

// mdFast is the state of the reader without the tree.
type mdFast struct {
	src           []byte
	lines         []mdLine
	blocks        []mdBlock
	items         []mdItem
	dfirst, dlast int32   // the list of delimiters
	dn            int32   // delimiters in it (at most mdMaxDelims)
	labels        []int32 // open link labels, innermost last
	levels        []mdListItem
	blockStart    int // where the block's first line starts
	// where the next '>' and the next quote are at or after some point
	// of the line ending at end (end when none): tags on a line look
	// them up once, not each to the line's end ("<a <a <a ... >")
	gt, quote finding
}

// finding caches where the next of a set of bytes is in src[from:end].
type finding struct{ at, end int }

// next returns the index of the first byte of chars in f.src[i:end], or
// end when none, scanning past the last one found only once.
func (f *mdFast) next(c *finding, i, end int, chars string) int {
	if c.end == end && c.at >= i {
		return c.at
	}
	c.end, c.at = end, end
	if k := bytes.IndexAny(f.src[i:end], chars); k >= 0 {
		c.at = i + k
	}
	return c.at
}

// mdBlock is a paragraph or a heading: lines[from:to], its items end at
// items[end].
type mdBlock struct {
	heading       int
	item          bool // a list item's
	from, to, end int
}

// mdFasts keeps the reader's slices from one document to the next.
var mdFasts = sync.Pool{New: func() any { return new(mdFast) }}

// fast reads w.src into w.b without goldmark's tree; it returns false
// without touching w.b when the document holds Markdown it does not read.
func (w *mdWalker) fast() bool {
	src := w.src
	if !mdFastPlain(src) {
		return false
	}
	// First pass: the blocks, and every inline of each, checked; the
	// builder is fed only once the whole document is known to be read.
	f := mdFasts.Get().(*mdFast)
	defer mdFasts.Put(f)
	f.src = src
	lines, blocks := f.lines[:0], f.blocks[:0]
	defer func() { f.lines, f.blocks, f.src = lines, blocks, nil }()
	open := -1 // first line of the paragraph being read
	closePara := func() {
		if open >= 0 {
			// the paragraph's last line loses its trailing spaces and newline
			l := &lines[len(lines)-1]
			for l.z > l.a && src[l.z-1] == ' ' {
				l.z--
			}
			l.nl = false
			blocks = append(blocks, mdBlock{from: open, to: len(lines)})
			open = -1
		}
	}
	// The lists open around the current line, outermost first, and what
	// the line before it was.
	levels := f.levels[:0]
	defer func() { f.levels = levels }()
	prevBlank, prevItem := true, false
	for i := 0; i < len(src); {
		e := bytes.IndexByte(src[i:], '\n')
		z, next, nl := len(src), len(src), false
		if e >= 0 {
			z, next, nl = i+e, i+e+1, true
		}
		line := src[i:z]
		if len(line) > 0 && line[len(line)-1] == '\\' {
			return false // a hard line break or an escaped newline
		}
		item, ok := mdItemLine(line)
		if !ok {
			return false
		}
		if item.w > 0 {
			// a list item of one line of text
			if open >= 0 {
				return false // after a paragraph's line: it may interrupt it, or be its text
			}
			depth := 0 // the item is in the list at levels[depth]
			if item.indent > 0 {
				depth = -1
				for d, l := range levels {
					if l.w == item.indent {
						depth = d + 1 // in the item of levels[d]
					}
				}
				if depth < 0 {
					return false
				}
			}
			if depth < len(levels) {
				if levels[depth].kind != item.kind {
					return false // another list, or text of the item before
				}
				levels[depth].w = item.w
				levels = levels[:depth+1]
			} else {
				if prevItem && item.ordered && item.start != 1 {
					return false // text of the item before, not a list in it
				}
				levels = append(levels, item)
			}
			lz := z
			for lz > i+item.w && src[lz-1] == ' ' {
				lz--
			}
			lines = append(lines, mdLine{i + item.w, lz, false})
			blocks = append(blocks, mdBlock{from: len(lines) - 1, to: len(lines), item: true})
			prevBlank, prevItem = false, true
			i = next
			continue
		}
		kind, level, a, hz := mdLineKind(line)
		if kind != mdBlank && len(levels) > 0 {
			if !prevBlank {
				return false // the item's text (lazy), or a block after it
			}
			levels = levels[:0] // the list ends
		}
		switch kind {
		case mdBail:
			return false
		case mdBlank:
			closePara()
		case mdHeading:
			closePara()
			lines = append(lines, mdLine{i + a, i + hz, false})
			blocks = append(blocks, mdBlock{heading: level, from: len(lines) - 1, to: len(lines)})
		default:
			if open < 0 {
				open = len(lines)
			}
			lines = append(lines, mdLine{i, z, nl})
		}
		prevBlank, prevItem = kind == mdBlank, false
		i = next
	}
	closePara()

	f.items = f.items[:0]
	for k, b := range blocks {
		if !f.parse(lines[b.from:b.to]) {
			return false
		}
		blocks[k].end = len(f.items)
	}
	// Second pass: the builder, as mdWalker.block would feed it (a label
	// left is a link not made, written "[").
	from := 0
	for _, b := range blocks {
		para := w.b.open()
		para.heading, para.item = b.heading, b.item
		para.reserveSpan(lines[b.to-1].z - lines[b.from].a)
		items := f.items[from:b.end]
		from = b.end
		for j := range items {
			it := &items[j]
			a, z := w.base+int(it.a), w.base+int(it.z)
			switch it.kind {
			case mdText:
				w.text(a, z, it.link)
			case mdDelim:
				if it.length > 0 {
					w.text(a, a+int(it.length), it.link)
				}
			case mdLabel:
				w.text(a, a+1, it.link)
			case mdTag:
				if breaksLine(w.raw[a:z]) {
					w.b.space(a, a)
				}
			case mdBreak:
				w.b.space(a, a+1)
			}
		}
		w.b.close()
	}
	return true
}

// mdLine is a line of a block: src[a:z], followed by a newline when nl.
type mdLine struct {
	a, z int
	nl   bool
}

// mdFastPlain reports whether src holds none of what the reader without
// the tree leaves to goldmark wherever it is: tabs, carriage returns and
// other control characters, code spans and fences (`), tables (|), images
// (![) and link reference definitions (]:).
func mdFastPlain(src []byte) bool {
	for i, c := range src {
		if mdNotPlain[c] {
			switch c {
			case '[':
				if i > 0 && src[i-1] == '!' {
					return false
				}
			case ':':
				if i > 0 && src[i-1] == ']' {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// mdNotPlain marks the bytes mdFastPlain looks at.
var mdNotPlain = [256]bool{0: true, '\t': true, '\r': true, '\v': true, '\f': true, '`': true, '|': true, '[': true, ':': true}

const (
	mdBail = iota
	mdBlank
	mdHeading
	mdTextLine
)

// mdLineKind tells what line (without its newline) is: blank, an ATX
// heading (its level and content line[a:z]), a line of paragraph text, or
// something left to goldmark (a list item, a block quote, a thematic
// break, a setext underline, a table's delimiter row, an HTML block, an
// indented line, a heading with a closing sequence or none of content).
func mdLineKind(line []byte) (kind, level, a, z int) {
	if len(bytes.TrimLeft(line, " ")) == 0 {
		return mdBlank, 0, 0, 0
	}
	switch c := line[0]; {
	case c == ' ', c == '>', c == '-', c == '+', c == '=', c == ':', c == '~':
		// indented, a block quote, a list item, a thematic break, a
		// setext underline, a table's delimiter row (":-", no '|'
		// needed), a fence
		return mdBail, 0, 0, 0
	case c == '#':
		n := 0
		for n < len(line) && line[n] == '#' {
			n++
		}
		if n > 6 {
			return mdTextLine, 0, 0, 0
		}
		if n == len(line) {
			return mdBail, 0, 0, 0 // an empty heading
		}
		if line[n] != ' ' {
			return mdTextLine, 0, 0, 0
		}
		a, z := n, len(line)
		for a < z && line[a] == ' ' {
			a++
		}
		for z > a && line[z-1] == ' ' {
			z--
		}
		if a == z || line[z-1] == '#' {
			return mdBail, 0, 0, 0 // empty, or a closing sequence
		}
		return mdHeading, n, a, z
	case c == '*' || c == '_':
		if c == '*' && (len(line) == 1 || line[1] == ' ') {
			return mdBail, 0, 0, 0 // a list item
		}
		n := 0
		for _, b := range line {
			if b == c {
				n++
			} else if b != ' ' {
				n = -1
				break
			}
		}
		if n >= 3 {
			return mdBail, 0, 0, 0 // a thematic break
		}
	case c >= '0' && c <= '9':
		n := 0
		for n < len(line) && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n <= 9 && n < len(line) && (line[n] == '.' || line[n] == ')') && (n+1 == len(line) || line[n+1] == ' ') {
			return mdBail, 0, 0, 0 // an ordered list item
		}
	case c == '<':
		if mdHTMLBlockStart(line) {
			return mdBail, 0, 0, 0
		}
	}
	return mdTextLine, 0, 0, 0
}

// mdListItem is a list item's line: its marker at column indent, its
// text at column w (0: not an item), the kind of its list (the bullet, or
// the '.' or ')' after the number) and its number.
type mdListItem struct {
	indent, w int
	kind      byte
	ordered   bool
	start     int
}

// mdItemLine reads line (without its newline) as a list item whose text
// is one line of paragraph text (mdLineKind), after one to four spaces:
// w is 0 when it is not a list item, and ok false when it is one (or a
// thematic break) the reader leaves to goldmark: empty, its text indented
// code or another block. Its marker's indentation is the caller's to
// check.
func mdItemLine(line []byte) (it mdListItem, ok bool) {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i == len(line) {
		return it, true
	}
	m := i // the marker's end
	switch c := line[i]; {
	case c == '-' || c == '*' || c == '+' || c == '_':
		n := 0 // a thematic break: three or more of c and spaces alone
		for _, b := range line[i:] {
			if b == c {
				n++
			} else if b != ' ' {
				n = -1
				break
			}
		}
		if n >= 3 && c != '+' {
			return it, false
		}
		if c == '_' {
			return it, true
		}
		m = i + 1
		it.kind = c
	case c >= '0' && c <= '9':
		for m < len(line) && line[m] >= '0' && line[m] <= '9' {
			m++
		}
		if m-i > 9 || m == len(line) || line[m] != '.' && line[m] != ')' {
			return it, true
		}
		for _, d := range line[i:m] {
			it.start = it.start*10 + int(d-'0')
		}
		it.kind, it.ordered = line[m], true
		m++
	default:
		return it, true
	}
	if m < len(line) && line[m] != ' ' {
		return it, true // "-x", "1.5": text
	}
	w := m
	for w < len(line) && line[w] == ' ' {
		w++
	}
	if w == len(line) || w-m > 4 {
		return it, false // empty, or its text indented code
	}
	if k, _, _, _ := mdLineKind(line[w:]); k != mdTextLine {
		return it, false
	}
	it.indent, it.w = i, w
	return it, true
}

// mdHTMLBlockStart reports whether line may open one of goldmark's HTML
// blocks (its patterns, whether or not a paragraph is open).
func mdHTMLBlockStart(line []byte) bool {
	if htmlBlockType1.Match(line) || htmlBlockType2.Match(line) || htmlBlockType3.Match(line) ||
		htmlBlockType4.Match(line) || htmlBlockType5.Match(line) || htmlBlockType7.Match(line) {
		return true
	}
	if m := htmlBlockType6.FindSubmatchIndex(line); m != nil {
		return htmlBlockTags[strings.ToLower(string(line[m[2]:m[3]]))]
	}
	return false
}

// goldmark's patterns (parser/html_block.go, parser/raw_html.go).
var (
	mdAttribute    = `(?:[\r\n \t]+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:[\r\n \t]*=[\r\n \t]*(?:[^\"'=<>` + "`" + `\x00-\x20]+|'[^']*'|"[^"]*"))?)`
	htmlBlockType1 = regexp.MustCompile(`(?i)^[ ]{0,3}<(script|pre|style|textarea)(?:\s.*|>.*|/>.*|)(?:\r\n|\n)?$`)
	htmlBlockType2 = regexp.MustCompile(`^[ ]{0,3}<!\-\-`)
	htmlBlockType3 = regexp.MustCompile(`^[ ]{0,3}<\?`)
	htmlBlockType4 = regexp.MustCompile(`^[ ]{0,3}<![A-Z]+.*(?:\r\n|\n)?$`)
	htmlBlockType5 = regexp.MustCompile(`^[ ]{0,3}<\!\[CDATA\[`)
	htmlBlockType6 = regexp.MustCompile(`^[ ]{0,3}<(?:/[ ]*)?([a-zA-Z]+[a-zA-Z0-9\-]*)(?:[ ].*|>.*|/>.*|)(?:\r\n|\n)?$`)
	htmlBlockType7 = regexp.MustCompile(`^[ ]{0,3}<(/[ ]*)?([a-zA-Z]+[a-zA-Z0-9\-]*)(` + mdAttribute + `*)[ ]*(?:>|/>)[ ]*(?:\r\n|\n)?$`)
	mdOpenTag      = regexp.MustCompile("^<" + `([A-Za-z][A-Za-z0-9-]*)` + mdAttribute + `*` + `(?:[ \t]|(?:\r\n|\n){0,1})` + `*/?>`)
	mdCloseTag     = regexp.MustCompile("^</" + `([A-Za-z][A-Za-z0-9-]*)` + `(?:[ \t]|(?:\r\n|\n){0,1})` + `*>`)
)

var htmlBlockTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`address article aside base basefont blockquote body caption center col
		colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset
		h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem meta nav noframes
		ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul`) {
		htmlBlockTags[t] = true
	}
}

// parse reads the inlines of a block's lines onto f.items; false when
// they hold something left to goldmark.
func (f *mdFast) parse(lines []mdLine) bool {
	src := f.src
	f.dfirst, f.dlast, f.dn = -1, -1, 0
	f.labels = f.labels[:0]
	f.blockStart = lines[0].a
	f.gt, f.quote = finding{end: -1}, finding{end: -1}
	escaped := false
	for _, ln := range lines {
		end := ln.z // the end of the line the inline parsers see
		if ln.nl {
			end++
		}
		start := ln.a // text not written yet
		for i := ln.a; i < ln.z; {
			c := src[i]
			if !escaped {
				switch c {
				case '*', '_', '~', '[', ']', '<':
					if i > start {
						f.add(mdItem{kind: mdText, a: int32(start), z: int32(i)})
						start = i
					}
					n, ok := f.inline(i, end)
					if !ok {
						return false
					}
					if n > 0 {
						i += n
						start = i
						continue
					}
				}
			}
			if escaped {
				escaped = false
			} else if c == '\\' {
				escaped = true
			}
			i++
		}
		// the line's last text, without its trailing spaces
		z := ln.z
		for z > start && src[z-1] == ' ' {
			z--
		}
		f.add(mdItem{kind: mdText, a: int32(start), z: int32(z)})
		if ln.nl {
			f.add(mdItem{kind: mdBreak, a: int32(z)})
		}
	}
	f.process(-1)
	return true
}

func (f *mdFast) add(it mdItem) int32 {
	f.items = append(f.items, it)
	return int32(len(f.items) - 1)
}

// inline reads the inline starting with the trigger src[i] (the line the
// parsers see ends at end): it returns the bytes it took (0 when the
// character is text), false when the document is left to goldmark.
func (f *mdFast) inline(i, end int) (int, bool) {
	src := f.src
	line := src[i:end]
	switch src[i] {
	case '*', '_', '~':
		return f.delimiter(i, line), true
	case '[':
		if len(f.labels) >= 900 {
			return 0, false // goldmark's limit on open labels
		}
		k := f.add(mdItem{kind: mdLabel, a: int32(i), bottom: f.dlast})
		f.labels = append(f.labels, k)
		return 1, true
	case ']':
		if len(f.labels) == 0 {
			return 0, true
		}
		k := f.labels[len(f.labels)-1]
		f.labels = f.labels[:len(f.labels)-1]
		if f.items[k].hasLn {
			return 0, true // a link in a link's text: "[" and "]" are text
		}
		if len(line) < 2 || line[1] != '(' {
			// a reference link or none: no definitions, so text
			return 0, true
		}
		// an inline link: a destination without spaces, parentheses,
		// escapes or a title, or none
		j := 2
		if j < len(line) && line[j] != ')' {
			if line[j] == '<' {
				return 0, false
			}
			for j < len(line) && line[j] != ')' {
				switch line[j] {
				case '(', '\\', ' ', '\n':
					return 0, false
				}
				j++
			}
		}
		if j >= len(line) {
			return 0, false
		}
		// the link: its text's delimiters matched among themselves
		f.process(f.items[k].bottom)
		f.items[k].kind = mdNone
		for m := int(k) + 1; m < len(f.items); m++ {
			f.items[m].link = true
		}
		for _, l := range f.labels {
			f.items[l].hasLn = true
		}
		return j + 1, true
	case '<':
		if s := util.FindEmailIndex(line[1:]); s >= 0 {
			if s+1 < len(line) && line[s+1] == '>' {
				f.add(mdItem{kind: mdAutoLink, a: int32(i), z: int32(i + s + 2)})
				return s + 2, true
			}
		} else if s := util.FindURLIndex(line[1:]); s >= 0 {
			if s+1 < len(line) && line[s+1] == '>' {
				f.add(mdItem{kind: mdAutoLink, a: int32(i), z: int32(i + s + 2)})
				return s + 2, true
			}
		}
		var re *regexp.Regexp
		switch {
		case len(line) > 1 && util.IsAlphaNumeric(line[1]):
			re = mdOpenTag
		case len(line) > 2 && line[1] == '/' && util.IsAlphaNumeric(line[2]):
			re = mdCloseTag
		case len(line) > 1 && (line[1] == '!' || line[1] == '?'):
			return 0, false // comments, declarations, CDATA, instructions
		default:
			return 0, true
		}
		gt := f.next(&f.gt, i, end, ">") - i
		if gt == len(line) || f.next(&f.quote, i, end, `"'`) < i+gt {
			// the tag may go on past this line, or past a '>' quoted
			return 0, false
		}
		if !re.Match(line[:gt+1]) {
			return 0, true
		}
		f.add(mdItem{kind: mdTag, a: int32(i), z: int32(i + gt + 1)})
		return gt + 1, true
	}
	return 0, true
}

// delimiter reads the run of *, _ or ~ at src[i] (goldmark's
// ScanDelimiter; for ~ the strikethrough extension's, which takes runs of
// one or two not after a ~) and pushes it on the list of delimiters; it
// returns 0 when the character is text.
func (f *mdFast) delimiter(i int, line []byte) int {
	c := line[0]
	j := 1
	for j < len(line) && line[j] == c {
		j++
	}
	before := '\n'
	if i > f.blockStart {
		before = util.ToRune(f.src, i-1) // back to the character's start
	}
	if c == '~' && (j > 2 || before == '~') {
		return 0
	}
	after := ' '
	if j != len(line) {
		after = util.ToRune(line, j)
	}
	beforePunct, beforeSpace := util.IsPunctRune(before), util.IsSpaceRune(before)
	afterPunct, afterSpace := util.IsPunctRune(after), util.IsSpaceRune(after)
	left := !afterSpace && (!afterPunct || beforeSpace || beforePunct)
	right := !beforeSpace && (!beforePunct || afterSpace || afterPunct)
	var canOpen, canClose bool
	if c == '_' {
		canOpen = left && (!right || beforePunct)
		canClose = right && (!left || afterPunct)
	} else {
		canOpen, canClose = left, right
	}
	if !canOpen && !canClose || f.dn >= int32(mdMaxDelims) {
		// left out of the list, as mdContext does: text
		f.add(mdItem{kind: mdDelim, char: c, a: int32(i), length: int32(j), orig: int32(j), prev: -1, next: -1})
		return j
	}
	f.dn++
	k := f.add(mdItem{kind: mdDelim, char: c, open: canOpen, close: canClose, a: int32(i), length: int32(j), orig: int32(j), prev: f.dlast, next: -1})
	if f.dlast >= 0 {
		f.items[f.dlast].next = k
	} else {
		f.dfirst = k
	}
	f.dlast = k
	return j
}

// remove takes delimiter d off the list; what is left of it is text.
func (f *mdFast) remove(d int32) {
	f.dn--
	it := &f.items[d]
	if it.prev < 0 {
		f.dfirst = it.next
	} else {
		f.items[it.prev].next = it.next
		if it.next >= 0 {
			f.items[it.next].prev = it.prev
		}
	}
	if it.next < 0 {
		f.dlast = it.prev
	}
	if f.dfirst >= 0 {
		f.items[f.dfirst].prev = -1
	}
	if f.dlast >= 0 {
		f.items[f.dlast].next = -1
	}
	it.prev, it.next = -1, -1
}

// process matches the delimiters after bottom (-1: all) into emphasis and
// makes the rest text: goldmark's ProcessDelimiters and ClearDelimiters.
func (f *mdFast) process(bottom int32) {
	last := f.dlast
	if last < 0 {
		return
	}
	closer := int32(-1)
	if bottom >= 0 {
		if bottom != last {
			for c := f.items[last].prev; c >= 0 && c != bottom; c = f.items[c].prev {
				closer = c
			}
		}
	} else {
		closer = f.dfirst
	}
	// floor[char][open][orig%3]: a closer of that kind found no opener at
	// or after floor's earlier closer, so a later one looks no lower
	// (whether an opener fits a closer depends only on the closer's
	// character, whether it can open and its run's length mod 3, none of
	// which change): time stays linear with many unmatched closers
	// ("_a* _a* ..."), as in CommonMark's openers_bottom; the delimiters
	// it skips would all fail, so the emphasis made is goldmark's
	var floor [3][2][3]int32
	for closer >= 0 {
		cl := &f.items[closer]
		if !cl.close {
			closer = cl.next
			continue
		}
		fl := &floor[mdDelimIndex(cl.char)][b2i(cl.open)][cl.orig%3]
		consume, found, maybe := int32(0), false, false
		opener := cl.prev
		for ; opener >= 0 && opener != bottom && opener >= *fl-1; opener = f.items[opener].prev {
			op := &f.items[opener]
			if op.open && op.char == cl.char {
				maybe = true
				consume = 1
				if (op.close || cl.open) && (op.orig+cl.orig)%3 == 0 && cl.orig%3 != 0 {
					consume = 0
				} else if op.length >= 2 && cl.length >= 2 {
					consume = 2
				}
				if consume > 0 {
					found = true
					break
				}
			}
		}
		if !found {
			*fl = closer + 1 // (zero: no floor)
			next := cl.next
			if !maybe && !cl.open {
				f.remove(closer)
			}
			closer = next
			continue
		}
		op := &f.items[opener]
		op.length -= consume
		cl.length -= consume
		for c := op.next; c >= 0 && c != closer; {
			next := f.items[c].next
			f.remove(c)
			c = next
		}
		if op.length == 0 {
			f.remove(opener)
		}
		if cl.length == 0 {
			next := cl.next
			f.remove(closer)
			closer = next
		}
	}
	for d := f.dlast; d >= 0 && d != bottom; {
		prev := f.items[d].prev
		f.remove(d)
		d = prev
	}
}

// mdDelimIndex numbers the delimiter characters for process's floors.
func mdDelimIndex(c byte) int {
	switch c {
	case '*':
		return 0
	case '_':
		return 1
	}
	return 2
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
