// Command annals-gen writes realistic stories for load tests (package
// storygen): paragraphs of a real news corpus recombined into Markdown
// stories with the repetition real news has.
//
//	annals-gen -corpus ../shared/corpus/wh-briefings.txt.gz -n 10000 -out /tmp/stories
//
// Files are written in folders of 1,000 (out/0000/story-0000000.md ...).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"annals/internal/storygen"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/wh-briefings.txt.gz", "corpus `FILE` (plain text or .gz, paragraphs between blank lines)")
	n := flag.Int("n", 1000, "number of stories")
	from := flag.Int("from", 0, "index of the first story")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "stories", "output `DIR`")
	flag.Parse()
	c, err := storygen.Load(*corpus)
	if err != nil {
		fmt.Fprintln(os.Stderr, "annals-gen:", err)
		os.Exit(1)
	}
	g := storygen.New(c, *seed)
	for i := *from; i < *from+*n; i++ {
		s := g.Story(i)
		dir := filepath.Join(*out, fmt.Sprintf("%04d", i/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "annals-gen:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, s.Name), s.Raw, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "annals-gen:", err)
			os.Exit(1)
		}
	}
}
