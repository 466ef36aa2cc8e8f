package parser

import (
	"strings"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// A ranked list that restarts at 1 directly under the speech, where no
// parent is open whose style could be implied, is read by three rules
// (conventions.md §2; L3–L5 of docs/rules.md), tried in this order:
//
//   - L5, a preview: an announcement (a paragraph ending in a colon)
//     followed by items 1…N, each a short line with no body, and then the
//     same list again from 1 with the same titles. The preview is the
//     preamble's announcement, its lines paragraphs; the second run is the
//     sections.
//   - L4, a sub-list: a list written as Markdown headings (### 1.) and a
//     plain list of the same style (1.) are two lists: the plain one
//     opening at 1 under a heading item is its sub-list. So is a list that
//     restarts while a deeper section is open (三、 / （一） / 一、…): it is
//     written again in its parent's style.
//   - L3, parts the text does not number: each run of the list goes under
//     an implied parent of style chapter, numbered 1, 2, … in order (the
//     first run is wrapped when the second starts), never under the
//     previous run's last child.

// restartAtTop places sec, numbered 1, in the list open at depth d
// directly under the speech.
func (t *tree) restartAtTop(d int, sec *ast.Section, key listID) {
	if t.preview(sec, key) {
		return
	}
	if d < t.open {
		// A sub-list of a deeper section open (三、 / （一） / 一、…, a list
		// written again in its parent's style).
		t.attach(len(t.stack)-1, sec, key)
		return
	}
	root := t.stack[0]
	run := *root.children
	first := t.implied(ast.StyleChapter, 1, grammar.Form{}, run[0].Span)
	first.Children = append(first.Children, run...)
	*root.children = []*ast.Section{first}
	second := t.implied(ast.StyleChapter, 2, grammar.Form{}, sec.Span)
	t.attach(0, second, impliedParts)
	t.attach(1, sec, key)
	t.p.diagAt(ast.CodeImpliedParent, sec, "restart", sec.Marker, second.Marker)
}

// impliedParts is the list of the implied parts of a text that restarts
// its top list (L3): a chapter list of its own, whose restart under it
// implies the next part as any restart implies a parent.
var impliedParts = listKey(&grammar.Marker{Style: ast.StyleChapter})

// preview reports whether the list open under the speech, whose item 1 comes
// again as sec, was a preview (L5), and if so makes its items the
// preamble's paragraphs and opens the list again with sec.
func (t *tree) preview(sec *ast.Section, key listID) bool {
	root := t.stack[0]
	run := *root.children
	if len(run) < 2 || len(*root.body) == 0 {
		return false
	}
	for k, c := range run {
		if t.keys[c] != key && listKeyOf(c) != key || c.Number != k+1 || len(c.Body) > 0 || len(c.Children) > 0 {
			return false
		}
	}
	if normTitle(run[0].Title) != normTitle(sec.Title) {
		return false
	}
	announce := (*root.body)[len(*root.body)-1].Text
	if r := scan.LastRune(strings.TrimFunc(announce, scan.IsBlank)); grammar.MarkOf(r) != grammar.Colon {
		return false
	}
	for _, c := range run {
		*root.body = append(*root.body, t.p.para(c.Span.Start, c.Span.End))
	}
	*root.children = (*root.children)[:0]
	t.forgetDiagnostics(run)
	t.attach(0, sec, key)
	return true
}

// listKeyOf is the list of a ranked section by its style (a ranked list's
// key is its style but for chapters, which keys never look up here).
func listKeyOf(s *ast.Section) listID {
	return listKey(&grammar.Marker{Style: s.Style})
}

// forgetDiagnostics drops the diagnostics recorded about the markers of
// sections that turned out to be text.
func (t *tree) forgetDiagnostics(secs []*ast.Section) {
	p := t.p
	out := p.diags[:0]
	for _, d := range p.diags {
		keep := true
		for _, s := range secs {
			if d.Span.Start >= s.Span.Start && d.Span.End <= s.Span.End {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, d)
		}
	}
	p.diags = out
}

// normTitle is a title less white space and the marks it ends with, for
// comparing a preview's items with the sections they announce.
func normTitle(s string) string {
	return strings.TrimRightFunc(strings.Join(strings.Fields(s), ""), func(r rune) bool { return grammar.MarkOf(r) != 0 })
}

// headingDepth is the number of # a Markdown heading line opens with, 0
// for a line that is no Markdown heading.
func headingDepth(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == len(line) || line[n] != ' ' && line[n] != '\t' {
		return 0
	}
	return n
}
