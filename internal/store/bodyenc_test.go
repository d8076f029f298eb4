package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// bodyTexts are texts of many sizes for the bodies' tests: made-up
// prose repeated (as a story's text repeats its original), random bytes
// (nothing to match), and both around the sizes where zstd's coding
// changes: 1 KB (the smallest window), 128 KB (a block), 1 MB (zSmall).
func bodyTexts() []string {
	rng := rand.New(rand.NewPCG(32, 8250))
	prose := func(n int) string {
		words := strings.Fields("the delegation met the minister of foreign affairs in Geneva on Tuesday to discuss the programme and its funding for the coming year while the council signed an agreement")
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		return b.String()[:n]
	}
	random := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return string(b)
	}
	var out []string
	for _, n := range []int{0, 1, 100, 1000, 1023, 1024, 1025, 5000, 13000, 64 << 10, 128<<10 - 1, 128 << 10, 128<<10 + 1, 500 << 10, 1<<20 - 40, 1<<20 - 1, 1 << 20, 1<<20 + 1, 3 << 20} {
		out = append(out, prose(n), random(n))
	}
	return out
}

// TestBodyWindows: a body without sentences is the bytes zstd gave it
// when one encoder of an 8 MB window coded every body, whatever its
// size and whatever the encoder coded before it (the schema's bodies do
// not change with the encoder that codes them; copy detection and the
// bodies' last bytes, kept for the stories' versions, read them).
func TestBodyWindows(t *testing.T) {
	ref, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(2),
		zstd.WithWindowSize(8<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	texts := bodyTexts()
	// every text as the original and its read text (half of it), in
	// turn, then again in the other order: each encoder codes after
	// bodies of every other size
	for round := range 2 {
		for i := range texts {
			k := i
			if round == 1 {
				k = len(texts) - 1 - i
			}
			text := texts[k]
			raw := []byte("# " + text)
			read := text[:len(text)/2]
			plain := binary.AppendUvarint(nil, uint64(len(raw)))
			plain = append(append(plain, raw...), read...)
			want := ref.EncodeAll(plain, nil)
			got := packBody(raw, read, nil)
			if !bytes.Equal(got, want) {
				t.Errorf("round %d, text %d (%d bytes coded): body of %d bytes, want the 8 MB window's %d", round, k, len(plain), len(got), len(want))
			}
		}
	}
	// bodies of exactly these sizes coded (the original's length, then
	// the original; no read text)
	long := texts[len(texts)-2] // 3 MB of prose
	for _, n := range []int{1023, 1024, 1025, 128<<10 - 1, 128 << 10, 128<<10 + 1, 1<<20 - 1, 1 << 20, 1<<20 + 1} {
		r := n - 1
		for r+len(binary.AppendUvarint(nil, uint64(r))) > n {
			r--
		}
		raw := []byte(long[:r])
		plain := append(binary.AppendUvarint(nil, uint64(r)), raw...)
		if len(plain) != n {
			t.Fatalf("%d bytes coded, want %d", len(plain), n)
		}
		if got, want := packBody(raw, "", nil), ref.EncodeAll(plain, nil); !bytes.Equal(got, want) {
			t.Errorf("%d bytes coded: body of %d bytes, want the 8 MB window's %d", n, len(got), len(want))
		}
	}
}

// bodyHeapEnv runs TestBodyEncoderHeap's measure in a process of its own,
// where no body was packed before.
const bodyHeapEnv = "ANNALS_TEST_BODY_HEAP"

// TestBodyEncoderHeap: what the body encoders keep once two stories were
// packed at once, bodies without sentences, over and over (an ingest's
// extraction workers and its writer pack bodies beside each other) is
// a few megabytes of tables and a history of the story's size, not the
// 8 MB window's 16 MB of history an encoder: two of those were a third of
// an ingest's live heap. Measured in a process of its own (the encoders
// are made once a process).
func TestBodyEncoderHeap(t *testing.T) {
	if os.Getenv(bodyHeapEnv) == "1" {
		fmt.Printf("held %d\n", bodyEncodersHeld())
		return
	}
	if testing.Short() {
		t.Skip("a process of its own")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBodyEncoderHeap$", "-test.count=1")
	cmd.Env = append(os.Environ(), bodyHeapEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	_, after, ok := strings.Cut(string(out), "held ")
	if !ok {
		t.Fatalf("no measure: %s", out)
	}
	held, err := strconv.ParseInt(strings.Fields(after)[0], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the body encoders hold %.1f MB", float64(held)/(1<<20))
	if held > 16<<20 {
		t.Errorf("the body encoders hold %.1f MB after small stories, want at most 16", float64(held)/(1<<20))
	}
}

// bodyEncodersHeld is the live heap that packing stories of 13 KB on two
// goroutines at once, bodies without sentences, leaves held.
func bodyEncodersHeld() int64 {
	live := func() int64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc)
	}
	text := strings.Repeat("The delegation met the minister of foreign affairs in Geneva. ", 210)
	raw := []byte(filepath.Base("story.md") + "\n\n" + text)
	before := live()
	var wg sync.WaitGroup
	var start sync.WaitGroup
	start.Add(1)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start.Wait()
			for range 200 {
				packBody(raw, text, nil)
			}
		}()
	}
	start.Done()
	wg.Wait()
	return live() - before
}
