// Package invariant checks the promises of docs/json.md on a parsed
// document: spans inside the text and on character boundaries, nothing
// lost (every non-blank character in exactly one place), nothing invented
// (implied sections empty), node texts equal to their spans less the
// boilerplate inside them, and levels equal to depth. It is the Go form of
// ../shared/tools/lossless-check, for tests and fuzzing.
//
// It is a test kit, not part of the pipeline: it sits in testkit/ beside
// the commands, above the packages it checks, so that nothing of the
// pipeline imports it and its imports never run back up.
package invariant

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/textnorm"
)

// Check returns every broken promise, at most max of them (0: all).
func Check(doc *ast.Document, max int) []error {
	c := &checker{text: doc.Text, max: max}
	c.run(doc)
	return c.errs
}

type checker struct {
	text  string
	max   int
	errs  []error
	owner []byte // per byte: 0 free, 1 content
	noise []bool
}

func (c *checker) fail(format string, args ...any) {
	if c.max == 0 || len(c.errs) < c.max {
		c.errs = append(c.errs, fmt.Errorf(format, args...))
	}
}

func (c *checker) boundary(i int) bool {
	return i == len(c.text) || i >= 0 && i < len(c.text) && utf8.RuneStart(c.text[i])
}

func (c *checker) spanOK(what string, s ast.Span) bool {
	if s.Start < 0 || s.End < s.Start || s.End > len(c.text) || !c.boundary(s.Start) || !c.boundary(s.End) {
		c.fail("%s span %+v out of bounds or not on a character boundary", what, s)
		return false
	}
	if s.Line < 1 || s.EndLine < s.Line {
		c.fail("%s span %+v has bad lines", what, s)
		return false
	}
	if want := strings.Count(c.text[:s.Start], "\n") + 1; !strings.Contains(c.text, "\r") && s.Line != want {
		c.fail("%s span %+v starts on line %d", what, s, want)
	}
	return true
}

// Letters keeps what lossless-check compares: letters and digits after
// NFKC.
func Letters(s string) string { return textnorm.Letters(s) }

func (c *checker) run(doc *ast.Document) {
	c.owner = make([]byte, len(c.text))
	c.noise = make([]bool, len(c.text))
	for _, n := range doc.Noise {
		if !c.spanOK("noise", n.Span) {
			continue
		}
		if Letters(c.text[n.Span.Start:n.Span.End]) != Letters(n.Text) {
			c.fail("noise text differs from its span at %d: %.20q", n.Span.Start, n.Text)
		}
		for i := n.Span.Start; i < n.Span.End; i++ {
			if c.noise[i] {
				c.fail("noise spans overlap at byte %d", i)
				break
			}
			c.noise[i] = true
		}
	}
	if doc.TitleSpan != nil {
		c.leaf("collection title", doc.Title, *doc.TitleSpan)
	}
	for k, sp := range doc.Speeches {
		c.speech(k+1, sp)
	}
	c.coverage()
	for _, d := range doc.Diagnostics {
		c.spanOK("diagnostic "+string(d.Code), d.Span)
		if d.Line < 1 || d.Column < 1 {
			c.fail("diagnostic %s at line %d column %d", d.Code, d.Line, d.Column)
		}
	}
}

func (c *checker) speech(k int, sp *ast.Speech) {
	tag := fmt.Sprintf("speech %d", k)
	c.spanOK(tag, sp.Span)
	if sp.TitleSpan != nil {
		c.leaf(tag+" title", sp.Title, *sp.TitleSpan)
	}
	for name, p := range map[string]*ast.Para{"subtitle": sp.Subtitle, "date": sp.Date, "speaker": sp.Speaker, "salutation": sp.Salutation} {
		if p != nil {
			c.para(tag+" "+name, p)
		}
	}
	for _, p := range sp.Preamble {
		c.para(tag+" preamble", p)
	}
	c.sections(tag, sp.Sections, 1)
	if sp.Closing != nil {
		for _, p := range sp.Closing.Paragraphs {
			c.para(tag+" closing", p)
		}
		if sp.Closing.Formula != nil {
			c.para(tag+" formula", sp.Closing.Formula)
		}
	}
}

func (c *checker) sections(tag string, ss []*ast.Section, depth int) {
	for _, s := range ss {
		if s.Level != depth {
			c.fail("%s section %s%.12s has level %d at depth %d", tag, s.Marker, s.Title, s.Level, depth)
		}
		if s.Implied {
			if s.Title != "" || s.Span.Len() != 0 {
				c.fail("%s implied section %s has a title or text", tag, s.Marker)
			}
			c.spanOK(tag+" implied section", s.Span)
		} else {
			c.leaf(tag+" heading", s.Marker+s.Title, s.Span)
		}
		for _, p := range s.Body {
			c.para(tag+" body", p)
		}
		c.sections(tag, s.Children, depth+1)
	}
}

func (c *checker) para(what string, p *ast.Para) {
	c.leaf(what, p.Text, p.Span)
	for _, pt := range p.Points {
		if pt.Offset < p.Span.Start || pt.Offset >= p.Span.End || !strings.HasPrefix(c.text[pt.Offset:], pt.Marker) {
			c.fail("%s point %s at %d is not where its marker is", what, pt.Marker, pt.Offset)
		}
	}
}

// leaf checks a node that owns text: its span is free, and its text is the
// span's text less the boilerplate inside it.
func (c *checker) leaf(what, text string, s ast.Span) {
	if !c.spanOK(what, s) {
		return
	}
	var own strings.Builder
	overlap := false
	for i := s.Start; i < s.End; i++ {
		if c.noise[i] {
			continue
		}
		if c.owner[i] != 0 && !overlap {
			c.fail("%s at %d (line %d) overlaps another node", what, s.Start, s.Line)
			overlap = true
		}
		c.owner[i] = 1
		own.WriteByte(c.text[i])
	}
	if Letters(own.String()) != Letters(text) {
		c.fail("%s text differs from its span at line %d: %.16q vs %.16q", what, s.Line, text, strings.TrimSpace(own.String()))
	}
}

func pythonSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f || r == '\uFEFF'
}

func (c *checker) coverage() {
	missed, first := 0, -1
	for i, r := range c.text {
		if pythonSpace(r) || c.owner[i] != 0 || c.noise[i] {
			continue
		}
		missed++
		if first < 0 {
			first = i
		}
	}
	if missed > 0 {
		line := strings.Count(c.text[:first], "\n") + 1
		end := min(len(c.text), first+30)
		for !c.boundary(end) {
			end--
		}
		c.fail("%d characters covered by no span (first at line %d: %q)", missed, line, c.text[first:end])
	}
}
