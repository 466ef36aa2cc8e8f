package scan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// plainHasLatin is HasLatin as it reads most simply.
func plainHasLatin(s string, digits bool) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if l := r | 0x20; l >= 'a' && l <= 'z' || r == '@' || digits && r >= '0' && r <= '9' {
				return true
			}
		}
		if r == '【' {
			return true
		}
	}
	return false
}

// TestHasLatin holds HasLatin, 32 and eight bytes at a time, to its plain
// definition, with each mark at every offset of texts of several lengths
// (so that it falls in every place of a word and of a block, and in the
// tail), and on the lines of the fixtures.
func TestHasLatin(t *testing.T) {
	var texts []string
	base := strings.Repeat("各级党组织要", 60) // 1080 bytes of ideographs
	for _, n := range []int{0, 5, 9, 16, 33, 120, 297, 300, 303, 600} {
		body := base[:n]
		texts = append(texts, body)
		for _, mark := range []string{"a", "Z", "@", "7", "【", "。", "，", " ", "é", "𠀀", "\u0090", "[", "`", "{", "/", ":", "\x7f", "A", "z", "0", "9"} {
			for at := 0; at <= n; at += 3 {
				texts = append(texts, body[:at]+mark+body[at:])
			}
		}
	}
	texts = append(texts, fixtureLines(t)...)
	for _, s := range texts {
		for _, digits := range []bool{false, true} {
			want := plainHasLatin(s, digits)
			if got := HasLatin(s, digits); got != want {
				t.Fatalf("HasLatin(%q, %v) = %v, plain %v", s, digits, got, want)
			}
			if got := hasLatinSWAR(s, digits); got != want {
				t.Fatalf("hasLatinSWAR(%q, %v) = %v, plain %v", s, digits, got, want)
			}
		}
	}
}
