package extract

import "testing"

// TestFieldsJoinedInBodyName: a body named by two fields joined by "and"
// before its head ("Senate Environment and Public Works Committee",
// "Senate Small Business and Entrepreneurship Committee") is one name,
// not a cut committee; two bodies each with a head ("the Treasury
// Department and Education Department") are still two. Made-up people.
func TestFieldsJoinedInBodyName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Chair, Senate Environmental and Public Works Committee, Tom Carlow said the bill passed.", "Senate Environmental and Public Works Committee", "Public Works Committee"},
		{"Ranking Member, Senate Homeland Security and Governmental Affairs Committee, Rob Partman agreed.", "Senate Homeland Security and Governmental Affairs Committee", "Governmental Affairs Committee"},
		{"Chair, Senate Small Business and Entrepreneurship Committee, Ben Cardell spoke.", "Senate Small Business and Entrepreneurship Committee", "Entrepreneurship Committee"},
		{"He met the Treasury Department and Education Department officials.", "Education Department", "Treasury Department and Education Department"},
	})
}
