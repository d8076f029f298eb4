package store_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"annals"
	"annals/internal/store"
	"annals/internal/store/pgtest"
)

// bridgeEnt is an entity of a story of TestParallelBridges.
type bridgeEnt struct {
	typ    annals.EntityType
	name   string
	former string // a former name, given up in 2016
}

// bridgeStory makes a story of text naming ents, with one event of typ
// on date at place between the entities parts, and a role when role is
// not empty (person, role, org).
func bridgeStory(path, pub, text string, ents []bridgeEnt, typ annals.EventType, date, place string, parts []string, role []string) copyStory {
	doc := &annals.Document{Doc: path, Published: annals.Date(pub), Entities: []annals.Entity{}, Roles: []annals.Role{},
		Figures: []annals.Figure{}, Dates: []annals.DateMention{}, Events: []annals.Event{}}
	for i, e := range ents {
		at := strings.Index(text, e.name)
		ent := annals.Entity{ID: fmt.Sprintf("e%d", i+1), Type: e.typ, Name: e.name, Aliases: []string{},
			Mentions: []annals.Span{{Start: at, End: at + len(e.name), Text: e.name}}}
		if e.former != "" {
			ent.Former = []annals.FormerName{{Name: e.former, Until: "2016"}}
		}
		doc.Entities = append(doc.Entities, ent)
	}
	sentence := text[:strings.Index(text, ".")+1]
	ev := annals.Span{Start: 0, End: len(sentence), Text: sentence}
	doc.Events = append(doc.Events, annals.Event{Type: typ, Date: annals.Date(date), Place: annals.NullString(place),
		Participants: parts, Status: annals.Held, Figures: []annals.Figure{}, Evidence: ev})
	if role != nil {
		doc.Roles = append(doc.Roles, annals.Role{Person: role[0], Role: role[1], Org: role[2], Evidence: ev})
	}
	return copyStory{&annals.Story{Path: path, Format: "text", Raw: []byte(text), Text: text, Published: annals.Date(pub)}, doc}
}

// bridgeFamily makes family w of stories about a board that changed its
// name: two stories name it by its old name (one with its chair), two by
// its new one, each beside a union; then a story names it by its new
// name "formerly" the old one (a bridge, when the two are stored apart
// before it) and tells the meeting of the first story again; the last
// names it by its new name.
func bridgeFamily(w string) []copyStory {
	old, now := w+" Harbor Board", w+" Maritime Authority"
	union, chair := w+" Port Union", "Ann "+w+"son"
	o, n, u := bridgeEnt{annals.Org, old, ""}, bridgeEnt{annals.Org, now, ""}, bridgeEnt{annals.Org, union, ""}
	lima, quito := bridgeEnt{annals.Place, "Lima", ""}, bridgeEnt{annals.Place, "Quito", ""}
	dir := "b" + w + "/"
	return []copyStory{
		bridgeStory(dir+"o1.txt", "2015-03-02", "The "+old+" met the "+union+" in Lima on 1 March 2015. It was the first meeting.",
			[]bridgeEnt{o, u, lima}, annals.Meeting, "2015-03-01", "Lima", []string{old, union}, nil),
		bridgeStory(dir+"o2.txt", "2015-04-03", "The "+old+" signed an agreement with the "+union+" on 2 April 2015, said "+chair+", chair of the "+old+".",
			[]bridgeEnt{o, u, {annals.Person, chair, ""}}, annals.Agreement, "2015-04-02", "", []string{old, union}, []string{chair, "chair", old}),
		bridgeStory(dir+"n1.txt", "2016-05-04", "The "+now+" met the "+union+" in Lima on 3 May 2016. The talks went on.",
			[]bridgeEnt{n, u, lima}, annals.Meeting, "2016-05-03", "Lima", []string{now, union}, nil),
		bridgeStory(dir+"n2.txt", "2016-06-05", "The "+now+" met the "+union+" in Quito on 4 June 2016. They met again.",
			[]bridgeEnt{n, u, quito}, annals.Meeting, "2016-06-04", "Quito", []string{now, union}, nil),
		bridgeStory(dir+"br.txt", "2016-07-06", "The "+now+" met the "+union+" in Lima on 1 March 2015, when it was the "+old+". So says its history.",
			[]bridgeEnt{{annals.Org, now, old}, u, lima}, annals.Meeting, "2015-03-01", "Lima", []string{now, union}, nil),
		bridgeStory(dir+"n3.txt", "2017-01-08", "The "+now+" and the "+union+" signed an agreement on 7 January 2017. Both sides welcomed it.",
			[]bridgeEnt{n, u}, annals.Agreement, "2017-01-07", "", []string{now, union}, nil),
	}
}

// TestParallelBridges: stories that show two stored entities to be one (a
// board's new name "formerly" its old one, each stored by other stories
// before) are stored by parallel writers at once, none of their batches
// serially for it, and the chronicle is the one a serial store leaves, on
// PostgreSQL and on SQLite: one board with every story, name, role and
// counter of both, its events settled again.
func TestParallelBridges(t *testing.T) {
	pgtest.DSN(t) // skips without PostgreSQL
	if os.Getenv("ANNALS_TEST_STORE") == "postgres" {
		t.Skip("run once, with the store's tests on SQLite: it opens its stores on both engines")
	}
	ctx := context.Background()
	var set []copyStory
	for _, w := range []string{"Amber", "Birch", "Cedar", "Delta", "Ember", "Flint"} {
		set = append(set, bridgeFamily(w)...)
	}
	want := sqliteCanon(ctx, t, set)
	// one board a family, with the stories of both names
	for _, w := range []string{"Amber", "Flint"} {
		if got, ok := want[fmt.Sprintf("entity [b%s/br.txt#e1 b%s/n1.txt#e1 b%s/n2.txt#e1]+3", w, w, w)]; !ok || !strings.Contains(got, `,6,6,`) {
			t.Fatalf("b%s on SQLite: the board is not one entity of 6 stories and mentions: %q", w, got)
		}
	}
	compareSerialPostgres(ctx, t, set, want)

	// shuffled whole, then family by family (the writers storing one
	// family's stories at once), the bridge last of its family in two
	for round := range 4 {
		order := familyOrder(set, round, 11, func(c copyStory) bool { return strings.HasSuffix(c.st.Path, "/br.txt") })
		var foldEvery time.Duration
		if round%2 == 1 {
			foldEvery = 200e6 // counts left pending while bridges move them
		}
		why := putParallel(ctx, t, round, order, want, foldEvery)
		if why[store.SerialBridge] > 0 {
			t.Errorf("order %d: %d batches of bridges stored serially", round+1, why[store.SerialBridge])
		}
	}
}
