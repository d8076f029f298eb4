package store

// Resolution's look-ups served from memory on SQLite. Resolving a story's
// entities asks, for each, the entity of its gazetteer key (ByRef) and
// the entities holding each of its strong names (ByName): some 35
// statements a story, most of them asking names that earlier stories
// asked (the people, places and bodies in the news). The answers are
// kept from one batch to the next (nameCache), each read from the file
// once, and kept right across what the writer itself then writes:
//
//   - a strong name upserted for an entity whose type is known (read with
//     an answer, or made by the writer) joins that answer; for an entity
//     of unknown type or under a split's label the name's answers are
//     dropped (asked again). A name upserted weak changes no answer (the
//     row keeps the stronger of the two).
//   - a new entity or a ref set drops the answer of that ref, and a ref
//     set on an entity whose ref was none is the ref its candidates carry
//     (the UPDATE's own condition).
//   - an entity whose names are written again (rebuildEntity, for a
//     merge), or that lost a story (a story replaced, or merged away: the
//     names it alone gave go, and the entity when it has no story left),
//     drops the answers it is in (each entity's names in answers are
//     kept for this), and its ref's answer when it is deleted.
//
// Look-ups under a split's label are always asked. The cache belongs to
// the writing connection's serial transactions: a transaction takes it
// when it begins, and only a batch of PutStories without savepoints that
// commits gives it back (any other transaction, a rollback or a story
// rolled back alone leaves the next batch an empty one). Another process
// writing the same file is seen by PRAGMA data_version, as for the
// features cache (featcache.go). PostgreSQL reads a story's look-ups in
// one statement instead (pgnames.go).

import (
	"fmt"
	"maps"
	"slices"

	"annals"
	"annals/internal/resolve"
)

// nameCacheSize bounds the names and refs kept; past it the cache is
// emptied when given back (some 150 bytes a name with its entity: about
// 30 MB).
const nameCacheSize = 200_000

// nameCheck makes every answer from the cache also asked of the file,
// and a difference an error (tests).
var nameCheck = false

// nameCache holds answers of ByName and ByRef outside a split's label.
type nameCache struct {
	version int64                // PRAGMA data_version it is right for
	names   map[string][]typeIDs // norm -> the answers of its types known
	refs    map[string]int64     // ref -> entity, 0 when none
	ents    map[int64]entInfo    // the entities of the answers and the ones made
}

// typeIDs is the answer of ByName for a name and type: the entities of
// that type holding it strong, by id. A name keeps a slice of them (one
// or two types are asked of a name), lighter than a map.
type typeIDs struct {
	typ annals.EntityType
	ids []int64
}

// answer returns the answer of type typ among as, or nil.
func answer(as []typeIDs, typ annals.EntityType) *typeIDs {
	for i := range as {
		if as[i].typ == typ {
			return &as[i]
		}
	}
	return nil
}

// entInfo is what the cache knows of an entity without a label.
type entInfo struct {
	typ   annals.EntityType
	ref   string   // "" when NULL
	norms []string // the names whose answers hold it (and maybe others)
}

func newNameCache(version int64) *nameCache {
	return &nameCache{version: version, names: map[string][]typeIDs{}, refs: map[string]int64{}, ents: map[int64]entInfo{}}
}

// reset empties the cache.
func (c *nameCache) reset() {
	if c != nil {
		clear(c.names)
		clear(c.refs)
		clear(c.ents)
	}
}

// byName answers ByName(typ, norm) when known.
func (c *nameCache) byName(typ annals.EntityType, norm string) ([]resolve.Candidate, bool) {
	a := answer(c.names[norm], typ)
	if a == nil {
		return nil, false
	}
	out := make([]resolve.Candidate, len(a.ids))
	for i, id := range a.ids {
		out[i] = resolve.Candidate{ID: id, Ref: c.ents[id].ref}
	}
	return out, true
}

// readName keeps the answer of ByName(typ, norm) read from the file.
func (c *nameCache) readName(typ annals.EntityType, norm string, cands []resolve.Candidate) {
	ids := make([]int64, len(cands))
	for i, cand := range cands {
		ids[i] = cand.ID
		e := c.ents[cand.ID]
		e.typ, e.ref, e.norms = typ, cand.Ref, append(e.norms, norm)
		c.ents[cand.ID] = e
	}
	if a := answer(c.names[norm], typ); a != nil {
		a.ids = ids
		return
	}
	c.names[norm] = append(c.names[norm], typeIDs{typ, ids})
}

// byRef answers ByRef(ref) when known.
func (c *nameCache) byRef(ref string) (int64, bool, bool) {
	id, known := c.refs[ref]
	return id, id != 0, known
}

// madeEntity notes an entity the writer made, and drops the answer of
// its ref.
func (c *nameCache) madeEntity(id int64, typ annals.EntityType, ref, label string) {
	if c == nil {
		return
	}
	if ref != "" {
		delete(c.refs, ref)
	}
	if label == "" {
		c.ents[id] = entInfo{typ: typ, ref: ref}
	}
}

// setRef notes `UPDATE entities SET ref = ref WHERE id = id AND ref IS
// NULL`.
func (c *nameCache) setRef(id int64, ref string) {
	if c == nil {
		return
	}
	delete(c.refs, ref)
	if e, ok := c.ents[id]; ok && e.ref == "" {
		e.ref = ref
		c.ents[id] = e
	}
}

// wroteName notes the upsert of name norm for entity id, strong or not.
func (c *nameCache) wroteName(id int64, norm string, strong bool) {
	if c == nil || !strong {
		return
	}
	as, ok := c.names[norm]
	if !ok {
		return // not known: read from the file when asked
	}
	e, ok := c.ents[id]
	if !ok {
		delete(c.names, norm) // of a type not known, or under a label
		return
	}
	a := answer(as, e.typ)
	if a == nil {
		return
	}
	if i, found := slices.BinarySearch(a.ids, id); !found {
		a.ids = slices.Insert(a.ids, i, id)
		e.norms = append(e.norms, norm)
		c.ents[id] = e
	}
}

// forget drops the answers that hold entity id, before its names are
// dropped or written again; gone: the entity may be deleted (its ref's
// answer goes too).
func (c *nameCache) forget(id int64, gone bool) {
	if c == nil {
		return
	}
	e, ok := c.ents[id]
	if ok {
		for _, norm := range e.norms {
			delete(c.names, norm)
		}
		e.norms = nil
		c.ents[id] = e
	}
	if gone {
		delete(c.ents, id)
		maps.DeleteFunc(c.refs, func(_ string, v int64) bool { return v == id })
	}
}

// size is the number of names and refs kept.
func (c *nameCache) size() int { return len(c.names) + len(c.refs) }

// takeNames takes the store's name cache for a transaction beginning at
// data_version v: the one kept when no other process wrote since, else
// an empty one. Until it is given back (giveNames), the store keeps none.
func (s *DB) takeNames(v int64) *nameCache {
	s.namesMu.Lock()
	c := s.names
	s.names = nil
	s.namesMu.Unlock()
	if c == nil || c.version != v {
		return newNameCache(v)
	}
	return c
}

// giveNames keeps c for the next transaction, once the one that used it
// committed.
func (s *DB) giveNames(c *nameCache) {
	if c.size() > nameCacheSize {
		c.reset()
	}
	s.namesMu.Lock()
	s.names = c
	s.namesMu.Unlock()
}

// checkName compares an answer of the cache with the file's (nameCheck).
func (t *putTx) checkName(typ annals.EntityType, norm string, got []resolve.Candidate) error {
	want, err := t.byNameSQL(typ, norm)
	if err != nil {
		return err
	}
	if !slices.Equal(got, want) {
		return fmt.Errorf("store: name cache: %s %q: cached %v, stored %v", typ, norm, got, want)
	}
	return nil
}

// checkRef compares an answer of the cache with the file's (nameCheck).
func (t *putTx) checkRef(ref string, id int64, ok bool) error {
	wid, wok, err := t.id(t.stmts.byRef, ref, "")
	if err != nil {
		return err
	}
	if wid != id || wok != ok {
		return fmt.Errorf("store: name cache: ref %q: cached %d %v, stored %d %v", ref, id, ok, wid, wok)
	}
	return nil
}
