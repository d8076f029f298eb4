package text

import (
	"strings"
	"testing"
)

func TestURLs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Read the plan (https://example.gov/uploads/2023/04/The-White-House-Plan.pdf) today.", []string{"https://example.gov/uploads/2023/04/The-White-House-Plan.pdf"}},
		{"See www.Example-Ukraine.org/Kyiv-Office.", []string{"www.Example-Ukraine.org/Kyiv-Office"}},
		{"Visit https://www.un.org, or http://a.b/c?d=1&e=2; then mailto://x.", []string{"https://www.un.org", "http://a.b/c?d=1&e=2", "mailto://x"}},
		{"at “https://x.org/a”, and <https://y.org/b>", []string{"https://x.org/a", "https://y.org/b"}},
		{"no address: ://x, awww.x, 3.5 percent", nil},
		{"ends the text http://x.org/a", []string{"http://x.org/a"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range URLs(tt.in) {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("URLs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzURLs: the spans are in order, apart, inside the text, hold no
// space, and each holds "://" or begins "www.".
func FuzzURLs(f *testing.F) {
	for _, s := range []string{"see https://x.org/a.", "www.a.b www.c", "::// ://:// http://", "a(https://b)c", "\xffhttps://\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range URLs(s) {
			a, b := sp[0], sp[1]
			if a < last || b <= a || b > len(s) {
				t.Fatalf("span %v after %d in %q", sp, last, s)
			}
			u := s[a:b]
			if strings.ContainsAny(u, " \n\t") || !strings.Contains(u, "://") && !strings.HasPrefix(u, "www.") {
				t.Fatalf("span %q of %q", u, s)
			}
			last = b
		}
	})
}
