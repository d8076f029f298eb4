package ner

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var updateClasses = flag.Bool("update-classes", false, "write clusters.bin from clusters.tsv")

// TestWordClassesFile checks that clusters.bin is what clusters.tsv
// makes; with -update-classes (go generate) it writes the file.
func TestWordClassesFile(t *testing.T) {
	b := encodeClasses(clustersTSV)
	if *updateClasses {
		if err := os.WriteFile("clusters.bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(b) != clustersBin {
		t.Fatal("clusters.bin is not what clusters.tsv makes: run go generate ./internal/ner")
	}
}

// TestReadClasses reads the compiled form of the embedded file and of
// made-up ones (a word listed twice, a line without classes, comments,
// odd numbers, words past the inline limit, an empty word) into the same
// table as readVocab reads from their text.
func TestReadClasses(t *testing.T) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	long := strings.Repeat("x", vocabInline)
	tests := []struct{ name, text string }{
		{"embedded", clustersTSV},
		{"twice", "# c\nthe\t1\t2\t3\na\t7\t8\t9\nthe\t4\t5\t6"},
		{"twice, classes first", "the\t1\t2\t3\nthe\t4\nx\t1\t1\t1\n"},
		{"no classes", "the\t1\ncat\t2\t3\t4\n"},
		{"odd numbers", "the\t1\t2\t3\r\na\t+7\t-8\t9x\nb\t\t\t\nc\t70000\t99999999999\t12345678901234567890\n"},
		{"long words", long + "\t1\t2\t3\n" + long + "y\t4\t5\t6\n\t7\t8\t9\n" + strings.Repeat("é", 70) + "\t1\n"},
		{"none", "# nothing\n"},
	}
	for _, tt := range tests {
		readVocab(tt.text)
		want := vocabEntries()
		vocab = nil
		if !readClasses(string(encodeClasses(tt.text)), classesSum(tt.text)) {
			t.Errorf("%s: not read", tt.name)
			continue
		}
		got := vocabEntries()
		if len(got) != len(want) || vocab.len() != len(want) {
			t.Errorf("%s: %d words (len %d), want %d", tt.name, len(got), vocab.len(), len(want))
		}
		for w, x := range want {
			if g, ok := got[w]; !ok || g != x {
				t.Errorf("%s: %q = %+v (%v), want %+v", tt.name, w, g, ok, x)
			}
		}
	}
}

// TestReadClassesRefused checks that a compiled file made from another
// text, cut short, grown or of another format is refused and leaves the
// table as it was (loadClusters then reads the text).
func TestReadClassesRefused(t *testing.T) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	sum := classesSum(clustersTSV)
	for _, c := range []struct {
		name, file string
		sum        uint32
	}{
		{"another text", clustersBin, sum + 1},
		{"cut short", clustersBin[:len(clustersBin)-1], sum},
		{"cut in its header", clustersBin[:len(classesMagic)+2], sum},
		{"grown", clustersBin + "\x00", sum},
		{"another format", strings.Replace(clustersBin, "classes 1", "classes 0", 1), sum},
		{"empty", "", sum},
	} {
		if readClasses(c.file, c.sum) || vocab != saved {
			t.Errorf("%s: read", c.name)
			vocab = saved
		}
	}
	if !readClasses(clustersBin, sum) {
		t.Error("the embedded file: not read")
	}
}
