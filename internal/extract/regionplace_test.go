package extract

import "testing"

// TestWorldRegionPlace: a region of the world after "in" or "at" is the
// area an event is about ("security in the Indo-Pacific"), not where it
// is held; a journey to one goes there, and a city of the sentence is
// the place of a trip told beside a region.
func TestWorldRegionPlace(t *testing.T) {
	checkEventPlaces(t, "2024-04-10", []placeCase{
		{"an area of concern", "On Monday, Ana Ruiz met Paul Weiss to discuss peace and security in the Indo-Pacific.", "meeting", ""},
		{"a programme's area", "On Monday, the Andean Council launched a grant program to support young leaders in Latin America.", "programme", ""},
		{"a sea", "On Monday, Peru and Chile signed an agreement on fishing in the Black Sea.", "agreement", ""},
		{"another's travel in a region", "Following the President's travel in Asia, Vice President Ana Ruiz will travel to Bangkok, Thailand to attend the summit.", "visit", "Bangkok"},
		// guards: a journey to a region, a state, a city
		{"a trip to a region", "On Monday, Ana Ruiz returned from her first trip to the Middle East.", "visit", "Middle East"},
		{"a visit to a region", "Next week, Ana Ruiz will travel to Southeast Asia to meet young leaders.", "visit", "Southeast Asia"},
		{"a state", "On Monday, Ana Ruiz met union leaders in Texas.", "meeting", "Texas"},
		{"a city", "On Monday, Ana Ruiz met Paul Weiss in Lima to discuss security in the Pacific.", "meeting", "Lima"},
	})
}
