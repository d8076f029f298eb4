package store

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// BenchmarkChronicleIngest ingests 10,000 synthetic stories whose events
// repeat across stories (a Zipf choice of a few thousand real events, each
// story reporting one to three), so every report goes through candidate
// lookup, linking and event derivation. It reports the rate over the first
// 1,000 stories and over all 10,000, the rate of the last 1,000 (a rate
// that holds is the sign of near-linear work: no all-pairs comparison),
// the peak memory taken from the OS at both points, and how many events
// the reports made.
//
//	go test ./internal/store -run '^$' -bench ChronicleIngest -benchtime 1x
func BenchmarkChronicleIngest(b *testing.B) {
	for range b.N {
		s, err := Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		c := newCorpus(7)
		var ms runtime.MemStats
		var peak uint64
		start := time.Now()
		var at1k, before10k time.Duration
		var peak1k uint64
		for i := range 10000 {
			st, doc := c.story(i)
			if _, err := s.PutStory(context.Background(), st, doc); err != nil {
				b.Fatalf("story %d: %v", i, err)
			}
			if i%250 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.Sys)
			}
			switch i + 1 {
			case 1000:
				at1k, peak1k = time.Since(start), peak
			case 9000:
				before10k = time.Since(start)
			}
		}
		total := time.Since(start)
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.Sys)
		stats, err := s.Stats(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(1000/at1k.Seconds(), "stories/s@1k")
		b.ReportMetric(10000/total.Seconds(), "stories/s@10k")
		b.ReportMetric(1000/(total-before10k).Seconds(), "stories/s-last1k")
		b.ReportMetric(float64(peak1k)/(1<<20), "peakMB@1k")
		b.ReportMetric(float64(peak)/(1<<20), "peakMB@10k")
		b.ReportMetric(float64(stats.Reports), "reports")
		b.ReportMetric(float64(stats.Events), "events")
		s.Close()
	}
}
