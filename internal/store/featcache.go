package store

// A cache of the linking features of stored reports across write
// transactions. Settling a new report reads the features of up to
// chronicle.MaxCandidates stored reports (type, participants, places,
// dates, title words, story path); the same candidates come back for
// story after story (the reports of the events in the news), and reading
// and parsing them again was a tenth of ingest time at 20,000 stories.
//
// What is cached never changes while a report lives, except its
// participants and place when two entities become one (moveEntity drops
// the report from the cache) and everything when a story is replaced or
// deleted (its report ids may be given again: the cache is cleared). A
// report's event and link change all the time and are never cached: they
// come with the candidate lookup, or from a primary-key read.
//
// Entries read inside a transaction are kept apart until it commits, and
// dropped when a story's savepoint or the transaction rolls back, so the
// cache never holds a report that was not committed. Another process
// writing the same SQLite file is seen by PRAGMA data_version at the start
// of each transaction (the cache is then cleared); on PostgreSQL, where
// worker processes write concurrently, there is no cache.

import (
	"sync"

	"annals/internal/chronicle"
)

// featCacheSize bounds the reports cached: two generations of up to half
// of it each, about 400 bytes a report, so at most about 40 MB.
const featCacheSize = 100_000

// featCache is an approximate LRU of report features: a report read or
// found goes into the current generation; when that is full, it becomes
// the old one and the older is dropped.
type featCache struct {
	mu       sync.Mutex
	cur, old map[int64]*chronicle.Report
	version  int64 // PRAGMA data_version when last checked; -1 unknown
}

func newFeatCache() *featCache {
	return &featCache{cur: map[int64]*chronicle.Report{}, old: map[int64]*chronicle.Report{}, version: -1}
}

// get returns the cached features of a report (Event and IsNew unset).
func (c *featCache) get(id int64) (*chronicle.Report, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.cur[id]; ok {
		return r, true
	}
	r, ok := c.old[id]
	if ok {
		c.add(r)
	}
	return r, ok
}

// has says whether report id is cached, without making it recent.
func (c *featCache) has(id int64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, cur := c.cur[id]
	_, old := c.old[id]
	return cur || old
}

// add caches r; the caller holds mu.
func (c *featCache) add(r *chronicle.Report) {
	if len(c.cur) >= featCacheSize/2 {
		c.old, c.cur = c.cur, make(map[int64]*chronicle.Report, featCacheSize/2)
	}
	c.cur[r.ID] = r
}

// merge caches the reports a committed transaction read.
func (c *featCache) merge(rs map[int64]*chronicle.Report) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range rs {
		c.add(r)
	}
}

func (c *featCache) drop(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.cur, id)
	delete(c.old, id)
}

func (c *featCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.cur)
	clear(c.old)
}

// check clears the cache when the database changed by another
// connection since the last check (version is PRAGMA data_version).
func (c *featCache) check(version int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version {
		clear(c.cur)
		clear(c.old)
		c.version = version
	}
}

// cachedFeatures returns the cached features of report id in this
// transaction: those read by it first, then the committed cache.
func (t *putTx) cachedFeatures(id int64) (*chronicle.Report, bool) {
	if r, ok := t.feats[id]; ok {
		return r, true
	}
	if t.s.feats == nil {
		return nil, false
	}
	return t.s.feats.get(id)
}

// keepFeatures notes the features of a report read by the transaction,
// for the cache once it commits.
func (t *putTx) keepFeatures(r *chronicle.Report) {
	if t.s.feats == nil {
		return
	}
	c := *r
	c.Event, c.IsNew = 0, false
	t.feats[r.ID] = &c
}

// forgetFeatures drops a report whose participants or place change from
// the caches.
func (t *putTx) forgetFeatures(id int64) {
	delete(t.feats, id)
	t.look.forgot(id)
	if t.s.feats != nil {
		t.s.feats.drop(id)
	}
}

// forgetAllFeatures empties the caches: report ids may be given again.
func (t *putTx) forgetAllFeatures() {
	clear(t.feats)
	t.look.stale()
	if t.s.feats != nil {
		t.s.feats.clear()
	}
}
