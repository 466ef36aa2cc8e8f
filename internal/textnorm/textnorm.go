// Package textnorm holds the one comparison of texts the project makes in
// several places: their letters and digits after NFKC, white space and
// punctuation ignored (a title against its repetition, a node's text
// against its span, as ../shared/tools/lossless-check compares them).
package textnorm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Letters keeps the letters and numbers of s, NFKC-folded.
func Letters(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}, s)
}
