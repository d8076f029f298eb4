package store

import "testing"

// TestCacheSizes checks that the connections get the page caches
// writerCacheKB and readerCacheKB say (the driver runs a DSN's _pragma
// list sorted, so a size given twice was the last in that order, not the
// one meant).
func TestCacheSizes(t *testing.T) {
	sqliteOnly(t)
	s, _ := openTemp(t)
	for _, c := range []struct {
		name string
		want int64
		q    func() (int64, error)
	}{
		{"writer", -writerCacheKB, func() (n int64, err error) { err = s.w.QueryRow(`PRAGMA cache_size`).Scan(&n); return }},
		{"reader", -readerCacheKB, func() (n int64, err error) { err = s.r.QueryRow(`PRAGMA cache_size`).Scan(&n); return }},
	} {
		got, err := c.q()
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: cache_size %d, want %d", c.name, got, c.want)
		}
	}
}
