package docx

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// docReader streams the main document part. It keeps the names of the open
// elements (an explicit stack: XML nesting is the input's to choose, so no
// recursion follows it) and the paragraphs being read; a text box's
// paragraphs nest inside the paragraph that anchors it and come out before
// it.
type docReader struct {
	st  *styles
	nb  *numbering
	out strings.Builder
	doc *Document

	stack []string     // local names of the open elements, "" outside WordprocessingML
	open  []*paraState // the paragraphs being read, innermost last
	// skipFrom, when not 0, is the stack depth of an element whose content
	// a reader does not see (deleted text, a drawing's fallback copy).
	skipFrom int
	rooted   bool // the root element was w:document
}

// paraState is a paragraph being read.
type paraState struct {
	depth      int // stack depth of its w:p
	text       strings.Builder
	style      string
	numID      int // -1: not set on the paragraph
	ilvl       int
	outline    int
	runVanish  bool // the current run is hidden text
	textOpened int  // stack depth of the w:t being read, or 0
}

func readDocument(p *pkg, name string, st *styles, nb *numbering) (*Document, error) {
	r := &docReader{st: st, nb: nb, doc: &Document{}}
	if err := p.scan(name, p.lim.part, r.token); err != nil {
		return nil, err
	}
	if !r.rooted {
		return nil, fmt.Errorf("%w: %s holds no XML element", ErrCorrupt, name)
	}
	r.doc.Text = r.out.String()
	return r.doc, nil
}

func (r *docReader) token(_ *xml.Decoder, tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return r.start(t)
	case xml.EndElement:
		r.end()
	case xml.CharData:
		if p := r.para(); p != nil && r.skipFrom == 0 && p.textOpened == len(r.stack) && !p.runVanish {
			p.text.Write(t)
		}
	}
	return nil
}

// skipped are the elements whose content is not part of the text a reader
// sees: deleted and moved-away runs, the properties a tracked change
// replaced, and the fallback copy of a drawing (a text box is there twice).
func skipped(n xml.Name) bool {
	if n.Space == nsMC {
		return n.Local == "Fallback"
	}
	if !inW(n) {
		return false
	}
	switch n.Local {
	case "del", "moveFrom", "pPrChange", "rPrChange":
		return true
	}
	return false
}

func (r *docReader) start(t xml.StartElement) error {
	if len(r.stack) == 0 {
		if !isW(t.Name, "document") {
			return fmt.Errorf("%w: the main part's root is <%s>, not a WordprocessingML document", ErrNotDocx, t.Name.Local)
		}
		r.rooted = true
	}
	name := ""
	if inW(t.Name) {
		name = t.Name.Local
	}
	r.stack = append(r.stack, name)
	if r.skipFrom != 0 {
		return nil
	}
	if skipped(t.Name) {
		r.skipFrom = len(r.stack)
		return nil
	}
	if name == "p" {
		r.open = append(r.open, &paraState{depth: len(r.stack), numID: -1, ilvl: -1, outline: -1})
		return nil
	}
	p := r.para()
	if p == nil || name == "" {
		return nil
	}
	switch {
	case under(r.stack, "p", "pPr", "pStyle"):
		p.style = attr(t, "val")
	case under(r.stack, "p", "pPr", "numPr", "numId"):
		p.numID = intVal(t, -1)
	case under(r.stack, "p", "pPr", "numPr", "ilvl"):
		p.ilvl = intVal(t, -1)
	case under(r.stack, "p", "pPr", "outlineLvl"):
		p.outline = intVal(t, -1)
	case name == "r":
		p.runVanish = false
	case under(r.stack, "r", "rPr", "vanish"):
		p.runVanish = onOff(t)
	case p.runVanish:
	case under(r.stack, "r", "t"):
		p.textOpened = len(r.stack)
	case under(r.stack, "r", "tab"), under(r.stack, "r", "ptab"):
		p.text.WriteByte('\t')
	case under(r.stack, "r", "br"), under(r.stack, "r", "cr"):
		p.text.WriteByte('\n')
	case under(r.stack, "r", "noBreakHyphen"):
		p.text.WriteByte('-')
	}
	return nil
}

func (r *docReader) end() {
	if len(r.stack) == 0 {
		return
	}
	depth := len(r.stack)
	r.stack = r.stack[:depth-1]
	if r.skipFrom != 0 {
		if depth == r.skipFrom {
			r.skipFrom = 0
		}
		return
	}
	p := r.para()
	if p == nil {
		return
	}
	if p.textOpened == depth {
		p.textOpened = 0
	}
	if p.depth == depth {
		r.open = r.open[:len(r.open)-1]
		r.finish(p)
	}
}

func (r *docReader) para() *paraState {
	if len(r.open) == 0 {
		return nil
	}
	return r.open[len(r.open)-1]
}

// finish writes a paragraph out, its number rendered in front of it.
func (r *docReader) finish(p *paraState) {
	styleID := p.style
	if styleID == "" {
		styleID = r.st.defaultPara
	}
	number := ""
	if numID, ilvl := r.numbering(p, styleID); numID > 0 {
		number = r.nb.next(numID, ilvl)
	}
	level := r.st.level(styleID)
	if p.outline >= 0 {
		level = outlineLevel(p.outline)
	}
	if len(r.doc.Paragraphs) > 0 {
		r.out.WriteByte('\n')
	}
	start := r.out.Len()
	r.out.WriteString(number)
	r.out.WriteString(p.text.String())
	r.doc.Paragraphs = append(r.doc.Paragraphs, Paragraph{Start: start, End: r.out.Len(), Number: number, Level: level, Style: p.style})
}

// numbering is the list and level a paragraph is numbered by: its own
// w:numPr, else its style's (a heading style linked to a list, whose level
// is the list level that names the paragraph's style, or else the style
// the numbering was inherited from).
func (r *docReader) numbering(p *paraState, styleID string) (numID, ilvl int) {
	sNum, sIlvl, from := r.st.numbering(styleID)
	numID, ilvl = p.numID, p.ilvl
	if numID < 0 {
		numID = sNum
	}
	if numID <= 0 {
		return 0, 0
	}
	if ilvl < 0 {
		ilvl = sIlvl
	}
	if ilvl < 0 {
		ilvl = r.nb.styleLevel(numID, styleID)
	}
	if ilvl < 0 && from != styleID {
		ilvl = r.nb.styleLevel(numID, from)
	}
	return numID, max(ilvl, 0)
}
