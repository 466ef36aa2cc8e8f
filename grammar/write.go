package grammar

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// The grammar read backwards: markers written from a style and a number,
// for the headings the tree builder infers (an implied parent is written
// the way its list's other markers are) and for the markers it looks for
// in running text.

// Form is how the markers of a list are written, so that a marker the
// text lacks can be written the same way.
type Form struct {
	Open, Close, Punct, Word string
	FullWidth                bool // digits written full-width (１．)
}

// FormOf is how m, written as text, is written.
func FormOf(m *Marker, text string) Form {
	f := Form{Open: m.Open, Close: m.Close, Punct: m.Punct, Word: m.Word}
	for _, r := range text {
		if r >= '０' && r <= '９' {
			f.FullWidth = true
		}
	}
	return f
}

// WriteMarker writes the marker numbered n of a style, the way f says
// the list's other markers are written.
func WriteMarker(style ast.Style, n int, f Form) string {
	han := HanNumeral(n)
	num := strconv.Itoa(n)
	if f.FullWidth {
		num = strings.Map(func(r rune) rune { return r - '0' + '０' }, num)
	}
	or := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	switch style {
	case ast.StyleChapter:
		return "第" + han + or(f.Word, chapterUnits[0]) + f.Punct // 第一部分, 第二点，
	case ast.StyleArticle:
		return "第" + han + articleUnits[0] + f.Punct // 第一条
	case ast.StyleHanDun:
		return han + or(f.Punct, "、")
	case ast.StyleHanParen:
		return or(f.Open, "（") + han + or(f.Close, "）")
	case ast.StyleArabicDot:
		return num + or(f.Punct, ".")
	case ast.StyleArabicParen:
		if f.Open == "" && f.Close != "" {
			return num + f.Close
		}
		return or(f.Open, "（") + num + or(f.Close, "）")
	case ast.StyleCircled:
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
		return "(" + num + ")"
	case ast.StyleLead:
		return han + or(f.Word, string(leadWordRunes[0]))
	case ast.StyleOrdinal:
		return "第" + han + or(f.Punct, "，")
	case ast.StyleSequence:
		return SequenceWord(n)
	}
	return num
}

// PreviousMarkers writes the marker numbered n-1 of m's list in the ways
// running text writes it (继续实施积极的财政政策。一是… before a line that
// opens with 二是).
func PreviousMarkers(m *Marker) []string {
	n := m.Number - 1
	if n < 1 {
		return nil
	}
	han := HanNumeral(n)
	num := strconv.Itoa(n)
	switch m.Style {
	case ast.StyleLead:
		return []string{han + m.Word}
	case ast.StyleOrdinal:
		return []string{"第" + han + "，", "第" + han + "、", "第" + han + "是", "第" + han + ",", "第" + han + "："}
	case ast.StyleHanDun:
		return []string{han + "、"}
	case ast.StyleHanParen:
		return []string{"（" + han + "）", "(" + han + ")"}
	case ast.StyleArabicDot:
		return []string{num + ".", num + "．", num + "、"}
	case ast.StyleArabicParen:
		return []string{"（" + num + "）", "(" + num + ")"}
	case ast.StyleCircled:
		if n <= 20 {
			return []string{string(rune('①' + n - 1))}
		}
	}
	return nil
}

// ClauseStartIndex finds w in s where it opens a clause: at the start, or
// after a mark of punctuation (but …), a closing bracket or quote
// （）) ”） or a space.
func ClauseStartIndex(s, w string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 {
			return 0
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); MarkOf(r)&^Ellipsis != 0 || strings.ContainsRune("）)”\u3000 ", r) {
			return i
		}
		from = i + len(w)
	}
	return -1
}
