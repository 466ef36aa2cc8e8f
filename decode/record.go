package decode

import (
	"bytes"
	"errors"
	"fmt"
	surrogates "unicode/utf16"
	"unicode/utf8"
)

// Check holds text that arrived already decoded (a record's text, a form
// field) to what Decode holds a file to: a NUL character is refused with
// an error wrapping ErrBinary, invalid UTF-8 with one wrapping ErrEncoding.
func Check(text string) error {
	if i := indexNUL(text); i >= 0 {
		return fmt.Errorf("%w (NUL bytes)", ErrBinary)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("%w: invalid UTF-8", ErrEncoding)
	}
	return nil
}

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

// ErrNotJSONString: JSONText was given something other than a JSON string.
var ErrNotJSONString = errors.New("not a JSON string")

// JSONText decodes lit, a JSON string literal quotes included (a record's
// "text" as json.RawMessage holds it), as a file of the same characters
// would be decoded: what encoding/json turns silently into U+FFFD — bytes
// that are not UTF-8 and \uD800-style escapes of half a surrogate pair —
// is replaced with U+FFFD and counted in Replaced, one for each maximal
// ill-formed subpart, and the text is refused with ErrEncoding when more
// than MaxReplacedFraction of it is replaced; a NUL character, raw or
// written \u0000, refuses it with ErrBinary. Where encoding/json reads
// the text without a replacement, Text.Text is what it gives.
func JSONText(lit []byte) (Text, error) {
	lit = bytes.TrimSpace(lit)
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return Text{}, ErrNotJSONString
	}
	body := lit[1 : len(lit)-1]
	t := Text{Encoding: UTF8}
	if bytes.IndexByte(body, '\\') < 0 {
		// No escapes: the text is the literal's bytes.
		if bytes.IndexByte(body, 0) >= 0 {
			return Text{}, fmt.Errorf("%w (NUL bytes)", ErrBinary)
		}
		if bytes.IndexByte(body, '"') >= 0 {
			return Text{}, ErrNotJSONString
		}
		t.Text, t.Replaced = utf8Replacing(body)
		t.Bytes = len(t.Text)
		return t, checkReplaced(t)
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '"':
			return Text{}, ErrNotJSONString
		case c == 0:
			return Text{}, fmt.Errorf("%w (NUL bytes)", ErrBinary)
		case c < utf8.RuneSelf && c != '\\':
			out = append(out, c)
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size <= 1 {
				t.Replaced++
				out = append(out, "\uFFFD"...)
				i += maximalSubpart(body[i:])
				continue
			}
			out = append(out, body[i:i+size]...)
			i += size
		default: // an escape
			if i+1 >= len(body) {
				return Text{}, ErrNotJSONString
			}
			e := body[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := hex4(body[i:])
				if !ok {
					return Text{}, ErrNotJSONString
				}
				i += 4
				if r == 0 {
					return Text{}, fmt.Errorf("%w (NUL bytes)", ErrBinary)
				}
				if surrogates.IsSurrogate(r) {
					low, ok := rune(0), false
					if i+6 <= len(body) && body[i] == '\\' && body[i+1] == 'u' {
						low, ok = hex4(body[i+2:])
					}
					if pair := surrogates.DecodeRune(r, low); ok && pair != utf8.RuneError {
						out = utf8.AppendRune(out, pair)
						i += 6
						continue
					}
					// Half a pair stands for no character: one
					// replacement, as for a byte that is not UTF-8.
					t.Replaced++
					out = append(out, "\uFFFD"...)
					continue
				}
				out = utf8.AppendRune(out, r)
			default:
				return Text{}, ErrNotJSONString
			}
		}
	}
	t.Text = string(out)
	t.Bytes = len(t.Text)
	return t, checkReplaced(t)
}

// hex4 reads the four hexadecimal digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
