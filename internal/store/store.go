// Package store keeps stories and the facts read from them, and answers the
// questions the command line and the web application ask: a timeline of
// events, an entity's page, the holders of an office, full-text search,
// related stories. It keeps persistence and indexes only and is the only
// package that knows SQL; the rules that decide what is one event, what an
// event's fields are, which stories are copies, who held an office and
// which stories are related are package chronicle's, which the store calls
// with what it reads (implementing chronicle.Lookup inside a write, as it
// implements resolve.Lookup).
//
// Store is the interface; DB (db.go) is its implementation on SQL, on
// SQLite (sqlite.go, modernc.org/sqlite with FTS5) or PostgreSQL
// (postgres.go, pgx): the statements are written once, and what each
// engine does its own way (schema and migrations, full-text search, the
// write lock, errors) is a small dialect in its file. See docs/postgres.md.
//
// # Model
//
// A story is stored with its original bytes, so every citation (an offset
// span into the file) can be checked against the source. Its entities are
// story entities, each resolved (package resolve) to a global entity that
// persists across stories, with every name it was seen under. An extracted
// event is stored as a report, attached to an event row: one real event may
// be reported by many stories: a report joins the event of any stored
// report it is linked to (same type, shared participants, compatible dates
// and places, similar titles; see chronicle.Link and cluster.go), and an event's own fields
// are derived from all its reports, disagreements included. Each link
// records why it was made. A story that is a near-duplicate of another
// (the same release with other boilerplate) is marked as its copy, and
// its reports do not count as independent sources.
//
// Replacing a story (same path, new content) removes only its own facts and
// reports; events and entities that no story supports any more are deleted.
package store

import (
	"context"
	"errors"
	"time"

	"annals"
	"annals/internal/chronicle"
)

// Store is what annals keeps and what it can be asked. Methods are safe for
// concurrent use; PutStory and DeleteStory are each one transaction.
type Store interface {
	// PutStory stores st with the facts of doc, replacing the facts of an
	// earlier version of the same path; the same content is skipped.
	PutStory(ctx context.Context, st *annals.Story, doc *annals.Document) (PutResult, error)
	// PutStories stores many stories in one transaction, each as
	// PutStory would; a story that fails is rolled back alone (errs at
	// its index), err fails the whole batch.
	PutStories(ctx context.Context, batch []Put) (res []PutResult, errs []error, err error)
	// DeleteStory removes a story and its facts; ErrNotFound if none.
	DeleteStory(ctx context.Context, id int64) error
	// PathHash returns the content hash (hex SHA-256) of the story stored
	// under path; ErrNotFound if none.
	PathHash(ctx context.Context, path string) (string, error)

	// Story returns a stored story and its facts as a Document.
	Story(ctx context.Context, id int64) (*annals.Story, *annals.Document, error)
	// StoryEvents returns the stored event of each of the story's
	// events (its reports), in the story's order: what all reports of
	// that event say together.
	StoryEvents(ctx context.Context, id int64) ([]EventRow, error)
	// StoryEntityIDs maps the story's entity ids ("e1") to global entity ids.
	StoryEntityIDs(ctx context.Context, id int64) (map[string]int64, error)
	// Stories lists stories, newest first (by publication, unknown last).
	Stories(ctx context.Context, limit, offset int) ([]StorySummary, error)
	// StoriesPage is a page of Stories from an offset or after a key,
	// with the key of each story.
	StoriesPage(ctx context.Context, p Page) ([]StorySummary, []Key, error)
	// Related ranks other stories by shared entities (weighted by
	// rarity), shared events and text similarity, the stories of one
	// text (copies, near copies) as one entry.
	Related(ctx context.Context, storyID int64, limit int) ([]RelatedStory, error)
	// ExpandQuery widens a query that is an entity's name to all its
	// names, and says which names it added (see SQLite.ExpandQuery).
	ExpandQuery(ctx context.Context, q string) (string, []string, error)
	// Search runs a full-text query over story titles and texts.
	Search(ctx context.Context, query string, opt SearchOptions) ([]SearchHit, int, error)
	// SearchFaceted is Search narrowed by facets, with the facets of its
	// best matches counted.
	SearchFaceted(ctx context.Context, query string, opt FacetOptions) (*FacetedSearch, error)

	// Timeline lists events in date order (unknown dates last).
	Timeline(ctx context.Context, f EventFilter) ([]EventRow, error)
	// TimelinePage is Timeline with the key of each event, for the page
	// after it (EventFilter.After) or before it (EventFilter.Before).
	TimelinePage(ctx context.Context, f EventFilter) ([]EventRow, []Key, error)
	// FindEntities finds entities by any name they were seen under.
	FindEntities(ctx context.Context, name string) ([]EntitySummary, error)
	// Entities lists entities by prominence.
	Entities(ctx context.Context, f EntityFilter) ([]EntitySummary, error)
	// EntitiesPage is Entities with the key of each entity, for the
	// page after it or before it (EntityFilter.After, Before).
	EntitiesPage(ctx context.Context, f EntityFilter) ([]EntitySummary, []EntityKey, error)
	// Entity returns one entity's summary; ErrNotFound if none.
	Entity(ctx context.Context, id int64) (EntitySummary, error)
	// EntityPage gathers what is known of one entity, each list over a
	// bounded window (see EntityEvents); ErrNotFound if none.
	EntityPage(ctx context.Context, id int64) (*EntityPage, error)
	// EntityStories pages through the stories naming an entity, newest
	// first; ErrNotFound if none.
	EntityStories(ctx context.Context, id int64, limit, offset int) ([]StoryRef, error)
	// EntityStoriesPage is a page of EntityStories from an offset or
	// after a key, with the key of each story.
	EntityStoriesPage(ctx context.Context, id int64, p Page) ([]StoryRef, []Key, error)
	// EntityStoriesBefore is the page of EntityStories just before a
	// key, with the key of each story.
	EntityStoriesBefore(ctx context.Context, id int64, limit int, before Key) ([]StoryRef, []Key, error)
	// RoleHolders lists the holders of an office in date order.
	RoleHolders(ctx context.Context, role, org string) ([]RoleRow, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (*Stats, error)

	// Event returns one event with all its reports; ErrNotFound if none.
	Event(ctx context.Context, id int64) (*EventDetail, error)
	// EachEvent calls fn with every event f selects, in timeline order,
	// ignoring f.Limit, f.Offset, f.After and f.Before, in constant memory; an error from fn
	// stops it and is returned.
	EachEvent(ctx context.Context, f EventFilter, fn func(EventRow) error) error
	// HolderAt returns who held an office of an organization (a global
	// entity) on a date, from the roles stated in all stories.
	HolderAt(ctx context.Context, role string, org int64, at annals.Date) (*RoleRow, error)
	// MergeEntities makes entity from one with entity into, now and for
	// every story ingested later, and returns the rule it stored.
	MergeEntities(ctx context.Context, from, into int64) (*Rule, error)
	// SplitEntity moves the mentions of entity id in the given stories
	// (by path) to a new entity, now and at later ingestions.
	SplitEntity(ctx context.Context, id int64, paths []string) (*Rule, int64, error)
	// Rules lists the stored corrections.
	Rules(ctx context.Context) ([]Rule, error)
	// DeleteRule removes a correction (the store is not changed back
	// until the stories concerned are ingested again).
	DeleteRule(ctx context.Context, id int64) error

	Close() error
}

// Errors a Store returns; test with errors.Is.
var (
	// ErrNotFound: no story or entity with that id.
	ErrNotFound = errors.New("not found")
	// ErrNotAnnals: the file is not an annals database (another file, or
	// one damaged beyond reading). The store never writes to such a file.
	ErrNotAnnals = errors.New("not an annals database")
	// ErrLocked: another process holds the database longer than the busy
	// timeout allows.
	ErrLocked = errors.New("database is locked by another process")
	// ErrInvalid: the story or document does not hold together (a span
	// outside the file, a malformed date); nothing is stored.
	ErrInvalid = errors.New("invalid story")
)

// PutResult says what PutStory did.
type PutResult struct {
	StoryID  int64 `json:"story_id"`
	Skipped  bool  `json:"skipped"`  // the same content was already stored
	Replaced bool  `json:"replaced"` // an earlier version of the path was replaced
	Entities int   `json:"entities"` // story entities stored
	Events   int   `json:"events"`   // event reports stored
}

// Citation points at the sentence of a story that states a fact.
type Citation = chronicle.Citation

// Ref names a global entity.
type Ref = chronicle.Ref

// EventFilter selects events for Timeline. Zero fields do not filter.
type EventFilter struct {
	// Org, Person and With are global entity ids (see FindEntities); an
	// event must have each given one among its participants, so Org A with
	// With B is the chronicle of A and B.
	Org, Person, With int64
	// Place matches the event's place by any name of the place entity, or
	// by the place as written, case- and diacritic-insensitively.
	Place string
	Type  annals.EventType
	// From and To bound the dates: an event is kept when its date interval
	// overlaps [From, To], each taken at its precision (To "2017" runs to
	// 31 December 2017). Events of unknown date are left out when either
	// is given.
	From, To      annals.Date
	Limit, Offset int // Limit 0 means 100
	// After, when not nil, starts the page after the event of that key
	// (TimelinePage gives each event's), whatever Offset: a page costs
	// the same at any depth.
	After *Key
	// Before, when not nil, is the page that ends just before the event
	// of that key (the page before one that begins with it), read
	// backwards from the key at the same cost at any depth; it has fewer
	// than Limit events when it reaches the first. Not with After.
	Before *Key
	// AllCitations cites every report giving each value of an event's
	// disagreements, as the event page does; without it each value cites
	// its first report and counts the others (DisagreeingValue.More), so
	// that a page of events costs the same however many stories retell
	// them.
	AllCitations bool
}

// EventRow is one event with its participants and the citation of its
// earliest report.
type EventRow struct {
	ID           int64            `json:"id"`
	Type         annals.EventType `json:"type"`
	Title        string           `json:"title"`
	Date         annals.Date      `json:"date"`
	DateEnd      annals.Date      `json:"date_end"`
	Place        string           `json:"place"`
	PlaceID      int64            `json:"place_id"`
	Status       annals.Status    `json:"status"`
	Participants []Ref            `json:"participants"`
	Citation     Citation         `json:"citation"`
	Reports      int              `json:"reports"` // stories' reports of this event
	// Sources counts the distinct stories reporting the event, a story
	// and its copies (near-duplicates) once.
	Sources int `json:"sources"`
	// Disagreements are the fields the reports do not agree on; the
	// event's own field then holds what they share (the month of two
	// different days) or nothing.
	Disagreements []Disagreement `json:"disagreements,omitempty"`
}

// Disagreement is a field of an event that its reports give differently:
// "reports disagree: 19 or 20 November 2018", with each value's citations.
type Disagreement = chronicle.Disagreement

// DisagreeingValue is one value of a disagreement and the reports giving it.
type DisagreeingValue = chronicle.DisagreeingValue

// ReportRow is what one story says about an event, and why it was
// attached to the event.
type ReportRow struct {
	ID      int64            `json:"id"`
	Type    annals.EventType `json:"type"`
	Title   string           `json:"title"`
	Date    annals.Date      `json:"date"`
	DateEnd annals.Date      `json:"date_end"`
	// DateInferred: the sentence states no date; the extraction dated the
	// report by its story's publication.
	DateInferred bool          `json:"date_inferred"`
	Place        string        `json:"place"`
	Status       annals.Status `json:"status"`
	Participants []string      `json:"participants"` // as the story names them
	// People are the persons among its participants (the entities, by
	// id) when the people a report names tell its event from others: a
	// visit's (the visitor, the host), an appointment's (the appointee,
	// who appointed), a meeting's told without a name (the two sides);
	// see chronicle.TellsPeople. Empty for other reports.
	People   []Ref    `json:"people"`
	Citation Citation `json:"citation"`
	// CopyOf is the story this report's story is a near-duplicate of (0
	// when it is not a copy): the report is not an independent source.
	CopyOf int64  `json:"copy_of"`
	Link   string `json:"link"` // why the report is in this event
}

// EventDetail is an event with all its reports, earliest published first.
type EventDetail struct {
	EventRow
	AllReports []ReportRow `json:"all_reports"`
}

// Rule is a user's correction of entity resolution, applied again
// whenever a story it concerns is ingested.
type Rule struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"` // "merge" or "split"
	// Type is the entity type; FromPath ("" for any story) and FromName
	// (normalized) select the story entities the rule moves.
	Type     annals.EntityType `json:"type"`
	FromPath string            `json:"from_path"`
	FromName string            `json:"from_name"`
	// ToName is, for a merge, a normalized strong name of the target
	// entity (or a name in ToPath when it has none); for a split, the
	// label that keeps the split entity apart.
	ToName  string    `json:"to_name"`
	ToPath  string    `json:"to_path"`
	Note    string    `json:"note"`
	Created time.Time `json:"created"`
}

// EntityFilter selects entities for Entities.
type EntityFilter struct {
	Type          annals.EntityType // "" for all
	Query         string            // a substring of any name, folded
	Limit, Offset int               // Limit 0 means 100
	// After, when not nil, starts the page after the entity of that key
	// (EntitiesPage gives each entity's), whatever Offset; Before ends
	// it just before (fewer than Limit when it reaches the first). A
	// page costs the same at any depth. Not both.
	After, Before *EntityKey
}

// EntitySummary is an entity with how prominent it is.
type EntitySummary struct {
	ID       int64             `json:"id"`
	Type     annals.EntityType `json:"type"`
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"`
	Mentions int               `json:"mentions"` // mentions over all stories
	Stories  int               `json:"stories"`  // stories that name it
	Events   int               `json:"events"`   // events it takes part in
	// Matched is the name FindEntities matched it by.
	Matched string `json:"matched,omitempty"`
}

// NameRow is one name of an entity and how it was seen.
type NameRow struct {
	Name   string      `json:"name"`
	Kind   string      `json:"kind"` // name, acronym, alias or former
	Strong bool        `json:"strong"`
	Until  annals.Date `json:"until"` // for former names
	Seen   int         `json:"seen"`  // stories that used it
}

// RoleRow is an office held, over the reports that state it.
type RoleRow = chronicle.RoleRow

// StoryRef is a story in a list, with how often it mentions something.
type StoryRef struct {
	ID        int64       `json:"id"`
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	Published annals.Date `json:"published"`
	Mentions  int         `json:"mentions"`
}

// Cooccurrence is an entity named in the same stories as another.
type Cooccurrence struct {
	Ref
	Stories int `json:"stories"`
}

// Partner is an organization that shares events with an entity.
type Partner struct {
	Ref
	Events int         `json:"events"`
	First  annals.Date `json:"first"`
	Last   annals.Date `json:"last"`
}

// EntityPage is what is known about one entity, each list over a bounded
// window of the newest, so that the page costs the same for an entity in
// ten stories or in a million: Events are its latest EntityEvents events
// (by when they were stored) in date order, the full list being the
// timeline's (EventFilter.Org); Stories the first EntityStories stories
// naming it (the rest from EntityStories); Roles and Officers are the
// latest 100 offices (by start) of its latest 500 role statements each; Cooccurring (20) is counted over its
// latest 300 stories, Partners (50) over its latest 1,000 events. Entity
// has the totals.
type EntityPage struct {
	Entity      EntitySummary  `json:"entity"`
	Names       []NameRow      `json:"names"`
	Roles       []RoleRow      `json:"roles"`    // offices the entity held
	Officers    []RoleRow      `json:"officers"` // offices held in the entity
	Events      []EventRow     `json:"events"`
	Stories     []StoryRef     `json:"stories"`
	Cooccurring []Cooccurrence `json:"cooccurring"`
	Partners    []Partner      `json:"partners"`
	// MoreEvents and MoreStories say that the lists hold only the newest.
	MoreEvents  bool `json:"more_events"`
	MoreStories bool `json:"more_stories"`
}

// SearchOptions shape a Search.
type SearchOptions struct {
	Limit, Offset int // Limit 0 means 20
	// Open and Close surround matched terms in snippets; default "**".
	// The web application sets markers it can find again after escaping.
	Open, Close string
}

// FacetOptions shape a SearchFaceted: a page of hits (Limit, Offset,
// Open, Close as in SearchOptions) among the best Window matches (0 means
// 200) that pass the facets given, and the facets of those matches.
type FacetOptions struct {
	SearchOptions
	Window int
	// Facets narrowing the matches; zero values do not narrow. A story
	// passes Type when it reports an event of that type, Org and Person
	// when it names that global entity, Year when it was published then.
	Type        annals.EventType
	Org, Person int64
	Year        string
}

// FacetedSearch is a page of a faceted search.
type FacetedSearch struct {
	Hits []SearchHit `json:"hits"`
	// Total counts all matching stories when no facet narrows, else the
	// matches within the window that pass them.
	Total int `json:"total"`
	// Window is how many of the best matches the facets were counted over
	// (fewer when fewer match).
	Window int `json:"window"`
	// Newest: the hits and the window are the newest matches, not the
	// best (a query in most stories; DB.newestFirst).
	Newest bool `json:"newest"`
	// The values of each facet over the window's matches that pass the
	// facets given, most frequent first (years newest first); entities
	// at most 12 each, labelled with the global entity's name.
	Types   []FacetCount `json:"types"`
	Orgs    []FacetCount `json:"orgs"`
	People  []FacetCount `json:"people"`
	Years   []FacetCount `json:"years"`
	Matched int          `json:"matched"` // all stories matching the query
}

// FacetCount is one value of a facet: an event type, an entity id or a
// year, with its label and the number of matching stories having it.
type FacetCount struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// SearchHit is one story matching a search.
type SearchHit struct {
	StoryID   int64       `json:"story_id"`
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	Published annals.Date `json:"published"`
	Snippet   string      `json:"snippet"`
	Score     float64     `json:"score"` // bm25: higher is better; 0 when listed newest first (newestFirst)
}

// StorySummary is a stored story without its text.
type StorySummary struct {
	ID        int64       `json:"id"`
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	Published annals.Date `json:"published"`
	Format    string      `json:"format"`
	Ingested  time.Time   `json:"ingested"`
	Entities  int         `json:"entities"`
	Events    int         `json:"events"`
	CopyOf    int64       `json:"copy_of"` // the story this one is a near-duplicate of, 0 when none
}

// RelatedStory is a story related to another, with why.
type RelatedStory struct {
	StorySummary
	Score  float64 `json:"score"`
	Reason string  `json:"reason"` // "shares UNAOC, Al-Nasser; same conference"
	// SameText says the story is a copy of the one it is related to: the
	// same release published again (or most of its text).
	SameText bool `json:"same_text"`
	// Also are the other related stories of the same text, folded into
	// this one: copies of one release and near copies, best first; the
	// story shown is the best ranked, or its copies' original.
	Also []StorySummary `json:"also,omitempty"`
}

// TypeYear counts events of one type in one year ("" when undated).
type TypeYear struct {
	Type  annals.EventType `json:"type"`
	Year  string           `json:"year"`
	Count int              `json:"count"`
}

// Stats counts what is stored.
type Stats struct {
	Stories     int             `json:"stories"`
	Entities    int             `json:"entities"`
	Events      int             `json:"events"`
	Reports     int             `json:"reports"`
	ByTypeYear  []TypeYear      `json:"by_type_year"`
	TopEntities []EntitySummary `json:"top_entities"`
}
