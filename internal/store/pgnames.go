package store

// Resolution's look-ups read at once on PostgreSQL. Resolving a story's
// entities asks, for each, the entity of its gazetteer key (ByRef) and
// the entities holding each of its strong names (ByName): some 35 look-ups
// a story, each a statement and a round trip. On PostgreSQL they are
// read in one statement before the story's entities are resolved
// (prefetchNames), and answered from it (knownNames) unless the
// transaction wrote that key or name since (a new entity, a ref set, a
// name upserted: asked again, as before) or resolution runs under a
// split's label (asked). What another transaction could change meanwhile
// is held under the keys of resolution in a parallel store (pglocks.go:
// lockStories took them before) and under the write lock in a serial
// one, so the answers are the ones the statements would give.

import (
	"cmp"
	"slices"
	"strconv"

	"annals"
	"annals/internal/resolve"
)

// pgKnownNames reads the entities of refs ($1) and of strong names ($2),
// of every type, outside a split's label: ("ref", ref, id, "") and
// (type, norm, id, the entity's ref or "").
const pgKnownNames = `SELECT 'ref', ref, id, '' FROM entities WHERE label = '' AND ref = ANY($1::text[])
	UNION ALL SELECT e.type, n.norm, n.entity_id, coalesce(e.ref, '') FROM entity_names n JOIN entities e ON e.id = n.entity_id
	WHERE n.strong = 1 AND e.label = '' AND n.norm = ANY($2::text[])`

// knownNames are the answers read for one story's resolution.
type knownNames struct {
	refs      map[string]int64               // ref -> entity; asked and absent: not in it
	refAsked  map[string]bool                // refs read (and not written since)
	names     map[string][]resolve.Candidate // nameOf(type, norm) -> its entities by id
	nameAsked map[string]bool                // norms read (and not written since)
}

// prefetchNames reads what resolving doc's entities asks (on PostgreSQL;
// nothing on SQLite, where a look-up is no round trip).
func (t *putTx) prefetchNames(doc *annals.Document, f *storyFacts) error {
	t.known = nil
	if t.conn == nil || len(doc.Entities) == 0 {
		return nil
	}
	k := &knownNames{refs: map[string]int64{}, refAsked: map[string]bool{}, names: map[string][]resolve.Candidate{}, nameAsked: map[string]bool{}}
	refs, norms := []string{}, []string{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Ref != "" && !k.refAsked[e.Ref] {
			k.refAsked[e.Ref] = true
			refs = append(refs, e.Ref)
		}
		for _, n := range f.ents[i].names {
			if n.Strong && !k.nameAsked[n.Norm] {
				k.nameAsked[n.Norm] = true
				norms = append(norms, n.Norm)
			}
		}
	}
	rows, err := t.pgLookup(pgKnownNames, refs, norms)
	if err != nil {
		return err
	}
	for _, row := range rows {
		id, err := strconv.ParseInt(string(row[2]), 10, 64)
		if err != nil {
			return err
		}
		if kind := string(row[0]); kind == "ref" {
			k.refs[string(row[1])] = id
		} else {
			key := nameOf(annals.EntityType(kind), string(row[1]))
			k.names[key] = append(k.names[key], resolve.Candidate{ID: id, Ref: string(row[3])})
		}
	}
	for _, cs := range k.names {
		slices.SortFunc(cs, func(a, b resolve.Candidate) int { return cmp.Compare(a.ID, b.ID) })
	}
	t.known = k
	return nil
}

// byRef answers ByRef when it was read and not written since.
func (k *knownNames) byRef(ref, label string) (id int64, ok, known bool) {
	if k == nil || label != "" || !k.refAsked[ref] {
		return 0, false, false
	}
	id, ok = k.refs[ref]
	return id, ok, true
}

// byName answers ByName when the name was read and not written since.
func (k *knownNames) byName(typ annals.EntityType, norm, label string) ([]resolve.Candidate, bool) {
	if k == nil || label != "" || !k.nameAsked[norm] {
		return nil, false
	}
	return slices.Clone(k.names[nameOf(typ, norm)]), true
}

// wroteRef and wroteName: the transaction wrote an entity's ref, or a
// name: the next look-up asks again.
func (k *knownNames) wroteRef(ref string) {
	if k != nil {
		delete(k.refAsked, ref)
	}
}

func (k *knownNames) wroteName(norm string) {
	if k != nil {
		delete(k.nameAsked, norm)
	}
}
