package read

import "html"

// entityAt decodes the character reference that starts at raw[i] (an '&')
// and ends before z. It returns the decoded text and the length of the
// reference in raw, or ("", 0) when raw[i:] is a literal '&'. With
// semicolon, only references ending in ';' count (Markdown, CommonMark
// rules); without, the legacy forms HTML accepts ("&amp", "&#39") count too.
func entityAt(raw []byte, i, z int, semicolon bool) (string, int) {
	j := i + 1
	for j < z && j-i < 40 && (isAlnum(raw[j]) || (j == i+1 && raw[j] == '#')) {
		j++
	}
	if j == i+1 {
		return "", 0
	}
	if j < z && raw[j] == ';' {
		j++
	} else if semicolon {
		return "", 0
	}
	cand := string(raw[i:j])
	u := html.UnescapeString(cand)
	if u == cand {
		return "", 0
	}
	for k := 2; k <= len(cand); k++ {
		e := html.UnescapeString(cand[:k])
		if e != cand[:k] && e+cand[k:] == u {
			if semicolon && k != len(cand) {
				return "", 0
			}
			return e, k
		}
	}
	return "", 0
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isASCIIPunct reports whether c may be backslash-escaped in Markdown.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
