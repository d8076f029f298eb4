package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// Event returns event id with its participants, its citation, its
// disagreements and every report of it, earliest published first, each
// with its citation, whether its story is a copy, and why it was linked.
func (s *DB) Event(ctx context.Context, id int64) (*EventDetail, error) {
	rows, err := s.r.QueryContext(ctx, eventSelectSQL+` WHERE e.id = ?`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	scanned, err := s.scanEvents(rows)
	if err != nil {
		return nil, err
	}
	if len(scanned) == 0 {
		return nil, fmt.Errorf("event %d: %w", id, ErrNotFound)
	}
	evs, err := s.fillEvents(ctx, scanned, true)
	if err != nil {
		return nil, err
	}
	d := &EventDetail{EventRow: evs[0], AllReports: []ReportRow{}}
	rows, err = s.r.QueryContext(ctx, `SELECT r.id, r.type, r.title, r.date, r.date_end, r.weak, r.place, r.status, r.participants, r.part_ids,
			s.id, s.path, s.title, s.url, s.published, r.ev_start, r.ev_end, r.ev_text, coalesce((SELECT copy_of FROM story_copies WHERE story_id = s.id), 0), r.link,
			`+storyVersionSQL+`
		FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.event_id = ?
		ORDER BY s.pub_lo IS NULL, s.pub_lo, s.path, r.ord`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	versions := storyVersions{}
	var partIDs [][]int64 // per report, its participants' ids when its people are shown
	var need []int64
	for rows.Next() {
		var r ReportRow
		var parts, ids string
		var v storyVersion
		c := &r.Citation
		if err := rows.Scan(&r.ID, &r.Type, &r.Title, &r.Date, &r.DateEnd, &r.DateInferred, &r.Place, &r.Status, &parts, &ids,
			&c.StoryID, &c.Path, &c.Title, &c.URL, &c.Published, &c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &r.CopyOf, &r.Link,
			&v.hash, &v.ingested, &v.sum); err != nil {
			return nil, err
		}
		versions.add(c.StoryID, &v)
		_ = json.Unmarshal([]byte(parts), &r.Participants)
		if r.Participants == nil {
			r.Participants = []string{}
		}
		r.People = []Ref{}
		var pids []int64
		if chronicle.TellsPeople(string(r.Type), chronicle.TitleName(r.Title)) {
			pids = chronicle.ParseIDs(ids)
			need = append(need, pids...)
		}
		partIDs = append(partIDs, pids)
		d.AllReports = append(d.AllReports, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	if err := s.reportPeople(ctx, d.AllReports, partIDs, need); err != nil {
		return nil, err
	}
	refs := make([]evRef, len(d.AllReports))
	for i := range d.AllReports {
		c := &d.AllReports[i].Citation
		refs[i] = evRef{c.StoryID, &c.Evidence}
	}
	if err := s.unpackEvidence(ctx, refs, versions); err != nil {
		return nil, err
	}
	return d, nil
}

// reportPeople sets the People of reports: the persons among the
// entities partIDs[i] of each (need: all of them), each entity read
// once.
func (s *DB) reportPeople(ctx context.Context, reports []ReportRow, partIDs [][]int64, need []int64) error {
	if len(need) == 0 {
		return nil
	}
	slices.Sort(need)
	refs := make(map[int64]entityRef, len(need))
	if err := s.entityRefs(ctx, slices.Compact(need), refs); err != nil {
		return err
	}
	for i, ids := range partIDs {
		for _, id := range ids {
			if e, ok := refs[id]; ok && e.Type == annals.Person {
				reports[i].People = append(reports[i].People, e.Ref)
			}
		}
	}
	return nil
}

// StoryEvents returns, for each report of story id in the story's order,
// the event it is a report of, with its participants, citation, counts
// and disagreements (an event reported twice by the story comes twice).
func (s *DB) StoryEvents(ctx context.Context, id int64) ([]EventRow, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT e.id, e.type, e.title, e.date, e.date_end, e.place, coalesce(e.place_id, 0), e.status,
		e.reports, e.sources, e.notes, coalesce(e.cite_report, 0), e.date_lo, e.date_hi FROM reports r JOIN events e ON e.id = r.event_id
		WHERE r.story_id = ? ORDER BY r.ord`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	all, err := s.scanEvents(rows)
	if err != nil {
		return nil, err
	}
	// one row per report of the story: keep the order, complete each event once
	order := make([]int64, 0, len(all))
	var scanned []scannedEvent
	seen := map[int64]bool{}
	for _, e := range all {
		order = append(order, e.ID)
		if !seen[e.ID] {
			seen[e.ID] = true
			scanned = append(scanned, e)
		}
	}
	evs, err := s.fillEvents(ctx, scanned, false)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]EventRow, len(evs))
	for _, e := range evs {
		byID[e.ID] = e
	}
	out := make([]EventRow, len(order))
	for i, id := range order {
		out[i] = byID[id]
	}
	return out, nil
}

// eachBatch is how many events EachEvent completes (participants and
// citation) at a time.
const eachBatch = 500

// EachEvent streams every event f selects to fn, in timeline order,
// without Limit or Offset. One query walks the events; each batch of 500
// is completed with its participants and citations on another connection
// before fn sees it, so memory stays constant however many events match.
func (s *DB) EachEvent(ctx context.Context, f EventFilter, fn func(EventRow) error) error {
	ents, err := s.rarestFirst(ctx, f)
	if err != nil {
		return err
	}
	where, args, err := s.eventWhere(f, ents)
	if err != nil {
		return err
	}
	rows, err := s.r.QueryContext(ctx, eventSelectSQL+where+` ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.id`, args...)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	batch := make([]scannedEvent, 0, eachBatch)
	flush := func() error {
		evs, err := s.fillEvents(ctx, batch, true)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	for rows.Next() {
		e, err := scanEvent(rows.Scan)
		if err != nil {
			return err
		}
		batch = append(batch, e)
		if len(batch) == eachBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}
	return flush()
}

// HolderAt returns who held role in organization org on date at: among
// the holders of the office (RoleHolders, over all stories), the one whose
// from/to interval (to inferred from the next holder's start when no
// story gives it) contains at. A holder whose dates are all unknown is
// taken only when the office has no other holder. Nil when nobody fits.
func (s *DB) HolderAt(ctx context.Context, role string, org int64, at annals.Date) (*RoleRow, error) {
	n := resolve.Normalize(role)
	if n == "" || org == 0 {
		return nil, nil
	}
	rows, err := s.roles(ctx, `(r.role_norm = ? OR r.role_norm > ? AND r.role_norm < ?) AND r.org_id = ?`, n, n+" ", n+"!", org)
	if err != nil {
		return nil, err
	}
	return chronicle.HolderAt(chronicle.Holders(rows), at), nil
}

// relinkOld settles the reports stored under schema v1 (one event per
// identical report) by the rules of cluster.go, once, after the upgrade.
func (s *DB) relinkOld(ctx context.Context) error {
	var n int
	if err := s.w.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM reports WHERE relink = 1 LIMIT 1) AS one`).Scan(&n); err != nil || n == 0 {
		return err
	}
	t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer t.end()
	type old struct {
		id, event, story        int64
		typ, parts, place, stat string
		date, end, pub          annals.Date
		start, stop, placeID    int64
	}
	rows, err := t.sqltx().QueryContext(ctx, `SELECT r.id, r.event_id, r.story_id, r.type, r.participants, r.place, coalesce(r.place_id, 0), r.status,
		r.date, r.date_end, s.published, r.ev_start, r.ev_end FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.relink = 1`)
	if err != nil {
		return err
	}
	var olds []old
	for rows.Next() {
		var o old
		if err := rows.Scan(&o.id, &o.event, &o.story, &o.typ, &o.parts, &o.place, &o.placeID, &o.stat, &o.date, &o.end, &o.pub, &o.start, &o.stop); err != nil {
			rows.Close()
			return err
		}
		olds = append(olds, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, o := range olds {
		names := map[string]int64{}
		ents, err := t.sqltx().QueryContext(ctx, `SELECT name, aliases, entity_id FROM story_entities WHERE story_id = ?`, o.story)
		if err != nil {
			return err
		}
		for ents.Next() {
			var name, aliases string
			var gid int64
			if err := ents.Scan(&name, &aliases, &gid); err != nil {
				ents.Close()
				return err
			}
			names[name] = gid
			names[resolve.Normalize(name)] = gid
		}
		ents.Close()
		var partNames []string
		_ = json.Unmarshal([]byte(o.parts), &partNames)
		var parts []int64
		for _, p := range partNames {
			if gid, ok := names[p]; ok && !slices.Contains(parts, gid) {
				parts = append(parts, gid)
			}
		}
		slices.Sort(parts)
		stated := false
		err = t.sqltx().QueryRowContext(ctx, `SELECT count(*) > 0 FROM dates WHERE story_id = ? AND start_at >= ? AND end_at <= ? AND value <> ''
			AND (substr(value, 1, length(?)) = ? OR substr(?, 1, length(value)) = value)`, o.story, o.start, o.stop, string(o.date), string(o.date), string(o.date)).Scan(&stated)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		lo, hi, weak := chronicle.ReportWindow(o.date, o.end, annals.Status(o.stat), o.pub, stated)
		if _, err := t.sqltx().ExecContext(ctx, `UPDATE reports SET date_lo = ?, date_hi = ?, weak = ?, part_ids = ?, relink = 0 WHERE id = ?`,
			lo, hi, weak, chronicle.IDList(parts), o.id); err != nil {
			return err
		}
		t.forgetFeatures(o.id)
		if err := t.refreshFeatureKey(o.id); err != nil {
			return err
		}
		kf, err := t.keyFactsOf(o.id)
		if err != nil {
			return err
		}
		if err := t.indexReport(o.id, o.typ, parts, o.placeID, lo, hi, o.date.Precision(), true, kf); err != nil {
			return err
		}
		t.events[o.event] = true
	}
	if err := t.tidy(); err != nil {
		return err
	}
	return t.commit()
}

// rederiveOld derives every event from its reports once after the
// upgrade to schema v3, which adds the aggregates derivation keeps, in the
// transaction that drops the marker table the upgrade created.
func (s *DB) rederiveOld(ctx context.Context) error {
	var n int
	if err := s.w.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'rederive'`).Scan(&n); err != nil || n == 0 {
		return err
	}
	t, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer t.end()
	reports, err := t.queryIDs(`SELECT id FROM reports`)
	if err != nil {
		return err
	}
	for _, id := range reports {
		if err := t.refreshFeatureKey(id); err != nil {
			return err
		}
	}
	ids, err := t.queryIDs(`SELECT id FROM events`)
	if err != nil {
		return err
	}
	for _, id := range ids {
		t.derive[id] = true
	}
	if err := t.deriveAll(); err != nil {
		return err
	}
	if _, err := t.sqltx().ExecContext(ctx, `DROP TABLE rederive`); err != nil {
		return err
	}
	return t.commit()
}
