package docjson

import (
	"io"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/scan"
)

// The encoder appends to a buffer of its own, which it hands to the writer
// once it holds flushSize bytes: appending a token costs a copy, where a
// buffered writer's call for each would cost more than the token. The
// buffer never grows past flushSize and the few tokens written since the
// last string (slack): a string that does not fit is cut, its first part
// written with what the buffer holds.
const (
	flushSize = 64 << 10
	slack     = 4 << 10
)

type encoder struct {
	w   io.Writer       // nil for an encoder whose buffer its caller takes
	sw  io.StringWriter // w, when it takes strings without a copy of ours
	buf []byte
	err error
}

func newEncoder(w io.Writer, buf []byte) *encoder {
	e := &encoder{w: w, buf: buf}
	e.sw, _ = w.(io.StringWriter)
	return e
}

// flush writes the buffer out.
func (e *encoder) flush() {
	if e.w == nil || len(e.buf) == 0 {
		return
	}
	if e.err == nil {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

// maybeFlush writes the buffer out when it is full; the node writers call
// it between nodes, the string writers between escapes.
func (e *encoder) maybeFlush() {
	if len(e.buf) >= flushSize {
		e.flush()
	}
}

// plain appends s, which needs no escape. What does not fit in the buffer
// is written in buffer-sized pieces; a run longer than the whole buffer
// goes straight to a writer that takes strings, after what the buffer
// holds, rather than being copied through the buffer.
func (e *encoder) plain(s string) {
	if e.w == nil || len(e.buf)+len(s) <= flushSize {
		e.buf = append(e.buf, s...)
		return
	}
	if len(s) >= flushSize && e.sw != nil {
		e.flush()
		if e.err == nil {
			_, e.err = e.sw.WriteString(s)
		}
		return
	}
	for len(e.buf)+len(s) > flushSize {
		n := max(flushSize-len(e.buf), 0)
		e.buf = append(e.buf, s[:n]...)
		s = s[n:]
		e.flush()
	}
	e.buf = append(e.buf, s...)
}

func (e *encoder) raw(s string) { e.buf = append(e.buf, s...) }

func (e *encoder) int(n int) { e.buf = appendInt(e.buf, n) }

func (e *encoder) bool(b bool) {
	if b {
		e.raw("true")
	} else {
		e.raw("false")
	}
}

// key writes `"name":`, preceded by a comma unless first.
func (e *encoder) key(name string, first bool) {
	if !first {
		e.raw(",")
	}
	e.raw(`"`)
	e.raw(name)
	e.raw(`":`)
}

// str writes s as a JSON string, escaping as encoding/json does with HTML
// escaping off. A long string is checked for valid UTF-8 first, by the
// fast check every input goes through, and then needs escapes only for a
// few ASCII bytes and two characters (validStr); a short one, or one with
// invalid bytes, is read a character at a time (anyStr).
func (e *encoder) str(s string) {
	e.buf = append(e.buf, '"')
	if len(s) >= 32 && scan.ValidString(s) {
		e.validStr(s)
	} else {
		e.anyStr(s)
	}
	e.buf = append(e.buf, '"')
}

func (e *encoder) span(s ast.Span) {
	b := append(e.buf, `{"start":`...)
	b = appendInt(b, s.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, s.End)
	b = append(b, `,"line":`...)
	b = appendInt(b, s.Line)
	b = append(b, `,"end_line":`...)
	b = appendInt(b, s.EndLine)
	e.buf = append(b, '}')
}

func (e *encoder) optSpan(s *ast.Span) {
	if s == nil {
		e.raw("null")
		return
	}
	e.span(*s)
}

// optTitle writes the title when its span is set, null otherwise.
func (e *encoder) optTitle(title string, sp *ast.Span) {
	if sp == nil {
		e.raw("null")
		return
	}
	e.str(title)
}

func (e *encoder) document(d *ast.Document) {
	e.raw(`{"version":`)
	e.int(ast.Version)
	e.key("source", false)
	e.raw(`{"name":`)
	e.str(d.Source.Name)
	e.raw(`,"encoding":`)
	e.str(d.Source.Encoding)
	e.raw(`,"bytes":`)
	e.int(d.Source.Bytes)
	if d.Source.Charset != "" {
		e.raw(`,"charset":`)
		e.str(d.Source.Charset)
	}
	e.raw("}")
	e.key("title", false)
	e.optTitle(d.Title, d.TitleSpan)
	e.key("title_span", false)
	e.optSpan(d.TitleSpan)
	e.key("speeches", false)
	e.raw("[")
	for i, s := range d.Speeches {
		if i > 0 {
			e.raw(",")
		}
		e.speech(s)
		e.maybeFlush()
	}
	e.raw("]")
	e.key("noise", false)
	e.raw("[")
	for i, n := range d.Noise {
		if i > 0 {
			e.raw(",")
		}
		e.raw(`{"text":`)
		e.str(n.Text)
		e.raw(`,"kind":`)
		e.str(string(n.Kind))
		e.raw(`,"span":`)
		e.span(n.Span)
		e.raw("}")
		e.maybeFlush()
	}
	e.raw("]")
	e.key("diagnostics", false)
	e.raw("[")
	for i, g := range d.Diagnostics {
		if i > 0 {
			e.raw(",")
		}
		e.diagnostic(g)
		e.maybeFlush()
	}
	e.raw("]}")
}

func (e *encoder) diagnostic(g ast.Diagnostic) {
	e.raw(`{"severity":`)
	e.str(string(g.Severity))
	e.raw(`,"code":`)
	e.str(string(g.Code))
	e.raw(`,"message":`)
	e.str(g.Message)
	e.raw(`,"line":`)
	e.int(g.Line)
	e.raw(`,"column":`)
	e.int(g.Column)
	e.raw(`,"span":`)
	e.span(g.Span)
	e.raw("}")
}

func (e *encoder) speech(s *ast.Speech) {
	e.raw(`{"title":`)
	e.optTitle(s.Title, s.TitleSpan)
	e.key("title_span", false)
	e.optSpan(s.TitleSpan)
	e.key("subtitle", false)
	e.optPara(s.Subtitle)
	e.key("date", false)
	e.optPara(s.Date)
	e.key("speaker", false)
	e.optPara(s.Speaker)
	e.key("span", false)
	e.span(s.Span)
	e.key("salutation", false)
	e.optPara(s.Salutation)
	e.key("preamble", false)
	e.paras(s.Preamble)
	e.key("sections", false)
	e.sections(s.Sections)
	e.key("closing", false)
	if s.Closing == nil {
		e.raw("null")
	} else {
		e.raw(`{"paragraphs":`)
		e.paras(s.Closing.Paragraphs)
		e.key("formula", false)
		e.optPara(s.Closing.Formula)
		e.raw("}")
	}
	e.raw("}")
}

func (e *encoder) sections(ss []*ast.Section) {
	e.raw("[")
	for i, s := range ss {
		if i > 0 {
			e.raw(",")
		}
		e.section(s)
		e.maybeFlush()
	}
	e.raw("]")
}

func (e *encoder) section(s *ast.Section) {
	e.raw(`{"marker":`)
	e.str(s.Marker)
	e.raw(`,"style":`)
	if q := quotedStyle(s.Style); q != "" {
		e.raw(q)
	} else {
		e.str(string(s.Style))
	}
	e.raw(`,"number":`)
	e.int(s.Number)
	e.raw(`,"level":`)
	e.int(s.Level)
	e.raw(`,"title":`)
	e.str(s.Title)
	e.raw(`,"implied":`)
	e.bool(s.Implied)
	e.raw(`,"span":`)
	e.span(s.Span)
	e.raw(`,"body":`)
	e.paras(s.Body)
	e.raw(`,"children":`)
	e.sections(s.Children)
	e.raw("}")
}

func (e *encoder) paras(ps []*ast.Para) {
	e.raw("[")
	for i, p := range ps {
		if i > 0 {
			e.raw(",")
		}
		e.para(p)
		e.maybeFlush()
	}
	e.raw("]")
}

func (e *encoder) optPara(p *ast.Para) {
	if p == nil {
		e.raw("null")
		return
	}
	e.para(p)
}

// quotedStyle is the JSON string of a style of the contract, or "".
func quotedStyle(s ast.Style) string {
	switch s {
	case ast.StyleChapter:
		return `"chapter"`
	case ast.StyleArticle:
		return `"article"`
	case ast.StyleHanDun:
		return `"han-dun"`
	case ast.StyleHanParen:
		return `"han-paren"`
	case ast.StyleArabicDot:
		return `"arabic-dot"`
	case ast.StyleArabicParen:
		return `"arabic-paren"`
	case ast.StyleCircled:
		return `"circled"`
	case ast.StyleLead:
		return `"lead"`
	case ast.StyleOrdinal:
		return `"ordinal"`
	case ast.StyleSequence:
		return `"sequence"`
	}
	return ""
}

func (e *encoder) para(p *ast.Para) {
	e.raw(`{"text":`)
	e.str(p.Text)
	e.raw(`,"span":`)
	e.span(p.Span)
	e.raw(`,"points":[`)
	for i, pt := range p.Points {
		if i > 0 {
			e.raw(",")
		}
		e.raw(`{"marker":`)
		e.str(pt.Marker)
		e.raw(`,"number":`)
		e.int(pt.Number)
		e.raw(`,"title":`)
		e.str(pt.Title)
		e.raw(`,"offset":`)
		e.int(pt.Offset)
		e.raw("}")
	}
	e.raw("]}")
}
