package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"annals/internal/read"
)

// FuzzExtract checks that no text makes extraction panic or cite bytes
// outside the file.
func FuzzExtract(f *testing.F) {
	f.Add("x.txt", "Secretary-General Ban Ki-moon met the OSCE in Istanbul on 20-21 October 2016.")
	f.Add("x.md", "# Title\n\n28 September 2012 – Mr. Ban said in remarks (UNAOC) that 300 people came.")
	f.Add("x.html", "<title>T</title><p>The Council of Europe (CoE) signed an MoU with ASEAN on 5 May.</p>")
	f.Add("x.txt", "Mr. . ( ) “ ” '' Dr. A. B. C (D) the Alliance, former President of")
	f.Add("x.txt", "met 2000")               // a year ending the story after a trigger
	f.Add("x.txt", "A \"B\" C. “D” E “F” G") // nicknames at the story's start and end
	hostile, _ := filepath.Glob("testdata/hostile/*")
	for _, p := range hostile {
		if b, err := os.ReadFile(p); err == nil && len(b) < 4096 {
			f.Add("x"+filepath.Ext(p), string(b))
		}
	}
	f.Fuzz(func(t *testing.T, name, body string) {
		if name != "x.txt" && name != "x.md" && name != "x.html" {
			name = "x.txt"
		}
		d, err := read.Bytes(name, []byte(body), read.Options{})
		if err != nil {
			return
		}
		out, err := New(nil).Extract(d, Options{})
		if err != nil {
			t.Fatalf("%q: %v", body, err)
		}
		check := func(sp int, ep int) {
			if sp < 0 || ep > len(d.Raw) || sp > ep {
				t.Fatalf("span %d:%d outside %d bytes", sp, ep, len(d.Raw))
			}
		}
		for _, e := range out.Entities {
			for _, m := range e.Mentions {
				check(m.Start, m.End)
			}
		}
		for _, e := range out.Events {
			check(e.Evidence.Start, e.Evidence.End)
		}
		if _, err := json.Marshal(out); err != nil {
			t.Fatal(err)
		}
	})
}
