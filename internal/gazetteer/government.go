package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
)

// Government is the form of a country's government, as far as it decides
// which offices the country has: whether a prime minister or a monarch
// can be its.
type Government uint8

const (
	// OtherGovernment is a republic with a president, a prime minister or
	// both (most countries), or a country the list does not know.
	OtherGovernment Government = iota
	// Presidential is a republic whose president heads both the state
	// and the government: no prime minister, chancellor or monarch.
	Presidential
	// Monarchy is a country a king, queen, emir, sultan, emperor or prince
	// reigns over (the Commonwealth realms included): its head of state is
	// the monarch, so no president or vice president can be its.
	Monarchy
	// Republic is a republic with no monarch in the news of the last
	// century, listed where its names do not say "Republic" ("State of
	// Israel", "Ukraine"): no king or queen can be its.
	Republic
	// Federation is a federation of monarchies whose rulers elect its
	// president from among themselves (the United Arab Emirates): a
	// monarch, a prime minister and a president can all be its.
	Federation
	// Territory is a territory of another country that elects a governor
	// and has no president, prime minister or monarch of its own (Puerto
	// Rico, Guam; the countries data marks them not independent): a
	// governor, unlike a country's, can be its.
	Territory
)

//go:embed manual/governments.tsv
var governmentsFile string

var governments, secretaries = mustReadGovernments(governmentsFile)

// GovernmentOf returns the form of government of the country with ISO
// 3166 alpha-2 code iso.
func GovernmentOf(iso string) Government { return governments[strings.ToUpper(iso)] }

// HasSecretaries reports whether the members of the government of the
// country with ISO 3166 alpha-2 code iso are secretaries, not ministers
// (the United States' Secretary of State, the Philippines' Secretary of
// Foreign Affairs): a minister is never that country's.
func HasSecretaries(iso string) bool { return secretaries[strings.ToUpper(iso)] == "secretaries" }

// NamesSecretaries reports whether a secretary of a portfolio ("Secretary
// of Security") may be a member of the government of the country with
// ISO 3166 alpha-2 code iso: one of secretaries, or one the news names
// both ways (third field "both").
func NamesSecretaries(iso string) bool {
	return secretaries[strings.ToUpper(iso)] != ""
}

func mustReadGovernments(s string) (map[string]Government, map[string]string) {
	m, sec, err := readGovernments(s)
	if err != nil {
		panic("gazetteer: manual/governments.tsv: " + err.Error())
	}
	return m, sec
}

// readGovernments reads lines "ISO<TAB>presidential|monarchy|republic|federation|territory",
// with a third field "secretaries" for a government of secretaries (see
// HasSecretaries) or "both" for one of secretaries the news also calls
// ministers (see NamesSecretaries); '#' lines are comments.
func readGovernments(s string) (map[string]Government, map[string]string, error) {
	m, sec := map[string]Government{}, map[string]string{}
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		iso, form, ok := strings.Cut(line, "\t")
		if !ok || len(iso) != 2 {
			return nil, nil, fmt.Errorf("line %d: want ISO code, tab, form", n+1)
		}
		form, extra, _ := strings.Cut(form, "\t")
		switch extra {
		case "":
		case "secretaries", "both":
			sec[iso] = extra
		default:
			return nil, nil, fmt.Errorf("line %d: unknown field %q", n+1, extra)
		}
		switch form {
		case "presidential":
			m[iso] = Presidential
		case "monarchy":
			m[iso] = Monarchy
		case "republic":
			m[iso] = Republic
		case "federation":
			m[iso] = Federation
		case "territory":
			m[iso] = Territory
		default:
			return nil, nil, fmt.Errorf("line %d: unknown form %q", n+1, form)
		}
	}
	return m, sec, nil
}
