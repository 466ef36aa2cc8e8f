package fix

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// unit is a group of edits taken or left together: the renumbering of one
// list, or the corrections of one marker's punctuation and brackets.
type unit struct {
	edits    []Edit
	renumber bool
}

// planner finds the units of a document.
type planner struct {
	text string
	// misnumbered maps the offset of a heading's marker to the numbering
	// diagnostic (gap, duplicate, order) the parser gave it.
	misnumbered map[int]ast.Code
	units       []unit
}

// plan computes every unit of doc, in text order within each list.
func plan(doc *ast.Document) []unit {
	pl := &planner{text: doc.Text, misnumbered: map[int]ast.Code{}}
	for _, d := range doc.Diagnostics {
		switch d.Code {
		case ast.CodeNumberingGap, ast.CodeNumberingDuplicate, ast.CodeNumberingOrder:
			pl.misnumbered[d.Span.Start] = d.Code
		}
	}
	for _, sp := range doc.Speeches {
		pl.siblings(sp.Sections, false)
	}
	return pl.units
}

// heading is a section with its marker located in the text.
type heading struct {
	sec *ast.Section
	at  int // byte offset of the marker in the text; -1 when it is not written
	a   anatomy
}

func (h heading) written() bool { return h.at >= 0 }

// siblings plans the edits of one level of the tree, then of the levels
// below. Each list is renumbered on its own, so a parent's renumbering never
// touches its children's lists. guessed is set when the level stands under
// an implied parent.
func (pl *planner) siblings(ss []*ast.Section, guessed bool) {
	hs := make([]heading, 0, len(ss))
	for _, s := range ss {
		h := pl.locate(s)
		hs = append(hs, h)
		if h.written() {
			pl.markUnit(h)
		}
	}
	for _, run := range runs(hs) {
		if !guessed && !anyImplied(run) {
			pl.renumberUnit(run)
		}
	}
	for _, s := range ss {
		pl.siblings(s.Children, s.Implied)
	}
}

// locate finds a section's marker in the text, as the parser's diagnostics
// do: the first occurrence of the marker in the heading's span (Markdown
// decoration may stand before it). Implied sections are not written.
func (pl *planner) locate(s *ast.Section) heading {
	h := heading{sec: s, at: -1}
	if s.Implied || s.Marker == "" || s.Span.End > len(pl.text) || s.Span.Start > s.Span.End {
		return h
	}
	i := strings.Index(pl.text[s.Span.Start:s.Span.End], s.Marker)
	if i < 0 {
		return h
	}
	a, ok := readMarker(s)
	if !ok {
		return h
	}
	h.at, h.a = s.Span.Start+i, a
	return h
}

// markUnit plans the punctuation and bracket corrections of one marker.
func (pl *planner) markUnit(h heading) {
	var u unit
	for _, pe := range markFixes(h.a) {
		u.edits = append(u.edits, pl.edit(h, pe.at, pe.with, pe.code))
	}
	if len(u.edits) > 0 {
		pl.units = append(pl.units, u)
	}
}

func (pl *planner) edit(h heading, at part, with string, code ast.Code) Edit {
	start, end := h.at+at.start, h.at+at.end
	return Edit{Start: start, End: end, New: with, Old: pl.text[start:end], Code: code}
}

// runs splits a level's sections into lists: the sections of one list key
// (the style, and the word of a lead list: 一是 and 一要 are two lists), a new
// list starting at every item numbered 1 — the parser has already turned a
// restart that proves a lost parent into an implied parent, so an item
// numbered 1 among siblings is the start of a new run (一是 二是 … 一是 二是).
func runs(hs []heading) [][]heading {
	var out [][]heading
	open := map[string]int{} // list key → index in out
	for _, h := range hs {
		key := listKey(h.sec)
		k, ok := open[key]
		if !ok || h.sec.Number == 1 {
			out = append(out, nil)
			k = len(out) - 1
			open[key] = k
		}
		out[k] = append(out[k], h)
	}
	return out
}

// listKey is the list a section belongs to, as the parser keys its lists.
func listKey(s *ast.Section) string {
	if s.Style == ast.StyleLead {
		_, size := utf8.DecodeLastRuneInString(s.Marker)
		return "lead:" + s.Marker[len(s.Marker)-size:]
	}
	return string(s.Style)
}

// anyImplied reports whether a list holds an implied item. Where the
// parser had to infer a lost heading — a restart, a fragment — the list
// around it is its guess, not the author's: a sub-list written in its
// parent's style (四、 一、二、三、 五、) or a second 一是 list in one section
// reads as a restart, and the real heading after the implied one then looks
// like a duplicate or a gap. Renumbering on such a guess would rewrite
// correct numbers, so these lists are left to the writer.
func anyImplied(run []heading) bool {
	for _, h := range run {
		if h.sec.Implied {
			return true
		}
	}
	return false
}

// renumberUnit plans the renumbering of one list when the parser found a
// gap, a duplicate or a number out of order in it: the items are numbered
// on from the first one (a list that starts late, a fragment, keeps its
// start), each in its own numeral system. A list any of whose numbers cannot be
// written (㉟ is the last circled number) is left alone, as are sequence
// words, which have no numbers to correct.
func (pl *planner) renumberUnit(run []heading) {
	code, found := ast.Code(""), false
	for _, h := range run {
		if c, ok := pl.misnumbered[h.at]; ok && h.written() {
			code, found = c, true
			break
		}
	}
	if !found || run[0].sec.Style == ast.StyleSequence {
		return
	}
	u := unit{renumber: true}
	base := run[0].sec.Number
	for k, h := range run {
		want := base + k
		if h.sec.Number == want || h.sec.Implied {
			continue
		}
		if !h.written() {
			return
		}
		old := h.a.marker[h.a.num.start:h.a.num.end]
		num, ok := writeNumber(old, h.a.enclosed, want)
		if !ok {
			return
		}
		itemCode := code
		if c, ok := pl.misnumbered[h.at]; ok {
			itemCode = c
		}
		u.edits = append(u.edits, pl.edit(h, h.a.num, num, itemCode))
	}
	if len(u.edits) > 0 {
		pl.units = append(pl.units, u)
	}
}
