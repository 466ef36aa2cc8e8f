package scan

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
	sutf8 "github.com/segmentio/asm/utf8"
)

// Valid is utf8.Valid.
func Valid(p []byte) bool {
	if simd {
		return sutf8.Valid(p)
	}
	return ValidSWAR(p)
}

// ValidString is utf8.ValidString.
func ValidString(s string) bool {
	// The bytes are only read.
	return Valid(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// simd: segmentio/asm checks UTF-8 with AVX2 here (without it, it checks
// the bytes twice, for ASCII first).
var simd = cpu.X86.Has(x86.AVX2)

// ValidSWAR is utf8.Valid, faster on Chinese text. Most of such a text is
// three-byte characters (ideographs, and the full-width marks 。，：), which
// utf8.Valid checks one at a time through its table of first bytes; here
// two of them are checked at once with one eight-byte load, runs of ASCII
// eight bytes at a time, and anything else (a two- or four-byte character,
// a three-byte one starting with E0 or ED, whose second byte has a narrower
// range, or an invalid byte) by utf8.DecodeRune.
func ValidSWAR(p []byte) bool {
	i, n := 0, len(p)
	for i < n {
		// Two three-byte characters: 1110xxxx 10xxxxxx 10xxxxxx twice, with
		// first bytes that allow any continuation byte after them.
		for i+8 <= n {
			w := binary.LittleEndian.Uint64(p[i:])
			if w&0xC0C0F0C0C0F0 != 0x8080E08080E0 || !plain3[byte(w)] || !plain3[byte(w>>24)] {
				break
			}
			i += 6
		}
		if i >= n {
			return true
		}
		c := p[i]
		if c < utf8.RuneSelf {
			for i+8 <= n && binary.LittleEndian.Uint64(p[i:])&0x8080808080808080 == 0 {
				i += 8
			}
			for i < n && p[i] < utf8.RuneSelf {
				i++
			}
			continue
		}
		if plain3[c] && i+2 < n && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// plain3 marks the first bytes of three-byte characters that any two
// continuation bytes complete: E1–EC, EE and EF (E0 needs A0–BF after it,
// ED 80–9F, so that no character is written too long and no surrogate is
// written at all).
var plain3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()

// RuneCount is utf8.RuneCountInString (an invalid byte counts as one
// character), faster on Chinese text: where utf8.RuneCountInString decodes
// every character that is not ASCII through a call, RuneCount counts two
// three-byte characters at a time with one eight-byte load, and runs of
// ASCII eight bytes at a time, as ValidSWAR reads them.
func RuneCount(s string) int {
	i, n, count := 0, len(s), 0
	for i < n {
		for i+8 <= n {
			w := load64(s, i)
			if w&0xC0C0F0C0C0F0 != 0x8080E08080E0 || !plain3[byte(w)] || !plain3[byte(w>>24)] {
				break
			}
			i += 6
			count += 2
		}
		if i >= n {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			for i+8 <= n && load64(s, i)&0x8080808080808080 == 0 {
				i += 8
				count += 8
			}
			for i < n && s[i] < utf8.RuneSelf {
				i++
				count++
			}
			continue
		}
		if plain3[c] && i+2 < n && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		count++
	}
	return count
}

// load64 is the eight bytes of s at i as a number, the first byte lowest.
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) for i < len(s), with the
// three-byte characters of Chinese text decoded inline: the parser and the
// grammar walk lines character by character with it.
func DecodeRune(s string, i int) (rune, int) {
	if Is3(s, i) {
		return Rune3(s, i), 3
	}
	return decodeRune(s, i)
}

// decodeRune is DecodeRune for a character that is not three bytes long.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Is3 reports whether a three-byte character that Rune3 decodes starts at
// s[i]: a first byte that any two continuation bytes complete (E1–EC, EE,
// EF) and two of them. (E0 and ED are left to unicode/utf8, as their
// second byte has a narrower range.)
func Is3(s string, i int) bool {
	return i+2 < len(s) && plain3[s[i]] && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// Rune3 is the three-byte character at s[i:i+3], which the caller has
// found there (valid UTF-8, a first byte E0–EF): short enough to inline
// where a loop has already told the character's length by its first byte.
func Rune3(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// LastRune is the last character of s, utf8.RuneError for an empty s: a
// three-byte one read by its bytes, others by utf8.DecodeLastRuneInString.
func LastRune(s string) rune {
	n := len(s)
	switch {
	case n == 0:
		return utf8.RuneError
	case s[n-1] < utf8.RuneSelf:
		return rune(s[n-1])
	case n >= 3 && Is3(s, n-3):
		return Rune3(s, n-3)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
