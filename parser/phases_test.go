package parser

import (
	"strings"
	"testing"
	"time"

	"github.com/dagang/dagang/ast"
)

// BenchmarkPhases times the stages of Parse one by one on the fixtures
// repeated to 8 MB, and reports each as ms/op: where the time goes, for
// whoever makes the parser faster. A fixture with a licence notice is left
// out: the notice would set everything after it aside.
//
//	go test -run '^$' -bench Phases ./parser
func BenchmarkPhases(b *testing.B) {
	var kept []string
	for _, raw := range fixtureTexts(b) {
		if !hasLicense(Parse(raw, ast.Source{})) {
			kept = append(kept, raw)
		}
	}
	var sb strings.Builder
	for sb.Len() < 8<<20 {
		for _, raw := range kept {
			sb.WriteString(raw)
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	var lines, markers, noise, build, finish time.Duration
	since := func(t *time.Time, d *time.Duration) {
		now := time.Now()
		*d += now.Sub(*t)
		*t = now
	}
	memo := NewMemo()
	for b.Loop() {
		t := time.Now()
		p := newParser(text, memo)
		since(&t, &lines)
		p.findMarkers()
		since(&t, &markers)
		p.markNoise()
		since(&t, &noise)
		doc := &ast.Document{Text: text}
		p.buildDocument(doc)
		since(&t, &build)
		p.finish(doc)
		since(&t, &finish)
	}
	n := float64(b.N)
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"lines", lines}, {"markers", markers}, {"noise", noise}, {"build", build}, {"finish", finish}} {
		b.ReportMetric(ph.d.Seconds()*1000/n, ph.name+"-ms/op")
	}
}

func hasLicense(doc *ast.Document) bool {
	for _, n := range doc.Noise {
		if n.Kind == ast.NoiseLicense {
			return true
		}
	}
	return false
}
