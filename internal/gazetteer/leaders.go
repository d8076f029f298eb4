package gazetteer

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Holder is one term of a head of state or government, or of the head of
// an international organization: the country or organization, the office
// ("president", "prime minister", "king", "secretary general") and the
// calendar years of its first and last year (To 0: in office).
type Holder struct {
	Of       string // a country's ISO 3166 alpha-2 code, or an organization's key
	Office   string
	From, To int
}

//go:embed manual/leaders.tsv
var leadersFile string

var leaders = mustReadLeaders(leadersFile)

// terms holds every listed term by its country or organization and office.
var terms = termsOf(leaders)

func termsOf(m map[string][]Holder) map[[2]string][]Holder {
	t := map[[2]string][]Holder{}
	for _, hs := range m {
		for _, h := range hs {
			k := [2]string{h.Of, h.Office}
			if !slices.Contains(t[k], h) {
				t[k] = append(t[k], h)
			}
		}
	}
	return t
}

// HeldIn reports whether the list names who held the office ("president")
// of the country or organization of in the calendar year: then someone
// the list does not name as its holder held it in no year the list
// covers.
func HeldIn(of, office string, year int) bool {
	for _, h := range terms[[2]string{of, office}] {
		if h.From <= year && (h.To == 0 || year <= h.To) {
			return true
		}
	}
	return false
}

// Holders returns the terms of office listed for a person's name as a story
// writes it ("Putin", "Joseph R. Biden, Jr.", "Lula da Silva"), or nil. The
// name is matched whole (see HolderKey): "Mark Brown" is not "Brown".
func Holders(name string) []Holder { return leaders[HolderKey(name)] }

// HolderKey returns the key a person's name is listed under: Normalize's,
// without initials and "Jr."/"Sr." ("Joseph R. Biden, Jr." -> "joseph
// biden"); a last single letter is a numeral ("Elizabeth I").
func HolderKey(name string) string {
	words := strings.Fields(Normalize(name))
	kept := words[:0]
	for i, w := range words {
		// an initial, not the numeral that ends a monarch's name
		// ("Elizabeth I")
		if len(w) == 1 && i < len(words)-1 || w == "jr" || w == "sr" {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

func mustReadLeaders(s string) map[string][]Holder {
	m, err := readLeaders(s)
	if err != nil {
		panic("gazetteer: manual/leaders.tsv: " + err.Error())
	}
	return m
}

// readLeaders reads lines "OF<TAB>office<TAB>from<TAB>to<TAB>name|name...",
// OF a country's ISO code or an organization's key; '#' lines are
// comments.
func readLeaders(s string) (map[string][]Holder, error) {
	m := map[string][]Holder{}
	for n, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || len(f[0]) < 2 || f[1] == "" || f[4] == "" {
			return nil, fmt.Errorf("line %d: want ISO code or key, office, from, to, names", n+1)
		}
		h := Holder{Of: f[0], Office: f[1]}
		var err error
		if h.From, err = strconv.Atoi(f[2]); err != nil {
			return nil, fmt.Errorf("line %d: from: %v", n+1, err)
		}
		if f[3] != "" {
			if h.To, err = strconv.Atoi(f[3]); err != nil || h.To < h.From {
				return nil, fmt.Errorf("line %d: bad to %q", n+1, f[3])
			}
		}
		for _, name := range strings.Split(f[4], "|") {
			k := HolderKey(name)
			if k == "" {
				return nil, fmt.Errorf("line %d: empty name", n+1)
			}
			if hs := m[k]; len(hs) == 0 || hs[len(hs)-1] != h {
				m[k] = append(hs, h)
			}
		}
	}
	return m, nil
}
