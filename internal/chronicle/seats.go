package chronicle

// Seats: a seat of government named as a building names no event.
//
// "The White House" is where a government's every event is held and the
// word its releases put before any of them: the "White House Summit on
// Extreme Heat", the "White House Tribal Nations Summit", the "White
// House Conference on Hunger", meetings "at the White House". Two reports
// "at the White House", or two titles sharing only "White House", tell
// nothing of being one event: the link rule reads such a name neither as
// a shared place nor as title words ("White House Summit" is no name,
// and shares no word with the "White House Water Summit"; the "White
// House Water Summit" and the "Water Summit" are one name).

import (
	"strings"

	"annals/internal/resolve"
)

// seats are the seats of government and their rooms, as their words
// normalized (resolve.Normalize): a head of state's or government's
// house, and the rooms and grounds a release names for its events.
var seats = [][]string{
	{"white", "house"}, {"blair", "house"}, {"kremlin"}, {"elysee"}, {"downing", "street"}, {"blue", "house"},
	{"oval", "office"}, {"rose", "garden"}, {"east", "room"}, {"roosevelt", "room"}, {"situation", "room"},
	{"state", "dining", "room"}, {"cabinet", "room"}, {"south", "lawn"}, {"indian", "treaty", "room"},
	{"eisenhower", "executive", "office", "building"}, {"zhongnanhai"},
}

// seatAt is the number of words of a seat's name that start at words[i]
// (lower case), 0 when none does.
func seatAt(words []string, i int) int {
	for _, s := range seats {
		if i+len(s) > len(words) || words[i] != s[0] {
			continue
		}
		n := 1
		for n < len(s) && words[i+n] == s[n] {
			n++
		}
		if n == len(s) {
			return n
		}
	}
	return 0
}

// Seat says whether a place's name (as written, or normalized) is a
// seat of government: "the White House", "Élysée Palace", "the Kremlin",
// "the Rose Garden".
func Seat(place string) bool {
	words := strings.Fields(strings.TrimPrefix(resolve.Normalize(place), "the "))
	for _, w := range []string{"palace", "number", "no", "10"} {
		if len(words) > 1 && (words[len(words)-1] == w || words[0] == w) {
			if words[0] == w {
				words = words[1:]
			} else {
				words = words[:len(words)-1]
			}
		}
	}
	return len(words) > 0 && seatAt(words, 0) == len(words)
}

// seatPlace is a report's place as the link rule reads it: none when it
// is a seat of government.
func seatPlace(r *Report) (id int64, norm string) {
	if r.PlaceNorm != "" && Seat(r.PlaceNorm) {
		return 0, ""
	}
	return r.Place, r.PlaceNorm
}
