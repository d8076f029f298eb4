package extract

import "testing"

// TestOfficeOfAPossessorsBody: "Chair of X’s Y" is the office of Y,
// held at X, whether the lists name X in one word or several ("the
// District of Columbia’s"), and Y is read whole when the story names it
// ("the Department of Agriculture’s Food Safety and Inspection Service"), or not
// at all rather than cut short. Made-up people.
func TestOfficeOfAPossessorsBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a possessor of several words", text: "---\ntitle: Nominee\ndate: 2023-05-03\n---\n\nFrom 2011 until 2013, Ms. Jane Roe served as the Chair of the District of Columbia’s Public Employee Relations Board.\n",
			want: []roleWant{{"Jane Roe", "Chair of the Public Employee Relations Board", "District of Columbia"}},
			not:  []roleWant{{"Jane Roe", "Chair", "District of Columbia"}}},
		{name: "a body of more than four words", text: "---\ntitle: Nominee\ndate: 2023-05-03\n---\n\nAnn Vole is a member of the U.S. Department of State’s Advisory Committee on Religious Persecution Abroad. Tom Reed served as Chief Scientist of the United States Department of Agriculture’s Food Safety and Inspection Service.\n",
			want: []roleWant{{"Tom Reed", "Chief Scientist of the Food Safety and Inspection Service", "United States Department of Agriculture"}},
			not:  []roleWant{{"Tom Reed", "Chief Scientist of the Food Safety", "United States Department of Agriculture"}}},
		{name: "and another phrase", text: "On Wednesday, Ricardo Vole, head of Cuba's National Assembly and Castro's key man for U.S. affairs, spoke.\n",
			want: []roleWant{{"Ricardo Vole", "head of the National Assembly", "Cuba"}}},
	})
}
