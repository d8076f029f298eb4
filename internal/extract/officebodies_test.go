package extract

import "testing"

// TestOfficeBodyWithForBeforeName: after an office and "of", a body
// named by its head and "for" with its field ("Unit for North America",
// "Office for Europe") ends before the name of the person who holds the
// office, as a head and "of" does. Made-up people.
func TestOfficeBodyWithForBeforeName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a unit for a region", text: "The delegation was received by Head of Unit for North America Roberto Velasco, who briefed them.",
			want: []roleWant{{"Roberto Velasco", "Head", "Unit for North America"}},
			not:  []roleWant{{"Roberto Velasco", "", "Unit for North America Roberto Velasco"}}},
		{name: "an office for a region", text: "The meeting was opened by Director of the Office for Europe Maria Lopez.",
			want: []roleWant{{"Maria Lopez", "Director", "Office for Europe"}}},
		{name: "a division for a region", text: "The meeting was opened by Head of Division for Asia Maria Lopez.",
			want: []roleWant{{"Maria Lopez", "Head", "Division for Asia"}}},
	})
	checkNames(t, []nameCase{
		{"The delegation was received by Head of Unit for North America Roberto Velasco, who briefed them.", "Roberto Velasco", "Unit for North America Roberto Velasco"},
		{"The meeting was opened by Director of the Office for Europe Maria Lopez.", "Office for Europe", "Office for Europe Maria Lopez"},
	})
}

// TestBodyThenOfficeWithComplement: a body named before an office whose
// title goes on with "of" or "for" and a body or a field ("Department of
// Labor Director of the Office of Trade Affairs Maria Pardo") is no part
// of one long name: the body, the office and its holder. Made-up people.
func TestBodyThenOfficeWithComplement(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "an office within the body", text: "Department of Labor Director of the Office of Trade Affairs Maria Pardo said the rules would change.",
			want: []roleWant{{"Maria Pardo", "Director", "Office of Trade Affairs"}}},
		{name: "a field", text: "The meeting was opened by Department of Labor Director of Trade Affairs Maria Pardo.",
			want: []roleWant{{"Maria Pardo", "Director of Trade Affairs", "Department of Labor"}}},
		{name: "a surname no list knows", text: "The meeting was opened by Department of Labor Director of Trade Affairs Dalia Pardo.",
			want: []roleWant{{"Dalia Pardo", "Director of Trade Affairs", "Department of Labor"}}},
		{name: "a ministry", text: "The meeting was opened by Ministry of Health Director of the Office of Planning Maria Lopez.",
			want: []roleWant{{"Maria Lopez", "Director", "Office of Planning"}}},
	})
	checkNames(t, []nameCase{
		{"Department of Labor Director of the Office of Trade Affairs Maria Pardo said the rules would change.", "Department of Labor", "Department of Labor Director of the Office of Trade Affairs Maria Pardo"},
		{"The meeting was opened by Department of Labor Director of Trade Affairs Dalia Pardo.", "Dalia Pardo", "Department of Labor Director of Trade Affairs Dalia Pardo"},
	})
}

// TestRankBeforeBody: a rank written before a body's name whose office
// follows it ("Deputy National Economic Council Director") is the
// office's, no word of the body's name; after another office and "and"
// ("Deputy Assistant to the President and National Space Council
// Executive Secretary") the body is named alone. "Acting" is no word of
// the title, as elsewhere. Made-up people.
func TestRankBeforeBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "set off", text: "The officials:\n\n-   Maria Lopez, Deputy National Economic Council Director\n",
			want: []roleWant{{"Maria Lopez", "Deputy Director", "National Economic Council"}},
			not:  []roleWant{{"Maria Lopez", "", "Deputy National Economic Council"}}},
		{name: "after an office and an ampersand", text: "The officials:\n\n-   Tom Reed, Deputy Assistant to the President & Deputy National Economic Council Director\n",
			want: []roleWant{{"Tom Reed", "Deputy Director", "National Economic Council"}}},
		{name: "after an office and and", text: "Ann Vole, Deputy Assistant to the President and National Space Council Executive Secretary, hosted the talks.",
			want: []roleWant{{"Ann Vole", "Executive Secretary", "National Space Council"}}},
		{name: "before the name", text: "The plan was explained by Deputy Domestic Policy Council Director Tom Reed.",
			want: []roleWant{{"Tom Reed", "Deputy Director", "Domestic Policy Council"}}},
		{name: "acting", text: "The plan was explained by Acting Domestic Policy Council Director Tom Reed.",
			want: []roleWant{{"Tom Reed", "Director", "Domestic Policy Council"}},
			not:  []roleWant{{"Tom Reed", "", "Acting Domestic Policy Council"}}},
	})
	checkNames(t, []nameCase{
		{"Ann Vole, Deputy Assistant to the President and National Space Council Executive Secretary, hosted the talks.", "National Space Council", "Deputy Assistant to the President and National Space Council"},
		{"Ann Vole, Deputy Assistant to the President and National Space Council Executive Secretary, hosted the talks.", "", "to the President and National Space Council"},
		{"The officials:\n\n-   Tom Reed, Deputy Assistant to the President & Deputy National Economic Council Director\n", "National Economic Council", "Deputy National Economic Council"},
	})
}

// TestModifierOpeningBody: a word that heads titles only with another
// ("Foreign Minister", "Special Envoy", "General Counsel"), opening a
// chunk right before a body's head, is the body's first word, no title
// alone ("Foreign Service Institute", "General Services Administration",
// "Special Mission Wing"). Made-up people.
func TestModifierOpeningBody(t *testing.T) {
	checkNames(t, []nameCase{
		{"She taught at the Foreign Service Institute in Virginia.", "Foreign Service Institute", "Service Institute"},
		{"She joined the Foreign Service in 1990.", "Foreign Service", ""},
		{"The General Services Administration will buy electric cars.", "General Services Administration", "Services Administration"},
		{"Pilots of the Afghan Special Mission Wing trained in Kabul.", "Afghan Special Mission Wing", "Mission Wing"},
	})
	checkRoles(t, []roleCase{
		{name: "a body's officer", text: "Ann Vole, a career Foreign Service Officer, spoke on Monday.",
			not: []roleWant{{"Ann Vole", "Foreign", ""}}},
	})
}

// TestOfficialIsAnOffice: "Official" ends an office as "Officer" does:
// the body after it is named alone ("Senior Response Official for the
// Unified Coordination Group") and it is no word of a person's or a
// body's name ("Senior Administration Officials", "Senior Bureau
// Official"). Made-up people.
func TestOfficialIsAnOffice(t *testing.T) {
	checkNames(t, []nameCase{
		{"Robert Fenton, Senior Response Official for the Unified Coordination Group, spoke.", "Unified Coordination Group", "Senior Response Official for the Unified Coordination Group"},
		{"Today, Senior Administration Officials met with the Governor to discuss the plan.", "", "Senior Administration Officials"},
	})
	checkRoles(t, []roleCase{
		{name: "set off", text: "Ann Vole, Senior Official for Public Diplomacy at the U.S. Department of State, spoke.",
			want: []roleWant{{"Ann Vole", "Senior Official for Public Diplomacy", "U.S. Department of State"}}},
		{name: "in lower case", text: "Earlier in his career, Tom Reed served as a senior official at the New York City Department of Education.",
			want: []roleWant{{"Tom Reed", "senior official", "New York City Department of Education"}}},
	})
}

// TestFieldOfStudyNoPlace: a place opening the name of a field of study
// ("Middle East Area Studies", "Latin America Studies") is no place the
// story is about, nor a body; an office for the field is held at the body
// named after it. Made-up people.
func TestFieldOfStudyNoPlace(t *testing.T) {
	checkNames(t, []nameCase{
		{"She began her work as Chairwoman for Middle East Area Studies at the Foreign Service Institute.", "Foreign Service Institute", "Middle East"},
	})
	checkRoles(t, []roleCase{
		{name: "a fellow for a field", text: "Dr. Tom Reed, PhD, is a fellow for Latin America Studies at the Council on Foreign Relations, where he works.",
			not: []roleWant{{"Tom Reed", "", "Latin America Studies"}}},
	})
}

// TestFieldOfDegree: the capitalized words after a degree and "in", and
// the list of fields after it, name a field of study, no body or place;
// a school named in the list stays a body.
func TestFieldOfDegree(t *testing.T) {
	checkNames(t, []nameCase{
		{"Prior to that she earned a master's degree in Hospital and Health Administration from the university.", "", "Hospital and Health Administration"},
		{"She holds graduate degrees in Communications, Counseling Education, Student Personnel Services, and Higher Education Administration.", "", "Student Personnel Services"},
		{"She holds graduate degrees in Communications, Counseling Education, Student Personnel Services, and Higher Education Administration.", "", "Higher Education Administration"},
		{"He completed his M.S. in Biostatistics at Columbia University.", "Columbia University", "Biostatistics"},
		{"She received a Ph.D. in Public Health Administration from Yale University.", "Yale University", "Public Health Administration"},
		{"He holds a bachelor's degree in Business Administration and a master's in Public Administration.", "", "Business Administration"},
		{"He holds a bachelor's degree in Business Administration and a master's in Public Administration.", "", "Public Administration"},
		{"He earned a degree in Economics, Lakeshore University, in 2001.", "Lakeshore University", ""},
	})
}

// TestBodyNameCutAtAnd: a word after a body's head and "and" that ends
// the sentence with no head of its own ("Executive Committee and
// Diversity.", where the writer cut the second body's name) is no part
// of the first body's name. Made-up firm.
func TestBodyNameCutAtAnd(t *testing.T) {
	checkNames(t, []nameCase{
		{"She is also a member of Harlow & Finch’s Executive Committee and Diversity. At her prior firm, she chaired the board.", "Executive Committee", "Executive Committee and Diversity"},
	})
}

// TestBoardSeatBeforeHeadlessBody: a seat on a body's board before "of"
// or "at" ("Board Member of Northwind Gas") is an office, and the body
// after it is named though its name has no head of its own; the board's
// head is no head of the body's name. Made-up people and bodies.
func TestBoardSeatBeforeHeadlessBody(t *testing.T) {
	checkNames(t, []nameCase{
		{"Rita Ware is also the longest serving outside Board Member of Northwind Gas and serves on several boards.", "Northwind Gas", "Board Member of Northwind Gas"},
		{"Tom Brown, Board Member of California Head Start, joined the panel on Monday.", "California Head Start", "Board Member of California Head Start"},
		{"She is a Charter Board Member of the Lakeside Route and a teacher.", "Lakeside Route", "Charter Board Member of the Lakeside Route"},
		{"Omar Haddad, Board Director at Atlas Mining, spoke on Friday.", "Atlas Mining", "Board Director at Atlas Mining"},
	})
	checkRoles(t, []roleCase{
		{name: "a board member", text: "Tom Brown, Board Member of California Head Start, joined the panel on Monday.",
			want: []roleWant{{"Tom Brown", "Board Member", "California Head Start"}}},
		// the back-reference "the Board" is no body named before
		{name: "a chair after a board member", text: "Tom Brown, Board Member of California Head Start, joined the panel. Jane Miller is the Chair of the Board of the Pacific Health Foundation.",
			not: []roleWant{{"Jane Miller", "Chair", "Board Member of California Head Start"}}},
	})
}

// TestPeopleNamedBody: people and "of" with a capitalized name after an
// office ("President of Women of Color in Tech") name a body, not the
// office's portfolio ("Minister of Women"). Made-up people.
func TestPeopleNamedBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "women of", text: "Sarah Jones, President of Women of Color in Tech, spoke at the event.",
			want: []roleWant{{"Sarah Jones", "President", "Women of Color in Tech"}},
			not:  []roleWant{{"Sarah Jones", "President of Women", ""}}},
		{name: "veterans of", text: "Tom Reed, Commander of the Veterans of Foreign Wars, spoke at the event.",
			not: []roleWant{{"Tom Reed", "Commander of the Veterans", ""}}},
		{name: "a portfolio", text: "Ana Silva, Minister of Women, Family and Human Rights, spoke at the event.",
			not: []roleWant{{"Ana Silva", "Minister", "Women"}}},
	})
}
