package store

// Corrections of entity resolution by the user: `annals merge A B` and
// `annals split A --story PATH`. Each is applied to the store at once and
// kept as a rule, keyed by names and story paths (never by ids, which do
// not survive re-ingestion), that PutStory applies again whenever a story
// it concerns is ingested:
//
//   - merge: a story entity of the given type having the rule's name (in
//     the rule's story, or in any story when the name is strong) resolves
//     to the entity holding the target name, whatever resolve would say.
//   - split: a story entity having the rule's name in the rule's story
//     resolves only among the entities split off under the rule's label,
//     and other story entities never resolve to those. Two "Mr. Sall" kept
//     apart stay apart.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// applyRules finds the rules for story entity e of the story at path: the
// entity a merge rule forces (0 when none), the label a split rule
// confines it to ("" when none), and why.
func (t *putTx) applyRules(path string, e *annals.Entity) (forced int64, label, why string, err error) {
	if t.noRules == 0 {
		var n int
		if err := t.scan(`SELECT count(*) FROM (SELECT 1 FROM rules LIMIT 1) AS one`, nil, &n); err != nil {
			return 0, "", "", err
		}
		t.noRules = 2 - n // 2: no rules stored; 1: some
	}
	if t.noRules == 2 {
		return 0, "", "", nil
	}
	if err := t.flushNames(); err != nil { // rules read the names
		return 0, "", "", err
	}
	names := resolve.Names(e)
	if len(names) == 0 {
		return 0, "", "", nil
	}
	args := []any{string(e.Type), path}
	for _, n := range names {
		args = append(args, n.Norm)
	}
	rows, err := t.query(`SELECT id, kind, to_norm, to_path FROM rules WHERE type = ? AND (from_path = '' OR from_path = ?)
		AND from_norm IN (`+placeholders(len(names))+`) ORDER BY kind = 'split' DESC, id DESC`, args...)
	if err != nil {
		return 0, "", "", err
	}
	type rule struct {
		id             int64
		kind, to, path string
	}
	var rs []rule
	for rows.Next() {
		var r rule
		if err := rows.Scan(&r.id, &r.kind, &r.to, &r.path); err != nil {
			rows.Close()
			return 0, "", "", err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, "", "", err
	}
	for _, r := range rs {
		switch r.kind {
		case "split":
			return 0, r.to, fmt.Sprintf("rule #%d: split by the user", r.id), nil
		case "merge":
			id, err := t.ruleTarget(e.Type, r.to, r.path)
			if err != nil {
				return 0, "", "", err
			}
			if id != 0 {
				return id, "", fmt.Sprintf("rule #%d: merged by the user", r.id), nil
			}
		}
	}
	return 0, "", "", nil
}

// ruleTarget finds the entity a merge rule points at: the one holding the
// strong name norm, or, with path, the one a story entity of that story
// named norm resolved to.
func (t *putTx) ruleTarget(typ annals.EntityType, norm, path string) (int64, error) {
	if err := t.flushCounts(); err != nil { // read by the order below
		return 0, err
	}
	var id int64
	var err error
	if path == "" {
		err = t.sqltx().QueryRowContext(t.ctx, `SELECT n.entity_id FROM entity_names n JOIN entity_counts e ON e.id = n.entity_id
			WHERE n.norm = ? AND n.strong = 1 AND e.type = ? ORDER BY e.stories DESC, e.id LIMIT 1`, norm, string(typ)).Scan(&id)
	} else {
		rows, qerr := t.sqltx().QueryContext(t.ctx, `SELECT se.entity_id, se.name FROM story_entities se JOIN stories s ON s.id = se.story_id
			WHERE s.path = ? AND se.type = ?`, path, string(typ))
		if qerr != nil {
			return 0, qerr
		}
		defer rows.Close()
		for rows.Next() {
			var gid int64
			var name string
			if err := rows.Scan(&gid, &name); err != nil {
				return 0, err
			}
			if resolve.Normalize(name) == norm {
				return gid, nil
			}
		}
		return 0, rows.Err()
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// storyName is a story entity's name in one story.
type storyName struct {
	path, norm string
}

// entityStories lists the (story path, normalized story-entity name) of
// the story entities resolved to entity id, in the given stories only
// when paths is not empty.
func (t *putTx) entityStories(id int64, paths []string) ([]storyName, []int64, error) {
	rows, err := t.sqltx().QueryContext(t.ctx, `SELECT s.path, se.name, s.id FROM story_entities se JOIN stories s ON s.id = se.story_id
		WHERE se.entity_id = ? ORDER BY s.path, se.ord`, id)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var out []storyName
	var ids []int64
	for rows.Next() {
		var sn storyName
		var name string
		var sid int64
		if err := rows.Scan(&sn.path, &name, &sid); err != nil {
			return nil, nil, err
		}
		if len(paths) > 0 && !slices.Contains(paths, sn.path) {
			continue
		}
		sn.norm = resolve.Normalize(name)
		out = append(out, sn)
		if !slices.Contains(ids, sid) {
			ids = append(ids, sid)
		}
	}
	return out, ids, rows.Err()
}

// MergeEntities merges entity from into entity into (both of one type):
// everything said of from is said of into, events are settled again (two
// events may now be one), and a rule makes later ingestions of from's
// stories resolve the same way. The rule is keyed by from's strong name
// when it has one (any story), else by its name in each of its stories.
func (s *DB) MergeEntities(ctx context.Context, from, into int64) (*Rule, error) {
	if from == into {
		return nil, fmt.Errorf("%w: cannot merge entity %d with itself", ErrInvalid, from)
	}
	t, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer t.end()
	var fromType, intoType, fromName, intoName, fromRef string
	err = t.sqltx().QueryRowContext(ctx, `SELECT type, name, coalesce(ref, '') FROM entities WHERE id = ?`, from).Scan(&fromType, &fromName, &fromRef)
	if err == nil {
		err = t.sqltx().QueryRowContext(ctx, `SELECT type, name FROM entities WHERE id = ?`, into).Scan(&intoType, &intoName)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %d or %d: %w", from, into, ErrNotFound)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	if fromType != intoType {
		return nil, fmt.Errorf("%w: %s is a %s and %s a %s", ErrInvalid, fromName, fromType, intoName, intoType)
	}
	toNorm, toPath, err := t.strongKey(into)
	if err != nil {
		return nil, s.wrap(err)
	}
	now := time.Now().UTC()
	note := fmt.Sprintf("%s is %s", fromName, intoName)
	var rule *Rule
	add := func(fromPath, fromNorm string) error {
		id, _, err := t.id(s.put.insRule, "merge", fromType, fromPath, fromNorm, toNorm, toPath, note, now.Format(time.RFC3339))
		t.noRules = 1
		if err == nil && rule == nil {
			rule = &Rule{ID: id, Kind: "merge", Type: annals.EntityType(fromType), FromPath: fromPath, FromName: fromNorm,
				ToName: toNorm, ToPath: toPath, Note: note, Created: now}
		}
		return err
	}
	if fromNorm, fromPath, err := t.strongKey(from); err != nil {
		return nil, s.wrap(err)
	} else if fromPath == "" && fromNorm != "" && !strings.HasPrefix(fromNorm, "\x00") {
		if err := add("", fromNorm); err != nil {
			return nil, s.wrap(err)
		}
	} else {
		names, _, err := t.entityStories(from, nil)
		if err != nil {
			return nil, s.wrap(err)
		}
		for _, n := range names {
			if err := add(n.path, n.norm); err != nil {
				return nil, s.wrap(err)
			}
		}
	}
	if err := t.moveEntity(from, into, nil); err != nil {
		return nil, s.wrap(err)
	}
	if fromRef != "" {
		if _, err := t.sqltx().ExecContext(ctx, `UPDATE entities SET ref = ? WHERE id = ? AND ref IS NULL
			AND NOT EXISTS (SELECT 1 FROM entities WHERE ref = ?)`, fromRef, into, fromRef); err != nil {
			return nil, s.wrap(err)
		}
	}
	if err := t.tidy(); err != nil {
		return nil, s.wrap(err)
	}
	if rule == nil {
		return nil, fmt.Errorf("%w: entity %d has no names to keep a rule by", ErrInvalid, from)
	}
	return rule, s.wrap(t.commit())
}

// strongKey returns a strong name of entity id to key a rule by (its
// display name when strong, else its most seen strong name), or, when it
// has none, one of its names with a story path that uses it.
func (t *putTx) strongKey(id int64) (norm, path string, err error) {
	err = t.sqltx().QueryRowContext(t.ctx, `SELECT n.norm FROM entity_names n JOIN entities e ON e.id = n.entity_id
		WHERE n.entity_id = ? AND n.strong = 1 ORDER BY n.name = e.name DESC, n.seen DESC, n.norm LIMIT 1`, id).Scan(&norm)
	if err == nil {
		return norm, "", nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", "", err
	}
	names, _, err := t.entityStories(id, nil)
	if err != nil || len(names) == 0 {
		return "\x00", "", err
	}
	return names[0].norm, names[0].path, nil
}

// SplitEntity moves what the stories at paths say of entity id to a new
// entity, and keeps it apart at later ingestions of those stories (a
// split rule per story and name, under one label). It returns the first
// rule and the new entity.
func (s *DB) SplitEntity(ctx context.Context, id int64, paths []string) (*Rule, int64, error) {
	if len(paths) == 0 {
		return nil, 0, fmt.Errorf("%w: no stories to split off", ErrInvalid)
	}
	t, err := s.begin(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer t.end()
	var typ, name string
	if err := t.sqltx().QueryRowContext(ctx, `SELECT type, name FROM entities WHERE id = ?`, id).Scan(&typ, &name); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, 0, fmt.Errorf("entity %d: %w", id, ErrNotFound)
		}
		return nil, 0, s.wrap(err)
	}
	names, stories, err := t.entityStories(id, paths)
	if err != nil {
		return nil, 0, s.wrap(err)
	}
	if len(names) == 0 {
		return nil, 0, fmt.Errorf("%w: %s is not named in %s", ErrNotFound, name, strings.Join(paths, ", "))
	}
	all, _, err := t.entityStories(id, nil)
	if err != nil {
		return nil, 0, s.wrap(err)
	}
	if len(all) == len(names) {
		return nil, 0, fmt.Errorf("%w: every story of %s is in the split; nothing would stay", ErrInvalid, name)
	}
	now := time.Now().UTC()
	var label string
	var rule *Rule
	for i, n := range names {
		note := fmt.Sprintf("%q in %s is not %s", n.norm, n.path, name)
		rid, _, err := t.id(s.put.insRule, "split", typ, n.path, n.norm, "", "", note, now.Format(time.RFC3339))
		t.noRules = 1
		if err != nil {
			return nil, 0, s.wrap(err)
		}
		if i == 0 {
			label = "split#" + strconv.FormatInt(rid, 10)
			rule = &Rule{ID: rid, Kind: "split", Type: annals.EntityType(typ), FromPath: n.path, FromName: n.norm, ToName: label, Note: note, Created: now}
		}
		if _, err := t.sqltx().ExecContext(ctx, `UPDATE rules SET to_norm = ? WHERE id = ?`, label, rid); err != nil {
			return nil, 0, s.wrap(err)
		}
	}
	newID, _, err := t.id(s.put.insEntity, typ, name, nil, label)
	if err != nil {
		return nil, 0, s.wrap(err)
	}
	if err := t.moveEntity(id, newID, stories); err != nil {
		return nil, 0, s.wrap(err)
	}
	if err := t.tidy(); err != nil {
		return nil, 0, s.wrap(err)
	}
	return rule, newID, s.wrap(t.commit())
}

// moveEntity makes entity to what entity from is in the given stories
// (all when stories is nil): story entities, roles, report participants,
// places and index rows; the names and counters of both are rebuilt and
// the events concerned settled again (by the caller's tidy).
func (t *putTx) moveEntity(from, to int64, stories []int64) error {
	if err := t.flushCounts(); err != nil { // rebuildEntity sets them
		return err
	}
	storyCond, args := "", []any{}
	if stories != nil {
		storyCond = ` AND story_id IN (` + placeholders(len(stories)) + `)`
		args = int64Args(stories)
	}
	// Reports naming from: rewrite their participants and index rows.
	// (Not every report has index rows, see dedupeKeys: the events naming
	// from as a participant hold every report that does.)
	reps, err := t.reportsNaming(from, storyCond, args)
	if err != nil {
		return err
	}
	if t.keyed {
		// A parallel bridge (lockBridges holds both entities' keys):
		// the reports' events and link keys, read again once held
		// until nothing more is found, and the counts left pending.
		for {
			keys := bridgeKeys(reps, from, to)
			if len(keys) > bridgeKeyCap {
				return serialize(SerialBridge)
			}
			took, err := t.lock(keys)
			if err != nil {
				return err
			}
			if !took {
				break
			}
			if reps, err = t.reportsNaming(from, storyCond, args); err != nil {
				return err
			}
		}
		if err := t.takeBridgePending(from, to); err != nil {
			return err
		}
	}
	for _, m := range [][2]string{{"story_entities", "entity_id"}, {"roles", "person_id"}, {"roles", "org_id"}} {
		if err := t.moveRows(m[0], m[1], from, to, storyCond, args); err != nil {
			return err
		}
	}
	for _, r := range reps {
		parts, place := movedParts(chronicle.ParseIDs(r.parts), r.place, from, to)
		var placeArg any
		if place != 0 {
			placeArg = place
		}
		if _, err := t.sqltx().ExecContext(t.ctx, `UPDATE reports SET part_ids = ?, place_id = ? WHERE id = ?`, chronicle.IDList(parts), placeArg, r.id); err != nil {
			return err
		}
		t.forgetFeatures(r.id)
		if err := t.refreshFeatureKey(r.id); err != nil {
			return err
		}
		if _, err := t.sqltx().ExecContext(t.ctx, `DELETE FROM report_keys WHERE report_id = ?`, r.id); err != nil {
			return err
		}
		t.look.dropped(r.id)
		kf, err := t.keyFactsOf(r.id)
		if err != nil {
			return err
		}
		if err := t.indexReport(r.id, r.typ, parts, place, r.lo, r.hi, r.date.Precision(), true, kf); err != nil {
			return err
		}
		t.events[r.event] = true
	}
	for _, id := range []int64{from, to} {
		if err := t.rebuildEntity(id); err != nil {
			return err
		}
	}
	return nil
}

// movedReport is a report naming an entity that moves (moveEntity).
type movedReport struct {
	id, event, place int64
	typ, parts       string
	date             annals.Date
	lo, hi           string
}

// reportsNaming reads the reports that name entity from as a participant
// or a place (in the stories of storyCond).
func (t *putTx) reportsNaming(from int64, storyCond string, args []any) ([]movedReport, error) {
	rows, err := t.sqltx().QueryContext(t.ctx, `SELECT id, event_id, type, part_ids, coalesce(place_id, 0), date, date_lo, date_hi FROM reports
		WHERE (event_id IN (SELECT event_id FROM event_participants WHERE entity_id = ?1) OR place_id = ?1)`+storyCond, append([]any{from}, args...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var reps []movedReport
	for rows.Next() {
		var r movedReport
		if err := rows.Scan(&r.id, &r.event, &r.typ, &r.parts, &r.place, &r.date, &r.lo, &r.hi); err != nil {
			return nil, err
		}
		if slices.Contains(chronicle.ParseIDs(r.parts), from) || r.place == from {
			reps = append(reps, r)
		}
	}
	return reps, rows.Err()
}

// movedParts are a report's participants and place once entity from is
// made to.
func movedParts(parts []int64, place, from, to int64) ([]int64, int64) {
	out := make([]int64, len(parts))
	for i, p := range parts {
		if p == from {
			p = to
		}
		out[i] = p
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if place == from {
		place = to
	}
	return out, place
}

// moveChunk is how many rows a statement of moveRows changes at most.
const moveChunk = 200

// moveRows sets column col of the rows of table whose col is from (and
// whose story_id matches storyCond) to to. On SQLite it changes them
// moveChunk rows a statement, by id: a statement that may stop half done
// keeps a copy of each page it changes until it ends (its statement
// journal, in memory under temp_store=MEMORY), and the rows of an entity
// named in thousands of stories lie on thousands of pages (a merge of
// 4,464 rows of story_entities, with the story_entity_sets rows its
// trigger rewrites, held some 170 MB at once). The rows end the same
// whatever the statements: the trigger rewrites a story's entity set
// from the story's rows as they are after each row.
func (t *putTx) moveRows(table, col string, from, to int64, storyCond string, args []any) error {
	if t.s.d.postgres() {
		_, err := t.sqltx().ExecContext(t.ctx, `UPDATE `+table+` SET `+col+` = ? WHERE `+col+` = ?`+storyCond, append([]any{to, from}, args...)...)
		return err
	}
	rows, err := t.sqltx().QueryContext(t.ctx, `SELECT id FROM `+table+` WHERE `+col+` = ?`+storyCond+` ORDER BY id`, append([]any{from}, args...)...)
	if err != nil {
		return err
	}
	var ids []any
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), moveChunk)
		if _, err := t.sqltx().ExecContext(t.ctx, `UPDATE `+table+` SET `+col+` = ? WHERE id IN (`+placeholders(n)+`)`, append([]any{to}, ids[:n]...)...); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// rebuildEntity recomputes an entity's names and counters from the story
// entities resolved to it; an entity left with none is deleted by tidy.
func (t *putTx) rebuildEntity(id int64) error {
	t.names.forget(id, false)
	if _, err := t.sqltx().ExecContext(t.ctx, `DELETE FROM entity_names WHERE entity_id = ?`, id); err != nil {
		return err
	}
	// In the order of the stories (a later former name's end wins), as
	// the index by entity and story gave them before schema v18.
	rows, err := t.sqltx().QueryContext(t.ctx, `SELECT type, name, aliases, former, mentions, story_id FROM story_entities WHERE entity_id = ?
		ORDER BY story_id, id`, id)
	if err != nil {
		return err
	}
	type se struct {
		e     annals.Entity
		m     int
		story int64
	}
	var ses []se
	for rows.Next() {
		var x se
		var al, fm string
		if err := rows.Scan(&x.e.Type, &x.e.Name, &al, &fm, &x.m, &x.story); err != nil {
			rows.Close()
			return err
		}
		_ = json.Unmarshal([]byte(al), &x.e.Aliases)
		_ = json.Unmarshal([]byte(fm), &x.e.Former)
		ses = append(ses, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	stories := map[int64]bool{}
	mentions := 0
	for _, x := range ses {
		stories[x.story] = true
		mentions += x.m
		for _, n := range resolve.Names(&x.e) {
			if err := t.exec(t.stmts.upsertName, id, n.Norm, n.Text, string(n.Kind), n.Strong, string(n.Until), resolve.FormRank(n.Text, n.Kind)); err != nil {
				return err
			}
			t.names.wroteName(id, n.Norm, n.Strong)
		}
	}
	if _, err := t.sqltx().ExecContext(t.ctx, `UPDATE entity_counts SET stories = ?, mentions = ? WHERE id = ?`, len(stories), mentions, id); err != nil {
		return err
	}
	t.entities[id] = true
	t.lost[id] = true
	return nil
}

// Rules lists the stored corrections, oldest first.
func (s *DB) Rules(ctx context.Context) ([]Rule, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, kind, type, from_path, from_norm, to_norm, to_path, note, created FROM rules ORDER BY id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []Rule{}
	for rows.Next() {
		var r Rule
		var created string
		if err := rows.Scan(&r.ID, &r.Kind, &r.Type, &r.FromPath, &r.FromName, &r.ToName, &r.ToPath, &r.Note, &created); err != nil {
			return nil, err
		}
		r.Created, _ = time.Parse(time.RFC3339, created)
		out = append(out, r)
	}
	return out, s.wrap(rows.Err())
}

// DeleteRule removes rule id; ErrNotFound if none.
func (s *DB) DeleteRule(ctx context.Context, id int64) error {
	res, err := s.w.ExecContext(ctx, `DELETE FROM rules WHERE id = ?`, id)
	if err != nil {
		return s.wrap(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("rule %d: %w", id, ErrNotFound)
	}
	return nil
}
