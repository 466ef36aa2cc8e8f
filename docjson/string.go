package docjson

import (
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// The strings of a document are escaped as encoding/json escapes them with
// HTML escaping off: quotes, backslashes, control characters, U+2028,
// U+2029 and invalid UTF-8 (as U+FFFD). The text between escapes is
// copied in runs (plain), so that a string of any length streams.

const hexDigits = "0123456789abcdef"

// validStr writes the inside of a string of valid UTF-8, which needs
// escapes only for quotes, backslashes, control characters and U+2028 and
// U+2029 (E2 80 A8, E2 80 A9), which scan.IndexJSONEscape finds 32 bytes
// at a time: the text between them is copied whole.
func (e *encoder) validStr(s string) {
	for {
		j := scan.IndexJSONEscape(s)
		if j < 0 {
			break
		}
		e.plain(s[:j])
		e.buf, j = escapeAt(e.buf, s, j)
		s = s[j:]
		e.maybeFlush()
	}
	e.plain(s)
}

// anyStr writes the inside of any string, checking its UTF-8 as it goes.
// Well-formed three-byte sequences — nearly all of a Chinese text — are
// checked by their bytes and copied in runs.
func (e *encoder) anyStr(s string) {
	start := 0
	for i := 0; i < len(s); {
		// Ideographs (lead byte 0xE4–0xE9 and two continuation bytes), the
		// bulk of a Chinese text, never need escaping.
		for i+2 < len(s) && s[i]-0xE4 <= 0xE9-0xE4 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			e.plain(s[start:i])
			e.buf = appendEscapedASCII(e.buf, c)
			i++
			start = i
			e.maybeFlush()
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				e.plain(s[start:i])
				e.buf = append(e.buf, `\u202`...)
				e.buf = append(e.buf, hexDigits[s[i+2]-0xA0])
				i += 3
				start = i
				e.maybeFlush()
				continue
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.plain(s[start:i])
			e.buf = append(e.buf, `\ufffd`...)
			i += size
			start = i
			e.maybeFlush()
			continue
		}
		i += size
	}
	e.plain(s[start:])
}

// escapeAt appends the escape of what starts at s[j] (see
// scan.IndexJSONEscape) and
// returns where the text goes on from.
func escapeAt(b []byte, s string, j int) ([]byte, int) {
	if c := s[j]; c != 0xE2 {
		return appendEscapedASCII(b, c), j + 1
	}
	b = append(b, `\u202`...)
	return append(b, hexDigits[s[j+2]-0xA0]), j + 3
}

// appendEscapedASCII appends the escape of an ASCII character that a JSON
// string cannot hold as it is.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
