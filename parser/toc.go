package parser

import (
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// A manual table of contents (conventions.md §5) repeats the outline with
// page numbers — 一、总体要求……3 — and is no part of it: `toc` noise, its
// heading (目录) with it. Its entries are the grammar's (grammar/toc.go);
// a run of them is a table of contents when a heading stands over it, or,
// with no heading, when three or more entries with dotted leaders have
// page numbers that never go down (a row of a table, 张三\t85, has a tab
// and no heading).

// minTocEntries is how many entries a table of contents with no heading
// shows at least.
const minTocEntries = 3

// markToc sets aside the tables of contents. It reports whether it set
// any line aside.
func (p *parser) markToc() bool {
	marked := false
	for k := 0; k < len(p.apparatus); {
		a := p.apparatus[k]
		if a.form != grammar.TocHeading && a.form != grammar.TocLine {
			k++
			continue
		}
		heading := -1
		if a.form == grammar.TocHeading {
			heading = a.line
			k++
		}
		// The run of entries: each the next content line after the last.
		var entries []int
		dotted, rising, page := true, true, 0
		last := a.line
		for ; k < len(p.apparatus) && p.apparatus[k].form == grammar.TocLine; k++ {
			i := p.apparatus[k].line
			if next := p.nextContentLine(last); next != i && (heading >= 0 || len(entries) > 0) || p.lines[i].noise != 0 {
				break
			}
			e, _ := grammar.TocEntry(p.content(&p.lines[i]))
			dotted = dotted && e.Dotted
			rising = rising && e.Page >= page
			page = e.Page
			entries = append(entries, i)
			last = i
		}
		if len(entries) == 0 && heading < 0 {
			k++ // an entry that is boilerplate already
			continue
		}
		if len(entries) == 0 || heading < 0 && !(len(entries) >= minTocEntries && dotted && rising) {
			continue
		}
		lines := entries
		if heading >= 0 {
			lines = append([]int{heading}, entries...)
		}
		for _, i := range lines {
			p.lines[i].noise, p.lines[i].marker = lineNoiseOf(ast.NoiseTOC), nil
		}
		p.insertRun(lineRun{first: lines[0], last: lines[len(lines)-1], kind: ast.NoiseTOC})
		marked = true
	}
	return marked
}
