package ast

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"
)

// The JSON encoding is written by hand rather than through encoding/json's
// reflection: documents carry every byte of their input as text, so the
// encoder is on the hot path of `dagang parse`, and the contract's nulls
// (an untitled speech, a missing closing) and always-present arrays are
// easier to keep exact here than with struct tags.

// EncodeOptions tunes WriteJSON.
type EncodeOptions struct {
	// Indent, when not empty, pretty-prints with this indent per level.
	Indent string
	// Workers is how many goroutines encode the speeches of a large
	// collection; 0 means GOMAXPROCS, 1 encodes on the caller's alone. The
	// bytes written do not depend on it.
	Workers int
}

// WriteJSON writes doc as one version-1 JSON document (spec/json.md), with no
// trailing newline.
func WriteJSON(w io.Writer, doc *Document, opt EncodeOptions) error {
	if opt.Indent != "" {
		var compact bytes.Buffer
		if err := WriteJSON(&compact, doc, EncodeOptions{Workers: opt.Workers}); err != nil {
			return err
		}
		var out bytes.Buffer
		if err := json.Indent(&out, compact.Bytes(), "", opt.Indent); err != nil {
			return err
		}
		_, err := w.Write(out.Bytes())
		return err
	}
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, 64<<10)
	}
	e := &encoder{w: bw, workers: encodeWorkers(doc, opt.Workers)}
	e.document(doc)
	if e.err != nil {
		return e.err
	}
	if !ok {
		return bw.Flush()
	}
	return nil
}

// MarshalJSON encodes the document as WriteJSON does.
func (d *Document) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	err := WriteJSON(&b, d, EncodeOptions{})
	return b.Bytes(), err
}

type encoder struct {
	w       *bufio.Writer
	err     error
	buf     [24]byte
	workers int // goroutines that encode the speeches
}

func (e *encoder) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) int(n int) {
	if e.err == nil {
		_, e.err = e.w.Write(strconv.AppendInt(e.buf[:0], int64(n), 10))
	}
}

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

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string, escaping as encoding/json does with HTML
// escaping off: quotes, backslashes, control characters, U+2028, U+2029 and
// invalid UTF-8 (as U+FFFD). Well-formed three-byte sequences — nearly all
// of a Chinese text — are checked by their bytes and copied in runs.
func (e *encoder) str(s string) {
	if e.err != nil {
		return
	}
	w := e.w
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		// Ideographs (lead byte 0xE4–0xE9 and two continuation bytes), the
		// bulk of a Chinese text, never need escaping.
		for i+2 < len(s) && s[i]-0xE4 <= 0xE9-0xE4 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.WriteString(s[start:i])
			e.escapeASCII(c)
			i++
			start = i
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				w.WriteString(s[start:i])
				w.WriteString(`\u202`)
				w.WriteByte(hexDigits[s[i+2]-0xA0])
				i += 3
				start = i
				continue
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.WriteString(s[start:i])
			w.WriteString(`\ufffd`)
			i += size
			start = i
			continue
		}
		i += size
	}
	w.WriteString(s[start:])
	e.err = w.WriteByte('"')
}

func (e *encoder) escapeASCII(c byte) {
	w := e.w
	switch c {
	case '"', '\\':
		w.WriteByte('\\')
		w.WriteByte(c)
	case '\n':
		w.WriteString(`\n`)
	case '\r':
		w.WriteString(`\r`)
	case '\t':
		w.WriteString(`\t`)
	case '\b':
		w.WriteString(`\b`)
	case '\f':
		w.WriteString(`\f`)
	default:
		w.WriteString(`\u00`)
		w.WriteByte(hexDigits[c>>4])
		w.WriteByte(hexDigits[c&0xF])
	}
}

func (e *encoder) span(s Span) {
	e.raw(`{"start":`)
	e.int(s.Start)
	e.raw(`,"end":`)
	e.int(s.End)
	e.raw(`,"line":`)
	e.int(s.Line)
	e.raw(`,"end_line":`)
	e.int(s.EndLine)
	e.raw("}")
}

func (e *encoder) optSpan(s *Span) {
	if s == nil {
		e.raw("null")
		return
	}
	e.span(*s)
}

// optTitle writes the title when its span is set, null otherwise.
func (e *encoder) optTitle(title string, sp *Span) {
	if sp == nil {
		e.raw("null")
		return
	}
	e.str(title)
}

func (e *encoder) document(d *Document) {
	e.raw(`{"version":`)
	e.int(Version)
	e.key("source", false)
	e.raw(`{"name":`)
	e.str(d.Source.Name)
	e.raw(`,"encoding":`)
	e.str(d.Source.Encoding)
	e.raw(`,"bytes":`)
	e.int(d.Source.Bytes)
	e.raw("}")
	e.key("title", false)
	e.optTitle(d.Title, d.TitleSpan)
	e.key("title_span", false)
	e.optSpan(d.TitleSpan)
	e.key("speeches", false)
	e.raw("[")
	if e.workers > 1 {
		e.speechesOn(d.Speeches, e.workers)
	} else {
		for i, s := range d.Speeches {
			if i > 0 {
				e.raw(",")
			}
			e.speech(s)
		}
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
	}
	e.raw("]")
	e.key("diagnostics", false)
	e.raw("[")
	for i, g := range d.Diagnostics {
		if i > 0 {
			e.raw(",")
		}
		e.diagnostic(g)
	}
	e.raw("]}")
}

func (e *encoder) diagnostic(g Diagnostic) {
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

func (e *encoder) speech(s *Speech) {
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

func (e *encoder) sections(ss []*Section) {
	e.raw("[")
	for i, s := range ss {
		if i > 0 {
			e.raw(",")
		}
		e.section(s)
	}
	e.raw("]")
}

func (e *encoder) section(s *Section) {
	e.raw(`{"marker":`)
	e.str(s.Marker)
	e.raw(`,"style":`)
	e.str(string(s.Style))
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

func (e *encoder) paras(ps []*Para) {
	e.raw("[")
	for i, p := range ps {
		if i > 0 {
			e.raw(",")
		}
		e.para(p)
	}
	e.raw("]")
}

func (e *encoder) optPara(p *Para) {
	if p == nil {
		e.raw("null")
		return
	}
	e.para(p)
}

func (e *encoder) para(p *Para) {
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
