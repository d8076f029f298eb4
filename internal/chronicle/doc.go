// Package chronicle holds the rules that make one chronicle of many
// stories, with no database: which reports of an event are one real event
// (link.go, settle.go), what an event's own fields are and where its
// reports disagree (derive.go, prose.go), which stories are copies of one
// release (copies.go), who held an office when (offices.go) and which
// stories are related (related.go).
//
// The store keeps what these rules read and decide; it implements the
// small Lookup interface Settle asks candidates from, as it implements
// resolve.Lookup for entity resolution. Every rule here is a function of
// its arguments, tested without SQL.
package chronicle
