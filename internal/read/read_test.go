package read

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// checkMap verifies the invariants of d's map: one entry per text byte
// plus one, never decreasing, within Raw.
func checkMap(t testing.TB, d *Doc) {
	t.Helper()
	dmap := d.Map.Ints()
	if len(dmap) != len(d.Text)+1 {
		t.Fatalf("len(Map) = %d, want len(Text)+1 = %d", len(dmap), len(d.Text)+1)
	}
	for i, m := range dmap {
		if m < 0 || m > len(d.Raw) {
			t.Fatalf("Map[%d] = %d, outside Raw (len %d)", i, m, len(d.Raw))
		}
		if i > 0 && m < dmap[i-1] {
			t.Fatalf("Map decreases at %d: %d < %d", i, m, dmap[i-1])
		}
	}
	for i := range d.Text {
		s, e := d.Span(i, i+1)
		if s < 0 || e < s || e > len(d.Raw) {
			t.Fatalf("Span(%d, %d) = %d, %d, outside Raw", i, i+1, s, e)
		}
	}
	h, hm := d.Headline()
	m := hm.Ints()
	if len(m) != len(h)+1 {
		t.Fatalf("Headline: len(m) = %d, want %d", len(m), len(h)+1)
	}
	for i := 1; i < len(m); i++ {
		if m[i] < m[i-1] || m[i] > len(d.Raw) {
			t.Fatalf("Headline map bad at %d: %d after %d", i, m[i], m[i-1])
		}
	}
}

// cite returns the original text of the first occurrence of sub in the
// text.
func cite(t *testing.T, d *Doc, sub string) string {
	t.Helper()
	i := strings.Index(d.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in text %q", sub, d.Text)
	}
	s, e := d.Span(i, i+len(sub))
	return string(d.Raw[s:e])
}

func TestSpan(t *testing.T) {
	tests := []struct {
		name, path, raw string
		sub, orig       string // Raw[Span(sub)] must be orig
	}{
		{"text wrapped name", "a.txt", "Secretary General Jens\nStoltenberg spoke.\n", "Jens Stoltenberg", "Jens\nStoltenberg"},
		{"text CRLF wrap", "a.txt", "Jens\r\nStoltenberg spoke.\r\n\r\nNext.", "Jens Stoltenberg", "Jens\r\nStoltenberg"},
		{"text nbsp", "a.txt", "Amy\u00a0Pope spoke.", "Amy Pope", "Amy\u00a0Pope"},
		{"text BOM", "a.txt", "\ufeffBan Ki-moon spoke.", "Ban Ki-moon", "Ban Ki-moon"},
		{"text space run", "a.txt", "IN  ALGERIA today", "IN ALGERIA", "IN  ALGERIA"},
		{"md link text", "a.md", "The [Secretary-General](#) Ban Ki-moon spoke.", "Secretary-General", "Secretary-General"},
		{"md link and after", "a.md", "The [Secretary-General](#) Ban spoke.", "Secretary-General Ban", "Secretary-General](#) Ban"},
		{"md bold name", "a.md", "Then **Ban Ki-moon** spoke.", "Ban Ki-moon", "Ban Ki-moon"},
		{"md amp entity", "a.md", "Trade &amp; Development", "Trade & Development", "Trade &amp; Development"},
		{"md trailing entity", "a.md", "AT&amp;T and more", "AT&", "AT&amp;"},
		{"md escape", "a.md", "Joe\\_Biden and \\*stars\\*", "Joe_Biden", "Joe\\_Biden"},
		{"md wrapped name", "a.md", "Secretary General Jens\nStoltenberg spoke.\n", "Jens Stoltenberg", "Jens\nStoltenberg"},
		{"md heading", "a.md", "# OSCE MINISTERIAL MEETING\n\nText.", "OSCE MINISTERIAL", "OSCE MINISTERIAL"},
		{"md list item", "a.md", "Intro.\n\n- first **item** here\n- second\n", "first item", "first **item"},
		{"md code span", "a.md", "`Mr. CARDIN — 9 December 2009`\n\nText.", "Mr. CARDIN — 9 December 2009", "Mr. CARDIN — 9 December 2009"},
		{"md front matter body", "a.md", "---\ntitle: X\n---\nBody of Ban Ki-moon.\n", "Ban Ki-moon", "Ban Ki-moon"},
		{"md inline html", "a.md", "September 25<sup>th</sup> summit", "25th", "25<sup>th"},
		{"html amp entity", "a.html", "<html><body><p>Trade &amp; Development</p></body></html>", "Trade & Development", "Trade &amp; Development"},
		{"html bold name", "a.html", "<p>Then <b>Ban Ki-moon</b> spoke.</p>", "Ban Ki-moon", "Ban Ki-moon"},
		{"html wrapped name", "a.html", "<p>Secretary General Jens\n  Stoltenberg spoke.</p>", "Jens Stoltenberg", "Jens\n  Stoltenberg"},
		{"html numeric entity", "a.html", "<p>Stoltenberg&#8217;s term</p>", "Stoltenberg’", "Stoltenberg&#8217;"},
		{"html link", "a.html", "<p>The <a href=\"/x\">United Nations</a> met.</p>", "United Nations", "United Nations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Bytes(tt.path, []byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, d)
			if got := cite(t, d, tt.sub); got != tt.orig {
				t.Errorf("Raw[Span(%q)] = %q, want %q", tt.sub, got, tt.orig)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, path, raw, text string
	}{
		{"text paragraphs", "a.txt", "One\ntwo.\n\n\nThree.\n", "One two.\n\nThree."},
		{"text blank line with spaces", "a.txt", "One.\n  \t\nTwo.", "One.\n\nTwo."},
		{"md markup", "a.md", "## **Title**\n\nSome *emphasis*, `code` and ![img](x.png) [link](#).", "Title\n\nSome emphasis, code and link."},
		{"md front matter", "a.md", "---\ntitle: \"T\"\ndate: '2023-05-09'\n---\n \nBody.\n\n\\###\n", "Body."},
		{"md news tracker", "a.md", "Body text.\n\n### **News Tracker: past stories on this issue**\n\n[Story one](#)\n\n[Story two](#)", "Body text."},
		{"md link list footer", "a.md", "Body text.\n\n## Related\n\n- [One](/1)\n- [Two](/2)\n\n---\n", "Body text."},
		{"md hash heading", "a.md", "# HEADLINE\n## `aac6a264ffd99671dcf6b7ee109e7043`\n`Mr. CARDIN — 9 December 2009`\n\n---\n\nMr. CARDIN. Text.", "HEADLINE\n\nMr. CARDIN — 9 December 2009\n\nMr. CARDIN. Text."},
		{"md quotes kept", "a.md", "the OSCE's ''Chairman in Office.''", "the OSCE's ''Chairman in Office.''"},
		{"md blockquote", "a.md", "> Quoted\n> text.\n\nAfter.", "Quoted text.\n\nAfter."},
		{"md table", "a.md", "| A | B |\n|---|---|\n| x | y |\n", "A\n\nB\n\nx\n\ny"},
		{"md leading nav", "a.md", "[Home](/) | [News](/news)\n\n# Story\n\nText.", "Story\n\nText."},
		{"html paragraphs", "a.html", "<body><h1>Head</h1><p>One<br>two</p><script>var x;</script><p>Three &amp; four</p></body>", "Head\n\nOne\n\ntwo\n\nThree & four"},
		{"html malformed", "a.html", "<p>One <b>two<p>three</i> &copy four", "One two\n\nthree © four"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Bytes(tt.path, []byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, d)
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name, path, raw       string
		title, titleRaw, date string
	}{
		{"yaml escapes", "a.md", "---\ndate: '2023-05-09'\ntitle: \"Statement from President Joe\\_Biden on NATO\\u2019\\\n  s\\_Extension\"\n---\nBody.",
			"Statement from President Joe Biden on NATO’s Extension", "Statement from President Joe\\_Biden on NATO\\u2019\\\n  s\\_Extension", "2023-05-09"},
		{"yaml folded", "a.md", "---\ntitle: \"A long\n  title\"\npublished_time: 2023-05-09 14:12:45-04:00\n---\nBody.",
			"A long title", "A long\n  title", "2023-05-09"},
		{"yaml hex escape", "a.md", "---\ntitle: \"Ant\\xF3nio\"\n---\nBody.", "António", "Ant\\xF3nio", ""},
		{"yaml single quoted", "a.md", "---\ntitle: 'It''s here'\ndate: 2021-08-24\n---\nBody.", "It's here", "It''s here", "2021-08-24"},
		{"yaml plain", "a.md", "---\ntitle: Plain title # comment\n---\nBody.", "Plain title", "Plain title", ""},
		{"toml", "a.md", "+++\ntitle = \"Toml title\"\ndate = 2020-01-02T10:00:00Z\n+++\nBody.", "Toml title", "Toml title", "2020-01-02"},
		{"md heading", "a.md", "## **Ban hails work**\n\nText.", "Ban hails work", "Ban hails work", ""},
		{"md no heading", "a.md", "Just text.\n\n# Later", "", "", ""},
		{"text", "a.txt", "Just text.", "", "", ""},
		{"html og:title", "a.html", `<html><head><meta property="og:title" content="Ban &amp; the Alliance"><title>Other | Site</title>` +
			`<meta property="article:published_time" content="2012-09-28T10:00:00Z"></head><body><p>Text.</p></body></html>`,
			"Ban & the Alliance", "Ban &amp; the Alliance", "2012-09-28"},
		{"html title suffix", "a.html", "<title>Ban hails work of the Alliance | UN News</title><p>Text.</p>", "Ban hails work of the Alliance", "Ban hails work of the Alliance", ""},
		{"html title dash kept", "a.html", "<title>Ban hails work of the Alliance - critics say</title><p>Text.</p>", "Ban hails work of the Alliance - critics say", "Ban hails work of the Alliance - critics say", ""},
		{"html json-ld", "a.html", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-09-27"}</script><p>Text.</p>`, "", "", "2019-09-27"},
		{"html time", "a.html", `<article><time datetime="2018-11-19T09:00">19 Nov</time><p>Text.</p></article>`, "", "", "2018-11-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Bytes(tt.path, []byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, d)
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if d.Published != tt.date {
				t.Errorf("Published = %q, want %q", d.Published, tt.date)
			}
			if tt.title == "" {
				if d.TitleSpan != [2]int{-1, -1} {
					t.Errorf("TitleSpan = %v, want {-1, -1}", d.TitleSpan)
				}
				return
			}
			if got := string(d.Raw[d.TitleSpan[0]:d.TitleSpan[1]]); got != tt.titleRaw {
				t.Errorf("Raw[TitleSpan] = %q, want %q", got, tt.titleRaw)
			}
			// The headline starts with the title, and a title span cites
			// the original.
			h, _ := d.Headline()
			if !strings.HasPrefix(h, tt.title) {
				t.Errorf("Headline = %q, want it to start with %q", h, tt.title)
			}
			s, e := d.HeadlineSpan(0, len(tt.title))
			if got := string(d.Raw[s:e]); got != tt.titleRaw {
				t.Errorf("Raw[HeadlineSpan(title)] = %q, want %q", got, tt.titleRaw)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	raw := "---\ntitle: \"Statement from President Joe\\_Biden on Amy\\_Pope\"\n---\n \nAmy Pope is a leader.\n"
	d, err := Bytes("a.md", []byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	h, m := d.Headline()
	want := "Statement from President Joe Biden on Amy Pope\n\nAmy Pope is a leader."
	if h != want {
		t.Fatalf("Headline = %q, want %q", h, want)
	}
	i := strings.Index(h, "Joe Biden")
	if s, e := d.HeadlineSpan(i, i+len("Joe Biden")); string(d.Raw[s:e]) != `Joe\_Biden` {
		t.Errorf("HeadlineSpan(Joe Biden) cites %q", d.Raw[s:e])
	}
	j := strings.Index(h, "Amy Pope is")
	if s, e := d.HeadlineSpan(j, j+8); string(d.Raw[s:e]) != "Amy Pope" || m.At(j) != strings.Index(raw, "Amy Pope is") {
		t.Errorf("HeadlineSpan(body Amy Pope) cites %q", d.Raw[s:e])
	}
	// A title that is the first paragraph is not repeated.
	d, err = Bytes("a.md", []byte("# The Title\n\nBody."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := d.Headline(); h != d.Text {
		t.Errorf("Headline = %q, want the text %q", h, d.Text)
	}
}

func TestTextOffset(t *testing.T) {
	raw := "Then **Ban Ki-moon** spoke &amp; left."
	d, err := Bytes("a.md", []byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		raw  int
		want string // Text[TextOffset(raw):] starts with want
	}{
		{0, "Then"},
		{strings.Index(raw, "**"), "Ban"},
		{strings.Index(raw, "Ban"), "Ban"},
		{strings.Index(raw, "&amp;"), "& left"},
		{strings.Index(raw, "amp;"), " left"},
		{len(raw), ""},
	}
	for _, tt := range tests {
		if got := d.Text[d.TextOffset(tt.raw):]; !strings.HasPrefix(got, tt.want) || (tt.want == "" && got != "") {
			t.Errorf("Text[TextOffset(%d):] = %q, want prefix %q", tt.raw, got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 5 GB file: File must refuse it from its size alone.
	if err := f.Truncate(5 << 30); err != nil {
		t.Skip("cannot make a sparse file:", err)
	}
	f.Close()
	tests := []struct {
		name string
		path string
		opt  Options
		err  error  // sentinel, or nil for any error
		msg  string // the message must match this pattern
	}{
		{"empty", write("e.txt", nil), Options{}, ErrEmpty, `^empty file$`},
		{"whitespace", write("w.md", []byte(" \n\t\n")), Options{}, ErrEmpty, `^empty file$`},
		{"front matter only", write("f.md", []byte("---\ntitle: x\n---\n\n")), Options{}, ErrEmpty, `front matter`},
		{"binary", write("b.txt", []byte("abc\x00def")), Options{}, ErrBinary, `^binary file, not text$`},
		{"invalid utf8", write("u.txt", []byte("abc\xffdef")), Options{}, ErrInvalidUTF8, `^invalid UTF-8 at byte 3$`},
		{"too large", big, Options{}, ErrTooLarge, `^file is 5 GB, over the 10 MB limit$`},
		{"max size", write("m.txt", []byte(strings.Repeat("word ", 300))), Options{MaxSize: 1000}, ErrTooLarge, `^file is 1.5 KB, over the 1000 bytes limit$`},
		{"pdf", write("x.pdf", []byte("%PDF-1.4")), Options{}, ErrUnsupported, `PDF`},
		{"docx", write("x.docx", []byte("PK\x03\x04")), Options{}, ErrUnsupported, `Word`},
		{"png magic", write("x.bin", []byte("\x89PNG\r\n")), Options{}, ErrBinary, `binary`},
		{"directory", dir, Options{}, nil, `^is a directory, not a file$`},
		{"missing", filepath.Join(dir, "nope.txt"), Options{}, nil, `^no such file$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := File(tt.path, tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("error %q is not %q", err, tt.err)
			}
			if !regexp.MustCompile(tt.msg).MatchString(err.Error()) {
				t.Errorf("error %q does not match %q", err, tt.msg)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		path, data string
		want       Format
	}{
		{"a.txt", "<html><body>x", Text},
		{"a.MD", "plain", Markdown},
		{"a.htm", "plain", HTML},
		{"a.xhtml", "<p>x</p>", HTML},
		{"story", "<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{"story", "---\ntitle: x\n---\nBody", Markdown},
		{"story", "Intro with [a link](http://x).", Markdown},
		{"story", "Just a story.\nOn two lines.", Text},
	}
	for _, tt := range tests {
		d, err := Bytes(tt.path, []byte(tt.data), Options{})
		if err != nil {
			t.Errorf("%s %q: %v", tt.path, tt.data, err)
			continue
		}
		if d.Format != tt.want {
			t.Errorf("%s %q: format %s, want %s", tt.path, tt.data, d.Format, tt.want)
		}
	}
}

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2023-05-09", "2023-05-09"},
		{"2023-05-09T23:30:00-04:00", "2023-05-09"},
		{"2023-05-09 14:12:45-04:00", "2023-05-09"},
		{"20230509", "2023-05-09"},
		{"2023/5/9", "2023-05-09"},
		{"2023-05", "2023-05"},
		{"2023", "2023"},
		{"Tue, 09 May 2023 14:12:45 GMT", "2023-05-09"},
		{"May 9, 2023", "2023-05-09"},
		{"9 May 2023", "2023-05-09"},
		{"2023-02-30", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Ban hails work of the Alliance | UN News", "", "Ban hails work of the Alliance"},
		{"Ban hails work of the Alliance - BBC News", "", "Ban hails work of the Alliance"},
		{"Ban hails work of the Alliance - example.com", "", "Ban hails work of the Alliance"},
		{"UN News | Ban hails work of the Alliance", "UN News", "Ban hails work of the Alliance"},
		{"Ban hails work — Daily Planet Online", "Daily Planet Online", "Ban hails work"},
		{"NATO summit opens - leaders arrive", "", "NATO summit opens - leaders arrive"},
		{"Short | Site", "", "Short | Site"},
		{"No separator here", "", "No separator here"},
	}
	for _, tt := range tests {
		a, z := stripSite(tt.title, tt.site)
		if got := tt.title[a:z]; got != tt.want {
			t.Errorf("stripSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestEntityAt(t *testing.T) {
	tests := []struct {
		in        string
		semicolon bool
		want      string
		n         int
	}{
		{"&amp;x", true, "&", 5},
		{"&ampx", true, "", 0},
		{"&ampx", false, "&", 4},
		{"&#8217;s", true, "’", 7},
		{"&#x2019;", true, "’", 8},
		{"&notin;", false, "∉", 7},
		{"&notit;", false, "¬", 4},
		{"&notit;", true, "", 0},
		{"& x", false, "", 0},
		{"&bogus;", true, "", 0},
	}
	for _, tt := range tests {
		s, n := entityAt([]byte(tt.in), 0, len(tt.in), tt.semicolon)
		if s != tt.want || n != tt.n {
			t.Errorf("entityAt(%q, %v) = %q, %d, want %q, %d", tt.in, tt.semicolon, s, n, tt.want, tt.n)
		}
	}
}

func TestCharset(t *testing.T) {
	tests := []struct {
		name, raw, sub, orig string
	}{
		{"declared latin-1", "<meta charset=\"iso-8859-1\"><p>Ant\xf3nio Guterres &amp; Caf\xe9.</p>", "António Guterres & Café", "Ant\xf3nio Guterres &amp; Caf\xe9"},
		{"undeclared 1252", "<p>\x93Quoted\x94 text from Gen\xe8ve.</p>", "“Quoted” text", "\x93Quoted\x94 text"},
		{"utf-8 with a stray byte", "<p>António Guterres \xff met Café owners.</p>", "Café", "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Bytes("a.html", []byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if string(d.Raw) != tt.raw {
				t.Fatal("Raw is not the file as read")
			}
			checkMap(t, d)
			if got := cite(t, d, tt.sub); got != tt.orig {
				t.Errorf("Raw[Span(%q)] = %q, want %q", tt.sub, got, tt.orig)
			}
		})
	}
	// Plain text and Markdown must be UTF-8.
	if _, err := Bytes("a.md", []byte("Caf\xe9"), Options{}); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("Markdown in latin-1: err = %v, want ErrInvalidUTF8", err)
	}
}

func TestHTMLMainContent(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html><head><title>Alliance meets in Istanbul | World Wire</title>
<meta property="og:site_name" content="World Wire"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Celebrity news item</a></li><li><a href="/2">Another item</a></li></ul></div>
<article><h1>Alliance meets in Istanbul</h1>`)
	for i := range 6 {
		sb.WriteString("<p>The Alliance of Civilizations gathered more than 300 young people and experts from 40 countries, " +
			"aimed at raising awareness on the role that youth can play &amp; addressing extremism, paragraph " + string(rune('A'+i)) + ".</p>\n")
	}
	sb.WriteString(`</article><footer><p>Copyright World Wire. All rights reserved. Privacy policy. Cookie settings.</p></footer>
<div class="comments"><p>Comment: first!</p></div></body></html>`)
	d, err := Bytes("a.html", []byte(sb.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMap(t, d)
	if d.Title != "Alliance meets in Istanbul" {
		t.Errorf("Title = %q", d.Title)
	}
	for _, junk := range []string{"Home", "Most read", "Celebrity", "Copyright", "first!"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text contains %q: %q", junk, d.Text)
		}
	}
	if n := strings.Count(d.Text, "\n\n") + 1; n < 6 || !strings.Contains(d.Text, "paragraph F.") {
		t.Errorf("want the 6 article paragraphs, got %d: %q", n, d.Text)
	}
	if got := cite(t, d, "youth can play & addressing"); got != "youth can play &amp; addressing" {
		t.Errorf("cites %q", got)
	}
	if h, _ := d.Headline(); !strings.HasPrefix(h, "Alliance meets in Istanbul\n\nThe Alliance") {
		t.Errorf("Headline = %q", h[:min(len(h), 60)])
	}
}

// TestHTMLStandfirst checks that a lede printed above the article in a
// block of its own, and repeated as the page's description, is read
// before the article's text, citing its own bytes.
func TestHTMLStandfirst(t *testing.T) {
	lede := "On Friday, the Andean Parliament adopted measures to keep road and air links open."
	body := strings.Repeat("<p>The measures were adopted with 600 votes in favour and apply for six months to carriers of both sides of the border, as the text says in detail.</p>\n", 6)
	page := `<html><head><title>Andean Parliament adopts measures</title><meta property="og:description" content="` + lede + `"></head><body>` +
		`<nav><a href="/">Home</a></nav><div class="chapo"><p>` + lede + `</p></div><div class="share"><a href="#">Share</a></div>` +
		`<article><div class="text">` + body + `</div></article></body></html>`
	d, err := Bytes("x.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(strings.TrimPrefix(d.Text, d.Title+"\n\n"), lede) && !strings.Contains(d.Text, lede+"\n\nThe measures") {
		t.Fatalf("text does not open with the lede:\n%s", d.Text)
	}
	i := strings.Index(d.Text, lede)
	a, z := d.Span(i, i+len(lede))
	if string(d.Raw[a:z]) != lede {
		t.Errorf("lede cites %q", d.Raw[a:z])
	}
	if strings.Count(d.Text, lede) != 1 {
		t.Errorf("lede read %d times", strings.Count(d.Text, lede))
	}
}

// TestReadAll reads files whose size changed after it was looked at:
// readAll must read what the file holds when it is read, however the
// size it was given differs.
func TestReadAll(t *testing.T) {
	long := strings.Repeat("abcdefghij", 300)
	tests := []struct {
		name, content string
		size, limit   int64
		tooLarge      bool
	}{
		{"as looked at", "abcdef", 6, 100, false},
		{"empty", "", 0, 100, false},
		{"grew", "abcdef", 3, 100, false},
		{"grew past the buffer", long, 10, 1 << 20, false},
		{"grew past the limit", "abcdef", 3, 4, true},
		{"grew to the limit", "abcd", 3, 4, false},
		{"shrank", "ab", 5, 100, false},
		{"no size (a /proc file)", long, 0, 1 << 20, false},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, fmt.Sprintf("f%d.txt", i))
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readAll(p, tt.size, tt.limit)
			if tt.tooLarge {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("err = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil || string(got) != tt.content {
				t.Fatalf("got %d bytes, %v; want %d bytes", len(got), err, len(tt.content))
			}
		})
	}
	if _, err := readAll(filepath.Join(dir, "none.txt"), 0, 100); err == nil || err.Error() != "no such file" {
		t.Errorf("missing file: %v", err)
	}
}
