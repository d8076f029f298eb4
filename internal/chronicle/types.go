package chronicle

import "annals"

// Citation points at the sentence of a story that states a fact.
type Citation struct {
	StoryID   int64       `json:"story_id"`
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	URL       string      `json:"url,omitempty"` // the story's original address, when known
	Published annals.Date `json:"published"`
	Evidence  annals.Span `json:"evidence"`
}

// Ref names a global entity.
type Ref struct {
	ID   int64             `json:"id"`
	Name string            `json:"name"`
	Type annals.EntityType `json:"type"`
}

// Disagreement is a field of an event that its reports give differently:
// "reports disagree: 19 or 20 November 2018", with each value's citations.
type Disagreement struct {
	Field  string             `json:"field"` // "date" or "place"
	Note   string             `json:"note"`
	Values []DisagreeingValue `json:"values"`
}

// DisagreeingValue is one value of a disagreement and the reports giving it.
// An event page cites every report giving the value; a list of events
// (a timeline, an entity's or a story's events) cites the first of them
// in citation order and counts the rest in More, which the event page
// cites: what a list answers stays the same size however many stories
// retell an event.
type DisagreeingValue struct {
	Value     string     `json:"value"` // "2018-11-19", "2016-10-20/2016-10-21", "Nukus"
	Citations []Citation `json:"citations"`
	More      int        `json:"more,omitempty"` // reports giving it not cited here
}

// RoleRow is an office held, over the reports that state it.
type RoleRow struct {
	Person    Ref         `json:"person"` // ID 0 when the person is not an entity
	Role      string      `json:"role"`
	Org       Ref         `json:"org"` // ID 0 when the organization is not an entity
	From      annals.Date `json:"from"`
	To        annals.Date `json:"to"`
	AsOf      annals.Date `json:"as_of"` // earliest publication date of a citing story
	Citations []Citation  `json:"citations"`
	// Inferred says which dates no story states: "to: when X took office"
	// (RoleHolders ends a term when the next holder's begins).
	Inferred string `json:"inferred,omitempty"`
}
