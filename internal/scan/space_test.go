package scan

import (
	"strings"
	"testing"
	"unicode"
)

// TestTrimBlank: the fast answer for text that starts and ends with an
// ideograph or visible ASCII is strings.TrimFunc's.
func TestTrimBlank(t *testing.T) {
	for _, s := range []string{"", " ", "中", "中 ", " 中", "\u3000中\u3000", "a", "a\u00a0", "中\u00a0",
		"\u00a0中", "中\ufeff", "\ufeff中", "中文", "x中", "中x", "\t", "中\t", "中\u2003", "\u200b中",
		"é", "中é", "é中", "𠀀", "中𠀀", "\u3000", "“中”", "中\u205f", "中。", "，中", "中\u2028", "\u205f中",
		"。\u3000", "\u3000。", "ab", "a。"} {
		if got, want := TrimBlank(s), strings.TrimFunc(s, IsBlank); got != want {
			t.Errorf("TrimBlank(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIdeographBlock holds the fact skipIdeographs rests on: U+4000–U+9FFF
// (lead bytes 0xE4–0xE9) has no white space and no punctuation.
func TestIdeographBlock(t *testing.T) {
	for r := rune(0x4000); r <= 0x9FFF; r++ {
		if IsBlank(r) || unicode.IsPunct(r) {
			t.Errorf("%U is white space or punctuation", r)
		}
	}
}

// TestTrimSpace: a line's content is the line less the white space
// (U+3000 and the byte order mark included) at either end.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"中文", " 中文 ", "\u3000中\u3000", "中", "中 ", " 中", "a", "中a", "a中", "é中", "中é",
		"\ufeff中", "中\ufeff", "", " ", "𠀀中", "中𠀀", "中\u00a0"} {
		start, end := TrimSpace(s, 0, len(s))
		want := strings.TrimFunc(s, IsBlank)
		if got := s[start:end]; got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBlank3 compares blank3 with IsBlank on every three-byte
// character.
func TestBlank3(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not characters
		}
		if got, want := Blank3(string(r)), IsBlank(r); got != want {
			t.Errorf("Blank3(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIdeographsAreLetters: what unifiedIdeograph answers for letterless.
func TestIdeographsAreLetters(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.IsLetter(r) {
			t.Fatalf("%U is not a letter", r)
		}
	}
}

// TestTrimSpaceAgainstPlain: trimSpace is strings.TrimFunc(s, IsBlank)
// on every line of the fixtures with white space of every kind around it.
func TestTrimSpaceAgainstPlain(t *testing.T) {
	blanks := []string{"", " ", "\u3000", "\t", "\ufeff", "\u00a0", "\u2003", "\u200b", "\v"}
	for _, line := range fixtureLines(t) {
		for _, a := range blanks {
			for _, b := range blanks {
				s := a + line + b
				start, end := TrimSpace(s, 0, len(s))
				if got, want := s[start:end], strings.TrimFunc(s, IsBlank); got != want {
					t.Fatalf("TrimSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
