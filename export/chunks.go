package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// chunksExporter writes JSON Lines for search and retrieval: one record per
// leaf section (with Options.All, per section), in document order, plus a
// record for a speech's preamble before its sections and one for its
// closing (remarks and formula) after them. A record's text is the
// paragraphs of its own body joined with "\n", each exactly as the
// document has it; with Options.MaxChars a longer text is split between
// paragraphs, then between sentences (after 。！？!? and any closing quotes
// or brackets), then between clauses (after ，；：、), and only what is
// still too long between characters, into pieces that each keep the
// record's path.
type chunksExporter struct{}

func (chunksExporter) Name() string { return "chunks" }

func (chunksExporter) Summary() string { return "JSON Lines records for search and retrieval" }

// chunkRecord is one line of the chunks format.
type chunkRecord struct {
	Source ast.Source `json:"source"` // the document's source, as parse writes it
	Speech *string    `json:"speech"` // the speech's title, null when untitled
	// Kind is "section", "preamble" or "closing".
	Kind string `json:"kind"`
	// Path is the breadcrumbs: the speech title (when it has one), then
	// each heading ("一、 标题") down to the record's own. Preamble and
	// closing records have the speech title only.
	Path   []string `json:"path"`
	Marker string   `json:"marker"` // "" for preamble and closing
	Title  string   `json:"title"`  // "" for preamble and closing
	Level  int      `json:"level"`  // 0 for preamble and closing
	Part   int      `json:"part"`   // 1-based piece number
	Parts  int      `json:"parts"`  // pieces the text was split into
	Text   string   `json:"text"`
	// Span covers the heading (on the first piece) and the text.
	Span  ast.Span `json:"span"`
	Lines [2]int   `json:"lines"` // Span's first and last line
}

const (
	chunkSection  = "section"
	chunkPreamble = "preamble"
	chunkClosing  = "closing"
)

func (chunksExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	if opt.MaxChars < 0 {
		return fmt.Errorf("max chars must not be negative, got %d", opt.MaxChars)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	c := &chunker{doc: doc, opt: opt, enc: enc}
	for _, sp := range doc.Speeches {
		c.speech(sp)
	}
	if c.err != nil {
		return c.err
	}
	return bw.Flush()
}

type chunker struct {
	doc *ast.Document
	opt Options
	enc *json.Encoder
	err error
}

func (c *chunker) speech(sp *ast.Speech) {
	base := chunkRecord{Source: c.doc.Source, Path: []string{}}
	if sp.TitleSpan != nil {
		title := sp.Title
		base.Speech = &title
		base.Path = []string{title}
	}
	if len(sp.Preamble) > 0 {
		rec := base
		rec.Kind = chunkPreamble
		c.record(rec, nil, sp.Preamble)
	}
	c.sections(base, sp.Sections)
	if paras := closingParas(sp.Closing); len(paras) > 0 {
		rec := base
		rec.Kind = chunkClosing
		c.record(rec, nil, paras)
	}
}

func closingParas(cl *ast.Closing) []*ast.Para {
	if cl == nil {
		return nil
	}
	paras := append([]*ast.Para(nil), cl.Paragraphs...)
	if cl.Formula != nil {
		paras = append(paras, cl.Formula)
	}
	return paras
}

func (c *chunker) sections(parent chunkRecord, secs []*ast.Section) {
	for _, sec := range secs {
		rec := parent
		rec.Kind = chunkSection
		rec.Path = append(append([]string{}, parent.Path...), headingLabel(sec))
		rec.Marker, rec.Title, rec.Level = sec.Marker, sec.Title, sec.Level
		if c.opt.All || len(sec.Children) == 0 {
			head := sec.Span
			c.record(rec, &head, sec.Body)
		}
		c.sections(rec, sec.Children)
	}
}

// record writes rec with the text of paras, in as many pieces as
// Options.MaxChars asks for. head is the heading's span, nil for preamble
// and closing.
func (c *chunker) record(rec chunkRecord, head *ast.Span, paras []*ast.Para) {
	pieces := c.pieces(paras)
	if len(pieces) == 0 {
		empty := chunkPiece{}
		if len(paras) > 0 {
			empty.span = cover(paras[0].Span, paras[len(paras)-1].Span)
		}
		pieces = []chunkPiece{empty}
	}
	for i, p := range pieces {
		if c.err != nil {
			return
		}
		rec.Part, rec.Parts, rec.Text = i+1, len(pieces), p.text
		rec.Span = p.span
		switch {
		case i == 0 && head != nil && p.text == "":
			rec.Span = *head
		case i == 0 && head != nil:
			rec.Span = cover(*head, p.span)
		}
		rec.Lines = [2]int{rec.Span.Line, rec.Span.EndLine}
		c.err = c.enc.Encode(rec)
	}
}

// chunkPiece is the text of one record and the span it covers.
type chunkPiece struct {
	text  string
	span  ast.Span
	runes int
}

// pieces packs the paragraphs' texts into pieces of at most MaxChars
// characters: whole paragraphs joined with "\n" while they fit, and the
// parts of a paragraph that is too long (see units) joined as they stand
// in it. Without MaxChars all paragraphs are one piece.
func (c *chunker) pieces(paras []*ast.Para) []chunkPiece {
	var out []chunkPiece
	var cur chunkPiece
	var curPara *ast.Para // the paragraph cur's last unit is from
	for _, para := range paras {
		for _, u := range c.units(para) {
			sep := ""
			if curPara != nil && curPara != para {
				sep = "\n"
			}
			if cur.text != "" && c.opt.MaxChars > 0 && cur.runes+len(sep)+u.runes > c.opt.MaxChars {
				out = append(out, cur)
				cur, sep = chunkPiece{}, ""
			}
			if cur.text == "" {
				cur = u
			} else {
				cur.text += sep + u.text
				cur.runes += len(sep) + u.runes
				cur.span = cover(cur.span, u.span)
			}
			curPara = para
		}
	}
	if cur.text != "" {
		out = append(out, cur)
	}
	return out
}

// units cuts a paragraph into the units pieces are packed from: the whole
// paragraph when it fits, otherwise the parts cutToFit makes of it.
func (c *chunker) units(para *ast.Para) []chunkPiece {
	limit := c.opt.MaxChars
	n := utf8.RuneCountInString(para.Text)
	if n == 0 {
		return nil
	}
	if limit <= 0 || n <= limit {
		return []chunkPiece{{text: para.Text, span: para.Span, runes: n}}
	}
	var out []chunkPiece
	offset := 0 // byte offset of the part in para.Text
	for _, part := range cutToFit(para.Text, limit, sentenceEnds, clauseEnds) {
		out = append(out, chunkPiece{
			text:  part,
			span:  c.subSpan(para, offset, len(part)),
			runes: utf8.RuneCountInString(part),
		})
		offset += len(part)
	}
	return out
}

// subSpan is the span of para.Text[off:off+n] in the decoded text when the
// paragraph's text lies in its span as it is (no boilerplate cut out of
// it), and the paragraph's span otherwise.
func (c *chunker) subSpan(para *ast.Para, off, n int) ast.Span {
	s := para.Span
	if s.Start < 0 || s.End > len(c.doc.Text) || s.Start > s.End {
		return s
	}
	at := strings.Index(c.doc.Text[s.Start:s.End], para.Text)
	if at < 0 {
		return s
	}
	start := s.Start + at + off
	end := start + n
	return ast.Span{
		Start:   start,
		End:     end,
		Line:    s.Line + strings.Count(c.doc.Text[s.Start:start], "\n"),
		EndLine: s.Line + strings.Count(c.doc.Text[s.Start:end], "\n"),
	}
}

// cover is the span from a's start to b's end.
func cover(a, b ast.Span) ast.Span {
	return ast.Span{Start: a.Start, End: b.End, Line: a.Line, EndLine: b.EndLine}
}

// The marks a text too long for a piece is cut after: the ends of
// sentences, then of clauses.
const (
	sentenceEnds = "。！？!?"
	clauseEnds   = "，；：、,;:"
)

// closers may follow a boundary mark and stay with the part it ends
// (。” ！） ？」).
const closers = "”’」』）)》〉】\"'"

// cutToFit cuts text into parts of at most limit characters at the
// coarsest boundaries that make them fit: after the marks of marks[0],
// parts still too long after those of marks[1] and so on, and a part that
// is too long after all of them between characters. The parts put together
// are text.
func cutToFit(text string, limit int, marks ...string) []string {
	if utf8.RuneCountInString(text) <= limit {
		return []string{text}
	}
	if len(marks) == 0 {
		return splitRunes(text, limit)
	}
	var out []string
	for _, part := range splitAfter(text, marks[0]) {
		out = append(out, cutToFit(part, limit, marks[1:]...)...)
	}
	return out
}

// splitAfter cuts text after each of the marks and the closers that follow
// it. The parts put together are text.
func splitAfter(text, marks string) []string {
	var out []string
	start := 0
	ended := false // a mark was seen and only closers followed
	for i, r := range text {
		switch {
		case strings.ContainsRune(marks, r) || (ended && strings.ContainsRune(closers, r)):
			ended = true
		case ended:
			out = append(out, text[start:i])
			start, ended = i, false
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// splitRunes cuts s into runs of at most limit characters.
func splitRunes(s string, limit int) []string {
	var out []string
	for utf8.RuneCountInString(s) > limit {
		cut, count := 0, 0
		for count < limit {
			_, size := utf8.DecodeRuneInString(s[cut:])
			cut += size
			count++
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}
