package parser

import (
	"slices"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// The editor's apparatus (conventions.md §1.8): notes, sources and book
// citations after a speech's text are `notes` noise. Their forms are the
// grammar's (grammar/notes.go); where they count is decided here:
//
//   - a notes heading (注释, 注　　释, 注：) opens a block of notes: the
//     footnotes under it (〔1〕…, [1]…, （1）…, ①…, numbered upwards, a
//     note of several paragraphs included), the notes, sources and
//     citations among and after them, and the rule line (------) above
//     it; a footnote is a note only there, or after a rule line at the
//     end of the text — in the body, （1） heads a section and 〔1〕 is a
//     reference;
//   - the last lines of the text that are the editor's by their shape —
//     a note (注：…), a source (来源：…, （根据录音整理…）), a book citation —
//     are notes wherever they follow, up to the text's end: a speech's
//     last sentence seldom looks like them, and a sentence of its body
//     may.
//
// Each block is one noise entry, not one per line.

// apparatusAt is a line of one of the apparatus forms the noise stage
// places by context.
type apparatusAt struct {
	line int
	form grammar.Apparatus
}

// noteApparatus records line i, whose content is s, if it has one of the
// forms of the apparatus: most lines fail the prefilters.
func (p *parser) noteApparatus(i int, s string) {
	form := grammar.NoApparatus
	if grammar.MayBeApparatus(s) {
		form = grammar.ApparatusOf(s)
	}
	if form == grammar.NoApparatus && grammar.MayEndTocEntry(s) {
		if _, ok := grammar.TocEntry(s); ok {
			form = grammar.TocLine
		}
	}
	if form != grammar.NoApparatus {
		p.apparatus = append(p.apparatus, apparatusAt{i, form})
	}
}

// maxNoteParagraphs is how many paragraphs one footnote may run on over
// before the next footnote.
const maxNoteParagraphs = 3

// markNotes sets aside the blocks of notes and the apparatus at the
// text's end. It reports whether it set any line aside.
func (p *parser) markNotes() bool {
	marked := false
	for _, a := range p.apparatus {
		if a.form == grammar.NotesHeading {
			marked = p.notesUnder(a.line) || marked
		}
	}
	return p.notesAtEnd() || marked
}

// notesUnder sets aside the block of notes under the notes heading h: the
// heading, the footnotes and notes under it, and a rule line above it.
// A heading with no note under it is left as it is.
func (p *parser) notesUnder(h int) bool {
	if !p.mayBeNotes(h) {
		return false
	}
	var claimed []int
	last := 0 // the number of the last footnote
	for j := h + 1; j < len(p.lines); j++ {
		l := &p.lines[j]
		if l.blank() || l.noise != 0 && !p.mayBeNotes(j) {
			if l.noise.kind() == ast.NoiseLicense {
				break
			}
			continue
		}
		s := p.content(l)
		if n, _, ok := grammar.Footnote(s); ok && n > last {
			claimed = append(claimed, j)
			last = n
			continue
		}
		if grammar.IsNoteMatter(s) {
			claimed = append(claimed, j)
			continue
		}
		// A footnote of several paragraphs: the next footnote follows
		// within a few lines.
		if last > 0 {
			if next, ok := p.nextFootnote(j, last); ok {
				for k := j; k < next; k++ {
					if !p.lines[k].blank() && p.lines[k].noise == 0 {
						claimed = append(claimed, k)
					}
				}
				j = next - 1
				continue
			}
		}
		break
	}
	if len(claimed) == 0 {
		return false
	}
	first := h
	if r := p.prevContent(h); r >= 0 && p.isRule(r) {
		first = r
	}
	p.setNotes(first, h)
	for _, j := range claimed {
		p.setNotes(j, j)
	}
	p.notesRuns(append([]int{first, h}, claimed...))
	return true
}

// nextFootnote finds the footnote numbered above last within the next
// maxNoteParagraphs paragraphs from line j on, none of them a heading.
func (p *parser) nextFootnote(j, last int) (int, bool) {
	seen := 0
	for k := j; k < len(p.lines); k++ {
		l := &p.lines[k]
		if l.blank() {
			continue
		}
		if l.noise != 0 {
			return 0, false
		}
		if n, _, ok := grammar.Footnote(p.content(l)); ok {
			return k, n > last && seen > 0
		}
		if seen++; seen > maxNoteParagraphs || l.marker != nil && l.marker.Trap == "" && !p.footnoteMarker(k) {
			return 0, false
		}
	}
	return 0, false
}

// footnoteMarker reports whether line k's marker is a footnote's number.
func (p *parser) footnoteMarker(k int) bool {
	_, _, ok := grammar.Footnote(p.content(&p.lines[k]))
	return ok
}

// notesAtEnd sets aside the last lines of the text that are the editor's
// by their shape, and footnotes after a rule line at the end. The lines
// already boilerplate are passed over, and the ones among them whose
// words made them boilerplate but which are notes by their shape
// (注：图片来自网络。) become notes. Nothing is set aside when no line of
// speech would be left before them.
func (p *parser) notesAtEnd() bool {
	var claimed []int
	j := len(p.lines) - 1
	for ; j >= 0; j-- {
		l := &p.lines[j]
		if l.blank() {
			continue
		}
		if l.noise != 0 && !p.mayBeNotes(j) {
			continue
		}
		s := p.content(l)
		if grammar.IsNoteMatter(s) {
			if l.noise == 0 || wordNoise(l.noise.kind()) {
				claimed = append(claimed, j)
			}
			continue
		}
		if l.noise != 0 {
			continue // notes already, under a heading
		}
		if rule, ok := p.footnotesAfterRule(j); ok {
			for k := rule; k <= j; k++ {
				if !p.lines[k].blank() && (p.lines[k].noise == 0 || k == rule) {
					claimed = append(claimed, k)
				}
			}
			j = rule
			continue
		}
		break
	}
	if len(claimed) == 0 || p.noContentBefore(j) {
		return false
	}
	slices.Sort(claimed)
	if r := p.prevContent(claimed[0]); r >= 0 && p.isRule(r) {
		claimed = append([]int{r}, claimed...)
	}
	for _, k := range claimed {
		p.setNotes(k, k)
	}
	p.notesRuns(claimed)
	return true
}

// footnotesAfterRule: line j is the last of a run of footnotes, numbered
// 1 upwards, right under a rule line (------), with nothing between them
// but the notes' own paragraphs; it returns the rule's line.
func (p *parser) footnotesAfterRule(j int) (int, bool) {
	want := 0 // the number the footnote above must have, walking up
	for k := j; k >= 0; k-- {
		l := &p.lines[k]
		if l.blank() {
			continue
		}
		if p.isRule(k) {
			return k, want == 1
		}
		if l.noise != 0 {
			return 0, false
		}
		n, _, ok := grammar.Footnote(p.content(l))
		switch {
		case !ok && want == 0:
			return 0, false // the last line is no footnote
		case !ok:
			continue // a note's paragraph
		case want != 0 && n >= want:
			return 0, false
		}
		want = n
	}
	return 0, false
}

// noContentBefore reports whether no line before line j (included) is
// content: a text of nothing but the apparatus keeps it as its text.
func (p *parser) noContentBefore(j int) bool {
	for k := j; k >= 0; k-- {
		if l := &p.lines[k]; !l.blank() && l.noise == 0 {
			return false
		}
	}
	return true
}

// mayBeNotes reports whether line i may be taken as notes: it is no
// boilerplate yet, or boilerplate for its words only (注：图片来自网络 is a
// watermark by its words, a note by its shape); a licence notice and
// everything after it keep their kind.
func (p *parser) mayBeNotes(i int) bool {
	l := &p.lines[i]
	return l.noise == 0 || wordNoise(l.noise.kind()) || l.noise.kind() == ast.NoiseNotes
}

// isRule reports whether line i is a rule: boilerplate with no letter in
// it (------, * * *).
func (p *parser) isRule(i int) bool {
	l := &p.lines[i]
	return l.noise.kind() == ast.NoiseOther && !invisibleOnly(p.content(l))
}

// setNotes makes lines [from, to] that are not blank notes.
func (p *parser) setNotes(from, to int) {
	for i := from; i <= to; i++ {
		if l := &p.lines[i]; !l.blank() {
			l.noise, l.marker = lineNoiseOf(ast.NoiseNotes), nil
		}
	}
}

// notesRuns records the runs of the notes lines ls (in order, some
// perhaps repeated) that only blank lines part, each as one noise entry.
func (p *parser) notesRuns(ls []int) {
	slices.Sort(ls)
	ls = slices.Compact(ls)
	run := lineRun{first: ls[0], last: ls[0], kind: ast.NoiseNotes}
	for _, i := range ls[1:] {
		if p.onlyBlankBetween(run.last, i) {
			run.last = i
			continue
		}
		p.insertRun(run)
		run = lineRun{first: i, last: i, kind: ast.NoiseNotes}
	}
	p.insertRun(run)
}

// markEditorLeads sets aside an editor's lead-in (conventions.md §1.2): a
// paragraph that opens with an editor's label (编者按：…, 【编者按】…) is
// `metadata`, so that it takes neither the title's place nor the
// preamble's; a label alone on its line takes the paragraph after it
// with it. (After the text, the notes have taken such a line already.) It
// reports whether it set any line aside.
func (p *parser) markEditorLeads() bool {
	marked := false
	for _, a := range p.apparatus {
		l := &p.lines[a.line]
		if a.form != grammar.EditorLead || l.noise != 0 {
			continue
		}
		kind := lineNoiseOf(ast.NoiseMetadata)
		l.noise, l.marker = kind, nil
		marked = true
		if grammar.EditorLabelAlone(p.content(l)) {
			if next := p.nextContentLine(a.line); next >= 0 {
				p.lines[next].noise, p.lines[next].marker = kind, nil
				p.insertRun(lineRun{first: a.line, last: next, kind: ast.NoiseMetadata})
			}
		}
	}
	return marked
}
