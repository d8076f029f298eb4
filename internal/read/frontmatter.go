package read

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Front matter is the metadata block static-site generators and scrapers
// put at the top of a Markdown file: YAML between "---" lines, or TOML
// between "+++" lines. It is not story text. Only top-level scalar values
// are read, each decoded with a map back to its source so that a title
// can be cited.

// field is one top-level key of the front matter with its decoded value.
type field struct {
	key   string // lower-cased
	value *para  // decoded, whitespace collapsed, with its source map
}

// frontMatter finds the front matter at raw[start:]. It returns the offset
// where the body begins and the fields, or ok=false when raw does not
// open with front matter.
func frontMatter(raw []byte, start int) (body int, fields []field, ok bool) {
	first, next := line(raw, start)
	delim := strings.TrimRight(string(first), " \t\r")
	if delim != "---" && delim != "+++" {
		return start, nil, false
	}
	toml := delim == "+++"
	var lines [][2]int // [start, end) of each line, without the newline
	for i := next; i < len(raw); {
		l, n := line(raw, i)
		t := strings.TrimRight(string(l), " \t\r")
		if t == delim || (!toml && t == "...") {
			return n, parseFields(raw, lines, toml), true
		}
		lines = append(lines, [2]int{i, i + len(l)})
		i = n
	}
	return start, nil, false
}

// line returns the line at raw[i:] without its '\n', and the offset of the
// next line.
func line(raw []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(raw[i:], '\n')
	if j < 0 {
		return raw[i:], len(raw)
	}
	return raw[i : i+j], i + j + 1
}

// parseFields reads the top-level "key: value" (YAML) or "key = value"
// (TOML) entries of the front matter lines. A YAML value continues on the
// following indented lines.
func parseFields(raw []byte, lines [][2]int, toml bool) []field {
	var fields []field
	sep := byte(':')
	if toml {
		sep = '='
	}
	for i := 0; i < len(lines); i++ {
		a, z := lines[i][0], lines[i][1]
		l := raw[a:z]
		if len(l) == 0 || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || l[0] == '-' || l[0] == '[' {
			continue
		}
		k := bytes.IndexByte(l, sep)
		if k <= 0 {
			continue
		}
		key := strings.ToLower(strings.Trim(string(l[:k]), " \t\"'"))
		vs := a + k + 1
		ve := z
		for i+1 < len(lines) && !toml {
			n := raw[lines[i+1][0]:lines[i+1][1]]
			if len(bytes.TrimSpace(n)) > 0 && n[0] != ' ' && n[0] != '\t' {
				break
			}
			i++
			ve = lines[i][1]
		}
		fields = append(fields, field{key: key, value: scalar(raw, vs, ve)})
	}
	return fields
}

// scalar decodes the YAML (or TOML) scalar in raw[a:z]: double-quoted with
// escapes and escaped line breaks, single-quoted with a doubled quote for a quote, a
// block scalar (| or >), or plain. Line breaks fold to spaces.
func scalar(raw []byte, a, z int) *para {
	var b builder
	p := b.open()
	for a < z && (raw[a] == ' ' || raw[a] == '\t') {
		a++
	}
	if a >= z {
		return p
	}
	switch raw[a] {
	case '"':
		doubleQuoted(&b, raw, a+1, z)
	case '\'':
		for i := a + 1; i < z; {
			if raw[i] == '\'' {
				if i+1 < z && raw[i+1] == '\'' {
					b.decoded("'", i, i+2, false, false)
					i += 2
					continue
				}
				break
			}
			r, n := utf8.DecodeRune(raw[i:z])
			b.char(r, raw[i:i+n], i, i+n, true, false, false)
			i += n
		}
	case '|', '>':
		_, next := line(raw, a)
		if next < z {
			b.raw(raw, next, z, false, false)
		}
	default:
		end := z
		if c := bytes.Index(raw[a:z], []byte(" #")); c >= 0 {
			end = a + c
		}
		b.raw(raw, a, end, false, false)
	}
	p.pending = false
	return p
}

// doubleQuoted decodes a YAML double-quoted scalar starting after its
// opening quote.
func doubleQuoted(b *builder, raw []byte, i, z int) {
	for i < z {
		c := raw[i]
		if c == '"' {
			return
		}
		if c != '\\' || i+1 >= z {
			r, n := utf8.DecodeRune(raw[i:z])
			b.char(r, raw[i:i+n], i, i+n, true, false, false)
			i += n
			continue
		}
		e := raw[i+1]
		s, n := "", 2
		switch e {
		case '\r', '\n':
			// An escaped line break joins the lines with nothing between
			// and drops the next line's indentation.
			j := i + 1
			if e == '\r' && j+1 < z && raw[j+1] == '\n' {
				j++
			}
			j++
			for j < z && (raw[j] == ' ' || raw[j] == '\t') {
				j++
			}
			i = j
			continue
		case '0':
			s = ""
		case 'a':
			s = "\a"
		case 'b':
			s = "\b"
		case 't', '\t':
			s = "\t"
		case 'n':
			s = "\n"
		case 'v':
			s = "\v"
		case 'f':
			s = "\f"
		case 'r':
			s = "\r"
		case 'e':
			s = "\x1b"
		case 'N':
			s = "\u0085"
		case '_':
			s = "\u00a0"
		case 'L':
			s = "\u2028"
		case 'P':
			s = "\u2029"
		case 'x', 'u', 'U':
			w := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+2+w <= z {
				if v, err := strconv.ParseUint(string(raw[i+2:i+2+w]), 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					s, n = string(rune(v)), 2+w
					break
				}
			}
			s = string(e)
		default:
			s = string(e) // \" \\ \/ \  and anything else: the character itself
		}
		if s != "" && s[0] < ' ' && s != "\t" && s != "\n" && s != "\r" {
			s = "" // control characters are not text
		}
		b.decoded(s, i, i+n, false, false)
		i += n
	}
}

// fieldValue returns the first field among keys, in the order of keys.
func fieldValue(fields []field, keys ...string) *para {
	for _, k := range keys {
		for _, f := range fields {
			if f.key == k && len(f.value.text) > 0 {
				return f.value
			}
		}
	}
	return nil
}
