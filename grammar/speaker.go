package grammar

import (
	"strings"
	"unicode"

	"github.com/dagang/dagang/internal/scan"
)

// The speaker (conventions.md §1.2) is named under a speech's title, by
// name (习　近　平), or by office and then name on the next line
// (国务院总理　/ 李　强).

// offices are the offices a line naming one ends with.
var offices = [...]string{"总理", "书记", "主席", "部长", "省长", "市长", "县长", "区长", "局长",
	"主任", "委员", "院长", "校长", "厅长", "处长", "理事长", "董事长", "总经理"}

// IsOfficeLine: a short line naming an office, which the speaker's name
// follows (国务院总理　/ 李　强).
func IsOfficeLine(s string) bool {
	t := strings.TrimRightFunc(s, scan.IsBlank)
	if scan.RuneCount(t) > 16 {
		return false
	}
	for _, w := range offices {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// IsNameLine: 习　近　平, 周恩来, 李强 — two to four Chinese characters,
// often spaced, nothing else.
func IsNameLine(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u3000' || r == '·' || r == '•':
		case unicode.Is(unicode.Han, r) && !IsHanNumeral(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}
