package grammar

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMarkOf: the table answers for every character of Unicode as the
// list of marks does.
func TestMarkOf(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := MarkOf(r), marks[r]; got != want {
			t.Fatalf("MarkOf(%U) = %b, want %b", r, got, want)
		}
	}
}

// TestBracketOf: the table answers for every character of Unicode as the
// lists of brackets do.
func TestBracketOf(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		want := bracket(0)
		if strings.ContainsRune(openingBrackets, r) {
			want = opening
		}
		if strings.ContainsRune(closingBrackets, r) {
			want = closing
		}
		if got := bracketOf(r); got != want {
			t.Fatalf("bracketOf(%U) = %d, want %d", r, got, want)
		}
	}
}
