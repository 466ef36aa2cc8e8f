package parser

import (
	"slices"
	"sort"
	"strings"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
	wpool "github.com/dagang/dagang/internal/workers"
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
// the parser builds on one goroutine, to the byte. A panic on any of the
// goroutines reaches the caller's (conc/iter), as it would if the
// parse ran there alone, so a caller that recovers from one still can.

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
	w := &parser{text: p.text, lines: p.lines, clauses: p.clauses, markers: m.markers, phrases: m.phrases, scratch: new(tables)}
	idx := *p.idx
	w.idx = &idx
	return w
}

// lineBlock is how much text a goroutine cuts into lines before it reads
// them: a block is still in the processor's cache when its lines are
// scored, where a whole stretch of a large document would not be.
const lineBlock = 256 << 10

// readLinesOn cuts the text into lines, finds their markers and scores
// their boilerplate on workers goroutines, and returns the scores. The text
// is cut into stretches of about the same size, each just after a \n, so
// that no line and no \r\n straddles two. The lines of each stretch are
// counted first, so that every goroutine writes its lines, their starts
// and their scores straight into their place in the document's tables,
// reading its stretch a block at a time.
func (p *parser) readLinesOn(workers int, m *Memo) []lineScore {
	if workers <= 1 {
		return p.readLines()
	}
	// A few stretches a goroutine, each taken by the first goroutine free:
	// stretches of one size can cost different times (one all headings,
	// one all paragraphs), and no goroutine waits long for the others.
	bounds := textStretches(p.text, workers*stretchesPerWorker)
	k := len(bounds) - 1
	blocks := make([][]textBlock, k)
	first := make([]int, k+1) // first[s] is the index of stretch s's first line
	each(workers, k, func(s int) {
		blocks[s] = textBlocks(p.text, bounds[s], bounds[s+1], s == k-1, lineBlock)
		for _, b := range blocks[s] {
			first[s+1] += b.lines
		}
	})
	for s := 1; s <= k; s++ {
		first[s] += first[s-1]
	}
	starts, scores := p.lineTables(first[k])
	subs := make([]*parser, min(workers, k))
	for g := range subs {
		subs[g] = &parser{text: p.text, lines: p.lines, clauses: p.clauses, markers: m.helper(g).markers, phrases: m.helper(g).phrases}
		if g == 0 {
			// The caller's goroutine, or the first of several while the
			// caller waits, reads with the parse's own tables.
			subs[g].scratch = p.scratch
		} else {
			subs[g].scratch = new(tables)
		}
	}
	cuts := make([][]cut, k)
	seps := make([][]separatorAt, k)
	forms := make([][]apparatusAt, k)
	noise := make([][]int, k)
	markup := make([][]int, k)
	nonBlank := make([]int, k)
	eachOn(subs, k, func(sub *parser, s int) {
		sub.cuts, sub.separators, sub.apparatus, sub.noiseAt, sub.markupAt, sub.nonBlank = nil, nil, nil, nil, nil, 0
		sub.readStretch(bounds[s], blocks[s], first[s], starts, scores)
		cuts[s], seps[s], forms[s], noise[s], markup[s], nonBlank[s] = sub.cuts, sub.separators, sub.apparatus, sub.noiseAt, sub.markupAt, sub.nonBlank
	})
	for s := range k {
		p.cuts = append(p.cuts, cuts[s]...)
		p.separators = append(p.separators, seps[s]...)
		p.apparatus = append(p.apparatus, forms[s]...)
		p.noiseAt = append(p.noiseAt, noise[s]...)
		p.markupAt = append(p.markupAt, markup[s]...)
		p.nonBlank += nonBlank[s]
	}
	p.setIndex(starts)
	return scores
}

// readLines is readLinesOn on the caller's goroutine alone: the text is
// one stretch, read by p itself into tables from its Memo, so that a run
// over many short documents allocates nothing here for each.
func (p *parser) readLines() []lineScore {
	t := p.scratch
	t.blocks = appendTextBlocks(t.blocks[:0], p.text, 0, len(p.text), true, lineBlock)
	n := 0
	for _, b := range t.blocks {
		n += b.lines
	}
	starts, scores := p.lineTables(n)
	p.readStretch(0, t.blocks, 0, starts, scores)
	p.setIndex(starts)
	return scores
}

// lineTables makes p's lines and clause table for a text of n lines, and
// the starts and scores of its lines, in the tables of the last parse
// where they have room.
func (p *parser) lineTables(n int) (starts []int, scores []lineScore) {
	p.lines = reuseTable(p.scratch.lines, n)
	starts = reuseTable(p.scratch.starts, n)
	scores = reuseTable(p.scratch.scores, n)
	p.scratch.scores = scores[:0]
	p.clauses = scan.Table(p.scratch.clauses, len(p.text))
	return starts, scores
}

// setIndex sets p's line index to the lines starting at starts.
func (p *parser) setIndex(starts []int) {
	p.scratch.index = lineIndex{starts: starts, text: p.text}
	p.idx = &p.scratch.index
}

// stretchesPerWorker is how many stretches of a large document each
// goroutine reads, one after another.
const stretchesPerWorker = 4

// each calls fn(s) for s = 0 … n-1 on at most workers goroutines, each
// taking the next s when done with one (internal/workers: bounded, and a
// panic reaches the caller); with one worker or one call, on the caller's.
func each(workers, n int, fn func(s int)) { wpool.Each(workers, n, fn) }

// eachOn is each with the state of one goroutine: fn(sub, s) runs with a
// sub of subs of its own while it runs (a sub holds grammar caches and
// tables that serve one goroutine at a time), on at most len(subs)
// goroutines.
func eachOn[S any](subs []S, n int, fn func(sub S, s int)) {
	if len(subs) <= 1 || n <= 1 {
		for s := range n {
			fn(subs[0], s)
		}
		return
	}
	free := make(chan S, len(subs))
	for _, sub := range subs {
		free <- sub
	}
	// No more calls run at once than there are subs, so a call always
	// finds one free.
	each(len(subs), n, func(s int) {
		sub := <-free
		defer func() { free <- sub }()
		fn(sub, s)
	})
}

// textBlock is a block of a stretch of text: where it ends, and how many
// lines it holds.
type textBlock struct{ end, lines int }

// textBlocks cuts text[from:to] into blocks of about size bytes, each but
// the last ending just after a \n, and counts their lines (see lineCount;
// last says whether the stretch ends the text).
func textBlocks(text string, from, to int, last bool, size int) []textBlock {
	return appendTextBlocks(nil, text, from, to, last, size)
}

// appendTextBlocks is textBlocks appending to out.
func appendTextBlocks(out []textBlock, text string, from, to int, last bool, size int) []textBlock {
	for pos := from; ; {
		end := to
		if pos+size < to {
			if j := strings.IndexByte(text[pos+size:to], '\n'); j >= 0 {
				end = pos + size + j + 1
			}
		}
		out = append(out, textBlock{end, lineCount(text, pos, end, last && end == to)})
		if end == to {
			return out
		}
		pos = end
	}
}

// textStretches cuts text into at most n stretches of about the same size,
// each but the last ending just after a \n, and returns their bounds.
func textStretches(text string, n int) []int {
	cuts := []int{0}
	for k := 1; k < n; k++ {
		at := max(k*len(text)/n, cuts[len(cuts)-1])
		j := strings.IndexByte(text[at:], '\n')
		if j < 0 || at+j+1 >= len(text) {
			break
		}
		cuts = append(cuts, at+j+1)
	}
	return append(cuts, len(text))
}

// readStretch cuts the blocks of text from from on into p.lines from index
// at on, finding the markers and scoring the lines of each block as it
// goes, and marks the block's clause marks in p.clauses; the lines' starts
// and scores go to the same places of starts and scores.
func (p *parser) readStretch(from int, blocks []textBlock, at int, starts []int, scores []lineScore) {
	pos := from
	for _, b := range blocks {
		ls, st := p.lines[at:at+b.lines], starts[at:at+b.lines]
		// The block's clause marks are found while it is in the cache, for
		// the points of its paragraphs.
		grammar.ClauseMarks.Fill(p.text, pos, b.end, p.clauses)
		splitInto(p.text, pos, b.end, ls, st)
		p.findMarkersIn(at, at+b.lines)
		p.scoreLines(at, at+b.lines, scores)
		at += b.lines
		pos = b.end
	}
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
	subs := make([]*parser, min(workers, len(segs)))
	for k := range subs {
		subs[k] = p.worker(m.helper(k))
	}
	eachOn(subs, len(segs), func(sub *parser, k int) {
		// A copy, so that a speech dropping cuts never writes where
		// another speech reads.
		sub.cuts = append([]cut(nil), p.cuts[cutBounds[k]:cutBounds[k+1]]...)
		sub.noise, sub.diags = nil, nil
		sp := sub.buildSpeech(segs[k])
		built[k] = builtSpeech{speech: sp, noise: sub.noise, diags: sub.diags, cuts: sub.cuts}
	})

	// The lists of all the speeches, each made once at its length.
	nSpeeches, nNoise, nDiags := 0, len(p.noise), len(p.diags)
	for _, b := range built {
		if b.speech != nil {
			nSpeeches++
		}
		nNoise += len(b.noise)
		nDiags += len(b.diags)
	}
	var speeches []*ast.Speech // nil for none, as appending to nil would leave it
	if nSpeeches > 0 {
		speeches = make([]*ast.Speech, 0, nSpeeches)
	}
	p.noise = slices.Grow(p.noise, nNoise-len(p.noise))
	p.diags = slices.Grow(p.diags, nDiags-len(p.diags))
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
