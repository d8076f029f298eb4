package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"annals/internal/gazetteer"
	"annals/internal/ner"
)

// trainNER trains the name tagger on CoNLL-2003 eng.train (plus, on
// request, wikigold and re3d), reports its scores on eng.testa after each
// pass and writes the model.
func trainNER(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ExitOnError)
	data := fs.String("data", "../shared/train/ner", "folder of the training data (conll2003/, wikigold/, re3d/)")
	out := fs.String("out", "internal/ner/model.bin", "model file to write")
	bits := fs.Uint("bits", 17, "log2 of the number of feature buckets")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	seed := fs.Int64("seed", 1, "seed of the document order")
	feats := fs.String("features", "all", "feature groups: local, or local plus any of gaz,clusters,doc (comma-separated), or all")
	extra := fs.String("extra", "", "more training data: wikigold, re3d (comma-separated)")
	prune := fs.Float64("prune", 0.05, "drop averaged weights smaller than this")
	fs.Parse(args)
	f := 0
	for _, g := range strings.Split(*feats, ",") {
		switch strings.TrimSpace(g) {
		case "all":
			f |= ner.UseAll
		case "local", "":
		case "gaz":
			f |= ner.UseGazetteer
		case "clusters":
			f |= ner.UseClusters
		case "doc":
			f |= ner.UseDocument
		default:
			return fmt.Errorf("unknown feature group %q", g)
		}
	}
	ident := func(t string) string { return t }
	train, err := readFile(filepath.Join(*data, "conll2003/eng.train"), ident)
	if err != nil {
		return err
	}
	dev, err := readFile(filepath.Join(*data, "conll2003/eng.testa"), ident)
	if err != nil {
		return err
	}
	for _, x := range strings.Split(*extra, ",") {
		switch strings.TrimSpace(x) {
		case "":
		case "wikigold":
			d, err := readFile(filepath.Join(*data, "wikigold/wikigold.conll.txt"), ident)
			if err != nil {
				return err
			}
			train = append(train, d...)
		case "re3d":
			files, _ := filepath.Glob(filepath.Join(*data, "re3d/*/*.conll"))
			sort.Strings(files)
			for _, p := range files {
				d, err := readFile(p, re3dType)
				if err != nil {
					return err
				}
				train = append(train, re3dConventions(d)...)
			}
		default:
			return fmt.Errorf("unknown extra data %q", x)
		}
	}
	ntok := 0
	for _, d := range train {
		for _, s := range d.Sents {
			ntok += len(s.Words)
		}
	}
	fmt.Fprintf(os.Stderr, "training on %d documents, %d tokens; features %s\n", len(train), ntok, *feats)
	t0 := time.Now()
	m := ner.Train(train, ner.TrainOptions{
		Bits: *bits, Epochs: *epochs, Seed: *seed, Features: f, Gaz: gazetteer.Default(), Prune: *prune, Dev: dev,
		Progress: func(ep int, sc ner.Scores) {
			fmt.Fprintf(os.Stderr, "epoch %d (%s): testa %s\n", ep, time.Since(t0).Round(time.Second), sc)
		},
	})
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Write(w); err != nil {
		return err
	}
	return w.Close()
}

func readFile(path string, mapTag func(string) string) ([]ner.LabeledDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := ner.ReadCoNLL(f, mapTag)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return d, nil
}

// re3dType maps re3d's entity types onto CoNLL's.
func re3dType(t string) string {
	switch t {
	case "Person":
		return "PER"
	case "Organisation":
		return "ORG"
	case "Location":
		return "LOC"
	case "Nationality":
		return "MISC"
	}
	return ""
}

// re3dConventions trims what re3d puts inside a name and CoNLL leaves out:
// a leading article and leading lower-case words or titles ("the Security
// Council", "Iraqi President Fuad Masum" keeps "Fuad Masum").
func re3dConventions(docs []ner.LabeledDoc) []ner.LabeledDoc {
	for _, d := range docs {
		for si, sp := range d.Gold {
			words := d.Sents[si].Words
			var keep []ner.Span
			for _, s := range sp {
				for s.Start < s.End-1 && trimmable(words[s.Start], s.Type, words[s.Start+1]) {
					s.Start++
				}
				keep = append(keep, s)
			}
			d.Gold[si] = keep
		}
	}
	return docs
}

func trimmable(w, typ, next string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return true
	}
	lw := strings.ToLower(w)
	if lw == "the" {
		return true
	}
	if typ == "PER" {
		// a title or nationality before a capitalized name
		r2, _ := utf8.DecodeRuneInString(next)
		return unicode.IsUpper(r2) && (titleWord(lw) || strings.HasSuffix(lw, "i") || strings.HasSuffix(lw, "an"))
	}
	return false
}

var titleSet map[string]bool

func titleWord(lw string) bool {
	if titleSet == nil {
		titleSet = map[string]bool{}
		for _, t := range gazetteer.Titles {
			for _, w := range strings.Fields(strings.ToLower(t)) {
				titleSet[w] = true
			}
		}
	}
	return titleSet[lw]
}
