package extract

import (
	"strings"
)

// Page furniture: the lines around a story that are not the story. A
// caption, a photo credit or a box of related links names organizations
// and even says what they did ("Related: UNICEF chief visits Peru"), but it
// reports nothing: events are never read from it.

// furnitureLabels open a line of page furniture, before a colon or a bar:
// "Photo: UNICEF/Ana Lopes", "Related: ...", "Read more | ...".
var furnitureLabels = []string{
	"photo", "photos", "photograph", "image", "images", "picture", "caption", "credit", "credits",
	"photo credit", "file photo", "related", "related stories", "related articles", "related news",
	"related content", "read more", "read also", "see also", "more", "more news", "tags", "topics",
	"share", "share this", "source", "sources", "video", "watch", "listen", "follow us",
}

// maxLabelLine is how far before a sentence its line may start for the
// line to be furniture.
const maxLabelLine = 200

// furniture reports whether sentence si stands in a line of page furniture.
func (s *state) furniture(si int) bool {
	start := s.sents[si].Start
	// the line the sentence stands in, looking back a short way only (a
	// label opens a short line; a story with no line breaks must not be
	// scanned back to its start for every sentence)
	from := max(0, start-maxLabelLine)
	ls := strings.LastIndexByte(s.text[from:start], '\n') + 1 + from
	if ls == from && from > 0 {
		return false // no line break near: the sentence is inside prose
	}
	line := s.text[ls:min(len(s.text), ls+48)]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	line = strings.TrimLeft(line, " \t([")
	low := s.lower(line)
	for _, l := range furnitureLabels {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := strings.TrimLeft(low[len(l):], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "»") ||
			(l == "photo" || l == "photos" || l == "image" || l == "picture") && strings.HasPrefix(rest, "by ") {
			return true
		}
	}
	return false
}
