package ner

import (
	"strings"

	"annals/internal/text"
)

// Token is a word of a text as the tagger reads it: Text[Start:End] of the
// text, with the form the model sees in Word.
type Token struct {
	Start, End int
	Word       string
}

// Tokenize splits s into the tokens the tagger reads, close to the
// CoNLL-2003 convention it was trained on: the words, numbers and
// punctuation of package text, with a possessive "'s" split from its word
// ("Clinton's" -> "Clinton", "'s") and curly apostrophes written straight.
func Tokenize(s string) []Token {
	return Split(s, text.Tokens(s))
}

// Split converts tokens of package text into tagger tokens.
func Split(s string, toks []text.Token) []Token {
	return AppendSplit(make([]Token, 0, len(toks)+len(toks)/16), s, toks)
}

// AppendSplit is Split appending to out, for a caller that reuses its
// arrays.
func AppendSplit(out []Token, s string, toks []text.Token) []Token {
	for _, t := range toks {
		w := s[t.Start:t.End]
		if t.Kind == text.Word && len(w) > 2 {
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
				k := t.End - 2
				out = append(out, Token{t.Start, k, s[t.Start:k]}, Token{k, t.End, "'s"})
				continue
			}
			if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S") {
				k := t.End - len("’s")
				out = append(out, Token{t.Start, k, straight(s[t.Start:k])}, Token{k, t.End, "'s"})
				continue
			}
		}
		out = append(out, Token{t.Start, t.End, straight(w)})
	}
	return out
}

// straight writes curly apostrophes and quotes as their ASCII forms.
func straight(w string) string {
	// the four quotes are encoded 0xE2 0x80 0x98-0x9D
	if strings.IndexByte(w, 0xE2) < 0 || !strings.ContainsAny(w, "’‘“”") {
		return w
	}
	switch w {
	case "“", "”":
		return "\""
	}
	return apostrophes.Replace(w)
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")
