package docx

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/testkit/alloc"
)

// FuzzExtract builds a .docx from fuzzed WordprocessingML (the body of the
// document, the list definitions, the styles) and checks that Extract
// never panics, fails only with its own error kinds, and returns valid
// UTF-8 (what the parser requires) with paragraph spans that tile the text
// and bounded numbers, allocating at most maxExtractAllocPerByte bytes per
// byte of the archive (plus allocSlack). The seed corpus is in
// testdata/fuzz/FuzzExtract;
// run it with
//
//	go test -run '^$' -fuzz '^FuzzExtract$' -fuzztime 30s ./docx
func FuzzExtract(f *testing.F) {
	f.Add(body(p{1, 0, "甲"}, p{1, 1, "乙"}, p{2, 1, "丙"}, p{1, 0, "丁"}),
		hanList+numXML(1, 0)+numXML(2, 0, startOverride(1, 3)), "")
	f.Add(Para(`<w:pStyle w:val="2"/>`, "甲")+Para(`<w:pStyle w:val="3"/>`, "乙"),
		abstractNumXML(0, lvl(0, 1, "chineseCounting", "%1、", `<w:pStyle w:val="2"/>`),
			lvl(1, 1, "decimal", "%1.%2", `<w:isLgl/><w:lvlRestart w:val="0"/><w:pStyle w:val="3"/>`))+numXML(4, 0),
		`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`+
			`<w:style w:type="paragraph" w:styleId="3"><w:basedOn w:val="2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`)
	f.Add(`<w:tbl><w:tr><w:tc>`+Para("", "表\t格")+`</w:tc></w:tr></w:tbl><w:p><w:r><w:br/><w:rPr><w:vanish/></w:rPr><w:t>x</w:t></w:r></w:p>`,
		`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="L"/></w:abstractNum>`+numXML(1, 1), "")
	f.Fuzz(func(t *testing.T, body, numbering, styles string) {
		raw, err := WordFile{Body: body, Numbering: numbering, Styles: styles, Stored: true}.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		var d *Document
		allocated := alloc.Bytes(func() { d, err = Extract(raw) })
		if limit := maxExtractAllocPerByte*uint64(len(raw)) + allocSlack; allocated > limit {
			t.Fatalf("%d bytes allocated for an archive of %d bytes", allocated, len(raw))
		}
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotDocx) {
				t.Fatalf("Extract: an error of no known kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not valid UTF-8: %q", d.Text)
		}
		end := 0
		for i, para := range d.Paragraphs {
			if i > 0 && d.Text[end:para.Start] != "\n" || i == 0 && para.Start != 0 {
				t.Fatalf("paragraph %d starts at %d, after %d", i, para.Start, end)
			}
			if para.End < para.Start || para.End > len(d.Text) || !strings.HasPrefix(d.Text[para.Start:para.End], para.Number) {
				t.Fatalf("paragraph %d: span %d..%d, number %q", i, para.Start, para.End, para.Number)
			}
			if len(para.Number) > maxNumberText+1 {
				t.Fatalf("paragraph %d: number of %d bytes", i, len(para.Number))
			}
			if para.Level < 0 || para.Level > 9 {
				t.Fatalf("paragraph %d: level %d", i, para.Level)
			}
			end = para.End
		}
		if end != len(d.Text) {
			t.Fatalf("the paragraphs end at %d, the text at %d", end, len(d.Text))
		}
	})
}

// maxExtractAllocPerByte bounds what Extract allocates per byte of a
// stored archive: the worst is a paragraph opened in 5 bytes ("<w:p>"),
// which costs its state, its record and two levels of nesting
// (maxAllocPerParagraph + 2*maxAllocPerLevel, see TestLinearAllocation),
// about 240 bytes a byte. A deflated archive's parts cost as much per byte
// once inflated.
const maxExtractAllocPerByte = 256
