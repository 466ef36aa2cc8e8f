package parser

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// A large document is parsed on several goroutines where the work falls
// apart by itself. The per-line work — the marker grammar and the
// boilerplate score of a line — reads no other line, so the lines are cut
// into stretches scored at the same time. The speeches of a collection are
// built from disjoint stretches of the text, so they are built at the same
// time too. The rules in between (boilerplate that spans lines, where
// speeches start) run on one goroutine. Each goroutine works on a shallow
// copy of the parser with grammar caches, slabs and output lists of its
// own, and the outputs are joined in text order: the document is the one
// the parser builds on one goroutine, to the byte.

// defaultSplitMin is the size from which a document is parsed on several
// goroutines: below it, starting them costs more than they save, and a
// program with many small documents does better parsing several documents
// at once (SetWorkers).
const defaultSplitMin = 256 << 10

// workersFor is how many goroutines a text of n bytes is parsed on.
func (m *Memo) workersFor(n int) int {
	if m.workers <= 1 || n < m.splitMin {
		return 1
	}
	return m.workers
}

// helper is the Memo of goroutine k: m itself for the caller's (k = 0).
func (m *Memo) helper(k int) *Memo {
	if k == 0 {
		return m
	}
	for len(m.helpers) < k {
		m.helpers = append(m.helpers, &Memo{markers: grammar.NewMarkers(), phrases: grammar.NewPhrases(), workers: 1})
	}
	return m.helpers[k-1]
}

// worker is a copy of p for another goroutine: it shares the text and the
// lines (each goroutine writes only its own) and has its own grammar
// caches, line-index hint, slabs and outputs.
func (p *parser) worker(m *Memo) *parser {
	w := &parser{text: p.text, lines: p.lines, markers: m.markers, phrases: m.phrases}
	idx := *p.idx
	w.idx = &idx
	return w
}

// splitLinesOn is splitLines on workers goroutines: the text is cut into
// stretches of about the same size, each just after a \n, so that no line
// and no \r\n straddles two of them.
func splitLinesOn(text string, workers int) ([]line, *lineIndex) {
	cuts := []int{0}
	for k := 1; k < workers; k++ {
		at := max(k*len(text)/workers, cuts[len(cuts)-1])
		j := strings.IndexByte(text[at:], '\n')
		if j < 0 || at+j+1 >= len(text) {
			break
		}
		cuts = append(cuts, at+j+1)
	}
	cuts = append(cuts, len(text))
	type part struct {
		lines  []line
		starts []int
	}
	parts := make([]part, len(cuts)-1)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() {
			parts[k].lines, parts[k].starts = splitRange(text, cuts[k], cuts[k+1], k == len(parts)-1)
		})
	}
	wg.Wait()
	if len(parts) == 1 {
		return parts[0].lines, &lineIndex{starts: parts[0].starts, text: text}
	}
	n := 0
	for _, pt := range parts {
		n += len(pt.lines)
	}
	lines, starts := make([]line, 0, n), make([]int, 0, n)
	for _, pt := range parts {
		lines, starts = append(lines, pt.lines...), append(starts, pt.starts...)
	}
	return lines, &lineIndex{starts: starts, text: text}
}

// scanLinesOn finds the markers and scores the boilerplate of every line on
// workers goroutines, each taking a stretch of about the same number of
// bytes, and returns the scores.
func (p *parser) scanLinesOn(workers int, m *Memo) []lineScore {
	scores := make([]lineScore, len(p.lines))
	bounds := p.lineStretches(workers)
	subs := make([]*parser, len(bounds)-1)
	subs[0] = p
	var wg sync.WaitGroup
	for k := 1; k < len(subs); k++ {
		sub := p.worker(m.helper(k))
		subs[k] = sub
		wg.Go(func() {
			sub.findMarkersIn(bounds[k], bounds[k+1])
			sub.scoreLines(bounds[k], bounds[k+1], scores)
		})
	}
	p.findMarkersIn(bounds[0], bounds[1])
	p.scoreLines(bounds[0], bounds[1], scores)
	wg.Wait()
	for _, sub := range subs[1:] {
		// Stretch after stretch: still in text order.
		p.cuts = append(p.cuts, sub.cuts...)
		p.separators = append(p.separators, sub.separators...)
	}
	return scores
}

// lineStretches cuts the lines into at most n stretches of about equal
// bytes and returns their bounds: stretch k is lines [b[k], b[k+1]).
func (p *parser) lineStretches(n int) []int {
	bounds := []int{0}
	for k := 1; k < n; k++ {
		at := k * len(p.text) / n
		i := sort.Search(len(p.lines), func(i int) bool { return p.lines[i].start >= at })
		if i > bounds[len(bounds)-1] && i < len(p.lines) {
			bounds = append(bounds, i)
		}
	}
	return append(bounds, len(p.lines))
}

// builtSpeech is what building one speech gives: the speech, and the
// noise, diagnostics and inline cuts of its stretch of the text.
type builtSpeech struct {
	speech *ast.Speech
	noise  []ast.Noise
	diags  []ast.Diagnostic
	cuts   []cut
}

// buildSpeechesOn builds the speeches of segs on workers goroutines. A
// speech reads and drops only the inline cuts inside its own lines, so
// each is handed the cuts from its first line up to the next speech's.
func (p *parser) buildSpeechesOn(segs []segment, workers int, m *Memo) []*ast.Speech {
	cutBounds := make([]int, len(segs)+1)
	for k := 1; k < len(segs); k++ {
		at := p.segmentStart(segs[k])
		cutBounds[k] = sort.Search(len(p.cuts), func(i int) bool { return p.cuts[i].start >= at })
	}
	cutBounds[len(segs)] = len(p.cuts)
	built := make([]builtSpeech, len(segs))
	var next atomic.Int64
	run := func(sub *parser) {
		for k := int(next.Add(1) - 1); k < len(segs); k = int(next.Add(1) - 1) {
			// A copy, so that a speech dropping cuts never writes where
			// another speech reads.
			sub.cuts = append([]cut(nil), p.cuts[cutBounds[k]:cutBounds[k+1]]...)
			sub.noise, sub.diags = nil, nil
			sp := sub.buildSpeech(segs[k])
			built[k] = builtSpeech{speech: sp, noise: sub.noise, diags: sub.diags, cuts: sub.cuts}
		}
	}
	var wg sync.WaitGroup
	for k := 1; k < min(workers, len(segs)); k++ {
		sub := p.worker(m.helper(k))
		wg.Go(func() { run(sub) })
	}
	run(p.worker(m))
	wg.Wait()

	var speeches []*ast.Speech
	cuts := make([]cut, 0, len(p.cuts))
	for _, b := range built {
		if b.speech != nil {
			speeches = append(speeches, b.speech)
		}
		p.noise = append(p.noise, b.noise...)
		p.diags = append(p.diags, b.diags...)
		cuts = append(cuts, b.cuts...)
	}
	p.cuts = cuts
	return speeches
}

// segmentStart is the offset where a segment's first line starts: its title
// line may come before its other lines.
func (p *parser) segmentStart(seg segment) int {
	start := p.lines[seg.lines[0]].start
	if seg.title >= 0 {
		start = min(start, p.lines[seg.title].start)
	}
	return start
}
