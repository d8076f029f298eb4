package chronicle

import (
	"strings"
	"testing"
)

func TestSignatureFindsCopies(t *testing.T) {
	base := strings.Repeat("The network held its sixth forum in Khiva with delegates from thirty one member cities and many mayors. ", 3)
	copyText := "Republished from the newsroom.\n\n" + strings.ReplaceAll(base, " with ", "\n with ") + " Subscribe | Archive"
	other := strings.Repeat("The foundation planted trees along the old shore line and trained volunteers in three districts this spring. ", 3)
	a, b, c := Signature(base), Signature(copyText), Signature(other)
	if Similarity(a, b) < CopyThreshold {
		t.Errorf("copy similarity %.2f below %.2f", Similarity(a, b), CopyThreshold)
	}
	if Similarity(a, c) >= CopyThreshold {
		t.Errorf("different stories similarity %.2f", Similarity(a, c))
	}
	if Signature("too short to sign") != nil {
		t.Error("a short text got a signature")
	}
}
