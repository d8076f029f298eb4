package read

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// sharedFiles returns the story files of the shared development data, or
// skips the test when they are absent.
func sharedFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"../../../shared/seeds/*", "../../../shared/dev/stories/*"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but there are no shared stories in ../shared beside the repository")
		}
		t.Skip("no shared stories")
	}
	return files
}

// TestShared reads every shared story and checks what any story of its
// kind must satisfy, without knowing the stories.
func TestShared(t *testing.T) {
	hexLine := regexp.MustCompile(`(?m)^## ` + "`" + `[0-9a-f]{32}` + "`")
	for _, path := range sharedFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := File(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, d)
			// Every text character cites its own source (or an escape).
			for i := 0; i < len(d.Text); {
				r, n := utf8.DecodeRuneInString(d.Text[i:])
				if r != ' ' && r != '\n' {
					s, e := d.Span(i, i+n)
					src := string(d.Raw[s:e])
					if src != string(r) && !strings.HasPrefix(src, "&") && !strings.HasPrefix(src, `\`) {
						t.Fatalf("Text[%d] = %q cites %q", i, r, src)
					}
				}
				i += n
			}
			// Front matter is metadata, not text.
			if _, fields, ok := frontMatter(raw, 0); ok {
				if strings.Contains(d.Text, "source_url") || strings.Contains(d.Text, "published_time") {
					t.Error("front matter in text")
				}
				if d.Published == "" {
					t.Error("front matter date not read")
				}
				title := fieldValue(fields, "title")
				if title == nil || d.Title == "" {
					t.Fatal("front matter title not read")
				}
				h, _ := d.Headline()
				if !strings.HasPrefix(h, d.Title+"\n\n") {
					t.Errorf("headline does not open with the title: %q", h[:min(len(h), 80)])
				}
				// A name the raw title writes with a YAML escaped space
				// reads with an ordinary space.
				for _, m := range regexp.MustCompile(`([A-Z][a-z]+)\\_([A-Z][a-z]+)`).FindAllStringSubmatch(string(raw), -1) {
					if name := m[1] + " " + m[2]; !strings.Contains(h, name) {
						t.Errorf("headline lacks %q", name)
					}
				}
			}
			// Navigation and markers are dropped.
			for _, junk := range []string{"News Tracker", "###", "](#)", "**", "`"} {
				if strings.Contains(d.Text, junk) {
					t.Errorf("text contains %q", junk)
				}
			}
			// A hash heading is an identifier; the backticked speaker line
			// after it stays, without backticks.
			if hexLine.Match(raw) {
				if regexp.MustCompile(`[0-9a-f]{32}`).MatchString(d.Text) {
					t.Error("hash identifier in text")
				}
				paras := strings.Split(d.Text, "\n\n")
				if len(paras) < 3 || paras[0] != d.Title || !regexp.MustCompile(`^M[rs]s?\. .* — \d{1,2} [A-Z][a-z]+ \d{4}$`).MatchString(paras[1]) {
					t.Errorf("want headline, speaker line, text; got %q", paras[:min(len(paras), 2)])
				}
			}
			// Hard-wrapped lines are joined: no paragraph is a single
			// short line of a longer raw paragraph.
			if bytes.Count(raw, []byte("\n")) > 10 && !strings.Contains(d.Text, " ") {
				t.Error("text has no spaces")
			}
		})
	}
}

// FuzzText, FuzzMarkdown and FuzzHTML check that no input panics and that
// the map keeps its invariants.
func FuzzText(f *testing.F) {
	addHostile(f, ".txt")
	for _, s := range []string{"One\ntwo\n\nthree", "a\r\n\r\nb", "\ufeff x\u00a0y", " \n \n", strings.Repeat("Wrapped line of some forty characters in\n\nthe middle of a sentence that goes on and\n\n", 4)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, "f.txt", data) })
}

func FuzzMarkdown(f *testing.F) {
	addHostile(f, ".md")
	for _, s := range []string{
		"---\ntitle: \"a\\_b\\u2019\\\n  c\"\ndate: '2023-05-09'\n---\nBody **bold** [l](#) &amp; \\*",
		"# H\n## `abcdef0123`\n`Mr. X — 1 May 2009`\n\n---\n\ntext\n\n### **News**\n\n[a](#)",
		"> q\n\n- a\n- b\n\n| a | b |\n|---|---|\n| c | d |\n\n    code\n\n<div>html &amp;</div>",
		"---\ntitle: \"unterminated\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, "f.md", data) })
}

func FuzzHTML(f *testing.F) {
	addHostile(f, ".html")
	for _, s := range []string{
		`<html><head><title>T | S</title><meta property="og:title" content="a &amp; b"></head><body><p>x &amp; y<br>z</p></body></html>`,
		"<p>One <b>two<p>three</i> &copy four <table>x<tr><td>y</table>",
		"<script>a<b</script><pre>\nx\ny</pre>&#0;&#x110000;&",
		`<meta property="og:title" content='unterminated>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, "f.html", data) })
}

func fuzzOne(t *testing.T, path string, data []byte) {
	d, err := Bytes(path, data, Options{})
	if err != nil {
		return
	}
	checkMap(t, d)
	if d.Title != "" {
		if d.TitleSpan[0] < 0 || d.TitleSpan[1] > len(d.Raw) || d.TitleSpan[0] > d.TitleSpan[1] {
			t.Fatalf("TitleSpan %v outside Raw", d.TitleSpan)
		}
	}
	for i := 0; i <= len(d.Raw); i += 1 + len(d.Raw)/16 {
		if o := d.TextOffset(i); o < 0 || o > len(d.Text) {
			t.Fatalf("TextOffset(%d) = %d", i, o)
		}
	}
}

// benchRead reads data as path b.N times and reports MB/s, and MB per
// CPU-second of the process (as BenchmarkMarkdownGenerated), which stays
// meaningful on a shared machine.
func benchRead(b *testing.B, path string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	c0, n := cpuTime(), 0
	for b.Loop() {
		if _, err := Bytes(path, data, Options{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(len(data))*float64(n)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

const benchPara = "Secretary-General Ban Ki-moon today lauded the United Nations-backed\n" +
	"initiative that seeks to promote better cross-cultural relations worldwide,\n" +
	"noting in particular its recent efforts &amp; the release of a video.\n"

func BenchmarkText(b *testing.B) {
	benchRead(b, "b.txt", []byte(strings.Repeat(benchPara+"\n", 500)))
}

func BenchmarkMarkdown(b *testing.B) {
	p := "---\ntitle: \"Bench\\_mark\"\ndate: '2023-05-09'\n---\n\n# Head\n\n" +
		strings.Repeat("The **[Secretary-General](#)** "+benchPara+"\n", 500)
	benchRead(b, "b.md", []byte(p))
}

func BenchmarkHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Bench | Site</title></head><body><nav><a href="/">Home</a></nav><article>`)
	for range 500 {
		sb.WriteString("<p>The <a href=\"/x\">Secretary-General</a> " + benchPara + "</p>\n")
	}
	sb.WriteString("</article><footer>Footer</footer></body></html>")
	benchRead(b, "b.html", []byte(sb.String()))
}
