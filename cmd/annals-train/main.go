// Command annals-train rebuilds the trained data annals embeds: word
// classes learned from unlabelled news (clusters) and the weights of the
// name tagger (ner). Both are deterministic for their inputs and seed;
// see docs/ner.md.
//
//	go run ./cmd/annals-train clusters --corpus ../shared/corpus/wh-briefings.txt.gz --out internal/ner/clusters.tsv
//	go generate ./internal/ner # clusters.bin, the form of clusters.tsv read at start
//	go run ./cmd/annals-train ner --data ../shared/train/ner --out internal/ner/model.bin
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: annals-train clusters|ner [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "clusters":
		err = clusters(os.Args[2:])
	case "ner":
		err = trainNER(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q (want clusters or ner)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annals-train:", err)
		os.Exit(1)
	}
}
