package utf8x

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestValid: Valid, ValidString and ValidSWAR agree with unicode/utf8 on a
// long text with a byte changed at every offset of its first kilobyte, and
// on every cut of its end. (Package decode checks the same at every
// alignment of short texts.)
func TestValid(t *testing.T) {
	base := []byte(strings.Repeat("一、总体要求：提高认识，a1\u00e9𠀀（一）落实。", 40))
	check := func(in []byte) {
		t.Helper()
		want := utf8.Valid(in)
		if Valid(in) != want || ValidString(string(in)) != want || ValidSWAR(in) != want {
			t.Fatalf("% x…: Valid %v, ValidString %v, ValidSWAR %v; unicode/utf8 %v",
				in[:min(len(in), 16)], Valid(in), ValidString(string(in)), ValidSWAR(in), want)
		}
	}
	for i := range min(len(base), 1024) {
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 'x'} {
			b := append([]byte(nil), base...)
			b[i] = c
			check(b)
		}
	}
	for n := len(base) - 64; n <= len(base); n++ {
		check(base[:n])
	}
}
