package export

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// markdownExporter writes the outline as CommonMark that markmap shows as a
// mind map unchanged: `#` for the speech title, `##` … `######` for the
// levels under it, nested list items below `######`, and the closing
// formula as a final paragraph. A collection takes `#` for its title and
// `##` for each speech, so that the map keeps one root. Every text is
// escaped so that it stays the text of its heading, item or paragraph.
type markdownExporter struct{}

func (markdownExporter) Name() string { return "markdown" }

func (markdownExporter) Summary() string { return "Markdown headings, a mind map in markmap" }

func (markdownExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	mw := &markdownWriter{w: bufio.NewWriter(w)}
	depth := 1
	if isCollection(doc) {
		mw.heading(1, rootTitle(doc, opt))
		depth = 2
	}
	for _, sp := range doc.Speeches {
		mw.heading(depth, speechTitle(sp, opt))
		mw.sections(sp.Sections, depth+1)
		if sp.Closing != nil && sp.Closing.Formula != nil {
			mw.paragraph(oneLine(sp.Closing.Formula.Text))
		}
	}
	return mw.w.Flush()
}

// maxHeadingDepth is the deepest heading Markdown has (######).
const maxHeadingDepth = 6

// markdownWriter writes blocks separated by blank lines, except that the
// items of one list follow each other directly.
type markdownWriter struct {
	w       *bufio.Writer
	started bool // something was written
	inList  bool // the last block was a list item
}

func (m *markdownWriter) sections(secs []*ast.Section, depth int) {
	for _, sec := range secs {
		if depth <= maxHeadingDepth {
			m.heading(depth, headingLabel(sec))
		} else {
			m.item(depth-maxHeadingDepth-1, headingLabel(sec))
		}
		m.sections(sec.Children, depth+1)
	}
}

func (m *markdownWriter) heading(depth int, text string) {
	m.block(false)
	m.w.WriteString(strings.Repeat("#", depth))
	m.w.WriteByte(' ')
	m.w.WriteString(escapeMarkdown(text, false))
	m.w.WriteByte('\n')
}

// item writes a list item nested nesting lists deep.
func (m *markdownWriter) item(nesting int, text string) {
	m.block(true)
	m.w.WriteString(strings.Repeat("  ", nesting))
	m.w.WriteString("- ")
	m.w.WriteString(escapeMarkdown(text, true))
	m.w.WriteByte('\n')
}

func (m *markdownWriter) paragraph(text string) {
	m.block(false)
	m.w.WriteString(escapeMarkdown(text, true))
	m.w.WriteByte('\n')
}

// block starts a block: a blank line after the previous one unless both
// are items of the same list.
func (m *markdownWriter) block(isItem bool) {
	if m.started && !(isItem && m.inList) {
		m.w.WriteByte('\n')
	}
	m.started = true
	m.inList = isItem
}

// markdownInline lists the ASCII punctuation that can start or end inline
// structure in CommonMark, GFM or markmap: code, emphasis, links and
// images, raw HTML, entities, headings' closing #s, strikethrough, table
// cells and KaTeX math.
const markdownInline = "\\`*_[]<>&#~|$"

// escapeMarkdown backslash-escapes what would change a text's structure:
// the punctuation of markdownInline anywhere and, when the text starts a
// block (a paragraph or list item, not a heading's content), what would
// open a list, a thematic break or a setext underline there (`-`, `+`,
// `=`, `1.`, `1)`). Leading and trailing white space, which would make a
// code block or vanish, is dropped.
func escapeMarkdown(s string, blockStart bool) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := 0 // the length of the run of digits the text starts with
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf && strings.ContainsRune(markdownInline, r):
			b.WriteByte('\\')
		case blockStart && i == 0 && (r == '-' || r == '+' || r == '='):
			b.WriteByte('\\')
		case blockStart && i == digits && i > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
