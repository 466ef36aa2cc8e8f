package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// Points are enumerations inside running text (§4): …不严不实。一是不主动学
// 习…二是…, 其次要…最后要…, 一方面…另一方面…. Only clause-opening markers
// count, and only in company: a point needs another of its list in the same
// run of paragraphs (or, numbered n, the section it stands under numbered
// n-1), so a lone 第一 or 其次 in a sentence stays plain text.

// pointKey names the list a point belongs to: its kind, and for lead
// points the word (一是 and 一要 are different lists).
type pointKey struct {
	kind grammar.PointKind
	word rune
}

type pointCand struct {
	para *ast.Para
	key  pointKey
	pt   ast.Point
}

// points finds the points of every paragraph of a speech.
func (p *parser) points(sp *ast.Speech) {
	p.containerPoints(sp.Preamble, pointKey{}, 0)
	var walk func(ss []*ast.Section)
	walk = func(ss []*ast.Section) {
		for _, s := range ss {
			var key pointKey
			if !s.Style.Ranked() && !s.Implied {
				key = pointKeyOfSection(s)
			}
			p.containerPoints(s.Body, key, s.Number)
			walk(s.Children)
		}
	}
	walk(sp.Sections)
	if sp.Closing != nil {
		p.containerPoints(sp.Closing.Paragraphs, pointKey{}, 0)
	}
}

// pointKeyOfSection is the point list a lead or ordinal section continues.
func pointKeyOfSection(s *ast.Section) pointKey {
	switch s.Style {
	case ast.StyleLead:
		r, _ := utf8.DecodeLastRuneInString(s.Marker)
		return pointKey{grammar.LeadPoint, r}
	case ast.StyleOrdinal:
		return pointKey{kind: grammar.OrdinalPoint}
	}
	return pointKey{}
}

func (p *parser) containerPoints(paras []*ast.Para, ownerKey pointKey, ownerNumber int) {
	cands := p.scratch.cands[:0]
	for _, para := range paras {
		cands = p.scanPoints(para, cands)
	}
	defer func() { p.scratch.cands = cands[:0] }()
	if len(cands) == 0 {
		return
	}
	items := &p.scratch.points
	items.reset()
	for k, c := range cands {
		items.add(c.key, c.pt.Number, k)
	}
	accepted := append(p.scratch.accepted[:0], make([]bool, len(cands))...)
	p.scratch.accepted = accepted
	seqAt, seqNumbers := p.scratch.seqAt[:0], p.scratch.seqNumbers[:0]
	for k, c := range cands {
		switch {
		case c.key.kind == grammar.SequencePoint:
			seqAt, seqNumbers = append(seqAt, k), append(seqNumbers, c.pt.Number)
		case items.neighbour(c.key, c.pt.Number, k, false):
			accepted[k] = true
		default:
			// The section a point stands under may be its neighbour:
			// 二是 in the body of the heading 一是.
			accepted[k] = c.key == ownerKey && c.pt.Number == ownerNumber+1
		}
	}
	sequenceChains(seqNumbers, func(j, place int) {
		k := seqAt[j]
		accepted[k] = true
		cands[k].pt.Number = place
	})
	p.scratch.seqAt, p.scratch.seqNumbers = seqAt, seqNumbers
	p.attachPoints(cands, accepted)
}

// attachPoints appends the accepted candidates to their paragraphs' points.
// A paragraph's candidates are next to each other, so each paragraph's
// list is carved from the parse's slab at its size, not grown an append
// at a time; the slab is given room for the container's points at once.
func (p *parser) attachPoints(cands []pointCand, accepted []bool) {
	total := 0
	for _, ok := range accepted {
		if ok {
			total++
		}
	}
	p.pointSlab.Reserve(total)
	for k := 0; k < len(cands); {
		para, n, end := cands[k].para, 0, k
		for ; end < len(cands) && cands[end].para == para; end++ {
			if accepted[end] {
				n++
			}
		}
		if n > 0 && para.Points == nil {
			para.Points = p.pointSlab.List(n)
		}
		for ; k < end; k++ {
			if accepted[k] {
				para.Points = append(para.Points, cands[k].pt)
			}
		}
	}
}

// trimPointTitle is s less the marks that a point's marker leaves before
// its title, and the marks that end a clause after it: commas, colons,
// enumeration commas and spaces before, and semicolons too after.
func trimPointTitle(s string) string {
	const before = grammar.Comma | grammar.Colon | grammar.Enumeration
	for s != "" {
		r, size := scan.DecodeRune(s, 0)
		if r != ' ' && grammar.MarkOf(r)&before == 0 {
			break
		}
		s = s[size:]
	}
	for s != "" {
		r := scan.LastRune(s)
		if r != ' ' && grammar.MarkOf(r)&(before|grammar.Semicolon) == 0 {
			break
		}
		s = s[:len(s)-utf8.RuneLen(r)]
	}
	return s
}

// scanPoints finds the clause-opening markers in a paragraph. A point's
// title runs to the next sentence mark or the next point.
func (p *parser) scanPoints(para *ast.Para, out []pointCand) []pointCand {
	first := len(out)
	out = p.scanMarkers(para, out)
	for k := first; k < len(out); k++ {
		end := para.Span.End
		if k+1 < len(out) {
			end = out[k+1].pt.Offset
		}
		from := out[k].pt.Offset + len(out[k].pt.Marker)
		ts, te, _ := grammar.TitleBounds(p.text, from, end)
		out[k].pt.Title = trimPointTitle(p.cleanText(ts, te))
	}
	return out
}

func (p *parser) scanMarkers(para *ast.Para, out []pointCand) []pointCand {
	start, end := para.Span.Start, para.Span.End
	if cuts := p.cutsIn(start, end); len(cuts) > 0 {
		return p.scanMarkersAround(para, cuts, out)
	}
	// Jump from clause start to clause start: only there can a point
	// begin. The clause starts are read off the table of the text's
	// clause marks, found with its lines (see grammar.ClauseMarks), as far as the
	// word of the paragraph's last byte.
	bits := p.clauses[:min((end+31)/32, len(p.clauses))]
	text := p.text[:end]
	for i := start; i < end; {
		if openerByte[text[i]] {
			if i = skipOpeners(text, i); i >= end {
				break
			}
		}
		// Every character a point can start with is three bytes long.
		if c := text[i]; c&0xF0 == 0xE0 && i+2 < end && grammar.MayStartPoint(scan.Rune3(text, i)) {
			if c, n, ok := p.pointAt(i, end); ok {
				c.para = para
				out = append(out, c)
				i += n
			}
		}
		j := scan.NextBit(bits, i)
		if j < 0 || j >= end {
			break
		}
		if text[j] < utf8.RuneSelf {
			i = j + 1 // , ; : ! ?
		} else {
			i = j + 3 // 。 and the full-width marks
		}
	}
	return out
}

// scanMarkersAround is scanMarkers for a paragraph with boilerplate cut out
// of it: a point may begin where a cut ends, and none begins inside one.
func (p *parser) scanMarkersAround(para *ast.Para, cuts []cut, out []pointCand) []pointCand {
	start, end := para.Span.Start, para.Span.End
	text := p.text[:end]
	for i := start; i < end; {
		i = skipOpeners(text, i)
		for len(cuts) > 0 && cuts[0].end <= i {
			cuts = cuts[1:]
		}
		if i >= end {
			break
		}
		if len(cuts) > 0 && cuts[0].start <= i {
			i = cuts[0].end
			continue
		}
		if r, _ := scan.DecodeRune(text, i); grammar.MayStartPoint(r) {
			if c, n, ok := p.pointAt(i, end); ok {
				c.para = para
				out = append(out, c)
				i += n
			}
		}
		_, j := grammar.ClauseMarks.Index(text, i)
		if j < 0 {
			break
		}
		i = j
	}
	return out
}

// openerByte marks the bytes that skipOpeners may step over a character
// at: the ASCII ones it skips, and the lead bytes of “ ” U+3000 （.
var openerByte = func() (t [256]bool) {
	for _, c := range []byte{' ', '"', '(', 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

// skipOpeners moves i past white space, quotes and opening brackets, which
// may stand between a clause mark and a point (。“一是…).
func skipOpeners(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '"', '(':
			i++
			continue
		case 0xE2, 0xE3, 0xEF: // the lead bytes of “ ”, of U+3000, of （
			if rest := s[i:]; strings.HasPrefix(rest, "\u3000") || strings.HasPrefix(rest, "“") ||
				strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "（") {
				i += 3
				continue
			}
		}
		return i
	}
	return i
}

// pointAt reads a point marker at i (grammar.PointAt): 一是 / 一要
// / 第一， / 其次 / 一方面 / 另一方面. It returns the candidate and the
// marker's length. The caller has found a character grammar.MayStartPoint
// takes at i.
func (p *parser) pointAt(i, end int) (pointCand, int, bool) {
	pt, ok := grammar.PointAt(p.text[i:end])
	if !ok {
		return pointCand{}, 0, false
	}
	return pointCand{key: pointKey{pt.Kind, pt.Word}, pt: ast.Point{Marker: p.text[i : i+pt.Len], Number: pt.Number, Offset: i}}, pt.Len, true
}

// announcedCounts compares an announced count (下面我讲三点) with the
// sections that follow it.
func (p *parser) announcedCounts(sp *ast.Speech) {
	p.announcedCount(sp.Preamble, sp.Sections)
	var walk func(ss []*ast.Section)
	walk = func(ss []*ast.Section) {
		for _, s := range ss {
			p.announcedCount(s.Body, s.Children)
			walk(s.Children)
		}
	}
	walk(sp.Sections)
}

func (p *parser) announcedCount(paras []*ast.Para, children []*ast.Section) {
	if len(children) == 0 || len(paras) == 0 {
		return
	}
	// The announcement is the transition just before the list.
	para := paras[len(paras)-1]
	if para.Span.End > children[0].Span.Start && !children[0].Implied {
		return
	}
	raw := p.text[para.Span.Start:para.Span.End]
	an, ok := grammar.FindAnnouncement(raw)
	if !ok || an.N == len(children) {
		return
	}
	start, end := para.Span.Start+an.Start, para.Span.Start+an.End
	p.diag(ast.CodeAnnouncedCount, start, end, raw[an.Start:an.End], strconv.Itoa(len(children)))
}
