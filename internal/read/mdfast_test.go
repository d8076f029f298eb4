package read

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"annals/internal/storygen"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mdParas returns the paragraphs the Markdown body raw[body:] is read
// into, through goldmark's tree (fast false) or without it; ok is false
// when the reader without the tree leaves the document to goldmark.
func mdParas(raw []byte, body int, fast bool) (paras []*para, ok bool) {
	w := &mdWalker{raw: raw, src: raw[body:], base: body}
	if fast {
		if !w.fast() {
			return nil, false
		}
	} else {
		w.block(mdParse(w.src))
	}
	w.b.close()
	return w.b.paras, true
}

// sameParas reports how the two readers' paragraphs differ ("" when they
// do not); fast reports whether the reader without the tree read raw.
func sameParas(raw []byte) (diff string, fast bool) {
	want, _ := mdParas(raw, 0, false)
	got, ok := mdParas(raw, 0, true)
	if !ok {
		return "", false
	}
	if reflect.DeepEqual(got, want) {
		return "", true
	}
	show := func(ps []*para) string {
		var b strings.Builder
		for _, p := range ps {
			fmt.Fprintf(&b, "%+v\n", *p)
		}
		return b.String()
	}
	return "without the tree:\n" + show(got) + "goldmark:\n" + show(want), true
}

// mdCases are Markdown the reader without the tree reads (or leaves to
// goldmark) in the ways goldmark's rules differ from a naive reading.
var mdCases = []string{
	"plain text\nsecond line\n\nnext paragraph\n",
	"# Title\n\nBody text.\n## Sub ##\n#no heading\n####### seven\n#\n",
	"# Title  \nText right after\n",
	"*emphasis* and **strong** and ***both*** and _under_ and __twice__",
	"*a **b* c** d", "**a *b** c*", "*foo**bar**baz*", "*foo**bar*", "foo***bar***baz",
	"**foo*bar*baz**", "a * b * c", "a*b*c", "a_b_c", "_a_b_", "*(*foo*)*", "_(_foo_)_",
	"foo**bar**", "**foo \"*bar*\" foo**", "*foo *bar**", "**Gomphocarpus (*Gomphocarpus physocarpus*, syn.\n*Asclepias physocarpa*)**",
	"*foo\nbar*\n", "word *\nnext* line", "x **  \ny**", "trailing spaces  \nhard break\n",
	"[link](http://example.com) and [empty]() and [ref] and [full][ref] and [collapsed][]",
	"[a [b](c) d](e)", "[a *b](c) d*", "*a [b* c](d)", "[[a](b)](c)", "[a](b", "[a] (b)",
	"[a\nb](c)", "[a](b c)", "[a](<b>)", "[a](b(c))", "[a](b \"t\")", "]unopened [open",
	"<u>Underlined, Nominee for</u>** **<u>Administrator</u>**",
	"text <sup>1</sup> and <a href=\"x\">link</a> and <br> break <br/> and </p> para",
	"<b>bold</b> at the start\n<i>italic</i> starts a line",
	"a < b > c, 3<4, <notatag, <1>, </ x>, <a\nb>",
	"<div>block</div>", "<figure>x</figure>", "<br>\ntext", "text\n<br>", "<!-- comment --> text",
	"see <https://example.com/x?y=1> or <me@example.com> or <foo:bar>",
	"escapes \\* \\_ \\[ \\] \\< \\& and &amp; &copy; &#x2019; &#8212; &bogus; \\\\*x*",
	"caf\u00e9 *na\u00efve* \u201c*quoted*\u201d \u2014*dash*\u2014 \u00a0*nbsp*",
	"- list\n- items", "1. one\n2. two", "> quote", "---\n", "***\n", "text\n===\n", "text\n---\n",
	"    code", "```\ncode\n```", "a `code` span", "~~strike~~", "~one~ ~~two~~ ~~~three~~~ a~~b~~c",
	"~~a *b~~ c*", "*a ~~b* c~~", "[x](https://a.gov/p#:~:text=The%20Act) ~50 people, ~ 10", "~~~\nfence\n~~~", "x~~~y", "~~a~ b~", "| a | b |\n|---|---|", "![img](x)",
	"[ref]: http://x\n[ref]", "tab\there", "cr\r\nlf", "line ending in backslash\\\nnext",
	"2019. A year\n2019 was", "0\n:-", "a\n:-:", "a\n-:", "1.5 million", "* ", "*", "_ not a list", "___", "#5 rank",
	"", "\n\n\n", "   \n", "no newline at end", "x\n\n\n# H\n\n\nY",
	"**Nuria Fernandez**\n\nNuria *Fernandez* was [appointed](https://x.gov/a_b) on *January 20*.",
	"[*a*](b) [_a_](b) [a *b* c](d) *[a](b)* **[a](b)** *[a*](b)",
	// closers that find no opener, then ones of another kind that do
	"_a* _a* _a* *b*", "a**b c* c* c* **d**", "*a _a* *a _a* c*", "***a* b* c** d*", "_a_ *b **c* d** e*",
	"**a* b* c** *d*", "*a **b *c** d**", "__a_ b_ c__ _d_", "*a ~b* c~ ~d~", "[a_](b) _c* d*",
	// lists of one-line items, nested; what is left to goldmark
	"- a\n- b *c*\n- [d](e) f", "1. one\n2. two\n\n3. three", "9. nine\n10. ten\n11) eleven", "* a\n+ b\n- c",
	"- a\n  - b\n    - c\n  - d\n- e", "1. a\n   1. b\n   2. c\n2. d", "1. a\n   2. b", "- a\n  1. b", "- a\n  2. b",
	"- a\n\n  2. b", "- a\n\n  - b\n\n- c", "text\n- item", "text\n\n- item\ntext", "- item\n\ntext\n\n- item",
	"- item\n# heading", "- item\n\n# heading\n- x", "- a\n - b", "- a\n   - b", "-  two spaces\n-     five spaces",
	"- # heading item", "- > quote item", "- - nested on a line", "- ", "-\n  a", "1.\n", "- a\n\n  b", "- a\n  b", "- a\nb",
	"- a\n---", "- a\n* * *", "- a\n- - -", "10.  a\n     - b", "2019. A year\n\n2020. Next", "1) a\n1. b", "- a\n\n1. b",
	"  - indented", "    - code", "- *a\n- b*", "- _a_\n\n  _b_", "- <div>x</div>", "- <b>x</b> y", "- a  \n- b  ",
	"1234567890. ten digits", "123456789. nine", "- a\\\n- b", "0. zero", "- a\n  - b\n - c",
	// several tags on a line, one '>' and one quote looked up for all
	"<a <b> c>", "<a> <b x='>'> c", "x <a \"q\" <b>", "<a\n<b> c>", "<a> b <c>\n<d> e 'f' <g>",
	"<a b=c <d> e", "a <b@c <d> e>", "<a> \"q\" <b> <c d=\"e\">", "</a <b> </c>", "<a>\n\n<b x=\"y\"> <c>",
}

// TestMarkdownFastEmphasisLinear: closers without an opener ("_a* _a*
// ...") are each looked for once (goldmark looks back through every
// delimiter before each, quadratic in a paragraph: 32 KB took 0.4 s, 200
// KB about 16 s), and tags on a line ending in '>' ("<a <a ... >") find
// it once (each looked to the line's end: 48 KB 0.8 s).
func TestMarkdownFastEmphasisLinear(t *testing.T) {
	for _, unit := range []string{"_a* ", "*a _a* ", "a**b c* ", "<a ", "a <b@c "} {
		raw := []byte(strings.Repeat(unit, 200_000/len(unit)) + ">")
		// the process's CPU time, not the wall clock: other processes on
		// a loaded machine do not count (a quadratic reading takes many
		// seconds of CPU, a linear one milliseconds)
		c0 := cpuTime()
		if _, ok := mdParas(raw, 0, true); !ok {
			t.Fatalf("%q: left to goldmark", unit)
		}
		if c := cpuTime() - c0; c > 2*time.Second {
			t.Errorf("%q x %d: %v of CPU", unit, 200_000/len(unit), c)
		}
	}
}

func TestMarkdownFast(t *testing.T) {
	read := 0
	for _, s := range mdCases {
		diff, ok := sameParas([]byte(s))
		if diff != "" {
			t.Errorf("%q:\n%s", s, diff)
		}
		if ok {
			read++
		}
	}
	if read < len(mdCases)/2 {
		t.Errorf("only %d of %d cases read without the tree", read, len(mdCases))
	}
}

// TestMarkdownFastStories compares the two readers on generated stories
// (real White House paragraphs recombined, as `annals-gen` writes them)
// and on the repository's and the shared sets' Markdown, paragraph by
// paragraph and as whole documents; most generated stories must be read
// without the tree.
func TestMarkdownFastStories(t *testing.T) {
	var docs [][]byte
	if c, err := storygen.Load("../../../shared/corpus/wh-briefings.txt.gz"); err == nil {
		n := 600
		if testing.Short() {
			n = 100
		}
		for _, seed := range []uint64{1, 4242} {
			g := storygen.New(c, seed)
			for i := range n {
				docs = append(docs, g.Story(i).Raw)
			}
		}
	} else {
		t.Log("no shared corpus beside the repository:", err)
	}
	generated := len(docs)
	for _, pat := range []string{"../../examples/*.md", "../../examples/*/*.md", "../../docs/*.md",
		"../../../shared/dev/stories/*.md", "../../../shared/dev2/stories/*.md"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				docs = append(docs, b)
			}
		}
	}
	fastRead := 0
	for k, raw := range docs {
		body, _, _ := frontMatter(raw, 0)
		want, _ := mdParas(raw, body, false)
		got, ok := mdParas(raw, body, true)
		if !ok {
			continue
		}
		if k < generated {
			fastRead++
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d: paragraphs differ\n%s", k, raw)
		}
		mdFastOn = false
		dw, errw := Bytes("story.md", raw, Options{})
		mdFastOn = true
		dg, errg := Bytes("story.md", raw, Options{})
		if fmt.Sprint(errw) != fmt.Sprint(errg) || !reflect.DeepEqual(dw, dg) {
			t.Fatalf("document %d: documents differ (%v, %v)", k, errw, errg)
		}
	}
	t.Logf("%d documents, %d of %d generated read without the tree", len(docs), fastRead, generated)
	if generated > 0 && fastRead*10 < generated*9 {
		t.Errorf("only %d of %d generated stories read without the tree", fastRead, generated)
	}
}

// FuzzMarkdownFast reads valid UTF-8 both ways: when the reader without
// the tree reads it, the paragraphs (text, map, counts) are goldmark's.
func FuzzMarkdownFast(f *testing.F) {
	for _, s := range mdCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !utf8.Valid(raw) {
			return
		}
		if diff, _ := sameParas(raw); diff != "" {
			t.Fatalf("%q:\n%s", raw, diff)
		}
		// with a bound of 3 delimiters waiting, both readers make the
		// same delimiters text
		defer func(k int) { mdMaxDelims = k }(mdMaxDelims)
		mdMaxDelims = 3
		if diff, _ := sameParas(raw); diff != "" {
			t.Fatalf("%q, at most 3 delimiters:\n%s", raw, diff)
		}
	})
}

// stockMD is goldmark's parser as configured before mdDelims and
// mdContext.
var stockMD = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// mdStockParas reads Markdown through the stock parser's tree, and
// through mdParser's with its context, which it returns.
func mdStockParas(raw []byte) (stock, ours []*para, c *mdContext) {
	w := &mdWalker{raw: raw, src: raw}
	w.block(stockMD.Parse(text.NewReader(raw), parser.WithContext(parser.NewContext())))
	w.b.close()
	c = &mdContext{Context: parser.NewContext()}
	v := &mdWalker{raw: raw, src: raw}
	v.block(mdParser.Parse(text.NewReader(raw), parser.WithContext(c)))
	v.b.close()
	return w.b.paras, v.b.paras, c
}

// FuzzMarkdownDelims reads Markdown through goldmark's stock parser and
// through mdParser, whose context leaves delimiters that can neither open
// nor close out of its list and bounds it: the paragraphs must be the
// same when no block held more than mdMaxDelims delimiters waiting, and
// the list must be empty, and counted so, once the document is read.
func FuzzMarkdownDelims(f *testing.F) {
	for _, s := range mdCases {
		f.Add([]byte(s))
	}
	for _, s := range []string{"a_b_c *x* snake_case_word **y**", "`c` _a* _a* *b*", "- a_b *c*\n- _d_ e_f\n\n> x_y *z*",
		"[a_b *c](d) e*", "*a [b_c* d](e) f*", "| a_b | *c* |\n|---|---|\n| _d_ | e_f |"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !utf8.Valid(raw) {
			return
		}
		stock, ours, c := mdStockParas(raw)
		if c.n != 0 || c.LastDelimiter() != nil {
			t.Fatalf("%q: %d delimiters counted, %v left", raw, c.n, c.LastDelimiter())
		}
		if c.most < mdMaxDelims && !reflect.DeepEqual(stock, ours) {
			t.Fatalf("%q: paragraphs differ", raw)
		}
	})
}

// TestMarkdownDelimsBounded: a block of more delimiters waiting than
// mdMaxDelims (hostile: "_a* " repeated, read by goldmark because of the
// code span) reads in linear time; goldmark's stock parser took 0.9 s at
// 64 KB and 5.7 s at 128 KB (22 s at 256 KB). The same with one block per
// mdMaxDelims delimiters (the most work a block can then take).
func TestMarkdownDelimsBounded(t *testing.T) {
	for _, raw := range []string{
		"`x`\n\n" + strings.Repeat("_a* ", 64<<10),
		"`x`\n\n- " + strings.Repeat("*a _a* ", 36<<10),
		"`x`\n\n" + strings.Repeat(strings.Repeat("_a* ", 128)+"\n\n", 500),
	} {
		c0 := cpuTime()
		d, err := Bytes("h.md", []byte(raw), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c := cpuTime() - c0; c > 2*time.Second {
			t.Errorf("%q... (%d KB): %v of CPU", raw[:12], len(raw)>>10, c)
		}
		checkMap(t, d)
	}
}

// BenchmarkMarkdownGenerated reads 300 generated stories with goldmark's
// tree and without it; MB/cpu-s is per CPU-second of the process (the
// collector included), which stays meaningful on a shared machine.
func BenchmarkMarkdownGenerated(b *testing.B) {
	c, err := storygen.Load("../../../shared/corpus/wh-briefings.txt.gz")
	if err != nil {
		b.Skip("no shared corpus beside the repository")
	}
	g := storygen.New(c, 1)
	var raws [][]byte
	total := 0
	for i := range 300 {
		raws = append(raws, g.Story(i).Raw)
		total += len(raws[i])
	}
	for _, fast := range []bool{false, true} {
		b.Run(map[bool]string{false: "goldmark", true: "fast"}[fast], func(b *testing.B) {
			mdFastOn = fast
			defer func() { mdFastOn = true }()
			b.SetBytes(int64(total))
			b.ReportAllocs()
			c0, n := cpuTime(), 0
			for b.Loop() {
				for _, r := range raws {
					if _, err := Bytes("story.md", r, Options{}); err != nil {
						b.Fatal(err)
					}
				}
				n++
			}
			if d := cpuTime() - c0; d > 0 {
				b.ReportMetric(float64(total)*float64(n)/1e6/d.Seconds(), "MB/cpu-s")
			}
		})
	}
}

// cpuTime returns the CPU time (user and system) of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestMarkdownFastListsRandom compares the two readers on random
// documents of list items (bullets and numbers, nested by indentation,
// some empty or misplaced), text lines, blank lines, headings and breaks:
// where the reader without the tree reads one, its paragraphs must be
// goldmark's.
func TestMarkdownFastListsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	markers := []string{"- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "-  ", "1.   ", "-     ", "-", "3."}
	texts := []string{"a *b* c", "_d_ e", "[f](g) h", "i** j", "*k", "l*", "# m", "> n", "<b>o</b> p", "q_r_s", "2019. t", "u\\*v", "- w", "x &amp; y"}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	fast := 0
	for trial := range n {
		// every other document of items at 0, 2 and 3 spaces with text
		// and blank lines only, which the reader without the tree reads
		// more often
		tame := trial%2 == 0
		var b strings.Builder
		for range rng.IntN(8) + 1 {
			k := rng.IntN(6)
			if tame && k == 2 {
				k = 0
			}
			switch k {
			case 0:
				b.WriteString("\n")
			case 1:
				if tame {
					b.WriteString(texts[rng.IntN(6)] + "\n")
					continue
				}
				b.WriteString(texts[rng.IntN(len(texts))] + "\n")
			case 2:
				b.WriteString([]string{"---", "***", "- - -", "## H", "  text", "   ", "===", "_ _ _"}[rng.IntN(8)] + "\n")
			default:
				if tame {
					b.WriteString(strings.Repeat(" ", []int{0, 0, 2, 3}[rng.IntN(4)]))
					b.WriteString(markers[rng.IntN(4)] + texts[rng.IntN(6)] + "\n")
					continue
				}
				b.WriteString(strings.Repeat(" ", []int{0, 0, 0, 1, 2, 3, 4, 5, 6}[rng.IntN(9)]))
				b.WriteString(markers[rng.IntN(len(markers))] + texts[rng.IntN(len(texts))] + "\n")
			}
		}
		raw := []byte(b.String())
		diff, ok := sameParas(raw)
		if diff != "" {
			t.Fatalf("%q:\n%s", raw, diff)
		}
		if ok {
			fast++
		}
	}
	t.Logf("%d of %d read without the tree", fast, n)
}
