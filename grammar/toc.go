package grammar

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// A manual table of contents (conventions.md §5, §6 toc): a heading 目录
// (目　录, 目次, Contents) and entries — a heading's text, a leader (a run
// of dots, an ellipsis, a tab) and a page number at the line's end:
// 一、总体要求…………3, 第二章　组织机构\t5. The entries repeat the outline and
// are no part of it; whether a run of such lines is a table of contents is
// the noise stage's.

// tocHeadings are the words of a table of contents' heading, alone on
// its line (letters perhaps spaced out: 目　录).
var tocHeadings = [...]string{"目录", "目次", "目錄"}

// isTocHeading: 目录, 目　录, 【目录】, Contents, Table of Contents.
func isTocHeading(s string) bool {
	if len(s) > maxApparatusHeadRunes*4 {
		return false
	}
	s = trimBrackets(strings.TrimRightFunc(trimColon(s), scan.IsBlank))
	for _, w := range tocHeadings {
		if n := spacedPrefix(s, w); n > 0 && n == len(s) {
			return true
		}
	}
	low := strings.ToLower(s)
	return low == "contents" || low == "table of contents"
}

// maxTocPage bounds a page number: a Word document of a few hundred pages.
const maxTocPage = 9999

// MayEndTocEntry is the prefilter of TocEntry, small enough to inline
// where every line is asked: false when s cannot end with a digit, as
// most lines do not.
func MayEndTocEntry(s string) bool {
	if s == "" {
		return false
	}
	b := s[len(s)-1]
	// An ASCII digit, or the last byte of a full-width one (０ is EF BC 90).
	return b >= '0' && b <= '9' || b >= 0x90 && b <= 0x99
}

// A TocItem is an entry of a table of contents as read on its line.
type TocItem struct {
	Page    int  // the page number
	TextEnd int  // where the entry's text ends, before the leader
	Dotted  bool // the leader holds dots (a tab alone also writes a table's row)
}

// TocEntry reads an entry of a table of contents: the page number at the
// end of s after a leader, and the end of the entry's text before it.
func TocEntry(s string) (TocItem, bool) {
	page, end, dots, ok := tocEntry(s)
	return TocItem{Page: page, TextEnd: end, Dotted: dots >= 2}, ok
}

func tocEntry(s string) (page, textEnd, dots int, ok bool) {
	s = strings.TrimRightFunc(s, scan.IsBlank)
	i := len(s)
	digits := 0
	for i > 0 {
		r, size := lastRuneAndSize(s[:i])
		f := foldRune(r)
		if f < '0' || f > '9' {
			break
		}
		i -= size
		digits++
	}
	if digits == 0 || digits > 4 {
		return 0, 0, 0, false
	}
	for _, r := range s[i:] {
		page = page*10 + int(foldRune(r)-'0')
	}
	if page == 0 || page > maxTocPage {
		return 0, 0, 0, false
	}
	// The leader: dots, ellipses, middle dots, or a tab, with any spaces.
	j := i
	tabs := 0
	for j > 0 {
		r, size := lastRuneAndSize(s[:j])
		switch r {
		case '.', '…', '·', '．', '⋯', '。', '-', '—', '_':
			dots++
		case '\t':
			tabs++
		case ' ', '\u3000':
		default:
			goto leader
		}
		j -= size
	}
leader:
	if dots < 2 && tabs == 0 {
		return 0, 0, 0, false
	}
	text := strings.TrimRightFunc(s[:j], scan.IsBlank)
	letters := 0
	for _, r := range text {
		if scan.IsIdeograph(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
			letters++
		}
	}
	if letters < 2 {
		return 0, 0, 0, false
	}
	return page, len(text), dots, true
}

// lastRuneAndSize is the last character of s and its size.
func lastRuneAndSize(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
