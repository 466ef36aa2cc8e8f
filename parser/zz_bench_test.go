package parser

import (
	"github.com/dagang/dagang/ast"
	"os"
	"strings"
	"testing"
)

func BenchmarkZZGate(b *testing.B) {
	raw, _ := os.ReadFile("../bench/work/lib4.txt")
	lines := strings.Split(string(raw), "\n")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		for _, l := range lines {
			mayBeLongNoise(l)
		}
	}
}

func BenchmarkZZPoints(b *testing.B) {
	raw, _ := os.ReadFile("../bench/work/lib4.txt")
	text := string(raw)
	m := NewMemo()
	m.SetWorkers(1)
	doc := m.Parse(text, ast.Source{})
	p := newParser(text, m)
	p.findMarkers()
	p.markNoise()
	var paras []*ast.Para
	for _, sp := range doc.Speeches {
		ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if para, ok := n.(*ast.Para); ok && entering {
				paras = append(paras, para)
			}
			return ast.WalkContinue, nil
		})
	}
	n := 0
	for _, para := range paras {
		n += para.Span.End - para.Span.Start
	}
	b.SetBytes(int64(n))
	var out []pointCand
	for b.Loop() {
		for _, para := range paras {
			out = p.scanMarkers(para, out[:0])
		}
	}
}
