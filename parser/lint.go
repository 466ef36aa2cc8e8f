package parser

import (
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// lint checks how a heading's marker is written against GB/T 15834-2011
// Appendix B.3: 一、 not 一. or 一， (a bare 一 on a line of its own is an old
// report's layout, not a slip); （一） and （1） take no mark after them; 1.
// not 1、 in formal text; brackets in pairs of one width.
func (t *tree) lint(sec *ast.Section, m *grammar.Marker) {
	p := t.p
	switch {
	case m.Style == ast.StyleHanDun && m.Punct != "" && m.Punct != "、":
		p.diagAt(ast.CodeMarkerPunctuation, sec, "han-dun", sec.Marker)
	case (m.Style == ast.StyleHanParen || m.Style == ast.StyleArabicParen) && m.Punct != "":
		p.diagAt(ast.CodeMarkerPunctuation, sec, "paren", sec.Marker)
	case m.Style == ast.StyleArabicDot && m.Punct == "、":
		p.diagAt(ast.CodeMarkerPunctuation, sec, "arabic-dot", sec.Marker)
	}
	if m.Open != "" && m.Close != "" && fullWidthBracket(m.Open) != fullWidthBracket(m.Close) {
		p.diagAt(ast.CodeBracketMismatch, sec, sec.Marker)
	}
}

func fullWidthBracket(b string) bool { return b == "（" || b == "）" }
