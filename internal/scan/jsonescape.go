package scan

import (
	"math/bits"
	"unsafe"
)

// This file and its kernel (jsonescape_amd64.s) find where a JSON string
// needs an escape, for the JSON writer (package docjson), which copies the
// text between escapes in runs.

// IndexJSONEscape is the index in s, valid UTF-8, of the first byte of
// what a JSON string cannot hold as it is — a quote, a backslash, a
// control character, or U+2028 or U+2029 (E2 80 A8, E2 80 A9) — or -1.
// It looks at 32 bytes at a time where the processor has AVX2, eight at a
// time elsewhere; jsonEscapeIndexPlain is what both must agree with.
func IndexJSONEscape(s string) int { return indexJSONEscape(s) }

// IndexJSONEscapeBytes is IndexJSONEscape of b, which is only read.
func IndexJSONEscapeBytes(b []byte) int {
	return indexJSONEscape(unsafe.String(unsafe.SliceData(b), len(b)))
}

// jsonEscapeIndexSWAR is IndexJSONEscape for the bytes of s from i on,
// eight bytes at a time: a word with none of the bytes looked for (< 0x20,
// " \ and E2) needs no closer look.
func jsonEscapeIndexSWAR(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		hits := (w-0x2020202020202020)&^w | jsonZeroBytes(w^0x2222222222222222) |
			jsonZeroBytes(w^0x5C5C5C5C5C5C5C5C) | jsonZeroBytes(w^0xE2E2E2E2E2E2E2E2)
		for hits &= 0x8080808080808080; hits != 0; hits &= hits - 1 {
			if j := i + bits.TrailingZeros64(hits)>>3; jsonEscapes(s, j) {
				return j
			}
		}
	}
	for ; i < len(s); i++ {
		if jsonEscapes(s, i) {
			return i
		}
	}
	return -1
}

// jsonEscapeIndexPlain is IndexJSONEscape a byte at a time.
func jsonEscapeIndexPlain(s string) int {
	for j := range len(s) {
		if jsonEscapes(s, j) {
			return j
		}
	}
	return -1
}

// jsonEscapes reports whether s[j] starts what a JSON string cannot hold
// as it is.
func jsonEscapes(s string, j int) bool {
	switch c := s[j]; {
	case c < 0x20 || c == '"' || c == '\\':
		return true
	case c == 0xE2:
		return j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0xA8 || s[j+2] == 0xA9)
	}
	return false
}

// jsonZeroBytes has the top bit of every byte of w that is zero set, and
// perhaps of some bytes after a zero one: each byte it marks is looked at.
func jsonZeroBytes(w uint64) uint64 { return (w - 0x0101010101010101) &^ w }
