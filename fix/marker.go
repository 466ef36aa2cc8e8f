package fix

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// part is a byte range inside a marker; an empty part is absent.
type part struct{ start, end int }

func (p part) empty() bool { return p.end <= p.start }

// anatomy is how a heading marker is written: where its numeral, brackets
// and closing mark lie, so that each can be corrected alone and everything
// else in the marker (a space before 、, Markdown around it) kept.
type anatomy struct {
	marker      string
	m           grammar.Marker
	num         part // the numeral or digits; the whole character of ① ⑴ ⒈ ㈠
	enclosed    bool // num is one enclosed character (① ⑴ ⒈ ㈠)
	open, close part
	punct       part
}

// readMarker takes a heading's marker apart. ok is false when the marker
// does not read back as the same heading (then it is left alone).
func readMarker(sec *ast.Section) (anatomy, bool) {
	s := sec.Marker
	m, ok := grammar.ParseMarkerText(s)
	if !ok || m.Style != sec.Style {
		return anatomy{}, false
	}
	a := anatomy{marker: s, m: m}
	if m.Open != "" && strings.HasPrefix(s, m.Open) {
		a.open = part{0, len(m.Open)}
	}
	if m.Punct != "" && strings.HasSuffix(s, m.Punct) {
		a.punct = part{len(s) - len(m.Punct), len(s)}
	}
	if m.Close != "" {
		limit := len(s)
		if !a.punct.empty() {
			limit = a.punct.start
		}
		if i := strings.LastIndex(s[:limit], m.Close); i >= 0 {
			a.close = part{i, i + len(m.Close)}
		}
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && enclosedValue(r) > 0 {
		a.num, a.enclosed = part{0, size}, true
		return a, true
	}
	if m.Last {
		// 最后一点，第八点：: the number is the one after 第; 最后一点， has
		// none of its own to correct.
		i := strings.Index(s, "第")
		if i < 0 {
			return anatomy{}, false
		}
		a.num = numeralRun(s[i:])
		a.num.start, a.num.end = a.num.start+i, a.num.end+i
		return a, !a.num.empty()
	}
	a.num = numeralRun(s)
	return a, !a.num.empty()
}

// numeralRun finds the first run of Chinese numerals or digits in s.
func numeralRun(s string) part {
	start := -1
	for i, r := range s {
		isNum := grammar.IsHanNumeral(r) || isDigit(r)
		switch {
		case isNum && start < 0:
			start = i
		case !isNum && start >= 0:
			return part{start, i}
		}
	}
	if start < 0 {
		return part{}
	}
	return part{start, len(s)}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// block is a run of enclosed numbers in Unicode: the character for the
// first and how many follow in order.
type block struct {
	first rune
	count int
}

// enclosedFamilies are the enclosed numbers a marker is written with. The
// circled numbers are three blocks (① … ⑳, ㉑ … ㉟, ㊱ … ㊿); the others one
// each: ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩.
var enclosedFamilies = [][]block{
	{{'①', 20}, {'㉑', 15}, {'㊱', 15}},
	{{'⑴', 20}},
	{{'⒈', 20}},
	{{'㈠', 10}},
}

// enclosedPlace finds r in the families: which family, and the number it
// stands for (0 when r is none of them).
func enclosedPlace(r rune) (family, n int) {
	for f, blocks := range enclosedFamilies {
		base := 0
		for _, b := range blocks {
			if r >= b.first && r < b.first+rune(b.count) {
				return f, base + int(r-b.first) + 1
			}
			base += b.count
		}
	}
	return -1, 0
}

// enclosedValue is the number an enclosed character stands for, or 0.
func enclosedValue(r rune) int {
	_, n := enclosedPlace(r)
	return n
}

// enclosedRune writes n in the family of like (② for ④ and 2, ⑵ for ⑸ and
// 2 …). ok is false past the family's end.
func enclosedRune(like rune, n int) (rune, bool) {
	f, _ := enclosedPlace(like)
	if f < 0 || n < 1 {
		return 0, false
	}
	for _, b := range enclosedFamilies[f] {
		if n <= b.count {
			return b.first + rune(n-1), true
		}
		n -= b.count
	}
	return 0, false
}

// writeNumber writes n the way the numeral old is written: Chinese
// numerals stay Chinese (grammar.HanNumeral); digits keep their width
// (full-width １２ stays full-width) and their zero padding (07 → 08); an
// enclosed character stays in its family. ok is false when n cannot be
// written so.
func writeNumber(old string, enclosed bool, n int) (string, bool) {
	r, _ := utf8.DecodeRuneInString(old)
	switch {
	case enclosed:
		e, ok := enclosedRune(r, n)
		return string(e), ok
	case grammar.IsHanNumeral(r):
		s := grammar.HanNumeral(n)
		return s, s != ""
	}
	s := strconv.Itoa(n)
	if width := utf8.RuneCountInString(old); strings.HasPrefix(old, "0") || strings.HasPrefix(old, "０") {
		for utf8.RuneCountInString(s) < width {
			s = "0" + s
		}
	}
	if r >= '０' && r <= '９' {
		s = strings.Map(func(d rune) rune { return d - '0' + '０' }, s)
	}
	return s, true
}

// markFixes are the corrections of a marker's punctuation and brackets that
// GB/T 15834-2011 asks for; they mirror what parser/lint.go reports:
//
//   - Appendix B.3: a Chinese numeral takes 、 (一、, not 一. 一． 一，); a
//     bracketed number takes no mark ((一)、 → (一)); a bare Arabic number
//     takes the full stop (1、 → 1., １、 → １．).
//   - §4.9 gives the brackets of Chinese text in their full-width form, so a
//     pair of mixed widths ((一） or （一)) becomes （一）.
func markFixes(a anatomy) []partEdit {
	var out []partEdit
	m := a.m
	switch {
	case m.Style == ast.StyleHanDun && m.Punct != "" && m.Punct != "、":
		out = append(out, partEdit{a.punct, "、", ast.CodeMarkerPunctuation})
	case (m.Style == ast.StyleHanParen || m.Style == ast.StyleArabicParen) && m.Punct != "":
		out = append(out, partEdit{a.punct, "", ast.CodeMarkerPunctuation})
	case m.Style == ast.StyleArabicDot && m.Punct == "、":
		stop := "."
		if r, _ := utf8.DecodeRuneInString(a.marker[a.num.start:]); r >= '０' && r <= '９' {
			stop = "．"
		}
		out = append(out, partEdit{a.punct, stop, ast.CodeMarkerPunctuation})
	}
	if !a.open.empty() && !a.close.empty() && fullWidth(m.Open) != fullWidth(m.Close) {
		if !fullWidth(m.Open) {
			out = append(out, partEdit{a.open, "（", ast.CodeBracketMismatch})
		}
		if !fullWidth(m.Close) {
			out = append(out, partEdit{a.close, "）", ast.CodeBracketMismatch})
		}
	}
	// A part the marker could not be cut into is never edited: an empty
	// part would make the edit an insertion.
	kept := out[:0]
	for _, e := range out {
		if !e.at.empty() {
			kept = append(kept, e)
		}
	}
	return kept
}

func fullWidth(bracket string) bool { return bracket == "（" || bracket == "）" }

// partEdit replaces one part of a marker.
type partEdit struct {
	at   part
	with string
	code ast.Code
}
