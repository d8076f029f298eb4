package store

// Near-duplicate stories: the same press release re-published with other
// boilerplate, line wrapping, whitespace or markup.
//
// Each story's read text is cut into shingles of four words (case,
// diacritics and punctuation folded), and summarized by a MinHash
// signature of 128 values: the share of equal values between two
// signatures estimates the Jaccard similarity of their shingle sets. The
// signature is cut into 32 bands of 4 values and each band is indexed
// (story_bands), so a story is compared only with the stories sharing a
// band: stories with a similarity of 0.6 share one with a probability
// above 0.98, stories at 0.2 almost never. A candidate is a copy when the
// estimate reaches chronicle.CopyThreshold.
//
// Copies form a group; its original is the member published first (then
// the first path), and every other member has copy_of set to it. A copy's
// reports stay in the events they report, but count as one source with
// the original's (EventRow.Sources).

import (
	"database/sql"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"annals/internal/chronicle"
)

// markCopies stores the signature of story id (chronicle.Signature of its
// text), finds the stories it is a near-duplicate of, and sets copy_of
// over the whole copy group (see regroup). The story's own reports are
// not derived yet: tidy folds them in with the sources set here.
func (t *putTx) markCopies(id int64, sig []uint32) error {
	if err := t.dropBands(id); err != nil {
		return err
	}
	if err := t.write(`INSERT INTO story_copies (story_id, minhash) VALUES (?1, ?2)
		ON CONFLICT (story_id) DO UPDATE SET minhash = ?2`, id, chronicle.EncodeSig(sig)); err != nil {
		return err
	}
	if sig == nil {
		return nil
	}
	bands := chronicle.BandHashes(sig)
	// The oldest chronicle.BandLimit stories of each band are the candidates; a
	// band that holds as many already (a much re-published release) is
	// not written to, since no lookup would read further.
	var (
		full  map[int]int
		cands []int64
		near  []int64 // candidates found near by the look-ahead
	)
	if cr := t.look.copies(sig); cr != nil {
		full, cands, near = t.look.bandsWith(cr, id, bands, sig)
	} else {
		var err error
		if full, cands, err = t.bandRows(id, bands); err != nil {
			return err
		}
	}
	var ins []any
	for b, h := range bands {
		if full[b] < chronicle.BandLimit {
			ins = append(ins, b, h, id)
		}
	}
	if err := t.insertRows(`INSERT OR IGNORE INTO `+t.bandTable()+` (band, hash, story_id) VALUES `, 3, ins); err != nil {
		return err
	}
	t.look.banded(id, sig, ins)
	sources := map[int64]bool{}
	var matched []int64 // the stories this one is a copy of
	if near != nil {
		cands = nil // their groups are read below
		matched = near
		var err error
		if sources, err = t.groupsOf(near); err != nil {
			return err
		}
	}
	for chunk := range slices.Chunk(cands, 100) {
		rows, err := t.query(`SELECT story_id, minhash, coalesce(copy_of, story_id) FROM story_copies WHERE story_id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c, src int64
			var blob []byte
			if err := rows.Scan(&c, &blob, &src); err != nil {
				rows.Close()
				return err
			}
			if chronicle.Similarity(sig, chronicle.DecodeSig(blob)) >= chronicle.CopyThreshold {
				sources[src] = true
				matched = append(matched, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	if len(sources) == 0 {
		return nil
	}
	if t.keyed {
		return t.joinGroupsKeyed(id, matched, sources)
	}
	srcs := keys(sources)
	orig, err := t.originalOf(srcs, id)
	if err != nil {
		return err
	}
	return t.joinGroups(srcs, id, orig)
}

// groupsOf reads the copy groups (their originals) of stories.
func (t *putTx) groupsOf(stories []int64) (map[int64]bool, error) {
	sources := map[int64]bool{}
	for chunk := range slices.Chunk(stories, 100) {
		ids, err := t.queryIDs(`SELECT coalesce(copy_of, story_id) FROM story_copies WHERE story_id IN (`+placeholders(len(chunk))+`)`, int64Args(chunk)...)
		if err != nil {
			return nil, err
		}
		for _, src := range ids {
			sources[src] = true
		}
	}
	return sources, nil
}

// originalOf is the original of the copy groups of srcs (their
// originals) joined by story self: the earliest published of them (then
// the first path).
func (t *putTx) originalOf(srcs []int64, self int64) (int64, error) {
	all := append(slices.Clone(srcs), self)
	var orig int64
	err := t.scan(`SELECT id FROM stories WHERE id IN (`+placeholders(len(all))+`) ORDER BY pub_lo IS NULL, pub_lo, path, id LIMIT 1`,
		int64Args(all), &orig)
	return orig, err
}

// groupKey is the lock of the copy group whose original is story orig.
func groupKey(orig int64) int64 { return lockKey("group", strconv.FormatInt(orig, 10)) }

// joinGroupsKeyed is joinGroups in a parallel transaction (pglocks.go):
// story self, a copy of the stories matched, joins their groups (sources,
// their originals as read) under the locks of those groups. A story that
// joins one group and keeps its original (the common re-report,
// published after it) changes only its own row, and takes the group's
// lock shared; one that merges groups, or comes before its group's
// original, changes the other members' rows and the sources of their
// events, and takes the groups' locks alone, then the locks of every
// event counting a source of theirs (event_tally), whose sources it
// relabels and which tidy derives again. Each read is made again once
// the locks of what it found are held, until it finds nothing more to
// lock: what is written was read under the locks of all it changes. A
// story stored at once that could find this one as a copy shares a band
// with it (lockStories), and the band locks order the two; one that
// finds a member of the same groups through another member takes their
// locks here.
func (t *putTx) joinGroupsKeyed(self int64, matched []int64, sources map[int64]bool) error {
	var srcs []int64
	var orig int64
	for {
		srcs = keys(sources)
		var err error
		if orig, err = t.originalOf(srcs, self); err != nil {
			return err
		}
		merge := len(srcs) > 1 || orig != srcs[0]
		locks := make([]int64, 0, len(srcs))
		shared := map[int64]bool{}
		for _, src := range srcs {
			k := groupKey(src)
			locks = append(locks, k)
			shared[k] = !merge
		}
		more, err := t.lockModes(locks, shared)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		if sources, err = t.groupsOf(matched); err != nil {
			return err
		}
	}
	if len(srcs) > 1 || orig != srcs[0] {
		tallied := append(slices.Clone(srcs), orig)
		for {
			evs, err := t.queryIDs(`SELECT DISTINCT event_id FROM event_tally WHERE source IN (`+placeholders(len(tallied))+`)`, int64Args(tallied)...)
			if err != nil {
				return err
			}
			locks := make([]int64, 0, len(evs))
			for _, e := range evs {
				locks = append(locks, eventKey(e))
			}
			more, err := t.lock(locks)
			if err != nil {
				return err
			}
			if !more {
				break
			}
		}
	}
	return t.joinGroups(srcs, self, orig)
}

// bandSQL is the statement that reads the oldest chronicle.BandLimit
// stories of each of a signature's bands (band, story), with args for
// bands.
func (d *dialect) bandSQL(bands []int64) (string, []any) {
	var sel []string
	var args []any
	from := `story_bands WHERE band = ? AND hash = ?`
	if d.bandRuns {
		from = `(SELECT band, story_id FROM story_bands WHERE band = ? AND hash = ?
			UNION ALL SELECT band, story_id FROM story_bands_new WHERE band = ? AND hash = ?) AS u`
	}
	for b, h := range bands {
		sel = append(sel, `SELECT * FROM (SELECT band, story_id FROM `+from+` ORDER BY story_id LIMIT `+
			strconv.Itoa(chronicle.BandLimit)+`) AS b`)
		args = append(args, b, h)
		if d.bandRuns {
			args = append(args, b, h)
		}
	}
	return strings.Join(sel, " UNION ALL "), args
}

// bandRows reads the stories sharing a band with story id (bandSQL):
// how many each band holds, and the other stories, in the order read.
func (t *putTx) bandRows(id int64, bands []int64) (full map[int]int, cands []int64, err error) {
	q, args := t.s.d.bandSQL(bands)
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	full = map[int]int{}
	for rows.Next() {
		var b int
		var c int64
		if err := rows.Scan(&b, &c); err != nil {
			return nil, nil, err
		}
		full[b]++
		if c != id && !slices.Contains(cands, c) {
			cands = append(cands, c)
		}
	}
	return full, cands, rows.Err()
}

// dropBands deletes the band rows of story id, found from its stored
// signature: story_bands has no index by story (a third of its bytes), and
// no foreign key, whose cascade would need one. BandHashes of a stored
// signature gives exactly the keys markCopies wrote from it; a band it
// found full was not written, and deleting it deletes nothing.
func (t *putTx) dropBands(id int64) error {
	var blob []byte
	err := t.scan(`SELECT minhash FROM story_copies WHERE story_id = ?`, []any{id}, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	sig := chronicle.DecodeSig(blob)
	if sig == nil {
		return nil
	}
	where := make([]string, 0, chronicle.Bands)
	args := []any{id}
	for b, h := range chronicle.BandHashes(sig) {
		where = append(where, `(band = ?`+strconv.Itoa(len(args)+1)+` AND hash = ?`+strconv.Itoa(len(args)+2)+` AND story_id = ?1)`)
		args = append(args, b, h)
	}
	if t.s.d.bandRuns {
		if err := t.write(`DELETE FROM story_bands_new WHERE `+strings.Join(where, " OR "), args...); err != nil {
			return err
		}
	}
	return t.write(`DELETE FROM story_bands WHERE `+strings.Join(where, " OR "), args...)
}

// bandTable is the table new bands go to.
func (t *putTx) bandTable() string {
	if t.s.d.bandRuns {
		return "story_bands_new"
	}
	return "story_bands"
}

// bandRun is how many rows story_bands_new gathers (the bands of about
// 2,000 stories) before they join story_bands, at the least: a larger
// store gathers more (bandRunAt).
var bandRun = 64_000

// bandGrowth sets how the run grows with the stories stored (bandRunAt).
var bandGrowth = 200_000

// bandRunAt is how many rows story_bands_new gathers before they join
// story_bands in a store of the given number of stories: bandRun, or
// the square root of bandGrowth times the stories when that is more
// (from 20,480 stories on: 141,421 rows at 100,000 stories, 447,213 at
// a million).
//
// A run writes nearly every page of story_bands (its 64,000 rows fell on
// 22,051 of 23,812 pages at 296,083 stories, 38 % of the pages the
// thousand stories after it changed), so that with a fixed run a story's
// share grows with the table (32 rows a story, about 400 a page: a page
// a story for every 25,000 stories stored, up to 32). A larger run is
// fewer of them, but each batch's new bands then fall on more pages of
// story_bands_new (100 stories' 3,200 rows touch nearly every page of a
// table of up to a million rows). For a run of T rows a story writes
// about T / 77,000 pages of the small table (half full on average, 385
// rows a page) and 32 P / T of story_bands (P pages, about S / 12.5 for
// S stories), fewest where the two are equal: T = sqrt(32 P x 77,000),
// about sqrt(200,000 S). At 296,083 stories that is 6.3 pages a story
// against 11.8 with runs of 64,000.
func bandRunAt(stories int64) int {
	if stories <= 0 {
		return bandRun
	}
	return max(bandRun, int(math.Sqrt(float64(bandGrowth)*float64(stories))))
}

// mergeBands moves the rows of story_bands_new into story_bands once
// there are bandRunAt of them, in one statement that reads them in key
// order. story_bands is keyed by hash, so each story's 32 bands land on
// 32 pages of it no other story of a batch touches: at 100,000 stories
// they were a third of the bytes a story wrote (docs/performance.md).
// Gathered in the small table first, whose pages a batch shares, they
// reach story_bands in runs that write each of its pages once. A
// look-up reads both tables, so which one holds a row changes nothing.
func (t *putTx) mergeBands() error {
	var n int
	if err := t.scan(`SELECT count(*) FROM story_bands_new`, nil, &n); err != nil || n < bandRun {
		return err
	}
	var stories int64
	if err := t.scan(`SELECT n FROM table_counts WHERE name = 'stories'`, nil, &stories); err != nil {
		return err
	}
	if n < bandRunAt(stories) {
		return nil
	}
	if _, err := t.tx.ExecContext(t.ctx, `INSERT OR IGNORE INTO story_bands (band, hash, story_id) SELECT band, hash, story_id FROM story_bands_new ORDER BY band, hash, story_id`); err != nil {
		return err
	}
	_, err := t.tx.ExecContext(t.ctx, `DELETE FROM story_bands_new`)
	return err
}

// joinGroups makes story self a member of the copy groups of sources
// (their originals), merged into one under orig: the earliest published
// of theirs and self (then the first path), since each group's original
// is its earliest member. Only the stories whose original changes are
// written.
func (t *putTx) joinGroups(sources []int64, self, orig int64) error {
	in := placeholders(len(sources))
	args := append([]any{orig}, int64Args(sources)...)
	args = append(args, int64Args(sources)...)
	args = append(args, self, orig, orig)
	// Three statements rather than one with OR, each answered from an index.
	if err := t.write(`UPDATE story_copies SET copy_of = ?1 WHERE copy_of IN (`+in+`) AND copy_of <> ?1`, append([]any{orig}, int64Args(sources)...)...); err != nil {
		return err
	}
	if err := t.write(`UPDATE story_copies SET copy_of = ?1 WHERE story_id IN (`+in+`) AND story_id <> ?1 AND copy_of IS DISTINCT FROM ?1`,
		append([]any{orig}, int64Args(sources)...)...); err != nil {
		return err
	}
	if err := t.write(`UPDATE story_copies SET copy_of = ?1 WHERE story_id = ?2 AND story_id <> ?1`, orig, self); err != nil {
		return err
	}
	if err := t.write(`UPDATE story_copies SET copy_of = NULL WHERE story_id = ? AND copy_of IS NOT NULL`, orig); err != nil {
		return err
	}
	return t.relabel(sources, orig)
}

// regroup makes the earliest published member of stories (then the first
// path) the original of all the others, including the stories already
// marked as copies of any of them. Story self (0 for none) has no report
// counted in any event yet.
//
// The sources of events follow (see relabel): when the members came from
// one group, only its label changes; when groups merged, the events with
// reports from two of them count their sources again.
func (t *putTx) regroup(stories []int64, self int64) error {
	in := placeholders(len(stories))
	args := int64Args(stories)
	rows, err := t.query(`SELECT s.id, coalesce(c.copy_of, c.story_id) FROM story_copies c JOIN stories s ON s.id = c.story_id
		WHERE c.story_id IN (`+in+`) OR c.copy_of IN (`+in+`) ORDER BY s.pub_lo IS NULL, s.pub_lo, s.path, s.id`, append(args, args...)...)
	if err != nil {
		return err
	}
	var members []int64
	oldSources := map[int64]bool{}
	for rows.Next() {
		var m, src int64
		if err := rows.Scan(&m, &src); err != nil {
			rows.Close()
			return err
		}
		members = append(members, m)
		if m != self {
			oldSources[src] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(members) == 0 {
		return err
	}
	orig := members[0]
	if err := t.write(`UPDATE story_copies SET copy_of = NULL WHERE story_id = ?`, orig); err != nil {
		return err
	}
	for chunk := range slices.Chunk(members[1:], 500) {
		if err := t.write(`UPDATE story_copies SET copy_of = ? WHERE story_id IN (`+placeholders(len(chunk))+`)`,
			append([]any{orig}, int64Args(chunk)...)...); err != nil {
			return err
		}
	}
	return t.relabel(keys(oldSources), orig)
}

// unmarkCopies takes story id out of its copy group before it is
// replaced or deleted: its copies get the next original. (Its own reports
// go, and their events are derived again.)
func (t *putTx) unmarkCopies(id int64) error {
	copies, err := t.queryIDs(`SELECT story_id FROM story_copies WHERE copy_of = ?`, id)
	if err != nil {
		return err
	}
	if err := t.write(`UPDATE story_copies SET copy_of = NULL WHERE story_id = ?`, id); err != nil {
		return err
	}
	if len(copies) == 0 {
		return nil
	}
	// The copies were counted under id: regroup sees that as their old
	// source and moves it to their new original.
	return t.regroup(copies, 0)
}

func keys(m map[int64]bool) []int64 { return sortedKeys(m) }
