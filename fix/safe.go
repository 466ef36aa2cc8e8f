package fix

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
)

// Safe returns the edits that correct doc's fixable slips without changing
// the shape of its outline: the corrected text, parsed again, has the same
// headings on the same lines at the same levels with the same titles.
//
// Punctuation and brackets never decide whether a line is a heading (the
// grammar reads 一. and 一、 alike), but a number can: 三、四年来… is a heading
// only where it continues an open list, so renumbering a list may turn such
// a line into a heading or back into text. When all edits together change
// the shape, the renumberings are tried one list at a time and only those
// that keep it are taken.
func Safe(doc *ast.Document) []Edit {
	units := plan(doc)
	if len(units) == 0 {
		return nil
	}
	want := shape(doc)
	keeps := func(us []unit) bool {
		after, err := Apply(doc.Text, flatten(us))
		return err == nil && shape(reparse(doc, after)) == want
	}
	if keeps(units) {
		return located(doc.Text, flatten(units))
	}
	var kept []unit
	for _, u := range units {
		if !u.renumber && keeps([]unit{u}) {
			kept = append(kept, u)
		}
	}
	for _, u := range units {
		if !u.renumber {
			continue
		}
		try := append(append([]unit(nil), kept...), u)
		if keeps(try) {
			kept = try
		}
	}
	return located(doc.Text, flatten(kept))
}

// reparse parses the corrected text as the original was parsed.
func reparse(doc *ast.Document, text string) *ast.Document {
	// Text already decoded gives a document and no error.
	again, _ := dagang.Parse(doc.Source.Name, decode.Text{Text: text, Encoding: doc.Source.Encoding, Bytes: len(text)}, nil)
	return again
}

// shape writes down every heading of doc: line, level, style, whether it is
// implied, and title. Numbers are left out: they are what renumbering
// changes.
func shape(doc *ast.Document) string {
	var b strings.Builder
	for _, sp := range doc.Speeches {
		b.WriteString("speech\n")
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if s, ok := n.(*ast.Section); ok && entering {
				fmt.Fprintf(&b, "%d %d %s %t %s\n", s.Span.Line, s.Level, s.Style, s.Implied, s.Title)
			}
			return ast.WalkContinue, nil
		})
	}
	return b.String()
}

// flatten lists the edits of units in text order.
func flatten(us []unit) []Edit {
	var out []Edit
	for _, u := range us {
		out = append(out, u.edits...)
	}
	sortEdits(out)
	return out
}

// located sets each edit's line and column (1-based, the column in
// characters), counting \n, \r\n and \r as line ends as the parser does.
func located(text string, edits []Edit) []Edit {
	line, lineStart, pos := 1, 0, 0
	for k := range edits {
		for pos < edits[k].Start {
			switch text[pos] {
			case '\n':
				line, lineStart = line+1, pos+1
			case '\r':
				if pos+1 >= len(text) || text[pos+1] != '\n' {
					line, lineStart = line+1, pos+1
				}
			}
			pos++
		}
		edits[k].Line = line
		edits[k].Column = utf8.RuneCountInString(text[lineStart:edits[k].Start]) + 1
	}
	return edits
}
