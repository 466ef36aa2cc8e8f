package parser

import (
	"fmt"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// lint checks how a heading's marker is written against GB/T 15834-2011
// Appendix B.3: 一、 not 一. or 一， (a bare 一 on a line of its own is an old
// report's layout, not a slip); （一） and （1） take no mark after them; 1.
// not 1、 in formal text; brackets in pairs of one width.
func (t *tree) lint(sec *ast.Section, m *grammar.Marker) {
	p := t.p
	const rule = "（GB/T 15834—2011 附录 B.3）"
	switch {
	case m.Style == ast.StyleHanDun && m.Punct != "" && m.Punct != "、":
		p.diagAt(ast.CodeMarkerPunctuation, sec, fmt.Sprintf("「%s」中汉字数字后应使用顿号「、」%s", sec.Marker, rule))
	case (m.Style == ast.StyleHanParen || m.Style == ast.StyleArabicParen) && m.Punct != "":
		p.diagAt(ast.CodeMarkerPunctuation, sec, fmt.Sprintf("「%s」括号序号后不再加标点%s", sec.Marker, rule))
	case m.Style == ast.StyleArabicDot && m.Punct == "、":
		p.diagAt(ast.CodeMarkerPunctuation, sec, fmt.Sprintf("「%s」阿拉伯数字序号后应使用下脚点「.」%s", sec.Marker, rule))
	}
	if m.Open != "" && m.Close != "" && fullWidthBracket(m.Open) != fullWidthBracket(m.Close) {
		p.diagAt(ast.CodeBracketMismatch, sec, fmt.Sprintf("「%s」前后括号不配套（全角与半角混用）", sec.Marker))
	}
}

func fullWidthBracket(b string) bool { return b == "（" || b == "）" }
