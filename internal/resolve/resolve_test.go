package resolve

import (
	"reflect"
	"slices"
	"testing"

	"annals"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United Nations", "united nations"},
		{"  The  Alliance ", "alliance"},
		{"the UN", "un"},
		{"U.N.", "un"},
		{"Secretary-General", "secretary general"},
		{"Secretary General", "secretary general"},
		{"Ban Ki‑moon", "ban ki moon"}, // non-breaking hyphen
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"CÔTE D'IVOIRE", "cote d'ivoire"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"Theodore Roosevelt", "theodore roosevelt"}, // "the" only as a word
		{"Al-Nasser", "al nasser"},
		{"", ""},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"UNAOC", true}, {"U.N.", true}, {"G20", true}, {"UNESCO", true},
		{"OSCE", true}, {"UN-Habitat", false}, {"Alliance", false}, {"A", false},
		{"United Nations", false}, {"WHO", true}, {"Ms", false}, {"G", false}, {"1990", false},
	}
	for _, tt := range tests {
		if got := IsAcronym(tt.in); got != tt.want {
			t.Errorf("IsAcronym(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		e    annals.Entity
		want []EntityName
	}{
		{
			name: "organization with acronym and back-reference",
			e: annals.Entity{Type: annals.Org, Name: "United Nations Alliance of Civilizations",
				Aliases: []string{"UNAOC", "the Alliance", "Alliance of Civilizations"}},
			want: []EntityName{
				{"United Nations Alliance of Civilizations", "united nations alliance of civilizations", Name, true, ""},
				{"UNAOC", "unaoc", Acronym, true, ""},
				// "the Alliance" refers back inside the story: not a name
				{"Alliance of Civilizations", "alliance of civilizations", Alias, true, ""},
			},
		},
		{
			name: "person: surname and honorific are weak",
			e:    annals.Entity{Type: annals.Person, Name: "Ban Ki-moon", Aliases: []string{"Ban", "Mr. Ban", "Ban Ki-moon"}},
			want: []EntityName{
				{"Ban Ki-moon", "ban ki moon", Name, true, ""},
				{"Ban", "ban", Alias, false, ""},
				{"Mr. Ban", "mr ban", Alias, false, ""},
			},
		},
		{
			name: "former name outranks alias of the same form",
			e: annals.Entity{Type: annals.Org, Name: "Organization of Turkic States", Aliases: []string{"OTS", "Turkic Council"},
				Former: []annals.FormerName{{Name: "Turkic Council", Until: "2021"}}},
			want: []EntityName{
				{"Organization of Turkic States", "organization of turkic states", Name, true, ""},
				{"OTS", "ots", Acronym, true, ""},
				{"Turkic Council", "turkic council", Former, true, "2021"},
			},
		},
		{
			name: "single-word organizations",
			e:    annals.Entity{Type: annals.Org, Name: "Interpol", Aliases: []string{"the Secretariat", "Secretariat", "the UN"}},
			want: []EntityName{
				{"Interpol", "interpol", Name, true, ""},
				{"the UN", "un", Alias, true, ""},
			},
		},
		{
			name: "bare common nouns are never names across stories",
			e:    annals.Entity{Type: annals.Org, Name: "Organization of Turkic States", Aliases: []string{"Council", "Organization", "the Organization", "the Council", "OTS"}},
			want: []EntityName{
				{"Organization of Turkic States", "organization of turkic states", Name, true, ""},
				{"OTS", "ots", Acronym, true, ""},
			},
		},
		{
			name: "a name written as an acronym",
			e:    annals.Entity{Type: annals.Org, Name: "U.N.", Aliases: []string{"UN", "the U.N."}},
			want: []EntityName{{"U.N.", "un", Acronym, true, ""}},
		},
		{
			name: "a name shouted in capitals is no acronym",
			e:    annals.Entity{Type: annals.Place, Name: "Japan", Aliases: []string{"JAPAN", "Nippon"}, Ref: "Q17"},
			want: []EntityName{{"Japan", "japan", Name, true, ""}, {"Nippon", "nippon", Alias, true, ""}},
		},
		{
			name: "an acronym also written in title case stays one when written alone",
			e:    annals.Entity{Type: annals.Org, Name: "NATO"},
			want: []EntityName{{"NATO", "nato", Acronym, true, ""}},
		},
		{
			name: "names of generic words only are weak",
			e: annals.Entity{Type: annals.Org, Name: "Energy Transformation Task Force",
				Aliases: []string{"ETTF", "the Task Force", "Working Group", "Board of Directors", "National Assembly", "Security Council"}},
			want: []EntityName{
				{"Energy Transformation Task Force", "energy transformation task force", Name, true, ""},
				{"ETTF", "ettf", Acronym, true, ""},
				{"the Task Force", "task force", Alias, false, ""},
				{"Working Group", "working group", Alias, false, ""},
				{"Board of Directors", "board of directors", Alias, false, ""},
				{"National Assembly", "national assembly", Alias, false, ""},
				// a word of its own names a body
				{"Security Council", "security council", Alias, true, ""},
			},
		},
		{
			name: "places are strong",
			e:    annals.Entity{Type: annals.Place, Name: "the Netherlands", Aliases: []string{"Istanbul", ""}},
			want: []EntityName{
				{"the Netherlands", "netherlands", Name, true, ""},
				{"Istanbul", "istanbul", Alias, true, ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Names(&tt.e); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Names =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

// fakeLookup is an in-memory Lookup: refs by key, strong names by type and norm.
type fakeLookup struct {
	refs  map[string]int64
	names map[string][]Candidate // key: type + "|" + norm
}

func (f *fakeLookup) ByRef(ref string) (int64, bool, error) {
	id, ok := f.refs[ref]
	return id, ok, nil
}

func (f *fakeLookup) ByName(t annals.EntityType, n string) ([]Candidate, error) {
	return f.names[string(t)+"|"+n], nil
}

func TestResolve(t *testing.T) {
	l := &fakeLookup{
		refs: map[string]int64{"Q1065": 1, "Q7": 7},
		names: map[string][]Candidate{
			"ORG|united nations": {{ID: 1, Ref: "Q1065"}},
			"ORG|un":             {{ID: 1, Ref: "Q1065"}},
			"ORG|united nations alliance of civilizations": {{ID: 2}},
			"ORG|unaoc":                         {{ID: 2}},
			"ORG|turkic council":                {{ID: 3}},
			"PERSON|ban ki moon":                {{ID: 4}},
			"ORG|ots":                           {{ID: 3}, {ID: 5, Ref: "Q99"}},
			"ORG|organization of turkic states": {{ID: 3}},
			"PLACE|georgia":                     {{ID: 8, Ref: "iso:GE"}},
		},
	}
	tests := []struct {
		name   string
		e      annals.Entity
		wantID int64
		reason string
	}{
		{"same ref wins over names", annals.Entity{Type: annals.Org, Name: "Organisation des Nations Unies", Ref: "Q1065"}, 1, "ref Q1065"},
		{"acronym joins", annals.Entity{Type: annals.Org, Name: "UNAOC"}, 2, `name "unaoc"`},
		{"full name joins", annals.Entity{Type: annals.Person, Name: "Ban Ki-moon", Aliases: []string{"Ban"}}, 4, `name "ban ki moon"`},
		{"surname alone never joins", annals.Entity{Type: annals.Person, Name: "Ban"}, 0, ""},
		{"Mr. Sall stays apart", annals.Entity{Type: annals.Person, Name: "Mr. Sall"}, 0, ""},
		{"back-reference never joins", annals.Entity{Type: annals.Org, Name: "the Alliance"}, 0, ""},
		{"type must agree", annals.Entity{Type: annals.Person, Name: "United Nations"}, 0, ""},
		{"former name joins the renamed organization", annals.Entity{Type: annals.Org, Name: "Turkic Council"}, 3, `name "turkic council"`},
		{"most shared names win an ambiguous acronym", annals.Entity{Type: annals.Org, Name: "Organization of Turkic States", Aliases: []string{"OTS"}}, 3, `name "organization of turkic states"`},
		{"different refs never join", annals.Entity{Type: annals.Place, Name: "Georgia", Ref: "Q1428"}, 0, ""},
		{"unknown ref falls back to names", annals.Entity{Type: annals.Place, Name: "Georgia", Ref: "iso:GE"}, 8, `name "georgia"`},
		{"ambiguous tie goes to the oldest", annals.Entity{Type: annals.Org, Name: "OTS"}, 3, `name "ots"`},
		{"diacritics and case are folded", annals.Entity{Type: annals.Org, Name: "UNITED NATIONS"}, 1, `name "united nations"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Resolve(l, &tt.e)
			if err != nil {
				t.Fatal(err)
			}
			if r.ID != tt.wantID || r.New != (tt.wantID == 0) || r.Reason != tt.reason {
				t.Errorf("Resolve(%q) = id %d new %v reason %q, want id %d reason %q", tt.e.Name, r.ID, r.New, r.Reason, tt.wantID, tt.reason)
			}
			if len(r.Names) == 0 || r.Names[0].Text != tt.e.Name {
				t.Errorf("Names[0] = %+v, want the entity's name first", r.Names)
			}
		})
	}
}

// mapLookup is a Lookup over a few global entities, for the bridging test.
type mapLookup struct {
	refs  map[string]int64
	names map[string][]Candidate
}

func (m mapLookup) ByRef(ref string) (int64, bool, error) {
	id, ok := m.refs[ref]
	return id, ok, nil
}

func (m mapLookup) ByName(t annals.EntityType, norm string) ([]Candidate, error) {
	return m.names[norm], nil
}

func TestResolveBridgesEntities(t *testing.T) {
	l := mapLookup{
		refs: map[string]int64{},
		names: map[string][]Candidate{
			"silk road towns association":    {{ID: 1}},
			"steppe heritage cities network": {{ID: 2}},
			"idb":                            {{ID: 3, Ref: "Q1"}, {ID: 4, Ref: "Q2"}},
		},
	}
	e := &annals.Entity{Type: annals.Org, Name: "Steppe Heritage Cities Network",
		Former: []annals.FormerName{{Name: "Silk Road Towns Association", Until: "2020"}}}
	r, err := Resolve(l, e)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID == 0 || len(r.Also) != 1 || r.Also[0] == r.ID {
		t.Errorf("a story naming both names should bridge entities 1 and 2: %+v", r)
	}
	r, _ = Resolve(l, &annals.Entity{Type: annals.Org, Name: "IDB"})
	if len(r.Also) != 0 {
		t.Errorf("two gazetteer entries must never be bridged: %+v", r)
	}
}

// TestResolveBackReferences: a story's back-reference to a body or a
// building ("the Embassy", "the Court", "the House") names no entity
// across stories, whatever kind the story reads it as: another story's
// "the Court" is another court. A place's name joins as ever.
func TestResolveBackReferences(t *testing.T) {
	l := &fakeLookup{names: map[string][]Candidate{
		"ORG|embassy":          {{ID: 1}},
		"ORG|administration":   {{ID: 2}},
		"PLACE|house":          {{ID: 3}},
		"PLACE|court":          {{ID: 4}},
		"PLACE|administration": {{ID: 5}},
		"PLACE|union":          {{ID: 6}},
		"PLACE|bahamas":        {{ID: 7}},
		"ORG|us embassy":       {{ID: 8}},
		"PLACE|white house":    {{ID: 9}},
	}}
	for _, c := range []struct {
		e    annals.Entity
		want int64
	}{
		{annals.Entity{Type: annals.Org, Name: "Embassy"}, 0},
		{annals.Entity{Type: annals.Org, Name: "Administration"}, 0},
		{annals.Entity{Type: annals.Place, Name: "The House"}, 0},
		{annals.Entity{Type: annals.Place, Name: "The Court"}, 0},
		{annals.Entity{Type: annals.Place, Name: "the Administration"}, 0},
		// guards
		{annals.Entity{Type: annals.Place, Name: "Union"}, 6},
		{annals.Entity{Type: annals.Place, Name: "The Bahamas"}, 7},
		{annals.Entity{Type: annals.Org, Name: "US Embassy"}, 8},
		{annals.Entity{Type: annals.Place, Name: "the White House"}, 9},
	} {
		r, err := Resolve(l, &c.e)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID != c.want {
			t.Errorf("%s %q: entity %d (%s), want %d", c.e.Type, c.e.Name, r.ID, r.Reason, c.want)
		}
	}
	// nor is it kept as a name of the place a story refers back to
	for _, n := range Names(&annals.Entity{Type: annals.Place, Name: "Blair House", Aliases: []string{"the House"}}) {
		if n.Norm == "house" {
			t.Errorf("the back-reference is kept as a name: %+v", n)
		}
	}
}

// TestResolveShortForms: a generic head, alone or with words that only
// qualify it ("Coalition", "Interagency Working Group", "White House
// Office", "Combined Task Force"), and a short form a story gives its
// fuller name ("Supreme Court" of "Ostrava Supreme Court", "IWG" of
// "Interagency Working Group on Tidal Energy") name many bodies: they
// never join a story's body to another stored under them, nor bridge
// two stored bodies into one.
func TestResolveShortForms(t *testing.T) {
	l := &fakeLookup{names: map[string][]Candidate{
		"ORG|supreme court":                {{ID: 1}},
		"ORG|interagency working group":    {{ID: 2}},
		"ORG|iwg":                          {{ID: 2}},
		"ORG|coalition":                    {{ID: 3}},
		"ORG|white house office":           {{ID: 4}},
		"ORG|combined task force":          {{ID: 5}},
		"ORG|inter agency task force":      {{ID: 5}},
		"ORG|academy":                      {{ID: 11}},
		"ORG|foreign service":              {{ID: 12}},
		"ORG|federal trade commission":     {{ID: 6}},
		"ORG|fatf":                         {{ID: 7}},
		"ORG|peace corps":                  {{ID: 8}},
		"ORG|white house":                  {{ID: 9}},
		"ORG|ostrava supreme court":        {{ID: 10}},
		"ORG|un security council":          {{ID: 13}},
		"ORG|security council":             {{ID: 13}},
		"ORG|department of commerce":       {{ID: 14}},
		"ORG|agency for lunar development": {{ID: 15}},
		"ORG|lunar policy council":         {{ID: 16}},
		"ORG|lunar committee":              {{ID: 17}},
		"ORG|ad council":                   {{ID: 18}},
		"ORG|senior executive service":     {{ID: 19}},
	}}
	for _, c := range []struct {
		e    annals.Entity
		want int64
		also []int64
	}{
		{annals.Entity{Type: annals.Org, Name: "Ostrava Supreme Court", Aliases: []string{"Supreme Court"}}, 10, nil},
		{annals.Entity{Type: annals.Org, Name: "Brno Supreme Court", Aliases: []string{"Supreme Court"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Interagency Working Group on Tidal Energy", Aliases: []string{"Interagency Working Group", "IWG"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Interagency Working Group on Solar Tides", Aliases: []string{"IWG"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Coalition"}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "White House Office of Lunar Policy", Aliases: []string{"White House Office"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Combined Task Force"}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Inter-Agency Task Force"}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Veloria Naval Academy", Aliases: []string{"Academy"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Orlin School of Foreign Service", Aliases: []string{"Foreign Service"}}, 0, nil},
		// guards: a body's own name, a country's designation left out,
		// one of two bodies named together, an acronym of its own words
		{annals.Entity{Type: annals.Org, Name: "Supreme Court"}, 1, nil},
		{annals.Entity{Type: annals.Org, Name: "U.S. Supreme Court", Aliases: []string{"Supreme Court"}}, 1, nil},
		{annals.Entity{Type: annals.Org, Name: "UN Security Council", Aliases: []string{"Security Council"}}, 13, nil},
		{annals.Entity{Type: annals.Org, Name: "Department of Justice and Federal Trade Commission", Aliases: []string{"Federal Trade Commission"}}, 6, nil},
		{annals.Entity{Type: annals.Org, Name: "Financial Action Task Force", Aliases: []string{"FATF"}}, 7, nil},
		{annals.Entity{Type: annals.Org, Name: "Peace Corps"}, 8, nil},
		{annals.Entity{Type: annals.Org, Name: "White House"}, 9, nil},
		{annals.Entity{Type: annals.Org, Name: "U.S. Department of Commerce", Aliases: []string{"Department of Commerce"}}, 14, nil},
		{annals.Entity{Type: annals.Org, Name: "White House Lunar Policy Council", Aliases: []string{"Lunar Policy Council"}}, 16, nil},
		{annals.Entity{Type: annals.Org, Name: "House Lunar Committee", Aliases: []string{"Lunar Committee"}}, 0, nil},
		{annals.Entity{Type: annals.Org, Name: "Ad Council"}, 18, nil},
		{annals.Entity{Type: annals.Org, Name: "Senior Executive Service"}, 19, nil},
		{annals.Entity{Type: annals.Org, Name: "Veloria Agency for Lunar Development", Aliases: []string{"Agency for Lunar Development"}}, 15, nil},
	} {
		r, err := Resolve(l, &c.e)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID != c.want || !slices.Equal(r.Also, c.also) {
			t.Errorf("%q %q: entity %d (%s) also %v, want %d also %v", c.e.Name, c.e.Aliases, r.ID, r.Reason, r.Also, c.want, c.also)
		}
	}
}

// TestResolveForeignAcronyms: an acronym of two letters a story gives a
// name it cannot stand for ("VA" of "Orlin State University", the
// story's "Orlin, VA" read as its acronym) joins no other body of that
// acronym; one it may stand for does, and so does a longer one ("USTC"
// of a "Tariff Commission" whose story lost its first words).
func TestResolveForeignAcronyms(t *testing.T) {
	l := &fakeLookup{names: map[string][]Candidate{
		"ORG|va":      {{ID: 1}},
		"ORG|ustc":    {{ID: 2}},
		"ORG|vsu":     {{ID: 3}},
		"ORG|dod":     {{ID: 4}},
		"ORG|lunicef": {{ID: 5}},
		"ORG|g7":      {{ID: 6}},
		"ORG|md":      {{ID: 7}},
	}}
	for _, c := range []struct {
		e    annals.Entity
		want int64
	}{
		{annals.Entity{Type: annals.Org, Name: "Orlin State University", Aliases: []string{"VA"}}, 0},
		{annals.Entity{Type: annals.Org, Name: "Orlin Tech Hub", Aliases: []string{"MD"}}, 0},
		// guards: acronyms of the name's words, in order, a letter or
		// more a word; digits not read; a name that is one word; an acronym
		// of three letters or more
		{annals.Entity{Type: annals.Org, Name: "Veloria State University", Aliases: []string{"VSU"}}, 3},
		{annals.Entity{Type: annals.Org, Name: "Department of Defense", Aliases: []string{"DoD"}}, 4},
		{annals.Entity{Type: annals.Org, Name: "Lunar Nations Children's Fund", Aliases: []string{"LUNICEF"}}, 5},
		{annals.Entity{Type: annals.Org, Name: "Group of Seven", Aliases: []string{"G7"}}, 6},
		{annals.Entity{Type: annals.Org, Name: "Veloria", Aliases: []string{"VA"}}, 1},
		{annals.Entity{Type: annals.Org, Name: "Tariff Commission", Aliases: []string{"USTC"}}, 2},
	} {
		r, err := Resolve(l, &c.e)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID != c.want {
			t.Errorf("%q %q: entity %d (%s), want %d", c.e.Name, c.e.Aliases, r.ID, r.Reason, c.want)
		}
	}
}
