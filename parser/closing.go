package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// closing moves a speech's concluding remarks and formula into its
// closing (§1.6, §1.7): the paragraphs after the last heading from the first
// that opens with a cue (同志们，… 总之，… 最后，… 让我们…), the formula, and
// whatever stands after the formula.
func (t *tree) closing(f formulaAt) {
	p := t.p
	var paras []*ast.Para
	if t.last != nil {
		body := t.last.Body
		if k := firstCue(p.phrases, body, t.lastBody); k >= 0 {
			paras = append(paras, body[k:]...)
			t.last.Body = body[:k]
		}
	} else {
		pre := t.speech.Preamble
		if k := firstCue(p.phrases, pre, 1); k >= 0 {
			paras = append(paras, pre[k:]...)
			t.speech.Preamble = pre[:k]
		}
	}
	var formula *ast.Para
	if f.found {
		formula = p.para(f.start, p.lines[f.line].end)
		for _, i := range f.after {
			paras = append(paras, p.linePara(i))
		}
	}
	if formula == nil && len(paras) == 0 {
		return
	}
	if paras == nil {
		paras = []*ast.Para{}
	}
	t.speech.Closing = &ast.Closing{Paragraphs: paras, Formula: formula}
}

// closingItems finds the items listed after a closing cue (C3 of docs
// /rules.md): a paragraph that opens with a cue and ends announcing what
// follows (同志们，…在此，我向大家提三点希望：), then line-start unranked
// items (一是… 二是… 三是…), with nothing after them but more closing cues.
// The items are the closing's paragraphs, not sections: they lose their
// company.
func (t *tree) closingItems(ls []int) {
	p := t.p
	t.hopes = len(ls)
	last := -1 // the position of the last item
	between := 0
	for k := len(ls) - 1; k >= 0; k-- {
		i := ls[k]
		m := p.lines[i].marker
		if m != nil && m.Trap == "" && (!m.Company || t.confirmed[k]) {
			if m.Style.Ranked() {
				return
			}
			if last < 0 {
				last = k
			}
			continue
		}
		s := p.lineText(i)
		if last < 0 {
			if !p.phrases.ClosingCue(s) {
				return // the speech goes on after its items: no hopes
			}
			continue
		}
		if between++; between > 3*maxClosingParas {
			return // too far from the end for a closing
		}
		if p.phrases.ClosingCue(s) && announces(s) {
			if !t.headingBefore(ls, k) || k+1 < len(ls) && p.lines[ls[k+1]].marker == nil {
				// A cue in the preamble opens no closing; nor does one
				// the items do not follow at once.
				return
			}
			t.hopes = k
			for j := k + 1; j <= last; j++ {
				t.confirmed[j] = false
			}
			return
		}
	}
}

// headingBefore: a heading of the speech stands before position k.
func (t *tree) headingBefore(ls []int, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if m := t.p.lines[ls[j]].marker; m != nil && m.Trap == "" && (!m.Company || t.confirmed[j]) {
			return true
		}
	}
	return false
}

// announces: a paragraph ends with a colon, announcing what follows.
func announces(s string) bool {
	s = strings.TrimRightFunc(s, scan.IsBlank)
	r, _ := utf8.DecodeLastRuneInString(s)
	return grammar.MarkOf(r) == grammar.Colon
}

// maxClosingParas bounds a speech's concluding remarks: a 同志们， further
// from the end than this is an address inside the last section, not its
// closing.
const maxClosingParas = 6

// firstCue is the index of the first paragraph, from `from` on, that
// opens a closing, or -1: a concluding label (结语：, Conclusion:) anywhere,
// any other cue among the last maxClosingParas.
func firstCue(phrases *grammar.Phrases, ps []*ast.Para, from int) int {
	window := max(from, len(ps)-maxClosingParas)
	for k := from; k < window; k++ {
		if grammar.ConcludingLabel(ps[k].Text) {
			return k
		}
	}
	for k := window; k < len(ps); k++ {
		if phrases.ClosingCue(ps[k].Text) {
			return k
		}
	}
	return -1
}

// finish sets every section's level to its depth, finds the points inside
// paragraphs and checks the speech as a whole.
func (t *tree) finish() {
	setLevels(t.speech.Sections, 1)
	t.p.points(t.speech)
	t.p.announcedCounts(t.speech)
	if t.speech.Closing == nil || t.speech.Closing.Formula == nil {
		if len(t.speech.Sections) > 0 || len(t.speech.Preamble) > 0 {
			end := lastEnd(t.speech)
			t.p.diag(ast.CodeClosingMissing, end, end)
		}
	}
}

// lastEnd is the end of the last text of a speech.
func lastEnd(sp *ast.Speech) int {
	end := 0
	_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Para:
			end = max(end, n.Span.End)
		case *ast.Section:
			end = max(end, n.Span.End)
		}
		return ast.WalkContinue, nil
	})
	return end
}

func setLevels(ss []*ast.Section, level int) {
	for _, s := range ss {
		s.Level = level
		setLevels(s.Children, level+1)
	}
}
