package ner

import (
	"bufio"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var updateFrequent = flag.Bool("update-frequent", false, "write frequent.bin from the forms of ../shared/corpus")

// frequentCount is how many forms frequent.bin holds.
const frequentCount = 30000

// TestFrequentFormsFile checks that frequent.bin is what the embedded
// model, the word lists and the features make of its forms, byte for
// byte; with -update-frequent (go generate) it writes the file, of the
// frequentCount forms the tagger reads most often in the unlabelled news
// of ../shared/corpus.
func TestFrequentFormsFile(t *testing.T) {
	ref, err := parse(modelBin) // a model without the table
	if err != nil {
		t.Fatal(err)
	}
	if *updateFrequent {
		forms := corpusForms(t, "../../../shared/corpus", frequentCount)
		if err := os.WriteFile("frequent.bin", encodeFrequent(ref, modelBin, forms), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	ft := readFrequent(frequentBin, modelBin)
	if ft == nil {
		t.Fatal("frequent.bin is not of the embedded model: run go generate ./internal/ner")
	}
	forms := frequentFormsOf(t, ft)
	if len(forms) < frequentCount/2 {
		t.Fatalf("frequent.bin holds %d forms", len(forms))
	}
	if string(encodeFrequent(ref, modelBin, forms)) != frequentBin {
		t.Fatal("frequent.bin is not what the model and the word lists make of its forms: run go generate ./internal/ner")
	}
}

// frequentFormsOf returns the forms of the table's entries, in their
// order.
func frequentFormsOf(t *testing.T, ft *frequentForms) []string {
	var forms []string
	e := ft.entries
	for len(e) > 0 {
		n := int(e[0])
		w := e[1 : 1+n]
		forms = append(forms, w)
		x := e[1+n]
		e = e[2+n:]
		if x&lexInVocab != 0 {
			e = e[6:]
		}
		wide := e[0]
		e = e[1:]
		for p := range 5 {
			if wide&(1<<p) != 0 {
				e = e[4*nLabels:]
			} else {
				e = e[2*nLabels:]
			}
		}
	}
	return forms
}

// corpusForms returns the n forms the tagger reads most often in the
// paragraphs (between blank lines) of the files of dir, plain or
// gzipped: tokenized as the tagger reads them, cut into sentences at
// periods, the far words (which tagging does not look up) left out;
// the most frequent first, ties in byte order.
func corpusForms(t *testing.T, dir string, n int) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) == 0 {
		t.Skip("no corpus in " + dir)
	}
	count := map[string]int{}
	var words []string
	var far []bool
	sentence := func() {
		far = farWords(far, words)
		for i, w := range words {
			if !far[i] {
				count[w]++
			}
		}
		words = words[:0]
	}
	paragraph := func(p string) {
		for _, tk := range Tokenize(p) {
			words = append(words, tk.Word)
			if tk.Word == "." {
				sentence()
			}
		}
		sentence()
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		var r io.Reader = f
		if strings.HasSuffix(name, ".gz") {
			if r, err = gzip.NewReader(f); err != nil {
				t.Fatal(err)
			}
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var p strings.Builder
		for sc.Scan() {
			if l := sc.Text(); strings.TrimSpace(l) != "" {
				p.WriteString(l)
				p.WriteByte('\n')
				continue
			}
			paragraph(p.String())
			p.Reset()
		}
		paragraph(p.String())
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	var forms []string
	for w := range count {
		if len(w) >= 1 && len(w) <= 255 {
			forms = append(forms, w)
		}
	}
	slices.SortFunc(forms, func(a, b string) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return forms[:min(n, len(forms))]
}

// TestFrequentForms checks that the first sight of a form reads its
// weights from frequent.bin when it has them for what the word lists
// say of the form now, and that they are those the model's table gives.
func TestFrequentForms(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.frequent == nil {
		t.Fatal("the embedded model has no table of frequent forms")
	}
	ref, err := parse(modelBin)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, form string
		in         bool // frequent.bin has the form
		alter      func(f *wordForm)
		read       bool // its weights are read from the table
	}{
		{"a frequent name", "President", true, nil, true},
		{"a frequent word", "the", true, nil, true},
		{"in capitals", "U.S.", true, nil, true},
		{"a given name", "Joe", true, nil, true},
		{"a title word", "Secretary", true, nil, true},
		{"never in the news", "Zqxjvwk", false, nil, false},
		{"a frequent form's other case", "pRESIDENT", false, nil, false},
		{"the classes changed", "President", true, func(f *wordForm) { f.cl[2]++ }, false},
		{"out of the classes now", "President", true, func(f *wordForm) { f.inVocab, f.cl = false, [3]uint16{} }, false},
		{"no longer a title word", "Secretary", true, func(f *wordForm) { f.title = false }, false},
		{"no longer a given name", "Joe", true, func(f *wordForm) { f.given = false }, false},
		{"a given name now", "the", true, func(f *wordForm) { f.given = true }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if in := m.frequent.entry(c.form) != ""; in != c.in {
				t.Fatalf("in frequent.bin: %v, want %v", in, c.in)
			}
			f := readWord(c.form, m.feats)
			if c.alter != nil {
				c.alter(&f)
			}
			var v [5][nLabels]int32
			v[1][3] = 7 // left as it was when not read
			read := m.frequent.read(&f, &v)
			if read != c.read {
				t.Fatalf("read from the table: %v, want %v", read, c.read)
			}
			var want [5][nLabels]int32
			if read {
				ref.sumRows(&f, &want)
			} else {
				want[1][3] = 7
			}
			if v != want {
				t.Fatalf("weights %v, want %v", v, want)
			}
			if c.alter == nil {
				if got, wt := m.firstSight(c.form), ref.firstSight(c.form); got != wt {
					t.Fatalf("first sight %+v, want %+v", got, wt)
				}
			}
		})
	}
}

// TestFrequentFormsRefused checks that a file of another model, cut
// short or of another format is refused, and that damaged entries are
// not read (nor make the reading fail).
func TestFrequentFormsRefused(t *testing.T) {
	ref, err := parse(modelBin)
	if err != nil {
		t.Fatal(err)
	}
	other := slices.Clone(modelBin)
	other[len(other)-1]++
	good := string(encodeFrequent(ref, modelBin, []string{"President", "the", "Joe"}))
	head := len(frequentMagic) + 8
	for _, c := range []struct {
		name, file string
		model      []byte
	}{
		{"another model", good, other},
		{"another format", "annals frequent forms 0\n" + good[len(frequentMagic):], modelBin},
		{"cut in its header", good[:head-1], modelBin},
		{"cut in its slots", good[:head+4*3], modelBin},
		{"slots not a power of 2", good[:len(frequentMagic)+4] + "\x03\x00\x00\x00" + good[head:], modelBin},
		{"empty", "", modelBin},
	} {
		if readFrequent(c.file, c.model) != nil {
			t.Errorf("%s: read", c.name)
		}
	}
	if readFrequent(good, modelBin) == nil {
		t.Fatal("a good file refused")
	}
	for _, cut := range []int{1, 3, 10, 40, 80} {
		ft := readFrequent(good[:len(good)-cut], modelBin)
		f := readWord("Joe", ref.feats) // the last entry
		var v [5][nLabels]int32
		if ft.read(&f, &v) || v != [5][nLabels]int32{} {
			t.Errorf("the last entry cut by %d bytes read", cut)
		}
	}
	// every slot full: a form not in it is looked for once round
	full := []byte(good[:head])
	n := int(le32(good[len(frequentMagic)+4:]))
	for range n {
		full = append(full, 1, 0, 0, 0)
	}
	full = append(full, good[head+4*n:]...)
	if e := readFrequent(string(full), modelBin).entry("absent"); e != "" {
		t.Errorf("a full table found %q", e)
	}
}
