package extract

import (
	"testing"

	"annals"
)

// TestMagazineNames: a name ending with "Magazine" is a publication, an
// organization, whatever its first words name ("Time Magazine" is no
// place; "Shape Magazine" is not SHAPE, NATO's headquarters).
func TestMagazineNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"She has been on the cover of Time Magazine, Shape Magazine, and Sports Illustrated.", "Shape Magazine", "Shape"},
		{"She gave an interview to Essence Magazine last year.", "Essence Magazine", ""},
		{"He wrote for American City and County Magazine for ten years.", "American City and County Magazine", "County Magazine"},
	})
	checkTypesOfNames(t, []typeCase{
		{"She has been on the cover of Time Magazine, Shape Magazine, and Sports Illustrated.", "Time Magazine", annals.Org},
	})
}
