package grammar

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/testkit/alloc"
)

// The fuzz targets check what must hold for any line, however hostile: no
// panic, offsets inside the line and on character boundaries, and values
// that make sense. Their seed corpora are under testdata/fuzz/<Target>/
// (markers and frame phrases of the fixtures, and short hostile lines);
// run one with
//
//	go test -run '^$' -fuzz '^FuzzParseMarker$' -fuzztime 30s ./grammar

// fuzzSeeds are added to every target on top of the corpus files.
var fuzzSeeds = []string{
	"", " ", "一、", "（一）加强领导", "1.抓落实", "（1）", "①", "一是学习", "第一，",
	"首先，", "第三部分", "## **（二十三）、标题**", "一、二线城市", "1.5亿元",
	"（（（（（（（（", "\xff\xfe一、", "一\u0301、", "(十", "第一百零一章", "九十九、",
	"一百一十一、", "\u3000\u3000二、", "##########", "**__**__", "以上发言，请批评指正，谢谢大家！",
	"各位领导、同志们：", "同志們，", "总之，", "谢谢！谢谢！谢谢！",
}

func FuzzParseMarker(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var m Marker
		var ok bool
		if allocated := alloc.Bytes(func() { m, ok = ParseMarker(line) }); allocated > maxGrammarAllocPerByte*uint64(len(line))+alloc.Slack {
			t.Fatalf("ParseMarker allocated %d bytes for a line of %d", allocated, len(line))
		}
		if !utf8.ValidString(line) {
			return // decoded text is valid UTF-8; here only "no panic" holds
		}
		if !ok {
			if m != (Marker{}) {
				t.Fatalf("ParseMarker(%q) = %+v with ok false", line, m)
			}
			return
		}
		if m.Start < 0 || m.End <= m.Start || m.End > len(line) {
			t.Fatalf("ParseMarker(%q): offsets %d..%d outside the line (%d bytes)", line, m.Start, m.End, len(line))
		}
		if !runeBoundary(line, m.Start) || !runeBoundary(line, m.End) {
			t.Fatalf("ParseMarker(%q): offsets %d..%d not on character boundaries", line, m.Start, m.End)
		}
		if got := m.Text(line); got != line[m.Start:m.End] || got == "" {
			t.Fatalf("ParseMarker(%q): Text %q, want %q", line, got, line[m.Start:m.End])
		}
		if m.Number <= 0 {
			t.Fatalf("ParseMarker(%q): number %d", line, m.Number)
		}
		if m.Style == "" {
			t.Fatalf("ParseMarker(%q): no style", line)
		}
		for _, part := range []string{m.Open, m.Close, m.Punct} {
			if part != "" && !strings.Contains(m.Text(line), part) {
				t.Fatalf("ParseMarker(%q): %q is not part of the marker %q", line, part, m.Text(line))
			}
		}
		// A cache of parses gives what a fresh parse gives, also for a
		// second line with the same head.
		ms := NewMarkers()
		for _, l := range []string{line, line, line + "的"} {
			got, gotOK := ms.Parse(l)
			want, wantOK := ParseMarker(l)
			if got != want || gotOK != wantOK {
				t.Fatalf("Markers.Parse(%q) = %+v, %v; ParseMarker gives %+v, %v", l, got, gotOK, want, wantOK)
			}
		}
	})
}

func FuzzFrame(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, para string) {
		if allocated := alloc.Bytes(func() {
			IsSalutation(para)
			ClosingCue(para)
			FormulaStart(para)
		}); allocated > maxGrammarAllocPerByte*uint64(len(para))+alloc.Slack {
			t.Fatalf("the frame's rules allocated %d bytes for a paragraph of %d", allocated, len(para))
		}
		ph := NewPhrases()
		if !utf8.ValidString(para) {
			// Decoded text is valid UTF-8; here only "no panic" holds.
			IsSalutation(para)
			ClosingCue(para)
			FormulaStart(para)
			ph.IsSalutation(para)
			ph.ClosingCue(para)
			ph.FormulaStart(para)
			return
		}
		// The remembering forms (Phrases, what the parser calls) answer as
		// the package functions do, asked once or twice.
		for range 2 {
			if err := phrasesAgree(ph, para); err != nil {
				t.Fatal(err)
			}
		}
		start, ok := FormulaStart(para)
		if !ok {
			if start != -1 {
				t.Fatalf("FormulaStart(%q) = %d with ok false", para, start)
			}
			return
		}
		if start < 0 || start >= len(para) || !runeBoundary(para, start) {
			t.Fatalf("FormulaStart(%q) = %d: not a character boundary inside the paragraph", para, start)
		}
	})
}

func runeBoundary(s string, i int) bool {
	return i == len(s) || i >= 0 && i < len(s) && utf8.RuneStart(s[i])
}

// maxGrammarAllocPerByte bounds what one rule of the grammar allocates per
// byte of the line or paragraph it reads (FuzzParseMarker, FuzzFrame):
// the lexer's tokens and the parse of them.
const maxGrammarAllocPerByte = 256
