package scan

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

// TestRuneCount: RuneCount agrees with utf8.RuneCountInString on the text
// of TestValid with a byte changed at every offset (invalid bytes among
// them), on every cut of its start and end, and on texts of every kind of
// character run together.
func TestRuneCount(t *testing.T) {
	base := strings.Repeat("一、总体要求：提高认识，a1\u00e9𠀀（一）落实。abcdefghij", 20)
	check := func(s string) {
		t.Helper()
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
	for i := range min(len(base), 512) {
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 'x'} {
			b := []byte(base)
			b[i] = c
			check(string(b))
		}
	}
	for n := range 64 {
		check(base[n:])
		check(base[:len(base)-n])
	}
	for _, s := range []string{"", "a", "一", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe0\x80\x80一二三",
		"一二三四五六七八九十", "一二\xe4\xb8", "abcdefgh一二三", "\xef\xbf\xbd\xef\xbf\xbd"} {
		check(s)
	}
}

// TestDecodeRune: DecodeRune is utf8.DecodeRuneInString at every offset of
// the text of TestValid with a byte changed at each of its first offsets,
// and of every two- and three-byte sequence, valid or not, before and after
// other text.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for i := range len(s) {
			r, size := DecodeRune(s, i)
			if wr, wsize := utf8.DecodeRuneInString(s[i:]); r != wr || size != wsize {
				t.Fatalf("DecodeRune(%q, %d) = %q %d, want %q %d", s, i, r, size, wr, wsize)
			}
		}
	}
	base := strings.Repeat("一、总体要求：提高认识，a1\u00e9𠀀（一）落实。", 4)
	for i := range len(base) {
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF0, 0xFF, 'x'} {
			b := []byte(base)
			b[i] = c
			check(string(b))
		}
	}
	for a := 0xC0; a <= 0xFF; a++ {
		for b := 0x70; b <= 0xC0; b += 0x08 {
			for c := 0x70; c <= 0xC0; c += 0x10 {
				check(string([]byte{byte(a), byte(b), byte(c)}) + "一")
				check("a" + string([]byte{byte(a), byte(b), byte(c)}))
			}
		}
	}
}

// TestLastRune against utf8.DecodeLastRuneInString on every ending of a
// text of mixed characters, and on bytes that are no UTF-8.
func TestLastRune(t *testing.T) {
	s := "a一、（1）é𠀀【页】\u3000\xed\xa0\x80\xe0\xa0\x80\xff"
	for i := 0; i <= len(s); i++ {
		for _, t2 := range []string{s[:i], s[i:]} {
			if want, _ := utf8.DecodeLastRuneInString(t2); LastRune(t2) != want {
				t.Fatalf("LastRune(%q) = %U, want %U", t2, LastRune(t2), want)
			}
		}
	}
}

// BenchmarkValid checks a Chinese text of 1 MB with each way there is:
// Valid (the AVX2 kernel of segmentio/asm where the processor has it),
// ValidSWAR, and unicode/utf8.
func BenchmarkValid(b *testing.B) {
	text := []byte(strings.Repeat("一、总体要求：提高认识，落实责任。（一）加强学习，a1。", 1<<20/78))
	for _, v := range []struct {
		name  string
		valid func([]byte) bool
	}{{"Valid", Valid}, {"ValidSWAR", ValidSWAR}, {"utf8.Valid", utf8.Valid}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if !v.valid(text) {
					b.Fatal("invalid")
				}
			}
		})
	}
}
