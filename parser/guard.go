package parser

import (
	"sort"
	"strconv"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// The worst a boilerplate rule can do is take the speech for boilerplate:
// a site's chrome that swallows the article, a licence notice found in the
// middle of the text. The outline then lacks sections, and nothing else
// says so. Two signs of it are checked after every parse, and reported as
// content-in-noise warnings:
//
//   - a noise entry holds a line the grammar reads as a numbered heading
//     in company: a marker of a list whose item before or after (in the
//     speech's sections or in the noise) is there — 二、 set aside between
//     一、 and 三、, or 一、 and 二、 both set aside (the footnotes of notes
//     and the entries of a table of contents are numbered by their kind);
//   - noise covers half or more of a document that has sections.

// noiseShareLimit is the share of a document's text that noise may cover.
const noiseShareLimit = 0.5

// listedHeading is a line with a marker that is a heading, as the guard
// sees it: the list it is in (as the tree builder tells lists apart), its
// number, and its noise entry (-1 for a section of a speech).
type listedHeading struct {
	line   int
	list   listID
	number int
	noise  int
}

// guard checks the document for speech taken as boilerplate.
func (p *parser) guard(doc *ast.Document) {
	if len(doc.Noise) == 0 {
		return
	}
	// The headings in the noise first: most documents have none, and the
	// speech's headings are then not needed.
	var hs []listedHeading
	for k, e := range doc.Noise {
		for i := p.idx.line(e.Span.Start) - 1; i < len(p.lines) && p.lines[i].start < e.Span.End; i++ {
			l := &p.lines[i]
			if l.blank() || l.start < e.Span.Start || l.end > e.Span.End {
				continue
			}
			m, ok := p.markers.Parse(p.content(l))
			if !ok || m.Trap != "" || !headingText(p.content(l)[m.End:]) || apparatusLine(e.Kind, p.content(l)) {
				continue
			}
			hs = append(hs, listedHeading{line: i, list: listKey(&m), number: m.Number, noise: k})
		}
	}
	sections := false
	for _, sp := range doc.Speeches {
		sections = sections || len(sp.Sections) > 0
	}
	if len(hs) > 0 {
		var visit func(secs []*ast.Section)
		visit = func(secs []*ast.Section) {
			for _, s := range secs {
				if !s.Implied {
					i := p.idx.line(s.Span.Start) - 1
					if m := p.lines[i].marker; m != nil {
						hs = append(hs, listedHeading{line: i, list: listKey(m), number: m.Number, noise: -1})
					}
				}
				visit(s.Children)
			}
		}
		for _, sp := range doc.Speeches {
			visit(sp.Sections)
		}
	}
	before := len(p.diags)
	p.headingsInNoise(hs)
	if sections {
		p.noiseShare(doc)
	}
	if len(p.diags) > before {
		ast.SortDiagnostics(p.diags)
		doc.Diagnostics = p.diags
	}
}

// apparatusLine reports whether s, a line of a noise entry of kind k, is
// numbered as its kind numbers its lines: a footnote in notes (（1）…, set
// aside only under a notes heading or a rule at the text's end), an entry
// of a table of contents (一、总体要求……3). Their numbers are the notes'
// and the contents', not a list of the speech.
func apparatusLine(k ast.NoiseKind, s string) bool {
	switch k {
	case ast.NoiseNotes:
		_, _, ok := grammar.Footnote(s)
		return ok
	case ast.NoiseTOC:
		_, ok := grammar.TocEntry(s)
		return ok
	}
	return false
}

// headingText reports whether what follows a marker is a heading's text:
// at least two letters.
func headingText(s string) bool {
	letters := 0
	for i := 0; i < len(s) && letters < 2; {
		r, size := scan.DecodeRune(s, i)
		if scan.IsIdeograph(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
			letters++
		}
		i += size
	}
	return letters >= 2
}

// headingCompany records, by the one rule of company (company.go), the
// headings of hs (in line order) for which counts holds.
func headingCompany(hs []listedHeading, counts func(j int) bool) *company[listID] {
	c := &company[listID]{}
	for j, h := range hs {
		if counts(j) {
			c.add(h.list, h.number, h.line)
		}
	}
	return c
}

// keepHeadings takes back from boilerplate the lines that the word rules
// set aside (an advertisement for its links, metadata for its 来源) and
// that the grammar reads as headings in the company of the speech's
// headings: 2. **多模态多来源**：… between 1. and 3. is the speech's, whatever
// words it holds. It runs once every line is scored and before the
// context rules, which then see these lines as content; the lines the
// input's format set aside stay where they are.
func (p *parser) keepHeadings() {
	words := false
	for _, i := range p.noiseAt {
		if l := &p.lines[i]; l.marker != nil && l.marker.Trap == "" && wordNoise(l.noise.kind()) {
			words = true
			break
		}
	}
	if !words {
		return // most documents: no numbered line was set aside for its words
	}
	var hs []listedHeading
	for i := range p.lines {
		l := &p.lines[i]
		if l.marker == nil || l.marker.Trap != "" || l.noise != 0 && !wordNoise(l.noise.kind()) {
			continue
		}
		noise := -1
		if l.noise != 0 {
			noise = i
		}
		hs = append(hs, listedHeading{line: i, list: listKey(l.marker), number: l.marker.Number, noise: noise})
	}
	// Until nothing changes, so that a run of such lines next to a heading
	// of the speech comes back whole (一、 content, 二、 and 三、 set aside).
	kept := map[int]bool{}
	content := func(j int) bool { return hs[j].noise < 0 || kept[hs[j].line] }
	for changed := true; changed; {
		changed = false
		c := headingCompany(hs, content)
		for _, h := range hs {
			if h.noise >= 0 && !kept[h.line] && c.neighbour(h.list, h.number, h.line, true) {
				kept[h.line] = true
				changed = true
			}
		}
	}
	if len(kept) == 0 {
		return
	}
	out := p.noiseAt[:0]
	for _, i := range p.noiseAt {
		if kept[i] {
			p.lines[i].noise = 0
			continue
		}
		out = append(out, i)
	}
	p.noiseAt = out
}

// wordNoise reports whether a kind of boilerplate is one the word rules
// give a single line.
func wordNoise(k ast.NoiseKind) bool {
	switch k {
	case ast.NoiseAd, ast.NoiseWatermark, ast.NoiseMetadata, ast.NoiseRelated, ast.NoiseHidden:
		return true
	}
	return false
}

// headingsInNoise reports each noise entry that holds a heading in
// company, once.
func (p *parser) headingsInNoise(hs []listedHeading) {
	sort.SliceStable(hs, func(a, b int) bool { return hs[a].line < hs[b].line })
	reported := map[int]bool{}
	c := headingCompany(hs, func(int) bool { return true })
	for _, h := range hs {
		if h.noise < 0 || reported[h.noise] {
			continue
		}
		with, ok := c.neighbourAt(h.list, h.number, h.line, true)
		if !ok {
			continue
		}
		reported[h.noise] = true
		l := &p.lines[h.line]
		p.diag(ast.CodeContentInNoise, l.start, l.end, "heading",
			strconv.Itoa(h.line+1), strconv.Itoa(with+1), string(p.noiseKindAt(h.noise)))
	}
}

func (p *parser) noiseKindAt(k int) ast.NoiseKind {
	if k < len(p.noise) {
		return p.noise[k].Kind
	}
	return ""
}

// noiseShare reports noise that covers half or more of the document's
// text: the content of its lines, white space at their ends left out.
func (p *parser) noiseShare(doc *ast.Document) {
	total := 0
	for i := range p.lines {
		total += p.lines[i].end - p.lines[i].start
	}
	covered, largest := 0, -1
	for k, e := range doc.Noise {
		n := 0
		for i := p.idx.line(e.Span.Start) - 1; i < len(p.lines) && p.lines[i].start < e.Span.End; i++ {
			l := &p.lines[i]
			n += max(0, min(l.end, e.Span.End)-max(l.start, e.Span.Start))
		}
		covered += n
		if largest < 0 || e.Span.Len() > doc.Noise[largest].Span.Len() {
			largest = k
		}
	}
	if total == 0 || float64(covered) < noiseShareLimit*float64(total) {
		return
	}
	e := doc.Noise[largest]
	p.diag(ast.CodeContentInNoise, e.Span.Start, e.Span.Start, "share",
		strconv.Itoa(100*covered/total), string(e.Kind), strconv.Itoa(e.Span.Line), strconv.Itoa(e.Span.EndLine))
}
