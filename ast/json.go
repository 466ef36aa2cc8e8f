package ast

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/dagang/dagang/internal/scan"
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
	e := &encoder{w: w, buf: make([]byte, 0, bufferFor(doc)), workers: encodeWorkers(doc, opt.Workers)}
	if scan.ValidString(doc.Text) {
		e.text = doc.Text
	}
	e.document(doc)
	e.flush()
	return e.err
}

// AppendJSON appends the document's compact JSON, as WriteJSON writes it,
// to dst and returns the extended buffer: for a caller that collects the
// JSON of many small documents (a JSON Lines writer) without a writer and
// a buffer of its own for each.
func AppendJSON(dst []byte, doc *Document, opt EncodeOptions) []byte {
	e := &encoder{buf: dst, workers: encodeWorkers(doc, opt.Workers)}
	if scan.ValidString(doc.Text) {
		e.text = doc.Text
	}
	e.document(doc)
	return e.buf
}

// bufferFor is the room the encoder's buffer starts with: a document's
// JSON runs to about twice its text, and a buffer is written out once it
// holds flushSize bytes, so a small document takes little.
func bufferFor(doc *Document) int { return min(flushSize+4<<10, 2*len(doc.Text)+1<<10) }

// MarshalJSON encodes the document as WriteJSON does.
func (d *Document) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	err := WriteJSON(&b, d, EncodeOptions{})
	return b.Bytes(), err
}

// The encoder appends to a buffer of its own, which it hands to the writer
// once it holds flushSize bytes: appending a token costs a copy, where a
// buffered writer's call for each would cost more than the token.
type encoder struct {
	w       io.Writer // nil for an encoder whose buffer its caller takes
	buf     []byte
	err     error
	workers int // goroutines that encode the speeches
	// text is the document's text when it is valid UTF-8 (checked once):
	// a string cut out of it at character boundaries — most strings of a
	// document — is then valid too, and needs no check of its own.
	text string
}

// knownValid reports whether s is a part of e.text that starts and ends at
// character boundaries, and so valid UTF-8.
func (e *encoder) knownValid(s string) bool {
	if s == "" || len(s) > len(e.text) {
		return false
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(e.text)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	if at < base || at-base > uintptr(len(e.text)-len(s)) {
		return false // not within the text
	}
	off := int(at - base)
	end := off + len(s)
	return utf8.RuneStart(e.text[off]) && (end == len(e.text) || utf8.RuneStart(e.text[end]))
}

const flushSize = 64 << 10

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
// it between nodes.
func (e *encoder) maybeFlush() {
	if len(e.buf) >= flushSize {
		e.flush()
	}
}

func (e *encoder) raw(s string) { e.buf = append(e.buf, s...) }

func (e *encoder) int(n int) { e.buf = appendInt(e.buf, n) }

// appendInt is strconv.AppendInt(b, n, 10). The numbers of a document
// (offsets and line numbers, below a hundred million) are written eight
// digits at once: n is split into four numbers below a hundred, each in a
// 16-bit lane of one word, and then each into its two digits, by
// multiplications that stay within their lanes (x*5243>>19 is x/100 for x
// below 43,699, x*103>>10 is x/10 below 179); the zero digits in front
// are dropped by counting the zero bytes at the word's low end.
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 1e8 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	if n < 10 {
		return append(b, byte('0'+n))
	}
	u := uint64(n)
	halves := u/10000 | u%10000<<32                       // two numbers below 10,000, in 32-bit lanes
	hundreds := halves * 5243 >> 19 & 0x0000007F_0000007F // each one's first two digits
	pairs := hundreds | (halves-hundreds*100)<<16         // four numbers below 100, in 16-bit lanes
	tens := pairs * 103 >> 10 & 0x000F000F_000F000F
	digits := tens | (pairs-tens*10)<<8 // eight digits, the first in the low byte
	zeros := bits.TrailingZeros64(digits) / 8
	at := len(b)
	b = slices.Grow(b, 8)[:at+8]
	binary.LittleEndian.PutUint64(b[at:], (digits+0x30303030_30303030)>>(8*zeros))
	return b[:at+8-zeros]
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
	if e.knownValid(s) || len(s) >= 32 && scan.ValidString(s) {
		e.validStr(s)
		return
	}
	b := append(e.buf, '"')
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
			b = appendEscapedASCII(append(b, s[start:i]...), c)
			i++
			start = i
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(append(b, s[start:i]...), `\u202`...)
				b = append(b, hexDigits[s[i+2]-0xA0])
				i += 3
				start = i
				continue
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(append(b, s[start:i]...), `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	e.buf = append(append(b, s[start:]...), '"')
}

// validStr is str for valid UTF-8, which needs escapes only for quotes,
// backslashes, control characters and U+2028 and U+2029 (E2 80 A8, E2 80
// A9): the text between them is copied whole, and they are found 32 bytes
// at a time where the processor can (escapeIndex), eight bytes at a time
// elsewhere.
func (e *encoder) validStr(s string) {
	e.buf = append(e.buf, '"')
	for {
		j := escapeIndex(s)
		if j < 0 {
			break
		}
		e.plain(s[:j])
		e.buf, j = escapeAt(e.buf, s, j, j)
		s = s[j:]
	}
	e.plain(s)
	e.buf = append(e.buf, '"')
}

// plain appends s, which needs no escape. A run longer than the buffer
// goes straight to the writer, after what the buffer holds: a paragraph of
// hundreds of megabytes is not copied into the buffer first.
func (e *encoder) plain(s string) {
	if len(s) < flushSize || e.w == nil {
		e.buf = append(e.buf, s...)
		return
	}
	e.flush()
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// escapeIndexFrom is escapeIndex for the bytes of s from i on, eight bytes
// at a time: a word with none of the bytes looked for (< 0x20, " \ and
// E2) needs no closer look.
func escapeIndexFrom(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		hits := (w-0x2020202020202020)&^w | zeroBytes(w^0x2222222222222222) |
			zeroBytes(w^0x5C5C5C5C5C5C5C5C) | zeroBytes(w^0xE2E2E2E2E2E2E2E2)
		for hits &= 0x8080808080808080; hits != 0; hits &= hits - 1 {
			if j := i + bits.TrailingZeros64(hits)>>3; escapes(s, j) {
				return j
			}
		}
	}
	for ; i < len(s); i++ {
		if escapes(s, i) {
			return i
		}
	}
	return -1
}

// escapes reports whether s[j] starts what a JSON string cannot hold as
// it is: a quote, a backslash, a control character, U+2028 or U+2029.
func escapes(s string, j int) bool {
	switch c := s[j]; {
	case c < 0x20 || c == '"' || c == '\\':
		return true
	case c == 0xE2:
		return j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0xA8 || s[j+2] == 0xA9)
	}
	return false
}

// zeroBytes has the top bit of every byte of w that is zero set, and
// perhaps of some bytes after a zero one: each byte it marks is looked at.
func zeroBytes(w uint64) uint64 { return (w - 0x0101010101010101) &^ w }

// escapeAt appends the escape of what starts at s[j] (see escapes), after
// the text since start, and returns where the text goes on from.
func escapeAt(b []byte, s string, j, start int) ([]byte, int) {
	b = append(b, s[start:j]...)
	if c := s[j]; c != 0xE2 {
		return appendEscapedASCII(b, c), j + 1
	}
	b = append(b, `\u202`...)
	return append(b, hexDigits[s[j+2]-0xA0]), j + 3
}

// appendEscapedASCII appends the escape of an ASCII character that a JSON
// string cannot hold as it is.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

func (e *encoder) span(s Span) {
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
	if e.workers > 1 {
		e.speechesOn(d.Speeches, e.workers)
	} else {
		for i, s := range d.Speeches {
			if i > 0 {
				e.raw(",")
			}
			e.speech(s)
			e.maybeFlush()
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
		e.maybeFlush()
	}
	e.raw("]")
}

func (e *encoder) section(s *Section) {
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

func (e *encoder) paras(ps []*Para) {
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

func (e *encoder) optPara(p *Para) {
	if p == nil {
		e.raw("null")
		return
	}
	e.para(p)
}

// quotedStyle is the JSON string of a style of the contract, or "".
func quotedStyle(s Style) string {
	switch s {
	case StyleChapter:
		return `"chapter"`
	case StyleHanDun:
		return `"han-dun"`
	case StyleHanParen:
		return `"han-paren"`
	case StyleArabicDot:
		return `"arabic-dot"`
	case StyleArabicParen:
		return `"arabic-paren"`
	case StyleCircled:
		return `"circled"`
	case StyleLead:
		return `"lead"`
	case StyleOrdinal:
		return `"ordinal"`
	case StyleSequence:
		return `"sequence"`
	}
	return ""
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
