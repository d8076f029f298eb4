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

// furniture reports whether sentence si stands in a line of page furniture.
func (s *state) furniture(si int) bool {
	start := s.sents[si].Start
	ls := strings.LastIndexByte(s.text[:start], '\n') + 1
	line := s.text[ls:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	line = strings.TrimLeft(line, " \t([")
	if len(line) > 40 {
		line = line[:40]
	}
	low := strings.ToLower(line)
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
