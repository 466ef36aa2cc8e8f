package docx

import (
	"fmt"
	"unsafe"
)

// docReader streams the main document part. It keeps the names of the open
// elements (an explicit stack: XML nesting is the input's to choose, so no
// recursion follows it) and the paragraphs being read; a text box's
// paragraphs nest inside the paragraph that anchors it and come out before
// it. What it holds besides the text it yields is bounded: a string header
// per open element (MaxDepth), a paraState per open paragraph and a
// Paragraph per paragraph read (MaxParagraphs).
type docReader struct {
	st  *styles
	nb  *numbering
	lim limits
	// out is the document's text. A paragraph that nests in no other
	// writes its text straight into it (its number is put in front at
	// its end); nested ones are written in texts, and go out in the
	// order they end.
	out []byte
	// paras are the paragraphs read, in blocks of paraBlock: a slice grown
	// by append allocates four times its final size on the way, and the
	// blocks are copied once into the document's slice at the end.
	paras [][]paraRecord
	count int

	stack []string    // names of the open elements (see xmlToken.wName)
	open  []paraState // the paragraphs being read, innermost last
	// texts holds the text of the open paragraphs that are not written
	// to out, each after the one it nests in (paraState.textStart): the
	// innermost is always the last.
	texts []byte
	// skipFrom, when not 0, is the stack depth of an element whose content
	// a reader does not see (deleted text, a drawing's fallback copy).
	skipFrom int
	rooted   bool // the root element was w:document
}

// paraState is a paragraph being read.
type paraState struct {
	depth      int  // stack depth of its w:p
	direct     bool // its text is written to out, not texts
	textStart  int  // where its text starts in out or texts
	sepStart   int  // where the line end before it starts in out (direct)
	style      string
	styleKnown bool // the document defines style
	numID      int  // -1: not set on the paragraph
	ilvl       int
	outline    int
	runVanish  bool // the current run is hidden text
	textOpened int  // stack depth of the w:t being read, or 0
}

func readDocument(p *pkg, name string, st *styles, nb *numbering) (*Document, error) {
	r := &docReader{st: st, nb: nb, lim: p.lim}
	if err := p.scan(name, p.lim.part, r.token); err != nil {
		return nil, err
	}
	if !r.rooted {
		return nil, fmt.Errorf("%w: %s holds no XML element", ErrCorrupt, name)
	}
	text := ""
	if len(r.out) > 0 {
		// out is never written again: the text shares its memory.
		text = unsafe.String(unsafe.SliceData(r.out), len(r.out))
	}
	doc := &Document{Text: text, Paragraphs: make([]Paragraph, 0, r.count)}
	for _, block := range r.paras {
		for _, rec := range block {
			para := rec.Paragraph
			// The number is cut from the text once it is whole, rather
			// than kept twice.
			para.Number = doc.Text[para.Start : para.Start+int(rec.numLen)]
			doc.Paragraphs = append(doc.Paragraphs, para)
		}
	}
	return doc, nil
}

// paraRecord is a paragraph read and the length of its number.
type paraRecord struct {
	Paragraph
	numLen uint8
}

const paraBlock = 4096

func (r *docReader) token(t *xmlToken) error {
	switch t.kind {
	case tokStart:
		return r.start(t)
	case tokEnd:
		r.end()
	case tokText:
		if p := r.para(); p != nil && r.skipFrom == 0 && p.textOpened == len(r.stack) && !p.runVanish {
			r.write(p, t.text...)
		}
	}
	return nil
}

// skipped are the elements whose content is not part of the text a reader
// sees: deleted and moved-away runs, the properties a tracked change
// replaced, and the fallback copy of a drawing (a text box is there twice).
func skipped(t *xmlToken) bool {
	if t.space == nsMCK {
		return string(t.local) == "Fallback"
	}
	switch t.wName() {
	case "del", "moveFrom", "pPrChange", "rPrChange":
		return true
	}
	return false
}

func (r *docReader) start(t *xmlToken) error {
	name := t.wName()
	if len(r.stack) == 0 {
		if name != "document" {
			return fmt.Errorf("%w: the main part's root is <%s>, not a WordprocessingML document", ErrNotDocx, t.local)
		}
		r.rooted = true
	}
	r.stack = append(r.stack, name)
	if r.skipFrom != 0 {
		return nil
	}
	if skipped(t) {
		r.skipFrom = len(r.stack)
		return nil
	}
	if name == "p" {
		if r.count+len(r.open) >= r.lim.paragraphs {
			return beyond("more than %d paragraphs, the limit (docx.MaxParagraphs)", r.lim.paragraphs)
		}
		if outer := r.para(); outer != nil && outer.direct {
			// A paragraph inside it (a text box's) goes out first: what
			// the outer one wrote moves to texts.
			r.texts = append(r.texts, r.out[outer.textStart:]...)
			r.out = r.out[:outer.sepStart]
			outer.direct, outer.textStart = false, 0
		}
		ps := paraState{depth: len(r.stack), numID: -1, ilvl: -1, outline: -1}
		if len(r.open) == 0 {
			ps.direct, ps.sepStart = true, len(r.out)
			if r.count > 0 {
				r.out = append(r.out, '\n')
			}
			ps.textStart = len(r.out)
		} else {
			ps.textStart = len(r.texts)
		}
		r.open = append(r.open, ps)
		return nil
	}
	p := r.para()
	if p == nil || name == "" {
		return nil
	}
	switch {
	case under(r.stack, "p", "pPr", "pStyle"):
		p.style, p.styleKnown = r.st.intern(t.attr("val"))
	case under(r.stack, "p", "pPr", "numPr", "numId"):
		p.numID = t.intVal(-1)
	case under(r.stack, "p", "pPr", "numPr", "ilvl"):
		p.ilvl = t.intVal(-1)
	case under(r.stack, "p", "pPr", "outlineLvl"):
		p.outline = t.intVal(-1)
	case name == "r":
		p.runVanish = false
	case under(r.stack, "r", "rPr", "vanish"):
		p.runVanish = t.onOff()
	case p.runVanish:
	case under(r.stack, "r", "t"):
		p.textOpened = len(r.stack)
	case under(r.stack, "r", "tab"), under(r.stack, "r", "ptab"):
		r.write(p, '\t')
	case under(r.stack, "r", "br"), under(r.stack, "r", "cr"):
		r.write(p, '\n')
	case under(r.stack, "r", "noBreakHyphen"):
		r.write(p, '-')
	}
	return nil
}

// write appends to the text of paragraph p, the innermost open one.
func (r *docReader) write(p *paraState, b ...byte) {
	if p.direct {
		r.out = append(r.out, b...)
	} else {
		r.texts = append(r.texts, b...)
	}
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
		r.finish(p)
		r.open = r.open[:len(r.open)-1]
	}
}

func (r *docReader) para() *paraState {
	if len(r.open) == 0 {
		return nil
	}
	return &r.open[len(r.open)-1]
}

// paragraphBytes is what a paragraph costs besides its text: its record
// while read, its Paragraph in the document, the state of an open one.
const paragraphBytes = int(unsafe.Sizeof(paraRecord{}) + unsafe.Sizeof(Paragraph{}) + unsafe.Sizeof(paraState{}))

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
	var start int
	if p.direct {
		// The number goes in front of the text written.
		start = p.textStart
		end := len(r.out)
		r.out = append(r.out, number...)
		copy(r.out[start+len(number):], r.out[start:end])
		copy(r.out[start:], number)
	} else {
		if r.count > 0 {
			r.out = append(r.out, '\n')
		}
		start = len(r.out)
		r.out = append(r.out, number...)
		r.out = append(r.out, r.texts[p.textStart:]...)
		r.texts = r.texts[:p.textStart]
	}
	style := ""
	if p.styleKnown {
		style = p.style
	}
	if len(r.paras) == 0 || len(r.paras[len(r.paras)-1]) == paraBlock {
		r.paras = append(r.paras, make([]paraRecord, 0, paraBlock))
	}
	last := &r.paras[len(r.paras)-1]
	*last = append(*last, paraRecord{Paragraph{Start: start, End: len(r.out), Level: level, Style: style}, uint8(len(number))})
	r.count++
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
