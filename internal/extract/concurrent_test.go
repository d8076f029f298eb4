package extract

import (
	"encoding/json"
	"sync"
	"testing"

	"annals/internal/read"
)

// TestConcurrentExtract runs 4 goroutines over the same stories (one
// Extractor, the shared pools of token arrays and tagger states) and
// checks each gets the output of a serial run; run it with -race after
// touching the pools.
func TestConcurrentExtract(t *testing.T) {
	docs := []*read.Doc{}
	for _, s := range []string{"Ban Ki-moon met Angela Merkel in Berlin on 3 May 2012. The United Nations signed an agreement worth $5 million.", "Paul Anders of Norvik Metals Co said the Westbridge Institute would open in Kessra next year.", "The World Health Organization (WHO) announced a campaign in Geneva."} {
		d, err := read.Bytes("s.txt", []byte(s), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	x := New(nil)
	want := make([]string, len(docs))
	for i, d := range docs {
		doc, _ := x.Extract(d, Options{})
		if len(doc.Entities) < 2 {
			t.Fatalf("story %d: %d entities, want at least 2", i, len(doc.Entities))
		}
		want[i] = sprint(doc)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 30; k++ {
				for i, d := range docs {
					doc, _ := x.Extract(d, Options{})
					if got := sprint(doc); got != want[i] {
						t.Errorf("story %d differs", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func sprint(d any) string {
	b, _ := json.Marshal(d)
	return string(b)
}
