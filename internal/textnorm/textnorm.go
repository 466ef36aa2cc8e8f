// Package textnorm holds the one comparison of texts the project makes in
// several places: their letters and digits after NFKC, white space and
// punctuation ignored (a title against its repetition, a node's text
// against its span, as ../shared/tools/lossless-check compares them).
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Letters keeps the letters and numbers of s, NFKC-folded.
func Letters(s string) string {
	if out, ok := plainLetters(s); ok {
		return out
	}
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}, s)
}

// plainLetters is Letters for the text most speeches are made of — ASCII,
// the CJK Unified Ideographs, the full-width forms of ASCII and the common
// Chinese punctuation — without a pass of NFKC: each of these characters
// is its own NFKC form or folds to ASCII, and none of them composes with
// another, so the normal form of such a text is that of its characters
// one by one. ok is false for a text with any other character.
func plainLetters(s string) (string, bool) {
	var b []byte // made at the first character left out or changed
	for i := 0; i < len(s); {
		c := s[i]
		keep, size := rune(c), 1
		switch {
		case c < utf8.RuneSelf:
			if !asciiAlnum(c) {
				keep = -1
			}
		case c&0xF0 == 0xE0 && i+2 < len(s):
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch {
			case r >= 0x4E00 && r <= 0x9FFF:
				keep = r
			case r >= 0xFF01 && r <= 0xFF5E:
				// Full-width ASCII: NFKC gives the ASCII character.
				if keep = r - 0xFF01 + 0x21; !asciiAlnum(byte(keep)) {
					keep = -1
				}
			case dropped(r):
				keep = -1
			default:
				return "", false
			}
		default:
			if r, _ := utf8.DecodeRuneInString(s[i:]); r != '·' {
				return "", false
			}
			keep, size = -1, 2
		}
		if b == nil && (keep < 0 || int(keep) != int(c) && size == 1 || size == 3 && (keep < 0x4E00 || keep > 0x9FFF)) {
			b = append(make([]byte, 0, len(s)), s[:i]...)
		}
		if b != nil && keep >= 0 {
			b = utf8.AppendRune(b, keep)
		}
		i += size
	}
	if b == nil {
		return s, true
	}
	return string(b), true
}

func asciiAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// dropped: Chinese punctuation that is its own NFKC form (… folds to ...)
// and no letter or number.
func dropped(r rune) bool {
	switch {
	case r == '\u3000', r == '、', r == '。', r >= '〈' && r <= '】', r >= '〔' && r <= '〛',
		r == '—', r == '‘', r == '’', r == '“', r == '”', r == '…':
		return true
	}
	return false
}
