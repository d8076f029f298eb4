package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"annals"
	"annals/internal/chronicle"
	"annals/internal/resolve"
)

// Story returns the stored story id and its facts, rebuilt as the Document
// that was put (entity Ref and Former included).
func (s *DB) Story(ctx context.Context, id int64) (*annals.Story, *annals.Document, error) {
	st := &annals.Story{ID: id}
	var ingested string
	var body []byte
	found := false
	doc := &annals.Document{Entities: []annals.Entity{}, Roles: []annals.Role{}, Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}
	report := map[int64]int{}
	// The story's row first (its text unpacked for the spans and the
	// evidence after it), then its entities and their mentions, roles,
	// dates, events (the story's reports) and figures, its own and its
	// events': statements sent together (readTogether).
	err := s.readTogether(ctx,
		pageRead{`SELECT path, hash, format, title, url, published, body, ingested FROM stories WHERE id = ?`, []any{id}, func(scan func(...any) error) error {
			if err := scan(&st.Path, &st.Hash, &st.Format, &st.Title, &st.URL, &st.Published, &body, &ingested); err != nil {
				return err
			}
			found = true
			var err error
			if st.Raw, st.Text, err = unpackBody(body); err != nil {
				return fmt.Errorf("%s: story %d: %w", s.path, id, err)
			}
			return nil
		}},
		pageRead{`SELECT local_id, type, name, aliases, ref, former, spans FROM story_entities WHERE story_id = ? ORDER BY ord`, []any{id}, func(scan func(...any) error) error {
			var e annals.Entity
			var aliases, former string
			var spans []byte
			if err := scan(&e.ID, &e.Type, &e.Name, &aliases, &e.Ref, &former, &spans); err != nil {
				return err
			}
			_ = json.Unmarshal([]byte(aliases), &e.Aliases)
			_ = json.Unmarshal([]byte(former), &e.Former)
			if len(e.Former) == 0 {
				e.Former = nil
			}
			var err error
			if e.Mentions, err = unpackSpans(st.Raw, spans); err != nil {
				return fmt.Errorf("%s: story %d: mentions of %s: %w", s.path, id, e.Name, err)
			}
			doc.Entities = append(doc.Entities, e)
			return nil
		}},
		pageRead{`SELECT person, role, org, date_from, date_to, ev_start, ev_end, ev_text FROM roles WHERE story_id = ? ORDER BY ord`, []any{id}, func(scan func(...any) error) error {
			var r annals.Role
			if err := scan(&r.Person, &r.Role, &r.Org, &r.From, &r.To, &r.Evidence.Start, &r.Evidence.End, &r.Evidence.Text); err != nil {
				return err
			}
			var err error
			if r.Evidence.Text, err = unpackEvidence(st.Raw, st.Text, r.Evidence.Start, r.Evidence.End, r.Evidence.Text); err != nil {
				return fmt.Errorf("%s: story %d: evidence of role %s: %w", s.path, id, r.Role, err)
			}
			doc.Roles = append(doc.Roles, r)
			return nil
		}},
		pageRead{`SELECT start_at, end_at, text, value, value_end FROM dates WHERE story_id = ? ORDER BY ord`, []any{id}, func(scan func(...any) error) error {
			var d annals.DateMention
			if err := scan(&d.Start, &d.End, &d.Text, &d.Value, &d.ValueEnd); err != nil {
				return err
			}
			doc.Dates = append(doc.Dates, d)
			return nil
		}},
		pageRead{`SELECT id, type, title, date, date_end, place, status, participants, ev_start, ev_end, ev_text
		FROM reports WHERE story_id = ? ORDER BY ord`, []any{id}, func(scan func(...any) error) error {
			var rid int64
			var e annals.Event
			var parts string
			if err := scan(&rid, &e.Type, &e.Title, &e.Date, &e.DateEnd, &e.Place, &e.Status, &parts,
				&e.Evidence.Start, &e.Evidence.End, &e.Evidence.Text); err != nil {
				return err
			}
			var err error
			if e.Evidence.Text, err = unpackEvidence(st.Raw, st.Text, e.Evidence.Start, e.Evidence.End, e.Evidence.Text); err != nil {
				return fmt.Errorf("%s: story %d: evidence of %s: %w", s.path, id, e.Type, err)
			}
			_ = json.Unmarshal([]byte(parts), &e.Participants)
			e.Figures = []annals.Figure{}
			report[rid] = len(doc.Events)
			doc.Events = append(doc.Events, e)
			return nil
		}},
		pageRead{`SELECT coalesce(report_id, 0), value, unit, qualifier, text, start_at, end_at FROM figures
		WHERE story_id = ? ORDER BY report_id IS NOT NULL, report_id, ord`, []any{id}, func(scan func(...any) error) error {
			var rid int64
			var f annals.Figure
			if err := scan(&rid, &f.Value, &f.Unit, &f.Qualifier, &f.Text, &f.Start, &f.End); err != nil {
				return err
			}
			if rid == 0 {
				doc.Figures = append(doc.Figures, f)
			} else {
				e := &doc.Events[report[rid]]
				e.Figures = append(e.Figures, f)
			}
			return nil
		}})
	if err != nil {
		return nil, nil, err
	}
	if !found {
		return nil, nil, fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	st.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	doc.Doc, doc.Title, doc.Published = st.Path, annals.NullString(st.Title), st.Published
	return st, doc, nil
}

// StoryEntityIDs maps the local ids of story id's entities ("e1") to the
// global entities they resolved to, for linking a story to entity pages.
func (s *DB) StoryEntityIDs(ctx context.Context, id int64) (map[string]int64, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT local_id, entity_id FROM story_entities WHERE story_id = ?`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var local string
		var gid int64
		if err := rows.Scan(&local, &gid); err != nil {
			return nil, err
		}
		out[local] = gid
	}
	return out, s.wrap(rows.Err())
}

// storySummaryCols are the columns of a StorySummary (scanStorySummary).
const storySummaryCols = `s.id, s.path, s.title, s.published, s.format, s.ingested,
	(SELECT count(*) FROM story_entities WHERE story_id = s.id), (SELECT count(*) FROM reports WHERE story_id = s.id),
	coalesce((SELECT copy_of FROM story_copies WHERE story_id = s.id), 0)`

const storySummarySQL = `SELECT ` + storySummaryCols + ` FROM stories s`

// storyPageSQL is storySummarySQL with the first day of publication
// (the key's: Key).
const storyPageSQL = `SELECT ` + storySummaryCols + `, s.pub_lo FROM stories s`

// scanStorySummary reads a row of storySummarySQL, or of a statement
// giving more columns after its own, into more.
func scanStorySummary(rows *sql.Rows, more ...any) (StorySummary, error) {
	var r StorySummary
	var ingested string
	err := rows.Scan(append([]any{&r.ID, &r.Path, &r.Title, &r.Published, &r.Format, &ingested, &r.Entities, &r.Events, &r.CopyOf}, more...)...)
	r.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	return r, err
}

// Stories lists stories newest first: by publication date, unknown dates
// last, then by id, newest first.
func (s *DB) Stories(ctx context.Context, limitN, offset int) ([]StorySummary, error) {
	out, _, err := s.StoriesPage(ctx, Page{Limit: limitN, Offset: offset})
	return out, err
}

// StoriesPage is a page of Stories, from an offset or after a key (Page),
// with the key of each story (keys[i] is out[i]'s). After a key, the page
// is a range of the index of stories newest first: it costs the same at
// any depth.
func (s *DB) StoriesPage(ctx context.Context, p Page) ([]StorySummary, []Key, error) {
	out := []StorySummary{}
	var keys []Key
	read := func(q string, args ...any) (int, error) {
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			return 0, s.wrap(err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			var lo sql.NullString
			r, err := scanStorySummary(rows, &lo)
			if err != nil {
				return n, err
			}
			out, keys = append(out, r), append(keys, Key{Lo: lo.String, ID: r.ID})
			n++
		}
		return n, s.wrap(rows.Err())
	}
	n := limit(p.Limit, 50)
	var err error
	if p.After == nil {
		_, err = read(storyPageSQL+` ORDER BY s.pub_lo IS NULL, s.pub_lo DESC, s.id DESC LIMIT ? OFFSET ?`, n, max(p.Offset, 0))
	} else if err = p.After.Check(); err == nil {
		err = keyset(*p.After, n, func(k Key) (string, []any) {
			return s.nullIs("s.pub_lo", false) + ` AND (s.pub_lo, s.id) < (?, ?)`, []any{k.Lo, k.ID}
		}, func(k *Key) (string, []any) {
			cond := s.nullIs("s.pub_lo", true) + ` AND s.pub_lo IS NULL`
			if k == nil {
				return cond, nil
			}
			return cond + ` AND s.id < ?`, []any{k.ID}
		}, func(cond string, args []any, n int) (int, error) {
			return read(storyPageSQL+` WHERE `+strings.TrimPrefix(cond, " AND ")+` ORDER BY s.pub_lo DESC, s.id DESC LIMIT ?`, append(args, n)...)
		})
	}
	if err != nil {
		return nil, nil, err
	}
	return out, keys, nil
}

// Search runs query over the titles and texts of stories (FTS5, Porter
// stemming, diacritics folded) and returns hits ranked by bm25, titles
// weighing five times the text, with a snippet of the text around the
// matches, and the total number of matching stories.
//
// The query may use FTS5 syntax ("exact phrase", OR, NOT, prefix*). A
// query that is not valid FTS5 (an unbalanced quote, a bare AND, a stray
// colon) is not an error: it is searched again as plain words.
func (s *DB) Search(ctx context.Context, query string, opt SearchOptions) ([]SearchHit, int, error) {
	first, plain, err := s.d.matchQueries(query)
	if err != nil || first == "" {
		return []SearchHit{}, 0, err
	}
	if ctx, err = s.withCountsGen(ctx); err != nil {
		return nil, 0, s.wrap(err)
	}
	hits, total, err := s.search(ctx, first, opt)
	if err != nil && ctx.Err() == nil && plain != "" && s.d.retry(err) {
		hits, total, err = s.search(ctx, plain, opt)
	}
	return hits, total, s.wrap(err)
}

func (s *DB) search(ctx context.Context, match string, opt SearchOptions) ([]SearchHit, int, error) {
	open, close := opt.Open, opt.Close
	if open == "" && close == "" {
		open, close = "**", "**"
	}
	total, err := s.matchCount(ctx, match)
	if err != nil {
		return nil, 0, err
	}
	newest, err := s.newestFirst(ctx, match, total)
	if err != nil {
		return nil, 0, err
	}
	lim, off := limit(opt.Limit, 20), max(opt.Offset, 0)
	// Rank first (FTS5 computes only the rank of each match), then make
	// snippets for the page of hits alone: with the ranking where the
	// engine can (pageSnippets), else one rowid lookup each. A query
	// that carries no information lists its matches newest first, with
	// no rank (newestFirst).
	var q, order string
	var args []any
	withSnippets := false
	if newest {
		// The newest searchCap matches are listed, as they were ranked.
		if off >= searchCap {
			return []SearchHit{}, total, nil
		}
		lim = min(lim, searchCap-off)
		q, args, order = `SELECT s.id, s.path, s.title, s.published, 0, '' FROM (`+s.d.fts.newest+`) f`, []any{match, lim, off}, ` ORDER BY s.id DESC`
		if s.d.fts.newestSnippets != "" {
			q, args, withSnippets = `SELECT s.id, s.path, s.title, s.published, 0, f.snippet FROM (`+ftsFuncs(s.d.fts.newestSnippets)+`) f`, append([]any{open, close}, args...), true
		}
	} else {
		floor, err := s.candidateFloor(ctx, match, total)
		if err != nil {
			return nil, 0, err
		}
		rankBy, err := s.informativePart(ctx, match)
		if err != nil {
			return nil, 0, err
		}
		ranked, err := s.rankArgs(ctx, cmp.Or(rankBy, match))
		if err != nil {
			return nil, 0, err
		}
		q, args, order = `SELECT s.id, s.path, s.title, s.published, -f.rank, '' FROM (`+s.d.fts.page+`) f`, append(ranked, floor, lim, off), ` ORDER BY f.rank, s.id`
		if rankBy != "" { // snippets of the whole query, apart
			q, args = `SELECT s.id, s.path, s.title, s.published, -f.rank, '' FROM (`+s.d.fts.pageWithin+`) f`, append(ranked, floor, match, floor, lim, off)
		} else if s.d.fts.pageSnippets != "" {
			q, args, withSnippets = `SELECT s.id, s.path, s.title, s.published, -f.rank, f.snippet FROM (`+ftsFuncs(s.d.fts.pageSnippets)+`) f`, append([]any{open, close}, args...), true
		}
	}
	plan := ""
	if newest {
		plan = s.d.newestPlan
	}
	hits := []SearchHit{}
	err = s.planRead(ctx, plan, func(r dbReader) error {
		rows, err := r.QueryContext(ctx, q+` JOIN stories s ON s.id = f.rowid`+order, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h SearchHit
			if err := rows.Scan(&h.StoryID, &h.Path, &h.Title, &h.Published, &h.Score, &h.Snippet); err != nil {
				return err
			}
			hits = append(hits, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, 0, err
	}
	if !withSnippets {
		if err := s.snippets(ctx, match, hits, open, close); err != nil {
			return nil, 0, err
		}
	}
	return hits, total, nil
}

// rankArgs is the arguments of a ranking statement that stand for the
// query it ranks, match: the query, and where the engine takes one
// (fts.rankMatch) the rank function, annals_bm25 given the number of
// stories holding each phrase of a query of words and "phrases" (cached
// as the query's matches: the whole query's count when it is one
// phrase), bm25 for other queries. bm25 counted them again on every
// statement by a walk of each phrase's list (fts5rank.go).
func (s *DB) rankArgs(ctx context.Context, match string) ([]any, error) {
	if !s.d.fts.rankMatch {
		return []any{match}, nil
	}
	var counts []int
	for _, p := range plainPhrases(match) {
		n, err := s.matchCount(ctx, p)
		if err != nil {
			return nil, err
		}
		counts = append(counts, n)
	}
	return []any{match, rankSpec(counts)}, nil
}

// searchCap bounds the work of a search for a common term: a query
// matching more stories than this ranks only the newest searchCap of its
// matches (by id: the latest ingested), so that "the" costs what a rare
// term costs; rarer queries rank every match, exactly.
var searchCap = 2000

// newestFirst says whether a search for match lists its matches newest
// first (by id) instead of ranking them: when the query matches more
// than searchCap stories and at least half of all stories, and has no OR.
// Each word or phrase of such a query is then in at least half the
// stories, where bm25 weighs a term by almost nothing: its IDF,
// log((N - n + 0.5) / (n + 0.5)), is at most 0 and FTS5 makes it 1e-6.
// Ranked, the newest searchCap matches of "the" came in the order of how
// densely each held the word (a title holding it first, then short
// stories), for the cost of reading the word's positions in each of them
// and of walking its list through every story for its weight; the
// faceted window was likewise the densest 100 of them. Listed newest
// first, a page reads the page's rows and no rank: the hits' Score is 0.
// As when ranked, only the newest searchCap matches are listed.
// Rarer queries, those with OR (a rare alternative may weigh), and every
// query matching searchCap stories or fewer are ranked as before.
func (s *DB) newestFirst(ctx context.Context, match string, matched int) (bool, error) {
	if matched <= searchCap || hasOr(match) {
		return false, nil
	}
	n, err := s.storyCount(ctx)
	return err == nil && 2*matched >= n, err
}

// informativePart is the query ranking the matches of match when some of
// its phrases are in at least half the stories and others are not ("the
// hydrogen"): the others alone, "" otherwise. bm25 weighs a phrase in at
// least half the stories 1e-6 (newestFirst), which changes the order of
// two matches only when the rarer phrases score them within about 1e-5
// of each other (copies of a story tie, and then come in id order), but
// computing that weight walks the phrase's list through every story
// ("the": all of them) on every search, and the positions of each
// match are read for it. Only queries made of words and "phrases" (an
// AND of them) are split; the engine must rank within another query's
// matches (fts.pageWithin).
func (s *DB) informativePart(ctx context.Context, match string) (string, error) {
	if s.d.fts.pageWithin == "" {
		return "", nil
	}
	phrases := plainPhrases(match)
	if len(phrases) < 2 {
		return "", nil
	}
	n, err := s.storyCount(ctx)
	if err != nil {
		return "", err
	}
	var keep []string
	for _, p := range phrases {
		df, err := s.matchCount(ctx, p)
		if err != nil {
			return "", err
		}
		if 2*df < n {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 || len(keep) == len(phrases) {
		return "", nil
	}
	return strings.Join(keep, " "), nil
}

// searchCache turns the cache of match counts on (tests compare without).
var searchCache = true

// searchCounts caches the number of stories matching a query, until the
// next write (SQLite.gen) or a new story (by id, for other processes).
type searchCounts struct {
	sync.Mutex
	key string
	n   map[string]int
	// facets are the facet counts of faceted searches' windows, by the
	// window's story ids (cachedFacets).
	facets map[string]facetSet
}

// facetSet is the facets of a window but its years (counted from the
// hits themselves).
type facetSet struct{ types, orgs, people []FacetCount }

// matchCount is the number of stories matching an FTS5 query, cached.
func (s *DB) matchCount(ctx context.Context, match string) (int, error) {
	return s.cachedCount(ctx, "q"+match, func() (n int, err error) {
		return n, s.ftsRead(ctx, func(r dbReader) error { return r.QueryRowContext(ctx, s.d.fts.count, match).Scan(&n) })
	})
}

// storyCount is the number of stories, cached as matchCount's (on
// PostgreSQL count(*) reads a whole index).
func (s *DB) storyCount(ctx context.Context) (int, error) {
	return s.cachedCount(ctx, "s", func() (n int, err error) {
		return n, s.r.QueryRowContext(ctx, s.d.stories).Scan(&n)
	})
}

// cachedCount returns count's number, cached under key (a letter saying
// what is counted, "q" a query's matches, "f" its candidate floor, "s"
// the stories, then the full-text query) until the next write
// (SQLite.gen) or a new story (by id, for other processes).
func (s *DB) cachedCount(ctx context.Context, key string, count func() (int, error)) (int, error) {
	gen, err := s.countsGen(ctx)
	if err != nil {
		return 0, err
	}
	s.counts.Lock()
	s.counts.renew(gen)
	n, ok := s.counts.n[key]
	s.counts.Unlock()
	if ok {
		return n, nil
	}
	n, err = count()
	if err != nil {
		return 0, err
	}
	s.counts.Lock()
	if s.counts.key == gen {
		s.counts.n[key] = n
	}
	s.counts.Unlock()
	return n, nil
}

// cachedCounts is cachedCount for several keys at once: it fills ns
// with the counts of keys, those not cached counted by one call of count
// (given their indexes in keys, it fills ns at them), then cached.
func (s *DB) cachedCounts(ctx context.Context, keys []string, ns []int, count func(missing []int) error) error {
	gen, err := s.countsGen(ctx)
	if err != nil {
		return err
	}
	var missing []int
	s.counts.Lock()
	s.counts.renew(gen)
	for i, k := range keys {
		if n, ok := s.counts.n[k]; ok {
			ns[i] = n
		} else {
			missing = append(missing, i)
		}
	}
	s.counts.Unlock()
	if len(missing) == 0 {
		return nil
	}
	if err := count(missing); err != nil {
		return err
	}
	s.counts.Lock()
	if s.counts.key == gen {
		for _, i := range missing {
			s.counts.n[keys[i]] = ns[i]
		}
	}
	s.counts.Unlock()
	return nil
}

// countsGen is the state of the store the cached counts were counted in:
// the largest story id (another process's new stories) and this
// process's writes.
func (s *DB) countsGen(ctx context.Context) (string, error) {
	if gen, ok := ctx.Value(countsGenKey{s}).(string); ok {
		return gen, nil
	}
	var maxID int64
	if err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM stories`).Scan(&maxID); err != nil {
		return "", err
	}
	gen := fmt.Sprint(maxID, "/", s.gen.Load())
	if !searchCache {
		gen += fmt.Sprint("/", time.Now().UnixNano())
	}
	return gen, nil
}

// countsGenKey is the key of the state countsGen found for one request
// (withCountsGen).
type countsGenKey struct{ s *DB }

// withCountsGen is ctx with the state of the store the cached counts
// were counted in found once, for all the counts of one request (a
// search asks for two to six of them; each was a statement, a round trip
// on PostgreSQL).
func (s *DB) withCountsGen(ctx context.Context) (context.Context, error) {
	gen, err := s.countsGen(ctx)
	if err != nil {
		return ctx, err
	}
	return context.WithValue(ctx, countsGenKey{s}, gen), nil
}

// renew empties the caches when the store is no longer in state gen, or
// they grew too large; the caller holds the lock.
func (c *searchCounts) renew(gen string) {
	if c.key != gen || len(c.n) > 4096 || len(c.facets) > 1024 {
		c.key, c.n, c.facets = gen, map[string]int{}, map[string]facetSet{}
	}
}

// cachedFacets counts the facets of the window hits into res as
// countFacets does, cached by the window's stories until the next write or new story, as the match counts are: paging
// through a faceted search, or the same search again, counts nothing
// again.
func (s *DB) cachedFacets(ctx context.Context, hits []SearchHit, res *FacetedSearch) error {
	gen, err := s.countsGen(ctx)
	if err != nil {
		return err
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.StoryID
	}
	slices.Sort(ids) // the facets do not depend on the order
	key := jsonIDs(ids)
	s.counts.Lock()
	s.counts.renew(gen)
	f, ok := s.counts.facets[key]
	s.counts.Unlock()
	if ok {
		res.Types, res.Orgs, res.People = slices.Clone(f.types), slices.Clone(f.orgs), slices.Clone(f.people)
		res.Years = countYears(hits)
		return nil
	}
	if err := s.countFacets(ctx, hits, res); err != nil {
		return err
	}
	s.counts.Lock()
	if s.counts.key == gen {
		s.counts.facets[key] = facetSet{slices.Clone(res.Types), slices.Clone(res.Orgs), slices.Clone(res.People)}
	}
	s.counts.Unlock()
	return nil
}

// candidateFloor is the lowest story id a search for match ranks: 0 when
// it matches at most searchCap stories, else the id of its searchCap-th
// newest match (a walk of the term's list from its end).
func (s *DB) candidateFloor(ctx context.Context, match string, matched int) (int64, error) {
	if matched <= searchCap {
		return 0, nil
	}
	// Cached as the counts are, until the next write: "the hydrogen"
	// walks both words' lists from the end for it, about 4 ms of CPU
	// at 232,003 stories.
	floor, err := s.cachedCount(ctx, "f"+match, func() (int, error) {
		floor, err := s.findFloor(ctx, match, matched)
		return int(floor), err
	})
	return int64(floor), err
}

// findFloor reads candidateFloor's id.
func (s *DB) findFloor(ctx context.Context, match string, matched int) (int64, error) {
	var floor int64
	find := func(r dbReader) error {
		return r.QueryRowContext(ctx, s.d.fts.floor, match, searchCap-1).Scan(&floor)
	}
	// A query most stories match finds its floor soonest by a walk from
	// the newest story (about searchCap rows read); a rarer one on the
	// text index (docs/scale.md: "the" 29.7 ms walking, 66.8 on the index,
	// at 68,117 stories; "climate", in a third, 62.0 and 44.4).
	// The largest id stands for the number of stories (one step of the
	// index, where count(*) reads it all; ids may have gaps, so the walk
	// is taken only when it is surely short).
	var maxID int64
	if err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM stories`).Scan(&maxID); err != nil {
		return 0, s.wrap(err)
	}
	var err error
	if int64(matched)*2 > maxID {
		err = find(s.r)
	} else {
		err = s.ftsRead(ctx, find)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return floor, err
}

// defaultFacetWindow is how many of the best matches SearchFaceted counts
// facets over and narrows within, when FacetOptions.Window is 0.
const defaultFacetWindow = 100

// SearchFaceted ranks the stories matching query, keeps the best
// opt.Window of them that pass the facets of opt, counts their facets and
// returns the page opt asks for, with snippets for that page alone.
//
// Everything is asked of SQLite: the window is one ranked FTS5 query
// joined with the facet filters (each an indexed lookup of the story's
// reports or entities), and the counts are three GROUP BY queries over
// the window's story ids. The count of all matches runs beside the
// ranking, and the snippets, which tokenize each story again, run four at
// a time: on two cores a page of broad results (9,000 matches of "water
// OR energy" in 10,000 stories) takes about 30 ms.
func (s *DB) SearchFaceted(ctx context.Context, query string, opt FacetOptions) (*FacetedSearch, error) {
	first, plain, err := s.d.matchQueries(query)
	if err != nil {
		return nil, err
	}
	if first == "" {
		return &FacetedSearch{Hits: []SearchHit{}, Types: []FacetCount{}, Orgs: []FacetCount{}, People: []FacetCount{}, Years: []FacetCount{}}, nil
	}
	if ctx, err = s.withCountsGen(ctx); err != nil {
		return nil, s.wrap(err)
	}
	res, err := s.searchFaceted(ctx, first, opt)
	if err != nil && ctx.Err() == nil && plain != "" && s.d.retry(err) {
		res, err = s.searchFaceted(ctx, plain, opt)
	}
	return res, s.wrap(err)
}

func (s *DB) searchFaceted(ctx context.Context, match string, opt FacetOptions) (*FacetedSearch, error) {
	window := opt.Window
	if window <= 0 {
		window = defaultFacetWindow
	}
	lim, off := limit(opt.Limit, 20), max(opt.Offset, 0)
	narrowed := opt.Type != "" || opt.Org != 0 || opt.Person != 0 || opt.Year != ""

	matched, err := s.matchCount(ctx, match)
	if err != nil {
		return nil, err
	}
	newest, err := s.newestFirst(ctx, match, matched)
	if err != nil {
		return nil, err
	}
	var floor int64
	var rankBy string
	var rankQ []any
	if !newest {
		if floor, err = s.candidateFloor(ctx, match, matched); err != nil {
			return nil, err
		}
		if rankBy, err = s.informativePart(ctx, match); err != nil {
			return nil, err
		}
		if rankQ, err = s.rankArgs(ctx, cmp.Or(rankBy, match)); err != nil {
			return nil, err
		}
	}

	var where []string
	var fargs []any
	if opt.Type != "" {
		where = append(where, `EXISTS (SELECT 1 FROM reports r WHERE r.story_id = w.id AND r.type = ?)`)
		fargs = append(fargs, string(opt.Type))
	}
	for _, id := range []int64{opt.Org, opt.Person} {
		if id != 0 {
			where = append(where, `EXISTS (SELECT 1 FROM story_entities se WHERE se.story_id = w.id AND se.entity_id = ?)`)
			fargs = append(fargs, id)
		}
	}
	if opt.Year != "" {
		where = append(where, `substr(s.published, 1, 4) = ?`)
		fargs = append(fargs, opt.Year)
	}
	pass := "1"
	if len(where) > 0 {
		pass = strings.Join(where, ` AND `)
	}
	// The window is ranked by one statement. It was cut in ranges of ids
	// ranked side by side (bm25 weighs terms over the whole index, so
	// the best of each range, merged, are the best of all) while bm25
	// read each matching story's length by a statement; with the lengths
	// kept (fts5lengths.go), setting the query up on the index once a
	// range and reading each range's best window rows cost more than the
	// ranges saved (session 17: `hydrogen` with facets 7.3 -> 5.9 ms of
	// CPU, median of three pairs at load 7).
	type ranked struct {
		SearchHit
		rank float64
		pass bool
	}
	var all []ranked
	lo, hi := max(1, floor), int64(math.MaxInt64)
	q, args := `SELECT w.id, s.path, s.title, s.published, w.rank, `+pass+`
		FROM (`+s.d.fts.window+`) w
		JOIN stories s ON s.id = w.id`, slices.Concat(fargs, rankQ, []any{lo, hi, window}) // the facets' ? come first
	if rankBy != "" {
		q, args = `SELECT w.id, s.path, s.title, s.published, w.rank, `+pass+`
		FROM (`+s.d.fts.windowWithin+`) w
		JOIN stories s ON s.id = w.id`, slices.Concat(fargs, rankQ, []any{lo, hi, match, lo, hi, window})
	}
	plan := ""
	if newest { // the newest window matches, ranked by id below
		q, args = `SELECT w.id, s.path, s.title, s.published, 0, `+pass+`
		FROM (SELECT rowid AS id FROM (`+s.d.fts.newest+`) n) w
		JOIN stories s ON s.id = w.id`, append(slices.Clone(fargs), match, min(window, searchCap), 0)
		plan = s.d.newestPlan
	}
	err = s.planRead(ctx, plan, func(rd dbReader) error {
		rows, err := rd.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r ranked
			if err := rows.Scan(&r.StoryID, &r.Path, &r.Title, &r.Published, &r.rank, &r.pass); err != nil {
				return err
			}
			r.Score = -r.rank
			if newest {
				r.rank = -float64(r.StoryID)
			}
			all = append(all, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(all, func(a, b ranked) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.StoryID, b.StoryID)) })
	var kept []SearchHit
	for _, r := range all[:min(len(all), window)] {
		if r.pass {
			kept = append(kept, r.SearchHit)
		}
	}
	res := &FacetedSearch{Matched: matched, Window: min(window, matched), Total: len(kept), Hits: []SearchHit{}, Newest: newest}
	if newest {
		res.Window = min(window, searchCap, matched)
	}
	if !narrowed {
		res.Total = matched
	}
	// Facets and snippets side by side.
	facetErr := make(chan error, 1)
	go func() { facetErr <- s.cachedFacets(ctx, kept, res) }()
	err = nil
	switch {
	case off < len(kept):
		res.Hits = slices.Clone(kept[off:min(off+lim, len(kept))])
		err = s.snippets(ctx, match, res.Hits, opt.Open, opt.Close)
	case !narrowed && off < matched:
		// Beyond the window: rank again for that page.
		res.Hits, _, err = s.search(ctx, match, SearchOptions{Limit: lim, Offset: off, Open: opt.Open, Close: opt.Close})
	}
	if err := errors.Join(err, <-facetErr); err != nil {
		return nil, err
	}
	return res, nil
}

// facetEntities is how many organizations, and people, a faceted search
// lists: those named by the most hits.
const facetEntities = 12

// countFacets counts the facets of the hits into res.
func (s *DB) countFacets(ctx context.Context, hits []SearchHit, res *FacetedSearch) error {
	res.Types, res.Orgs, res.People, res.Years = []FacetCount{}, []FacetCount{}, []FacetCount{}, countYears(hits)
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.StoryID
	}
	if len(ids) == 0 {
		return nil
	}
	in := placeholders(len(ids))
	rows, err := s.r.QueryContext(ctx, `SELECT type, count(DISTINCT story_id) FROM reports WHERE story_id IN (`+in+`) GROUP BY type`, int64Args(ids)...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var c FacetCount
		if err := rows.Scan(&c.Value, &c.Count); err != nil {
			rows.Close()
			return err
		}
		c.Label = c.Value
		res.Types = append(res.Types, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// Organizations and people: the stories of each entity counted on
	// the covering story index alone, then the entities read in the order
	// of their counts until twelve of each type are certain (every entity
	// of the last count read, for ties are ordered by name). Reading each
	// story entity's row for its type, and every entity, was most of a
	// faceted search at 98,685 stories. Each story's entities come as one
	// list, counted once a story here: grouping the 2,000-3,000 rows of
	// a window by entity in SQL took 2.7 ms of CPU at 232,003 stories.
	rows, err = s.r.QueryContext(ctx, `SELECT `+s.d.idList("entity_id")+` FROM story_entities
		WHERE story_id IN (`+in+`) GROUP BY story_id`, int64Args(ids)...)
	if err != nil {
		return err
	}
	type counted struct {
		id int64
		n  int
	}
	byEntity := map[int64]int{}
	var list []int64
	for rows.Next() {
		var b sql.RawBytes
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return err
		}
		if list, err = parseIDList(b, list[:0]); err != nil {
			rows.Close()
			return err
		}
		slices.Sort(list)
		for _, e := range slices.Compact(list) {
			byEntity[e]++
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	counts := make([]counted, 0, len(byEntity))
	for id, n := range byEntity {
		counts = append(counts, counted{id, n})
	}
	slices.SortFunc(counts, func(a, b counted) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.id, b.id)) })
	for i := 0; i < len(counts) && (len(res.Orgs) < facetEntities || len(res.People) < facetEntities); {
		j := min(i+64, len(counts))
		for j < len(counts) && counts[j].n == counts[j-1].n {
			j++
		}
		n := map[int64]int{}
		chunk := make([]int64, 0, j-i)
		for _, c := range counts[i:j] {
			n[c.id] = c.n
			chunk = append(chunk, c.id)
		}
		// The types are tested here, not in the statement: given a test
		// of type beside dozens of ids, SQLite walked the index by type
		// and prominence (schema v19) through every organization and
		// person (100 ms a search at 59,203 stories) instead of looking
		// up each id.
		rows, err := s.r.QueryContext(ctx, `SELECT id, type, name FROM entities WHERE id IN (`+placeholders(len(chunk))+`)`,
			int64Args(chunk)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var typ annals.EntityType
			var c FacetCount
			if err := rows.Scan(&id, &typ, &c.Label); err != nil {
				rows.Close()
				return err
			}
			c.Value, c.Count = strconv.FormatInt(id, 10), n[id]
			switch typ {
			case annals.Org:
				res.Orgs = append(res.Orgs, c)
			case annals.Person:
				res.People = append(res.People, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		i = j
	}
	byCount := func(a, b FacetCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Label, b.Label), strings.Compare(a.Value, b.Value))
	}
	slices.SortFunc(res.Types, byCount)
	slices.SortFunc(res.Orgs, byCount)
	slices.SortFunc(res.People, byCount)
	res.Orgs, res.People = res.Orgs[:min(len(res.Orgs), facetEntities)], res.People[:min(len(res.People), facetEntities)]
	return nil
}

// countYears is the years facet of hits, newest first.
func countYears(hits []SearchHit) []FacetCount {
	years := map[string]int{}
	for _, h := range hits {
		if h.Published.Precision() >= annals.Year {
			years[string(h.Published[:4])]++
		}
	}
	out := []FacetCount{}
	for y, n := range years {
		out = append(out, FacetCount{Value: y, Label: y, Count: n})
	}
	slices.SortFunc(out, func(a, b FacetCount) int { return strings.Compare(b.Value, a.Value) })
	return out
}

// snippets fills the snippets of hits, four at a time (FTS5 tokenizes the
// story again for each).
func (s *DB) snippets(ctx context.Context, match string, hits []SearchHit, open, close string) error {
	if open == "" && close == "" {
		open, close = "**", "**"
	}
	if s.d.fts.snippets != "" && len(hits) > 1 {
		// One statement for the page: the matches between its lowest and
		// highest id walked once, the snippets made for its hits alone.
		ids := make([]int64, len(hits))
		at := make(map[int64]int, len(hits))
		for i, h := range hits {
			ids[i] = h.StoryID
			at[h.StoryID] = i
		}
		rows, err := s.r.QueryContext(ctx, ftsFuncs(s.d.fts.snippets), open, close, match, slices.Min(ids), slices.Max(ids), jsonIDs(ids))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var snippet string
			if err := rows.Scan(&id, &snippet); err != nil {
				return err
			}
			if i, ok := at[id]; ok {
				hits[i].Snippet = snippet
			}
		}
		return rows.Err()
	}
	if s.d.snippetText && pgBatchReads {
		return s.snippetsOfTexts(ctx, match, hits, open, close)
	}
	errs := make([]error, len(hits))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i := range hits {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if !s.d.snippetText {
				errs[i] = s.r.QueryRowContext(ctx, ftsFuncs(s.d.fts.snippet),
					open, close, match, hits[i].StoryID).Scan(&hits[i].Snippet)
				return
			}
			var body []byte
			if errs[i] = s.r.QueryRowContext(ctx, `SELECT body FROM stories WHERE id = ?`, hits[i].StoryID).Scan(&body); errs[i] != nil {
				return
			}
			text, err := bodyText(body)
			if err != nil {
				errs[i] = err
				return
			}
			errs[i] = s.r.QueryRowContext(ctx, s.d.fts.snippet, open, close, match, text).Scan(&hits[i].Snippet)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// snippetParts is in how many batches, sent at once on as many
// connections, the snippets of a page are made from the texts
// (snippetsOfTexts).
var snippetParts = 4

// snippetsOfTexts fills the snippets of hits where the engine makes them
// from the text given (PostgreSQL's ts_headline): the page's bodies in
// one statement, then the snippets in snippetParts batches at once (one
// round trip each), where each hit's body and snippet had been two
// statements, four hits at a time.
//
// ts_headline parses the whole text it is given, which costs what
// parsing the page's texts costs (docs/scale.md, session 25). For a
// query of one lexeme its fragment is around the lexeme's first match
// in the text, so it is given only the words around that match
// (headlineWindow), found from the match's position in the story's
// stored vector (fts.bodies): the same snippet from a fifth of the text
// or less. For a query of several lexemes all required, its fragment is
// within a cover, and the covers end before a position the lexemes'
// stored positions tell (termsCovers): it is given the text up to some
// words past it (docs/scale.md, session 27). A window whose headline
// marks nothing (no match in it, which the bounds should not allow) is
// made again from the whole text.
func (s *DB) snippetsOfTexts(ctx context.Context, match string, hits []SearchHit, open, close string) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.StoryID
	}
	type text struct {
		all, window string
	}
	texts := make(map[int64]*text, len(hits))
	err := s.readTogether(ctx, pageRead{s.d.fts.bodies, []any{match, jsonIDs(ids)}, func(scan func(...any) error) error {
		var id int64
		var body []byte
		var first sql.NullInt64
		var terms sql.NullString
		if err := scan(&id, &body, &first, &terms); err != nil {
			return err
		}
		all, err := bodyText(body)
		t := &text{all: all, window: all}
		lo, hi := int(first.Int64), int(first.Int64)
		if !first.Valid {
			// several lexemes: from before the covers to past them
			if start, end, ok := termsCovers(terms.String); ok {
				lo, hi = start, end
			}
		}
		if w, ok := headlineWindow(all, lo, hi); ok && headlineWindows {
			t.window = w
			if headlineWindowCount != nil {
				headlineWindowCount.Add(1)
			}
		}
		texts[id] = t
		return err
	}})
	if err != nil {
		return err
	}
	for _, h := range hits {
		if _, ok := texts[h.StoryID]; !ok {
			return sql.ErrNoRows // as the story's own read
		}
	}
	headlines := func(which []int, textOf func(*text) string) error {
		parts := min(snippetParts, len(which))
		errs := make([]error, parts)
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() {
				var reads []pageRead
				for k := p; k < len(which); k += parts {
					i := which[k]
					reads = append(reads, pageRead{s.d.fts.headline, []any{match, textOf(texts[hits[i].StoryID])}, func(scan func(...any) error) error {
						return scan(&hits[i].Snippet)
					}})
				}
				errs[p] = s.readTogether(ctx, reads...)
			})
		}
		wg.Wait()
		return errors.Join(errs...)
	}
	all := make([]int, len(hits))
	for i := range hits {
		all[i] = i
	}
	if err := headlines(all, func(t *text) string { return t.window }); err != nil {
		return err
	}
	var again []int
	for i, h := range hits {
		if t := texts[h.StoryID]; len(t.window) < len(t.all) && !strings.Contains(h.Snippet, headlineStart) {
			again = append(again, i)
		}
	}
	if len(again) > 0 {
		if err := headlines(again, func(t *text) string { return t.all }); err != nil {
			return err
		}
	}
	marks := strings.NewReplacer(headlineStart, open, headlineStop, close)
	for i := range hits {
		hits[i].Snippet = marks.Replace(hits[i].Snippet)
	}
	return nil
}

// headlineStart and headlineStop are the marks fts.headline puts around
// the matched words (chr(57344) and chr(57345), of Unicode's private
// use): snippetsOfTexts puts the page's own marks in their place.
const headlineStart, headlineStop = "\ue000", "\ue001"

// headlineWindows says whether snippetsOfTexts headlines the words around
// the first match (headlineWindow) instead of the whole text; the tests
// turn it off to compare.
var headlineWindows = true

// headlineWindowCount, when a test sets it, counts the windows
// snippetsOfTexts headlines.
var headlineWindowCount *atomic.Int64

// Margins of headlineWindow, in the parser's positions: ts_headline
// stretches a one-word fragment by at most (MaxWords-1)/2 = 11 words
// back and to MaxWords = 24 words on, and a word of a compound or an
// address may hold two positions for one word it counts.
const headBefore, headAfter = 40, 80

// headlineWindow is the part of text whose headline is the text's when
// the fragment ts_headline chooses lies between positions lo and hi
// (1-based, as to_tsvector counts the text's tokens): for a query of one
// lexeme, its first match (lo = hi); for words all required, the text's
// start and a position past the end of its covers (termsCovers). The
// words from some headBefore positions before lo to some headAfter
// after hi, cut at ASCII white space, which no token of PostgreSQL's
// parser but a tag crosses (a text with '<' is left whole). Go does not
// count the parser's tokens, so each word is given the fewest positions
// it may take (headWordPositions) to end the window and the most to
// start it: the window starts no later and ends no earlier than the
// margins ask. ok is false when the window would be the whole text.
func headlineWindow(text string, lo, hi int) (window string, ok bool) {
	first := lo
	if first <= 0 || hi < lo || strings.Contains(text, "<") {
		return "", false
	}
	start, end := 0, len(text)
	least, most := 0, 0 // the positions the words before this one take
	for i := 0; i < len(text); {
		if asciiSpace(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && !asciiSpace(text[j]) {
			j++
		}
		if least >= hi+headAfter {
			end = i
			break
		}
		if most <= first-1-headBefore {
			start = i
		}
		l, m := headWordPositions(text[i:j])
		least, most = least+l, most+m
		i = j
	}
	if start == 0 && end == len(text) {
		return "", false
	}
	return text[start:end], true
}

// termsCovers reads the positions in a story's text of the lexemes of a
// query that requires each of them (fts.bodies: a JSON array of [lexeme,
// positions in the text, positions in the vector] a lexeme, or "" when
// the query is of another kind) and returns a position at or before the
// start and one at or after the end of every cover ts_headline may find
// in the text (1 and 1 when it can find none: it shows the text's first
// words), or ok false when the vector may not hold every position (a
// lexeme of 256 positions, PostgreSQL's most, or one at the last
// position a vector holds).
//
// PostgreSQL 15's ts_headline (hlCover, mark_hl_fragments) starts a
// cover at each match of any lexeme and ends it at the first word where
// every lexeme has matched, if that is fewer than max_cover (240, ten
// times MaxWords) of the parser's tokens on (spaces and punctuation
// among them); it cuts the covers into fragments and chooses one by the
// words in them, which the positions do not count. A token has at most
// one position, so a cover ends where the first match of every lexeme
// at or after its start is, if that is fewer than 240 positions on
// (else it is no cover): the fragment chosen ends at or before the last
// such end. Likewise every cover starts at a match where such a cover
// starts, the first of them or a later one (a cover within 240
// positions may be past 240 tokens: then ts_headline tries the next
// match, and where it finds no cover at all it shows the text's first
// words, which the caller's window, starting later, would not hold; its
// headline then marks nothing and is made again from the whole text).
// PostgreSQL 16 finds its covers otherwise (from the lexemes' positions,
// with no max_cover): fts.bodies gives no positions there.
func termsCovers(terms string) (start, end int, ok bool) {
	if terms == "" {
		return 0, 0, false
	}
	var rows [][]json.RawMessage
	if err := json.Unmarshal([]byte(terms), &rows); err != nil || len(rows) == 0 {
		return 0, 0, false
	}
	var lists [][]int
	var starts []int
	for _, r := range rows {
		var ps []int
		var all int
		if len(r) != 3 || json.Unmarshal(r[1], &ps) != nil || json.Unmarshal(r[2], &all) != nil {
			return 0, 0, false
		}
		if all >= 256 || len(ps) > 0 && ps[len(ps)-1] >= 16383-1 || !slices.IsSorted(ps) {
			return 0, 0, false
		}
		lists = append(lists, ps)
		starts = append(starts, ps...)
	}
	start, end = 0, 1
	for _, p := range starts {
		e := p
		for _, ps := range lists {
			k, _ := slices.BinarySearch(ps, p)
			if k == len(ps) {
				e = -1
				break
			}
			e = max(e, ps[k])
		}
		if e >= 0 && e-p < hlMaxCover {
			end = max(end, e)
			if start == 0 || p < start {
				start = p
			}
		}
	}
	return max(start, 1), end, true
}

// hlMaxCover is ts_headline's longest cover in the parser's tokens
// (max_cover: ten times MaxWords, at least 100, times MaxFragments).
const hlMaxCover = 240

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// headWordPositions bounds the positions PostgreSQL's default parser
// gives a word without white space, in any locale: at least one if it
// has an ASCII letter or digit (no entity, '&amp;', tag, '<b>', or
// protocol alone, 'http://', whose tokens take none); at most one for one run of letters
// and digits among characters that make no path ('..', '/', '~': the
// parser reads "end.." as a word and a path), else two a run of letters
// and digits or of other characters and one more: a compound word is
// itself and its parts, an address itself, its host and its path. A run
// of letters is of ASCII letters and digits and of any other character
// (C locale: all letters), and each character no letter, digit or mark
// in Unicode may split one in another locale.
func headWordPositions(w string) (least, most int) {
	runs, others := 0, 0
	inRun, inOther := false, false
	for _, r := range w {
		alnum := r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		word := alnum || r >= 0x80
		if word && !inRun {
			runs++
		}
		if !word && !inOther {
			others++
		}
		inRun, inOther = word, !word
		if r >= 0x80 && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			runs++
		}
		if alnum {
			least = 1
		}
	}
	if strings.ContainsAny(w, "&<") || strings.Contains(w, "://") {
		least = 0
	}
	if runs <= 1 && !strings.Contains(w, "..") && !strings.ContainsAny(w, "/~\\_") {
		return least, runs
	}
	return least, 2*(runs+others) + 1
}

// Related ranks the stories most related to story storyID: each shared
// entity adds its inverse document frequency (a rare entity counts more
// than the United Nations), each shared event 3, and similar text (the
// story's rarer title words, searched in the newest similarCap stories
// having any) up to 2. Reason sums it up: "shares
// UNAOC, Al-Nasser; same conference". Stories of one text (copies of
// one release, near copies, the story's own copies) are one entry, the
// others in its Also: a release published eight times over no longer
// fills the list.
func (s *DB) Related(ctx context.Context, storyID int64, limitN int) ([]RelatedStory, error) {
	limitN = limit(limitN, 10)
	// The state of the store the cached counts were counted in, read
	// once for the stories' count and the title words' (similarText).
	ctx, err := s.withCountsGen(ctx)
	if err != nil {
		return nil, s.wrap(err)
	}
	n, err := s.storyCount(ctx)
	if err != nil {
		return nil, s.wrap(err)
	}
	// The story's title, its entities, rarest first, and the stories
	// sharing its events, read together (readTogether).
	var title string
	found := false
	var ents []chronicle.StoryEntity
	var events []chronicle.StoryPair
	err = s.readTogether(ctx,
		pageRead{`SELECT title FROM stories WHERE id = ?`, []any{storyID}, func(scan func(...any) error) error {
			found = true
			return scan(&title)
		}},
		pageRead{`SELECT DISTINCT e.id, c.stories, e.name, e.type,
			coalesce((SELECT name FROM entity_names WHERE entity_id = e.id AND kind = 'acronym' ORDER BY seen DESC LIMIT 1), '')
		FROM story_entities se JOIN entities e ON e.id = se.entity_id JOIN entity_counts c ON c.id = e.id WHERE se.story_id = ? ORDER BY c.stories, e.id`, []any{storyID}, func(scan func(...any) error) error {
			var e chronicle.StoryEntity
			var name, typ, acronym string
			if err := scan(&e.ID, &e.Stories, &name, &typ, &acronym); err != nil {
				return err
			}
			e.Short = cmp.Or(acronym, name)
			ents = append(ents, e)
			return nil
		}},
		pageRead{`SELECT DISTINCT r2.story_id, e.type FROM reports r1
		JOIN reports r2 ON r2.event_id = r1.event_id AND r2.story_id <> r1.story_id
		JOIN events e ON e.id = r1.event_id WHERE r1.story_id = ?`, []any{storyID}, func(scan func(...any) error) error {
			var p chronicle.StoryPair
			if err := scan(&p.Story, &p.Type); err != nil {
				return err
			}
			events = append(events, p)
			return nil
		}})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("story %d: %w", storyID, ErrNotFound)
	}

	// Candidates: the stories of the rarer entities, of shared events,
	// and of similar text. The stories of the rarer entities are read
	// with the first statements of the similar text (one round trip on
	// PostgreSQL, where they were two).
	var poolStories []int64
	var poolRead []pageRead
	if pool := chronicle.RelatedPool(ents); len(pool) > 0 {
		// The newest first (one entity in more stories than the budget
		// is walked on its index by day of publication up to it).
		poolRead = append(poolRead, pageRead{`SELECT story_id FROM story_entities WHERE entity_id IN (` + placeholders(len(pool)) + `) AND story_id <> ?
			GROUP BY pub_day, story_id ORDER BY pub_day DESC NULLS LAST, story_id DESC LIMIT ?`,
			append(int64Args(pool), storyID, chronicle.RelatedBudget), func(scan func(...any) error) error {
				var id int64
				if err := scan(&id); err != nil {
					return err
				}
				poolStories = append(poolStories, id)
				return nil
			}})
	}
	// Similar text: the title's rarer words, any of them.
	text, err := s.similarText(ctx, storyID, title, titleMaxDF(n), poolRead...)
	if err != nil {
		return nil, err
	}
	cands := map[int64]bool{}
	for _, id := range poolStories {
		cands[id] = true
	}
	for _, p := range events {
		cands[p.Story] = true
	}
	for _, h := range text {
		cands[h.Story] = true
	}
	if len(cands) == 0 {
		return []RelatedStory{}, nil
	}
	ids := sortedKeys(cands)
	mine := make([]int64, len(ents))
	for i, e := range ents {
		mine[i] = e.ID
	}
	shared, err := s.sharedEntities(ctx, ids, mine)
	if err != nil {
		return nil, err
	}
	// The best of them, as many as copies could fill the list with,
	// folded so that one text is one entry (chronicle.FoldCopies).
	ranked := chronicle.RankRelated(n, ents, poolStories, events, text, shared, relatedWindow(limitN))
	folded, err := s.foldCopies(ctx, storyID, ranked, limitN)
	if err != nil {
		return nil, err
	}
	out := make([]RelatedStory, 0, len(folded))
	type slot struct{ entry, also int } // also -1: the entry's own story
	at := map[int64]slot{}
	ids = ids[:0]
	for i, f := range folded {
		out = append(out, RelatedStory{StorySummary: StorySummary{ID: f.Story}, Score: f.Score, Reason: f.Reason, SameText: f.Same})
		at[f.Story] = slot{i, -1}
		ids = append(ids, f.Story)
		if len(f.Also) > 0 {
			out[i].Also = make([]StorySummary, len(f.Also))
		}
		for j, id := range f.Also {
			out[i].Also[j].ID = id
			at[id] = slot{i, j}
			ids = append(ids, id)
		}
	}
	rows, err := s.r.QueryContext(ctx, storySummarySQL+` WHERE s.id IN (SELECT value FROM json_each(?))`, jsonIDs(ids))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanStorySummary(rows)
		if err != nil {
			return nil, err
		}
		if a := at[r.ID]; a.also < 0 {
			out[a.entry].StorySummary = r
		} else {
			out[a.entry].Also[a.also] = r
		}
	}
	return out, s.wrap(rows.Err())
}

// relatedWindow is how many of the best related stories are read for
// their copies when limit are shown: enough that a release re-published
// a few times over does not fill the list with one text.
func relatedWindow(limit int) int { return 4*limit + 16 }

// foldCopies reads the copy groups and signatures of the ranked stories
// and of story self, and folds each text's stories into one entry of at
// most limit (chronicle.FoldCopies).
func (s *DB) foldCopies(ctx context.Context, self int64, ranked []chronicle.Ranked, limit int) ([]chronicle.Folded, error) {
	ids := make([]int64, 0, len(ranked)+1)
	ids = append(ids, self)
	for _, r := range ranked {
		ids = append(ids, r.Story)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT story_id, coalesce(copy_of, story_id), minhash FROM story_copies
		WHERE story_id IN (SELECT value FROM json_each(?))`, jsonIDs(ids))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	group := make(map[int64]int64, len(ids))
	sigs := make(map[int64][]uint32, len(ids))
	for rows.Next() {
		var id, g int64
		var blob []byte
		if err := rows.Scan(&id, &g, &blob); err != nil {
			return nil, s.wrap(err)
		}
		group[id] = g
		if sig := chronicle.DecodeSig(blob); sig != nil {
			sigs[id] = sig
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	return chronicle.FoldCopies(self, ranked, group, sigs, limit), nil
}

// sharedEntities reads which of the entities mine each of the stories
// ids names (dialect.sharedEntities), by story and then entity, each
// pair once. Both lists go as one JSON argument each: a statement with
// hundreds of placeholders costs more to prepare than to run. Each
// candidate's list is read against mine sorted (sharedIn), not parsed
// whole and looked up in a map: at 10,000 stories a call reads some 370
// lists of 31 ids for 20 of the story's, and the parse, the map and the
// sort of the pairs took half the call's time on SQLite, the rows a
// sixth (one row on SQLite: docs/scale.md, session 29).
func (s *DB) sharedEntities(ctx context.Context, ids, mine []int64) ([]chronicle.StoryPair, error) {
	want := slices.Compact(slices.Sorted(slices.Values(mine)))
	q, args := s.d.sharedEntities(jsonIDs(ids), jsonIDs(mine))
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var shared []chronicle.StoryPair
	var row []byte
	for rows.Next() {
		if err := rows.Scan(&row); err != nil {
			return nil, err
		}
		// records "story:ids" separated by semicolons
		for rec := range bytes.SplitSeq(row, []byte(";")) {
			if len(rec) == 0 {
				continue
			}
			head, list, ok := bytes.Cut(rec, []byte(":"))
			if !ok {
				return nil, fmt.Errorf("shared entities: no story in %q", rec)
			}
			story, err := strconv.ParseInt(string(head), 10, 64)
			if err != nil {
				return nil, err
			}
			if shared, err = sharedIn(shared, story, list, want); err != nil {
				return nil, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	byPair := func(a, b chronicle.StoryPair) int {
		return cmp.Or(cmp.Compare(a.Story, b.Story), cmp.Compare(a.Entity, b.Entity))
	}
	if !slices.IsSortedFunc(shared, byPair) { // the records come by story, each list sorted
		slices.SortFunc(shared, byPair)
	}
	return slices.Compact(shared), nil
}

// sharedIn appends to dst a pair of story and entity for each id of the
// idList list ("3,17,5") found in want (sorted, each once). A sorted list
// is walked beside want once; an id less than the one before starts the
// walk of want again, so any order gives the same pairs.
func sharedIn(dst []chronicle.StoryPair, story int64, list []byte, want []int64) ([]chronicle.StoryPair, error) {
	j := 0
	prev := int64(-1)
	for i := 0; i < len(list); {
		start := i
		var n int64
		for i < len(list) && list[i] != ',' {
			c := list[i]
			if c < '0' || c > '9' || i-start >= 18 {
				// not a plain id: strconv says why, or takes it
				end := bytes.IndexByte(list[start:], ',')
				if end < 0 {
					end = len(list) - start
				}
				v, err := strconv.ParseInt(string(list[start:start+end]), 10, 64)
				if err != nil {
					return dst, err
				}
				n, i = v, start+end
				break
			}
			n = n*10 + int64(c-'0')
			i++
		}
		if i == start {
			return dst, fmt.Errorf("empty id in list %q", list)
		}
		if i < len(list) {
			i++ // the comma
		}
		if n < prev {
			j = 0
		}
		prev = n
		for j < len(want) && want[j] < n {
			j++
		}
		if j < len(want) && want[j] == n {
			dst = append(dst, chronicle.StoryPair{Story: story, Entity: n})
		}
	}
	return dst, nil
}

// stopwords are left out of the title query of Related.
var stopwords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "from": true, "that": true, "this": true,
	"into": true, "over": true, "says": true, "said": true, "will": true, "have": true, "has": true,
	"its": true, "their": true, "about": true, "after": true, "new": true, "more": true,
}

// titleMaxDF is in how many of n stories a title word may be found to
// count for similar text: a tenth of them, at least 50 and at most
// titleDFCap, so that counting reads at most titleDFCap+1 matches of a
// word however large the database (a tenth of 98,685 stories read up to
// 9,869 of each word).
func titleMaxDF(n int) int { return min(max(50, n/10), titleDFCap) }

const titleDFCap = 500

// similarText ranks the stories most like story id by the words of its
// title found in at most maxDF stories (titleTerms), best first: the best
// of the newest similarCap stories having any of them. The reads before
// run with its first statements (readPlannedAfter), or alone when it
// needs none.
func (s *DB) similarText(ctx context.Context, id int64, title string, maxDF int, before ...pageRead) ([]chronicle.TextHit, error) {
	// The words' counts, then the stories: two round trips on
	// PostgreSQL, each in its transaction with ftsPlan (readPlanned).
	// A word is counted once until the next write or new story (as a
	// search's matches, cachedCounts): a story page counted about six
	// words each time (docs/scale.md, session 26).
	words := titleTerms(title)
	dfs := make([]int, len(words))
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = "d" + strconv.Itoa(maxDF) + " " + w
	}
	err := s.cachedCounts(ctx, keys, dfs, func(missing []int) error {
		reads := make([]pageRead, len(missing))
		for k, i := range missing {
			reads[k] = pageRead{s.d.fts.df, []any{words[i], maxDF + 1}, func(scan func(...any) error) error { return scan(&dfs[i]) }}
		}
		b := before
		before = nil
		return s.readPlannedAfter(ctx, b, s.d.ftsPlan, reads...)
	})
	if err != nil {
		return nil, err
	}
	var rare []string
	var rareDFs []int
	for i, w := range words {
		if len(rare) == 8 {
			break
		}
		if dfs[i] <= maxDF {
			rare = append(rare, w)
			rareDFs = append(rareDFs, dfs[i])
		}
	}
	if len(rare) == 0 {
		return nil, s.readTogether(ctx, before...)
	}
	args := []any{strings.Join(rare, " OR ")}
	if s.d.fts.similarRank {
		// A rare word's count is exact (at most maxDF, counted up to
		// maxDF+1): annals_bm25 given them scores as bm25 would, without
		// walking each word's list again on every statement.
		args = append(args, rankSpec(rareDFs))
	}
	args = append(args, id)
	var text []chronicle.TextHit
	err = s.readPlannedAfter(ctx, before, s.d.ftsPlan, pageRead{s.d.fts.similar, args, func(scan func(...any) error) error {
		var h chronicle.TextHit
		if err := scan(&h.Story, &h.Rank); err != nil {
			return err
		}
		text = append(text, h)
		return nil
	}})
	return text, err
}

// dbReader runs statements that read: the reading pool or a transaction.
type dbReader interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// ftsRead runs f on a read-only transaction that first runs the dialect's
// ftsPlan (PostgreSQL: the GIN index, never a walk of the table that reads
// every story's tsvector), or on the reading pool when it has none.
func (s *DB) ftsRead(ctx context.Context, f func(r dbReader) error) error {
	return s.planRead(ctx, s.d.ftsPlan, f)
}

// planRead runs f on a read-only transaction that first runs plan (the
// engine's settings for f's statements), or on the pool when plan is "".
func (s *DB) planRead(ctx context.Context, plan string, f func(r dbReader) error) error {
	if plan == "" {
		return f(s.r)
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, plan); err != nil {
		return s.wrap(err)
	}
	if err := f(tx); err != nil {
		return err
	}
	return s.wrap(tx.Commit())
}

// titleTerms are the significant words of title, quoted for a full-text
// query, each once: those of 4 letters or more that are no stopwords.
// Similar text matches any of the first 8 of them found in at most maxDF
// stories (similarText): common words would match most of the database
// and rank nothing.
func titleTerms(title string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(resolve.Normalize(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		q := `"` + w + `"`
		if len([]rune(w)) < 4 || stopwords[w] || slices.Contains(words, q) {
			continue
		}
		words = append(words, q)
	}
	return words
}

// Counts is Stats with only the numbers of stories, entities, events and
// reports: what an ingest reports it added. SQLite keeps them as rows come
// and go; PostgreSQL counts the tables (dialect.counts).
func (s *DB) Counts(ctx context.Context) (*Stats, error) {
	st := &Stats{}
	err := s.r.QueryRowContext(ctx, s.d.counts).Scan(&st.Stories, &st.Entities, &st.Events, &st.Reports)
	if err != nil {
		return nil, s.wrap(err)
	}
	return st, nil
}

// Stats counts stories, entities, events and reports, events by type and
// year, and lists the ten most prominent entities.
func (s *DB) Stats(ctx context.Context) (*Stats, error) {
	st, err := s.Counts(ctx)
	if err != nil {
		return nil, err
	}
	st.ByTypeYear = []TypeYear{}
	rows, err := s.r.QueryContext(ctx, s.d.typeYears)
	if err != nil {
		return nil, s.wrap(err)
	}
	for rows.Next() {
		var t TypeYear
		if err := rows.Scan(&t.Type, &t.Year, &t.Count); err != nil {
			rows.Close()
			return nil, err
		}
		st.ByTypeYear = append(st.ByTypeYear, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	if st.TopEntities, err = s.Entities(ctx, EntityFilter{Limit: 10}); err != nil {
		return nil, err
	}
	if st.TopEntities == nil {
		st.TopEntities = []EntitySummary{}
	}
	return st, nil
}
