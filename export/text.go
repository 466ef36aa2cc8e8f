package export

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// textExporter writes the outline for a person at a terminal: the speech
// title, its headings indented two spaces per level, then the closing
// formula. A collection prints its title first and each speech under it,
// a blank line before each. Diagnostics are left to `dagang parse`.
type textExporter struct{}

func (textExporter) Name() string { return "text" }

func (textExporter) Summary() string { return "indented outline to read in a terminal" }

func (textExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	bw := bufio.NewWriter(w)
	depth := 0
	if isCollection(doc) {
		writeIndented(bw, 0, rootTitle(doc, opt))
		depth = 1
	}
	for _, sp := range doc.Speeches {
		if depth > 0 {
			bw.WriteByte('\n')
		}
		writeTextSpeech(bw, sp, depth, opt)
	}
	return bw.Flush()
}

func writeTextSpeech(w *bufio.Writer, sp *ast.Speech, depth int, opt Options) {
	writeIndented(w, depth, speechTitle(sp, opt))
	writeTextSections(w, sp.Sections, depth+1)
	if sp.Closing != nil && sp.Closing.Formula != nil {
		writeIndented(w, depth+1, oneLine(sp.Closing.Formula.Text))
	}
}

func writeTextSections(w *bufio.Writer, secs []*ast.Section, depth int) {
	for _, sec := range secs {
		writeIndented(w, depth, textHeading(sec))
		writeTextSections(w, sec.Children, depth+1)
	}
}

// writeIndented writes one line, two spaces per depth. Errors stay in w
// until it is flushed.
func writeIndented(w *bufio.Writer, depth int, line string) {
	w.WriteString(strings.Repeat("  ", depth))
	w.WriteString(line)
	w.WriteByte('\n')
}

// textHeading is a heading as the speech writes it: its marker and its
// title with nothing between when the marker ends in its own mark (一、
// （一） 1. ① 一是 第一，), as a Chinese text sets them; a chapter's
// or an article's marker (第一部分, 第一条) and its title are parted by an
// ideographic space, as a document sets a chapter heading, and so is a numeral the text set off
// by white space (一　两类矛盾: 一两类矛盾 would read as one number).
func textHeading(sec *ast.Section) string {
	title := oneLine(sec.Title)
	switch {
	case title == "":
		return sec.Marker
	case sec.Style == ast.StyleChapter, sec.Style == ast.StyleArticle, endsWithNumber(sec.Marker):
		return sec.Marker + "\u3000" + title
	}
	return sec.Marker + title
}

// endsWithNumber reports whether a marker ends with its numeral or digit,
// with no mark after it.
func endsWithNumber(marker string) bool {
	r, _ := utf8.DecodeLastRuneInString(marker)
	return strings.ContainsRune("〇零一二三四五六七八九十百", r) || unicode.IsDigit(r)
}
