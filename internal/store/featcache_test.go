package store

import (
	"testing"

	"annals/internal/chronicle"
)

func TestFeatCache(t *testing.T) {
	c := newFeatCache()
	c.check(1)
	for id := int64(1); id <= featCacheSize; id++ {
		c.merge(map[int64]*chronicle.Report{id: {ID: id}})
		if id == 1 {
			if _, ok := c.get(1); !ok {
				t.Fatal("report 1 not cached")
			}
		}
	}
	if n := len(c.cur) + len(c.old); n > featCacheSize {
		t.Errorf("%d reports cached, at most %d", n, featCacheSize)
	}
	if _, ok := c.get(featCacheSize); !ok {
		t.Error("the newest report is not cached")
	}
	c.drop(featCacheSize)
	if _, ok := c.get(featCacheSize); ok {
		t.Error("a dropped report is still cached")
	}
	c.check(1) // nothing changed
	if _, ok := c.get(featCacheSize - 1); !ok {
		t.Error("the cache was cleared without a change")
	}
	c.check(2) // another connection wrote
	if len(c.cur)+len(c.old) != 0 {
		t.Error("the cache was kept after another connection wrote")
	}
}
