package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a file name as a line for a person shows it: as it is when it
// holds nothing that could break the line or reach the terminal as a
// command, and otherwise in double quotes with those characters escaped,
// as git quotes paths ("a\nb.txt", "\033[31mred.txt"). Chinese and other
// printable characters stay as they are; bytes that are not UTF-8 are
// written in octal.
func Name(name string) string {
	if !needsQuotes(name) {
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			writeOctal(&b, name[i])
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80 && strings.IndexByte(shortEscapes, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteByte(shortEscapeLetters[strings.IndexByte(shortEscapes, byte(r))])
		case unsafeRune(r):
			for k := range size {
				writeOctal(&b, name[i+k])
			}
		default:
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

// The control characters with a one-letter escape, and their letters.
const (
	shortEscapes       = "\a\b\t\n\v\f\r"
	shortEscapeLetters = "abtnvfr"
)

func needsQuotes(name string) bool {
	if !utf8.ValidString(name) {
		return true
	}
	for _, r := range name {
		if r == '"' || r == '\\' || unsafeRune(r) {
			return true
		}
	}
	return false
}

// unsafeRune reports whether r could break a line or act on a terminal:
// a control character (C0, DEL, C1), a line or paragraph separator, or a
// bidirectional override that would make the line read in another order.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' ||
		(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

func writeOctal(b *strings.Builder, c byte) {
	b.WriteByte('\\')
	b.WriteByte('0' + c>>6)
	b.WriteByte('0' + c>>3&7)
	b.WriteByte('0' + c&7)
}
