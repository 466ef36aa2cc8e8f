package scan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsBlank reports whether r is white space: Unicode's (U+3000 among it)
// and the byte order mark. Invisible format characters such as U+200B are
// not: they are not white space to a reader of the JSON either.
func IsBlank(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\r' || r == '\n'
	}
	return r == '\uFEFF' || unicode.IsSpace(r)
}

// TrimSpace narrows [start, end) of text to what is not blank at either
// end: strings.TrimFunc(text[start:end], IsBlank), as offsets.
func TrimSpace(text string, start, end int) (int, int) {
	for start < end {
		// Visible ASCII and ideographs are no white space: the answer for
		// the first character of most lines.
		if c := text[start]; c > ' ' && c < 0x7F || IdeographLead(c) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !IsBlank(r) {
			break
		}
		start += size
	}
	for end > start {
		// The same for the last character, and any three-byte character
		// that is not white space (。 ” ，).
		if c := text[end-1]; c > ' ' && c < 0x7F || end-start >= 3 && text[end-3]&0xF0 == 0xE0 && !Blank3(text[end-3:end]) {
			break
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !IsBlank(r) {
			break
		}
		end -= size
	}
	return start, end
}

// TrimBlank is strings.TrimFunc(s, IsBlank), answering at once for the
// usual text that starts and ends with a visible ASCII character or a
// three-byte character that is not white space (an ideograph, 。，”).
func TrimBlank(s string) string {
	n := len(s)
	if n == 0 {
		return s
	}
	visible := func(c byte) bool { return c > ' ' && c < 0x7F }
	// In valid UTF-8 a byte 0xE0–0xEF leads a three-byte character: at s[0]
	// the first character, at s[n-3] (with s[n-1] not ASCII) the last.
	firstOK := visible(s[0]) || n >= 3 && s[0]&0xF0 == 0xE0 && !Blank3(s[0:3])
	lastOK := visible(s[n-1]) || n >= 3 && s[n-1] >= 0x80 && s[n-3]&0xF0 == 0xE0 && !Blank3(s[n-3:])
	if firstOK && lastOK {
		return s
	}
	return strings.TrimFunc(s, IsBlank)
}

// Blank3 is IsBlank for the three-byte character that c starts with: the
// white space of the Basic Multilingual Plane above U+07FF (U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and the byte
// order mark, told by their bytes.
func Blank3(c string) bool {
	// The ideographs and the full-width marks, most of any text, start
	// with none of E1, E2, E3 and EF.
	switch b1, b2 := c[1], c[2]; c[0] {
	case 0xE1:
		return b1 == 0x9A && b2 == 0x80
	case 0xE2:
		return b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) || b1 == 0x81 && b2 == 0x9F
	case 0xE3:
		return b1 == 0x80 && b2 == 0x80
	case 0xEF:
		return b1 == 0xBB && b2 == 0xBF
	}
	return false
}

// Most of a Chinese text is ideographs: three-byte characters whose lead
// byte is 0xE4–0xE9 (U+4000–U+9FFF). None of them is white space, a mark
// of punctuation, a bracket or a quote (TestIdeographBlock), so the passes
// that look for those step over ideographs in a tight loop.

// IdeographLead reports whether c is the lead byte of an ideograph.
func IdeographLead(c byte) bool { return c-0xE4 <= 0xE9-0xE4 }

// SkipIdeographs moves i past the ideographs that start at it and end
// before end.
func SkipIdeographs(s string, i, end int) int {
	for i+2 < end && IdeographLead(s[i]) {
		i += 3
	}
	return i
}

// IsIdeograph reports whether r is in the CJK Unified Ideographs block
// (U+4E00–U+9FFF), every character of which is a letter
// (TestIdeographsAreLetters): the answer for most characters of a speech,
// without a search of the Unicode tables.
func IsIdeograph(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
