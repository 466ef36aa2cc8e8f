// Package parser builds the outline of a decoded speech text: it cuts the
// text into lines, sets the boilerplate aside, asks the grammar for the
// marker at the head of each candidate line, splits collections into
// speeches, and builds each speech's tree of sections with its title block,
// salutation, preamble and closing. The tree builder is plain Go: context —
// which lists are open, what a restart means, where a closing begins — does
// not belong in a grammar.
package parser

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/i18n"
	"github.com/dagang/dagang/internal/scan"
)

// Parse builds the document for text, which must be valid UTF-8 (see
// package decode). It never fails: text that holds no speech gives a
// document with no speeches.
func Parse(text string, src ast.Source) *ast.Document { return NewMemo().Parse(text, src) }

// A Memo remembers what the grammar read — marker heads, salutations,
// closing cues and formulas — from one document to the next. Speeches
// repeat these, so a run over many documents with one Memo asks the
// grammar far less often than one that starts afresh for each. Answers
// depend on the text they are about alone: a Memo changes how fast a
// document is parsed, never its outline. It also keeps the working tables
// of its last parse for the next (see tables), so that a run over many
// short documents does not allocate them for each. A Memo is not safe for
// concurrent use; make one per goroutine.
type Memo struct {
	markers *grammar.Markers
	phrases *grammar.Phrases
	// workers is how many goroutines a large document is parsed on, and
	// splitMin the size from which a document counts as large; titlesMin
	// is the number of lines from which their looks are asked on several
	// (see titleLikeLines).
	workers, splitMin, titlesMin int
	// helpers hold the grammar's answers for the goroutines other than the
	// caller's (helpers[k-1] for goroutine k), made when first needed.
	helpers []*Memo
	// spare holds the working tables of the last parse on the caller's
	// goroutine for the next (see tables); nil while a parse has them.
	spare *tables
	// reuse says the caller is done with the last document, whose memory
	// the next parse may carve its nodes from (see ReuseLastDocument);
	// nodes holds that memory between parses.
	reuse bool
	nodes nodeChunks
}

// nodeChunks is the memory of a document's nodes, kept for the next.
type nodeChunks struct {
	paras    []ast.Para
	sections []ast.Section
	bodies   []*ast.Para
	children []*ast.Section
	points   []ast.Point
}

// NewMemo returns a Memo that remembers nothing yet and parses a large
// document on as many goroutines as GOMAXPROCS allows.
func NewMemo() *Memo {
	return &Memo{markers: grammar.NewMarkers(), phrases: grammar.NewPhrases(),
		workers: runtime.GOMAXPROCS(0), splitMin: defaultSplitMin, titlesMin: parallelTitlesMin}
}

// SetWorkers sets how many goroutines a large document is parsed on; 1
// (or less) parses every document on the calling goroutine alone, which
// suits a program that already parses several documents at once. The
// outline never depends on it.
func (m *Memo) SetWorkers(n int) { m.workers = max(n, 1) }

// ReuseLastDocument says the caller is done with the document of the last
// parse: the next parse builds its sections, paragraphs and their lists
// in that document's memory.
func (m *Memo) ReuseLastDocument() { m.reuse = true }

// ForgetLastDocument lets go of the last document's memory, which the Memo
// otherwise holds until the next parse in case it is reused.
func (m *Memo) ForgetLastDocument() {
	m.reuse = false
	m.nodes = nodeChunks{}
}

// Parse is the package's Parse, with m's memory of earlier documents.
func (m *Memo) Parse(text string, src ast.Source) *ast.Document {
	return m.ParseRegions(text, src, nil)
}

// ParseRegions is Parse for a text whose format marks stretches of it as
// boilerplate (decode.Text.Regions: a saved page's site chrome): their
// lines are noise of the region's kind, and no part of a speech.
func (m *Memo) ParseRegions(text string, src ast.Source, regions []ast.Region) *ast.Document {
	workers := m.workersFor(len(text))
	doc := &ast.Document{Source: src, Text: text}
	// The lines are read a block at a time (see readLinesOn), on one
	// goroutine or several: a block is still in the cache while its lines
	// are cut, their markers read and their boilerplate scored.
	p := newParse(text, m)
	if m.reuse {
		m.lendNodes(p)
		m.reuse = false
	} else {
		m.nodes = nodeChunks{} // the last document is still its holder's
	}
	scores := p.readLinesOn(workers, m)
	p.markFormatNoise(regions, scores)
	p.keepHeadings()
	p.contextNoise(scores)
	p.joinFormatNoise()
	p.buildDocumentOn(doc, workers, m)
	p.useFrontTitle(doc)
	p.finish(doc)
	p.guard(doc)
	m.keepNodes(p)
	m.keepTables(p)
	return doc
}

// newParse is the parser of a parse of text with m's memory: in the
// struct and the tables the last parse on the caller's goroutine used,
// which a run over many short documents then allocates once.
func newParse(text string, m *Memo) *parser {
	t := m.borrowTables()
	p := t.parser
	if p == nil {
		p = new(parser)
	}
	t.parser = nil
	*p = parser{text: text, markers: m.markers, phrases: m.phrases, scratch: t}
	return p
}

// lendNodes gives parse p the memory of the last document's nodes, all
// zero: a slab hands out its values as they are in the chunk. (The lists
// are written by append and need no clearing; they are cleared so that
// they hold on to nothing of the last document, its text included.)
func (m *Memo) lendNodes(p *parser) {
	n := m.nodes
	m.nodes = nodeChunks{}
	clear(n.paras[:cap(n.paras)])
	clear(n.sections[:cap(n.sections)])
	clear(n.bodies[:cap(n.bodies)])
	clear(n.children[:cap(n.children)])
	clear(n.points[:cap(n.points)])
	p.paraSlab = scan.SlabOn(n.paras)
	p.sectionSlab = scan.SlabOn(n.sections)
	p.bodySlab = scan.ListSlabOn(n.bodies)
	p.childSlab = scan.ListSlabOn(n.children)
	p.pointSlab = scan.ListSlabOn(n.points)
}

// keepNodes keeps the last chunk of each of p's slabs for the next parse.
func (m *Memo) keepNodes(p *parser) {
	m.nodes = nodeChunks{
		paras: keptTable(p.paraSlab.Chunk()), sections: keptTable(p.sectionSlab.Chunk()),
		bodies: keptTable(p.bodySlab.Chunk()), children: keptTable(p.childSlab.Chunk()),
		points: keptTable(p.pointSlab.Chunk()),
	}
}

// borrowTables hands a parse the tables the last one left, or new ones.
// A parse that panics never gives its tables back, so the next one starts
// with fresh ones rather than half-written ones.
func (m *Memo) borrowTables() *tables {
	t := m.spare
	m.spare = nil
	if t == nil {
		t = new(tables)
	}
	return t
}

// keepTables takes back the tables of parse p for the next parse, less
// the ones a large document grew past what is worth holding on to.
func (m *Memo) keepTables(p *parser) {
	t := p.scratch
	t.lines = keptTable(p.lines)
	t.starts = keptTable(p.idx.starts)
	t.scores = keptTable(t.scores)
	t.content = keptTable(t.content)
	t.clauses = keptTable(p.clauses)
	t.blocks = keptTable(t.blocks)
	// The candidates of points hold paragraphs, and the parser and line
	// index the text and the lists the document keeps: none stays
	// reachable from here.
	clear(t.cands[:cap(t.cands)])
	t.index = lineIndex{}
	*p = parser{}
	t.parser = p
	m.spare = t
}

// keptTableBytes is the size of the largest table a Memo keeps between
// documents: a run that met one huge document does not hold its tables
// for the rest of the run.
const keptTableBytes = 1 << 20

// keptTable is s emptied for reuse, or nil if it is too large to keep.
func keptTable[T any](s []T) []T {
	var zero T
	if cap(s)*int(unsafe.Sizeof(zero)) > keptTableBytes {
		return nil
	}
	return s[:0]
}

// reuseTable is s made n long and all zero, in place when it has room.
func reuseTable[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// tables are the working tables of a parse that the document does not
// keep. Building one speech after another reuses them, and a Memo lends
// them to one document after another: a run over many short documents
// then allocates them once rather than once a document, and writes into
// memory still in the processor's cache rather than fresh memory.
type tables struct {
	stack     []frame
	confirmed []bool
	next      []rankedAt
	cands     []pointCand
	accepted  []bool
	forms     []listForm
	keys      map[*ast.Section]listID
	// runItems and runOrder are the items of the lists that need company
	// among a speech's headings, and room to sort them (company.go);
	// points records where the items of the points of a run of paragraphs
	// stand, and seqAt and seqNumbers their sequence items.
	runItems          []runItem[listID]
	runOrder          []int
	heads             []headAt
	shapes            []listShapeOf
	points            company[pointKey]
	seqAt, seqNumbers []int
	// lines, starts and scores are the line tables of the last document.
	lines  []line
	starts []int
	scores []lineScore
	// clauses is the table of the clause marks of the last document.
	clauses []uint32
	// content lists the lines that are neither blank nor boilerplate
	// (contentLines).
	content []int
	// brandBits is the bit table of a document's brand names (brandLines).
	brandBits *scan.KeywordBits
	// blocks are the blocks of the text read on one goroutine (see
	// readStretch).
	blocks []textBlock
	// index is the document's line index, and parser the struct of the
	// parse itself, zero between parses.
	index  lineIndex
	parser *parser
}

type parser struct {
	text  string
	lines []line
	idx   *lineIndex
	noise []ast.Noise
	cuts  []cut // every inline cut, in text order
	// separators are the lines that open with a separator (【篇一】, 第二篇),
	// in line order, found while the lines are scored: the split into
	// speeches then reads this list rather than every line's text again.
	separators []separatorAt
	// apparatus lists the lines of the forms of the editor's apparatus
	// and of a table of contents (notes.go), in line order, found while
	// the lines are scored.
	apparatus []apparatusAt
	diags     []ast.Diagnostic
	// nonBlank and noiseCount are the counts of lines that are not blank,
	// and of those that are boilerplate, when the noise rules have run;
	// noiseAt lists the lines found to be boilerplate as they were scored.
	nonBlank, noiseCount int
	noiseAt              []int
	// markupAt lists the lines that may hold markup (markMarkdown): those
	// that open with < { [ or !, or hold the opening of a comment, a
	// shortcode or an image; found while the lines are scored.
	markupAt []int
	// markers and phrases remember the grammar's answers (see Memo).
	markers *grammar.Markers
	phrases *grammar.Phrases
	// clauses is the bit table of the text's clause marks (see
	// grammar.ClauseMarks).
	clauses []uint32
	// warmed keeps the sum of the bytes warm reads, so that the reads are
	// not optimized away.
	warmed int
	// scratch holds the working tables that the next speech, and the
	// next document of the same Memo, reuse.
	scratch *tables
	// The nodes of the document, allocated a chunk at a time.
	paraSlab    scan.Slab[ast.Para]
	sectionSlab scan.Slab[ast.Section]
	// The first room of the lists of a section's paragraphs and children.
	bodySlab  scan.ListSlab[*ast.Para]
	childSlab scan.ListSlab[*ast.Section]
	// The points of paragraphs, each list at its size.
	pointSlab scan.ListSlab[ast.Point]
	// format is what the input's format set aside (regions.go).
	format formatNoise
	// turns are the lines of a transcript that name a speaker taking the
	// floor, once turnsRead (transcript.go).
	turns     []int
	turnsRead bool
}

func newParser(text string, m *Memo) *parser {
	lines, idx := splitLines(text)
	clauses := scan.Table(nil, len(text))
	grammar.ClauseMarks.Fill(text, 0, len(text), clauses)
	return &parser{text: text, lines: lines, idx: idx, clauses: clauses, markers: m.markers, phrases: m.phrases, scratch: new(tables)}
}

func (p *parser) content(l *line) string { return p.text[l.start:l.end] }

// findMarkers runs the marker grammar on the lines that may start with one.
func (p *parser) findMarkers() { p.findMarkersIn(0, len(p.lines)) }

// findMarkersIn is findMarkers on lines [from, to).
func (p *parser) findMarkersIn(from, to int) {
	for i := from; i < to; i++ {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		// The marker is shared with the other lines of the same head, and
		// never changed.
		if m, ok := p.markers.ParseShared(p.content(l)); ok { // the first-rune prefilter runs first
			l.marker = m
		}
	}
}

// finish records the noise and diagnostics in text order.
func (p *parser) finish(doc *ast.Document) {
	for _, c := range p.cuts {
		p.noise = append(p.noise, ast.Noise{Text: p.text[c.start:c.end], Kind: c.kind, Span: p.idx.span(c.start, c.end)})
	}
	slices.SortStableFunc(p.noise, func(a, b ast.Noise) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	doc.Noise = p.noise
	ast.SortDiagnostics(p.diags)
	doc.Diagnostics = p.diags
}

// diag records a diagnostic about [start, end).
func (p *parser) diag(code ast.Code, start, end int, args ...string) {
	d := ast.Diagnostic{
		Severity: code.DefaultSeverity(), Code: code, Args: args,
		Line: p.idx.line(start), Column: p.idx.column(start), Span: p.idx.span(start, end),
	}
	d.Message = chinese.Diagnostic(d)
	p.diags = append(p.diags, d)
}

// chinese writes the messages of diagnostics: the contract's messages are
// Chinese, worded once, in the catalog that the command line's other
// language is written beside (internal/i18n).
var chinese = i18n.New(i18n.Chinese)

// para builds the paragraph of [start, end): its text is the stretch less
// the boilerplate cut out of it, lines joined by a space.
func (p *parser) para(start, end int) *ast.Para {
	para := p.paraSlab.New()
	para.Text, para.Span = p.cleanText(start, end), p.idx.span(start, end)
	return para
}

// trimmedPara is para for a stretch of one line that starts and ends with
// a character that is not white space (the rest of a heading's line, a line
// less a closing formula): without inline cuts its text is the stretch as
// it stands, and the bytes at its ends, long out of the cache, are not read
// again to trim it.
// Line i holds the stretch.
func (p *parser) trimmedPara(i, start, end int) *ast.Para {
	if len(p.cutsIn(start, end)) > 0 {
		return p.para(start, end)
	}
	para := p.paraSlab.New()
	para.Text, para.Span = p.text[start:end], p.idx.spanIn(i, start, end)
	return para
}

// cleanText is text[start:end] without the inline cuts inside it, each
// line trimmed and the lines joined by a space.
func (p *parser) cleanText(start, end int) string {
	return p.cleanTextIn(p.idx.line(start)-1, start, end)
}

// cleanTextIn is cleanText for a start that the caller knows line i (from
// 0) holds.
func (p *parser) cleanTextIn(i, start, end int) string {
	s := p.text[start:end]
	cs := p.cutsIn(start, end)
	if len(cs) == 0 {
		l := &p.lines[i]
		if start == l.start && end == l.end {
			// A line's content, trimmed when the line was cut: its bytes,
			// long out of the cache, need not be read again.
			return s
		}
		if end <= l.end || strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
			return scan.TrimBlank(s)
		}
	}
	var b strings.Builder
	pos := start
	for _, c := range cs {
		// A stretch may start or end inside a cut (a title cut at a mark
		// inside markup): only the part of it outside the cuts is text.
		b.WriteString(p.text[pos:max(pos, min(c.start, end))])
		pos = max(pos, min(c.end, end))
	}
	b.WriteString(p.text[pos:end])
	out := b.String()
	if strings.ContainsAny(out, "\r\n") {
		parts := strings.FieldsFunc(out, func(r rune) bool { return r == '\n' || r == '\r' })
		kept := parts[:0]
		for _, part := range parts {
			if t := strings.TrimFunc(part, scan.IsBlank); t != "" {
				kept = append(kept, t)
			}
		}
		out = strings.Join(kept, " ")
	}
	return strings.TrimFunc(out, scan.IsBlank)
}

// cutsIn returns the inline cuts inside [start, end).
func (p *parser) cutsIn(start, end int) []cut {
	i := sort.Search(len(p.cuts), func(i int) bool { return p.cuts[i].end > start })
	j := i
	for j < len(p.cuts) && p.cuts[j].start < end {
		j++
	}
	return p.cuts[i:j]
}
