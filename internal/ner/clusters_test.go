package ner

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// clusterOfRef is clusterOf as first written (allocating): the fast
// path must agree with it.
func clusterOfRef(w string) ([3]uint16, bool) {
	clusterOnce.Do(loadClusters)
	if c, ok := classes(w); ok {
		return c, true
	}
	lw := strings.ToLower(w)
	if c, ok := classes(lw); ok && lw != w {
		return c, true
	}
	r, size := utf8.DecodeRuneInString(lw)
	if size > 0 {
		t := string(unicode.ToUpper(r)) + lw[size:]
		if c, ok := classes(t); ok && t != w {
			return c, true
		}
	}
	return [3]uint16{}, false
}

func TestClusterOfFast(t *testing.T) {
	words := []string{"", "a", "A", "the", "The", "THE", "government", "GOVERNMENT", "Government",
		"washington", "WASHINGTON", "Washington", "wASHINGTON", "Obama", "OBAMA", "obama", "1996", "U.S.",
		"u.s.", "Ki-moon", "KI-MOON", "Türkiye", "TÜRKIYE", "said", "Said", "SAID", "xqzzy", "Xqzzy",
		strings.Repeat("a", 70), strings.Repeat("A", 64), "'s", "'S", "O'Brien", "o'brien", "McDonald", "MCDONALD"}
	for _, w := range words {
		gc, gok := clusterOf(w)
		wc, wok := clusterOfRef(w)
		if gc != wc || gok != wok {
			t.Errorf("clusterOf(%q) = %v %v, want %v %v", w, gc, gok, wc, wok)
		}
	}
}

// TestReadVocab reads small word classes files: a word listed twice keeps
// its first rank and its last classes, a line without three classes
// gives a rank and no classes, and comments count no rank.
func TestReadVocab(t *testing.T) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	type want struct {
		rank  int32
		cl    [3]uint16
		hasCl bool
	}
	tests := []struct {
		name, text string
		words      map[string]want
	}{
		{"once each", "# comment\nthe\t1\t2\t3\nThe\t4\t5\t6\n", map[string]want{
			"the": {0, [3]uint16{1, 2, 3}, true}, "The": {1, [3]uint16{4, 5, 6}, true}}},
		{"twice", "the\t1\t2\t3\na\t7\t8\t9\nthe\t4\t5\t6", map[string]want{
			"the": {0, [3]uint16{4, 5, 6}, true}, "a": {1, [3]uint16{7, 8, 9}, true}}},
		{"twice, classes first", "the\t1\t2\t3\nthe\t4\nx\t1\t1\t1\n", map[string]want{
			"the": {0, [3]uint16{1, 2, 3}, true}, "x": {2, [3]uint16{1, 1, 1}, true}}},
		{"no classes", "the\t1\ncat\t2\t3\t4\n", map[string]want{
			"the": {0, [3]uint16{}, false}, "cat": {1, [3]uint16{2, 3, 4}, true}}},
	}
	for _, tt := range tests {
		readVocab(tt.text)
		if vocab.len() != len(tt.words) {
			t.Errorf("%s: %d words, want %d", tt.name, vocab.len(), len(tt.words))
		}
		for w, x := range tt.words {
			if v, _ := vocab.get(w); v.rank != x.rank || v.cl != x.cl || v.hasCl != x.hasCl {
				t.Errorf("%s: %q = %+v, want %+v", tt.name, w, v, x)
			}
		}
	}
}

// shapeRef is shape as first written (both shapes as strings built in
// buffers); shape, and the long shape a first sight hashes, must agree.
func shapeRef(w string) (long, short string) {
	var lb, sb [24]byte
	l, s := lb[:0], sb[:0]
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if len(l) < 16 {
			l = append(l, c)
		}
		if len(s) == 0 || s[len(s)-1] != c {
			if len(s) < 16 {
				s = append(s, c)
			}
		}
	}
	return string(l), string(s)
}

func TestShape(t *testing.T) {
	for _, w := range []string{"", "a", "Obama", "U.S.", "1,000", "Ki-moon", "Türkiye", "ǅemal", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"a1b2c3d4e5f6g7h8i9j0", "—", "x—y—z", "“Quoted”", strings.Repeat("Ab-", 12), "\xff\xfe", "日本語"} {
		wl, ws := shapeRef(w)
		if l, s := shape(w); l != wl || s != ws {
			t.Errorf("shape(%q) = %q %q, want %q %q", w, l, s, wl, ws)
		}
		f := readWord(w, UseAll)
		if string(f.sc.long[:f.sc.nLong]) != wl || f.short != ws {
			t.Errorf("readWord(%q): shapes %q %q, want %q %q", w, f.sc.long[:f.sc.nLong], f.short, wl, ws)
		}
	}
}

// TestVocabTable checks the table of the word classes against a Go map
// filled as the file was read before (a word listed twice keeps its
// first rank and its last classes): every word of the embedded file,
// words around the inline limit, a table grown from its smallest size,
// and words it does not hold.
func TestVocabTable(t *testing.T) {
	ref := map[string]vocabWord{}
	var words []string
	var rank int32
	for line := range strings.SplitSeq(clustersTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		f := strings.Split(rest, "\t")
		v, seen := ref[w]
		if !seen {
			v = vocabWord{rank: rank}
			words = append(words, w)
		}
		if len(f) >= 3 {
			for k := range 3 {
				n, _ := strconv.Atoi(f[k])
				v.cl[k] = uint16(n)
			}
			v.hasCl = true
		}
		ref[w] = v
		rank++
	}
	long := strings.Repeat("x", vocabInline)
	extra := []string{"", long[:vocabInline-1], long, long + "y", long + "yy", strings.Repeat("é", 30)}
	small := newVocabTable(1)
	for i, w := range append(append([]string(nil), words...), extra...) {
		v, seen := small.ref(w)
		if !seen {
			v.rank = int32(i)
		}
		v.cl = ref[w].cl
		v.hasCl = ref[w].hasCl
	}
	clusterOnce.Do(loadClusters)
	for name, tab := range map[string]*vocabTable{"embedded": vocab, "grown": small} {
		want := len(ref)
		if name == "grown" {
			want += len(extra)
		}
		if tab.len() != want {
			t.Errorf("%s: %d words, want %d", name, tab.len(), want)
		}
		for i, w := range words {
			v, ok := tab.get(w)
			x := ref[w]
			if name == "grown" {
				x.rank = int32(i)
			}
			if !ok || v != x {
				t.Fatalf("%s: %q = %+v %v, want %+v", name, w, v, ok, x)
			}
		}
		for _, w := range []string{"xqzzy", "Xqzzy", long + "z", "thé"} {
			if _, ok := tab.get(w); ok {
				t.Errorf("%s: %q found", name, w)
			}
		}
	}
	for i, w := range extra {
		if v, ok := small.get(w); !ok || v.rank != int32(len(words)+i) {
			t.Errorf("grown: %q = %+v %v", w, v, ok)
		}
	}
}

// readVocabRef is readVocab as first written (each field cut, then
// strconv.Atoi): readVocab must fill the same table.
func readVocabRef(text string) {
	vocab = newVocabTable(strings.Count(text, "\n") + 1)
	var rank int32
	for len(text) > 0 {
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		w, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var c [3]uint16
		k := 0
		for ; k < 3 && rest != ""; k++ {
			var f string
			f, rest, _ = strings.Cut(rest, "\t")
			n, _ := strconv.Atoi(f)
			c[k] = uint16(n)
		}
		v, seen := vocab.ref(w)
		if !seen {
			v.rank = rank
		}
		if k == 3 {
			v.cl, v.hasCl = c, true
		}
		rank++
	}
}

// vocabEntries lists what vocab holds, word by word.
func vocabEntries() map[string]vocabWord {
	out := map[string]vocabWord{}
	for i := range vocab.slots {
		if s := &vocab.slots[i]; s.n > 0 {
			out[string(s.w[:s.n])] = s.v
		}
	}
	for w, v := range vocab.long {
		out[w] = *v
	}
	return out
}

// TestReadVocabSameAsRef reads the embedded word classes file and
// made-up ones with odd fields (signs, letters, empty fields, numbers
// past 16 bits or past int, carriage returns, a tab at the end) with
// both readers: the tables must be the same.
func TestReadVocabSameAsRef(t *testing.T) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	texts := []string{
		clustersTSV,
		"the\t1\t2\t3\r\na\t+7\t-8\t9x\nb\t\t\t\nc\t70000\t99999999999\t12345678901234567890\n",
		"d\t0001\t1e3\t \ne\t4\t5\t6\t7\nf\t4\t\ng\t\t5\nh\t123456789\t1234567890\t65536\n\n#x\t1\t2\t3\ni",
		"\t1\t2\t3\nj\t٣\t²\t3\nthe\t4\t5\t6\nthe\t7",
	}
	for i, text := range texts {
		readVocabRef(text)
		want := vocabEntries()
		readVocab(text)
		got := vocabEntries()
		if len(got) != len(want) {
			t.Errorf("text %d: %d words, want %d", i, len(got), len(want))
		}
		for w, x := range want {
			if g, ok := got[w]; !ok || g != x {
				t.Errorf("text %d: %q = %+v (%v), want %+v", i, w, g, ok, x)
			}
		}
	}
}

// BenchmarkReadVocab reads the embedded word classes file, as every
// process does before its first story.
func BenchmarkReadVocab(b *testing.B) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	b.SetBytes(int64(len(clustersTSV)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		readVocab(clustersTSV)
	}
}

// BenchmarkReadVocabRef is BenchmarkReadVocab with the former reader.
func BenchmarkReadVocabRef(b *testing.B) {
	clusterOnce.Do(loadClusters)
	saved := vocab
	defer func() { vocab = saved }()
	b.SetBytes(int64(len(clustersTSV)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		readVocabRef(clustersTSV)
	}
}
