// Command gen derives the gazetteer's embedded data files from the shared
// source data (countries, cities and organizations under their own licences)
// and the corrections kept by hand in internal/gazetteer/manual/fixes.tsv.
//
// Usage, from the module root:
//
//	go run ./internal/gazetteer/gen -shared ../shared/data -out internal/gazetteer/data
//
// It writes one file per source, so that each derived file stays under its
// source's licence: countries.tsv (ODbL), cities.tsv (CC BY 4.0) and
// orgs.tsv (CC BY-SA 4.0). Every file uses the entry format documented in
// internal/gazetteer/data/README.md. The output is deterministic.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// row is one gazetteer entry in the embedded TSV format.
type row struct {
	kind, key, name    string
	names, acronyms    []string
	former             []string // "Name@Year"
	demonyms           []string
	country            string
	population         int
	parent, hq         string
	founded            int
	dropped            bool
	acronymsFromSource []string
}

func main() {
	shared := flag.String("shared", "../shared/data", "directory of the shared source data")
	out := flag.String("out", "internal/gazetteer/data", "output directory")
	manual := flag.String("manual", "internal/gazetteer/manual", "directory of hand-written files")
	flag.Parse()
	log.SetFlags(0)

	fixes, err := readFixes(filepath.Join(*manual, "fixes.tsv"))
	check(err)
	stop, err := readList(filepath.Join(*manual, "city-stop.txt"))
	check(err)

	countries, capitals, err := readCountries(filepath.Join(*shared, "countries.jsonl"))
	check(err)
	cities, err := readCities(filepath.Join(*shared, "cities.tsv"), capitals, stop)
	check(err)
	orgs, err := readOrgs(filepath.Join(*shared, "organizations.jsonl"))
	check(err)

	all := map[string]*row{}
	for _, set := range [][]*row{countries, cities, orgs} {
		for _, r := range set {
			if all[r.key] != nil {
				// The sources give a few QIDs twice; the later row
				// falls back to a slug key.
				log.Printf("duplicate key %s (%s, %s): second keyed by slug", r.key, all[r.key].name, r.name)
				r.key = r.kind + ":" + slug(r.name)
			}
			all[r.key] = r
		}
	}
	for _, r := range countries {
		all["iso:"+r.country] = r
	}
	check(applyFixes(fixes, all))

	check(write(filepath.Join(*out, "countries.tsv"), "countries: derived from mledoze/countries (ODbL 1.0) and datasets/country-codes (PDDL); see NOTICE", countries))
	check(write(filepath.Join(*out, "cities.tsv"), "cities: derived from GeoNames (CC BY 4.0) via dpb1/tzgrid; see NOTICE", cities))
	check(write(filepath.Join(*out, "orgs.tsv"), "organizations: derived from SupraVerden (CC BY-SA 4.0); see NOTICE", orgs))
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// readList reads a one-item-per-line file, skipping blank lines and '#' comments.
func readList(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[strings.ToLower(line)] = true
	}
	return m, sc.Err()
}

type fix struct {
	line           int
	key, op, value string
}

func readFixes(path string) ([]fix, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var fixes []fix
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) < 2 {
			return nil, fmt.Errorf("%s:%d: want KEY<TAB>OP[<TAB>VALUE]", path, n)
		}
		fx := fix{line: n, key: p[0], op: p[1]}
		if len(p) > 2 {
			fx.value = p[2]
		}
		fixes = append(fixes, fx)
	}
	return fixes, sc.Err()
}

// applyFixes applies the hand corrections. Ops: drop, name, key, hq,
// founded, parent, acronyms (replace; empty clears), add-acronym,
// drop-acronym, add-name, drop-name, add-former (Name@Year), demonyms
// (replace), add-demonym.
func applyFixes(fixes []fix, all map[string]*row) error {
	for _, fx := range fixes {
		r := all[fx.key]
		if r == nil {
			return fmt.Errorf("fixes.tsv:%d: no entry with key %q", fx.line, fx.key)
		}
		v := fx.value
		switch fx.op {
		case "drop":
			r.dropped = true
		case "name":
			if r.name != v {
				r.names = append(r.names, r.name)
				r.name = v
			}
		case "key":
			r.key = v
		case "hq":
			r.hq = v
		case "founded":
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("fixes.tsv:%d: %v", fx.line, err)
			}
			r.founded = n
		case "parent":
			r.parent = v
		case "acronyms":
			r.acronyms = nil
			if v != "" {
				r.acronyms = strings.Split(v, "|")
			}
		case "add-acronym":
			r.acronyms = appendNew(r.acronyms, v)
		case "drop-acronym":
			if !contains(r.acronyms, v) {
				return fmt.Errorf("fixes.tsv:%d: %s has no acronym %q", fx.line, fx.key, v)
			}
			r.acronyms = remove(r.acronyms, v)
		case "add-name":
			r.names = appendNew(r.names, v)
		case "drop-name":
			if !contains(r.names, v) {
				return fmt.Errorf("fixes.tsv:%d: %s has no name %q", fx.line, fx.key, v)
			}
			r.names = remove(r.names, v)
		case "add-former":
			name, _, ok := strings.Cut(v, "@")
			if !ok {
				return fmt.Errorf("fixes.tsv:%d: want Name@Year", fx.line)
			}
			r.names = remove(r.names, name)
			r.acronyms = remove(r.acronyms, name)
			r.former = appendNew(r.former, v)
		case "demonyms":
			r.demonyms = appendNew(nil, strings.Split(v, "|")...)
		case "add-demonym":
			r.demonyms = appendNew(r.demonyms, v)
		default:
			return fmt.Errorf("fixes.tsv:%d: unknown op %q", fx.line, fx.op)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// splitDemonyms returns the demonyms a source field lists in one string:
// "Bosnian, Herzegovinian", "Kittitian or Nevisian".
func splitDemonyms(fields ...string) []string {
	var out []string
	for _, f := range fields {
		for _, part := range strings.Split(f, ",") {
			out = append(out, strings.Split(part, " or ")...)
		}
	}
	return out
}

func appendNew(list []string, s ...string) []string {
	for _, x := range s {
		x = strings.TrimSpace(x)
		if x != "" && !contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

func remove(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

type country struct {
	ISO2        string   `json:"iso2"`
	Name        string   `json:"name"`
	Official    string   `json:"official_name"`
	UNTerm      *string  `json:"unterm_formal"`
	Alt         []string `json:"alt_names"`
	Codes       []string `json:"code_aliases"`
	DemonymM    string   `json:"demonym_m"`
	DemonymF    string   `json:"demonym_f"`
	Capital     []string `json:"capital"`
	Independent bool     `json:"independent"`
	Wikidata    *string  `json:"wikidata"`
}

// cleanCountryName strips UNTERM decorations ("(the)", "*", a leading
// "the") and rejects inverted list forms ("Korea, Republic of") and
// upper-case codes, which are kept as acronyms instead.
func cleanCountryName(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "*"))
	s = strings.TrimSpace(strings.TrimSuffix(s, "(the)"))
	if strings.HasPrefix(s, "the ") {
		s = s[4:]
	}
	if s == "" || strings.Contains(s, ",") || strings.ContainsAny(s, "()") {
		return "", false
	}
	if isCode(s) {
		return "", false
	}
	return s, true
}

func isCode(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func readCountries(path string) ([]*row, map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var rows []*row
	capitals := map[string][]string{}
	dec := json.NewDecoder(f)
	for {
		var c country
		if err := dec.Decode(&c); err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, err
		}
		r := &row{kind: "country", key: "iso:" + c.ISO2, name: c.Name, country: c.ISO2}
		if c.Wikidata != nil && *c.Wikidata != "" {
			r.key = *c.Wikidata
		}
		cands := []string{c.Official}
		if c.UNTerm != nil {
			cands = append(cands, *c.UNTerm)
		}
		cands = append(cands, c.Alt...)
		for _, n := range cands {
			if n, ok := cleanCountryName(n); ok && n != r.name {
				r.names = appendNew(r.names, n)
			}
		}
		for _, a := range c.Alt {
			if isCode(a) {
				r.acronyms = appendNew(r.acronyms, a)
			}
		}
		r.acronyms = appendNew(r.acronyms, c.Codes...)
		r.demonyms = appendNew(r.demonyms, splitDemonyms(c.DemonymM, c.DemonymF)...)
		capitals[c.ISO2] = c.Capital
		if len(c.Capital) > 0 {
			// a country's seat: its (first listed) capital
			r.hq = c.Capital[0]
		}
		if !c.Independent {
			r.dropped = true // marks a dependency until demonyms are sorted out
		}
		rows = append(rows, r)
	}
	// A dependency shares its demonym with its sovereign ("American" for
	// Guam): the demonym stays with the independent country only.
	sovereign := map[string]bool{}
	for _, r := range rows {
		if !r.dropped {
			for _, d := range r.demonyms {
				sovereign[d] = true
			}
		}
	}
	for _, r := range rows {
		if r.dropped {
			var keep []string
			for _, d := range r.demonyms {
				if !sovereign[d] {
					keep = append(keep, d)
				}
			}
			r.demonyms = keep
			r.dropped = false
		}
	}
	return rows, capitals, nil
}

// readCities keeps populated places (not city districts, feature code
// PPLX), their name and ASCII name, and, for cities whose main name is not
// ASCII, their ASCII alternate names (so "Genève" brings "Geneva"). Names
// in stop (common English words) or given (common given names) are dropped,
// and a city left with no name is dropped. Capitals listed in countries.jsonl
// but missing from the table (those under 100,000 people) are added.
func readCities(path string, capitals map[string][]string, stop map[string]bool) ([]*row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	bad := func(n string) bool {
		l := strings.ToLower(n)
		return stop[l] || len(n) < 3
	}
	var rows []*row
	seen := map[string]bool{} // country + lower name
	for _, rec := range recs[1:] {
		if len(rec) < 11 {
			return nil, fmt.Errorf("%s: short record %q", path, rec)
		}
		id, name, ascii, cc, code := rec[0], rec[1], rec[2], rec[3], rec[5]
		if code == "PPLX" || code == "PPLH" || code == "PPLQ" {
			continue
		}
		pop, _ := strconv.Atoi(rec[6])
		var names []string
		for _, n := range []string{name, ascii} {
			if !bad(n) {
				names = appendNew(names, n)
			}
		}
		if !isASCII(name) {
			for _, a := range strings.Split(rec[10], "|") {
				if isASCII(a) && !bad(a) && len(strings.Fields(a)) <= 3 && !strings.ContainsAny(a, "()") {
					names = appendNew(names, a)
				}
			}
		}
		if len(names) == 0 {
			continue
		}
		r := &row{kind: "city", key: "city:" + id, name: names[0], names: names[1:], country: cc, population: pop}
		for _, n := range names {
			seen[cc+"\t"+strings.ToLower(n)] = true
		}
		rows = append(rows, r)
	}
	ccs := make([]string, 0, len(capitals))
	for cc := range capitals {
		ccs = append(ccs, cc)
	}
	sort.Strings(ccs)
	for _, cc := range ccs {
		for _, c := range capitals[cc] {
			if seen[cc+"\t"+strings.ToLower(c)] || bad(c) {
				continue
			}
			rows = append(rows, &row{kind: "city", key: "city:" + cc + "-" + slug(c), name: c, country: cc})
		}
	}
	return rows, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

type org struct {
	Name     string   `json:"name"`
	Acronyms []string `json:"acronyms"`
	Other    []string `json:"other_names"`
	Wikidata *string  `json:"wikidata"`
	Family   *string  `json:"org_family"`
	Year     *int     `json:"year_established"`
	HQ       *string  `json:"headquarters"`
}

// families maps SupraVerden's org_family to the key of the parent body.
var families = map[string]string{
	"UN and affiliates":                               "Q1065",
	"EU institutions and bodies":                      "Q458",
	"OSCE entities":                                   "Q81299",
	"African Union entities":                          "Q7159",
	"Organization of Turkic States entities":          "Q596850",
	"Council of Europe entities":                      "Q8908",
	"OAS institutions and bodies":                     "Q123759",
	"ECOWAS entities":                                 "Q193272",
	"Arab League entities":                            "Q7172",
	"Association of Southeast Asian Nations entities": "Q7768",
	"Caribbean Community entities":                    "Q205995",
	"East African Community entities":                 "Q337456",
	"Nordic Council entities":                         "Q146165",
	"Mercosur entities":                               "Q4264",
}

func readOrgs(path string) ([]*row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []*row
	dec := json.NewDecoder(f)
	for {
		var o org
		if err := dec.Decode(&o); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		r := &row{kind: "org", name: strings.TrimSpace(o.Name)}
		if o.Wikidata != nil && *o.Wikidata != "" {
			r.key = *o.Wikidata
		} else {
			r.key = "org:" + slug(r.name)
		}
		r.acronyms = appendNew(nil, o.Acronyms...)
		for _, n := range o.Other {
			if n != r.name {
				r.names = appendNew(r.names, n)
			}
		}
		if o.Year != nil {
			r.founded = *o.Year
		}
		if o.HQ != nil {
			hq, _, _ := strings.Cut(*o.HQ, ",")
			r.hq = strings.TrimSpace(hq)
		}
		if o.Family != nil && families[*o.Family] != r.key {
			r.parent = families[*o.Family]
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// write writes rows in the entry format: kind, key, name, names, acronyms,
// former, demonyms, country, population, parent, hq, founded; lists joined
// with '|'.
func write(path, header string, rows []*row) error {
	var b strings.Builder
	b.WriteString("# " + header + "\n")
	b.WriteString("# kind\tkey\tname\tnames\tacronyms\tformer\tdemonyms\tcountry\tpopulation\tparent\thq\tfounded\n")
	for _, r := range rows {
		if r.dropped {
			continue
		}
		num := func(n int) string {
			if n == 0 {
				return ""
			}
			return strconv.Itoa(n)
		}
		f := []string{r.kind, r.key, r.name, strings.Join(r.names, "|"), strings.Join(r.acronyms, "|"),
			strings.Join(r.former, "|"), strings.Join(r.demonyms, "|"), r.country, num(r.population),
			r.parent, r.hq, num(r.founded)}
		for _, x := range f {
			if strings.ContainsAny(x, "\t\n") {
				return fmt.Errorf("%s: field %q of %s holds a tab or newline", path, x, r.key)
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(f, "\t"), "\t") + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
