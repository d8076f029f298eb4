package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// applicationID marks a SQLite file as an annals database ("anls").
const applicationID = 0x616e6c73

// schemaVersion is the PRAGMA user_version of the schema below. Each
// migration in migrations takes the schema from its index to index+1.
const schemaVersion = 24

var migrations = []migration{{sql: schemaV1}, {sql: schemaV2}, {sql: schemaV3}, {sql: schemaV4}, {sql: schemaV5},
	{sql: schemaV6, fill: packStories, after: schemaV6After}, {sql: schemaV7},
	{fill: packEvidenceAll}, {sql: schemaV9, fill: fillKeyFacts}, {sql: schemaV10}, {sql: schemaV11}, {sql: schemaV12}, {sql: schemaV13},
	{sql: schemaV14, fill: fillFormRanks}, {fill: packSentencesAll}, {sql: schemaV16}, {sql: schemaV17}, {sql: schemaV18}, {sql: schemaV19}, {sql: schemaV20}, {sql: schemaV21}, {fill: markMiscapitalized}, {fill: countsApart(false)},
	{fill: dateFirsts(false)}}

// schemaV1: stories and their facts; global entities with their names;
// events separate from the reports that mention them.
const schemaV1 = `
CREATE TABLE stories (
	id        INTEGER PRIMARY KEY,
	path      TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL UNIQUE,         -- hex SHA-256 of raw
	format    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL,                -- annals.Date, '' when unknown
	pub_lo    TEXT,                         -- first day published covers; NULL unknown
	raw       BLOB NOT NULL,
	text      TEXT NOT NULL,
	ingested  TEXT NOT NULL                 -- RFC 3339
);
CREATE INDEX stories_newest ON stories(pub_lo IS NULL, pub_lo DESC, id DESC);

-- Full text of titles and texts; content lives in stories.
CREATE VIRTUAL TABLE stories_fts USING fts5(
	title, text, content='stories', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
-- ORDER BY rank: bm25 with titles weighing five times the text.
INSERT INTO stories_fts (stories_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

-- Global entities: one row per real thing across stories. stories and
-- mentions are counters kept by PutStory and DeleteStory so that listing
-- by prominence needs no aggregate over all stories. They are not indexed:
-- every story changes them, and sorting the entities is cheap.
CREATE TABLE entities (
	id       INTEGER PRIMARY KEY,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,                 -- display name: the most used full name
	ref      TEXT UNIQUE,                   -- gazetteer key; NULL when none
	stories  INTEGER NOT NULL DEFAULT 0,
	mentions INTEGER NOT NULL DEFAULT 0
);

-- Every name an entity was seen under, normalized (package resolve), with
-- how it was seen and in how many stories. Strong names join stories.
CREATE TABLE entity_names (
	entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	norm      TEXT NOT NULL,
	name      TEXT NOT NULL,
	kind      TEXT NOT NULL,                -- former, name, acronym, alias
	strong    INTEGER NOT NULL,
	until     TEXT NOT NULL DEFAULT '',     -- for former names
	seen      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (entity_id, norm)
) WITHOUT ROWID;
CREATE INDEX entity_names_norm ON entity_names(norm, strong);

-- A story's own entities, as extracted, each resolved to a global entity.
CREATE TABLE story_entities (
	id        INTEGER PRIMARY KEY,
	story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       INTEGER NOT NULL,
	local_id  TEXT NOT NULL,                -- "e1"
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	aliases   TEXT NOT NULL,                -- JSON array
	ref       TEXT NOT NULL,
	former    TEXT NOT NULL,                -- JSON array of annals.FormerName
	mentions  INTEGER NOT NULL,
	reason    TEXT NOT NULL                 -- why it resolved to entity_id
);
CREATE INDEX story_entities_story ON story_entities(story_id, entity_id); -- covers story -> entities
CREATE INDEX story_entities_entity ON story_entities(entity_id, story_id);

CREATE TABLE mentions (
	story_entity_id INTEGER NOT NULL REFERENCES story_entities(id) ON DELETE CASCADE,
	start_at INTEGER NOT NULL,
	end_at   INTEGER NOT NULL,
	text     TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(story_entity_id);

CREATE TABLE roles (
	id        INTEGER PRIMARY KEY,
	story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       INTEGER NOT NULL,
	person    TEXT NOT NULL,
	person_id INTEGER REFERENCES entities(id),
	role      TEXT NOT NULL,
	role_norm TEXT NOT NULL,
	org       TEXT NOT NULL,
	org_id    INTEGER REFERENCES entities(id),
	date_from TEXT NOT NULL,
	date_to   TEXT NOT NULL,
	ev_start  INTEGER NOT NULL,
	ev_end    INTEGER NOT NULL,
	ev_text   TEXT NOT NULL
);
CREATE INDEX roles_story ON roles(story_id, ord);
CREATE INDEX roles_person ON roles(person_id);
CREATE INDEX roles_org ON roles(org_id);
CREATE INDEX roles_role ON roles(role_norm);

-- Real events. Their fields are those of their earliest report; issue 5
-- merges them from all reports.
CREATE TABLE events (
	id         INTEGER PRIMARY KEY,
	type       TEXT NOT NULL,
	title      TEXT NOT NULL,
	date       TEXT NOT NULL,
	date_end   TEXT NOT NULL,
	date_lo    TEXT,                        -- first day covered; NULL unknown
	date_hi    TEXT,                        -- last day covered
	place      TEXT NOT NULL,
	place_norm TEXT NOT NULL,
	place_id   INTEGER REFERENCES entities(id),
	status     TEXT NOT NULL,
	match_key  TEXT NOT NULL,               -- type|date|participant ids
	reports    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events(date_lo IS NULL, date_lo, date_hi, id);
CREATE INDEX events_match ON events(match_key);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_place_norm ON events(place_norm);

CREATE TABLE event_participants (
	event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id);

-- What one story says about an event, as extracted.
CREATE TABLE reports (
	id           INTEGER PRIMARY KEY,
	event_id     INTEGER NOT NULL REFERENCES events(id),
	story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord          INTEGER NOT NULL,
	type         TEXT NOT NULL,
	title        TEXT NOT NULL,
	date         TEXT NOT NULL,
	date_end     TEXT NOT NULL,
	place        TEXT NOT NULL,
	place_id     INTEGER REFERENCES entities(id),
	status       TEXT NOT NULL,
	participants TEXT NOT NULL,             -- JSON array of the story's names
	ev_start     INTEGER NOT NULL,
	ev_end       INTEGER NOT NULL,
	ev_text      TEXT NOT NULL,
	link         TEXT NOT NULL              -- why it is attached to event_id
);
CREATE INDEX reports_story ON reports(story_id, ord);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_place ON reports(place_id);

CREATE TABLE figures (
	story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE, -- NULL: the story's list
	ord       INTEGER NOT NULL,
	value     REAL NOT NULL,
	unit      TEXT NOT NULL,
	qualifier TEXT NOT NULL,
	text      TEXT NOT NULL,
	start_at  INTEGER NOT NULL,
	end_at    INTEGER NOT NULL
);
CREATE INDEX figures_story ON figures(story_id, ord);
CREATE INDEX figures_report ON figures(report_id);

CREATE TABLE dates (
	story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       INTEGER NOT NULL,
	start_at  INTEGER NOT NULL,
	end_at    INTEGER NOT NULL,
	text      TEXT NOT NULL,
	value     TEXT NOT NULL,
	value_end TEXT NOT NULL
);
CREATE INDEX dates_story ON dates(story_id, ord);
`

// schemaV2: one event from many reports (issue 5). Reports carry the
// interval their date covers and their participants' global ids; a
// report_keys index finds the reports that may be the same event (same
// type, a shared participant or place, an overlapping month or year);
// events keep their number of distinct sources and the disagreements of
// their reports. Stories carry a MinHash signature, indexed by LSH bands,
// and copy_of when they are a near-duplicate of another story. Rules are
// the user's corrections of entity resolution (annals merge, annals split).
// Reports stored under v1 are relinked when the database is opened.
const schemaV2 = `
ALTER TABLE stories ADD COLUMN copy_of INTEGER;
ALTER TABLE stories ADD COLUMN minhash BLOB;
CREATE INDEX stories_copy_of ON stories(copy_of);
CREATE TABLE story_bands (
	band     INTEGER NOT NULL,
	hash     INTEGER NOT NULL,
	story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	PRIMARY KEY (band, hash, story_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_story ON story_bands(story_id);

ALTER TABLE reports ADD COLUMN date_lo TEXT NOT NULL DEFAULT '';   -- first day the report allows
ALTER TABLE reports ADD COLUMN date_hi TEXT NOT NULL DEFAULT '';   -- last day
ALTER TABLE reports ADD COLUMN weak INTEGER NOT NULL DEFAULT 0;    -- date not stated in the sentence
ALTER TABLE reports ADD COLUMN part_ids TEXT NOT NULL DEFAULT '';  -- sorted global ids, comma-separated
ALTER TABLE reports ADD COLUMN relink INTEGER NOT NULL DEFAULT 1;  -- 1 until clustered by v2 rules
CREATE INDEX reports_relink ON reports(relink) WHERE relink = 1;
CREATE TABLE report_keys (
	entity_id INTEGER NOT NULL,             -- a participant or the place; 0 when neither
	type      TEXT NOT NULL,
	bucket    TEXT NOT NULL,                -- 'YYYY-MM', 'YYYY' or '' (undated)
	report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	PRIMARY KEY (entity_id, type, bucket, report_id)
) WITHOUT ROWID;
CREATE INDEX report_keys_report ON report_keys(report_id);

ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN notes TEXT NOT NULL DEFAULT '';       -- JSON array of Disagreement

ALTER TABLE entities ADD COLUMN label TEXT NOT NULL DEFAULT '';     -- set by annals split

CREATE TABLE rules (
	id        INTEGER PRIMARY KEY,
	kind      TEXT NOT NULL,                -- merge or split
	type      TEXT NOT NULL,
	from_path TEXT NOT NULL,                -- '' for any story
	from_norm TEXT NOT NULL,                -- a name of the entity to move
	to_norm   TEXT NOT NULL,                -- merge: a strong name of the target; split: the label
	to_path   TEXT NOT NULL DEFAULT '',     -- merge: a story of the target when it has no strong name
	note      TEXT NOT NULL,
	created   TEXT NOT NULL
);
CREATE INDEX rules_from ON rules(from_norm);
`

// schemaV3: events derived incrementally (derive.go). Each event keeps
// aggregates of its reports (sources by title, dates, places) so that a
// new report updates them instead of reading all the others; cite_report
// is the report an event is cited by; notes keep a disagreement's values,
// their citations being read from the reports. The v1 match key goes.
// Events stored under v2 are derived again when the database is opened.
const schemaV3 = `
DROP INDEX events_match;
ALTER TABLE events DROP COLUMN match_key;
ALTER TABLE events ADD COLUMN cite_report INTEGER;     -- the earliest report (publication, path, order)

CREATE TABLE event_tally (
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	source   INTEGER NOT NULL,                          -- a story, or the original of its copy group
	tnorm    TEXT NOT NULL,                             -- a normalized title the source gives, '' for none
	PRIMARY KEY (event_id, source, tnorm)
) WITHOUT ROWID;
CREATE INDEX event_tally_source ON event_tally(source);
CREATE TABLE event_titles (
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	tnorm    TEXT NOT NULL,
	text     TEXT NOT NULL,                             -- the smallest spelling
	sources  INTEGER NOT NULL,                          -- sources giving it
	PRIMARY KEY (event_id, tnorm)
) WITHOUT ROWID;
CREATE TABLE event_dates (
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	weak     INTEGER NOT NULL,                          -- inferred from publication
	date     TEXT NOT NULL,
	date_end TEXT NOT NULL,
	n        INTEGER NOT NULL,                          -- reports giving it
	lo_max   TEXT NOT NULL,                             -- bounds of the days they allow
	hi_min   TEXT NOT NULL,
	lo_min   TEXT NOT NULL,
	hi_max   TEXT NOT NULL,
	span     INTEGER NOT NULL,
	PRIMARY KEY (event_id, weak, date, date_end)
) WITHOUT ROWID;
CREATE TABLE event_places (
	event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	pkey        TEXT NOT NULL,                          -- '#' and the entity id, or the normalized name
	name        TEXT NOT NULL,                          -- as the first report (in citation order) writes it
	place_id    INTEGER NOT NULL,
	n           INTEGER NOT NULL,
	first_pub   TEXT NOT NULL,
	first_path  TEXT NOT NULL,
	first_start INTEGER NOT NULL,
	PRIMARY KEY (event_id, pkey)
) WITHOUT ROWID;
-- What the linking rule reads of a report, hashed: reports with an older
-- twin in their event keep no report_keys rows (cluster.go, dedupeKeys).
ALTER TABLE reports ADD COLUMN fkey TEXT NOT NULL DEFAULT '';
DROP INDEX reports_event;
CREATE INDEX reports_event ON reports(event_id, fkey);
-- Copy groups and signatures, out of the stories table: written and read
-- with every story, they sat behind its text, which SQLite read (and, on
-- update, wrote) again to reach them.
CREATE TABLE story_copies (
	story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	copy_of  INTEGER,                      -- the original of its copy group; NULL when it is one
	minhash  BLOB                          -- MinHash signature, NULL for short texts
);
CREATE INDEX story_copies_copy_of ON story_copies(copy_of);
INSERT INTO story_copies (story_id, copy_of, minhash) SELECT id, copy_of, minhash FROM stories;
DROP INDEX stories_copy_of;
ALTER TABLE stories DROP COLUMN copy_of;
ALTER TABLE stories DROP COLUMN minhash;
-- Present until every event has been derived under v3 (see rederiveOld).
CREATE TABLE rederive (pending INTEGER);
`

// schemaV4 keeps the address each story was published at (front matter
// source_url, HTML canonical link), linked from every citation.
const schemaV4 = `
ALTER TABLE stories ADD COLUMN url TEXT NOT NULL DEFAULT '';
`

// schemaV5: indexes for the lists that were full scans (TestQueryPlans):
// events of a type in date order, entities by prominence.
const schemaV5 = `
CREATE INDEX events_type_date ON events(type, date_lo IS NULL, date_lo, date_hi, id);
CREATE INDEX entities_prominence ON entities(stories DESC, mentions DESC, id);
`

// schemaV6 keeps each story once, compressed: the original bytes and the
// read text together in body, and the mentions of each story entity in
// its row, coded against the original (body.go), where raw, text and the
// mentions table took more than half of the database. The full-text
// index reads the text through the view stories_text and is built again
// from it.
const schemaV6 = `
DROP TABLE stories_fts;
ALTER TABLE stories ADD COLUMN body BLOB NOT NULL DEFAULT x'';          -- zstd of the original and the text
ALTER TABLE story_entities ADD COLUMN spans BLOB NOT NULL DEFAULT x'';  -- the mentions
`

const schemaV6After = `
DROP TABLE mentions;
ALTER TABLE stories DROP COLUMN raw;
ALTER TABLE stories DROP COLUMN text;
CREATE VIEW stories_text AS SELECT id, title, annals_text(body) AS text FROM stories;
CREATE VIRTUAL TABLE stories_fts USING fts5(
	title, text, content='stories_text', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO stories_fts (stories_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');
`

// schemaV7: the copy-detection bands lose their index by story (0.65 KB
// a story, as much as the bands themselves) and with it their foreign key,
// whose cascade would scan the table without one: a story's bands are
// deleted by their keys, computed from its stored signature (dropBands).
// SQLite drops a foreign key only with its table, so the rows are copied.
const schemaV7 = `
CREATE TABLE story_bands_v7 (
	band     INTEGER NOT NULL,
	hash     INTEGER NOT NULL,
	story_id INTEGER NOT NULL,              -- stories(id); deleted by dropBands
	PRIMARY KEY (band, hash, story_id)
) WITHOUT ROWID;
INSERT INTO story_bands_v7 (band, hash, story_id) SELECT band, hash, story_id FROM story_bands;
DROP TABLE story_bands;
ALTER TABLE story_bands_v7 RENAME TO story_bands;
`

// Schema v8 changes no table: the evidence sentences of reports and roles
// (ev_text) become references to their story's bytes (body.go,
// packEvidenceAll), 1 KB a story.

// schemaV9: each index row of a report holds what the candidate lookup
// compares before it reads the report (keyFacts in cluster.go): its story,
// title signature and stated day. The migration fills them for the rows
// stored before (fillKeyFacts).
const schemaV9 = `
ALTER TABLE report_keys ADD COLUMN story_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_keys ADD COLUMN tbits INTEGER NOT NULL DEFAULT -1;   -- chronicle.TitleBits; -1 every bit
ALTER TABLE report_keys ADD COLUMN sday INTEGER NOT NULL DEFAULT 0;     -- chronicle.DayKey; 0 no stated day
`

// schemaV10: each index row says whether its entity is a participant or
// the place of its report (role in cluster.go), for the candidate lookup's
// prefilter (chronicle.MayLink): a report may link with one that shares a
// single participant only when it has the same place.
const schemaV10 = `
ALTER TABLE report_keys ADD COLUMN role INTEGER NOT NULL DEFAULT 3;     -- 1 participant, 2 place (bits)
` + fillRoles

// schemaV11: the copy-detection bands of the newest stories, until they
// join story_bands in one sorted run (mergeBands in copies.go).
const schemaV11 = `
CREATE TABLE story_bands_new (
	band     INTEGER NOT NULL,
	hash     INTEGER NOT NULL,
	story_id INTEGER NOT NULL,
	PRIMARY KEY (band, hash, story_id)
) WITHOUT ROWID;
`

// schemaV12: the numbers the home page and an ingest's summary show,
// kept by triggers as rows come and go (Stats, Counts): counting the
// stories, entities, events and reports and grouping every event by type
// and year walked tables that grow with the stories (the home page took
// half a second at 140,000 stories, and would take seconds at a million).
// Triggers see every change, whichever statement makes it: a story
// replaced or deleted, entities merged or split, events settled again.
const schemaV12 = `
CREATE TABLE table_counts (
	name TEXT PRIMARY KEY,                  -- stories, entities, events, reports
	n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO table_counts (name, n) VALUES ('stories', (SELECT count(*) FROM stories)), ('entities', (SELECT count(*) FROM entities)),
	('events', (SELECT count(*) FROM events)), ('reports', (SELECT count(*) FROM reports));
CREATE TABLE event_years (
	type TEXT NOT NULL,
	year TEXT NOT NULL,                     -- the first four characters of the date; '' undated
	n    INTEGER NOT NULL,                  -- 0 once its last event is gone
	PRIMARY KEY (type, year)
) WITHOUT ROWID;
INSERT INTO event_years (type, year, n) SELECT type, substr(date, 1, 4), count(*) FROM events GROUP BY 1, 2;
CREATE TRIGGER stories_counted AFTER INSERT ON stories BEGIN UPDATE table_counts SET n = n + 1 WHERE name = 'stories'; END;
CREATE TRIGGER stories_uncounted AFTER DELETE ON stories BEGIN UPDATE table_counts SET n = n - 1 WHERE name = 'stories'; END;
CREATE TRIGGER entities_counted AFTER INSERT ON entities BEGIN UPDATE table_counts SET n = n + 1 WHERE name = 'entities'; END;
CREATE TRIGGER entities_uncounted AFTER DELETE ON entities BEGIN UPDATE table_counts SET n = n - 1 WHERE name = 'entities'; END;
CREATE TRIGGER reports_counted AFTER INSERT ON reports BEGIN UPDATE table_counts SET n = n + 1 WHERE name = 'reports'; END;
CREATE TRIGGER reports_uncounted AFTER DELETE ON reports BEGIN UPDATE table_counts SET n = n - 1 WHERE name = 'reports'; END;
CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN
	UPDATE table_counts SET n = n + 1 WHERE name = 'events';
	INSERT INTO event_years (type, year, n) VALUES (new.type, substr(new.date, 1, 4), 1) ON CONFLICT (type, year) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN
	UPDATE table_counts SET n = n - 1 WHERE name = 'events';
	UPDATE event_years SET n = n - 1 WHERE type = old.type AND year = substr(old.date, 1, 4);
END;
CREATE TRIGGER events_recounted AFTER UPDATE OF type, date ON events
	WHEN old.type IS NOT new.type OR substr(old.date, 1, 4) IS NOT substr(new.date, 1, 4) BEGIN
	UPDATE event_years SET n = n - 1 WHERE type = old.type AND year = substr(old.date, 1, 4);
	INSERT INTO event_years (type, year, n) VALUES (new.type, substr(new.date, 1, 4), 1) ON CONFLICT (type, year) DO UPDATE SET n = n + 1;
END;
`

// schemaV13: the trigrams of each entity's names, for a search of names
// by any part of them (Entities with a Query), which read every name
// (0.03-0.2 s at 140,000 stories, growing with them). One row per entity
// (rowid its id) holds its names joined by a character no name holds
// (char 31). The index keeps no text (contentless) and no positions
// (detail none), so a match says only that a name may hold the query's
// trigrams, and the query checks the entity's names after
// (sqliteNameMatch). A new name is noted in entity_names_new, and the
// rows of its entity are written again when the transaction commits
// (indexNames): writing them at each new name cost a flush and merges of
// the index at each statement, a few percent of ingest. A name gone
// writes its entity's row again at once (rare: a story replaced or
// deleted, entities merged or split).
const schemaV13 = `
CREATE VIRTUAL TABLE entity_trigrams USING fts5(names, content = '', contentless_delete = 1, tokenize = 'trigram', detail = 'none');
INSERT INTO entity_trigrams (rowid, names) SELECT entity_id, group_concat(norm, char(31)) FROM entity_names GROUP BY entity_id;
CREATE TABLE entity_names_new (
	entity_id INTEGER NOT NULL,
	PRIMARY KEY (entity_id)
) WITHOUT ROWID;
CREATE TRIGGER entity_names_indexed AFTER INSERT ON entity_names BEGIN
	INSERT OR IGNORE INTO entity_names_new (entity_id) VALUES (new.entity_id);
END;
CREATE TRIGGER entity_names_unindexed AFTER DELETE ON entity_names BEGIN
	DELETE FROM entity_trigrams WHERE rowid = old.entity_id;
	INSERT INTO entity_trigrams (rowid, names) SELECT old.entity_id, group_concat(norm, char(31)) FROM entity_names WHERE entity_id = old.entity_id
		HAVING count(*) > 0;
END;
CREATE TRIGGER entity_names_reindexed AFTER UPDATE OF entity_id, norm ON entity_names BEGIN
	DELETE FROM entity_trigrams WHERE rowid IN (old.entity_id, new.entity_id);
	INSERT INTO entity_trigrams (rowid, names) SELECT entity_id, group_concat(norm, char(31)) FROM entity_names
		WHERE entity_id IN (old.entity_id, new.entity_id) GROUP BY entity_id;
END;
`

// schemaV16: the number of events each entity takes part in (its rows of
// event_participants), which its page and every list of entities show,
// kept by triggers as participants come and go: counting them walked the
// entity's run of the participant index, which grows with the stories
// (2 ms of the most prominent entity's page at 59,203 stories, about 30
// at a million). Every change of an event's participants goes through
// event_participants (an event derived again deletes and writes its
// participants, a deleted event takes its own with it, entities merged
// or split settle their events again), so the triggers see them all.
const schemaV16 = `
ALTER TABLE entities ADD COLUMN events INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET events = c.n FROM (SELECT entity_id, count(*) AS n FROM event_participants GROUP BY entity_id) AS c WHERE c.entity_id = entities.id;
CREATE TRIGGER participants_counted AFTER INSERT ON event_participants BEGIN
	UPDATE entities SET events = events + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER participants_uncounted AFTER DELETE ON event_participants BEGIN
	UPDATE entities SET events = events - 1 WHERE id = old.entity_id;
END;
CREATE TRIGGER participants_recounted AFTER UPDATE OF entity_id ON event_participants WHEN old.entity_id IS NOT new.entity_id BEGIN
	UPDATE entities SET events = events - 1 WHERE id = old.entity_id;
	UPDATE entities SET events = events + 1 WHERE id = new.entity_id;
END;
`

// schemaV17: each participant row carries its event's dates (date_lo,
// date_hi: the first and last day covered, NULL unknown), indexed by
// entity in the timeline's order, so that an entity's events are walked
// by date: a page of the events two entities share (relations), or of an
// entity's events in a year (its page with ?year=), reads the rows up to
// the page's end instead of every event of the entity, sorted. An event
// whose dates span years is also in a partial index by its last day: the
// events of a date range that began in an earlier year. The rows take
// the event's dates when written (the statement reads them from events)
// and again by trigger whenever the event's dates change (finish); the
// participants of an event are only ever written with it, so no other
// path changes them.
const schemaV17 = `
ALTER TABLE event_participants ADD COLUMN date_lo TEXT;
ALTER TABLE event_participants ADD COLUMN date_hi TEXT;
UPDATE event_participants SET date_lo = e.date_lo, date_hi = e.date_hi FROM events e WHERE e.id = event_participants.event_id AND e.date_lo IS NOT NULL;
CREATE INDEX event_participants_date ON event_participants(entity_id, date_lo IS NULL, date_lo, date_hi, event_id);
CREATE INDEX event_participants_long ON event_participants(entity_id, date_hi, date_lo, event_id)
	WHERE substr(date_lo, 1, 4) < substr(date_hi, 1, 4);
CREATE TRIGGER events_dated AFTER UPDATE OF date_lo, date_hi ON events
	WHEN old.date_lo IS NOT new.date_lo OR old.date_hi IS NOT new.date_hi BEGIN
	UPDATE event_participants SET date_lo = new.date_lo, date_hi = new.date_hi WHERE event_id = new.id;
END;
`

// schemaV18: each story entity row carries its story's first day of
// publication as a day number (pub_day: days from 1970-01-01, NULL
// unknown), and the index by entity orders an entity's rows by it, newest
// last, so that a page of an entity's stories newest first (EntityStories:
// unknown last, then by day, then by id, descending) is a walk of its
// rows up to the page's end instead of all of them read and sorted. The
// index takes the place of the one by (entity, story): its other readers
// ask for the rows of an entity, whose order does not matter to them, or
// its latest stories (co-occurrence), now by publication. A story's rows
// are written with its day (insertFacts) and again by trigger whenever
// its publication changes (a story replaced writes its rows anew after
// it).
const schemaV18 = `
ALTER TABLE story_entities ADD COLUMN pub_day INTEGER;
DROP INDEX story_entities_entity;
UPDATE story_entities SET pub_day = CAST(julianday(s.pub_lo) - 2440587.5 AS INTEGER) FROM stories s
	WHERE s.id = story_entities.story_id AND s.pub_lo IS NOT NULL;
CREATE INDEX story_entities_entity ON story_entities(entity_id, pub_day, story_id);
CREATE TRIGGER stories_published AFTER UPDATE OF pub_lo ON stories WHEN old.pub_lo IS NOT new.pub_lo BEGIN
	UPDATE story_entities SET pub_day = CAST(julianday(new.pub_lo) - 2440587.5 AS INTEGER) WHERE story_id = new.id;
END;
`

// schemaV19 indexes the entities by type and prominence, the order of
// the list of entities of a type (EntitiesPage): a page of them is a
// range of it, where the index by prominence alone was walked past the
// entities of the other types (the 5,000th place of 5,670 after the
// first 130,000 entities of all types).
const schemaV19 = `
CREATE INDEX IF NOT EXISTS entities_type_prominence ON entities(type, stories DESC, mentions DESC, id);
`

// schemaV20 keeps the ids of each story's entities in one row, sorted
// and each once, separated by commas (story_entity_sets, as PostgreSQL's
// pgSchemaV18): related stories read a candidate's entities as one row
// there, where the index of story_entities held 20 to 50 entries a
// candidate (docs/scale.md, session 27). Triggers of each row of
// story_entities written (inserted, deleted with its story or before it
// is replaced, moved by a merge or a split) make its story's set again;
// the set of a story deleted goes with it. It can run again over itself.
var schemaV20 = `
CREATE TABLE IF NOT EXISTS story_entity_sets (
	story_id   INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	entity_ids TEXT NOT NULL
);
INSERT OR REPLACE INTO story_entity_sets (story_id, entity_ids)
	SELECT story_id, group_concat(entity_id) FROM (SELECT DISTINCT story_id, entity_id FROM story_entities ORDER BY story_id, entity_id)
	GROUP BY story_id;
` + sqliteSetTrigger("inserted", "INSERT", "new") + sqliteSetTrigger("moved", "UPDATE OF entity_id", "new") + sqliteSetTrigger("deleted", "DELETE", "old")

// schemaV21 drops the trigger of schemaV20 that made a story's set of
// entities again after each row of story_entities inserted: SQLite runs
// a trigger once a row, so a story of n entities read its rows
// n(n+1)/2 times and wrote its set n times (some 0.4 s of the writer's
// CPU a thousand stories at 10,000 stories). The writer makes the set
// once, after the story's rows (sqliteStorySet, the trigger's statement);
// the triggers of rows moved and deleted stay.
const schemaV21 = `
DROP TRIGGER IF EXISTS story_entities_inserted;
`

// dateFirsts (SQLite version 24, PostgreSQL 22) keeps, with each date
// an event's reports give, the first report giving it in citation order
// (publication, path, offset), as event_places keeps each place's: a list of events cites each value of
// a disagreement by its first report and a count (fillEvents), where it
// read every report of the event (the U.S.-ASEAN Special Summit's 526 at
// 296,083 stories, for one line of a timeline). A row of an event that
// disagrees on nothing is left unknown (first_start -1, which stays
// unknown as reports are folded in) until the event is derived again;
// fillEvents reads the reports of an event whose rows are unknown.
func dateFirsts(pg bool) func(ctx context.Context, tx *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		q := `SELECT count(*) FROM pragma_table_info('event_dates') WHERE name = 'first_start'`
		integer := "INTEGER"
		if pg {
			q = `SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'event_dates' AND column_name = 'first_start'`
			integer = "BIGINT"
		}
		var n int
		if err := tx.QueryRowContext(ctx, q).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			add := `ALTER TABLE event_dates ADD COLUMN first_pub TEXT NOT NULL DEFAULT '';
ALTER TABLE event_dates ADD COLUMN first_path TEXT NOT NULL DEFAULT '';
ALTER TABLE event_dates ADD COLUMN first_start ` + integer + ` NOT NULL DEFAULT -1;`
			if pg {
				add = pgSchema(add)
			}
			if _, err := tx.ExecContext(ctx, add); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, fillDateFirstsSQL)
		return err
	}
}

// fillDateFirstsSQL sets the first report of the date rows of the events
// that disagree (dateFirsts).
const fillDateFirstsSQL = `
UPDATE event_dates SET (first_pub, first_path, first_start) = (SELECT s.published, s.path, r.ev_start
		FROM reports r JOIN stories s ON s.id = r.story_id
		WHERE r.event_id = event_dates.event_id AND r.weak = event_dates.weak AND r.date = event_dates.date AND r.date_end = event_dates.date_end
		ORDER BY s.published, s.path, r.ev_start LIMIT 1)
	WHERE event_id IN (SELECT id FROM events WHERE notes <> '')
		AND EXISTS (SELECT 1 FROM reports r WHERE r.event_id = event_dates.event_id AND r.weak = event_dates.weak
			AND r.date = event_dates.date AND r.date_end = event_dates.date_end)`

// sqliteStorySet makes the set of entities of story ?1 from its rows,
// as the trigger of schemaV20 did (dialect.storySet).
const sqliteStorySet = `INSERT INTO story_entity_sets (story_id, entity_ids)
	SELECT ?1, coalesce((SELECT group_concat(entity_id) FROM (SELECT DISTINCT entity_id FROM story_entities
		WHERE story_id = ?1 ORDER BY entity_id)), '')
	WHERE EXISTS (SELECT 1 FROM stories WHERE id = ?1)
	ON CONFLICT (story_id) DO UPDATE SET entity_ids = excluded.entity_ids`

// sqliteSetTrigger is the trigger of schemaV20 that makes the set of the
// story of the row of story_entities written by event again (row: new
// or old).
func sqliteSetTrigger(name, event, row string) string {
	return `DROP TRIGGER IF EXISTS story_entities_` + name + `;
CREATE TRIGGER story_entities_` + name + ` AFTER ` + event + ` ON story_entities BEGIN
	INSERT INTO story_entity_sets (story_id, entity_ids)
	SELECT ` + row + `.story_id, coalesce((SELECT group_concat(entity_id) FROM (SELECT DISTINCT entity_id FROM story_entities
		WHERE story_id = ` + row + `.story_id ORDER BY entity_id)), '')
	WHERE EXISTS (SELECT 1 FROM stories WHERE id = ` + row + `.story_id)
	ON CONFLICT (story_id) DO UPDATE SET entity_ids = excluded.entity_ids;
END;
`
}

// indexNames writes again the rows of trigrams of the entities that have
// new names (entity_names_new, schemaV13), before the transaction
// commits.
func (t *putTx) indexNames() error {
	ids, err := t.queryIDs(`SELECT entity_id FROM entity_names_new`)
	if err != nil || len(ids) == 0 {
		return err
	}
	for _, id := range ids {
		if err := t.write(`DELETE FROM entity_trigrams WHERE rowid = ?`, id); err != nil {
			return err
		}
	}
	if err := t.write(`INSERT INTO entity_trigrams (rowid, names) SELECT entity_id, group_concat(norm, char(31)) FROM entity_names
		WHERE entity_id IN (SELECT entity_id FROM entity_names_new) GROUP BY entity_id`); err != nil {
		return err
	}
	return t.write(`DELETE FROM entity_names_new`)
}

// fillRoles sets the role of the index rows stored before it was kept.
const fillRoles = `
UPDATE report_keys SET role = coalesce((SELECT CASE WHEN (',' || r.part_ids || ',') LIKE ('%,' || report_keys.entity_id || ',%') THEN 1 ELSE 0 END
	+ CASE WHEN r.place_id = report_keys.entity_id THEN 2 ELSE 0 END FROM reports r WHERE r.id = report_keys.report_id), 3);
`

// sqliteDialect: FTS5 over an external-content index (stories_fts) ranked
// by bm25, titles weighing five times the text; writes serialized by
// BEGIN IMMEDIATE on the one writing connection.
var sqliteDialect = &dialect{
	name:         "sqlite",
	bandRuns:     true,
	foldKeys:     true,
	nameTrigrams: true,
	storySet:     sqliteStorySet,
	// kept by triggers (schemaV12)
	counts: `SELECT (SELECT n FROM table_counts WHERE name = 'stories'), (SELECT n FROM table_counts WHERE name = 'entities'),
		(SELECT n FROM table_counts WHERE name = 'events'), (SELECT n FROM table_counts WHERE name = 'reports')`,
	stories:   `SELECT n FROM table_counts WHERE name = 'stories'`,
	nameMatch: sqliteNameMatch,
	idList:    func(col string) string { return "group_concat(" + col + ")" },
	byEntity:  " INDEXED BY event_participants_entity",
	// a candidate's entities are one row of story_entity_sets
	// (schemaV20), where the index of story_entities held 20 to 50
	// entries a candidate; the candidates' records go as one row, where
	// some 370 rows cost a sixth of the call (docs/scale.md, session 29)
	sharedEntities: func(ids, _ string) (string, []any) {
		return `SELECT group_concat(story_id || ':' || entity_ids, ';') FROM story_entity_sets WHERE story_id IN (SELECT value FROM json_each(?))`, []any{ids}
	},
	entitySet: "entity_ids",
	byDate:    " INDEXED BY event_participants_date",
	byLong:    " INDEXED BY event_participants_long",
	dated:     " AND (p0.date_lo IS NULL) = FALSE",
	typeYears: `SELECT type, year, n FROM event_years WHERE n > 0 ORDER BY year = '', year, type`,
	fts: ftsSQL{
		// Ranked by annals_bm25 given each phrase's count of stories
		// (fts5rank.go), or bm25 when they are not known. The snippets
		// are annals_snippet's, snippet()'s made in Go
		// (fts5snippet.go; ftsFuncs).
		rankMatch: true,
		ins:       `INSERT INTO stories_fts (rowid, title, text) VALUES (?, ?, ?)`,
		del:       `INSERT INTO stories_fts (stories_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`,
		count:     `SELECT count(*) FROM stories_fts WHERE stories_fts MATCH ?`,
		floor:     `SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
		page:      `SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?`,
		window:    `SELECT rowid AS id, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?`,
		snippet:   `SELECT annals_snippet(stories_fts, 1, ?, ?, '…', 24) FROM stories_fts WHERE stories_fts MATCH ? AND rowid = ?`,
		df:        `SELECT count(*) FROM (SELECT 1 FROM stories_fts WHERE stories_fts MATCH ? LIMIT ?)`,
		// The newest similarCap matches, walked from the end of the
		// terms' lists, and only they ranked, by annals_bm25 given the
		// words' counts (bm25 counted each word's stories again, a walk
		// of its list, on every statement; docs/scale.md, session 28).
		similar: `SELECT rowid, rank FROM (SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid <> ?
			ORDER BY rowid DESC LIMIT ` + strconv.Itoa(similarCap) + `) ORDER BY rank, rowid LIMIT 30`,
		similarRank: true,

		// FTS5 keeps each ranked match's positions with it, so the
		// snippets of the page's rows are made from them: a snippet
		// statement per hit set the query up again on every segment of
		// the index, and was prepared again, each time.
		pageSnippets: `SELECT rowid, rank, annals_snippet(stories_fts, 1, ?, ?, '…', 24) AS snippet FROM stories_fts
			WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?`,
		// The matches of the query, without rank, kept in a table once;
		// the rank query's matches tested against it apart from FTS5.
		pageWithin: `SELECT rowid, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid >= ?
			AND +rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? AND rowid >= ?) ORDER BY rank LIMIT ? OFFSET ?`,
		windowWithin: `SELECT rowid AS id, rank FROM stories_fts WHERE stories_fts MATCH ? AND rank MATCH ? AND rowid BETWEEN ? AND ?
			AND +rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? AND rowid BETWEEN ? AND ?) ORDER BY rank LIMIT ?`,
		// Walked from the end of the terms' lists: a snippet made only
		// for the rows returned, no rank computed.
		newest: `SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?`,
		newestSnippets: `SELECT rowid, annals_snippet(stories_fts, 1, ?, ?, '…', 24) AS snippet FROM stories_fts
			WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?`,
		// The ids are tested apart from FTS5 (+rowid), on each match of
		// the range before its snippet is made.
		snippets: `SELECT rowid, annals_snippet(stories_fts, 1, ?, ?, '…', 24) FROM stories_fts
			WHERE stories_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
	},
	matchQueries: matchQueries,
	retry:        func(err error) bool { return code(err) != 0 && !isLocked(err) },
	wrap:         sqliteWrap,
}

// Options tune Open.
type Options struct {
	// BusyTimeout is how long a statement waits for a lock held by
	// another process before failing with ErrLocked. 0 means 5 s.
	BusyTimeout time.Duration
}

// Open opens the annals database at path, creating it (or migrating an
// older schema) as needed, with default options.
func Open(path string) (*DB, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
//
// A file that is not an annals database (another file, another program's
// SQLite database, or a damaged one) gives an error wrapping ErrNotAnnals
// such as "annals.db: not an annals database (file is not a database)";
// such a file is only ever opened read-only. A database that another
// process keeps locked gives an error wrapping ErrLocked.
func OpenWith(path string, o Options) (*DB, error) {
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = 5 * time.Second
	}
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: %w (a directory)", path, ErrNotAnnals)
		}
		if fi.Size() > 0 {
			if err := check(path); err != nil {
				return nil, err
			}
		}
	} else if ferr := checkFolder(path); ferr != nil {
		return nil, ferr
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	uri := "file:" + (&url.URL{Path: abs}).EscapedPath()
	// Each connection's cache_size is given once (cacheSize): the driver
	// runs a DSN's _pragma list sorted, so of two the one sorting last
	// wins.
	params := fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)", o.BusyTimeout.Milliseconds())
	s := &DB{path: path, d: sqliteDialect}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		if err := create(uri); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	// The writer: statement journals of the per-story savepoints in
	// memory (they went to a temporary file, a tenth of ingest time in
	// system calls), the readers' page cache (see cacheSize), and a
	// checkpoint every 10,000 WAL pages instead of 1,000 so that a hot
	// page is copied back once per many batches. WAL with
	// synchronous=NORMAL stays crash-safe: a crash loses at most the last
	// commits, never the database (docs/performance.md).
	writer := "&_pragma=journal_mode(WAL)&_txlock=immediate&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(10000)" + cacheSize(writerCacheKB)
	if s.w, err = sql.Open(driverName, uri+params+writer); err != nil {
		return nil, err
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetConnMaxIdleTime(0)
	if err := s.migrate(); err != nil {
		s.w.Close()
		return nil, s.wrap(err)
	}
	if s.r, err = sql.Open(driverName, uri+params+cacheSize(readerCacheKB)+"&_pragma=query_only(1)"); err != nil {
		s.w.Close()
		return nil, err
	}
	// Readers stay open: database/sql keeps two idle connections unless
	// told otherwise, and a search runs up to nine statements at once
	// (ranking in ranges, snippets, facet counts), so the others were
	// closed after each use and opened again, each time with an empty
	// page cache: pages read again from the file, and freed again
	// (docs/performance.md).
	s.r.SetMaxOpenConns(8)
	s.r.SetMaxIdleConns(8)
	s.feats = newFeatCache()
	if s.put, err = preparePut(s.w, s.d); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	if err := s.relinkOld(context.Background()); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	if err := s.rederiveOld(context.Background()); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	return s, nil
}

// The page caches of the writer and of each reader, in KB (PRAGMA
// cache_size). The writer's is the readers' 32 MB: it asked for 128 MB
// until session 11 but had 32 (the readers' size, given in the same DSN,
// ran last), and given 128 MB it spent more CPU, most of it in system
// time, and 150 MB more memory at 232,003 stories (docs/performance.md,
// "Settling reads beside the writer too"), as 384 MB did in session 8.
const (
	writerCacheKB = 32768
	readerCacheKB = 32768
)

// cacheSize is the DSN parameter of a page cache of kb KB.
func cacheSize(kb int) string { return fmt.Sprintf("&_pragma=cache_size(-%d)", kb) }

// create makes a new database file with pages of 8 KB (SQLite's default
// is 4), in WAL mode: a story's body (about 2.3 KB, body.go) and the rows
// around it fill them with less left over, about 0.5 KB a story
// (docs/performance.md). An existing database keeps its page size.
func create(uri string) error {
	db, err := sql.Open(driverName, uri)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(`PRAGMA page_size = 8192; PRAGMA journal_mode = WAL`)
	return err
}

// checkFolder says why a new database cannot be created at path when its
// folder is missing or not a folder (SQLite says only "unable to open
// database file").
func checkFolder(path string) error {
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: cannot create the database: folder %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("%s: cannot create the database: %w", path, err)
	case !fi.IsDir():
		return fmt.Errorf("%s: cannot create the database: %s is not a folder", path, dir)
	}
	return nil
}

// driverName is the database/sql driver the store opens (modernc.org/sqlite);
// tests swap in one that records every statement.
var driverName = "sqlite"

// check opens an existing file read-only and makes sure it is an annals
// database (or an empty SQLite database) before anything writes to it.
//
// Reading a WAL database read-only may create its -wal and -shm files;
// when the file turns out not to be ours, the ones created are removed.
func check(path string) (err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, statErr := os.Stat(path + suffix); errors.Is(statErr, os.ErrNotExist) {
			defer func() {
				if err != nil {
					os.Remove(path + suffix)
				}
			}()
		}
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: abs}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(2000)")
	if err != nil {
		return err
	}
	defer db.Close()
	var app, version, tables int
	err = db.QueryRow(`PRAGMA application_id`).Scan(&app)
	if err == nil {
		err = db.QueryRow(`PRAGMA user_version`).Scan(&version)
	}
	if err == nil {
		err = db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&tables)
	}
	switch {
	case err != nil && isLocked(err):
		return fmt.Errorf("%s: %w", path, ErrLocked)
	case err != nil:
		return fmt.Errorf("%s: %w (%s)", path, ErrNotAnnals, sqliteMessage(err))
	case app != applicationID && (app != 0 || tables > 0):
		return fmt.Errorf("%s: %w (a SQLite database of another program)", path, ErrNotAnnals)
	case version > schemaVersion:
		return fmt.Errorf("%s: database schema version %d is newer than this annals knows (%d): upgrade annals", path, version, schemaVersion)
	}
	return nil
}

// migrate brings the schema to schemaVersion in one transaction.
// A current schema is only read, so opening a database that another
// process is writing to does not wait for it.
func (s *DB) migrate() error {
	var version int
	if err := s.w.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version == schemaVersion {
		return nil
	}
	tx, err := s.w.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version == schemaVersion {
		return nil // migrated meanwhile by another process
	}
	for v := version; v < schemaVersion; v++ {
		if err := migrations[v].run(context.Background(), tx, func(q string) string { return q }); err != nil {
			return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d; PRAGMA application_id = %d`, schemaVersion, applicationID)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if version > 0 {
		// v6 halved the stories table: give the space back to the
		// file system once when a migration freed much of the file.
		var free, pages int64
		if err := s.w.QueryRow(`SELECT (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_count FROM pragma_page_count)`).Scan(&free, &pages); err != nil {
			return err
		}
		if free > pages/4 {
			if _, err := s.w.Exec(`VACUUM`); err != nil {
				return err
			}
		}
	}
	return nil
}

// wrap turns SQLite's busy and corruption errors into ErrLocked and
// ErrNotAnnals, naming the file.
func sqliteWrap(path string, err error) error {
	if err == nil {
		return nil
	}
	switch {
	case isLocked(err):
		return fmt.Errorf("%s: %w", path, ErrLocked)
	case code(err) == sqlite3.SQLITE_NOTADB || code(err) == sqlite3.SQLITE_CORRUPT:
		return fmt.Errorf("%s: %w (%s)", path, ErrNotAnnals, sqliteMessage(err))
	}
	return err
}

// code returns the primary SQLite result code of err, or 0.
func code(err error) int {
	var e *sqlite.Error
	if errors.As(err, &e) {
		return e.Code() & 0xff
	}
	return 0
}

func isLocked(err error) bool {
	c := code(err)
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// sqliteMessage is SQLite's own description of err ("file is not a
// database"), without the driver's decoration.
func sqliteMessage(err error) string {
	switch code(err) {
	case sqlite3.SQLITE_NOTADB:
		return "file is not a database"
	case sqlite3.SQLITE_CORRUPT:
		return "database disk image is malformed"
	case sqlite3.SQLITE_CANTOPEN:
		return "unable to open database file"
	}
	return err.Error()
}
