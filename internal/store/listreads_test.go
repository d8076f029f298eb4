package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"annals"
)

// listReadsStore stores six stories, each telling a forum (whose place
// its reports disagree on) and a meeting, so that a list cites the
// forum's places by their first reports in stories telling another event
// too. It returns the offsets of each story's two sentences by its path.
func listReadsStore(t *testing.T, s *DB) map[string][2]int {
	t.Helper()
	ents := []ent{{typ: annals.Org, name: "Amber Council"}, {typ: annals.Org, name: "Birch Union"}, {typ: annals.Org, name: "Cedar League"}}
	var batch []Put
	at := map[string][2]int{}
	for i, tl := range forumTellings {
		forum := "The Amber Council and the Birch Union held the Caspian Water Forum in " + tl.place + " on 3 May 2023."
		month := []string{"January", "March", "June", "August", "October", "December"}[i]
		meeting := "The Cedar League met the Birch Union in Geneva on 10 " + month + " 2023."
		st, doc := story{path: tl.path, published: annals.Date(tl.published), title: "Forum " + tl.path, text: forum + " " + meeting, ents: ents,
			events: []ev{
				{typ: annals.Conference, date: "2023-05-03", place: tl.place, parts: []string{"Amber Council", "Birch Union"}, title: "Caspian Water Forum", evidence: forum},
				{typ: annals.Meeting, date: annals.Date(fmt.Sprintf("2023-%02d-10", []int{1, 3, 6, 8, 10, 12}[i])), place: "Geneva", parts: []string{"Cedar League", "Birch Union"}, evidence: meeting},
			}}.build(t)
		batch = append(batch, Put{Story: st, Doc: doc})
		start := len("Forum "+tl.path) + 2
		at[tl.path] = [2]int{start, start + len(forum) + 1}
	}
	putStored(t, s, batch)
	return at
}

// TestListFirstCitesRead: a list citing a value by its first report reads
// the reports of the cited events in the stories cited, not every report
// of those stories (a story telling ten events was read ten times over
// for one citation), and cites the same report.
func TestListFirstCitesRead(t *testing.T) {
	s, _ := openTemp(t)
	at := listReadsStore(t, s)
	ctx := context.Background()
	tl, err := s.Timeline(ctx, EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[annals.EventType][]int64{}
	for _, e := range tl {
		ids[e.Type] = append(ids[e.Type], e.ID)
	}
	if len(ids[annals.Conference]) != 1 || len(ids[annals.Meeting]) != 6 {
		t.Fatalf("events %v, want one forum and six meetings", ids)
	}
	forum := ids[annals.Conference][0]
	meetingOf := map[string]int64{} // the meeting each story tells
	for _, e := range tl {
		if e.Type == annals.Meeting {
			meetingOf[e.Citation.Path] = e.ID
		}
	}
	if len(meetingOf) != 6 {
		t.Fatalf("meetings cited by %v, want one a story", meetingOf)
	}
	type cite struct {
		ev    func() int64
		path  string
		start int
	}
	forumIn := func(path string) cite { return cite{func() int64 { return forum }, path, at[path][0]} }
	meetingIn := func(path string) cite { return cite{func() int64 { return meetingOf[path] }, path, at[path][1]} }
	cases := []struct {
		name  string
		cites []cite
		rows  int // report rows read
	}{
		{"the forum's first report, in a story telling a meeting too", []cite{forumIn("a.txt")}, 1},
		{"the forum's first reports in two stories", []cite{forumIn("a.txt"), forumIn("c.txt")}, 2},
		{"both events of one story", []cite{forumIn("b.txt"), meetingIn("b.txt")}, 2},
		{"a meeting's only report", []cite{meetingIn("d.txt")}, 1},
	}
	for _, c := range cases {
		cited := firstCites{}
		vals := make([]*DisagreeingValue, len(c.cites))
		for i, ci := range c.cites {
			vals[i] = &DisagreeingValue{Value: ci.path}
			cited[firstCite{ci.ev(), ci.path, ci.start}] = []*DisagreeingValue{vals[i]}
		}
		rd := firstCitesRead(cited, storyVersions{})
		row, rows := rd.row, 0
		rd.row = func(scan func(...any) error) error { rows++; return row(scan) }
		if err := s.readTogether(ctx, rd); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if rows != c.rows {
			t.Errorf("%s: %d report rows read, want %d", c.name, rows, c.rows)
		}
		for i, v := range vals {
			if len(v.Citations) != 1 || v.Citations[0].Path != c.cites[i].path || v.Citations[0].Evidence.Start != c.cites[i].start ||
				v.Citations[0].Title != "Forum "+c.cites[i].path {
				t.Errorf("%s: value %d cites %+v, want %s@%d", c.name, i, v.Citations, c.cites[i].path, c.cites[i].start)
			}
		}
	}
}

// TestListNamesParticipants: a list of events names its participants from
// the entities alone, each a look-up of one table (the year page of the
// most prominent entity at 296,083 stories names 1,678 of them, each
// looked up in entity_counts too, for a count no list shows); the
// entity page's co-occurring entities still read their counts, for their
// ties.
func TestListNamesParticipants(t *testing.T) {
	sqliteOnly(t)
	useTraceDriver(t)
	s, err := Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	listReadsStore(t, s)
	ctx := context.Background()
	amber, birch := entityID(t, s, "Amber Council"), entityID(t, s, "Birch Union")
	cases := []struct {
		name   string
		read   func() ([]EventRow, error)
		events int
	}{
		{"timeline", func() ([]EventRow, error) { return s.Timeline(ctx, EventFilter{}) }, 7},
		{"an entity's year page", func() ([]EventRow, error) {
			return s.Timeline(ctx, EventFilter{Org: birch, From: "2023", To: "2023", Limit: EntityEvents})
		}, 7},
		{"relations", func() ([]EventRow, error) { return s.Timeline(ctx, EventFilter{Org: amber, With: birch}) }, 1},
		{"an entity's page", func() ([]EventRow, error) {
			p, err := s.EntityPage(ctx, birch)
			if err != nil {
				return nil, err
			}
			return p.Events, nil
		}, 7},
	}
	for _, c := range cases {
		recorded.Lock()
		clear(recorded.q)
		recorded.Unlock()
		evs, err := c.read()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(evs) != c.events {
			t.Errorf("%s: %d events, want %d", c.name, len(evs), c.events)
		}
		for _, e := range evs {
			var names []string
			for _, p := range e.Participants {
				names = append(names, p.Name)
			}
			want := "Birch Union, Cedar League"
			if e.Type == annals.Conference {
				want = "Amber Council, Birch Union"
			}
			if got := strings.Join(names, ", "); got != want {
				t.Errorf("%s: event %d names %q, want %q", c.name, e.ID, got, want)
			}
		}
		recorded.Lock()
		for q := range recorded.q {
			if strings.Contains(q, "FROM entities e JOIN entity_counts c ON c.id = e.id WHERE e.id IN (SELECT value FROM json_each") && c.name != "an entity's page" {
				t.Errorf("%s: entities looked up in entity_counts too: %s", c.name, oneLine(q))
			}
		}
		recorded.Unlock()
	}
}
