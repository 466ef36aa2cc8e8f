package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
	"github.com/dagang/dagang/internal/textnorm"
)

// buildSpeech builds one speech from its segment (conventions.md §1): title
// and title block, salutation, the body with its sections, and the closing.
func (p *parser) buildSpeech(seg segment) *ast.Speech {
	ls := seg.lines
	if len(ls) == 0 {
		return nil
	}
	p.warm(p.segmentStart(seg), p.lines[ls[len(ls)-1]].end)
	sp := &ast.Speech{Preamble: []*ast.Para{}, Sections: []*ast.Section{}}
	if seg.turn {
		ls = p.speakerOf(sp, ls, seg.speaker)
		if len(ls) == 0 {
			sp.Span = sp.Speaker.Span
			return sp
		}
	}
	pos := 0
	switch {
	case seg.title >= 0:
		p.setTitle(sp, seg.title, seg.titleFrom, p.lines[seg.title].end)
		pos = 1
	case seg.tryTitle && p.titleLikeLine(ls[0]):
		pos = p.headerLines(ls)
		p.setTitle(sp, ls[pos], p.lines[ls[pos]].start, p.lines[ls[pos]].end)
		ls = ls[pos:]
		pos = 1
	}
	if sp.TitleSpan != nil {
		pos = p.titleBlock(sp, ls, pos)
	}
	if pos < len(ls) && !p.isHeading(ls[pos]) && p.phrases.IsSalutation(p.lineText(ls[pos])) {
		pos = p.salutation(sp, ls, pos)
	}
	body := ls[pos:]
	f := p.findFormula(body)
	t := newTree(p, sp)
	t.build(body[:f.bodyLines], f.lastEnd)
	t.closing(f)
	t.finish()
	t.done()

	start := p.lines[ls[0]].start
	if sp.TitleSpan != nil && sp.TitleSpan.Start < start {
		start = sp.TitleSpan.Start
	}
	sp.Span = p.idx.span(start, p.lines[ls[len(ls)-1]].end)
	return sp
}

// warm reads text[start:end] once, from its start to its end, before the
// speech there is built. The text was last read when its lines were cut,
// long enough ago that a large document's is out of the cache; building
// reads it again a line here and a line there, each a wait for memory, where
// one pass in order reads it at the speed memory streams.
func (p *parser) warm(start, end int) {
	// A byte of every 64 (a cache line): the reads do not wait on each
	// other, and memory serves them all at once.
	var sum byte
	for i := start; i < end; i += 64 {
		sum += p.text[i]
	}
	p.warmed += int(sum)
}

// setTitle makes [start, end) of line i the speech's title. Markdown
// decoration (# 标题, **标题**) is not part of it.
func (p *parser) setTitle(sp *ast.Speech, i, start, end int) {
	sp.Title = stripDecoration(p.cleanText(start, end))
	s := p.idx.span(start, end)
	sp.TitleSpan = &s
}

// stripDecoration removes Markdown heading and emphasis marks around a
// title.
func stripDecoration(s string) string {
	t := strings.TrimLeft(s, "#")
	if t != s {
		t = strings.TrimLeftFunc(t, scan.IsBlank)
	}
	for _, m := range []string{"**", "__"} {
		if strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && len(t) > 2*len(m) {
			t = t[len(m) : len(t)-len(m)]
		}
	}
	return dropEmphasis(strings.TrimFunc(t, scan.IsBlank), "")
}

// maxHeaderLines is how many short lines may stand above a speech's title.
const maxHeaderLines = 4

// headerLines finds the title among the short lines a file opens with: when
// the first does not name a speech (讲话, 发言, 报告 …), one of the next few
// does, and the lines above it have a trace of sales talk, those lines are
// the page's header — a site's tagline, 每日更新 海量精品 — and are set
// aside. It returns the position of the title.
func (p *parser) headerLines(ls []int) int {
	if grammar.NamesGenre(p.lineText(ls[0])) {
		return 0
	}
	for k := 1; k < len(ls) && k <= maxHeaderLines; k++ {
		i := ls[k]
		s := p.lineText(i)
		if !p.titleLikeLine(i) || grammar.IsSubtitle(s) || grammar.IsDateLine(s) {
			return 0
		}
		if !grammar.NamesGenre(s) {
			continue
		}
		if k+1 < len(ls) && p.titleLikeLine(ls[k+1]) && !grammar.IsSubtitle(p.lineText(ls[k+1])) && !grammar.IsDateLine(p.lineText(ls[k+1])) {
			return 0 // more title-like lines follow: a title block, not a header
		}
		// Only lines with a trace of boilerplate (每日更新, 【…】) are a header;
		// a main title without a genre word above 在…会议上的讲话 is not.
		lx := noiseLexicon()
		for _, j := range ls[:k] {
			if s := p.content(&p.lines[j]); !lx.scoreLine(s).weakNoise() && !bracketedLine(s) {
				return 0
			}
		}
		for _, j := range ls[:k] {
			l := &p.lines[j]
			kind := ast.NoiseAd
			l.noise = lineNoiseOf(kind)
			p.noise = append(p.noise, ast.Noise{Text: p.text[l.start:l.end], Kind: kind, Span: p.idx.span(l.start, l.end)})
			p.cuts = dropCutsIn(p.cuts, l.start, l.end)
		}
		return k
	}
	return 0
}

// salutation makes the salutation of the line at pos, and of the line
// after it when that is an address too (**亲爱的新同学们，** / **尊敬的各位来
// 宾、各位家长：**, T3): the Markdown emphasis of its lines is no part of
// it. It returns the position after it.
func (p *parser) salutation(sp *ast.Speech, ls []int, pos int) int {
	first := p.lineText(ls[pos])
	end := pos + 1
	if end < len(ls) && !p.isHeading(ls[end]) && endsWithComma(first) && p.phrases.IsSalutation(p.lineText(ls[end])) {
		end++
	}
	para := p.para(p.lines[ls[pos]].start, p.lines[ls[end-1]].end)
	if text := stripEmphasis(p, ls[pos:end]); text != para.Text {
		para.Text = text
	}
	sp.Salutation = para
	return end
}

// endsWithComma: the line, less emphasis, ends with a comma: an address
// that goes on (亲爱的新同学们，).
func endsWithComma(s string) bool {
	s = strings.TrimRight(strings.TrimFunc(s, scan.IsBlank), "*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return grammar.MarkOf(r) == grammar.Comma
}

// stripEmphasis is the text of lines, each less the Markdown emphasis
// around it, joined by a space.
func stripEmphasis(p *parser, lines []int) string {
	var parts []string
	for _, i := range lines {
		parts = append(parts, stripDecoration(p.lineText(i)))
	}
	return strings.Join(parts, " ")
}

// linePara is the paragraph of a whole line.
func (p *parser) linePara(i int) *ast.Para {
	return p.para(p.lines[i].start, p.lines[i].end)
}

// titleBlock reads what may follow a title (§1.2): a title broken over two
// lines, the title repeated, a subtitle (——在…上的讲话), a date, the
// speaker's name. It returns the position of the first line after it.
func (p *parser) titleBlock(sp *ast.Speech, ls []int, pos int) int {
	titleLetters := textnorm.Letters(sp.Title)
	// The lines set aside as the title repeated lose their inline cuts in
	// one pass at the end: one pass per line would be quadratic in a file of
	// such lines.
	var repeated []byteRange
	defer func() { p.cuts = dropCutsWithin(p.cuts, repeated) }()
	if pos == 1 {
		if n := p.titleLines(sp, ls); n > 0 {
			// A title printed over several lines (T1): they join it.
			p.setTitle(sp, ls[n], sp.TitleSpan.Start, p.lines[ls[n]].end)
			titleLetters = textnorm.Letters(sp.Title)
			pos = n + 1
		}
	}
	for pos < len(ls) {
		i := ls[pos]
		if p.isHeading(i) {
			return pos
		}
		s := p.lineText(i)
		switch {
		case pos == 1 && sp.Subtitle == nil && grammar.ContinuesTitle(sp.Title) && p.titleLikeLine(i):
			p.setTitle(sp, i, sp.TitleSpan.Start, p.lines[i].end)
			titleLetters = textnorm.Letters(sp.Title)
		case sp.Subtitle == nil && (grammar.IsSubtitle(s) || grammar.IsVenueLine(s)):
			sp.Subtitle = p.linePara(i)
		case sp.Date == nil && grammar.IsDateLine(s):
			sp.Date = p.linePara(i)
		case sp.Speaker == nil && grammar.IsOfficeLine(s) && pos+1 < len(ls) && grammar.IsNameLine(p.lineText(ls[pos+1])):
			sp.Speaker = p.para(p.lines[i].start, p.lines[ls[pos+1]].end)
			pos++
		case sp.Speaker == nil && (grammar.IsNameLine(s) || grammar.IsSpeakerLine(s)):
			sp.Speaker = p.linePara(i)
		case repeatsTitle(titleLetters, s):
			l := &p.lines[i]
			p.noise = append(p.noise, ast.Noise{Text: p.text[l.start:l.end], Kind: ast.NoiseOther,
				Span: p.idx.span(l.start, l.end)})
			repeated = append(repeated, byteRange{l.start, l.end})
		default:
			return pos
		}
		pos++
	}
	return pos
}

// maxTitleLines is how many lines a title printed over several may take.
const maxTitleLines = 3

// titleLines is the position of the last line of a title printed over
// several lines, from the title's own at ls[0] (T1 of docs/rules.md):
// short title-like lines with no sentence mark, under a title that is not
// complete in itself (no genre word, no subtitle dash), before an anchor of
// the title block — a subtitle or occasion, a date, the speaker, a
// salutation. 0 when the title takes one line.
func (p *parser) titleLines(sp *ast.Speech, ls []int) int {
	if grammar.NamesGenre(sp.Title) || strings.Contains(sp.Title, "——") {
		return 0
	}
	letters := ""
	for k := 1; k < len(ls) && k <= maxTitleLines; k++ {
		i := ls[k]
		if k > 1 && p.anchorsTitle(ls, k) {
			return k - 1
		}
		// A line with a mark, a name or an office is no part of a title:
		// that answers for most lines under a title, before the anchors
		// are asked of it.
		s := p.lineText(i)
		if grammar.HasMark(s, grammar.ClauseEnd) || grammar.IsNameLine(s) || grammar.IsOfficeLine(s) || !p.titleLikeLine(i) {
			return 0
		}
		if k == 1 && p.anchorsTitle(ls, k) {
			return 0
		}
		if letters == "" {
			letters = textnorm.Letters(sp.Title)
		}
		if repeatsTitle(letters, s) {
			return 0 // the title again, broken over lines: no part of it
		}
	}
	return 0
}

// anchorsTitle: the line at k is one that may follow a title: a subtitle
// or occasion, a date, the speaker, a salutation.
func (p *parser) anchorsTitle(ls []int, k int) bool {
	i := ls[k]
	if p.isHeading(i) {
		return false
	}
	s := p.lineText(i)
	switch {
	case grammar.IsSubtitle(s), grammar.IsVenueLine(s), grammar.IsDateLine(s), grammar.IsSpeakerLine(s):
		return true
	case grammar.IsOfficeLine(s) && k+1 < len(ls) && grammar.IsNameLine(p.lineText(ls[k+1])):
		return true
	}
	return p.phrases.IsSalutation(s)
}

func dropCutsIn(cuts []cut, start, end int) []cut {
	out := cuts[:0]
	for _, c := range cuts {
		if c.start >= start && c.end <= end {
			continue
		}
		out = append(out, c)
	}
	return out
}

type byteRange struct{ start, end int }

// dropCutsWithin removes the cuts that lie inside one of rs. Both are in
// text order and rs do not overlap, so one pass over each does.
func dropCutsWithin(cuts []cut, rs []byteRange) []cut {
	if len(rs) == 0 {
		return cuts
	}
	out := cuts[:0]
	k := 0
	for _, c := range cuts {
		for k < len(rs) && rs[k].end < c.start {
			k++
		}
		if k < len(rs) && c.start >= rs[k].start && c.end <= rs[k].end {
			continue
		}
		out = append(out, c)
	}
	return out
}

// repeatsTitle: a line of the title block whose letters stand, in order, in
// the title (the page's own heading under a site's title line), give or
// take a connecting word (为夺取… under …夺取…).
func repeatsTitle(titleLetters, s string) bool {
	// Letters never outnumber bytes: a line with more than three bytes per
	// title letter plus slack cannot repeat the title, and is not folded.
	if len(s) > 4*len(titleLetters)+16 {
		return false
	}
	l := textnorm.Letters(s)
	n := scan.RuneCount(l)
	if n < 2 {
		return false
	}
	if strings.Contains(titleLetters, l) {
		return true
	}
	// A run shared with the title is no longer than the title: a line
	// longer than the title by more than two letters cannot repeat it.
	if n-2 > scan.RuneCount(titleLetters) || n < 6 {
		return false
	}
	// The line shares a run of at least n-2 letters with the title when
	// it shares one of exactly n-2, and a line has three runs that long.
	var cut [3]int // where the runs start: the line's first three letters
	for k, i := 1, 0; k < 3; k++ {
		_, size := utf8.DecodeRuneInString(l[i:])
		i += size
		cut[k] = i
	}
	ends := [3]int{len(l), len(l), len(l)} // where the runs from 0, 1, 2 letters in end
	for k, i := 0, len(l); k < 2; k++ {
		_, size := utf8.DecodeLastRuneInString(l[:i])
		i -= size
		ends[1-k] = i
	}
	for k := range 3 {
		if strings.Contains(titleLetters, l[cut[k]:ends[k]]) {
			return true
		}
	}
	return false
}

// formulaAt is where a speech's closing formula stands.
type formulaAt struct {
	found     bool
	line      int // line index of the formula
	start     int // byte offset where the formula starts
	bodyLines int // how many body lines come before the formula's line (or all)
	lastEnd   int // where the last body line ends when the formula ends it, or -1
	after     []int
}

// formulaSearchLines is how far from a speech's end a closing formula is
// looked for: a formula may be followed by a line or two (a date, a note).
const formulaSearchLines = 3

// findFormula looks for the closing formula in the last lines of a
// speech's body: a whole line, or the end of the last line.
func (p *parser) findFormula(body []int) formulaAt {
	f := formulaAt{bodyLines: len(body), lastEnd: -1}
	for k := len(body) - 1; k >= 0 && k >= len(body)-formulaSearchLines; k-- {
		i := body[k]
		if p.isHeading(i) {
			break
		}
		l := &p.lines[i]
		if st, ok := p.phrases.FormulaStart(p.content(l)); ok && st == 0 {
			f.found, f.line, f.start, f.bodyLines = true, i, l.start, k
			f.after = body[k+1:]
			return f
		}
	}
	if len(body) == 0 {
		return f
	}
	i := body[len(body)-1]
	l := &p.lines[i]
	if st, ok := p.phrases.FormulaStart(p.content(l)); ok && st > 0 {
		f.found, f.line, f.start = true, i, l.start+st
		end := l.start + st
		for end > l.start {
			r, size := utf8.DecodeLastRuneInString(p.text[l.start:end])
			if !scan.IsBlank(r) {
				break
			}
			end -= size
		}
		f.lastEnd = end
	}
	return f
}
