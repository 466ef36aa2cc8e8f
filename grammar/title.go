package grammar

import (
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// A heading's title (conventions.md §3) is the text after its marker up to
// the first mark that ends a sentence or a semicolon, not counting marks
// inside brackets and quotes (（一）党的坚强领导:事业发展的根本政治保证。):
// a colon or a comma does not end a title. The rest of the line after the
// title is the heading's first paragraph.

// TitleBounds finds a heading's title in text[from:end]: it starts after
// white space and Markdown emphasis, and runs to the first sentence mark
// or semicolon outside brackets and quotes, or — when there is none
// outside them — to the first such mark at all, or to the end. It returns
// the title's start and end and where the heading ends (after the mark
// and the marks that repeat it).
func TitleBounds(text string, from, end int) (ts, te, he int) {
	ts = from
	for ts < end {
		c := text[ts]
		if c > ' ' && c < utf8.RuneSelf && c != '*' && c != '_' || scan.IdeographLead(c) {
			break // not white space: what most titles start with
		}
		r, size := utf8.DecodeRuneInString(text[ts:end])
		if !scan.IsBlank(r) && r != '*' && r != '_' {
			break
		}
		ts += size
	}
	if te, ok := titleEnd(text, ts, end); ok {
		return ts, te, markRunEnd(text, te, end)
	}
	return ts, end, end
}

// titleMarks are the marks that end a title.
const titleMarks = SentenceEnd | Semicolon

// titleEnd finds where the title of text[from:end] ends: at the first
// title mark outside brackets and quotes, or, when every mark is inside
// them (or a bracket never closes before the first outside one would
// come), at the first mark at all.
func titleEnd(text string, from, end int) (int, bool) {
	depth := 0
	first := -1 // the first mark at any depth
	for i := from; i < end; {
		i = scan.SkipIdeographs(text, i, end)
		if i >= end {
			break
		}
		r, size := scan.DecodeRune(text[:end], i)
		switch p := punctuation.Get(r); {
		case p == 0:
		case bracket(p>>8) == opening:
			depth++
		case bracket(p>>8) == closing:
			if depth > 0 {
				depth--
			}
		case Mark(p)&titleMarks != 0:
			if depth == 0 {
				return i, true
			}
			if first < 0 {
				first = i
			}
		}
		i += size
	}
	return first, first >= 0
}

// markRunEnd is the end of the run of sentence marks (and ……) that starts
// with the mark at i.
func markRunEnd(text string, i, end int) int {
	_, size := scan.DecodeRune(text[:end], i)
	j := i + size
	for j < end {
		r, s := scan.DecodeRune(text[:end], j)
		if MarkOf(r)&(SentenceEnd|Ellipsis) == 0 {
			break
		}
		j += s
	}
	return j
}
