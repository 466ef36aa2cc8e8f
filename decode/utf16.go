package decode

import (
	unicode16 "unicode/utf16"
)

// UTF-16 without a byte order mark (a Windows "Unicode" text whose mark was
// lost on the way) shows itself by its NUL bytes: the high byte of every
// ASCII character — line ends, spaces, digits — is NUL, so NULs fall on
// every other byte, and the characters read in the right byte order are
// text (ASCII, ideographs, Chinese punctuation), where in the wrong order
// many are not (a line feed becomes U+0A00, 中 becomes U+2D4E). No text in
// any other supported encoding holds a NUL byte at all.

// utf16Sample is how much of an input the byte order is decided on.
const utf16Sample = 64 << 10

// utf16TextShare is the least share of characters that must read as text
// in the byte order chosen.
const utf16TextShare = 0.95

// utf16WithoutBOM reads raw as UTF-16 without a byte order mark when its
// NUL bytes and the characters they give say it is; ok is false otherwise
// (raw is then binary data).
func utf16WithoutBOM(raw []byte) (Text, bool) {
	if len(raw) < 4 || len(raw)%2 != 0 {
		return Text{}, false
	}
	le, be := utf16Plausible(raw, false), utf16Plausible(raw, true)
	enc := UTF16LE
	best, other := le, be
	if be > le {
		enc, best, other = UTF16BE, be, le
	}
	if best < utf16TextShare || best <= other {
		return Text{}, false
	}
	return utf16Bytes(raw, enc), true
}

// utf16Order is the byte order of raw, UTF-16 without a byte order mark:
// the one in which more of it reads as text (little-endian, Windows' own,
// when neither does better).
func utf16Order(raw []byte) string {
	if utf16Plausible(raw, true) > utf16Plausible(raw, false) {
		return UTF16BE
	}
	return UTF16LE
}

// utf16Plausible is the share of the characters of raw's first
// utf16Sample bytes, read as UTF-16 in the byte order given, that are
// text.
func utf16Plausible(raw []byte, bigEndian bool) float64 {
	n := min(len(raw), utf16Sample) &^ 1
	units := make([]uint16, n/2)
	for i := range units {
		a, b := uint16(raw[2*i]), uint16(raw[2*i+1])
		if bigEndian {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	text, all := 0, 0
	for _, r := range unicode16.Decode(units) {
		all++
		if textRune(r) {
			text++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(text) / float64(all)
}

// textRune reports whether r is a character of the texts dagang reads:
// printable ASCII and its white space, Latin-1 letters and signs, general
// punctuation (— … “ ”), the CJK ideographs and symbols, full-width
// forms, circled and Roman numerals, geometric bullets.
func textRune(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7F, r == '\t', r == '\n', r == '\r':
		return true
	case r >= 0xA0 && r <= 0xFF:
		return true
	case r >= 0x2010 && r <= 0x205E:
		return true
	case r >= 0x2160 && r <= 0x217F, r >= 0x2460 && r <= 0x24FF, r >= 0x25A0 && r <= 0x25FF:
		return true
	case r >= 0x3000 && r <= 0x303F:
		return true
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF01 && r <= 0xFFEF:
		return true
	}
	return false
}
