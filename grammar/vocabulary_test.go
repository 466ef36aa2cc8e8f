package grammar

import (
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
