package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// The PostgreSQL store: the same tables, statements and rules as on
// SQLite, through github.com/jackc/pgx/v5. What PostgreSQL does its own
// way is here:
//
//   - The schema (pgMigrations), versioned in table annals_schema and
//     migrated at open under an advisory lock. Text columns compare
//     bytewise (COLLATE "C"), as SQLite's do, so that lists sort alike;
//     integers are 64-bit, as SQLite's are.
//   - Full-text search: stories.tsv, a tsvector of the title (weight A)
//     and the text (weight B), written in each story's row (fts.row) in text-search configuration
//     "annals" (English stemming without stop words, as FTS5's porter
//     tokenizer, diacritics folded by unaccent), with a
//     GIN index; queries through websearch_to_tsquery, which reads any
//     input ("exact phrase", or, -not) without a syntax error; ranked by
//     ts_rank with titles weighing five times the text; snippets by
//     ts_headline of the text unpacked from stories.body.
//   - Writes: every write transaction first takes one advisory lock
//     (pgWriteLock), so that two processes ingesting at once resolve
//     entities and events one story after the other, exactly as one
//     process would: no entity or event is created twice, and ids are
//     given as SQLite gives them (see nextID).
//   - Statements: written once in SQLite's dialect; pgRewrite translates
//     them at the driver ('?' and '?N' placeholders, INSERT OR IGNORE,
//     json_each, a body's last bytes read from stories.body_sum) and
//     booleans go as 0 and 1, as SQLite stores them.

// pgWriteLock is the advisory lock key of write transactions ("anls").
const pgWriteLock = applicationID

// pgMigrateLock is the advisory lock key of schema migrations.
const pgMigrateLock = applicationID + 1

// pgMigrations take the PostgreSQL schema from version i to i+1. Version
// 1 is the SQLite schema at its version 5, in PostgreSQL's terms; version
// 3 its version 6 (each story once, compressed), version 4 its version 7
// (bands without an index by story), version 5 its version 8 (evidence
// sentences as references); version 6 adds entity_pending (the counters
// and names parallel writers fold in after a story, pgpending.go), which
// SQLite, one writer, has no use for; version 7 is SQLite's version 9
// (what the candidate prefilter reads in the index rows), version 8 its
// version 10; version 9 keeps the counts of SQLite's version 12 as rows
// of changes, folded in after each story like entity_pending (pgcounts.go);
// version 10 indexes the trigrams of the names, as SQLite's version 13;
// version 11 is SQLite's version 14 (the rank of a name's form);
// version 12 packs the evidence sentences into the bodies, as SQLite's
// version 15 (a data step: packSentencesAll); version 13 keeps the
// number of events of each entity, as SQLite's version 16, its changes
// pending and folded in like the entities' other counters (pgpending.go);
// version 14 gives each participant row its event's dates, indexed by
// entity in the timeline's order, as SQLite's version 17; version 15
// gives each story entity row its story's day of publication, indexed by
// entity newest first, as SQLite's version 18; version 16 indexes the
// entities by type and prominence, as SQLite's version 19; version 17
// drops the index by prominence alone (the lists of every type merge the
// types' ranges of the index by type and prominence: dialect.typeMerge);
// version 18 keeps each story's entities as one array (story_entity_sets),
// as SQLite's version 20 keeps them as a list; version 19 keeps the last
// four bytes of each story's body in its row (stories.body_sum), which
// SQLite reads in the row; version 20 is SQLite's version 22 (a form
// the gazetteer writes with other capitals counts a blemish: a data
// step, markMiscapitalized); version 23 keeps what bounds a story's rank
// in its row (pgSchemaV23), which SQLite's FTS5 ranks from its index;
// version 24 indexes the role rows by person and by organization in id
// order, as SQLite's indexes are (with the rowid).
var pgMigrations = []migration{{sql: pgSchemaV1}, {sql: pgSchemaV2}, {sql: pgSchemaV3, fill: packStories, after: pgSchemaV3After},
	{sql: pgSchemaV4}, {fill: packEvidenceAll}, {sql: pgSchemaV6}, {sql: pgSchemaV7, fill: fillKeyFacts}, {sql: pgSchemaV8}, {sql: pgSchemaV9}, {sql: pgSchemaV10},
	{sql: pgSchemaV11, fill: fillFormRanks}, {fill: packSentencesAll}, {sql: pgSchemaV13}, {sql: pgSchemaV14}, {sql: pgSchemaV15}, {sql: pgSchemaV16}, {sql: pgSchemaV17}, {sql: pgSchemaV18}, {sql: pgSchemaV19}, {fill: markMiscapitalized}, {fill: countsApart(true)},
	{fill: dateFirsts(true)}, {sql: pgSchemaV23}, {sql: pgSchemaV24}}

// pgSchemaV24 indexes the role rows by person and by organization in id
// order (what SQLite's indexes hold with each row's rowid), so that an
// entity's page reads its latest offices by a walk of the entity's
// entries from the newest (roleReports.readLatest), where the planner
// walked the primary key from the newest role row and tested every row
// (docs/scale.md, session 36). They answer the look-ups by person or
// organization alone as the indexes they replace.
const pgSchemaV24 = `
CREATE INDEX IF NOT EXISTS roles_person_id ON roles(person_id, id);
CREATE INDEX IF NOT EXISTS roles_org_id ON roles(org_id, id);
DROP INDEX IF EXISTS roles_person;
DROP INDEX IF EXISTS roles_org;
`

// pgSchemaV23 keeps in each story's row what bounds its rank for a query
// of one lexeme (pgBoundedPage): its title's vector (title_tsv, as the
// title's part of tsv, about 150 bytes) and the number of lexemes of its
// vector (tsv_lexemes), so that a search's page ranks the matches those
// bounds leave, reading their vectors out of line, and not every match.
// Generated columns are kept by every statement that writes a title or a
// vector; adding them writes the table again.
const pgSchemaV23 = `
ALTER TABLE stories ADD COLUMN IF NOT EXISTS title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('annals'::regconfig, title)) STORED,
	ADD COLUMN IF NOT EXISTS tsv_lexemes INTEGER GENERATED ALWAYS AS (length(tsv)) STORED;
`

// pgSchemaV19 keeps the last four bytes of each story's body, zstd's
// checksum that tells one stored version of a story from another
// (storyVersionSQL), in the story's row: the rows that cite a story
// (an entity's offices, an event's and a timeline's citations) read them
// with it, and a body (2 KB and more, compressed by annals: PostgreSQL
// does not compress it again) is out of line, so the expression read the
// TOAST index and the body's last chunk for each row: 1,312 of the 4,605
// buffers of the offices of the most prominent organization at 9,855
// stories (docs/scale.md, session 30). A generated column is kept by
// every statement that writes a body; adding it writes the table again.
const pgSchemaV19 = `
ALTER TABLE stories ADD COLUMN IF NOT EXISTS body_sum BYTEA GENERATED ALWAYS AS (substr(body, length(body) - 3)) STORED;
`

// pgSchemaV16 is SQLite's schemaV19: the entities by type and
// prominence.
const pgSchemaV16 = `
CREATE INDEX IF NOT EXISTS entities_type_prominence ON entities(type, stories DESC, mentions DESC, id);
`

// pgSchemaV17 drops the index of the entities by prominence alone (the
// counters left entities since: v21, entcounts.go). A
// fold's update of an entity's counts (pgpending.go) changes both
// prominence indexes, so it is never HOT and writes an entry in each;
// the lists of entities of every type read the index by type and
// prominence instead, one range a type merged in order (typeMerge:
// entityPageKeys). SQLite keeps both (one writer, no versions of rows).
const pgSchemaV17 = `
DROP INDEX IF EXISTS entities_prominence;
`

// pgSchemaV18 keeps the ids of each story's entities in one row, sorted
// and each once (story_entity_sets): related stories read a candidate's
// entities as one row there, where the index of story_entities held 40 to
// 50 entries a candidate, read and dropped but for the few the story
// shares (docs/scale.md, session 27). A trigger of each statement that
// writes story_entities (a story's rows inserted, deleted with it or
// before it is replaced, moved by a merge or a split) makes the sets of
// the stories it touched again, so the sets are right whatever writes
// the rows; the set of a story deleted goes with it. It can run again
// over itself.
const pgSchemaV18 = `
CREATE TABLE IF NOT EXISTS story_entity_sets (
	story_id   BIGINT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	entity_ids BIGINT[] NOT NULL
);
CREATE OR REPLACE FUNCTION annals_story_entity_sets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO story_entity_sets (story_id, entity_ids)
	SELECT c.story_id, ARRAY(SELECT DISTINCT se.entity_id FROM story_entities se WHERE se.story_id = c.story_id ORDER BY 1)
	FROM (SELECT DISTINCT story_id FROM changed) AS c
	WHERE EXISTS (SELECT 1 FROM stories s WHERE s.id = c.story_id)
	ON CONFLICT (story_id) DO UPDATE SET entity_ids = EXCLUDED.entity_ids
		WHERE story_entity_sets.entity_ids IS DISTINCT FROM EXCLUDED.entity_ids;
	RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS story_entities_inserted ON story_entities;
DROP TRIGGER IF EXISTS story_entities_updated ON story_entities;
DROP TRIGGER IF EXISTS story_entities_deleted ON story_entities;
CREATE TRIGGER story_entities_inserted AFTER INSERT ON story_entities REFERENCING NEW TABLE AS changed
	FOR EACH STATEMENT EXECUTE FUNCTION annals_story_entity_sets();
CREATE TRIGGER story_entities_updated AFTER UPDATE ON story_entities REFERENCING NEW TABLE AS changed
	FOR EACH STATEMENT EXECUTE FUNCTION annals_story_entity_sets();
CREATE TRIGGER story_entities_deleted AFTER DELETE ON story_entities REFERENCING OLD TABLE AS changed
	FOR EACH STATEMENT EXECUTE FUNCTION annals_story_entity_sets();
INSERT INTO story_entity_sets (story_id, entity_ids)
SELECT story_id, array_agg(DISTINCT entity_id ORDER BY entity_id) FROM story_entities GROUP BY story_id
ON CONFLICT (story_id) DO UPDATE SET entity_ids = EXCLUDED.entity_ids;
`

// pgSchemaV14 is SQLite's schemaV17: the participant rows carry their
// event's dates, written with the row and kept by trigger when the
// event's change (an event's participants are written only by the
// transaction deriving it, which holds its row). It can run again over
// itself.
const pgSchemaV14 = `
ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS date_lo TEXT;
ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS date_hi TEXT;
UPDATE event_participants p SET date_lo = e.date_lo, date_hi = e.date_hi FROM events e WHERE e.id = p.event_id
	AND (p.date_lo IS DISTINCT FROM e.date_lo OR p.date_hi IS DISTINCT FROM e.date_hi);
CREATE INDEX IF NOT EXISTS event_participants_date ON event_participants(entity_id, (date_lo IS NULL), date_lo, date_hi, event_id);
CREATE INDEX IF NOT EXISTS event_participants_long ON event_participants(entity_id, date_hi, date_lo, event_id)
	WHERE substr(date_lo, 1, 4) < substr(date_hi, 1, 4);
CREATE OR REPLACE FUNCTION annals_date_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE event_participants SET date_lo = NEW.date_lo, date_hi = NEW.date_hi WHERE event_id = NEW.id;
	RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS events_dated ON events;
CREATE TRIGGER events_dated AFTER UPDATE OF date_lo, date_hi ON events FOR EACH ROW
	WHEN (OLD.date_lo IS DISTINCT FROM NEW.date_lo OR OLD.date_hi IS DISTINCT FROM NEW.date_hi) EXECUTE FUNCTION annals_date_participants();
`

// pgSchemaV15 is SQLite's schemaV18: the story entity rows carry their
// story's first day of publication (days from 1970-01-01, NULL unknown),
// and the index by entity lists an entity's rows newest first, unknown
// last, in place of the one by (entity, story). It can run again over
// itself.
const pgSchemaV15 = `
ALTER TABLE story_entities ADD COLUMN IF NOT EXISTS pub_day INTEGER;
DROP INDEX IF EXISTS story_entities_entity;
UPDATE story_entities se SET pub_day = s.pub_lo::date - DATE '1970-01-01' FROM stories s
	WHERE s.id = se.story_id AND se.pub_day IS DISTINCT FROM s.pub_lo::date - DATE '1970-01-01';
CREATE INDEX story_entities_entity ON story_entities(entity_id, pub_day DESC NULLS LAST, story_id DESC);
CREATE OR REPLACE FUNCTION annals_story_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE story_entities SET pub_day = NEW.pub_lo::date - DATE '1970-01-01' WHERE story_id = NEW.id;
	RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS stories_published ON stories;
CREATE TRIGGER stories_published AFTER UPDATE OF pub_lo ON stories FOR EACH ROW
	WHEN (OLD.pub_lo IS DISTINCT FROM NEW.pub_lo) EXECUTE FUNCTION annals_story_published();
`

// pgSchemaV2 gives the tables whose ids a writer takes identity columns,
// so that writers storing at once (DB.SetParallel) take ids from their
// sequences; a serial writer keeps giving the next id after the largest,
// as SQLite does, and moves the sequences past it (pgSyncIDs).
var pgSchemaV2 = func() string {
	var b strings.Builder
	for _, t := range pgIDTables {
		b.WriteString("ALTER TABLE " + t + " ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;\n")
	}
	return b.String() + pgSyncIDs + ";\n"
}()

// pgIDTables are the tables whose ids writers give.
var pgIDTables = []string{"stories", "entities", "events", "rules", "story_entities", "reports"}

// pgSyncIDs sets each id sequence to give the id after the largest stored.
var pgSyncIDs = func() string {
	var cols []string
	for _, t := range pgIDTables {
		cols = append(cols, "setval(pg_get_serial_sequence('"+t+"', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "+t+"), false)")
	}
	return "SELECT " + strings.Join(cols, ", ")
}()

// pgSchemaV3: the text search vector becomes a column the store writes
// (with the text given, see pgDialect.fts.row), so that stories keep no
// text column; the original and the text go into body, mentions into
// story_entities.spans (body.go).
const pgSchemaV3 = `
ALTER TABLE stories ALTER COLUMN tsv DROP EXPRESSION;
ALTER TABLE stories ADD COLUMN body BYTEA;
ALTER TABLE story_entities ADD COLUMN spans BYTEA NOT NULL DEFAULT '';
`

const pgSchemaV3After = `
DROP TABLE mentions;
ALTER TABLE stories DROP COLUMN raw, DROP COLUMN text;
ALTER TABLE stories ALTER COLUMN body SET NOT NULL;
`

// pgSchemaV4 is SQLite's schema v7: no index of the bands by story, and
// no foreign key (dropBands deletes a story's bands by their keys).
const pgSchemaV4 = `
ALTER TABLE story_bands DROP CONSTRAINT IF EXISTS story_bands_story_id_fkey;
DROP INDEX IF EXISTS story_bands_story;
`

const pgSchemaV7 = `
ALTER TABLE report_keys ADD COLUMN IF NOT EXISTS story_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report_keys ADD COLUMN IF NOT EXISTS tbits BIGINT NOT NULL DEFAULT -1;
ALTER TABLE report_keys ADD COLUMN IF NOT EXISTS sday BIGINT NOT NULL DEFAULT 0;
`

// pgSchemaV10 indexes the trigrams of the names, which a search of names
// by any part of them (a LIKE '%...%') reads instead of every name.
const pgSchemaV10 = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX entity_names_trigrams ON entity_names USING gin (norm gin_trgm_ops);
`

// pgSchemaV8 is SQLite's schema v10: the role of an index row's entity
// in its report.
const pgSchemaV8 = `
ALTER TABLE report_keys ADD COLUMN IF NOT EXISTS role BIGINT NOT NULL DEFAULT 3;
` + fillRoles

const pgSchemaV1 = `
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'annals' AND cfgnamespace = current_schema()::regnamespace) THEN
		CREATE TEXT SEARCH DICTIONARY annals_stem (TEMPLATE = snowball, Language = english);
		CREATE TEXT SEARCH CONFIGURATION annals (COPY = pg_catalog.english);
		ALTER TEXT SEARCH CONFIGURATION annals ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word
			WITH unaccent, annals_stem;
	END IF;
END $$;

CREATE TABLE stories (
	id        BIGINT PRIMARY KEY,
	path      TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL UNIQUE,
	format    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL,
	pub_lo    TEXT,
	raw       BYTEA NOT NULL,
	text      TEXT NOT NULL,
	ingested  TEXT NOT NULL,
	url       TEXT NOT NULL DEFAULT '',
	tsv       tsvector GENERATED ALWAYS AS (setweight(to_tsvector('annals', title), 'A') || setweight(to_tsvector('annals', text), 'B')) STORED
);
CREATE INDEX stories_newest ON stories((pub_lo IS NULL), pub_lo DESC, id DESC);
CREATE INDEX stories_tsv ON stories USING gin (tsv);

CREATE TABLE entities (
	id       BIGINT PRIMARY KEY,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	ref      TEXT UNIQUE,
	stories  BIGINT NOT NULL DEFAULT 0,
	mentions BIGINT NOT NULL DEFAULT 0,
	label    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_prominence ON entities(stories DESC, mentions DESC, id);

CREATE TABLE entity_names (
	entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	norm      TEXT NOT NULL,
	name      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	strong    BIGINT NOT NULL,
	until     TEXT NOT NULL DEFAULT '',
	seen      BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (entity_id, norm)
);
CREATE INDEX entity_names_norm ON entity_names(norm, strong);
CREATE INDEX entity_names_norm_like ON entity_names(norm text_pattern_ops);

CREATE TABLE story_entities (
	id        BIGINT PRIMARY KEY,
	story_id  BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       BIGINT NOT NULL,
	local_id  TEXT NOT NULL,
	entity_id BIGINT NOT NULL REFERENCES entities(id),
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	aliases   TEXT NOT NULL,
	ref       TEXT NOT NULL,
	former    TEXT NOT NULL,
	mentions  BIGINT NOT NULL,
	reason    TEXT NOT NULL
);
CREATE INDEX story_entities_story ON story_entities(story_id, entity_id);
CREATE INDEX story_entities_entity ON story_entities(entity_id, story_id);

CREATE TABLE mentions (
	rowid    BIGINT GENERATED ALWAYS AS IDENTITY, -- insertion order, as SQLite's rowid
	story_entity_id BIGINT NOT NULL REFERENCES story_entities(id) ON DELETE CASCADE,
	start_at BIGINT NOT NULL,
	end_at   BIGINT NOT NULL,
	text     TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(story_entity_id);

CREATE TABLE roles (
	id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	story_id  BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       BIGINT NOT NULL,
	person    TEXT NOT NULL,
	person_id BIGINT REFERENCES entities(id),
	role      TEXT NOT NULL,
	role_norm TEXT NOT NULL,
	org       TEXT NOT NULL,
	org_id    BIGINT REFERENCES entities(id),
	date_from TEXT NOT NULL,
	date_to   TEXT NOT NULL,
	ev_start  BIGINT NOT NULL,
	ev_end    BIGINT NOT NULL,
	ev_text   TEXT NOT NULL
);
CREATE INDEX roles_story ON roles(story_id, ord);
CREATE INDEX roles_person ON roles(person_id);
CREATE INDEX roles_org ON roles(org_id);
CREATE INDEX roles_role ON roles(role_norm);

CREATE TABLE events (
	id          BIGINT PRIMARY KEY,
	type        TEXT NOT NULL,
	title       TEXT NOT NULL,
	date        TEXT NOT NULL,
	date_end    TEXT NOT NULL,
	date_lo     TEXT,
	date_hi     TEXT,
	place       TEXT NOT NULL,
	place_norm  TEXT NOT NULL,
	place_id    BIGINT REFERENCES entities(id),
	status      TEXT NOT NULL,
	reports     BIGINT NOT NULL DEFAULT 0,
	sources     BIGINT NOT NULL DEFAULT 0,
	notes       TEXT NOT NULL DEFAULT '',
	cite_report BIGINT
);
CREATE INDEX events_date ON events((date_lo IS NULL), date_lo, date_hi, id);
CREATE INDEX events_type_date ON events(type, (date_lo IS NULL), date_lo, date_hi, id);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_place_norm ON events(place_norm);

CREATE TABLE event_participants (
	event_id  BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	entity_id BIGINT NOT NULL REFERENCES entities(id),
	PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id);

CREATE TABLE reports (
	id           BIGINT PRIMARY KEY,
	event_id     BIGINT NOT NULL REFERENCES events(id),
	story_id     BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord          BIGINT NOT NULL,
	type         TEXT NOT NULL,
	title        TEXT NOT NULL,
	date         TEXT NOT NULL,
	date_end     TEXT NOT NULL,
	place        TEXT NOT NULL,
	place_id     BIGINT REFERENCES entities(id),
	status       TEXT NOT NULL,
	participants TEXT NOT NULL,
	ev_start     BIGINT NOT NULL,
	ev_end       BIGINT NOT NULL,
	ev_text      TEXT NOT NULL,
	link         TEXT NOT NULL,
	date_lo      TEXT NOT NULL DEFAULT '',
	date_hi      TEXT NOT NULL DEFAULT '',
	weak         BIGINT NOT NULL DEFAULT 0,
	part_ids     TEXT NOT NULL DEFAULT '',
	relink       BIGINT NOT NULL DEFAULT 1,
	fkey         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reports_story ON reports(story_id, ord);
CREATE INDEX reports_event ON reports(event_id, fkey);
CREATE INDEX reports_place ON reports(place_id);
CREATE INDEX reports_relink ON reports(relink) WHERE relink = 1;

CREATE TABLE report_keys (
	entity_id BIGINT NOT NULL,
	type      TEXT NOT NULL,
	bucket    TEXT NOT NULL,
	report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	PRIMARY KEY (entity_id, type, bucket, report_id)
);
CREATE INDEX report_keys_report ON report_keys(report_id);

CREATE TABLE figures (
	story_id  BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	report_id BIGINT REFERENCES reports(id) ON DELETE CASCADE,
	ord       BIGINT NOT NULL,
	value     DOUBLE PRECISION NOT NULL,
	unit      TEXT NOT NULL,
	qualifier TEXT NOT NULL,
	text      TEXT NOT NULL,
	start_at  BIGINT NOT NULL,
	end_at    BIGINT NOT NULL
);
CREATE INDEX figures_story ON figures(story_id, ord);
CREATE INDEX figures_report ON figures(report_id);

CREATE TABLE dates (
	story_id  BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	ord       BIGINT NOT NULL,
	start_at  BIGINT NOT NULL,
	end_at    BIGINT NOT NULL,
	text      TEXT NOT NULL,
	value     TEXT NOT NULL,
	value_end TEXT NOT NULL
);
CREATE INDEX dates_story ON dates(story_id, ord);

CREATE TABLE story_bands (
	band     BIGINT NOT NULL,
	hash     BIGINT NOT NULL,
	story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	PRIMARY KEY (band, hash, story_id)
);
CREATE INDEX story_bands_story ON story_bands(story_id);

CREATE TABLE story_copies (
	story_id BIGINT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	copy_of  BIGINT,
	minhash  BYTEA
);
CREATE INDEX story_copies_copy_of ON story_copies(copy_of);

CREATE TABLE event_tally (
	event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	source   BIGINT NOT NULL,
	tnorm    TEXT NOT NULL,
	PRIMARY KEY (event_id, source, tnorm)
);
CREATE INDEX event_tally_source ON event_tally(source);
CREATE TABLE event_titles (
	event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	tnorm    TEXT NOT NULL,
	text     TEXT NOT NULL,
	sources  BIGINT NOT NULL,
	PRIMARY KEY (event_id, tnorm)
);
CREATE TABLE event_dates (
	event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	weak     BIGINT NOT NULL,
	date     TEXT NOT NULL,
	date_end TEXT NOT NULL,
	n        BIGINT NOT NULL,
	lo_max   TEXT NOT NULL,
	hi_min   TEXT NOT NULL,
	lo_min   TEXT NOT NULL,
	hi_max   TEXT NOT NULL,
	span     BIGINT NOT NULL,
	PRIMARY KEY (event_id, weak, date, date_end)
);
CREATE TABLE event_places (
	event_id    BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	pkey        TEXT NOT NULL,
	name        TEXT NOT NULL,
	place_id    BIGINT NOT NULL,
	n           BIGINT NOT NULL,
	first_pub   TEXT NOT NULL,
	first_path  TEXT NOT NULL,
	first_start BIGINT NOT NULL,
	PRIMARY KEY (event_id, pkey)
);

CREATE TABLE rules (
	id        BIGINT PRIMARY KEY,
	kind      TEXT NOT NULL,
	type      TEXT NOT NULL,
	from_path TEXT NOT NULL,
	from_norm TEXT NOT NULL,
	to_norm   TEXT NOT NULL,
	to_path   TEXT NOT NULL DEFAULT '',
	note      TEXT NOT NULL,
	created   TEXT NOT NULL
);
CREATE INDEX rules_from ON rules(from_norm);
`

// pgDialect: see the top of this file.
var pgDialect = &dialect{
	counts:    pgCounts,
	stories:   pgStories,
	typeYears: pgTypeYears,
	// entities.events plus the changes pending (pgSchemaV13)
	pendingEvents: func(in string) string {
		return `SELECT entity_id, sum(events) FROM entity_pending WHERE events <> 0 AND entity_id IN (` + in + `) GROUP BY entity_id`
	},
	nameMatch:  nameLike,
	typeMerge:  true,
	idList:     func(col string) string { return "string_agg(" + col + "::text, ',')" },
	name:       "postgres",
	dated:      " AND (p0.date_lo IS NULL) IS FALSE",
	walkChecks: true,
	apart:      " OFFSET 0",
	// a candidate's entities are one row of story_entity_sets
	// (pgSchemaV18), where the index of story_entities held some 20 to
	// 50 entries a candidate, each tested against the story's; the rows
	// of the candidates sharing any go whole and Related keeps the
	// story's (the arrays unnested and tested here cost more than the
	// entries did)
	sharedEntities: func(ids, mine string) (string, []any) {
		return `SELECT story_id || ':' || array_to_string(entity_ids, ',') FROM story_entity_sets
			WHERE story_id IN (SELECT value FROM json_each(?)) AND entity_ids && ARRAY(SELECT value FROM json_each(?))`, []any{ids, mine}
	},
	entitySet: "array_to_string(entity_ids, ',')",
	fts: ftsSQL{
		count: `SELECT count(*) FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?)`,
		floor: `SELECT id FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?) ORDER BY id DESC LIMIT 1 OFFSET ?`,
		// The ranked statements find their matches on the text index
		// alone: "id + 0" is no range of the primary key. A prepared
		// statement's generic plan guesses a range of ids at 0.5% of the
		// stories and walked the key from the floor, testing and ranking
		// every story's vector: a faceted search's window for "hydrogen"
		// (184 matches) read 41,685 buffers in 186 ms so at 9,856
		// stories, 1,190 in 16 ms on the index (docs/scale.md, session
		// 24).
		page:   pgBoundedPage,
		window: pgBoundedWindow,
		// Run under newestPlan: a walk of the primary key from the
		// newest story, testing each vector.
		newest: `SELECT id AS rowid FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?) ORDER BY id DESC LIMIT ? OFFSET ?`,

		// In the story's own INSERT and UPDATE: an UPDATE after them
		// made a second version of the row and of its entries in every
		// index of stories (the text index's among them) for each story.
		row: func(title, text string) (string, string) {
			return "tsv", "setweight(to_tsvector('annals', " + title + "::text), 'A') || setweight(to_tsvector('annals', " + text + "::text), 'B')"
		},
		snippet: `SELECT replace(replace(ts_headline('annals', ?4::text, websearch_to_tsquery('annals', ?3), ` + pgHeadline + `),
			chr(57344), ?1), chr(57345), ?2)`,
		headline: `SELECT ts_headline('annals', ?2::text, websearch_to_tsquery('annals', ?1), ` + pgHeadline + `)`,
		// The first match's position: the least of the lexeme's
		// positions of weight B (the text) less the title's last: the
		// vector is the title's and then the text's, shifted by the
		// title's last position (fts.row). Read from the stored vector
		// (5.7 KB out of line, unnested in C, its one lexeme's
		// positions alone) and the title parsed again, where
		// ts_headline parses the whole text. For a query of lexemes
		// all required (its text 'a' & 'b' & ...), each lexeme's
		// positions in the text, and in the vector (termsCovers), on
		// PostgreSQL 15, whose covers termsCovers knows (16 finds
		// them otherwise: its texts are headlined whole).
		bodies: `SELECT s.id, s.body, CASE WHEN l.lexeme IS NOT NULL THEN
				(SELECT min(x.p) FROM unnest(s.tsv) AS u, unnest(u.positions, u.weights) AS x(p, w) WHERE u.lexeme = l.lexeme AND x.w = 'B')
				- coalesce((SELECT max(p) FROM unnest(to_tsvector('annals', s.title)) AS t, unnest(t.positions) AS p), 0)
			END,
			CASE WHEN m.lexemes IS NOT NULL THEN (SELECT json_agg(json_build_array(q.lexeme,
					ARRAY(SELECT x.p - o.off FROM unnest(u.positions, u.weights) AS x(p, w) WHERE x.w = 'B' ORDER BY x.p),
					coalesce(cardinality(u.positions), 0)) ORDER BY q.n)
				FROM (SELECT coalesce((SELECT max(p) FROM unnest(to_tsvector('annals', s.title)) AS t, unnest(t.positions) AS p), 0) AS off) AS o,
					unnest(m.lexemes) WITH ORDINALITY AS q(lexeme, n) LEFT JOIN unnest(s.tsv) AS u ON u.lexeme = q.lexeme) END
			FROM stories s LEFT JOIN (SELECT (SELECT lexeme FROM unnest(q::text::tsvector) LIMIT 1) AS lexeme
				FROM websearch_to_tsquery('annals', ?1) AS q WHERE numnode(q) = 1) AS l ON true
			LEFT JOIN (SELECT ARRAY(SELECT r[1] FROM regexp_matches(q::text, '''([^'']+)''', 'g') AS r) AS lexemes
				FROM websearch_to_tsquery('annals', ?1) AS q WHERE q::text ~ '^''[^'']+''( & ''[^'']+'')+$') AS m
				ON current_setting('server_version_num')::int < 160000
			WHERE s.id = ANY(ARRAY(SELECT jsonb_array_elements_text(?2::jsonb)::bigint))`,
		df: `SELECT count(*) FROM (SELECT 1 FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?) LIMIT ?) AS m`,
		// ts_rank reads each match's tsvector (out of line, about 5 KB):
		// only the newest similarCap matches are ranked, found on the
		// index alone (at 10,616 stories a title's words matched 873
		// stories, 3,660 buffers and 170 ms to rank them all).
		similar: `SELECT id AS rowid, ` + pgRank + ` AS rank FROM (SELECT id, tsv FROM stories WHERE tsv @@ websearch_to_tsquery('annals', ?1)
			AND id <> ?2 ORDER BY id DESC LIMIT ` + strconv.Itoa(similarCap) + `) AS m, websearch_to_tsquery('annals', ?1) AS q
			ORDER BY rank, id LIMIT 30`,
	},
	matchQueries: func(q string) (string, string, error) {
		first, _, err := matchQueries(q)
		return first, "", err
	},
	retry:       func(error) bool { return false },
	wrap:        pgWrap,
	writeLock:   `SELECT pg_advisory_xact_lock(` + strconv.Itoa(pgWriteLock) + `)`,
	snippetText: true,
	// The planner does not count reading a story's tsvector (about 5 KB,
	// out of line in TOAST): with a LIMIT (df), or for a word most
	// stories have, it prefers walking the table, or an index in id
	// order, and tests every row's vector, to the GIN index, which gives
	// the matches without reading one. At 10,616 stories a title word's
	// df took 250 ms so ("they", 1,865 stories read) against 7 ms on the
	// index. Only bitmap scans are left to these statements.
	ftsPlan: `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
	// A query listed newest first matches at least half the stories
	// (DB.newestFirst): the walk of the primary key from the newest
	// story reads about two rows a hit, where the index would give every
	// match to sort. A prepared statement's generic plan guesses a
	// query's matches at 0.5%: on a table of 200,000 rows all holding
	// the word it took the text index and sorted every match, and under
	// these settings walked the key (in one process: the walk stops
	// after a page).
	newestPlan: `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
		set_config('max_parallel_workers_per_gather', '0', true)`,
}

// pgBoundedPage is a search's ranked page (fts.page: args query, floor,
// limit, offset), ranking fewer matches than it finds. ts_rank reads a
// match's whole vector (5 KB out of line): ranking the 2,000 newest
// matches of "climate" took 381 ms at 9,872 stories (docs/scale.md,
// session 35), and the page keeps 20. For a query of one lexeme (no
// phrase, no operator: numnode 1) a match's rank is bounded by what its
// row holds (pgSchemaV23): ts_rank with these weights and normalization
// 1 is at most w / log2(n + 1), where n is the vector's lexemes
// (tsv_lexemes; ts_rank divides by log2 of its positions + 1, at least as
// many) and w what the lexeme's positions can weigh: for one lexeme
// ts_rank sums the weights of its positions, the j-th divided by j^2,
// over pi^2/6 (a title's positions, weight A 1.0, come before the text's,
// B 0.2: fts.row). With none in the title w is 0.2; with m in the title
// w is (0.8 S_m + 0.2 pi^2/6) / (pi^2/6), S_m the sum of 1/j^2 to m, which
// is 0.8 times ts_rank of the title's own vector (title_tsv, every weight
// 1, no normalization: S_m / (pi^2/6)) plus 0.2: 0.686 for a title
// holding the word once, where the bound was 1.0 before session 37 (the
// first position's weight; the title's vector is in the row, short, and
// the page's CPU the same: docs/scale.md). So the statement ranks the limit + offset matches of the highest bounds; the worst of
// those ranks is a floor no match of a lower bound can reach, and it
// ranks the matches whose bounds reach it, then pages them as before: the
// same hits in the same order (ties by id) as ranking every match, from
// the few stories whose titles hold the word and the short ones. A
// query of more lexemes (whose rank counts the distances between them) or
// none has no bound: every match is ranked, as before.
var pgBoundedPage = pgBounded("", "websearch_to_tsquery('annals', ?1) AS q", ">= ?2", "?3::bigint + ?4::bigint", "rowid", "LIMIT ?3 OFFSET ?4")

// pgBoundedWindow is a faceted search's window (fts.window: args query,
// lo, hi, limit, each given once, after the facets' own), ranked as
// pgBoundedPage ranks a page: of the matches with ids in [lo, hi], the
// limit best, ranking only those whose bounds can reach them. Where the
// window ranked every match of its range, "climate" (3,075 matches at
// 9,872 stories, the newest 2,000 ranked) read a vector of each
// (docs/scale.md, session 37).
var pgBoundedWindow = pgBounded("p AS MATERIALIZED (SELECT websearch_to_tsquery('annals', ?) AS q, ?::bigint AS lo, ?::bigint AS hi, ?::bigint AS lim),\n\t",
	"p", "BETWEEN p.lo AND p.hi", "(SELECT lim FROM p)", "id", "LIMIT (SELECT lim FROM p)")

// pgBounded is the statement of pgBoundedPage and pgBoundedWindow: with
// the CTEs of with first, q the FROM item of the query (a column q), the
// matches whose ids meet ids (">= ?2"), the best n of their ranks,
// columns (col, rank) in order, then tail.
func pgBounded(with, q, ids, n, col, tail string) string {
	return `WITH ` + with + `c AS MATERIALIZED (SELECT s.id, s.tsv, b.ub, row_number() OVER (ORDER BY b.ub DESC, s.id) AS n
		FROM stories s, ` + q + `,
			LATERAL (SELECT CASE WHEN numnode(q) <> 1 THEN 'Infinity'::float8
				WHEN s.title_tsv @@ q THEN (0.8 * ts_rank('{1, 1, 1, 1}', s.title_tsv, q, 0) + 0.2) * 1.00001
				ELSE 0.2000002 END
				/ (ln(greatest(s.tsv_lexemes, 1) + 1.0::float8) / ln(2.0::float8)) AS ub) AS b
		WHERE s.tsv @@ q AND s.id + 0 ` + ids + `),
	top AS MATERIALIZED (SELECT c.id, ` + pgRank + ` AS rank FROM c, ` + q + ` WHERE c.n <= ` + n + `),
	cut AS MATERIALIZED (SELECT CASE WHEN count(*) < ` + n + ` THEN NULL ELSE -max(rank) END AS least FROM top)
	SELECT id AS ` + col + `, rank FROM top
	UNION ALL
	SELECT c.id, ` + pgRank + ` FROM c, cut, ` + q + `
	WHERE c.n > ` + n + ` AND (cut.least IS NULL OR c.ub >= cut.least)
	ORDER BY rank, ` + col + ` ` + tail
}

// pgHeadline are the options of a search's snippets (ts_headline): one
// fragment of 12 to 24 words, the matches between chr(57344) and
// chr(57345).
const pgHeadline = `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "'`

// pgRank is a match's rank, lower is better as FTS5's: ts_rank with a
// title (A) weighing five times the text (B), divided by 1 + the log of
// the document's length.
const pgRank = `(-ts_rank('{0.1, 0.2, 0.2, 1.0}', tsv, q, 1))::float8`

// OpenPostgres opens the annals database at a PostgreSQL address
// ("postgres://user:password@host:port/database?sslmode=disable", or any
// address pgx reads), creating or migrating the schema as needed. The
// database must exist; annals creates its tables in the current schema
// and the unaccent extension (trusted: the database's owner may).
func OpenPostgres(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Redact(dsn), err)
	}
	s := &DB{path: Redact(dsn), d: pgDialect}
	if n := pgWrites; n != nil {
		dial := cfg.DialFunc
		cfg.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := dial(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return writeCounter{c, n}, nil
		}
	}
	open := func(cfg *pgx.ConnConfig, conns int) *sql.DB {
		db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
		db.SetMaxOpenConns(conns)
		db.SetMaxIdleConns(conns)
		return db
	}
	// Writes commit durably whatever the server's setting: a worker marks
	// its story's job completed in another transaction after the story's
	// commits, and an asynchronous commit lost in a crash of the server
	// would lose a story whose job is completed.
	wcfg := cfg.Copy()
	wcfg.RuntimeParams["synchronous_commit"] = "on"
	s.w, s.r = open(wcfg, 1), open(readConfig(cfg), 8)
	if err := s.w.PingContext(ctx); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	if err := s.pgMigrate(ctx); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	if s.put, err = preparePut(s.w, s.d); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	return s, nil
}

// pgWrites, when a test sets it, counts the messages the connections
// opened after it send to the server: pgx writes each request (a
// statement, or a batch of them) at once and waits for its answer, so it
// counts round trips (TestPageRoundTrips).
var pgWrites *atomic.Int64

type writeCounter struct {
	net.Conn
	n *atomic.Int64
}

func (c writeCounter) Write(b []byte) (int, error) {
	c.n.Add(1)
	return c.Conn.Write(b)
}

// pgReadPageCost is the planner's cost of a page read out of order on
// the reading connections (random_page_cost; PostgreSQL's default is 4,
// a disk that seeks). The pages read by id lists (an entity's events,
// their participants, the partners' dates, the offices) look up a few
// hundred to a thousand rows by key in tables that are in memory; at 4
// the planner read the whole table instead and hashed it: the
// participants of a year page's 300 events (1,239 rows) took every one
// of 71,009 entities, 44-90 ms, against 3-5 ms by key at 1.1 (20,000
// stories, docs/scale.md), and that table grows with the stories.
const pgReadPageCost = "1.1"

// readConfig is cfg for the reading connections: random_page_cost
// pgReadPageCost unless the address sets it
// ("postgres://...?random_page_cost=4").
func readConfig(cfg *pgx.ConnConfig) *pgx.ConnConfig {
	r := cfg.Copy()
	if _, ok := r.RuntimeParams["random_page_cost"]; !ok {
		r.RuntimeParams["random_page_cost"] = pgReadPageCost
	}
	return r
}

// pgMigrate brings the schema to the last version, one transaction under
// an advisory lock, so that processes opening a new database at once
// create it once.
func (s *DB) pgMigrate(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(`+strconv.Itoa(pgMigrateLock)+`)`); err != nil {
		return err
	}
	var version int
	var hasSchema, hasStories bool
	if err := tx.QueryRowContext(ctx, `SELECT to_regclass('annals_schema') IS NOT NULL, to_regclass('stories') IS NOT NULL`).
		Scan(&hasSchema, &hasStories); err != nil {
		return err
	}
	switch {
	case hasSchema:
		if err := tx.QueryRowContext(ctx, `SELECT version FROM annals_schema`).Scan(&version); err != nil {
			return err
		}
	case hasStories:
		return fmt.Errorf("%s: %w (a table stories of another program)", s.path, ErrNotAnnals)
	default:
		if _, err := tx.ExecContext(ctx, `CREATE TABLE annals_schema (version INTEGER NOT NULL); INSERT INTO annals_schema VALUES (0)`); err != nil {
			return err
		}
	}
	if version > len(pgMigrations) {
		return fmt.Errorf("%s: database schema version %d is newer than this annals knows (%d): upgrade annals", s.path, version, len(pgMigrations))
	}
	for v := version; v < len(pgMigrations); v++ {
		if err := pgMigrations[v].run(ctx, tx, pgSchema); err != nil {
			return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE annals_schema SET version = `+strconv.Itoa(len(pgMigrations))); err != nil {
		return err
	}
	return tx.Commit()
}

// pgSchema makes every text column of a schema compare bytewise, as
// SQLite's do: lists of names and paths sort alike on both engines,
// whatever the database's locale.
func pgSchema(ddl string) string {
	return pgText.ReplaceAllStringFunc(ddl, func(m string) string {
		if m == "TEXT" {
			return `TEXT COLLATE "C"`
		}
		return m // TEXT SEARCH CONFIGURATION
	})
}

var pgText = regexp.MustCompile(`\bTEXT\b( SEARCH)?`)

// pgWrap names the database in errors; a context's error stays itself.
func pgWrap(path string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	return err
}

// Redact is a PostgreSQL address without its password, for messages; other
// targets (file paths) come back unchanged.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// pgConnector opens pgx connections that read the store's statements
// (see pgRewrite).
type pgConnector struct{ driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{conn.(*stdlib.Conn)}, nil
}

type pgConn struct{ *stdlib.Conn }

func (c *pgConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.Conn.PrepareContext(ctx, pgRewrite(query))
	if err != nil {
		return nil, err
	}
	return &pgStmt{st.(*stdlib.Stmt)}, nil
}

func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, pgRewrite(query), pgArgs(args))
}

func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, pgRewrite(query), pgArgs(args))
}

type pgStmt struct{ *stdlib.Stmt }

func (s *pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.ExecContext(ctx, pgArgs(args))
}

func (s *pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.Stmt.QueryContext(ctx, pgArgs(args))
}

// pgArgs passes booleans as 0 and 1, as SQLite stores them (the columns
// are integers on both engines).
func pgArgs(args []driver.NamedValue) []driver.NamedValue {
	for i, a := range args {
		args[i].Value = pgValue(a.Value)
	}
	return args
}

// pgValue is an argument as PostgreSQL takes it: a boolean as 0 or 1 (the
// store's flags are integer columns, as on SQLite), anything else as is.
func pgValue(a any) any {
	if b, ok := a.(bool); ok {
		if b {
			return int64(1)
		}
		return int64(0)
	}
	return a
}

// pgIDList is "IN (SELECT value FROM json_each(?))" on PostgreSQL: the
// column equal to any of the ids, given as one array. The planner takes
// the set-returning function for 100 rows and, past a few thousand rows in
// the table, joined it by hash with a walk of the whole table: the places
// among a story's participants read every entity (273 buffers at 14,000
// entities, and growing with the store), where the array, taken for 10
// elements, is looked up by index (100 buffers for 30 ids, whatever the
// table holds).
const pgIDList = "= ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)::bigint))"

// pgRewrites caches pgRewrite: the store's statements are few (their
// texts vary by the number of placeholders only).
var pgRewrites = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// pgRewrite translates a statement written for SQLite: '?' and '?N'
// placeholders become '$N'; INSERT OR IGNORE becomes INSERT ... ON
// CONFLICT DO NOTHING, UPDATE OR FAIL (orFail) an UPDATE; a JSON array
// of ids read with json_each is read
// with jsonb_array_elements_text, and a column IN such a list is a
// column = ANY of it as an array (see pgIDList).
func pgRewrite(q string) string {
	pgRewrites.Lock()
	out, ok := pgRewrites.m[q]
	pgRewrites.Unlock()
	if ok {
		return out
	}
	out = strings.ReplaceAll(q, "IN (SELECT value FROM json_each(?))", pgIDList)
	out = strings.ReplaceAll(out, "SELECT value FROM json_each(?)", "SELECT jsonb_array_elements_text(?::jsonb)::bigint")
	out = strings.Replace(out, "UPDATE OR FAIL ", "UPDATE ", 1)
	out = strings.ReplaceAll(out, storyBodySum, "s.body_sum")
	ignore := false
	if i := strings.Index(out, "INSERT OR IGNORE INTO"); i >= 0 {
		out = out[:i] + "INSERT INTO" + out[i+len("INSERT OR IGNORE INTO"):]
		ignore = true
	}
	var b strings.Builder
	b.Grow(len(out) + 16)
	top, quoted := 0, false
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c == '\'' {
			quoted = !quoted
		}
		if c != '?' || quoted {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(out) && out[j] >= '0' && out[j] <= '9' {
			j++
		}
		if j > i+1 {
			n, _ := strconv.Atoi(out[i+1 : j])
			top = max(top, n)
			b.WriteString("$" + out[i+1:j])
			i = j - 1
			continue
		}
		top++
		b.WriteString("$" + strconv.Itoa(top))
	}
	if ignore {
		b.WriteString(" ON CONFLICT DO NOTHING")
	}
	out = b.String()
	pgRewrites.Lock()
	if len(pgRewrites.m) > 8192 {
		clear(pgRewrites.m)
	}
	pgRewrites.m[q] = out
	pgRewrites.Unlock()
	return out
}
