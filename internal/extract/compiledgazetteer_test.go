package extract

import (
	"testing"

	"annals/internal/gazetteer"
)

// TestCompiledGazetteer fails when the gazetteer's compiled index
// (internal/gazetteer/compiled.bin) is not what its lists and code make:
// a list or the matcher's tokenizing changed without `go generate
// ./internal/gazetteer`. It is here as well as in the gazetteer's own
// tests because a change to the lists is usually made, and tested, with
// a rule of this package.
func TestCompiledGazetteer(t *testing.T) {
	if err := gazetteer.CheckCompiled(); err != nil {
		t.Fatal(err)
	}
}
