package read

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDisplayTitle(t *testing.T) {
	long := "The Association of Southeast Asian Nations and the European Union are among the longest-standing partners in inter-regional cooperation. Dialogue began in 1977."
	tests := []struct{ name, file, body, want string }{
		{"headline first line", "x.txt", "Kazakh diplomat Amreyev to head Turkic Council secretariat\n\nASTANA, 4 September 2018 - Leaders met.\n", "Kazakh diplomat Amreyev to head Turkic Council secretariat"},
		{"front matter title wins", "x.md", "---\ntitle: The real title\n---\n\nSome text here. More.\n", "The real title"},
		{"short first sentence", "x.txt", "The two bodies met in Riga on 3 May. They agreed.\n", "The two bodies met in Riga on 3 May."},
		{"long first sentence cut at a word", "x.txt", long + "\n", "The Association of Southeast Asian Nations and the European Union are among the…"},
		{"abbreviation is no sentence end", "x.txt", "Dr. Kao met the U.N. envoy in Jakarta on Monday. Later he left.\n", "Dr. Kao met the U.N. envoy in Jakarta on Monday."},
		{"a line ending in a stop is no headline", "x.txt", "Talks ended.\n\nMore text.\n", "Talks ended."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Bytes(tc.file, []byte(tc.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := d.DisplayTitle()
			if got != tc.want {
				t.Errorf("DisplayTitle() = %q, want %q", got, tc.want)
			}
			if strings.Contains(got, "/") || strings.Contains(got, tc.file) {
				t.Errorf("title %q looks like a path", got)
			}
		})
	}
}

func TestURL(t *testing.T) {
	tests := []struct{ name, file, body, want string }{
		{"front matter source_url", "x.md", "---\ntitle: T\nsource_url: \"https://example.org/news/1\"\n---\n\nText here.\n", "https://example.org/news/1"},
		{"front matter url", "x.md", "---\nurl: https://example.org/a?b=1&c=2\n---\n\nText here.\n", "https://example.org/a?b=1&c=2"},
		{"not a web address", "x.md", "---\nsource_url: javascript:alert(1)\n---\n\nText here.\n", ""},
		{"html canonical before og:url", "x.html", `<html><head><meta property="og:url" content="https://example.org/og"><link rel="canonical" href="https://example.org/c?a=1&amp;b=2"></head><body><p>Some text of the page that is long enough to read.</p></body></html>`, "https://example.org/c?a=1&b=2"},
		{"html og:url", "x.html", `<html><head><meta property="og:url" content="https://example.org/og"></head><body><p>Some text of the page that is long enough to read.</p></body></html>`, "https://example.org/og"},
		{"plain text has none", "x.txt", "Text here.\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Bytes(tc.file, []byte(tc.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.URL != tc.want {
				t.Errorf("URL = %q, want %q", d.URL, tc.want)
			}
		})
	}
}

func TestPlainTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Turkic Council leaders meet in Baku", "Turkic Council leaders meet in Baku"},
		{"**Fact Sheet:** Ministers meet in Baku", "Fact Sheet: Ministers meet in Baku"},
		{"Publishing the first-ever Scorecard**", "Publishing the first-ever Scorecard"},
		{"HHS issued [guidance](https://www.hhs.gov/a/b.html) to pharmacies", "HHS issued guidance to pharmacies"},
		{"<u>Jennifer L</u>", "Jennifer L"},
		{"__Bold__ and snake_case stay", "Bold and snake_case stay"},
		{"a [bracket] and 3 < 4 > 2", "a [bracket] and 3 < 4 > 2"},
		{"Côte d’Ivoire *joins*", "Côte d’Ivoire joins"},
		{"**", ""},
	}
	for _, tt := range tests {
		var got []byte
		for _, k := range plainTitle([]byte(tt.in)) {
			got = append(got, tt.in[k])
		}
		if string(got) != tt.want {
			t.Errorf("plainTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzPlainTitle: the bytes kept are in order, inside the title, and
// make valid UTF-8 of valid UTF-8.
func FuzzPlainTitle(f *testing.F) {
	for _, s := range []string{"**a** [b](c) <u>d</u>", "[[[[](((", "<<<<>", "é*è"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		var got []byte
		for _, k := range plainTitle([]byte(s)) {
			if k <= last || k >= len(s) {
				t.Fatalf("offset %d after %d in %q", k, last, s)
			}
			last = k
			got = append(got, s[k])
		}
		if utf8.ValidString(s) && !utf8.Valid(got) {
			t.Fatalf("%q -> invalid %q", s, got)
		}
	})
}
