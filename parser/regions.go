package parser

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/scan"
)

// Boilerplate the input's format marks: the site chrome a saved page's
// structure shows (regions, found by package htmltext and handed over in
// decode.Text.Regions), and the furniture of a Markdown mirror — its front
// matter and the markup left in its text (markdown.go). These lines are
// set aside before the rules that read boilerplate by its words run, and
// are read as no part of a speech; a run of them becomes one noise entry,
// not one per line (a menu of forty entries is one piece of chrome).

// formatNoise is what the format rules found in a document.
type formatNoise struct {
	// runs are the runs of lines the format set aside, in order: each
	// becomes one noise entry.
	runs []lineRun
	// title is the title a Markdown mirror's front matter gives, if any.
	title frontTitle
}

// lineRun is the run of lines [first, last] (blank lines among them)
// set aside as one piece of boilerplate of one kind.
type lineRun struct {
	first, last int
	kind        ast.NoiseKind
}

// markFormatNoise sets aside the lines that the regions cover and the
// Markdown furniture, before the boilerplate rules that read words run;
// scores are the lines' boilerplate scores, which the lines set aside
// lose, so that no rule reads on from them into the speech.
func (p *parser) markFormatNoise(regions []ast.Region, scores []lineScore) {
	var marked []int
	for _, r := range cleanRegions(p.text, regions) {
		marked = p.markRegion(r, scores, marked)
	}
	marked = p.markMarkdown(scores, marked)
	marked = p.markFooterLinks(scores, marked)
	if len(marked) == 0 {
		return
	}
	slices.Sort(marked)
	marked = slices.Compact(marked)
	// The lines already boilerplate by their words are in the list of
	// noise lines; the others join it.
	var add []int
	for _, i := range marked {
		if _, found := slices.BinarySearch(p.noiseAt, i); !found {
			add = append(add, i)
		}
	}
	p.noiseAt = mergeLines(p.noiseAt, add)
	slices.SortStableFunc(p.cuts, func(a, b cut) int { return cmp.Compare(a.start, b.start) })
}

// cleanRegions is regions as the parser can use them: inside the text, on
// character boundaries, not empty, in order and not overlapping (a region
// that overlaps the one before it is cut to what follows it).
func cleanRegions(text string, regions []ast.Region) []ast.Region {
	if len(regions) == 0 {
		return nil
	}
	out := make([]ast.Region, 0, len(regions))
	for _, r := range regions {
		r.Start, r.End = max(r.Start, 0), min(r.End, len(text))
		for r.Start < r.End && !utf8.RuneStart(text[r.Start]) {
			r.Start++
		}
		for r.End < len(text) && r.End > r.Start && !utf8.RuneStart(text[r.End]) {
			r.End--
		}
		if r.Start >= r.End {
			continue
		}
		if lineNoiseOf(r.Kind) == 0 {
			r.Kind = ast.NoiseOther
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b ast.Region) int { return cmp.Compare(a.Start, b.Start) })
	kept := out[:0]
	for _, r := range out {
		if n := len(kept); n > 0 && kept[n-1].End > r.Start {
			r.Start = kept[n-1].End
			if r.Start >= r.End {
				continue
			}
		}
		kept = append(kept, r)
	}
	return kept
}

// markRegion sets aside the lines region r covers: a line whose content
// lies inside r whole is boilerplate, the part of a line r covers an
// inline cut. It returns marked with the lines it set aside appended.
func (p *parser) markRegion(r ast.Region, scores []lineScore, marked []int) []int {
	kind := lineNoiseOf(r.Kind)
	run := lineRun{first: -1, kind: r.Kind}
	for i := p.idx.line(r.Start) - 1; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.start >= r.End {
			break
		}
		if l.blank() {
			continue
		}
		if l.start >= r.Start && l.end <= r.End {
			p.setFormatLine(i, kind, scores)
			marked = append(marked, i)
			if run.first < 0 {
				run.first = i
			}
			run.last = i
			continue
		}
		// A region that covers part of the line: the part it covers,
		// trimmed, is cut out of the line (when it has anything in it and
		// no cut there already).
		s, e := scan.TrimSpace(p.text, max(l.start, r.Start), min(l.end, r.End))
		if s < e && !p.cutOverlaps(s, e) {
			p.cuts = append(p.cuts, cut{s, e, r.Kind})
		}
	}
	if run.first >= 0 {
		p.addRun(run)
	}
	return marked
}

// setFormatLine makes line i boilerplate of kind: no marker, no score that
// context rules would read, no cut of its own.
func (p *parser) setFormatLine(i int, kind lineNoise, scores []lineScore) {
	l := &p.lines[i]
	l.noise, l.marker = kind, nil
	if i < len(scores) {
		scores[i] = lineScore{}
	}
}

// addRun records a run of lines set aside as one piece, joining it to the
// run before when the two are of one kind and only blank lines stand
// between them.
func (p *parser) addRun(run lineRun) {
	f := &p.format
	if n := len(f.runs); n > 0 {
		last := &f.runs[n-1]
		if last.kind == run.kind && p.onlyBlankBetween(last.last, run.first) {
			last.last = max(last.last, run.last)
			return
		}
	}
	f.runs = append(f.runs, run)
}

// insertRun records a run found after the format's (a block of notes, a
// table of contents), in its place among the runs, which stay in text
// order; it joins a run of its kind that only blank lines part from it.
func (p *parser) insertRun(run lineRun) {
	f := &p.format
	k, _ := slices.BinarySearchFunc(f.runs, run.first, func(r lineRun, first int) int { return cmp.Compare(r.first, first) })
	if k > 0 {
		if prev := &f.runs[k-1]; prev.kind == run.kind && (prev.last >= run.first || p.onlyBlankBetween(prev.last, run.first)) {
			prev.last = max(prev.last, run.last)
			return
		}
	}
	f.runs = slices.Insert(f.runs, k, run)
}

func (p *parser) onlyBlankBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if !p.lines[i].blank() {
			return false
		}
	}
	return a < b
}

// cutOverlaps reports whether a cut already covers part of [start, end).
func (p *parser) cutOverlaps(start, end int) bool {
	for _, c := range p.cuts {
		if c.start < end && start < c.end {
			return true
		}
	}
	return false
}

// joinFormatNoise makes each run of lines the format set aside one noise
// entry, in place of the entries of its lines, once the boilerplate rules
// have recorded every noise line. A run some of whose lines a wider rule
// took (a licence notice that runs to the end) is left as recorded.
func (p *parser) joinFormatNoise() {
	f := &p.format
	if len(f.runs) == 0 {
		return
	}
	out := p.noise[:0:0]
	k := 0
	for n := 0; n < len(p.noise); n++ {
		e := p.noise[n]
		for k < len(f.runs) && p.lines[f.runs[k].last].end <= e.Span.Start {
			k++
		}
		if k == len(f.runs) {
			out = append(out, e)
			continue
		}
		run := f.runs[k]
		first, last := &p.lines[run.first], &p.lines[run.last]
		if e.Span.Start != first.start || e.Kind != run.kind {
			out = append(out, e)
			continue
		}
		// The entries of the run's lines, one per line, in order.
		m := n
		for m < len(p.noise) && p.noise[m].Span.End <= last.end && p.noise[m].Kind == run.kind {
			m++
		}
		if m == n || p.noise[m-1].Span.End != last.end {
			out = append(out, e)
			continue
		}
		out = append(out, ast.Noise{Text: p.text[first.start:last.end], Kind: run.kind,
			Span: p.idx.span(first.start, last.end)})
		n = m - 1
		k++
	}
	p.noise = out
}
