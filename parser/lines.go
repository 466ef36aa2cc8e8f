package parser

import (
	"strings"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// line is one line of the decoded text. Speeches are written one paragraph
// per line, so a line is the unit everything else works on.
type line struct {
	start, end int // the content: the line less its leading and trailing white space
	// noise is the kind of boilerplate the whole line is, or none.
	noise lineNoise
	// marker is the numbering marker the content starts with, if the
	// grammar found one (offsets relative to start).
	marker *grammar.Marker
}

// lineNoise is the kind of boilerplate a whole line is (ast.NoiseKinds),
// as a small number, 0 for none: a line's record then holds no pointer for
// the collector to follow, and a document has tens of thousands of lines.
type lineNoise uint8

// kind is the kind of boilerplate n stands for, "" for none.
func (n lineNoise) kind() ast.NoiseKind {
	if n == 0 || int(n) > len(noiseKinds) {
		return ""
	}
	return noiseKinds[n-1]
}

// noiseKinds is ast.NoiseKinds, made once.
var noiseKinds = ast.NoiseKinds()

// lineNoiseOf is the lineNoise of kind k (none for "").
func lineNoiseOf(k ast.NoiseKind) lineNoise {
	for i, kind := range noiseKinds {
		if kind == k {
			return lineNoise(i + 1)
		}
	}
	return 0
}

type cut struct {
	start, end int // absolute byte offsets
	kind       ast.NoiseKind
}

func (l *line) blank() bool { return l.start == l.end }

// splitLines cuts text at \n, \r\n and \r, and records where every line
// starts for the line index.
func splitLines(text string) ([]line, *lineIndex) {
	lines, starts := splitRange(text, 0, len(text), true)
	return lines, &lineIndex{starts: starts, text: text}
}

// splitRange is splitLines on text[from:to], with offsets into text. A
// range that is not the last ends just after a \n: the empty line after
// that \n is the first line of the next range.
func splitRange(text string, from, to int, last bool) ([]line, []int) {
	n := lineCount(text, from, to, last)
	lines, starts := make([]line, n), make([]int, n)
	splitInto(text, from, to, lines, starts)
	return lines, starts
}

// lineCount is the number of lines splitRange cuts text[from:to] into: one
// for every line end (\n, \r\n, \r), and the last line of the text.
func lineCount(text string, from, to int, last bool) int {
	s := text[from:to]
	n := strings.Count(s, "\n")
	if strings.IndexByte(s, '\r') >= 0 {
		n += strings.Count(s, "\r") - strings.Count(s, "\r\n")
	}
	if last {
		n++
	}
	return n
}

// splitInto cuts text[from:to] into the lines and line starts that
// lineCount counted, which lines and starts have room for.
func splitInto(text string, from, to int, lines []line, starts []int) {
	hasCR := strings.IndexByte(text[from:to], '\r') >= 0
	pos := from
	for k := range lines {
		var i int
		if hasCR {
			i = strings.IndexAny(text[pos:to], "\r\n")
		} else {
			i = strings.IndexByte(text[pos:to], '\n')
		}
		end, next := to, to
		if i >= 0 {
			end = pos + i
			next = end + 1
			if text[end] == '\r' && next < to && text[next] == '\n' {
				next++
			}
		}
		s, e := scan.TrimSpace(text, pos, end)
		starts[k] = pos
		lines[k] = line{start: s, end: e}
		pos = next
	}
}

// Most of a Chinese text is ideographs: three-byte characters whose lead
// byte is 0xE4–0xE9 (U+4000–U+9FFF). None of them is white space, a clause
// or sentence mark, a bracket, a quote, or a letter of boilerplate, so the
// passes that look for those step over ideographs in a tight loop.

// invisibleOnly reports whether s holds nothing a reader sees: zero-width
// spaces and joiners, soft hyphens, word joiners.
func invisibleOnly(s string) bool {
	if s != "" && (s[0] > ' ' && s[0] < 0x7F || scan.IdeographLead(s[0])) {
		return false // a visible first character: the usual answer
	}
	for _, r := range s {
		switch r {
		case '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF':
		default:
			if !scan.IsBlank(r) {
				return false
			}
		}
	}
	return true
}

// lineIndex finds lines by byte offset.
type lineIndex struct {
	starts []int // byte offset where each line begins (index = num-1)
	text   string
	hint   int // the last line found (0-based): lookups mostly move forward
}

// line is the 1-based line holding byte offset off; an offset at the very
// end of a line belongs to that line. Lookups mostly move forward a little
// from the last one, so the search gallops forward from it: a lookup costs
// the logarithm of the distance moved, and touches the table near where it
// was, rather than the whole table's worth of a binary search.
func (x *lineIndex) line(off int) int {
	h := min(x.hint, len(x.starts)-1)
	if x.starts[h] > off {
		// Backwards: a binary search below the hint.
		x.hint = x.search(off, 0, h)
		return x.hint + 1
	}
	// starts[lo] <= off; find hi with off < starts[hi] (or the end).
	lo, step := h, 1
	for lo+step < len(x.starts) && x.starts[lo+step] <= off {
		lo += step
		step *= 2
	}
	x.hint = x.search(off, lo, min(lo+step, len(x.starts)))
	return x.hint + 1
}

// search is the last line k in [lo, hi) with starts[k] <= off, given that
// starts[lo] <= off (or lo is 0) and that hi is the end of the table or
// starts[hi] > off.
func (x *lineIndex) search(off, lo, hi int) int {
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if x.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// column is the 1-based character column of offset off in its line.
func (x *lineIndex) column(off int) int {
	start := x.starts[x.line(off)-1]
	if off > len(x.text) {
		off = len(x.text)
	}
	return scan.RuneCount(x.text[start:off]) + 1
}

// span builds the span of [start, end).
func (x *lineIndex) span(start, end int) ast.Span { return x.spanIn(x.line(start)-1, start, end) }

// spanIn is span for a start that the caller knows line i (from 0) holds.
func (x *lineIndex) spanIn(i, start, end int) ast.Span {
	line := i + 1
	endLine := line
	// Most spans lie inside one line: the next line's start says so
	// without a second search.
	if end > start && (line >= len(x.starts) || end-1 >= x.starts[line]) {
		endLine = x.line(end - 1)
	}
	return ast.Span{Start: start, End: end, Line: line, EndLine: endLine}
}
