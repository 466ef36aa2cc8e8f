package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// titleLike reports whether s (a line less its boilerplate) reads as a
// title: short, no sentence inside it, not ending in a clause mark, not a
// numbered heading, not a salutation.
func titleLike(s string, phrases *grammar.Phrases) bool {
	n := scan.RuneCount(s)
	if n < 2 || n > grammar.MaxTitleRunes {
		return false
	}
	if holdsSentence(s) {
		return false
	}
	// Nor does it end with a mark (the marks that end a sentence inside
	// it are ruled out above), or with an opening quote or bracket.
	if last, _ := utf8.DecodeLastRuneInString(s); grammar.MarkOf(last) != 0 || strings.ContainsRune("“‘《（(", last) {
		return false
	}
	if phrases.IsSalutation(s) {
		return false
	}
	letters := 0
	for i := 0; i < len(s) && letters < 2; {
		r, size := scan.DecodeRune(s, i)
		if scan.IsIdeograph(r) || unicode.IsLetter(r) {
			letters++
		}
		i += size
	}
	return letters >= 2
}

// commonPrefix is the number of leading characters a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// holdsSentence is grammar.HasMark(s, grammar.FullStop|grammar.Semicolon)
// by the runtime's byte searches, as every short line of a document is
// asked (TestHoldsSentence).
func holdsSentence(s string) bool {
	return strings.IndexByte(s, ';') >= 0 || strings.Contains(s, "。") || strings.Contains(s, "；")
}
