package parser

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// A file may hold one speech or a collection (conventions.md §7): a
// collection title, then speeches that each start at an inner title
// (…讲话1 … …讲话5), at a separator line (【篇一】, 第二篇), or — in any file —
// at a title that follows a closing formula, or at the head of a speech, a
// title with its own title block (heads.go).

// segment is the stretch of lines one speech is built from.
type segment struct {
	lines []int // indices of its content lines (not blank, not boilerplate)
	// title is the index of the line holding the speech's title, or -1.
	title int
	// titleFrom is the byte offset where the title starts in that line
	// (after a separator on the same line).
	titleFrom int
	// tryTitle: the segment's first line may be its title (the first
	// speech of a file that is not a collection).
	tryTitle bool
	// turn: the speech is a turn of a transcript, and speaker the line
	// that names its speaker (transcript.go).
	turn    bool
	speaker int
}

// contentLines lists the lines that are neither blank nor boilerplate.
func (p *parser) contentLines() []int {
	// The counts of the noise rules make the room; were they out of date,
	// append would still make the list right.
	out := slices.Grow(p.scratch.content[:0], max(p.nonBlank-p.noiseCount, 0))
	for i := range p.lines {
		if !p.lines[i].blank() && p.lines[i].noise == 0 {
			out = append(out, i)
		}
	}
	p.scratch.content = out
	return out
}

// lineText is a line's content less its inline boilerplate.
func (p *parser) lineText(i int) string {
	l := &p.lines[i]
	return p.cleanText(l.start, l.end)
}

// isHeading reports whether line i starts with a marker that is not a trap.
func (p *parser) isHeading(i int) bool {
	m := p.lines[i].marker
	return m != nil && m.Trap == ""
}

func (p *parser) titleLikeLine(i int) bool {
	l := &p.lines[i]
	if l.end-l.start > grammar.MaxTitleRunes*4 || p.isHeading(i) && !p.leadLookAlike(i) {
		return false // too long for a title whatever it holds, or a heading
	}
	return titleLike(p.lineText(i), p.phrases)
}

// leadLookAlikeLines is how far on leadLookAlike looks for the next item
// of a lead list.
const leadLookAlikeLines = 8

// leadLookAlike: line i opens with a numeral and a letter that is none of
// the lead words (三好学生…, 十佳青年…), and no line shortly after it goes on
// with the list (四好…): the line is no heading of a lead list, and may be
// a title.
func (p *parser) leadLookAlike(i int) bool {
	m := p.lines[i].marker
	if m.Style != ast.StyleLead || grammar.IsLeadWord(scan.LastRune(m.Word)) {
		return false
	}
	for j, seen := i+1, 0; j < len(p.lines) && seen < leadLookAlikeLines; j++ {
		if p.lines[j].blank() {
			continue
		}
		seen++
		if n := p.lines[j].marker; n != nil && n.Style == ast.StyleLead && n.Word == m.Word && n.Number == m.Number+1 {
			return false
		}
	}
	return true
}

// titleLikeLines is titleLikeLine of each of the lines is: a long list on
// workers goroutines, each with m's caches for its number (see Memo.helper).
func (p *parser) titleLikeLines(is []int, workers int, m *Memo) []bool {
	out := make([]bool, len(is))
	if workers <= 1 || m == nil || len(is) < m.titlesMin {
		for k, i := range is {
			out[k] = p.titleLikeLine(i)
		}
		return out
	}
	subs := make([]*parser, workers)
	for g := range subs {
		subs[g] = p.worker(m.helper(g))
		subs[g].cuts = p.cuts // read, not written
	}
	chunks := workers * stretchesPerWorker
	eachOn(subs, chunks, func(sub *parser, c int) {
		for k := c * len(is) / chunks; k < (c+1)*len(is)/chunks; k++ {
			out[k] = sub.titleLikeLine(is[k])
		}
	})
	return out
}

// parallelTitlesMin is the number of lines from which titleLikeLines asks
// on several goroutines.
const parallelTitlesMin = 512

// buildDocument splits the file into speeches and builds each.
func (p *parser) buildDocument(doc *ast.Document) { p.buildDocumentOn(doc, 1, nil) }

// buildDocumentOn is buildDocument with the speeches built on workers
// goroutines, whose grammar caches m holds (see parallel.go).
func (p *parser) buildDocumentOn(doc *ast.Document, workers int, m *Memo) {
	content := p.contentLines()
	if len(content) == 0 {
		p.emptySpeech(doc)
		return
	}
	body := content
	first := content[0]
	// A collection title needs speeches after it: a file of that one line
	// is one speech so titled (spec/json.md: a non-empty input has one).
	if len(content) > 1 && p.isCollectionTitle(first, content) {
		doc.Title = p.lineText(first)
		sp := p.idx.span(p.lines[first].start, p.lines[first].end)
		doc.TitleSpan = &sp
		body = content[1:]
	} else if k, ok := p.collectionHead(content); ok {
		// A title over the heads of speeches (heads.go): the collection's,
		// and the lines of its own block its metadata.
		doc.Title = stripDecoration(p.lineText(first))
		sp := p.idx.span(p.lines[first].start, p.lines[first].end)
		doc.TitleSpan = &sp
		for _, i := range content[1:k] {
			l := &p.lines[i]
			l.noise, l.marker = lineNoiseOf(ast.NoiseMetadata), nil
			p.noise = append(p.noise, ast.Noise{Text: p.text[l.start:l.end], Kind: ast.NoiseMetadata, Span: p.idx.span(l.start, l.end)})
		}
		body = content[k:]
	}
	segs := p.segmentsOn(body, doc.TitleSpan != nil, workers, m)
	if workers > 1 && len(segs) > 1 {
		doc.Speeches = p.buildSpeechesOn(segs, workers, m)
		return
	}
	p.expectNodes(body)
	for _, seg := range segs {
		if s := p.buildSpeech(seg); s != nil {
			doc.Speeches = append(doc.Speeches, s)
		}
	}
}

// expectNodes sizes the first chunks of the node slabs for the speeches
// of the content lines ls: a line is at most a paragraph or a heading, a
// heading line at most a section, its paragraph, room for two more and a
// share of the lists of children; an implied parent or two may come on
// top.
func (p *parser) expectNodes(ls []int) {
	headings := 0
	for _, i := range ls {
		if p.lines[i].marker != nil {
			headings++
		}
	}
	p.paraSlab.Expect(len(ls) + 2)
	p.sectionSlab.Expect(headings + 2)
	p.bodySlab.Expect(2 * (headings + 2))
	p.childSlab.Expect(4 * (headings/2 + 2))
}

// emptySpeech gives a text that is all boilerplate its one speech
// (spec/json.md: a non-empty input has at least one): untitled, empty, with
// a zero-length span where the text starts. A blank text has none.
func (p *parser) emptySpeech(doc *ast.Document) {
	for i := range p.lines {
		if l := &p.lines[i]; !l.blank() {
			doc.Speeches = append(doc.Speeches, &ast.Speech{
				Span:     p.idx.span(l.start, l.start),
				Preamble: []*ast.Para{}, Sections: []*ast.Section{},
			})
			return
		}
	}
}

// isCollectionTitle: the first line names a collection (…集聚5篇), or the
// file is cut into speeches by separators and the first line is a title.
func (p *parser) isCollectionTitle(first int, content []int) bool {
	if _, sep := grammar.Separator(p.lineText(first)); sep || !p.titleLikeLine(first) {
		return false
	}
	if grammar.IsCollectionTitle(p.lineText(first)) || p.transcriptTitle(first, content) {
		return true
	}
	// A separator among the lines after it: the lines scoreLines found to
	// open with one, as speechStarts cuts by them.
	for _, sep := range p.separators {
		if sep.line > first {
			if _, found := slices.BinarySearch(content, sep.line); found {
				return true
			}
		}
	}
	return false
}

// segmentsOn cuts the content lines into speeches. A speech's lines are a
// run of lines, so each segment holds a slice of it (capped, so that an
// append never writes into the next). The lines' looks are asked on
// workers goroutines, with m's caches (see titleLikeLines).
func (p *parser) segmentsOn(lines []int, collection bool, workers int, m *Memo) []segment {
	starts := p.speechStarts(lines, collection, workers, m)
	var segs []segment
	cur := segment{title: -1, tryTitle: !collection}
	from := 0 // where cur's lines start in lines
	flush := func(to int) {
		if to > from {
			cur.lines = lines[from:to:to]
			segs = append(segs, cur)
		}
	}
	// From start to start: the lines between them are the speech's.
	for n, sa := range starts {
		k, i, st := sa.at, lines[sa.at], sa.speechStart
		l := &p.lines[i]
		flush(k)
		cur = segment{title: i, titleFrom: l.start}
		from = k
		switch {
		case st.turn:
			cur.title, cur.turn, cur.speaker = -1, true, st.speaker
		case st.separator < 0, st.titleLine < 0:
			// An inner title, or a separator with no title after it, which
			// is then the title itself.
		case st.titleLine == i:
			p.separatorNoise(l.start, l.start+st.separator)
			cur.titleFrom = p.skipBlank(l.start+st.separator, l.end)
		default:
			// The title is a line after the separator's, before the next
			// start.
			p.separatorNoise(l.start, l.start+st.separator)
			l.noise = lineNoiseOf(ast.NoiseSeparator)
			cur.title = -1
			from = k + 1 // the separator line is no line of the speech
			next := len(lines)
			if n+1 < len(starts) {
				next = starts[n+1].at
			}
			if _, ok := slices.BinarySearch(lines[k+1:next], st.titleLine); ok {
				cur.title, cur.titleFrom = st.titleLine, p.lines[st.titleLine].start
			}
		}
	}
	flush(len(lines))
	return segs
}

// startAt is a speech start at a position in the content lines.
type startAt struct {
	at int
	speechStart
}

func (p *parser) separatorNoise(start, end int) {
	p.noise = append(p.noise, ast.Noise{Text: p.text[start:end], Kind: ast.NoiseSeparator, Span: p.idx.span(start, end)})
}

// separatorAt is a line that opens with a separator n bytes long.
type separatorAt struct{ line, n int }

// isSeparator reports whether line i opens with a separator.
func (p *parser) isSeparator(i int) bool {
	k := sort.Search(len(p.separators), func(k int) bool { return p.separators[k].line >= i })
	return k < len(p.separators) && p.separators[k].line == i
}

// speechStart says how a speech starts at a line.
type speechStart struct {
	separator int // length of the separator at the line's start, or -1
	titleLine int // line index of the title after a separator, or -1
	// turn: a transcript's speaker takes the floor, on line speaker.
	turn    bool
	speaker int
}

// speechStarts finds, by position in lines, where speeches start, in
// order.
func (p *parser) speechStarts(lines []int, collection bool, workers int, m *Memo) []startAt {
	// Separators: lines and p.separators are both in line order, and so
	// are the starts they make. Each is looked up in lines (a separator
	// line that is boilerplate is not there), rather than lines walked.
	var bySeparator []startAt
	var next []int // the line after each separator that fills its line, if any
	from := 0      // where in lines to look up the next separator
	for _, sep := range p.separators {
		k, found := searchFrom(lines, from, sep.line)
		if !found {
			from = k
			continue
		}
		from = k + 1
		i := lines[k]
		st := speechStart{separator: sep.n, titleLine: -1}
		if l := &p.lines[i]; sep.n < l.end-l.start {
			st.titleLine = i
		} else if k+1 < len(lines) {
			next = append(next, lines[k+1])
			st.titleLine = -2 // the next line, if it is a title: decided below
		}
		bySeparator = append(bySeparator, startAt{k, st})
	}
	titled := p.titleLikeLines(next, workers, m)
	for s := range bySeparator {
		if st := &bySeparator[s].speechStart; st.titleLine == -2 {
			st.titleLine = -1
			if t := lines[bySeparator[s].at+1]; titled[0] && !p.isSeparator(t) {
				st.titleLine = t
			}
			titled = titled[1:]
		}
	}
	if len(bySeparator) > 0 {
		return bySeparator
	}
	if turns := p.transcriptStarts(lines); len(turns) > 0 {
		return turns
	}
	// Every other start is a title-like line: whether each line is one is
	// asked once, and a line's text only where a rule reads it.
	titles := p.titleLikeLines(lines, workers, m)
	var inner map[int]bool
	if collection {
		inner = p.innerTitles(lines, titles)
	}
	heads := p.speechHeads(lines, titles, collection)
	var out []startAt
	for k, i := range lines {
		if start, ok := heads[k]; ok && !start {
			continue // a line of a head's title block
		}
		if titles[k] && (inner[k] || heads[k] || p.titleStartsSpeech(lines, k, i, collection)) {
			out = append(out, startAt{k, speechStart{separator: -1, titleLine: -1}})
		}
	}
	return out
}

// searchFrom is slices.BinarySearch(lines[from:], target), offset by from:
// a search that gallops forward from from first, as the next separator is
// most often a few dozen lines on.
func searchFrom(lines []int, from, target int) (int, bool) {
	bound := 1
	for from+bound < len(lines) && lines[from+bound] < target {
		bound *= 2
	}
	lo, hi := min(from+bound/2, len(lines)), min(from+bound+1, len(lines))
	k, found := slices.BinarySearch(lines[lo:hi], target)
	return lo + k, found
}

// titleStartsSpeech: the title-like line i, at k in lines, starts a speech
// when a salutation (同志们：) follows it in a collection, or when it
// follows a closing formula and more text follows it. Outside a collection
// such a title must name a speech (讲话, 发言 …), be followed by a
// salutation, or be written as the file's first title is (# 标题); inside
// one, any title line will do.
func (p *parser) titleStartsSpeech(lines []int, k, i int, collection bool) bool {
	if k+1 >= len(lines) {
		return false
	}
	if s := p.lineText(i); grammar.IsDateLine(s) || grammar.IsSubtitle(s) {
		return false // a line of the title block above it
	}
	next := p.lineText(lines[k+1])
	if collection && p.phrases.IsSalutation(next) {
		return true
	}
	if k == 0 {
		return false
	}
	if _, ok := p.phrases.FormulaStart(p.lineText(lines[k-1])); !ok {
		return false
	}
	return collection || grammar.NamesGenre(p.lineText(i)) || p.phrases.IsSalutation(next) || p.writtenAsFirstTitle(i)
}

// writtenAsFirstTitle reports whether line i is written as a document's
// title the way the file writes its first one: a level-1 Markdown heading
// (# 标题) when the file's first line of content is one. A ## heading is a
// part of a document, not a document.
func (p *parser) writtenAsFirstTitle(i int) bool {
	first := p.nextContentLine(-1)
	return first >= 0 && first != i && levelOneHeading(p.content(&p.lines[i])) && levelOneHeading(p.content(&p.lines[first]))
}

// levelOneHeading reports whether s is a level-1 Markdown heading: one #
// and white space.
func levelOneHeading(s string) bool {
	return strings.HasPrefix(s, "# ") || strings.HasPrefix(s, "#\t") || strings.HasPrefix(s, "#\u3000")
}

// innerTitles finds the titles of a collection's speeches, by position in
// lines: title lines that share their beginning with the collection title,
// or numbered title lines that share their beginning with each other
// (…讲话1, …讲话2). titles says which lines are title-like.
func (p *parser) innerTitles(lines []int, titles []bool) map[int]bool {
	starts := map[int]bool{}
	stem := ""
	if first := p.prevContentLine(lines[0]); first >= 0 {
		stem = grammar.CollectionStem(p.lineText(first))
	}
	need := 6
	if n := scan.RuneCount(stem); n*6/10 > need {
		need = n * 6 / 10
	}
	var numbered []int
	texts := map[int]string{}
	for k, i := range lines {
		if !titles[k] {
			continue
		}
		text := p.lineText(i)
		if stem != "" && commonPrefix(text, stem) >= need {
			starts[k] = true
			continue
		}
		if grammar.EndsWithNumber(text) && grammar.NamesGenre(text) {
			numbered = append(numbered, k)
			texts[k] = text
		}
	}
	for a, k := range numbered {
		for b, j := range numbered {
			if a != b && commonPrefix(texts[k], texts[j]) >= 6 {
				starts[k] = true
				break
			}
		}
	}
	return starts
}

// skipBlank moves start past white space and a colon (篇一：title).
func (p *parser) skipBlank(start, end int) int {
	for start < end {
		r, size := utf8.DecodeRuneInString(p.text[start:end])
		if !scan.IsBlank(r) && grammar.MarkOf(r) != grammar.Colon {
			return start
		}
		start += size
	}
	return start
}
